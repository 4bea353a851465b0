// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "register/casetasks.h"

#include "attachments/attachment.h"
#include "common/clock.h"
#include "domain/texthygiene.h"
#include "register/casebook.h"
#include "register/casefiles.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dpodesk {

namespace {

QString folded(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out += c;
        }
    }
    return out;
}

bool mentionsAny(const QStringList &values, const QStringList &words)
{
    for (const QString &value : values) {
        const QString v = folded(value);
        for (const QString &w : words) {
            if (v.contains(w)) {
                return true;
            }
        }
    }
    return false;
}

/// The words a record uses for the people of a relationship (French and English).
QStringList subjectWords(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Customer:
        return {QStringLiteral("client"), QStringLiteral("customer"), QStringLiteral("abonne"),
                QStringLiteral("subscriber")};
    case Relationship::Prospect:
        return {QStringLiteral("prospect")};
    case Relationship::User:
        return {QStringLiteral("utilisateur"), QStringLiteral("user"), QStringLiteral("visiteur"),
                QStringLiteral("visitor")};
    case Relationship::Employee:
        return {QStringLiteral("salarie"), QStringLiteral("employe"),   QStringLiteral("employee"),
                QStringLiteral("staff"),   QStringLiteral("personnel"), QStringLiteral("agent"),
                QStringLiteral("candidat")};
    case Relationship::Other:
        break;
    }
    return {};
}

} // namespace

Result<QList<ProcessingActivity>> CaseTasks::activities(qint64 caseId) const
{
    return m_book.stores().tasks->caseActivities(caseId);
}

Result<QList<ActivitySuggestion>> CaseTasks::suggestions(const CaseRecord &record) const
{
    auto all = m_book.stores().record->activities();
    if (!all) {
        return all.error();
    }
    auto chosen = activities(record.id);
    if (!chosen) {
        return chosen.error();
    }
    TaskFilter filter;
    filter.caseId = record.id;
    auto tasks = m_book.stores().tasks->tasks(filter);
    if (!tasks) {
        return tasks.error();
    }
    QStringList foundIn;
    for (const CaseTask &t : std::as_const(*tasks)) {
        if (t.result == TaskResult::Found) {
            foundIn << t.systemName.toCaseFolded();
        }
    }
    QList<ActivitySuggestion> out;
    for (const ProcessingActivity &a : std::as_const(*all)) {
        const bool already =
            std::any_of(chosen->cbegin(), chosen->cend(), [&](const ProcessingActivity &c) { return c.id == a.id; });
        if (already) {
            continue;
        }
        QString why;
        for (const QString &system : a.systems) {
            if (foundIn.contains(system.toCaseFolded())) {
                why = tr("a task found data in %1, one of its systems").arg(system);
                break;
            }
        }
        if (why.isEmpty() && mentionsAny(a.dataSubjects, subjectWords(record.subject.relationship))) {
            why = tr("it covers %1s").arg(label(record.subject.relationship).toLower());
        }
        if (why.isEmpty() && record.hasRight(Right::Objection) &&
            (mentionsAny(a.legalBasis,
                         {QStringLiteral("6(1)(f)"), QStringLiteral("6.1.f"), QStringLiteral("interet legitime"),
                          QStringLiteral("legitimate interest"), QStringLiteral("6(1)(e)")}) ||
             mentionsAny(a.purposes,
                         {QStringLiteral("prospection"), QStringLiteral("marketing"), QStringLiteral("newsletter")}))) {
            why = tr("the person objects, and it rests on legitimate interests or is marketing");
        }
        if (!why.isEmpty()) {
            out << ActivitySuggestion{a.name, why};
        }
    }
    return out;
}

