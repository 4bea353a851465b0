#pragma once

#include "reports/reportsource.h"

#include <QCoreApplication>

namespace dpodesk {

class SqlCaseRepository;

/// The register as the reports read it: streamed, prepared queries over the stored deadline columns, so that the
/// deadline report of a million cases never loads a CaseRecord.
class SqlReportSource final : public ReportSource {
    Q_DECLARE_TR_FUNCTIONS(SqlReportSource)
public:
    explicit SqlReportSource(SqlCaseRepository &repository) : m_repository(repository) {}

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
    SqlCaseRepository &m_repository;
};

} // namespace dpodesk
