// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/activityreport.h"

#include <algorithm>

namespace dpodesk {

namespace {

template <typename K>
void bump(QList<std::pair<K, int>> &counts, K key)
{
    for (auto &entry : counts) {
        if (entry.first == key) {
            ++entry.second;
            return;
        }
    }
    counts.append({key, 1});
}

} // namespace

int ActivityFigures::refusals() const
{
    int total = 0;
    for (const auto &entry : refusalsByGround) {
        total += entry.second;
    }
    return total;
}

Timeliness ActivityReports::timeliness(const ActivityCase &c, QDate today)
{
    if (c.status == CaseStatus::Withdrawn) {
        return Timeliness::NotDue;
    }
    if (c.answeredOn.isValid()) {
        // GDPR art. 12(3): one month, extendable by two further months; the deadline in force decides.
        if (c.answeredOn <= c.initialDeadline && c.answeredOn <= c.deadline) {
            return Timeliness::WithinOneMonth;
        }
        // GDPR art. 12(4): a refusal is notified within one month of receipt, extension or not (not for a CNIL
        // complaint: the CNIL's date rules it, as in the workflow).
        const bool cnil = std::any_of(c.rights.cbegin(), c.rights.cend(),
                                      [](const ActivityRight &r) { return r.right == Right::CnilComplaint; });
        const bool refusal = !cnil && std::any_of(c.rights.cbegin(), c.rights.cend(), [](const ActivityRight &r) {
            return r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted;
        });
        if (refusal) {
            return Timeliness::Late;
        }
        return c.answeredOn <= c.deadline ? Timeliness::WithinThreeMonths : Timeliness::Late;
    }
    if (!isOpenStatus(c.status)) {
        return Timeliness::NotDue; // closed without an answer
    }
    if (c.clockStopped) {
        return Timeliness::Pending; // the deadline moves while the clock is stopped
    }
    return c.deadline.isValid() && c.deadline < today ? Timeliness::Late : Timeliness::Pending;
}

std::optional<int> ActivityReports::percentile(QList<int> values, int p)
{
    if (values.isEmpty() || p <= 0 || p > 100) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const qsizetype rank = (qsizetype(p) * n + 99) / 100; // ceil(p / 100 × n), at least 1
    return values.at(std::max<qsizetype>(1, rank) - 1);
}

ActivityFigures ActivityReports::compute(const QList<ActivityCase> &cases, const ActivityPeriod &period, QDate today)
{
    ActivityFigures f;
    for (const Right r : allRights()) {
        f.byRight.append({r, 0});
    }
    for (const Channel c : allChannels()) {
        f.byChannel.append({c, 0});
    }
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1)) {
        f.byMonth.append({m, 0});
    }
    for (const RefusalGround g : allRefusalGrounds()) {
        if (g != RefusalGround::None) {
            f.refusalsByGround.append({g, 0});
        }
    }
    QList<int> days;
    for (const ActivityCase &c : cases) {
        if (c.receivedOn < period.from || c.receivedOn > period.to) {
            continue;
        }
        ++f.received;
        for (const ActivityRight &r : c.rights) {
            bump(f.byRight, r.right);
            if (r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted) {
                bump(f.refusalsByGround, r.ground); // a refusal in part is a refusal (GDPR art. 12(4))
            }
        }
        bump(f.byChannel, c.channel);
        bump(f.byMonth, QDate(c.receivedOn.year(), c.receivedOn.month(), 1));
        switch (timeliness(c, today)) {
        case Timeliness::WithinOneMonth:
            ++f.withinOneMonth;
            break;
        case Timeliness::WithinThreeMonths:
            ++f.withinThreeMonths;
            break;
        case Timeliness::Late:
            ++f.late;
            break;
        case Timeliness::Pending:
            ++f.pending;
            break;
        case Timeliness::NotDue:
            ++f.notDue;
            break;
        }
        f.extensions += c.extended ? 1 : 0;
        f.identityRequests += c.identityRequested ? 1 : 0;
        if (c.answeredOn.isValid()) {
            days.append(int(c.receivedOn.daysTo(c.answeredOn)));
        }
    }
    f.answered = int(days.size());
    f.medianDaysToAnswer = percentile(days, 50);
    f.p90DaysToAnswer = percentile(days, 90);
    f.openOn = std::min(period.to, today);
    return f;
}

Result<ActivityReport> ActivityReports::build(const ReportSource &source, const ActivityPeriod &period)
{
    if (!period.isValid()) {
        return makeError(Error::Code::Invalid, tr("The period must start on or before the day it ends."),
                         QStringLiteral("period"));
    }
    auto header = source.header();
    if (!header) {
        return header.error();
    }
    auto cases = source.casesReceived(period.from, period.to);
    if (!cases) {
        return cases.error();
    }
    ActivityReport report;
    report.header = std::move(header).value();
    report.period = period;
    report.figures = compute(*cases, period, report.header.today);
    auto open = source.openCasesOn(report.figures.openOn);
    if (!open) {
        return open.error();
    }
    report.figures.openAtEnd = *open;
    return report;
}

QString ActivityReports::timelinessLabel(Timeliness t)
{
    switch (t) {
    case Timeliness::WithinOneMonth:
        return tr("Answered within one month");
    case Timeliness::WithinThreeMonths:
        return tr("Answered within three months (extended)");
    case Timeliness::Late:
        return tr("Late (answered after the deadline, or open past it)");
    case Timeliness::Pending:
        return tr("Pending (within the deadline, or clock stopped)");
    case Timeliness::NotDue:
        return tr("Withdrawn or closed without an answer");
    }
    return {};
}

