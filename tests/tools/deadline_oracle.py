#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The DPO Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent oracle for the deadline rules of docs/rules.md#the-clock (holiday calendars included).

Written from the rules text, not from the C++ code, so that tests/tst_deadlinecalculator.cpp checks the C++
against a second implementation (its tables are in tests/data/deadline_cases.inc):

  suspendedDays    = number of days in the union of the half-open intervals [asked, answered)
  initialDeadline  = roll(addMonths(receivedOn, 1) + suspendedDays)
  extendedDeadline = roll(addMonths(receivedOn, 3) + suspendedDays)
  addMonths        = same day of the target month, or its last day when that day does not exist
  roll             = first day on or after the date that is not a Saturday, a Sunday, a public holiday of the
                     chosen calendar or a closure day of the organisation

Usage:
  deadline_oracle.py             self-check, then print every generated block of C++ rows
  deadline_oracle.py --check     self-check only (worked examples of docs/rules.md, Easter cross-checks)
  deadline_oracle.py --write [tests/data/deadline_cases.inc]
                                 self-check, then replace the text between the markers
                                 "// BEGIN GENERATED <block>" and "// END GENERATED <block>" of the file
                                 (tests/data/deadline_cases.inc unless another file is given)
"""

import argparse
import calendar
import datetime as dt
import pathlib
import re
import sys

# The file of generated tables that tests/tst_deadlinecalculator.cpp includes.
CASES_FILE = pathlib.Path(__file__).resolve().parent.parent / "data" / "deadline_cases.inc"

DAY = dt.timedelta(days=1)
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def date(text):
    return dt.date.fromisoformat(text)


# ---------------------------------------------------------------------------------------------------------------
# Holiday calendars (docs/rules.md#holiday-calendars)


def easter_meeus(year):
    """Easter Sunday by the anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day0 = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day0 + 1)


def easter_knuth(year):
    """Easter Sunday by the Gregorian epact computus (Knuth, TAOCP vol. 1, 1.3.2 exercise 14): a cross-check."""
    golden = year % 19 + 1
    century = year // 100 + 1
    skipped_leap = 3 * century // 4 - 12
    moon_correction = (8 * century + 5) // 25 - 5
    sunday = 5 * year // 4 - skipped_leap - 10
    epact = (11 * golden + 20 + moon_correction - skipped_leap) % 30
    if (epact == 25 and golden > 11) or epact == 24:
        epact += 1
    full_moon = 44 - epact
    if full_moon < 21:
        full_moon += 30
    full_moon = full_moon + 7 - (sunday + full_moon) % 7
    if full_moon > 31:
        return dt.date(year, 4, full_moon - 31)
    return dt.date(year, 3, full_moon)


easter_sunday = easter_meeus

# Abolition of slavery day, Labour Code art. L3422-2, as listed in docs/rules.md#holiday-calendars.
SLAVERY_DAY = {
    "fr-mayotte": (4, 27),
    "fr-martinique": (5, 22),
    "fr-guadeloupe": (5, 27),
    "fr-saint-martin": (5, 27),
    "fr-guyane": (6, 10),
    "fr-saint-barthelemy": (10, 9),
    "fr-reunion": (12, 20),
}

CALENDARS = [
    "fr",
    "fr-alsace-moselle",
    "fr-guadeloupe",
    "fr-martinique",
    "fr-guyane",
    "fr-reunion",
    "fr-mayotte",
    "fr-saint-barthelemy",
    "fr-saint-martin",
]


def public_holidays(cal, year):
    """{date: [names]} of the public holidays of a calendar in a year (several holidays may share a day)."""
    if cal not in CALENDARS:
        raise ValueError(f"unknown calendar {cal}")
    easter = easter_sunday(year)
    # Labour Code art. L3133-1
    days = [
        (dt.date(year, 1, 1), "New Year"),
        (easter + 1 * DAY, "Easter Monday"),
        (dt.date(year, 5, 1), "Labour Day"),
        (dt.date(year, 5, 8), "VE Day"),
        (easter + 39 * DAY, "Ascension"),
        (easter + 50 * DAY, "Whit Monday"),
        (dt.date(year, 7, 14), "Bastille Day"),
        (dt.date(year, 8, 15), "Assumption"),
        (dt.date(year, 11, 1), "All Saints"),
        (dt.date(year, 11, 11), "Armistice"),
        (dt.date(year, 12, 25), "Christmas"),
    ]
    if cal == "fr-alsace-moselle":  # art. L3134-13
        days.append((easter - 2 * DAY, "Good Friday"))
        days.append((dt.date(year, 12, 26), "St Stephen"))
    if cal in SLAVERY_DAY:
        month, day = SLAVERY_DAY[cal]
        days.append((dt.date(year, month, day), "Abolition of Slavery"))
    result = {}
    for day, name in days:
        result.setdefault(day, []).append(name)
    return result


