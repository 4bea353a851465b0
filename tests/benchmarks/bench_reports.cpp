// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Compares exporting the deadline report as CSV with sqlite3 -csv selecting the same columns, in the same order, from
// the same file, and prints the ratio (aim: within 1.5x).
// Usage: dpodesk-bench-reports [--database PATH] [--cases N] [--runs R]
// A missing or empty database is first filled with the demo register (default 1,000,000 cases), as
// dpodesk-bench-register does: both can share /tmp/dpodesk-bench-1m.sqlite.
#include "audit/auditevent.h"
#include "benchtiming.h"
#include "common/clock.h"
#include "common/filewriter.h"
#include "demo/demogenerator.h"
#include "register/casebook.h"
#include "register/organisationsettings.h"
#include "reports/deadlinereport.h"
#include "storage/database.h"
#include "storage/sqlreportsource.h"
#include "storage/stores.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace dpodesk;

namespace {

QTextStream out(stdout);

using benchtiming::Figures;
using benchtiming::measure;

void report(const QString &what, const Figures &f)
{
    out << QStringLiteral("%1  best %2 ms  median %3 ms").arg(what, -58).arg(f.best, 9, 'f', 1).arg(f.median, 9, 'f', 1)
        << Qt::endl;
}

qint64 lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    qint64 lines = 0;
    while (!file.atEnd()) {
        lines += file.read(1 << 20).count('\n');
    }
    return lines;
}

bool runProcess(const QString &program, const QStringList &arguments, const QString &stdoutFile,
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!stdoutFile.isEmpty()) {
        process.setStandardOutputFile(stdoutFile);
    }
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out << program << " failed: " << process.readAllStandardError() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // as dpodesk-cli report: the same fonts and platform (offscreen)
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("Register to measure."), QStringLiteral("PATH"),
                      QStringLiteral("/tmp/dpodesk-bench-1m.sqlite")});
    parser.addOption({QStringLiteral("cases"), QStringLiteral("Cases to generate when the database is new."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Runs of each measure."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const FixedClock clock(QDate(2026, 11, 26));
    const QString today = clock.today().toString(Qt::ISODate);

    auto db = Database::open(path);
    if (!db) {
        out << db.errorMessage() << Qt::endl;
        return 1;
    }
    CaseBook repo(**db, clock, currentActor());
    if (auto loaded = repo.loadCalendar(); !loaded) {
        out << loaded.errorMessage() << Qt::endl;
        return 1;
    }
    CaseQuery all;
    all.scope = CaseQuery::Scope::All;
    if (repo.count(all).value() == 0) {
        out << "Generating the demo register in " << path << " ..." << Qt::endl;
        OrganisationSettings settings(repo);
        DemoGenerator generator(**db, repo, settings);
        DemoGenerator::Options options;
        options.cases = parser.value(QStringLiteral("cases")).toInt();
        options.today = clock.today();
        QElapsedTimer timer;
        timer.start();
        auto summary = generator.fill(options);
        if (!summary) {
            out << summary.errorMessage() << Qt::endl;
            return 1;
        }
        out << "  " << summary->cases << " cases in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    out << "Register: " << path << " (" << QFileInfo(path).size() / (1024 * 1024) << " MiB), "
        << repo.count(all).value() << " cases, " << repo.counts(clock.today())->open << " open; today " << today
        << Qt::endl;

    const QString folder = QDir::tempPath();
    const QString ours = folder + QStringLiteral("/dpodesk-bench-deadlines.csv");
    const QString theirs = folder + QStringLiteral("/dpodesk-bench-deadlines-sqlite3.csv");
    const QString viaCli = folder + QStringLiteral("/dpodesk-bench-deadlines-cli.csv");

    // DPO Desk: the streamed query, days left and urgency computed, labels, quoting and injection protection, then the
    // checked atomic write (temporary file, rename, read back).
    SqlReportSource source(**db, *repo.stores().organisation, clock);
    DeadlineCounts counts;
    qint64 bytes = 0;
    QList<double> buildMs;
    QList<double> writeMs;
    const Figures dpodesk = measure(runs, [&] {
        QElapsedTimer step;
        step.start();
        auto csv = DeadlineReports::csv(source, DeadlineFilter{}, CsvProfile::Standard, &counts);
        if (!csv) {
            out << csv.errorMessage() << Qt::endl;
            return false;
        }
        buildMs << step.nsecsElapsed() / 1e6;
        bytes = csv->size();
        step.restart();
        auto written = FileWriter::writeAtomically(ours, *csv);
        writeMs << step.nsecsElapsed() / 1e6;
        if (!written) {
            out << written.errorMessage() << Qt::endl;
        }
        return written.ok();
    });
    std::sort(buildMs.begin(), buildMs.end());
    std::sort(writeMs.begin(), writeMs.end());
    out << "Rows: " << counts.rows << " (" << counts.overdue << " overdue), " << bytes / 1024 << " KiB" << Qt::endl;
    report(QStringLiteral("dpodesk: deadline report CSV, open register"), dpodesk);
    out << QStringLiteral("  of which query and CSV in memory: median %1 ms; checked atomic write (fsync, read back): "
                          "median %2 ms")
               .arg(buildMs.at(buildMs.size() / 2), 0, 'f', 1)
               .arg(writeMs.at(writeMs.size() / 2), 0, 'f', 1)
        << Qt::endl;

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    Figures shell{-1, -1};
    if (sqlite3.isEmpty()) {
        out << "sqlite3 not found: no comparison" << Qt::endl;
    } else {
        // The same columns, filter and order, today written in.
        QString sql = SqlReportSource::openDeadlinesSql();
        sql.replace(QStringLiteral(":today"), QStringLiteral("'%1'").arg(today));
        out << "sqlite3 query: " << sql << Qt::endl;
        shell = measure(runs, [&] {
            return runProcess(sqlite3, {QStringLiteral("-csv"), QStringLiteral("-header"), path, sql}, theirs);
        });
        report(QStringLiteral("sqlite3 -csv, same columns and order (process)"), shell);
        out << "Lines: dpodesk " << lineCount(ours) << ", sqlite3 " << lineCount(theirs) << Qt::endl;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DPODESK_TODAY"), today);
    const Figures cli = measure(runs, [&] {
        return runProcess(QStringLiteral(DPODESK_CLI_PATH),
                          {QStringLiteral("report"), QStringLiteral("deadlines"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--out"), viaCli, QStringLiteral("--database"), path},
                          QString(), environment);
    });
    report(QStringLiteral("dpodesk-cli report deadlines (process, opening checks)"), cli);

    if (shell.best > 0) {
        out << QStringLiteral("Ratio dpodesk / sqlite3: best %1x, median %2x (aim: within 1.5x)")
                   .arg(dpodesk.best / shell.best, 0, 'f', 2)
                   .arg(dpodesk.median / shell.median, 0, 'f', 2)
            << Qt::endl;
        out << QStringLiteral("Ratio dpodesk-cli / sqlite3: best %1x, median %2x (the CLI also runs quick_check)")
                   .arg(cli.best / shell.best, 0, 'f', 2)
                   .arg(cli.median / shell.median, 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
