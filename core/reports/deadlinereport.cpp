// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/deadlinereport.h"

#include <QHash>

namespace dpodesk {

namespace {

const QList<Urgency> &allUrgencies()
{
    static const QList<Urgency> all{Urgency::Overdue, Urgency::DueSoon, Urgency::OnTrack, Urgency::ClockStopped,
                                    Urgency::Done};
    return all;
}

/// Writes deadline rows as CSV. Labels are translated and encoded once, not once per row: a million rows stay fast.
class DeadlineCsv {
public:
    DeadlineCsv(CsvProfile profile, QDate today, qsizetype expectedRows)
        : m_csv(profile, expectedRows * 160), m_today(today)
    {
        for (const QString &title : DeadlineReports::columnTitles()) {
            m_csv.appendText(title);
        }
        m_csv.endRow();
        for (const Channel c : allChannels()) {
            m_channels.insert(int(c), m_csv.encodeField(label(c)));
        }
        for (const CaseStatus s : allCaseStatuses()) {
            m_statuses.insert(int(s), m_csv.encodeField(label(s)));
        }
        for (const Urgency u : allUrgencies()) {
            m_urgencies.insert(int(u), m_csv.encodeField(urgencyLabel(u)));
        }
        m_yes = m_csv.encodeField(DeadlineReports::tr("Yes"));
    }

    void add(const DeadlineRow &row)
    {
        m_csv.appendText(row.reference);
        m_csv.appendText(row.subjectName);
        auto rights = m_rights.constFind(row.rights);
        if (rights == m_rights.constEnd()) {
            rights = m_rights.insert(row.rights, m_csv.encodeField(DeadlineReports::rightsText(row.rights)));
        }
        m_csv.appendEncoded(*rights);
        addDates(row.channel, row.receivedOn, row.deadline, row.status, row.clockStoppedSince, row.extensionNoticeDue);
    }

    /// The same row from the database's bytes (ReportSource::forEachOpenDeadlineBytes).
    void add(const DeadlineRowBytes &row)
    {
        m_csv.appendUtf8Text(row.reference);
        if (row.lastName.isEmpty() || row.firstName.isEmpty()) {
            m_csv.appendUtf8Text(row.firstName.isEmpty() ? row.lastName : row.firstName);
        } else {
            m_name.clear();
            m_name.append(row.firstName.data(), row.firstName.size());
            m_name.append(' ');
            m_name.append(row.lastName.data(), row.lastName.size());
            m_csv.appendUtf8Text(m_name);
        }
        auto rights = m_rightBytes.constFind(row.rights.toByteArray());
        if (rights == m_rightBytes.constEnd()) {
            const QString names = QString::fromUtf8(row.rights);
            rights =
                m_rightBytes.insert(row.rights.toByteArray(), m_csv.encodeField(DeadlineReports::rightsText(names)));
        }
        m_csv.appendEncoded(*rights);
        addDates(row.channel, row.receivedOn, row.deadline, row.status, row.clockStoppedSince, row.extensionNoticeDue);
    }

    QByteArray take() { return m_csv.take(); }

private:
    /// The columns after the rights, the same for both kinds of rows.
    void addDates(Channel channel, QDate receivedOn, QDate deadline, CaseStatus status, QDate clockStoppedSince,
                  bool extensionNoticeDue)
    {
        m_csv.appendEncoded(m_channels.value(int(channel)));
        m_csv.appendDate(receivedOn);
        m_csv.appendDate(deadline);
        const bool stopped = clockStoppedSince.isValid();
        if (stopped) {
            m_csv.appendEmpty(); // no countdown while the clock is stopped
        } else {
            m_csv.appendInteger(DeadlineCalculator::daysLeft(deadline, m_today));
        }
        m_csv.appendEncoded(m_urgencies.value(int(DeadlineCalculator::urgency(deadline, m_today, true, stopped))));
        m_csv.appendEncoded(m_statuses.value(int(status)));
        m_csv.appendDate(clockStoppedSince);
        if (extensionNoticeDue) {
            m_csv.appendEncoded(m_yes);
        } else {
            m_csv.appendEmpty();
        }
        m_csv.endRow();
    }

