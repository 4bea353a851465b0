// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// dpodesk-cli from the outside, the `deadline` command and the usage: every test runs the built binary
// (DPODESK_CLI_PATH, through clirunner.h) with QProcess and checks its exit code, its stdout (JSON with --json) and
// its stderr. "Today" is fixed with DPODESK_TODAY.
//
// Expected deadlines were worked out by hand from docs/rules.md#the-clock (the clock, the holiday calendars) and
// checked against the binary.

#include "clirunner.h"

#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliDeadline final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // The `deadline` command: a contract other tools rely on.
    void deadlineContract_data();
    void deadlineContract();
    void deadlineBadInput_data();
    void deadlineBadInput();

    // Usage.
    void overviewHelp();
    void commandHelp();
    void wrongUsage_data();
    void wrongUsage();

private:
    Run run(const QStringList &args) const { return m_cli.run(args); }

    CliRunner m_cli;
};

void TestCliDeadline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli.setUp();
}

// ---------------------------------------------------------------------------------------------------------------------
// deadline

void TestCliDeadline::deadlineContract_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("initial");
    QTest::addColumn<QString>("extended");
    QTest::addColumn<int>("suspendedDays");

    // The reference worked examples of docs/rules.md#worked-examples.
    QTest::newRow("31 Jan: month-end clamp, then weekend")
        << words({"--received", "2026-01-31"}) << QStringLiteral("fr") << QStringLiteral("2026-03-02")
        << QStringLiteral("2026-04-30") << 0;
    QTest::newRow("5 Mar: Easter Sunday, then Easter Monday")
        << words({"--received", "2026-03-05"}) << QStringLiteral("fr") << QStringLiteral("2026-04-07")
        << QStringLiteral("2026-06-05") << 0;
    QTest::newRow("14 Apr: Ascension; extended: 14 July")
        << words({"--received", "2026-04-14"}) << QStringLiteral("fr") << QStringLiteral("2026-05-15")
        << QStringLiteral("2026-07-15") << 0;
    // Extended: 30 April 2028 is a Sunday and 1 May a holiday.
    QTest::newRow("31 Jan 2028: leap year") << words({"--received", "2028-01-31"}) << QStringLiteral("fr")
                                            << QStringLiteral("2028-02-29") << QStringLiteral("2028-05-02") << 0;

    // Suspensions: 10 Apr + 8 days = Saturday 18 Apr -> Monday 20 Apr (the roll happens once, at the end).
    QTest::newRow("one suspension") << words({"--received", "2026-03-10", "--suspension", "2026-03-12:2026-03-20"})
                                    << QStringLiteral("fr") << QStringLiteral("2026-04-20")
                                    << QStringLiteral("2026-06-18") << 8;
    // 12-20 March and 15-25 March overlap: 12-25 March, 13 days, not 8 + 10.
    QTest::newRow("two overlapping suspensions")
        << words({"--received", "2026-03-10", "--suspension", "2026-03-12:2026-03-20", "--suspension",
                  "2026-03-15:2026-03-25"})
        << QStringLiteral("fr") << QStringLiteral("2026-04-23") << QStringLiteral("2026-06-23") << 13;
    QTest::newRow("overlapping suspensions, given in reverse order")
        << words({"--received", "2026-03-10", "--suspension", "2026-03-15:2026-03-25", "--suspension",
                  "2026-03-12:2026-03-20"})
        << QStringLiteral("fr") << QStringLiteral("2026-04-23") << QStringLiteral("2026-06-23") << 13;
    QTest::newRow("one suspension inside another")
        << words({"--received", "2026-03-10", "--suspension", "2026-03-12:2026-03-25", "--suspension",
                  "2026-03-15:2026-03-20"})
        << QStringLiteral("fr") << QStringLiteral("2026-04-23") << QStringLiteral("2026-06-23") << 13;
    QTest::newRow("the same suspension twice")
        << words({"--received", "2026-03-10", "--suspension", "2026-03-12:2026-03-20", "--suspension",
                  "2026-03-12:2026-03-20"})
        << QStringLiteral("fr") << QStringLiteral("2026-04-20") << QStringLiteral("2026-06-18") << 8;

    // Alsace-Moselle adds Good Friday and 26 December.
    QTest::newRow("fr: Friday 26 Dec 2025 is a working day")
        << words({"--received", "2025-11-26", "--calendar", "fr"}) << QStringLiteral("fr")
        << QStringLiteral("2025-12-26") << QStringLiteral("2026-02-26") << 0;
    QTest::newRow("fr-alsace-moselle: Friday 26 Dec 2025, then weekend")
        << words({"--received", "2025-11-26", "--calendar", "fr-alsace-moselle"}) << QStringLiteral("fr-alsace-moselle")
        << QStringLiteral("2025-12-29") << QStringLiteral("2026-02-26") << 0;
    QTest::newRow("fr-alsace-moselle: Tuesday 26 Dec 2028")
        << words({"--received", "2028-11-26", "--calendar", "fr-alsace-moselle"}) << QStringLiteral("fr-alsace-moselle")
        << QStringLiteral("2028-12-27") << QStringLiteral("2029-02-26") << 0;
    QTest::newRow("fr: Good Friday 3 Apr 2026 is a working day")
        << words({"--received", "2026-03-03"}) << QStringLiteral("fr") << QStringLiteral("2026-04-03")
        << QStringLiteral("2026-06-03") << 0;
    QTest::newRow("fr-alsace-moselle: Good Friday, weekend, Easter Monday")
        << words({"--received", "2026-03-03", "--calendar", "fr-alsace-moselle"}) << QStringLiteral("fr-alsace-moselle")
        << QStringLiteral("2026-04-07") << QStringLiteral("2026-06-03") << 0;

    // La Réunion adds 20 December. Extended 2027 case: 20 Feb 2028 is a Sunday.
    QTest::newRow("fr: Monday 20 Dec 2027 is a working day")
        << words({"--received", "2027-11-20"}) << QStringLiteral("fr") << QStringLiteral("2027-12-20")
        << QStringLiteral("2028-02-21") << 0;
    QTest::newRow("fr-reunion: Monday 20 Dec 2027")
        << words({"--received", "2027-11-20", "--calendar", "fr-reunion"}) << QStringLiteral("fr-reunion")
        << QStringLiteral("2027-12-21") << QStringLiteral("2028-02-21") << 0;
    QTest::newRow("fr-reunion: Wednesday 20 Dec 2028")
        << words({"--received", "2028-11-20", "--calendar", "fr-reunion"}) << QStringLiteral("fr-reunion")
        << QStringLiteral("2028-12-21") << QStringLiteral("2029-02-20") << 0;
}

