// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "othercommands.h"

#include "clicontext.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dpodesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

namespace {

QString stateProblemKind(StateProblem::Kind kind)
{
    switch (kind) {
    case StateProblem::Kind::Changed:
        return QStringLiteral("changed");
    case StateProblem::Kind::Deleted:
        return QStringLiteral("deleted");
    case StateProblem::Kind::Added:
        return QStringLiteral("added");
    case StateProblem::Kind::Settings:
        return QStringLiteral("settings");
    case StateProblem::Kind::Redaction:
        return QStringLiteral("redaction");
    case StateProblem::Kind::Counter:
        return QStringLiteral("counter");
    }
    return {};
}

} // namespace

int runAudit(const QString &verb, const QStringList &arguments)
{
    Context ctx({QStringLiteral("audit"), verb}, arguments);
    if (verb != QLatin1String("verify")) {
        return ctx.unknownCommand(tr("unknown command \"audit %1\"; expected: verify").arg(verb));
    }
    QCommandLineParser p;
    p.addOption({QStringLiteral("expect-head"),
                 tr("The head hash kept from an earlier run: also detects events removed from the end."),
                 QStringLiteral("HASH")});
    if (!ctx.parse(p, tr("Recompute the audit trail's hash chain; exit 3 on any mismatch."),
                   QStringLiteral("[--expect-head HASH] [options]"))) {
        return ctx.exitCode();
    }
    if (auto opened = ctx.openRegister(Context::Access::Read, true); !opened) {
        return ctx.fail(opened.error());
    }
    auto verdict = ctx.service().verifyAudit();
    if (!verdict) {
        return ctx.fail(verdict.error());
    }
    AuditVerification v = *verdict;
    if (v.intact && p.isSet(QStringLiteral("expect-head"))) {
        const QString expected = p.value(QStringLiteral("expect-head")).trimmed().toLower();
        if (expected != v.headHash) {
            v.intact = false;
            v.problem = tr("the head hash is %1, not the expected %2: events were removed or added since")
                            .arg(v.headHash, expected);
        }
    }
    if (ctx.json()) {
        if (!v.intact) {
            ctx.fail(tr("audit trail broken: %1").arg(v.problem), IntegrityFailure);
        }
        QJsonArray problems;
        for (const StateProblem &problem : v.stateProblems) {
            problems.append(QJsonObject{
                {QStringLiteral("kind"), stateProblemKind(problem.kind)},
                {QStringLiteral("case"),
                 problem.caseReference.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem.caseReference)},
                {QStringLiteral("event"), problem.event > 0 ? QJsonValue(problem.event) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("parts"), QJsonArray::fromStringList(problem.parts)},
                {QStringLiteral("message"), problem.message},
            });
        }
        ctx.printJson(QJsonObject{
            {QStringLiteral("intact"), v.intact},
            {QStringLiteral("events"), v.events},
            {QStringLiteral("head_hash"), v.headHash},
            {QStringLiteral("first_broken_seq"),
             v.firstBrokenSeq > 0 ? QJsonValue(v.firstBrokenSeq) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("problem"), v.problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.problem)},
            {QStringLiteral("states_checked"), v.statesChecked},
            {QStringLiteral("cases_checked"), v.casesChecked},
            {QStringLiteral("problem_count"), v.stateProblemCount},
            {QStringLiteral("problems"), problems},
        });
    } else if (v.intact) {
        ctx.print(tr("Audit trail intact: %1 event(s).").arg(v.events));
        if (v.statesChecked) {
            ctx.print(tr("Data as recorded: %1 case(s) and the settings match their last event.").arg(v.casesChecked));
        } else {
            ctx.print(tr("This register was written before DPO Desk recorded states: only the chain was checked."));
        }
        ctx.print(tr("Head hash: %1").arg(v.headHash));
    } else {
        ctx.fail(tr("audit trail broken: %1").arg(v.problem), IntegrityFailure);
        if (v.firstBrokenSeq > 0) {
            ctx.print(tr("Audit trail BROKEN at event %1: %2.").arg(v.firstBrokenSeq).arg(v.problem));
        }
        if (v.stateProblemCount > 0) {
            ctx.print(
                tr("The data differs from what the audit trail recorded (%1 finding(s)):").arg(v.stateProblemCount));
            for (const StateProblem &problem : v.stateProblems) {
                ctx.print(QStringLiteral("  ") + problem.message);
            }
            if (v.stateProblemCount > v.stateProblems.size()) {
                ctx.print(tr("  ... and %1 more.").arg(v.stateProblemCount - v.stateProblems.size()));
            }
        }
        ctx.print(tr("Head hash: %1").arg(v.headHash));
    }
    return v.intact ? Ok : IntegrityFailure;
}

int runDemo(const QStringList &arguments)
{
    Context ctx({QStringLiteral("demo")}, arguments);
    QCommandLineParser p;
    p.addOption({QStringLiteral("cases"), tr("How many cases to generate."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), tr("Random seed (default 1): the same seed gives the same register."),
                 QStringLiteral("S"), QStringLiteral("1")});
    if (!ctx.parse(p, tr("Fill a new database with a realistic synthetic register."),
                   QStringLiteral("--cases N [--seed S] --database PATH"))) {
        return ctx.exitCode();
    }
    bool okCases = false;
    bool okSeed = false;
    const int cases = p.value(QStringLiteral("cases")).toInt(&okCases);
    const quint32 seed = p.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okCases || cases < 1 || cases > 10'000'000) {
        return ctx.usage(tr("--cases must be a number from 1 to 10000000"));
    }
    if (!okSeed) {
        return ctx.usage(tr("--seed must be a non-negative number"));
    }
    if (auto opened = ctx.openRegister(Context::Access::Create); !opened) {
        return ctx.fail(opened.error());
    }
    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Options options;
    options.cases = cases;
    options.seed = seed;
    options.today = ctx.today();
    auto summary = ctx.service().fillDemo(options, [&](int done) {
        if (!ctx.json() && cases >= 100000) {
            ctx.print(tr("%1 / %2 cases").arg(done).arg(cases));
        }
    });
    if (!summary) {
        return ctx.fail(summary.error());
    }
    const double seconds = timer.elapsed() / 1000.0;
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("cases"), summary->cases},
                                  {QStringLiteral("open"), summary->open},
                                  {QStringLiteral("clock_stopped"), summary->suspended},
                                  {QStringLiteral("extended"), summary->extended},
                                  {QStringLiteral("with_refusal"), summary->refused},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("database"), ctx.service().path()}});
    } else {
        ctx.print(tr("Demo register written to %1: %2 cases (%3 open, %4 with the clock stopped, %5 extended, %6 with "
                     "a refusal) in %7 s.")
                      .arg(ctx.service().path())
                      .arg(summary->cases)
                      .arg(summary->open)
                      .arg(summary->suspended)
                      .arg(summary->extended)
                      .arg(summary->refused)
                      .arg(seconds, 0, 'f', 1));
    }
    return Ok;
}

} // namespace dpodesk::cli
