// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/reportsource.h"

#include <QCoreApplication>

namespace dpodesk {

class Clock;
class Database;
class OrganisationStore;

/// The register as the reports read it: streamed, prepared queries over the stored deadline columns, so that the
/// deadline report of a million cases never loads a CaseRecord.
class SqlReportSource final : public ReportSource {
    Q_DECLARE_TR_FUNCTIONS(SqlReportSource)
public:
    SqlReportSource(const Database &database, const OrganisationStore &organisation, const Clock &clock)
        : m_database(database), m_organisation(organisation), m_clock(clock)
    {
    }

    Result<ReportHeader> header() const override;
    Result<void> forEachOpenDeadline(const DeadlineFilter &filter, QDate today, bool withVersions,
                                     const std::function<void(const DeadlineRow &)> &visit) const override;
    /// Straight from SQLite through the driver's handle (UTF-8 text copied, never converted to QString); any other
    /// database goes through forEachOpenDeadline().
    Result<void> forEachOpenDeadlineBytes(const DeadlineFilter &filter, QDate today,
                                          const std::function<void(const DeadlineRowBytes &)> &visit) const override;
    Result<QList<ActivityCase>> casesReceived(QDate from, QDate to) const override;
    Result<int> openCasesOn(QDate day) const override;

    /// The deadline query of the CSV without a filter; :today stands for today's date. The benchmark runs the same
    /// query in sqlite3 to compare.
    static QString openDeadlinesSql();

private:
    const Database &m_database;
    const OrganisationStore &m_organisation;
    const Clock &m_clock;
};

} // namespace dpodesk
