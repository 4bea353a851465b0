#pragma once

#include "storage/stores.h"

#include <QCoreApplication>

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

/// The SQL stores of the register behind database.
RegisterStores makeSqlStores(Database &database, const Clock &clock);

} // namespace dpodesk
