// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The deadline engine against docs/rules.md#the-clock, holiday calendars included (#holiday-calendars).
//
// The generated tables are in tests/data/deadline_cases.inc: the rows between "BEGIN GENERATED" and "END GENERATED"
// come from tests/tools/deadline_oracle.py, a second, independent implementation of the rules in Python. Regenerate
// them with
//     python3 tests/tools/deadline_oracle.py --write tests/data/deadline_cases.inc

#include "deadline/deadlinecalculator.h"
#include "deadline/holidaycalendar.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <functional>
#include <utility>

using namespace dpodesk;

Q_DECLARE_METATYPE(dpodesk::ClockStop)
Q_DECLARE_METATYPE(dpodesk::Urgency)
Q_DECLARE_METATYPE(dpodesk::HolidayCalendar::Region)

// deadline_cases::<table>(): the generated rows of each table, added after its columns.
#include "data/deadline_cases.inc"

class TestDeadlineCalculator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Deadline tables: every row is checked through compute(), derive() and both ways of building the calendar.
    void workedExamples_data();
    void workedExamples();
    void monthEnds_data();
    void monthEnds();
    void leapYears_data();
    void leapYears();
    void holidays_data();
    void holidays();
    void chains_data();
    void chains();
    void suspensions_data();
    void suspensions();
    void extendedDeadlines_data();
    void extendedDeadlines();
    void closureDays_data();
    void closureDays();

    void suspendedDays_data();
    void suspendedDays();
    void deriveWorkedExample();
    void closureDayReason();

    void easterSunday_data();
    void easterSunday();
    void holidaysOfYear_data();
    void holidaysOfYear();
    void fromNameKnown_data();
    void fromNameKnown();
    void fromNameUnknown_data();
    void fromNameUnknown();
    void names();

    void urgency_data();
    void urgency();
    void daysLeft_data();
    void daysLeft();
    void answeredOnTime_data();
    void answeredOnTime();
    void refusalDeadline_data();
    void refusalDeadline();

private:
    static void addDeadlineColumns();
    static void verifyDeadlines();
};

void TestDeadlineCalculator::initTestCase()
{
    // explain() formats dates with the default locale.
    QLocale::setDefault(QLocale::c());
}

// ---------------------------------------------------------------------------------------------------------------
// Deadline tables

void TestDeadlineCalculator::addDeadlineColumns()
{
    QTest::addColumn<QString>("calendar");      // a HolidayCalendar::names() entry
    QTest::addColumn<QList<QDate>>("closures"); // the organisation's closure days, as entered
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QList<ClockStop>>("stops"); // closed suspensions [asked, answered)
    QTest::addColumn<int>("suspended");          // days suspended, overlaps merged
    QTest::addColumn<QDate>("sameDate");         // received + 1 month, clamped to the month's last day
    QTest::addColumn<QList<QDate>>("skipped");   // non-working days rolled over to reach the initial deadline
    QTest::addColumn<QDate>("initial");
    QTest::addColumn<QDate>("extended");
}

