// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The tasks to system owners from the command line: plan, list, send, answer, digest, proof. The names of the
// commands and of the JSON keys are a contract other tools rely on (issue 13, README).
#include "recordcommands.h"

#include "clicontext.h"
#include "common/filewriter.h"
#include "domain/reportsource.h"
#include "letters/taskmessage.h"
#include "register/registerservice.h"
#include "reports/recordreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace dpodesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const CaseTask &t, QDate today)
{
    QJsonArray evidence;
    for (qint64 id : t.evidence) {
        evidence.append(id);
    }
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("case"), t.caseReference},
        {QStringLiteral("number"), t.number},
        {QStringLiteral("token"), t.token()},
        {QStringLiteral("system"), t.systemName},
        {QStringLiteral("action"), name(t.action)},
        {QStringLiteral("activities"), t.activities},
        {QStringLiteral("owner"), t.ownerName},
        {QStringLiteral("owner_email"), t.ownerEmail},
        {QStringLiteral("planned_on"), dateJson(t.plannedOn)},
        {QStringLiteral("due_on"), dateJson(t.dueOn)},
        {QStringLiteral("state"), name(t.state)},
        {QStringLiteral("overdue"), t.isOverdue(today)},
        {QStringLiteral("sent_on"), dateJson(t.sentOn)},
        {QStringLiteral("sent_to"), t.sentTo},
        {QStringLiteral("answered_on"), dateJson(t.answeredOn)},
        {QStringLiteral("result"), t.result ? QJsonValue(name(*t.result)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), t.note},
        {QStringLiteral("evidence"), evidence},
    };
}

QString taskLine(const CaseTask &t, QDate today)
{
    QString state = label(t.state);
    if (t.result) {
        state += QStringLiteral(" (%1)").arg(label(*t.result));
    }
    return QStringLiteral("%1  %2  %3  %4  %5  due %6  %7%8")
        .arg(t.id)
        .arg(t.token(), t.systemName, name(t.action), t.ownerEmail,
             t.dueOn.isValid() ? t.dueOn.toString(Qt::ISODate) : QStringLiteral("-"), state,
             t.isOverdue(today) ? tr("  OVERDUE") : QString());
}

/// The message to a task's owner, in a language (default French).
Result<TaskMessage> messageFor(RegisterService &service, const CaseTask &task, const QString &language)
{
    auto record = service.findCase(task.caseId);
    if (!record) {
        return record.error();
    }
    auto system = service.system(task.systemName);
    if (!system) {
        return system.error();
    }
    if (!*system) {
        return makeError(Error::Code::NotFound,
                         tr("The system \"%1\" is no longer in the catalogue.").arg(task.systemName));
    }
    return TaskMessages::message(task, *record, **system, service.organisation(),
                                 language.isEmpty() ? QStringLiteral("fr") : language);
}

/// Prints a task just sent (or reminded), with the message for its owner.
int printSent(Context &ctx, const CaseTask &task, const TaskMessage &message, bool reminder)
{
    const QDate today = ctx.today();
    if (ctx.json()) {
        QJsonObject row = toJson(task, today);
        row.insert(QStringLiteral("reminder"), reminder);
        row.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("to"), message.to},
                                                          {QStringLiteral("cc"), message.cc},
                                                          {QStringLiteral("subject"), message.subject},
                                                          {QStringLiteral("body"), message.body}});
        ctx.printJson(row);
    } else {
        ctx.print((reminder ? tr("Reminder recorded: %1") : tr("Sent: %1")).arg(taskLine(task, today)));
        ctx.print(QString());
        ctx.print(tr("To: %1").arg(message.to));
        if (!message.cc.isEmpty()) {
            ctx.print(tr("Cc: %1").arg(message.cc));
        }
        ctx.print(tr("Subject: %1").arg(message.subject));
        ctx.print(QString());
        // The body line by line: each goes through the terminal escaping like every printed line.
        for (const QString &line : message.body.split(u'\n')) {
            ctx.print(line);
        }
    }
    return Ok;
}

} // namespace

