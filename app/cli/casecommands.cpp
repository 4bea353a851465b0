// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "casecommands.h"

#include "clicontext.h"
#include "domain/casejson.h"
#include "domain/caseworkflow.h"
#include "storage/stores.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dpodesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

using Option = QCommandLineOption;

void addPersonOptions(QCommandLineParser &p)
{
    p.addOptions({
        Option(QStringLiteral("first-name"), tr("Data subject's first name."), QStringLiteral("TEXT")),
        Option(QStringLiteral("last-name"), tr("Data subject's last name."), QStringLiteral("TEXT")),
        Option(QStringLiteral("email"), tr("Data subject's e-mail address."), QStringLiteral("ADDRESS")),
        Option(QStringLiteral("phone"), tr("Data subject's phone number."), QStringLiteral("NUMBER")),
        Option(QStringLiteral("address"), tr("Data subject's postal address."), QStringLiteral("TEXT")),
        Option(QStringLiteral("internal-ref"), tr("Customer or prospect reference."), QStringLiteral("TEXT")),
        Option(QStringLiteral("relationship"), tr("customer, prospect, user, employee or other."),
               QStringLiteral("KIND")),
        Option(QStringLiteral("right"), tr("A right the request is about (repeatable): %1.").arg([] {
            QStringList n;
            for (Right r : allRights()) {
                n << name(r);
            }
            return n.join(u", ");
        }()),
               QStringLiteral("RIGHT")),
        Option(QStringLiteral("channel"), tr("email, post, web-form, phone, in-person or cnil."),
               QStringLiteral("CHANNEL")),
        Option(QStringLiteral("received"), tr("Date the request reached the organisation (default: today)."),
               QStringLiteral("YYYY-MM-DD")),
        Option(QStringLiteral("language"), tr("Language of the request: fr or en."), QStringLiteral("LANG")),
        Option(QStringLiteral("requester-first-name"), tr("First name of the person acting for the data subject."),
               QStringLiteral("TEXT")),
        Option(QStringLiteral("requester-last-name"), tr("Last name of the person acting for the data subject."),
               QStringLiteral("TEXT")),
        Option(QStringLiteral("requester-email"), tr("E-mail of the person acting for the data subject."),
               QStringLiteral("ADDRESS")),
        Option(QStringLiteral("capacity"), tr("representative, heir, executor or other."), QStringLiteral("KIND")),
        Option(QStringLiteral("capacity-proof"), tr("What proves the requester's capacity."), QStringLiteral("TEXT")),
        Option(QStringLiteral("cnil-reference"), tr("Reference of a CNIL complaint."), QStringLiteral("TEXT")),
        Option(QStringLiteral("cnil-due"), tr("Due date set in the CNIL's letter."), QStringLiteral("YYYY-MM-DD")),
        Option(QStringLiteral("linked-case"), tr("Reference of the case a CNIL complaint is about."),
               QStringLiteral("REF")),
        Option(QStringLiteral("note"), tr("An internal note to add."), QStringLiteral("TEXT")),
    });
}

template <typename E, typename Parse>
Result<E> parseName(const QString &value, Parse parse, const QList<E> &all, const QString &option)
{
    if (auto parsed = parse(value)) {
        return *parsed;
    }
    QStringList names;
    for (E e : all) {
        names << name(e);
    }
    return makeError(Error::Code::Invalid, tr("%1 \"%2\" is not one of: %3.").arg(option, value, names.join(u", ")));
}

