// dpodesk-cli from the outside: every test runs the built binary (DPODESK_CLI_PATH) with QProcess and checks its exit
// code, its stdout (JSON with --json) and its stderr. "Today" is fixed with DPODESK_TODAY; every test keeps its
// register in its own temporary directory.
//
// Expected deadlines were worked out by hand from docs/gdpr-rules.md sections 2 and 3 (the clock, the holiday
// calendars) and checked against the binary.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

namespace {

constexpr int kTimeoutMs = 60'000;
constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;
constexpr int kIntegrityFailure = 3;

/// One run of dpodesk-cli.
struct Run {
    QStringList args;
    int code = -1; // -1: did not start or timed out; -2: crashed
    QByteArray out;
    QByteArray err;
    QJsonDocument json;
    bool jsonValid = false;

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }

    /// The command and what it printed, for failure messages.
    QByteArray describe() const
    {
        QByteArray text("dpodesk-cli ");
        text += args.join(u' ').toUtf8();
        text += "\nexit code: ";
        text += QByteArray::number(code);
        text += "\nstdout:\n";
        text += out;
        text += "\nstderr:\n";
        text += err;
        return text;
    }
};

/// ASCII or UTF-8 words as a QStringList (explicit conversion: the project defines QT_NO_CAST_FROM_ASCII).
QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list) {
        result << QString::fromUtf8(word);
    }
    return result;
}

QStringList databaseOption(const QString &path)
{
    return {QStringLiteral("--database"), path};
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

/// Empty if `r` succeeded with `code`, printed valid JSON and nothing on stderr; otherwise what went wrong.
QByteArray jsonSuccessProblem(const Run &r)
{
    if (r.code != kOk || !r.jsonValid || !r.err.isEmpty()) {
        return "expected exit 0, valid JSON on stdout and an empty stderr\n" + r.describe();
    }
    return {};
}

/// Empty if `r` failed with `code`, printed nothing on stdout and exactly one line on stderr that contains
/// `fragment`; otherwise what went wrong.
QByteArray refusalProblem(const Run &r, int code, const QString &fragment)
{
    QByteArray problem;
    if (r.code != code) {
        problem += "exit code " + QByteArray::number(r.code) + ", expected " + QByteArray::number(code) + "\n";
    }
    if (!r.out.isEmpty()) {
        problem += "stdout is not empty\n";
    }
    if (!r.err.endsWith('\n') || r.err.count('\n') != 1) {
        problem += "stderr is not exactly one line\n";
    }
    if (!QString::fromUtf8(r.err).contains(fragment)) {
        problem += "stderr does not contain \"" + fragment.toUtf8() + "\"\n";
    }
    if (!problem.isEmpty()) {
        problem += r.describe();
    }
    return problem;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Runs one SQL statement on the register file behind the application's back. Returns an error text, or empty.
QString execSql(const QString &path, const QString &statement, int *rowsAffected)
{
    static int serial = 0;
    const QString connection = QStringLiteral("tst_cli_tamper_%1").arg(++serial);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
            } else {
                *rowsAffected = query.numRowsAffected();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

const QRegularExpression &sha256Pattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern;
}

} // namespace

/// `result` exited with `expected`; on failure prints the command, its exit code and its output.
#define CLI_VERIFY_EXIT(result, expected) QVERIFY2((result).code == (expected), (result).describe().constData())

/// `result` exited 0 with valid JSON on stdout and nothing on stderr.
#define CLI_VERIFY_JSON(result)                                                                                        \
    do {                                                                                                               \
        const QByteArray problem_ = jsonSuccessProblem(result);                                                        \
        QVERIFY2(problem_.isEmpty(), problem_.constData());                                                            \
    } while (false)

/// `result` exited with `code`, nothing on stdout, one line on stderr containing `fragment`.
#define CLI_VERIFY_REFUSED(result, code, fragment)                                                                     \
    do {                                                                                                               \
        const QByteArray problem_ = refusalProblem((result), (code), (fragment));                                      \
        QVERIFY2(problem_.isEmpty(), problem_.constData());                                                            \
    } while (false)

class TestCli final : public QObject {
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

    // A case from intake to closure, and the audit trail of it.
    void caseLifecycle();

    // Refusals.
    void refusesFutureReceivedDate();
    void refusesMalformedEmail_data();
    void refusesMalformedEmail();
    void refusesExtensionAfterInitialDeadline();

    // The audit trail's hash chain.
    void auditDetectsEditedEvent();
    void auditDetectsDeletedEvent();
    void auditExpectHead();

    // The demo register.
    void demoRegister();

    // A file that is not a register is refused and left alone.
    void notADatabase_data();
    void notADatabase();

private:
    Run run(const QStringList &args) const;
    /// Adds Élodie Dupré (DR-2026-0001), Wei Wang (DR-2026-0002) and suspends the first: three audit events.
    void fillRegister(const QString &path);

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(DPODESK_CLI_PATH)), DPODESK_CLI_PATH);
    QVERIFY(m_home.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("DPODESK_TODAY"), QStringLiteral("2026-11-26"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Should a command ever fall back to the default register, it lands here and not in the user's data folder.
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
}

Run TestCli::run(const QStringList &args) const
{
    Run r;
    r.args = args;
    QProcess process;
    process.setProgram(QStringLiteral(DPODESK_CLI_PATH));
    process.setArguments(args);
    process.setProcessEnvironment(m_environment);
    process.start();
    if (!process.waitForStarted(kTimeoutMs)) {
        r.err = "could not start: " + process.errorString().toUtf8();
        return r;
    }
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
        r.err = "timed out after 60 s";
        return r;
    }
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    QJsonParseError error{};
    r.json = QJsonDocument::fromJson(r.out, &error);
    r.jsonValid = error.error == QJsonParseError::NoError && !r.json.isNull();
    return r;
}

