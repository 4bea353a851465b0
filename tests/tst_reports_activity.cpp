// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The activity report on a small register built through the repository, whose figures are worked out by hand below
// (docs/rules.md#activity-report, which sets out this worked example; the report's day is Thursday 26 November 2026,
// metropolitan French holidays), read back from the KPIs, the CSV (RFC 4180 parser) and the PDF (QPdfDocument); the
// timeliness rule at its boundaries and the nearest-rank percentiles.
//
//   case  received    channel    rights (outcome)                       what happened                      deadline(s)
//   A     2026-01-12  e-mail     access (granted)                       answered 01-30, closed 02-02       02-12
//   B     2026-01-20  post       erasure (refused: erasure exception)   answered 02-10                     02-20
//   C     2026-02-02  web form   access (granted), erasure (partly:     extended 02-20, answered 04-15     03-02 /
//   05-04
//                                legal obligation)                                                         (05-02 Sat)
//   D     2026-03-02  e-mail     objection (refused: compelling)        answered 04-10: late               04-02
//   E     2026-03-10  phone      access (granted)                       identity asked 03-11, answered     04-10 + 7
//   days
//                                                                       03-18; answered 04-14              = 04-17
//   F     2026-05-11  e-mail     portability                            withdrawn 05-20                    06-11
//   G     2026-09-14  e-mail     access                                 in progress: open past deadline    10-14
//   H     2026-11-10  e-mail     erasure                                new: within its deadline           12-10
//   I     2026-10-20  in person  access                                 identity asked 10-22, no answer:   (11-20)
//                                                                       clock stopped
//   J     2025-12-15  e-mail     access (granted)                       answered 2026-01-10                2026-01-15
//   L     2026-06-15  post       rectification (granted)                answered 06-30, closed 07-01       07-15
//
// Year 2026 (J was received in 2025 and is not counted):
//   received 10; per right: access 5 (A C E G I), erasure 3 (B C H), objection 1, portability 1, rectification 1;
//   per channel: e-mail 5 (A D F G H), post 2 (B L), web form 1, phone 1, in person 1;
//   per month: Jan 2, Feb 1, Mar 2, May 1, Jun 1, Sep 1, Oct 1, Nov 1, the others 0;
//   within one month 4 (A B E L), within three months 0, late 3 (C, a partial refusal notified after its initial
//   deadline although extended: GDPR art. 12(4) gives one month to refuse; D; and G open past its deadline):
//   settled 7, shares 57.1 %, 0.0 %, 42.9 %; pending 2 (H, I); withdrawn 1 (F);
//   extensions 1 (C); refusals by ground: erasure exception 1, legal obligation 1, compelling grounds 1;
//   days to answer: A 18, B 21, C 72, D 39, E 35, L 15 → sorted 15 18 21 35 39 72: median (rank 3) 21, p90 (rank 6) 72;
//   identity requests 2 (E, I); open on 2026-11-26 (the period's end is later than today): G H I = 3.
// First quarter 2026 (01-01 to 03-31):
//   received 5 (A B C D E); within one month 3 (A B E), within three months 0, late 2 (C, D);
//   days 18 21 72 39 35 → sorted 18 21 35 39 72: median (rank 3) 35, p90 (rank 5) 72; identity requests 1 (E);
//   open on 03-31: C, D, E (answered in April) = 3.

#include "reportparsers.h"
#include "repositoryfixture.h"

#include "reports/activityreport.h"
#include "storage/sqlreportsource.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTest>

using namespace dpodesk;
using namespace repositorytest;
using namespace reporttest;

namespace {

RightRequest decided(Right right, Outcome outcome, QDate on, RefusalGround ground = RefusalGround::None)
{
    return RightRequest{right,
                        {},
                        outcome,
                        ground,
                        ground == RefusalGround::None
                            ? QString()
                            : QStringLiteral("The reasons given to the person (Code de commerce, art. L123-22)."),
                        on};
}

template <typename K>
int countOf(const QList<std::pair<K, int>> &counts, K key)
{
    for (const auto &[k, n] : counts) {
        if (k == key) {
            return n;
        }
    }
    return -1;
}

} // namespace

class TestReportsActivity final : public QObject, protected RepositoryFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void yearFigures();
    void quarterFigures();
    void csv();
    void csvProtectsTheOrganisationName();
    void pdf();
    void timeliness_data();
    void timeliness();
    void percentile_data();
    void percentile();
    void emptyPeriod();

