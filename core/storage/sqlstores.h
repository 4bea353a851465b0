// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/stores.h"

#include <QCoreApplication>
#include <QVariantList>

namespace dpodesk {

class Clock;
class Database;

// The stores of core/storage/stores.h on the SQL database behind Database (SQLite today). SQL only: the rules of the
// register live in core/register.

class SqlCaseStore final : public CaseStore {
    Q_DECLARE_TR_FUNCTIONS(SqlStores)
public:
    /// clock: the rows' created_at and updated_at.
    SqlCaseStore(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<CaseRecord> find(qint64 id) const override;
    Result<CaseRecord> findByReference(const QString &reference) const override;
    Result<bool> exists(const QString &reference) const override;
    Result<QList<qint64>> ids() const override;
    Result<QString> nextReference(int year) override;
    Result<qint64> insert(const CaseRecord &record) override;
    Result<void> update(const CaseRecord &record, qsizetype storedNotes) override;
    Result<void> remove(qint64 id) override;

private:
    Result<qint64> writeCaseRow(const CaseRecord &c, bool insert);
    Result<void> writeChildren(const CaseRecord &c, bool fresh, qsizetype storedNotes);
    Result<CaseRecord> load(const QString &column, const QVariant &value) const;
    Result<void> loadChildren(CaseRecord &c) const;

    Database &m_database;
    const Clock &m_clock;
};

class SqlCaseQueries final : public CaseQueries {
    Q_DECLARE_TR_FUNCTIONS(SqlStores)
public:
    /// clock: "today" for the urgency filters of a CaseQuery that names none.
    SqlCaseQueries(const Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<QList<CaseSummary>> list(const CaseQuery &query) const override;
    Result<int> count(const CaseQuery &query) const override;
    Result<QueueCounts> counts(QDate today) const override;
    Result<QList<int>> deadlinesPerWeek(QDate today, int weeks) const override;
    Result<Reminders> reminders(QDate today, int withinDays) const override;
    Result<QList<CaseSummary>> requestsFromSamePerson(const CaseRecord &record, int limit) const override;

private:
    const Database &m_database;
    const Clock &m_clock;
};

class SqlOrganisationStore final : public OrganisationStore {
    Q_DECLARE_TR_FUNCTIONS(SqlStores)
public:
    explicit SqlOrganisationStore(Database &database) : m_database(database) {}

    Result<OrganisationProfile> load() const override;
    Result<QJsonObject> saveChanges(const OrganisationProfile &profile, const OrganisationProfile &before) override;
    Result<void> saveCalendar(const QString &name, const QList<QDate> &closureDays) override;

private:
    Database &m_database;
};

class SqlTemplateStore final : public TemplateStore {
public:
    explicit SqlTemplateStore(Database &database) : m_database(database) {}

    Result<QString> custom(const QString &kind, const QString &language) const override;
    Result<void> save(const QString &kind, const QString &language, const QString &text) override;
    Result<void> remove(const QString &kind, const QString &language) override;

private:
    Database &m_database;
};

class SqlAttachmentFiles final : public AttachmentFiles {
    Q_DECLARE_TR_FUNCTIONS(SqlStores)
public:
    explicit SqlAttachmentFiles(Database &database) : m_database(database) {}

    Result<QString> caseReference(qint64 caseId) const override;
    Result<qint64> insert(const Attachment &attachment, const QByteArray &content) override;
    Result<QList<Attachment>> list(qint64 caseId) const override;
    Result<Attachment> find(qint64 id) const override;
    Result<std::optional<QByteArray>> content(qint64 id) const override;
    Result<void> eraseContent(qint64 id, const QString &erasedName, const QDateTime &at,
                              const QString &reason) override;
    Result<void>
    forEach(const std::function<void(const Attachment &, const std::optional<QByteArray> &)> &visit) const override;
    Result<void> saveVerification(const IdentityVerification &verification) override;
    Result<std::optional<IdentityVerification>> verification(qint64 caseId) const override;
    Result<QList<IdentityCopyDue>> identityCopiesDue(QDate verifiedBy, QDate closedBy) const override;

private:
    Database &m_database;
};

class SqlRecordStore final : public RecordStore {
    Q_DECLARE_TR_FUNCTIONS(SqlStores)
public:
    explicit SqlRecordStore(Database &database) : m_database(database) {}

    Result<QList<ProcessingActivity>> activities() const override;
    Result<std::optional<ProcessingActivity>> activity(const QString &name) const override;
    Result<std::optional<ProcessingActivity>> activity(qint64 id) const override;
    Result<qint64> saveActivity(const ProcessingActivity &activity) override;
    Result<void> removeActivity(qint64 id) override;
    Result<int> casesNaming(qint64 activityId) const override;
    Result<QList<DataSystem>> systems() const override;
    Result<std::optional<DataSystem>> system(const QString &name) const override;
    Result<std::optional<DataSystem>> system(qint64 id) const override;
    Result<qint64> saveSystem(const DataSystem &system) override;
    Result<void> removeSystem(qint64 id) override;
    Result<QStringList> activitiesUsing(qint64 systemId) const override;
    Result<int> tasksFor(qint64 systemId) const override;

    /// The activities whose where clause matches (all of them for an empty one), with their systems.
    Result<QList<ProcessingActivity>> activitiesWhere(const QString &where, const QVariantList &values) const;
    Result<QList<DataSystem>> systemsWhere(const QString &where, const QVariantList &values) const;

private:
    Database &m_database;
};

class SqlTaskStore final : public TaskStore {
    Q_DECLARE_TR_FUNCTIONS(SqlStores)
public:
    explicit SqlTaskStore(Database &database) : m_database(database), m_record(database) {}

    Result<QList<ProcessingActivity>> caseActivities(qint64 caseId) const override;
    Result<void> setCaseActivities(qint64 caseId, const QList<qint64> &activityIds, QDate on) override;
    Result<QList<CaseTask>> tasks(const TaskFilter &filter) const override;
    Result<std::optional<CaseTask>> task(qint64 id) const override;
    Result<int> nextNumber(qint64 caseId) const override;
    Result<qint64> insertTask(const CaseTask &task) override;
    Result<void> updateTask(const CaseTask &task) override;
    Result<void> addEvidence(qint64 caseId, qint64 taskId, qint64 attachmentId) override;
    Result<std::pair<int, int>> overdueCounts(QDate today) const override;
    Result<QSet<qint64>> casesWithOverdueTasks(const QList<qint64> &caseIds, QDate today) const override;

private:
    Database &m_database;
    SqlRecordStore m_record;
};

/// The SQL stores of the register behind database.
RegisterStores makeSqlStores(Database &database, const Clock &clock);

} // namespace dpodesk