def non_working_reason(day, cal, closures=()):
    """Why a day is not a working day, or None."""
    holidays = public_holidays(cal, day.year)
    if day in holidays:
        return "/".join(holidays[day])
    if day in closures:
        return "closure"
    if day.weekday() >= 5:
        return WEEKDAYS[day.weekday()]
    return None


# ---------------------------------------------------------------------------------------------------------------
# The clock (docs/rules.md#the-clock)


def add_months(day, months):
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def suspended_days(stops):
    """Days in the union of the half-open intervals [asked, answered); a stop missing a date is not closed."""
    days = set()
    for asked, answered in stops:
        if asked is None or answered is None:
            continue
        day = asked
        while day < answered:
            days.add(day)
            day += DAY
    return len(days)


def roll(day, cal, closures=()):
    """(first working day on or after day, the non-working days passed over)."""
    skipped = []
    while non_working_reason(day, cal, closures) is not None:
        skipped.append(day)
        day += DAY
    return day, skipped


def derive(received, months, cal="fr", stops=(), closures=()):
    same = add_months(received, months)
    suspended = suspended_days(stops)
    before = same + suspended * DAY
    deadline, skipped = roll(before, cal, closures)
    return {
        "same": same,
        "clamped": same.day != received.day,
        "suspended": suspended,
        "before": before,
        "skipped": skipped,
        "deadline": deadline,
    }


# ---------------------------------------------------------------------------------------------------------------
# Self-check against docs/rules.md#worked-examples


def self_check():
    # The reference examples (metropolitan France): received, months, +months, deadline.
    examples = [
        ("2026-01-31", 1, "2026-02-28", "2026-03-02"),
        ("2026-03-05", 1, "2026-04-05", "2026-04-07"),
        ("2026-04-14", 1, "2026-05-14", "2026-05-15"),
        ("2028-01-31", 1, "2028-02-29", "2028-02-29"),
        ("2026-04-14", 3, "2026-07-14", "2026-07-15"),
    ]
    for received, months, same, deadline in examples:
        got = derive(date(received), months)
        assert got["same"] == date(same), (received, got)
        assert got["deadline"] == date(deadline), (received, got)
    # The "why" column of the table.
    assert [d.isoformat() for d in derive(date("2026-01-31"), 1)["skipped"]] == ["2026-02-28", "2026-03-01"]
    assert date("2026-04-05") == easter_sunday(2026) and date("2026-05-14") == easter_sunday(2026) + 39 * DAY
    # Day arithmetic alone: 5 March -> 5 April, 31 August -> 30 September (Reg. 1182/71 art. 3(2)(c)).
    assert add_months(date("2025-03-05"), 1) == date("2025-04-05")
    assert add_months(date("2025-08-31"), 1) == date("2025-09-30")
    # Holiday calendars: the Easter dates.
    for text in ["2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16"]:
        assert easter_sunday(date(text).year) == date(text), text
    # Two independent Easter algorithms agree over the whole Gregorian range they cover.
    for year in range(1583, 4100):
        assert easter_meeus(year) == easter_knuth(year), year
    try:
        from dateutil.easter import easter as dateutil_easter  # optional third opinion
    except ImportError:
        pass
    else:
        for year in range(1583, 4100):
            assert dateutil_easter(year) == easter_meeus(year), year
    # Leap years.
    assert add_months(date("2100-01-31"), 1) == date("2100-02-28")
    assert add_months(date("2000-01-31"), 1) == date("2000-02-29")
    # Suspensions: overlaps once, adjacent add up, zero-length and reversed add nothing.
    d = date("2026-02-01")
    assert suspended_days([(d, d + 10 * DAY), (d + 5 * DAY, d + 15 * DAY)]) == 15
    assert suspended_days([(d, d + 5 * DAY), (d + 5 * DAY, d + 9 * DAY)]) == 9
    assert suspended_days([(d, d)]) == 0
    assert suspended_days([(d + DAY, d)]) == 0


# ---------------------------------------------------------------------------------------------------------------
# C++ output


def cpp_date(day):
    return f"QDate({day.year}, {day.month}, {day.day})"


def cpp_dates(days):
    return "QList<QDate>{" + ", ".join(cpp_date(d) for d in days) + "}"


