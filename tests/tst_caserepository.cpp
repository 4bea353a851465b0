// The register in SQLite: references, deadlines, every field stored and read back, workflow actions saved with their
// audit events, optimistic locking, append-only notes, deletion, the queue's queries and the holiday calendar.
//
// Every test runs on a new register in a folder of its own, with a FixedClock on Thursday 26 November 2026 at
// 09:00 UTC unless it says otherwise. Deadlines are written out by hand (metropolitan France unless said otherwise);
// they agree with tests/tools/deadline_oracle.py. Every write must append exactly one audit event, and cleanup()
// checks after each test that the audit trail still verifies.

#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/result.h"
#include "deadline/deadlinecalculator.h"
#include "deadline/holidaycalendar.h"
#include "domain/caserecord.h"
#include "domain/caseworkflow.h"
#include "domain/enums.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/sqlcaserepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

using namespace dpodesk;

Q_DECLARE_METATYPE(dpodesk::CaseQuery)

namespace dpodesk {

/// Error codes by number in QCOMPARE failures (found by argument-dependent lookup).
inline char *toString(Error::Code code)
{
    return qstrdup(QByteArray::number(int(code)).constData());
}

} // namespace dpodesk

namespace {

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

RightRequest pending(Right right, const QString &detail = {})
{
    return RightRequest{right, detail, Outcome::Pending, RefusalGround::None, {}, {}};
}

CaseRecord draft(const QString &firstName, const QString &lastName, QDate receivedOn,
                 const QList<Right> &rights = {Right::Access})
{
    CaseRecord c;
    c.subject.firstName = firstName;
    c.subject.lastName = lastName;
    c.receivedOn = receivedOn;
    for (const Right right : rights) {
        c.rights.append(pending(right));
    }
    return c;
}

CaseQuery scoped(CaseQuery::Scope scope)
{
    CaseQuery q;
    q.scope = scope;
    return q;
}

CaseQuery with(CaseQuery q, const std::function<void(CaseQuery &)> &change)
{
    change(q);
    return q;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

/// One row of audit_events, read without AuditLog.
struct StoredEvent {
    qint64 seq = 0;
    QString action;
    QString reference;
    QString rawDetails;
    QJsonObject details;
};

void comparePeople(const Person &actual, const Person &expected)
{
    QCOMPARE(actual.firstName, expected.firstName);
    QCOMPARE(actual.lastName, expected.lastName);
    QCOMPARE(actual.email, expected.email);
    QCOMPARE(actual.postalAddress, expected.postalAddress);
    QCOMPARE(actual.phone, expected.phone);
    QCOMPARE(actual.internalReference, expected.internalReference);
    QCOMPARE(name(actual.relationship), name(expected.relationship));
}

/// Every field of two cases, one QCOMPARE each, so that a failure names the field.
void compareCases(const CaseRecord &actual, const CaseRecord &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.reference, expected.reference);
    QCOMPARE(actual.version, expected.version);

    QCOMPARE(actual.rights.size(), expected.rights.size());
    for (qsizetype i = 0; i < expected.rights.size(); ++i) {
        const RightRequest &a = actual.rights.at(i);
        const RightRequest &e = expected.rights.at(i);
        QCOMPARE(name(a.right), name(e.right));
        QCOMPARE(a.detail, e.detail);
        QCOMPARE(name(a.outcome), name(e.outcome));
        QCOMPARE(name(a.refusalGround), name(e.refusalGround));
        QCOMPARE(a.refusalReason, e.refusalReason);
        QCOMPARE(a.decidedOn, e.decidedOn);
    }

    comparePeople(actual.subject, expected.subject);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(actual.requester.has_value(), expected.requester.has_value());
    if (expected.requester) {
        comparePeople(actual.requester->person, expected.requester->person);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(name(actual.requester->capacity), name(expected.requester->capacity));
        QCOMPARE(actual.requester->capacityProof, expected.requester->capacityProof);
    }

    QCOMPARE(name(actual.channel), name(expected.channel));
    QCOMPARE(actual.language, expected.language);
    QCOMPARE(actual.receivedOn, expected.receivedOn);
    QCOMPARE(actual.loggedAt, expected.loggedAt);
    QCOMPARE(name(actual.status), name(expected.status));

    QCOMPARE(actual.suspensions.size(), expected.suspensions.size());
    for (qsizetype i = 0; i < expected.suspensions.size(); ++i) {
        const Suspension &a = actual.suspensions.at(i);
        const Suspension &e = expected.suspensions.at(i);
        QCOMPARE(name(a.reason), name(e.reason));
        QCOMPARE(a.askedOn, e.askedOn);
        QCOMPARE(a.answeredOn, e.answeredOn);
        QCOMPARE(a.note, e.note);
    }

    QCOMPARE(actual.extension.has_value(), expected.extension.has_value());
    if (expected.extension) {
        QCOMPARE(actual.extension->decidedOn, expected.extension->decidedOn);
        QCOMPARE(name(actual.extension->reason), name(expected.extension->reason));
        QCOMPARE(actual.extension->justification, expected.extension->justification);
        QCOMPARE(actual.extension->noticeSentOn, expected.extension->noticeSentOn);
    }

    QCOMPARE(actual.acknowledgedOn, expected.acknowledgedOn);
    QCOMPARE(actual.answeredOn, expected.answeredOn);
    QCOMPARE(actual.closedOn, expected.closedOn);

    QCOMPARE(actual.recipients.size(), expected.recipients.size());
    for (qsizetype i = 0; i < expected.recipients.size(); ++i) {
        QCOMPARE(actual.recipients.at(i).name, expected.recipients.at(i).name);
        QCOMPARE(actual.recipients.at(i).notifiedOn, expected.recipients.at(i).notifiedOn);
    }

    QCOMPARE(actual.notes.size(), expected.notes.size());
    for (qsizetype i = 0; i < expected.notes.size(); ++i) {
        QCOMPARE(actual.notes.at(i).createdAt, expected.notes.at(i).createdAt);
        QCOMPARE(actual.notes.at(i).author, expected.notes.at(i).author);
        QCOMPARE(actual.notes.at(i).text, expected.notes.at(i).text);
    }

    QCOMPARE(actual.cnilReference, expected.cnilReference);
    QCOMPARE(actual.cnilDueDate, expected.cnilDueDate);
    QCOMPARE(actual.linkedCaseReference, expected.linkedCaseReference);

    QCOMPARE(actual.deadlines.initial, expected.deadlines.initial);
    QCOMPARE(actual.deadlines.extended, expected.deadlines.extended);
    QCOMPARE(actual.deadlines.suspendedDays, expected.deadlines.suspendedDays);
    QCOMPARE(actual.deadline(), expected.deadline());
}

} // namespace

#define COMPARE_CASES(actual, expected)                                                                                \
    do {                                                                                                               \
        compareCases((actual), (expected));                                                                            \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

#define EXPECT_ONE_EVENT(before, action, reference)                                                                    \
    do {                                                                                                               \
        expectOneEvent((before), (action), (reference));                                                               \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

#define SAVE_CHECKED(record, action)                                                                                   \
    do {                                                                                                               \
        saveChecked((record), (action));                                                                               \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

class TestCaseRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Creating and reading
    void createAssignsReferences();
    void createComputesDeadlines_data();
    void createComputesDeadlines();
    void roundTripEveryField();
    void roundTripCnilComplaint();
    void findUnknown();
    void createRefusesInvalid();

    // Saving, with the workflow
    void suspendResumeExtend();
    void extendAfterInitialDeadlineRefused();
    void answerRefusalsAndWarnings();
    void saveWithoutChangeWritesNothing();
    void saveRefusesInvalid();
    void optimisticLocking();
    void twoConnectionsShareTheRegister();
    void notesAreAppendOnly();

    // Deleting
    void removeNeedsReason();
    void removeKeepsNoPersonalData();
    void removeRecordsCanonicalReference();

    // The queue
    void queue_data();
    void queue();
    void search_data();
    void search();
    void counts();

    // The holiday calendar
    void setCalendarRecomputesDeadlines();
    void organisationProfile();
    void requestsFromSamePerson();
    void sortsOnEveryColumn();

private:
    SqlCaseRepository &repo() { return *m_repo; }
    qint64 eventCount() const;
    StoredEvent lastEvent() const;
    qint64 childRows(const QString &table, qint64 caseId) const;
    Result<QStringList> names(const CaseQuery &query) const;
    void expectOneEvent(qint64 before, const QString &action, const QString &reference);
    void saveChecked(CaseRecord &record, const QString &action);
    void buildQueueRegister();
    void buildSearchRegister();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlCaseRepository> m_repo;
};

void TestCaseRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 26));
    QCOMPARE(m_clock->nowUtc(), utc(2026, 11, 26));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("register.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
    m_repo = std::make_unique<SqlCaseRepository>(*m_db, *m_clock, QStringLiteral("tester"));
    const Result<void> calendar = m_repo->loadCalendar();
    QVERIFY2(calendar.ok(), qPrintable(calendar.errorMessage()));
    QCOMPARE(m_repo->calculator().calendar().name(), QStringLiteral("fr"));
}

void TestCaseRepository::cleanup()
{
    std::optional<Result<AuditVerification>> verification;
    if (m_repo) {
        verification = m_repo->audit().verify();
    }
    m_repo.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
    if (!verification) {
        return; // init() failed and said so
    }
    QVERIFY2(verification->ok(), qPrintable(verification->errorMessage()));
    const AuditVerification &v = verification->value();
    QVERIFY2(v.intact,
             qPrintable(QStringLiteral("audit trail broken at event %1: %2").arg(v.firstBrokenSeq).arg(v.problem)));
}

qint64 TestCaseRepository::eventCount() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_events")) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

StoredEvent TestCaseRepository::lastEvent() const
{
    StoredEvent e;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral(
            "SELECT seq, action, case_reference, details FROM audit_events ORDER BY seq DESC LIMIT 1")) &&
        q.next()) {
        e.seq = q.value(0).toLongLong();
        e.action = q.value(1).toString();
        e.reference = q.value(2).toString();
        e.rawDetails = q.value(3).toString();
        e.details = QJsonDocument::fromJson(e.rawDetails.toUtf8()).object();
    }
    return e;
}