Result<QList<ProcessingActivity>> CaseTasks::setActivities(const CaseRecord &record, const QStringList &names)
{
    QList<ProcessingActivity> chosen;
    auto written = m_book.database().write([&]() -> Result<void> {
        auto stored = m_book.stores().cases->find(record.id);
        if (!stored) {
            return stored.error();
        }
        QList<qint64> ids;
        for (const QString &n : names) {
            auto found = m_book.stores().record->activity(TextHygiene::clean(n, TextKind::SingleLine));
            if (!found) {
                return found.error();
            }
            if (!*found) {
                return makeError(Error::Code::NotFound,
                                 tr("The record of processing activities has no activity named \"%1\".").arg(n),
                                 QStringLiteral("activities"));
            }
            if (!ids.contains((*found)->id)) {
                ids << (*found)->id;
                chosen << **found;
            }
        }
        auto before = activities(record.id);
        if (!before) {
            return before.error();
        }
        QJsonArray added;
        QJsonArray removed;
        for (const ProcessingActivity &a : std::as_const(chosen)) {
            if (std::none_of(before->cbegin(), before->cend(),
                             [&](const ProcessingActivity &b) { return b.id == a.id; })) {
                added.append(a.name);
            }
        }
        for (const ProcessingActivity &b : std::as_const(*before)) {
            if (!ids.contains(b.id)) {
                removed.append(b.name);
            }
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return {};
        }
        if (auto ok = m_book.stores().tasks->setCaseActivities(record.id, ids, m_book.clock().today()); !ok) {
            return ok;
        }
        auto event =
            m_book.audit().append(QStringLiteral("case.activities"), stored->reference,
                                  QJsonObject{{QStringLiteral("added"), added}, {QStringLiteral("removed"), removed}});
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!written) {
        return written.error();
    }
    std::sort(chosen.begin(), chosen.end(), [](const ProcessingActivity &a, const ProcessingActivity &b) {
        return a.name.toCaseFolded() < b.name.toCaseFolded();
    });
    return chosen;
}

Result<TaskPlan> CaseTasks::plan(const CaseRecord &shown)
{
    TaskPlan plan;
    auto written = m_book.database().write([&]() -> Result<void> {
        auto found = m_book.stores().cases->find(shown.id);
        if (!found) {
            return found.error();
        }
        CaseRecord record = std::move(found).value();
        if (!record.isOpen()) {
            return makeError(Error::Code::Invalid, tr("Case %1 is %2: tasks are planned for open cases only.")
                                                       .arg(record.reference, label(record.status).toLower()));
        }
        auto chosen = activities(record.id);
        if (!chosen) {
            return chosen.error();
        }
        if (chosen->isEmpty()) {
            return makeError(Error::Code::Invalid,
                             tr("Choose the activities of the record that concern the person first: the tasks go to "
                                "the owners of their systems."),
                             QStringLiteral("activities"));
        }
        QList<Right> rights;
        for (const RightRequest &r : record.rights) {
            rights << r.right;
        }
        const QList<TaskAction> actions = actionsFor(rights);
        if (actions.isEmpty()) {
            return makeError(Error::Code::Invalid,
                             tr("The rights of case %1 call for no task in the systems (tasks serve access, "
                                "rectification, erasure, restriction, objection and portability).")
                                 .arg(record.reference));
        }
        auto profile = m_book.stores().organisation->load();
        if (!profile) {
            return profile.error();
        }
        TaskFilter filter;
        filter.caseId = record.id;
        auto existing = m_book.stores().tasks->tasks(filter);
        if (!existing) {
            return existing.error();
        }
        auto next = m_book.stores().tasks->nextNumber(record.id);
        if (!next) {
            return next.error();
        }
        int number = *next;
        const QDate today = m_book.clock().today();
        // One task per (system, action), the activities that call for it named together.
        struct Wanted {
            DataSystem system;
            TaskAction action;
            QStringList activities;
        };
        QList<Wanted> wanted;
        QStringList recipients;
        for (const ProcessingActivity &a : std::as_const(*chosen)) {
            if (a.role == ProcessingRole::Processor) {
                plan.warnings << tr("We are the processor of \"%1\" for %2: the request goes to that controller "
                                    "(art. 28(3)(e)); no task is planned for it.")
                                     .arg(a.name, a.controller);
                continue;
            }
            if (a.systems.isEmpty()) {
                plan.warnings << tr("\"%1\" lists no system: say in the record where its data live.").arg(a.name);
            }
            for (const QString &systemName : a.systems) {
                auto system = m_book.stores().record->system(systemName);
                if (!system) {
                    return system.error();
                }
                if (!*system) {
                    continue;
                }
                for (TaskAction action : actions) {
                    if (!(*system)->supports(action)) {
                        const QString warning =
                            tr("%1 cannot %2 according to the catalogue: see with %3 by hand.")
                                .arg((*system)->name, label(action).toLower(), (*system)->ownerName);
                        if (!plan.warnings.contains(warning)) {
                            plan.warnings << warning;
                        }
                        continue;
                    }
                    auto same = std::find_if(wanted.begin(), wanted.end(), [&](const Wanted &w) {
                        return w.system.id == (*system)->id && w.action == action;
                    });
                    if (same == wanted.end()) {
                        wanted << Wanted{**system, action, {a.name}};
                    } else if (!same->activities.contains(a.name)) {
                        same->activities << a.name;
                    }
                }
            }
            if (record.hasRight(Right::Erasure) || record.hasRight(Right::Rectification) ||
                record.hasRight(Right::Restriction)) {
                for (const QString &r : a.recipients) {
                    if (!recipients.contains(r)) {
                        recipients << r;
                    }
                }
            }
        }
        QJsonArray created;
        for (const Wanted &w : std::as_const(wanted)) {
            const bool exists = std::any_of(existing->cbegin(), existing->cend(), [&](const CaseTask &t) {
                return t.systemId == w.system.id && t.action == w.action;
            });
            if (exists) {
                continue;
            }
            CaseTask t;
            t.caseId = record.id;
            t.caseReference = record.reference;
            t.number = number++;
            t.systemId = w.system.id;
            t.systemName = w.system.name;
            t.action = w.action;
            t.activities = w.activities.join(QStringLiteral("; "));
            t.state = TaskState::ToSend;
            t.plannedOn = today;
            t.dueOn = m_book.calculator().taskDue(record.deadline(), today, profile->taskMarginDays);
            t.ownerName = w.system.ownerName;
            t.ownerEmail = w.system.ownerEmail;
            auto id = m_book.stores().tasks->insertTask(t);
            if (!id) {
                return id.error();
            }
            t.id = *id;
            if (w.system.turnaroundDays > 0 && t.dueOn.isValid() && today.daysTo(t.dueOn) < w.system.turnaroundDays) {
                plan.warnings << tr("T%1: %2 usually answers in %3 days, and the task is due on %4.")
                                     .arg(t.number)
                                     .arg(w.system.name)
                                     .arg(w.system.turnaroundDays)
                                     .arg(QLocale().toString(t.dueOn, QLocale::ShortFormat));
            }
            plan.created << t;
            created.append(QJsonObject{{QStringLiteral("task"), QStringLiteral("T%1").arg(t.number)},
                                       {QStringLiteral("system"), t.systemName},
                                       {QStringLiteral("action"), name(t.action)},
                                       {QStringLiteral("due_on"), t.dueOn.toString(Qt::ISODate)}});
        }
        // Art. 19: the recipients of the activities are told of a rectification, an erasure or a restriction.
        QList<Recipient> list = record.recipients;
        for (const QString &r : std::as_const(recipients)) {
            const bool known = std::any_of(list.cbegin(), list.cend(), [&](const Recipient &x) {
                return x.name.compare(r, Qt::CaseInsensitive) == 0;
            });
            if (!known) {
                list << Recipient{r, {}};
                plan.recipientsAdded << r;
            }
        }
        if (created.isEmpty() && plan.recipientsAdded.isEmpty()) {
            if (existing->isEmpty()) {
                return makeError(Error::Code::Invalid,
                                 tr("No task to plan for case %1: %2").arg(record.reference, plan.warnings.join(u' ')));
            }
            return makeError(
                Error::Code::Invalid,
                QString(tr("Case %1 already has every task its rights and activities call for.").arg(record.reference) +
                        QLatin1Char(' ') + plan.warnings.join(u' '))
                    .trimmed());
        }
        if (!plan.recipientsAdded.isEmpty()) {
            CaseRecord next = record;
            next.recipients = list;
            auto saved = m_book.save(next, QStringLiteral("case.recipients"));
            if (!saved) {
                return saved.error();
            }
        }
        auto event = m_book.audit().append(
            QStringLiteral("task.plan"), record.reference,
            QJsonObject{{QStringLiteral("tasks"), created},
                        {QStringLiteral("recipients_added"), QJsonArray::fromStringList(plan.recipientsAdded)}});
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!written) {
        return written.error();
    }
    return plan;
}

Result<QList<CaseTask>> CaseTasks::tasks(const TaskFilter &filter) const
{
    return m_book.stores().tasks->tasks(filter);
}

Result<CaseTask> CaseTasks::task(qint64 id) const
{
    auto found = m_book.stores().tasks->task(id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(Error::Code::NotFound, tr("There is no task with id %1.").arg(id));
    }
    return **found;
}

Result<CaseTask> CaseTasks::markSent(qint64 id, const QString &to, QDate on)
{
    CaseTask result;
    auto written = m_book.database().write([&]() -> Result<void> {
        auto found = task(id);
        if (!found) {
            return found.error();
        }
        CaseTask t = std::move(found).value();
        if (t.state == TaskState::Answered) {
            return makeError(Error::Code::Invalid,
                             tr("%1 was answered on %2: there is nothing to send.")
                                 .arg(t.token(), QLocale().toString(t.answeredOn, QLocale::ShortFormat)));
        }
        if (!on.isValid() || on > m_book.clock().today() || on < t.plannedOn) {
            return makeError(Error::Code::Invalid, tr("A task is sent between the day it was planned and today."),
                             QStringLiteral("on"));
        }
        const QString recipient = TextHygiene::clean(to, TextKind::SingleLine);
        if (recipient.isEmpty()) {
            return makeError(Error::Code::Invalid, tr("Say where the task went (an e-mail address, or printed)."),
                             QStringLiteral("to"));
        }
        const bool reminder = t.state == TaskState::Sent;
        if (!reminder) {
            t.state = TaskState::Sent;
            t.sentOn = on;
            t.sentTo = recipient;
            if (auto ok = m_book.stores().tasks->updateTask(t); !ok) {
                return ok;
            }
        }
        auto event = m_book.audit().append(reminder ? QStringLiteral("task.remind") : QStringLiteral("task.send"),
                                           t.caseReference,
                                           QJsonObject{{QStringLiteral("task"), QStringLiteral("T%1").arg(t.number)},
                                                       {QStringLiteral("to"), recipient},
                                                       {QStringLiteral("on"), on.toString(Qt::ISODate)}});
        if (!event) {
            return event.error();
        }
        result = t;
        return {};
    });
    if (!written) {
        return written.error();
    }
    return result;
}

bool CaseTasks::fits(TaskAction action, TaskResult result)
{
    switch (result) {
    case TaskResult::Cannot:
    case TaskResult::NotFound:
        return true;
    case TaskResult::Found:
        return action == TaskAction::Search || action == TaskAction::Export;
    case TaskResult::Done:
        return action != TaskAction::Search;
    }
    return false;
}

Result<CaseTask> CaseTasks::answer(qint64 id, TaskResult taskResult, const QString &note, QDate on,
                                   const QStringList &evidencePaths)
{
    CaseTask result;
    auto written = m_book.database().write([&]() -> Result<void> {
        auto found = task(id);
        if (!found) {
            return found.error();
        }
        CaseTask t = std::move(found).value();
        if (t.state == TaskState::Answered) {
            return makeError(Error::Code::Conflict,
                             tr("%1 was already answered on %2 (%3).")
                                 .arg(t.token(), QLocale().toString(t.answeredOn, QLocale::ShortFormat),
                                      label(*t.result).toLower()));
        }
        if (!fits(t.action, taskResult)) {
            return makeError(Error::Code::Invalid,
                             tr("\"%1\" is not an answer to \"%2\".").arg(label(taskResult), label(t.action)),
                             QStringLiteral("result"));
        }
        const QString text = TextHygiene::clean(note, TextKind::MultiLine);
        if (taskResult == TaskResult::Cannot && text.isEmpty()) {
            return makeError(Error::Code::Invalid, tr("Say why it cannot be done: the reason is part of the proof."),
                             QStringLiteral("note"));
        }
        if (TextHygiene::length(text) > 4000) {
            return makeError(Error::Code::Invalid, tr("The note is longer than 4000 characters."),
                             QStringLiteral("note"));
        }
        if (!on.isValid() || on > m_book.clock().today() || on < t.plannedOn) {
            return makeError(Error::Code::Invalid, tr("A task is answered between the day it was planned and today."),
                             QStringLiteral("on"));
        }
        QJsonArray evidence;
        if (!evidencePaths.isEmpty()) {
            auto files = m_files.addFiles(t.caseId, AttachmentKind::OtherEvidence, evidencePaths);
            if (!files) {
                return files.error();
            }
            for (const Attachment &a : std::as_const(*files)) {
                if (auto ok = m_book.stores().tasks->addEvidence(t.caseId, t.id, a.id); !ok) {
                    return ok;
                }
                t.evidence << a.id;
                evidence.append(
                    QJsonObject{{QStringLiteral("file"), a.displayName}, {QStringLiteral("sha256"), a.sha256}});
            }
        }
        if (t.state == TaskState::ToSend) {
            // Answered without going through DPO Desk (asked in a meeting, on the phone): sent the same day.
            t.sentOn = on;
            t.sentTo = t.sentTo.isEmpty() ? t.ownerEmail : t.sentTo;
        }
        t.state = TaskState::Answered;
        t.answeredOn = on;
        t.result = taskResult;
        t.note = text;
        if (auto ok = m_book.stores().tasks->updateTask(t); !ok) {
            return ok;
        }
        auto event = m_book.audit().append(QStringLiteral("task.answer"), t.caseReference,
                                           QJsonObject{{QStringLiteral("task"), QStringLiteral("T%1").arg(t.number)},
                                                       {QStringLiteral("result"), name(taskResult)},
                                                       {QStringLiteral("on"), on.toString(Qt::ISODate)},
                                                       {QStringLiteral("note"), text},
                                                       {QStringLiteral("evidence"), evidence}});
        if (!event) {
            return event.error();
        }
        result = t;
        return {};
    });
    if (!written) {
        return written.error();
    }
    return result;
}

Result<std::pair<int, int>> CaseTasks::overdueCounts(QDate today) const
{
    return m_book.stores().tasks->overdueCounts(today);
}

Result<QSet<qint64>> CaseTasks::casesWithOverdueTasks(const QList<qint64> &caseIds, QDate today) const
{
    return m_book.stores().tasks->casesWithOverdueTasks(caseIds, today);
}

} // namespace dpodesk