void TestCliDeadline::deadlineContract()
{
    QFETCH(QStringList, options);
    QFETCH(QString, calendar);
    QFETCH(QString, initial);
    QFETCH(QString, extended);
    QFETCH(int, suspendedDays);

    const Run r = run(QStringList{QStringLiteral("deadline")} << options << QStringLiteral("--json"));
    CLI_VERIFY_JSON(r);
    QVERIFY2(r.json.isObject(), r.describe().constData());
    const QJsonObject o = r.object();
    QCOMPARE(str(o, "initial_deadline"), initial);
    QCOMPARE(str(o, "extended_deadline"), extended);
    const QJsonValue days = o.value(QLatin1String("suspended_days"));
    QVERIFY2(days.isDouble(), r.describe().constData());
    QCOMPARE(days.toDouble(), double(suspendedDays));
    // An integer in the text too, not 8.0.
    static const QRegularExpression integer(QStringLiteral(R"re("suspended_days"\s*:\s*(-?\d+)\s*[,}])re"));
    const QRegularExpressionMatch match = integer.match(QString::fromUtf8(r.out));
    QVERIFY2(match.hasMatch(), r.describe().constData());
    QCOMPARE(match.captured(1).toInt(), suspendedDays);

    QCOMPARE(str(o, "received_on"), options.at(1));
    QCOMPARE(str(o, "calendar"), calendar);
    // The refusal deadline is the initial deadline (docs/rules.md#refusal-deadline; GDPR art. 12(4)).
    QCOMPARE(str(o, "refusal_deadline"), initial);
}