qint64 TestCaseRepository::childRows(const QString &table, qint64 caseId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE case_id = :id").arg(table));
    q.bindValue(QStringLiteral(":id"), caseId);
    if (!q.exec() || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

/// The subject names of the cases a query lists, in the order listed.
Result<QStringList> TestCaseRepository::names(const CaseQuery &query) const
{
    auto rows = m_repo->list(query);
    if (!rows) {
        return rows.error();
    }
    QStringList out;
    for (const CaseSummary &s : rows.value()) {
        out << s.subjectName;
    }
    return out;
}

void TestCaseRepository::expectOneEvent(qint64 before, const QString &action, const QString &reference)
{
    QCOMPARE(eventCount(), before + 1);
    const StoredEvent e = lastEvent();
    QCOMPARE(e.seq, before + 1);
    QCOMPARE(e.action, action);
    QCOMPARE(e.reference, reference);
}

/// Saves a record changed by the workflow and checks what was returned, what is stored and the audit event; the
/// record becomes the stored one.
void TestCaseRepository::saveChecked(CaseRecord &record, const QString &action)
{
    const qint64 before = eventCount();
    CaseRecord expected = record;
    expected.version = record.version + 1;
    const Result<CaseRecord> saved = m_repo->save(record, action);
    QVERIFY2(saved.ok(), qPrintable(QString(action + QStringLiteral(": ") + saved.errorMessage())));
    compareCases(saved.value(), expected);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Result<CaseRecord> stored = m_repo->find(record.id);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    compareCases(stored.value(), expected);
    if (QTest::currentTestFailed()) {
        return;
    }
    expectOneEvent(before, action, expected.reference);
    if (QTest::currentTestFailed()) {
        return;
    }
    record = stored.value();
}

// ---------------------------------------------------------------------------------------------------------------
// Creating and reading

void TestCaseRepository::createAssignsReferences()
{
    QCOMPARE(eventCount(), qint64(0));
    QList<CaseRecord> created;

    auto first = repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 2)));
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(first->reference, QStringLiteral("DR-2026-0001"));
    QCOMPARE(first->version, 1);
    QVERIFY(first->id > 0);
    QCOMPARE(first->loggedAt, utc(2026, 11, 26));
    EXPECT_ONE_EVENT(0, QStringLiteral("case.create"), QStringLiteral("DR-2026-0001"));
    const StoredEvent createEvent = lastEvent();
    QCOMPARE(createEvent.details.value(QStringLiteral("reference")).toString(), QStringLiteral("DR-2026-0001"));
    QCOMPARE(createEvent.details.value(QStringLiteral("received_on")).toString(), QStringLiteral("2026-11-02"));
    created << first.value();

    auto second = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Dupont"), QDate(2026, 11, 3)));
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(second->reference, QStringLiteral("DR-2026-0002"));
    QVERIFY(second->id != first->id);
    EXPECT_ONE_EVENT(1, QStringLiteral("case.create"), QStringLiteral("DR-2026-0002"));
    created << second.value();

    // The year of logging numbers the case, not the year of receipt: received in December, logged in January.
    m_clock->set(utc(2027, 1, 4));
    auto third = repo().create(draft(QStringLiteral("Zoé"), QStringLiteral("Lefèvre"), QDate(2026, 12, 28)));
    QVERIFY2(third.ok(), qPrintable(third.errorMessage()));
    QCOMPARE(third->reference, QStringLiteral("DR-2027-0001"));
    QCOMPARE(third->loggedAt, utc(2027, 1, 4));
    EXPECT_ONE_EVENT(2, QStringLiteral("case.create"), QStringLiteral("DR-2027-0001"));
    created << third.value();

    // Each year has its own counter; an identity given in the draft is not kept.
    m_clock->set(utc(2027, 1, 5, 16, 45));
    CaseRecord withIdentity = draft(QStringLiteral("Hélène"), QStringLiteral("Moreau"), QDate(2027, 1, 4));
    withIdentity.id = 4242;
    withIdentity.reference = QStringLiteral("DR-1999-9999");
    withIdentity.version = 7;
    withIdentity.loggedAt = utc(1999, 1, 1);
    auto fourth = repo().create(withIdentity);
    QVERIFY2(fourth.ok(), qPrintable(fourth.errorMessage()));
    QCOMPARE(fourth->reference, QStringLiteral("DR-2027-0002"));
    QCOMPARE(fourth->version, 1);
    QVERIFY(fourth->id != 4242);
    QCOMPARE(fourth->loggedAt, utc(2027, 1, 5, 16, 45));
    EXPECT_ONE_EVENT(3, QStringLiteral("case.create"), QStringLiteral("DR-2027-0002"));
    created << fourth.value();

    // 2026 goes on where it stopped.
    m_clock->set(utc(2026, 11, 26));
    auto fifth = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY2(fifth.ok(), qPrintable(fifth.errorMessage()));
    QCOMPARE(fifth->reference, QStringLiteral("DR-2026-0003"));
    EXPECT_ONE_EVENT(4, QStringLiteral("case.create"), QStringLiteral("DR-2026-0003"));
    created << fifth.value();

    for (const CaseRecord &c : std::as_const(created)) {
        const Result<CaseRecord> byReference = repo().findByReference(c.reference);
        QVERIFY2(byReference.ok(), qPrintable(byReference.errorMessage()));
        QCOMPARE(byReference->id, c.id);
        const Result<CaseRecord> byId = repo().find(c.id);
        QVERIFY2(byId.ok(), qPrintable(byId.errorMessage()));
        QCOMPARE(byId->reference, c.reference);
    }
    // References are matched without regard to case and surrounding spaces.
    const Result<CaseRecord> loose = repo().findByReference(QStringLiteral("  dr-2027-0001 "));
    QVERIFY2(loose.ok(), qPrintable(loose.errorMessage()));
    QCOMPARE(loose->id, third->id);
    QCOMPARE(repo().count(scoped(CaseQuery::Scope::All)).value(), 5);
}

void TestCaseRepository::createComputesDeadlines_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("stopFrom"); // a closed suspension [from, to), or none
    QTest::addColumn<QDate>("stopTo");
    QTest::addColumn<QDate>("initial");
    QTest::addColumn<QDate>("extended");
    QTest::addColumn<int>("suspended");

    QTest::newRow("2026-01-31: month-end clamp (Sat 28 Feb), then Sunday") //
        << QDate(2026, 1, 31) << QDate() << QDate() << QDate(2026, 3, 2) << QDate(2026, 4, 30) << 0;
    QTest::newRow("2026-03-05: Easter Sunday, then Easter Monday") //
        << QDate(2026, 3, 5) << QDate() << QDate() << QDate(2026, 4, 7) << QDate(2026, 6, 5) << 0;
    QTest::newRow("2026-04-14: Ascension; extended lands on Bastille Day") //
        << QDate(2026, 4, 14) << QDate() << QDate() << QDate(2026, 5, 15) << QDate(2026, 7, 15) << 0;
    QTest::newRow("2025-11-26: 26 December is a working day in metropolitan France") //
        << QDate(2025, 11, 26) << QDate() << QDate() << QDate(2025, 12, 26) << QDate(2026, 2, 26) << 0;
    QTest::newRow("2026-11-16 with 7 days suspended") //
        << QDate(2026, 11, 16) << QDate(2026, 11, 17) << QDate(2026, 11, 24) << QDate(2026, 12, 23)
        << QDate(2027, 2, 23) << 7;
    QTest::newRow("2026-10-01 with 7 days suspended: 1 Nov + 7 = Sunday 8 Nov") //
        << QDate(2026, 10, 1) << QDate(2026, 10, 2) << QDate(2026, 10, 9) << QDate(2026, 11, 9) << QDate(2027, 1, 8)
        << 7;
}

void TestCaseRepository::createComputesDeadlines()
{
    QFETCH(QDate, received);
    QFETCH(QDate, stopFrom);
    QFETCH(QDate, stopTo);
    QFETCH(QDate, initial);
    QFETCH(QDate, extended);
    QFETCH(int, suspended);

    CaseRecord d = draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), received);
    if (stopFrom.isValid()) {
        d.suspensions = {Suspension{SuspensionReason::Identity, stopFrom, stopTo, QStringLiteral("ID copy")}};
    }
    const Result<CaseRecord> created = repo().create(d);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    QCOMPARE(created->deadlines.initial, initial);
    QCOMPARE(created->deadlines.extended, extended);
    QCOMPARE(created->deadlines.suspendedDays, suspended);
    QCOMPARE(created->deadline(), initial);

    const Result<CaseRecord> stored = repo().find(created->id);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    QCOMPARE(stored->deadlines.initial, initial);
    QCOMPARE(stored->deadlines.extended, extended);
    QCOMPARE(stored->deadlines.suspendedDays, suspended);

    // The queue reads the stored deadline column.
    const Result<QList<CaseSummary>> rows = repo().list(scoped(CaseQuery::Scope::All));
    QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().deadline, initial);
    QCOMPARE(rows->first().receivedOn, received);
}

void TestCaseRepository::roundTripEveryField()
{
    CaseRecord c;
    c.rights = {
        RightRequest{Right::Access,
                     QStringLiteral("Copy of the customer file"),
                     Outcome::Granted,
                     RefusalGround::None,
                     {},
                     QDate(2026, 10, 20)},
        RightRequest{
            Right::Erasure, QStringLiteral("Marketing history"), Outcome::Refused, RefusalGround::ErasureException,
            QStringLiteral("Invoices are kept ten years (Code de commerce, art. L123-22)"), QDate(2026, 10, 21)},
        RightRequest{
            Right::PostMortem, QStringLiteral("Close the account"), Outcome::Pending, RefusalGround::None, {}, {}},
    };
    c.subject = Person{QStringLiteral("Élodie"),
                       QStringLiteral("Dupré"),
                       QStringLiteral("elodie.dupre@example.fr"),
                       QStringLiteral("12 rue des Lilas\n67000 Strasbourg"),
                       QStringLiteral("+33 6 12 34 56 78"),
                       QStringLiteral("CUST-0042"),
                       Relationship::Customer};
    c.requester =
        Requester{Person{QStringLiteral("Jean"), QStringLiteral("Martin"), QStringLiteral("jean.martin@example.org"),
                         QStringLiteral("3 place Kléber, 67000 Strasbourg"), QStringLiteral("03 88 00 00 00"),
                         QStringLiteral("PROS-7"), Relationship::Prospect},
                  Capacity::Heir, QStringLiteral("Death certificate and notarial deed")};
    c.channel = Channel::Post;
    c.language = QStringLiteral("en");
    c.receivedOn = QDate(2026, 10, 1);
    c.status = CaseStatus::AwaitingClarification;
    c.suspensions = {
        Suspension{SuspensionReason::Identity, QDate(2026, 10, 2), QDate(2026, 10, 9),
                   QStringLiteral("Copy of an ID asked by post")},
        Suspension{SuspensionReason::Clarification, QDate(2026, 10, 22), {}, QStringLiteral("Which of the accounts?")},
    };
    c.extension = Extension{QDate(2026, 10, 20), ExtensionReason::NumberOfRequests,
                            QStringLiteral("Forty related requests from the same family"), QDate(2026, 10, 21)};
    c.acknowledgedOn = QDate(2026, 10, 2);
    c.recipients = {Recipient{QStringLiteral("Mailing partner SAS"), QDate(2026, 10, 21)},
                    Recipient{QStringLiteral("CRM host"), {}}};
    c.notes = {
        Note{utc(2026, 10, 1, 14, 5, 30, 250), QStringLiteral("dpo"), QStringLiteral("Letter scanned")},
        Note{QDateTime(QDate(2026, 10, 2), QTime(10, 0), QTimeZone(3600)), QStringLiteral("assistant"),
             QStringLiteral("Called the heir; «merci» — 谢谢")},
        Note{{}, {}, QStringLiteral("Stamped when logged")},
    };
    c.cnilReference = QStringLiteral("CNIL-2026-012345");
    c.cnilDueDate = QDate(2026, 12, 15);
    c.linkedCaseReference = QStringLiteral("DR-2025-0042");

    const Result<CaseRecord> created = repo().create(c);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    EXPECT_ONE_EVENT(0, QStringLiteral("case.create"), QStringLiteral("DR-2026-0001"));

    CaseRecord expected = c;
    expected.id = created->id;
    expected.reference = QStringLiteral("DR-2026-0001");
    expected.version = 1;
    expected.loggedAt = utc(2026, 11, 26);
    expected.notes[2].createdAt = utc(2026, 11, 26);
    expected.notes[2].author = QStringLiteral("tester");
    // Received 1 Oct + 1 month = Sun 1 Nov (All Saints) + 7 days suspended = Sun 8 Nov -> Mon 9 Nov;
    // 1 Jan 2027 + 7 = Fri 8 Jan. The open clarification does not count yet.
    expected.deadlines.initial = QDate(2026, 11, 9);
    expected.deadlines.extended = QDate(2027, 1, 8);
    expected.deadlines.suspendedDays = 7;
    QCOMPARE(expected.deadline(), QDate(2027, 1, 8));

    COMPARE_CASES(created.value(), expected);
    const Result<CaseRecord> byId = repo().find(created->id);
    QVERIFY2(byId.ok(), qPrintable(byId.errorMessage()));
    COMPARE_CASES(byId.value(), expected);
    const Result<CaseRecord> byReference = repo().findByReference(QStringLiteral("DR-2026-0001"));
    QVERIFY2(byReference.ok(), qPrintable(byReference.errorMessage()));
    COMPARE_CASES(byReference.value(), expected);

    // The queue's row of the case.
    const Result<QList<CaseSummary>> rows = repo().list(scoped(CaseQuery::Scope::All));
    QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
    QCOMPARE(rows->size(), 1);
    const CaseSummary &s = rows->first();
    QCOMPARE(s.id, created->id);
    QCOMPARE(s.reference, QStringLiteral("DR-2026-0001"));
    QCOMPARE(s.subjectName, QStringLiteral("Élodie Dupré"));
    QCOMPARE(s.subjectEmail, QStringLiteral("elodie.dupre@example.fr"));
    QCOMPARE(s.rights, QStringLiteral("access,erasure,post-mortem"));
    QCOMPARE(name(s.channel), name(Channel::Post));
    QCOMPARE(s.receivedOn, QDate(2026, 10, 1));
    QCOMPARE(s.deadline, QDate(2027, 1, 8));
    QCOMPARE(name(s.status), name(CaseStatus::AwaitingClarification));
    QCOMPARE(s.clockStoppedSince, QDate(2026, 10, 22));
    QVERIFY(!s.extensionNoticeDue);
    QCOMPARE(urgencyName(s.urgency(m_clock->today())), urgencyName(Urgency::ClockStopped));
}

