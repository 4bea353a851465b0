// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Where the person's data lives (issue 13), through the register service: the record of processing activities and
// the systems catalogue imported from CSV (a bad row reported with its line and field, nothing imported), the
// activities of a case, the plan of tasks to system owners, due dates that keep their margin before the deadline in
// force and move with it (month end, suspension, extension, a new margin), answers once with evidence, removals
// refused while something relies on them, and the audit trail covering all of it.
#include "common/clock.h"
#include "register/registerservice.h"
#include "storage/auditlog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dpodesk;

namespace {

const QByteArray kSystems =
    "\xEF\xBB\xBF"
    "name;owner_name;owner_email;deputy_email;identifiers;actions;turnaround_days;instructions_fr;instructions_en\r\n"
    "CRM;Julie Bernard;julie@example.invalid;marc@example.invalid;email|customer-number;"
    "search|export|rectify|erase|restrict|stop;3;Rechercher par adresse.;Search by address.\r\n"
    "Billing;Nadia Haddad;nadia@example.invalid;;customer-number|name;search|export|rectify|restrict;5;"
    "\"Pas d'effacement ;\nconservation légale.\";No erasure.\r\n"
    "Mailer;Thomas Roux;thomas@example.invalid;;email;search|export|erase|stop;2;;\r\n";

const QByteArray kActivities =
    "name,role,controller,purposes,legal_basis,data_subjects,data_categories,recipients,transfers,retention,source,"
    "automated_decision,systems,entity\n"
    "Customers,controller,,Contract|Invoicing,Art. 6(1)(b) contract,Customers,Identity|Billing data,"
    "Billing Ltd (processor)|Accountants LLP,,Contract + 5 years,,none,CRM|Billing,Example SAS\n"
    "Prospects,controller,,Prospecting,Art. 6(1)(f) legitimate interest,Prospects,Identity|Contact,"
    "Mailer Inc (processor),USA: Mailer Inc under standard contractual clauses,2 years after last contact,"
    "Trade fairs,,CRM|Mailer,Example SAS\n"
    "Client campaigns,processor,Shop Lumiere SARL,Sending our clients' campaigns,,Campaign recipients,E-mail,"
    ",,Client contract,,,Mailer,Example SAS\n";

QString tamper(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(sql)) {
            error = q.lastError().text() + db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QStringList problemTexts(const RecordImportSummary &s)
{
    QStringList out;
    for (const RecordProblem &p : s.problems) {
        out << p.toString();
    }
    return out;
}

} // namespace

class TestTasks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void importReportsEveryBadRowAndImportsNothing();
    void importAcceptsBothSeparatorsAndIsIdempotent();
    void planMakesOneTaskPerSystemAndAction();
    void dueDatesKeepTheMarginAndMoveWithTheDeadline();
    void lateTaskIsDueTheDayItIsPlannedNeverAfterTheDeadline();
    void answeredOnceWithEvidence();
    void removalsRefusedWhileRelied();
    void suggestionsFromRelationshipAndFindings();
    void auditTrailCoversTheRecordAndTheTasks();

private:
    void importBoth();
    CaseRecord newCase(QDate received, QList<Right> rights, Relationship relationship = Relationship::Customer);
    CaseRecord fresh(const CaseRecord &c) { return m_service->findCase(c.id).value(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegisterService> m_service;
};

void TestTasks::init()
{
    m_path = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite"));
    m_clock = std::make_unique<FixedClock>(QDate(2026, 1, 31));
    OrganisationProfile profile;
    profile.name = QStringLiteral("Example SAS");
    profile.dpoName = QStringLiteral("Camille Martin");
    profile.dpoEmail = QStringLiteral("dpo@example.invalid");
    auto created = RegisterService::create(m_path, profile, *m_clock, QStringLiteral("tester"));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    auto opened = RegisterService::open(m_path, {}, *m_clock, QStringLiteral("tester"));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_service = std::move(opened).value();
}

void TestTasks::cleanup()
{
    m_service.reset();
}

void TestTasks::importBoth()
{
    auto systems = m_service->importSystems(kSystems);
    QVERIFY2(systems.ok() && systems->imported, qPrintable(problemTexts(*systems).join(u'\n')));
    auto activities = m_service->importActivities(kActivities);
    QVERIFY2(activities.ok() && activities->imported, qPrintable(problemTexts(*activities).join(u'\n')));
}

CaseRecord TestTasks::newCase(QDate received, QList<Right> rights, Relationship relationship)
{
    CaseRecord draft;
    draft.receivedOn = received;
    draft.channel = Channel::Email;
    draft.subject.firstName = QStringLiteral("Élise");
    draft.subject.lastName = QStringLiteral("Dupré");
    draft.subject.email = QStringLiteral("elise.dupre@example.invalid");
    draft.subject.phone = QStringLiteral("+33 6 12 34 56 78");
    draft.subject.internalReference = QStringLiteral("C-1042");
    draft.subject.relationship = relationship;
    for (Right r : rights) {
        draft.rights << RightRequest{r, {}, Outcome::Pending, RefusalGround::None, {}, {}};
    }
    auto created = m_service->createCase(draft);
    if (!created) {
        qWarning() << created.errorMessage();
        return {};
    }
    return *created;
}

void TestTasks::importReportsEveryBadRowAndImportsNothing()
{
    // Line 3 has a bad address; line 4 an unknown action; line 5 starts after a quoted field over two lines and has
    // no owner; line 6 repeats line 2's name.
    const QByteArray bad = "name;owner_name;owner_email;deputy_email;identifiers;actions;turnaround_days;"
                           "instructions_fr;instructions_en\n"
                           "CRM;Julie;julie@example.invalid;;email;search;3;;\n"
                           "Billing;Nadia;nadia-at-example;;name;search;3;;\n"
                           "Mailer;Thomas;thomas@example.invalid;;email;search|shred;2;\"deux\nlignes\";\n"
                           "Support;;;;phone;search;x;;\n"
                           "crm;Julie;julie@example.invalid;;email;search;3;;\n";
    auto read = m_service->importSystems(bad);
    QVERIFY(read.ok());
    QVERIFY(!read->imported);
    const QStringList problems = problemTexts(*read);
    const auto has = [&](const QString &fragment) {
        return std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.contains(fragment); });
    };
    QVERIFY2(has(QStringLiteral("line 3, owner_email: \"nadia-at-example\" is not an e-mail address")),
             qPrintable(problems.join(u'\n')));
    QVERIFY2(has(QStringLiteral("line 4, actions: \"shred\" is not an action")), qPrintable(problems.join(u'\n')));
    QVERIFY2(has(QStringLiteral("line 6, owner_name: required")), qPrintable(problems.join(u'\n')));
    QVERIFY2(has(QStringLiteral("line 6, turnaround_days")), qPrintable(problems.join(u'\n')));
    QVERIFY2(has(QStringLiteral("line 7, name: \"crm\" appears on an earlier line")), qPrintable(problems.join(u'\n')));
    QCOMPARE(m_service->systems()->size(), 0);

