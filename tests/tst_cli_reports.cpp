// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// dpodesk-cli report from the outside: exit codes and one-line usage errors, every format written and readable, the
// --json summaries, the default period of the activity report, and a full disk (a file-size limit set in the child)
// that leaves the previous file byte for byte. "Today" is 2026-11-26 (clirunner.h).
//
// The small register: Overdue (received 2026-10-20, access: deadline 2026-11-20, overdue), Soon (2026-11-02, access
// and erasure: 2026-12-02, due within 7 days), Track (2026-11-20, rectification: 2026-12-20 is a Sunday, so
// 2026-12-21, on track).

#include "clirunner.h"
#include "reportparsers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace clitest;
using namespace reporttest;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliReports final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void usageErrors_data();
    void usageErrors();
    void deadlinesInEveryFormat();
    void deadlinesJson();
    void activityJsonAndDefaultPeriod();
    void missingRegister();
    void unwritableFolder();
    void fullDiskLeavesThePreviousFile();

private:
    Run run(const QStringList &args) const { return m_cli.run(args); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRunner m_cli;
    QTemporaryDir m_dir;
    QString m_register;
};

void TestCliReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli.setUp();
    QVERIFY(m_dir.isValid());
    m_register = path(QStringLiteral("register.sqlite"));
    const QList<QStringList> cases{
        words({"--last-name", "Overdue", "--right", "access", "--received", "2026-10-20"}),
        words({"--last-name", "Soon", "--right", "access", "--right", "erasure", "--received", "2026-11-02"}),
        words({"--last-name", "Track", "--right", "rectification", "--received", "2026-11-20"}),
    };
    for (const QStringList &c : cases) {
        const Run added = run(words({"case", "add", "--json"}) + c + databaseOption(m_register));
        CLI_VERIFY_JSON(added);
    }
}

void TestCliReports::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no report named") << words({"report"}) << QStringLiteral("\"report\" needs a command");
    QTest::newRow("unknown report") << words({"report", "weekly", "--format", "csv", "--out", "x.csv"})
                                    << QStringLiteral("unknown report \"weekly\"");
    QTest::newRow("no format") << words({"report", "deadlines", "--out", "x.csv"})
                               << QStringLiteral("--format is required: csv, pdf or ics");
    QTest::newRow("ics for the activity report") << words({"report", "activity", "--format", "ics", "--out", "x.ics"})
                                                 << QStringLiteral("the ics format is for the deadline report only");
    QTest::newRow("unknown format") << words({"report", "deadlines", "--format", "xlsx", "--out", "x.xlsx"})
                                    << QStringLiteral("unknown format \"xlsx\"");
    QTest::newRow("profile for a pdf") << words({"report", "deadlines", "--format", "pdf", "--profile", "standard",
                                                 "--out", "x.pdf"})
                                       << QStringLiteral("--profile applies to the csv format only");
    QTest::newRow("unknown profile") << words({"report", "activity", "--format", "csv", "--profile", "excel", "--out",
                                               "x.csv"})
                                     << QStringLiteral("unknown profile \"excel\"");
    QTest::newRow("no output file") << words({"report", "deadlines", "--format", "csv"})
                                    << QStringLiteral("--out is required");
    QTest::newRow("bad date") << words({"report", "activity", "--format", "csv", "--out", "x.csv", "--from",
                                        "2026-13-01"})
                              << QStringLiteral("--from \"2026-13-01\" is not a date");
    QTest::newRow("from after to") << words({"report", "deadlines", "--format", "csv", "--out", "x.csv", "--from",
                                             "2026-12-01", "--to", "2026-11-01"})
                                   << QStringLiteral("--from (2026-12-01) comes after --to (2026-11-01)");
    QTest::newRow("a stray argument") << words({"report", "deadlines", "--format", "csv", "--out", "x.csv", "extra"})
                                      << QStringLiteral("unexpected argument \"extra\"");
    QTest::newRow("unknown option") << words({"report", "deadlines", "--format", "csv", "--out", "x.csv", "--year",
                                              "2026"})
                                    << QStringLiteral("Unknown option 'year'");
}

