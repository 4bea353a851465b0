// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/registerstate.h"

#include "common/sha256.h"
#include "storage/database.h"
#include "storage/rowcursor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <array>
#include <charconv>
#include <memory>
#include <optional>
#include <string>

namespace dpodesk {

namespace {

// ---------------------------------------------------------------------------------------------------------------
// What a state covers. Adding a table of case data means adding a part here (and a label below); a case without
// rows in a part hashes as before, so the states recorded earlier stay valid.

/// The columns of `cases`, grouped in parts; the id first (it joins the other tables, and is not part of the state).
struct CasePart {
    const char *code;
    int from; ///< first column (after the id)
    int to;   ///< one past the last
};
constexpr const char *kCaseColumns =
    // P: the data subject and the requester (0-16)
    "id, subject_first_name, subject_last_name, subject_email, subject_postal_address, subject_phone, "
    "subject_internal_ref, subject_relationship, has_requester, requester_first_name, requester_last_name, "
    "requester_email, requester_postal_address, requester_phone, requester_internal_ref, requester_relationship, "
    "requester_capacity, requester_capacity_proof, "
    // Q: the request (17-24)
    "channel, language, received_on, logged_at, rights_summary, cnil_reference, cnil_due_date, linked_case_reference, "
    // W: its progress (25-33)
    "status, is_open, extension_decided_on, extension_reason, extension_justification, extension_notice_sent_on, "
    "acknowledged_on, answered_on, closed_on, "
    // D: the deadlines (34-39)
    "suspended_days, initial_deadline, extended_deadline, deadline, clock_stopped_since, extension_notice_due, "
    // K: the record itself (40-47)
    "reference, version, created_at, updated_at, search_name, search_name_reversed, search_email, search_phone";
constexpr std::array<CasePart, 5> kCaseParts{{
    {"P", 0, 17},
    {"Q", 17, 25},
    {"W", 25, 34},
    {"D", 34, 40},
    {"K", 40, 48},
}};
constexpr int kReferenceColumn = 41; // "reference", counting the id as column 0

/// The tables that hold rows of a case, each a part of its own; case_id first, then the columns covered.
struct ChildPart {
    const char *code;
    const char *columns;
    const char *table;
    const char *order; ///< after case_id
    int since = 1;     ///< the schema version that added the table: an older register has no such rows
    /// Rows left out (a column added later: a row that leaves it at its default hashes as before), or nullptr.
    const char *where = nullptr;
};
constexpr std::array<ChildPart, 10> kChildParts{{
    {"R", "case_id, position, right_kind, detail, outcome, refusal_ground, refusal_reason, decided_on", "case_rights",
     "position"},
    {"S", "case_id, position, reason, asked_on, answered_on, note", "suspensions", "position"},
    {"N", "case_id, position, name, notified_on", "recipients", "position"},
    {"T", "case_id, position, created_at, author, body", "notes", "position"},
    {"F", "case_id, id, kind, display_name, mime_type, size, sha256, added_at, added_by, purged_at, purge_reason",
     "attachments", "id"},
    {"V", "case_id, verified_on, verified_by, method, document_type, note", "identity_verifications", "case_id"},
    {"A", "case_id, activity_id, added_on", "case_activities", "activity_id", 7},
    {"J",
     "case_id, id, number, system_id, system_name, action, activities, state, planned_on, due_on, sent_on, "
     "sent_to, answered_on, result, note",
     "case_tasks", "id", 7},
    {"E", "case_id, task_id, attachment_id", "task_evidence", "task_id, attachment_id", 7},
    // The recipients' addresses (version 8): a part of their own, so that a recipient without one hashes as before.
    {"M", "case_id, position, address", "recipients", "position", 8, "address <> ''"},
}};

constexpr int columnCount(const ChildPart &part)
{
    int commas = 0;
    for (const char *c = part.columns; *c != '\0'; ++c) {
        commas += *c == ',' ? 1 : 0;
    }
    return commas + 1;
}
constexpr std::array<int, kChildParts.size()> kChildColumns{
    columnCount(kChildParts[0]), columnCount(kChildParts[1]), columnCount(kChildParts[2]), columnCount(kChildParts[3]),
    columnCount(kChildParts[4]), columnCount(kChildParts[5]), columnCount(kChildParts[6]), columnCount(kChildParts[7]),
    columnCount(kChildParts[8]), columnCount(kChildParts[9])};

/// The tables of the record of processing activities, parts of the settings' state: the table's name (its code), the
/// statement, the number of columns.
struct RecordPart {
    const char *code;
    const char *sql;
    int columns;
};
constexpr std::array<RecordPart, 3> kRecordParts{{
    {"systems",
     "SELECT id, name, owner_name, owner_email, deputy_name, deputy_email, identifiers, actions, turnaround_days, "
     "instructions_fr, instructions_en, updated_at FROM systems ORDER BY id",
     12},
    {"activities",
     "SELECT id, name, role, controller, purposes, legal_basis, data_subjects, data_categories, recipients, transfers, "
     "retention, source, automated_decision, entity, updated_at FROM activities ORDER BY id",
     15},
    {"activity_systems", "SELECT activity_id, position, system_id FROM activity_systems ORDER BY activity_id, position",
     3},
}};

QByteArray childSql(const ChildPart &part, bool oneCase)
{
    const QByteArray also = part.where ? QByteArray(" AND ") + part.where : QByteArray();
    return QByteArray("SELECT ") + part.columns + " FROM " + part.table +
           (oneCase ? QByteArray(QByteArray(" WHERE case_id = ?1") + also + " ORDER BY " + part.order)
                    : QByteArray(QByteArray(" WHERE case_id >= ?1 AND case_id < ?2") + also + " ORDER BY case_id, " +
                                 part.order));
}

// ---------------------------------------------------------------------------------------------------------------
// The canonical form: every value length-prefixed (NULL apart), rows ended; each part hashed with its code and
// length into one SHA-256. Fingerprints (64-bit FNV-1a, first 16 or 32 bits) only name the part that differs: the
// proof is the SHA-256.

void appendNumber(std::string &out, qint64 n)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
    out.append(buffer, end - buffer);
}

void appendValue(std::string &out, RowCursor::Value v)
{
    if (v.null) {
        out += '~';
        return;
    }
    appendNumber(out, v.bytes.size());
    out += ':';
    out.append(v.bytes.data(), size_t(v.bytes.size()));
}

void appendRow(std::string &out, const RowCursor &row, int from, int to)
{
    for (int i = from; i < to; ++i) {
        appendValue(out, row.value(i));
    }
    out += ';';
}

quint64 fnv1a(QByteArrayView bytes)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

/// Builds one state text into a buffer of the caller's, with a SHA-256 of the caller's: a pass over a million cases
/// allocates nothing per case.
/// Reused buffers of one pass (truncate() keeps their memory; clear() would give it back).
struct StateBuffers {
    Sha256 sha;
    QByteArray out;
    std::string header;
    std::string parts;
    std::string bytes;
};

class StateBuilder {
public:
    StateBuilder(StateBuffers &buffers, const char *kind, int fingerprintDigits)
        : m_sha(buffers.sha), m_out(buffers.out), m_header(buffers.header), m_parts(buffers.parts), m_kind(kind),
          m_digits(fingerprintDigits)
    {
        m_parts.clear();
        m_sha.add("dpodesk-");
        m_sha.add(kind);
        m_sha.add("-state-1\n");
    }
    void part(QByteArrayView code, QByteArrayView bytes)
    {
        if (bytes.isEmpty()) {
            return; // an empty part leaves the digest as it was without it
        }
        m_sha.add(code);
        m_header.clear();
        m_header += ':';
        appendNumber(m_header, bytes.size());
        m_header += '\n';
        m_sha.add(QByteArrayView(m_header.data(), qsizetype(m_header.size())));
        m_sha.add(bytes);
        const quint64 fp = fnv1a(bytes) >> (64 - 4 * m_digits);
        if (!m_parts.empty()) {
            m_parts += ',';
        }
        m_parts.append(code.data(), size_t(code.size()));
        m_parts += '=';
        static constexpr char kDigits[] = "0123456789abcdef";
        for (int i = m_digits - 1; i >= 0; --i) {
            m_parts += kDigits[(fp >> (4 * i)) & 0xf];
        }
    }
    /// The text, in the caller's buffer.
    const QByteArray &finish()
    {
        unsigned char digest[32];
        m_sha.resultInto(digest);
        m_out.truncate(0);
        m_out += m_kind;
        m_out += ":1:";
        Sha256::appendHex(m_out, digest);
        m_out += ':';
        m_out.append(m_parts.data(), qsizetype(m_parts.size()));
        return m_out;
    }

private:
    Sha256 &m_sha;
    QByteArray &m_out;
    std::string &m_header;
    std::string &m_parts;
    const char *m_kind;
    int m_digits;
};

/// The five parts of the case row, then the children's bytes in kChildParts order.
const QByteArray &caseState(StateBuffers &scratch, const RowCursor &row,
                            const std::array<std::string, kChildParts.size()> &children)
{
    StateBuilder state(scratch, "case", 4);
    for (const CasePart &part : kCaseParts) {
        scratch.bytes.clear();
        appendRow(scratch.bytes, row, part.from + 1, part.to + 1);
        state.part(part.code, QByteArrayView(scratch.bytes.data(), qsizetype(scratch.bytes.size())));
    }
    for (size_t i = 0; i < kChildParts.size(); ++i) {
        state.part(kChildParts[i].code, QByteArrayView(children[i].data(), qsizetype(children[i].size())));
    }
    return state.finish();
}

} // namespace