    // A header that misses a column and names an unknown one: said on line 1.
    auto header = m_service->importSystems("name;owner;owner_email\nCRM;x;y@example.invalid\n");
    QVERIFY(header.ok() && !header->imported);
    QVERIFY2(problemTexts(*header).join(u'\n').contains(QStringLiteral("line 1: Unknown column(s): owner")),
             qPrintable(problemTexts(*header).join(u'\n')));
    QVERIFY(problemTexts(*header).join(u'\n').contains(QStringLiteral("Missing column(s): owner_name")));

    // Not UTF-8 (a Latin-1 export): said in words, nothing imported.
    QByteArray latin1 = kSystems;
    latin1.replace("légale", "l\xE9gale");
    auto encoding = m_service->importSystems(latin1);
    QVERIFY(encoding.ok() && !encoding->imported);
    QVERIFY2(problemTexts(*encoding).join(u'\n').contains(QStringLiteral("not UTF-8")),
             qPrintable(problemTexts(*encoding).join(u'\n')));

    // Activities naming a system the catalogue does not hold: the row and the field, nothing imported.
    QVERIFY(m_service->importSystems(kSystems)->imported);
    QByteArray unknownSystem = kActivities;
    unknownSystem.replace("CRM|Billing", "CRM|Ledger");
    auto activities = m_service->importActivities(unknownSystem);
    QVERIFY(activities.ok() && !activities->imported);
    QCOMPARE(problemTexts(*activities),
             QStringList{QStringLiteral("line 2, systems: the system \"Ledger\" is not in the catalogue: import or "
                                        "add it first.")});
    QCOMPARE(m_service->activities()->size(), 0);