void TestCli::fillRegister(const QString &path)
{
    const Run elodie = run(
        words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--email", "elodie.dupre@example.fr",
               "--right", "access", "--right", "erasure", "--received", "2026-11-02", "--json"})
        << databaseOption(path));
    CLI_VERIFY_JSON(elodie);
    QCOMPARE(str(elodie.object(), "reference"), QStringLiteral("DR-2026-0001"));
    const Run wei = run(words({"case", "add", "--first-name", "伟", "--last-name", "王", "--right", "rectification",
                               "--received", "2026-10-20", "--json"})
                        << databaseOption(path));
    CLI_VERIFY_JSON(wei);
    QCOMPARE(str(wei.object(), "reference"), QStringLiteral("DR-2026-0002"));
    const Run suspended =
        run(words({"case", "suspend", "DR-2026-0001", "--reason", "identity", "--asked-on", "2026-11-10", "--json"})
            << databaseOption(path));
    CLI_VERIFY_JSON(suspended);
}

// ---------------------------------------------------------------------------------------------------------------------
// deadline

void TestCli::deadlineContract_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("initial");
    QTest::addColumn<QString>("extended");
    QTest::addColumn<int>("suspendedDays");

    // The worked examples of gdpr-rules.md section 2.
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

void TestCli::deadlineContract()
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
    // The refusal deadline is the initial deadline (gdpr-rules.md section 2, "Refusal").
    QCOMPARE(str(o, "refusal_deadline"), initial);
}

void TestCli::deadlineBadInput_data()
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

void TestCli::deadlineBadInput()
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

void TestCli::overviewHelp()
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

void TestCli::commandHelp()
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

void TestCli::wrongUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unknown command") << words({"frobnicate"}) << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("unknown case command") << words({"case", "frobnicate"}) << QStringLiteral("case frobnicate");
    QTest::newRow("unknown audit command") << words({"audit", "frobnicate"}) << QStringLiteral("audit frobnicate");
    QTest::newRow("case without a command") << words({"case"}) << QStringLiteral("needs a command");
    QTest::newRow("options but no command") << words({"--json"}) << QStringLiteral("no command given");
}

void TestCli::wrongUsage()
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

// ---------------------------------------------------------------------------------------------------------------------
// A case's life

