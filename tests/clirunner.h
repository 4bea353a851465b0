// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Running dpodesk-cli from the tests (tst_cli_deadline, tst_cli_cases): the built binary (DPODESK_CLI_PATH) is started
// with QProcess, "today" is fixed with DPODESK_TODAY, and what it printed is checked with the CLI_VERIFY_* macros.

#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <initializer_list>

namespace clitest {

inline constexpr int kTimeoutMs = 60'000;
inline constexpr int kOk = 0;
inline constexpr int kFailure = 1;
inline constexpr int kUsage = 2;
inline constexpr int kIntegrityFailure = 3;

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
inline QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list) {
        result << QString::fromUtf8(word);
    }
    return result;
}

inline QStringList databaseOption(const QString &path)
{
    return {QStringLiteral("--database"), path};
}

inline QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

/// Empty if `r` succeeded with `code`, printed valid JSON and nothing on stderr; otherwise what went wrong.
inline QByteArray jsonSuccessProblem(const Run &r)
{
    if (r.code != kOk || !r.jsonValid || !r.err.isEmpty()) {
        return "expected exit 0, valid JSON on stdout and an empty stderr\n" + r.describe();
    }
    return {};
}

/// Empty if `r` failed with `code`, printed nothing on stdout and exactly one line on stderr that contains
/// `fragment`; otherwise what went wrong.
inline QByteArray refusalProblem(const Run &r, int code, const QString &fragment)
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

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Runs one SQL statement on the register file behind the application's back. Returns an error text, or empty.
inline QString execSql(const QString &path, const QString &statement, int *rowsAffected)
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

inline const QRegularExpression &sha256Pattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern;
}

/// Runs dpodesk-cli in an environment of its own: DPODESK_TODAY=2026-11-26, LC_ALL=C.UTF-8 and the XDG folders in a
/// temporary directory.
class CliRunner {
public:
    /// Checks that the binary exists and prepares the environment; call it from initTestCase().
    void setUp()
    {
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

    /// Runs the binary; childModifier, when given, runs in the child before it starts (e.g. to set resource limits).
    Run run(const QStringList &args, const std::function<void()> &childModifier = {}) const
    {
        Run r;
        r.args = args;
        QProcess process;
        if (childModifier) {
            process.setChildProcessModifier(childModifier);
        }
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

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

} // namespace clitest

/// `result` exited with `expected`; on failure prints the command, its exit code and its output. `result` is
/// evaluated once (QVERIFY2 evaluates its description even on success: a run() in it would run twice).
#define CLI_VERIFY_EXIT(result, expected)                                                                              \
    do {                                                                                                               \
        const clitest::Run &run_ = (result);                                                                           \
        QVERIFY2(run_.code == (expected), run_.describe().constData());                                                \
    } while (false)

/// `result` exited 0 with valid JSON on stdout and nothing on stderr.
#define CLI_VERIFY_JSON(result)                                                                                        \
    do {                                                                                                               \
        const QByteArray problem_ = clitest::jsonSuccessProblem(result);                                               \
        QVERIFY2(problem_.isEmpty(), problem_.constData());                                                            \
    } while (false)

/// `result` exited with `code`, nothing on stdout, one line on stderr containing `fragment`.
#define CLI_VERIFY_REFUSED(result, code, fragment)                                                                     \
    do {                                                                                                               \
        const QByteArray problem_ = clitest::refusalProblem((result), (code), (fragment));                             \
        QVERIFY2(problem_.isEmpty(), problem_.constData());                                                            \
    } while (false)