    // A processor activity without its controller, a controller activity without legal basis.
    QByteArray missing = kActivities;
    missing.replace("processor,Shop Lumiere SARL", "processor,");
    missing.replace("Art. 6(1)(b) contract", "");
    auto incomplete = m_service->importActivities(missing);
    QVERIFY(incomplete.ok() && !incomplete->imported);
    const QString text = problemTexts(*incomplete).join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("line 2, legal_basis: required")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("line 4, controller: required when we are the processor")), qPrintable(text));
}

void TestTasks::importAcceptsBothSeparatorsAndIsIdempotent()
{
    importBoth();
    const auto systems = m_service->systems().value();
    QCOMPARE(systems.size(), 3);
    const auto billing = m_service->system(QStringLiteral("billing")).value();
    QVERIFY(billing.has_value());
    QCOMPARE(billing->instructionsFr, QStringLiteral("Pas d'effacement ;\nconservation légale."));
    QCOMPARE(billing->identifiers,
             (QList<SubjectIdentifier>{SubjectIdentifier::CustomerNumber, SubjectIdentifier::Name}));
    QVERIFY(!billing->supports(TaskAction::Erase));
    const auto customers = m_service->activity(QStringLiteral("Customers")).value();
    QVERIFY(customers.has_value());
    QCOMPARE(customers->purposes, (QStringList{QStringLiteral("Contract"), QStringLiteral("Invoicing")}));
    QCOMPARE(customers->systems, (QStringList{QStringLiteral("CRM"), QStringLiteral("Billing")}));
    QVERIFY(customers->automatedDecision.isEmpty()); // "none"
    QCOMPARE(m_service->activity(QStringLiteral("Client campaigns")).value()->role, ProcessingRole::Processor);

    // The same files again: nothing changes, nothing is audited.
    const qint64 events = m_service->verifyAudit()->events;
    auto again = m_service->importActivities(kActivities);
    QVERIFY(again.ok() && again->imported);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(again->added + again->updated, 0);
    QCOMPARE(m_service->verifyAudit()->events, events);
    // One row changed: one update.
    QByteArray changed = kActivities;
    changed.replace("2 years after last contact", "3 years after last contact");
    auto updated = m_service->importActivities(changed);
    QVERIFY(updated.ok() && updated->imported);
    QCOMPARE(updated->updated, 1);
    QCOMPARE(updated->unchanged, 2);
}

