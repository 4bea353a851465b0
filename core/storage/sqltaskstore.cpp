// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Per case, the activities concerning the person and the tasks to system owners, in SQL; the rules (which tasks a
// request calls for, due dates, states, audit events) are CaseTasks' (core/register).
#include "storage/database.h"
#include "storage/sqlstores.h"

#include <QSqlQuery>

namespace dpodesk {

namespace {

/// Text for a NOT NULL column: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

constexpr auto kTaskColumns =
    "t.id, t.case_id, c.reference, t.number, t.system_id, t.system_name, t.action, t.activities, t.state, "
    "t.planned_on, t.due_on, t.sent_on, t.sent_to, t.answered_on, t.result, t.note, s.owner_name, s.owner_email";

CaseTask taskFrom(const QSqlQuery &q)
{
    CaseTask t;
    t.id = q.value(0).toLongLong();
    t.caseId = q.value(1).toLongLong();
    t.caseReference = q.value(2).toString();
    t.number = q.value(3).toInt();
    t.systemId = q.value(4).toLongLong();
    t.systemName = q.value(5).toString();
    t.action = parseTaskAction(q.value(6).toString()).value_or(TaskAction::Search);
    t.activities = q.value(7).toString();
    t.state = parseTaskState(q.value(8).toString()).value_or(TaskState::ToSend);
    t.plannedOn = dateFrom(q.value(9));
    t.dueOn = dateFrom(q.value(10));
    t.sentOn = dateFrom(q.value(11));
    t.sentTo = q.value(12).toString();
    t.answeredOn = dateFrom(q.value(13));
    if (!q.value(14).isNull()) {
        t.result = parseTaskResult(q.value(14).toString());
    }
    t.note = q.value(15).toString();
    t.ownerName = q.value(16).toString();
    t.ownerEmail = q.value(17).toString();
    return t;
}

} // namespace

Result<QList<ProcessingActivity>> SqlTaskStore::caseActivities(qint64 caseId) const
{
    return m_record.activitiesWhere(
        QStringLiteral("WHERE id IN (SELECT activity_id FROM case_activities WHERE case_id = ?)"), {caseId});
}

Result<void> SqlTaskStore::setCaseActivities(qint64 caseId, const QList<qint64> &activityIds, QDate on)
{
    QSqlQuery current(m_database.connection());
    current.prepare(QStringLiteral("SELECT activity_id FROM case_activities WHERE case_id = ?"));
    current.addBindValue(caseId);
    if (auto ok = m_database.exec(current, tr("reading the activities of the case")); !ok) {
        return ok;
    }
    QList<qint64> stored;
    while (current.next()) {
        stored << current.value(0).toLongLong();
    }
    for (qint64 id : stored) {
        if (!activityIds.contains(id)) {
            QSqlQuery q(m_database.connection());
            q.prepare(QStringLiteral("DELETE FROM case_activities WHERE case_id = ? AND activity_id = ?"));
            q.addBindValue(caseId);
            q.addBindValue(id);
            if (auto ok = m_database.exec(q, tr("saving the activities of the case")); !ok) {
                return ok;
            }
        }
    }
    for (qint64 id : activityIds) {
        if (!stored.contains(id)) {
            QSqlQuery q(m_database.connection());
            q.prepare(QStringLiteral("INSERT INTO case_activities (case_id, activity_id, added_on) VALUES (?, ?, ?)"));
            q.addBindValue(caseId);
            q.addBindValue(id);
            q.addBindValue(dateValue(on));
            if (auto ok = m_database.exec(q, tr("saving the activities of the case")); !ok) {
                return ok;
            }
        }
    }
    return {};
}

Result<QList<CaseTask>> SqlTaskStore::tasks(const TaskFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.caseId != 0) {
        where << QStringLiteral("t.case_id = ?");
        values << filter.caseId;
    }
    if (!filter.ownerEmail.isEmpty()) {
        where << QStringLiteral("(lower(s.owner_email) = lower(?) OR lower(s.deputy_email) = lower(?))");
        values << filter.ownerEmail << filter.ownerEmail;
    }
    if (filter.openOnly || filter.overdueOn.isValid()) {
        where << QStringLiteral("t.state <> 'answered'");
    }
    if (filter.overdueOn.isValid()) {
        where << QStringLiteral("t.due_on < ?");
        values << filter.overdueOn.toString(Qt::ISODate);
    }
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM case_tasks t JOIN cases c ON c.id = t.case_id "
                       "LEFT JOIN systems s ON s.id = t.system_id %2 ORDER BY %3 LIMIT %4")
            .arg(QLatin1String(kTaskColumns),
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 filter.caseId != 0 ? QStringLiteral("t.number") : QStringLiteral("t.due_on, c.reference, t.number"))
            .arg(filter.limit));
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    if (auto ok = m_database.exec(q, tr("reading the tasks")); !ok) {
        return ok.error();
    }
    QList<CaseTask> list;
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        at.insert(q.value(0).toLongLong(), list.size());
        list << taskFrom(q);
    }
    if (list.isEmpty()) {
        return list;
    }
    // The evidence of these tasks only: the same filter, on the same tables.
    QSqlQuery e(m_database.connection());
    e.prepare(QStringLiteral("SELECT task_id, attachment_id FROM task_evidence WHERE task_id IN (SELECT t.id FROM "
                             "case_tasks t JOIN cases c ON c.id = t.case_id LEFT JOIN systems s ON s.id = t.system_id "
                             "%1) ORDER BY task_id, attachment_id")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values) {
        e.addBindValue(v);
    }
    if (auto ok = m_database.exec(e, tr("reading the evidence of the tasks")); !ok) {
        return ok.error();
    }
    while (e.next()) {
        const auto it = at.constFind(e.value(0).toLongLong());
        if (it != at.cend()) {
            list[*it].evidence << e.value(1).toLongLong();
        }
    }
    return list;
}

