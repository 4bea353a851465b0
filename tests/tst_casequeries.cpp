// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The queue's queries on the register in SQLite: scope, order and paging, the filters alone and together, the search
// on names, e-mail addresses, phone numbers and references, the counts of the status bar, sorting on every column and
// the earlier requests from the same person.
//
// Every test runs on a new register in a folder of its own (repositoryfixture.h), with a FixedClock on Thursday
// 26 November 2026 at 09:00 UTC. Every write must append exactly one audit event, reading writes none, and cleanup()
// checks after each test that the audit trail still verifies.

#include "repositoryfixture.h"

#include "domain/caserecord.h"
#include "domain/enums.h"
#include "register/casebook.h"
#include "register/organisationsettings.h"
#include "storage/stores.h"

#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <functional>
#include <initializer_list>

using namespace dpodesk;
using namespace repositorytest;

namespace {

CaseQuery with(CaseQuery q, const std::function<void(CaseQuery &)> &change)
{
    change(q);
    return q;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

class TestCaseQueries final : public QObject, protected RepositoryFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // The queue
    void queue_data();
    void queue();
    void search_data();
    void search();
    void counts();
    void requestsFromSamePerson();
    void sortsOnEveryColumn();

private:
    void buildSearchRegister();
};

void TestCaseQueries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseQueries::init()
{
    openRegister();
}

void TestCaseQueries::cleanup()
{
    closeRegister();
}

// ---------------------------------------------------------------------------------------------------------------
// The queue

void TestCaseQueries::queue_data()
{
    QTest::addColumn<CaseQuery>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("total"); // count(): the same filter without limit and offset

    const CaseQuery open = scoped(CaseQuery::Scope::Open);
    const CaseQuery all = scoped(CaseQuery::Scope::All);
    const auto n = [](std::initializer_list<const char *> subjects) {
        QStringList out;
        for (const char *subject : subjects) {
            out << QLatin1String(subject);
        }
        return out;
    };
    const QStringList openByDeadline = n({"Stopped", "Overdue", "Today", "Soon", "Track", "Extended"});
    const QStringList allByDeadline =
        n({"Withdrawn", "Answered", "Stopped", "Overdue", "Today", "Soon", "Track", "Extended"});
    const QStringList allByReference =
        n({"Overdue", "Today", "Soon", "Track", "Stopped", "Extended", "Answered", "Withdrawn"});

    // Scope and order
    QTest::newRow("open, by deadline") << open << openByDeadline << 6;
    QTest::newRow("open, by deadline, descending")
        << with(open, [](CaseQuery &q) { q.descending = true; }) << reversed(openByDeadline) << 6;
    QTest::newRow("closed") << scoped(CaseQuery::Scope::Closed) << n({"Withdrawn", "Answered"}) << 2;
    QTest::newRow("all, by deadline") << all << allByDeadline << 8;
    QTest::newRow("all, by date of receipt")
        << with(all, [](CaseQuery &q) { q.sort = CaseQuery::Sort::ReceivedOn; })
        << n({"Withdrawn", "Answered", "Stopped", "Overdue", "Today", "Soon", "Track", "Extended"}) << 8;
    QTest::newRow("all, by reference") << with(all, [](CaseQuery &q) { q.sort = CaseQuery::Sort::Reference; })
                                       << allByReference << 8;
    QTest::newRow("all, by reference, descending") << with(all, [](CaseQuery &q) {
        q.sort = CaseQuery::Sort::Reference;
        q.descending = true;
    }) << reversed(allByReference) << 8;
    QTest::newRow("open, page of 2 after the first") << with(open, [](CaseQuery &q) {
        q.limit = 2;
        q.offset = 1;
    }) << n({"Overdue", "Today"}) << 6;
    QTest::newRow("open, offset past the end") << with(open, [](CaseQuery &q) { q.offset = 10; }) << QStringList() << 6;

    // Status
    QTest::newRow("status in progress") << with(open, [](CaseQuery &q) { q.status = CaseStatus::InProgress; })
                                        << n({"Today", "Soon", "Extended"}) << 3;
    QTest::newRow("status awaiting identity")
        << with(open, [](CaseQuery &q) { q.status = CaseStatus::AwaitingIdentity; }) << n({"Stopped"}) << 1;
    QTest::newRow("status answered, open scope")
        << with(open, [](CaseQuery &q) { q.status = CaseStatus::Answered; }) << QStringList() << 0;
    QTest::newRow("status answered, all")
        << with(all, [](CaseQuery &q) { q.status = CaseStatus::Answered; }) << n({"Answered"}) << 1;

    // Right
    QTest::newRow("right erasure") << with(open, [](CaseQuery &q) { q.right = Right::Erasure; }) << n({"Today", "Soon"})
                                   << 2;
    QTest::newRow("right erasure, all") << with(all, [](CaseQuery &q) { q.right = Right::Erasure; })
                                        << n({"Answered", "Today", "Soon"}) << 3;
    QTest::newRow("right portability") << with(open, [](CaseQuery &q) { q.right = Right::Portability; })
                                       << n({"Extended"}) << 1;
    QTest::newRow("right CNIL complaint")
        << with(all, [](CaseQuery &q) { q.right = Right::CnilComplaint; }) << QStringList() << 0;

    // Channel
    QTest::newRow("channel post") << with(open, [](CaseQuery &q) { q.channel = Channel::Post; }) << n({"Track"}) << 1;
    QTest::newRow("channel post, all") << with(all, [](CaseQuery &q) { q.channel = Channel::Post; })
                                       << n({"Withdrawn", "Track"}) << 2;
    QTest::newRow("channel web form") << with(open, [](CaseQuery &q) { q.channel = Channel::WebForm; }) << n({"Today"})
                                      << 1;

    // Year of receipt
    QTest::newRow("received in 2025, all")
        << with(all, [](CaseQuery &q) { q.receivedYear = 2025; }) << n({"Withdrawn"}) << 1;
    QTest::newRow("received in 2025, open")
        << with(open, [](CaseQuery &q) { q.receivedYear = 2025; }) << QStringList() << 0;
    QTest::newRow("received in 2026, open")
        << with(open, [](CaseQuery &q) { q.receivedYear = 2026; }) << openByDeadline << 6;
    QTest::newRow("received in 2027") << with(all, [](CaseQuery &q) { q.receivedYear = 2027; }) << QStringList() << 0;

    // Urgency on Thursday 26 November 2026 (the FixedClock) and a week and a day later
    QTest::newRow("overdue") << with(open, [](CaseQuery &q) { q.urgency = Urgency::Overdue; }) << n({"Overdue"}) << 1;
    QTest::newRow("due soon (today and in 7 days)")
        << with(open, [](CaseQuery &q) { q.urgency = Urgency::DueSoon; }) << n({"Today", "Soon"}) << 2;
    QTest::newRow("on track (8 days and more)")
        << with(open, [](CaseQuery &q) { q.urgency = Urgency::OnTrack; }) << n({"Track", "Extended"}) << 2;
    QTest::newRow("clock stopped") << with(open, [](CaseQuery &q) { q.urgency = Urgency::ClockStopped; })
                                   << n({"Stopped"}) << 1;
    QTest::newRow("done, all") << with(all, [](CaseQuery &q) { q.urgency = Urgency::Done; })
                               << n({"Withdrawn", "Answered"}) << 2;
    QTest::newRow("overdue on Friday 4 December") << with(open, [](CaseQuery &q) {
        q.urgency = Urgency::Overdue;
        q.today = QDate(2026, 12, 4);
    }) << n({"Overdue", "Today", "Soon"}) << 3;
    QTest::newRow("due soon on Friday 4 December") << with(open, [](CaseQuery &q) {
        q.urgency = Urgency::DueSoon;
        q.today = QDate(2026, 12, 4);
    }) << n({"Track"}) << 1;

    // Filters together
    QTest::newRow("due soon, erasure, by e-mail") << with(open, [](CaseQuery &q) {
        q.urgency = Urgency::DueSoon;
        q.right = Right::Erasure;
        q.channel = Channel::Email;
    }) << n({"Soon"}) << 1;
    QTest::newRow("search and status") << with(all, [](CaseQuery &q) {
        q.search = QStringLiteral("s");
        q.status = CaseStatus::InProgress;
    }) << n({"Soon"}) << 1;
}

void TestCaseQueries::queue()
{
    QFETCH(CaseQuery, query);
    QFETCH(QStringList, expected);
    QFETCH(int, total);

    buildQueueRegister();
    if (QTest::currentTestFailed()) {
        return;
    }
    if (!query.today.isValid()) {
        query.today = m_clock->today();
    }
    const Result<QStringList> listed = names(query);
    QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
    QCOMPARE(listed.value(), expected);
    const Result<int> counted = repo().count(query);
    QVERIFY2(counted.ok(), qPrintable(counted.errorMessage()));
    QCOMPARE(counted.value(), total);

    // What the filter selects agrees with the urgency each row shows.
    if (query.urgency) {
        const Result<QList<CaseSummary>> rows = repo().list(query);
        QVERIFY(rows.ok());
        for (const CaseSummary &s : rows.value()) {
            QCOMPARE(urgencyName(s.urgency(query.today)), urgencyName(*query.urgency));
        }
    }
}

void TestCaseQueries::buildSearchRegister()
{
    struct Entry {
        QString firstName;
        QString lastName;
        QString email;
        QString phone;
    };
    const Entry entries[] = {
        {QStringLiteral("Élodie"), QStringLiteral("Dupré"), QStringLiteral("elodie.dupre@example.fr"),
         QStringLiteral("+33 6 12 34 56 78")},
        {QStringLiteral("Jean"), QStringLiteral("Dupont"), QStringLiteral("jean.dupont@example.com"),
         QStringLiteral("01 23 45 67 89")},
        {QStringLiteral("Élodie"), QStringLiteral("Martin"), QStringLiteral("e.martin@example.org"),
         QStringLiteral("07 98 76 54 32")},
        {QStringLiteral("伟"), QStringLiteral("王"), QStringLiteral("wang.wei@example.cn"), QString()},
    };
    for (const Entry &e : entries) {
        CaseRecord c = draft(e.firstName, e.lastName, QDate(2026, 11, 16));
        c.subject.email = e.email;
        c.subject.phone = e.phone;
        const Result<CaseRecord> created = m_repo->create(c);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    }
}

void TestCaseQueries::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // in register order: same deadline, so by id