def cpp_stops(stops):
    items = []
    for asked, answered in stops:
        a = cpp_date(asked) if asked else "QDate()"
        b = cpp_date(answered) if answered else "QDate()"
        items.append("{" + a + ", " + b + "}")
    return "QList<ClockStop>{" + ", ".join(items) + "}"


def split_atoms(value):
    """Break a long C++ expression after its top-level commas inside the outermost braces."""
    if "{" not in value:
        return [value]
    atoms = []
    depth = 0
    start = 0
    for index, char in enumerate(value):
        if char in "{(":
            depth += 1
        elif char in "})":
            depth -= 1
        elif char == "," and depth == 1:
            atoms.append(value[start:index + 1])
            start = index + 2
    atoms.append(value[start:])
    return atoms


def new_row(name, values, indent=4, width=120):
    """QTest::newRow(name) << values...; wrapped at width, a list split over lines indented once more."""
    assert '"' not in name and "\\" not in name, name
    lines = [" " * indent + f'QTest::newRow("{name}")']
    current = ""
    for position, value in enumerate(values):
        atoms = split_atoms(value)
        atoms[0] = "<< " + atoms[0]
        if position == len(values) - 1:
            atoms[-1] += ";"
        for index, atom in enumerate(atoms):
            if current and len(current) + 1 + len(atom) <= width:
                current += " " + atom
                continue
            if current:
                lines.append(current)
            current = " " * (indent + (8 if index else 4)) + atom
    lines.append(current)
    for line in lines:
        assert len(line) <= width, line
    return "\n".join(lines) + "\n"


def why(result):
    """A readable reason for an unnamed row: how the date was reached."""
    same = result["same"]
    text = f"{'month-end clamp to' if result['clamped'] else '+1 month'} {same} {WEEKDAYS[same.weekday()]}"
    if result["suspended"]:
        before = result["before"]
        text += f", +{result['suspended']}d suspended {before} {WEEKDAYS[before.weekday()]}"
    deadline = result["deadline"]
    if result["skipped"]:
        skipped = "+".join(result["reasons"][d] for d in result["skipped"])
        text += f", skip {skipped} -> {WEEKDAYS[deadline.weekday()]} {deadline}"
    else:
        text += ", a working day"
    return text


class Row:
    """One row of the common deadline table."""

    def __init__(self, received, cal="fr", stops=(), closures=(), purpose=None):
        self.received = date(received) if isinstance(received, str) else received
        self.cal = cal
        self.stops = [tuple(date(x) if isinstance(x, str) else x for x in stop) for stop in stops]
        # Given to the C++ as written (unsorted, duplicates): the calendar must cope.
        self.closures = [date(x) if isinstance(x, str) else x for x in closures]
        self.purpose = purpose

    def compute(self):
        initial = derive(self.received, 1, self.cal, self.stops, self.closures)
        extended = derive(self.received, 3, self.cal, self.stops, self.closures)
        initial["reasons"] = {d: non_working_reason(d, self.cal, self.closures) for d in initial["skipped"]}
        return initial, extended

    def name(self):
        initial, _ = self.compute()
        head = f"{self.received} {self.cal}"
        text = f"{head}: {why(initial)}"
        if self.purpose:
            text = f"{self.purpose} ({head})"
        return text

    def cpp(self):
        initial, extended = self.compute()
        values = [
            f'QStringLiteral("{self.cal}")',
            cpp_dates(self.closures),
            cpp_date(self.received),
            cpp_stops(self.stops),
            str(initial["suspended"]),
            cpp_date(initial["same"]),
            cpp_dates(initial["skipped"]),
            cpp_date(initial["deadline"]),
            cpp_date(extended["deadline"]),
        ]
        return new_row(self.name(), values)


# ---------------------------------------------------------------------------------------------------------------
# The cases


def month_end_rows():
    rows = []
    for year in range(2025, 2029):
        for month in range(1, 13):
            for day in range(28, 32):
                if day <= calendar.monthrange(year, month)[1]:
                    rows.append(Row(dt.date(year, month, day)))
    return rows


