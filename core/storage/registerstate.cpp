#include "storage/registerstate.h"

#include "common/sha256.h"
#include "storage/database.h"
#include "storage/rowcursor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <array>
#include <memory>
#include <optional>

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
};
constexpr std::array<ChildPart, 6> kChildParts{{
    {"R", "case_id, position, right_kind, detail, outcome, refusal_ground, refusal_reason, decided_on", "case_rights",
     "position"},
    {"S", "case_id, position, reason, asked_on, answered_on, note", "suspensions", "position"},
    {"N", "case_id, position, name, notified_on", "recipients", "position"},
    {"T", "case_id, position, created_at, author, body", "notes", "position"},
    {"F", "case_id, id, kind, display_name, mime_type, size, sha256, added_at, added_by, purged_at, purge_reason",
     "attachments", "id"},
    {"V", "case_id, verified_on, verified_by, method, document_type, note", "identity_verifications", "case_id"},
}};

int columnCount(const ChildPart &part)
{
    return int(QByteArrayView(part.columns).count(',')) + 1;
}

QByteArray childSql(const ChildPart &part, bool oneCase)
{
    return QByteArray("SELECT ") + part.columns + " FROM " + part.table +
           (oneCase ? QByteArray(" WHERE case_id = ?1 ORDER BY ") + part.order
                    : QByteArray(" ORDER BY case_id, ") + part.order);
}

// ---------------------------------------------------------------------------------------------------------------
// The canonical form: every value length-prefixed (NULL apart), rows ended; each part hashed with its code and
// length into one SHA-256. Fingerprints (64-bit FNV-1a, first 16 or 32 bits) only name the part that differs: the
// proof is the SHA-256.

void appendValue(QByteArray &out, RowCursor::Value v)
{
    if (v.null) {
        out += '~';
        return;
    }
    out += QByteArray::number(v.bytes.size());
    out += ':';
    out += v.bytes;
}

void appendRow(QByteArray &out, const RowCursor &row, int from, int to)
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

class StateBuilder {
public:
    StateBuilder(const char *kind, int fingerprintDigits) : m_kind(kind), m_digits(fingerprintDigits)
    {
        m_sha.add(QByteArray("dpodesk-" + QByteArray(kind) + "-state-1\n"));
    }
    void part(QByteArrayView code, QByteArrayView bytes)
    {
        if (bytes.isEmpty()) {
            return; // an empty part leaves the digest as it was without it
        }
        m_sha.add(code);
        m_sha.add(QByteArray(":" + QByteArray::number(bytes.size()) + "\n"));
        m_sha.add(bytes);
        const quint64 fp = fnv1a(bytes) >> (64 - 4 * m_digits);
        if (!m_parts.isEmpty()) {
            m_parts += ',';
        }
        m_parts += code;
        m_parts += '=';
        m_parts += QByteArray::number(fp, 16).rightJustified(m_digits, '0');
    }
    QByteArray finish() { return QByteArray(m_kind) + ":1:" + m_sha.hexResult() + ':' + m_parts; }

private:
    const char *m_kind;
    int m_digits;
    Sha256 m_sha;
    QByteArray m_parts;
};

/// The five parts of the case row, then the children's bytes in kChildParts order.
QByteArray caseState(const RowCursor &row, const std::array<QByteArray, kChildParts.size()> &children)
{
    StateBuilder state("case", 4);
    QByteArray bytes;
    for (const CasePart &part : kCaseParts) {
        bytes.clear();
        appendRow(bytes, row, part.from + 1, part.to + 1);
        state.part(part.code, bytes);
    }
    for (size_t i = 0; i < kChildParts.size(); ++i) {
        state.part(kChildParts[i].code, children[i]);
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
    std::array<QByteArray, kChildParts.size()> children;
    for (size_t i = 0; i < kChildParts.size(); ++i) {
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
            appendRow(children[i], **rows, 1, columnCount(kChildParts[i]));
        }
    }
    return caseState(**row, children);
}

Result<QByteArray> RegisterState::ofSettings(Database &database)
{
    StateBuilder state("settings", 8);
    auto meta = RowCursor::open(database, "SELECT key, value FROM meta ORDER BY key");
    if (!meta) {
        return meta.error();
    }
    QByteArray bytes;
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
        state.part(key, bytes);
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
    state.part("closure_days", bytes);
    return state.finish();
}

QByteArray RegisterState::emptySettings()
{
    return StateBuilder("settings", 8).finish();
}

Result<void>
RegisterState::forEachCase(Database &database,
                           const std::function<void(QByteArrayView reference, const QByteArray &state)> &visit)
{
    auto cases = RowCursor::open(database, QByteArray("SELECT ") + kCaseColumns + " FROM cases ORDER BY id");
    if (!cases) {
        return cases.error();
    }
    // One cursor per table, all in case order: a merge over the tables, each read once.
    std::array<std::unique_ptr<RowCursor>, kChildParts.size()> children;
    std::array<bool, kChildParts.size()> hasRow{};
    for (size_t i = 0; i < kChildParts.size(); ++i) {
        auto opened = RowCursor::open(database, childSql(kChildParts[i], false));
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
    std::array<QByteArray, kChildParts.size()> bytes;
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
                    appendRow(bytes[i], *children[i], 1, columnCount(kChildParts[i]));
                }
                auto next = children[i]->next();
                if (!next) {
                    return next.error();
                }
                hasRow[i] = *next;
            }
        }
        visit((*cases)->value(kReferenceColumn).bytes, caseState(**cases, bytes));
    }
    return {};
}

QString RegisterState::partLabel(QByteArrayView code)
{
    static const std::array<std::pair<const char *, const char *>, 11> labels{{
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
    }};
    for (const auto &[c, label] : labels) {
        if (code == QByteArrayView(c)) {
            return tr(label);
        }
    }
    if (code == QByteArrayView("closure_days")) {
        return tr("the closure days");
    }
    return tr("the setting %1").arg(QString::fromUtf8(QByteArray::fromPercentEncoding(code.toByteArray())));
}

} // namespace dpodesk