    const QString dupre = QStringLiteral("Élodie Dupré");
    const QString dupont = QStringLiteral("Jean Dupont");
    const QString martin = QStringLiteral("Élodie Martin");
    const QString wang = QStringLiteral("伟 王");

    // Names: accent-less, case-less prefixes of "first last" or "last first"
    QTest::newRow("last name without accent") << QStringLiteral("dupre") << QStringList{dupre};
    QTest::newRow("last name as written") << QStringLiteral("Dupré") << QStringList{dupre};
    QTest::newRow("last name in capitals") << QStringLiteral("DUPRÉ") << QStringList{dupre};
    QTest::newRow("prefix of two last names") << QStringLiteral("dup") << QStringList{dupre, dupont};
    QTest::newRow("first name and start of last name") << QStringLiteral("elodie dup") << QStringList{dupre};
    QTest::newRow("spaces collapsed") << QStringLiteral("  Élodie   Dup ") << QStringList{dupre};
    QTest::newRow("first name with accent") << QStringLiteral("élodie") << QStringList{dupre, martin};
    QTest::newRow("last name then first name") << QStringLiteral("dupre elodie") << QStringList{dupre};
    QTest::newRow("inside a name is not a prefix") << QStringLiteral("pre") << QStringList();
    QTest::newRow("first name and another's last name") << QStringLiteral("jean dupre") << QStringList();