def leap_year_rows():
    specs = [
        ("2024-01-29", "leap year 2024: 29 January -> 29 February exists"),
        ("2024-01-30", "leap year 2024: 30 January clamps to 29 February"),
        ("2024-01-31", "leap year 2024: 31 January clamps to 29 February"),
        ("2024-02-29", "leap day 2024 received -> 29 March"),
        ("2023-11-29", "leap year 2024: extended from 29 November reaches 29 February"),
        ("2023-11-30", "leap year 2024: extended from 30 November clamps to 29 February"),
        ("2028-01-29", "leap year 2028: 29 January -> 29 February"),
        ("2028-01-30", "leap year 2028: 30 January clamps to 29 February"),
        ("2028-02-28", "leap year 2028: 28 February -> 28 March"),
        ("2028-02-29", "leap day 2028 received -> 29 March"),
        ("2027-11-30", "leap year 2028: extended from 30 November clamps to 29 February"),
        ("2027-01-31", "common year 2027: 31 January clamps to 28 February"),
        ("2100-01-28", "2100 not leap: 28 January -> 28 February"),
        ("2100-01-29", "2100 not leap: 29 January clamps to 28 February"),
        ("2100-01-31", "2100 not leap: 31 January clamps to 28 February"),
        ("2100-02-28", "2100 not leap: 28 February -> 28 March"),
        ("2099-11-29", "2100 not leap: extended from 29 November clamps to 28 February"),
        ("2000-01-29", "2000 is leap: 29 January -> 29 February"),
        ("2000-01-31", "2000 is leap: 31 January clamps to 29 February"),
        ("2000-02-29", "leap day 2000 received -> 29 March"),
        ("1999-11-30", "2000 is leap: extended from 30 November clamps to 29 February"),
    ]
    rows = [Row(received, purpose=purpose) for received, purpose in specs]
    rows.append(Row("2024-02-29", "fr-alsace-moselle",
                    purpose="leap day 2024 -> Alsace Good Friday, Easter weekend and Monday"))
    return rows


HOLIDAY_ORDER = ["New Year", "Easter Monday", "Labour Day", "VE Day", "Ascension", "Whit Monday", "Bastille Day",
                 "Assumption", "All Saints", "Armistice", "Christmas", "Good Friday", "St Stephen",
                 "Abolition of Slavery"]


def holiday_dates(cal, name, years):
    for year in years:
        for day, names in sorted(public_holidays(cal, year).items()):
            if name in names:
                yield day, names


def landing_row(cal, name, weekdays, years=range(2025, 2041), purpose_format=None):
    """A receipt whose one-month date is the holiday `name`, on one of `weekdays`, alone on its day."""
    for day, names in holiday_dates(cal, name, years):
        if day.weekday() not in weekdays or len(names) != 1:
            continue
        received = add_months(day, -1)
        if add_months(received, 1) != day or received.day != day.day:
            continue
        purpose = (purpose_format or "{cal}: lands on {name} {day} {wd}").format(
            cal=cal, name=name, day=day, wd=WEEKDAYS[day.weekday()])
        return Row(received, cal, purpose=purpose)
    raise LookupError((cal, name))


def holiday_rows():
    rows = []
    # Each of the 11 public holidays of metropolitan France, on a Monday-Thursday: one day's roll.
    for name in HOLIDAY_ORDER[:11]:
        weekdays = (0,) if name in ("Easter Monday", "Whit Monday") else (0, 1, 2, 3)
        rows.append(landing_row("fr", name, weekdays))
    # Easter Monday reached from Easter Sunday, worked example style, in another year.
    rows.append(Row("2027-02-28", purpose="lands on Easter Sunday 2027-03-28, then Easter Monday"))
    # Holidays inside the period do not lengthen it.
    rows.append(Row("2026-04-20", purpose="1 May, 8 May and Ascension inside the month add nothing"))
    # Each extra holiday of Alsace-Moselle and of each overseas calendar; the same receipt is a working day in fr.
    extras = [("fr-alsace-moselle", "Good Friday", (4,)), ("fr-alsace-moselle", "St Stephen", (0, 1, 2, 3))]
    extras += [(cal, "Abolition of Slavery", (0, 1, 2, 3)) for cal in CALENDARS[2:]]
    for cal, name, weekdays in extras:
        row = landing_row(cal, name, weekdays)
        rows.append(row)
        control = Row(row.received, "fr", purpose=f"control: {name} of {cal} is a working day in fr")
        rows.append(control)
    # A second year for each slavery day, whatever the weekday (may chain into a weekend).
    for cal in CALENDARS[2:]:
        month, day = SLAVERY_DAY[cal]
        landing = dt.date(2027, month, day)
        rows.append(Row(add_months(landing, -1), cal,
                        purpose=f"{cal}: Abolition of Slavery 2027 on a {WEEKDAYS[landing.weekday()]}"))
    # The other calendars keep the 11 metropolitan holidays (one each, rotating).
    for index, cal in enumerate(CALENDARS[1:]):
        name = HOLIDAY_ORDER[(3 * index + 2) % 11]
        rows.append(landing_row(cal, name, (0, 1, 2, 3), purpose_format="{cal} keeps {name}: lands on {day} {wd}"))
    # One calendar's slavery day is not another's.
    rows.append(Row("2026-04-22", "fr-guadeloupe", purpose="Martinique 22 May is a working day in Guadeloupe"))
    rows.append(Row("2026-04-27", "fr-martinique", purpose="Guadeloupe 27 May is a working day in Martinique"))
    rows.append(Row("2026-03-27", "fr-reunion", purpose="Mayotte 27 April is a working day in La Reunion"))
    # Good Friday and St Stephen are working days outside Alsace-Moselle.
    rows.append(Row("2026-03-03", "fr-guyane", purpose="Good Friday is a working day in Guyane"))
    rows.append(Row("2025-11-26", "fr-reunion", purpose="St Stephen is a working day in La Reunion"))
    # Two holidays on one day.
    rows.append(Row("2030-05-10", "fr-guyane", purpose="Whit Monday 2030 is also Guyane 10 June"))
    rows.append(Row("2031-04-22", "fr-martinique", purpose="Ascension 2031 is also Martinique 22 May"))
    rows.append(Row("2008-04-01", purpose="Ascension 2008 is also Labour Day"))
    return rows