private:
    void buildActivityRegister();
    ActivityReport build(const ActivityPeriod &period);
};

void TestReportsActivity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestReportsActivity::init()
{
    openRegister();
}

void TestReportsActivity::cleanup()
{
    closeRegister();
}

void TestReportsActivity::buildActivityRegister()
{
    OrganisationProfile o;
    o.name = QStringLiteral("Courriels & Cie SAS");
    QVERIFY(settings().saveOrganisation(o).ok());
    QList<CaseRecord> cases;

    CaseRecord a = draft({}, QStringLiteral("A"), QDate(2026, 1, 12));
    a.rights = {decided(Right::Access, Outcome::Granted, QDate(2026, 1, 30))};
    a.answeredOn = QDate(2026, 1, 30);
    a.closedOn = QDate(2026, 2, 2);
    a.status = CaseStatus::Closed;
    cases << a;

    CaseRecord b = draft({}, QStringLiteral("B"), QDate(2026, 1, 20));
    b.channel = Channel::Post;
    b.rights = {decided(Right::Erasure, Outcome::Refused, QDate(2026, 2, 10), RefusalGround::ErasureLegalClaims)};
    b.answeredOn = QDate(2026, 2, 10);
    b.status = CaseStatus::Answered;
    cases << b;

    CaseRecord c = draft({}, QStringLiteral("C"), QDate(2026, 2, 2));
    c.channel = Channel::WebForm;
    c.rights = {decided(Right::Access, Outcome::Granted, QDate(2026, 4, 15)),
                decided(Right::Erasure, Outcome::PartiallyGranted, QDate(2026, 4, 15), RefusalGround::LegalObligation)};
    c.extension =
        Extension{QDate(2026, 2, 20), ExtensionReason::Complexity, QStringLiteral("Four systems"), QDate(2026, 2, 20)};
    c.answeredOn = QDate(2026, 4, 15);
    c.status = CaseStatus::Answered;
    cases << c;

    CaseRecord d = draft({}, QStringLiteral("D"), QDate(2026, 3, 2));
    d.rights = {decided(Right::Objection, Outcome::Refused, QDate(2026, 4, 10), RefusalGround::CompellingGrounds)};
    d.answeredOn = QDate(2026, 4, 10);
    d.status = CaseStatus::Answered;
    cases << d;

    CaseRecord e = draft({}, QStringLiteral("E"), QDate(2026, 3, 10));
    e.channel = Channel::Phone;
    e.rights = {decided(Right::Access, Outcome::Granted, QDate(2026, 4, 14))};
    e.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 3, 11), QDate(2026, 3, 18), {}}};
    e.answeredOn = QDate(2026, 4, 14);
    e.status = CaseStatus::Answered;
    cases << e;

    CaseRecord f = draft({}, QStringLiteral("F"), QDate(2026, 5, 11), {Right::Portability});
    f.status = CaseStatus::Withdrawn;
    f.closedOn = QDate(2026, 5, 20);
    cases << f;

    CaseRecord g = draft({}, QStringLiteral("G"), QDate(2026, 9, 14));
    g.status = CaseStatus::InProgress;
    cases << g;

    cases << draft({}, QStringLiteral("H"), QDate(2026, 11, 10), {Right::Erasure});

    CaseRecord i = draft({}, QStringLiteral("I"), QDate(2026, 10, 20));
    i.channel = Channel::InPerson;
    i.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 10, 22), {}, {}}};
    i.status = CaseStatus::AwaitingIdentity;
    cases << i;

    CaseRecord j = draft({}, QStringLiteral("J"), QDate(2025, 12, 15));
    j.rights = {decided(Right::Access, Outcome::Granted, QDate(2026, 1, 10))};
    j.answeredOn = QDate(2026, 1, 10);
    j.status = CaseStatus::Answered;
    cases << j;

    CaseRecord l = draft({}, QStringLiteral("L"), QDate(2026, 6, 15));
    l.channel = Channel::Post;
    l.rights = {decided(Right::Rectification, Outcome::Granted, QDate(2026, 6, 30))};
    l.answeredOn = QDate(2026, 6, 30);
    l.closedOn = QDate(2026, 7, 1);
    l.status = CaseStatus::Closed;
    cases << l;

    for (const CaseRecord &record : std::as_const(cases)) {
        auto created = repo().create(record);
        QVERIFY2(created.ok(), qPrintable(QString(record.subject.lastName + u": " + created.errorMessage())));
    }
    // The deadlines the table above was worked out with.
    QCOMPARE(repo().findByReference(QStringLiteral("DR-2026-0003"))->deadlines.extended, QDate(2026, 5, 4));
    QCOMPARE(repo().findByReference(QStringLiteral("DR-2026-0005"))->deadlines.initial, QDate(2026, 4, 17));
}