void TestDeadlineCalculator::verifyDeadlines()
{
    QFETCH(QString, calendar);
    QFETCH(QList<QDate>, closures);
    QFETCH(QDate, received);
    QFETCH(QList<ClockStop>, stops);
    QFETCH(int, suspended);
    QFETCH(QDate, sameDate);
    QFETCH(QList<QDate>, skipped);
    QFETCH(QDate, initial);
    QFETCH(QDate, extended);

    Result<HolidayCalendar> named = HolidayCalendar::fromName(calendar, closures);
    QVERIFY2(named.ok(), qPrintable(named.errorMessage()));
    QCOMPARE(named->name(), calendar);
    const DeadlineCalculator calculator(named.value());

    // The organisation's closure days, kept in date order without duplicates.
    const QList<QDate> kept = calculator.calendar().closureDays();
    QVERIFY(std::adjacent_find(kept.cbegin(), kept.cend(), std::greater_equal<QDate>()) == kept.cend());
    for (const QDate &closure : closures) {
        QVERIFY(kept.contains(closure));
        QVERIFY(calculator.calendar().isHoliday(closure));
    }
    QCOMPARE(kept.size(), QSet<QDate>(closures.cbegin(), closures.cend()).size());

    const Deadlines deadlines = calculator.compute(received, stops);
    QCOMPARE(deadlines.suspendedDays, suspended);
    QCOMPARE(deadlines.initial, initial);
    QCOMPARE(deadlines.extended, extended);
    QCOMPARE(deadlines.effective(false), initial);
    QCOMPARE(deadlines.effective(true), extended);
    QCOMPARE(deadlines.refusalDeadline(), initial);
    QCOMPARE(calculator.rollToWorkingDay(sameDate.addDays(suspended)), initial);
    QVERIFY(calculator.calendar().isWorkingDay(initial));
    QVERIFY(calculator.calendar().isWorkingDay(extended));

    const DeadlineDerivation one = calculator.derive(received, 1, stops);
    QCOMPARE(one.start, received);
    QCOMPARE(one.months, 1);
    QCOMPARE(one.sameDate, sameDate);
    QCOMPARE(one.clamped, sameDate.day() != received.day());
    QCOMPARE(one.suspendedDays, suspended);
    QCOMPARE(one.beforeRoll, sameDate.addDays(suspended));
    QList<QDate> skippedDates;
    for (const auto &[date, reason] : one.skipped) {
        QVERIFY2(!reason.isEmpty(), qPrintable(date.toString(Qt::ISODate)));
        QVERIFY(!calculator.calendar().isWorkingDay(date));
        skippedDates.append(date);
    }
    QCOMPARE(skippedDates, skipped);
    QCOMPARE(one.deadline, initial);

    const DeadlineDerivation three = calculator.derive(received, 3, stops);
    QCOMPARE(three.months, 3);
    QCOMPARE(three.suspendedDays, suspended);
    QCOMPARE(three.deadline, extended);

    // The same calendar built from its region and the closure days: HolidayCalendar(Region, QList<QDate>).
    const DeadlineCalculator byRegion(HolidayCalendar(named->region(), closures));
    const Deadlines again = byRegion.compute(received, stops);
    QCOMPARE(again.initial, initial);
    QCOMPARE(again.extended, extended);
}

void TestDeadlineCalculator::workedExamples_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("sameDate");
    QTest::addColumn<bool>("clamped");
    QTest::addColumn<QDate>("deadline");

    // docs/rules.md#worked-examples, "The reference examples" (metropolitan France).
    deadline_cases::workedExamples();
}

void TestDeadlineCalculator::workedExamples()
{
    QFETCH(QDate, received);
    QFETCH(int, months);
    QFETCH(QDate, sameDate);
    QFETCH(bool, clamped);
    QFETCH(QDate, deadline);

    const DeadlineCalculator calculator(HolidayCalendar::fromName(QStringLiteral("fr")).value());
    const DeadlineDerivation derivation = calculator.derive(received, months);
    QCOMPARE(derivation.sameDate, sameDate);
    QCOMPARE(derivation.clamped, clamped);
    QCOMPARE(derivation.suspendedDays, 0);
    QCOMPARE(derivation.deadline, deadline);
    QCOMPARE(calculator.compute(received).effective(months == 3), deadline);
}

void TestDeadlineCalculator::monthEnds_data()
{
    addDeadlineColumns();
    // Every receipt on the 28th to the 31st of 2025-2028, metropolitan France.
    deadline_cases::monthEnds();
}

void TestDeadlineCalculator::monthEnds()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::leapYears_data()
{
    addDeadlineColumns();
    deadline_cases::leapYears();
}

void TestDeadlineCalculator::leapYears()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::holidays_data()
{
    addDeadlineColumns();
    deadline_cases::holidays();
}

void TestDeadlineCalculator::holidays()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::chains_data()
{
    addDeadlineColumns();
    deadline_cases::chains();
}

void TestDeadlineCalculator::chains()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::suspensions_data()
{
    addDeadlineColumns();
    deadline_cases::suspensions();
}

void TestDeadlineCalculator::suspensions()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::extendedDeadlines_data()
{
    addDeadlineColumns();
    deadline_cases::extendedDeadlines();
}

void TestDeadlineCalculator::extendedDeadlines()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::closureDays_data()
{
    addDeadlineColumns();
    deadline_cases::closureDays();
}

void TestDeadlineCalculator::closureDays()
{
    verifyDeadlines();
}

// ---------------------------------------------------------------------------------------------------------------
// Suspensions and derivation

void TestDeadlineCalculator::suspendedDays_data()
{
    QTest::addColumn<QList<ClockStop>>("stops");
    QTest::addColumn<int>("expected");

    deadline_cases::suspendedDays();
}

