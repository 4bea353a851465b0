// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqlite/sqliteschema.h"

#include "storage/schema.h"

namespace dpodesk::sqliteschema {

namespace {

// The tables written in SQLite's words: `INTEGER PRIMARY KEY` is the rowid (a 64-bit integer the database assigns on
// insert when none is given), every INTEGER holds 64 bits, and bytes are a BLOB.

QString casesTable()
{
    return QStringLiteral(R"(CREATE TABLE cases (
                id                       INTEGER PRIMARY KEY,
                reference                TEXT NOT NULL UNIQUE,
                version                  INTEGER NOT NULL DEFAULT 1,
                status                   TEXT NOT NULL,
                is_open                  INTEGER NOT NULL,
                channel                  TEXT NOT NULL,
                language                 TEXT NOT NULL,
                received_on              TEXT NOT NULL,
                logged_at                TEXT NOT NULL,
                rights_summary           TEXT NOT NULL,
                subject_first_name       TEXT NOT NULL DEFAULT '',
                subject_last_name        TEXT NOT NULL DEFAULT '',
                subject_email            TEXT NOT NULL DEFAULT '',
                subject_postal_address   TEXT NOT NULL DEFAULT '',
                subject_phone            TEXT NOT NULL DEFAULT '',
                subject_internal_ref     TEXT NOT NULL DEFAULT '',
                subject_relationship     TEXT NOT NULL,
                has_requester            INTEGER NOT NULL DEFAULT 0,
                requester_first_name     TEXT NOT NULL DEFAULT '',
                requester_last_name      TEXT NOT NULL DEFAULT '',
                requester_email          TEXT NOT NULL DEFAULT '',
                requester_postal_address TEXT NOT NULL DEFAULT '',
                requester_phone          TEXT NOT NULL DEFAULT '',
                requester_internal_ref   TEXT NOT NULL DEFAULT '',
                requester_relationship   TEXT NOT NULL DEFAULT 'other',
                requester_capacity       TEXT,
                requester_capacity_proof TEXT NOT NULL DEFAULT '',
                extension_decided_on     TEXT,
                extension_reason         TEXT,
                extension_justification  TEXT,
                extension_notice_sent_on TEXT,
                acknowledged_on          TEXT,
                answered_on              TEXT,
                closed_on                TEXT,
                cnil_reference           TEXT NOT NULL DEFAULT '',
                cnil_due_date            TEXT,
                linked_case_reference    TEXT NOT NULL DEFAULT '',
                suspended_days           INTEGER NOT NULL DEFAULT 0,
                initial_deadline         TEXT,
                extended_deadline        TEXT,
                deadline                 TEXT,
                clock_stopped_since      TEXT,
                extension_notice_due     INTEGER NOT NULL DEFAULT 0,
                search_name              TEXT NOT NULL DEFAULT '',
                search_name_reversed     TEXT NOT NULL DEFAULT '',
                search_email             TEXT NOT NULL DEFAULT '',
                search_phone             TEXT NOT NULL DEFAULT '',
                created_at               TEXT NOT NULL,
                updated_at               TEXT NOT NULL))");
}

QString caseRightsTable()
{
    return QStringLiteral(R"(CREATE TABLE case_rights (
                case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                position       INTEGER NOT NULL,
                right_kind     TEXT NOT NULL,
                detail         TEXT NOT NULL DEFAULT '',
                outcome        TEXT NOT NULL,
                refusal_ground TEXT,
                refusal_reason TEXT NOT NULL DEFAULT '',
                decided_on     TEXT,
                PRIMARY KEY (case_id, position)))");
}

QString suspensionsTable()
{
    return QStringLiteral(R"(CREATE TABLE suspensions (
                case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                position    INTEGER NOT NULL,
                reason      TEXT NOT NULL,
                asked_on    TEXT NOT NULL,
                answered_on TEXT,
                note        TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (case_id, position)))");
}

QString recipientsTable()
{
    return QStringLiteral(R"(CREATE TABLE recipients (
                case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                position    INTEGER NOT NULL,
                name        TEXT NOT NULL,
                notified_on TEXT,
                PRIMARY KEY (case_id, position)))");
}

QString notesTable()
{
    return QStringLiteral(R"(CREATE TABLE notes (
                case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                position   INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                author     TEXT NOT NULL,
                body       TEXT NOT NULL,
                PRIMARY KEY (case_id, position)))");
}

