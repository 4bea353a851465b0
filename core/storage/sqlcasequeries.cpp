// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The queue's queries: filters and sorting in SQL, on indexes, so that a million cases stay fast.
#include "storage/sqlstores.h"

#include "common/clock.h"
#include "domain/searchkey.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace dpodesk {

namespace {

/// A WHERE clause built from fixed fragments; every value is bound, never pasted.
struct Filter {
    QStringList clauses;
    QList<std::pair<QString, QVariant>> values;

    void add(const QString &clause) { clauses << clause; }
    void bind(const QString &name, const QVariant &value) { values.append({name, value}); }
    QString where() const { return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(u" AND "); }
    void apply(QSqlQuery &q) const
    {
        for (const auto &[name, value] : values) {
            q.bindValue(name, value);
        }
    }
};

constexpr auto kSummaryColumns = "id, reference, subject_first_name, subject_last_name, subject_email, "
                                 "rights_summary, channel, received_on, deadline, status, clock_stopped_since, "
                                 "extension_notice_due";

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

Filter filterFor(const CaseQuery &query, QDate clockToday)
{
    Filter f;
    switch (query.scope) {
    case CaseQuery::Scope::Open:
        f.add(QStringLiteral("is_open = 1"));
        break;
    case CaseQuery::Scope::Closed:
        f.add(QStringLiteral("is_open = 0"));
        break;
    case CaseQuery::Scope::All:
        break;
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        // Prefix ranges (>= p AND < p + U+10FFFF) use the indexes in SQLite and in PostgreSQL (C collation).
        QStringList any;
        const QString folded = foldForSearch(search);
        f.bind(QStringLiteral(":name_lo"), folded);
        f.bind(QStringLiteral(":name_hi"), prefixUpperBound(folded));
        any << QStringLiteral("(search_name >= :name_lo AND search_name < :name_hi)")
            << QStringLiteral("(search_name_reversed >= :name_lo AND search_name_reversed < :name_hi)");
        const QString email = search.toLower();
        f.bind(QStringLiteral(":email_lo"), email);
        f.bind(QStringLiteral(":email_hi"), prefixUpperBound(email));
        any << QStringLiteral("(search_email >= :email_lo AND search_email < :email_hi)");
        const QString reference = search.toUpper();
        f.bind(QStringLiteral(":ref_lo"), reference);
        f.bind(QStringLiteral(":ref_hi"), prefixUpperBound(reference));
        any << QStringLiteral("(reference >= :ref_lo AND reference < :ref_hi)");
        const QString phone = phoneKey(search);
        static const QRegularExpression phoneLike(QStringLiteral(R"(^[+\d][\d\s.\-()]*$)"));
        if (phone.size() >= 3 && phoneLike.match(search).hasMatch()) {
            f.bind(QStringLiteral(":phone_lo"), phone);
            f.bind(QStringLiteral(":phone_hi"), prefixUpperBound(phone));
            any << QStringLiteral("(search_phone >= :phone_lo AND search_phone < :phone_hi)");
        }
        f.add(u'(' + any.join(u" OR ") + u')');
    }
    if (query.status) {
        f.add(QStringLiteral("status = :status"));
        f.bind(QStringLiteral(":status"), name(*query.status));
    }
    if (query.channel) {
        f.add(QStringLiteral("channel = :channel"));
        f.bind(QStringLiteral(":channel"), name(*query.channel));
    }
    if (query.right) {
        f.add(QStringLiteral("id IN (SELECT case_id FROM case_rights WHERE right_kind = :right)"));
        f.bind(QStringLiteral(":right"), name(*query.right));
    }
    if (query.receivedYear) {
        f.add(QStringLiteral("received_on >= :year_lo AND received_on < :year_hi"));
        f.bind(QStringLiteral(":year_lo"), iso(QDate(*query.receivedYear, 1, 1)));
        f.bind(QStringLiteral(":year_hi"), iso(QDate(*query.receivedYear + 1, 1, 1)));
    }
    if (query.urgency) {
        const QDate today = query.today.isValid() ? query.today : clockToday;
        switch (*query.urgency) {
        case Urgency::Overdue:
            f.add(QStringLiteral("is_open = 1 AND clock_stopped_since IS NULL AND deadline < :today"));
            f.bind(QStringLiteral(":today"), iso(today));
            break;
        case Urgency::DueSoon:
            f.add(QStringLiteral("is_open = 1 AND clock_stopped_since IS NULL AND deadline >= :today AND "
                                 "deadline <= :soon"));
            f.bind(QStringLiteral(":today"), iso(today));
            f.bind(QStringLiteral(":soon"), iso(today.addDays(DeadlineCalculator::kDueSoonDays)));
            break;
        case Urgency::OnTrack:
            f.add(QStringLiteral("is_open = 1 AND clock_stopped_since IS NULL AND deadline > :soon"));
            f.bind(QStringLiteral(":soon"), iso(today.addDays(DeadlineCalculator::kDueSoonDays)));
            break;
        case Urgency::ClockStopped:
            f.add(QStringLiteral("is_open = 1 AND clock_stopped_since IS NOT NULL"));
            break;
        case Urgency::Done:
            f.add(QStringLiteral("is_open = 0"));
            break;
        }
    }
    return f;
}

QString orderFor(const CaseQuery &query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    switch (query.sort) {
    case CaseQuery::Sort::Deadline:
        return QStringLiteral(" ORDER BY deadline%1, id%1").arg(direction);
    case CaseQuery::Sort::ReceivedOn:
        return QStringLiteral(" ORDER BY received_on%1, id%1").arg(direction);
    case CaseQuery::Sort::Reference:
        // References are given in creation order (DR-2026-10000 after DR-2026-9999): the id keeps that order.
        return QStringLiteral(" ORDER BY id%1").arg(direction);
    case CaseQuery::Sort::Subject:
        return QStringLiteral(" ORDER BY search_name_reversed%1, id%1").arg(direction);
    case CaseQuery::Sort::Status:
        return QStringLiteral(" ORDER BY status%1, deadline%1, id%1").arg(direction);
    case CaseQuery::Sort::Channel:
        return QStringLiteral(" ORDER BY channel%1, deadline%1, id%1").arg(direction);
    case CaseQuery::Sort::Rights:
        return QStringLiteral(" ORDER BY rights_summary%1, deadline%1, id%1").arg(direction);
    }
    return {};
}

QList<CaseSummary> summariesFrom(QSqlQuery &q)
{
    QList<CaseSummary> rows;
    while (q.next()) {
        CaseSummary s;
        s.id = q.value(0).toLongLong();
        s.reference = q.value(1).toString();
        s.subjectName = QString(q.value(2).toString() + u' ' + q.value(3).toString()).trimmed();
        s.subjectEmail = q.value(4).toString();
        s.rights = q.value(5).toString();
        s.channel = parseChannel(q.value(6).toString()).value_or(Channel::Email);
        s.receivedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        s.deadline = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        s.status = parseCaseStatus(q.value(9).toString()).value_or(CaseStatus::New);
        s.clockStoppedSince = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        s.extensionNoticeDue = q.value(11).toInt() != 0;
        rows.append(s);
    }
    return rows;
}

} // namespace