void TestTasks::planMakesOneTaskPerSystemAndAction()
{
    importBoth();
    CaseRecord c = newCase(QDate(2026, 1, 31), {Right::Access, Right::Erasure});
    QVERIFY(c.id != 0);
    // No activity chosen yet: refused in words.
    auto refused = m_service->planTasks(c);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("Choose the activities")),
             qPrintable(refused.errorMessage()));

    auto chosen = m_service->setCaseActivities(c, {QStringLiteral("customers"), QStringLiteral("Client campaigns")});
    QVERIFY2(chosen.ok(), qPrintable(chosen.errorMessage()));
    QCOMPARE(chosen->size(), 2);
    auto plan = m_service->planTasks(c);
    QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
    // CRM: search, export, erase; Billing: search, export (no erase: a warning). None for the processor activity.
    QStringList made;
    for (const CaseTask &t : plan->created) {
        made << QStringLiteral("T%1 %2 %3").arg(t.number).arg(t.systemName, name(t.action));
        QCOMPARE(t.state, TaskState::ToSend);
        QCOMPARE(t.activities, QStringLiteral("Customers"));
    }
    QCOMPARE(made, (QStringList{QStringLiteral("T1 CRM search"), QStringLiteral("T2 CRM export"),
                                QStringLiteral("T3 CRM erase"), QStringLiteral("T4 Billing search"),
                                QStringLiteral("T5 Billing export")}));
    const QString warnings = plan->warnings.join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("Billing cannot erase")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("We are the processor of \"Client campaigns\" for Shop Lumiere SARL")),
             qPrintable(warnings));
    // Erasure: the activity's recipients join the case's art. 19 list.
    QCOMPARE(plan->recipientsAdded,
             (QStringList{QStringLiteral("Billing Ltd (processor)"), QStringLiteral("Accountants LLP")}));
    QCOMPARE(fresh(c).recipients.size(), 2);
    // Planned again: nothing new, said so.
    auto again = m_service->planTasks(fresh(c));
    QVERIFY(!again);
    QVERIFY2(again.errorMessage().contains(QStringLiteral("already has every task")), qPrintable(again.errorMessage()));
    // A new activity adds only its own tasks, numbered on.
    QVERIFY(m_service->setCaseActivities(fresh(c), {QStringLiteral("Customers"), QStringLiteral("Prospects")}).ok());
    auto more = m_service->planTasks(fresh(c));
    QVERIFY2(more.ok(), qPrintable(more.errorMessage()));
    QStringList added;
    for (const CaseTask &t : more->created) {
        added << QStringLiteral("T%1 %2 %3").arg(t.number).arg(t.systemName, name(t.action));
    }
    QCOMPARE(added, (QStringList{QStringLiteral("T6 Mailer search"), QStringLiteral("T7 Mailer export"),
                                 QStringLiteral("T8 Mailer erase")}));
    // The CRM tasks now serve both activities? No: they were planned for Customers and stay as they were.
    TaskFilter filter;
    filter.caseId = c.id;
    QCOMPARE(m_service->tasks(filter)->size(), 8);
    // Rights that call for no task.
    CaseRecord complaint = newCase(QDate(2026, 1, 30), {Right::PostMortem});
    QVERIFY(m_service->setCaseActivities(complaint, {QStringLiteral("Customers")}).ok());
    auto none = m_service->planTasks(fresh(complaint));
    QVERIFY(!none);
    QVERIFY2(none.errorMessage().contains(QStringLiteral("call for no task")), qPrintable(none.errorMessage()));
}