def longest_roll(cal, years):
    best = None
    for year in years:
        day = dt.date(year, 1, 1)
        while day.year == year:
            result = derive(day, 1, cal)
            if best is None or len(result["skipped"]) > len(best[1]["skipped"]):
                best = (day, result)
            day += DAY
    return best[0]


def chain_rows():
    rows = [
        Row("2026-04-14", purpose="Ascension Thursday then Friday: no bridge in law"),
        Row("2026-04-01", purpose="Labour Day on a Friday then the weekend"),
        Row("2026-04-08", purpose="VE Day on a Friday then the weekend"),
        Row("2026-03-04", purpose="Easter Saturday, Sunday and Monday"),
        Row("2026-04-23", purpose="Whitsun Saturday, Sunday and Monday"),
        Row("2026-11-25", purpose="Christmas on a Friday then the weekend"),
        Row("2027-11-25", purpose="Christmas on a Saturday then Sunday"),
        Row("2026-12-01", purpose="New Year on a Friday then the weekend"),
        Row("2028-06-14", purpose="Bastille Day on a Friday then the weekend"),
        Row("2025-07-15", purpose="Assumption on a Friday then the weekend"),
        Row("2025-10-01", purpose="All Saints on a Saturday then Sunday"),
        Row("2025-10-31", purpose="Saturday then All Saints Sunday: no substitute day"),
        Row("2025-11-25", "fr-alsace-moselle", purpose="Alsace Christmas Thursday, St Stephen Friday, weekend"),
        Row("2025-11-25", purpose="control: Christmas Thursday then Friday 26 December in fr"),
        Row("2026-11-25", "fr-alsace-moselle", purpose="Alsace Christmas Friday, St Stephen Saturday, Sunday"),
        Row("2027-11-25", "fr-alsace-moselle", purpose="Alsace Christmas Saturday, St Stephen Sunday"),
        Row("2026-03-03", "fr-alsace-moselle", purpose="Alsace Good Friday, Easter weekend, Easter Monday"),
        Row("2026-03-03", purpose="control: Good Friday is a working day in fr"),
        Row("2033-04-26", "fr-guadeloupe", purpose="Guadeloupe Ascension Thursday, 27 May Friday, weekend"),
        Row("2033-04-26", "fr-saint-martin", purpose="Saint-Martin Ascension Thursday, 27 May Friday, weekend"),
        Row("2033-04-26", "fr-martinique", purpose="control: Ascension Thursday then Friday in Martinique"),
    ]
    for cal in CALENDARS:
        received = longest_roll(cal, range(2025, 2041))
        rows.append(Row(received, cal, purpose=f"longest roll 2025-2040 in {cal}"))
    return rows