void TestCli::caseLifecycle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));
    int writes = 0;

    // Intake. Received 2 Nov 2026 -> Wednesday 2 Dec 2026; extended: Tuesday 2 Feb 2027.
    const Run added = run(
        words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--email", "elodie.dupre@example.fr",
               "--right", "access", "--right", "erasure", "--received", "2026-11-02", "--json"})
        << db);
    CLI_VERIFY_JSON(added);
    ++writes;
    QJsonObject c = added.object();
    QCOMPARE(str(c, "reference"), QStringLiteral("DR-2026-0001"));
    QCOMPARE(str(c, "status"), QStringLiteral("new"));
    QCOMPARE(str(c, "received_on"), QStringLiteral("2026-11-02"));
    QCOMPARE(str(c, "initial_deadline"), QStringLiteral("2026-12-02"));
    QCOMPARE(str(c, "extended_deadline"), QStringLiteral("2027-02-02"));
    QCOMPARE(str(c, "deadline"), QStringLiteral("2026-12-02"));
    QCOMPARE(c.value(QLatin1String("days_left")).toInt(), 6);
    const QJsonObject subject = c.value(QLatin1String("subject")).toObject();
    QCOMPARE(str(subject, "first_name"), QStringLiteral("Élodie"));
    QCOMPARE(str(subject, "last_name"), QStringLiteral("Dupré"));
    QCOMPARE(str(subject, "email"), QStringLiteral("elodie.dupre@example.fr"));
    const QJsonArray rights = c.value(QLatin1String("rights")).toArray();
    QCOMPARE(rights.size(), 2);
    QCOMPARE(str(rights.at(0).toObject(), "right"), QStringLiteral("access"));
    QCOMPARE(str(rights.at(1).toObject(), "right"), QStringLiteral("erasure"));
    for (const QJsonValue &right : rights) {
        QCOMPARE(str(right.toObject(), "outcome"), QStringLiteral("pending"));
    }

    // A second case, a non-Latin name, received earlier: deadline Friday 20 Nov 2026, already overdue.
    const Run wei = run(words({"case", "add", "--first-name", "伟", "--last-name", "王", "--right", "rectification",
                               "--right", "objection", "--received", "2026-10-20", "--json"})
                        << db);
    CLI_VERIFY_JSON(wei);
    ++writes;
    QCOMPARE(str(wei.object(), "reference"), QStringLiteral("DR-2026-0002"));
    QCOMPARE(str(wei.object().value(QLatin1String("subject")).toObject(), "last_name"), QStringLiteral("王"));
    QCOMPARE(str(wei.object(), "deadline"), QStringLiteral("2026-11-20"));

    // The open cases, by deadline.
    const Run listed = run(words({"case", "list", "--json"}) << db);
    CLI_VERIFY_JSON(listed);
    QVERIFY(listed.json.isArray());
    const QJsonArray rows = listed.array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(str(rows.at(0).toObject(), "reference"), QStringLiteral("DR-2026-0002"));
    QCOMPARE(str(rows.at(0).toObject(), "deadline"), QStringLiteral("2026-11-20"));
    QCOMPARE(str(rows.at(0).toObject(), "urgency"), QStringLiteral("overdue"));
    QCOMPARE(str(rows.at(1).toObject(), "reference"), QStringLiteral("DR-2026-0001"));
    QCOMPARE(str(rows.at(1).toObject(), "deadline"), QStringLiteral("2026-12-02"));
    QCOMPARE(str(rows.at(1).toObject(), "subject"), QStringLiteral("Élodie Dupré"));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("rights")).toArray(),
             QJsonArray::fromStringList(words({"access", "erasure"})));

    // Search without the accent and in lower case.
    const Run found = run(words({"case", "list", "--search", "dupre", "--json"}) << db);
    CLI_VERIFY_JSON(found);
    QCOMPARE(found.array().size(), 1);
    QCOMPARE(str(found.array().at(0).toObject(), "reference"), QStringLiteral("DR-2026-0001"));
    QCOMPARE(str(found.array().at(0).toObject(), "subject"), QStringLiteral("Élodie Dupré"));
    const Run foundWei = run(words({"case", "list", "--search", "王", "--json"}) << db);
    CLI_VERIFY_JSON(foundWei);
    QCOMPARE(foundWei.array().size(), 1);
    QCOMPARE(str(foundWei.array().at(0).toObject(), "reference"), QStringLiteral("DR-2026-0002"));

    // Identity check: the clock stops.
    const Run suspended = run(
        words({"case", "suspend", "DR-2026-0001", "--reason", "identity", "--asked-on", "2026-11-10", "--json"}) << db);
    CLI_VERIFY_JSON(suspended);
    ++writes;
    c = suspended.object();
    QCOMPARE(str(c, "status"), QStringLiteral("awaiting-identity"));
    QCOMPARE(str(c, "clock_stopped_since"), QStringLiteral("2026-11-10"));
    QCOMPARE(str(c, "urgency"), QStringLiteral("clock_stopped"));
    QCOMPARE(c.value(QLatin1String("suspended_days")).toInt(), 0);
    const Run stoppedRows = run(words({"case", "list", "--search", "dupre", "--json"}) << db);
    CLI_VERIFY_JSON(stoppedRows);
    QCOMPARE(stoppedRows.array().size(), 1);
    QCOMPARE(str(stoppedRows.array().at(0).toObject(), "clock_stopped_since"), QStringLiteral("2026-11-10"));
    QCOMPARE(str(stoppedRows.array().at(0).toObject(), "status"), QStringLiteral("awaiting-identity"));

    // The answer arrives 7 days later: 2 Dec + 7 = Wednesday 9 Dec; extended: 2 Feb 2027 + 7 = Tuesday 9 Feb 2027.
    const Run resumed = run(words({"case", "resume", "DR-2026-0001", "--answered-on", "2026-11-17", "--json"}) << db);
    CLI_VERIFY_JSON(resumed);
    ++writes;
    c = resumed.object();
    QCOMPARE(str(c, "status"), QStringLiteral("in-progress"));
    QVERIFY(c.value(QLatin1String("clock_stopped_since")).isNull());
    QCOMPARE(c.value(QLatin1String("suspended_days")).toInt(), 7);
    QCOMPARE(str(c, "initial_deadline"), QStringLiteral("2026-12-09"));
    QCOMPARE(str(c, "extended_deadline"), QStringLiteral("2027-02-09"));
    QCOMPARE(str(c, "deadline"), QStringLiteral("2026-12-09"));
    const QJsonArray suspensions = c.value(QLatin1String("suspensions")).toArray();
    QCOMPARE(suspensions.size(), 1);
    QCOMPARE(str(suspensions.at(0).toObject(), "asked_on"), QStringLiteral("2026-11-10"));
    QCOMPARE(str(suspensions.at(0).toObject(), "answered_on"), QStringLiteral("2026-11-17"));

    // Extension: once.
    const Run extended = run(words({"case", "extend", "DR-2026-0001", "--reason", "complexity", "--justification",
                                    "Data spread over several systems.", "--json"})
                             << db);
    CLI_VERIFY_JSON(extended);
    ++writes;
    c = extended.object();
    QCOMPARE(str(c, "deadline"), QStringLiteral("2027-02-09"));
    const QJsonObject extension = c.value(QLatin1String("extension")).toObject();
    QCOMPARE(str(extension, "decided_on"), QStringLiteral("2026-11-26"));
    QCOMPARE(str(extension, "reason"), QStringLiteral("complexity"));
    QCOMPARE(str(extension, "justification"), QStringLiteral("Data spread over several systems."));
    QCOMPARE(c.value(QLatin1String("extension_notice_due")).toBool(), true);

    const Run again =
        run(words({"case", "extend", "DR-2026-0001", "--reason", "complexity", "--justification", "Again.", "--json"})
            << db);
    CLI_VERIFY_REFUSED(again, kFailure, QStringLiteral("already extended"));

    // A refusal without its ground and reasons is refused, and changes nothing.
    const Run noGround = run(words({"case", "answer", "DR-2026-0001", "--outcome", "erasure=refused", "--json"}) << db);
    CLI_VERIFY_REFUSED(noGround, kFailure, QStringLiteral("legal ground"));
    const Run noReason = run(words({"case", "answer", "DR-2026-0001", "--outcome", "erasure=refused", "--ground",
                                    "erasure=erasure-exception", "--json"})
                             << db);
    CLI_VERIFY_REFUSED(noReason, kFailure, QStringLiteral("legal ground"));
    const Run unchanged = run(words({"case", "show", "DR-2026-0001", "--json"}) << db);
    CLI_VERIFY_JSON(unchanged);
    c = unchanged.object();
    QCOMPARE(str(c, "status"), QStringLiteral("in-progress"));
    QVERIFY(c.value(QLatin1String("answered_on")).isNull());
    QCOMPARE(str(c, "deadline"), QStringLiteral("2027-02-09"));
    for (const QJsonValue &right : c.value(QLatin1String("rights")).toArray()) {
        QCOMPARE(str(right.toObject(), "outcome"), QStringLiteral("pending"));
        QVERIFY(right.toObject().value(QLatin1String("refusal_ground")).isNull());
    }

    // With ground and reasons: access granted, erasure refused.
    const Run answered =
        run(words({"case", "answer", "DR-2026-0001", "--outcome", "erasure=refused", "--ground",
                   "erasure=erasure-exception", "--reason",
                   "erasure=Invoices must be kept ten years (Code de commerce art. L123-22).", "--json"})
            << db);
    CLI_VERIFY_JSON(answered);
    ++writes;
    c = answered.object();
    QCOMPARE(str(c, "status"), QStringLiteral("answered"));
    QCOMPARE(str(c, "answered_on"), QStringLiteral("2026-11-26"));
    QVERIFY2(!c.contains(QLatin1String("warnings")), answered.describe().constData()); // on time, within the month
    QHash<QString, QJsonObject> byRight;
    for (const QJsonValue &right : c.value(QLatin1String("rights")).toArray()) {
        byRight.insert(str(right.toObject(), "right"), right.toObject());
    }
    QCOMPARE(byRight.size(), 2);
    QCOMPARE(str(byRight.value(QStringLiteral("access")), "outcome"), QStringLiteral("granted"));
    QCOMPARE(str(byRight.value(QStringLiteral("erasure")), "outcome"), QStringLiteral("refused"));
    QCOMPARE(str(byRight.value(QStringLiteral("erasure")), "refusal_ground"), QStringLiteral("erasure-exception"));
    QCOMPARE(str(byRight.value(QStringLiteral("erasure")), "refusal_reason"),
             QStringLiteral("Invoices must be kept ten years (Code de commerce art. L123-22)."));
    QCOMPARE(str(byRight.value(QStringLiteral("erasure")), "decided_on"), QStringLiteral("2026-11-26"));

    const Run closed = run(words({"case", "close", "DR-2026-0001", "--json"}) << db);
    CLI_VERIFY_JSON(closed);
    ++writes;
    QCOMPARE(str(closed.object(), "status"), QStringLiteral("closed"));
    QCOMPARE(str(closed.object(), "closed_on"), QStringLiteral("2026-11-26"));
    QCOMPARE(str(closed.object(), "urgency"), QStringLiteral("done"));

    // Open cases: only Wei Wang's; closed ones: only Élodie's.
    const Run stillOpen = run(words({"case", "list", "--json"}) << db);
    CLI_VERIFY_JSON(stillOpen);
    QCOMPARE(stillOpen.array().size(), 1);
    QCOMPARE(str(stillOpen.array().at(0).toObject(), "reference"), QStringLiteral("DR-2026-0002"));
    const Run closedRows = run(words({"case", "list", "--closed", "--json"}) << db);
    CLI_VERIFY_JSON(closedRows);
    QCOMPARE(closedRows.array().size(), 1);
    QCOMPARE(str(closedRows.array().at(0).toObject(), "reference"), QStringLiteral("DR-2026-0001"));
    QCOMPARE(str(closedRows.array().at(0).toObject(), "status"), QStringLiteral("closed"));

    // One audit event per successful write, none for the refused ones.
    const Run audit = run(words({"audit", "verify", "--json"}) << db);
    CLI_VERIFY_JSON(audit);
    const QJsonObject v = audit.object();
    QCOMPARE(v.value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(v.value(QLatin1String("events")).toInt(), writes);
    QVERIFY2(sha256Pattern().match(str(v, "head_hash")).hasMatch(), audit.describe().constData());
    QVERIFY(v.value(QLatin1String("first_broken_seq")).isNull());
    QVERIFY(v.value(QLatin1String("problem")).isNull());
}