void TestCaseRepository::roundTripCnilComplaint()
{
    CaseRecord c =
        draft(QStringLiteral("Hélène"), QStringLiteral("Moreau"), QDate(2026, 11, 12), {Right::CnilComplaint});
    c.subject.email = QStringLiteral("helene.moreau@example.fr");
    c.channel = Channel::ViaCnil;
    c.cnilReference = QStringLiteral("CNIL plainte 26-004512");
    c.cnilDueDate = QDate(2026, 12, 11);
    c.linkedCaseReference = QStringLiteral("DR-2025-0042");

    const Result<CaseRecord> created = repo().create(c);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    CaseRecord expected = c;
    expected.id = created->id;
    expected.reference = QStringLiteral("DR-2026-0001");
    expected.version = 1;
    expected.loggedAt = utc(2026, 11, 26);
    expected.deadlines.initial = QDate(2026, 12, 14); // Sat 12 Dec -> Mon 14 Dec
    expected.deadlines.extended = QDate(2027, 2, 12);
    QCOMPARE(expected.deadline(), QDate(2026, 12, 11)); // the CNIL's date, not the GDPR month
    COMPARE_CASES(created.value(), expected);
    const Result<CaseRecord> stored = repo().find(created->id);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    COMPARE_CASES(stored.value(), expected);

    const Result<QList<CaseSummary>> rows = repo().list(CaseQuery());
    QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().deadline, QDate(2026, 12, 11));
    QCOMPARE(urgencyName(rows->first().urgency(m_clock->today())), urgencyName(Urgency::OnTrack));
}

void TestCaseRepository::findUnknown()
{
    const Result<CaseRecord> byId = repo().find(4242);
    QVERIFY(!byId.ok());
    QCOMPARE(byId.error().code, Error::Code::NotFound);
    const Result<CaseRecord> byReference = repo().findByReference(QStringLiteral("DR-2026-9999"));
    QVERIFY(!byReference.ok());
    QCOMPARE(byReference.error().code, Error::Code::NotFound);
    const Result<CaseRecord> empty = repo().findByReference(QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, Error::Code::NotFound);
    QCOMPARE(eventCount(), qint64(0));
}

void TestCaseRepository::createRefusesInvalid()
{
    const auto valid = [] {
        CaseRecord c = draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16));
        c.subject.email = QStringLiteral("elodie.dupre@example.fr");
        return c;
    };
    const Result<CaseRecord> first = repo().create(valid());
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const qint64 events = eventCount();
    QCOMPARE(events, qint64(1));

    struct Refusal {
        const char *what;
        const char *field;
        std::function<void(CaseRecord &)> spoil;
    };
    const QDate today = m_clock->today();
    const Refusal refusals[] = {
        {"received tomorrow", "receivedOn", [today](CaseRecord &c) { c.receivedOn = today.addDays(1); }},
        {"no date of receipt", "receivedOn", [](CaseRecord &c) { c.receivedOn = QDate(); }},
        {"no right", "rights", [](CaseRecord &c) { c.rights.clear(); }},
        {"a right listed twice", "rights", [](CaseRecord &c) { c.rights.append(pending(Right::Access)); }},
        {"e-mail without a dot in the domain", "subject.email",
         [](CaseRecord &c) { c.subject.email = QStringLiteral("elodie.dupre@example"); }},
        {"e-mail with a space", "subject.email",
         [](CaseRecord &c) { c.subject.email = QStringLiteral("elodie dupre@example.fr"); }},
        {"e-mail without @", "subject.email",
         [](CaseRecord &c) { c.subject.email = QStringLiteral("elodie.dupre.example.fr"); }},
        {"neither a name nor an e-mail", "subject.lastName", [](CaseRecord &c) { c.subject = Person(); }},
        {"requester without a name", "requester.lastName",
         [](CaseRecord &c) {
             c.requester = Requester{Person{{}, {}, QStringLiteral("heir@example.fr"), {}, {}, {}, Relationship::Other},
                                     Capacity::Heir,
                                     {}};
         }},
        {"requester with a bad e-mail", "requester.email",
         [](CaseRecord &c) {
             c.requester = Requester{Person{QStringLiteral("Jean"),
                                            QStringLiteral("Martin"),
                                            QStringLiteral("jean.martin@"),
                                            {},
                                            {},
                                            {},
                                            Relationship::Other},
                                     Capacity::Representative,
                                     {}};
         }},
        {"CNIL complaint without the CNIL's due date", "cnilDueDate",
         [](CaseRecord &c) { c.rights = {pending(Right::CnilComplaint)}; }},
        {"refusal without a legal ground", "rights.refusal",
         [](CaseRecord &c) {
             c.rights.first().outcome = Outcome::Refused;
             c.rights.first().refusalReason = QStringLiteral("No reason to grant it");
         }},
        {"question sent before the request was received", "suspensions",
         [](CaseRecord &c) {
             c.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 11, 15), {}, {}}};
         }},
        {"extension decided after the initial deadline", "extension",
         [](CaseRecord &c) {
             c.receivedOn = QDate(2026, 10, 1); // initial deadline Mon 2 Nov 2026
             c.extension = Extension{
                 QDate(2026, 11, 10), ExtensionReason::Complexity, QStringLiteral("Data in several systems"), {}};
         }},
    };
    for (const Refusal &r : refusals) {
        CaseRecord d = valid();
        r.spoil(d);
        const Result<CaseRecord> refused = repo().create(d);
        QVERIFY2(!refused.ok(), r.what);
        QVERIFY2(refused.error().code == Error::Code::Invalid, r.what);
        QVERIFY2(refused.error().field == QLatin1String(r.field),
                 qPrintable(QStringLiteral("%1: field \"%2\", expected \"%3\" (%4)")
                                .arg(QLatin1String(r.what), refused.error().field, QLatin1String(r.field),
                                     refused.error().message)));
        QVERIFY2(!refused.error().message.isEmpty(), r.what);
        QVERIFY2(repo().count(scoped(CaseQuery::Scope::All)).value() == 1, r.what);
        QVERIFY2(eventCount() == events, r.what);
    }

    // No reference was used up by the refusals.
    const Result<CaseRecord> next = repo().create(valid());
    QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
    QCOMPARE(next->reference, QStringLiteral("DR-2026-0002"));
    EXPECT_ONE_EVENT(events, QStringLiteral("case.create"), QStringLiteral("DR-2026-0002"));
}

// ---------------------------------------------------------------------------------------------------------------
// Saving, with the workflow

void TestCaseRepository::suspendResumeExtend()
{
    // Received Mon 16 Nov 2026: deadline Wed 16 Dec 2026.
    const Result<CaseRecord> created =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16)));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    CaseRecord c = created.value();
    QCOMPARE(c.deadline(), QDate(2026, 12, 16));
    const CaseWorkflow flow(repo().calculator());
    const QDate today = m_clock->today();

    // Suspend: the clock stops; the deadline does not move yet.
    const Result<void> suspended = flow.suspend(c, SuspensionReason::Identity, QDate(2026, 11, 17),
                                                QStringLiteral("Copy of an ID requested"), today);
    QVERIFY2(suspended.ok(), qPrintable(suspended.errorMessage()));
    QCOMPARE(name(c.status), name(CaseStatus::AwaitingIdentity));
    SAVE_CHECKED(c, QStringLiteral("case.suspend"));
    QCOMPARE(c.version, 2);
    QVERIFY(c.openSuspension() != nullptr);
    QCOMPARE(c.deadline(), QDate(2026, 12, 16));
    QCOMPARE(urgencyName(c.urgency(today)), urgencyName(Urgency::ClockStopped));
    const StoredEvent suspendEvent = lastEvent();
    const QJsonObject status = suspendEvent.details.value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("old")).toString(), QStringLiteral("new"));
    QCOMPARE(status.value(QStringLiteral("new")).toString(), QStringLiteral("awaiting-identity"));
    const QJsonObject suspendChanges = suspendEvent.details.value(QStringLiteral("changes")).toObject();
    QCOMPARE(
        suspendChanges.value(QStringLiteral("clock_stopped_since")).toObject().value(QStringLiteral("new")).toString(),
        QStringLiteral("2026-11-17"));
    {
        const Result<QList<CaseSummary>> rows = repo().list(CaseQuery());
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().clockStoppedSince, QDate(2026, 11, 17));
        QCOMPARE(urgencyName(rows->first().urgency(today)), urgencyName(Urgency::ClockStopped));
        const Result<QueueCounts> counts = repo().counts(today);
        QVERIFY(counts.ok());
        QCOMPARE(counts->open, 1);
        QCOMPARE(counts->clockStopped, 1);
        QCOMPARE(counts->overdue, 0);
        QCOMPARE(counts->dueSoon, 0);
    }

    // Resume on Tue 24 Nov: the clock stood still 7 days, the deadline moves to Wed 23 Dec.
    const Result<void> resumed = flow.resume(c, QDate(2026, 11, 24), today);
    QVERIFY2(resumed.ok(), qPrintable(resumed.errorMessage()));
    QCOMPARE(name(c.status), name(CaseStatus::InProgress));
    SAVE_CHECKED(c, QStringLiteral("case.resume"));
    QCOMPARE(c.version, 3);
    QVERIFY(c.openSuspension() == nullptr);
    QCOMPARE(c.deadlines.suspendedDays, 7);
    QCOMPARE(c.deadlines.initial, QDate(2026, 12, 23));
    QCOMPARE(c.deadlines.extended, QDate(2027, 2, 23));
    QCOMPARE(c.deadline(), QDate(2026, 12, 23));
    const QJsonObject resumeChanges = lastEvent().details.value(QStringLiteral("changes")).toObject();
    const QJsonObject initialChange = resumeChanges.value(QStringLiteral("initial_deadline")).toObject();
    QCOMPARE(initialChange.value(QStringLiteral("old")).toString(), QStringLiteral("2026-12-16"));
    QCOMPARE(initialChange.value(QStringLiteral("new")).toString(), QStringLiteral("2026-12-23"));
    {
        const Result<QList<CaseSummary>> rows = repo().list(CaseQuery());
        QVERIFY(rows.ok());
        QVERIFY(!rows->first().clockStoppedSince.isValid());
        QCOMPARE(rows->first().deadline, QDate(2026, 12, 23));
    }

    // Extend today (before the initial deadline): the extended deadline applies and the notice is due.
    const Result<void> extended =
        flow.extend(c, ExtensionReason::Complexity, QStringLiteral("  Data held in five systems  "), today, today);
    QVERIFY2(extended.ok(), qPrintable(extended.errorMessage()));
    QCOMPARE(c.extension->justification, QStringLiteral("Data held in five systems"));
    SAVE_CHECKED(c, QStringLiteral("case.extend"));
    QCOMPARE(c.version, 4);
    QVERIFY(c.isExtended());
    QCOMPARE(c.deadline(), QDate(2027, 2, 23));
    QCOMPARE(c.deadlines.refusalDeadline(), QDate(2026, 12, 23));
    QVERIFY(c.extensionNoticeDue());
    {
        const Result<QList<CaseSummary>> rows = repo().list(CaseQuery());
        QVERIFY(rows.ok());
        QCOMPARE(rows->first().deadline, QDate(2027, 2, 23));
        QVERIFY(rows->first().extensionNoticeDue);
        const Result<QueueCounts> counts = repo().counts(today);
        QVERIFY(counts.ok());
        QCOMPARE(counts->extensionNoticeDue, 1);
        QCOMPARE(counts->clockStopped, 0);
    }

    // A second extension is refused: the record is left as it was and nothing is stored.
    const qint64 events = eventCount();
    CaseRecord again = c;
    const Result<void> second =
        flow.extend(again, ExtensionReason::NumberOfRequests, QStringLiteral("More requests arrived"), today, today);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, Error::Code::Invalid);
    QCOMPARE(second.error().field, QStringLiteral("extension"));
    COMPARE_CASES(again, c);
    QCOMPARE(eventCount(), events);

    // The notice is sent: no longer due.
    const Result<void> notice = flow.recordExtensionNotice(c, today, today);
    QVERIFY2(notice.ok(), qPrintable(notice.errorMessage()));
    SAVE_CHECKED(c, QStringLiteral("case.update"));
    QVERIFY(!c.extensionNoticeDue());
    QCOMPARE(c.extension->noticeSentOn, today);
    const Result<QueueCounts> counts = repo().counts(today);
    QVERIFY(counts.ok());
    QCOMPARE(counts->extensionNoticeDue, 0);
}