/// Applies the person and intake options that are set to the case.
Result<void> applyPersonOptions(const QCommandLineParser &p, CaseRecord &c, const Context &ctx, bool creating)
{
    const auto set = [&p](const char *option, QString &field) {
        if (p.isSet(QLatin1String(option))) {
            field = p.value(QLatin1String(option)).trimmed();
        }
    };
    set("first-name", c.subject.firstName);
    set("last-name", c.subject.lastName);
    set("email", c.subject.email);
    set("phone", c.subject.phone);
    set("address", c.subject.postalAddress);
    set("internal-ref", c.subject.internalReference);
    set("cnil-reference", c.cnilReference);
    set("linked-case", c.linkedCaseReference);
    if (p.isSet(QStringLiteral("relationship"))) {
        auto r = parseName(p.value(QStringLiteral("relationship")), parseRelationship, allRelationships(),
                           QStringLiteral("--relationship"));
        if (!r) {
            return r.error();
        }
        c.subject.relationship = *r;
    }
    if (p.isSet(QStringLiteral("right"))) {
        QList<RightRequest> rights;
        for (const QString &value : p.values(QStringLiteral("right"))) {
            auto r = parseName(value, parseRight, allRights(), QStringLiteral("--right"));
            if (!r) {
                return r.error();
            }
            auto existing = std::find_if(c.rights.cbegin(), c.rights.cend(),
                                         [&](const RightRequest &rr) { return rr.right == *r; });
            rights.append(existing != c.rights.cend()
                              ? *existing
                              : RightRequest{*r, {}, Outcome::Pending, RefusalGround::None, {}, {}});
        }
        c.rights = rights;
    }
    if (p.isSet(QStringLiteral("channel"))) {
        auto ch =
            parseName(p.value(QStringLiteral("channel")), parseChannel, allChannels(), QStringLiteral("--channel"));
        if (!ch) {
            return ch.error();
        }
        c.channel = *ch;
    }
    if (p.isSet(QStringLiteral("received"))) {
        auto d = parseDate(p.value(QStringLiteral("received")), QStringLiteral("--received"));
        if (!d) {
            return d.error();
        }
        c.receivedOn = *d;
    } else if (creating) {
        c.receivedOn = ctx.today();
    }
    if (p.isSet(QStringLiteral("language"))) {
        const QString lang = p.value(QStringLiteral("language"));
        if (lang != QLatin1String("fr") && lang != QLatin1String("en")) {
            return makeError(Error::Code::Invalid, tr("--language must be fr or en."));
        }
        c.language = lang;
    }
    if (p.isSet(QStringLiteral("cnil-due"))) {
        auto d = parseDate(p.value(QStringLiteral("cnil-due")), QStringLiteral("--cnil-due"));
        if (!d) {
            return d.error();
        }
        c.cnilDueDate = *d;
    }
    const bool requesterGiven = p.isSet(QStringLiteral("requester-first-name")) ||
                                p.isSet(QStringLiteral("requester-last-name")) ||
                                p.isSet(QStringLiteral("requester-email")) || p.isSet(QStringLiteral("capacity"));
    if (requesterGiven) {
        Requester r = c.requester.value_or(
            Requester{Person{{}, {}, {}, {}, {}, {}, Relationship::Other}, Capacity::Representative, {}});
        set("requester-first-name", r.person.firstName);
        set("requester-last-name", r.person.lastName);
        set("requester-email", r.person.email);
        set("capacity-proof", r.capacityProof);
        if (p.isSet(QStringLiteral("capacity"))) {
            auto cap = parseName(p.value(QStringLiteral("capacity")), parseCapacity, allCapacities(),
                                 QStringLiteral("--capacity"));
            if (!cap) {
                return cap.error();
            }
            r.capacity = *cap;
        }
        c.requester = r;
    }
    if (p.isSet(QStringLiteral("note"))) {
        c.notes.append(Note{{}, {}, p.value(QStringLiteral("note"))});
    }
    return {};
}

QString summaryLine(const CaseRecord &c, QDate today)
{
    QString line = QStringLiteral("%1  %2  %3  received %4  deadline %5  %6")
                       .arg(c.reference, c.subject.displayName(), c.rightsSummary(), c.receivedOn.toString(Qt::ISODate),
                            c.deadline().toString(Qt::ISODate), label(c.status));
    if (const Suspension *s = c.openSuspension()) {
        line += tr("  clock stopped since %1").arg(s->askedOn.toString(Qt::ISODate));
    } else if (c.isOpen()) {
        const int left = DeadlineCalculator::daysLeft(c.deadline(), today);
        line += left == -1  ? tr("  overdue by 1 day")
                : left < 0  ? tr("  overdue by %1 days").arg(-left)
                : left == 1 ? tr("  1 day left")
                            : tr("  %1 days left").arg(left);
    }
    return line;
}

