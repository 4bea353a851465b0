// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The record of processing activities and the systems catalogue, from the command line (the tasks: taskcommands.cpp).
// The names of the commands and of the JSON keys are a contract other tools rely on (issue 13, README).
#include "recordcommands.h"

#include "clicontext.h"
#include "common/filewriter.h"
#include "domain/reportsource.h"
#include "register/registerservice.h"
#include "reports/recordreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace dpodesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
}

QJsonObject toJson(const ProcessingActivity &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("role"), name(a.role)},
        {QStringLiteral("controller"), a.controller},
        {QStringLiteral("purposes"), QJsonArray::fromStringList(a.purposes)},
        {QStringLiteral("legal_basis"), QJsonArray::fromStringList(a.legalBasis)},
        {QStringLiteral("data_subjects"), QJsonArray::fromStringList(a.dataSubjects)},
        {QStringLiteral("data_categories"), QJsonArray::fromStringList(a.dataCategories)},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(a.recipients)},
        {QStringLiteral("transfers"), QJsonArray::fromStringList(a.transfers)},
        {QStringLiteral("retention"), a.retention},
        {QStringLiteral("source"), a.source},
        {QStringLiteral("automated_decision"), a.automatedDecision},
        {QStringLiteral("systems"), QJsonArray::fromStringList(a.systems)},
        {QStringLiteral("entity"), a.entity},
    };
}

QJsonObject toJson(const DataSystem &s)
{
    QJsonArray identifiers;
    for (SubjectIdentifier i : s.identifiers) {
        identifiers.append(name(i));
    }
    QJsonArray actions;
    for (TaskAction a : s.actions) {
        actions.append(name(a));
    }
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("owner_name"), s.ownerName},
        {QStringLiteral("owner_email"), s.ownerEmail},
        {QStringLiteral("deputy_name"), s.deputyName},
        {QStringLiteral("deputy_email"), s.deputyEmail},
        {QStringLiteral("identifiers"), identifiers},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("turnaround_days"), s.turnaroundDays},
        {QStringLiteral("instructions_fr"), s.instructionsFr},
        {QStringLiteral("instructions_en"), s.instructionsEn},
    };
}

QJsonObject importJson(const RecordImportSummary &s)
{
    QJsonArray problems;
    for (const RecordProblem &p : s.problems) {
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("field"), p.field},
                                    {QStringLiteral("message"), p.message}});
    }
    return QJsonObject{{QStringLiteral("imported"), s.imported},
                       {QStringLiteral("added"), s.added},
                       {QStringLiteral("updated"), s.updated},
                       {QStringLiteral("unchanged"), s.unchanged},
                       {QStringLiteral("problems"), problems}};
}

/// Prints what an import did, or every problem; the exit code.
int reportImport(Context &ctx, const RecordImportSummary &s, const QString &what)
{
    if (ctx.json()) {
        ctx.printJson(importJson(s));
    } else if (s.imported) {
        ctx.print(tr("%1: %2 added, %3 updated, %4 unchanged.").arg(what).arg(s.added).arg(s.updated).arg(s.unchanged));
    } else {
        for (const RecordProblem &p : s.problems) {
            ctx.print(p.toString());
        }
    }
    if (!s.imported) {
        return ctx.fail(tr("%n problem(s) in the file: nothing was imported.", "", int(s.problems.size())));
    }
    return Ok;
}

Result<QByteArray> readInput(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    if (file.size() > RecordRules::kMaxFileBytes) {
        return makeError(Error::Code::Invalid, tr("%1 is larger than 20 MB: split it.").arg(path));
    }
    return file.readAll();
}

/// Writes the record as CSV or PDF (art. 30(4)).
int exportRecord(Context &ctx, const QCommandLineParser &p, const QList<ProcessingActivity> &activities)
{
    const QString format = p.value(QStringLiteral("format"));
    const QString out = p.value(QStringLiteral("out"));
    if (format != QLatin1String("csv") && format != QLatin1String("pdf")) {
        return ctx.usage(tr("--format must be csv or pdf"));
    }
    if (out.isEmpty()) {
        return ctx.usage(tr("--out FILE is required"));
    }
    CsvProfile profile = CsvProfile::FrSpreadsheet;
    if (p.isSet(QStringLiteral("profile"))) {
        auto parsed = parseCsvProfile(p.value(QStringLiteral("profile")));
        if (!parsed) {
            return ctx.usage(tr("--profile must be standard or fr-spreadsheet"));
        }
        profile = *parsed;
    }
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = RecordReports::activitiesCsv(activities, profile);
    } else {
        const std::unique_ptr<ReportSource> source = ctx.service().reportSource();
        auto header = source->header();
        if (!header) {
            return ctx.fail(header.error());
        }
        auto pdf = RecordReports::activitiesPdf(activities, *header);
        if (!pdf) {
            return ctx.fail(pdf.error());
        }
        bytes = std::move(pdf).value();
    }
    if (auto written = FileWriter::writeAtomically(out, bytes); !written) {
        return ctx.fail(written.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("format"), format},
                                  {QStringLiteral("out"), out},
                                  {QStringLiteral("activities"), int(activities.size())},
                                  {QStringLiteral("bytes"), bytes.size()}});
    } else {
        ctx.print(tr("%1: the record of processing activities, %2 activities.").arg(out).arg(activities.size()));
    }
    return Ok;
}