void TestTasks::dueDatesKeepTheMarginAndMoveWithTheDeadline()
{
    importBoth();
    // Received on 31 January 2026: one month is 28 February (no 31st), a Saturday: the deadline is Monday 2 March.
    CaseRecord c = newCase(QDate(2026, 1, 31), {Right::Erasure});
    QCOMPARE(c.deadline(), QDate(2026, 3, 2));
    QVERIFY(m_service->setCaseActivities(c, {QStringLiteral("Prospects")}).ok());
    auto plan = m_service->planTasks(fresh(c));
    QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
    QCOMPARE(plan->created.size(), 2); // CRM erase, Mailer erase
    // Five working days before Monday 2 March: Friday 27, 26, 25, 24, Monday 23 February.
    for (const CaseTask &t : plan->created) {
        QCOMPARE(t.dueOn, QDate(2026, 2, 23));
    }
    const qint64 crm = plan->created.at(0).id;
    const qint64 mailer = plan->created.at(1).id;

    // The clock stops from 5 to 12 February (identity asked, answered): seven days, the deadline moves to Saturday
    // 7 March, so Monday 9 March; the tasks follow: Monday 2 March.
    m_clock->set(QDateTime(QDate(2026, 2, 5), QTime(9, 0), QTimeZone::utc()));
    auto suspended = m_service->suspend(fresh(c), SuspensionReason::Identity, QDate(2026, 2, 5), QString());
    QVERIFY2(suspended.ok(), qPrintable(suspended.errorMessage()));
    QCOMPARE(m_service->task(crm)->dueOn, QDate(2026, 2, 23)); // a running stop does not move the deadline yet
    m_clock->set(QDateTime(QDate(2026, 2, 12), QTime(9, 0), QTimeZone::utc()));
    auto resumed = m_service->resume(fresh(c), QDate(2026, 2, 12));
    QVERIFY2(resumed.ok(), qPrintable(resumed.errorMessage()));
    QCOMPARE(resumed->record.deadline(), QDate(2026, 3, 9));
    QCOMPARE(m_service->task(crm)->dueOn, QDate(2026, 3, 2));
    QCOMPARE(m_service->task(mailer)->dueOn, QDate(2026, 3, 2));
    // The resume event says which tasks moved.
    auto history = m_service->history(c.reference);
    QVERIFY(history.ok());
    const AuditEvent &last = history->last();
    QCOMPARE(last.action, QStringLiteral("case.resume"));
    const QJsonArray moved = last.details.value(QStringLiteral("tasks_moved")).toArray();
    QCOMPARE(moved.size(), 2);
    QCOMPARE(moved.at(0).toObject().value(QStringLiteral("old")).toString(), QStringLiteral("2026-02-23"));
    QCOMPARE(moved.at(0).toObject().value(QStringLiteral("new")).toString(), QStringLiteral("2026-03-02"));

    // The Mailer task is answered: it keeps its date from now on.
    QVERIFY(m_service->answerTask(mailer, TaskResult::Done, QString(), QDate(2026, 2, 12)).ok());

    // Extended on 20 February: three months from receipt is 30 April, plus the seven days: Thursday 7 May. Five
    // working days before: 6, 5, 4 May, (1 May is a holiday), 30 and 29 April.
    m_clock->set(QDateTime(QDate(2026, 2, 20), QTime(9, 0), QTimeZone::utc()));
    auto extended = m_service->extend(fresh(c), ExtensionReason::Complexity,
                                      QStringLiteral("Data in five systems, two of them abroad."), QDate(2026, 2, 20));
    QVERIFY2(extended.ok(), qPrintable(extended.errorMessage()));
    QCOMPARE(extended->record.deadline(), QDate(2026, 5, 7));
    QCOMPARE(m_service->task(crm)->dueOn, QDate(2026, 4, 29));
    QCOMPARE(m_service->task(mailer)->dueOn, QDate(2026, 3, 2));

    // A new margin of 2 working days: 6 and 5 May; the case gets its own event.
    OrganisationProfile profile = m_service->organisation();
    profile.taskMarginDays = 2;
    QVERIFY2(m_service->saveOrganisation(profile).ok(), "margin saved");
    QCOMPARE(m_service->task(crm)->dueOn, QDate(2026, 5, 5));
    QCOMPARE(m_service->history(c.reference)->last().action, QStringLiteral("case.tasks-rescheduled"));
    // A margin of 0: the deadline itself. Out of range: refused.
    profile.taskMarginDays = 0;
    QVERIFY(m_service->saveOrganisation(profile).ok());
    QCOMPARE(m_service->task(crm)->dueOn, QDate(2026, 5, 7));
    profile.taskMarginDays = 31;
    QVERIFY(!m_service->saveOrganisation(profile));
    QVERIFY(m_service->verifyAudit()->intact);
}