QStringList ActivityReports::definitions()
{
    return {
        tr("Received: cases whose date of receipt falls in the period; per right, each right of a case counts."),
        tr("Timeliness is judged on the day of the report. Within one month: answered on or before the initial "
           "deadline (one month from receipt, plus the days the clock stood still, rolled to the next working day; "
           "GDPR art. 12(3)). Within three months: extended, answered on or before the extended deadline. Late: "
           "answered after the deadline in force, or still open past it. Shares are of these settled cases."),
        tr("Refusals: each right refused in whole or in part counts once under its ground (GDPR art. 12(4))."),
        tr("A refusal notified after the initial deadline is late even when the case was extended: GDPR art. 12(4) "
           "gives one month to refuse."),
        tr("Days to answer: calendar days from receipt to the answer; median and 90th percentile by the nearest "
           "rank (the value at rank ceil(p × n) of the sorted list)."),
        tr("Identity requests: cases with a suspension to ask for identity information. Open at the end of the "
           "period: received by its last day (or today, if earlier) and neither answered, closed nor withdrawn by "
           "then."),
    };
}

QByteArray ActivityReports::csv(const ActivityReport &report, CsvProfile profile)
{
    const ActivityFigures &f = report.figures;
    CsvWriter w(profile, 8192);
    for (const QString &title : {tr("Key"), tr("Section"), tr("Item"), tr("Value"), tr("Share (%)")}) {
        w.appendText(title);
    }
    w.endRow();
    const auto begin = [&w](const QString &key, const QString &section, const QString &item) {
        w.appendText(key);
        w.appendText(section);
        w.appendText(item);
    };
    const auto count = [&](const QString &key, const QString &section, const QString &item, int value,
                           std::optional<int> whole = std::nullopt) {
        begin(key, section, item);
        w.appendInteger(value);
        if (whole) {
            w.appendDecimal(ActivityFigures::share(value, *whole), 1);
        } else {
            w.appendEmpty();
        }
        w.endRow();
    };
    const auto text = [&](const QString &key, const QString &item, const QString &value) {
        begin(key, tr("Report"), item);
        w.appendText(value);
        w.appendEmpty();
        w.endRow();
    };
    const auto date = [&](const QString &key, const QString &item, QDate value) {
        begin(key, tr("Report"), item);
        w.appendDate(value);
        w.appendEmpty();
        w.endRow();
    };
    text(QStringLiteral("report.organisation"), tr("Organisation"), report.header.organisation.name);
    date(QStringLiteral("report.period_from"), tr("Period from"), report.period.from);
    date(QStringLiteral("report.period_to"), tr("Period to"), report.period.to);
    text(QStringLiteral("report.generated_at"), tr("Generated on"), report.header.generatedAtText());
    text(QStringLiteral("report.audit_head"), tr("Audit trail head hash"), report.header.auditHeadHash);

    const QString received = tr("Requests received");
    count(QStringLiteral("received.total"), received, tr("Total"), f.received);
    for (const auto &[right, n] : f.byRight) {
        count(QStringLiteral("received.right.") + name(right), tr("Requests received per right"), label(right), n,
              f.received);
    }
    for (const auto &[channel, n] : f.byChannel) {
        count(QStringLiteral("received.channel.") + name(channel), tr("Requests received per channel"), label(channel),
              n, f.received);
    }
    for (const auto &[month, n] : f.byMonth) {
        const QString ym = month.toString(QStringLiteral("yyyy-MM"));
        count(QStringLiteral("received.month.") + ym, tr("Requests received per month"), ym, n, f.received);
    }
    const QString timelinessSection = tr("Timeliness");
    count(QStringLiteral("timeliness.within_one_month"), timelinessSection, timelinessLabel(Timeliness::WithinOneMonth),
          f.withinOneMonth, f.settled());
    count(QStringLiteral("timeliness.within_three_months"), timelinessSection,
          timelinessLabel(Timeliness::WithinThreeMonths), f.withinThreeMonths, f.settled());
    count(QStringLiteral("timeliness.late"), timelinessSection, timelinessLabel(Timeliness::Late), f.late, f.settled());
    count(QStringLiteral("timeliness.pending"), timelinessSection, timelinessLabel(Timeliness::Pending), f.pending);
    count(QStringLiteral("timeliness.not_due"), timelinessSection, timelinessLabel(Timeliness::NotDue), f.notDue);
    count(QStringLiteral("extensions.total"), tr("Extensions"), tr("Extended cases"), f.extensions, f.received);
    for (const auto &[ground, n] : f.refusalsByGround) {
        count(QStringLiteral("refusals.ground.") + name(ground), tr("Refusals by ground"), label(ground), n);
    }
    const QString daysSection = tr("Days to answer");
    count(QStringLiteral("days_to_answer.answered"), daysSection, tr("Answered cases"), f.answered);
    for (const auto &[key, item, value] :
         {std::tuple{QStringLiteral("days_to_answer.median"), tr("Median"), f.medianDaysToAnswer},
          std::tuple{QStringLiteral("days_to_answer.p90"), tr("90th percentile"), f.p90DaysToAnswer}}) {
        begin(key, daysSection, item);
        if (value) {
            w.appendInteger(*value);
        } else {
            w.appendEmpty();
        }
        w.appendEmpty();
        w.endRow();
    }
    count(QStringLiteral("identity_requests.total"), tr("Identity requests"), tr("Cases with an identity request"),
          f.identityRequests, f.received);
    count(QStringLiteral("open_at_end.total"), tr("Open at the end of the period"),
          tr("Open on %1").arg(f.openOn.toString(Qt::ISODate)), f.openAtEnd);
    return w.take();
}

} // namespace dpodesk