    QHash<QByteArray, QByteArray> m_rightBytes;
    QByteArray m_name;
    CsvWriter m_csv;
    QDate m_today;
    QHash<QString, QByteArray> m_rights;
    QHash<int, QByteArray> m_channels;
    QHash<int, QByteArray> m_statuses;
    QHash<int, QByteArray> m_urgencies;
    QByteArray m_yes;
};

} // namespace

void countRow(DeadlineCounts &c, const DeadlineRow &row, QDate today)
{
    countRow(c, row.urgency(today), row.extensionNoticeDue);
}

void countRow(DeadlineCounts &c, Urgency urgency, bool extensionNoticeDue)
{
    ++c.rows;
    switch (urgency) {
    case Urgency::Overdue:
        ++c.overdue;
        break;
    case Urgency::DueSoon:
        ++c.dueSoon;
        break;
    case Urgency::ClockStopped:
        ++c.clockStopped;
        break;
    case Urgency::OnTrack:
    case Urgency::Done:
        break;
    }
    c.extensionNoticeDue += extensionNoticeDue ? 1 : 0;
}

DeadlineCounts DeadlineReport::counts() const
{
    DeadlineCounts c;
    for (const DeadlineRow &row : rows) {
        countRow(c, row, header.today);
    }
    return c;
}

Result<DeadlineReport> DeadlineReports::build(const ReportSource &source, const DeadlineFilter &filter)
{
    auto header = source.header();
    if (!header) {
        return header.error();
    }
    DeadlineReport report;
    report.header = std::move(header).value();
    report.filter = filter;
    auto read = source.forEachOpenDeadline(filter, report.header.today, true,
                                           [&report](const DeadlineRow &row) { report.rows.append(row); });
    if (!read) {
        return read.error();
    }
    return report;
}

QString DeadlineReports::describe(const DeadlineFilter &filter)
{
    const auto iso = [](QDate d) { return d.toString(Qt::ISODate); };
    if (filter.from.isValid() && filter.to.isValid()) {
        return tr("open cases with a deadline from %1 to %2").arg(iso(filter.from), iso(filter.to));
    }
    if (filter.from.isValid()) {
        return tr("open cases with a deadline on or after %1").arg(iso(filter.from));
    }
    if (filter.to.isValid()) {
        return tr("open cases with a deadline on or before %1").arg(iso(filter.to));
    }
    return tr("all open cases");
}

QStringList DeadlineReports::columnTitles()
{
    return {tr("Reference"),
            tr("Data subject"),
            tr("Rights"),
            tr("Channel"),
            tr("Received on"),
            tr("Deadline"),
            tr("Days left"),
            tr("Urgency"),
            tr("Status"),
            tr("Clock stopped since"),
            tr("Extension notice due")};
}

QString DeadlineReports::rightsText(const QString &names)
{
    QStringList labels;
    for (const QString &part : names.split(u',', Qt::SkipEmptyParts)) {
        const auto right = parseRight(part.trimmed());
        labels << (right ? label(*right) : part.trimmed());
    }
    return labels.join(QStringLiteral(", "));
}

QString DeadlineReports::daysLeftText(const DeadlineRow &row, QDate today)
{
    return row.clockStopped() ? QString() : QString::number(row.daysLeft(today));
}

QByteArray DeadlineReports::csv(const DeadlineReport &report, CsvProfile profile)
{
    DeadlineCsv csv(profile, report.header.today, report.rows.size());
    for (const DeadlineRow &row : report.rows) {
        csv.add(row);
    }
    return csv.take();
}

Result<QByteArray> DeadlineReports::csv(const ReportSource &source, const DeadlineFilter &filter, CsvProfile profile,
                                        DeadlineCounts *counts)
{
    auto header = source.header();
    if (!header) {
        return header.error();
    }
    const QDate today = header->today;
    DeadlineCsv csv(profile, today, 1024);
    DeadlineCounts seen;
    auto read = source.forEachOpenDeadlineBytes(filter, today, [&](const DeadlineRowBytes &row) {
        csv.add(row);
        countRow(seen, DeadlineCalculator::urgency(row.deadline, today, true, row.clockStoppedSince.isValid()),
                 row.extensionNoticeDue);
    });
    if (!read) {
        return read.error();
    }
    if (counts) {
        *counts = seen;
    }
    return csv.take();
}

QString DeadlineReports::eventUid(const QString &reference, const QString &registerId)
{
    const QString host = registerId.isEmpty() ? QStringLiteral("register") : registerId.left(16);
    return QStringLiteral("%1-deadline@%2.dpodesk").arg(reference, host);
}

} // namespace dpodesk
