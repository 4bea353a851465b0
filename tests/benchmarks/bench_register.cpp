// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Prints how fast the register opens, lists and searches on a large database.
// Usage: dpodesk-bench-register [--database PATH] [--cases N]
// A missing or empty database is first filled with the demo register (default 1,000,000 cases).
#include "audit/auditevent.h"
#include "benchtiming.h"
#include "common/clock.h"
#include "demo/demogenerator.h"
#include "register/casebook.h"
#include "register/organisationsettings.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace dpodesk;

namespace {

QTextStream out(stdout);

using benchtiming::Figures;
using benchtiming::measure;

void report(const QString &what, const Figures &f, double goal)
{
    out << QStringLiteral("%1  best %2 ms  median %3 ms  (goal < %4 ms)")
               .arg(what, -46)
               .arg(f.best, 8, 'f', 2)
               .arg(f.median, 8, 'f', 2)
               .arg(goal)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("Register to measure."), QStringLiteral("PATH"),
                      QStringLiteral("/tmp/dpodesk-bench-1m.sqlite")});
    parser.addOption({QStringLiteral("cases"), QStringLiteral("Cases to generate when the database is new."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    const FixedClock clock(QDate(2026, 11, 26));

    {
        auto db = Database::open(path);
        if (!db) {
            out << db.errorMessage() << Qt::endl;
            return 1;
        }
        CaseBook repo(**db, clock, currentActor());
        CaseQuery all;
        all.scope = CaseQuery::Scope::All;
        if (repo.count(all).value() == 0) {
            out << "Generating the demo register in " << path << " ..." << Qt::endl;
            OrganisationSettings settings(repo);
            DemoGenerator generator(**db, repo, settings);
            DemoGenerator::Options options;
            options.cases = parser.value(QStringLiteral("cases")).toInt();
            options.today = clock.today();
            QElapsedTimer timer;
            timer.start();
            auto summary = generator.fill(options);
            if (!summary) {
                out << summary.errorMessage() << Qt::endl;
                return 1;
            }
            out << "  " << summary->cases << " cases in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
        }
    }

    out << "Register: " << path << " (" << QFileInfo(path).size() / (1024 * 1024) << " MiB)" << Qt::endl;
    report(QStringLiteral("open with all checks (quick_check included)"),
           measure(5,
                   [&] {
                       auto db = Database::open(path);
                       CaseBook repo(**db, clock, currentActor());
                       (void)repo.loadCalendar();
                   }),
           300);

    report(QStringLiteral("open without quick_check (header, ids, pragmas)"),
           measure(5,
                   [&] {
                       Database::Options options;
                       options.quickCheck = false;
                       auto db = Database::open(path, options);
                       CaseBook repo(**db, clock, currentActor());
                       (void)repo.loadCalendar();
                   }),
           300);
    report(QStringLiteral("window open: checks but quick_check, first 100 shown"),
           measure(5,
                   [&] {
                       Database::Options options;
                       options.deferQuickCheck = true; // the window runs quick_check on a worker thread meanwhile
                       auto db = Database::open(path, options);
                       CaseBook repo(**db, clock, currentActor());
                       (void)repo.loadCalendar();
                       CaseQuery first;
                       first.today = clock.today();
                       (void)repo.list(first);
                       (void)repo.counts(clock.today());
                   }),
           300);
    report(QStringLiteral("quick_check alone"), measure(3, [&] { (void)Database::quickCheck(path); }), 300);

    auto db = Database::open(path);
    CaseBook repo(**db, clock, currentActor());
    (void)repo.loadCalendar();
    CaseQuery all;
    all.scope = CaseQuery::Scope::All;
    out << "Cases: " << repo.count(all).value() << ", open: " << repo.counts(clock.today())->open << Qt::endl;

    CaseQuery queue;
    queue.today = clock.today();
    report(QStringLiteral("first 100 open cases by deadline"), measure(20, [&] { (void)repo.list(queue); }), 50);

    CaseQuery register_;
    register_.scope = CaseQuery::Scope::All;
    report(QStringLiteral("first 100 of all cases by deadline"), measure(20, [&] { (void)repo.list(register_); }), 50);

    const QList<std::pair<QString, QString>> searches{
        {QStringLiteral("search name prefix \"dup\""), QStringLiteral("dup")},
        {QStringLiteral("search name prefix \"élodie du\""), QStringLiteral("élodie du")},
        {QStringLiteral("search non-Latin name \"Иван\""), QStringLiteral("Иван")},
        {QStringLiteral("search e-mail prefix \"jose.garcia.12\""), QStringLiteral("jose.garcia.12")},
        {QStringLiteral("search reference prefix \"DR-2024-01\""), QStringLiteral("DR-2024-01")},
        {QStringLiteral("search phone prefix \"06 12 3\""), QStringLiteral("06 12 3")},
    };
    for (const auto &[label, text] : searches) {
        CaseQuery q;
        q.scope = CaseQuery::Scope::All;
        q.search = text;
        const int hits = repo.list(q)->size();
        report(label + QStringLiteral(" (%1 shown)").arg(hits), measure(20, [&] { (void)repo.list(q); }), 50);
    }
    // What the queue window does: count the matches, sort on any column, fetch pages further down.
    report(QStringLiteral("count open cases"), measure(20, [&] { (void)repo.count(queue); }), 50);
    report(QStringLiteral("count all cases"), measure(5, [&] { (void)repo.count(register_); }), 50);
    const QList<std::pair<QString, CaseQuery::Sort>> sorts{{QStringLiteral("subject"), CaseQuery::Sort::Subject},
                                                           {QStringLiteral("status"), CaseQuery::Sort::Status},
                                                           {QStringLiteral("channel"), CaseQuery::Sort::Channel},
                                                           {QStringLiteral("rights"), CaseQuery::Sort::Rights},
                                                           {QStringLiteral("reference"), CaseQuery::Sort::Reference},
                                                           {QStringLiteral("received"), CaseQuery::Sort::ReceivedOn}};
    for (const auto &[name, sort] : sorts) {
        for (const auto scope : {CaseQuery::Scope::Open, CaseQuery::Scope::All}) {
            CaseQuery q;
            q.scope = scope;
            q.sort = sort;
            q.limit = 200;
            q.descending = true;
            report(QStringLiteral("first 200 %1 cases by %2 (desc)")
                       .arg(scope == CaseQuery::Scope::Open ? QStringLiteral("open") : QStringLiteral("all"), name),
                   measure(5, [&] { (void)repo.list(q); }), 50);
        }
    }
    for (const int offset : {10000, 100000, 500000}) {
        CaseQuery q;
        q.scope = CaseQuery::Scope::All;
        q.limit = 200;
        q.offset = offset;
        report(QStringLiteral("page of 200 at offset %1 (all, by deadline)").arg(offset),
               measure(3, [&] { (void)repo.list(q); }), 50);
    }
    report(QStringLiteral("status bar counts"), measure(20, [&] { (void)repo.counts(clock.today()); }), 50);
    return 0;
}