RecordedState RecordedState::parse(QByteArrayView text)
{
    RecordedState s;
    if (text == QByteArrayView(RegisterState::kDeleted)) {
        s.kind = Kind::Deleted;
        return s;
    }
    const QList<QByteArray> fields = text.toByteArray().split(':');
    if (fields.size() != 4 || fields.at(1) != "1") {
        return s;
    }
    s.kind = fields.at(0) == "case" ? Kind::Case : fields.at(0) == "settings" ? Kind::Settings : Kind::None;
    s.digest = fields.at(2);
    for (const QByteArray &part : fields.at(3).split(',')) {
        const qsizetype eq = part.lastIndexOf('=');
        if (eq > 0) {
            s.parts.append({part.left(eq), part.mid(eq + 1)});
        }
    }
    return s;
}

QList<QByteArray> RecordedState::differingParts(const RecordedState &recorded, const RecordedState &current)
{
    QList<QByteArray> out;
    const auto find = [](const RecordedState &s, const QByteArray &code) -> QByteArray {
        for (const auto &[c, fp] : s.parts) {
            if (c == code) {
                return fp;
            }
        }
        return {};
    };
    for (const auto &[code, fp] : recorded.parts) {
        if (find(current, code) != fp) {
            out.append(code);
        }
    }
    for (const auto &[code, fp] : current.parts) {
        if (find(recorded, code).isEmpty() && !out.contains(code)) {
            out.append(code);
        }
    }
    return out;
}

