// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The register in SQLite: references, deadlines, every field stored and read back, workflow actions saved with their
// audit events, optimistic locking, append-only notes, deletion, the organisation profile and the holiday calendar.
// The queue's queries are in tst_casequeries.cpp, saving through the workflow in tst_caseworkflow.cpp.
//
// Every test runs on a new register in a folder of its own (repositoryfixture.h), with a FixedClock on Thursday
// 26 November 2026 at 09:00 UTC unless it says otherwise. Deadlines are written out by hand (metropolitan France unless
// said otherwise); they agree with tests/tools/deadline_oracle.py. Every write must append exactly one audit event, and
// cleanup() checks after each test that the audit trail still verifies.

#include "repositoryfixture.h"

#include "audit/auditevent.h"
#include "deadline/deadlinecalculator.h"
#include "deadline/holidaycalendar.h"
#include "domain/casejson.h"
#include "domain/caserecord.h"
#include "domain/caseworkflow.h"
#include "domain/enums.h"
#include "register/casebook.h"
#include "register/organisationsettings.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include <functional>
#include <memory>
#include <utility>

using namespace dpodesk;
using namespace repositorytest;

class TestCaseRepository final : public QObject, protected RepositoryFixture {
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

    // Input hygiene
    void everyTextFieldIsCleaned();
    void storedNotesStayAsTheyAre();
    void overlongTextIsRefused();
    void oldDatesAreRefused();
    void linkedCaseMustExist();

    // Deleting
    void removeNeedsReason();
    void removeKeepsNoPersonalData();
    void removeRecordsCanonicalReference();

    // The organisation and the holiday calendar
    void setCalendarRecomputesDeadlines();
    void organisationProfile();

private:
    /// DR-2025-0042, the earlier request a later case links to: logged on 2 June 2025 as the year's 42nd case; the
    /// clock is back on 26 November 2026 afterwards. One audit event.
    void addEarlierCase();
};

void TestCaseRepository::addEarlierCase()
{
    QSqlQuery counter(m_db->connection());
    QVERIFY(counter.exec(QStringLiteral("INSERT INTO reference_counters (year, last_seq) VALUES (2025, 41)")));
    m_clock->set(utc(2025, 6, 2));
    const Result<CaseRecord> earlier =
        repo().create(draft(QStringLiteral("Claire"), QStringLiteral("Antérieure"), QDate(2025, 6, 1)));
    m_clock->set(utc(2026, 11, 26));
    QVERIFY2(earlier.ok(), qPrintable(earlier.errorMessage()));
    QCOMPARE(earlier->reference, QStringLiteral("DR-2025-0042"));
}

void TestCaseRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseRepository::init()
{
    openRegister();
}