// ---------------------------------------------------------------------------------------------------------------------
// Refusals

void TestCli::refusesFutureReceivedDate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));

    const Run future = run(words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--right", "access",
                                  "--received", "2026-12-01", "--json"})
                           << db);
    CLI_VERIFY_REFUSED(future, kFailure, QStringLiteral("2026-12-01"));
    QVERIFY2(future.err.contains("future"), future.describe().constData());

    // Nothing was stored and no reference was used up.
    const Run today = run(words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--right", "access",
                                 "--received", "2026-11-26", "--json"})
                          << db);
    CLI_VERIFY_JSON(today);
    QCOMPARE(str(today.object(), "reference"), QStringLiteral("DR-2026-0001"));
    const Run audit = run(words({"audit", "verify", "--json"}) << db);
    CLI_VERIFY_JSON(audit);
    QCOMPARE(audit.object().value(QLatin1String("events")).toInt(), 1);
}

void TestCli::refusesMalformedEmail_data()
{
    QTest::addColumn<QString>("email");

    QTest::newRow("no at sign") << QStringLiteral("elodie.dupre");
    QTest::newRow("no domain") << QStringLiteral("elodie.dupre@");
    QTest::newRow("no local part") << QStringLiteral("@example.fr");
    QTest::newRow("two at signs") << QStringLiteral("elodie@@example.fr");
    QTest::newRow("a space") << QStringLiteral("elodie dupre@example.fr");
}

