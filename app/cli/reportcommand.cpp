// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportcommand.h"

#include "clicontext.h"
#include "common/filewriter.h"
#include "reports/activityreport.h"
#include "reports/deadlinereport.h"
#include "storage/sqlreportsource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace dpodesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue numberOrNull(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

int runReport(const QString &verb, const QStringList &arguments)
{
    const bool deadlines = verb == QLatin1String("deadlines");
    if (!deadlines && verb != QLatin1String("activity")) {
        Context ctx({QStringLiteral("report")}, arguments);
        return ctx.unknownCommand(tr("unknown report \"%1\"; expected: deadlines or activity").arg(verb));
    }
    Context ctx({QStringLiteral("report"), verb}, arguments);
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("format"), deadlines ? tr("csv, pdf or ics.") : tr("csv or pdf."), QStringLiteral("FORMAT")},
        {QStringLiteral("out"), tr("The file to write (replaced whole, or left as it was on failure)."),
         QStringLiteral("FILE")},
        {QStringLiteral("from"),
         deadlines ? tr("Only deadlines on or after this date.")
                   : tr("First day of the period (default: 1 January of the year of --to, or of this year)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"),
         deadlines ? tr("Only deadlines on or before this date.")
                   : tr("Last day of the period (default: 31 December of the year of --from, or of this year)."),
         QStringLiteral("DATE")},
        {QStringLiteral("profile"),
         tr("For csv: standard (commas) or fr-spreadsheet (semicolons, BOM, decimal comma). Default: standard."),
         QStringLiteral("PROFILE")},
    });
    const QString description =
        deadlines ? tr("Write the deadline report: open cases with their deadline, days left, urgency, status, stopped "
                       "clock and extension notice; overdue first.")
                  : tr("Write the activity report of a period: requests received per right, channel and month, "
                       "timeliness, extensions, refusals by ground, days to answer, identity requests, open cases.");
    const QString syntax = deadlines ? QStringLiteral("--format csv|pdf|ics --out FILE [--from DATE] [--to DATE] "
                                                      "[--profile standard|fr-spreadsheet]")
                                     : QStringLiteral("--format csv|pdf --out FILE [--from DATE] [--to DATE] "
                                                      "[--profile standard|fr-spreadsheet]");
    if (!ctx.parse(p, description, syntax)) {
        return ctx.exitCode();
    }
    if (!p.positionalArguments().isEmpty()) {
        return ctx.usage(tr("unexpected argument \"%1\"").arg(p.positionalArguments().constFirst()));
    }
    if (!p.isSet(QStringLiteral("format"))) {
        return ctx.usage(deadlines ? tr("--format is required: csv, pdf or ics")
                                   : tr("--format is required: csv or pdf"));
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format == QLatin1String("ics") && !deadlines) {
        return ctx.usage(tr("the ics format is for the deadline report only (dpodesk-cli report deadlines)"));
    }
    if (format != QLatin1String("csv") && format != QLatin1String("pdf") && format != QLatin1String("ics")) {
        return ctx.usage(
            tr("unknown format \"%1\"; expected: %2")
                .arg(format, deadlines ? QStringLiteral("csv, pdf or ics") : QStringLiteral("csv or pdf")));
    }
    CsvProfile profile = CsvProfile::Standard;
    if (p.isSet(QStringLiteral("profile"))) {
        if (format != QLatin1String("csv")) {
            return ctx.usage(tr("--profile applies to the csv format only"));
        }
        const auto parsed = parseCsvProfile(p.value(QStringLiteral("profile")));
        if (!parsed) {
            return ctx.usage(tr("unknown profile \"%1\"; expected: standard or fr-spreadsheet")
                                 .arg(p.value(QStringLiteral("profile"))));
        }
        profile = *parsed;
    }
    if (!p.isSet(QStringLiteral("out")) || p.value(QStringLiteral("out")).isEmpty()) {
        return ctx.usage(tr("--out is required: the file to write"));
    }
    const QString out = p.value(QStringLiteral("out"));
    QDate from;
    QDate to;
    for (const auto &[option, date] : {std::pair{"from", &from}, std::pair{"to", &to}}) {
        if (p.isSet(QLatin1String(option))) {
            auto parsed = parseDate(p.value(QLatin1String(option)), u"--" + QLatin1String(option));
            if (!parsed) {
                return ctx.usage(parsed.errorMessage());
            }
            *date = *parsed;
        }
    }
    if (from.isValid() && to.isValid() && from > to) {
        return ctx.usage(
            tr("--from (%1) comes after --to (%2)").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }
    if (auto opened = ctx.openRegister(Context::Access::Read); !opened) {
        return ctx.fail(opened.error());
    }
    const std::unique_ptr<ReportSource> reports = ctx.service().reportSource();
    ReportSource &source = *reports;
    QByteArray bytes;
    QJsonObject summary{
        {QStringLiteral("report"), verb}, {QStringLiteral("format"), format}, {QStringLiteral("out"), out}};
    if (format == QLatin1String("csv")) {
        summary.insert(QStringLiteral("profile"), csvProfileName(profile));
    }
    QString line;
    if (deadlines) {
        const DeadlineFilter filter{from, to};
        DeadlineCounts counts;
        if (format == QLatin1String("csv")) {
            // Streamed: the rows are never all held in memory.
            auto csv = DeadlineReports::csv(source, filter, profile, &counts);
            if (!csv) {
                return ctx.fail(csv.error());
            }
            bytes = std::move(csv).value();
        } else {
            auto report = DeadlineReports::build(source, filter);
            if (!report) {
                return ctx.fail(report.error());
            }
            counts = report->counts();
            if (format == QLatin1String("ics")) {
                bytes = DeadlineReports::ics(*report);
            } else {
                auto pdf = DeadlineReports::pdf(*report);
                if (!pdf) {
                    return ctx.fail(pdf.error());
                }
                bytes = std::move(pdf).value();
            }
        }
        summary.insert(QStringLiteral("from"), dateOrNull(from));
        summary.insert(QStringLiteral("to"), dateOrNull(to));
        summary.insert(QStringLiteral("open_cases"), counts.rows);
        summary.insert(QStringLiteral("overdue"), counts.overdue);
        summary.insert(QStringLiteral("due_soon"), counts.dueSoon);
        summary.insert(QStringLiteral("clock_stopped"), counts.clockStopped);
        summary.insert(QStringLiteral("extension_notice_due"), counts.extensionNoticeDue);
        line = tr("%1: %2 open cases (%3 overdue, %4 due within 7 days, %5 clocks stopped, %6 extension notices due)")
                   .arg(out)
                   .arg(counts.rows)
                   .arg(counts.overdue)
                   .arg(counts.dueSoon)
                   .arg(counts.clockStopped)
                   .arg(counts.extensionNoticeDue);
    } else {
        // A calendar year by default; one bound alone stands for its year.
        const int year = from.isValid() ? from.year() : to.isValid() ? to.year() : ctx.today().year();
        const ActivityPeriod period{from.isValid() ? from : QDate(year, 1, 1), to.isValid() ? to : QDate(year, 12, 31)};
        if (!period.isValid()) {
            return ctx.usage(tr("the period from %1 to %2 is empty")
                                 .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
        }
        auto report = ActivityReports::build(source, period);
        if (!report) {
            return ctx.fail(report.error());
        }
        if (format == QLatin1String("csv")) {
            bytes = ActivityReports::csv(*report, profile);
        } else {
            auto pdf = ActivityReports::pdf(*report);
            if (!pdf) {
                return ctx.fail(pdf.error());
            }
            bytes = std::move(pdf).value();
        }
        const ActivityFigures &f = report->figures;
        summary.insert(QStringLiteral("from"), dateOrNull(period.from));
        summary.insert(QStringLiteral("to"), dateOrNull(period.to));
        summary.insert(QStringLiteral("received"), f.received);
        summary.insert(QStringLiteral("within_one_month"), f.withinOneMonth);
        summary.insert(QStringLiteral("within_three_months"), f.withinThreeMonths);
        summary.insert(QStringLiteral("late"), f.late);
        summary.insert(QStringLiteral("pending"), f.pending);
        summary.insert(QStringLiteral("withdrawn_or_closed_unanswered"), f.notDue);
        summary.insert(QStringLiteral("extensions"), f.extensions);
        summary.insert(QStringLiteral("refusals"), f.refusals());
        summary.insert(QStringLiteral("identity_requests"), f.identityRequests);
        summary.insert(QStringLiteral("median_days_to_answer"), numberOrNull(f.medianDaysToAnswer));
        summary.insert(QStringLiteral("p90_days_to_answer"), numberOrNull(f.p90DaysToAnswer));
        summary.insert(QStringLiteral("open_on"), dateOrNull(f.openOn));
        summary.insert(QStringLiteral("open_at_end"), f.openAtEnd);
        line = tr("%1: %2 requests received from %3 to %4 (%5 answered within one month, %6 within three months, %7 "
                  "late)")
                   .arg(out)
                   .arg(f.received)
                   .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
                   .arg(f.withinOneMonth)
                   .arg(f.withinThreeMonths)
                   .arg(f.late);
    }
    if (auto written = FileWriter::writeAtomically(out, bytes); !written) {
        return ctx.fail(written.error());
    }
    summary.insert(QStringLiteral("bytes"), bytes.size());
    if (ctx.json()) {
        ctx.printJson(summary);
    } else {
        ctx.print(line);
    }
    return Ok;
}

} // namespace dpodesk::cli