void TestCaseRepository::extendAfterInitialDeadlineRefused()
{
    // Received Mon 2 Nov 2026: initial deadline Wed 2 Dec 2026.
    const Result<CaseRecord> created =
        repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Dupont"), QDate(2026, 11, 2)));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const CaseRecord c = created.value();
    QCOMPARE(c.deadlines.initial, QDate(2026, 12, 2));
    const CaseWorkflow flow(repo().calculator());

    // On the initial deadline itself an extension is still possible, with a justification.
    m_clock->set(utc(2026, 12, 2));
    CaseRecord onTime = c;
    QVERIFY(flow.canExtend(onTime, m_clock->today()).ok());
    const Result<void> unjustified =
        flow.extend(onTime, ExtensionReason::Complexity, QStringLiteral("   "), m_clock->today(), m_clock->today());
    QVERIFY(!unjustified.ok());
    QCOMPARE(unjustified.error().field, QStringLiteral("extension"));
    QVERIFY(flow.extend(onTime, ExtensionReason::Complexity, QStringLiteral("Archives to search"), m_clock->today(),
                        m_clock->today())
                .ok());

    // One day later it is refused, and the record is left unchanged.
    m_clock->advanceDays(1);
    const QDate today = m_clock->today();
    QCOMPARE(today, QDate(2026, 12, 3));
    QVERIFY(!flow.canExtend(c, today).ok());
    CaseRecord late = c;
    const Result<void> refused =
        flow.extend(late, ExtensionReason::Complexity, QStringLiteral("Archives to search"), today, today);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("extension"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("2026-12-02")), qPrintable(refused.error().message));
    COMPARE_CASES(late, c);

    // Bypassing the workflow does not help: the repository validates what it stores.
    const qint64 events = eventCount();
    late.extension = Extension{today, ExtensionReason::Complexity, QStringLiteral("Archives to search"), {}};
    const Result<CaseRecord> saved = repo().save(late, QStringLiteral("case.extend"));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, Error::Code::Invalid);
    QCOMPARE(saved.error().field, QStringLiteral("extension"));
    QCOMPARE(eventCount(), events);
    const Result<CaseRecord> stored = repo().find(c.id);
    QVERIFY(stored.ok());
    COMPARE_CASES(stored.value(), c);
}

void TestCaseRepository::answerRefusalsAndWarnings()
{
    // Logged on 10 Nov; received Tue 20 Oct 2026: initial deadline Fri 20 Nov, extended Wed 20 Jan 2027.
    m_clock->set(utc(2026, 11, 10));
    const Result<CaseRecord> created = repo().create(
        draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 10, 20), {Right::Access, Right::Erasure}));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    CaseRecord c = created.value();
    QCOMPARE(c.deadlines.initial, QDate(2026, 11, 20));
    const CaseWorkflow flow(repo().calculator());
    const Result<void> extended =
        flow.extend(c, ExtensionReason::Complexity, QStringLiteral("Archives in three countries"), QDate(2026, 11, 10),
                    m_clock->today());
    QVERIFY2(extended.ok(), qPrintable(extended.errorMessage()));
    SAVE_CHECKED(c, QStringLiteral("case.extend"));
    QCOMPARE(c.deadline(), QDate(2027, 1, 20));

    m_clock->set(utc(2026, 11, 26));
    const QDate today = m_clock->today();
    const QString grounds = QStringLiteral("Invoices are kept ten years (Code de commerce, art. L123-22)");

    // A refusal needs a legal ground and reasons; a partial grant is a refusal too; every right needs a decision.
    const struct {
        const char *what;
        QList<RightDecision> decisions;
        const char *field;
    } refused[] = {
        {"refusal without a ground",
         {{Right::Access, Outcome::Granted, RefusalGround::None, {}},
          {Right::Erasure, Outcome::Refused, RefusalGround::None, grounds}},
         "rights.refusal"},
        {"refusal without reasons",
         {{Right::Access, Outcome::Granted, RefusalGround::None, {}},
          {Right::Erasure, Outcome::Refused, RefusalGround::ErasureException, QStringLiteral("  ")}},
         "rights.refusal"},
        {"partial grant without a ground",
         {{Right::Access, Outcome::Granted, RefusalGround::None, {}},
          {Right::Erasure, Outcome::PartiallyGranted, RefusalGround::None, grounds}},
         "rights.refusal"},
        {"a right left pending", {{Right::Access, Outcome::Granted, RefusalGround::None, {}}}, "rights"},
        {"a right the case does not cover",
         {{Right::Portability, Outcome::Granted, RefusalGround::None, {}}},
         "rights"},
    };
    for (const auto &r : refused) {
        CaseRecord attempt = c;
        const Result<QStringList> answered = flow.answer(attempt, today, r.decisions, today);
        QVERIFY2(!answered.ok(), r.what);
        QCOMPARE(answered.error().code, Error::Code::Invalid);
        QVERIFY2(answered.error().field == QLatin1String(r.field),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(r.what), answered.error().field)));
        COMPARE_CASES(attempt, c);
    }

    // The repository refuses a refusal without ground even when the workflow is bypassed.
    const qint64 events = eventCount();
    CaseRecord bypass = c;
    bypass.rights[1].outcome = Outcome::Refused;
    bypass.rights[1].refusalReason = grounds;
    bypass.rights[1].decidedOn = today;
    bypass.status = CaseStatus::Answered;
    bypass.answeredOn = today;
    const Result<CaseRecord> bypassed = repo().save(bypass, QStringLiteral("case.answer"));
    QVERIFY(!bypassed.ok());
    QCOMPARE(bypassed.error().code, Error::Code::Invalid);
    QCOMPARE(bypassed.error().field, QStringLiteral("rights.refusal"));
    QCOMPARE(eventCount(), events);

    // With a ground and reasons the answer is recorded, with one warning: the refusal reaches the person after the
    // one-month refusal deadline (Fri 20 Nov), although within the extended deadline.
    const Result<QStringList> warnings =
        flow.answer(c, today,
                    {{Right::Access, Outcome::Granted, RefusalGround::None, {}},
                     {Right::Erasure, Outcome::Refused, RefusalGround::ErasureException, grounds}},
                    today);
    QVERIFY2(warnings.ok(), qPrintable(warnings.errorMessage()));
    QCOMPARE(warnings->size(), 1);
    QVERIFY2(warnings->first().contains(QStringLiteral("2026-11-20")), qPrintable(warnings->first()));
    QCOMPARE(name(c.status), name(CaseStatus::Answered));
    QCOMPARE(c.answeredOn, today);
    QCOMPARE(name(c.rights.at(0).outcome), name(Outcome::Granted));
    QCOMPARE(c.rights.at(0).decidedOn, today);
    QCOMPARE(name(c.rights.at(1).refusalGround), name(RefusalGround::ErasureException));
    QCOMPARE(c.rights.at(1).refusalReason, grounds);
    SAVE_CHECKED(c, QStringLiteral("case.answer"));
    const QJsonObject status = lastEvent().details.value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("old")).toString(), QStringLiteral("new"));
    QCOMPARE(status.value(QStringLiteral("new")).toString(), QStringLiteral("answered"));
    QVERIFY(!c.isOpen());
    QCOMPARE(urgencyName(c.urgency(today)), urgencyName(Urgency::Done));
    QCOMPARE(repo().count(CaseQuery()).value(), 0);
    QCOMPARE(repo().count(scoped(CaseQuery::Scope::Closed)).value(), 1);

    // An answer after the deadline, without refusal, warns that it is late.
    const Result<CaseRecord> lateCreated =
        repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Dupont"), QDate(2026, 10, 20)));
    QVERIFY2(lateCreated.ok(), qPrintable(lateCreated.errorMessage()));
    CaseRecord late = lateCreated.value();
    const Result<QStringList> lateWarnings =
        flow.answer(late, today, {{Right::Access, Outcome::Granted, RefusalGround::None, {}}}, today);
    QVERIFY2(lateWarnings.ok(), qPrintable(lateWarnings.errorMessage()));
    QCOMPARE(lateWarnings->size(), 1);
    QVERIFY2(lateWarnings->first().contains(QStringLiteral("2026-11-20")), qPrintable(lateWarnings->first()));
    SAVE_CHECKED(late, QStringLiteral("case.answer"));

    // On time and granted: no warning.
    const Result<CaseRecord> onTimeCreated =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Martin"), QDate(2026, 11, 16)));
    QVERIFY2(onTimeCreated.ok(), qPrintable(onTimeCreated.errorMessage()));
    CaseRecord onTime = onTimeCreated.value();
    const Result<QStringList> none =
        flow.answer(onTime, today, {{Right::Access, Outcome::NoDataHeld, RefusalGround::None, {}}}, today);
    QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
    QVERIFY2(none->isEmpty(), qPrintable(none->join(u'\n')));
    SAVE_CHECKED(onTime, QStringLiteral("case.answer"));
    QCOMPARE(name(onTime.rights.first().outcome), name(Outcome::NoDataHeld));
}

void TestCaseRepository::saveWithoutChangeWritesNothing()
{
    const Result<CaseRecord> created =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16)));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const Result<CaseRecord> unchanged = repo().find(created->id);
    QVERIFY(unchanged.ok());
    const Result<CaseRecord> saved = repo().save(unchanged.value(), QStringLiteral("case.update"));
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(saved->version, 1);
    COMPARE_CASES(saved.value(), unchanged.value());
    QCOMPARE(eventCount(), qint64(1));
    const Result<CaseRecord> stored = repo().find(created->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->version, 1);
}