void TestDeadlineCalculator::suspendedDays()
{
    QFETCH(QList<ClockStop>, stops);
    QFETCH(int, expected);

    QCOMPARE(DeadlineCalculator::suspendedDays(stops), expected);
    QCOMPARE(DeadlineCalculator().compute(QDate(2026, 1, 10), stops).suspendedDays, expected);
    QCOMPARE(DeadlineCalculator().derive(QDate(2026, 1, 10), 1, stops).suspendedDays, expected);
}

void TestDeadlineCalculator::deriveWorkedExample()
{
    // docs/rules.md#worked-examples: 2026-01-31 -> 2026-02-28 (Sat) -> 2026-03-02, month-end clamp then weekend.
    const DeadlineCalculator calculator(HolidayCalendar::fromName(QStringLiteral("fr")).value());
    const DeadlineDerivation derivation = calculator.derive(QDate(2026, 1, 31), 1);
    QCOMPARE(derivation.start, QDate(2026, 1, 31));
    QCOMPARE(derivation.months, 1);
    QCOMPARE(derivation.sameDate, QDate(2026, 2, 28));
    QVERIFY(derivation.clamped);
    QCOMPARE(derivation.suspendedDays, 0);
    QCOMPARE(derivation.beforeRoll, QDate(2026, 2, 28));
    QCOMPARE(derivation.skipped.size(), 2);
    QCOMPARE(derivation.skipped.at(0).first, QDate(2026, 2, 28));
    QCOMPARE(derivation.skipped.at(0).second, QStringLiteral("Saturday"));
    QCOMPARE(derivation.skipped.at(1).first, QDate(2026, 3, 1));
    QCOMPARE(derivation.skipped.at(1).second, QStringLiteral("Sunday"));
    QCOMPARE(derivation.deadline, QDate(2026, 3, 2));

    // The one-line explanation names the days rolled over and the deadline.
    const QString text = DeadlineCalculator::explain(derivation);
    QVERIFY2(text.contains(QStringLiteral("Saturday")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sunday")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Monday 2 March 2026")), qPrintable(text));

    // The default calculator uses the metropolitan calendar.
    QCOMPARE(DeadlineCalculator().calendar().name(), QStringLiteral("fr"));
    QCOMPARE(DeadlineCalculator().derive(QDate(2026, 1, 31), 1).deadline, QDate(2026, 3, 2));
}

void TestDeadlineCalculator::closureDayReason()
{
    // Ascension Thursday 2026-05-14, then a closure day on the Friday: the derivation says why Friday was skipped.
    const HolidayCalendar calendar(HolidayCalendar::Region::Metropolitan, {QDate(2026, 5, 15)});
    const DeadlineDerivation derivation = DeadlineCalculator(calendar).derive(QDate(2026, 4, 14), 1);
    QCOMPARE(derivation.deadline, QDate(2026, 5, 18));
    QCOMPARE(derivation.skipped.size(), 4);
    QCOMPARE(derivation.skipped.at(1).first, QDate(2026, 5, 15));
    QCOMPARE(derivation.skipped.at(1).second.compare(QStringLiteral("closure day"), Qt::CaseInsensitive), 0);
    QCOMPARE(calendar.nonWorkingReason(QDate(2026, 5, 15)), derivation.skipped.at(1).second);
    QVERIFY(calendar.nonWorkingReason(QDate(2026, 5, 13)).isEmpty());
}

// ---------------------------------------------------------------------------------------------------------------
// Calendars

void TestDeadlineCalculator::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");

    deadline_cases::easterSunday();
}

void TestDeadlineCalculator::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);

    const QDate easter = HolidayCalendar::easterSunday(year);
    QCOMPARE(easter, expected);
    QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
}

void TestDeadlineCalculator::holidaysOfYear_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("holidays"); // distinct days, in date order

    deadline_cases::holidaysOfYear();
}