void TestCliReports::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    const Run r = run(args + databaseOption(m_register));
    CLI_VERIFY_REFUSED(r, kUsage, fragment);
    QVERIFY(!QFile::exists(QStringLiteral("x.csv")));
}

void TestCliReports::deadlinesInEveryFormat()
{
    const QString csvPath = path(QStringLiteral("deadlines.csv"));
    const Run csv =
        run(words({"report", "deadlines", "--format", "csv", "--out"}) << csvPath << databaseOption(m_register));
    CLI_VERIFY_EXIT(csv, kOk);
    QVERIFY(csv.err.isEmpty());
    QCOMPARE(QString::fromUtf8(csv.out).trimmed(),
             csvPath + QStringLiteral(": 3 open cases (1 overdue, 1 due within 7 days, 0 clocks stopped, 0 extension "
                                      "notices due)"));
    const Csv table = parseCsv(readFile(csvPath), u',');
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.rows.size(), 4);
    QCOMPARE(table.rows[1].mid(0, 3),
             (QStringList{QStringLiteral("DR-2026-0001"), QStringLiteral("Overdue"), QStringLiteral("Access")}));
    QCOMPARE(table.rows[1][6], QStringLiteral("-6"));
    QCOMPARE(table.rows[3][5], QStringLiteral("2026-12-21"));

    const QString frPath = path(QStringLiteral("deadlines-fr.csv"));
    CLI_VERIFY_EXIT(run(words({"report", "deadlines", "--format", "csv", "--profile", "fr-spreadsheet", "--out"})
                        << frPath << databaseOption(m_register)),
                    kOk);
    const Csv fr = parseCsv(readFile(frPath), u';');
    QVERIFY(fr.bom);
    QCOMPARE(fr.rows, table.rows);

    const QString pdfPath = path(QStringLiteral("deadlines.pdf"));
    CLI_VERIFY_EXIT(
        run(words({"report", "deadlines", "--format", "pdf", "--out"}) << pdfPath << databaseOption(m_register)), kOk);
    const QString text = pdfPages(readFile(pdfPath)).join(u' ');
    QVERIFY2(text.contains(QStringLiteral("DR-2026-0003")) && text.contains(QStringLiteral("page 1 / 1")),
             qPrintable(text));

    const QString icsPath = path(QStringLiteral("deadlines.ics"));
    CLI_VERIFY_EXIT(
        run(words({"report", "deadlines", "--format", "ics", "--out"}) << icsPath << databaseOption(m_register)), kOk);
    IcsComponent calendar;
    const QString problem = parseIcs(readFile(icsPath), &calendar);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(calendar.childrenNamed(QStringLiteral("VEVENT")).size(), 3);

    // Only the deadlines of December.
    const Run december =
        run(words({"report", "deadlines", "--format", "csv", "--from", "2026-12-01", "--to", "2026-12-31", "--out"})
            << csvPath << databaseOption(m_register));
    CLI_VERIFY_EXIT(december, kOk);
    QCOMPARE(parseCsv(readFile(csvPath), u',').rows.size(), 3);
}

void TestCliReports::deadlinesJson()
{
    const QString out = path(QStringLiteral("summary.ics"));
    const Run r =
        run(words({"report", "deadlines", "--format", "ics", "--json", "--out"}) << out << databaseOption(m_register));
    CLI_VERIFY_JSON(r);
    const QJsonObject o = r.object();
    QCOMPARE(str(o, "report"), QStringLiteral("deadlines"));
    QCOMPARE(str(o, "format"), QStringLiteral("ics"));
    QCOMPARE(str(o, "out"), out);
    QCOMPARE(o.value(QStringLiteral("open_cases")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("overdue")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("due_soon")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("clock_stopped")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("from")).isNull());
    QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(out).size());
}

