// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/schema.h"

#include "storage/sqlite/sqliteschema.h"

namespace dpodesk::schema {

QList<QStringList> migrations(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sqlite:
        return sqliteschema::migrations();
    }
    return {};
}

namespace shared {

QString metaTable()
{
    return QStringLiteral(R"(CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL))");
}

QString referenceCountersTable()
{
    return QStringLiteral(R"(CREATE TABLE reference_counters (
                year     INTEGER PRIMARY KEY,
                last_seq INTEGER NOT NULL))");
}

QStringList caseIndexes()
{
    return {
        // The queue: open cases by deadline; the register: everything by deadline or receipt.
        QStringLiteral("CREATE INDEX cases_queue ON cases (is_open, deadline, id)"),
        QStringLiteral("CREATE INDEX cases_deadline ON cases (deadline, id)"),
        QStringLiteral("CREATE INDEX cases_received ON cases (received_on, id)"),
        QStringLiteral("CREATE INDEX cases_search_name ON cases (search_name)"),
        QStringLiteral("CREATE INDEX cases_search_name_reversed ON cases (search_name_reversed)"),
        QStringLiteral("CREATE INDEX cases_search_email ON cases (search_email)"),
        QStringLiteral("CREATE INDEX cases_search_phone ON cases (search_phone)"),
    };
}

QString caseRightsIndex()
{
    return QStringLiteral("CREATE INDEX case_rights_kind ON case_rights (right_kind, case_id)");
}

QString closureDaysTable()
{
    return QStringLiteral(R"(CREATE TABLE closure_days (
                day TEXT PRIMARY KEY))");
}

QString auditEventsIndex()
{
    return QStringLiteral("CREATE INDEX audit_events_case ON audit_events (case_reference, seq)");
}

QStringList queueSortIndexes()
{
    // On a million cases too.
    return {
        QStringLiteral("CREATE INDEX cases_by_status ON cases (status, deadline, id)"),
        QStringLiteral("CREATE INDEX cases_by_channel ON cases (channel, deadline, id)"),
        QStringLiteral("CREATE INDEX cases_by_rights ON cases (rights_summary, deadline, id)"),
    };
}

QStringList openQueueIndexes()
{
    // The open queue is a few percent of the register.
    return {
        QStringLiteral("CREATE INDEX open_by_status ON cases (status, deadline, id) WHERE is_open = 1"),
        QStringLiteral("CREATE INDEX open_by_channel ON cases (channel, deadline, id) WHERE is_open = 1"),
        QStringLiteral("CREATE INDEX open_by_rights ON cases (rights_summary, deadline, id) WHERE is_open = 1"),
        QStringLiteral("CREATE INDEX open_by_received ON cases (received_on, id) WHERE is_open = 1"),
        QStringLiteral("CREATE INDEX open_by_subject ON cases (search_name_reversed, id) WHERE is_open = 1"),
        QStringLiteral("CREATE INDEX open_by_id ON cases (id) WHERE is_open = 1"),
        // Statistics, without which the planner prefers the (is_open, deadline) index and sorts 50,000 rows.
        QStringLiteral("ANALYZE"),
    };
}

QString attachmentsIndex()
{
    return QStringLiteral("CREATE INDEX attachments_case ON attachments (case_id, id)");
}

QString auditEventStateColumn()
{
    // The events recording the states of the cases already there are written by the upgrade itself
    // (AuditLog::recordStates).
    return QStringLiteral("ALTER TABLE audit_events ADD COLUMN state TEXT NOT NULL DEFAULT ''");
}

} // namespace shared

} // namespace dpodesk::schema
