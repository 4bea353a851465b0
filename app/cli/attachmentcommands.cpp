// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "attachmentcommands.h"

#include "audit/auditevent.h"
#include "clicontext.h"
#include "register/casefiles.h"
#include "register/registerservice.h"
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

QJsonObject toJson(const Attachment &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("kind"), name(a.kind)},
        {QStringLiteral("name"), a.displayName},
        {QStringLiteral("mime_type"), a.mimeType},
        {QStringLiteral("size"), a.size},
        {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("added_at"), auditTime(a.addedAt)},
        {QStringLiteral("added_by"), a.addedBy},
        {QStringLiteral("purged_at"), a.isPurged() ? QJsonValue(auditTime(a.purgedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("purge_reason"), a.isPurged() ? QJsonValue(a.purgeReason) : QJsonValue(QJsonValue::Null)},
    };
}

QString line(const Attachment &a)
{
    return QStringLiteral("%1  %2  %3  %4 bytes  %5  %6%7")
        .arg(a.id)
        .arg(name(a.kind), a.mimeType)
        .arg(a.size)
        .arg(a.sha256.left(16), a.displayName, a.isPurged() ? tr("  [erased: %1]").arg(a.purgeReason) : QString());
}

} // namespace

QStringList attachmentVerbs()
{
    return {QStringLiteral("add"),          QStringLiteral("list"),  QStringLiteral("export"),
            QStringLiteral("verify"),       QStringLiteral("purge"), QStringLiteral("verify-identity"),
            QStringLiteral("purge-expired")};
}