void TestCliReports::activityJsonAndDefaultPeriod()
{
    const QString out = path(QStringLiteral("activity.csv"));
    const Run year =
        run(words({"report", "activity", "--format", "csv", "--json", "--out"}) << out << databaseOption(m_register));
    CLI_VERIFY_JSON(year);
    const QJsonObject o = year.object();
    QCOMPARE(str(o, "from"), QStringLiteral("2026-01-01")); // this calendar year
    QCOMPARE(str(o, "to"), QStringLiteral("2026-12-31"));
    QCOMPARE(str(o, "profile"), QStringLiteral("standard"));
    QCOMPARE(o.value(QStringLiteral("received")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("late")).toInt(), 1); // Overdue: open past its deadline
    QCOMPARE(o.value(QStringLiteral("pending")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("within_one_month")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("median_days_to_answer")).isNull());
    QCOMPARE(str(o, "open_on"), QStringLiteral("2026-11-26"));
    QCOMPARE(o.value(QStringLiteral("open_at_end")).toInt(), 3);
    const Csv csv = parseCsv(readFile(out), u',');
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE(csv.row(QStringLiteral("received.total")).value(3), QStringLiteral("3"));

    // One bound alone stands for its calendar year.
    const Run fromOnly = run(words({"report", "activity", "--format", "pdf", "--json", "--from", "2026-11-01", "--out"})
                             << path(QStringLiteral("activity.pdf")) << databaseOption(m_register));
    CLI_VERIFY_JSON(fromOnly);
    QCOMPARE(str(fromOnly.object(), "to"), QStringLiteral("2026-12-31"));
    QCOMPARE(fromOnly.object().value(QStringLiteral("received")).toInt(), 2);
    const Run toOnly = run(words({"report", "activity", "--format", "csv", "--json", "--to", "2025-06-30", "--out"})
                           << out << databaseOption(m_register));
    CLI_VERIFY_JSON(toOnly);
    QCOMPARE(str(toOnly.object(), "from"), QStringLiteral("2025-01-01"));
    QCOMPARE(toOnly.object().value(QStringLiteral("received")).toInt(), 0);
}

void TestCliReports::missingRegister()
{
    const QString missing = path(QStringLiteral("missing.sqlite"));
    const Run r = run(words({"report", "deadlines", "--format", "csv", "--out"})
                      << path(QStringLiteral("never.csv")) << databaseOption(missing));
    CLI_VERIFY_EXIT(r, kFailure);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.csv"))));
}

void TestCliReports::unwritableFolder()
{
    const QString out = path(QStringLiteral("no/such/folder/report.csv"));
    const Run r = run(words({"report", "deadlines", "--format", "csv", "--out"}) << out << databaseOption(m_register));
    CLI_VERIFY_REFUSED(r, kFailure, QStringLiteral("Cannot write %1").arg(out));
}

void TestCliReports::fullDiskLeavesThePreviousFile()
{
    // The demo register of 3,000 cases has about 160 open ones: an ICS file of about 100 KiB.
    const QString big = path(QStringLiteral("big.sqlite"));
    CLI_VERIFY_EXIT(run(words({"demo", "--cases", "3000"}) << databaseOption(big)), kOk);
    const QString out = path(QStringLiteral("calendar.ics"));
    const Run first = run(words({"report", "deadlines", "--format", "ics", "--out"}) << out << databaseOption(big));
    CLI_VERIFY_EXIT(first, kOk);
    const QByteArray previous = readFile(out);
    QVERIFY2(previous.size() > 70000, QByteArray::number(previous.size()).constData());

    // In the child only: no file may grow past 64 KiB (SQLite's shared-memory file needs 32 KiB), and SIGXFSZ is
    // ignored so that the write fails short (EFBIG) instead of killing the process.
    const auto fullDisk = [] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = 64 * 1024;
        setrlimit(RLIMIT_FSIZE, &limit);
    };
    const Run full =
        m_cli.run(words({"report", "deadlines", "--format", "ics", "--out"}) << out << databaseOption(big), fullDisk);
    CLI_VERIFY_REFUSED(full, kFailure, QStringLiteral("any existing file was left as it was"));
    QCOMPARE(readFile(out), previous);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("calendar.ics*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("calendar.ics")});
}

QTEST_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