void TestCaseRepository::saveRefusesInvalid()
{
    const Result<CaseRecord> created =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16)));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const CaseRecord c = created.value();
    const qint64 events = eventCount();

    struct Refusal {
        const char *what;
        const char *field;
        std::function<void(CaseRecord &)> spoil;
    };
    const QDate today = m_clock->today();
    const Refusal refusals[] = {
        {"bad e-mail", "subject.email", [](CaseRecord &r) { r.subject.email = QStringLiteral("elodie.dupre@"); }},
        {"received tomorrow", "receivedOn", [today](CaseRecord &r) { r.receivedOn = today.addDays(1); }},
        {"no right left", "rights", [](CaseRecord &r) { r.rights.clear(); }},
        {"answered without a date", "answeredOn", [](CaseRecord &r) { r.status = CaseStatus::Answered; }},
        {"answered in the future", "answeredOn",
         [today](CaseRecord &r) {
             r.status = CaseStatus::Answered;
             r.answeredOn = today.addDays(1);
         }},
    };
    for (const Refusal &r : refusals) {
        CaseRecord changed = c;
        r.spoil(changed);
        const Result<CaseRecord> saved = repo().save(changed, QStringLiteral("case.update"));
        QVERIFY2(!saved.ok(), r.what);
        QVERIFY2(saved.error().code == Error::Code::Invalid, r.what);
        QVERIFY2(saved.error().field == QLatin1String(r.field),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(r.what), saved.error().field)));
        QVERIFY2(eventCount() == events, r.what);
        const Result<CaseRecord> stored = repo().find(c.id);
        QVERIFY(stored.ok());
        COMPARE_CASES(stored.value(), c);
    }

    // A case that is not in the register cannot be saved.
    CaseRecord ghost = c;
    ghost.id = 4242;
    const Result<CaseRecord> saved = repo().save(ghost, QStringLiteral("case.update"));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, Error::Code::NotFound);
    QCOMPARE(eventCount(), events);
}

void TestCaseRepository::optimisticLocking()
{
    const Result<CaseRecord> created =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16)));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const Result<CaseRecord> copyA = repo().find(created->id);
    const Result<CaseRecord> copyB = repo().find(created->id);
    QVERIFY(copyA.ok() && copyB.ok());

    // The first copy is saved...
    CaseRecord mine = copyA.value();
    mine.subject.phone = QStringLiteral("+33 6 12 34 56 78");
    SAVE_CHECKED(mine, QStringLiteral("case.update"));
    QCOMPARE(mine.version, 2);

    // ...the second, read before that, conflicts, and nothing of it is stored.
    const qint64 events = eventCount();
    CaseRecord theirs = copyB.value();
    theirs.subject.postalAddress = QStringLiteral("1 rue de la Paix, 75002 Paris");
    const Result<CaseRecord> conflict = repo().save(theirs, QStringLiteral("case.update"));
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, Error::Code::Conflict);
    QVERIFY(!conflict.error().message.isEmpty());
    QCOMPARE(eventCount(), events);
    const Result<CaseRecord> stored = repo().find(created->id);
    QVERIFY(stored.ok());
    COMPARE_CASES(stored.value(), mine);

    // So does the first copy itself, saved again from its old version.
    CaseRecord stale = copyA.value();
    stale.subject.phone = QStringLiteral("01 02 03 04 05");
    const Result<CaseRecord> staleSaved = repo().save(stale, QStringLiteral("case.update"));
    QVERIFY(!staleSaved.ok());
    QCOMPARE(staleSaved.error().code, Error::Code::Conflict);
    QCOMPARE(eventCount(), events);

    // Read again, the change goes through.
    CaseRecord fresh = stored.value();
    fresh.subject.postalAddress = QStringLiteral("1 rue de la Paix, 75002 Paris");
    SAVE_CHECKED(fresh, QStringLiteral("case.update"));
    QCOMPARE(fresh.version, 3);
    QCOMPARE(fresh.subject.phone, QStringLiteral("+33 6 12 34 56 78"));
}

void TestCaseRepository::twoConnectionsShareTheRegister()
{
    // Another program (the command line while the window is open) works on the same file through its own connection.
    auto opened = Database::open(m_db->path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    const std::unique_ptr<Database> otherDb = std::move(opened).value();
    SqlCaseRepository other(*otherDb, *m_clock, QStringLiteral("other"));
    QVERIFY(other.loadCalendar().ok());

    const Result<CaseRecord> mine =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16)));
    QVERIFY2(mine.ok(), qPrintable(mine.errorMessage()));
    QCOMPARE(mine->reference, QStringLiteral("DR-2026-0001"));

    // The other program changes that case and logs one of its own.
    const Result<CaseRecord> theirCopy = other.find(mine->id);
    QVERIFY2(theirCopy.ok(), qPrintable(theirCopy.errorMessage()));
    CaseRecord changed = theirCopy.value();
    changed.subject.phone = QStringLiteral("+33 6 12 34 56 78");
    const Result<CaseRecord> changedSaved = other.save(changed, QStringLiteral("case.update"));
    QVERIFY2(changedSaved.ok(), qPrintable(changedSaved.errorMessage()));
    const Result<CaseRecord> theirs =
        other.create(draft(QStringLiteral("Jean"), QStringLiteral("Dupont"), QDate(2026, 11, 17)));
    QVERIFY2(theirs.ok(), qPrintable(theirs.errorMessage()));
    QCOMPARE(theirs->reference, QStringLiteral("DR-2026-0002"));

    // This connection sees both...
    const Result<CaseRecord> reread = repo().find(mine->id);
    QVERIFY2(reread.ok(), qPrintable(reread.errorMessage()));
    QVERIFY2(reread->version == 2, "this connection still reads the case as it was before the other program's change");
    QCOMPARE(reread->subject.phone, QStringLiteral("+33 6 12 34 56 78"));
    const Result<QStringList> listed = names(scoped(CaseQuery::Scope::All));
    QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
    QCOMPARE(listed.value(), (QStringList{QStringLiteral("Élodie Dupré"), QStringLiteral("Jean Dupont")}));

    // ...a copy read before the other program's change conflicts...
    CaseRecord stale = mine.value();
    stale.subject.postalAddress = QStringLiteral("12 rue des Lilas, 67000 Strasbourg");
    const Result<CaseRecord> conflict = repo().save(stale, QStringLiteral("case.update"));
    QVERIFY(!conflict.ok());
    QVERIFY2(conflict.error().code == Error::Code::Conflict, qPrintable(conflict.error().message));

    // ...and it can still write: the numbering goes on.
    const Result<CaseRecord> next =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Martin"), QDate(2026, 11, 18)));
    QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
    QCOMPARE(next->reference, QStringLiteral("DR-2026-0003"));
    QCOMPARE(eventCount(), qint64(4));
}

void TestCaseRepository::notesAreAppendOnly()
{
    CaseRecord d = draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16));
    d.notes = {Note{{}, {}, QStringLiteral("Letter received at the front desk")}};
    const Result<CaseRecord> created = repo().create(d);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const CaseRecord c = created.value();
    QCOMPARE(c.notes.size(), 1);
    QCOMPARE(c.notes.first().createdAt, utc(2026, 11, 26));
    QCOMPARE(c.notes.first().author, QStringLiteral("tester"));

    // Appending: the repository stamps the time and the author.
    m_clock->set(utc(2026, 11, 26, 14, 30));
    const qint64 before = eventCount();
    CaseRecord appended = c;
    appended.notes.append(Note{{}, {}, QStringLiteral("Called the customer back")});
    const Result<CaseRecord> saved = repo().save(appended, QStringLiteral("case.update"));
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(saved->version, 2);
    CaseRecord expected = appended;
    expected.version = 2;
    expected.notes[1].createdAt = utc(2026, 11, 26, 14, 30);
    expected.notes[1].author = QStringLiteral("tester");
    COMPARE_CASES(saved.value(), expected);
    const Result<CaseRecord> stored = repo().find(c.id);
    QVERIFY(stored.ok());
    COMPARE_CASES(stored.value(), expected);
    EXPECT_ONE_EVENT(before, QStringLiteral("case.update"), c.reference);

    // A note given with its own time and author keeps them.
    CaseRecord third = stored.value();
    third.notes.append(Note{utc(2026, 11, 26, 15, 0, 0, 500), QStringLiteral("assistant"),
                            QStringLiteral("Second call, left a message")});
    SAVE_CHECKED(third, QStringLiteral("case.update"));
    QCOMPARE(third.notes.size(), 3);

    // Editing, re-attributing, re-dating or removing a note is refused, and nothing is stored.
    const CaseRecord current = third;
    const qint64 events = eventCount();
    struct Change {
        const char *what;
        std::function<void(CaseRecord &)> apply;
    };
    const Change changes[] = {
        {"text edited", [](CaseRecord &r) { r.notes[0].text = QStringLiteral("Letter received by e-mail"); }},
        {"author changed", [](CaseRecord &r) { r.notes[1].author = QStringLiteral("someone else"); }},
        {"time changed", [](CaseRecord &r) { r.notes[2].createdAt = r.notes[2].createdAt.addSecs(-3600); }},
        {"first note removed", [](CaseRecord &r) { r.notes.removeFirst(); }},
        {"last note removed", [](CaseRecord &r) { r.notes.removeLast(); }},
        {"all notes removed", [](CaseRecord &r) { r.notes.clear(); }},
        {"edited while another is appended",
         [](CaseRecord &r) {
             r.notes[0].text = QStringLiteral("Rewritten");
             r.notes.append(Note{{}, {}, QStringLiteral("New note")});
         }},
    };
    for (const Change &change : changes) {
        CaseRecord edited = current;
        change.apply(edited);
        const Result<CaseRecord> refused = repo().save(edited, QStringLiteral("case.update"));
        QVERIFY2(!refused.ok(), change.what);
        QVERIFY2(refused.error().code == Error::Code::Invalid, change.what);
        QVERIFY2(refused.error().field == QLatin1String("notes"), change.what);
        QVERIFY2(eventCount() == events, change.what);
        const Result<CaseRecord> unchanged = repo().find(c.id);
        QVERIFY(unchanged.ok());
        COMPARE_CASES(unchanged.value(), current);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Deleting

void TestCaseRepository::removeNeedsReason()
{
    const Result<CaseRecord> created =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16)));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const qint64 events = eventCount();
    for (const QString &reason : {QString(), QStringLiteral(""), QStringLiteral("   "), QStringLiteral("\n\t")}) {
        const Result<void> removed = repo().remove(created->reference, reason);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, Error::Code::Invalid);
        QCOMPARE(removed.error().field, QStringLiteral("reason"));
        QCOMPARE(eventCount(), events);
        QVERIFY(repo().find(created->id).ok());
    }
    const Result<void> unknown = repo().remove(QStringLiteral("DR-2026-0042"), QStringLiteral("Duplicate entry"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QCOMPARE(eventCount(), events);
}

void TestCaseRepository::removeKeepsNoPersonalData()
{
    CaseRecord d =
        draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16), {Right::Access, Right::Erasure});
    d.subject.email = QStringLiteral("elodie.dupre@example.fr");
    d.subject.phone = QStringLiteral("+33 6 12 34 56 78");
    d.subject.postalAddress = QStringLiteral("12 rue des Lilas, 67000 Strasbourg");
    d.subject.internalReference = QStringLiteral("CUST-0042");
    d.requester = Requester{Person{QStringLiteral("Jean"),
                                   QStringLiteral("Martin"),
                                   QStringLiteral("jean.martin@example.org"),
                                   {},
                                   {},
                                   {},
                                   Relationship::Other},
                            Capacity::Representative, QStringLiteral("Mandate signed by Élodie Dupré")};
    d.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 11, 17), QDate(2026, 11, 19),
                                QStringLiteral("Asked Mme Dupré for an ID")}};
    d.recipients = {Recipient{QStringLiteral("Mailing partner SAS"), {}}};
    d.notes = {Note{{}, {}, QStringLiteral("Élodie Dupré called")}};
    const Result<CaseRecord> doomed = repo().create(d);
    QVERIFY2(doomed.ok(), qPrintable(doomed.errorMessage()));
    const Result<CaseRecord> kept =
        repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Dupont"), QDate(2026, 11, 17)));
    QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
    const qint64 id = doomed->id;
    for (const char *table : {"case_rights", "suspensions", "recipients", "notes"}) {
        QVERIFY2(childRows(QLatin1String(table), id) > 0, table);
    }

    const qint64 before = eventCount();
    const Result<void> removed = repo().remove(doomed->reference, QStringLiteral("  Entered twice by mistake  "));
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    EXPECT_ONE_EVENT(before, QStringLiteral("case.delete"), QStringLiteral("DR-2026-0001"));

    // The event keeps the reason, the rights, the date of receipt and the status...
    const StoredEvent e = lastEvent();
    QCOMPARE(e.details.keys(),
             (QStringList{QStringLiteral("events_redacted"), QStringLiteral("reason"), QStringLiteral("received_on"),
                          QStringLiteral("rights"), QStringLiteral("status")}));
    // The case's earlier events (its creation) lost their details, and the chain still verifies.
    QVERIFY(e.details.value(QStringLiteral("events_redacted")).toInt() >= 1);
    const Result<QList<AuditEvent>> earlier = repo().audit().eventsForCase(QStringLiteral("DR-2026-0001"));
    QVERIFY(earlier.ok());
    for (const AuditEvent &event : earlier.value()) {
        if (event.action != QLatin1String("case.delete")) {
            QVERIFY2(event.redacted, qPrintable(event.action));
            QVERIFY(event.details.isEmpty());
        }
    }
    const Result<AuditVerification> chain = repo().audit().verify();
    QVERIFY(chain.ok());
    QVERIFY2(chain->intact, qPrintable(chain->problem));
    QVERIFY(chain->redacted >= 1);
    QCOMPARE(e.details.value(QStringLiteral("reason")).toString(), QStringLiteral("Entered twice by mistake"));
    QCOMPARE(e.details.value(QStringLiteral("rights")).toString(), QStringLiteral("access,erasure"));
    QCOMPARE(e.details.value(QStringLiteral("received_on")).toString(), QStringLiteral("2026-11-16"));
    QCOMPARE(e.details.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    // ...and no personal data: no name, e-mail, phone, address or customer number of anyone in the case.
    const QString text = e.rawDetails.toLower();
    for (const QString &personal :
         {QStringLiteral("élodie"), QStringLiteral("elodie"), QStringLiteral("dupré"), QStringLiteral("dupre"),
          QStringLiteral("@example"), QStringLiteral("12 34 56 78"), QStringLiteral("612345678"),
          QStringLiteral("lilas"), QStringLiteral("strasbourg"), QStringLiteral("cust-0042"), QStringLiteral("martin"),
          QStringLiteral("jean"), QStringLiteral("mailing partner"), QStringLiteral("called")}) {
        QVERIFY2(!text.contains(personal), qPrintable(QString(personal + QStringLiteral(" in ") + e.rawDetails)));
    }

    // The case and its rows are gone; the other case stays; its reference is not given again.
    const Result<CaseRecord> goneById = repo().find(id);
    QVERIFY(!goneById.ok());
    QCOMPARE(goneById.error().code, Error::Code::NotFound);
    const Result<CaseRecord> goneByReference = repo().findByReference(QStringLiteral("DR-2026-0001"));
    QVERIFY(!goneByReference.ok());
    QCOMPARE(goneByReference.error().code, Error::Code::NotFound);
    for (const char *table : {"case_rights", "suspensions", "recipients", "notes"}) {
        QVERIFY2(childRows(QLatin1String(table), id) == 0, table);
    }
    const Result<QStringList> listed = names(scoped(CaseQuery::Scope::All));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value(), QStringList{QStringLiteral("Jean Dupont")});
    const Result<CaseRecord> next =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Martin"), QDate(2026, 11, 18)));
    QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
    QCOMPARE(next->reference, QStringLiteral("DR-2026-0003"));
}

