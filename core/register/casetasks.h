// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/caserecord.h"
#include "domain/processing.h"
#include "storage/stores.h"

#include <QCoreApplication>
#include <QStringList>

namespace dpodesk {

class CaseBook;
class CaseFiles;

/// What planning a case's tasks did.
struct TaskPlan {
    QList<CaseTask> created;
    QStringList warnings;        ///< in words: a system that cannot do what a right needs, a processor activity...
    QStringList recipientsAdded; ///< recipients of the activities added to the case's art. 19 list
};

/// An activity the DPO may want to add to a case, and why.
struct ActivitySuggestion {
    QString activity;
    QString reason;
};

/// The rules of the work done for a case in the systems where the person's data live
/// (docs/rules.md#tasks-to-system-owners), over the stores of a CaseBook: the activities concerning the person are the
/// DPO's choice (with suggestions); the plan makes one task per system of those activities and per action the rights
/// require, due a margin of working days before the deadline in force (and moving with it, CaseBook::save); a task is
/// sent, then answered with its result and evidence, once. Every change is one audited transaction of the case.
class CaseTasks final {
    Q_DECLARE_TR_FUNCTIONS(CaseTasks)
public:
    CaseTasks(CaseBook &book, CaseFiles &files) : m_book(book), m_files(files) {}

    Result<QList<ProcessingActivity>> activities(qint64 caseId) const;
    /// Activities of the record not chosen yet that likely concern the person: by the data subjects they cover (the
    /// person's relationship), by the rights asked (an objection: processing on legitimate interests or for
    /// marketing), and by the systems where a task of the case found data.
    Result<QList<ActivitySuggestion>> suggestions(const CaseRecord &record) const;
    /// The activities concerning the person, by name (case ignored), replacing the previous choice.
    Result<QList<ProcessingActivity>> setActivities(const CaseRecord &record, const QStringList &names);

    /// Creates the tasks the rights and the activities call for that the case does not have yet; for erasure,
    /// rectification and restriction, adds the activities' recipients to the case's art. 19 list. Refused, with the
    /// reason, while no activity is chosen or when nothing is left to plan.
    Result<TaskPlan> plan(const CaseRecord &record);

    Result<QList<CaseTask>> tasks(const TaskFilter &filter) const;
    Result<CaseTask> task(qint64 id) const;
    /// Records that the task went to its owner (an e-mail address, or "printed") on a day; sending it again records a
    /// reminder (the first date stays). Refused once answered.
    Result<CaseTask> markSent(qint64 id, const QString &to, QDate on);
    /// Records the owner's answer with its evidence files (kept with the case, all or none); once.
    Result<CaseTask> answer(qint64 id, TaskResult result, const QString &note, QDate on,
                            const QStringList &evidencePaths = {});
    /// Open cases with overdue tasks, and the number of such tasks.
    Result<std::pair<int, int>> overdueCounts(QDate today) const;
    Result<QSet<qint64>> casesWithOverdueTasks(const QList<qint64> &caseIds, QDate today) const;

    /// Whether the result fits the action (found / not found for a search or an export; done for what changes data;
    /// cannot always).
    static bool fits(TaskAction action, TaskResult result);

private:
    CaseBook &m_book;
    CaseFiles &m_files;
};

} // namespace dpodesk
