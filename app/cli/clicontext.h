// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "register/registerservice.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace dpodesk {

namespace cli {

/// Exit codes of dpodesk-cli.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2, IntegrityFailure = 3 };

/// What every command shares: the parsed options, the clock, output in text or JSON, the opened register.
class Context {
public:
    Context(QStringList commandWords, QStringList arguments);
    ~Context();

    /// Adds --database, --json and --help, parses; on --help prints help and returns false with exitCode set.
    bool parse(QCommandLineParser &parser, const QString &description, const QString &syntax);
    int exitCode() const { return m_exitCode; }

    bool json() const { return m_json; }
    const Clock &clock() const { return *m_clock; }
    QDate today() const { return m_clock->today(); }

    /// The register file named by --database (default: the standard data location).
    QString databasePath() const { return m_databasePath; }
    /// How a command uses the register.
    using Access = RegisterAccess;
    /// Opens the register named by --database (default: the standard data location) through the register service,
    /// the one way the desk and the command line both change a register.
    /// checkIntegrity: a reading command that verifies (audit verify, attachments verify) also runs the full
    /// integrity check first; other reads answer without it (writes always run it).
    Result<void> openRegister(Access access, bool checkIntegrity = false);
    RegisterService &service() { return *m_service; }

    /// Text output is one line per call, through TextHygiene::escapeForTerminal: control, bidirectional and
    /// invisible characters are printed as escapes (\x1b, \n, \u202e), whoever wrote them.
    int fail(const QString &message, int code = Failure) const;
    int fail(const Error &error) const;
    int usage(const QString &message) const;
    int unknownCommand(const QString &message) const;
    void print(const QString &text) const;
    /// JSON is data: QJsonDocument escapes the C0 controls; other characters (bidirectional controls included) are
    /// written as stored, for the program that reads them to show safely.
    void printJson(const QJsonObject &object) const;
    void printJson(const QJsonArray &array) const;

private:
    QStringList m_commandWords;
    QStringList m_arguments;
    QString m_databasePath;
    bool m_json = false;
    int m_exitCode = Ok;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<RegisterService> m_service;
};

/// Parses an ISO date (YYYY-MM-DD) or says in words why not.
Result<QDate> parseDate(const QString &text, const QString &what);

} // namespace cli
} // namespace dpodesk
