// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Saving cases through the workflow: suspensions, extensions, answers, conflicts, append-only notes.
//
// Every test runs on a new register in a folder of its own (repositoryfixture.h), with a FixedClock on Thursday
// 26 November 2026 at 09:00 UTC unless it says otherwise. Deadlines are written out by hand (metropolitan France unless
// said otherwise); they agree with tests/tools/deadline_oracle.py. Every write must append exactly one audit event, and
// cleanup() checks after each test that the audit trail still verifies.

#include "repositoryfixture.h"

#include "audit/auditevent.h"
#include "deadline/deadlinecalculator.h"
#include "deadline/holidaycalendar.h"
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
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include <functional>
#include <memory>
#include <utility>

using namespace dpodesk;
using namespace repositorytest;

class TestCaseWorkflow final : public QObject, protected RepositoryFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Saving, with the workflow
    void suspendResumeExtend();
    void extendAfterInitialDeadlineRefused();
    void answerRefusalsAndWarnings();
    void saveWithoutChangeWritesNothing();
    void saveRefusesInvalid();
    void optimisticLocking();
    void twoConnectionsShareTheRegister();
    void notesAreAppendOnly();
};

void TestCaseWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseWorkflow::init()
{
    openRegister();
}

void TestCaseWorkflow::cleanup()
{
    closeRegister();
}

// ---------------------------------------------------------------------------------------------------------------
// Saving, with the workflow

void TestCaseWorkflow::suspendResumeExtend()
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

void TestCaseWorkflow::extendAfterInitialDeadlineRefused()
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

void TestCaseWorkflow::answerRefusalsAndWarnings()
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
          {Right::Erasure, Outcome::Refused, RefusalGround::LegalObligation, QStringLiteral("  ")}},
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
                     {Right::Erasure, Outcome::Refused, RefusalGround::LegalObligation, grounds}},
                    today);
    QVERIFY2(warnings.ok(), qPrintable(warnings.errorMessage()));
    QCOMPARE(warnings->size(), 1);
    QVERIFY2(warnings->first().contains(QStringLiteral("2026-11-20")), qPrintable(warnings->first()));
    QCOMPARE(name(c.status), name(CaseStatus::Answered));
    QCOMPARE(c.answeredOn, today);
    QCOMPARE(name(c.rights.at(0).outcome), name(Outcome::Granted));
    QCOMPARE(c.rights.at(0).decidedOn, today);
    QCOMPARE(name(c.rights.at(1).refusalGround), name(RefusalGround::LegalObligation));
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

void TestCaseWorkflow::saveWithoutChangeWritesNothing()
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

void TestCaseWorkflow::saveRefusesInvalid()
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

void TestCaseWorkflow::optimisticLocking()
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

void TestCaseWorkflow::twoConnectionsShareTheRegister()
{
    // Another program (the command line while the window is open) works on the same file through its own connection.
    auto opened = Database::open(m_db->path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    const std::unique_ptr<Database> otherDb = std::move(opened).value();
    CaseBook other(*otherDb, *m_clock, QStringLiteral("other"));
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

void TestCaseWorkflow::notesAreAppendOnly()
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

QTEST_GUILESS_MAIN(TestCaseWorkflow)

#include "tst_caseworkflow.moc"
