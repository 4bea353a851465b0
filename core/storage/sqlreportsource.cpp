// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The reports' queries. The deadline report streams one prepared query over the stored deadline columns: no CaseRecord
// is loaded, so a register of a million cases exports in about the time SQLite takes to read the rows.
#include "storage/sqlreportsource.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace dpodesk {

namespace {

constexpr auto kDeadlineColumns = "reference, subject_first_name, subject_last_name, rights_summary, channel, "
                                  "received_on, deadline, status, clock_stopped_since, extension_notice_due";
constexpr auto kVersionColumns = ", version, updated_at";
// Overdue first (the clock running and the deadline passed), then by deadline; the id keeps the order of creation.
constexpr auto kDeadlineOrder =
    " ORDER BY CASE WHEN clock_stopped_since IS NULL AND deadline < :today THEN 0 ELSE 1 END, deadline, id";

int digits(const QChar *p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// A stored ISO date (YYYY-MM-DD), read without the general parser: it runs for every row.
QDate isoDate(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    const QString text = value.toString();
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const int y = digits(text.constData(), 4);
        const int m = digits(text.constData() + 5, 2);
        const int d = digits(text.constData() + 8, 2);
        if (y >= 0 && m >= 0 && d >= 0) {
            return QDate(y, m, d);
        }
    }
    return QDate::fromString(text, Qt::ISODate);
}

/// A stored UTC time (2026-11-26T09:00:00.000Z).
QDateTime utcTime(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() == 24 && text.at(10) == u'T' && text.at(23) == u'Z') {
        const QDate date = isoDate(QVariant(text.left(10)));
        const int h = digits(text.constData() + 11, 2);
        const int mi = digits(text.constData() + 14, 2);
        const int s = digits(text.constData() + 17, 2);
        const int ms = digits(text.constData() + 20, 3);
        if (date.isValid() && h >= 0 && mi >= 0 && s >= 0 && ms >= 0) {
            return QDateTime(date, QTime(h, mi, s, ms), Qt::UTC);
        }
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString SqlReportSource::openDeadlinesSql()
{
    return QStringLiteral("SELECT %1 FROM cases WHERE is_open = 1").arg(QLatin1String(kDeadlineColumns)) +
           QLatin1String(kDeadlineOrder);
}

Result<ReportHeader> SqlReportSource::header() const
{
    ReportHeader h;
    auto organisation = m_organisation.load();
    if (!organisation) {
        return organisation.error();
    }
    h.organisation = std::move(organisation).value();
    h.generatedAtUtc = m_clock.nowUtc();
    h.today = m_clock.today();
    const Database &db = m_database;
    QSqlQuery head(db.connection());
    head.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (auto ok = db.exec(head, tr("reading the audit trail")); !ok) {
        return ok.error();
    }
    h.auditHeadHash = QLatin1String(kGenesisHash);
    if (head.next()) {
        h.auditEvents = head.value(0).toLongLong();
        h.auditHeadHash = head.value(1).toString();
    }
    QSqlQuery first(db.connection());
    first.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = 1"));
    if (auto ok = db.exec(first, tr("reading the audit trail")); !ok) {
        return ok.error();
    }
    if (first.next()) {
        h.registerId = first.value(0).toString();
    }
    return h;
}

Result<void> SqlReportSource::forEachOpenDeadline(const DeadlineFilter &filter, QDate today, bool withVersions,
                                                  const std::function<void(const DeadlineRow &)> &visit) const
{
    const Database &db = m_database;
    QString sql =
        QStringLiteral("SELECT %1%2 FROM cases WHERE is_open = 1")
            .arg(QLatin1String(kDeadlineColumns), withVersions ? QLatin1String(kVersionColumns) : QLatin1String());
    if (filter.from.isValid()) {
        sql += QLatin1String(" AND deadline >= :from");
    }
    if (filter.to.isValid()) {
        sql += QLatin1String(" AND deadline <= :to");
    }
    sql += QLatin1String(kDeadlineOrder);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":today"), iso(today));
    if (filter.from.isValid()) {
        q.bindValue(QStringLiteral(":from"), iso(filter.from));
    }
    if (filter.to.isValid()) {
        q.bindValue(QStringLiteral(":to"), iso(filter.to));
    }
    if (auto ok = db.exec(q, tr("reading the deadlines")); !ok) {
        return ok;
    }
    DeadlineRow row;
    while (q.next()) {
        row.reference = q.value(0).toString();
        const QString first = q.value(1).toString();
        const QString last = q.value(2).toString();
        row.subjectName = first.isEmpty() ? last : last.isEmpty() ? first : QString(first + u' ' + last);
        row.rights = q.value(3).toString();
        row.channel = parseChannel(q.value(4).toString()).value_or(Channel::Email);
        row.receivedOn = isoDate(q.value(5));
        row.deadline = isoDate(q.value(6));
        row.status = parseCaseStatus(q.value(7).toString()).value_or(CaseStatus::New);
        row.clockStoppedSince = isoDate(q.value(8));
        row.extensionNoticeDue = q.value(9).toInt() != 0;
        if (withVersions) {
            row.version = q.value(10).toInt();
            row.updatedAtUtc = utcTime(q.value(11));
        }
        visit(row);
    }
    if (q.lastError().isValid()) {
        return db.errorFor(q.lastError(), tr("reading the deadlines"));
    }
    return {};
}

