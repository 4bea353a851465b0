// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "register/casebook.h"

#include "common/clock.h"
#include "domain/casejson.h"
#include "domain/casetext.h"
#include "domain/casevalidator.h"
#include "domain/texthygiene.h"
#include "storage/database.h"
#include "storage/sqlstores.h"

#include <QJsonArray>
#include <QStringList>

#include <limits>

namespace dpodesk {

namespace {

QJsonArray sequences(const QList<qint64> &list)
{
    QJsonArray array;
    for (const qint64 seq : list) {
        array.append(seq);
    }
    return array;
}

} // namespace

CaseBook::CaseBook(Database &database, const Clock &clock, QString actor)
    : CaseBook(database, makeSqlStores(database, clock), clock, std::move(actor))
{
}

CaseBook::CaseBook(Database &database, RegisterStores stores, const Clock &clock, QString actor)
    : m_database(database), m_stores(std::move(stores)), m_clock(clock), m_audit(database, clock, std::move(actor))
{
}

CaseBook::~CaseBook() = default;

Result<void> CaseBook::loadCalendar()
{
    auto profile = m_stores.organisation->load();
    if (!profile) {
        return profile.error();
    }
    auto calendar = HolidayCalendar::fromName(profile->calendar, profile->closureDays);
    if (!calendar) {
        return calendar.error();
    }
    m_calculator = DeadlineCalculator(*calendar);
    return {};
}

Result<void> CaseBook::setCalendar(const HolidayCalendar &calendar)
{
    const DeadlineCalculator previous = m_calculator;
    m_calculator = DeadlineCalculator(calendar);
    auto result = m_database.write([&]() -> Result<void> {
        if (auto ok = m_stores.organisation->saveCalendar(calendar.name(), calendar.closureDays()); !ok) {
            return ok;
        }
        QJsonArray days;
        for (const QDate &day : calendar.closureDays()) {
            days.append(day.toString(Qt::ISODate));
        }
        // Every stored deadline depends on the calendar.
        auto all = m_stores.cases->ids();
        if (!all) {
            return all.error();
        }
        QJsonArray changed;
        for (qint64 id : std::as_const(*all)) {
            auto found = m_stores.cases->find(id);
            if (!found) {
                return found.error();
            }
            CaseRecord record = std::move(found).value();
            const Deadlines before = record.deadlines;
            record.recomputeDeadlines(m_calculator);
            if (record.deadlines.initial == before.initial && record.deadlines.extended == before.extended) {
                continue; // untouched cases keep their version: a copy open elsewhere can still be saved
            }
            record.version += 1;
            if (auto ok = m_stores.cases->update(record, record.notes.size()); !ok) {
                return ok;
            }
            const QJsonObject moved{
                {QStringLiteral("case"), record.reference},
                {QStringLiteral("old"), before.effective(record.isExtended()).toString(Qt::ISODate)},
                {QStringLiteral("new"), record.deadline().toString(Qt::ISODate)}};
            changed.append(moved);
            QJsonObject caseDetails{{QStringLiteral("old"), moved.value(QStringLiteral("old"))},
                                    {QStringLiteral("new"), moved.value(QStringLiteral("new"))},
                                    {QStringLiteral("calendar"), calendar.name()}};
            auto tasksMoved = moveTaskDueDates(record);
            if (!tasksMoved) {
                return tasksMoved.error();
            }
            if (!tasksMoved->isEmpty()) {
                caseDetails.insert(QStringLiteral("tasks_moved"), *tasksMoved);
            }
            // The case's own history says its deadline moved, and its event records its new state.
            auto caseEvent = m_audit.append(QStringLiteral("case.deadline-recomputed"), record.reference, caseDetails);
            if (!caseEvent) {
                return caseEvent.error();
            }
        }
        // One event for the setting, listing every deadline it moved.
        auto event = m_audit.append(QStringLiteral("settings.calendar"), QString(),
                                    QJsonObject{{QStringLiteral("old"), previous.calendar().name()},
                                                {QStringLiteral("new"), calendar.name()},
                                                {QStringLiteral("closure_days"), days},
                                                {QStringLiteral("deadlines_moved"), changed}});
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!result) {
        m_calculator = previous;
    }
    return result;
}

Result<QJsonArray> CaseBook::moveTaskDueDates(const CaseRecord &record, int margin)
{
    QJsonArray moved;
    TaskFilter filter;
    filter.caseId = record.id;
    filter.openOnly = true;
    auto tasks = m_stores.tasks->tasks(filter);
    if (!tasks) {
        return tasks.error();
    }
    if (tasks->isEmpty()) {
        return moved;
    }
    if (margin < 0) {
        auto profile = m_stores.organisation->load();
        if (!profile) {
            return profile.error();
        }
        margin = profile->taskMarginDays;
    }
    for (CaseTask task : std::as_const(*tasks)) {
        const QDate due = m_calculator.taskDue(record.deadline(), task.plannedOn, margin);
        if (due == task.dueOn) {
            continue;
        }
        moved.append(QJsonObject{{QStringLiteral("task"), QStringLiteral("T%1").arg(task.number)},
                                 {QStringLiteral("old"), task.dueOn.toString(Qt::ISODate)},
                                 {QStringLiteral("new"), due.toString(Qt::ISODate)}});
        task.dueOn = due;
        if (auto ok = m_stores.tasks->updateTask(task); !ok) {
            return ok.error();
        }
    }
    return moved;
}

Result<void> CaseBook::rescheduleTasks(qint64 caseId, int margin)
{
    return m_database.write([&]() -> Result<void> {
        TaskFilter filter;
        filter.caseId = caseId;
        filter.openOnly = true;
        filter.limit = std::numeric_limits<int>::max();
        auto tasks = m_stores.tasks->tasks(filter);
        if (!tasks) {
            return tasks.error();
        }
        QList<qint64> cases;
        for (const CaseTask &t : std::as_const(*tasks)) {
            if (!cases.contains(t.caseId)) {
                cases << t.caseId;
            }
        }
        for (qint64 id : std::as_const(cases)) {
            auto record = m_stores.cases->find(id);
            if (!record) {
                return record.error();
            }
            auto moved = moveTaskDueDates(*record, margin);
            if (!moved) {
                return moved.error();
            }
            if (moved->isEmpty()) {
                continue;
            }
            auto event = m_audit.append(
                QStringLiteral("case.tasks-rescheduled"), record->reference,
                QJsonObject{{QStringLiteral("margin_days"), margin}, {QStringLiteral("tasks_moved"), *moved}});
            if (!event) {
                return event.error();
            }
        }
        return {};
    });
}

Result<void> CaseBook::checkLinkedCase(const CaseRecord &c) const
{
    if (c.linkedCaseReference.isEmpty()) {
        return {};
    }
    const QString field = QStringLiteral("linkedCaseReference");
    if (c.linkedCaseReference == c.reference) {
        return makeError(Error::Code::Invalid, tr("Case %1 cannot be linked to itself.").arg(c.reference), field);
    }
    auto found = m_stores.cases->exists(c.linkedCaseReference);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(
            Error::Code::Invalid,
            tr("There is no case %1: a linked case must be a case of this register.").arg(c.linkedCaseReference),
            field);
    }
    return {};
}

Result<CaseRecord> CaseBook::insertInTransaction(CaseRecord c)
{
    if (!c.loggedAt.isValid()) {
        c.loggedAt = m_clock.nowUtc();
    }
    // Numbered in the year the case was logged, in the organisation's time zone.
    auto reference = m_stores.cases->nextReference(m_clock.localDate(c.loggedAt).year());
    if (!reference) {
        return reference.error();
    }
    c.reference = *reference;
    c.version = 1;
    CaseText::clean(c); // imports bring text from outside too (create() cleaned it already: cleaning is idempotent)
    if (auto linked = checkLinkedCase(c); !linked) {
        return linked.error();
    }
    for (Note &n : c.notes) {
        if (!n.createdAt.isValid()) {
            n.createdAt = c.loggedAt;
        }
        if (n.author.isEmpty()) {
            n.author = m_audit.actor();
        }
    }
    c.recomputeDeadlines(m_calculator);
    auto id = m_stores.cases->insert(c);
    if (!id) {
        return id.error();
    }
    c.id = *id;
    auto event = m_audit.appendJson(QStringLiteral("case.create"), c.reference, caseDetailsJson(c));
    if (!event) {
        return event.error();
    }
    return c;
}

Result<CaseRecord> CaseBook::create(CaseRecord draft)
{
    draft.loggedAt = m_clock.nowUtc();
    CaseText::clean(draft);
    draft.recomputeDeadlines(m_calculator);
    if (auto valid = CaseValidator::validate(draft, m_clock.today()); !valid) {
        return valid.error();
    }
    CaseRecord stored;
    auto written = m_database.write([&]() -> Result<void> {
        auto inserted = insertInTransaction(draft);
        if (!inserted) {
            return inserted.error();
        }
        stored = std::move(inserted).value();
        return {};
    });
    if (!written) {
        return written.error();
    }
    return stored;
}

Result<CaseRecord> CaseBook::save(const CaseRecord &changed, const QString &action)
{
    auto before = m_stores.cases->find(changed.id);
    if (!before) {
        return before.error();
    }
    if (before->version != changed.version) {
        return makeError(Error::Code::Conflict,
                         tr("Case %1 was changed elsewhere since you opened it; reopen it and make your change again.")
                             .arg(changed.reference));
    }
    // Notes are append-only.
    if (changed.notes.size() < before->notes.size() ||
        !std::equal(before->notes.cbegin(), before->notes.cend(), changed.notes.cbegin())) {
        return makeError(Error::Code::Invalid, tr("Notes can be added but not changed or removed."),
                         QStringLiteral("notes"));
    }
    CaseRecord next = changed;
    next.reference = before->reference; // the reference and the logging time never change
    next.loggedAt = before->loggedAt;
    next.version = before->version + 1;
    CaseText::clean(next, before->notes.size()); // the stored notes stay as they are
    for (Note &n : next.notes) {
        if (!n.createdAt.isValid()) {
            n.createdAt = m_clock.nowUtc();
        }
        if (n.author.isEmpty()) {
            n.author = m_audit.actor();
        }
    }
    next.recomputeDeadlines(m_calculator);
    if (auto valid = CaseValidator::validate(next, m_clock.today(), &*before); !valid) {
        return valid.error();
    }
    const QJsonObject changes = diffCases(*before, next);
    if (changes.isEmpty()) {
        return *before; // nothing to store, nothing to audit
    }
    auto written = m_database.write([&]() -> Result<void> {
        // A link already stored stays valid when the case it names is deleted later: only a new link is checked.
        if (next.linkedCaseReference != before->linkedCaseReference) {
            if (auto linked = checkLinkedCase(next); !linked) {
                return linked;
            }
        }
        if (auto ok = m_stores.cases->update(next, before->notes.size()); !ok) {
            return ok;
        }
        QJsonObject details{{QStringLiteral("changes"), changes}};
        // Tasks to system owners keep their margin before the deadline in force: they move with it.
        if (before->deadline() != next.deadline()) {
            auto moved = moveTaskDueDates(next);
            if (!moved) {
                return moved.error();
            }
            if (!moved->isEmpty()) {
                details.insert(QStringLiteral("tasks_moved"), *moved);
            }
        }
        if (before->status != next.status) {
            details.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("old"), name(before->status)},
                                                                 {QStringLiteral("new"), name(next.status)}});
        }
        auto event = m_audit.append(action, next.reference, details);
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!written) {
        return written.error();
    }
    return next;
}