/// `activities import FILE` and `systems import FILE`: the file read, imported all or nothing, reported.
int importFile(Context &ctx, const QCommandLineParser &p,
               Result<RecordImportSummary> (RegisterService::*import)(const QByteArray &), const QString &what)
{
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1) {
        return ctx.usage(tr("name one CSV file"));
    }
    // A register may start with its record: the import creates it when there is none yet.
    if (auto opened = ctx.openRegister(Context::Access::Create); !opened) {
        return ctx.fail(opened.error());
    }
    auto bytes = readInput(positional.first());
    if (!bytes) {
        return ctx.fail(bytes.error());
    }
    auto summary = (ctx.service().*import)(*bytes);
    if (!summary) {
        return ctx.fail(summary.error());
    }
    return reportImport(ctx, *summary, what);
}

} // namespace

int runActivities(const QString &verb, const QStringList &arguments)
{
    Context ctx({QStringLiteral("activities"), verb}, arguments);
    const QStringList verbs{QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("export")};
    if (!verbs.contains(verb)) {
        return ctx.unknownCommand(
            tr("unknown command \"activities %1\"; expected one of: %2").arg(verb, verbs.join(u", ")));
    }
    QCommandLineParser p;
    QString syntax;
    QString description;
    if (verb == QLatin1String("import")) {
        syntax = QStringLiteral("FILE.csv");
        description = tr("Import the record of processing activities from CSV (UTF-8, \";\" or \",\"; columns: %1; "
                         "lists separated by \"|\"). Each row adds the activity or replaces the one of the same name; "
                         "a file with a bad row imports nothing.")
                          .arg(RecordRules::activityColumns().join(u", "));
    } else if (verb == QLatin1String("list")) {
        syntax = QStringLiteral("[options]");
        description = tr("List the activities of the record.");
    } else {
        syntax = QStringLiteral("--format csv|pdf --out FILE");
        description = tr("Write the record of processing activities as a supervisory authority may ask for it "
                         "(GDPR art. 30(4)).");
        p.addOptions({{QStringLiteral("format"), tr("csv or pdf."), QStringLiteral("FORMAT")},
                      {QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")},
                      {QStringLiteral("profile"), tr("For csv: standard or fr-spreadsheet."), QStringLiteral("NAME")}});
    }
    if (!ctx.parse(p, description, syntax)) {
        return ctx.exitCode();
    }
    if (verb == QLatin1String("import")) {
        return importFile(ctx, p, &RegisterService::importActivities, tr("Activities"));
    }
    if (auto opened = ctx.openRegister(Context::Access::Read); !opened) {
        return ctx.fail(opened.error());
    }
    RegisterService &service = ctx.service();
    auto activities = service.activities();
    if (!activities) {
        return ctx.fail(activities.error());
    }
    if (verb == QLatin1String("list")) {
        if (ctx.json()) {
            QJsonArray rows;
            for (const ProcessingActivity &a : std::as_const(*activities)) {
                rows.append(toJson(a));
            }
            ctx.printJson(rows);
        } else {
            for (const ProcessingActivity &a : std::as_const(*activities)) {
                ctx.print(QStringLiteral("%1  %2  %3%4  [%5]")
                              .arg(a.id)
                              .arg(a.name, label(a.role),
                                   a.controller.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.controller),
                                   a.systems.join(QStringLiteral(", "))));
            }
        }
        return Ok;
    }
    return exportRecord(ctx, p, *activities);
}

int runSystems(const QString &verb, const QStringList &arguments)
{
    Context ctx({QStringLiteral("systems"), verb}, arguments);
    const QStringList verbs{QStringLiteral("import"), QStringLiteral("list")};
    if (!verbs.contains(verb)) {
        return ctx.unknownCommand(
            tr("unknown command \"systems %1\"; expected one of: %2").arg(verb, verbs.join(u", ")));
    }
    QCommandLineParser p;
    QString syntax = QStringLiteral("[options]");
    QString description = tr("List the systems of the catalogue with their owners.");
    if (verb == QLatin1String("import")) {
        syntax = QStringLiteral("FILE.csv");
        description = tr("Import the systems catalogue from CSV (UTF-8, \";\" or \",\"; columns: %1, and optionally "
                         "deputy_name; lists separated by \"|\"). Each row adds the system or replaces the one of the "
                         "same name; a file with a bad row imports nothing.")
                          .arg(RecordRules::systemColumns().join(u", "));
    }
    if (!ctx.parse(p, description, syntax)) {
        return ctx.exitCode();
    }
    if (verb == QLatin1String("import")) {
        return importFile(ctx, p, &RegisterService::importSystems, tr("Systems"));
    }
    if (auto opened = ctx.openRegister(Context::Access::Read); !opened) {
        return ctx.fail(opened.error());
    }
    RegisterService &service = ctx.service();
    auto systems = service.systems();
    if (!systems) {
        return ctx.fail(systems.error());
    }
    if (ctx.json()) {
        QJsonArray rows;
        for (const DataSystem &s : std::as_const(*systems)) {
            rows.append(toJson(s));
        }
        ctx.printJson(rows);
    } else {
        for (const DataSystem &s : std::as_const(*systems)) {
            QStringList actions;
            for (TaskAction a : s.actions) {
                actions << name(a);
            }
            ctx.print(QStringLiteral("%1  %2  %3 <%4>  %5  %6 days")
                          .arg(s.id)
                          .arg(s.name, s.ownerName, s.ownerEmail, actions.join(u','))
                          .arg(s.turnaroundDays));
        }
    }
    return Ok;
}

