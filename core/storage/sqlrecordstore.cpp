// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The record of processing activities and the systems catalogue in SQL; the rules (what an activity needs, imports
// all or nothing, audit events) are ProcessingRecord's (core/register). Lists are stored as JSON arrays of strings.
#include "storage/database.h"
#include "storage/sqlstores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace dpodesk {

namespace {

/// Text for a NOT NULL column: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant &value)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(value.toString().toUtf8()).array()) {
        out << v.toString();
    }
    return out;
}

QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

constexpr auto kActivityColumns = "id, name, role, controller, purposes, legal_basis, data_subjects, data_categories, "
                                  "recipients, transfers, retention, source, automated_decision, entity, updated_at";
constexpr auto kSystemColumns = "id, name, owner_name, owner_email, deputy_name, deputy_email, identifiers, actions, "
                                "turnaround_days, instructions_fr, instructions_en, updated_at";

ProcessingActivity activityFrom(const QSqlQuery &q)
{
    ProcessingActivity a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.role = parseProcessingRole(q.value(2).toString()).value_or(ProcessingRole::Controller);
    a.controller = q.value(3).toString();
    a.purposes = listFrom(q.value(4));
    a.legalBasis = listFrom(q.value(5));
    a.dataSubjects = listFrom(q.value(6));
    a.dataCategories = listFrom(q.value(7));
    a.recipients = listFrom(q.value(8));
    a.transfers = listFrom(q.value(9));
    a.retention = q.value(10).toString();
    a.source = q.value(11).toString();
    a.automatedDecision = q.value(12).toString();
    a.entity = q.value(13).toString();
    a.updatedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs).toUTC();
    return a;
}

DataSystem systemFrom(const QSqlQuery &q)
{
    DataSystem s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.ownerName = q.value(2).toString();
    s.ownerEmail = q.value(3).toString();
    s.deputyName = q.value(4).toString();
    s.deputyEmail = q.value(5).toString();
    for (const QString &n : listFrom(q.value(6))) {
        if (auto i = parseSubjectIdentifier(n)) {
            s.identifiers << *i;
        }
    }
    for (const QString &n : listFrom(q.value(7))) {
        if (auto a = parseTaskAction(n)) {
            s.actions << *a;
        }
    }
    s.turnaroundDays = q.value(8).toInt();
    s.instructionsFr = q.value(9).toString();
    s.instructionsEn = q.value(10).toString();
    s.updatedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs).toUTC();
    return s;
}

} // namespace

Result<QList<ProcessingActivity>> SqlRecordStore::activitiesWhere(const QString &where,
                                                                  const QVariantList &values) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM activities %2 ORDER BY lower(name), id")
                  .arg(QLatin1String(kActivityColumns), where));
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    if (auto ok = m_database.exec(q, tr("reading the record of processing activities")); !ok) {
        return ok.error();
    }
    QList<ProcessingActivity> list;
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        at.insert(q.value(0).toLongLong(), list.size());
        list << activityFrom(q);
    }
    if (list.isEmpty()) {
        return list;
    }
    // The links of these activities only (one activity: its own few rows, on the primary key).
    QSqlQuery links(m_database.connection());
    links.prepare(QStringLiteral("SELECT l.activity_id, s.name FROM activity_systems l JOIN systems s ON s.id = "
                                 "l.system_id %1 ORDER BY l.activity_id, l.position")
                      .arg(where.isEmpty()
                               ? QString()
                               : QStringLiteral("WHERE l.activity_id IN (SELECT id FROM activities %1)").arg(where)));
    for (const QVariant &v : values) {
        links.addBindValue(v);
    }
    if (auto ok = m_database.exec(links, tr("reading the systems of the activities")); !ok) {
        return ok.error();
    }
    while (links.next()) {
        const auto it = at.constFind(links.value(0).toLongLong());
        if (it != at.cend()) {
            list[*it].systems << links.value(1).toString();
        }
    }
    return list;
}

Result<QList<ProcessingActivity>> SqlRecordStore::activities() const
{
    return activitiesWhere({}, {});
}