def suspension_rows():
    r = "2026-03-10"  # -> 2026-04-10, a Friday
    return [
        Row(r, purpose="no suspension"),
        Row(r, stops=[("2026-03-12", "2026-03-19")], purpose="one 7-day suspension"),
        Row(r, stops=[("2026-03-12", "2026-03-22"), ("2026-03-17", "2026-03-27")],
            purpose="overlapping suspensions count once"),
        Row(r, stops=[("2026-03-12", "2026-04-01"), ("2026-03-17", "2026-03-22")],
            purpose="nested suspension counts once"),
        Row(r, stops=[("2026-03-12", "2026-03-17"), ("2026-03-17", "2026-03-21")],
            purpose="adjacent suspensions add up"),
        Row(r, stops=[("2026-03-17", "2026-03-21"), ("2026-03-12", "2026-03-17")],
            purpose="adjacent suspensions given out of order"),
        Row(r, stops=[("2026-03-12", "2026-03-12")], purpose="zero-length suspension adds nothing"),
        Row(r, stops=[("2026-03-12", "2026-03-19"), ("2026-03-15", "2026-03-15")],
            purpose="zero-length suspension inside another adds nothing"),
        Row(r, stops=[("2026-03-19", "2026-03-12")], purpose="answer before question adds nothing"),
        Row(r, stops=[("2026-03-12", "2026-03-19"), ("2026-03-12", "2026-03-19")],
            purpose="the same suspension twice counts once"),
        Row(r, stops=[("2026-03-12", "2026-03-15"), ("2026-03-20", "2026-03-23")],
            purpose="two separate suspensions add up"),
        Row(r, stops=[("2026-03-20", "2026-03-26"), ("2026-03-11", "2026-03-14"), ("2026-03-13", "2026-03-21")],
            purpose="three unsorted stops overlapping in a chain"),
        Row(r, stops=[("2026-03-11", "2026-03-12")], purpose="one day suspended lands on a Saturday"),
        Row(r, stops=[("2026-03-11", "2026-03-13")], purpose="two days suspended land on a Sunday"),
        Row("2026-01-31", stops=[("2026-02-02", "2026-02-04")],
            purpose="suspension added after the month-end clamp"),
        Row("2026-01-30", stops=[("2026-02-02", "2026-02-05")],
            purpose="clamp to 28 Feb first, then 3 days, not 2 Feb plus a month"),
        Row("2026-01-31", stops=[("2026-02-10", "2026-02-12")],
            purpose="roll once at the end: Saturday plus 2 days is Monday, not Wednesday"),
        Row("2026-06-10", stops=[("2026-06-11", "2026-06-15")], purpose="suspension pushes onto Bastille Day"),
        Row("2026-03-05", stops=[("2026-03-06", "2026-03-07")],
            purpose="worked example 2026-03-05 plus one day suspended: Easter Monday"),
        Row("2026-01-15", stops=[("2026-02-10", "2026-03-20")],
            purpose="suspension answered after the unsuspended deadline"),
        Row("2026-11-20", stops=[("2026-11-23", "2027-03-03")], purpose="100-day suspension across the year end"),
        Row("2028-02-15", stops=[("2028-02-28", "2028-03-01")], purpose="suspension across the 2028 leap day"),
        Row("2027-02-15", stops=[("2027-02-28", "2027-03-01")], purpose="suspension across 28 Feb 2027"),
        Row(r, stops=[("2026-03-12", None)], purpose="open suspension is not counted"),
        Row("2026-03-02", "fr-alsace-moselle", stops=[("2026-03-03", "2026-03-04")],
            purpose="Alsace: one day suspended lands on Good Friday"),
    ]


def extended_rows():
    return [
        Row("2026-11-30", purpose="extended: 30 November clamps to Sunday 28 February 2027"),
        Row("2026-11-29", purpose="extended: 29 November clamps to 28 February 2027"),
        Row("2026-05-31", purpose="extended: 31 May -> 31 August, 3 months not 1+2"),
        Row("2026-03-31", purpose="extended: 31 March -> 30 June, 1 month clamps to 30 April"),
        Row("2026-12-31", purpose="extended: 31 December -> 31 March"),
        Row("2026-05-15", purpose="extended lands on Assumption Saturday"),
        Row("2025-08-11", purpose="extended lands on Armistice Tuesday"),
        Row("2025-09-26", "fr-alsace-moselle", purpose="extended lands on St Stephen Friday in Alsace"),
        Row("2025-09-26", purpose="control: extended 26 December Friday is working in fr"),
        Row("2026-09-20", "fr-reunion", purpose="extended lands on Reunion 20 December, a Sunday"),
        Row("2027-09-20", "fr-reunion", purpose="extended lands on Reunion 20 December, a Monday"),
        Row("2026-07-09", "fr-saint-barthelemy", purpose="extended lands on Saint-Barthelemy 9 October"),
        Row("2026-03-10", "fr-guyane", purpose="extended lands on Guyane 10 June"),
        Row("2026-04-14", stops=[("2026-04-20", "2026-04-27")],
            purpose="extended worked example plus 7 days suspended"),
        Row("2026-02-28", stops=[("2026-03-01", "2026-03-03"), ("2026-03-02", "2026-03-05")],
            purpose="extended with overlapping suspensions"),
    ]