void TestCaseRepository::removeRecordsCanonicalReference()
{
    const Result<CaseRecord> created =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16)));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    // findByReference() accepts a reference typed loosely, and so does remove()...
    const Result<void> removed = repo().remove(QStringLiteral(" dr-2026-0001 "), QStringLiteral("Duplicate entry"));
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    const Result<CaseRecord> gone = repo().find(created->id);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    // ...but the trail must file the deletion under the case's own reference, next to its other events.
    EXPECT_ONE_EVENT(1, QStringLiteral("case.delete"), QStringLiteral("DR-2026-0001"));
    const Result<QList<AuditEvent>> trail = repo().audit().eventsForCase(QStringLiteral("DR-2026-0001"));
    QVERIFY(trail.ok());
    QStringList actions;
    for (const AuditEvent &event : trail.value()) {
        actions << event.action;
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("case.create"), QStringLiteral("case.delete")}));
}

// ---------------------------------------------------------------------------------------------------------------
// The queue

/// Eight cases, one per situation, for Thursday 26 November 2026. Subjects carry only a last name naming the case.
///
///   name       received     channel   rights                status              deadline     on 26 Nov
///   Overdue    2026-10-20   e-mail    access                new                 2026-11-20   overdue
///   Today      2026-10-26   web form  access, erasure       in progress         2026-11-26   due soon (today)
///   Soon       2026-11-03   e-mail    erasure               in progress         2026-12-03   due soon (7 days)
///   Track      2026-11-04   post      objection             new                 2026-12-04   on track (8 days)
///   Stopped    2026-10-15   e-mail    access                awaiting identity   2026-11-16   clock stopped (open
///                                                                                              question 2026-10-20)
///   Extended   2026-11-10   e-mail    portability           in progress         2027-02-10   on track, extension
///                                                                                              notice due
///   Answered   2026-10-05   e-mail    erasure (granted)     answered 11-02      2026-11-05   done
///   Withdrawn  2025-12-10   post      access                withdrawn 12-15     2026-01-12   done
void TestCaseRepository::buildQueueRegister()
{
    QList<CaseRecord> drafts;
    drafts << draft({}, QStringLiteral("Overdue"), QDate(2026, 10, 20), {Right::Access});

    CaseRecord today = draft({}, QStringLiteral("Today"), QDate(2026, 10, 26), {Right::Access, Right::Erasure});
    today.channel = Channel::WebForm;
    today.status = CaseStatus::InProgress;
    drafts << today;

    CaseRecord soon = draft({}, QStringLiteral("Soon"), QDate(2026, 11, 3), {Right::Erasure});
    soon.status = CaseStatus::InProgress;
    drafts << soon;

    CaseRecord track = draft({}, QStringLiteral("Track"), QDate(2026, 11, 4), {Right::Objection});
    track.channel = Channel::Post;
    drafts << track;

    CaseRecord stopped = draft({}, QStringLiteral("Stopped"), QDate(2026, 10, 15), {Right::Access});
    stopped.status = CaseStatus::AwaitingIdentity;
    stopped.suspensions = {
        Suspension{SuspensionReason::Identity, QDate(2026, 10, 20), {}, QStringLiteral("ID copy requested")}};
    drafts << stopped;

    CaseRecord extended = draft({}, QStringLiteral("Extended"), QDate(2026, 11, 10), {Right::Portability});
    extended.status = CaseStatus::InProgress;
    extended.extension =
        Extension{QDate(2026, 11, 20), ExtensionReason::Complexity, QStringLiteral("Data in several systems"), {}};
    drafts << extended;

    CaseRecord answered = draft({}, QStringLiteral("Answered"), QDate(2026, 10, 5), {Right::Erasure});
    answered.rights.first().outcome = Outcome::Granted;
    answered.rights.first().decidedOn = QDate(2026, 11, 2);
    answered.status = CaseStatus::Answered;
    answered.answeredOn = QDate(2026, 11, 2);
    drafts << answered;

    CaseRecord withdrawn = draft({}, QStringLiteral("Withdrawn"), QDate(2025, 12, 10), {Right::Access});
    withdrawn.channel = Channel::Post;
    withdrawn.status = CaseStatus::Withdrawn;
    withdrawn.closedOn = QDate(2025, 12, 15);
    drafts << withdrawn;

    for (const CaseRecord &d : std::as_const(drafts)) {
        const Result<CaseRecord> created = m_repo->create(d);
        QVERIFY2(created.ok(), qPrintable(QString(d.subject.lastName + QStringLiteral(": ") + created.errorMessage())));
    }
    QCOMPARE(eventCount(), qint64(drafts.size()));
}

void TestCaseRepository::queue_data()
{
    QTest::addColumn<CaseQuery>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("total"); // count(): the same filter without limit and offset

    const CaseQuery open = scoped(CaseQuery::Scope::Open);
    const CaseQuery all = scoped(CaseQuery::Scope::All);
    const auto n = [](std::initializer_list<const char *> subjects) {
        QStringList out;
        for (const char *subject : subjects) {
            out << QLatin1String(subject);
        }
        return out;
    };
    const QStringList openByDeadline = n({"Stopped", "Overdue", "Today", "Soon", "Track", "Extended"});
    const QStringList allByDeadline =
        n({"Withdrawn", "Answered", "Stopped", "Overdue", "Today", "Soon", "Track", "Extended"});
    const QStringList allByReference =
        n({"Overdue", "Today", "Soon", "Track", "Stopped", "Extended", "Answered", "Withdrawn"});

    // Scope and order
    QTest::newRow("open, by deadline") << open << openByDeadline << 6;
    QTest::newRow("open, by deadline, descending")
        << with(open, [](CaseQuery &q) { q.descending = true; }) << reversed(openByDeadline) << 6;
    QTest::newRow("closed") << scoped(CaseQuery::Scope::Closed) << n({"Withdrawn", "Answered"}) << 2;
    QTest::newRow("all, by deadline") << all << allByDeadline << 8;
    QTest::newRow("all, by date of receipt")
        << with(all, [](CaseQuery &q) { q.sort = CaseQuery::Sort::ReceivedOn; })
        << n({"Withdrawn", "Answered", "Stopped", "Overdue", "Today", "Soon", "Track", "Extended"}) << 8;
    QTest::newRow("all, by reference") << with(all, [](CaseQuery &q) { q.sort = CaseQuery::Sort::Reference; })
                                       << allByReference << 8;
    QTest::newRow("all, by reference, descending") << with(all, [](CaseQuery &q) {
        q.sort = CaseQuery::Sort::Reference;
        q.descending = true;
    }) << reversed(allByReference) << 8;
    QTest::newRow("open, page of 2 after the first") << with(open, [](CaseQuery &q) {
        q.limit = 2;
        q.offset = 1;
    }) << n({"Overdue", "Today"}) << 6;
    QTest::newRow("open, offset past the end") << with(open, [](CaseQuery &q) { q.offset = 10; }) << QStringList() << 6;

    // Status
    QTest::newRow("status in progress") << with(open, [](CaseQuery &q) { q.status = CaseStatus::InProgress; })
                                        << n({"Today", "Soon", "Extended"}) << 3;
    QTest::newRow("status awaiting identity")
        << with(open, [](CaseQuery &q) { q.status = CaseStatus::AwaitingIdentity; }) << n({"Stopped"}) << 1;
    QTest::newRow("status answered, open scope")
        << with(open, [](CaseQuery &q) { q.status = CaseStatus::Answered; }) << QStringList() << 0;
    QTest::newRow("status answered, all")
        << with(all, [](CaseQuery &q) { q.status = CaseStatus::Answered; }) << n({"Answered"}) << 1;

    // Right
    QTest::newRow("right erasure") << with(open, [](CaseQuery &q) { q.right = Right::Erasure; }) << n({"Today", "Soon"})
                                   << 2;
    QTest::newRow("right erasure, all") << with(all, [](CaseQuery &q) { q.right = Right::Erasure; })
                                        << n({"Answered", "Today", "Soon"}) << 3;
    QTest::newRow("right portability") << with(open, [](CaseQuery &q) { q.right = Right::Portability; })
                                       << n({"Extended"}) << 1;
    QTest::newRow("right CNIL complaint")
        << with(all, [](CaseQuery &q) { q.right = Right::CnilComplaint; }) << QStringList() << 0;

    // Channel
    QTest::newRow("channel post") << with(open, [](CaseQuery &q) { q.channel = Channel::Post; }) << n({"Track"}) << 1;
    QTest::newRow("channel post, all") << with(all, [](CaseQuery &q) { q.channel = Channel::Post; })
                                       << n({"Withdrawn", "Track"}) << 2;
    QTest::newRow("channel web form") << with(open, [](CaseQuery &q) { q.channel = Channel::WebForm; }) << n({"Today"})
                                      << 1;

    // Year of receipt
    QTest::newRow("received in 2025, all")
        << with(all, [](CaseQuery &q) { q.receivedYear = 2025; }) << n({"Withdrawn"}) << 1;
    QTest::newRow("received in 2025, open")
        << with(open, [](CaseQuery &q) { q.receivedYear = 2025; }) << QStringList() << 0;
    QTest::newRow("received in 2026, open")
        << with(open, [](CaseQuery &q) { q.receivedYear = 2026; }) << openByDeadline << 6;
    QTest::newRow("received in 2027") << with(all, [](CaseQuery &q) { q.receivedYear = 2027; }) << QStringList() << 0;

    // Urgency on Thursday 26 November 2026 (the FixedClock) and a week and a day later
    QTest::newRow("overdue") << with(open, [](CaseQuery &q) { q.urgency = Urgency::Overdue; }) << n({"Overdue"}) << 1;
    QTest::newRow("due soon (today and in 7 days)")
        << with(open, [](CaseQuery &q) { q.urgency = Urgency::DueSoon; }) << n({"Today", "Soon"}) << 2;
    QTest::newRow("on track (8 days and more)")
        << with(open, [](CaseQuery &q) { q.urgency = Urgency::OnTrack; }) << n({"Track", "Extended"}) << 2;
    QTest::newRow("clock stopped") << with(open, [](CaseQuery &q) { q.urgency = Urgency::ClockStopped; })
                                   << n({"Stopped"}) << 1;
    QTest::newRow("done, all") << with(all, [](CaseQuery &q) { q.urgency = Urgency::Done; })
                               << n({"Withdrawn", "Answered"}) << 2;
    QTest::newRow("overdue on Friday 4 December") << with(open, [](CaseQuery &q) {
        q.urgency = Urgency::Overdue;
        q.today = QDate(2026, 12, 4);
    }) << n({"Overdue", "Today", "Soon"}) << 3;
    QTest::newRow("due soon on Friday 4 December") << with(open, [](CaseQuery &q) {
        q.urgency = Urgency::DueSoon;
        q.today = QDate(2026, 12, 4);
    }) << n({"Track"}) << 1;

    // Filters together
    QTest::newRow("due soon, erasure, by e-mail") << with(open, [](CaseQuery &q) {
        q.urgency = Urgency::DueSoon;
        q.right = Right::Erasure;
        q.channel = Channel::Email;
    }) << n({"Soon"}) << 1;
    QTest::newRow("search and status") << with(all, [](CaseQuery &q) {
        q.search = QStringLiteral("s");
        q.status = CaseStatus::InProgress;
    }) << n({"Soon"}) << 1;
}

