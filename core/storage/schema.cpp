#include "storage/schema.h"

namespace dpodesk::schema {

QList<QStringList> migrations()
{
    return {
        // Version 1: the register, its child tables and the audit trail.
        {
            QStringLiteral(R"(CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE reference_counters (
                year     INTEGER PRIMARY KEY,
                last_seq INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE cases (
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
                updated_at               TEXT NOT NULL))"),
            // The queue: open cases by deadline; the register: everything by deadline or receipt.
            QStringLiteral("CREATE INDEX cases_queue ON cases (is_open, deadline, id)"),
            QStringLiteral("CREATE INDEX cases_deadline ON cases (deadline, id)"),
            QStringLiteral("CREATE INDEX cases_received ON cases (received_on, id)"),
            QStringLiteral("CREATE INDEX cases_search_name ON cases (search_name)"),
            QStringLiteral("CREATE INDEX cases_search_name_reversed ON cases (search_name_reversed)"),
            QStringLiteral("CREATE INDEX cases_search_email ON cases (search_email)"),
            QStringLiteral("CREATE INDEX cases_search_phone ON cases (search_phone)"),
            QStringLiteral(R"(CREATE TABLE case_rights (
                case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                position       INTEGER NOT NULL,
                right_kind     TEXT NOT NULL,
                detail         TEXT NOT NULL DEFAULT '',
                outcome        TEXT NOT NULL,
                refusal_ground TEXT,
                refusal_reason TEXT NOT NULL DEFAULT '',
                decided_on     TEXT,
                PRIMARY KEY (case_id, position)))"),
            QStringLiteral("CREATE INDEX case_rights_kind ON case_rights (right_kind, case_id)"),
            QStringLiteral(R"(CREATE TABLE suspensions (
                case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                position    INTEGER NOT NULL,
                reason      TEXT NOT NULL,
                asked_on    TEXT NOT NULL,
                answered_on TEXT,
                note        TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (case_id, position)))"),
            QStringLiteral(R"(CREATE TABLE recipients (
                case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                position    INTEGER NOT NULL,
                name        TEXT NOT NULL,
                notified_on TEXT,
                PRIMARY KEY (case_id, position)))"),
            QStringLiteral(R"(CREATE TABLE notes (
                case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                position   INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                author     TEXT NOT NULL,
                body       TEXT NOT NULL,
                PRIMARY KEY (case_id, position)))"),
            QStringLiteral(R"(CREATE TABLE closure_days (
                day TEXT PRIMARY KEY))"),
            // No foreign key to cases: the trail outlives deleted cases. The chain covers details_sha256, so the
            // details (which hold personal data) can be erased when a case is purged (details = NULL).
            QStringLiteral(R"(CREATE TABLE audit_events (
                seq            INTEGER PRIMARY KEY,
                at_utc         TEXT NOT NULL,
                actor          TEXT NOT NULL,
                action         TEXT NOT NULL,
                case_reference TEXT NOT NULL DEFAULT '',
                details        TEXT,
                details_sha256 TEXT NOT NULL,
                prev_hash      TEXT NOT NULL,
                hash           TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX audit_events_case ON audit_events (case_reference, seq)"),
        },
        // Version 2: every sortable column of the queue sorts on an index, on a million cases too.
        {
            QStringLiteral("CREATE INDEX cases_by_status ON cases (status, deadline, id)"),
            QStringLiteral("CREATE INDEX cases_by_channel ON cases (channel, deadline, id)"),
            QStringLiteral("CREATE INDEX cases_by_rights ON cases (rights_summary, deadline, id)"),
        },
        // Version 3: the open queue (a few percent of the register) sorts on small partial indexes of its own.
        {
            QStringLiteral("CREATE INDEX open_by_status ON cases (status, deadline, id) WHERE is_open = 1"),
            QStringLiteral("CREATE INDEX open_by_channel ON cases (channel, deadline, id) WHERE is_open = 1"),
            QStringLiteral("CREATE INDEX open_by_rights ON cases (rights_summary, deadline, id) WHERE is_open = 1"),
            QStringLiteral("CREATE INDEX open_by_received ON cases (received_on, id) WHERE is_open = 1"),
            QStringLiteral("CREATE INDEX open_by_subject ON cases (search_name_reversed, id) WHERE is_open = 1"),
            QStringLiteral("CREATE INDEX open_by_id ON cases (id) WHERE is_open = 1"),
            // Statistics, without which the planner prefers the (is_open, deadline) index and sorts 50,000 rows.
            QStringLiteral("ANALYZE"),
        },
        // Version 4: files kept with a case (bytes in the register, SHA-256 checked), identity verifications.
        {
            QStringLiteral(R"(CREATE TABLE attachments (
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
                purge_reason  TEXT NOT NULL DEFAULT ''))"),
            // The bytes apart, so that listing never reads them and a purge deletes one row.
            QStringLiteral(R"(CREATE TABLE attachment_contents (
                attachment_id INTEGER PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
                content       BLOB NOT NULL))"),
            QStringLiteral("CREATE INDEX attachments_case ON attachments (case_id, id)"),
            QStringLiteral(R"(CREATE TABLE identity_verifications (
                case_id       INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
                verified_on   TEXT NOT NULL,
                verified_by   TEXT NOT NULL,
                method        TEXT NOT NULL,
                document_type TEXT NOT NULL DEFAULT '',
                note          TEXT NOT NULL DEFAULT ''))"),
        },
        // Version 5: every audit event carries the state after its change (of its case, or of the settings), covered
        // by its hash, so that the trail proves the data (storage/registerstate.h). The events recording the states
        // of the cases already there are written by the upgrade itself (AuditLog::recordStates).
        {
            QStringLiteral("ALTER TABLE audit_events ADD COLUMN state TEXT NOT NULL DEFAULT ''"),
        },
        // Version 6: a search sorts and pages its matches on the search indexes alone, and the open cases' counts and
        // deadline report read one small index, without reading rows (a million cases: 25,000 rows for "dup", 50,000
        // open cases). Each search index also holds is_open and deadline (the scope and the queue's order); the
        // subject's keeps the id second, so that it still gives the register in subject order. The open cases' index
        // holds every column the counts, the reminders and the deadline report read, is_open included: SQLite uses a
        // partial index as covering only when it holds the column of its WHERE.
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
    };
}

} // namespace dpodesk::schema