def closure_rows():
    return [
        Row("2026-04-14", closures=["2026-05-15"], purpose="Ascension bridge closure: Thursday, Friday, weekend"),
        Row("2026-06-09", closures=["2026-07-09"], purpose="closure day on a Thursday"),
        Row("2026-06-11", closures=["2026-07-11"], purpose="closure day on a Saturday: still Saturday and Sunday"),
        Row("2026-06-09", closures=["2025-07-09"], purpose="closure day of another year changes nothing"),
        Row("2026-04-14", closures=["2026-04-20", "2026-04-21"], purpose="closure inside the period adds nothing"),
        Row("2026-11-28", closures=["2026-12-31", "2026-12-28", "2026-12-30", "2026-12-29", "2026-12-28"],
            purpose="year-end shutdown, unsorted with a duplicate, then New Year"),
        Row("2025-11-24", "fr-alsace-moselle", closures=["2025-12-24"],
            purpose="Alsace closure 24 Dec, Christmas, St Stephen, weekend"),
        Row("2026-04-14", closures=["2026-05-14"], purpose="closure on a public holiday counts once"),
        Row("2026-04-20", closures=["2026-07-20", "2026-07-21"], purpose="closures roll the extended deadline"),
        Row("2026-04-10", stops=[("2026-04-13", "2026-04-15")], closures=["2026-05-12", "2026-05-13"],
            purpose="suspension onto closures then Ascension"),
        Row("2026-05-13", "fr-martinique", closures=["2026-06-12", "2026-06-15"],
            purpose="Martinique: weekend then a Monday closure; the Friday closure is before"),
    ]


def suspended_days_rows():
    d = date
    specs = [
        ("no suspension", []),
        ("one week", [("2026-03-12", "2026-03-19")]),
        ("one day", [("2026-03-12", "2026-03-13")]),
        ("zero-length", [("2026-03-12", "2026-03-12")]),
        ("reversed dates", [("2026-03-19", "2026-03-12")]),
        ("overlapping", [("2026-03-01", "2026-03-11"), ("2026-03-06", "2026-03-16")]),
        ("overlapping, given in reverse order", [("2026-03-06", "2026-03-16"), ("2026-03-01", "2026-03-11")]),
        ("nested", [("2026-03-01", "2026-03-21"), ("2026-03-06", "2026-03-11")]),
        ("nested, given first", [("2026-03-06", "2026-03-11"), ("2026-03-01", "2026-03-21")]),
        ("adjacent", [("2026-03-01", "2026-03-06"), ("2026-03-06", "2026-03-10")]),
        ("one-day gap", [("2026-03-01", "2026-03-05"), ("2026-03-06", "2026-03-09")]),
        ("identical", [("2026-03-01", "2026-03-08"), ("2026-03-01", "2026-03-08")]),
        ("same start", [("2026-03-01", "2026-03-08"), ("2026-03-01", "2026-03-04")]),
        ("same end", [("2026-03-01", "2026-03-08"), ("2026-03-05", "2026-03-08")]),
        ("adjacent through a zero-length stop",
         [("2026-03-01", "2026-03-05"), ("2026-03-05", "2026-03-05"), ("2026-03-05", "2026-03-08")]),
        ("zero-length inside another", [("2026-03-01", "2026-03-08"), ("2026-03-04", "2026-03-04")]),
        ("zero-length alone and a real one", [("2026-02-01", "2026-02-01"), ("2026-03-01", "2026-03-03")]),
        ("reversed next to a real one", [("2026-03-10", "2026-03-01"), ("2026-03-01", "2026-03-03")]),
        ("chain of three overlaps",
         [("2026-03-10", "2026-03-20"), ("2026-03-01", "2026-03-05"), ("2026-03-04", "2026-03-12")]),
        ("two groups", [("2026-03-01", "2026-03-05"), ("2026-03-03", "2026-03-07"), ("2026-04-01", "2026-04-03"),
                        ("2026-04-02", "2026-04-06")]),
        ("across 29 February 2028", [("2028-02-28", "2028-03-01")]),
        ("across 28 February 2027", [("2027-02-28", "2027-03-01")]),
        ("across the year end", [("2026-12-30", "2027-01-02")]),
        ("a whole leap year", [("2028-01-01", "2029-01-01")]),
        ("open stop ignored", [("2026-03-01", None)]),
        ("stop without question date ignored", [(None, "2026-03-05")]),
        ("open stop next to a closed one", [("2026-03-01", "2026-03-04"), ("2026-03-02", None)]),
    ]
    lines = []
    for name, stops in specs:
        stops = [tuple(d(x) if x else None for x in stop) for stop in stops]
        days = suspended_days(stops)
        lines.append(new_row(f"{name}: {days} day{'' if days == 1 else 's'}", [cpp_stops(stops), str(days)]))
    return lines