Result<std::optional<ProcessingActivity>> SqlRecordStore::activity(const QString &name) const
{
    auto found = activitiesWhere(QStringLiteral("WHERE lower(name) = lower(?)"), {name});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<ProcessingActivity>> SqlRecordStore::activity(qint64 id) const
{
    auto found = activitiesWhere(QStringLiteral("WHERE id = ?"), {id});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<qint64> SqlRecordStore::saveActivity(const ProcessingActivity &a)
{
    // The systems first: each must be in the catalogue.
    QList<qint64> systemIds;
    for (const QString &name : a.systems) {
        auto s = system(name);
        if (!s) {
            return s.error();
        }
        if (!*s) {
            return makeError(Error::Code::NotFound,
                             tr("The system \"%1\" is not in the catalogue: import or add it first.").arg(name),
                             QStringLiteral("systems"));
        }
        if (!systemIds.contains((*s)->id)) {
            systemIds << (*s)->id;
        }
    }
    QSqlQuery q(m_database.connection());
    if (a.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO activities (name, role, controller, purposes, legal_basis, data_subjects, data_categories, "
            "recipients, transfers, retention, source, automated_decision, entity, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE activities SET name = ?, role = ?, controller = ?, purposes = ?, legal_basis = ?, "
            "data_subjects = ?, data_categories = ?, recipients = ?, transfers = ?, retention = ?, source = ?, "
            "automated_decision = ?, entity = ?, updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(text(a.name));
    q.addBindValue(name(a.role));
    q.addBindValue(text(a.controller));
    q.addBindValue(jsonList(a.purposes));
    q.addBindValue(jsonList(a.legalBasis));
    q.addBindValue(jsonList(a.dataSubjects));
    q.addBindValue(jsonList(a.dataCategories));
    q.addBindValue(jsonList(a.recipients));
    q.addBindValue(jsonList(a.transfers));
    q.addBindValue(text(a.retention));
    q.addBindValue(text(a.source));
    q.addBindValue(text(a.automatedDecision));
    q.addBindValue(text(a.entity));
    q.addBindValue(utcText(a.updatedAt));
    if (a.id != 0) {
        q.addBindValue(a.id);
    }
    if (auto ok = m_database.exec(q, tr("saving the activity")); !ok) {
        return ok.error();
    }
    qint64 id = a.id;
    if (id == 0) {
        if (!q.next()) {
            return makeError(Error::Code::Internal, tr("The new activity got no id."));
        }
        id = q.value(0).toLongLong();
    }
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM activity_systems WHERE activity_id = ?"));
    clear.addBindValue(id);
    if (auto ok = m_database.exec(clear, tr("saving the activity's systems")); !ok) {
        return ok.error();
    }
    for (qsizetype i = 0; i < systemIds.size(); ++i) {
        QSqlQuery link(m_database.connection());
        link.prepare(
            QStringLiteral("INSERT INTO activity_systems (activity_id, position, system_id) VALUES (?, ?, ?)"));
        link.addBindValue(id);
        link.addBindValue(qint64(i));
        link.addBindValue(systemIds.at(i));
        if (auto ok = m_database.exec(link, tr("saving the activity's systems")); !ok) {
            return ok.error();
        }
    }
    return id;
}

Result<void> SqlRecordStore::removeActivity(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM activities WHERE id = ?"));
    q.addBindValue(id);
    return m_database.exec(q, tr("removing the activity"));
}

Result<int> SqlRecordStore::casesNaming(qint64 activityId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_activities WHERE activity_id = ?"));
    q.addBindValue(activityId);
    if (auto ok = m_database.exec(q, tr("counting the cases of the activity")); !ok) {
        return ok.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<DataSystem>> SqlRecordStore::systemsWhere(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM systems %2 ORDER BY lower(name), id").arg(QLatin1String(kSystemColumns), where));
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    if (auto ok = m_database.exec(q, tr("reading the systems catalogue")); !ok) {
        return ok.error();
    }
    QList<DataSystem> list;
    while (q.next()) {
        list << systemFrom(q);
    }
    return list;
}

Result<QList<DataSystem>> SqlRecordStore::systems() const
{
    return systemsWhere({}, {});
}

Result<std::optional<DataSystem>> SqlRecordStore::system(const QString &name) const
{
    auto found = systemsWhere(QStringLiteral("WHERE lower(name) = lower(?)"), {name});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<DataSystem>> SqlRecordStore::system(qint64 id) const
{
    auto found = systemsWhere(QStringLiteral("WHERE id = ?"), {id});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<qint64> SqlRecordStore::saveSystem(const DataSystem &s)
{
    QStringList identifiers;
    for (SubjectIdentifier i : s.identifiers) {
        identifiers << name(i);
    }
    QStringList actions;
    for (TaskAction a : s.actions) {
        actions << name(a);
    }
    QSqlQuery q(m_database.connection());
    if (s.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO systems (name, owner_name, owner_email, deputy_name, deputy_email, "
                                 "identifiers, actions, turnaround_days, instructions_fr, instructions_en, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral("UPDATE systems SET name = ?, owner_name = ?, owner_email = ?, deputy_name = ?, "
                                 "deputy_email = ?, identifiers = ?, actions = ?, turnaround_days = ?, "
                                 "instructions_fr = ?, instructions_en = ?, updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(text(s.name));
    q.addBindValue(text(s.ownerName));
    q.addBindValue(text(s.ownerEmail));
    q.addBindValue(text(s.deputyName));
    q.addBindValue(text(s.deputyEmail));
    q.addBindValue(jsonList(identifiers));
    q.addBindValue(jsonList(actions));
    q.addBindValue(s.turnaroundDays);
    q.addBindValue(text(s.instructionsFr));
    q.addBindValue(text(s.instructionsEn));
    q.addBindValue(utcText(s.updatedAt));
    if (s.id != 0) {
        q.addBindValue(s.id);
    }
    if (auto ok = m_database.exec(q, tr("saving the system")); !ok) {
        return ok.error();
    }
    if (s.id != 0) {
        return s.id;
    }
    if (!q.next()) {
        return makeError(Error::Code::Internal, tr("The new system got no id."));
    }
    return q.value(0).toLongLong();
}

Result<void> SqlRecordStore::removeSystem(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM systems WHERE id = ?"));
    q.addBindValue(id);
    return m_database.exec(q, tr("removing the system"));
}

Result<QStringList> SqlRecordStore::activitiesUsing(qint64 systemId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT a.name FROM activity_systems l JOIN activities a ON a.id = l.activity_id "
                             "WHERE l.system_id = ? ORDER BY lower(a.name)"));
    q.addBindValue(systemId);
    if (auto ok = m_database.exec(q, tr("reading the activities of the system")); !ok) {
        return ok.error();
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
    }
    return names;
}

Result<int> SqlRecordStore::tasksFor(qint64 systemId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_tasks WHERE system_id = ?"));
    q.addBindValue(systemId);
    if (auto ok = m_database.exec(q, tr("counting the tasks of the system")); !ok) {
        return ok.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace dpodesk