int runAttachments(const QString &verb, const QStringList &arguments)
{
    Context ctx({QStringLiteral("attachments"), verb}, arguments);
    if (!attachmentVerbs().contains(verb)) {
        return ctx.unknownCommand(
            tr("unknown command \"attachments %1\"; expected one of: %2").arg(verb, attachmentVerbs().join(u", ")));
    }
    QCommandLineParser p;
    QString syntax;
    QString description;
    QStringList kinds;
    for (AttachmentKind k : allAttachmentKinds()) {
        kinds << name(k);
    }
    QStringList methods;
    for (VerificationMethod m : allVerificationMethods()) {
        methods << name(m);
    }
    if (verb == QLatin1String("add")) {
        syntax = QStringLiteral("REFERENCE FILE... --kind KIND");
        description = tr("Keep files with a case: their bytes go into the register with their SHA-256.");
        p.addOption({QStringLiteral("kind"), tr("%1.").arg(kinds.join(u", ")), QStringLiteral("KIND")});
    } else if (verb == QLatin1String("list")) {
        syntax = QStringLiteral("REFERENCE");
        description = tr("List the files of a case.");
    } else if (verb == QLatin1String("export")) {
        syntax = QStringLiteral("ID --to FOLDER");
        description = tr("Write a file into a folder (never outside it, whatever its name); the export is audited.");
        p.addOption({QStringLiteral("to"), tr("The folder."), QStringLiteral("FOLDER")});
    } else if (verb == QLatin1String("verify")) {
        syntax = QStringLiteral("[options]");
        description = tr("Recompute the SHA-256 of every file kept; exit 3 on any mismatch.");
    } else if (verb == QLatin1String("purge-expired")) {
        syntax = QStringLiteral("[options]");
        description = tr("Erase the identity copies whose time is up (the organisation's settings); for a daily job.");
    } else if (verb == QLatin1String("purge")) {
        syntax = QStringLiteral("ID --reason TEXT");
        description = tr("Erase a file's bytes from the register and its write-ahead log; the record stays.");
        p.addOption({QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT")});
    } else {
        syntax = QStringLiteral("REFERENCE --method METHOD [--on DATE] [--document-type TEXT]");
        description = tr("Record how the identity was verified; the identity copies are then erased, or kept "
                         "for the retention period set, with its justification, in the organisation settings.");
        p.addOptions(
            {{QStringLiteral("method"), tr("%1.").arg(methods.join(u", ")), QStringLiteral("METHOD")},
             {QStringLiteral("on"), tr("Date of the verification (default: today)."), QStringLiteral("YYYY-MM-DD")},
             {QStringLiteral("document-type"), tr("e.g. passport, national identity card."), QStringLiteral("TEXT")},
             {QStringLiteral("note"), tr("A note."), QStringLiteral("TEXT")}});
    }
    if (!ctx.parse(p, description, syntax)) {
        return ctx.exitCode();
    }
    const QStringList positional = p.positionalArguments();
    const bool reads = verb == QLatin1String("list") || verb == QLatin1String("verify");
    if (auto opened =
            ctx.openRegister(reads ? Context::Access::Read : Context::Access::Change, verb == QLatin1String("verify"));
        !opened) {
        return ctx.fail(opened.error());
    }
    RegisterService &service = ctx.service();

    if (verb == QLatin1String("purge-expired")) {
        auto erased = service.purgeExpiredIdentityCopies();
        if (!erased) {
            return ctx.fail(erased.error());
        }
        ctx.print(tr("%1 identity cop(ies) erased.").arg(*erased));
        return Ok;
    }

    if (verb == QLatin1String("verify")) {
        auto check = service.verifyAttachments();
        if (!check) {
            return ctx.fail(check.error());
        }
        QJsonArray bad;
        for (const Attachment &a : check->mismatches) {
            bad.append(toJson(a));
        }
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("checked"), check->checked},
                                      {QStringLiteral("erased"), check->purged},
                                      {QStringLiteral("mismatches"), bad}});
        } else {
            ctx.print(tr("%1 file(s) checked, %2 erased, %3 mismatch(es).")
                          .arg(check->checked)
                          .arg(check->purged)
                          .arg(check->mismatches.size()));
            for (const Attachment &a : check->mismatches) {
                ctx.print(tr("MISMATCH: %1").arg(line(a)));
            }
        }
        if (!check->mismatches.isEmpty()) {
            return ctx.fail(tr("%1 file(s) no longer match their SHA-256").arg(check->mismatches.size()),
                            IntegrityFailure);
        }
        return Ok;
    }
    if (verb == QLatin1String("export") || verb == QLatin1String("purge")) {
        bool isNumber = false;
        const qint64 id = positional.value(0).toLongLong(&isNumber);
        if (positional.size() != 1 || !isNumber) {
            return ctx.usage(tr("give one attachment id (see attachments list)"));
        }
        if (verb == QLatin1String("export")) {
            if (!p.isSet(QStringLiteral("to"))) {
                return ctx.usage(tr("--to FOLDER is required"));
            }
            auto written = service.exportAttachment(id, p.value(QStringLiteral("to")));
            if (!written) {
                return ctx.fail(written.error());
            }
            ctx.print(*written);
            return Ok;
        }
        auto purged = service.purgeAttachment(id, p.value(QStringLiteral("reason")));
        if (!purged) {
            return ctx.fail(purged.error());
        }
        ctx.print(tr("Attachment %1 erased.").arg(id));
        return Ok;
    }
    if (positional.isEmpty()) {
        return ctx.usage(tr("give the case reference"));
    }
    auto found = service.findCase(positional.first());
    if (!found) {
        return ctx.fail(found.error());
    }
    if (verb == QLatin1String("list")) {
        auto all = service.attachments(found->id);
        if (!all) {
            return ctx.fail(all.error());
        }
        if (ctx.json()) {
            QJsonArray array;
            for (const Attachment &a : *all) {
                array.append(toJson(a));
            }
            ctx.printJson(array);
        } else {
            for (const Attachment &a : *all) {
                ctx.print(line(a));
            }
        }
        return Ok;
    }
    if (verb == QLatin1String("add")) {
        auto kind = parseAttachmentKind(p.value(QStringLiteral("kind")));
        if (!kind) {
            return ctx.usage(tr("--kind must be one of: %1").arg(kinds.join(u", ")));
        }
        if (positional.size() < 2) {
            return ctx.usage(tr("give at least one file"));
        }
        // All or none: a retry after a refusal must not add the first files twice.
        auto stored = service.addFiles(found->id, *kind, positional.mid(1));
        if (!stored) {
            return ctx.fail(stored.error());
        }
        QJsonArray added;
        for (const Attachment &a : *stored) {
            added.append(toJson(a));
            if (!ctx.json()) {
                ctx.print(line(a));
            }
        }
        if (ctx.json()) {
            ctx.printJson(added);
        }
        return Ok;
    }
    // verify-identity
    auto method = parseVerificationMethod(p.value(QStringLiteral("method")));
    if (!method) {
        return ctx.usage(tr("--method must be one of: %1").arg(methods.join(u", ")));
    }
    IdentityVerification v;
    v.caseId = found->id;
    v.verifiedOn = ctx.today();
    if (p.isSet(QStringLiteral("on"))) {
        auto on = parseDate(p.value(QStringLiteral("on")), QStringLiteral("--on"));
        if (!on) {
            return ctx.usage(on.errorMessage());
        }
        v.verifiedOn = *on;
    }
    v.method = *method;
    v.documentType = p.value(QStringLiteral("document-type"));
    v.note = p.value(QStringLiteral("note"));
    // A grace period in the settings keeps the copies until purge-expired erases them.
    auto purged = service.recordVerification(v);
    if (!purged) {
        return ctx.fail(purged.error());
    }
    ctx.print(tr("Identity of %1 verified on %2; %3 identity cop(ies) erased.")
                  .arg(found->reference, v.verifiedOn.toString(Qt::ISODate))
                  .arg(*purged));
    return Ok;
}

} // namespace dpodesk::cli
