// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit trail proves the data, not only itself: every event records the state after its change, and
// AuditLog::verify() compares the current state of every case and of the settings with the last event. Each edit
// below is made behind DPO Desk's back, as someone with the file and an SQLite tool could, without touching the trail:
// each must be reported with the case and what differs. A lawful deletion, a register of an earlier version (upgraded
// in place) and a register written while other connections write stay intact.
#include "repositoryfixture.h"

#include "demo/demogenerator.h"
#include "register/casefiles.h"
#include "storage/auditlog.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace dpodesk;
using namespace repositorytest;

namespace {

/// Runs statements on the register through a connection of its own, as another program would. The error, or "".
QString tamper(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        }
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (error.isEmpty() && !q.exec(sql)) {
                error = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

class TestEvidence final : public QObject, public RepositoryFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void intactAfterEveryKindOfChange();
    void directEditReported_data();
    void directEditReported();
    void lawfulDeletionIsNotATampering();
    void registerOfAnEarlierVersionIsUpgraded();
    void largeRegisterReadOnTwoConnections();

private:
    void buildEvidenceRegister();
    QString path() const { return m_db->path(); }
    AuditVerification verified();
};

void TestEvidence::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEvidence::init()
{
    openRegister();
}

void TestEvidence::cleanup()
{
    if (m_repo) {
        m_settings.reset();
        m_repo.reset();
        m_db.reset();
    }
    m_clock.reset();
    m_dir.reset();
}

AuditVerification TestEvidence::verified()
{
    const Result<AuditVerification> v = repo().audit().verify();
    if (!v) {
        qWarning("verify failed: %s", qPrintable(v.errorMessage()));
        return {};
    }
    return *v;
}

/// The eight cases of the queue register, plus a file kept with "Overdue", an identity verification on "Stopped", a
/// recipient and a note on "Today", and the organisation's settings and a closure day.
void TestEvidence::buildEvidenceRegister()
{
    buildQueueRegister();
    CaseFiles store(*m_db, repo().audit(), *m_clock, QStringLiteral("tester"));
    auto overdue = repo().findByReference(QStringLiteral("DR-2026-0001"));
    QVERIFY(overdue.ok());
    QVERIFY(store.add(overdue->id, AttachmentKind::Request, QStringLiteral("lettre.pdf"), "%PDF-1.4\n%%EOF\n").ok());
    auto today = repo().findByReference(QStringLiteral("DR-2026-0002"));
    QVERIFY(today.ok());
    CaseRecord c = *today;
    c.recipients.append(Recipient{QStringLiteral("Routage Express SAS"), QDate(2026, 11, 20)});
    c.notes.append(Note{{}, {}, QStringLiteral("Called the person back")});
    QVERIFY(repo().save(c, QStringLiteral("case.update")).ok());
    auto stopped = repo().findByReference(QStringLiteral("DR-2026-0005"));
    QVERIFY(stopped.ok());
    IdentityVerification check;
    check.caseId = stopped->id;
    check.verifiedOn = QDate(2026, 11, 20);
    check.verifiedBy = QStringLiteral("tester");
    check.method = VerificationMethod::IdDocument;
    check.documentType = QStringLiteral("passport");
    QVERIFY(store.recordVerification(check).ok());
    OrganisationProfile profile = *settings().organisation();
    profile.name = QStringLiteral("Routage Express SAS");
    profile.dpoEmail = QStringLiteral("dpo@routage.example");
    profile.closureDays = {QDate(2026, 12, 24)};
    const Result<void> saved = settings().saveOrganisation(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
}

void TestEvidence::intactAfterEveryKindOfChange()
{
    buildEvidenceRegister();
    const AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QVERIFY(v.statesChecked);
    QCOMPARE(v.casesChecked, qint64(8));
    QCOMPARE(v.stateProblemCount, qint64(0));
}

void TestEvidence::directEditReported_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("part");

    using K = StateProblem::Kind;
    const auto row = [](const char *name, const QStringList &sql, K kind, const char *reference, const char *part) {
        QTest::newRow(name) << sql << int(kind) << QString::fromUtf8(reference) << QString::fromUtf8(part);
    };
    row("a name",
        {QStringLiteral("UPDATE cases SET subject_last_name = 'Someone else' WHERE reference = 'DR-2026-0001'")},
        K::Changed, "DR-2026-0001", "the data subject or the requester");
    row("an e-mail",
        {QStringLiteral("UPDATE cases SET subject_email = 'x@example.org' WHERE reference = 'DR-2026-0003'")},
        K::Changed, "DR-2026-0003", "the data subject or the requester");
    row("a received date",
        {QStringLiteral("UPDATE cases SET received_on = '2026-11-19' WHERE reference = 'DR-2026-0001'")}, K::Changed,
        "DR-2026-0001", "the request (channel, date received, rights, CNIL reference)");
    row("a note",
        {QStringLiteral("UPDATE notes SET body = 'Nothing was said' WHERE case_id = "
                        "(SELECT id FROM cases WHERE reference = 'DR-2026-0002')")},
        K::Changed, "DR-2026-0002", "the notes");
    row("a right's outcome",
        {QStringLiteral("UPDATE case_rights SET outcome = 'refused' WHERE case_id = "
                        "(SELECT id FROM cases WHERE reference = 'DR-2026-0007')")},
        K::Changed, "DR-2026-0007", "the rights and their outcomes");
    row("an overdue case closed",
        {QStringLiteral("UPDATE cases SET status = 'closed', is_open = 0, closed_on = '2026-11-19' WHERE reference = "
                        "'DR-2026-0001'")},
        K::Changed, "DR-2026-0001", "its progress (status, extension, acknowledgement, answer, closing)");
    row("a deadline moved",
        {QStringLiteral("UPDATE cases SET deadline = '2026-12-31' WHERE reference = 'DR-2026-0001'")}, K::Changed,
        "DR-2026-0001", "its deadlines");
    row("a recipient removed", {QStringLiteral("DELETE FROM recipients")}, K::Changed, "DR-2026-0002",
        "the recipients to notify (art. 19)");
    row("a suspension shortened", {QStringLiteral("UPDATE suspensions SET asked_on = '2026-11-01'")}, K::Changed,
        "DR-2026-0005", "the suspensions of the clock");
    row("a file's record", {QStringLiteral("UPDATE attachments SET display_name = 'other.pdf'")}, K::Changed,
        "DR-2026-0001", "the files kept with it");
    row("an identity verification", {QStringLiteral("UPDATE identity_verifications SET method = 'knowledge'")},
        K::Changed, "DR-2026-0005", "the identity verification");
    row("a case deleted",
        {QStringLiteral("PRAGMA foreign_keys = ON"),
         QStringLiteral("DELETE FROM cases WHERE reference = 'DR-2026-0004'")},
        K::Deleted, "DR-2026-0004", "");
    row("a forged case",
        {QStringLiteral(
            "INSERT INTO cases (reference, status, is_open, channel, language, received_on, logged_at, rights_summary, "
            "subject_last_name, subject_relationship, created_at, updated_at) VALUES ('DR-2026-0042', 'new', 1, "
            "'email', 'fr', '2026-11-20', '2026-11-20T09:00:00.000Z', 'access', 'Forged', 'customer', "
            "'2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z')")},
        K::Added, "DR-2026-0042", "");
    row("a setting", {QStringLiteral("UPDATE meta SET value = 'Other SAS' WHERE key = 'org.name'")}, K::Settings, "",
        "the setting org.name");
    row("a closure day", {QStringLiteral("INSERT INTO closure_days (day) VALUES ('2026-12-31')")}, K::Settings, "",
        "the closure days");
    row("event details erased", {QStringLiteral("UPDATE audit_events SET details = NULL WHERE seq = 3")}, K::Redaction,
        "DR-2026-0003", "");
    row("a counter set back", {QStringLiteral("UPDATE reference_counters SET last_seq = 2")}, K::Counter, "", "");
}

void TestEvidence::directEditReported()
{
    QFETCH(QStringList, statements);
    QFETCH(int, kind);
    QFETCH(QString, reference);
    QFETCH(QString, part);

    buildEvidenceRegister();
    {
        const AuditVerification before = verified();
        QVERIFY2(before.intact, qPrintable(before.problem));
    }
    const QString error = tamper(path(), statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const AuditVerification v = verified();
    QVERIFY2(!v.intact, "the edit went unseen");
    QCOMPARE(v.firstBrokenSeq, qint64(0)); // the chain itself is whole: only the data says what happened
    QCOMPARE(v.stateProblemCount, qint64(1));
    const StateProblem &p = v.stateProblems.first();
    QCOMPARE(int(p.kind), kind);
    QCOMPARE(p.caseReference, reference);
    if (!part.isEmpty()) {
        QVERIFY2(p.parts.contains(part), qPrintable(p.parts.join(QStringLiteral(" | "))));
    }
    QVERIFY(!p.message.isEmpty());
    QCOMPARE(v.problem, p.message);
    if (!reference.isEmpty()) {
        QVERIFY2(p.message.contains(reference), qPrintable(p.message));
    }
}

void TestEvidence::lawfulDeletionIsNotATampering()
{
    buildEvidenceRegister();
    QVERIFY(repo().remove(QStringLiteral("DR-2026-0003"), QStringLiteral("Entered twice")).ok());
    const AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QVERIFY(v.redacted >= 1);
    QCOMPARE(v.casesChecked, qint64(7));
    // ...but putting the deleted case back is seen.
    // (A new case now gets the next reference, never DR-2026-0003 again: the counter check stays quiet.)
    QVERIFY(repo().create(draft({}, QStringLiteral("Next"), QDate(2026, 11, 20))).ok());
    QCOMPARE(verified().intact, true);
}

void TestEvidence::registerOfAnEarlierVersionIsUpgraded()
{
    // A register written by DPO Desk 0.1 (schema 4): three cases, a suspension, a note, a file and a deletion, whose
    // events carry no state. Opening it upgrades it in place and records the state of each case.
    m_settings.reset();
    m_repo.reset();
    m_db.reset();
    const QString copy = m_dir->filePath(QStringLiteral("register-v4.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(DPODESK_TEST_DATA "/register-v4.sqlite"), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto opened = Database::open(copy);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
    QCOMPARE(m_db->openedAtVersion(), 4);
    m_repo = std::make_unique<CaseBook>(*m_db, *m_clock, QStringLiteral("tester"));
    m_settings = std::make_unique<OrganisationSettings>(*m_repo);
    QVERIFY(m_repo->loadCalendar().ok());
    AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QVERIFY(v.statesChecked);
    QCOMPARE(v.casesChecked, qint64(2));
    QCOMPARE(v.events, qint64(8 + 2 + 1)); // the old trail, one state per case, the upgrade
    QCOMPARE(v.redacted, qint64(1));       // the deleted case's creation, named by its (older) deletion event
    QCOMPARE(lastEvent().action, QStringLiteral("register.upgrade"));

    // From now on, a change behind DPO Desk's back is seen there too.
    QVERIFY(tamper(copy, {QStringLiteral("UPDATE cases SET subject_email = 'x@example.org' WHERE reference = "
                                         "'DR-2026-0001'")})
                .isEmpty());
    v = verified();
    QVERIFY(!v.intact);
    QCOMPARE(v.stateProblems.first().caseReference, QStringLiteral("DR-2026-0001"));
}

void TestEvidence::largeRegisterReadOnTwoConnections()
{
    // Above a thousand cases, most are read by a second connection on another core while the trail is read: edits in
    // both shares are still seen, and nothing is reported twice or missed.
    DemoGenerator generator(*m_db, repo(), settings());
    DemoGenerator::Options options;
    options.cases = 3000;
    options.seed = 7;
    options.today = m_clock->today();
    const Result<DemoSummary> filled = generator.fill(options);
    QVERIFY2(filled.ok(), qPrintable(filled.errorMessage()));
    AuditVerification v = verified();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.casesChecked, qint64(3000));
    QVERIFY(tamper(path(),
                   {QStringLiteral("UPDATE cases SET subject_email = 'x@example.org' WHERE id = 10"),
                    QStringLiteral("UPDATE cases SET subject_email = 'y@example.org' WHERE id = 2990"),
                    QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("DELETE FROM cases WHERE id = 1500")})
                .isEmpty());
    v = verified();
    QVERIFY(!v.intact);
    QCOMPARE(v.casesChecked, qint64(2999));
    QCOMPARE(v.stateProblemCount, qint64(3));
    QStringList kinds;
    for (const StateProblem &p : std::as_const(v.stateProblems)) {
        kinds << QString::number(int(p.kind));
    }
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QString::number(int(StateProblem::Kind::Changed)),
                                 QString::number(int(StateProblem::Kind::Changed)),
                                 QString::number(int(StateProblem::Kind::Deleted))}));
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