void TestCaseRepository::cleanup()
{
    closeRegister();
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
            Right::Erasure, QStringLiteral("Marketing history"), Outcome::Refused, RefusalGround::LegalObligation,
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
    addEarlierCase(); // a linked case must be in the register
    const qint64 events = eventCount();

    const Result<CaseRecord> created = repo().create(c);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    EXPECT_ONE_EVENT(events, QStringLiteral("case.create"), QStringLiteral("DR-2026-0001"));

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

    // The queue's row of the case (the earlier case aside).
    CaseQuery ofThisYear = scoped(CaseQuery::Scope::All);
    ofThisYear.search = QStringLiteral("DR-2026");
    const Result<QList<CaseSummary>> rows = repo().list(ofThisYear);
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
    addEarlierCase(); // a linked case must be in the register

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

    CaseQuery ofThisYear;
    ofThisYear.search = QStringLiteral("DR-2026"); // the earlier case aside
    const Result<QList<CaseSummary>> rows = repo().list(ofThisYear);
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
// Input hygiene

namespace {

/// Every string in a JSON value, with where it is.
void collectStrings(const QJsonValue &value, const QString &path, QList<std::pair<QString, QString>> &out)
{
    if (value.isString()) {
        out.append({path, value.toString()});
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectStrings(it.value(), path + u'.' + it.key(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            collectStrings(array.at(i), path + u'[' + QString::number(i) + u']', out);
        }
    }
}

/// The first character that has no place in stored text (control other than LF and tab, bidirectional or invisible
/// format character), as "path: U+XXXX", or empty.
QString firstHiddenCharacter(const CaseRecord &c)
{
    QList<std::pair<QString, QString>> strings;
    collectStrings(caseToJson(c), QStringLiteral("case"), strings);
    for (const auto &[path, text] : strings) {
        for (const QChar ch : text) {
            const bool control = ch.category() == QChar::Other_Control && ch != u'\n' && ch != u'\t';
            if (control || ch.category() == QChar::Other_Format || ch == QChar(0x2028) || ch == QChar(0x2029)) {
                return QStringLiteral("%1: U+%2").arg(path).arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            }
        }
    }
    return {};
}

/// Text with what a hostile or careless source may put in it: an escape sequence that clears a terminal, a line
/// break that draws a fake line, a right-to-left override, zero widths, a BOM and a soft hyphen.
QString dirty(const char *text)
{
    return QString(QChar(0xFEFF) + QString::fromUtf8(text) + QStringLiteral("\x1b[2J\r\n\u202E\u200B\u00AD\u2066X"));
}

} // namespace

void TestCaseRepository::everyTextFieldIsCleaned()
{
    CaseRecord d = draft(dirty("Élodie"), dirty("Dupré"), QDate(2026, 11, 2), {Right::Objection, Right::Erasure});
    d.subject.email = QStringLiteral("\u200Belodie.dupre@example.fr\u202E");
    d.subject.phone = QStringLiteral("+33\u00A06\u200B12 34 56 78");
    d.subject.postalAddress = QStringLiteral("1 rue de la Paix\r\n75002 Paris\x1b[2J\u202E");
    d.subject.internalReference = dirty("CUST-1");
    d.requester = Requester{Person{dirty("Jean"), dirty("Martin"), QStringLiteral("jean.martin@example.fr\u2069"),
                                   dirty("2 rue Haute"), QStringLiteral("01 23 45 67 89\u200D"), dirty("R-1"),
                                   Relationship::Other},
                            Capacity::Representative, dirty("Mandate")};
    d.rights.first().detail = dirty("direct marketing");
    d.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 11, 3), QDate(2026, 11, 5), dirty("Asked")}};
    d.recipients = {Recipient{dirty("Routage Express"), {}}};
    d.notes = {Note{{}, {}, dirty("Called\nback")}};
    d.cnilReference = dirty("CNIL-1");
    const Result<CaseRecord> created = repo().create(d);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const Result<CaseRecord> stored = repo().find(created->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->subject.firstName, QStringLiteral("Élodie[2J X"));
    QCOMPARE(stored->subject.email, QStringLiteral("elodie.dupre@example.fr"));
    QCOMPARE(stored->subject.phone, QStringLiteral("+33 612 34 56 78"));
    QCOMPARE(stored->subject.postalAddress, QStringLiteral("1 rue de la Paix\n75002 Paris[2J"));
    QCOMPARE(stored->notes.first().text, QStringLiteral("Called\nback[2J\nX"));
    QCOMPARE(stored->requester->person.email, QStringLiteral("jean.martin@example.fr"));
    QString hidden = firstHiddenCharacter(stored.value());
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden));
    // The audit trail holds what was stored, not what was typed.
    QVERIFY2(!lastEvent().rawDetails.contains(QChar(0x202E)), qPrintable(lastEvent().rawDetails));

    // A change brings its own dirt: cleaned too, and the rest of the case with it.
    CaseRecord changed = stored.value();
    changed.extension = Extension{QDate(2026, 11, 20), ExtensionReason::Complexity, dirty("Four systems"), {}};
    changed.rights.first().outcome = Outcome::Refused;
    // An objection to direct marketing: only art. 12(5) can refuse it (GDPR art. 21(3)).
    changed.rights.first().refusalGround = RefusalGround::Excessive;
    changed.rights.first().refusalReason = dirty("Fraud\tlogs");
    changed.rights.first().decidedOn = QDate(2026, 11, 20);
    changed.subject.lastName = dirty("Dupré-Martin");
    const Result<CaseRecord> saved = repo().save(changed, QStringLiteral("case.update"));
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    const Result<CaseRecord> reread = repo().find(created->id);
    QVERIFY(reread.ok());
    QCOMPARE(reread->rights.first().refusalReason, QStringLiteral("Fraud\tlogs[2J\nX"));
    QCOMPARE(reread->subject.lastName, QStringLiteral("Dupré-Martin[2J X"));
    hidden = firstHiddenCharacter(reread.value());
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden));
}