Result<QList<CaseSummary>> SqlCaseQueries::list(const CaseQuery &query) const
{
    const Filter filter = filterFor(query, m_clock.today());
    const QString columns = QStringLiteral("SELECT %1 FROM cases").arg(QLatin1String(kSummaryColumns));
    // Integers, not user text: written in so that the planner sees the limit (a bound LIMIT made SQLite walk the
    // deadline index instead of the search indexes: 160 ms instead of 3 ms).
    const QString page =
        QStringLiteral(" LIMIT %1 OFFSET %2").arg(std::max(0, query.limit)).arg(std::max(0, query.offset));
    QString sql;
    if (query.search.trimmed().isEmpty()) {
        // The order's index gives the page's rows at once.
        sql = columns + filter.where() + orderFor(query) + page;
    } else {
        // The page's ids first, sorted on the search indexes alone (they hold is_open and deadline), then only those
        // rows: sorting the matches with their columns read the row of every match (25,000 for "dup" on a million).
        sql = columns + QStringLiteral(" WHERE id IN (SELECT id FROM cases") + filter.where() + orderFor(query) + page +
              u')' + orderFor(query);
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    filter.apply(q);
    if (auto ok = m_database.exec(q, tr("listing cases")); !ok) {
        return ok.error();
    }
    return summariesFrom(q);
}

Result<QList<CaseSummary>> SqlCaseQueries::requestsFromSamePerson(const CaseRecord &record, int limit) const
{
    QStringList any;
    Filter f;
    const QString email = record.subject.email.trimmed().toLower();
    if (!email.isEmpty()) {
        any << QStringLiteral("search_email = :email");
        f.bind(QStringLiteral(":email"), email);
    }
    const QString phone = phoneKey(record.subject.phone);
    if (phone.size() >= 6) {
        any << QStringLiteral("search_phone = :phone");
        f.bind(QStringLiteral(":phone"), phone);
    }
    const QString name = foldForSearch(record.subject.firstName + u' ' + record.subject.lastName);
    if (!record.subject.lastName.trimmed().isEmpty()) {
        any << QStringLiteral("search_name = :name");
        f.bind(QStringLiteral(":name"), name);
    }
    if (any.isEmpty()) {
        return QList<CaseSummary>();
    }
    f.add(u'(' + any.join(u" OR ") + u')');
    f.add(QStringLiteral("id <> :self"));
    f.bind(QStringLiteral(":self"), record.id);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM cases").arg(QLatin1String(kSummaryColumns)) + f.where() +
              QStringLiteral(" ORDER BY received_on DESC, id DESC LIMIT %1").arg(std::max(1, limit)));
    f.apply(q);
    if (auto ok = m_database.exec(q, tr("looking for requests from the same person")); !ok) {
        return ok.error();
    }
    return summariesFrom(q);
}

