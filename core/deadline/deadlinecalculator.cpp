// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deadline/deadlinecalculator.h"

#include <QLocale>

#include <algorithm>

namespace dpodesk {

int DeadlineCalculator::suspendedDays(QList<ClockStop> stops)
{
    // Merge half-open intervals [from, to) so that overlapping suspensions count once.
    stops.erase(
        std::remove_if(stops.begin(), stops.end(),
                       [](const ClockStop &s) { return !s.from.isValid() || !s.to.isValid() || s.to <= s.from; }),
        stops.end());
    std::sort(stops.begin(), stops.end(), [](const ClockStop &l, const ClockStop &r) { return l.from < r.from; });
    qint64 total = 0;
    QDate runFrom;
    QDate runTo;
    for (const ClockStop &stop : stops) {
        if (!runFrom.isValid()) {
            runFrom = stop.from;
            runTo = stop.to;
        } else if (stop.from <= runTo) {
            runTo = std::max(runTo, stop.to);
        } else {
            total += runFrom.daysTo(runTo);
            runFrom = stop.from;
            runTo = stop.to;
        }
    }
    if (runFrom.isValid()) {
        total += runFrom.daysTo(runTo);
    }
    return static_cast<int>(total);
}

QDate DeadlineCalculator::rollToWorkingDay(QDate date) const
{
    if (!date.isValid()) {
        return date;
    }
    while (!m_calendar.isWorkingDay(date)) {
        date = date.addDays(1);
    }
    return date;
}

QDate DeadlineCalculator::taskDue(QDate deadline, QDate plannedOn, int margin) const
{
    if (!deadline.isValid()) {
        return {};
    }
    QDate due = deadline;
    for (int left = margin; left > 0;) {
        due = due.addDays(-1);
        if (m_calendar.isWorkingDay(due)) {
            --left;
        }
    }
    if (plannedOn.isValid() && due < plannedOn) {
        due = plannedOn;
    }
    return std::min(due, deadline);
}

DeadlineDerivation DeadlineCalculator::derive(QDate receivedOn, int months, const QList<ClockStop> &closedStops) const
{
    DeadlineDerivation d;
    d.start = receivedOn;
    if (!receivedOn.isValid()) {
        return d;
    }
    d.months = months;
    // Reg. 1182/71 art. 3(1) and 3(2)(c): the day of receipt does not count; the period ends on the same date
    // of the last month, or that month's last day when the date does not exist (QDate::addMonths clamps).
    // docs/rules.md#start-and-month-end
    d.sameDate = receivedOn.addMonths(months);
    d.clamped = d.sameDate.day() != receivedOn.day();
    d.suspendedDays = suspendedDays(closedStops);
    d.beforeRoll = d.sameDate.addDays(d.suspendedDays);
    // Reg. 1182/71 art. 3(4); EDPB Guidelines 01/2022 §161: the roll happens once, at the end
    // (docs/rules.md#weekends-holidays-and-closure-days).
    QDate date = d.beforeRoll;
    while (!m_calendar.isWorkingDay(date)) {
        d.skipped.append({date, m_calendar.nonWorkingReason(date)});
        date = date.addDays(1);
    }
    d.deadline = date;
    return d;
}

Deadlines DeadlineCalculator::compute(QDate receivedOn, const QList<ClockStop> &closedStops) const
{
    Deadlines result;
    if (!receivedOn.isValid()) {
        return result;
    }
    result.suspendedDays = suspendedDays(closedStops);
    // GDPR art. 12(3): one month, extendable by two further months (three months from receipt).
    result.initial = rollToWorkingDay(receivedOn.addMonths(1).addDays(result.suspendedDays));
    result.extended = rollToWorkingDay(receivedOn.addMonths(3).addDays(result.suspendedDays));
    return result;
}

QString DeadlineCalculator::explain(const DeadlineDerivation &d)
{
    const QLocale locale;
    const auto shortDate = [&](QDate date) { return locale.toString(date, QStringLiteral("d MMM yyyy")); };
    QString text = d.months == 1 ? tr("received %1 → one month: %2").arg(shortDate(d.start), shortDate(d.sameDate))
                                 : tr("received %1 → three months: %2").arg(shortDate(d.start), shortDate(d.sameDate));
    if (d.clamped) {
        text += tr(" (no such day that month: its last day)");
    }
    if (d.suspendedDays > 0) {
        text +=
            (d.suspendedDays == 1 ? tr("; + 1 day suspended → %1").arg(shortDate(d.beforeRoll))
                                  : tr("; + %1 days suspended → %2").arg(d.suspendedDays).arg(shortDate(d.beforeRoll)));
    }
    for (const auto &[date, reason] : d.skipped) {
        text += tr("; %1 is %2").arg(shortDate(date), reason);
    }
    if (!d.skipped.isEmpty()) {
        text += tr(" → next working day %1").arg(locale.toString(d.deadline, QStringLiteral("dddd d MMMM yyyy")));
    }
    return text;
}

Urgency DeadlineCalculator::urgency(QDate deadline, QDate today, bool open, bool clockStopped)
{
    if (!open) {
        return Urgency::Done;
    }
    if (clockStopped) {
        return Urgency::ClockStopped;
    }
    const int left = daysLeft(deadline, today);
    if (left < 0) {
        return Urgency::Overdue;
    }
    return left <= kDueSoonDays ? Urgency::DueSoon : Urgency::OnTrack;
}

QString urgencyName(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QStringLiteral("overdue");
    case Urgency::DueSoon:
        return QStringLiteral("due_soon");
    case Urgency::OnTrack:
        return QStringLiteral("on_track");
    case Urgency::ClockStopped:
        return QStringLiteral("clock_stopped");
    case Urgency::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString urgencyLabel(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return DeadlineCalculator::tr("Overdue");
    case Urgency::DueSoon:
        return DeadlineCalculator::tr("Due within %1 days").arg(DeadlineCalculator::kDueSoonDays);
    case Urgency::OnTrack:
        return DeadlineCalculator::tr("On track");
    case Urgency::ClockStopped:
        return DeadlineCalculator::tr("Clock stopped");
    case Urgency::Done:
        return DeadlineCalculator::tr("Done");
    }
    return {};
}

} // namespace dpodesk