    // E-mail prefixes
    QTest::newRow("e-mail prefix") << QStringLiteral("elodie.dupre@") << QStringList{dupre};
    QTest::newRow("e-mail prefix in capitals") << QStringLiteral("JEAN.DUPONT@EXAMPLE") << QStringList{dupont};
    QTest::newRow("whole e-mail") << QStringLiteral("e.martin@example.org") << QStringList{martin};

    // Phone numbers, however they are written
    QTest::newRow("national prefix of an international number") << QStringLiteral("06 12") << QStringList{dupre};
    QTest::newRow("with dots") << QStringLiteral("06.12.34") << QStringList{dupre};
    QTest::newRow("national number in full") << QStringLiteral("0612345678") << QStringList{dupre};
    QTest::newRow("international number in full") << QStringLiteral("+33 6 12 34 56 78") << QStringList{dupre};
    QTest::newRow("international prefix") << QStringLiteral("+33 6 12") << QStringList{dupre};
    QTest::newRow("national number prefix") << QStringLiteral("01 23") << QStringList{dupont};

    // References
    QTest::newRow("reference prefix") << QStringLiteral("DR-2026-000") << QStringList{dupre, dupont, martin, wang};
    QTest::newRow("reference in lower case") << QStringLiteral("dr-2026-0002") << QStringList{dupont};
    QTest::newRow("whole reference") << QStringLiteral("DR-2026-0003") << QStringList{martin};