void TestDeadlineCalculator::holidaysOfYear()
{
    QFETCH(QString, calendar);
    QFETCH(int, year);
    QFETCH(QList<QDate>, holidays);

    const Result<HolidayCalendar> named = HolidayCalendar::fromName(calendar);
    QVERIFY2(named.ok(), qPrintable(named.errorMessage()));

    // holidaysOf() is in date order; two holidays may fall on the same day (Ascension 2008 was 1 May).
    QList<QDate> listed;
    for (const auto &[date, name] : named->holidaysOf(year)) {
        QVERIFY2(!name.isEmpty(), qPrintable(date.toString(Qt::ISODate)));
        QVERIFY(listed.isEmpty() || listed.last() <= date);
        if (listed.isEmpty() || listed.last() != date) {
            listed.append(date);
        }
    }
    QCOMPARE(listed, holidays);

    // isHoliday() agrees with the list on every day of the year; weekends are not holidays by themselves.
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
        QVERIFY2(named->isHoliday(day) == holidays.contains(day), qPrintable(day.toString(Qt::ISODate)));
        QCOMPARE(named->isWeekend(day), day.dayOfWeek() == Qt::Saturday || day.dayOfWeek() == Qt::Sunday);
        QCOMPARE(named->isWorkingDay(day), !named->isWeekend(day) && !holidays.contains(day));
        QCOMPARE(named->nonWorkingReason(day).isEmpty(), named->isWorkingDay(day));
    }
}

void TestDeadlineCalculator::fromNameKnown_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<HolidayCalendar::Region>("region");

    QTest::newRow("fr") << QStringLiteral("fr") << HolidayCalendar::Region::Metropolitan;
    QTest::newRow("fr-alsace-moselle") << QStringLiteral("fr-alsace-moselle") << HolidayCalendar::Region::AlsaceMoselle;
    QTest::newRow("fr-guadeloupe") << QStringLiteral("fr-guadeloupe") << HolidayCalendar::Region::Guadeloupe;
    QTest::newRow("fr-martinique") << QStringLiteral("fr-martinique") << HolidayCalendar::Region::Martinique;
    QTest::newRow("fr-guyane") << QStringLiteral("fr-guyane") << HolidayCalendar::Region::Guyane;
    QTest::newRow("fr-reunion") << QStringLiteral("fr-reunion") << HolidayCalendar::Region::Reunion;
    QTest::newRow("fr-mayotte") << QStringLiteral("fr-mayotte") << HolidayCalendar::Region::Mayotte;
    QTest::newRow("fr-saint-barthelemy") << QStringLiteral("fr-saint-barthelemy")
                                         << HolidayCalendar::Region::SaintBarthelemy;
    QTest::newRow("fr-saint-martin") << QStringLiteral("fr-saint-martin") << HolidayCalendar::Region::SaintMartin;
}

void TestDeadlineCalculator::fromNameKnown()
{
    QFETCH(QString, name);
    QFETCH(HolidayCalendar::Region, region);

    const Result<HolidayCalendar> named = HolidayCalendar::fromName(name);
    QVERIFY2(named.ok(), qPrintable(named.errorMessage()));
    QCOMPARE(named->region(), region);
    QCOMPARE(named->name(), name);
    QVERIFY(named->closureDays().isEmpty());
    QCOMPARE(HolidayCalendar(region).name(), name);
    QVERIFY(!HolidayCalendar::label(name).isEmpty());

    // Closure days given with the name are kept.
    const Result<HolidayCalendar> withClosure = HolidayCalendar::fromName(name, {QDate(2026, 6, 17)});
    QVERIFY2(withClosure.ok(), qPrintable(withClosure.errorMessage()));
    QCOMPARE(withClosure->closureDays(), QList<QDate>{QDate(2026, 6, 17)});
    QVERIFY(withClosure->isHoliday(QDate(2026, 6, 17)));
    QVERIFY(!named->isHoliday(QDate(2026, 6, 17)));
}

void TestDeadlineCalculator::fromNameUnknown_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("Corsica has no calendar of its own") << QStringLiteral("fr-corse");
    QTest::newRow("a label, not a name") << QStringLiteral("metropolitan");
    QTest::newRow("underscores instead of hyphens") << QStringLiteral("fr_alsace_moselle");
    QTest::newRow("another country") << QStringLiteral("de-bayern");
}

void TestDeadlineCalculator::fromNameUnknown()
{
    QFETCH(QString, name);

    const Result<HolidayCalendar> named = HolidayCalendar::fromName(name);
    QVERIFY(!named.ok());
    QCOMPARE(named.error().code, Error::Code::Invalid);
    QVERIFY2(named.errorMessage().contains(name), qPrintable(named.errorMessage()));
}