void TestTasks::lateTaskIsDueTheDayItIsPlannedNeverAfterTheDeadline()
{
    importBoth();
    CaseRecord c = newCase(QDate(2026, 1, 31), {Right::Objection});
    QVERIFY(m_service->setCaseActivities(c, {QStringLiteral("Prospects")}).ok());
    // Planned on 27 February, after the margin's first day (23 February): due that day, not before.
    m_clock->set(QDateTime(QDate(2026, 2, 27), QTime(9, 0), QTimeZone::utc()));
    auto plan = m_service->planTasks(fresh(c));
    QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
    QCOMPARE(plan->created.first().action, TaskAction::Stop);
    QCOMPARE(plan->created.first().dueOn, QDate(2026, 2, 27));
    // Planned after the deadline: due on the deadline (overdue at once), never later.
    CaseRecord late = newCase(QDate(2026, 1, 2), {Right::Objection});
    QCOMPARE(late.deadline(), QDate(2026, 2, 2));
    QVERIFY(m_service->setCaseActivities(late, {QStringLiteral("Prospects")}).ok());
    auto latePlan = m_service->planTasks(fresh(late));
    QVERIFY2(latePlan.ok(), qPrintable(latePlan.errorMessage()));
    const CaseTask t = latePlan->created.first();
    QCOMPARE(t.dueOn, QDate(2026, 2, 2));
    QVERIFY(t.isOverdue(m_clock->today()));
    QCOMPARE(m_service->overdueTaskCounts(m_clock->today())->first, 1);
    QCOMPARE(m_service->overdueTaskCounts(m_clock->today())->second, 2); // CRM and Mailer stop
    QCOMPARE(m_service->casesWithOverdueTasks({c.id, late.id}, m_clock->today()).value(), QSet<qint64>{late.id});
    TaskFilter overdue;
    overdue.overdueOn = m_clock->today();
    QCOMPARE(m_service->tasks(overdue)->size(), 2);
    TaskFilter owner;
    owner.ownerEmail = QStringLiteral("THOMAS@example.invalid");
    QCOMPARE(m_service->tasks(owner)->size(), 2);              // Mailer, both cases
    owner.ownerEmail = QStringLiteral("marc@example.invalid"); // CRM's deputy
    QCOMPARE(m_service->tasks(owner)->size(), 2);
}

void TestTasks::answeredOnceWithEvidence()
{
    importBoth();
    CaseRecord c = newCase(QDate(2026, 1, 31), {Right::Access});
    QVERIFY(m_service->setCaseActivities(c, {QStringLiteral("Customers")}).ok());
    auto plan = m_service->planTasks(fresh(c));
    QVERIFY(plan.ok());
    const CaseTask search = plan->created.first();
    QCOMPARE(search.action, TaskAction::Search);

    // Sent, then sent again: a reminder, the first date stays.
    QVERIFY(m_service->markTaskSent(search.id, search.ownerEmail, QDate(2026, 1, 31)).ok());
    m_clock->advanceDays(3);
    auto reminded = m_service->markTaskSent(search.id, search.ownerEmail, m_clock->today());
    QVERIFY(reminded.ok());
    QCOMPARE(reminded->sentOn, QDate(2026, 1, 31));
    QCOMPARE(m_service->history(c.reference)->last().action, QStringLiteral("task.remind"));
    // A date in the future or before the plan: refused.
    QVERIFY(!m_service->markTaskSent(plan->created.at(1).id, QStringLiteral("x@example.invalid"), QDate(2026, 3, 1)));
    QVERIFY(!m_service->answerTask(search.id, TaskResult::Found, QString(), QDate(2026, 1, 30)));
    // "Done" is no answer to a search; "cannot" needs its reason.
    auto wrong = m_service->answerTask(search.id, TaskResult::Done, QString(), m_clock->today());
    QVERIFY(!wrong);
    QVERIFY2(wrong.errorMessage().contains(QStringLiteral("is not an answer")), qPrintable(wrong.errorMessage()));
    auto noReason = m_service->answerTask(search.id, TaskResult::Cannot, QStringLiteral("  "), m_clock->today());
    QVERIFY(!noReason);
    // Evidence that cannot be read: nothing stored, the task stays open.
    auto missing = m_service->answerTask(search.id, TaskResult::Found, QString(), m_clock->today(),
                                         {m_dir.filePath(QStringLiteral("no-such-export.csv"))});
    QVERIFY(!missing);
    QCOMPARE(m_service->task(search.id)->state, TaskState::Sent);
    QCOMPARE(m_service->attachments(c.id)->size(), 0);

    const QString export_ = m_dir.filePath(QStringLiteral("crm-export.csv"));
    QFile file(export_);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("email;name\nelise.dupre@example.invalid;Dupré\n");
    file.close();
    auto answered = m_service->answerTask(search.id, TaskResult::Found, QStringLiteral("One contact, 2019-2026."),
                                          m_clock->today(), {export_});
    QVERIFY2(answered.ok(), qPrintable(answered.errorMessage()));
    QCOMPARE(answered->state, TaskState::Answered);
    QCOMPARE(answered->evidence.size(), 1);
    const Attachment kept = m_service->attachment(answered->evidence.first()).value();
    QCOMPARE(kept.sha256, QStringLiteral("%1").arg(QString::fromLatin1(
                              QCryptographicHash::hash(QByteArray("email;name\nelise.dupre@example.invalid;Dupré\n"),
                                                       QCryptographicHash::Sha256)
                                  .toHex())));
    QCOMPARE(m_service->task(search.id)->evidence, answered->evidence);
    // Once.
    auto twice = m_service->answerTask(search.id, TaskResult::NotFound, QString(), m_clock->today());
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::Conflict);
    QVERIFY(!m_service->markTaskSent(search.id, search.ownerEmail, m_clock->today()));
    // Answered without having been sent through DPO Desk: sent the same day to the owner.
    auto direct = m_service->answerTask(plan->created.at(1).id, TaskResult::NotFound, QString(), m_clock->today());
    QVERIFY(direct.ok());
    QCOMPARE(direct->sentOn, m_clock->today());
    QVERIFY(m_service->verifyAudit()->intact);
}

