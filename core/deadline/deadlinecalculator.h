// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "deadline/holidaycalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace dpodesk {

/// A period during which the clock stood still: from the day the question was sent (inclusive)
/// to the day the answer arrived (exclusive), so it adds (answer - question) calendar days.
struct ClockStop {
    QDate from;
    QDate to;
};

/// How a deadline was reached, step by step, so the user can check it.
struct DeadlineDerivation {
    QDate start;                              ///< received on
    int months = 1;                           ///< 1 for the initial deadline, 3 for the extended one
    QDate sameDate;                           ///< start + months (clamped to the month's last day)
    bool clamped = false;                     ///< the day did not exist in the last month (Reg. 1182/71 art. 3(2)(c))
    int suspendedDays = 0;                    ///< closed suspensions, overlaps merged
    QDate beforeRoll;                         ///< sameDate + suspendedDays
    QList<std::pair<QDate, QString>> skipped; ///< non-working days rolled over, with their reason
    QDate deadline;                           ///< the first working day on or after beforeRoll
};

/// The GDPR art. 12(3) deadlines of one case.
struct Deadlines {
    QDate initial;  ///< one month, suspensions added, rolled to a working day
    QDate extended; ///< three months from receipt, suspensions added, rolled to a working day
    int suspendedDays = 0;
    /// The deadline in force: the extended one when the case was extended.
    QDate effective(bool extended) const { return extended ? this->extended : initial; }
    /// Art. 12(4): a refusal must be notified within one month of receipt, even after an extension.
    QDate refusalDeadline() const { return initial; }
};

/// Where a case stands against its deadline on a given day.
enum class Urgency {
    Overdue,      ///< open, deadline passed
    DueSoon,      ///< open, deadline within 7 days
    OnTrack,      ///< open, deadline further away
    ClockStopped, ///< open, waiting for identity or clarification: no countdown
    Done,         ///< answered, closed or withdrawn
};

/// Computes deadlines exactly as docs/rules.md#the-algorithm says (GDPR art. 12(3), Reg. 1182/71 art. 3):
/// initial = roll(addMonths(received, 1) + suspendedDays), extended = roll(addMonths(received, 3) + suspendedDays).
class DeadlineCalculator final {
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalculator)
public:
    static constexpr int kDueSoonDays = 7;

    explicit DeadlineCalculator(HolidayCalendar calendar = HolidayCalendar()) : m_calendar(std::move(calendar)) {}

    const HolidayCalendar &calendar() const { return m_calendar; }

    /// Total calendar days of the closed stops, overlapping stops counted once.
    static int suspendedDays(QList<ClockStop> stops);

    /// Reg. 1182/71 art. 3(4): a period ending on a Saturday, Sunday or holiday ends on the next working day.
    QDate rollToWorkingDay(QDate date) const;

    /// The due date of a task to a system owner (docs/rules.md#tasks-to-system-owners): `margin` working days before
    /// the deadline in force, but not before the day the task was planned (the margin is then lost, not the task),
    /// and never after the deadline. An invalid deadline (none in force) gives an invalid date.
    QDate taskDue(QDate deadline, QDate plannedOn, int margin) const;

    Deadlines compute(QDate receivedOn, const QList<ClockStop> &closedStops = {}) const;
    DeadlineDerivation derive(QDate receivedOn, int months, const QList<ClockStop> &closedStops = {}) const;
    /// The derivation in one line, e.g. "received 31 Jan 2026 → one month: 28 Feb 2026 (no such day that month:
    /// its last day); 28 Feb 2026 is Saturday; 1 Mar 2026 is Sunday → next working day Monday 2 March 2026".
    static QString explain(const DeadlineDerivation &derivation);

    /// Days from today to the deadline: negative when overdue.
    static int daysLeft(QDate deadline, QDate today) { return static_cast<int>(today.daysTo(deadline)); }
    static Urgency urgency(QDate deadline, QDate today, bool open, bool clockStopped);
    static bool answeredOnTime(QDate answeredOn, QDate deadline) { return answeredOn <= deadline; }

private:
    HolidayCalendar m_calendar;
};

QString urgencyName(Urgency urgency);  ///< stable identifier: overdue, due_soon, on_track, clock_stopped, done
QString urgencyLabel(Urgency urgency); ///< translated label

} // namespace dpodesk