int runCaseActivities(const QStringList &arguments)
{
    Context ctx({QStringLiteral("case"), QStringLiteral("activities")}, arguments);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("add"), tr("An activity of the record that concerns the person (repeatable)."),
                   QStringLiteral("NAME")},
                  {QStringLiteral("remove"), tr("An activity that does not concern the person (repeatable)."),
                   QStringLiteral("NAME")}});
    if (!ctx.parse(p,
                   tr("Show or change the activities of the record of processing activities that concern the person "
                      "of a case, with suggestions."),
                   QStringLiteral("REFERENCE [--add NAME]... [--remove NAME]..."))) {
        return ctx.exitCode();
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1) {
        return ctx.usage(tr("name one case reference"));
    }
    const QStringList add = p.values(QStringLiteral("add"));
    const QStringList remove = p.values(QStringLiteral("remove"));
    const bool changes = !add.isEmpty() || !remove.isEmpty();
    if (auto opened = ctx.openRegister(changes ? Context::Access::Change : Context::Access::Read); !opened) {
        return ctx.fail(opened.error());
    }
    RegisterService &service = ctx.service();
    auto record = service.findCase(positional.first());
    if (!record) {
        return ctx.fail(record.error());
    }
    auto current = service.caseActivities(record->id);
    if (!current) {
        return ctx.fail(current.error());
    }
    QList<ProcessingActivity> chosen = *current;
    if (changes) {
        QStringList names;
        for (const ProcessingActivity &a : std::as_const(chosen)) {
            if (!std::any_of(remove.cbegin(), remove.cend(),
                             [&](const QString &r) { return r.trimmed().compare(a.name, Qt::CaseInsensitive) == 0; })) {
                names << a.name;
            }
        }
        for (const QString &r : remove) {
            const bool named = std::any_of(chosen.cbegin(), chosen.cend(), [&](const ProcessingActivity &a) {
                return r.trimmed().compare(a.name, Qt::CaseInsensitive) == 0;
            });
            if (!named) {
                return ctx.fail(tr("Case %1 does not name the activity \"%2\".").arg(record->reference, r));
            }
        }
        names += add;
        auto saved = service.setCaseActivities(*record, names);
        if (!saved) {
            return ctx.fail(saved.error());
        }
        chosen = *saved;
    }
    auto suggestions = service.activitySuggestions(*record);
    if (!suggestions) {
        return ctx.fail(suggestions.error());
    }
    QStringList forwardTo;
    for (const ProcessingActivity &a : std::as_const(chosen)) {
        if (a.role == ProcessingRole::Processor && !forwardTo.contains(a.controller)) {
            forwardTo << a.controller;
        }
    }
    if (ctx.json()) {
        QJsonArray names;
        QJsonArray processor;
        for (const ProcessingActivity &a : std::as_const(chosen)) {
            names.append(a.name);
            if (a.role == ProcessingRole::Processor) {
                processor.append(
                    QJsonObject{{QStringLiteral("activity"), a.name}, {QStringLiteral("controller"), a.controller}});
            }
        }
        QJsonArray suggested;
        for (const ActivitySuggestion &s : std::as_const(*suggestions)) {
            suggested.append(
                QJsonObject{{QStringLiteral("activity"), s.activity}, {QStringLiteral("reason"), s.reason}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("case"), record->reference},
                                  {QStringLiteral("activities"), names},
                                  {QStringLiteral("as_processor"), processor},
                                  {QStringLiteral("suggestions"), suggested}});
        return Ok;
    }
    ctx.print(tr("Activities concerning the person of %1:").arg(record->reference));
    if (chosen.isEmpty()) {
        ctx.print(tr("  (none chosen yet)"));
    }
    for (const ProcessingActivity &a : std::as_const(chosen)) {
        ctx.print(QStringLiteral("  %1  (%2)").arg(a.name, label(a.role)));
    }
    for (const QString &controller : std::as_const(forwardTo)) {
        ctx.print(tr("We are the processor for %1: forward the request to that controller (GDPR art. 28(3)(e)).")
                      .arg(controller));
    }
    if (!suggestions->isEmpty()) {
        ctx.print(tr("Suggested:"));
        for (const ActivitySuggestion &s : std::as_const(*suggestions)) {
            ctx.print(QStringLiteral("  %1 — %2").arg(s.activity, s.reason));
        }
    }
    return Ok;
}
} // namespace dpodesk::cli