    // Non-Latin scripts are kept as they are
    QTest::newRow("Chinese family name") << QStringLiteral("王") << QStringList{wang};
    QTest::newRow("Chinese family and given name") << QStringLiteral("王 伟") << QStringList{wang};
    QTest::newRow("Chinese given name") << QStringLiteral("伟") << QStringList{wang};

    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList();
    QTest::newRow("blank search: no filter") << QStringLiteral("   ") << QStringList{dupre, dupont, martin, wang};
}

void TestCaseQueries::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    buildSearchRegister();
    if (QTest::currentTestFailed()) {
        return;
    }
    CaseQuery query = scoped(CaseQuery::Scope::All);
    query.search = search;
    query.today = m_clock->today();
    const Result<QStringList> listed = names(query);
    QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
    QCOMPARE(listed.value(), expected);
    const Result<int> counted = repo().count(query);
    QVERIFY(counted.ok());
    QCOMPARE(counted.value(), int(expected.size()));
}

void TestCaseQueries::counts()
{
    const Result<QueueCounts> empty = repo().counts(m_clock->today());
    QVERIFY2(empty.ok(), qPrintable(empty.errorMessage()));
    QCOMPARE(empty->open, 0);
    QCOMPARE(empty->overdue, 0);
    QCOMPARE(empty->dueSoon, 0);
    QCOMPARE(empty->clockStopped, 0);
    QCOMPARE(empty->extensionNoticeDue, 0);

    buildQueueRegister();
    if (QTest::currentTestFailed()) {
        return;
    }

    // Thursday 26 November: open = the 6 open cases; overdue = Overdue (20 Nov; Stopped's 16 Nov does not count while
    // its clock is stopped); due soon = Today (26 Nov) and Soon (3 Dec); clock stopped = Stopped; notice = Extended.
    const Result<QueueCounts> now = repo().counts(QDate(2026, 11, 26));
    QVERIFY2(now.ok(), qPrintable(now.errorMessage()));
    QCOMPARE(now->open, 6);
    QCOMPARE(now->overdue, 1);
    QCOMPARE(now->dueSoon, 2);
    QCOMPARE(now->clockStopped, 1);
    QCOMPARE(now->extensionNoticeDue, 1);

    // Friday 4 December: Overdue, Today and Soon are overdue; Track (4 Dec) is due; the rest is unchanged.
    const Result<QueueCounts> later = repo().counts(QDate(2026, 12, 4));
    QVERIFY2(later.ok(), qPrintable(later.errorMessage()));
    QCOMPARE(later->open, 6);
    QCOMPARE(later->overdue, 3);
    QCOMPARE(later->dueSoon, 1);
    QCOMPARE(later->clockStopped, 1);
    QCOMPARE(later->extensionNoticeDue, 1);

    // The counts agree with the urgency of each case, from the queue's rows and from the full records.
    for (const QDate day : {QDate(2026, 11, 26), QDate(2026, 12, 4)}) {
        const Result<QList<CaseSummary>> rows = repo().list(CaseQuery());
        QVERIFY(rows.ok());
        QueueCounts tally;
        for (const CaseSummary &s : rows.value()) {
            const Result<CaseRecord> record = repo().find(s.id);
            QVERIFY(record.ok());
            QCOMPARE(urgencyName(record->urgency(day)), urgencyName(s.urgency(day)));
            QCOMPARE(record->extensionNoticeDue(), s.extensionNoticeDue);
            ++tally.open;
            tally.overdue += s.urgency(day) == Urgency::Overdue ? 1 : 0;
            tally.dueSoon += s.urgency(day) == Urgency::DueSoon ? 1 : 0;
            tally.clockStopped += s.urgency(day) == Urgency::ClockStopped ? 1 : 0;
            tally.extensionNoticeDue += s.extensionNoticeDue ? 1 : 0;
        }
        const Result<QueueCounts> counted = repo().counts(day);
        QVERIFY(counted.ok());
        QCOMPARE(counted->open, tally.open);
        QCOMPARE(counted->overdue, tally.overdue);
        QCOMPARE(counted->dueSoon, tally.dueSoon);
        QCOMPARE(counted->clockStopped, tally.clockStopped);
        QCOMPARE(counted->extensionNoticeDue, tally.extensionNoticeDue);
    }
    QCOMPARE(eventCount(), qint64(8)); // reading writes nothing
}