void TestTasks::removalsRefusedWhileRelied()
{
    importBoth();
    auto listed = m_service->removeSystem(QStringLiteral("Billing"));
    QVERIFY(!listed);
    QVERIFY2(listed.errorMessage().contains(QStringLiteral("Customers")), qPrintable(listed.errorMessage()));
    CaseRecord c = newCase(QDate(2026, 1, 31), {Right::Access});
    QVERIFY(m_service->setCaseActivities(c, {QStringLiteral("Customers")}).ok());
    auto named = m_service->removeActivity(QStringLiteral("Customers"));
    QVERIFY(!named);
    QVERIFY2(named.errorMessage().contains(QStringLiteral("1 case")), qPrintable(named.errorMessage()));
    QVERIFY(m_service->planTasks(fresh(c)).ok());
    // Free the activity: the tasks still name its systems, which stay as the proof.
    QVERIFY(m_service->setCaseActivities(fresh(c), {}).ok());
    QVERIFY(m_service->removeActivity(QStringLiteral("Customers")).ok());
    auto tasked = m_service->removeSystem(QStringLiteral("Billing"));
    QVERIFY(!tasked);
    QVERIFY2(tasked.errorMessage().contains(QStringLiteral("task")), qPrintable(tasked.errorMessage()));
    // An activity that names no case, a system nothing uses: removed.
    QVERIFY(m_service->removeActivity(QStringLiteral("Client campaigns")).ok());
    QVERIFY(m_service->removeActivity(QStringLiteral("Prospects")).ok());
    QVERIFY(m_service->removeSystem(QStringLiteral("Mailer")).ok());
    QVERIFY(!m_service->removeSystem(QStringLiteral("Mailer")));
    // Editing: a rename to an existing name refused; a system not in the catalogue refused.
    ProcessingActivity a;
    a.name = QStringLiteral("New one");
    a.purposes = {QStringLiteral("p")};
    a.legalBasis = {QStringLiteral("6(1)(b)")};
    a.dataSubjects = {QStringLiteral("Customers")};
    a.dataCategories = {QStringLiteral("Identity")};
    a.retention = QStringLiteral("1 year");
    a.systems = {QStringLiteral("Mailer")};
    auto noSystem = m_service->saveActivity(a);
    QVERIFY(!noSystem);
    QVERIFY2(noSystem.errorMessage().contains(QStringLiteral("\"Mailer\" is not in the catalogue")),
             qPrintable(noSystem.errorMessage()));
    a.systems = {QStringLiteral("crm")};
    auto saved = m_service->saveActivity(a);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(saved->systems, QStringList{QStringLiteral("CRM")});
    QVERIFY(m_service->verifyAudit()->intact);
}