void TestCli::refusesMalformedEmail()
{
    QFETCH(QString, email);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));
    const Run r = run(words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--right", "access",
                             "--received", "2026-11-02", "--json", "--email"})
                      << email << db);
    CLI_VERIFY_REFUSED(r, kFailure, email);
    QVERIFY2(r.err.contains("e-mail"), r.describe().constData());

    const Run listed = run(words({"case", "list", "--all", "--json"}) << db);
    CLI_VERIFY_JSON(listed);
    QCOMPARE(listed.array().size(), 0);
}

void TestCli::refusesExtensionAfterInitialDeadline()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));

    // Received 1 Sep 2026 -> Thursday 1 Oct 2026, long gone on 26 Nov.
    const Run added = run(words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--right", "access",
                                 "--received", "2026-09-01", "--json"})
                          << db);
    CLI_VERIFY_JSON(added);
    QCOMPARE(str(added.object(), "initial_deadline"), QStringLiteral("2026-10-01"));

    const Run late = run(words({"case", "extend", "DR-2026-0001", "--reason", "complexity", "--justification",
                                "Data spread over several systems.", "--on", "2026-11-26", "--json"})
                         << db);
    CLI_VERIFY_REFUSED(late, kFailure, QStringLiteral("2026-10-01"));

    const Run shown = run(words({"case", "show", "DR-2026-0001", "--json"}) << db);
    CLI_VERIFY_JSON(shown);
    QVERIFY(shown.object().value(QLatin1String("extension")).isNull());
    QCOMPARE(str(shown.object(), "deadline"), QStringLiteral("2026-10-01"));
}

