// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/reportsource.h"
#include "reports/csvwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace dpodesk {

/// The queue's counts over the rows of a deadline report.
struct DeadlineCounts {
    int rows = 0;
    int overdue = 0;
    int dueSoon = 0;
    int clockStopped = 0;
    int extensionNoticeDue = 0;
};

/// The open cases with their deadline, days left, urgency, status, stopped clock and extension notice: overdue first,
/// then by deadline. A plain value, for the desk's report view as much as for the files below.
struct DeadlineReport {
    ReportHeader header;
    DeadlineFilter filter;
    QList<DeadlineRow> rows;

    DeadlineCounts counts() const;
};

/// Adds one row to the counts, as of today.
void countRow(DeadlineCounts &counts, const DeadlineRow &row, QDate today);
void countRow(DeadlineCounts &counts, Urgency urgency, bool extensionNoticeDue);

/// Builds the deadline report and writes it as CSV, PDF or ICS.
class DeadlineReports final {
    Q_DECLARE_TR_FUNCTIONS(DeadlineReports)
public:
    static Result<DeadlineReport> build(const ReportSource &source, const DeadlineFilter &filter);

    /// The filter in words: "all open cases", "open cases with a deadline from 2026-12-01 to 2026-12-31".
    static QString describe(const DeadlineFilter &filter);
    /// Stable right names as stored ("access,erasure") as translated labels: "Access, Erasure".
    static QString rightsText(const QString &names);
    /// The column titles of the CSV and the PDF.
    static QStringList columnTitles();
    /// The days-left cell: empty while the clock is stopped (no countdown), else a number (negative when overdue).
    static QString daysLeftText(const DeadlineRow &row, QDate today);

    static QByteArray csv(const DeadlineReport &report, CsvProfile profile);
    /// The same CSV streamed from the database without keeping the rows: for very large registers.
    /// counts, when given, receives the counts of the rows written.
    static Result<QByteArray> csv(const ReportSource &source, const DeadlineFilter &filter, CsvProfile profile,
                                  DeadlineCounts *counts = nullptr);
    /// Landscape A4: the organisation, the time of generation, the filter and the audit trail's head hash, then the
    /// table, its header repeated on every page, "page i / n" in the footer.
    static Result<QByteArray> pdf(const DeadlineReport &report);
    /// RFC 5545: one all-day event per deadline with reminders 7 days and 1 day before; the same UID for a case on
    /// every export, so that importing again updates the events. No data subject's name: calendars sync to clouds.
    static QByteArray ics(const DeadlineReport &report);
    /// The UID of a case's deadline event: "<reference>-deadline@<register id>.dpodesk".
    static QString eventUid(const QString &reference, const QString &registerId);
};

} // namespace dpodesk