ActivityReport TestReportsActivity::build(const ActivityPeriod &period)
{
    SqlReportSource source(*m_db, *repo().stores().organisation, *m_clock);
    auto report = ActivityReports::build(source, period);
    if (!report) {
        qWarning("%s", qPrintable(report.errorMessage()));
        return {};
    }
    return *report;
}

void TestReportsActivity::yearFigures()
{
    buildActivityRegister();
    const ActivityReport report = build(ActivityPeriod::calendarYear(2026));
    const ActivityFigures &f = report.figures;
    QCOMPARE(f.received, 10);
    QCOMPARE(countOf(f.byRight, Right::Access), 5);
    QCOMPARE(countOf(f.byRight, Right::Erasure), 3);
    QCOMPARE(countOf(f.byRight, Right::Objection), 1);
    QCOMPARE(countOf(f.byRight, Right::Portability), 1);
    QCOMPARE(countOf(f.byRight, Right::Rectification), 1);
    QCOMPARE(countOf(f.byRight, Right::Restriction), 0);
    QCOMPARE(f.byRight.size(), allRights().size()); // every right listed, zeros included
    QCOMPARE(countOf(f.byChannel, Channel::Email), 5);
    QCOMPARE(countOf(f.byChannel, Channel::Post), 2);
    QCOMPARE(countOf(f.byChannel, Channel::WebForm), 1);
    QCOMPARE(countOf(f.byChannel, Channel::Phone), 1);
    QCOMPARE(countOf(f.byChannel, Channel::InPerson), 1);
    QCOMPARE(countOf(f.byChannel, Channel::ViaCnil), 0);
    QList<int> months;
    for (const auto &[month, n] : f.byMonth) {
        QCOMPARE(month.day(), 1);
        months << n;
    }
    QCOMPARE(months, (QList<int>{2, 1, 2, 0, 1, 1, 0, 0, 1, 1, 1, 0}));
    QCOMPARE(f.withinOneMonth, 4);
    QCOMPARE(f.withinThreeMonths, 0);
    QCOMPARE(f.late, 3);
    QCOMPARE(f.settled(), 7);
    QCOMPARE(f.pending, 2);
    QCOMPARE(f.notDue, 1);
    QCOMPARE(f.extensions, 1);
    QCOMPARE(countOf(f.refusalsByGround, RefusalGround::ErasureLegalClaims), 1);
    QCOMPARE(countOf(f.refusalsByGround, RefusalGround::LegalObligation), 1);
    QCOMPARE(countOf(f.refusalsByGround, RefusalGround::CompellingGrounds), 1);
    QCOMPARE(countOf(f.refusalsByGround, RefusalGround::ManifestlyUnfounded), 0);
    QCOMPARE(f.refusals(), 3);
    QCOMPARE(f.answered, 6);
    QCOMPARE(f.medianDaysToAnswer, std::optional<int>(21));
    QCOMPARE(f.p90DaysToAnswer, std::optional<int>(72));
    QCOMPARE(f.identityRequests, 2);
    QCOMPARE(f.openOn, QDate(2026, 11, 26));
    QCOMPARE(f.openAtEnd, 3);
}

void TestReportsActivity::quarterFigures()
{
    buildActivityRegister();
    const ActivityFigures f = build(ActivityPeriod{QDate(2026, 1, 1), QDate(2026, 3, 31)}).figures;
    QCOMPARE(f.received, 5);
    QCOMPARE(f.byMonth.size(), 3);
    QCOMPARE(f.withinOneMonth, 3);
    QCOMPARE(f.withinThreeMonths, 0);
    QCOMPARE(f.late, 2);
    QCOMPARE(f.pending, 0);
    QCOMPARE(f.notDue, 0);
    QCOMPARE(f.medianDaysToAnswer, std::optional<int>(35));
    QCOMPARE(f.p90DaysToAnswer, std::optional<int>(72));
    QCOMPARE(f.identityRequests, 1);
    QCOMPARE(f.openOn, QDate(2026, 3, 31));
    QCOMPARE(f.openAtEnd, 3);
}