// ---------------------------------------------------------------------------------------------------------------------
// Audit trail

void TestCli::auditDetectsEditedEvent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    fillRegister(path);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Run before = run(words({"audit", "verify", "--json"}) << databaseOption(path));
    CLI_VERIFY_JSON(before);
    QCOMPARE(before.object().value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(before.object().value(QLatin1String("events")).toInt(), 3);

    int rows = 0;
    const QString error = execSql(
        path, QStringLiteral("UPDATE audit_events SET details = replace(details, 'Dupr', 'Dupx') WHERE seq = 1"),
        &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, 1);

    const Run json = run(words({"audit", "verify", "--json"}) << databaseOption(path));
    CLI_VERIFY_EXIT(json, kIntegrityFailure);
    QVERIFY2(json.jsonValid, json.describe().constData());
    const QJsonObject v = json.object();
    QCOMPARE(v.value(QLatin1String("intact")).toBool(), false);
    QCOMPARE(v.value(QLatin1String("first_broken_seq")).toInt(), 1);
    QVERIFY2(str(v, "problem").contains(QLatin1String("event 1")), json.describe().constData());

    const Run text = run(words({"audit", "verify"}) << databaseOption(path));
    CLI_VERIFY_EXIT(text, kIntegrityFailure);
    QVERIFY2(QByteArray(text.out + text.err).contains("event 1"), text.describe().constData());
}