void TestCaseRepository::queue()
{
    QFETCH(CaseQuery, query);
    QFETCH(QStringList, expected);
    QFETCH(int, total);

    buildQueueRegister();
    if (QTest::currentTestFailed()) {
        return;
    }
    if (!query.today.isValid()) {
        query.today = m_clock->today();
    }
    const Result<QStringList> listed = names(query);
    QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
    QCOMPARE(listed.value(), expected);
    const Result<int> counted = repo().count(query);
    QVERIFY2(counted.ok(), qPrintable(counted.errorMessage()));
    QCOMPARE(counted.value(), total);

    // What the filter selects agrees with the urgency each row shows.
    if (query.urgency) {
        const Result<QList<CaseSummary>> rows = repo().list(query);
        QVERIFY(rows.ok());
        for (const CaseSummary &s : rows.value()) {
            QCOMPARE(urgencyName(s.urgency(query.today)), urgencyName(*query.urgency));
        }
    }
}

void TestCaseRepository::buildSearchRegister()
{
    struct Entry {
        QString firstName;
        QString lastName;
        QString email;
        QString phone;
    };
    const Entry entries[] = {
        {QStringLiteral("Élodie"), QStringLiteral("Dupré"), QStringLiteral("elodie.dupre@example.fr"),
         QStringLiteral("+33 6 12 34 56 78")},
        {QStringLiteral("Jean"), QStringLiteral("Dupont"), QStringLiteral("jean.dupont@example.com"),
         QStringLiteral("01 23 45 67 89")},
        {QStringLiteral("Élodie"), QStringLiteral("Martin"), QStringLiteral("e.martin@example.org"),
         QStringLiteral("07 98 76 54 32")},
        {QStringLiteral("伟"), QStringLiteral("王"), QStringLiteral("wang.wei@example.cn"), QString()},
    };
    for (const Entry &e : entries) {
        CaseRecord c = draft(e.firstName, e.lastName, QDate(2026, 11, 16));
        c.subject.email = e.email;
        c.subject.phone = e.phone;
        const Result<CaseRecord> created = m_repo->create(c);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    }
}

void TestCaseRepository::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // in register order: same deadline, so by id

    const QString dupre = QStringLiteral("Élodie Dupré");
    const QString dupont = QStringLiteral("Jean Dupont");
    const QString martin = QStringLiteral("Élodie Martin");
    const QString wang = QStringLiteral("伟 王");

    // Names: accent-less, case-less prefixes of "first last" or "last first"
    QTest::newRow("last name without accent") << QStringLiteral("dupre") << QStringList{dupre};
    QTest::newRow("last name as written") << QStringLiteral("Dupré") << QStringList{dupre};
    QTest::newRow("last name in capitals") << QStringLiteral("DUPRÉ") << QStringList{dupre};
    QTest::newRow("prefix of two last names") << QStringLiteral("dup") << QStringList{dupre, dupont};
    QTest::newRow("first name and start of last name") << QStringLiteral("elodie dup") << QStringList{dupre};
    QTest::newRow("spaces collapsed") << QStringLiteral("  Élodie   Dup ") << QStringList{dupre};
    QTest::newRow("first name with accent") << QStringLiteral("élodie") << QStringList{dupre, martin};
    QTest::newRow("last name then first name") << QStringLiteral("dupre elodie") << QStringList{dupre};
    QTest::newRow("inside a name is not a prefix") << QStringLiteral("pre") << QStringList();
    QTest::newRow("first name and another's last name") << QStringLiteral("jean dupre") << QStringList();

    // E-mail prefixes
    QTest::newRow("e-mail prefix") << QStringLiteral("elodie.dupre@") << QStringList{dupre};
    QTest::newRow("e-mail prefix in capitals") << QStringLiteral("JEAN.DUPONT@EXAMPLE") << QStringList{dupont};
    QTest::newRow("whole e-mail") << QStringLiteral("e.martin@example.org") << QStringList{martin};

    // Phone numbers, however they are written
    QTest::newRow("national prefix of an international number") << QStringLiteral("06 12") << QStringList{dupre};
    QTest::newRow("with dots") << QStringLiteral("06.12.34") << QStringList{dupre};
    QTest::newRow("national number in full") << QStringLiteral("0612345678") << QStringList{dupre};
    QTest::newRow("international number in full") << QStringLiteral("+33 6 12 34 56 78") << QStringList{dupre};
    QTest::newRow("international prefix") << QStringLiteral("+33 6 12") << QStringList{dupre};
    QTest::newRow("national number prefix") << QStringLiteral("01 23") << QStringList{dupont};

    // References
    QTest::newRow("reference prefix") << QStringLiteral("DR-2026-000") << QStringList{dupre, dupont, martin, wang};
    QTest::newRow("reference in lower case") << QStringLiteral("dr-2026-0002") << QStringList{dupont};
    QTest::newRow("whole reference") << QStringLiteral("DR-2026-0003") << QStringList{martin};

    // Non-Latin scripts are kept as they are
    QTest::newRow("Chinese family name") << QStringLiteral("王") << QStringList{wang};
    QTest::newRow("Chinese family and given name") << QStringLiteral("王 伟") << QStringList{wang};
    QTest::newRow("Chinese given name") << QStringLiteral("伟") << QStringList{wang};

    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList();
    QTest::newRow("blank search: no filter") << QStringLiteral("   ") << QStringList{dupre, dupont, martin, wang};
}

void TestCaseRepository::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    buildSearchRegister();
    if (QTest::currentTestFailed()) {
        return;
    }
    CaseQuery query = scoped(CaseQuery::Scope::All);
    query.search = search;
    query.today = m_clock->today();
    const Result<QStringList> listed = names(query);
    QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
    QCOMPARE(listed.value(), expected);
    const Result<int> counted = repo().count(query);
    QVERIFY(counted.ok());
    QCOMPARE(counted.value(), int(expected.size()));
}

void TestCaseRepository::counts()
{
    const Result<QueueCounts> empty = repo().counts(m_clock->today());
    QVERIFY2(empty.ok(), qPrintable(empty.errorMessage()));
    QCOMPARE(empty->open, 0);
    QCOMPARE(empty->overdue, 0);
    QCOMPARE(empty->dueSoon, 0);
    QCOMPARE(empty->clockStopped, 0);
    QCOMPARE(empty->extensionNoticeDue, 0);

    buildQueueRegister();
    if (QTest::currentTestFailed()) {
        return;
    }

    // Thursday 26 November: open = the 6 open cases; overdue = Overdue (20 Nov; Stopped's 16 Nov does not count while
    // its clock is stopped); due soon = Today (26 Nov) and Soon (3 Dec); clock stopped = Stopped; notice = Extended.
    const Result<QueueCounts> now = repo().counts(QDate(2026, 11, 26));
    QVERIFY2(now.ok(), qPrintable(now.errorMessage()));
    QCOMPARE(now->open, 6);
    QCOMPARE(now->overdue, 1);
    QCOMPARE(now->dueSoon, 2);
    QCOMPARE(now->clockStopped, 1);
    QCOMPARE(now->extensionNoticeDue, 1);

    // Friday 4 December: Overdue, Today and Soon are overdue; Track (4 Dec) is due; the rest is unchanged.
    const Result<QueueCounts> later = repo().counts(QDate(2026, 12, 4));
    QVERIFY2(later.ok(), qPrintable(later.errorMessage()));
    QCOMPARE(later->open, 6);
    QCOMPARE(later->overdue, 3);
    QCOMPARE(later->dueSoon, 1);
    QCOMPARE(later->clockStopped, 1);
    QCOMPARE(later->extensionNoticeDue, 1);

    // The counts agree with the urgency of each case, from the queue's rows and from the full records.
    for (const QDate day : {QDate(2026, 11, 26), QDate(2026, 12, 4)}) {
        const Result<QList<CaseSummary>> rows = repo().list(CaseQuery());
        QVERIFY(rows.ok());
        QueueCounts tally;
        for (const CaseSummary &s : rows.value()) {
            const Result<CaseRecord> record = repo().find(s.id);
            QVERIFY(record.ok());
            QCOMPARE(urgencyName(record->urgency(day)), urgencyName(s.urgency(day)));
            QCOMPARE(record->extensionNoticeDue(), s.extensionNoticeDue);
            ++tally.open;
            tally.overdue += s.urgency(day) == Urgency::Overdue ? 1 : 0;
            tally.dueSoon += s.urgency(day) == Urgency::DueSoon ? 1 : 0;
            tally.clockStopped += s.urgency(day) == Urgency::ClockStopped ? 1 : 0;
            tally.extensionNoticeDue += s.extensionNoticeDue ? 1 : 0;
        }
        const Result<QueueCounts> counted = repo().counts(day);
        QVERIFY(counted.ok());
        QCOMPARE(counted->open, tally.open);
        QCOMPARE(counted->overdue, tally.overdue);
        QCOMPARE(counted->dueSoon, tally.dueSoon);
        QCOMPARE(counted->clockStopped, tally.clockStopped);
        QCOMPARE(counted->extensionNoticeDue, tally.extensionNoticeDue);
    }
    QCOMPARE(eventCount(), qint64(8)); // reading writes nothing
}

