// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backupcommands.h"

#include "audit/auditevent.h"
#include "clicontext.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dpodesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

/// A damaged backup or a broken audit trail is an integrity failure (exit 3); anything else a plain failure.
int failWith(const Context &ctx, const Error &error)
{
    return ctx.fail(error.withDetail(), error.code == Error::Code::Corrupt ? IntegrityFailure : Failure);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const RestoreReport &r)
{
    return QJsonObject{
        {QStringLiteral("backup"), r.backupPath},
        {QStringLiteral("size"), r.size},
        {QStringLiteral("sha256"), r.sha256},
        {QStringLiteral("schema_version"), r.schemaVersion},
        {QStringLiteral("cases"), r.cases},
        {QStringLiteral("audit_events"), r.auditEvents},
        {QStringLiteral("audit_head"), r.auditHead},
        {QStringLiteral("last_event_utc"),
         r.lastEventUtc.isValid() ? QJsonValue(auditTime(r.lastEventUtc)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("attachments_checked"), r.attachmentsChecked},
        {QStringLiteral("attachments_erased"), r.attachmentsErased},
        {QStringLiteral("checksum_checked"), r.checksumChecked},
        {QStringLiteral("database"), orNull(r.livePath)},
        {QStringLiteral("previous_copy"), orNull(r.previousCopy)},
    };
}

void printReport(const Context &ctx, const RestoreReport &r)
{
    ctx.print(tr("Backup %1: %2 bytes, SHA-256 %3.").arg(r.backupPath).arg(r.size).arg(r.sha256));
    ctx.print(tr("%1 case(s); audit trail intact: %2 event(s), head %3; the last on %4 UTC.")
                  .arg(r.cases)
                  .arg(r.auditEvents)
                  .arg(r.auditHead, r.lastEventUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    ctx.print(tr("%1 attached file(s) match their SHA-256 (%2 erased before the backup).")
                  .arg(r.attachmentsChecked)
                  .arg(r.attachmentsErased));
    if (r.checksumChecked) {
        ctx.print(tr("Its bytes match the checksum written with it."));
    } else {
        ctx.print(tr("Its checksum file is missing: its bytes were not compared with those written when it was made "
                     "(a change inside a record that leaves SQLite's structure intact would go unseen)."));
    }
}

} // namespace

int runBackup(const QStringList &arguments)
{
    Context ctx({QStringLiteral("backup")}, arguments);
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("out"), tr("Write the backup to FILE (replaced only by a complete, checked copy)."),
         QStringLiteral("FILE")},
        {QStringLiteral("rotate"), tr("Today's backup, REGISTER-YYYY-MM-DD.sqlite in the backups folder, unless it "
                                      "exists; then only the newest N are kept.")},
        {QStringLiteral("keep"),
         tr("With --rotate: how many daily backups to keep (default %1).").arg(Backups::kDefaultKeep),
         QStringLiteral("N"), QString::number(Backups::kDefaultKeep)},
        {QStringLiteral("folder"), tr("With --rotate: the folder (default: \"backups\" beside the register)."),
         QStringLiteral("DIR")},
    });
    if (!ctx.parse(p,
                   tr("Write a checked copy of the register, while it is in use. A checksum file (FILE.sha256) is "
                      "written beside it; the backup is recorded in the register's audit trail."),
                   QStringLiteral("--out FILE | --rotate [--keep N] [--folder DIR]"))) {
        return ctx.exitCode();
    }
    const bool rotate = p.isSet(QStringLiteral("rotate"));
    if (rotate == p.isSet(QStringLiteral("out"))) {
        return ctx.usage(tr("give either --out FILE or --rotate"));
    }
    if (!p.positionalArguments().isEmpty()) {
        return ctx.usage(tr("unexpected argument \"%1\"").arg(p.positionalArguments().first()));
    }
    if (!rotate && (p.isSet(QStringLiteral("keep")) || p.isSet(QStringLiteral("folder")))) {
        return ctx.usage(tr("--keep and --folder go with --rotate"));
    }
    bool keepOk = false;
    const int keep = p.value(QStringLiteral("keep")).toInt(&keepOk);
    if (!keepOk || keep < 1 || keep > 3650) {
        return ctx.usage(tr("--keep must be a number from 1 to 3650"));
    }
    if (auto opened = ctx.openRegister(Context::Access::Change); !opened) {
        return ctx.fail(opened.error());
    }
    if (rotate) {
        auto rotated = ctx.service().rotateBackups(p.value(QStringLiteral("folder")), keep);
        if (!rotated) {
            return failWith(ctx, rotated.error());
        }
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("path"), rotated->path},
                                      {QStringLiteral("created"), rotated->created},
                                      {QStringLiteral("removed"), QJsonArray::fromStringList(rotated->removed)}});
        } else {
            ctx.print(rotated->created ? tr("Backup written to %1.").arg(rotated->path)
                                       : tr("Today's backup exists already: %1.").arg(rotated->path));
            for (const QString &path : rotated->removed) {
                ctx.print(tr("Old backup deleted: %1").arg(path));
            }
        }
        return Ok;
    }

    auto made = ctx.service().backupTo(p.value(QStringLiteral("out")));
    if (!made) {
        return failWith(ctx, made.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), made->path},
                                  {QStringLiteral("size"), made->size},
                                  {QStringLiteral("sha256"), made->sha256},
                                  {QStringLiteral("audit_events"), made->auditEvents},
                                  {QStringLiteral("audit_head"), made->auditHead},
                                  {QStringLiteral("audit_intact"), made->auditIntact}});
    } else {
        ctx.print(tr("Backup written to %1 (%2 bytes, SHA-256 %3).").arg(made->path).arg(made->size).arg(made->sha256));
        ctx.print(tr("Audit trail: %1 event(s), head %2.").arg(made->auditEvents).arg(made->auditHead));
    }
    if (!made->auditIntact) {
        // The copy is what the register is; a restore will refuse it until the trail is explained.
        return ctx.fail(tr("backup written, but the register's audit trail is broken: %1").arg(made->auditProblem),
                        IntegrityFailure);
    }
    return Ok;
}