// No foreign key to cases: the trail outlives deleted cases. The chain covers details_sha256, so the
// details (which hold personal data) can be erased when a case is purged (details = NULL).
QString auditEventsTable()
{
    return QStringLiteral(R"(CREATE TABLE audit_events (
                seq            INTEGER PRIMARY KEY,
                at_utc         TEXT NOT NULL,
                actor          TEXT NOT NULL,
                action         TEXT NOT NULL,
                case_reference TEXT NOT NULL DEFAULT '',
                details        TEXT,
                details_sha256 TEXT NOT NULL,
                prev_hash      TEXT NOT NULL,
                hash           TEXT NOT NULL))");
}

QString attachmentsTable()
{
    return QStringLiteral(R"(CREATE TABLE attachments (
                id            INTEGER PRIMARY KEY,
                case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                kind          TEXT NOT NULL,
                display_name  TEXT NOT NULL,
                mime_type     TEXT NOT NULL,
                size          INTEGER NOT NULL,
                sha256        TEXT NOT NULL,
                added_at      TEXT NOT NULL,
                added_by      TEXT NOT NULL,
                purged_at     TEXT,
                purge_reason  TEXT NOT NULL DEFAULT ''))");
}

// The bytes apart, so that listing never reads them and a purge deletes one row.
QString attachmentContentsTable()
{
    return QStringLiteral(R"(CREATE TABLE attachment_contents (
                attachment_id INTEGER PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
                content       BLOB NOT NULL))");
}

QString identityVerificationsTable()
{
    return QStringLiteral(R"(CREATE TABLE identity_verifications (
                case_id       INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
                verified_on   TEXT NOT NULL,
                verified_by   TEXT NOT NULL,
                method        TEXT NOT NULL,
                document_type TEXT NOT NULL DEFAULT '',
                note          TEXT NOT NULL DEFAULT ''))");
}

// Version 7: where the person's data lives. Lists of values are JSON arrays of strings.
QString systemsTable()
{
    return QStringLiteral(R"(CREATE TABLE systems (
                id              INTEGER PRIMARY KEY,
                name            TEXT NOT NULL,
                owner_name      TEXT NOT NULL,
                owner_email     TEXT NOT NULL,
                deputy_name     TEXT NOT NULL DEFAULT '',
                deputy_email    TEXT NOT NULL DEFAULT '',
                identifiers     TEXT NOT NULL,
                actions         TEXT NOT NULL,
                turnaround_days INTEGER NOT NULL,
                instructions_fr TEXT NOT NULL DEFAULT '',
                instructions_en TEXT NOT NULL DEFAULT '',
                updated_at      TEXT NOT NULL))");
}

QString activitiesTable()
{
    return QStringLiteral(R"(CREATE TABLE activities (
                id                 INTEGER PRIMARY KEY,
                name               TEXT NOT NULL,
                role               TEXT NOT NULL,
                controller         TEXT NOT NULL DEFAULT '',
                purposes           TEXT NOT NULL,
                legal_basis        TEXT NOT NULL,
                data_subjects      TEXT NOT NULL,
                data_categories    TEXT NOT NULL,
                recipients         TEXT NOT NULL,
                transfers          TEXT NOT NULL,
                retention          TEXT NOT NULL DEFAULT '',
                source             TEXT NOT NULL DEFAULT '',
                automated_decision TEXT NOT NULL DEFAULT '',
                entity             TEXT NOT NULL DEFAULT '',
                updated_at         TEXT NOT NULL))");
}

QString activitySystemsTable()
{
    return QStringLiteral(R"(CREATE TABLE activity_systems (
                activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
                position    INTEGER NOT NULL,
                system_id   INTEGER NOT NULL REFERENCES systems (id),
                PRIMARY KEY (activity_id, position)))");
}

QString caseActivitiesTable()
{
    return QStringLiteral(R"(CREATE TABLE case_activities (
                case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                activity_id INTEGER NOT NULL REFERENCES activities (id),
                added_on    TEXT NOT NULL,
                PRIMARY KEY (case_id, activity_id)))");
}

QString caseTasksTable()
{
    return QStringLiteral(R"(CREATE TABLE case_tasks (
                id          INTEGER PRIMARY KEY,
                case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                number      INTEGER NOT NULL,
                system_id   INTEGER NOT NULL REFERENCES systems (id),
                system_name TEXT NOT NULL,
                action      TEXT NOT NULL,
                activities  TEXT NOT NULL DEFAULT '',
                state       TEXT NOT NULL,
                planned_on  TEXT NOT NULL,
                due_on      TEXT,
                sent_on     TEXT,
                sent_to     TEXT NOT NULL DEFAULT '',
                answered_on TEXT,
                result      TEXT,
                note        TEXT NOT NULL DEFAULT '',
                UNIQUE (case_id, number)))");
}

