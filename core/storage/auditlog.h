#pragma once

#include "audit/auditevent.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace dpodesk {

class Database;
class Clock;

/// What `audit verify` found.
struct AuditVerification {
    bool intact = true;
    qint64 events = 0;         ///< events stored
    QString headHash;          ///< hash of the last event (kGenesisHash when empty): keep it outside the database
    qint64 redacted = 0;       ///< events whose details were erased by a purge (their links still verify)
    qint64 firstBrokenSeq = 0; ///< 0 when intact
    QString problem;           ///< what is wrong with the first broken link
};

/// The audit trail stored in the database: append inside the caller's transaction, read, verify.
class AuditLog final {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(Database &database, const Clock &clock, QString actor);

    /// Appends an event; must run inside Database::write() so it commits or rolls back with the change.
    Result<AuditEvent> append(const QString &action, const QString &caseReference, const QJsonObject &details);
    /// Erases the details (personal data) of a case's events, keeping every link verifiable. Inside write().
    Result<int> redactCase(const QString &caseReference);
    Result<QList<AuditEvent>> eventsForCase(const QString &caseReference) const;
    Result<AuditVerification> verify() const;
    QString actor() const { return m_actor; }

private:
    Database &m_database;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace dpodesk
