// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lettercommand.h"

#include "audit/auditevent.h"
#include "clicontext.h"
#include "common/filewriter.h"
#include "domain/caseworkflow.h"
#include "letters/letter.h"
#include "register/casefiles.h"
#include "register/letteroutbox.h"
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

} // namespace

int runLetter(const QStringList &arguments)
{
    Context ctx({QStringLiteral("letter")}, arguments);
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("case"), tr("The case reference."), QStringLiteral("REF")},
         {QStringLiteral("kind"), tr("The letter (see --list-kinds)."), QStringLiteral("KIND")},
         {QStringLiteral("lang"), tr("fr or en (default: the language of the request)."), QStringLiteral("LANG")},
         {QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf")},
         {QStringLiteral("text"), tr("The letter's own text: actions taken, what is needed, facts..."),
          QStringLiteral("TEXT")},
         {QStringLiteral("fee"),
          tr("The fee asked for a manifestly unfounded or excessive request (GDPR art. 12(5)(a)), e.g. \"25 €\"."),
          QStringLiteral("AMOUNT")},
         {QStringLiteral("recipient"),
          tr("The recipient an art. 19 notification is written to, by its name in the case (needed when the case "
             "records several)."),
          QStringLiteral("NAME")},
         {QStringLiteral("directives"),
          tr("For the answer to an heir (LIL art. 85): none, particular (given to us) or general (registered with a "
             "trusted third party)."),
          QStringLiteral("WHICH")},
         {QStringLiteral("list-kinds"), tr("List the letters and exit.")}});
    if (!ctx.parse(p, tr("Write a response letter as PDF, with the mentions the law requires."),
                   QStringLiteral("--case REF --kind KIND [--lang fr|en] --out FILE.pdf [--text TEXT] [--fee AMOUNT] "
                                  "[--recipient NAME] [--directives none|particular|general]"))) {
        return ctx.exitCode();
    }
    if (p.isSet(QStringLiteral("list-kinds"))) {
        QJsonArray array;
        for (LetterKind k : LetterKinds::all()) {
            array.append(QJsonObject{{QStringLiteral("kind"), LetterKinds::name(k)},
                                     {QStringLiteral("label"), LetterKinds::label(k)}});
            if (!ctx.json()) {
                ctx.print(QStringLiteral("%1  %2").arg(LetterKinds::name(k), -28).arg(LetterKinds::label(k)));
            }
        }
        if (ctx.json()) {
            ctx.printJson(array);
        }
        return Ok;
    }
    for (const char *required : {"case", "kind", "out"}) {
        if (!p.isSet(QLatin1String(required))) {
            return ctx.usage(tr("--%1 is required").arg(QLatin1String(required)));
        }
    }
    const std::optional<LetterKind> kind = LetterKinds::fromName(p.value(QStringLiteral("kind")));
    if (!kind) {
        return ctx.usage(tr("unknown letter \"%1\" (see --list-kinds)").arg(p.value(QStringLiteral("kind"))));
    }
    if (auto opened = ctx.openRegister(Context::Access::Read); !opened) {
        return ctx.fail(opened.error());
    }
    auto found = ctx.service().findCase(p.value(QStringLiteral("case")));
    if (!found) {
        return ctx.fail(found.error());
    }
    auto organisation = Result<OrganisationProfile>(ctx.service().organisation());
    if (!organisation) {
        return ctx.fail(organisation.error());
    }
    LetterInput input;
    input.record = *found;
    input.organisation = *organisation;
    input.kind = *kind;
    input.language = p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang")) : found->language;
    input.date = ctx.today();
    input.freeText = p.value(QStringLiteral("text"));
    input.fee = p.value(QStringLiteral("fee"));
    input.recipient = p.value(QStringLiteral("recipient"));
    input.directives = p.value(QStringLiteral("directives"));
    // As the desk renders it: refused in the desk's words when the case forbids what the letter says
    // (LetterKinds::check), with the organisation's copy of the template when it keeps one. Nothing is recorded.
    auto pdf = ctx.service().renderLetter(input);
    if (!pdf) {
        return ctx.fail(pdf.error());
    }
    if (auto written = FileWriter::writeAtomically(p.value(QStringLiteral("out")), *pdf); !written) {
        return ctx.fail(written.error());
    }
    ctx.print(p.value(QStringLiteral("out")));
    return Ok;
}

} // namespace dpodesk::cli