void TestTasks::suggestionsFromRelationshipAndFindings()
{
    importBoth();
    CaseRecord prospect = newCase(QDate(2026, 1, 31), {Right::Objection}, Relationship::Prospect);
    auto suggested = m_service->activitySuggestions(prospect);
    QVERIFY(suggested.ok());
    QStringList names;
    for (const ActivitySuggestion &s : *suggested) {
        names << s.activity;
    }
    QCOMPARE(names, QStringList{QStringLiteral("Prospects")});
    // A customer's search found data in Mailer: Prospects (which lists Mailer) is suggested for that reason.
    CaseRecord customer = newCase(QDate(2026, 1, 31), {Right::Access}, Relationship::Customer);
    QVERIFY(
        m_service->setCaseActivities(customer, {QStringLiteral("Client campaigns"), QStringLiteral("Customers")}).ok());
    auto plan = m_service->planTasks(fresh(customer));
    QVERIFY(plan.ok());
    // Customers' systems only; find data in CRM.
    QVERIFY(m_service->answerTask(plan->created.first().id, TaskResult::Found, QString(), m_clock->today()).ok());
    auto after = m_service->activitySuggestions(fresh(customer));
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().activity, QStringLiteral("Prospects"));
    QVERIFY2(after->first().reason.contains(QStringLiteral("CRM")), qPrintable(after->first().reason));
}

void TestTasks::auditTrailCoversTheRecordAndTheTasks()
{
    importBoth();
    CaseRecord c = newCase(QDate(2026, 1, 31), {Right::Erasure});
    QVERIFY(m_service->setCaseActivities(c, {QStringLiteral("Prospects")}).ok());
    QVERIFY(m_service->planTasks(fresh(c)).ok());
    auto verified = m_service->verifyAudit();
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    m_service.reset();

    // A due date pushed back behind DPO Desk's back: the case and its tasks are named.
    QCOMPARE(tamper(m_path, QStringLiteral("UPDATE case_tasks SET due_on = '2026-12-31' WHERE number = 1")), QString());
    auto opened = RegisterService::open(m_path, {}, *m_clock, QStringLiteral("tester"));
    QVERIFY(opened.ok());
    m_service = std::move(opened).value();
    verified = m_service->verifyAudit();
    QVERIFY(!verified->intact);
    QCOMPARE(verified->stateProblems.size(), 1);
    QCOMPARE(verified->stateProblems.first().caseReference, c.reference);
    QCOMPARE(verified->stateProblems.first().parts, QStringList{QStringLiteral("the tasks to system owners")});
    m_service.reset();

    // Put back, then a purpose of the record changed: the settings' record is named.
    QCOMPARE(tamper(m_path, QStringLiteral("UPDATE case_tasks SET due_on = '2026-02-23' WHERE number = 1")), QString());
    QCOMPARE(
        tamper(m_path, QStringLiteral("UPDATE activities SET purposes = '[\"Anything\"]' WHERE name = 'Prospects'")),
        QString());
    opened = RegisterService::open(m_path, {}, *m_clock, QStringLiteral("tester"));
    QVERIFY(opened.ok());
    m_service = std::move(opened).value();
    verified = m_service->verifyAudit();
    QVERIFY(!verified->intact);
    QCOMPARE(verified->stateProblems.size(), 1);
    QCOMPARE(verified->stateProblems.first().kind, StateProblem::Kind::Settings);
    QVERIFY2(verified->stateProblems.first().parts.contains(QStringLiteral("the record of processing activities")),
             qPrintable(verified->stateProblems.first().parts.join(u", ")));
}

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
