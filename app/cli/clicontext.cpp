// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"

#include "audit/auditevent.h"
#include "domain/texthygiene.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace dpodesk::cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

Context::Context(QStringList commandWords, QStringList arguments)
    : m_commandWords(std::move(commandWords)), m_arguments(std::move(arguments))
{
    // DPODESK_TODAY fixes "today" for reproducible runs and tests; otherwise the system clock, Europe/Paris.
    const QDate fixed = QDate::fromString(qEnvironmentVariable("DPODESK_TODAY"), Qt::ISODate);
    if (fixed.isValid()) {
        m_clock = std::make_unique<FixedClock>(fixed);
    } else {
        m_clock = std::make_unique<SystemClock>();
    }
}

Context::~Context()
{
    m_service.reset();
}

bool Context::parse(QCommandLineParser &parser, const QString &description, const QString &syntax)
{
    parser.setApplicationDescription(description);
    parser.addOption(
        {QStringLiteral("database"),
         QCoreApplication::translate("cli", "The register file (default: %1).").arg(Database::defaultPath()),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of text.")});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    QStringList args{QStringLiteral("dpodesk-cli")};
    args << m_arguments;
    if (!parser.parse(args)) {
        m_exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt names the program by the path it was started with: put the command and its syntax instead.
        static const QRegularExpression usageLine(QStringLiteral("^Usage: [^\\n]*"));
        text.replace(usageLine, QStringLiteral("Usage: dpodesk-cli %1 %2").arg(m_commandWords.join(u' '), syntax));
        out() << text;
        out().flush();
        m_exitCode = Ok;
        return false;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    m_databasePath =
        parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database")) : Database::defaultPath();
    return true;
}

Result<void> Context::openRegister(Access access, bool checkIntegrity)
{
    RegisterService::Options options;
    options.access = access;
    options.checkBeforeReading = checkIntegrity;
    auto opened = RegisterService::open(m_databasePath, options, *m_clock, currentActor());
    if (!opened) {
        return opened.error();
    }
    m_service = std::move(opened).value();
    return {};
}

int Context::fail(const QString &message, int code) const
{
    err() << "dpodesk-cli: " << TextHygiene::escapeForTerminal(message) << Qt::endl;
    return code;
}

int Context::fail(const Error &error) const
{
    return fail(error.withDetail(), Failure);
}

int Context::usage(const QString &message) const
{
    err() << "dpodesk-cli: " << TextHygiene::escapeForTerminal(message) << " (see dpodesk-cli "
          << TextHygiene::escapeForTerminal(m_commandWords.join(u' ')) << " --help)" << Qt::endl;
    return Usage;
}

int Context::unknownCommand(const QString &message) const
{
    err() << "dpodesk-cli: " << TextHygiene::escapeForTerminal(message) << " (see dpodesk-cli --help)" << Qt::endl;
    return Usage;
}

void Context::print(const QString &text) const
{
    // Every line printed holds text from outside (names, notes, file names, references typed, a register written by
    // another program): what could move the cursor, clear the screen, draw a line or reorder the text is shown as an
    // escape. The command line's own lines have no control character to lose.
    out() << TextHygiene::escapeForTerminal(text) << Qt::endl;
}

void Context::printJson(const QJsonObject &object) const
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

void Context::printJson(const QJsonArray &array) const
{
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out().flush();
}

Result<QDate> parseDate(const QString &text, const QString &what)
{
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!iso.match(text).hasMatch() || !date.isValid()) {
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("cli", "%1 \"%2\" is not a date in the form YYYY-MM-DD.").arg(what, text));
    }
    return date;
}

} // namespace dpodesk::cli