void TestCaseQueries::requestsFromSamePerson()
{
    CaseRecord first = draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 3, 2));
    first.subject.email = QStringLiteral("Elodie.Dupre@example.fr");
    QVERIFY(repo().create(first).ok());
    CaseRecord byPhone = draft(QStringLiteral("E."), QStringLiteral("D."), QDate(2026, 6, 1));
    byPhone.subject.phone = QStringLiteral("+33 6 12 34 56 78");
    QVERIFY(repo().create(byPhone).ok());
    QVERIFY(repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Dupont"), QDate(2026, 7, 1))).ok());
    QVERIFY(repo().create(draft(QStringLiteral("ELODIE"), QStringLiteral("DUPRE"), QDate(2026, 9, 1))).ok());

    CaseRecord current = draft(QStringLiteral("élodie"), QStringLiteral("dupré"), QDate(2026, 11, 2));
    current.subject.email = QStringLiteral("elodie.dupre@example.fr");
    current.subject.phone = QStringLiteral("06 12 34 56 78");
    const Result<CaseRecord> stored = repo().create(current);
    QVERIFY(stored.ok());
    const Result<QList<CaseSummary>> earlier = repo().requestsFromSamePerson(*stored);
    QVERIFY2(earlier.ok(), qPrintable(earlier.errorMessage()));
    QStringList received;
    for (const CaseSummary &s : earlier.value()) {
        received << s.receivedOn.toString(Qt::ISODate);
    }
    // Same name (accents and case ignored), same e-mail, same phone; most recent first; not Jean, not itself.
    QCOMPARE(received,
             (QStringList{QStringLiteral("2026-09-01"), QStringLiteral("2026-06-01"), QStringLiteral("2026-03-02")}));
}

void TestCaseQueries::sortsOnEveryColumn()
{
    QVERIFY(repo()
                .create(draft(QStringLiteral("Zoé"), QStringLiteral("Arnaud"), QDate(2026, 11, 3), {Right::Erasure}))
                .ok());
    QVERIFY(repo()
                .create(draft(QStringLiteral("Jean"), QStringLiteral("Bernard"), QDate(2026, 11, 1), {Right::Access}))
                .ok());
    const auto order = [&](CaseQuery::Sort sort, bool descending) {
        CaseQuery q = scoped(CaseQuery::Scope::All);
        q.sort = sort;
        q.descending = descending;
        QStringList refs;
        for (const CaseSummary &s : repo().list(q).value()) {
            refs << s.reference;
        }
        return refs;
    };
    const QStringList created{QStringLiteral("DR-2026-0001"), QStringLiteral("DR-2026-0002")};
    const QStringList reversed{QStringLiteral("DR-2026-0002"), QStringLiteral("DR-2026-0001")};
    QCOMPARE(order(CaseQuery::Sort::Reference, false), created);
    QCOMPARE(order(CaseQuery::Sort::Reference, true), reversed);
    QCOMPARE(order(CaseQuery::Sort::Deadline, false), reversed);
    QCOMPARE(order(CaseQuery::Sort::ReceivedOn, false), reversed);
    QCOMPARE(order(CaseQuery::Sort::Subject, false), created); // Arnaud before Bernard
    QCOMPARE(order(CaseQuery::Sort::Rights, false), reversed); // access before erasure
    QCOMPARE(order(CaseQuery::Sort::Status, false), reversed); // both new: then by deadline
    QCOMPARE(order(CaseQuery::Sort::Channel, true), created);
}

QTEST_GUILESS_MAIN(TestCaseQueries)

#include "tst_casequeries.moc"