namespace {

/// "2026-11-26" as a date; null for anything else.
QDate isoDateBytes(const unsigned char *text, int size)
{
    if (!text || size < 10) {
        return {};
    }
    int parts[3] = {0, 0, 0};
    const int widths[3] = {4, 2, 2};
    int at = 0;
    for (int part = 0; part < 3; ++part) {
        for (int i = 0; i < widths[part]; ++i, ++at) {
            const unsigned char c = text[at];
            if (c < '0' || c > '9') {
                return {};
            }
            parts[part] = parts[part] * 10 + (c - '0');
        }
        if (part < 2 && text[at++] != '-') {
            return {};
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

template <typename Enum>
Enum enumFromBytes(QByteArrayView bytes, const QList<std::pair<QByteArray, Enum>> &names, Enum fallback)
{
    for (const auto &[name, value] : names) {
        if (bytes == name) {
            return value;
        }
    }
    return fallback;
}

struct Statement {
    sqlite3_stmt *statement = nullptr;
    ~Statement() { sqlite3_finalize(statement); }
};

} // namespace

Result<void> SqlReportSource::forEachOpenDeadlineBytes(const DeadlineFilter &filter, QDate today,
                                                       const std::function<void(const DeadlineRowBytes &)> &visit) const
{
#if DPODESK_SQLITE_HANDLE
    const Database &db = m_database;
    const QVariant handle = db.connection().driver()->handle();
    sqlite3 *connection =
        qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    // The handle is only usable with the very SQLite the driver runs: the version it reports must be ours.
    static const bool sameSqlite = [&db] {
        QSqlQuery version(db.connection());
        return version.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && version.next() &&
               version.value(0).toString() == QLatin1String(sqlite3_libversion()) &&
               version.value(1).toString() == QLatin1String(sqlite3_sourceid());
    }();
    if (!connection || !sameSqlite) {
        return ReportSource::forEachOpenDeadlineBytes(filter, today, visit);
    }
#else
    sqlite3 *connection = nullptr;
    return ReportSource::forEachOpenDeadlineBytes(filter, today, visit);
#endif
    QByteArray sql = QByteArrayLiteral("SELECT ") + kDeadlineColumns + " FROM cases WHERE is_open = 1";
    if (filter.from.isValid()) {
        sql += " AND deadline >= :from";
    }
    if (filter.to.isValid()) {
        sql += " AND deadline <= :to";
    }
    sql += kDeadlineOrder;
    Statement q;
    const auto failed = [&](const char *step) {
        return makeError(Error::Code::Internal,
                         tr("Reading the deadlines failed (%1): %2.")
                             .arg(QLatin1String(step), QString::fromUtf8(sqlite3_errmsg(connection))));
    };
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &q.statement, nullptr) != SQLITE_OK) {
        return failed("prepare");
    }
    const auto bind = [&](const char *name, QDate date) {
        const int index = sqlite3_bind_parameter_index(q.statement, name);
        const QByteArray text = date.toString(Qt::ISODate).toLatin1();
        return index == 0 ||
               sqlite3_bind_text(q.statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    };
    if (!bind(":today", today) || (filter.from.isValid() && !bind(":from", filter.from)) ||
        (filter.to.isValid() && !bind(":to", filter.to))) {
        return failed("bind");
    }
    static const QList<std::pair<QByteArray, Channel>> channels = [] {
        QList<std::pair<QByteArray, Channel>> all;
        for (const Channel c : allChannels()) {
            all.append({name(c).toUtf8(), c});
        }
        return all;
    }();
    static const QList<std::pair<QByteArray, CaseStatus>> statuses = [] {
        QList<std::pair<QByteArray, CaseStatus>> all;
        for (const CaseStatus s : allCaseStatuses()) {
            all.append({name(s).toUtf8(), s});
        }
        return all;
    }();
    const auto text = [&](int column) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(q.statement, column));
        return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(q.statement, column) : 0);
    };
    const auto date = [&](int column) {
        return isoDateBytes(sqlite3_column_text(q.statement, column), sqlite3_column_bytes(q.statement, column));
    };
    DeadlineRowBytes row;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(q.statement)) == SQLITE_ROW) {
        row.reference = text(0);
        row.firstName = text(1);
        row.lastName = text(2);
        row.rights = text(3);
        row.channel = enumFromBytes(text(4), channels, Channel::Email);
        row.receivedOn = date(5);
        row.deadline = date(6);
        row.status = enumFromBytes(text(7), statuses, CaseStatus::New);
        row.clockStoppedSince = date(8);
        row.extensionNoticeDue = sqlite3_column_int(q.statement, 9) != 0;
        visit(row);
    }
    if (step != SQLITE_DONE) {
        return failed("step");
    }
    return {};
}