Result<QByteArray> RegisterState::ofCase(Database &database, const QString &reference)
{
    auto find = database.prepared(QStringLiteral("SELECT id FROM cases WHERE reference = :reference"));
    if (!find) {
        return find.error();
    }
    (*find)->bindValue(QStringLiteral(":reference"), reference);
    if (auto ok = database.exec(**find, tr("reading case %1").arg(reference)); !ok) {
        return ok.error();
    }
    if (!(*find)->next()) {
        return QByteArray(kDeleted);
    }
    const qint64 id = (*find)->value(0).toLongLong();
    (*find)->finish();
    auto row = RowCursor::open(database, QByteArray("SELECT ") + kCaseColumns + " FROM cases WHERE id = ?1", id);
    if (!row) {
        return row.error();
    }
    auto found = (*row)->next();
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return QByteArray(kDeleted);
    }
    std::array<std::string, kChildParts.size()> children;
    const int version = database.schemaVersion();
    for (size_t i = 0; i < kChildParts.size(); ++i) {
        if (version < kChildParts[i].since) {
            continue; // no such table yet (an older register read as it is); an empty part hashes as none
        }
        auto rows = RowCursor::open(database, childSql(kChildParts[i], true), id);
        if (!rows) {
            return rows.error();
        }
        for (;;) {
            auto more = (*rows)->next();
            if (!more) {
                return more.error();
            }
            if (!*more) {
                break;
            }
            appendRow(children[i], **rows, 1, kChildColumns[i]);
        }
    }
    StateBuffers scratch;
    return caseState(scratch, **row, children);
}