int printCase(Context &ctx, const CaseRecord &c, const QStringList &warnings = {})
{
    if (ctx.json()) {
        QJsonObject json = caseToJson(c, ctx.today());
        if (!warnings.isEmpty()) {
            json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        }
        ctx.printJson(json);
    } else {
        ctx.print(summaryLine(c, ctx.today()));
        for (const QString &w : warnings) {
            ctx.print(tr("warning: %1").arg(w));
        }
    }
    return Ok;
}

/// A case with the activities concerning the person and the tasks to system owners.
int showCase(Context &ctx, RegisterService &service, const CaseRecord &c)
{
    auto activities = service.caseActivities(c.id);
    if (!activities) {
        return ctx.fail(activities.error());
    }
    TaskFilter filter;
    filter.caseId = c.id;
    auto tasks = service.tasks(filter);
    if (!tasks) {
        return ctx.fail(tasks.error());
    }
    const QDate today = ctx.today();
    if (ctx.json()) {
        QJsonObject json = caseToJson(c, today);
        QJsonArray names;
        for (const ProcessingActivity &a : std::as_const(*activities)) {
            names.append(a.name);
        }
        QJsonArray rows;
        for (const CaseTask &t : std::as_const(*tasks)) {
            rows.append(QJsonObject{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("token"), t.token()},
                {QStringLiteral("system"), t.systemName},
                {QStringLiteral("action"), name(t.action)},
                {QStringLiteral("due_on"),
                 t.dueOn.isValid() ? QJsonValue(t.dueOn.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("state"), name(t.state)},
                {QStringLiteral("result"), t.result ? QJsonValue(name(*t.result)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("overdue"), t.isOverdue(today)},
            });
        }
        json.insert(QStringLiteral("activities"), names);
        json.insert(QStringLiteral("tasks"), rows);
        ctx.printJson(json);
        return Ok;
    }
    ctx.print(summaryLine(c, today));
    for (const ProcessingActivity &a : std::as_const(*activities)) {
        ctx.print(tr("  activity: %1%2")
                      .arg(a.name, a.role == ProcessingRole::Processor
                                       ? tr(" (we are the processor for %1: forward the request)").arg(a.controller)
                                       : QString()));
    }
    for (const CaseTask &t : std::as_const(*tasks)) {
        ctx.print(tr("  task %1  %2  %3  due %4  %5%6")
                      .arg(t.token(), t.systemName, name(t.action),
                           t.dueOn.isValid() ? t.dueOn.toString(Qt::ISODate) : QStringLiteral("-"),
                           t.result ? name(*t.result) : name(t.state),
                           t.isOverdue(today) ? tr("  OVERDUE") : QString()));
    }
    return Ok;
}

Result<QDate> dateOption(const QCommandLineParser &p, const char *option, QDate fallback)
{
    if (!p.isSet(QLatin1String(option))) {
        return fallback;
    }
    return parseDate(p.value(QLatin1String(option)), u"--" + QLatin1String(option));
}

int runList(Context &ctx, QCommandLineParser &p)
{
    CaseQuery q;
    q.today = ctx.today();
    q.scope = p.isSet(QStringLiteral("all"))      ? CaseQuery::Scope::All
              : p.isSet(QStringLiteral("closed")) ? CaseQuery::Scope::Closed
                                                  : CaseQuery::Scope::Open;
    q.search = p.value(QStringLiteral("search"));
    q.limit = p.value(QStringLiteral("limit")).toInt();
    q.offset = p.value(QStringLiteral("offset")).toInt();
    if (q.limit <= 0 || q.offset < 0) {
        return ctx.usage(tr("--limit must be a positive number and --offset zero or more"));
    }
    if (p.isSet(QStringLiteral("status"))) {
        auto s = parseName(p.value(QStringLiteral("status")), parseCaseStatus, allCaseStatuses(),
                           QStringLiteral("--status"));
        if (!s) {
            return ctx.usage(s.errorMessage());
        }
        q.status = *s;
        q.scope = CaseQuery::Scope::All;
    }
    if (p.isSet(QStringLiteral("right"))) {
        auto r = parseName(p.value(QStringLiteral("right")), parseRight, allRights(), QStringLiteral("--right"));
        if (!r) {
            return ctx.usage(r.errorMessage());
        }
        q.right = *r;
    }
    if (p.isSet(QStringLiteral("channel"))) {
        auto c =
            parseName(p.value(QStringLiteral("channel")), parseChannel, allChannels(), QStringLiteral("--channel"));
        if (!c) {
            return ctx.usage(c.errorMessage());
        }
        q.channel = *c;
    }
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        q.receivedYear = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok) {
            return ctx.usage(tr("--year must be a year such as 2026"));
        }
    }
    if (p.isSet(QStringLiteral("urgency"))) {
        const QString u = p.value(QStringLiteral("urgency"));
        const QList<Urgency> all{Urgency::Overdue, Urgency::DueSoon, Urgency::OnTrack, Urgency::ClockStopped,
                                 Urgency::Done};
        for (Urgency candidate : all) {
            if (urgencyName(candidate) == u) {
                q.urgency = candidate;
            }
        }
        if (!q.urgency) {
            return ctx.usage(tr("--urgency must be overdue, due_soon, on_track, clock_stopped or done"));
        }
    }
    const QString sort = p.value(QStringLiteral("sort"));
    if (sort == QLatin1String("received")) {
        q.sort = CaseQuery::Sort::ReceivedOn;
    } else if (sort == QLatin1String("reference")) {
        q.sort = CaseQuery::Sort::Reference;
    } else if (sort != QLatin1String("deadline")) {
        return ctx.usage(tr("--sort must be deadline, received or reference"));
    }
    q.descending = p.isSet(QStringLiteral("desc"));
    if (auto opened = ctx.openRegister(Context::Access::Read); !opened) {
        return ctx.fail(opened.error());
    }
    auto rows = ctx.service().list(q);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const CaseSummary &s : *rows) {
            array.append(QJsonObject{
                {QStringLiteral("reference"), s.reference},
                {QStringLiteral("subject"), s.subjectName},
                {QStringLiteral("email"),
                 s.subjectEmail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.subjectEmail)},
                {QStringLiteral("rights"), QJsonArray::fromStringList(s.rights.split(u',', Qt::SkipEmptyParts))},
                {QStringLiteral("channel"), name(s.channel)},
                {QStringLiteral("received_on"), s.receivedOn.toString(Qt::ISODate)},
                {QStringLiteral("deadline"), s.deadline.toString(Qt::ISODate)},
                {QStringLiteral("days_left"), s.isOpen() && !s.clockStoppedSince.isValid()
                                                  ? QJsonValue(DeadlineCalculator::daysLeft(s.deadline, ctx.today()))
                                                  : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("status"), name(s.status)},
                {QStringLiteral("urgency"), urgencyName(s.urgency(ctx.today()))},
                {QStringLiteral("clock_stopped_since"), s.clockStoppedSince.isValid()
                                                            ? QJsonValue(s.clockStoppedSince.toString(Qt::ISODate))
                                                            : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("extension_notice_due"), s.extensionNoticeDue},
            });
        }
        ctx.printJson(array);
        return Ok;
    }
    for (const CaseSummary &s : *rows) {
        ctx.print(QStringLiteral("%1  %2  %3  %4  %5  %6")
                      .arg(s.reference, s.deadline.toString(Qt::ISODate), urgencyLabel(s.urgency(ctx.today())),
                           label(s.status), s.subjectName, s.rights));
    }
    return Ok;
}