void TestCli::auditDetectsDeletedEvent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    fillRegister(path);
    if (QTest::currentTestFailed()) {
        return;
    }

    int rows = 0;
    const QString error = execSql(path, QStringLiteral("DELETE FROM audit_events WHERE seq = 2"), &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, 1);

    const Run json = run(words({"audit", "verify", "--json"}) << databaseOption(path));
    CLI_VERIFY_EXIT(json, kIntegrityFailure);
    QVERIFY2(json.jsonValid, json.describe().constData());
    const QJsonObject v = json.object();
    QCOMPARE(v.value(QLatin1String("intact")).toBool(), false);
    QCOMPARE(v.value(QLatin1String("first_broken_seq")).toInt(), 2);
    QVERIFY2(str(v, "problem").contains(QLatin1String("event 2")), json.describe().constData());

    const Run text = run(words({"audit", "verify"}) << databaseOption(path));
    CLI_VERIFY_EXIT(text, kIntegrityFailure);
    QVERIFY2(QByteArray(text.out + text.err).contains("event 2"), text.describe().constData());
}

void TestCli::auditExpectHead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    fillRegister(path);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Run first = run(words({"audit", "verify", "--json"}) << databaseOption(path));
    CLI_VERIFY_JSON(first);
    const QString head = str(first.object(), "head_hash");
    QVERIFY2(sha256Pattern().match(head).hasMatch(), first.describe().constData());

    const Run same = run(words({"audit", "verify", "--json", "--expect-head"}) << head << databaseOption(path));
    CLI_VERIFY_JSON(same);
    QCOMPARE(same.object().value(QLatin1String("intact")).toBool(), true);
    const Run upper = run(words({"audit", "verify", "--expect-head"}) << head.toUpper() << databaseOption(path));
    CLI_VERIFY_EXIT(upper, kOk);

    const QString wrong(64, u'0');
    const Run mismatch = run(words({"audit", "verify", "--json", "--expect-head"}) << wrong << databaseOption(path));
    CLI_VERIFY_EXIT(mismatch, kIntegrityFailure);
    QVERIFY2(mismatch.jsonValid, mismatch.describe().constData());
    QCOMPARE(mismatch.object().value(QLatin1String("intact")).toBool(), false);
    QVERIFY2(str(mismatch.object(), "problem").contains(wrong), mismatch.describe().constData());

    // Removing the last event leaves a valid chain: only the head kept from before tells.
    int rows = 0;
    const QString error = execSql(path, QStringLiteral("DELETE FROM audit_events WHERE seq = 3"), &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, 1);
    const Run truncated = run(words({"audit", "verify", "--json", "--expect-head"}) << head << databaseOption(path));
    CLI_VERIFY_EXIT(truncated, kIntegrityFailure);
    QVERIFY2(truncated.jsonValid, truncated.describe().constData());
    QCOMPARE(truncated.object().value(QLatin1String("intact")).toBool(), false);
    QCOMPARE(truncated.object().value(QLatin1String("events")).toInt(), 2);
}

// ---------------------------------------------------------------------------------------------------------------------
// Demo