Result<void> CaseBook::remove(const QString &reference, const QString &reason)
{
    auto before = m_stores.cases->findByReference(reference);
    if (!before) {
        return before.error();
    }
    const QString why = TextHygiene::clean(reason, TextKind::SingleLine);
    if (why.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("Say why the case is deleted: the reason is kept in the audit trail."),
                         QStringLiteral("reason"));
    }
    const QString canonical = before->reference;
    return m_database.write([&]() -> Result<void> {
        if (auto ok = m_stores.cases->remove(before->id); !ok) {
            return ok;
        }
        // The case's earlier events keep their links but lose their details: no personal data outlives the case.
        auto redacted = m_audit.redactCase(canonical);
        if (!redacted) {
            return redacted.error();
        }
        // The delete event itself holds no personal data: the reference, the reason, the rights and dates.
        auto event =
            m_audit.append(QStringLiteral("case.delete"), canonical,
                           QJsonObject{{QStringLiteral("reason"), why},
                                       {QStringLiteral("events_redacted"), redacted->size()},
                                       {QStringLiteral("redacted_events"), sequences(*redacted)},
                                       {QStringLiteral("rights"), before->rightNames()},
                                       {QStringLiteral("received_on"), before->receivedOn.toString(Qt::ISODate)},
                                       {QStringLiteral("status"), name(before->status)}});
        return event ? Result<void>() : Result<void>(event.error());
    });
}

} // namespace dpodesk