def worked_example_rows():
    specs = [
        ("2026-01-31", 1, "worked example: 2026-01-31 month-end clamp then weekend"),
        ("2026-03-05", 1, "worked example: 2026-03-05 Easter Sunday then Easter Monday"),
        ("2026-04-14", 1, "worked example: 2026-04-14 Ascension holiday"),
        ("2028-01-31", 1, "worked example: 2028-01-31 leap year"),
        ("2026-04-14", 3, "worked example: 2026-04-14 extended, 3 months then Bastille Day"),
    ]
    lines = []
    for received, months, name in specs:
        result = derive(date(received), months)
        values = [cpp_date(date(received)), str(months), cpp_date(result["same"]),
                  "true" if result["clamped"] else "false", cpp_date(result["deadline"])]
        lines.append(new_row(name, values))
    return lines


def easter_rows():
    return [new_row(f"Easter {year}", [str(year), cpp_date(easter_sunday(year))]) for year in range(2000, 2051)]


def holidays_of_year_rows():
    specs = [(cal, year) for year in range(2025, 2029) for cal in CALENDARS]
    specs += [("fr", 2008), ("fr-alsace-moselle", 2008), ("fr", 2038), ("fr-alsace-moselle", 2038),
              ("fr-guyane", 2030), ("fr-martinique", 2031), ("fr-alsace-moselle", 2285), ("fr", 2000),
              ("fr", 2100)]
    lines = []
    for cal, year in specs:
        days = sorted(public_holidays(cal, year))
        name = f"{cal} {year}: {len(days)} days"
        lines.append(new_row(name, [f'QStringLiteral("{cal}")', str(year), cpp_dates(days)]))
    return lines


def deadline_block(rows):
    unique = {}
    for row in rows:  # a search (longest roll) may find a case already listed: keep the first
        unique.setdefault((row.received, row.cal, tuple(row.stops), tuple(row.closures)), row)
    rows = list(unique.values())
    names = [row.name() for row in rows]
    duplicates = {n for n in names if names.count(n) > 1}
    assert not duplicates, duplicates
    return [row.cpp() for row in rows]


BLOCKS = {
    "workedExamples": worked_example_rows,
    "monthEnds": lambda: deadline_block(month_end_rows()),
    "leapYears": lambda: deadline_block(leap_year_rows()),
    "holidays": lambda: deadline_block(holiday_rows()),
    "chains": lambda: deadline_block(chain_rows()),
    "suspensions": lambda: deadline_block(suspension_rows()),
    "extendedDeadlines": lambda: deadline_block(extended_rows()),
    "closureDays": lambda: deadline_block(closure_rows()),
    "suspendedDays": suspended_days_rows,
    "holidaysOfYear": holidays_of_year_rows,
    "easterSunday": easter_rows,
}


def render(block):
    return "".join(BLOCKS[block]()).rstrip("\n")


def write(path):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    for block in BLOCKS:
        pattern = re.compile(r"(// BEGIN GENERATED " + block + r"\n)(.*?)( *// END GENERATED " + block + r"\n)", re.S)
        if not pattern.search(text):
            sys.exit(f"{path}: no GENERATED markers for {block}")
        text = pattern.sub(lambda m: m.group(1) + render(block) + "\n" + m.group(3), text)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="self-check only")
    parser.add_argument("--write", metavar="CASES_INC", nargs="?", const=str(CASES_FILE),
                        help=f"rewrite the generated blocks of this file (default: {CASES_FILE.name})")
    args = parser.parse_args()
    self_check()
    if args.check:
        print("oracle self-check passed")
        return
    if args.write:
        write(args.write)
        return
    for block in BLOCKS:
        rows = BLOCKS[block]()
        print(f"{block}: {len(rows)} rows", file=sys.stderr)
        print(f"    // BEGIN GENERATED {block}")
        print("".join(rows), end="")
        print(f"    // END GENERATED {block}")


if __name__ == "__main__":
    main()