void TestCliDeadline::deadlineBadInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unknown calendar") << words({"--received", "2026-03-05", "--calendar", "fr-mars"})
                                      << QStringLiteral("fr-mars");
    QTest::newRow("month 13") << words({"--received", "2026-13-01"}) << QStringLiteral("2026-13-01");
    QTest::newRow("no zero padding") << words({"--received", "2026-1-5"}) << QStringLiteral("2026-1-5");
    QTest::newRow("a word") << words({"--received", "tomorrow"}) << QStringLiteral("tomorrow");
    QTest::newRow("30 February") << words({"--received", "2026-02-30"}) << QStringLiteral("2026-02-30");
    QTest::newRow("FROM after TO") << words({"--received", "2026-03-10", "--suspension", "2026-03-20:2026-03-12"})
                                   << QStringLiteral("FROM is after TO");
    QTest::newRow("suspension without TO")
        << words({"--received", "2026-03-10", "--suspension", "2026-03-20"}) << QStringLiteral("FROM:TO");
    QTest::newRow("malformed suspension date")
        << words({"--received", "2026-03-10", "--suspension", "2026-03-12:2026-3-20"}) << QStringLiteral("2026-3-20");
    QTest::newRow("suspension before receipt")
        << words({"--received", "2026-03-10", "--suspension", "2026-03-01:2026-03-12"})
        << QStringLiteral("before the request was received");
    QTest::newRow("missing --received") << QStringList() << QStringLiteral("--received");
    QTest::newRow("unknown option") << words({"--received", "2026-03-05", "--frobnicate"})
                                    << QStringLiteral("frobnicate");
}

void TestCliDeadline::deadlineBadInput()
{
    QFETCH(QStringList, options);
    QFETCH(QString, fragment);

    const Run r = run(QStringList{QStringLiteral("deadline")} << options << QStringLiteral("--json"));
    // Exit status 2 is "wrong usage" in dpodesk-cli --help.
    CLI_VERIFY_REFUSED(r, kUsage, fragment);
    QVERIFY2(r.err.startsWith("dpodesk-cli: "), r.describe().constData());
}

// ---------------------------------------------------------------------------------------------------------------------
// Usage

void TestCliDeadline::overviewHelp()
{
    const QStringList variants{QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")};
    for (const QString &option : variants) {
        const Run r = run({option});
        CLI_VERIFY_EXIT(r, kOk);
        QVERIFY2(r.err.isEmpty(), r.describe().constData());
        QVERIFY2(r.out.startsWith("Usage: dpodesk-cli COMMAND"), r.describe().constData());
        for (const char *command : {"deadline --received", "case add", "case list", "audit verify", "demo --cases"}) {
            QVERIFY2(r.out.contains(command), r.describe().constData());
        }
    }
    // Without any argument: the same overview, but it is wrong usage.
    const Run bare = run({});
    CLI_VERIFY_EXIT(bare, kUsage);
    QVERIFY2(bare.out.startsWith("Usage: dpodesk-cli COMMAND"), bare.describe().constData());
}

void TestCliDeadline::commandHelp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("register.sqlite"));

    const Run r = run(words({"case", "add", "--help"}) << databaseOption(database));
    CLI_VERIFY_EXIT(r, kOk);
    QVERIFY2(r.err.isEmpty(), r.describe().constData());
    QVERIFY2(r.out.startsWith("Usage: "), r.describe().constData());
    for (const char *option : {"--right <RIGHT>", "--received <YYYY-MM-DD>", "--first-name", "--email", "--database",
                               "--json", "access", "erasure"}) {
        QVERIFY2(r.out.contains(option), r.describe().constData());
    }
    // Help only: the register is not created.
    QVERIFY(!QFile::exists(database));

    QVERIFY2(r.out.startsWith("Usage: dpodesk-cli case add --right RIGHT"), r.out.left(200).constData());

    const Run deadlineHelp = run(words({"deadline", "--help"}));
    CLI_VERIFY_EXIT(deadlineHelp, kOk);
    QVERIFY2(deadlineHelp.out.contains("--suspension <FROM:TO>"), deadlineHelp.describe().constData());
    QVERIFY2(deadlineHelp.out.contains("fr-alsace-moselle"), deadlineHelp.describe().constData());
}

void TestCliDeadline::wrongUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unknown command") << words({"frobnicate"}) << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("unknown case command") << words({"case", "frobnicate"}) << QStringLiteral("case frobnicate");
    QTest::newRow("unknown audit command") << words({"audit", "frobnicate"}) << QStringLiteral("audit frobnicate");
    QTest::newRow("case without a command") << words({"case"}) << QStringLiteral("needs a command");
    QTest::newRow("options but no command") << words({"--json"}) << QStringLiteral("no command given");
}

void TestCliDeadline::wrongUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("register.sqlite"));
    const Run r = run(args << databaseOption(database));
    CLI_VERIFY_REFUSED(r, kUsage, fragment);
    QVERIFY(!QFile::exists(database));
}

QTEST_GUILESS_MAIN(TestCliDeadline)
#include "tst_cli_deadline.moc"
