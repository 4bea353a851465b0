// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The history an auditor reads (issue 15): every event a case can have is said in words, never "Action x.y", and
// every changed field by its name in the interface's language, with its value as the person reads it.
#include "domain/casejson.h"
#include "panels/casetimeline.h"

#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace dpodesk;

namespace {

AuditEvent eventOf(const QString &action, const QJsonObject &details = {})
{
    AuditEvent e;
    e.action = action;
    e.caseReference = QStringLiteral("DR-2026-0042");
    e.setDetails(details);
    return e;
}

QJsonObject change(const QString &path, const QJsonValue &before, const QJsonValue &after)
{
    return QJsonObject{{QStringLiteral("changes"), QJsonObject{{path, QJsonObject{{QStringLiteral("old"), before},
                                                                                  {QStringLiteral("new"), after}}}}}};
}

} // namespace

class TestTimeline final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void everyActionInWords_data();
    void everyActionInWords();
    void fieldsByTheirNames();
};

void TestTimeline::everyActionInWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<QString>("expected");
    const QJsonObject file{{QStringLiteral("attachment"), 12},
                           {QStringLiteral("kind"), QStringLiteral("identity-proof")}};
    QTest::newRow("attachment.add") << QStringLiteral("attachment.add") << file
                                    << QStringLiteral("File added: file #12 (Identity proof)");
    QTest::newRow("attachment.view") << QStringLiteral("attachment.view") << file
                                     << QStringLiteral("File viewed: file #12 (Identity proof)");
    QTest::newRow("attachment.export") << QStringLiteral("attachment.export") << file
                                       << QStringLiteral("File exported: file #12 (Identity proof)");
    QTest::newRow("attachment.purge") << QStringLiteral("attachment.purge") << file
                                      << QStringLiteral("File erased: file #12 (Identity proof)");
    QTest::newRow("letter.sent") << QStringLiteral("letter.sent")
                                 << QJsonObject{{QStringLiteral("kind"), QStringLiteral("acknowledgement")},
                                                {QStringLiteral("language"), QStringLiteral("fr")}}
                                 << QStringLiteral("Letter recorded as sent: Acknowledgement (French)");
    QTest::newRow("identity.verified") << QStringLiteral("identity.verified")
                                       << QJsonObject{{QStringLiteral("method"), QStringLiteral("id-document")}}
                                       << QStringLiteral("Identity verified (Identity document)");
    QTest::newRow("task.send") << QStringLiteral("task.send")
                               << QJsonObject{{QStringLiteral("task"), QStringLiteral("T2")},
                                              {QStringLiteral("to"), QStringLiteral("crm@example.fr")}}
                               << QStringLiteral("Task T2 sent to crm@example.fr");
    QTest::newRow("task.answer") << QStringLiteral("task.answer")
                                 << QJsonObject{{QStringLiteral("task"), QStringLiteral("T2")},
                                                {QStringLiteral("result"), QStringLiteral("done")}}
                                 << QStringLiteral("Task T2 answered: Done");
    for (const char *action : {"case.create",
                               "case.update",
                               "case.suspend",
                               "case.resume",
                               "case.extend",
                               "case.extension-notice",
                               "case.answer",
                               "case.decide",
                               "case.recipients",
                               "case.close",
                               "case.withdraw",
                               "case.progress",
                               "case.note",
                               "case.delete",
                               "case.activities",
                               "case.deadline-recomputed",
                               "case.tasks-rescheduled",
                               "case.state-recorded",
                               "task.plan",
                               "task.remind"}) {
        QTest::newRow(action) << QString::fromLatin1(action) << QJsonObject() << QString();
    }
}

void TestTimeline::everyActionInWords()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, details);
    QFETCH(QString, expected);
    const QString text = CaseTimeline::describe(eventOf(action, details));
    QVERIFY2(!text.startsWith(QStringLiteral("Action ")) && !text.contains(action), qPrintable(text));
    QVERIFY2(text.startsWith(expected), qPrintable(text));
}

void TestTimeline::fieldsByTheirNames()
{
    const auto line = [](const QString &path, const QJsonValue &before, const QJsonValue &after) {
        const QStringList lines = CaseTimeline::changes(change(path, before, after));
        return lines.isEmpty() ? QString() : lines.constFirst();
    };
    QCOMPARE(line(QStringLiteral("acknowledged_on"), QJsonValue(), QStringLiteral("2026-11-27")),
             QStringLiteral("Acknowledgement date: — → 27/11/2026"));
    QCOMPARE(line(QStringLiteral("subject.email"), QStringLiteral("a@example.fr"), QStringLiteral("b@example.fr")),
             QStringLiteral("Data subject — e-mail: a@example.fr → b@example.fr"));
    QCOMPARE(line(QStringLiteral("rights.1.outcome"), QStringLiteral("pending"), QStringLiteral("partially-granted")),
             QStringLiteral("Right 2 — outcome: Pending → Partially granted"));
    QCOMPARE(line(QStringLiteral("rights.0.refusal_ground"), QJsonValue(), QStringLiteral("rights-of-others")).left(33),
             QStringLiteral("Right 1 — ground of the refusal: "));
    QCOMPARE(line(QStringLiteral("recipients.0.address"), QJsonValue(), QStringLiteral("12 quai de Seine")),
             QStringLiteral("Recipient 1 — address: — → 12 quai de Seine"));
    // The paths the register really writes (diffCases), each said by its name: none left as the raw key.
    CaseRecord before;
    before.reference = QStringLiteral("DR-2026-0042");
    before.subject.lastName = QStringLiteral("Martin");
    before.receivedOn = QDate(2026, 11, 2);
    before.rights = {RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    before.recomputeDeadlines(DeadlineCalculator());
    CaseRecord after = before;
    after.acknowledgedOn = QDate(2026, 11, 3);
    after.linkedCaseReference = QStringLiteral("DR-2026-0001");
    after.subject.internalReference = QStringLiteral("CLI-1");
    after.receivedOn = QDate(2026, 11, 4);
    after.rights[0].outcome = Outcome::Granted;
    after.recomputeDeadlines(DeadlineCalculator());
    const QStringList lines = CaseTimeline::changes(QJsonObject{{QStringLiteral("changes"), diffCases(before, after)}});
    QVERIFY(lines.size() >= 6);
    for (const QString &text : lines) {
        QVERIFY2(!text.contains(u'_') && !text.contains(QStringLiteral("rights.")), qPrintable(text));
    }
    const QString channel = line(QStringLiteral("channel"), QStringLiteral("email"), QStringLiteral("post"));
    QVERIFY2(!channel.contains(QStringLiteral("email →")) && channel.startsWith(QStringLiteral("Channel: ")),
             qPrintable(channel));
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