Result<QList<ActivityCase>> SqlReportSource::casesReceived(QDate from, QDate to) const
{
    const Database &db = m_database;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, channel, status, received_on, answered_on, closed_on, initial_deadline, deadline, "
                       "extension_decided_on IS NOT NULL, clock_stopped_since IS NOT NULL, "
                       "EXISTS (SELECT 1 FROM suspensions s WHERE s.case_id = cases.id AND s.reason = :identity) "
                       "FROM cases WHERE received_on >= :from AND received_on <= :to ORDER BY received_on, id"));
    q.bindValue(QStringLiteral(":identity"), name(SuspensionReason::Identity));
    q.bindValue(QStringLiteral(":from"), iso(from));
    q.bindValue(QStringLiteral(":to"), iso(to));
    if (auto ok = db.exec(q, tr("reading the cases of the period")); !ok) {
        return ok.error();
    }
    QList<ActivityCase> cases;
    QHash<qint64, qsizetype> byId;
    while (q.next()) {
        ActivityCase c;
        c.channel = parseChannel(q.value(1).toString()).value_or(Channel::Email);
        c.status = parseCaseStatus(q.value(2).toString()).value_or(CaseStatus::New);
        c.receivedOn = isoDate(q.value(3));
        c.answeredOn = isoDate(q.value(4));
        c.closedOn = isoDate(q.value(5));
        c.initialDeadline = isoDate(q.value(6));
        c.deadline = isoDate(q.value(7));
        c.extended = q.value(8).toInt() != 0;
        c.clockStopped = q.value(9).toInt() != 0;
        c.identityRequested = q.value(10).toInt() != 0;
        byId.insert(q.value(0).toLongLong(), cases.size());
        cases.append(c);
    }
    QSqlQuery r(db.connection());
    r.setForwardOnly(true);
    r.prepare(QStringLiteral("SELECT r.case_id, r.right_kind, r.outcome, r.refusal_ground FROM case_rights r "
                             "JOIN cases c ON c.id = r.case_id WHERE c.received_on >= :from AND c.received_on <= :to "
                             "ORDER BY r.case_id, r.position"));
    r.bindValue(QStringLiteral(":from"), iso(from));
    r.bindValue(QStringLiteral(":to"), iso(to));
    if (auto ok = db.exec(r, tr("reading the rights of the period")); !ok) {
        return ok.error();
    }
    while (r.next()) {
        const auto at = byId.constFind(r.value(0).toLongLong());
        if (at == byId.constEnd()) {
            continue;
        }
        ActivityRight right;
        right.right = parseRight(r.value(1).toString()).value_or(Right::Other);
        right.outcome = parseOutcome(r.value(2).toString()).value_or(Outcome::Pending);
        right.ground = parseRefusalGround(r.value(3).toString()).value_or(RefusalGround::None);
        cases[*at].rights.append(right);
    }
    return cases;
}

Result<int> SqlReportSource::openCasesOn(QDate day) const
{
    const Database &db = m_database;
    QSqlQuery q(db.connection());
    // A case answered, closed or withdrawn without a date cannot be placed in time: it counts as no longer open.
    q.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE received_on <= :day "
                             "AND (answered_on IS NULL OR answered_on > :day) "
                             "AND (closed_on IS NULL OR closed_on > :day) "
                             "AND NOT (is_open = 0 AND answered_on IS NULL AND closed_on IS NULL)"));
    q.bindValue(QStringLiteral(":day"), iso(day));
    if (auto ok = db.exec(q, tr("counting the open cases")); !ok) {
        return ok.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace dpodesk