/// `case answer` (dated, rights without --outcome granted) and `case decide` (no date, every right decided with
/// --outcome: the reply that states them dates the answer).
int runAnswer(Context &ctx, const QCommandLineParser &p, const CaseRecord &c, QDate on, bool decideOnly = false)
{
    QList<RightDecision> decisions;
    const auto valuesFor = [&p](const char *option) {
        QHash<QString, QString> map;
        for (const QString &v : p.values(QLatin1String(option))) {
            const qsizetype eq = v.indexOf(u'=');
            map.insert(eq < 0 ? v : v.left(eq), eq < 0 ? QString() : v.mid(eq + 1));
        }
        return map;
    };
    const auto outcomes = valuesFor("outcome");
    const auto grounds = valuesFor("ground");
    const auto reasons = valuesFor("reason");
    for (const RightRequest &r : c.rights) {
        if (r.outcome != Outcome::Pending && !outcomes.contains(name(r.right))) {
            continue;
        }
        if (decideOnly && !outcomes.contains(name(r.right))) {
            continue; // stays pending: refused below in the workflow's words
        }
        RightDecision d{r.right, Outcome::Granted, RefusalGround::None, reasons.value(name(r.right))};
        if (outcomes.contains(name(r.right))) {
            auto o = parseName(outcomes.value(name(r.right)), parseOutcome, allOutcomes(), QStringLiteral("--outcome"));
            if (!o) {
                return ctx.usage(o.errorMessage());
            }
            d.outcome = *o;
        }
        if (grounds.contains(name(r.right))) {
            auto g = parseName(grounds.value(name(r.right)), parseRefusalGround, allRefusalGrounds(),
                               QStringLiteral("--ground"));
            if (!g) {
                return ctx.usage(g.errorMessage());
            }
            d.ground = *g;
        }
        decisions.append(d);
    }
    for (const QString &key : outcomes.keys()) {
        auto r = parseRight(key);
        if (!r || !c.hasRight(*r)) {
            return ctx.usage(tr("--outcome %1: the case does not cover that right").arg(key));
        }
    }
    auto answered = decideOnly ? ctx.service().decide(c, decisions) : ctx.service().answer(c, on, decisions);
    if (!answered) {
        return ctx.fail(answered.error());
    }
    return printCase(ctx, answered->record, answered->warnings);
}

} // namespace