// ---------------------------------------------------------------------------------------------------------------
// The holiday calendar

void TestCaseRepository::setCalendarRecomputesDeadlines()
{
    // Received Wed 26 Nov 2025: one month is Fri 26 Dec 2025, a working day in metropolitan France but St Stephen's
    // Day in Alsace-Moselle, where the deadline rolls over the weekend to Mon 29 Dec 2025.
    const Result<CaseRecord> stephen =
        repo().create(draft(QStringLiteral("Étienne"), QStringLiteral("Muller"), QDate(2025, 11, 26)));
    QVERIFY2(stephen.ok(), qPrintable(stephen.errorMessage()));
    QCOMPARE(stephen->deadlines.initial, QDate(2025, 12, 26));
    QCOMPARE(stephen->deadlines.extended, QDate(2026, 2, 26));
    // Received Mon 16 Nov 2026: Wed 16 Dec 2026 in every calendar, unless the organisation closes that day.
    const Result<CaseRecord> other =
        repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Dupont"), QDate(2026, 11, 16)));
    QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
    QCOMPARE(other->deadlines.initial, QDate(2026, 12, 16));

    const Result<HolidayCalendar> alsace = HolidayCalendar::fromName(QStringLiteral("fr-alsace-moselle"));
    QVERIFY2(alsace.ok(), qPrintable(alsace.errorMessage()));
    qint64 before = eventCount();
    const Result<void> set = repo().setCalendar(alsace.value());
    QVERIFY2(set.ok(), qPrintable(set.errorMessage()));
    QCOMPARE(repo().calculator().calendar().name(), QStringLiteral("fr-alsace-moselle"));
    EXPECT_ONE_EVENT(before, QStringLiteral("settings.calendar"), QString());
    {
        const StoredEvent e = lastEvent();
        QCOMPARE(e.details.value(QStringLiteral("old")).toString(), QStringLiteral("fr"));
        QCOMPARE(e.details.value(QStringLiteral("new")).toString(), QStringLiteral("fr-alsace-moselle"));
        // Only the deadline that moved is listed, with its old and new dates.
        const QJsonArray moved = e.details.value(QStringLiteral("deadlines_moved")).toArray();
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().toObject().value(QStringLiteral("case")).toString(), stephen->reference);
        QCOMPARE(moved.first().toObject().value(QStringLiteral("old")).toString(), QStringLiteral("2025-12-26"));
        QCOMPARE(moved.first().toObject().value(QStringLiteral("new")).toString(), QStringLiteral("2025-12-29"));
        QCOMPARE(e.details.value(QStringLiteral("closure_days")).toArray(), QJsonArray());
    }
    {
        const Result<CaseRecord> recomputed = repo().find(stephen->id);
        QVERIFY(recomputed.ok());
        QCOMPARE(recomputed->deadlines.initial, QDate(2025, 12, 29));
        QCOMPARE(recomputed->deadlines.extended, QDate(2026, 2, 26));
        QCOMPARE(recomputed->deadline(), QDate(2025, 12, 29));
        const Result<CaseRecord> unchanged = repo().find(other->id);
        QVERIFY(unchanged.ok());
        QCOMPARE(unchanged->deadlines.initial, QDate(2026, 12, 16));
        // The queue sorts on the stored deadline column: it moved too.
        CaseQuery query = scoped(CaseQuery::Scope::All);
        query.search = stephen->reference;
        const Result<QList<CaseSummary>> rows = repo().list(query);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().deadline, QDate(2025, 12, 29));
    }
    {
        // The register remembers its calendar: a repository opened later reads it back.
        const Result<QString> stored = m_db->meta(QStringLiteral("holiday_calendar"));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), QStringLiteral("fr-alsace-moselle"));
        SqlCaseRepository reopened(*m_db, *m_clock, QStringLiteral("tester"));
        QVERIFY(reopened.loadCalendar().ok());
        QCOMPARE(reopened.calculator().calendar().name(), QStringLiteral("fr-alsace-moselle"));
        QVERIFY(reopened.calculator().calendar().closureDays().isEmpty());
    }

    // The organisation's own closure days count too: closed on Wed 16 Dec 2026, the other case is due on the 17th.
    before = eventCount();
    const Result<void> closed =
        repo().setCalendar(HolidayCalendar(HolidayCalendar::Region::AlsaceMoselle, {QDate(2026, 12, 16)}));
    QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
    EXPECT_ONE_EVENT(before, QStringLiteral("settings.calendar"), QString());
    QCOMPARE(lastEvent().details.value(QStringLiteral("closure_days")).toArray(),
             (QJsonArray{QStringLiteral("2026-12-16")}));
    {
        const Result<CaseRecord> moved = repo().find(other->id);
        QVERIFY(moved.ok());
        QCOMPARE(moved->deadlines.initial, QDate(2026, 12, 17));
        SqlCaseRepository reopened(*m_db, *m_clock, QStringLiteral("tester"));
        QVERIFY(reopened.loadCalendar().ok());
        QCOMPARE(reopened.calculator().calendar().closureDays(), QList<QDate>{QDate(2026, 12, 16)});
    }

    // Back to metropolitan France: both deadlines return.
    before = eventCount();
    const Result<void> back = repo().setCalendar(HolidayCalendar());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    EXPECT_ONE_EVENT(before, QStringLiteral("settings.calendar"), QString());
    const Result<CaseRecord> stephenAgain = repo().find(stephen->id);
    const Result<CaseRecord> otherAgain = repo().find(other->id);
    QVERIFY(stephenAgain.ok() && otherAgain.ok());
    QCOMPARE(stephenAgain->deadlines.initial, QDate(2025, 12, 26));
    QCOMPARE(otherAgain->deadlines.initial, QDate(2026, 12, 16));
}

void TestCaseRepository::organisationProfile()
{
    // Defaults before anything is saved: the identity policy of gdpr-rules.md section 4.
    const Result<OrganisationProfile> defaults = repo().organisation();
    QVERIFY2(defaults.ok(), qPrintable(defaults.errorMessage()));
    QCOMPARE(defaults->calendar, QStringLiteral("fr"));
    QCOMPARE(defaults->timeZone, QStringLiteral("Europe/Paris"));
    QCOMPARE(defaults->identityProofExpected, (QSet<Right>{Right::Access, Right::Portability, Right::PostMortem}));

    const Result<CaseRecord> stephen =
        repo().create(draft(QStringLiteral("Étienne"), QStringLiteral("Muller"), QDate(2025, 11, 26)));
    QVERIFY(stephen.ok());
    OrganisationProfile profile = *defaults;
    profile.name = QStringLiteral("Routage Express SAS");
    profile.dpoEmail = QStringLiteral("dpo@routage.example");
    profile.identityProofExpected = {Right::Access};
    profile.calendar = QStringLiteral("fr-alsace-moselle");
    const qint64 before = eventCount();
    const Result<void> saved = repo().saveOrganisation(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(eventCount(), before + 2); // the profile, then the calendar with the deadline it moved
    QCOMPARE(repo().find(stephen->id)->deadline(), QDate(2025, 12, 29));

    SqlCaseRepository reopened(*m_db, *m_clock, QStringLiteral("tester"));
    QVERIFY(reopened.loadCalendar().ok());
    const Result<OrganisationProfile> read = reopened.organisation();
    QVERIFY(read.ok());
    QCOMPARE(read.value(), profile);

    // Saving the same profile again writes nothing; a bad time zone is refused with the field named.
    QVERIFY(repo().saveOrganisation(profile).ok());
    QCOMPARE(eventCount(), before + 2);
    profile.timeZone = QStringLiteral("Europe/Atlantis");
    const Result<void> refused = repo().saveOrganisation(profile);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("timeZone"));
    QCOMPARE(eventCount(), before + 2);
}

void TestCaseRepository::requestsFromSamePerson()
{
    CaseRecord first = draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 3, 2));
    first.subject.email = QStringLiteral("Elodie.Dupre@example.fr");
    QVERIFY(repo().create(first).ok());
    CaseRecord byPhone = draft(QStringLiteral("E."), QStringLiteral("D."), QDate(2026, 6, 1));
    byPhone.subject.phone = QStringLiteral("+33 6 12 34 56 78");
    QVERIFY(repo().create(byPhone).ok());
    QVERIFY(repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Dupont"), QDate(2026, 7, 1))).ok());
    QVERIFY(repo().create(draft(QStringLiteral("ELODIE"), QStringLiteral("DUPRE"), QDate(2026, 9, 1))).ok());

    CaseRecord current = draft(QStringLiteral("élodie"), QStringLiteral("dupré"), QDate(2026, 11, 2));
    current.subject.email = QStringLiteral("elodie.dupre@example.fr");
    current.subject.phone = QStringLiteral("06 12 34 56 78");
    const Result<CaseRecord> stored = repo().create(current);
    QVERIFY(stored.ok());
    const Result<QList<CaseSummary>> earlier = repo().requestsFromSamePerson(*stored);
    QVERIFY2(earlier.ok(), qPrintable(earlier.errorMessage()));
    QStringList received;
    for (const CaseSummary &s : earlier.value()) {
        received << s.receivedOn.toString(Qt::ISODate);
    }
    // Same name (accents and case ignored), same e-mail, same phone; most recent first; not Jean, not itself.
    QCOMPARE(received,
             (QStringList{QStringLiteral("2026-09-01"), QStringLiteral("2026-06-01"), QStringLiteral("2026-03-02")}));
}

void TestCaseRepository::sortsOnEveryColumn()
{
    QVERIFY(repo()
                .create(draft(QStringLiteral("Zoé"), QStringLiteral("Arnaud"), QDate(2026, 11, 3), {Right::Erasure}))
                .ok());
    QVERIFY(repo()
                .create(draft(QStringLiteral("Jean"), QStringLiteral("Bernard"), QDate(2026, 11, 1), {Right::Access}))
                .ok());
    const auto order = [&](CaseQuery::Sort sort, bool descending) {
        CaseQuery q = scoped(CaseQuery::Scope::All);
        q.sort = sort;
        q.descending = descending;
        QStringList refs;
        for (const CaseSummary &s : repo().list(q).value()) {
            refs << s.reference;
        }
        return refs;
    };
    const QStringList created{QStringLiteral("DR-2026-0001"), QStringLiteral("DR-2026-0002")};
    const QStringList reversed{QStringLiteral("DR-2026-0002"), QStringLiteral("DR-2026-0001")};
    QCOMPARE(order(CaseQuery::Sort::Reference, false), created);
    QCOMPARE(order(CaseQuery::Sort::Reference, true), reversed);
    QCOMPARE(order(CaseQuery::Sort::Deadline, false), reversed);
    QCOMPARE(order(CaseQuery::Sort::ReceivedOn, false), reversed);
    QCOMPARE(order(CaseQuery::Sort::Subject, false), created); // Arnaud before Bernard
    QCOMPARE(order(CaseQuery::Sort::Rights, false), reversed); // access before erasure
    QCOMPARE(order(CaseQuery::Sort::Status, false), reversed); // both new: then by deadline
    QCOMPARE(order(CaseQuery::Sort::Channel, true), created);
}

QTEST_GUILESS_MAIN(TestCaseRepository)

#include "tst_caserepository.moc"
