// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The demo register: realistic, complete (every right and status), valid, audited and reproducible.
#include "audit/auditevent.h"
#include "common/clock.h"
#include "demo/demogenerator.h"
#include "domain/casejson.h"
#include "domain/casevalidator.h"
#include "register/casebook.h"
#include "register/organisationsettings.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dpodesk;

class TestDemoGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fillsACompleteValidRegister();
    void sameSeedSameRegister();
    void refusesANonEmptyRegister();

private:
    static QStringList snapshot(CaseBook &repo);
    const FixedClock m_clock{QDate(2026, 11, 26)};
};

QStringList TestDemoGenerator::snapshot(CaseBook &repo)
{
    CaseQuery q;
    q.scope = CaseQuery::Scope::All;
    q.sort = CaseQuery::Sort::Reference;
    q.limit = 100000;
    QStringList rows;
    for (const CaseSummary &s : repo.list(q).value()) {
        rows << s.reference + u'|' + s.subjectName + u'|' + s.rights + u'|' + name(s.status) + u'|' +
                    s.deadline.toString(Qt::ISODate);
    }
    return rows;
}

void TestDemoGenerator::fillsACompleteValidRegister()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    CaseBook repo(**db, m_clock, QStringLiteral("tester"));
    OrganisationSettings settings(repo);
    DemoGenerator generator(**db, repo, settings);
    DemoGenerator::Options options;
    options.cases = 3000;
    options.seed = 11;
    options.today = m_clock.today();
    options.batchSize = 700; // several transactions
    int progressCalls = 0;
    auto summary = generator.fill(options, [&](int) { ++progressCalls; });
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->cases, 3000);
    QCOMPARE(progressCalls, 5);
    QVERIFY(summary->open > 0);
    QVERIFY(summary->extended > 0);
    QVERIFY(summary->refused > 0);

    CaseQuery all;
    all.scope = CaseQuery::Scope::All;
    all.limit = 10000;
    const auto rows = repo.list(all).value();
    QCOMPARE(rows.size(), 3000);
    QSet<QString> statuses;
    QSet<QString> rights;
    QSet<QString> channels;
    bool nonLatin = false;
    bool accented = false;
    QDate earliest = m_clock.today();
    for (const CaseSummary &s : rows) {
        statuses.insert(name(s.status));
        for (const QString &r : s.rights.split(u',')) {
            rights.insert(r);
        }
        channels.insert(name(s.channel));
        nonLatin = nonLatin || s.subjectName.contains(QRegularExpression(QStringLiteral("[\\x{0400}-\\x{04FF}"
                                                                                        "\\x{4E00}-\\x{9FFF}]")));
        accented = accented || s.subjectName.contains(QRegularExpression(QStringLiteral("[éèëçïœ]")));
        earliest = std::min(earliest, s.receivedOn);
        QVERIFY(s.receivedOn <= m_clock.today());
    }
    for (CaseStatus status : allCaseStatuses()) {
        QVERIFY2(statuses.contains(name(status)), qPrintable(name(status)));
    }
    for (Right right : allRights()) {
        QVERIFY2(rights.contains(name(right)), qPrintable(name(right)));
    }
    QVERIFY(channels.size() >= 6);
    QVERIFY(nonLatin);
    QVERIFY(accented);
    QVERIFY(earliest <= m_clock.today().addYears(-5).addDays(3)); // five years of dates

    // A sample of full cases is valid as stored.
    for (int i = 0; i < rows.size(); i += 97) {
        auto c = repo.find(rows.at(i).id);
        QVERIFY(c.ok());
        QVERIFY2(CaseValidator::validate(*c, m_clock.today()).ok(), qPrintable(c->reference));
    }
    auto trail = repo.audit().verify();
    QVERIFY(trail.ok());
    QVERIFY(trail->intact);
    QCOMPARE(trail->events, qint64(3001)); // one per case, and the demo organisation's profile
    // Each case's event records the case as the register holds it.
    for (int i = 0; i < rows.size(); i += 29) {
        auto c = repo.find(rows.at(i).id);
        QVERIFY(c.ok());
        auto events = repo.audit().eventsForCase(c->reference);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().action, QStringLiteral("case.create"));
        QCOMPARE(events->first().detailsText,
                 QJsonDocument(withoutEmpty(caseToJson(*c))).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(settings.organisation()->name, QStringLiteral("Exemple Démo SAS"));
}

void TestDemoGenerator::sameSeedSameRegister()
{
    QTemporaryDir dir;
    QStringList first;
    for (int run = 0; run < 2; ++run) {
        auto db = Database::open(dir.filePath(QStringLiteral("demo%1.sqlite").arg(run)));
        QVERIFY(db.ok());
        CaseBook repo(**db, m_clock, QStringLiteral("tester"));
        OrganisationSettings settings(repo);
        DemoGenerator generator(**db, repo, settings);
        DemoGenerator::Options options;
        options.cases = 400;
        options.seed = 5;
        options.today = m_clock.today();
        QVERIFY(generator.fill(options).ok());
        if (run == 0) {
            first = snapshot(repo);
        } else {
            QCOMPARE(snapshot(repo), first);
        }
    }
}

void TestDemoGenerator::refusesANonEmptyRegister()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    CaseBook repo(**db, m_clock, QStringLiteral("tester"));
    OrganisationSettings settings(repo);
    DemoGenerator generator(**db, repo, settings);
    DemoGenerator::Options options;
    options.cases = 10;
    options.today = m_clock.today();
    QVERIFY(generator.fill(options).ok());
    auto again = generator.fill(options);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    CaseQuery all;
    all.scope = CaseQuery::Scope::All;
    QCOMPARE(repo.count(all).value(), 10);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