void TestReportsActivity::csv()
{
    buildActivityRegister();
    const ActivityReport report = build(ActivityPeriod::calendarYear(2026));
    for (const auto &[profile, separator, decimal] :
         {std::tuple{CsvProfile::Standard, u',', QStringLiteral("57.1")},
          std::tuple{CsvProfile::FrSpreadsheet, u';', QStringLiteral("57,1")}}) {
        const Csv csv = parseCsv(ActivityReports::csv(report, profile), separator);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.bom, profile == CsvProfile::FrSpreadsheet);
        QCOMPARE(csv.rows.first(),
                 (QStringList{QStringLiteral("Key"), QStringLiteral("Section"), QStringLiteral("Item"),
                              QStringLiteral("Value"), QStringLiteral("Share (%)")}));
        const auto value = [&csv](const char *key) { return csv.row(QLatin1String(key)).value(3); };
        const auto share = [&csv](const char *key) { return csv.row(QLatin1String(key)).value(4); };
        QCOMPARE(value("report.organisation"), QStringLiteral("Courriels & Cie SAS"));
        QCOMPARE(value("report.period_from"), QStringLiteral("2026-01-01"));
        QCOMPARE(value("report.period_to"), QStringLiteral("2026-12-31"));
        QCOMPARE(value("report.audit_head"), repo().audit().verify()->headHash);
        QCOMPARE(value("received.total"), QStringLiteral("10"));
        QCOMPARE(value("received.right.access"), QStringLiteral("5"));
        QCOMPARE(share("received.right.access"),
                 profile == CsvProfile::Standard ? QStringLiteral("50.0") : QStringLiteral("50,0"));
        QCOMPARE(value("received.right.erasure"), QStringLiteral("3"));
        QCOMPARE(value("received.channel.email"), QStringLiteral("5"));
        QCOMPARE(value("received.channel.post"), QStringLiteral("2"));
        QCOMPARE(value("received.month.2026-01"), QStringLiteral("2"));
        QCOMPARE(value("received.month.2026-04"), QStringLiteral("0"));
        QCOMPARE(value("received.month.2026-11"), QStringLiteral("1"));
        QCOMPARE(value("timeliness.within_one_month"), QStringLiteral("4"));
        QCOMPARE(share("timeliness.within_one_month"), decimal);
        QCOMPARE(value("timeliness.within_three_months"), QStringLiteral("0"));
        QCOMPARE(share("timeliness.late"),
                 profile == CsvProfile::Standard ? QStringLiteral("42.9") : QStringLiteral("42,9"));
        QCOMPARE(value("timeliness.pending"), QStringLiteral("2"));
        QCOMPARE(value("timeliness.not_due"), QStringLiteral("1"));
        QCOMPARE(value("extensions.total"), QStringLiteral("1"));
        QCOMPARE(value("refusals.ground.erasure-legal-claims"), QStringLiteral("1"));
        QCOMPARE(value("refusals.ground.legal-obligation"), QStringLiteral("1"));
        QCOMPARE(value("refusals.ground.compelling-grounds"), QStringLiteral("1"));
        QCOMPARE(value("refusals.ground.excessive"), QStringLiteral("0"));
        QCOMPARE(value("days_to_answer.median"), QStringLiteral("21"));
        QCOMPARE(value("days_to_answer.p90"), QStringLiteral("72"));
        QCOMPARE(value("identity_requests.total"), QStringLiteral("2"));
        QCOMPARE(value("open_at_end.total"), QStringLiteral("3"));
        QCOMPARE(csv.row(QStringLiteral("open_at_end.total")).value(2), QStringLiteral("Open on 2026-11-26"));
        // 5 report rows, 1 total, 11 rights, 6 channels, 12 months, 5 timeliness, 1 extension, 17 grounds (one per
        // point of art. 17(3), and the older "erasure exception" a register may still hold), 3 days, 1 identity, 1
        // open, and the title row.
        QCOMPARE(csv.rows.size(), 1 + 5 + 1 + 11 + 6 + 12 + 5 + 1 + 17 + 3 + 1 + 1);
    }
}

