// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "audit/auditevent.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dpodesk {

class Database;
class Clock;

/// Something `audit verify` found about the data the trail proves (docs/architecture.md, "The audit trail covers the
/// data").
struct StateProblem {
    enum class Kind {
        Changed,   ///< a case differs from the state its last event recorded
        Deleted,   ///< a case is gone although its last event shows it present
        Added,     ///< a case that no event records
        Settings,  ///< the settings differ from the state the last event about the register recorded
        Redaction, ///< an event's details were erased without a recorded deletion naming it
        Counter,   ///< a case counter was set back: new cases would reuse references
    };
    Kind kind = Kind::Changed;
    QString caseReference;
    qint64 event = 0;  ///< the event whose recorded state differs (or that was redacted)
    QStringList parts; ///< what differs, in words
    QString message;   ///< the whole finding in one sentence
};

/// What `audit verify` found.
struct AuditVerification {
    bool intact = true;
    qint64 events = 0;          ///< events stored
    QString headHash;           ///< hash of the last event (kGenesisHash when empty): keep it outside the database
    qint64 redacted = 0;        ///< events whose details were erased with their case (their links still verify)
    qint64 firstBrokenSeq = 0;  ///< 0 when the chain is intact
    QString problem;            ///< the first thing found wrong (the chain first, then the data)
    bool statesChecked = false; ///< the register records states (schema 5 on): the data was compared too
    qint64 casesChecked = 0;
    qint64 stateProblemCount = 0;      ///< every finding about the data
    QList<StateProblem> stateProblems; ///< the first kMaxReported of them
    static constexpr int kMaxReported = 1000;
};

/// The audit trail stored in the database: append inside the caller's transaction, read, verify.
class AuditLog final {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(Database &database, const Clock &clock, QString actor);

    /// Appends an event with the state after the change (of its case, or of the settings for an event about the
    /// register); must run inside Database::write() so it commits or rolls back with the change.
    Result<AuditEvent> append(const QString &action, const QString &caseReference, const QJsonObject &details);
    /// The same with the details as they are stored (compact JSON, UTF-8), for bulk inserts that write them without
    /// building a QJsonObject (caseDetailsJson()); the event returned carries detailsText, and no details object.
    Result<AuditEvent> appendJson(const QString &action, const QString &caseReference, const QByteArray &detailsJson);
    /// Erases the details (personal data) of a case's events, keeping every link verifiable; the sequence numbers
    /// of the events redacted, for the deletion event to name them. Inside write().
    Result<QList<qint64>> redactCase(const QString &caseReference);
    Result<QList<AuditEvent>> eventsForCase(const QString &caseReference) const;
    /// The hash chain, then (schema 5 on) every case and the settings against the state their last event recorded,
    /// the redactions against the deletions that name them, and the case counters; in one read transaction.
    Result<AuditVerification> verify() const;
    QString actor() const { return m_actor; }

    /// When a register of a version before schema 5 is upgraded to states (inside the migration's transaction): one
    /// "case.state-recorded" event per case, then "register.upgrade" with the settings. A new register records
    /// nothing: it has no case, and its settings start empty; nor does a register that records states already.
    static Result<void> recordStates(Database &database, int fromVersion);

private:
    /// Appends e (its details set) as the next event, with its state.
    Result<AuditEvent> record(const QString &action, const QString &caseReference, AuditEvent e);

    Database &m_database;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace dpodesk