void TestCli::demoRegister()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("demo.sqlite")));

    const Run demo = run(words({"demo", "--cases", "300", "--seed", "7", "--json"}) << db);
    CLI_VERIFY_JSON(demo);
    const QJsonObject summary = demo.object();
    QCOMPARE(summary.value(QLatin1String("cases")).toInt(), 300);
    const int openCases = summary.value(QLatin1String("open")).toInt(-1);
    const int clockStopped = summary.value(QLatin1String("clock_stopped")).toInt(-1);
    QVERIFY2(openCases >= 0 && openCases <= 300, demo.describe().constData());
    QVERIFY2(clockStopped >= 0 && clockStopped <= openCases, demo.describe().constData());

    const Run second = run(words({"demo", "--cases", "300", "--seed", "7", "--json"}) << db);
    CLI_VERIFY_REFUSED(second, kFailure, QStringLiteral("already holds cases"));

    const Run audit = run(words({"audit", "verify", "--json"}) << db);
    CLI_VERIFY_JSON(audit);
    QCOMPARE(audit.object().value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(audit.object().value(QLatin1String("events")).toInt(), 300);
    QVERIFY2(sha256Pattern().match(str(audit.object(), "head_hash")).hasMatch(), audit.describe().constData());

    const Run all = run(words({"case", "list", "--all", "--limit", "1000", "--json"}) << db);
    CLI_VERIFY_JSON(all);
    const QJsonArray rows = all.array();
    QCOMPARE(rows.size(), 300);
    const QSet<QString> knownStatuses{
        QStringLiteral("new"),         QStringLiteral("awaiting-identity"), QStringLiteral("awaiting-clarification"),
        QStringLiteral("in-progress"), QStringLiteral("awaiting-internal"), QStringLiteral("answered"),
        QStringLiteral("closed"),      QStringLiteral("withdrawn")};
    QSet<QString> references;
    QSet<QString> statuses;
    QSet<QString> rights;
    QString previousDeadline;
    int stoppedRows = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        references.insert(str(row, "reference"));
        statuses.insert(str(row, "status"));
        for (const QJsonValue &right : row.value(QLatin1String("rights")).toArray()) {
            rights.insert(right.toString());
        }
        const QString deadline = str(row, "deadline");
        QVERIFY2(deadline >= previousDeadline, qPrintable(str(row, "reference"))); // sorted by deadline
        previousDeadline = deadline;
        stoppedRows += row.value(QLatin1String("clock_stopped_since")).isNull() ? 0 : 1;
    }
    QCOMPARE(references.size(), 300);
    QVERIFY2(statuses.size() >= 4, qPrintable(QStringList(statuses.values()).join(u',')));
    QVERIFY2(knownStatuses.contains(statuses), qPrintable(QStringList(statuses.values()).join(u',')));
    QVERIFY2(statuses.contains(QStringLiteral("closed")), qPrintable(QStringList(statuses.values()).join(u',')));
    QVERIFY2(rights.size() >= 8, qPrintable(QStringList(rights.values()).join(u',')));
    QCOMPARE(stoppedRows, clockStopped);

    // The default list shows the open cases: as many as the demo reported.
    const Run openRows = run(words({"case", "list", "--limit", "1000", "--json"}) << db);
    CLI_VERIFY_JSON(openRows);
    QCOMPARE(openRows.array().size(), openCases);

    // The same seed gives the same register.
    const QStringList other = databaseOption(dir.filePath(QStringLiteral("demo-again.sqlite")));
    const Run again = run(words({"demo", "--cases", "300", "--seed", "7", "--json"}) << other);
    CLI_VERIFY_JSON(again);
    const Run allAgain = run(words({"case", "list", "--all", "--limit", "1000", "--json"}) << other);
    CLI_VERIFY_JSON(allAgain);
    QCOMPARE(allAgain.out, all.out);
}

// ---------------------------------------------------------------------------------------------------------------------
// Not a database

void TestCli::notADatabase_data()
{
    QTest::addColumn<QStringList>("args");

    QTest::newRow("case list") << words({"case", "list"});
    QTest::newRow("case list --json") << words({"case", "list", "--json"});
    QTest::newRow("case add") << words({"case", "add", "--first-name", "Élodie", "--right", "access"});
    QTest::newRow("case show") << words({"case", "show", "DR-2026-0001"});
    QTest::newRow("audit verify") << words({"audit", "verify"});
    QTest::newRow("demo") << words({"demo", "--cases", "3"});
}

void TestCli::notADatabase()
{
    QFETCH(QStringList, args);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hello.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("hello"), qint64(5));
    }
    const QByteArray before = sha256Of(path);
    QCOMPARE(before, QByteArray("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));

    const Run r = run(args << databaseOption(path));
    CLI_VERIFY_REFUSED(r, kFailure, QStringLiteral("not an SQLite database"));
    QVERIFY2(r.err.contains(path.toUtf8()), r.describe().constData());

    QCOMPARE(sha256Of(path), before);
    // No journal, WAL or shared-memory file left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("hello.sqlite")});
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