void TestDeadlineCalculator::names()
{
    QStringList expected{
        QStringLiteral("fr"),
        QStringLiteral("fr-alsace-moselle"),
        QStringLiteral("fr-guadeloupe"),
        QStringLiteral("fr-martinique"),
        QStringLiteral("fr-guyane"),
        QStringLiteral("fr-reunion"),
        QStringLiteral("fr-mayotte"),
        QStringLiteral("fr-saint-barthelemy"),
        QStringLiteral("fr-saint-martin"),
    };
    QStringList listed = HolidayCalendar::names();
    QCOMPARE(listed, HolidayCalendar::names()); // a stable order
    QCOMPARE(listed.size(), 9);
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
    for (const QString &name : std::as_const(listed)) {
        const Result<HolidayCalendar> named = HolidayCalendar::fromName(name);
        QVERIFY2(named.ok(), qPrintable(named.errorMessage()));
        QCOMPARE(named->name(), name);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Where a case stands

void TestDeadlineCalculator::urgency_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("clockStopped");
    QTest::addColumn<Urgency>("expected");
    QTest::addColumn<QString>("expectedName");

    const QDate deadline(2026, 3, 2);
    QTest::newRow("overdue by one day") << deadline << QDate(2026, 3, 3) << true << false << Urgency::Overdue
                                        << QStringLiteral("overdue");
    QTest::newRow("overdue by a year") << deadline << QDate(2027, 3, 2) << true << false << Urgency::Overdue
                                       << QStringLiteral("overdue");
    QTest::newRow("due today is due soon")
        << deadline << deadline << true << false << Urgency::DueSoon << QStringLiteral("due_soon");
    QTest::newRow("due tomorrow") << deadline << QDate(2026, 3, 1) << true << false << Urgency::DueSoon
                                  << QStringLiteral("due_soon");
    QTest::newRow("exactly 7 days left is due soon")
        << deadline << QDate(2026, 2, 23) << true << false << Urgency::DueSoon << QStringLiteral("due_soon");
    QTest::newRow("8 days left is on track")
        << deadline << QDate(2026, 2, 22) << true << false << Urgency::OnTrack << QStringLiteral("on_track");
    QTest::newRow("a month left is on track")
        << deadline << QDate(2026, 1, 31) << true << false << Urgency::OnTrack << QStringLiteral("on_track");
    QTest::newRow("clock stopped, on track")
        << deadline << QDate(2026, 2, 1) << true << true << Urgency::ClockStopped << QStringLiteral("clock_stopped");
    QTest::newRow("clock stopped, past the unsuspended deadline")
        << deadline << QDate(2026, 3, 20) << true << true << Urgency::ClockStopped << QStringLiteral("clock_stopped");
    QTest::newRow("clock stopped, due soon")
        << deadline << QDate(2026, 2, 27) << true << true << Urgency::ClockStopped << QStringLiteral("clock_stopped");
    QTest::newRow("done before the deadline")
        << deadline << QDate(2026, 2, 20) << false << false << Urgency::Done << QStringLiteral("done");
    QTest::newRow("done after the deadline")
        << deadline << QDate(2026, 4, 1) << false << false << Urgency::Done << QStringLiteral("done");
    QTest::newRow("done while a stop was recorded")
        << deadline << QDate(2026, 2, 20) << false << true << Urgency::Done << QStringLiteral("done");
}

void TestDeadlineCalculator::urgency()
{
    QFETCH(QDate, deadline);
    QFETCH(QDate, today);
    QFETCH(bool, open);
    QFETCH(bool, clockStopped);
    QFETCH(Urgency, expected);
    QFETCH(QString, expectedName);

    const Urgency actual = DeadlineCalculator::urgency(deadline, today, open, clockStopped);
    QCOMPARE(actual, expected);
    QCOMPARE(urgencyName(actual), expectedName);
    QVERIFY(!urgencyLabel(actual).isEmpty());
}

void TestDeadlineCalculator::daysLeft_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("expected");

    QTest::newRow("deadline today") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << 0;
    QTest::newRow("deadline tomorrow") << QDate(2026, 3, 2) << QDate(2026, 3, 1) << 1;
    QTest::newRow("overdue by one day") << QDate(2026, 3, 2) << QDate(2026, 3, 3) << -1;
    QTest::newRow("7 days, across the month end") << QDate(2026, 3, 2) << QDate(2026, 2, 23) << 7;
    QTest::newRow("8 days, across the month end") << QDate(2026, 3, 2) << QDate(2026, 2, 22) << 8;
    QTest::newRow("across 29 February 2028") << QDate(2028, 3, 1) << QDate(2028, 2, 28) << 2;
    QTest::newRow("across 28 February 2100, not leap") << QDate(2100, 3, 1) << QDate(2100, 2, 28) << 1;
    QTest::newRow("across the year end") << QDate(2027, 1, 4) << QDate(2026, 12, 28) << 7;
    QTest::newRow("overdue by a leap year") << QDate(2028, 1, 1) << QDate(2029, 1, 1) << -366;
}