Result<int> SqlCaseQueries::count(const CaseQuery &query) const
{
    const Filter filter = filterFor(query, m_clock.today());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM cases") + filter.where());
    filter.apply(q);
    if (auto ok = m_database.exec(q, tr("counting cases")); !ok) {
        return ok.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QueueCounts> SqlCaseQueries::counts(QDate today) const
{
    QSqlQuery q(m_database.connection());
    // Read from the open cases' index (open_deadlines, schema 6), which holds every column counted: no row is read.
    q.prepare(QStringLiteral(
        "SELECT count(*), "
        "coalesce(sum(CASE WHEN clock_stopped_since IS NULL AND deadline < :today THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN clock_stopped_since IS NULL AND deadline >= :today AND deadline <= :soon "
        "THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN clock_stopped_since IS NOT NULL THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(extension_notice_due), 0) FROM cases WHERE is_open = 1"));
    q.bindValue(QStringLiteral(":today"), iso(today));
    q.bindValue(QStringLiteral(":soon"), iso(today.addDays(DeadlineCalculator::kDueSoonDays)));
    if (auto ok = m_database.exec(q, tr("counting cases")); !ok) {
        return ok.error();
    }
    QueueCounts counts;
    if (q.next()) {
        counts.open = q.value(0).toInt();
        counts.overdue = q.value(1).toInt();
        counts.dueSoon = q.value(2).toInt();
        counts.clockStopped = q.value(3).toInt();
        counts.extensionNoticeDue = q.value(4).toInt();
    }
    return counts;
}

Result<Reminders> SqlCaseQueries::reminders(QDate today, int withinDays) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT reference, deadline, clock_stopped_since, extension_notice_due FROM cases "
                             "WHERE is_open = 1 AND ((clock_stopped_since IS NULL AND deadline <= :soon) "
                             "OR extension_notice_due = 1) ORDER BY deadline, reference"));
    q.bindValue(QStringLiteral(":soon"), iso(today.addDays(std::max(0, withinDays))));
    if (auto ok = m_database.exec(q, tr("reading the reminders")); !ok) {
        return ok.error();
    }
    Reminders reminders;
    while (q.next()) {
        const Reminders::Item item{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate)};
        const bool running = q.value(2).isNull();
        if (running && item.deadline < today) {
            reminders.overdue << item;
        } else if (running && item.deadline <= today.addDays(withinDays)) {
            reminders.dueSoon << item;
        }
        if (q.value(3).toInt() != 0) {
            reminders.noticesDue << item;
        }
    }
    return reminders;
}

Result<QList<int>> SqlCaseQueries::deadlinesPerWeek(QDate today, int weeks) const
{
    QList<int> perWeek(std::max(0, weeks), 0);
    if (perWeek.isEmpty()) {
        return perWeek;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT deadline, count(*) FROM cases WHERE is_open = 1 AND clock_stopped_since IS NULL "
                             "AND deadline >= :from AND deadline <= :to GROUP BY deadline"));
    q.bindValue(QStringLiteral(":from"), iso(today));
    q.bindValue(QStringLiteral(":to"), iso(today.addDays(7 * qint64(weeks) - 1)));
    if (auto ok = m_database.exec(q, tr("counting the coming deadlines")); !ok) {
        return ok.error();
    }
    while (q.next()) {
        const qint64 days = today.daysTo(QDate::fromString(q.value(0).toString(), Qt::ISODate));
        if (days >= 0 && days / 7 < perWeek.size()) {
            perWeek[days / 7] += q.value(1).toInt();
        }
    }
    return perWeek;
}

} // namespace dpodesk