int runRestore(const QStringList &arguments)
{
    Context ctx({QStringLiteral("restore")}, arguments);
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("yes"), tr("Do it: keep the current register as REGISTER.before-restore-TIME, then replace "
                                   "it with the backup.")},
        {QStringLiteral("check"), tr("Only check the backup (quick_check, audit trail, attached files); change "
                                     "nothing.")},
        {QStringLiteral("without-checksum"),
         tr("Accept a backup whose checksum file (BACKUP.sha256) is missing: its bytes are then not compared with "
            "those written when it was made, so a change inside a record that leaves SQLite's structure intact may go "
            "unseen. Every other check still runs.")},
    });
    if (!ctx.parse(p,
                   tr("Replace the register with a backup, after checking the backup in full (its checksum file, "
                      "SQLite's quick_check, the audit trail's hash chain, every attached file's SHA-256). A backup "
                      "that fails any check is refused and the register is left untouched. Close DPO Desk first."),
                   QStringLiteral("BACKUP --yes | --check"))) {
        return ctx.exitCode();
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1) {
        return ctx.usage(tr("give one backup file"));
    }
    const QString backup = positional.first();
    const BackupCheckOptions options{p.isSet(QStringLiteral("without-checksum"))};
    if (p.isSet(QStringLiteral("check"))) {
        auto report = Backups::checkBackup(backup, options);
        if (!report) {
            return failWith(ctx, report.error());
        }
        if (ctx.json()) {
            ctx.printJson(toJson(*report));
        } else {
            printReport(ctx, *report);
            ctx.print(tr("The backup can be restored."));
        }
        return Ok;
    }
    if (!p.isSet(QStringLiteral("yes"))) {
        return ctx.usage(tr("restore replaces the register %1 with %2: add --yes to do it (the current file is kept "
                            "beside it), or --check to only check the backup")
                             .arg(ctx.databasePath(), backup));
    }
    auto restored = Backups::restore(backup, ctx.databasePath(), ctx.clock(), currentActor(), nullptr, options);
    if (!restored) {
        return failWith(ctx, restored.error());
    }
    if (ctx.json()) {
        ctx.printJson(toJson(*restored));
    } else {
        printReport(ctx, *restored);
        ctx.print(tr("Register %1 restored from the backup.").arg(restored->livePath));
        if (!restored->previousCopy.isEmpty()) {
            ctx.print(tr("The register as it was is kept as %1.").arg(restored->previousCopy));
        }
    }
    return Ok;
}

} // namespace dpodesk::cli
