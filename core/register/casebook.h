// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "deadline/deadlinecalculator.h"
#include "domain/caserecord.h"
#include "storage/auditlog.h"
#include "storage/stores.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dpodesk {

class Clock;
class Database;

/// The rules of keeping a case, over the stores (docs/architecture.md, "The register service"): a new case is
/// cleaned, validated and numbered, its deadlines computed, its linked case checked; a change is refused when the
/// case changed since it was read, notes are append-only, and every change is one transaction with its audit event;
/// a deletion keeps its reason and erases the personal data of the case's events; a new calendar recomputes every
/// stored deadline. The stores only read and write rows.
class CaseBook final {
    Q_DECLARE_TR_FUNCTIONS(CaseBook)
public:
    /// The cases of the register behind database, on its SQL stores.
    CaseBook(Database &database, const Clock &clock, QString actor);
    /// The same over the given stores.
    CaseBook(Database &database, RegisterStores stores, const Clock &clock, QString actor);
    ~CaseBook();
    Q_DISABLE_COPY_MOVE(CaseBook)

    /// The organisation's holiday calendar and closure days, read from the register (default: metropolitan France).
    Result<void> loadCalendar();
    const DeadlineCalculator &calculator() const { return m_calculator; }
    /// Changes the calendar and closure days and recomputes every stored deadline, in one audited transaction; each
    /// case whose deadline moved gets its own event.
    Result<void> setCalendar(const HolidayCalendar &calendar);

    /// Moves the due dates of the open tasks of a case to the deadline it has now (inside the caller's transaction,
    /// whose audit event records them); what moved, as [{task, old, new}]. margin < 0: the organisation's setting.
    Result<QJsonArray> moveTaskDueDates(const CaseRecord &record, int margin = -1);
    /// A new margin before the deadline: every case whose open tasks move gets its own event "case.tasks-rescheduled",
    /// in the caller's transaction. caseId 0: every case.
    Result<void> rescheduleTasks(qint64 caseId, int margin);

    /// Stores a new case: assigns its reference (DR-YYYY-NNNN) and logged-at time, computes its deadlines.
    Result<CaseRecord> create(CaseRecord draft);
    /// Inserts a complete case with its audit event, inside the caller's transaction (demo data, imports).
    /// The record keeps its own loggedAt; its reference is assigned, its texts are cleaned (CaseText::clean) and its
    /// linked case must exist. The caller validates it.
    Result<CaseRecord> insertInTransaction(CaseRecord record);
    /// Stores a changed case; action names the audit event ("case.update", "case.suspend", ...).
    /// Fails with Error::Code::Conflict when someone else changed the case since it was read.
    Result<CaseRecord> save(const CaseRecord &changed, const QString &action);
    /// Deletes a case; the reason is kept in the audit trail, the personal data of its events erased.
    Result<void> remove(const QString &reference, const QString &reason);

    Result<CaseRecord> find(qint64 id) const { return m_stores.cases->find(id); }
    Result<CaseRecord> findByReference(const QString &reference) const
    {
        return m_stores.cases->findByReference(reference);
    }
    Result<QList<CaseSummary>> list(const CaseQuery &query) const { return m_stores.queries->list(query); }
    Result<int> count(const CaseQuery &query) const { return m_stores.queries->count(query); }
    Result<QueueCounts> counts(QDate today) const { return m_stores.queries->counts(today); }
    Result<QList<int>> deadlinesPerWeek(QDate today, int weeks) const
    {
        return m_stores.queries->deadlinesPerWeek(today, weeks);
    }
    Result<Reminders> reminders(QDate today, int withinDays = 2) const
    {
        return m_stores.queries->reminders(today, withinDays);
    }
    /// Earlier (and later) requests of the same person (GDPR art. 12(5): judging repetitive requests).
    Result<QList<CaseSummary>> requestsFromSamePerson(const CaseRecord &record, int limit = 50) const
    {
        return m_stores.queries->requestsFromSamePerson(record, limit);
    }

    AuditLog &audit() { return m_audit; }
    const Clock &clock() const { return m_clock; }
    Database &database() const { return m_database; }
    RegisterStores &stores() { return m_stores; }
    const RegisterStores &stores() const { return m_stores; }

private:
    /// The linked case must be in the register; inside the write transaction, so that it cannot vanish meanwhile.
    Result<void> checkLinkedCase(const CaseRecord &c) const;

    Database &m_database;
    RegisterStores m_stores;
    const Clock &m_clock;
    AuditLog m_audit;
    DeadlineCalculator m_calculator;
};

} // namespace dpodesk
