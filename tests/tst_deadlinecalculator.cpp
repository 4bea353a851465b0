// The deadline engine against docs/gdpr-rules.md sections 2 (the clock) and 3 (the holiday calendars).
//
// The rows between "BEGIN GENERATED" and "END GENERATED" come from tests/tools/deadline_oracle.py, a second,
// independent implementation of the rules in Python. Regenerate them with
//     python3 tests/tools/deadline_oracle.py --write tests/tst_deadlinecalculator.cpp

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

    // gdpr-rules.md section 2, "Worked examples (metropolitan France)".
    // clang-format off
    // BEGIN GENERATED workedExamples
    QTest::newRow("worked example: 2026-01-31 month-end clamp then weekend")
        << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28) << true << QDate(2026, 3, 2);
    QTest::newRow("worked example: 2026-03-05 Easter Sunday then Easter Monday")
        << QDate(2026, 3, 5) << 1 << QDate(2026, 4, 5) << false << QDate(2026, 4, 7);
    QTest::newRow("worked example: 2026-04-14 Ascension holiday")
        << QDate(2026, 4, 14) << 1 << QDate(2026, 5, 14) << false << QDate(2026, 5, 15);
    QTest::newRow("worked example: 2028-01-31 leap year")
        << QDate(2028, 1, 31) << 1 << QDate(2028, 2, 29) << true << QDate(2028, 2, 29);
    QTest::newRow("worked example: 2026-04-14 extended, 3 months then Bastille Day")
        << QDate(2026, 4, 14) << 3 << QDate(2026, 7, 14) << false << QDate(2026, 7, 15);
    // END GENERATED workedExamples
    // clang-format on
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
    // clang-format off
    // BEGIN GENERATED monthEnds
    QTest::newRow("2025-01-28 fr: +1 month 2025-02-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 1, 28) << QList<ClockStop>{} << 0 << QDate(2025, 2, 28)
        << QList<QDate>{} << QDate(2025, 2, 28) << QDate(2025, 4, 28);
    QTest::newRow("2025-01-29 fr: month-end clamp to 2025-02-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 1, 29) << QList<ClockStop>{} << 0 << QDate(2025, 2, 28)
        << QList<QDate>{} << QDate(2025, 2, 28) << QDate(2025, 4, 29);
    QTest::newRow("2025-01-30 fr: month-end clamp to 2025-02-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 1, 30) << QList<ClockStop>{} << 0 << QDate(2025, 2, 28)
        << QList<QDate>{} << QDate(2025, 2, 28) << QDate(2025, 4, 30);
    QTest::newRow("2025-01-31 fr: month-end clamp to 2025-02-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 1, 31) << QList<ClockStop>{} << 0 << QDate(2025, 2, 28)
        << QList<QDate>{} << QDate(2025, 2, 28) << QDate(2025, 4, 30);
    QTest::newRow("2025-02-28 fr: +1 month 2025-03-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 2, 28) << QList<ClockStop>{} << 0 << QDate(2025, 3, 28)
        << QList<QDate>{} << QDate(2025, 3, 28) << QDate(2025, 5, 28);
    QTest::newRow("2025-03-28 fr: +1 month 2025-04-28 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 3, 28) << QList<ClockStop>{} << 0 << QDate(2025, 4, 28)
        << QList<QDate>{} << QDate(2025, 4, 28) << QDate(2025, 6, 30);
    QTest::newRow("2025-03-29 fr: +1 month 2025-04-29 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 3, 29) << QList<ClockStop>{} << 0 << QDate(2025, 4, 29)
        << QList<QDate>{} << QDate(2025, 4, 29) << QDate(2025, 6, 30);
    QTest::newRow("2025-03-30 fr: +1 month 2025-04-30 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 3, 30) << QList<ClockStop>{} << 0 << QDate(2025, 4, 30)
        << QList<QDate>{} << QDate(2025, 4, 30) << QDate(2025, 6, 30);
    QTest::newRow("2025-03-31 fr: month-end clamp to 2025-04-30 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 3, 31) << QList<ClockStop>{} << 0 << QDate(2025, 4, 30)
        << QList<QDate>{} << QDate(2025, 4, 30) << QDate(2025, 6, 30);
    QTest::newRow("2025-04-28 fr: +1 month 2025-05-28 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 4, 28) << QList<ClockStop>{} << 0 << QDate(2025, 5, 28)
        << QList<QDate>{} << QDate(2025, 5, 28) << QDate(2025, 7, 28);
    QTest::newRow("2025-04-29 fr: +1 month 2025-05-29 Thu, skip Ascension -> Fri 2025-05-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 4, 29) << QList<ClockStop>{} << 0 << QDate(2025, 5, 29)
        << QList<QDate>{QDate(2025, 5, 29)} << QDate(2025, 5, 30) << QDate(2025, 7, 29);
    QTest::newRow("2025-04-30 fr: +1 month 2025-05-30 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 4, 30) << QList<ClockStop>{} << 0 << QDate(2025, 5, 30)
        << QList<QDate>{} << QDate(2025, 5, 30) << QDate(2025, 7, 30);
    QTest::newRow("2025-05-28 fr: +1 month 2025-06-28 Sat, skip Sat+Sun -> Mon 2025-06-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 5, 28) << QList<ClockStop>{} << 0 << QDate(2025, 6, 28)
        << QList<QDate>{QDate(2025, 6, 28), QDate(2025, 6, 29)} << QDate(2025, 6, 30) << QDate(2025, 8, 28);
    QTest::newRow("2025-05-29 fr: +1 month 2025-06-29 Sun, skip Sun -> Mon 2025-06-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 5, 29) << QList<ClockStop>{} << 0 << QDate(2025, 6, 29)
        << QList<QDate>{QDate(2025, 6, 29)} << QDate(2025, 6, 30) << QDate(2025, 8, 29);
    QTest::newRow("2025-05-30 fr: +1 month 2025-06-30 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 5, 30) << QList<ClockStop>{} << 0 << QDate(2025, 6, 30)
        << QList<QDate>{} << QDate(2025, 6, 30) << QDate(2025, 9, 1);
    QTest::newRow("2025-05-31 fr: month-end clamp to 2025-06-30 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 5, 31) << QList<ClockStop>{} << 0 << QDate(2025, 6, 30)
        << QList<QDate>{} << QDate(2025, 6, 30) << QDate(2025, 9, 1);
    QTest::newRow("2025-06-28 fr: +1 month 2025-07-28 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 6, 28) << QList<ClockStop>{} << 0 << QDate(2025, 7, 28)
        << QList<QDate>{} << QDate(2025, 7, 28) << QDate(2025, 9, 29);
    QTest::newRow("2025-06-29 fr: +1 month 2025-07-29 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 6, 29) << QList<ClockStop>{} << 0 << QDate(2025, 7, 29)
        << QList<QDate>{} << QDate(2025, 7, 29) << QDate(2025, 9, 29);
    QTest::newRow("2025-06-30 fr: +1 month 2025-07-30 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 6, 30) << QList<ClockStop>{} << 0 << QDate(2025, 7, 30)
        << QList<QDate>{} << QDate(2025, 7, 30) << QDate(2025, 9, 30);
    QTest::newRow("2025-07-28 fr: +1 month 2025-08-28 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 7, 28) << QList<ClockStop>{} << 0 << QDate(2025, 8, 28)
        << QList<QDate>{} << QDate(2025, 8, 28) << QDate(2025, 10, 28);
    QTest::newRow("2025-07-29 fr: +1 month 2025-08-29 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 7, 29) << QList<ClockStop>{} << 0 << QDate(2025, 8, 29)
        << QList<QDate>{} << QDate(2025, 8, 29) << QDate(2025, 10, 29);
    QTest::newRow("2025-07-30 fr: +1 month 2025-08-30 Sat, skip Sat+Sun -> Mon 2025-09-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 7, 30) << QList<ClockStop>{} << 0 << QDate(2025, 8, 30)
        << QList<QDate>{QDate(2025, 8, 30), QDate(2025, 8, 31)} << QDate(2025, 9, 1) << QDate(2025, 10, 30);
    QTest::newRow("2025-07-31 fr: +1 month 2025-08-31 Sun, skip Sun -> Mon 2025-09-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 7, 31) << QList<ClockStop>{} << 0 << QDate(2025, 8, 31)
        << QList<QDate>{QDate(2025, 8, 31)} << QDate(2025, 9, 1) << QDate(2025, 10, 31);
    QTest::newRow("2025-08-28 fr: +1 month 2025-09-28 Sun, skip Sun -> Mon 2025-09-29")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 8, 28) << QList<ClockStop>{} << 0 << QDate(2025, 9, 28)
        << QList<QDate>{QDate(2025, 9, 28)} << QDate(2025, 9, 29) << QDate(2025, 11, 28);
    QTest::newRow("2025-08-29 fr: +1 month 2025-09-29 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 8, 29) << QList<ClockStop>{} << 0 << QDate(2025, 9, 29)
        << QList<QDate>{} << QDate(2025, 9, 29) << QDate(2025, 12, 1);
    QTest::newRow("2025-08-30 fr: +1 month 2025-09-30 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 8, 30) << QList<ClockStop>{} << 0 << QDate(2025, 9, 30)
        << QList<QDate>{} << QDate(2025, 9, 30) << QDate(2025, 12, 1);
    QTest::newRow("2025-08-31 fr: month-end clamp to 2025-09-30 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 8, 31) << QList<ClockStop>{} << 0 << QDate(2025, 9, 30)
        << QList<QDate>{} << QDate(2025, 9, 30) << QDate(2025, 12, 1);
    QTest::newRow("2025-09-28 fr: +1 month 2025-10-28 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 9, 28) << QList<ClockStop>{} << 0
        << QDate(2025, 10, 28) << QList<QDate>{} << QDate(2025, 10, 28) << QDate(2025, 12, 29);
    QTest::newRow("2025-09-29 fr: +1 month 2025-10-29 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 9, 29) << QList<ClockStop>{} << 0
        << QDate(2025, 10, 29) << QList<QDate>{} << QDate(2025, 10, 29) << QDate(2025, 12, 29);
    QTest::newRow("2025-09-30 fr: +1 month 2025-10-30 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 9, 30) << QList<ClockStop>{} << 0
        << QDate(2025, 10, 30) << QList<QDate>{} << QDate(2025, 10, 30) << QDate(2025, 12, 30);
    QTest::newRow("2025-10-28 fr: +1 month 2025-11-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 10, 28) << QList<ClockStop>{} << 0
        << QDate(2025, 11, 28) << QList<QDate>{} << QDate(2025, 11, 28) << QDate(2026, 1, 28);
    QTest::newRow("2025-10-29 fr: +1 month 2025-11-29 Sat, skip Sat+Sun -> Mon 2025-12-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 10, 29) << QList<ClockStop>{} << 0
        << QDate(2025, 11, 29) << QList<QDate>{QDate(2025, 11, 29), QDate(2025, 11, 30)} << QDate(2025, 12, 1)
        << QDate(2026, 1, 29);
    QTest::newRow("2025-10-30 fr: +1 month 2025-11-30 Sun, skip Sun -> Mon 2025-12-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 10, 30) << QList<ClockStop>{} << 0
        << QDate(2025, 11, 30) << QList<QDate>{QDate(2025, 11, 30)} << QDate(2025, 12, 1) << QDate(2026, 1, 30);
    QTest::newRow("2025-10-31 fr: month-end clamp to 2025-11-30 Sun, skip Sun -> Mon 2025-12-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 10, 31) << QList<ClockStop>{} << 0
        << QDate(2025, 11, 30) << QList<QDate>{QDate(2025, 11, 30)} << QDate(2025, 12, 1) << QDate(2026, 2, 2);
    QTest::newRow("2025-11-28 fr: +1 month 2025-12-28 Sun, skip Sun -> Mon 2025-12-29")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 11, 28) << QList<ClockStop>{} << 0
        << QDate(2025, 12, 28) << QList<QDate>{QDate(2025, 12, 28)} << QDate(2025, 12, 29) << QDate(2026, 3, 2);
    QTest::newRow("2025-11-29 fr: +1 month 2025-12-29 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 11, 29) << QList<ClockStop>{} << 0
        << QDate(2025, 12, 29) << QList<QDate>{} << QDate(2025, 12, 29) << QDate(2026, 3, 2);
    QTest::newRow("2025-11-30 fr: +1 month 2025-12-30 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 11, 30) << QList<ClockStop>{} << 0
        << QDate(2025, 12, 30) << QList<QDate>{} << QDate(2025, 12, 30) << QDate(2026, 3, 2);
    QTest::newRow("2025-12-28 fr: +1 month 2026-01-28 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 12, 28) << QList<ClockStop>{} << 0
        << QDate(2026, 1, 28) << QList<QDate>{} << QDate(2026, 1, 28) << QDate(2026, 3, 30);
    QTest::newRow("2025-12-29 fr: +1 month 2026-01-29 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 12, 29) << QList<ClockStop>{} << 0
        << QDate(2026, 1, 29) << QList<QDate>{} << QDate(2026, 1, 29) << QDate(2026, 3, 30);
    QTest::newRow("2025-12-30 fr: +1 month 2026-01-30 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 12, 30) << QList<ClockStop>{} << 0
        << QDate(2026, 1, 30) << QList<QDate>{} << QDate(2026, 1, 30) << QDate(2026, 3, 30);
    QTest::newRow("2025-12-31 fr: +1 month 2026-01-31 Sat, skip Sat+Sun -> Mon 2026-02-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 12, 31) << QList<ClockStop>{} << 0
        << QDate(2026, 1, 31) << QList<QDate>{QDate(2026, 1, 31), QDate(2026, 2, 1)} << QDate(2026, 2, 2)
        << QDate(2026, 3, 31);
    QTest::newRow("2026-01-28 fr: +1 month 2026-02-28 Sat, skip Sat+Sun -> Mon 2026-03-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 1, 28) << QList<ClockStop>{} << 0 << QDate(2026, 2, 28)
        << QList<QDate>{QDate(2026, 2, 28), QDate(2026, 3, 1)} << QDate(2026, 3, 2) << QDate(2026, 4, 28);
    QTest::newRow("2026-01-29 fr: month-end clamp to 2026-02-28 Sat, skip Sat+Sun -> Mon 2026-03-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 1, 29) << QList<ClockStop>{} << 0 << QDate(2026, 2, 28)
        << QList<QDate>{QDate(2026, 2, 28), QDate(2026, 3, 1)} << QDate(2026, 3, 2) << QDate(2026, 4, 29);
    QTest::newRow("2026-01-30 fr: month-end clamp to 2026-02-28 Sat, skip Sat+Sun -> Mon 2026-03-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 1, 30) << QList<ClockStop>{} << 0 << QDate(2026, 2, 28)
        << QList<QDate>{QDate(2026, 2, 28), QDate(2026, 3, 1)} << QDate(2026, 3, 2) << QDate(2026, 4, 30);
    QTest::newRow("2026-01-31 fr: month-end clamp to 2026-02-28 Sat, skip Sat+Sun -> Mon 2026-03-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 1, 31) << QList<ClockStop>{} << 0 << QDate(2026, 2, 28)
        << QList<QDate>{QDate(2026, 2, 28), QDate(2026, 3, 1)} << QDate(2026, 3, 2) << QDate(2026, 4, 30);
    QTest::newRow("2026-02-28 fr: +1 month 2026-03-28 Sat, skip Sat+Sun -> Mon 2026-03-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 2, 28) << QList<ClockStop>{} << 0 << QDate(2026, 3, 28)
        << QList<QDate>{QDate(2026, 3, 28), QDate(2026, 3, 29)} << QDate(2026, 3, 30) << QDate(2026, 5, 28);
    QTest::newRow("2026-03-28 fr: +1 month 2026-04-28 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 28) << QList<ClockStop>{} << 0 << QDate(2026, 4, 28)
        << QList<QDate>{} << QDate(2026, 4, 28) << QDate(2026, 6, 29);
    QTest::newRow("2026-03-29 fr: +1 month 2026-04-29 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 29) << QList<ClockStop>{} << 0 << QDate(2026, 4, 29)
        << QList<QDate>{} << QDate(2026, 4, 29) << QDate(2026, 6, 29);
    QTest::newRow("2026-03-30 fr: +1 month 2026-04-30 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 30) << QList<ClockStop>{} << 0 << QDate(2026, 4, 30)
        << QList<QDate>{} << QDate(2026, 4, 30) << QDate(2026, 6, 30);
    QTest::newRow("2026-03-31 fr: month-end clamp to 2026-04-30 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 31) << QList<ClockStop>{} << 0 << QDate(2026, 4, 30)
        << QList<QDate>{} << QDate(2026, 4, 30) << QDate(2026, 6, 30);
    QTest::newRow("2026-04-28 fr: +1 month 2026-05-28 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 4, 28) << QList<ClockStop>{} << 0 << QDate(2026, 5, 28)
        << QList<QDate>{} << QDate(2026, 5, 28) << QDate(2026, 7, 28);
    QTest::newRow("2026-04-29 fr: +1 month 2026-05-29 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 4, 29) << QList<ClockStop>{} << 0 << QDate(2026, 5, 29)
        << QList<QDate>{} << QDate(2026, 5, 29) << QDate(2026, 7, 29);
    QTest::newRow("2026-04-30 fr: +1 month 2026-05-30 Sat, skip Sat+Sun -> Mon 2026-06-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 4, 30) << QList<ClockStop>{} << 0 << QDate(2026, 5, 30)
        << QList<QDate>{QDate(2026, 5, 30), QDate(2026, 5, 31)} << QDate(2026, 6, 1) << QDate(2026, 7, 30);
    QTest::newRow("2026-05-28 fr: +1 month 2026-06-28 Sun, skip Sun -> Mon 2026-06-29")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 5, 28) << QList<ClockStop>{} << 0 << QDate(2026, 6, 28)
        << QList<QDate>{QDate(2026, 6, 28)} << QDate(2026, 6, 29) << QDate(2026, 8, 28);
    QTest::newRow("2026-05-29 fr: +1 month 2026-06-29 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 5, 29) << QList<ClockStop>{} << 0 << QDate(2026, 6, 29)
        << QList<QDate>{} << QDate(2026, 6, 29) << QDate(2026, 8, 31);
    QTest::newRow("2026-05-30 fr: +1 month 2026-06-30 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 5, 30) << QList<ClockStop>{} << 0 << QDate(2026, 6, 30)
        << QList<QDate>{} << QDate(2026, 6, 30) << QDate(2026, 8, 31);
    QTest::newRow("2026-05-31 fr: month-end clamp to 2026-06-30 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 5, 31) << QList<ClockStop>{} << 0 << QDate(2026, 6, 30)
        << QList<QDate>{} << QDate(2026, 6, 30) << QDate(2026, 8, 31);
    QTest::newRow("2026-06-28 fr: +1 month 2026-07-28 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 6, 28) << QList<ClockStop>{} << 0 << QDate(2026, 7, 28)
        << QList<QDate>{} << QDate(2026, 7, 28) << QDate(2026, 9, 28);
    QTest::newRow("2026-06-29 fr: +1 month 2026-07-29 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 6, 29) << QList<ClockStop>{} << 0 << QDate(2026, 7, 29)
        << QList<QDate>{} << QDate(2026, 7, 29) << QDate(2026, 9, 29);
    QTest::newRow("2026-06-30 fr: +1 month 2026-07-30 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 6, 30) << QList<ClockStop>{} << 0 << QDate(2026, 7, 30)
        << QList<QDate>{} << QDate(2026, 7, 30) << QDate(2026, 9, 30);
    QTest::newRow("2026-07-28 fr: +1 month 2026-08-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 7, 28) << QList<ClockStop>{} << 0 << QDate(2026, 8, 28)
        << QList<QDate>{} << QDate(2026, 8, 28) << QDate(2026, 10, 28);
    QTest::newRow("2026-07-29 fr: +1 month 2026-08-29 Sat, skip Sat+Sun -> Mon 2026-08-31")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 7, 29) << QList<ClockStop>{} << 0 << QDate(2026, 8, 29)
        << QList<QDate>{QDate(2026, 8, 29), QDate(2026, 8, 30)} << QDate(2026, 8, 31) << QDate(2026, 10, 29);
    QTest::newRow("2026-07-30 fr: +1 month 2026-08-30 Sun, skip Sun -> Mon 2026-08-31")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 7, 30) << QList<ClockStop>{} << 0 << QDate(2026, 8, 30)
        << QList<QDate>{QDate(2026, 8, 30)} << QDate(2026, 8, 31) << QDate(2026, 10, 30);
    QTest::newRow("2026-07-31 fr: +1 month 2026-08-31 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 7, 31) << QList<ClockStop>{} << 0 << QDate(2026, 8, 31)
        << QList<QDate>{} << QDate(2026, 8, 31) << QDate(2026, 11, 2);
    QTest::newRow("2026-08-28 fr: +1 month 2026-09-28 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 8, 28) << QList<ClockStop>{} << 0 << QDate(2026, 9, 28)
        << QList<QDate>{} << QDate(2026, 9, 28) << QDate(2026, 11, 30);
    QTest::newRow("2026-08-29 fr: +1 month 2026-09-29 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 8, 29) << QList<ClockStop>{} << 0 << QDate(2026, 9, 29)
        << QList<QDate>{} << QDate(2026, 9, 29) << QDate(2026, 11, 30);
    QTest::newRow("2026-08-30 fr: +1 month 2026-09-30 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 8, 30) << QList<ClockStop>{} << 0 << QDate(2026, 9, 30)
        << QList<QDate>{} << QDate(2026, 9, 30) << QDate(2026, 11, 30);
    QTest::newRow("2026-08-31 fr: month-end clamp to 2026-09-30 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 8, 31) << QList<ClockStop>{} << 0 << QDate(2026, 9, 30)
        << QList<QDate>{} << QDate(2026, 9, 30) << QDate(2026, 11, 30);
    QTest::newRow("2026-09-28 fr: +1 month 2026-10-28 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 9, 28) << QList<ClockStop>{} << 0
        << QDate(2026, 10, 28) << QList<QDate>{} << QDate(2026, 10, 28) << QDate(2026, 12, 28);
    QTest::newRow("2026-09-29 fr: +1 month 2026-10-29 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 9, 29) << QList<ClockStop>{} << 0
        << QDate(2026, 10, 29) << QList<QDate>{} << QDate(2026, 10, 29) << QDate(2026, 12, 29);
    QTest::newRow("2026-09-30 fr: +1 month 2026-10-30 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 9, 30) << QList<ClockStop>{} << 0
        << QDate(2026, 10, 30) << QList<QDate>{} << QDate(2026, 10, 30) << QDate(2026, 12, 30);
    QTest::newRow("2026-10-28 fr: +1 month 2026-11-28 Sat, skip Sat+Sun -> Mon 2026-11-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 10, 28) << QList<ClockStop>{} << 0
        << QDate(2026, 11, 28) << QList<QDate>{QDate(2026, 11, 28), QDate(2026, 11, 29)} << QDate(2026, 11, 30)
        << QDate(2027, 1, 28);
    QTest::newRow("2026-10-29 fr: +1 month 2026-11-29 Sun, skip Sun -> Mon 2026-11-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 10, 29) << QList<ClockStop>{} << 0
        << QDate(2026, 11, 29) << QList<QDate>{QDate(2026, 11, 29)} << QDate(2026, 11, 30) << QDate(2027, 1, 29);
    QTest::newRow("2026-10-30 fr: +1 month 2026-11-30 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 10, 30) << QList<ClockStop>{} << 0
        << QDate(2026, 11, 30) << QList<QDate>{} << QDate(2026, 11, 30) << QDate(2027, 2, 1);
    QTest::newRow("2026-10-31 fr: month-end clamp to 2026-11-30 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 10, 31) << QList<ClockStop>{} << 0
        << QDate(2026, 11, 30) << QList<QDate>{} << QDate(2026, 11, 30) << QDate(2027, 2, 1);
    QTest::newRow("2026-11-28 fr: +1 month 2026-12-28 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 11, 28) << QList<ClockStop>{} << 0
        << QDate(2026, 12, 28) << QList<QDate>{} << QDate(2026, 12, 28) << QDate(2027, 3, 1);
    QTest::newRow("2026-11-29 fr: +1 month 2026-12-29 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 11, 29) << QList<ClockStop>{} << 0
        << QDate(2026, 12, 29) << QList<QDate>{} << QDate(2026, 12, 29) << QDate(2027, 3, 1);
    QTest::newRow("2026-11-30 fr: +1 month 2026-12-30 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 11, 30) << QList<ClockStop>{} << 0
        << QDate(2026, 12, 30) << QList<QDate>{} << QDate(2026, 12, 30) << QDate(2027, 3, 1);
    QTest::newRow("2026-12-28 fr: +1 month 2027-01-28 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 12, 28) << QList<ClockStop>{} << 0
        << QDate(2027, 1, 28) << QList<QDate>{} << QDate(2027, 1, 28) << QDate(2027, 3, 30);
    QTest::newRow("2026-12-29 fr: +1 month 2027-01-29 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 12, 29) << QList<ClockStop>{} << 0
        << QDate(2027, 1, 29) << QList<QDate>{} << QDate(2027, 1, 29) << QDate(2027, 3, 30);
    QTest::newRow("2026-12-30 fr: +1 month 2027-01-30 Sat, skip Sat+Sun -> Mon 2027-02-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 12, 30) << QList<ClockStop>{} << 0
        << QDate(2027, 1, 30) << QList<QDate>{QDate(2027, 1, 30), QDate(2027, 1, 31)} << QDate(2027, 2, 1)
        << QDate(2027, 3, 30);
    QTest::newRow("2026-12-31 fr: +1 month 2027-01-31 Sun, skip Sun -> Mon 2027-02-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 12, 31) << QList<ClockStop>{} << 0
        << QDate(2027, 1, 31) << QList<QDate>{QDate(2027, 1, 31)} << QDate(2027, 2, 1) << QDate(2027, 3, 31);
    QTest::newRow("2027-01-28 fr: +1 month 2027-02-28 Sun, skip Sun -> Mon 2027-03-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 1, 28) << QList<ClockStop>{} << 0 << QDate(2027, 2, 28)
        << QList<QDate>{QDate(2027, 2, 28)} << QDate(2027, 3, 1) << QDate(2027, 4, 28);
    QTest::newRow("2027-01-29 fr: month-end clamp to 2027-02-28 Sun, skip Sun -> Mon 2027-03-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 1, 29) << QList<ClockStop>{} << 0 << QDate(2027, 2, 28)
        << QList<QDate>{QDate(2027, 2, 28)} << QDate(2027, 3, 1) << QDate(2027, 4, 29);
    QTest::newRow("2027-01-30 fr: month-end clamp to 2027-02-28 Sun, skip Sun -> Mon 2027-03-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 1, 30) << QList<ClockStop>{} << 0 << QDate(2027, 2, 28)
        << QList<QDate>{QDate(2027, 2, 28)} << QDate(2027, 3, 1) << QDate(2027, 4, 30);
    QTest::newRow("2027-01-31 fr: month-end clamp to 2027-02-28 Sun, skip Sun -> Mon 2027-03-01")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 1, 31) << QList<ClockStop>{} << 0 << QDate(2027, 2, 28)
        << QList<QDate>{QDate(2027, 2, 28)} << QDate(2027, 3, 1) << QDate(2027, 4, 30);
    QTest::newRow("2027-02-28 fr: +1 month 2027-03-28 Sun, skip Sun+Easter Monday -> Tue 2027-03-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 2, 28) << QList<ClockStop>{} << 0 << QDate(2027, 3, 28)
        << QList<QDate>{QDate(2027, 3, 28), QDate(2027, 3, 29)} << QDate(2027, 3, 30) << QDate(2027, 5, 28);
    QTest::newRow("2027-03-28 fr: +1 month 2027-04-28 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 3, 28) << QList<ClockStop>{} << 0 << QDate(2027, 4, 28)
        << QList<QDate>{} << QDate(2027, 4, 28) << QDate(2027, 6, 28);
    QTest::newRow("2027-03-29 fr: +1 month 2027-04-29 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 3, 29) << QList<ClockStop>{} << 0 << QDate(2027, 4, 29)
        << QList<QDate>{} << QDate(2027, 4, 29) << QDate(2027, 6, 29);
    QTest::newRow("2027-03-30 fr: +1 month 2027-04-30 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 3, 30) << QList<ClockStop>{} << 0 << QDate(2027, 4, 30)
        << QList<QDate>{} << QDate(2027, 4, 30) << QDate(2027, 6, 30);
    QTest::newRow("2027-03-31 fr: month-end clamp to 2027-04-30 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 3, 31) << QList<ClockStop>{} << 0 << QDate(2027, 4, 30)
        << QList<QDate>{} << QDate(2027, 4, 30) << QDate(2027, 6, 30);
    QTest::newRow("2027-04-28 fr: +1 month 2027-05-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 4, 28) << QList<ClockStop>{} << 0 << QDate(2027, 5, 28)
        << QList<QDate>{} << QDate(2027, 5, 28) << QDate(2027, 7, 28);
    QTest::newRow("2027-04-29 fr: +1 month 2027-05-29 Sat, skip Sat+Sun -> Mon 2027-05-31")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 4, 29) << QList<ClockStop>{} << 0 << QDate(2027, 5, 29)
        << QList<QDate>{QDate(2027, 5, 29), QDate(2027, 5, 30)} << QDate(2027, 5, 31) << QDate(2027, 7, 29);
    QTest::newRow("2027-04-30 fr: +1 month 2027-05-30 Sun, skip Sun -> Mon 2027-05-31")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 4, 30) << QList<ClockStop>{} << 0 << QDate(2027, 5, 30)
        << QList<QDate>{QDate(2027, 5, 30)} << QDate(2027, 5, 31) << QDate(2027, 7, 30);
    QTest::newRow("2027-05-28 fr: +1 month 2027-06-28 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 5, 28) << QList<ClockStop>{} << 0 << QDate(2027, 6, 28)
        << QList<QDate>{} << QDate(2027, 6, 28) << QDate(2027, 8, 30);
    QTest::newRow("2027-05-29 fr: +1 month 2027-06-29 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 5, 29) << QList<ClockStop>{} << 0 << QDate(2027, 6, 29)
        << QList<QDate>{} << QDate(2027, 6, 29) << QDate(2027, 8, 30);
    QTest::newRow("2027-05-30 fr: +1 month 2027-06-30 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 5, 30) << QList<ClockStop>{} << 0 << QDate(2027, 6, 30)
        << QList<QDate>{} << QDate(2027, 6, 30) << QDate(2027, 8, 30);
    QTest::newRow("2027-05-31 fr: month-end clamp to 2027-06-30 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 5, 31) << QList<ClockStop>{} << 0 << QDate(2027, 6, 30)
        << QList<QDate>{} << QDate(2027, 6, 30) << QDate(2027, 8, 31);
    QTest::newRow("2027-06-28 fr: +1 month 2027-07-28 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 6, 28) << QList<ClockStop>{} << 0 << QDate(2027, 7, 28)
        << QList<QDate>{} << QDate(2027, 7, 28) << QDate(2027, 9, 28);
    QTest::newRow("2027-06-29 fr: +1 month 2027-07-29 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 6, 29) << QList<ClockStop>{} << 0 << QDate(2027, 7, 29)
        << QList<QDate>{} << QDate(2027, 7, 29) << QDate(2027, 9, 29);
    QTest::newRow("2027-06-30 fr: +1 month 2027-07-30 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 6, 30) << QList<ClockStop>{} << 0 << QDate(2027, 7, 30)
        << QList<QDate>{} << QDate(2027, 7, 30) << QDate(2027, 9, 30);
    QTest::newRow("2027-07-28 fr: +1 month 2027-08-28 Sat, skip Sat+Sun -> Mon 2027-08-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 7, 28) << QList<ClockStop>{} << 0 << QDate(2027, 8, 28)
        << QList<QDate>{QDate(2027, 8, 28), QDate(2027, 8, 29)} << QDate(2027, 8, 30) << QDate(2027, 10, 28);
    QTest::newRow("2027-07-29 fr: +1 month 2027-08-29 Sun, skip Sun -> Mon 2027-08-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 7, 29) << QList<ClockStop>{} << 0 << QDate(2027, 8, 29)
        << QList<QDate>{QDate(2027, 8, 29)} << QDate(2027, 8, 30) << QDate(2027, 10, 29);
    QTest::newRow("2027-07-30 fr: +1 month 2027-08-30 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 7, 30) << QList<ClockStop>{} << 0 << QDate(2027, 8, 30)
        << QList<QDate>{} << QDate(2027, 8, 30) << QDate(2027, 11, 2);
    QTest::newRow("2027-07-31 fr: +1 month 2027-08-31 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 7, 31) << QList<ClockStop>{} << 0 << QDate(2027, 8, 31)
        << QList<QDate>{} << QDate(2027, 8, 31) << QDate(2027, 11, 2);
    QTest::newRow("2027-08-28 fr: +1 month 2027-09-28 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 8, 28) << QList<ClockStop>{} << 0 << QDate(2027, 9, 28)
        << QList<QDate>{} << QDate(2027, 9, 28) << QDate(2027, 11, 29);
    QTest::newRow("2027-08-29 fr: +1 month 2027-09-29 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 8, 29) << QList<ClockStop>{} << 0 << QDate(2027, 9, 29)
        << QList<QDate>{} << QDate(2027, 9, 29) << QDate(2027, 11, 29);
    QTest::newRow("2027-08-30 fr: +1 month 2027-09-30 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 8, 30) << QList<ClockStop>{} << 0 << QDate(2027, 9, 30)
        << QList<QDate>{} << QDate(2027, 9, 30) << QDate(2027, 11, 30);
    QTest::newRow("2027-08-31 fr: month-end clamp to 2027-09-30 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 8, 31) << QList<ClockStop>{} << 0 << QDate(2027, 9, 30)
        << QList<QDate>{} << QDate(2027, 9, 30) << QDate(2027, 11, 30);
    QTest::newRow("2027-09-28 fr: +1 month 2027-10-28 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 9, 28) << QList<ClockStop>{} << 0
        << QDate(2027, 10, 28) << QList<QDate>{} << QDate(2027, 10, 28) << QDate(2027, 12, 28);
    QTest::newRow("2027-09-29 fr: +1 month 2027-10-29 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 9, 29) << QList<ClockStop>{} << 0
        << QDate(2027, 10, 29) << QList<QDate>{} << QDate(2027, 10, 29) << QDate(2027, 12, 29);
    QTest::newRow("2027-09-30 fr: +1 month 2027-10-30 Sat, skip Sat+Sun+All Saints -> Tue 2027-11-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 9, 30) << QList<ClockStop>{} << 0
        << QDate(2027, 10, 30) << QList<QDate>{QDate(2027, 10, 30), QDate(2027, 10, 31), QDate(2027, 11, 1)}
        << QDate(2027, 11, 2) << QDate(2027, 12, 30);
    QTest::newRow("2027-10-28 fr: +1 month 2027-11-28 Sun, skip Sun -> Mon 2027-11-29")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 10, 28) << QList<ClockStop>{} << 0
        << QDate(2027, 11, 28) << QList<QDate>{QDate(2027, 11, 28)} << QDate(2027, 11, 29) << QDate(2028, 1, 28);
    QTest::newRow("2027-10-29 fr: +1 month 2027-11-29 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 10, 29) << QList<ClockStop>{} << 0
        << QDate(2027, 11, 29) << QList<QDate>{} << QDate(2027, 11, 29) << QDate(2028, 1, 31);
    QTest::newRow("2027-10-30 fr: +1 month 2027-11-30 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 10, 30) << QList<ClockStop>{} << 0
        << QDate(2027, 11, 30) << QList<QDate>{} << QDate(2027, 11, 30) << QDate(2028, 1, 31);
    QTest::newRow("2027-10-31 fr: month-end clamp to 2027-11-30 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 10, 31) << QList<ClockStop>{} << 0
        << QDate(2027, 11, 30) << QList<QDate>{} << QDate(2027, 11, 30) << QDate(2028, 1, 31);
    QTest::newRow("2027-11-28 fr: +1 month 2027-12-28 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 11, 28) << QList<ClockStop>{} << 0
        << QDate(2027, 12, 28) << QList<QDate>{} << QDate(2027, 12, 28) << QDate(2028, 2, 28);
    QTest::newRow("2027-11-29 fr: +1 month 2027-12-29 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 11, 29) << QList<ClockStop>{} << 0
        << QDate(2027, 12, 29) << QList<QDate>{} << QDate(2027, 12, 29) << QDate(2028, 2, 29);
    QTest::newRow("2027-11-30 fr: +1 month 2027-12-30 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 11, 30) << QList<ClockStop>{} << 0
        << QDate(2027, 12, 30) << QList<QDate>{} << QDate(2027, 12, 30) << QDate(2028, 2, 29);
    QTest::newRow("2027-12-28 fr: +1 month 2028-01-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 12, 28) << QList<ClockStop>{} << 0
        << QDate(2028, 1, 28) << QList<QDate>{} << QDate(2028, 1, 28) << QDate(2028, 3, 28);
    QTest::newRow("2027-12-29 fr: +1 month 2028-01-29 Sat, skip Sat+Sun -> Mon 2028-01-31")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 12, 29) << QList<ClockStop>{} << 0
        << QDate(2028, 1, 29) << QList<QDate>{QDate(2028, 1, 29), QDate(2028, 1, 30)} << QDate(2028, 1, 31)
        << QDate(2028, 3, 29);
    QTest::newRow("2027-12-30 fr: +1 month 2028-01-30 Sun, skip Sun -> Mon 2028-01-31")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 12, 30) << QList<ClockStop>{} << 0
        << QDate(2028, 1, 30) << QList<QDate>{QDate(2028, 1, 30)} << QDate(2028, 1, 31) << QDate(2028, 3, 30);
    QTest::newRow("2027-12-31 fr: +1 month 2028-01-31 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 12, 31) << QList<ClockStop>{} << 0
        << QDate(2028, 1, 31) << QList<QDate>{} << QDate(2028, 1, 31) << QDate(2028, 3, 31);
    QTest::newRow("2028-01-28 fr: +1 month 2028-02-28 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 1, 28) << QList<ClockStop>{} << 0 << QDate(2028, 2, 28)
        << QList<QDate>{} << QDate(2028, 2, 28) << QDate(2028, 4, 28);
    QTest::newRow("2028-01-29 fr: +1 month 2028-02-29 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 1, 29) << QList<ClockStop>{} << 0 << QDate(2028, 2, 29)
        << QList<QDate>{} << QDate(2028, 2, 29) << QDate(2028, 5, 2);
    QTest::newRow("2028-01-30 fr: month-end clamp to 2028-02-29 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 1, 30) << QList<ClockStop>{} << 0 << QDate(2028, 2, 29)
        << QList<QDate>{} << QDate(2028, 2, 29) << QDate(2028, 5, 2);
    QTest::newRow("2028-01-31 fr: month-end clamp to 2028-02-29 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 1, 31) << QList<ClockStop>{} << 0 << QDate(2028, 2, 29)
        << QList<QDate>{} << QDate(2028, 2, 29) << QDate(2028, 5, 2);
    QTest::newRow("2028-02-28 fr: +1 month 2028-03-28 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 2, 28) << QList<ClockStop>{} << 0 << QDate(2028, 3, 28)
        << QList<QDate>{} << QDate(2028, 3, 28) << QDate(2028, 5, 29);
    QTest::newRow("2028-02-29 fr: +1 month 2028-03-29 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 2, 29) << QList<ClockStop>{} << 0 << QDate(2028, 3, 29)
        << QList<QDate>{} << QDate(2028, 3, 29) << QDate(2028, 5, 29);
    QTest::newRow("2028-03-28 fr: +1 month 2028-04-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 3, 28) << QList<ClockStop>{} << 0 << QDate(2028, 4, 28)
        << QList<QDate>{} << QDate(2028, 4, 28) << QDate(2028, 6, 28);
    QTest::newRow("2028-03-29 fr: +1 month 2028-04-29 Sat, skip Sat+Sun+Labour Day -> Tue 2028-05-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 3, 29) << QList<ClockStop>{} << 0 << QDate(2028, 4, 29)
        << QList<QDate>{QDate(2028, 4, 29), QDate(2028, 4, 30), QDate(2028, 5, 1)} << QDate(2028, 5, 2)
        << QDate(2028, 6, 29);
    QTest::newRow("2028-03-30 fr: +1 month 2028-04-30 Sun, skip Sun+Labour Day -> Tue 2028-05-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 3, 30) << QList<ClockStop>{} << 0 << QDate(2028, 4, 30)
        << QList<QDate>{QDate(2028, 4, 30), QDate(2028, 5, 1)} << QDate(2028, 5, 2) << QDate(2028, 6, 30);
    QTest::newRow("2028-03-31 fr: month-end clamp to 2028-04-30 Sun, skip Sun+Labour Day -> Tue 2028-05-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 3, 31) << QList<ClockStop>{} << 0 << QDate(2028, 4, 30)
        << QList<QDate>{QDate(2028, 4, 30), QDate(2028, 5, 1)} << QDate(2028, 5, 2) << QDate(2028, 6, 30);
    QTest::newRow("2028-04-28 fr: +1 month 2028-05-28 Sun, skip Sun -> Mon 2028-05-29")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 4, 28) << QList<ClockStop>{} << 0 << QDate(2028, 5, 28)
        << QList<QDate>{QDate(2028, 5, 28)} << QDate(2028, 5, 29) << QDate(2028, 7, 28);
    QTest::newRow("2028-04-29 fr: +1 month 2028-05-29 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 4, 29) << QList<ClockStop>{} << 0 << QDate(2028, 5, 29)
        << QList<QDate>{} << QDate(2028, 5, 29) << QDate(2028, 7, 31);
    QTest::newRow("2028-04-30 fr: +1 month 2028-05-30 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 4, 30) << QList<ClockStop>{} << 0 << QDate(2028, 5, 30)
        << QList<QDate>{} << QDate(2028, 5, 30) << QDate(2028, 7, 31);
    QTest::newRow("2028-05-28 fr: +1 month 2028-06-28 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 5, 28) << QList<ClockStop>{} << 0 << QDate(2028, 6, 28)
        << QList<QDate>{} << QDate(2028, 6, 28) << QDate(2028, 8, 28);
    QTest::newRow("2028-05-29 fr: +1 month 2028-06-29 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 5, 29) << QList<ClockStop>{} << 0 << QDate(2028, 6, 29)
        << QList<QDate>{} << QDate(2028, 6, 29) << QDate(2028, 8, 29);
    QTest::newRow("2028-05-30 fr: +1 month 2028-06-30 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 5, 30) << QList<ClockStop>{} << 0 << QDate(2028, 6, 30)
        << QList<QDate>{} << QDate(2028, 6, 30) << QDate(2028, 8, 30);
    QTest::newRow("2028-05-31 fr: month-end clamp to 2028-06-30 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 5, 31) << QList<ClockStop>{} << 0 << QDate(2028, 6, 30)
        << QList<QDate>{} << QDate(2028, 6, 30) << QDate(2028, 8, 31);
    QTest::newRow("2028-06-28 fr: +1 month 2028-07-28 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 6, 28) << QList<ClockStop>{} << 0 << QDate(2028, 7, 28)
        << QList<QDate>{} << QDate(2028, 7, 28) << QDate(2028, 9, 28);
    QTest::newRow("2028-06-29 fr: +1 month 2028-07-29 Sat, skip Sat+Sun -> Mon 2028-07-31")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 6, 29) << QList<ClockStop>{} << 0 << QDate(2028, 7, 29)
        << QList<QDate>{QDate(2028, 7, 29), QDate(2028, 7, 30)} << QDate(2028, 7, 31) << QDate(2028, 9, 29);
    QTest::newRow("2028-06-30 fr: +1 month 2028-07-30 Sun, skip Sun -> Mon 2028-07-31")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 6, 30) << QList<ClockStop>{} << 0 << QDate(2028, 7, 30)
        << QList<QDate>{QDate(2028, 7, 30)} << QDate(2028, 7, 31) << QDate(2028, 10, 2);
    QTest::newRow("2028-07-28 fr: +1 month 2028-08-28 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 7, 28) << QList<ClockStop>{} << 0 << QDate(2028, 8, 28)
        << QList<QDate>{} << QDate(2028, 8, 28) << QDate(2028, 10, 30);
    QTest::newRow("2028-07-29 fr: +1 month 2028-08-29 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 7, 29) << QList<ClockStop>{} << 0 << QDate(2028, 8, 29)
        << QList<QDate>{} << QDate(2028, 8, 29) << QDate(2028, 10, 30);
    QTest::newRow("2028-07-30 fr: +1 month 2028-08-30 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 7, 30) << QList<ClockStop>{} << 0 << QDate(2028, 8, 30)
        << QList<QDate>{} << QDate(2028, 8, 30) << QDate(2028, 10, 30);
    QTest::newRow("2028-07-31 fr: +1 month 2028-08-31 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 7, 31) << QList<ClockStop>{} << 0 << QDate(2028, 8, 31)
        << QList<QDate>{} << QDate(2028, 8, 31) << QDate(2028, 10, 31);
    QTest::newRow("2028-08-28 fr: +1 month 2028-09-28 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 8, 28) << QList<ClockStop>{} << 0 << QDate(2028, 9, 28)
        << QList<QDate>{} << QDate(2028, 9, 28) << QDate(2028, 11, 28);
    QTest::newRow("2028-08-29 fr: +1 month 2028-09-29 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 8, 29) << QList<ClockStop>{} << 0 << QDate(2028, 9, 29)
        << QList<QDate>{} << QDate(2028, 9, 29) << QDate(2028, 11, 29);
    QTest::newRow("2028-08-30 fr: +1 month 2028-09-30 Sat, skip Sat+Sun -> Mon 2028-10-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 8, 30) << QList<ClockStop>{} << 0 << QDate(2028, 9, 30)
        << QList<QDate>{QDate(2028, 9, 30), QDate(2028, 10, 1)} << QDate(2028, 10, 2) << QDate(2028, 11, 30);
    QTest::newRow("2028-08-31 fr: month-end clamp to 2028-09-30 Sat, skip Sat+Sun -> Mon 2028-10-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 8, 31) << QList<ClockStop>{} << 0 << QDate(2028, 9, 30)
        << QList<QDate>{QDate(2028, 9, 30), QDate(2028, 10, 1)} << QDate(2028, 10, 2) << QDate(2028, 11, 30);
    QTest::newRow("2028-09-28 fr: +1 month 2028-10-28 Sat, skip Sat+Sun -> Mon 2028-10-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 9, 28) << QList<ClockStop>{} << 0
        << QDate(2028, 10, 28) << QList<QDate>{QDate(2028, 10, 28), QDate(2028, 10, 29)} << QDate(2028, 10, 30)
        << QDate(2028, 12, 28);
    QTest::newRow("2028-09-29 fr: +1 month 2028-10-29 Sun, skip Sun -> Mon 2028-10-30")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 9, 29) << QList<ClockStop>{} << 0
        << QDate(2028, 10, 29) << QList<QDate>{QDate(2028, 10, 29)} << QDate(2028, 10, 30) << QDate(2028, 12, 29);
    QTest::newRow("2028-09-30 fr: +1 month 2028-10-30 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 9, 30) << QList<ClockStop>{} << 0
        << QDate(2028, 10, 30) << QList<QDate>{} << QDate(2028, 10, 30) << QDate(2029, 1, 2);
    QTest::newRow("2028-10-28 fr: +1 month 2028-11-28 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 10, 28) << QList<ClockStop>{} << 0
        << QDate(2028, 11, 28) << QList<QDate>{} << QDate(2028, 11, 28) << QDate(2029, 1, 29);
    QTest::newRow("2028-10-29 fr: +1 month 2028-11-29 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 10, 29) << QList<ClockStop>{} << 0
        << QDate(2028, 11, 29) << QList<QDate>{} << QDate(2028, 11, 29) << QDate(2029, 1, 29);
    QTest::newRow("2028-10-30 fr: +1 month 2028-11-30 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 10, 30) << QList<ClockStop>{} << 0
        << QDate(2028, 11, 30) << QList<QDate>{} << QDate(2028, 11, 30) << QDate(2029, 1, 30);
    QTest::newRow("2028-10-31 fr: month-end clamp to 2028-11-30 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 10, 31) << QList<ClockStop>{} << 0
        << QDate(2028, 11, 30) << QList<QDate>{} << QDate(2028, 11, 30) << QDate(2029, 1, 31);
    QTest::newRow("2028-11-28 fr: +1 month 2028-12-28 Thu, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 11, 28) << QList<ClockStop>{} << 0
        << QDate(2028, 12, 28) << QList<QDate>{} << QDate(2028, 12, 28) << QDate(2029, 2, 28);
    QTest::newRow("2028-11-29 fr: +1 month 2028-12-29 Fri, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 11, 29) << QList<ClockStop>{} << 0
        << QDate(2028, 12, 29) << QList<QDate>{} << QDate(2028, 12, 29) << QDate(2029, 2, 28);
    QTest::newRow("2028-11-30 fr: +1 month 2028-12-30 Sat, skip Sat+Sun+New Year -> Tue 2029-01-02")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 11, 30) << QList<ClockStop>{} << 0
        << QDate(2028, 12, 30) << QList<QDate>{QDate(2028, 12, 30), QDate(2028, 12, 31), QDate(2029, 1, 1)}
        << QDate(2029, 1, 2) << QDate(2029, 2, 28);
    QTest::newRow("2028-12-28 fr: +1 month 2029-01-28 Sun, skip Sun -> Mon 2029-01-29")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 12, 28) << QList<ClockStop>{} << 0
        << QDate(2029, 1, 28) << QList<QDate>{QDate(2029, 1, 28)} << QDate(2029, 1, 29) << QDate(2029, 3, 28);
    QTest::newRow("2028-12-29 fr: +1 month 2029-01-29 Mon, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 12, 29) << QList<ClockStop>{} << 0
        << QDate(2029, 1, 29) << QList<QDate>{} << QDate(2029, 1, 29) << QDate(2029, 3, 29);
    QTest::newRow("2028-12-30 fr: +1 month 2029-01-30 Tue, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 12, 30) << QList<ClockStop>{} << 0
        << QDate(2029, 1, 30) << QList<QDate>{} << QDate(2029, 1, 30) << QDate(2029, 3, 30);
    QTest::newRow("2028-12-31 fr: +1 month 2029-01-31 Wed, a working day")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 12, 31) << QList<ClockStop>{} << 0
        << QDate(2029, 1, 31) << QList<QDate>{} << QDate(2029, 1, 31) << QDate(2029, 4, 3);
    // END GENERATED monthEnds
    // clang-format on
}

void TestDeadlineCalculator::monthEnds()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::leapYears_data()
{
    addDeadlineColumns();
    // clang-format off
    // BEGIN GENERATED leapYears
    QTest::newRow("leap year 2024: 29 January -> 29 February exists (2024-01-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2024, 1, 29) << QList<ClockStop>{} << 0 << QDate(2024, 2, 29)
        << QList<QDate>{} << QDate(2024, 2, 29) << QDate(2024, 4, 29);
    QTest::newRow("leap year 2024: 30 January clamps to 29 February (2024-01-30 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2024, 1, 30) << QList<ClockStop>{} << 0 << QDate(2024, 2, 29)
        << QList<QDate>{} << QDate(2024, 2, 29) << QDate(2024, 4, 30);
    QTest::newRow("leap year 2024: 31 January clamps to 29 February (2024-01-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2024, 1, 31) << QList<ClockStop>{} << 0 << QDate(2024, 2, 29)
        << QList<QDate>{} << QDate(2024, 2, 29) << QDate(2024, 4, 30);
    QTest::newRow("leap day 2024 received -> 29 March (2024-02-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2024, 2, 29) << QList<ClockStop>{} << 0 << QDate(2024, 3, 29)
        << QList<QDate>{} << QDate(2024, 3, 29) << QDate(2024, 5, 29);
    QTest::newRow("leap year 2024: extended from 29 November reaches 29 February (2023-11-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2023, 11, 29) << QList<ClockStop>{} << 0
        << QDate(2023, 12, 29) << QList<QDate>{} << QDate(2023, 12, 29) << QDate(2024, 2, 29);
    QTest::newRow("leap year 2024: extended from 30 November clamps to 29 February (2023-11-30 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2023, 11, 30) << QList<ClockStop>{} << 0
        << QDate(2023, 12, 30) << QList<QDate>{QDate(2023, 12, 30), QDate(2023, 12, 31), QDate(2024, 1, 1)}
        << QDate(2024, 1, 2) << QDate(2024, 2, 29);
    QTest::newRow("leap year 2028: 29 January -> 29 February (2028-01-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 1, 29) << QList<ClockStop>{} << 0 << QDate(2028, 2, 29)
        << QList<QDate>{} << QDate(2028, 2, 29) << QDate(2028, 5, 2);
    QTest::newRow("leap year 2028: 30 January clamps to 29 February (2028-01-30 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 1, 30) << QList<ClockStop>{} << 0 << QDate(2028, 2, 29)
        << QList<QDate>{} << QDate(2028, 2, 29) << QDate(2028, 5, 2);
    QTest::newRow("leap year 2028: 28 February -> 28 March (2028-02-28 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 2, 28) << QList<ClockStop>{} << 0 << QDate(2028, 3, 28)
        << QList<QDate>{} << QDate(2028, 3, 28) << QDate(2028, 5, 29);
    QTest::newRow("leap day 2028 received -> 29 March (2028-02-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 2, 29) << QList<ClockStop>{} << 0 << QDate(2028, 3, 29)
        << QList<QDate>{} << QDate(2028, 3, 29) << QDate(2028, 5, 29);
    QTest::newRow("leap year 2028: extended from 30 November clamps to 29 February (2027-11-30 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 11, 30) << QList<ClockStop>{} << 0
        << QDate(2027, 12, 30) << QList<QDate>{} << QDate(2027, 12, 30) << QDate(2028, 2, 29);
    QTest::newRow("common year 2027: 31 January clamps to 28 February (2027-01-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 1, 31) << QList<ClockStop>{} << 0 << QDate(2027, 2, 28)
        << QList<QDate>{QDate(2027, 2, 28)} << QDate(2027, 3, 1) << QDate(2027, 4, 30);
    QTest::newRow("2100 not leap: 28 January -> 28 February (2100-01-28 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2100, 1, 28) << QList<ClockStop>{} << 0 << QDate(2100, 2, 28)
        << QList<QDate>{QDate(2100, 2, 28)} << QDate(2100, 3, 1) << QDate(2100, 4, 28);
    QTest::newRow("2100 not leap: 29 January clamps to 28 February (2100-01-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2100, 1, 29) << QList<ClockStop>{} << 0 << QDate(2100, 2, 28)
        << QList<QDate>{QDate(2100, 2, 28)} << QDate(2100, 3, 1) << QDate(2100, 4, 29);
    QTest::newRow("2100 not leap: 31 January clamps to 28 February (2100-01-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2100, 1, 31) << QList<ClockStop>{} << 0 << QDate(2100, 2, 28)
        << QList<QDate>{QDate(2100, 2, 28)} << QDate(2100, 3, 1) << QDate(2100, 4, 30);
    QTest::newRow("2100 not leap: 28 February -> 28 March (2100-02-28 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2100, 2, 28) << QList<ClockStop>{} << 0 << QDate(2100, 3, 28)
        << QList<QDate>{QDate(2100, 3, 28), QDate(2100, 3, 29)} << QDate(2100, 3, 30) << QDate(2100, 5, 28);
    QTest::newRow("2100 not leap: extended from 29 November clamps to 28 February (2099-11-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2099, 11, 29) << QList<ClockStop>{} << 0
        << QDate(2099, 12, 29) << QList<QDate>{} << QDate(2099, 12, 29) << QDate(2100, 3, 1);
    QTest::newRow("2000 is leap: 29 January -> 29 February (2000-01-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2000, 1, 29) << QList<ClockStop>{} << 0 << QDate(2000, 2, 29)
        << QList<QDate>{} << QDate(2000, 2, 29) << QDate(2000, 5, 2);
    QTest::newRow("2000 is leap: 31 January clamps to 29 February (2000-01-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2000, 1, 31) << QList<ClockStop>{} << 0 << QDate(2000, 2, 29)
        << QList<QDate>{} << QDate(2000, 2, 29) << QDate(2000, 5, 2);
    QTest::newRow("leap day 2000 received -> 29 March (2000-02-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2000, 2, 29) << QList<ClockStop>{} << 0 << QDate(2000, 3, 29)
        << QList<QDate>{} << QDate(2000, 3, 29) << QDate(2000, 5, 29);
    QTest::newRow("2000 is leap: extended from 30 November clamps to 29 February (1999-11-30 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(1999, 11, 30) << QList<ClockStop>{} << 0
        << QDate(1999, 12, 30) << QList<QDate>{} << QDate(1999, 12, 30) << QDate(2000, 2, 29);
    QTest::newRow("leap day 2024 -> Alsace Good Friday, Easter weekend and Monday (2024-02-29 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2024, 2, 29) << QList<ClockStop>{} << 0
        << QDate(2024, 3, 29) << QList<QDate>{QDate(2024, 3, 29), QDate(2024, 3, 30), QDate(2024, 3, 31),
            QDate(2024, 4, 1)} << QDate(2024, 4, 2) << QDate(2024, 5, 29);
    // END GENERATED leapYears
    // clang-format on
}

void TestDeadlineCalculator::leapYears()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::holidays_data()
{
    addDeadlineColumns();
    // clang-format off
    // BEGIN GENERATED holidays
    QTest::newRow("fr: lands on New Year 2025-01-01 Wed (2024-12-01 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2024, 12, 1) << QList<ClockStop>{} << 0 << QDate(2025, 1, 1)
        << QList<QDate>{QDate(2025, 1, 1)} << QDate(2025, 1, 2) << QDate(2025, 3, 3);
    QTest::newRow("fr: lands on Easter Monday 2025-04-21 Mon (2025-03-21 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 3, 21) << QList<ClockStop>{} << 0 << QDate(2025, 4, 21)
        << QList<QDate>{QDate(2025, 4, 21)} << QDate(2025, 4, 22) << QDate(2025, 6, 23);
    QTest::newRow("fr: lands on Labour Day 2025-05-01 Thu (2025-04-01 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 4, 1) << QList<ClockStop>{} << 0 << QDate(2025, 5, 1)
        << QList<QDate>{QDate(2025, 5, 1)} << QDate(2025, 5, 2) << QDate(2025, 7, 1);
    QTest::newRow("fr: lands on VE Day 2025-05-08 Thu (2025-04-08 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 4, 8) << QList<ClockStop>{} << 0 << QDate(2025, 5, 8)
        << QList<QDate>{QDate(2025, 5, 8)} << QDate(2025, 5, 9) << QDate(2025, 7, 8);
    QTest::newRow("fr: lands on Ascension 2025-05-29 Thu (2025-04-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 4, 29) << QList<ClockStop>{} << 0 << QDate(2025, 5, 29)
        << QList<QDate>{QDate(2025, 5, 29)} << QDate(2025, 5, 30) << QDate(2025, 7, 29);
    QTest::newRow("fr: lands on Whit Monday 2025-06-09 Mon (2025-05-09 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 5, 9) << QList<ClockStop>{} << 0 << QDate(2025, 6, 9)
        << QList<QDate>{QDate(2025, 6, 9)} << QDate(2025, 6, 10) << QDate(2025, 8, 11);
    QTest::newRow("fr: lands on Bastille Day 2025-07-14 Mon (2025-06-14 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 6, 14) << QList<ClockStop>{} << 0 << QDate(2025, 7, 14)
        << QList<QDate>{QDate(2025, 7, 14)} << QDate(2025, 7, 15) << QDate(2025, 9, 15);
    QTest::newRow("fr: lands on Assumption 2028-08-15 Tue (2028-07-15 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 7, 15) << QList<ClockStop>{} << 0 << QDate(2028, 8, 15)
        << QList<QDate>{QDate(2028, 8, 15)} << QDate(2028, 8, 16) << QDate(2028, 10, 16);
    QTest::newRow("fr: lands on All Saints 2027-11-01 Mon (2027-10-01 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 10, 1) << QList<ClockStop>{} << 0 << QDate(2027, 11, 1)
        << QList<QDate>{QDate(2027, 11, 1)} << QDate(2027, 11, 2) << QDate(2028, 1, 3);
    QTest::newRow("fr: lands on Armistice 2025-11-11 Tue (2025-10-11 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 10, 11) << QList<ClockStop>{} << 0
        << QDate(2025, 11, 11) << QList<QDate>{QDate(2025, 11, 11)} << QDate(2025, 11, 12) << QDate(2026, 1, 12);
    QTest::newRow("fr: lands on Christmas 2025-12-25 Thu (2025-11-25 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 11, 25) << QList<ClockStop>{} << 0
        << QDate(2025, 12, 25) << QList<QDate>{QDate(2025, 12, 25)} << QDate(2025, 12, 26) << QDate(2026, 2, 25);
    QTest::newRow("lands on Easter Sunday 2027-03-28, then Easter Monday (2027-02-28 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 2, 28) << QList<ClockStop>{} << 0 << QDate(2027, 3, 28)
        << QList<QDate>{QDate(2027, 3, 28), QDate(2027, 3, 29)} << QDate(2027, 3, 30) << QDate(2027, 5, 28);
    QTest::newRow("1 May, 8 May and Ascension inside the month add nothing (2026-04-20 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 4, 20) << QList<ClockStop>{} << 0 << QDate(2026, 5, 20)
        << QList<QDate>{} << QDate(2026, 5, 20) << QDate(2026, 7, 20);
    QTest::newRow("fr-alsace-moselle: lands on Good Friday 2025-04-18 Fri (2025-03-18 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2025, 3, 18) << QList<ClockStop>{} << 0
        << QDate(2025, 4, 18) << QList<QDate>{QDate(2025, 4, 18), QDate(2025, 4, 19), QDate(2025, 4, 20),
            QDate(2025, 4, 21)} << QDate(2025, 4, 22) << QDate(2025, 6, 18);
    QTest::newRow("control: Good Friday of fr-alsace-moselle is a working day in fr (2025-03-18 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 3, 18) << QList<ClockStop>{} << 0 << QDate(2025, 4, 18)
        << QList<QDate>{} << QDate(2025, 4, 18) << QDate(2025, 6, 18);
    QTest::newRow("fr-alsace-moselle: lands on St Stephen 2028-12-26 Tue (2028-11-26 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2028, 11, 26) << QList<ClockStop>{} << 0
        << QDate(2028, 12, 26) << QList<QDate>{QDate(2028, 12, 26)} << QDate(2028, 12, 27) << QDate(2029, 2, 26);
    QTest::newRow("control: St Stephen of fr-alsace-moselle is a working day in fr (2028-11-26 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 11, 26) << QList<ClockStop>{} << 0
        << QDate(2028, 12, 26) << QList<QDate>{} << QDate(2028, 12, 26) << QDate(2029, 2, 26);
    QTest::newRow("fr-guadeloupe: lands on Abolition of Slavery 2025-05-27 Tue (2025-04-27 fr-guadeloupe)")
        << QStringLiteral("fr-guadeloupe") << QList<QDate>{} << QDate(2025, 4, 27) << QList<ClockStop>{} << 0
        << QDate(2025, 5, 27) << QList<QDate>{QDate(2025, 5, 27)} << QDate(2025, 5, 28) << QDate(2025, 7, 28);
    QTest::newRow("control: Abolition of Slavery of fr-guadeloupe is a working day in fr (2025-04-27 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 4, 27) << QList<ClockStop>{} << 0 << QDate(2025, 5, 27)
        << QList<QDate>{} << QDate(2025, 5, 27) << QDate(2025, 7, 28);
    QTest::newRow("fr-martinique: lands on Abolition of Slavery 2025-05-22 Thu (2025-04-22 fr-martinique)")
        << QStringLiteral("fr-martinique") << QList<QDate>{} << QDate(2025, 4, 22) << QList<ClockStop>{} << 0
        << QDate(2025, 5, 22) << QList<QDate>{QDate(2025, 5, 22)} << QDate(2025, 5, 23) << QDate(2025, 7, 22);
    QTest::newRow("control: Abolition of Slavery of fr-martinique is a working day in fr (2025-04-22 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 4, 22) << QList<ClockStop>{} << 0 << QDate(2025, 5, 22)
        << QList<QDate>{} << QDate(2025, 5, 22) << QDate(2025, 7, 22);
    QTest::newRow("fr-guyane: lands on Abolition of Slavery 2025-06-10 Tue (2025-05-10 fr-guyane)")
        << QStringLiteral("fr-guyane") << QList<QDate>{} << QDate(2025, 5, 10) << QList<ClockStop>{} << 0
        << QDate(2025, 6, 10) << QList<QDate>{QDate(2025, 6, 10)} << QDate(2025, 6, 11) << QDate(2025, 8, 11);
    QTest::newRow("control: Abolition of Slavery of fr-guyane is a working day in fr (2025-05-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 5, 10) << QList<ClockStop>{} << 0 << QDate(2025, 6, 10)
        << QList<QDate>{} << QDate(2025, 6, 10) << QDate(2025, 8, 11);
    QTest::newRow("fr-reunion: lands on Abolition of Slavery 2027-12-20 Mon (2027-11-20 fr-reunion)")
        << QStringLiteral("fr-reunion") << QList<QDate>{} << QDate(2027, 11, 20) << QList<ClockStop>{} << 0
        << QDate(2027, 12, 20) << QList<QDate>{QDate(2027, 12, 20)} << QDate(2027, 12, 21) << QDate(2028, 2, 21);
    QTest::newRow("control: Abolition of Slavery of fr-reunion is a working day in fr (2027-11-20 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 11, 20) << QList<ClockStop>{} << 0
        << QDate(2027, 12, 20) << QList<QDate>{} << QDate(2027, 12, 20) << QDate(2028, 2, 21);
    QTest::newRow("fr-mayotte: lands on Abolition of Slavery 2026-04-27 Mon (2026-03-27 fr-mayotte)")
        << QStringLiteral("fr-mayotte") << QList<QDate>{} << QDate(2026, 3, 27) << QList<ClockStop>{} << 0
        << QDate(2026, 4, 27) << QList<QDate>{QDate(2026, 4, 27)} << QDate(2026, 4, 28) << QDate(2026, 6, 29);
    QTest::newRow("control: Abolition of Slavery of fr-mayotte is a working day in fr (2026-03-27 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 27) << QList<ClockStop>{} << 0 << QDate(2026, 4, 27)
        << QList<QDate>{} << QDate(2026, 4, 27) << QDate(2026, 6, 29);
    QTest::newRow("fr-saint-barthelemy: lands on Abolition of Slavery 2025-10-09 Thu (2025-09-09 fr-saint-barthelemy)")
        << QStringLiteral("fr-saint-barthelemy") << QList<QDate>{} << QDate(2025, 9, 9) << QList<ClockStop>{} << 0
        << QDate(2025, 10, 9) << QList<QDate>{QDate(2025, 10, 9)} << QDate(2025, 10, 10) << QDate(2025, 12, 9);
    QTest::newRow("control: Abolition of Slavery of fr-saint-barthelemy is a working day in fr (2025-09-09 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 9, 9) << QList<ClockStop>{} << 0 << QDate(2025, 10, 9)
        << QList<QDate>{} << QDate(2025, 10, 9) << QDate(2025, 12, 9);
    QTest::newRow("fr-saint-martin: lands on Abolition of Slavery 2025-05-27 Tue (2025-04-27 fr-saint-martin)")
        << QStringLiteral("fr-saint-martin") << QList<QDate>{} << QDate(2025, 4, 27) << QList<ClockStop>{} << 0
        << QDate(2025, 5, 27) << QList<QDate>{QDate(2025, 5, 27)} << QDate(2025, 5, 28) << QDate(2025, 7, 28);
    QTest::newRow("fr-guadeloupe: Abolition of Slavery 2027 on a Thu (2027-04-27 fr-guadeloupe)")
        << QStringLiteral("fr-guadeloupe") << QList<QDate>{} << QDate(2027, 4, 27) << QList<ClockStop>{} << 0
        << QDate(2027, 5, 27) << QList<QDate>{QDate(2027, 5, 27)} << QDate(2027, 5, 28) << QDate(2027, 7, 27);
    QTest::newRow("fr-martinique: Abolition of Slavery 2027 on a Sat (2027-04-22 fr-martinique)")
        << QStringLiteral("fr-martinique") << QList<QDate>{} << QDate(2027, 4, 22) << QList<ClockStop>{} << 0
        << QDate(2027, 5, 22) << QList<QDate>{QDate(2027, 5, 22), QDate(2027, 5, 23)} << QDate(2027, 5, 24)
        << QDate(2027, 7, 22);
    QTest::newRow("fr-guyane: Abolition of Slavery 2027 on a Thu (2027-05-10 fr-guyane)")
        << QStringLiteral("fr-guyane") << QList<QDate>{} << QDate(2027, 5, 10) << QList<ClockStop>{} << 0
        << QDate(2027, 6, 10) << QList<QDate>{QDate(2027, 6, 10)} << QDate(2027, 6, 11) << QDate(2027, 8, 10);
    QTest::newRow("fr-mayotte: Abolition of Slavery 2027 on a Tue (2027-03-27 fr-mayotte)")
        << QStringLiteral("fr-mayotte") << QList<QDate>{} << QDate(2027, 3, 27) << QList<ClockStop>{} << 0
        << QDate(2027, 4, 27) << QList<QDate>{QDate(2027, 4, 27)} << QDate(2027, 4, 28) << QDate(2027, 6, 28);
    QTest::newRow("fr-saint-barthelemy: Abolition of Slavery 2027 on a Sat (2027-09-09 fr-saint-barthelemy)")
        << QStringLiteral("fr-saint-barthelemy") << QList<QDate>{} << QDate(2027, 9, 9) << QList<ClockStop>{} << 0
        << QDate(2027, 10, 9) << QList<QDate>{QDate(2027, 10, 9), QDate(2027, 10, 10)} << QDate(2027, 10, 11)
        << QDate(2027, 12, 9);
    QTest::newRow("fr-saint-martin: Abolition of Slavery 2027 on a Thu (2027-04-27 fr-saint-martin)")
        << QStringLiteral("fr-saint-martin") << QList<QDate>{} << QDate(2027, 4, 27) << QList<ClockStop>{} << 0
        << QDate(2027, 5, 27) << QList<QDate>{QDate(2027, 5, 27)} << QDate(2027, 5, 28) << QDate(2027, 7, 27);
    QTest::newRow("fr-alsace-moselle keeps Labour Day: lands on 2025-05-01 Thu (2025-04-01 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2025, 4, 1) << QList<ClockStop>{} << 0
        << QDate(2025, 5, 1) << QList<QDate>{QDate(2025, 5, 1)} << QDate(2025, 5, 2) << QDate(2025, 7, 1);
    QTest::newRow("fr-guadeloupe keeps Whit Monday: lands on 2025-06-09 Mon (2025-05-09 fr-guadeloupe)")
        << QStringLiteral("fr-guadeloupe") << QList<QDate>{} << QDate(2025, 5, 9) << QList<ClockStop>{} << 0
        << QDate(2025, 6, 9) << QList<QDate>{QDate(2025, 6, 9)} << QDate(2025, 6, 10) << QDate(2025, 8, 11);
    QTest::newRow("fr-martinique keeps All Saints: lands on 2027-11-01 Mon (2027-10-01 fr-martinique)")
        << QStringLiteral("fr-martinique") << QList<QDate>{} << QDate(2027, 10, 1) << QList<ClockStop>{} << 0
        << QDate(2027, 11, 1) << QList<QDate>{QDate(2027, 11, 1)} << QDate(2027, 11, 2) << QDate(2028, 1, 3);
    QTest::newRow("fr-guyane keeps New Year: lands on 2025-01-01 Wed (2024-12-01 fr-guyane)")
        << QStringLiteral("fr-guyane") << QList<QDate>{} << QDate(2024, 12, 1) << QList<ClockStop>{} << 0
        << QDate(2025, 1, 1) << QList<QDate>{QDate(2025, 1, 1)} << QDate(2025, 1, 2) << QDate(2025, 3, 3);
    QTest::newRow("fr-reunion keeps VE Day: lands on 2025-05-08 Thu (2025-04-08 fr-reunion)")
        << QStringLiteral("fr-reunion") << QList<QDate>{} << QDate(2025, 4, 8) << QList<ClockStop>{} << 0
        << QDate(2025, 5, 8) << QList<QDate>{QDate(2025, 5, 8)} << QDate(2025, 5, 9) << QDate(2025, 7, 8);
    QTest::newRow("fr-mayotte keeps Bastille Day: lands on 2025-07-14 Mon (2025-06-14 fr-mayotte)")
        << QStringLiteral("fr-mayotte") << QList<QDate>{} << QDate(2025, 6, 14) << QList<ClockStop>{} << 0
        << QDate(2025, 7, 14) << QList<QDate>{QDate(2025, 7, 14)} << QDate(2025, 7, 15) << QDate(2025, 9, 15);
    QTest::newRow("fr-saint-barthelemy keeps Armistice: lands on 2025-11-11 Tue (2025-10-11 fr-saint-barthelemy)")
        << QStringLiteral("fr-saint-barthelemy") << QList<QDate>{} << QDate(2025, 10, 11) << QList<ClockStop>{} << 0
        << QDate(2025, 11, 11) << QList<QDate>{QDate(2025, 11, 11)} << QDate(2025, 11, 12) << QDate(2026, 1, 12);
    QTest::newRow("fr-saint-martin keeps Easter Monday: lands on 2025-04-21 Mon (2025-03-21 fr-saint-martin)")
        << QStringLiteral("fr-saint-martin") << QList<QDate>{} << QDate(2025, 3, 21) << QList<ClockStop>{} << 0
        << QDate(2025, 4, 21) << QList<QDate>{QDate(2025, 4, 21)} << QDate(2025, 4, 22) << QDate(2025, 6, 23);
    QTest::newRow("Martinique 22 May is a working day in Guadeloupe (2026-04-22 fr-guadeloupe)")
        << QStringLiteral("fr-guadeloupe") << QList<QDate>{} << QDate(2026, 4, 22) << QList<ClockStop>{} << 0
        << QDate(2026, 5, 22) << QList<QDate>{} << QDate(2026, 5, 22) << QDate(2026, 7, 22);
    QTest::newRow("Guadeloupe 27 May is a working day in Martinique (2026-04-27 fr-martinique)")
        << QStringLiteral("fr-martinique") << QList<QDate>{} << QDate(2026, 4, 27) << QList<ClockStop>{} << 0
        << QDate(2026, 5, 27) << QList<QDate>{} << QDate(2026, 5, 27) << QDate(2026, 7, 27);
    QTest::newRow("Mayotte 27 April is a working day in La Reunion (2026-03-27 fr-reunion)")
        << QStringLiteral("fr-reunion") << QList<QDate>{} << QDate(2026, 3, 27) << QList<ClockStop>{} << 0
        << QDate(2026, 4, 27) << QList<QDate>{} << QDate(2026, 4, 27) << QDate(2026, 6, 29);
    QTest::newRow("Good Friday is a working day in Guyane (2026-03-03 fr-guyane)")
        << QStringLiteral("fr-guyane") << QList<QDate>{} << QDate(2026, 3, 3) << QList<ClockStop>{} << 0
        << QDate(2026, 4, 3) << QList<QDate>{} << QDate(2026, 4, 3) << QDate(2026, 6, 3);
    QTest::newRow("St Stephen is a working day in La Reunion (2025-11-26 fr-reunion)")
        << QStringLiteral("fr-reunion") << QList<QDate>{} << QDate(2025, 11, 26) << QList<ClockStop>{} << 0
        << QDate(2025, 12, 26) << QList<QDate>{} << QDate(2025, 12, 26) << QDate(2026, 2, 26);
    QTest::newRow("Whit Monday 2030 is also Guyane 10 June (2030-05-10 fr-guyane)")
        << QStringLiteral("fr-guyane") << QList<QDate>{} << QDate(2030, 5, 10) << QList<ClockStop>{} << 0
        << QDate(2030, 6, 10) << QList<QDate>{QDate(2030, 6, 10)} << QDate(2030, 6, 11) << QDate(2030, 8, 12);
    QTest::newRow("Ascension 2031 is also Martinique 22 May (2031-04-22 fr-martinique)")
        << QStringLiteral("fr-martinique") << QList<QDate>{} << QDate(2031, 4, 22) << QList<ClockStop>{} << 0
        << QDate(2031, 5, 22) << QList<QDate>{QDate(2031, 5, 22)} << QDate(2031, 5, 23) << QDate(2031, 7, 22);
    QTest::newRow("Ascension 2008 is also Labour Day (2008-04-01 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2008, 4, 1) << QList<ClockStop>{} << 0 << QDate(2008, 5, 1)
        << QList<QDate>{QDate(2008, 5, 1)} << QDate(2008, 5, 2) << QDate(2008, 7, 1);
    // END GENERATED holidays
    // clang-format on
}

void TestDeadlineCalculator::holidays()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::chains_data()
{
    addDeadlineColumns();
    // clang-format off
    // BEGIN GENERATED chains
    QTest::newRow("Ascension Thursday then Friday: no bridge in law (2026-04-14 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 4, 14) << QList<ClockStop>{} << 0 << QDate(2026, 5, 14)
        << QList<QDate>{QDate(2026, 5, 14)} << QDate(2026, 5, 15) << QDate(2026, 7, 15);
    QTest::newRow("Labour Day on a Friday then the weekend (2026-04-01 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 4, 1) << QList<ClockStop>{} << 0 << QDate(2026, 5, 1)
        << QList<QDate>{QDate(2026, 5, 1), QDate(2026, 5, 2), QDate(2026, 5, 3)} << QDate(2026, 5, 4)
        << QDate(2026, 7, 1);
    QTest::newRow("VE Day on a Friday then the weekend (2026-04-08 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 4, 8) << QList<ClockStop>{} << 0 << QDate(2026, 5, 8)
        << QList<QDate>{QDate(2026, 5, 8), QDate(2026, 5, 9), QDate(2026, 5, 10)} << QDate(2026, 5, 11)
        << QDate(2026, 7, 8);
    QTest::newRow("Easter Saturday, Sunday and Monday (2026-03-04 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 4) << QList<ClockStop>{} << 0 << QDate(2026, 4, 4)
        << QList<QDate>{QDate(2026, 4, 4), QDate(2026, 4, 5), QDate(2026, 4, 6)} << QDate(2026, 4, 7)
        << QDate(2026, 6, 4);
    QTest::newRow("Whitsun Saturday, Sunday and Monday (2026-04-23 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 4, 23) << QList<ClockStop>{} << 0 << QDate(2026, 5, 23)
        << QList<QDate>{QDate(2026, 5, 23), QDate(2026, 5, 24), QDate(2026, 5, 25)} << QDate(2026, 5, 26)
        << QDate(2026, 7, 23);
    QTest::newRow("Christmas on a Friday then the weekend (2026-11-25 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 11, 25) << QList<ClockStop>{} << 0
        << QDate(2026, 12, 25) << QList<QDate>{QDate(2026, 12, 25), QDate(2026, 12, 26), QDate(2026, 12, 27)}
        << QDate(2026, 12, 28) << QDate(2027, 2, 25);
    QTest::newRow("Christmas on a Saturday then Sunday (2027-11-25 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 11, 25) << QList<ClockStop>{} << 0
        << QDate(2027, 12, 25) << QList<QDate>{QDate(2027, 12, 25), QDate(2027, 12, 26)} << QDate(2027, 12, 27)
        << QDate(2028, 2, 25);
    QTest::newRow("New Year on a Friday then the weekend (2026-12-01 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 12, 1) << QList<ClockStop>{} << 0 << QDate(2027, 1, 1)
        << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 1, 2), QDate(2027, 1, 3)} << QDate(2027, 1, 4)
        << QDate(2027, 3, 1);
    QTest::newRow("Bastille Day on a Friday then the weekend (2028-06-14 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 6, 14) << QList<ClockStop>{} << 0 << QDate(2028, 7, 14)
        << QList<QDate>{QDate(2028, 7, 14), QDate(2028, 7, 15), QDate(2028, 7, 16)} << QDate(2028, 7, 17)
        << QDate(2028, 9, 14);
    QTest::newRow("Assumption on a Friday then the weekend (2025-07-15 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 7, 15) << QList<ClockStop>{} << 0 << QDate(2025, 8, 15)
        << QList<QDate>{QDate(2025, 8, 15), QDate(2025, 8, 16), QDate(2025, 8, 17)} << QDate(2025, 8, 18)
        << QDate(2025, 10, 15);
    QTest::newRow("All Saints on a Saturday then Sunday (2025-10-01 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 10, 1) << QList<ClockStop>{} << 0 << QDate(2025, 11, 1)
        << QList<QDate>{QDate(2025, 11, 1), QDate(2025, 11, 2)} << QDate(2025, 11, 3) << QDate(2026, 1, 2);
    QTest::newRow("Saturday then All Saints Sunday: no substitute day (2025-10-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 10, 31) << QList<ClockStop>{} << 0
        << QDate(2025, 11, 30) << QList<QDate>{QDate(2025, 11, 30)} << QDate(2025, 12, 1) << QDate(2026, 2, 2);
    QTest::newRow("Alsace Christmas Thursday, St Stephen Friday, weekend (2025-11-25 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2025, 11, 25) << QList<ClockStop>{} << 0
        << QDate(2025, 12, 25) << QList<QDate>{QDate(2025, 12, 25), QDate(2025, 12, 26), QDate(2025, 12, 27),
            QDate(2025, 12, 28)} << QDate(2025, 12, 29) << QDate(2026, 2, 25);
    QTest::newRow("control: Christmas Thursday then Friday 26 December in fr (2025-11-25 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 11, 25) << QList<ClockStop>{} << 0
        << QDate(2025, 12, 25) << QList<QDate>{QDate(2025, 12, 25)} << QDate(2025, 12, 26) << QDate(2026, 2, 25);
    QTest::newRow("Alsace Christmas Friday, St Stephen Saturday, Sunday (2026-11-25 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2026, 11, 25) << QList<ClockStop>{} << 0
        << QDate(2026, 12, 25) << QList<QDate>{QDate(2026, 12, 25), QDate(2026, 12, 26), QDate(2026, 12, 27)}
        << QDate(2026, 12, 28) << QDate(2027, 2, 25);
    QTest::newRow("Alsace Christmas Saturday, St Stephen Sunday (2027-11-25 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2027, 11, 25) << QList<ClockStop>{} << 0
        << QDate(2027, 12, 25) << QList<QDate>{QDate(2027, 12, 25), QDate(2027, 12, 26)} << QDate(2027, 12, 27)
        << QDate(2028, 2, 25);
    QTest::newRow("Alsace Good Friday, Easter weekend, Easter Monday (2026-03-03 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2026, 3, 3) << QList<ClockStop>{} << 0
        << QDate(2026, 4, 3) << QList<QDate>{QDate(2026, 4, 3), QDate(2026, 4, 4), QDate(2026, 4, 5), QDate(2026, 4, 6)}
        << QDate(2026, 4, 7) << QDate(2026, 6, 3);
    QTest::newRow("control: Good Friday is a working day in fr (2026-03-03 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 3) << QList<ClockStop>{} << 0 << QDate(2026, 4, 3)
        << QList<QDate>{} << QDate(2026, 4, 3) << QDate(2026, 6, 3);
    QTest::newRow("Guadeloupe Ascension Thursday, 27 May Friday, weekend (2033-04-26 fr-guadeloupe)")
        << QStringLiteral("fr-guadeloupe") << QList<QDate>{} << QDate(2033, 4, 26) << QList<ClockStop>{} << 0
        << QDate(2033, 5, 26) << QList<QDate>{QDate(2033, 5, 26), QDate(2033, 5, 27), QDate(2033, 5, 28),
            QDate(2033, 5, 29)} << QDate(2033, 5, 30) << QDate(2033, 7, 26);
    QTest::newRow("Saint-Martin Ascension Thursday, 27 May Friday, weekend (2033-04-26 fr-saint-martin)")
        << QStringLiteral("fr-saint-martin") << QList<QDate>{} << QDate(2033, 4, 26) << QList<ClockStop>{} << 0
        << QDate(2033, 5, 26) << QList<QDate>{QDate(2033, 5, 26), QDate(2033, 5, 27), QDate(2033, 5, 28),
            QDate(2033, 5, 29)} << QDate(2033, 5, 30) << QDate(2033, 7, 26);
    QTest::newRow("control: Ascension Thursday then Friday in Martinique (2033-04-26 fr-martinique)")
        << QStringLiteral("fr-martinique") << QList<QDate>{} << QDate(2033, 4, 26) << QList<ClockStop>{} << 0
        << QDate(2033, 5, 26) << QList<QDate>{QDate(2033, 5, 26)} << QDate(2033, 5, 27) << QDate(2033, 7, 26);
    QTest::newRow("longest roll 2025-2040 in fr (2025-03-19 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 3, 19) << QList<ClockStop>{} << 0 << QDate(2025, 4, 19)
        << QList<QDate>{QDate(2025, 4, 19), QDate(2025, 4, 20), QDate(2025, 4, 21)} << QDate(2025, 4, 22)
        << QDate(2025, 6, 19);
    QTest::newRow("longest roll 2025-2040 in fr-alsace-moselle (2025-03-18 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2025, 3, 18) << QList<ClockStop>{} << 0
        << QDate(2025, 4, 18) << QList<QDate>{QDate(2025, 4, 18), QDate(2025, 4, 19), QDate(2025, 4, 20),
            QDate(2025, 4, 21)} << QDate(2025, 4, 22) << QDate(2025, 6, 18);
    QTest::newRow("longest roll 2025-2040 in fr-martinique (2026-04-22 fr-martinique)")
        << QStringLiteral("fr-martinique") << QList<QDate>{} << QDate(2026, 4, 22) << QList<ClockStop>{} << 0
        << QDate(2026, 5, 22) << QList<QDate>{QDate(2026, 5, 22), QDate(2026, 5, 23), QDate(2026, 5, 24),
            QDate(2026, 5, 25)} << QDate(2026, 5, 26) << QDate(2026, 7, 22);
    QTest::newRow("longest roll 2025-2040 in fr-guyane (2025-05-07 fr-guyane)")
        << QStringLiteral("fr-guyane") << QList<QDate>{} << QDate(2025, 5, 7) << QList<ClockStop>{} << 0
        << QDate(2025, 6, 7) << QList<QDate>{QDate(2025, 6, 7), QDate(2025, 6, 8), QDate(2025, 6, 9),
            QDate(2025, 6, 10)} << QDate(2025, 6, 11) << QDate(2025, 8, 7);
    QTest::newRow("longest roll 2025-2040 in fr-reunion (2025-03-19 fr-reunion)")
        << QStringLiteral("fr-reunion") << QList<QDate>{} << QDate(2025, 3, 19) << QList<ClockStop>{} << 0
        << QDate(2025, 4, 19) << QList<QDate>{QDate(2025, 4, 19), QDate(2025, 4, 20), QDate(2025, 4, 21)}
        << QDate(2025, 4, 22) << QDate(2025, 6, 19);
    QTest::newRow("longest roll 2025-2040 in fr-mayotte (2038-03-24 fr-mayotte)")
        << QStringLiteral("fr-mayotte") << QList<QDate>{} << QDate(2038, 3, 24) << QList<ClockStop>{} << 0
        << QDate(2038, 4, 24) << QList<QDate>{QDate(2038, 4, 24), QDate(2038, 4, 25), QDate(2038, 4, 26),
            QDate(2038, 4, 27)} << QDate(2038, 4, 28) << QDate(2038, 6, 24);
    QTest::newRow("longest roll 2025-2040 in fr-saint-barthelemy (2025-03-19 fr-saint-barthelemy)")
        << QStringLiteral("fr-saint-barthelemy") << QList<QDate>{} << QDate(2025, 3, 19) << QList<ClockStop>{} << 0
        << QDate(2025, 4, 19) << QList<QDate>{QDate(2025, 4, 19), QDate(2025, 4, 20), QDate(2025, 4, 21)}
        << QDate(2025, 4, 22) << QDate(2025, 6, 19);
    // END GENERATED chains
    // clang-format on
}

void TestDeadlineCalculator::chains()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::suspensions_data()
{
    addDeadlineColumns();
    // clang-format off
    // BEGIN GENERATED suspensions
    QTest::newRow("no suspension (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10) << QList<ClockStop>{} << 0 << QDate(2026, 4, 10)
        << QList<QDate>{} << QDate(2026, 4, 10) << QDate(2026, 6, 10);
    QTest::newRow("one 7-day suspension (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 19)}} << 7 << QDate(2026, 4, 10) << QList<QDate>{}
        << QDate(2026, 4, 17) << QDate(2026, 6, 17);
    QTest::newRow("overlapping suspensions count once (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 22)}, {QDate(2026, 3, 17), QDate(2026, 3, 27)}} << 15
        << QDate(2026, 4, 10) << QList<QDate>{QDate(2026, 4, 25), QDate(2026, 4, 26)} << QDate(2026, 4, 27)
        << QDate(2026, 6, 25);
    QTest::newRow("nested suspension counts once (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 4, 1)}, {QDate(2026, 3, 17), QDate(2026, 3, 22)}} << 20
        << QDate(2026, 4, 10) << QList<QDate>{} << QDate(2026, 4, 30) << QDate(2026, 6, 30);
    QTest::newRow("adjacent suspensions add up (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 17)}, {QDate(2026, 3, 17), QDate(2026, 3, 21)}} << 9
        << QDate(2026, 4, 10) << QList<QDate>{QDate(2026, 4, 19)} << QDate(2026, 4, 20) << QDate(2026, 6, 19);
    QTest::newRow("adjacent suspensions given out of order (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 17), QDate(2026, 3, 21)}, {QDate(2026, 3, 12), QDate(2026, 3, 17)}} << 9
        << QDate(2026, 4, 10) << QList<QDate>{QDate(2026, 4, 19)} << QDate(2026, 4, 20) << QDate(2026, 6, 19);
    QTest::newRow("zero-length suspension adds nothing (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 12)}} << 0 << QDate(2026, 4, 10) << QList<QDate>{}
        << QDate(2026, 4, 10) << QDate(2026, 6, 10);
    QTest::newRow("zero-length suspension inside another adds nothing (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 19)}, {QDate(2026, 3, 15), QDate(2026, 3, 15)}} << 7
        << QDate(2026, 4, 10) << QList<QDate>{} << QDate(2026, 4, 17) << QDate(2026, 6, 17);
    QTest::newRow("answer before question adds nothing (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 19), QDate(2026, 3, 12)}} << 0 << QDate(2026, 4, 10) << QList<QDate>{}
        << QDate(2026, 4, 10) << QDate(2026, 6, 10);
    QTest::newRow("the same suspension twice counts once (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 19)}, {QDate(2026, 3, 12), QDate(2026, 3, 19)}} << 7
        << QDate(2026, 4, 10) << QList<QDate>{} << QDate(2026, 4, 17) << QDate(2026, 6, 17);
    QTest::newRow("two separate suspensions add up (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 15)}, {QDate(2026, 3, 20), QDate(2026, 3, 23)}} << 6
        << QDate(2026, 4, 10) << QList<QDate>{} << QDate(2026, 4, 16) << QDate(2026, 6, 16);
    QTest::newRow("three unsorted stops overlapping in a chain (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 20), QDate(2026, 3, 26)}, {QDate(2026, 3, 11), QDate(2026, 3, 14)},
            {QDate(2026, 3, 13), QDate(2026, 3, 21)}} << 15 << QDate(2026, 4, 10) << QList<QDate>{QDate(2026, 4, 25),
            QDate(2026, 4, 26)} << QDate(2026, 4, 27) << QDate(2026, 6, 25);
    QTest::newRow("one day suspended lands on a Saturday (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 11), QDate(2026, 3, 12)}} << 1 << QDate(2026, 4, 10)
        << QList<QDate>{QDate(2026, 4, 11), QDate(2026, 4, 12)} << QDate(2026, 4, 13) << QDate(2026, 6, 11);
    QTest::newRow("two days suspended land on a Sunday (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 11), QDate(2026, 3, 13)}} << 2 << QDate(2026, 4, 10)
        << QList<QDate>{QDate(2026, 4, 12)} << QDate(2026, 4, 13) << QDate(2026, 6, 12);
    QTest::newRow("suspension added after the month-end clamp (2026-01-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 1, 31)
        << QList<ClockStop>{{QDate(2026, 2, 2), QDate(2026, 2, 4)}} << 2 << QDate(2026, 2, 28) << QList<QDate>{}
        << QDate(2026, 3, 2) << QDate(2026, 5, 4);
    QTest::newRow("clamp to 28 Feb first, then 3 days, not 2 Feb plus a month (2026-01-30 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 1, 30)
        << QList<ClockStop>{{QDate(2026, 2, 2), QDate(2026, 2, 5)}} << 3 << QDate(2026, 2, 28) << QList<QDate>{}
        << QDate(2026, 3, 3) << QDate(2026, 5, 4);
    QTest::newRow("roll once at the end: Saturday plus 2 days is Monday, not Wednesday (2026-01-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 1, 31)
        << QList<ClockStop>{{QDate(2026, 2, 10), QDate(2026, 2, 12)}} << 2 << QDate(2026, 2, 28) << QList<QDate>{}
        << QDate(2026, 3, 2) << QDate(2026, 5, 4);
    QTest::newRow("suspension pushes onto Bastille Day (2026-06-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 6, 10)
        << QList<ClockStop>{{QDate(2026, 6, 11), QDate(2026, 6, 15)}} << 4 << QDate(2026, 7, 10)
        << QList<QDate>{QDate(2026, 7, 14)} << QDate(2026, 7, 15) << QDate(2026, 9, 14);
    QTest::newRow("worked example 2026-03-05 plus one day suspended: Easter Monday (2026-03-05 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 5)
        << QList<ClockStop>{{QDate(2026, 3, 6), QDate(2026, 3, 7)}} << 1 << QDate(2026, 4, 5)
        << QList<QDate>{QDate(2026, 4, 6)} << QDate(2026, 4, 7) << QDate(2026, 6, 8);
    QTest::newRow("suspension answered after the unsuspended deadline (2026-01-15 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 1, 15)
        << QList<ClockStop>{{QDate(2026, 2, 10), QDate(2026, 3, 20)}} << 38 << QDate(2026, 2, 15) << QList<QDate>{}
        << QDate(2026, 3, 25) << QDate(2026, 5, 26);
    QTest::newRow("100-day suspension across the year end (2026-11-20 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 11, 20)
        << QList<ClockStop>{{QDate(2026, 11, 23), QDate(2027, 3, 3)}} << 100 << QDate(2026, 12, 20) << QList<QDate>{}
        << QDate(2027, 3, 30) << QDate(2027, 5, 31);
    QTest::newRow("suspension across the 2028 leap day (2028-02-15 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2028, 2, 15)
        << QList<ClockStop>{{QDate(2028, 2, 28), QDate(2028, 3, 1)}} << 2 << QDate(2028, 3, 15) << QList<QDate>{}
        << QDate(2028, 3, 17) << QDate(2028, 5, 17);
    QTest::newRow("suspension across 28 Feb 2027 (2027-02-15 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2027, 2, 15)
        << QList<ClockStop>{{QDate(2027, 2, 28), QDate(2027, 3, 1)}} << 1 << QDate(2027, 3, 15) << QList<QDate>{}
        << QDate(2027, 3, 16) << QDate(2027, 5, 18);
    QTest::newRow("open suspension is not counted (2026-03-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 10)
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate()}} << 0 << QDate(2026, 4, 10) << QList<QDate>{}
        << QDate(2026, 4, 10) << QDate(2026, 6, 10);
    QTest::newRow("Alsace: one day suspended lands on Good Friday (2026-03-02 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2026, 3, 2)
        << QList<ClockStop>{{QDate(2026, 3, 3), QDate(2026, 3, 4)}} << 1 << QDate(2026, 4, 2)
        << QList<QDate>{QDate(2026, 4, 3), QDate(2026, 4, 4), QDate(2026, 4, 5), QDate(2026, 4, 6)} << QDate(2026, 4, 7)
        << QDate(2026, 6, 3);
    // END GENERATED suspensions
    // clang-format on
}

void TestDeadlineCalculator::suspensions()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::extendedDeadlines_data()
{
    addDeadlineColumns();
    // clang-format off
    // BEGIN GENERATED extendedDeadlines
    QTest::newRow("extended: 30 November clamps to Sunday 28 February 2027 (2026-11-30 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 11, 30) << QList<ClockStop>{} << 0
        << QDate(2026, 12, 30) << QList<QDate>{} << QDate(2026, 12, 30) << QDate(2027, 3, 1);
    QTest::newRow("extended: 29 November clamps to 28 February 2027 (2026-11-29 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 11, 29) << QList<ClockStop>{} << 0
        << QDate(2026, 12, 29) << QList<QDate>{} << QDate(2026, 12, 29) << QDate(2027, 3, 1);
    QTest::newRow("extended: 31 May -> 31 August, 3 months not 1+2 (2026-05-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 5, 31) << QList<ClockStop>{} << 0 << QDate(2026, 6, 30)
        << QList<QDate>{} << QDate(2026, 6, 30) << QDate(2026, 8, 31);
    QTest::newRow("extended: 31 March -> 30 June, 1 month clamps to 30 April (2026-03-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 3, 31) << QList<ClockStop>{} << 0 << QDate(2026, 4, 30)
        << QList<QDate>{} << QDate(2026, 4, 30) << QDate(2026, 6, 30);
    QTest::newRow("extended: 31 December -> 31 March (2026-12-31 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 12, 31) << QList<ClockStop>{} << 0
        << QDate(2027, 1, 31) << QList<QDate>{QDate(2027, 1, 31)} << QDate(2027, 2, 1) << QDate(2027, 3, 31);
    QTest::newRow("extended lands on Assumption Saturday (2026-05-15 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 5, 15) << QList<ClockStop>{} << 0 << QDate(2026, 6, 15)
        << QList<QDate>{} << QDate(2026, 6, 15) << QDate(2026, 8, 17);
    QTest::newRow("extended lands on Armistice Tuesday (2025-08-11 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 8, 11) << QList<ClockStop>{} << 0 << QDate(2025, 9, 11)
        << QList<QDate>{} << QDate(2025, 9, 11) << QDate(2025, 11, 12);
    QTest::newRow("extended lands on St Stephen Friday in Alsace (2025-09-26 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{} << QDate(2025, 9, 26) << QList<ClockStop>{} << 0
        << QDate(2025, 10, 26) << QList<QDate>{QDate(2025, 10, 26)} << QDate(2025, 10, 27) << QDate(2025, 12, 29);
    QTest::newRow("control: extended 26 December Friday is working in fr (2025-09-26 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2025, 9, 26) << QList<ClockStop>{} << 0
        << QDate(2025, 10, 26) << QList<QDate>{QDate(2025, 10, 26)} << QDate(2025, 10, 27) << QDate(2025, 12, 26);
    QTest::newRow("extended lands on Reunion 20 December, a Sunday (2026-09-20 fr-reunion)")
        << QStringLiteral("fr-reunion") << QList<QDate>{} << QDate(2026, 9, 20) << QList<ClockStop>{} << 0
        << QDate(2026, 10, 20) << QList<QDate>{} << QDate(2026, 10, 20) << QDate(2026, 12, 21);
    QTest::newRow("extended lands on Reunion 20 December, a Monday (2027-09-20 fr-reunion)")
        << QStringLiteral("fr-reunion") << QList<QDate>{} << QDate(2027, 9, 20) << QList<ClockStop>{} << 0
        << QDate(2027, 10, 20) << QList<QDate>{} << QDate(2027, 10, 20) << QDate(2027, 12, 21);
    QTest::newRow("extended lands on Saint-Barthelemy 9 October (2026-07-09 fr-saint-barthelemy)")
        << QStringLiteral("fr-saint-barthelemy") << QList<QDate>{} << QDate(2026, 7, 9) << QList<ClockStop>{} << 0
        << QDate(2026, 8, 9) << QList<QDate>{QDate(2026, 8, 9)} << QDate(2026, 8, 10) << QDate(2026, 10, 12);
    QTest::newRow("extended lands on Guyane 10 June (2026-03-10 fr-guyane)")
        << QStringLiteral("fr-guyane") << QList<QDate>{} << QDate(2026, 3, 10) << QList<ClockStop>{} << 0
        << QDate(2026, 4, 10) << QList<QDate>{} << QDate(2026, 4, 10) << QDate(2026, 6, 11);
    QTest::newRow("extended worked example plus 7 days suspended (2026-04-14 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 4, 14)
        << QList<ClockStop>{{QDate(2026, 4, 20), QDate(2026, 4, 27)}} << 7 << QDate(2026, 5, 14) << QList<QDate>{}
        << QDate(2026, 5, 21) << QDate(2026, 7, 21);
    QTest::newRow("extended with overlapping suspensions (2026-02-28 fr)")
        << QStringLiteral("fr") << QList<QDate>{} << QDate(2026, 2, 28)
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 3)}, {QDate(2026, 3, 2), QDate(2026, 3, 5)}} << 4
        << QDate(2026, 3, 28) << QList<QDate>{} << QDate(2026, 4, 1) << QDate(2026, 6, 1);
    // END GENERATED extendedDeadlines
    // clang-format on
}

void TestDeadlineCalculator::extendedDeadlines()
{
    verifyDeadlines();
}

void TestDeadlineCalculator::closureDays_data()
{
    addDeadlineColumns();
    // clang-format off
    // BEGIN GENERATED closureDays
    QTest::newRow("Ascension bridge closure: Thursday, Friday, weekend (2026-04-14 fr)")
        << QStringLiteral("fr") << QList<QDate>{QDate(2026, 5, 15)} << QDate(2026, 4, 14) << QList<ClockStop>{} << 0
        << QDate(2026, 5, 14) << QList<QDate>{QDate(2026, 5, 14), QDate(2026, 5, 15), QDate(2026, 5, 16),
            QDate(2026, 5, 17)} << QDate(2026, 5, 18) << QDate(2026, 7, 15);
    QTest::newRow("closure day on a Thursday (2026-06-09 fr)")
        << QStringLiteral("fr") << QList<QDate>{QDate(2026, 7, 9)} << QDate(2026, 6, 9) << QList<ClockStop>{} << 0
        << QDate(2026, 7, 9) << QList<QDate>{QDate(2026, 7, 9)} << QDate(2026, 7, 10) << QDate(2026, 9, 9);
    QTest::newRow("closure day on a Saturday: still Saturday and Sunday (2026-06-11 fr)")
        << QStringLiteral("fr") << QList<QDate>{QDate(2026, 7, 11)} << QDate(2026, 6, 11) << QList<ClockStop>{} << 0
        << QDate(2026, 7, 11) << QList<QDate>{QDate(2026, 7, 11), QDate(2026, 7, 12)} << QDate(2026, 7, 13)
        << QDate(2026, 9, 11);
    QTest::newRow("closure day of another year changes nothing (2026-06-09 fr)")
        << QStringLiteral("fr") << QList<QDate>{QDate(2025, 7, 9)} << QDate(2026, 6, 9) << QList<ClockStop>{} << 0
        << QDate(2026, 7, 9) << QList<QDate>{} << QDate(2026, 7, 9) << QDate(2026, 9, 9);
    QTest::newRow("closure inside the period adds nothing (2026-04-14 fr)")
        << QStringLiteral("fr") << QList<QDate>{QDate(2026, 4, 20), QDate(2026, 4, 21)} << QDate(2026, 4, 14)
        << QList<ClockStop>{} << 0 << QDate(2026, 5, 14) << QList<QDate>{QDate(2026, 5, 14)} << QDate(2026, 5, 15)
        << QDate(2026, 7, 15);
    QTest::newRow("year-end shutdown, unsorted with a duplicate, then New Year (2026-11-28 fr)")
        << QStringLiteral("fr") << QList<QDate>{QDate(2026, 12, 31), QDate(2026, 12, 28), QDate(2026, 12, 30),
            QDate(2026, 12, 29), QDate(2026, 12, 28)} << QDate(2026, 11, 28) << QList<ClockStop>{} << 0
        << QDate(2026, 12, 28) << QList<QDate>{QDate(2026, 12, 28), QDate(2026, 12, 29), QDate(2026, 12, 30),
            QDate(2026, 12, 31), QDate(2027, 1, 1), QDate(2027, 1, 2), QDate(2027, 1, 3)} << QDate(2027, 1, 4)
        << QDate(2027, 3, 1);
    QTest::newRow("Alsace closure 24 Dec, Christmas, St Stephen, weekend (2025-11-24 fr-alsace-moselle)")
        << QStringLiteral("fr-alsace-moselle") << QList<QDate>{QDate(2025, 12, 24)} << QDate(2025, 11, 24)
        << QList<ClockStop>{} << 0 << QDate(2025, 12, 24) << QList<QDate>{QDate(2025, 12, 24), QDate(2025, 12, 25),
            QDate(2025, 12, 26), QDate(2025, 12, 27), QDate(2025, 12, 28)} << QDate(2025, 12, 29) << QDate(2026, 2, 24);
    QTest::newRow("closure on a public holiday counts once (2026-04-14 fr)")
        << QStringLiteral("fr") << QList<QDate>{QDate(2026, 5, 14)} << QDate(2026, 4, 14) << QList<ClockStop>{} << 0
        << QDate(2026, 5, 14) << QList<QDate>{QDate(2026, 5, 14)} << QDate(2026, 5, 15) << QDate(2026, 7, 15);
    QTest::newRow("closures roll the extended deadline (2026-04-20 fr)")
        << QStringLiteral("fr") << QList<QDate>{QDate(2026, 7, 20), QDate(2026, 7, 21)} << QDate(2026, 4, 20)
        << QList<ClockStop>{} << 0 << QDate(2026, 5, 20) << QList<QDate>{} << QDate(2026, 5, 20) << QDate(2026, 7, 22);
    QTest::newRow("suspension onto closures then Ascension (2026-04-10 fr)")
        << QStringLiteral("fr") << QList<QDate>{QDate(2026, 5, 12), QDate(2026, 5, 13)} << QDate(2026, 4, 10)
        << QList<ClockStop>{{QDate(2026, 4, 13), QDate(2026, 4, 15)}} << 2 << QDate(2026, 5, 10)
        << QList<QDate>{QDate(2026, 5, 12), QDate(2026, 5, 13), QDate(2026, 5, 14)} << QDate(2026, 5, 15)
        << QDate(2026, 7, 13);
    QTest::newRow("Martinique: weekend then a Monday closure; the Friday closure is before (2026-05-13 fr-martinique)")
        << QStringLiteral("fr-martinique") << QList<QDate>{QDate(2026, 6, 12), QDate(2026, 6, 15)} << QDate(2026, 5, 13)
        << QList<ClockStop>{} << 0 << QDate(2026, 6, 13) << QList<QDate>{QDate(2026, 6, 13), QDate(2026, 6, 14),
            QDate(2026, 6, 15)} << QDate(2026, 6, 16) << QDate(2026, 8, 13);
    // END GENERATED closureDays
    // clang-format on
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

    // clang-format off
    // BEGIN GENERATED suspendedDays
    QTest::newRow("no suspension: 0 days")
        << QList<ClockStop>{} << 0;
    QTest::newRow("one week: 7 days")
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 19)}} << 7;
    QTest::newRow("one day: 1 day")
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 13)}} << 1;
    QTest::newRow("zero-length: 0 days")
        << QList<ClockStop>{{QDate(2026, 3, 12), QDate(2026, 3, 12)}} << 0;
    QTest::newRow("reversed dates: 0 days")
        << QList<ClockStop>{{QDate(2026, 3, 19), QDate(2026, 3, 12)}} << 0;
    QTest::newRow("overlapping: 15 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 11)}, {QDate(2026, 3, 6), QDate(2026, 3, 16)}} << 15;
    QTest::newRow("overlapping, given in reverse order: 15 days")
        << QList<ClockStop>{{QDate(2026, 3, 6), QDate(2026, 3, 16)}, {QDate(2026, 3, 1), QDate(2026, 3, 11)}} << 15;
    QTest::newRow("nested: 20 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 21)}, {QDate(2026, 3, 6), QDate(2026, 3, 11)}} << 20;
    QTest::newRow("nested, given first: 20 days")
        << QList<ClockStop>{{QDate(2026, 3, 6), QDate(2026, 3, 11)}, {QDate(2026, 3, 1), QDate(2026, 3, 21)}} << 20;
    QTest::newRow("adjacent: 9 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 6)}, {QDate(2026, 3, 6), QDate(2026, 3, 10)}} << 9;
    QTest::newRow("one-day gap: 7 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 5)}, {QDate(2026, 3, 6), QDate(2026, 3, 9)}} << 7;
    QTest::newRow("identical: 7 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 8)}, {QDate(2026, 3, 1), QDate(2026, 3, 8)}} << 7;
    QTest::newRow("same start: 7 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 8)}, {QDate(2026, 3, 1), QDate(2026, 3, 4)}} << 7;
    QTest::newRow("same end: 7 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 8)}, {QDate(2026, 3, 5), QDate(2026, 3, 8)}} << 7;
    QTest::newRow("adjacent through a zero-length stop: 7 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 5)}, {QDate(2026, 3, 5), QDate(2026, 3, 5)},
            {QDate(2026, 3, 5), QDate(2026, 3, 8)}} << 7;
    QTest::newRow("zero-length inside another: 7 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 8)}, {QDate(2026, 3, 4), QDate(2026, 3, 4)}} << 7;
    QTest::newRow("zero-length alone and a real one: 2 days")
        << QList<ClockStop>{{QDate(2026, 2, 1), QDate(2026, 2, 1)}, {QDate(2026, 3, 1), QDate(2026, 3, 3)}} << 2;
    QTest::newRow("reversed next to a real one: 2 days")
        << QList<ClockStop>{{QDate(2026, 3, 10), QDate(2026, 3, 1)}, {QDate(2026, 3, 1), QDate(2026, 3, 3)}} << 2;
    QTest::newRow("chain of three overlaps: 19 days")
        << QList<ClockStop>{{QDate(2026, 3, 10), QDate(2026, 3, 20)}, {QDate(2026, 3, 1), QDate(2026, 3, 5)},
            {QDate(2026, 3, 4), QDate(2026, 3, 12)}} << 19;
    QTest::newRow("two groups: 11 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 5)}, {QDate(2026, 3, 3), QDate(2026, 3, 7)},
            {QDate(2026, 4, 1), QDate(2026, 4, 3)}, {QDate(2026, 4, 2), QDate(2026, 4, 6)}} << 11;
    QTest::newRow("across 29 February 2028: 2 days")
        << QList<ClockStop>{{QDate(2028, 2, 28), QDate(2028, 3, 1)}} << 2;
    QTest::newRow("across 28 February 2027: 1 day")
        << QList<ClockStop>{{QDate(2027, 2, 28), QDate(2027, 3, 1)}} << 1;
    QTest::newRow("across the year end: 3 days")
        << QList<ClockStop>{{QDate(2026, 12, 30), QDate(2027, 1, 2)}} << 3;
    QTest::newRow("a whole leap year: 366 days")
        << QList<ClockStop>{{QDate(2028, 1, 1), QDate(2029, 1, 1)}} << 366;
    QTest::newRow("open stop ignored: 0 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate()}} << 0;
    QTest::newRow("stop without question date ignored: 0 days")
        << QList<ClockStop>{{QDate(), QDate(2026, 3, 5)}} << 0;
    QTest::newRow("open stop next to a closed one: 3 days")
        << QList<ClockStop>{{QDate(2026, 3, 1), QDate(2026, 3, 4)}, {QDate(2026, 3, 2), QDate()}} << 3;
    // END GENERATED suspendedDays
    // clang-format on
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
    // gdpr-rules.md section 2: received 2026-01-31 -> 2026-02-28 (Sat) -> 2026-03-02, month-end clamp then weekend.
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

    // clang-format off
    // BEGIN GENERATED easterSunday
    QTest::newRow("Easter 2000")
        << 2000 << QDate(2000, 4, 23);
    QTest::newRow("Easter 2001")
        << 2001 << QDate(2001, 4, 15);
    QTest::newRow("Easter 2002")
        << 2002 << QDate(2002, 3, 31);
    QTest::newRow("Easter 2003")
        << 2003 << QDate(2003, 4, 20);
    QTest::newRow("Easter 2004")
        << 2004 << QDate(2004, 4, 11);
    QTest::newRow("Easter 2005")
        << 2005 << QDate(2005, 3, 27);
    QTest::newRow("Easter 2006")
        << 2006 << QDate(2006, 4, 16);
    QTest::newRow("Easter 2007")
        << 2007 << QDate(2007, 4, 8);
    QTest::newRow("Easter 2008")
        << 2008 << QDate(2008, 3, 23);
    QTest::newRow("Easter 2009")
        << 2009 << QDate(2009, 4, 12);
    QTest::newRow("Easter 2010")
        << 2010 << QDate(2010, 4, 4);
    QTest::newRow("Easter 2011")
        << 2011 << QDate(2011, 4, 24);
    QTest::newRow("Easter 2012")
        << 2012 << QDate(2012, 4, 8);
    QTest::newRow("Easter 2013")
        << 2013 << QDate(2013, 3, 31);
    QTest::newRow("Easter 2014")
        << 2014 << QDate(2014, 4, 20);
    QTest::newRow("Easter 2015")
        << 2015 << QDate(2015, 4, 5);
    QTest::newRow("Easter 2016")
        << 2016 << QDate(2016, 3, 27);
    QTest::newRow("Easter 2017")
        << 2017 << QDate(2017, 4, 16);
    QTest::newRow("Easter 2018")
        << 2018 << QDate(2018, 4, 1);
    QTest::newRow("Easter 2019")
        << 2019 << QDate(2019, 4, 21);
    QTest::newRow("Easter 2020")
        << 2020 << QDate(2020, 4, 12);
    QTest::newRow("Easter 2021")
        << 2021 << QDate(2021, 4, 4);
    QTest::newRow("Easter 2022")
        << 2022 << QDate(2022, 4, 17);
    QTest::newRow("Easter 2023")
        << 2023 << QDate(2023, 4, 9);
    QTest::newRow("Easter 2024")
        << 2024 << QDate(2024, 3, 31);
    QTest::newRow("Easter 2025")
        << 2025 << QDate(2025, 4, 20);
    QTest::newRow("Easter 2026")
        << 2026 << QDate(2026, 4, 5);
    QTest::newRow("Easter 2027")
        << 2027 << QDate(2027, 3, 28);
    QTest::newRow("Easter 2028")
        << 2028 << QDate(2028, 4, 16);
    QTest::newRow("Easter 2029")
        << 2029 << QDate(2029, 4, 1);
    QTest::newRow("Easter 2030")
        << 2030 << QDate(2030, 4, 21);
    QTest::newRow("Easter 2031")
        << 2031 << QDate(2031, 4, 13);
    QTest::newRow("Easter 2032")
        << 2032 << QDate(2032, 3, 28);
    QTest::newRow("Easter 2033")
        << 2033 << QDate(2033, 4, 17);
    QTest::newRow("Easter 2034")
        << 2034 << QDate(2034, 4, 9);
    QTest::newRow("Easter 2035")
        << 2035 << QDate(2035, 3, 25);
    QTest::newRow("Easter 2036")
        << 2036 << QDate(2036, 4, 13);
    QTest::newRow("Easter 2037")
        << 2037 << QDate(2037, 4, 5);
    QTest::newRow("Easter 2038")
        << 2038 << QDate(2038, 4, 25);
    QTest::newRow("Easter 2039")
        << 2039 << QDate(2039, 4, 10);
    QTest::newRow("Easter 2040")
        << 2040 << QDate(2040, 4, 1);
    QTest::newRow("Easter 2041")
        << 2041 << QDate(2041, 4, 21);
    QTest::newRow("Easter 2042")
        << 2042 << QDate(2042, 4, 6);
    QTest::newRow("Easter 2043")
        << 2043 << QDate(2043, 3, 29);
    QTest::newRow("Easter 2044")
        << 2044 << QDate(2044, 4, 17);
    QTest::newRow("Easter 2045")
        << 2045 << QDate(2045, 4, 9);
    QTest::newRow("Easter 2046")
        << 2046 << QDate(2046, 3, 25);
    QTest::newRow("Easter 2047")
        << 2047 << QDate(2047, 4, 14);
    QTest::newRow("Easter 2048")
        << 2048 << QDate(2048, 4, 5);
    QTest::newRow("Easter 2049")
        << 2049 << QDate(2049, 4, 18);
    QTest::newRow("Easter 2050")
        << 2050 << QDate(2050, 4, 10);
    // END GENERATED easterSunday
    // clang-format on
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

    // clang-format off
    // BEGIN GENERATED holidaysOfYear
    QTest::newRow("fr 2025: 11 days")
        << QStringLiteral("fr") << 2025 << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 21), QDate(2025, 5, 1),
            QDate(2025, 5, 8), QDate(2025, 5, 29), QDate(2025, 6, 9), QDate(2025, 7, 14), QDate(2025, 8, 15),
            QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25)};
    QTest::newRow("fr-alsace-moselle 2025: 13 days")
        << QStringLiteral("fr-alsace-moselle") << 2025 << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 18),
            QDate(2025, 4, 21), QDate(2025, 5, 1), QDate(2025, 5, 8), QDate(2025, 5, 29), QDate(2025, 6, 9),
            QDate(2025, 7, 14), QDate(2025, 8, 15), QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25),
            QDate(2025, 12, 26)};
    QTest::newRow("fr-guadeloupe 2025: 12 days")
        << QStringLiteral("fr-guadeloupe") << 2025 << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 21),
            QDate(2025, 5, 1), QDate(2025, 5, 8), QDate(2025, 5, 27), QDate(2025, 5, 29), QDate(2025, 6, 9),
            QDate(2025, 7, 14), QDate(2025, 8, 15), QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25)};
    QTest::newRow("fr-martinique 2025: 12 days")
        << QStringLiteral("fr-martinique") << 2025 << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 21),
            QDate(2025, 5, 1), QDate(2025, 5, 8), QDate(2025, 5, 22), QDate(2025, 5, 29), QDate(2025, 6, 9),
            QDate(2025, 7, 14), QDate(2025, 8, 15), QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25)};
    QTest::newRow("fr-guyane 2025: 12 days")
        << QStringLiteral("fr-guyane") << 2025 << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 21), QDate(2025, 5, 1),
            QDate(2025, 5, 8), QDate(2025, 5, 29), QDate(2025, 6, 9), QDate(2025, 6, 10), QDate(2025, 7, 14),
            QDate(2025, 8, 15), QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25)};
    QTest::newRow("fr-reunion 2025: 12 days")
        << QStringLiteral("fr-reunion") << 2025 << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 21),
            QDate(2025, 5, 1), QDate(2025, 5, 8), QDate(2025, 5, 29), QDate(2025, 6, 9), QDate(2025, 7, 14),
            QDate(2025, 8, 15), QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 20), QDate(2025, 12, 25)};
    QTest::newRow("fr-mayotte 2025: 12 days")
        << QStringLiteral("fr-mayotte") << 2025 << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 21),
            QDate(2025, 4, 27), QDate(2025, 5, 1), QDate(2025, 5, 8), QDate(2025, 5, 29), QDate(2025, 6, 9),
            QDate(2025, 7, 14), QDate(2025, 8, 15), QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25)};
    QTest::newRow("fr-saint-barthelemy 2025: 12 days")
        << QStringLiteral("fr-saint-barthelemy") << 2025 << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 21),
            QDate(2025, 5, 1), QDate(2025, 5, 8), QDate(2025, 5, 29), QDate(2025, 6, 9), QDate(2025, 7, 14),
            QDate(2025, 8, 15), QDate(2025, 10, 9), QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25)};
    QTest::newRow("fr-saint-martin 2025: 12 days")
        << QStringLiteral("fr-saint-martin") << 2025 << QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 21),
            QDate(2025, 5, 1), QDate(2025, 5, 8), QDate(2025, 5, 27), QDate(2025, 5, 29), QDate(2025, 6, 9),
            QDate(2025, 7, 14), QDate(2025, 8, 15), QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25)};
    QTest::newRow("fr 2026: 11 days")
        << QStringLiteral("fr") << 2026 << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 6), QDate(2026, 5, 1),
            QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 7, 14), QDate(2026, 8, 15),
            QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25)};
    QTest::newRow("fr-alsace-moselle 2026: 13 days")
        << QStringLiteral("fr-alsace-moselle") << 2026 << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 3),
            QDate(2026, 4, 6), QDate(2026, 5, 1), QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 25),
            QDate(2026, 7, 14), QDate(2026, 8, 15), QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25),
            QDate(2026, 12, 26)};
    QTest::newRow("fr-guadeloupe 2026: 12 days")
        << QStringLiteral("fr-guadeloupe") << 2026 << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 6),
            QDate(2026, 5, 1), QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 5, 27),
            QDate(2026, 7, 14), QDate(2026, 8, 15), QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25)};
    QTest::newRow("fr-martinique 2026: 12 days")
        << QStringLiteral("fr-martinique") << 2026 << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 6),
            QDate(2026, 5, 1), QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 22), QDate(2026, 5, 25),
            QDate(2026, 7, 14), QDate(2026, 8, 15), QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25)};
    QTest::newRow("fr-guyane 2026: 12 days")
        << QStringLiteral("fr-guyane") << 2026 << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 6), QDate(2026, 5, 1),
            QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 6, 10), QDate(2026, 7, 14),
            QDate(2026, 8, 15), QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25)};
    QTest::newRow("fr-reunion 2026: 12 days")
        << QStringLiteral("fr-reunion") << 2026 << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 6), QDate(2026, 5, 1),
            QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 7, 14), QDate(2026, 8, 15),
            QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 20), QDate(2026, 12, 25)};
    QTest::newRow("fr-mayotte 2026: 12 days")
        << QStringLiteral("fr-mayotte") << 2026 << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 6),
            QDate(2026, 4, 27), QDate(2026, 5, 1), QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 25),
            QDate(2026, 7, 14), QDate(2026, 8, 15), QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25)};
    QTest::newRow("fr-saint-barthelemy 2026: 12 days")
        << QStringLiteral("fr-saint-barthelemy") << 2026 << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 6),
            QDate(2026, 5, 1), QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 7, 14),
            QDate(2026, 8, 15), QDate(2026, 10, 9), QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25)};
    QTest::newRow("fr-saint-martin 2026: 12 days")
        << QStringLiteral("fr-saint-martin") << 2026 << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 6),
            QDate(2026, 5, 1), QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 5, 27),
            QDate(2026, 7, 14), QDate(2026, 8, 15), QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25)};
    QTest::newRow("fr 2027: 11 days")
        << QStringLiteral("fr") << 2027 << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 29), QDate(2027, 5, 1),
            QDate(2027, 5, 6), QDate(2027, 5, 8), QDate(2027, 5, 17), QDate(2027, 7, 14), QDate(2027, 8, 15),
            QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 25)};
    QTest::newRow("fr-alsace-moselle 2027: 13 days")
        << QStringLiteral("fr-alsace-moselle") << 2027 << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 26),
            QDate(2027, 3, 29), QDate(2027, 5, 1), QDate(2027, 5, 6), QDate(2027, 5, 8), QDate(2027, 5, 17),
            QDate(2027, 7, 14), QDate(2027, 8, 15), QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 25),
            QDate(2027, 12, 26)};
    QTest::newRow("fr-guadeloupe 2027: 12 days")
        << QStringLiteral("fr-guadeloupe") << 2027 << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 29),
            QDate(2027, 5, 1), QDate(2027, 5, 6), QDate(2027, 5, 8), QDate(2027, 5, 17), QDate(2027, 5, 27),
            QDate(2027, 7, 14), QDate(2027, 8, 15), QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 25)};
    QTest::newRow("fr-martinique 2027: 12 days")
        << QStringLiteral("fr-martinique") << 2027 << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 29),
            QDate(2027, 5, 1), QDate(2027, 5, 6), QDate(2027, 5, 8), QDate(2027, 5, 17), QDate(2027, 5, 22),
            QDate(2027, 7, 14), QDate(2027, 8, 15), QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 25)};
    QTest::newRow("fr-guyane 2027: 12 days")
        << QStringLiteral("fr-guyane") << 2027 << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 29), QDate(2027, 5, 1),
            QDate(2027, 5, 6), QDate(2027, 5, 8), QDate(2027, 5, 17), QDate(2027, 6, 10), QDate(2027, 7, 14),
            QDate(2027, 8, 15), QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 25)};
    QTest::newRow("fr-reunion 2027: 12 days")
        << QStringLiteral("fr-reunion") << 2027 << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 29),
            QDate(2027, 5, 1), QDate(2027, 5, 6), QDate(2027, 5, 8), QDate(2027, 5, 17), QDate(2027, 7, 14),
            QDate(2027, 8, 15), QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 20), QDate(2027, 12, 25)};
    QTest::newRow("fr-mayotte 2027: 12 days")
        << QStringLiteral("fr-mayotte") << 2027 << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 29),
            QDate(2027, 4, 27), QDate(2027, 5, 1), QDate(2027, 5, 6), QDate(2027, 5, 8), QDate(2027, 5, 17),
            QDate(2027, 7, 14), QDate(2027, 8, 15), QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 25)};
    QTest::newRow("fr-saint-barthelemy 2027: 12 days")
        << QStringLiteral("fr-saint-barthelemy") << 2027 << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 29),
            QDate(2027, 5, 1), QDate(2027, 5, 6), QDate(2027, 5, 8), QDate(2027, 5, 17), QDate(2027, 7, 14),
            QDate(2027, 8, 15), QDate(2027, 10, 9), QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 25)};
    QTest::newRow("fr-saint-martin 2027: 12 days")
        << QStringLiteral("fr-saint-martin") << 2027 << QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 29),
            QDate(2027, 5, 1), QDate(2027, 5, 6), QDate(2027, 5, 8), QDate(2027, 5, 17), QDate(2027, 5, 27),
            QDate(2027, 7, 14), QDate(2027, 8, 15), QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 25)};
    QTest::newRow("fr 2028: 11 days")
        << QStringLiteral("fr") << 2028 << QList<QDate>{QDate(2028, 1, 1), QDate(2028, 4, 17), QDate(2028, 5, 1),
            QDate(2028, 5, 8), QDate(2028, 5, 25), QDate(2028, 6, 5), QDate(2028, 7, 14), QDate(2028, 8, 15),
            QDate(2028, 11, 1), QDate(2028, 11, 11), QDate(2028, 12, 25)};
    QTest::newRow("fr-alsace-moselle 2028: 13 days")
        << QStringLiteral("fr-alsace-moselle") << 2028 << QList<QDate>{QDate(2028, 1, 1), QDate(2028, 4, 14),
            QDate(2028, 4, 17), QDate(2028, 5, 1), QDate(2028, 5, 8), QDate(2028, 5, 25), QDate(2028, 6, 5),
            QDate(2028, 7, 14), QDate(2028, 8, 15), QDate(2028, 11, 1), QDate(2028, 11, 11), QDate(2028, 12, 25),
            QDate(2028, 12, 26)};
    QTest::newRow("fr-guadeloupe 2028: 12 days")
        << QStringLiteral("fr-guadeloupe") << 2028 << QList<QDate>{QDate(2028, 1, 1), QDate(2028, 4, 17),
            QDate(2028, 5, 1), QDate(2028, 5, 8), QDate(2028, 5, 25), QDate(2028, 5, 27), QDate(2028, 6, 5),
            QDate(2028, 7, 14), QDate(2028, 8, 15), QDate(2028, 11, 1), QDate(2028, 11, 11), QDate(2028, 12, 25)};
    QTest::newRow("fr-martinique 2028: 12 days")
        << QStringLiteral("fr-martinique") << 2028 << QList<QDate>{QDate(2028, 1, 1), QDate(2028, 4, 17),
            QDate(2028, 5, 1), QDate(2028, 5, 8), QDate(2028, 5, 22), QDate(2028, 5, 25), QDate(2028, 6, 5),
            QDate(2028, 7, 14), QDate(2028, 8, 15), QDate(2028, 11, 1), QDate(2028, 11, 11), QDate(2028, 12, 25)};
    QTest::newRow("fr-guyane 2028: 12 days")
        << QStringLiteral("fr-guyane") << 2028 << QList<QDate>{QDate(2028, 1, 1), QDate(2028, 4, 17), QDate(2028, 5, 1),
            QDate(2028, 5, 8), QDate(2028, 5, 25), QDate(2028, 6, 5), QDate(2028, 6, 10), QDate(2028, 7, 14),
            QDate(2028, 8, 15), QDate(2028, 11, 1), QDate(2028, 11, 11), QDate(2028, 12, 25)};
    QTest::newRow("fr-reunion 2028: 12 days")
        << QStringLiteral("fr-reunion") << 2028 << QList<QDate>{QDate(2028, 1, 1), QDate(2028, 4, 17),
            QDate(2028, 5, 1), QDate(2028, 5, 8), QDate(2028, 5, 25), QDate(2028, 6, 5), QDate(2028, 7, 14),
            QDate(2028, 8, 15), QDate(2028, 11, 1), QDate(2028, 11, 11), QDate(2028, 12, 20), QDate(2028, 12, 25)};
    QTest::newRow("fr-mayotte 2028: 12 days")
        << QStringLiteral("fr-mayotte") << 2028 << QList<QDate>{QDate(2028, 1, 1), QDate(2028, 4, 17),
            QDate(2028, 4, 27), QDate(2028, 5, 1), QDate(2028, 5, 8), QDate(2028, 5, 25), QDate(2028, 6, 5),
            QDate(2028, 7, 14), QDate(2028, 8, 15), QDate(2028, 11, 1), QDate(2028, 11, 11), QDate(2028, 12, 25)};
    QTest::newRow("fr-saint-barthelemy 2028: 12 days")
        << QStringLiteral("fr-saint-barthelemy") << 2028 << QList<QDate>{QDate(2028, 1, 1), QDate(2028, 4, 17),
            QDate(2028, 5, 1), QDate(2028, 5, 8), QDate(2028, 5, 25), QDate(2028, 6, 5), QDate(2028, 7, 14),
            QDate(2028, 8, 15), QDate(2028, 10, 9), QDate(2028, 11, 1), QDate(2028, 11, 11), QDate(2028, 12, 25)};
    QTest::newRow("fr-saint-martin 2028: 12 days")
        << QStringLiteral("fr-saint-martin") << 2028 << QList<QDate>{QDate(2028, 1, 1), QDate(2028, 4, 17),
            QDate(2028, 5, 1), QDate(2028, 5, 8), QDate(2028, 5, 25), QDate(2028, 5, 27), QDate(2028, 6, 5),
            QDate(2028, 7, 14), QDate(2028, 8, 15), QDate(2028, 11, 1), QDate(2028, 11, 11), QDate(2028, 12, 25)};
    QTest::newRow("fr 2008: 10 days")
        << QStringLiteral("fr") << 2008 << QList<QDate>{QDate(2008, 1, 1), QDate(2008, 3, 24), QDate(2008, 5, 1),
            QDate(2008, 5, 8), QDate(2008, 5, 12), QDate(2008, 7, 14), QDate(2008, 8, 15), QDate(2008, 11, 1),
            QDate(2008, 11, 11), QDate(2008, 12, 25)};
    QTest::newRow("fr-alsace-moselle 2008: 12 days")
        << QStringLiteral("fr-alsace-moselle") << 2008 << QList<QDate>{QDate(2008, 1, 1), QDate(2008, 3, 21),
            QDate(2008, 3, 24), QDate(2008, 5, 1), QDate(2008, 5, 8), QDate(2008, 5, 12), QDate(2008, 7, 14),
            QDate(2008, 8, 15), QDate(2008, 11, 1), QDate(2008, 11, 11), QDate(2008, 12, 25), QDate(2008, 12, 26)};
    QTest::newRow("fr 2038: 11 days")
        << QStringLiteral("fr") << 2038 << QList<QDate>{QDate(2038, 1, 1), QDate(2038, 4, 26), QDate(2038, 5, 1),
            QDate(2038, 5, 8), QDate(2038, 6, 3), QDate(2038, 6, 14), QDate(2038, 7, 14), QDate(2038, 8, 15),
            QDate(2038, 11, 1), QDate(2038, 11, 11), QDate(2038, 12, 25)};
    QTest::newRow("fr-alsace-moselle 2038: 13 days")
        << QStringLiteral("fr-alsace-moselle") << 2038 << QList<QDate>{QDate(2038, 1, 1), QDate(2038, 4, 23),
            QDate(2038, 4, 26), QDate(2038, 5, 1), QDate(2038, 5, 8), QDate(2038, 6, 3), QDate(2038, 6, 14),
            QDate(2038, 7, 14), QDate(2038, 8, 15), QDate(2038, 11, 1), QDate(2038, 11, 11), QDate(2038, 12, 25),
            QDate(2038, 12, 26)};
    QTest::newRow("fr-guyane 2030: 11 days")
        << QStringLiteral("fr-guyane") << 2030 << QList<QDate>{QDate(2030, 1, 1), QDate(2030, 4, 22), QDate(2030, 5, 1),
            QDate(2030, 5, 8), QDate(2030, 5, 30), QDate(2030, 6, 10), QDate(2030, 7, 14), QDate(2030, 8, 15),
            QDate(2030, 11, 1), QDate(2030, 11, 11), QDate(2030, 12, 25)};
    QTest::newRow("fr-martinique 2031: 11 days")
        << QStringLiteral("fr-martinique") << 2031 << QList<QDate>{QDate(2031, 1, 1), QDate(2031, 4, 14),
            QDate(2031, 5, 1), QDate(2031, 5, 8), QDate(2031, 5, 22), QDate(2031, 6, 2), QDate(2031, 7, 14),
            QDate(2031, 8, 15), QDate(2031, 11, 1), QDate(2031, 11, 11), QDate(2031, 12, 25)};
    QTest::newRow("fr-alsace-moselle 2285: 13 days")
        << QStringLiteral("fr-alsace-moselle") << 2285 << QList<QDate>{QDate(2285, 1, 1), QDate(2285, 3, 20),
            QDate(2285, 3, 23), QDate(2285, 4, 30), QDate(2285, 5, 1), QDate(2285, 5, 8), QDate(2285, 5, 11),
            QDate(2285, 7, 14), QDate(2285, 8, 15), QDate(2285, 11, 1), QDate(2285, 11, 11), QDate(2285, 12, 25),
            QDate(2285, 12, 26)};
    QTest::newRow("fr 2000: 11 days")
        << QStringLiteral("fr") << 2000 << QList<QDate>{QDate(2000, 1, 1), QDate(2000, 4, 24), QDate(2000, 5, 1),
            QDate(2000, 5, 8), QDate(2000, 6, 1), QDate(2000, 6, 12), QDate(2000, 7, 14), QDate(2000, 8, 15),
            QDate(2000, 11, 1), QDate(2000, 11, 11), QDate(2000, 12, 25)};
    QTest::newRow("fr 2100: 11 days")
        << QStringLiteral("fr") << 2100 << QList<QDate>{QDate(2100, 1, 1), QDate(2100, 3, 29), QDate(2100, 5, 1),
            QDate(2100, 5, 6), QDate(2100, 5, 8), QDate(2100, 5, 17), QDate(2100, 7, 14), QDate(2100, 8, 15),
            QDate(2100, 11, 1), QDate(2100, 11, 11), QDate(2100, 12, 25)};
    // END GENERATED holidaysOfYear
    // clang-format on
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