void TestDeadlineCalculator::daysLeft()
{
    QFETCH(QDate, deadline);
    QFETCH(QDate, today);
    QFETCH(int, expected);

    QCOMPARE(DeadlineCalculator::daysLeft(deadline, today), expected);
}

void TestDeadlineCalculator::answeredOnTime_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QDate>("answeredOn");
    QTest::addColumn<bool>("onTime");

    // 2026-01-31: initial deadline 2026-03-02, extended 2026-04-30.
    // 2026-04-14: initial deadline 2026-05-15, extended 2026-07-15.
    QTest::newRow("answered on the deadline day is on time")
        << QDate(2026, 1, 31) << false << QDate(2026, 3, 2) << true;
    QTest::newRow("answered the day after the deadline is late")
        << QDate(2026, 1, 31) << false << QDate(2026, 3, 3) << false;
    QTest::newRow("answered on the Saturday before the roll")
        << QDate(2026, 1, 31) << false << QDate(2026, 2, 28) << true;
    QTest::newRow("answered on the day of receipt") << QDate(2026, 1, 31) << false << QDate(2026, 1, 31) << true;
    QTest::newRow("extended: answered on the extended deadline")
        << QDate(2026, 4, 14) << true << QDate(2026, 7, 15) << true;
    QTest::newRow("extended: answered on Bastille Day, before the roll")
        << QDate(2026, 4, 14) << true << QDate(2026, 7, 14) << true;
    QTest::newRow("extended: answered the day after") << QDate(2026, 4, 14) << true << QDate(2026, 7, 16) << false;
    QTest::newRow("not extended: same answer date is late")
        << QDate(2026, 4, 14) << false << QDate(2026, 7, 15) << false;
    QTest::newRow("not extended: on the initial deadline") << QDate(2026, 4, 14) << false << QDate(2026, 5, 15) << true;
}

void TestDeadlineCalculator::answeredOnTime()
{
    QFETCH(QDate, received);
    QFETCH(bool, extended);
    QFETCH(QDate, answeredOn);
    QFETCH(bool, onTime);

    const QDate deadline = DeadlineCalculator().compute(received).effective(extended);
    QCOMPARE(DeadlineCalculator::answeredOnTime(answeredOn, deadline), onTime);
    QVERIFY(DeadlineCalculator::answeredOnTime(deadline, deadline));
    QVERIFY(!DeadlineCalculator::answeredOnTime(deadline.addDays(1), deadline));
}

void TestDeadlineCalculator::refusalDeadline_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QList<ClockStop>>("stops");
    QTest::addColumn<QDate>("refusal");
    QTest::addColumn<QDate>("extended");

    QTest::newRow("worked example 2026-04-14 extended: refusal stays at one month")
        << QDate(2026, 4, 14) << QList<ClockStop>{} << QDate(2026, 5, 15) << QDate(2026, 7, 15);
    QTest::newRow("2026-01-31 extended: refusal stays at one month")
        << QDate(2026, 1, 31) << QList<ClockStop>{} << QDate(2026, 3, 2) << QDate(2026, 4, 30);
    QTest::newRow("2026-04-14 extended with 7 days suspended")
        << QDate(2026, 4, 14) << QList<ClockStop>{{QDate(2026, 4, 20), QDate(2026, 4, 27)}} << QDate(2026, 5, 21)
        << QDate(2026, 7, 21);
}

void TestDeadlineCalculator::refusalDeadline()
{
    QFETCH(QDate, received);
    QFETCH(QList<ClockStop>, stops);
    QFETCH(QDate, refusal);
    QFETCH(QDate, extended);

    // GDPR art. 12(4): a refusal is due within one month of receipt even when the case was extended.
    const Deadlines deadlines = DeadlineCalculator().compute(received, stops);
    QCOMPARE(deadlines.effective(true), extended);
    QCOMPARE(deadlines.refusalDeadline(), refusal);
    QCOMPARE(deadlines.refusalDeadline(), deadlines.initial);
    QVERIFY(deadlines.refusalDeadline() < deadlines.effective(true));
}

QTEST_GUILESS_MAIN(TestDeadlineCalculator)

#include "tst_deadlinecalculator.moc"
