// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// dpodesk-cli: the register without a window, for scripts, scheduled reports and other tools.
#include "attachmentcommands.h"
#include "backupcommands.h"
#include "casecommands.h"
#include "clicontext.h"
#include "common/processsetup.h"
#include "deadlinecommand.h"
#include "lettercommand.h"
#include "othercommands.h"
#include "recordcommands.h"
#include "reportcommand.h"

#include "domain/texthygiene.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <QTextStream>
#include <algorithm>
#include <memory>

namespace {

QString overview()
{
    return QCoreApplication::translate(
        "cli", "Usage: dpodesk-cli COMMAND [options]\n"
               "\n"
               "The DPO Desk register of GDPR rights requests, from the command line.\n"
               "\n"
               "Commands:\n"
               "  deadline --received DATE [--suspension FROM:TO]... [--calendar NAME]\n"
               "                         compute the GDPR art. 12(3) deadlines of a request\n"
               "  case add               log a new request\n"
               "  case list              list cases (open ones by deadline, search, filters)\n"
               "  case show REF          show a case with its deadlines\n"
               "  case update REF        change fields of a case\n"
               "  case suspend REF       ask for identity (a clarification only by setting): the clock stops\n"
               "  case resume REF        record the answer: the clock starts again\n"
               "  case extend REF        extend by two months (once, before the initial deadline)\n"
               "  case answer REF        record the answer and the outcome of each right\n"
               "  case decide REF        decide every right, no answer date (the reply states them)\n"
               "  case close REF         close a case\n"
               "  case withdraw REF      record that the person withdrew the request\n"
               "  case delete REF        delete a case (the reason stays in the audit trail)\n"
               "  attachments add REF FILE... --kind KIND   keep files with a case (SHA-256 checked)\n"
               "  attachments list REF   list a case's files\n"
               "  attachments export ID --to FOLDER   write a file into a folder (audited)\n"
               "  attachments verify     recompute the SHA-256 of every file kept\n"
               "  attachments purge ID --reason TEXT   erase a file's bytes; the record stays\n"
               "  attachments verify-identity REF --method METHOD   record the check, erase the ID copies\n"
               "  audit verify           recompute the audit trail's hash chain\n"
               "  backup --out FILE      write a checked copy of the register, even while it is in use\n"
               "  backup --rotate [--keep N] [--folder DIR]   today's backup in the backups folder; keep N\n"
               "  restore FILE --yes     check a backup in full, keep the current register, then replace it\n"
               "  restore FILE --check   only check a backup (checksum, quick_check, audit trail, files)\n"
               "  letter --case REF --kind KIND --out FILE.pdf   write a response letter (--list-kinds)\n"
               "  report deadlines --format csv|pdf|ics --out FILE [--from DATE] [--to DATE]\n"
               "                         open cases by deadline, overdue first (csv: --profile fr-spreadsheet)\n"
               "  report activity --format csv|pdf --out FILE [--from DATE] [--to DATE]\n"
               "                         the figures of a period (default: this calendar year)\n"
               "  activities import FILE.csv | list | export --format csv|pdf --out FILE\n"
               "                         the record of processing activities (GDPR art. 30)\n"
               "  systems import FILE.csv | list   the systems where data live, with their owners\n"
               "  case activities REF [--add NAME]... [--remove NAME]...\n"
               "                         the activities that concern the person of a case\n"
               "  tasks plan REF         the tasks to system owners that the rights and activities call for\n"
               "  tasks list [REF] [--owner EMAIL] [--overdue]   tasks, with their due dates\n"
               "  tasks send ID          record that a task went to its owner; print the message\n"
               "  tasks digest [--owner EMAIL]   per owner, every task still owed (for a scheduled mail)\n"
               "  tasks proof REF --out FILE.pdf   what was done for a case, with the evidence hashes\n"
               "  tasks answer ID --result found|not-found|done|cannot [--note TEXT] [--evidence FILE]\n"
               "  demo --cases N         fill a new database with a synthetic register\n"
               "\n"
               "Options for every command:\n"
               "  --database PATH        the register file (default: the application's data folder)\n"
               "  --json                 print JSON\n"
               "  -h, --help             help on a command, e.g. dpodesk-cli case add --help\n"
               "  --version              print the version\n"
               "\n"
               "Exit status: 0 success, 1 refused or failed (the message says why), 2 wrong usage,\n"
               "3 audit trail broken.\n");
}

QtMessageHandler previousHandler = nullptr;

/// Scheduled jobs (cron) run without XDG_RUNTIME_DIR; Qt's warning about it, printed when the GUI module starts for
/// drawing, would turn every scheduled report into an error mail. Every other message goes through.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    dpodesk::setUpProcess();
    // Letters and reports are laid out with fonts, which need the GUI module (no window: the offscreen platform).
    const auto has = [&](const char *name) {
        return std::any_of(argv + 1, argv + argc, [name](const char *word) { return qstrcmp(word, name) == 0; });
    };
    const bool drawsLetters = has("letter") || has("report") || (has("activities") && has("export")) ||
                              (has("tasks") && (has("proof") || has("--sheet")));
    if (drawsLetters && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (drawsLetters) {
        previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
    }
    std::unique_ptr<QCoreApplication> application(drawsLetters ? new QGuiApplication(argc, argv)
                                                               : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("dpodesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("dpodesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DPODESK_VERSION));

    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        out << overview();
        return args.isEmpty() ? dpodesk::cli::Usage : dpodesk::cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "dpodesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return dpodesk::cli::Ok;
    }
    // Options common to every command may also stand before it: dpodesk-cli --database F case list.
    QStringList leading;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        leading << option;
        if (option == QLatin1String("--database") && !args.isEmpty()) {
            leading << args.takeFirst();
        }
    }
    if (args.isEmpty()) {
        err << "dpodesk-cli: no command given (see dpodesk-cli --help)" << Qt::endl;
        return dpodesk::cli::Usage;
    }
    const QString command = args.takeFirst();
    const auto needsVerb = [&](const QString &group) -> QString {
        if (args.isEmpty() || args.first().startsWith(u'-')) {
            err << "dpodesk-cli: \"" << group << "\" needs a command (see dpodesk-cli --help)" << Qt::endl;
            return {};
        }
        return args.takeFirst();
    };
    const auto withLeading = [&](QStringList rest) { return leading + rest; };
    if (command == QLatin1String("deadline")) {
        return dpodesk::cli::runDeadline(withLeading(args));
    }
    if (command == QLatin1String("case")) {
        const QString verb = needsVerb(command);
        if (verb == QLatin1String("activities")) {
            return dpodesk::cli::runCaseActivities(withLeading(args));
        }
        return verb.isEmpty() ? dpodesk::cli::Usage : dpodesk::cli::runCase(verb, withLeading(args));
    }
    if (command == QLatin1String("activities")) {
        const QString verb = needsVerb(command);
        return verb.isEmpty() ? dpodesk::cli::Usage : dpodesk::cli::runActivities(verb, withLeading(args));
    }
    if (command == QLatin1String("systems")) {
        const QString verb = needsVerb(command);
        return verb.isEmpty() ? dpodesk::cli::Usage : dpodesk::cli::runSystems(verb, withLeading(args));
    }
    if (command == QLatin1String("tasks")) {
        const QString verb = needsVerb(command);
        return verb.isEmpty() ? dpodesk::cli::Usage : dpodesk::cli::runTasks(verb, withLeading(args));
    }
    if (command == QLatin1String("audit")) {
        const QString verb = needsVerb(command);
        return verb.isEmpty() ? dpodesk::cli::Usage : dpodesk::cli::runAudit(verb, withLeading(args));
    }
    if (command == QLatin1String("attachments")) {
        const QString verb = needsVerb(command);
        return verb.isEmpty() ? dpodesk::cli::Usage : dpodesk::cli::runAttachments(verb, withLeading(args));
    }
    if (command == QLatin1String("letter")) {
        return dpodesk::cli::runLetter(withLeading(args));
    }
    if (command == QLatin1String("backup")) {
        return dpodesk::cli::runBackup(withLeading(args));
    }
    if (command == QLatin1String("restore")) {
        return dpodesk::cli::runRestore(withLeading(args));
    }
    if (command == QLatin1String("report")) {
        const QString verb = needsVerb(command);
        return verb.isEmpty() ? dpodesk::cli::Usage : dpodesk::cli::runReport(verb, withLeading(args));
    }
    if (command == QLatin1String("demo")) {
        return dpodesk::cli::runDemo(withLeading(args));
    }
    err << "dpodesk-cli: unknown command \"" << dpodesk::TextHygiene::escapeForTerminal(command)
        << "\" (see dpodesk-cli --help)" << Qt::endl;
    return dpodesk::cli::Usage;
}