void TestReportsActivity::csvProtectsTheOrganisationName()
{
    OrganisationProfile o;
    o.name = QStringLiteral("=HYPERLINK(\"http://evil.example\";\"Click\")");
    QVERIFY(settings().saveOrganisation(o).ok());
    const ActivityReport report = build(ActivityPeriod::calendarYear(2026));
    const Csv csv = parseCsv(ActivityReports::csv(report, CsvProfile::FrSpreadsheet), u';');
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE(csv.row(QStringLiteral("report.organisation")).value(3), QString(u'\'' + o.name));
    QCOMPARE(csv.row(QStringLiteral("received.total")).value(3), QStringLiteral("0"));
}

void TestReportsActivity::pdf()
{
    buildActivityRegister();
    const ActivityReport report = build(ActivityPeriod::calendarYear(2026));
    auto pdf = ActivityReports::pdf(report);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    const QStringList pages = pdfPages(*pdf);
    QVERIFY(!pages.isEmpty());
    const QString text = pages.join(u' ');
    const QStringList expected{
        QStringLiteral("Activity report"),
        QStringLiteral("Courriels & Cie SAS"),
        QStringLiteral("Requests received from 2026-01-01 to 2026-12-31"),
        QStringLiteral("Generated on 2026-11-26 10:00 (Europe/Paris)"),
        repo().audit().verify()->headHash,
        QStringLiteral("Requests received 10"),
        QStringLiteral("Answered within one month 4 (57.1 %)"),
        QStringLiteral("Answered within three months (extended) 0 (0.0 %)"),
        QStringLiteral("Late (answered after the deadline, or open past it) 3 (42.9 %)"),
        QStringLiteral("Pending (within the deadline, or clock stopped) 2"),
        QStringLiteral("Withdrawn or closed without an answer 1"),
        QStringLiteral("Extensions 1"),
        QStringLiteral("Refusals (rights refused in whole or in part) 3"),
        QStringLiteral("Identity requests 2"),
        QStringLiteral("Days to answer, median 21"),
        QStringLiteral("Days to answer, 90th percentile 72"),
        QStringLiteral("Open on 2026-11-26 3"),
        // The charts, labelled with their counts and shares.
        QStringLiteral("Requests received per month"),
        QStringLiteral("Requests received per right"),
        QStringLiteral("Access 5 (50.0 %)"),
        QStringLiteral("Erasure 3 (30.0 %)"),
        QStringLiteral("Requests received per channel"),
        QStringLiteral("E-mail 5 (50.0 %)"),
        QStringLiteral("In person 1 (10.0 %)"),
        QStringLiteral("Refusals by ground"),
        QStringLiteral("Legal claims (art. 17(3)(e)) 1"),
        QStringLiteral("Compelling legitimate grounds (art. 21(1)) 1"),
        QStringLiteral("Definitions"),
        QStringLiteral("nearest rank"),
    };
    for (const QString &e : expected) {
        QVERIFY2(text.contains(e), qPrintable(QString(e + QStringLiteral(" not in: ") + text)));
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages[i].contains(QStringLiteral("page %1 / %2").arg(i + 1).arg(pages.size())), qPrintable(pages[i]));
    }
}