Result<std::optional<CaseTask>> SqlTaskStore::task(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM case_tasks t JOIN cases c ON c.id = t.case_id "
                             "LEFT JOIN systems s ON s.id = t.system_id WHERE t.id = ?")
                  .arg(QLatin1String(kTaskColumns)));
    q.addBindValue(id);
    if (auto ok = m_database.exec(q, tr("reading the task")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return std::optional<CaseTask>();
    }
    CaseTask t = taskFrom(q);
    QSqlQuery e(m_database.connection());
    e.prepare(QStringLiteral("SELECT attachment_id FROM task_evidence WHERE task_id = ? ORDER BY attachment_id"));
    e.addBindValue(id);
    if (auto ok = m_database.exec(e, tr("reading the evidence of the task")); !ok) {
        return ok.error();
    }
    while (e.next()) {
        t.evidence << e.value(0).toLongLong();
    }
    return std::optional(t);
}

Result<int> SqlTaskStore::nextNumber(qint64 caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM case_tasks WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (auto ok = m_database.exec(q, tr("numbering the task")); !ok) {
        return ok.error();
    }
    return q.next() ? q.value(0).toInt() : 1;
}

Result<qint64> SqlTaskStore::insertTask(const CaseTask &t)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO case_tasks (case_id, number, system_id, system_name, action, activities, "
                             "state, planned_on, due_on, sent_on, sent_to, answered_on, result, note) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(t.caseId);
    q.addBindValue(t.number);
    q.addBindValue(t.systemId);
    q.addBindValue(text(t.systemName));
    q.addBindValue(name(t.action));
    q.addBindValue(text(t.activities));
    q.addBindValue(name(t.state));
    q.addBindValue(dateValue(t.plannedOn));
    q.addBindValue(dateValue(t.dueOn));
    q.addBindValue(dateValue(t.sentOn));
    q.addBindValue(text(t.sentTo));
    q.addBindValue(dateValue(t.answeredOn));
    q.addBindValue(t.result ? QVariant(name(*t.result)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(text(t.note));
    if (auto ok = m_database.exec(q, tr("saving the task")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::Internal, tr("The new task got no id."));
    }
    return q.value(0).toLongLong();
}

Result<void> SqlTaskStore::updateTask(const CaseTask &t)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE case_tasks SET state = ?, due_on = ?, sent_on = ?, sent_to = ?, answered_on = ?, "
                             "result = ?, note = ? WHERE id = ?"));
    q.addBindValue(name(t.state));
    q.addBindValue(dateValue(t.dueOn));
    q.addBindValue(dateValue(t.sentOn));
    q.addBindValue(text(t.sentTo));
    q.addBindValue(dateValue(t.answeredOn));
    q.addBindValue(t.result ? QVariant(name(*t.result)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(text(t.note));
    q.addBindValue(t.id);
    return m_database.exec(q, tr("saving the task"));
}

Result<void> SqlTaskStore::addEvidence(qint64 caseId, qint64 taskId, qint64 attachmentId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO task_evidence (case_id, task_id, attachment_id) VALUES (?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(taskId);
    q.addBindValue(attachmentId);
    return m_database.exec(q, tr("keeping the task's evidence"));
}

Result<std::pair<int, int>> SqlTaskStore::overdueCounts(QDate today) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(DISTINCT t.case_id), count(*) FROM case_tasks t JOIN cases c ON c.id = "
                             "t.case_id WHERE t.state <> 'answered' AND t.due_on < ? AND c.is_open = 1"));
    q.addBindValue(today.toString(Qt::ISODate));
    if (auto ok = m_database.exec(q, tr("counting the overdue tasks")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return std::pair(0, 0);
    }
    return std::pair(q.value(0).toInt(), q.value(1).toInt());
}

Result<QSet<qint64>> SqlTaskStore::casesWithOverdueTasks(const QList<qint64> &caseIds, QDate today) const
{
    QSet<qint64> found;
    if (caseIds.isEmpty()) {
        return found;
    }
    QStringList marks;
    for (qsizetype i = 0; i < caseIds.size(); ++i) {
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT case_id FROM case_tasks WHERE state <> 'answered' AND due_on < ? "
                             "AND case_id IN (%1)")
                  .arg(marks.join(u',')));
    q.addBindValue(today.toString(Qt::ISODate));
    for (qint64 id : caseIds) {
        q.addBindValue(id);
    }
    if (auto ok = m_database.exec(q, tr("finding the overdue tasks")); !ok) {
        return ok.error();
    }
    while (q.next()) {
        found.insert(q.value(0).toLongLong());
    }
    return found;
}

} // namespace dpodesk