Result<QByteArray> RegisterState::ofSettings(Database &database)
{
    StateBuffers buffers;
    StateBuilder state(buffers, "settings", 8);
    auto meta = RowCursor::open(database, "SELECT key, value FROM meta ORDER BY key");
    if (!meta) {
        return meta.error();
    }
    std::string bytes;
    for (;;) {
        auto more = (*meta)->next();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            break;
        }
        bytes.clear();
        appendRow(bytes, **meta, 1, 2);
        const QByteArray key = (*meta)->value(0).bytes.toByteArray().toPercentEncoding("._-");
        state.part(key, QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    }
    auto days = RowCursor::open(database, "SELECT day FROM closure_days ORDER BY day");
    if (!days) {
        return days.error();
    }
    bytes.clear();
    for (;;) {
        auto more = (*days)->next();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            break;
        }
        appendRow(bytes, **days, 0, 1);
    }
    state.part("closure_days", QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    // The record of processing activities and the systems catalogue (schema 7 on): a register without them hashes as
    // before.
    const bool hasRecord = database.schemaVersion() >= 7;
    for (const auto &[code, sql, columns] : kRecordParts) {
        if (!hasRecord) {
            break;
        }
        auto rows = RowCursor::open(database, sql);
        if (!rows) {
            return rows.error();
        }
        bytes.clear();
        for (;;) {
            auto more = (*rows)->next();
            if (!more) {
                return more.error();
            }
            if (!*more) {
                break;
            }
            appendRow(bytes, **rows, 0, columns);
        }
        state.part(code, QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    }
    return state.finish();
}

QByteArray RegisterState::emptySettings()
{
    StateBuffers buffers;
    return StateBuilder(buffers, "settings", 8).finish();
}

Result<void>
RegisterState::forEachCase(Database &database,
                           const std::function<void(QByteArrayView reference, const QByteArray &state)> &visit,
                           qint64 fromId, qint64 toId)
{
    const QList<qint64> range{fromId, toId};
    auto cases = RowCursor::scan(
        database, QByteArray("SELECT ") + kCaseColumns + " FROM cases WHERE id >= ?1 AND id < ?2 ORDER BY id", range);
    if (!cases) {
        return cases.error();
    }
    // One cursor per table, all in case order: a merge over the tables, each read once.
    std::array<std::unique_ptr<RowCursor>, kChildParts.size()> children;
    std::array<bool, kChildParts.size()> hasRow{};
    const int version = database.schemaVersion();
    for (size_t i = 0; i < kChildParts.size(); ++i) {
        if (version < kChildParts[i].since) {
            continue; // hasRow stays false: no rows in a table the register does not have yet
        }
        auto opened = RowCursor::scan(database, childSql(kChildParts[i], false), range);
        if (!opened) {
            return opened.error();
        }
        children[i] = std::move(opened).value();
        auto first = children[i]->next();
        if (!first) {
            return first.error();
        }
        hasRow[i] = *first;
    }
    std::array<std::string, kChildParts.size()> bytes;
    StateBuffers scratch;
    for (;;) {
        auto more = (*cases)->next();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            break;
        }
        const qint64 id = (*cases)->integer(0);
        for (size_t i = 0; i < kChildParts.size(); ++i) {
            bytes[i].clear();
            // Rows of a case id that no longer exists (possible only behind DPO Desk's back) belong to no state.
            while (hasRow[i] && children[i]->integer(0) <= id) {
                if (children[i]->integer(0) == id) {
                    appendRow(bytes[i], *children[i], 1, kChildColumns[i]);
                }
                auto next = children[i]->next();
                if (!next) {
                    return next.error();
                }
                hasRow[i] = *next;
            }
        }
        visit((*cases)->value(kReferenceColumn).bytes, caseState(scratch, **cases, bytes));
    }
    return {};
}

QString RegisterState::partLabel(QByteArrayView code)
{
    static const std::array<std::pair<const char *, const char *>, 15> labels{{
        {"P", QT_TR_NOOP("the data subject or the requester")},
        {"Q", QT_TR_NOOP("the request (channel, date received, rights, CNIL reference)")},
        {"W", QT_TR_NOOP("its progress (status, extension, acknowledgement, answer, closing)")},
        {"D", QT_TR_NOOP("its deadlines")},
        {"K", QT_TR_NOOP("its reference, version or timestamps")},
        {"R", QT_TR_NOOP("the rights and their outcomes")},
        {"S", QT_TR_NOOP("the suspensions of the clock")},
        {"N", QT_TR_NOOP("the recipients to notify (art. 19)")},
        {"T", QT_TR_NOOP("the notes")},
        {"F", QT_TR_NOOP("the files kept with it")},
        {"V", QT_TR_NOOP("the identity verification")},
        {"A", QT_TR_NOOP("the activities concerning the person")},
        {"J", QT_TR_NOOP("the tasks to system owners")},
        {"E", QT_TR_NOOP("the evidence of the tasks")},
        {"M", QT_TR_NOOP("the addresses of the recipients to notify")},
    }};
    for (const auto &[c, label] : labels) {
        if (code == QByteArrayView(c)) {
            return tr(label);
        }
    }
    if (code == QByteArrayView("closure_days")) {
        return tr("the closure days");
    }
    if (code == QByteArrayView("activities") || code == QByteArrayView("activity_systems")) {
        return tr("the record of processing activities");
    }
    if (code == QByteArrayView("systems")) {
        return tr("the systems catalogue");
    }
    return tr("the setting %1").arg(QString::fromUtf8(QByteArray::fromPercentEncoding(code.toByteArray())));
}

} // namespace dpodesk