void TestReportsActivity::timeliness_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("answeredOn");
    QTest::addColumn<QDate>("deadline"); // in force; the initial deadline is 2026-03-02
    QTest::addColumn<bool>("clockStopped");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("refused");
    const QDate initial(2026, 3, 2);
    const QDate extended(2026, 5, 4);
    const auto t = [](Timeliness v) { return int(v); };
    QTest::newRow("answered on the initial deadline")
        << QStringLiteral("answered") << initial << initial << false << t(Timeliness::WithinOneMonth) << false;
    QTest::newRow("answered the day after, not extended")
        << QStringLiteral("answered") << initial.addDays(1) << initial << false << t(Timeliness::Late) << false;
    QTest::newRow("extended, answered the day after the initial deadline")
        << QStringLiteral("answered") << initial.addDays(1) << extended << false << t(Timeliness::WithinThreeMonths)
        << false;
    QTest::newRow("extended, answered on the extended deadline")
        << QStringLiteral("closed") << extended << extended << false << t(Timeliness::WithinThreeMonths) << false;
    QTest::newRow("extended, answered after it")
        << QStringLiteral("answered") << extended.addDays(1) << extended << false << t(Timeliness::Late) << false;
    QTest::newRow("open, deadline yesterday")
        << QStringLiteral("in-progress") << QDate() << QDate(2026, 11, 25) << false << t(Timeliness::Late) << false;
    QTest::newRow("open, deadline today")
        << QStringLiteral("new") << QDate() << QDate(2026, 11, 26) << false << t(Timeliness::Pending) << false;
    QTest::newRow("clock stopped past the deadline") << QStringLiteral("awaiting-identity") << QDate()
                                                     << QDate(2026, 11, 1) << true << t(Timeliness::Pending) << false;
    QTest::newRow("withdrawn past the deadline")
        << QStringLiteral("withdrawn") << QDate() << QDate(2026, 11, 1) << false << t(Timeliness::NotDue) << false;
    QTest::newRow("extended, a refusal the day after the initial deadline (art. 12(4))")
        << QStringLiteral("answered") << initial.addDays(1) << extended << false << t(Timeliness::Late) << true;
    QTest::newRow("a refusal on the initial deadline")
        << QStringLiteral("answered") << initial << extended << false << t(Timeliness::WithinOneMonth) << true;
    QTest::newRow("closed without an answer")
        << QStringLiteral("closed") << QDate() << QDate(2026, 11, 1) << false << t(Timeliness::NotDue) << false;
}

void TestReportsActivity::timeliness()
{
    QFETCH(QString, status);
    QFETCH(QDate, answeredOn);
    QFETCH(QDate, deadline);
    QFETCH(bool, clockStopped);
    QFETCH(int, expected);
    QFETCH(bool, refused);
    ActivityCase c;
    if (refused) {
        c.rights << ActivityRight{Right::Erasure, Outcome::PartiallyGranted, RefusalGround::LegalObligation};
    }
    c.status = parseCaseStatus(status).value();
    c.receivedOn = QDate(2026, 2, 2);
    c.initialDeadline = QDate(2026, 3, 2);
    c.deadline = deadline;
    c.answeredOn = answeredOn;
    c.clockStopped = clockStopped;
    QCOMPARE(int(ActivityReports::timeliness(c, QDate(2026, 11, 26))), expected);
}

void TestReportsActivity::percentile_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::newRow("empty") << QList<int>() << 50 << -1;
    QTest::newRow("one value, median") << QList<int>{5} << 50 << 5;
    QTest::newRow("one value, p90") << QList<int>{5} << 90 << 5;
    QTest::newRow("1..10, median") << QList<int>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 50 << 5;
    QTest::newRow("1..10, p90") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 90 << 9;
    QTest::newRow("1..11, p90") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 90 << 10;
    QTest::newRow("six answers, median") << QList<int>{18, 21, 72, 39, 35, 15} << 50 << 21;
    QTest::newRow("six answers, p90") << QList<int>{18, 21, 72, 39, 35, 15} << 90 << 72;
    QTest::newRow("p100 is the maximum") << QList<int>{3, 1, 2} << 100 << 3;
}

void TestReportsActivity::percentile()
{
    QFETCH(QList<int>, values);
    QFETCH(int, p);
    QFETCH(int, expected);
    const std::optional<int> actual = ActivityReports::percentile(values, p);
    QCOMPARE(actual.value_or(-1), expected);
}

void TestReportsActivity::emptyPeriod()
{
    const ActivityReport report = build(ActivityPeriod::calendarYear(2030));
    QCOMPARE(report.figures.received, 0);
    QVERIFY(!report.figures.medianDaysToAnswer);
    QCOMPARE(ActivityFigures::share(0, 0), 0.0);
    auto pdf = ActivityReports::pdf(report);
    QVERIFY(pdf.ok());
    QVERIFY(pdfPages(*pdf).join(u' ').contains(QStringLiteral("Days to answer, median —")));
    SqlReportSource source(*m_db, *repo().stores().organisation, *m_clock);
    auto refused = ActivityReports::build(source, ActivityPeriod{QDate(2026, 2, 1), QDate(2026, 1, 1)});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
}

QTEST_MAIN(TestReportsActivity)
#include "tst_reports_activity.moc"
