// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The case as JSON: the details a new case's audit event stores are the same bytes whichever way they are written
// (caseDetailsJson() directly, or the QJsonObject of caseToJson() without its empty members).
#include "domain/casejson.h"
#include "domain/caserecord.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace dpodesk;

namespace {

QByteArray throughQJsonObject(const CaseRecord &c)
{
    return QJsonDocument(withoutEmpty(caseToJson(c))).toJson(QJsonDocument::Compact);
}

CaseRecord minimalCase()
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0001");
    c.receivedOn = QDate(2026, 11, 2);
    c.loggedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30, 5), QTimeZone::utc());
    c.subject.lastName = QStringLiteral("Dupré");
    c.rights.append(RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    c.deadlines.initial = QDate(2026, 12, 2);
    return c;
}

/// Every member filled: a requester, an extension, suspensions, recipients, notes, refusals, a CNIL complaint.
CaseRecord fullCase()
{
    CaseRecord c = minimalCase();
    c.status = CaseStatus::Answered;
    c.channel = Channel::ViaCnil;
    c.language = QStringLiteral("en");
    c.subject = Person{QStringLiteral("Élodie"),       QStringLiteral("Dupré"),
                       QStringLiteral("e@example.fr"), QStringLiteral("1 rue X\n75008 Paris"),
                       QStringLiteral("+33 6 12"),     QStringLiteral("CUST-1"),
                       Relationship::Prospect};
    c.requester = Requester{Person{QStringLiteral("Jean"), QStringLiteral("Heir"), {}, {}, {}, {}, Relationship::Other},
                            Capacity::Heir, QStringLiteral("Death certificate")};
    c.rights.append(RightRequest{Right::Erasure, QStringLiteral("all data"), Outcome::Refused,
                                 RefusalGround::ErasureException, QStringLiteral("Invoices \"kept\" ten years"),
                                 QDate(2026, 11, 20)});
    c.suspensions.append(
        Suspension{SuspensionReason::Identity, QDate(2026, 11, 3), QDate(2026, 11, 6), QStringLiteral("ID asked")});
    c.suspensions.append(Suspension{SuspensionReason::Clarification, QDate(2026, 11, 10), {}, {}});
    c.extension =
        Extension{QDate(2026, 11, 20), ExtensionReason::NumberOfRequests, QStringLiteral("Many requests"), {}};
    c.acknowledgedOn = QDate(2026, 11, 3);
    c.answeredOn = QDate(2026, 11, 25);
    c.closedOn = QDate(2026, 11, 26);
    c.recipients.append(Recipient{QStringLiteral("Routage Express SAS"), QDate(2026, 11, 25)});
    c.recipients.append(Recipient{QString(), {}});
    c.notes.append(Note{QDateTime(QDate(2026, 11, 4), QTime(10, 0, 0, 123), QTimeZone::utc()), QStringLiteral("dpo"),
                        QStringLiteral("Called back.")});
    c.notes.append(Note{QDateTime(QDate(2026, 11, 5), QTime(23, 30), QTimeZone(3600)), {}, {}});
    c.notes.append(Note{{}, QStringLiteral("dpo"), QString()});
    c.cnilReference = QStringLiteral("PLAINTE-26-10001");
    c.cnilDueDate = QDate(2026, 12, 2);
    c.linkedCaseReference = QStringLiteral("DR-2025-0420");
    c.deadlines.suspendedDays = 3;
    c.deadlines.extended = QDate(2027, 2, 2);
    return c;
}

/// Text QJsonDocument escapes or encodes: quotes, backslashes, control characters, non-ASCII scripts, characters
/// beyond the BMP, lone surrogates.
QString trickyText(QRandomGenerator &rng)
{
    static const QList<QString> pieces{
        QStringLiteral("a"),     QStringLiteral("\""),   QStringLiteral("\\"),   QStringLiteral("/"),
        QStringLiteral("\n"),    QStringLiteral("\t"),   QStringLiteral("\r"),   QString(QChar(0x8)),
        QString(QChar(0xc)),     QString(QChar(0x1)),    QString(QChar(0x1f)),   QString(QChar(0x7f)),
        QStringLiteral("é"),     QStringLiteral("Œ"),    QStringLiteral("Иван"), QStringLiteral("王"),
        QStringLiteral("العلي"), QStringLiteral("😀"),    QString(QChar(0xd83d)), QString(QChar(0xde00)),
        QString(QChar(0xfeff)),  QString(QChar(0x202e)), QStringLiteral(" "),    QString(QChar(0x80)),
        QString(QChar(0x7ff)),   QString(QChar(0x800)),  QString(QChar(0xffff)), QStringLiteral("\u00a0"),
    };
    QString text;
    const int n = int(rng.bounded(6));
    for (int i = 0; i < n; ++i) {
        text += pieces.at(int(rng.bounded(quint32(pieces.size()))));
    }
    return text;
}

QDate someDate(QRandomGenerator &rng)
{
    switch (rng.bounded(8)) {
    case 0:
        return {};
    case 1:
        return QDate(12026, 1, 1); // beyond four-digit years: QDate writes no ISO date
    case 2:
        return QDate(9, 3, 4);
    default:
        return QDate(2018, 5, 25).addDays(rng.bounded(3000));
    }
}