QStringList caseVerbs()
{
    return {QStringLiteral("add"),       QStringLiteral("list"),   QStringLiteral("show"),     QStringLiteral("update"),
            QStringLiteral("suspend"),   QStringLiteral("resume"), QStringLiteral("extend"),   QStringLiteral("answer"),
            QStringLiteral("decide"),    QStringLiteral("close"),  QStringLiteral("withdraw"), QStringLiteral("delete"),
            QStringLiteral("activities")};
}

int runCase(const QString &verb, const QStringList &arguments)
{
    Context ctx({QStringLiteral("case"), verb}, arguments);
    QCommandLineParser p;
    QString syntax = QStringLiteral("REFERENCE [options]");
    QString description;
    if (verb == QLatin1String("add")) {
        addPersonOptions(p);
        syntax = QStringLiteral("--right RIGHT [--right RIGHT]... [options]");
        description = tr("Log a new request. Prints its reference and deadline.");
    } else if (verb == QLatin1String("update")) {
        addPersonOptions(p);
        p.addOptions(
            {Option(QStringLiteral("status"), tr("new, in-progress or awaiting-internal."), QStringLiteral("STATUS")),
             Option(QStringLiteral("acknowledged-on"), tr("Date the acknowledgement was sent."),
                    QStringLiteral("YYYY-MM-DD")),
             Option(QStringLiteral("add-recipient"), tr("A recipient to notify under GDPR art. 19 (repeatable)."),
                    QStringLiteral("NAME")),
             Option(QStringLiteral("recipient-notified"), tr("Record that a recipient was notified."),
                    QStringLiteral("NAME=YYYY-MM-DD")),
             Option(QStringLiteral("recipient-address"),
                    tr("Where a recipient's notification goes (postal address, lines separated by \\n, or e-mail)."),
                    QStringLiteral("NAME=ADDRESS"))});
        description = tr("Change fields of a case; every change is recorded in the audit trail.");
    } else if (verb == QLatin1String("list")) {
        syntax = QStringLiteral("[options]");
        description = tr("List cases, by default the open ones by deadline.");
        p.addOptions({Option(QStringLiteral("all"), tr("Open and closed cases.")),
                      Option(QStringLiteral("closed"), tr("Closed, answered and withdrawn cases only.")),
                      Option(QStringLiteral("search"), tr("Prefix of a name, e-mail, phone or reference."),
                             QStringLiteral("TEXT")),
                      Option(QStringLiteral("status"), tr("Only this status."), QStringLiteral("STATUS")),
                      Option(QStringLiteral("right"), tr("Only cases covering this right."), QStringLiteral("RIGHT")),
                      Option(QStringLiteral("channel"), tr("Only this channel."), QStringLiteral("CHANNEL")),
                      Option(QStringLiteral("year"), tr("Only requests received this year."), QStringLiteral("YEAR")),
                      Option(QStringLiteral("urgency"), tr("overdue, due_soon, on_track, clock_stopped or done."),
                             QStringLiteral("URGENCY")),
                      Option(QStringLiteral("sort"), tr("deadline (default), received or reference."),
                             QStringLiteral("KEY"), QStringLiteral("deadline")),
                      Option(QStringLiteral("desc"), tr("Sort in descending order.")),
                      Option(QStringLiteral("limit"), tr("At most N cases (default 100)."), QStringLiteral("N"),
                             QStringLiteral("100")),
                      Option(QStringLiteral("offset"), tr("Skip the first N cases."), QStringLiteral("N"),
                             QStringLiteral("0"))});
    } else if (verb == QLatin1String("show")) {
        description = tr("Show one case with its deadlines.");
    } else if (verb == QLatin1String("suspend")) {
        description = tr("Record a question for identity information: the clock stops (decree 2019-536 art. 77). A "
                         "clarification stops it only when the organisation's setting says so.");
        p.addOptions({Option(QStringLiteral("reason"), tr("identity or clarification."), QStringLiteral("REASON")),
                      Option(QStringLiteral("asked-on"), tr("Date the question was sent (default: today)."),
                             QStringLiteral("YYYY-MM-DD")),
                      Option(QStringLiteral("note"), tr("What was asked."), QStringLiteral("TEXT"))});
    } else if (verb == QLatin1String("resume")) {
        description = tr("Record the answer to the open question: the clock starts again.");
        p.addOption(Option(QStringLiteral("answered-on"), tr("Date the answer arrived (default: today)."),
                           QStringLiteral("YYYY-MM-DD")));
    } else if (verb == QLatin1String("extend")) {
        description = tr("Extend the deadline by two months (GDPR art. 12(3)): once, before the initial deadline.");
        p.addOptions(
            {Option(QStringLiteral("reason"), tr("complexity or number-of-requests."), QStringLiteral("REASON")),
             Option(QStringLiteral("justification"), tr("The reasons, as told to the person."), QStringLiteral("TEXT")),
             Option(QStringLiteral("on"), tr("Date of the decision (default: today)."), QStringLiteral("YYYY-MM-DD")),
             Option(QStringLiteral("notice-sent-on"), tr("Date the extension notice was sent."),
                    QStringLiteral("YYYY-MM-DD"))});
    } else if (verb == QLatin1String("answer")) {
        description =
            tr("Record the answer. Rights without --outcome are granted; a refusal needs --ground and --reason.");
        p.addOptions(
            {Option(QStringLiteral("on"), tr("Date of the answer (default: today)."), QStringLiteral("YYYY-MM-DD")),
             Option(QStringLiteral("outcome"), tr("granted, partially-granted, refused or no-data, per right."),
                    QStringLiteral("RIGHT=OUTCOME")),
             Option(QStringLiteral("ground"), tr("Legal ground of a refusal, per right."),
                    QStringLiteral("RIGHT=GROUND")),
             Option(QStringLiteral("reason"), tr("Reasons of a refusal, per right."), QStringLiteral("RIGHT=TEXT"))});
    } else if (verb == QLatin1String("decide")) {
        description = tr("Record the decision on every right without an answer date: the reply (letter --kind reply) "
                         "states them, and recording it as sent dates the answer. Every right needs --outcome.");
        p.addOptions(
            {Option(QStringLiteral("outcome"), tr("granted, partially-granted, refused or no-data, per right."),
                    QStringLiteral("RIGHT=OUTCOME")),
             Option(QStringLiteral("ground"), tr("Legal ground of a refusal, per right."),
                    QStringLiteral("RIGHT=GROUND")),
             Option(QStringLiteral("reason"), tr("Reasons of a refusal, per right."), QStringLiteral("RIGHT=TEXT"))});
    } else if (verb == QLatin1String("close") || verb == QLatin1String("withdraw")) {
        description =
            verb == QLatin1String("close") ? tr("Close a case.") : tr("Record that the person withdrew the request.");
        p.addOptions({Option(QStringLiteral("on"), tr("Date (default: today)."), QStringLiteral("YYYY-MM-DD")),
                      Option(QStringLiteral("note"), tr("Why."), QStringLiteral("TEXT"))});
    } else if (verb == QLatin1String("delete")) {
        description = tr("Delete a case; the reason stays in the audit trail.");
        p.addOption(Option(QStringLiteral("reason"), tr("Why the case is deleted."), QStringLiteral("TEXT")));
    } else {
        return ctx.unknownCommand(
            tr("unknown command \"case %1\"; expected one of: %2").arg(verb, caseVerbs().join(u", ")));
    }
    if (!ctx.parse(p, description, syntax)) {
        return ctx.exitCode();
    }
    if (verb == QLatin1String("list")) {
        return runList(ctx, p);
    }
    const QStringList positional = p.positionalArguments();
    if (verb == QLatin1String("add")) {
        if (!positional.isEmpty()) {
            return ctx.usage(tr("unexpected argument \"%1\"").arg(positional.first()));
        }
        CaseRecord draft;
        if (auto applied = applyPersonOptions(p, draft, ctx, true); !applied) {
            return ctx.usage(applied.errorMessage());
        }
        if (auto opened = ctx.openRegister(Context::Access::Create); !opened) {
            return ctx.fail(opened.error());
        }
        auto created = ctx.service().createCase(draft);
        if (!created) {
            return ctx.fail(created.error());
        }
        return printCase(ctx, *created);
    }
    if (positional.size() != 1) {
        return ctx.usage(tr("give exactly one case reference"));
    }
    const bool reads = verb == QLatin1String("show");
    if (auto opened = ctx.openRegister(reads ? Context::Access::Read : Context::Access::Change); !opened) {
        return ctx.fail(opened.error());
    }
    auto found = ctx.service().findCase(positional.first());
    if (!found) {
        return ctx.fail(found.error());
    }
    const CaseRecord shown = *found;
    CaseRecord c = shown;
    RegisterService &service = ctx.service();
    const QDate today = ctx.today();
    Result<CaseChange> changed = makeError(Error::Code::Internal, QString());
    if (verb == QLatin1String("show")) {
        return showCase(ctx, service, c);
    } else if (verb == QLatin1String("delete")) {
        auto removed = service.deleteCase(c.reference, p.value(QStringLiteral("reason")));
        if (!removed) {
            return ctx.fail(removed.error());
        }
        ctx.print(tr("Case %1 deleted.").arg(c.reference));
        return Ok;
    } else if (verb == QLatin1String("update")) {
        if (auto applied = applyPersonOptions(p, c, ctx, false); !applied) {
            return ctx.usage(applied.errorMessage());
        }
        auto ack = dateOption(p, "acknowledged-on", c.acknowledgedOn);
        if (!ack) {
            return ctx.usage(ack.errorMessage());
        }
        c.acknowledgedOn = *ack;
        for (const QString &n : p.values(QStringLiteral("add-recipient"))) {
            c.recipients.append(Recipient{n.trimmed(), {}});
        }
        for (const QString &v : p.values(QStringLiteral("recipient-notified"))) {
            const qsizetype eq = v.lastIndexOf(u'=');
            auto d = parseDate(v.mid(eq + 1), QStringLiteral("--recipient-notified"));
            auto it = std::find_if(c.recipients.begin(), c.recipients.end(),
                                   [&](const Recipient &r) { return eq > 0 && r.name == v.left(eq); });
            if (!d || it == c.recipients.end()) {
                return ctx.usage(tr("--recipient-notified \"%1\" must name a recipient of the case and a date").arg(v));
            }
            it->notifiedOn = *d;
        }
        for (const QString &v : p.values(QStringLiteral("recipient-address"))) {
            const qsizetype eq = v.indexOf(u'=');
            auto it = std::find_if(c.recipients.begin(), c.recipients.end(),
                                   [&](const Recipient &r) { return eq > 0 && r.name == v.left(eq); });
            if (it == c.recipients.end()) {
                return ctx.usage(tr("--recipient-address \"%1\" must name a recipient of the case").arg(v.left(eq)));
            }
            it->address = v.mid(eq + 1).replace(QStringLiteral("\\n"), QStringLiteral("\n")).trimmed();
        }
        std::optional<CaseStatus> status;
        if (p.isSet(QStringLiteral("status"))) {
            auto s = parseName(p.value(QStringLiteral("status")), parseCaseStatus, allCaseStatuses(),
                               QStringLiteral("--status"));
            if (!s) {
                return ctx.usage(s.errorMessage());
            }
            status = *s;
        }
        changed = service.updateCase(shown, c);
        if (changed && status) {
            changed = service.setStatus(changed->record, *status);
        }
    } else if (verb == QLatin1String("suspend")) {
        auto reason = parseName(p.value(QStringLiteral("reason")), parseSuspensionReason, allSuspensionReasons(),
                                QStringLiteral("--reason"));
        auto asked = dateOption(p, "asked-on", today);
        if (!reason || !asked) {
            return ctx.usage(!reason ? reason.errorMessage() : asked.errorMessage());
        }
        changed = service.suspend(shown, *reason, *asked, p.value(QStringLiteral("note")));
    } else if (verb == QLatin1String("resume")) {
        auto answered = dateOption(p, "answered-on", today);
        if (!answered) {
            return ctx.usage(answered.errorMessage());
        }
        changed = service.resume(shown, *answered);
    } else if (verb == QLatin1String("extend")) {
        auto reason = parseName(p.value(QStringLiteral("reason")), parseExtensionReason, allExtensionReasons(),
                                QStringLiteral("--reason"));
        auto on = dateOption(p, "on", today);
        auto notice = dateOption(p, "notice-sent-on", QDate());
        if (!reason || !on || !notice) {
            return ctx.usage(!reason ? reason.errorMessage() : !on ? on.errorMessage() : notice.errorMessage());
        }
        changed = service.extend(shown, *reason, p.value(QStringLiteral("justification")), *on, *notice);
    } else if (verb == QLatin1String("answer")) {
        auto on = dateOption(p, "on", today);
        if (!on) {
            return ctx.usage(on.errorMessage());
        }
        return runAnswer(ctx, p, shown, *on);
    } else if (verb == QLatin1String("decide")) {
        return runAnswer(ctx, p, shown, today, true);
    } else if (verb == QLatin1String("close") || verb == QLatin1String("withdraw")) {
        auto on = dateOption(p, "on", today);
        if (!on) {
            return ctx.usage(on.errorMessage());
        }
        changed = verb == QLatin1String("close") ? service.close(shown, *on, p.value(QStringLiteral("note")))
                                                 : service.withdraw(shown, *on, p.value(QStringLiteral("note")));
    }
    if (!changed) {
        return ctx.fail(changed.error());
    }
    return printCase(ctx, changed->record, changed->warnings);
}

} // namespace dpodesk::cli