QString taskEvidenceTable()
{
    return QStringLiteral(R"(CREATE TABLE task_evidence (
                case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                task_id       INTEGER NOT NULL REFERENCES case_tasks (id) ON DELETE CASCADE,
                attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
                PRIMARY KEY (task_id, attachment_id)))");
}

} // namespace

QList<QStringList> migrations()
{
    using namespace schema::shared;
    return {
        // Version 1: the register, its child tables and the audit trail.
        QStringList{metaTable(), referenceCountersTable(), casesTable()} + caseIndexes() +
            QStringList{caseRightsTable(), caseRightsIndex(), suspensionsTable(), recipientsTable(), notesTable(),
                        closureDaysTable(), auditEventsTable(), auditEventsIndex()},
        // Version 2: every sortable column of the queue sorts on an index, on a million cases too.
        queueSortIndexes(),
        // Version 3: the open queue (a few percent of the register) sorts on small partial indexes of its own.
        openQueueIndexes(),
        // Version 4: files kept with a case (bytes in the register, SHA-256 checked), identity verifications.
        {attachmentsTable(), attachmentContentsTable(), attachmentsIndex(), identityVerificationsTable()},
        // Version 5: every audit event carries the state after its change (of its case, or of the settings), covered
        // by its hash, so that the trail proves the data (storage/registerstate.h).
        {auditEventStateColumn()},
        // Version 6: a search sorts and pages its matches on the search indexes alone, and the open cases' counts and
        // deadline report read one small index, without reading rows (a million cases: 25,000 rows for "dup", 50,000
        // open cases). Each search index also holds is_open and deadline (the scope and the queue's order); the
        // subject's keeps the id second, so that it still gives the register in subject order. The open cases' index
        // holds every column the counts, the reminders and the deadline report read, is_open included: SQLite uses a
        // partial index as covering only when it holds the column of its WHERE. SQLite's own statements (ANALYZE of
        // one index, the covering rule): a second dialect writes its own version 6.
        {
            QStringLiteral("DROP INDEX cases_search_name"),
            QStringLiteral("CREATE INDEX cases_search_name ON cases (search_name, is_open, deadline)"),
            QStringLiteral("DROP INDEX cases_search_name_reversed"),
            QStringLiteral(
                "CREATE INDEX cases_search_name_reversed ON cases (search_name_reversed, id, is_open, deadline)"),
            QStringLiteral("DROP INDEX cases_search_email"),
            QStringLiteral("CREATE INDEX cases_search_email ON cases (search_email, is_open, deadline)"),
            QStringLiteral("DROP INDEX cases_search_phone"),
            QStringLiteral("CREATE INDEX cases_search_phone ON cases (search_phone, is_open, deadline)"),
            QStringLiteral("CREATE INDEX open_deadlines ON cases (deadline, clock_stopped_since, extension_notice_due, "
                           "status, channel, received_on, rights_summary, reference, subject_first_name, "
                           "subject_last_name, is_open) WHERE is_open = 1"),
            // Statistics for the new indexes only (the others keep theirs): seconds on a million cases.
            QStringLiteral("ANALYZE cases_search_name"),
            QStringLiteral("ANALYZE cases_search_name_reversed"),
            QStringLiteral("ANALYZE cases_search_email"),
            QStringLiteral("ANALYZE cases_search_phone"),
            QStringLiteral("ANALYZE open_deadlines"),
        },
        // Version 7: the record of processing activities, the systems catalogue, per case the activities concerning
        // the person and the tasks to the systems' owners with their evidence.
        {
            systemsTable(),
            QStringLiteral("CREATE UNIQUE INDEX systems_name ON systems (lower(name))"),
            activitiesTable(),
            QStringLiteral("CREATE UNIQUE INDEX activities_name ON activities (lower(name))"),
            activitySystemsTable(),
            QStringLiteral("CREATE INDEX activity_systems_system ON activity_systems (system_id)"),
            caseActivitiesTable(),
            QStringLiteral("CREATE INDEX case_activities_activity ON case_activities (activity_id)"),
            caseTasksTable(),
            QStringLiteral("CREATE INDEX case_tasks_case ON case_tasks (case_id)"),
            QStringLiteral("CREATE INDEX case_tasks_open ON case_tasks (due_on) WHERE state <> 'answered'"),
            QStringLiteral("CREATE INDEX case_tasks_system ON case_tasks (system_id)"),
            taskEvidenceTable(),
            QStringLiteral("CREATE INDEX task_evidence_case ON task_evidence (case_id)"),
        },
        // Version 8: the address of a recipient to notify (GDPR art. 19): the notification is written to it.
        {QStringLiteral("ALTER TABLE recipients ADD COLUMN address TEXT NOT NULL DEFAULT ''")},
    };
}

} // namespace dpodesk::sqliteschema
