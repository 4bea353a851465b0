// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/reportsource.h"
#include "reports/csvwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>
#include <utility>

namespace dpodesk {

/// The period of an activity report, both days included.
struct ActivityPeriod {
    QDate from;
    QDate to;
    static ActivityPeriod calendarYear(int year) { return {QDate(year, 1, 1), QDate(year, 12, 31)}; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

/// Where a request received in the period stands against its deadline on the day of the report.
enum class Timeliness {
    WithinOneMonth,    ///< answered on or before the initial deadline (one month, suspensions added)
    WithinThreeMonths, ///< extended, answered after the initial deadline but on or before the extended one
    Late,              ///< answered after the deadline in force, a refusal after the initial one (art. 12(4)),
                       ///< or still open past the deadline
    Pending,           ///< open, its deadline not passed yet or its clock stopped
    NotDue,            ///< withdrawn, or closed without an answer: no answer was owed
};

/// The regulators' KPIs (docs/rules.md#activity-report; EDPB coordinated enforcement 2024-2025) for one period.
///
/// Definitions (also in the README and the PDF's footnotes):
/// - received: cases whose received date falls in the period; per right counts each right of a case, so the
///   rights add up to more than the cases when a request covers several.
/// - timeliness: judged on the report's date (see Timeliness). The shares are of the *settled* cases: answered, or
///   open past their deadline; the cases still pending and those with no answer owed are counted apart.
/// - extensions: cases received in the period that were extended (GDPR art. 12(3)).
/// - refusals by ground: each right refused in whole or in part counts once under its ground (art. 12(4)).
/// - days to answer: calendar days from receipt to the answer, for the answered cases; median and 90th percentile by
///   the nearest-rank method (the value at rank ceil(p × n) of the sorted list).
/// - identity requests: cases with a suspension to ask for identity information (open or closed).
/// - open at the end of the period: cases received on or before its last day (or today, if that is earlier) and
///   neither answered nor closed nor withdrawn by then — received in the period or before it.
struct ActivityFigures {
    int received = 0;
    QList<std::pair<Right, int>> byRight;
    QList<std::pair<Channel, int>> byChannel;
    QList<std::pair<QDate, int>> byMonth; ///< first day of each month of the period
    int withinOneMonth = 0;
    int withinThreeMonths = 0;
    int late = 0;
    int pending = 0;
    int notDue = 0;
    int extensions = 0;
    QList<std::pair<RefusalGround, int>> refusalsByGround;
    int answered = 0;
    std::optional<int> medianDaysToAnswer;
    std::optional<int> p90DaysToAnswer;
    int identityRequests = 0;
    QDate openOn; ///< the day "open at the end of the period" is counted on
    int openAtEnd = 0;

    int settled() const { return withinOneMonth + withinThreeMonths + late; }
    int refusals() const;
    /// Percentage of part in whole, 0 when whole is 0.
    static double share(int part, int whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }
};

struct ActivityReport {
    ReportHeader header;
    ActivityPeriod period;
    ActivityFigures figures;
};

/// Builds the activity report and writes it as CSV (the figures) or PDF (figures and charts).
class ActivityReports final {
    Q_DECLARE_TR_FUNCTIONS(ActivityReports)
public:
    static Result<ActivityReport> build(const ReportSource &source, const ActivityPeriod &period);

    /// The KPIs of the cases received in the period, as of today; openAtEnd is filled by build().
    static ActivityFigures compute(const QList<ActivityCase> &cases, const ActivityPeriod &period, QDate today);
    static Timeliness timeliness(const ActivityCase &c, QDate today);
    /// Nearest-rank percentile (0 < p <= 100) of values; nullopt when empty.
    static std::optional<int> percentile(QList<int> values, int p);

    /// One row per figure: key (stable, for scripts), section, item, value, share (%).
    static QByteArray csv(const ActivityReport &report, CsvProfile profile);
    /// Portrait A4: the key figures, bar charts per month, right, channel, timeliness and refusal ground, and the
    /// definitions as footnotes.
    static Result<QByteArray> pdf(const ActivityReport &report);

    static QString timelinessLabel(Timeliness t);
    /// The definitions shown under the figures.
    static QStringList definitions();
};

} // namespace dpodesk