Person somePerson(QRandomGenerator &rng)
{
    return Person{trickyText(rng),
                  trickyText(rng),
                  trickyText(rng),
                  trickyText(rng),
                  trickyText(rng),
                  trickyText(rng),
                  allRelationships().at(int(rng.bounded(5)))};
}

CaseRecord randomCase(QRandomGenerator &rng)
{
    CaseRecord c;
    c.reference = rng.bounded(10) == 0 ? QString() : trickyText(rng);
    c.language = rng.bounded(5) == 0 ? QString() : trickyText(rng);
    c.status = allCaseStatuses().at(int(rng.bounded(quint32(allCaseStatuses().size()))));
    c.channel = allChannels().at(int(rng.bounded(quint32(allChannels().size()))));
    c.receivedOn = someDate(rng);
    if (rng.bounded(6) != 0) {
        c.loggedAt =
            QDateTime(someDate(rng).isValid() ? QDate(2026, 1, 1).addDays(rng.bounded(900)) : QDate(),
                      QTime(int(rng.bounded(24)), int(rng.bounded(60)), int(rng.bounded(60)), int(rng.bounded(1000))),
                      QTimeZone(3600 * int(rng.bounded(3))));
    }
    c.subject = somePerson(rng);
    if (rng.bounded(3) == 0) {
        c.requester = Requester{somePerson(rng), Capacity::Representative, trickyText(rng)};
    }
    for (int i = int(rng.bounded(3)); i > 0; --i) {
        c.rights.append(RightRequest{allRights().at(int(rng.bounded(quint32(allRights().size())))), trickyText(rng),
                                     allOutcomes().at(int(rng.bounded(quint32(allOutcomes().size())))),
                                     allRefusalGrounds().at(int(rng.bounded(quint32(allRefusalGrounds().size())))),
                                     trickyText(rng), someDate(rng)});
    }
    for (int i = int(rng.bounded(3)); i > 0; --i) {
        c.suspensions.append(
            Suspension{SuspensionReason::Clarification, someDate(rng), someDate(rng), trickyText(rng)});
    }
    if (rng.bounded(3) == 0) {
        c.extension = Extension{someDate(rng), ExtensionReason::Complexity, trickyText(rng), someDate(rng)};
    }
    c.acknowledgedOn = someDate(rng);
    c.answeredOn = someDate(rng);
    c.closedOn = someDate(rng);
    for (int i = int(rng.bounded(3)); i > 0; --i) {
        c.recipients.append(Recipient{trickyText(rng), someDate(rng)});
    }
    for (int i = int(rng.bounded(3)); i > 0; --i) {
        c.notes.append(
            Note{rng.bounded(4) == 0 ? QDateTime() : QDateTime(QDate(2026, 3, 1), QTime(1, 2, 3), QTimeZone::utc()),
                 trickyText(rng), trickyText(rng)});
    }
    c.cnilReference = trickyText(rng);
    c.cnilDueDate = someDate(rng);
    c.linkedCaseReference = trickyText(rng);
    c.deadlines.initial = someDate(rng);
    c.deadlines.extended = someDate(rng);
    c.deadlines.suspendedDays = int(rng.bounded(40));
    return c;
}

} // namespace

class TestCaseJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detailsOfAMinimalCase();
    void detailsOfAFullCase();
    void detailsOfAnyCase();
};

void TestCaseJson::detailsOfAMinimalCase()
{
    const CaseRecord c = minimalCase();
    QCOMPARE(caseDetailsJson(c), throughQJsonObject(c));
    // Empty members are left out; false too; a number stays even when zero.
    QCOMPARE(caseDetailsJson(c),
             QByteArray(R"({"channel":"email","deadline":"2026-12-02","initial_deadline":"2026-12-02",)"
                        R"("language":"fr","logged_at":"2026-11-02T09:30:05Z","received_on":"2026-11-02",)"
                        R"("reference":"DR-2026-0001","refusal_deadline":"2026-12-02",)"
                        R"("rights":[{"outcome":"pending","right":"access"}],"status":"new",)"
                        R"("subject":{"last_name":"Dupré","relationship":"customer"},"suspended_days":0})"));
}

void TestCaseJson::detailsOfAFullCase()
{
    const CaseRecord c = fullCase();
    QCOMPARE(caseDetailsJson(c), throughQJsonObject(c));
}

void TestCaseJson::detailsOfAnyCase()
{
    QRandomGenerator rng(42);
    for (int i = 0; i < 3000; ++i) {
        const CaseRecord c = randomCase(rng);
        const QByteArray direct = caseDetailsJson(c);
        const QByteArray expected = throughQJsonObject(c);
        if (direct != expected) {
            QFAIL(qPrintable(
                QStringLiteral("case %1:\n%2\n%3").arg(i).arg(QString::fromUtf8(direct), QString::fromUtf8(expected))));
        }
    }
}

QTEST_GUILESS_MAIN(TestCaseJson)
#include "tst_casejson.moc"