void TestCaseRepository::storedNotesStayAsTheyAre()
{
    CaseRecord d = draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 2));
    d.notes = {Note{{}, {}, QStringLiteral("First call")}};
    const Result<CaseRecord> created = repo().create(d);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    // A register written before the cleaning: a note with an escape sequence, and one longer than the limit.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE notes SET body = :body WHERE case_id = :id"));
    q.bindValue(QStringLiteral(":body"), QString(QStringLiteral("Old\x1b[2J note ") + QString(25000, u'n')));
    q.bindValue(QStringLiteral(":id"), created->id);
    QVERIFY(q.exec());
    Result<CaseRecord> loaded = repo().find(created->id);
    QVERIFY(loaded.ok());
    CaseRecord changed = loaded.value();
    changed.notes.append(Note{{}, {}, QStringLiteral("New\x1b[2J note")});
    // Notes are append-only: the stored one stays as it is, and does not stop the case from being saved.
    const Result<CaseRecord> saved = repo().save(changed, QStringLiteral("case.note"));
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    const Result<CaseRecord> reread = repo().find(created->id);
    QCOMPARE(reread->notes.size(), qsizetype(2));
    QCOMPARE(reread->notes.at(0).text, loaded->notes.at(0).text);
    QCOMPARE(reread->notes.at(1).text, QStringLiteral("New[2J note"));
}

void TestCaseRepository::overlongTextIsRefused()
{
    // Once accepted: a last name of 131 KB.
    CaseRecord d = draft(QStringLiteral("Élodie"), QString(131 * 1024, u'x'), QDate(2026, 11, 2));
    const Result<CaseRecord> refused = repo().create(d);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("subject.lastName"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("200")), qPrintable(refused.error().message));
    QCOMPARE(eventCount(), qint64(0));
    QCOMPARE(repo().count(scoped(CaseQuery::Scope::All)).value(), 0);
    // Invisible characters do not count: 200 letters and a zero width space are 200 characters once cleaned.
    d.subject.lastName = QString(QString(200, u'x') + QChar(0x200B));
    QVERIFY2(repo().create(d).ok(), "200 characters once cleaned");
}

void TestCaseRepository::oldDatesAreRefused()
{
    for (const QDate received : {QDate(1899, 1, 1), QDate(1, 1, 1), QDate(2018, 5, 24)}) {
        const Result<CaseRecord> refused =
            repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), received));
        QVERIFY2(!refused.ok(), qPrintable(received.toString(Qt::ISODate)));
        QCOMPARE(refused.error().field, QStringLiteral("receivedOn"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("2018-05-25")), qPrintable(refused.error().message));
    }
    QCOMPARE(eventCount(), qint64(0));
    QVERIFY(repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2018, 5, 25))).ok());
}