int runTasks(const QString &verb, const QStringList &arguments)
{
    Context ctx({QStringLiteral("tasks"), verb}, arguments);
    const QStringList verbs{QStringLiteral("plan"),   QStringLiteral("list"),   QStringLiteral("send"),
                            QStringLiteral("answer"), QStringLiteral("digest"), QStringLiteral("proof")};
    if (!verbs.contains(verb)) {
        return ctx.unknownCommand(tr("unknown command \"tasks %1\"; expected one of: %2").arg(verb, verbs.join(u", ")));
    }
    QStringList results;
    for (TaskResult r : allTaskResults()) {
        results << name(r);
    }
    QCommandLineParser p;
    QString syntax;
    QString description;
    if (verb == QLatin1String("plan")) {
        syntax = QStringLiteral("REFERENCE");
        description = tr("Create the tasks the rights of the case and its activities call for: one per system and "
                         "action, due a margin of working days before the deadline in force.");
    } else if (verb == QLatin1String("list")) {
        syntax = QStringLiteral("[REFERENCE] [--owner EMAIL] [--overdue]");
        description = tr("List tasks: of one case, of one owner (or deputy), or the overdue ones.");
        p.addOptions({{QStringLiteral("owner"), tr("The owner's or deputy's e-mail address."), QStringLiteral("EMAIL")},
                      {QStringLiteral("overdue"), tr("Only the tasks not answered whose due date has passed.")},
                      {QStringLiteral("open"), tr("Only the tasks not answered yet.")}});
    } else if (verb == QLatin1String("proof")) {
        syntax = QStringLiteral("REFERENCE --out FILE.pdf");
        description = tr("Write the proof of what was done for a case: per task its system, action, owner, dates, "
                         "result and the SHA-256 of its evidence (the proof of erasure an auditor asks for).");
        p.addOption({QStringLiteral("out"), tr("The PDF to write."), QStringLiteral("FILE")});
    } else if (verb == QLatin1String("digest")) {
        syntax = QStringLiteral("[--owner EMAIL] [--language fr|en]");
        description = tr("Print, per system owner, every task they still owe with its due date, overdue ones first: "
                         "one message per owner, for a daily or weekly job. Nothing is recorded.");
        p.addOptions({{QStringLiteral("owner"), tr("Only this owner's (or deputy's) tasks."), QStringLiteral("EMAIL")},
                      {QStringLiteral("language"), tr("fr or en (default: fr)."), QStringLiteral("LANG")}});
    } else if (verb == QLatin1String("send")) {
        syntax = QStringLiteral("ID [--to EMAIL|--printed] [--on DATE]");
        description = tr("Record that a task went to its system's owner, and print the message to send (subject with "
                         "the case and task reference, the instructions, only the identifiers the owner needs). "
                         "Sending a task again records a reminder.");
        p.addOptions(
            {{QStringLiteral("to"), tr("Where it went (default: the owner's address)."), QStringLiteral("EMAIL")},
             {QStringLiteral("printed"), tr("It went as a printed task sheet.")},
             {QStringLiteral("sheet"), tr("Also write the printable task sheet (PDF)."), QStringLiteral("FILE")},
             {QStringLiteral("on"), tr("The day it went (default: today)."), QStringLiteral("YYYY-MM-DD")},
             {QStringLiteral("language"), tr("fr or en (default: fr)."), QStringLiteral("LANG")}});
    } else {
        syntax = QStringLiteral("ID --result found|not-found|done|cannot [--note TEXT] [--evidence FILE]...");
        description = tr("Record the owner's answer, with the evidence files (kept with the case, SHA-256 checked).");
        p.addOptions(
            {{QStringLiteral("result"), tr("%1.").arg(results.join(u", ")), QStringLiteral("RESULT")},
             {QStringLiteral("note"), tr("What was found or done; why it cannot be done."), QStringLiteral("TEXT")},
             {QStringLiteral("evidence"), tr("A file of evidence (repeatable)."), QStringLiteral("FILE")},
             {QStringLiteral("on"), tr("The day of the answer (default: today)."), QStringLiteral("YYYY-MM-DD")}});
    }
    if (!ctx.parse(p, description, syntax)) {
        return ctx.exitCode();
    }
    const QStringList positional = p.positionalArguments();
    if (verb == QLatin1String("digest") ? !positional.isEmpty()
        : verb == QLatin1String("list") ? positional.size() > 1
                                        : positional.size() != 1) {
        return ctx.usage(verb == QLatin1String("plan")   ? tr("name one case reference")
                         : verb == QLatin1String("list") ? tr("name at most one case reference")
                                                         : tr("name one task id"));
    }
    qint64 taskId = 0;
    if (verb == QLatin1String("send") || verb == QLatin1String("answer")) {
        bool number = false;
        taskId = positional.first().toLongLong(&number);
        if (!number || taskId <= 0) {
            return ctx.usage(tr("\"%1\" is not a task id (see dpodesk-cli tasks list)").arg(positional.first()));
        }
    }
    QDate on = ctx.today();
    if ((verb == QLatin1String("send") || verb == QLatin1String("answer")) && p.isSet(QStringLiteral("on"))) {
        auto parsed = parseDate(p.value(QStringLiteral("on")), QStringLiteral("--on"));
        if (!parsed) {
            return ctx.fail(parsed.error());
        }
        on = *parsed;
    }
    std::optional<TaskResult> result;
    if (verb == QLatin1String("answer")) {
        if (!p.isSet(QStringLiteral("result"))) {
            return ctx.usage(tr("--result is required"));
        }
        result = parseTaskResult(p.value(QStringLiteral("result")));
        if (!result) {
            return ctx.usage(
                tr("\"%1\" is not a result: %2").arg(p.value(QStringLiteral("result")), results.join(u", ")));
        }
    }
    const bool reads =
        verb == QLatin1String("list") || verb == QLatin1String("digest") || verb == QLatin1String("proof");
    if (auto opened = ctx.openRegister(reads ? Context::Access::Read : Context::Access::Change); !opened) {
        return ctx.fail(opened.error());
    }
    RegisterService &service = ctx.service();
    const QDate today = ctx.today();
    if (verb == QLatin1String("plan")) {
        auto record = service.findCase(positional.first());
        if (!record) {
            return ctx.fail(record.error());
        }
        auto plan = service.planTasks(*record);
        if (!plan) {
            return ctx.fail(plan.error());
        }
        if (ctx.json()) {
            QJsonArray created;
            for (const CaseTask &t : std::as_const(plan->created)) {
                created.append(toJson(t, today));
            }
            ctx.printJson(
                QJsonObject{{QStringLiteral("case"), record->reference},
                            {QStringLiteral("created"), created},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(plan->warnings)},
                            {QStringLiteral("recipients_added"), QJsonArray::fromStringList(plan->recipientsAdded)}});
        } else {
            ctx.print(tr("%n task(s) planned for %1:", "", int(plan->created.size())).arg(record->reference));
            for (const CaseTask &t : std::as_const(plan->created)) {
                ctx.print(QStringLiteral("  ") + taskLine(t, today));
            }
            for (const QString &r : std::as_const(plan->recipientsAdded)) {
                ctx.print(tr("Recipient to notify (art. 19) added: %1").arg(r));
            }
            for (const QString &w : std::as_const(plan->warnings)) {
                ctx.print(tr("Note: %1").arg(w));
            }
        }
        return Ok;
    }
    if (verb == QLatin1String("list")) {
        TaskFilter filter;
        if (!positional.isEmpty()) {
            auto record = service.findCase(positional.first());
            if (!record) {
                return ctx.fail(record.error());
            }
            filter.caseId = record->id;
        }
        filter.ownerEmail = p.value(QStringLiteral("owner")).trimmed();
        filter.openOnly = p.isSet(QStringLiteral("open"));
        if (p.isSet(QStringLiteral("overdue"))) {
            filter.overdueOn = today;
        }
        auto tasks = service.tasks(filter);
        if (!tasks) {
            return ctx.fail(tasks.error());
        }
        if (ctx.json()) {
            QJsonArray rows;
            for (const CaseTask &t : std::as_const(*tasks)) {
                rows.append(toJson(t, today));
            }
            ctx.printJson(rows);
        } else {
            for (const CaseTask &t : std::as_const(*tasks)) {
                ctx.print(taskLine(t, today));
            }
        }
        return Ok;
    }
    if (verb == QLatin1String("proof")) {
        const QString out = p.value(QStringLiteral("out"));
        if (out.isEmpty()) {
            return ctx.usage(tr("--out FILE.pdf is required"));
        }
        auto record = service.findCase(positional.first());
        if (!record) {
            return ctx.fail(record.error());
        }
        TaskFilter filter;
        filter.caseId = record->id;
        auto tasks = service.tasks(filter);
        if (!tasks) {
            return ctx.fail(tasks.error());
        }
        auto files = service.attachments(record->id);
        if (!files) {
            return ctx.fail(files.error());
        }
        QMap<qint64, Attachment> byId;
        for (const Attachment &a : std::as_const(*files)) {
            byId.insert(a.id, a);
        }
        const std::unique_ptr<ReportSource> source = service.reportSource();
        auto header = source->header();
        if (!header) {
            return ctx.fail(header.error());
        }
        auto pdf = RecordReports::caseTasksPdf(*record, *tasks, byId, *header);
        if (!pdf) {
            return ctx.fail(pdf.error());
        }
        if (auto written = FileWriter::writeAtomically(out, *pdf); !written) {
            return ctx.fail(written.error());
        }
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("case"), record->reference},
                                      {QStringLiteral("out"), out},
                                      {QStringLiteral("tasks"), int(tasks->size())}});
        } else {
            ctx.print(tr("%1: the tasks of %2 (%3).").arg(out, record->reference).arg(tasks->size()));
        }
        return Ok;
    }
    if (verb == QLatin1String("digest")) {
        TaskFilter filter;
        filter.openOnly = true;
        filter.ownerEmail = p.value(QStringLiteral("owner")).trimmed();
        auto tasks = service.tasks(filter);
        if (!tasks) {
            return ctx.fail(tasks.error());
        }
        const QString language =
            p.value(QStringLiteral("language")).isEmpty() ? QStringLiteral("fr") : p.value(QStringLiteral("language"));
        auto digests = TaskMessages::digests(*tasks, today, service.organisation(), language);
        if (!digests) {
            return ctx.fail(digests.error());
        }
        if (ctx.json()) {
            QJsonArray messages;
            for (const TaskMessage &m : std::as_const(*digests)) {
                messages.append(QJsonObject{{QStringLiteral("to"), m.to},
                                            {QStringLiteral("cc"), m.cc},
                                            {QStringLiteral("subject"), m.subject},
                                            {QStringLiteral("body"), m.body}});
            }
            ctx.printJson(messages);
            return Ok;
        }
        for (const TaskMessage &m : std::as_const(*digests)) {
            ctx.print(tr("To: %1").arg(m.to));
            ctx.print(tr("Subject: %1").arg(m.subject));
            ctx.print(QString());
            for (const QString &line : m.body.split(u'\n')) {
                ctx.print(line);
            }
            ctx.print(QStringLiteral("----"));
        }
        return Ok;
    }
    if (verb == QLatin1String("send")) {
        auto task = service.task(taskId);
        if (!task) {
            return ctx.fail(task.error());
        }
        QString to = p.isSet(QStringLiteral("printed")) ? QStringLiteral("printed") : p.value(QStringLiteral("to"));
        if (to.isEmpty()) {
            to = task->ownerEmail;
        }
        // The message first: a task whose message cannot be written is not recorded as sent.
        auto message = messageFor(service, *task, p.value(QStringLiteral("language")));
        if (!message) {
            return ctx.fail(message.error());
        }
        if (p.isSet(QStringLiteral("sheet"))) {
            auto record = service.findCase(task->caseId);
            auto system = service.system(task->systemName);
            if (!record || !system || !*system) {
                return ctx.fail(!record ? record.error() : !system ? system.error() : message.error());
            }
            auto sheet = TaskMessages::sheet(*task, *record, **system, service.organisation(),
                                             p.value(QStringLiteral("language")).isEmpty()
                                                 ? QStringLiteral("fr")
                                                 : p.value(QStringLiteral("language")));
            if (!sheet) {
                return ctx.fail(sheet.error());
            }
            if (auto written = FileWriter::writeAtomically(p.value(QStringLiteral("sheet")), *sheet); !written) {
                return ctx.fail(written.error());
            }
        }
        const bool reminder = task->state == TaskState::Sent;
        auto sent = service.markTaskSent(taskId, to, on);
        if (!sent) {
            return ctx.fail(sent.error());
        }
        return printSent(ctx, *sent, *message, reminder);
    }
    auto answered =
        service.answerTask(taskId, *result, p.value(QStringLiteral("note")), on, p.values(QStringLiteral("evidence")));
    if (!answered) {
        return ctx.fail(answered.error());
    }
    if (ctx.json()) {
        ctx.printJson(toJson(*answered, today));
    } else {
        ctx.print(tr("%1 answered: %2.").arg(answered->token(), label(*answered->result)));
    }
    return Ok;
}

} // namespace dpodesk::cli
