// One set of preconditions for every way a letter leaves DPO Desk. A letter whose content the register contradicts
// (an extension notice for a case never extended, a "no data held" letter while the register records no such outcome,
// a post-mortem answer with no heir recorded...) is refused in the same words by the core check, by
// `dpodesk-cli letter` run as a separate process on the same register, and by the desk's letter dialog, and no file
// is written.
#include "clirunner.h"

#include "common/clock.h"
#include "dialogs/letterdialog.h"
#include "domain/caseworkflow.h"
#include "letters/letteroutbox.h"
#include "prompter.h"
#include "registersession.h"
#include "storage/attachmentstore.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace dpodesk;
using namespace clitest;

namespace {

const QDate kToday(2026, 11, 26); // DPODESK_TODAY of CliRunner

CaseRecord request(const QList<Right> &rights)
{
    CaseRecord c;
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.channel = Channel::Post;
    c.receivedOn = QDate(2026, 11, 20);
    for (Right r : rights) {
        c.rights.append(RightRequest{r, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    }
    return c;
}

/// Builds the case of one situation in the register; returns it as stored.
using Situation = std::function<Result<CaseRecord>(RegisterSession &)>;

} // namespace

Q_DECLARE_METATYPE(Situation)

class TestLettersParity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusedEverywhere_data();
    void refusedEverywhere();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegisterSession> m_session;
    CliRunner m_cli;
};

void TestLettersParity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
    m_cli.setUp();
}

void TestLettersParity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<RegisterSession>(std::make_unique<FixedClock>(kToday));
    QVERIFY(m_session->open(m_dir->filePath(QStringLiteral("register.sqlite"))).ok());
    QVERIFY(m_session->ensureChecked().ok());
    OrganisationProfile org = m_session->organisation();
    org.name = QStringLiteral("Courriels & Cie SAS");
    org.dpoName = QStringLiteral("Anne Lefèvre");
    org.dpoEmail = QStringLiteral("dpo@courriels.example");
    QVERIFY(m_session->saveOrganisation(org).ok());
    Prompter::takeShown();
}

void TestLettersParity::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestLettersParity::refusedEverywhere_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Situation>("situation");

    QTest::newRow("extension notice, never extended")
        << QStringLiteral("extension-notice")
        << Situation([](RegisterSession &s) { return s.create(request({Right::Access})); });
    QTest::newRow("no data held, the right still pending")
        << QStringLiteral("no-data")
        << Situation([](RegisterSession &s) { return s.create(request({Right::Access})); });
    QTest::newRow("no data held, access granted") << QStringLiteral("no-data") << Situation([](RegisterSession &s) {
        auto created = s.create(request({Right::Access}));
        if (!created) {
            return created;
        }
        CaseRecord c = *created;
        auto answered = s.workflow().answer(
            c, QDate(2026, 11, 25), {RightDecision{Right::Access, Outcome::Granted, RefusalGround::None, {}}}, kToday);
        if (!answered) {
            return Result<CaseRecord>(answered.error());
        }
        return s.save(c, QStringLiteral("case.answer"));
    });
    QTest::newRow("post-mortem answer, no requester")
        << QStringLiteral("post-mortem-answer")
        << Situation([](RegisterSession &s) { return s.create(request({Right::PostMortem})); });
    QTest::newRow("post-mortem answer, a representative")
        << QStringLiteral("post-mortem-answer") << Situation([](RegisterSession &s) {
               CaseRecord c = request({Right::PostMortem});
               c.requester = Requester{Person{}, Capacity::Representative, QStringLiteral("Mandat")};
               c.requester->person.firstName = QStringLiteral("Paul");
               c.requester->person.lastName = QStringLiteral("Dupré");
               return s.create(c);
           });
}

void TestLettersParity::refusedEverywhere()
{
    QFETCH(QString, kind);
    QFETCH(Situation, situation);
    auto stored = situation(*m_session);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));

    // The command line, a separate process on the same register: exit 1, one line on stderr, no file.
    const QString out = m_dir->filePath(QStringLiteral("cli.pdf"));
    const Run cli = m_cli.run(QStringList{QStringLiteral("letter"), QStringLiteral("--case"), stored->reference,
                                          QStringLiteral("--kind"), kind, QStringLiteral("--out"), out}
                              << databaseOption(m_session->path()));
    CLI_VERIFY_EXIT(cli, kFailure);
    QVERIFY2(cli.err.count('\n') == 1, cli.describe().constData());
    QVERIFY2(!QFile::exists(out), cli.describe().constData());

    // The desk's letter dialog: the problem in words, nothing to save, print or record, and no file.
    LetterDialog dialog(*m_session, *stored);
    dialog.setKind(kind);
    QVERIFY(dialog.currentPdf().isEmpty());
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveLetter"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("printLetter"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("recordLetter"))->isEnabled());
    const QString saved = m_dir->filePath(QStringLiteral("desk.pdf"));
    QVERIFY(!dialog.saveTo(saved));
    QVERIFY(!QFile::exists(saved));
    Prompter::answerNext(QMessageBox::Yes);
    QVERIFY(!dialog.recordAsSent());
    QVERIFY(m_session->attachments().list(stored->id)->isEmpty());
}

QTEST_MAIN(TestLettersParity)
#include "tst_letters_parity.moc"
