// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The desk and the command line change a register through one register service: what one refuses, the other refuses
// with the same words. Each step below is refused through the desk's session (as its dialogs call it) and through
// dpodesk-cli run as a separate process, on the same register, and both messages are compared; the register is left
// as it was.
#include "clirunner.h"

#include "common/clock.h"
#include "domain/caseworkflow.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace dpodesk;
using namespace clitest;

namespace {

const QDate kToday(2026, 11, 26);

using DeskStep = std::function<Result<CaseChange>(RegisterSession &, const CaseRecord &)>;

} // namespace

Q_DECLARE_METATYPE(DeskStep)

class TestParity final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sameRefusalThroughBoth_data();
    void sameRefusalThroughBoth();
    void sameRefusalOfANewCase();

private:
    QString addCase(const QStringList &options);
    QString cliError(const Run &run) const;

    CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestParity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
    m_cli.setUp(); // DPODESK_TODAY=2026-11-26, the desk's clock below says the same
}

void TestParity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("register.sqlite"));
}

void TestParity::cleanup()
{
    m_dir.reset();
}

QString TestParity::addCase(const QStringList &options)
{
    const Run r =
        m_cli.run(words({"case", "add", "--json", "--last-name", "Dupré"}) << options << databaseOption(m_db));
    if (r.code != kOk) {
        qWarning("%s", r.describe().constData());
        return {};
    }
    return str(r.object(), "reference");
}

QString TestParity::cliError(const Run &run) const
{
    QString text = QString::fromUtf8(run.err).trimmed();
    if (text.startsWith(QLatin1String("dpodesk-cli: "))) {
        text = text.mid(13);
    }
    return text;
}

void TestParity::sameRefusalThroughBoth_data()
{
    QTest::addColumn<QStringList>("setup");   // how the case is made and brought to its state, through the CLI
    QTest::addColumn<QStringList>("cliStep"); // the step refused, as `dpodesk-cli case VERB REF ...`
    QTest::addColumn<DeskStep>("deskStep");   // the same step, as the desk's dialog calls it
    QTest::addColumn<QString>("fragment");    // a part of the refusal, to know it is the expected one

    const auto rowOf = [](const char *name, const QStringList &setup, const QStringList &cli, DeskStep desk,
                          const char *fragment) {
        QTest::newRow(name) << setup << cli << desk << QString::fromUtf8(fragment);
    };
    // Received on 2 October: the initial deadline (2 November) has passed on 26 November.
    rowOf(
        "an extension after the initial deadline", words({"--right", "access", "--received", "2026-10-02"}),
        words({"extend", "--reason", "complexity", "--justification", "Data in four systems"}),
        [](RegisterSession &s, const CaseRecord &c) {
            return s.extend(c, ExtensionReason::Complexity, QStringLiteral("Data in four systems"), kToday);
        },
        "initial deadline");
    rowOf(
        "restarting a clock that is not stopped", words({"--right", "access", "--received", "2026-11-20"}),
        words({"resume"}), [](RegisterSession &s, const CaseRecord &c) { return s.resume(c, kToday); }, "clock");
    rowOf(
        "a refusal without its legal ground", words({"--right", "erasure", "--received", "2026-11-20"}),
        words({"answer", "--outcome", "erasure=refused"}),
        [](RegisterSession &s, const CaseRecord &c) {
            return s.answer(c, kToday, {RightDecision{Right::Erasure, Outcome::Refused, RefusalGround::None, {}}});
        },
        "legal ground");
    rowOf(
        "a question sent before the request was received", words({"--right", "access", "--received", "2026-11-20"}),
        words({"suspend", "--reason", "identity", "--asked-on", "2026-11-10"}),
        [](RegisterSession &s, const CaseRecord &c) {
            return s.suspend(c, SuspensionReason::Identity, QDate(2026, 11, 10), QString());
        },
        "before the request was received");
    rowOf(
        "closing before the answer", words({"--right", "access", "--received", "2026-11-02"}),
        words({"close", "--on", "2026-11-01"}),
        [](RegisterSession &s, const CaseRecord &c) { return s.closeCase(c, QDate(2026, 11, 1), QString()); },
        "2026-11-01");
}

void TestParity::sameRefusalThroughBoth()
{
    QFETCH(QStringList, setup);
    QFETCH(QStringList, cliStep);
    QFETCH(DeskStep, deskStep);
    QFETCH(QString, fragment);

    const QString reference = addCase(setup);
    QVERIFY(!reference.isEmpty());
    const QByteArray before = sha256Of(m_db);

    // The command line.
    QStringList args{QStringLiteral("case"), cliStep.first(), reference};
    args << cliStep.mid(1) << databaseOption(m_db);
    const Run cli = m_cli.run(args);
    CLI_VERIFY_EXIT(cli, kFailure);
    const QString cliMessage = cliError(cli);
    QVERIFY2(cliMessage.contains(fragment), qPrintable(cliMessage));

    // The desk.
    QString deskMessage;
    {
        RegisterSession session(std::make_unique<FixedClock>(kToday));
        QVERIFY(session.open(m_db).ok());
        QVERIFY(session.ensureChecked().ok());
        auto shown = session.service().findCase(reference);
        QVERIFY(shown.ok());
        auto refused = deskStep(session, *shown);
        QVERIFY2(!refused.ok(), "the desk accepted what the command line refused");
        deskMessage = refused.errorMessage();
    }
    QCOMPARE(deskMessage, cliMessage);
    QCOMPARE(sha256Of(m_db), before); // neither wrote anything
}

void TestParity::sameRefusalOfANewCase()
{
    QVERIFY(!addCase(words({"--right", "access", "--received", "2026-11-20"})).isEmpty());
    const QByteArray before = sha256Of(m_db);
    const Run cli = m_cli.run(words({"case", "add", "--last-name", "Martin", "--right", "access", "--received",
                                     "2026-11-20", "--linked-case", "DR-2026-0099"})
                              << databaseOption(m_db));
    CLI_VERIFY_EXIT(cli, kFailure);
    RegisterSession session(std::make_unique<FixedClock>(kToday));
    QVERIFY(session.open(m_db).ok());
    QVERIFY(session.ensureChecked().ok());
    CaseRecord draft;
    draft.subject.lastName = QStringLiteral("Martin");
    draft.receivedOn = QDate(2026, 11, 20);
    draft.rights.append(RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    draft.linkedCaseReference = QStringLiteral("DR-2026-0099");
    auto refused = session.create(draft);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(), cliError(cli));
    session.close();
    QCOMPARE(sha256Of(m_db), before);
}

QTEST_MAIN(TestParity)
#include "tst_parity.moc"