void TestCaseRepository::linkedCaseMustExist()
{
    const Result<CaseRecord> first =
        repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 2)));
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const auto complaint = [](const QString &linked) {
        CaseRecord c =
            draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 20), {Right::CnilComplaint});
        c.cnilDueDate = QDate(2026, 12, 20);
        c.linkedCaseReference = linked;
        return c;
    };
    const qint64 events = eventCount();
    const Result<CaseRecord> missing = repo().create(complaint(QStringLiteral("DR-2026-9999")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().field, QStringLiteral("linkedCaseReference"));
    QVERIFY2(missing.error().message.contains(QStringLiteral("There is no case DR-2026-9999")),
             qPrintable(missing.error().message));
    const Result<CaseRecord> malformed = repo().create(complaint(QStringLiteral("the one from May")));
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().field, QStringLiteral("linkedCaseReference"));
    QCOMPARE(eventCount(), events);
    QCOMPARE(repo().count(scoped(CaseQuery::Scope::All)).value(), 1);

    // An existing case, written in lower case: stored as the register writes it.
    const Result<CaseRecord> linked = repo().create(complaint(QStringLiteral(" dr-2026-0001 ")));
    QVERIFY2(linked.ok(), qPrintable(linked.errorMessage()));
    QCOMPARE(repo().find(linked->id)->linkedCaseReference, QStringLiteral("DR-2026-0001"));

    // Changed to a case that does not exist: refused, nothing stored.
    CaseRecord changed = repo().find(linked->id).value();
    changed.linkedCaseReference = QStringLiteral("DR-2025-0042");
    const Result<CaseRecord> refused = repo().save(changed, QStringLiteral("case.update"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("There is no case DR-2025-0042")),
             qPrintable(refused.error().message));
    QCOMPARE(repo().find(linked->id)->linkedCaseReference, QStringLiteral("DR-2026-0001"));

    // The case it links to is deleted later: the complaint can still be worked on.
    QVERIFY(repo().remove(QStringLiteral("DR-2026-0001"), QStringLiteral("Entered twice")).ok());
    CaseRecord later = repo().find(linked->id).value();
    later.status = CaseStatus::InProgress;
    const Result<CaseRecord> saved = repo().save(later, QStringLiteral("case.update"));
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
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
                          QStringLiteral("redacted_events"), QStringLiteral("rights"), QStringLiteral("status")}));
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
// The organisation and the holiday calendar

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
    // One event in the history of the case whose deadline moved (it records the case's new state), then the setting.
    QCOMPARE(eventCount(), before + 2);
    {
        const Result<QList<AuditEvent>> history = repo().audit().eventsForCase(stephen->reference);
        QVERIFY(history.ok());
        const AuditEvent &moved = history->last();
        QCOMPARE(moved.action, QStringLiteral("case.deadline-recomputed"));
        QCOMPARE(moved.details.value(QStringLiteral("old")).toString(), QStringLiteral("2025-12-26"));
        QCOMPARE(moved.details.value(QStringLiteral("new")).toString(), QStringLiteral("2025-12-29"));
        QCOMPARE(lastEvent().action, QStringLiteral("settings.calendar"));
        const Result<AuditVerification> verified = repo().audit().verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }
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
        CaseBook reopened(*m_db, *m_clock, QStringLiteral("tester"));
        QVERIFY(reopened.loadCalendar().ok());
        QCOMPARE(reopened.calculator().calendar().name(), QStringLiteral("fr-alsace-moselle"));
        QVERIFY(reopened.calculator().calendar().closureDays().isEmpty());
    }

    // The organisation's own closure days count too: closed on Wed 16 Dec 2026, the other case is due on the 17th.
    before = eventCount();
    const Result<void> closed =
        repo().setCalendar(HolidayCalendar(HolidayCalendar::Region::AlsaceMoselle, {QDate(2026, 12, 16)}));
    QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
    QCOMPARE(eventCount(), before + 2); // the case that moved, then the setting
    QCOMPARE(lastEvent().action, QStringLiteral("settings.calendar"));
    QCOMPARE(lastEvent().details.value(QStringLiteral("closure_days")).toArray(),
             (QJsonArray{QStringLiteral("2026-12-16")}));
    {
        const Result<CaseRecord> moved = repo().find(other->id);
        QVERIFY(moved.ok());
        QCOMPARE(moved->deadlines.initial, QDate(2026, 12, 17));
        CaseBook reopened(*m_db, *m_clock, QStringLiteral("tester"));
        QVERIFY(reopened.loadCalendar().ok());
        QCOMPARE(reopened.calculator().calendar().closureDays(), QList<QDate>{QDate(2026, 12, 16)});
    }

    // Back to metropolitan France: both deadlines return.
    before = eventCount();
    const Result<void> back = repo().setCalendar(HolidayCalendar());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(eventCount(), before + 3); // both cases moved back, then the setting
    QCOMPARE(lastEvent().action, QStringLiteral("settings.calendar"));
    const Result<CaseRecord> stephenAgain = repo().find(stephen->id);
    const Result<CaseRecord> otherAgain = repo().find(other->id);
    QVERIFY(stephenAgain.ok() && otherAgain.ok());
    QCOMPARE(stephenAgain->deadlines.initial, QDate(2025, 12, 26));
    QCOMPARE(otherAgain->deadlines.initial, QDate(2026, 12, 16));
}

void TestCaseRepository::organisationProfile()
{
    // Defaults before anything is saved: the identity policy of docs/rules.md#identity-proofs.
    const Result<OrganisationProfile> defaults = settings().organisation();
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
    const Result<void> saved = settings().saveOrganisation(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(eventCount(), before + 3); // the profile, the case whose deadline moved, then the calendar
    QCOMPARE(repo().find(stephen->id)->deadline(), QDate(2025, 12, 29));

    CaseBook reopened(*m_db, *m_clock, QStringLiteral("tester"));
    QVERIFY(reopened.loadCalendar().ok());
    const Result<OrganisationProfile> read = OrganisationSettings(reopened).organisation();
    QVERIFY(read.ok());
    QCOMPARE(read.value(), profile);

    // Saving the same profile again writes nothing; a bad time zone is refused with the field named.
    QVERIFY(settings().saveOrganisation(profile).ok());
    QCOMPARE(eventCount(), before + 3);
    profile.timeZone = QStringLiteral("Europe/Atlantis");
    const Result<void> refused = settings().saveOrganisation(profile);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("timeZone"));
    QCOMPARE(eventCount(), before + 3);
}

QTEST_GUILESS_MAIN(TestCaseRepository)

#include "tst_caserepository.moc"
