// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deadline/holidaycalendar.h"

#include <algorithm>
#include <array>

#include <QVarLengthArray>

namespace dpodesk {

namespace {

struct RegionInfo {
    HolidayCalendar::Region region;
    const char *name;
    const char *label;
    int slaveryDayMonth; // 0: no abolition-of-slavery day (Labour Code art. L3422-2)
    int slaveryDayDay;
};

// clang-format off
constexpr std::array<RegionInfo, 9> kRegions{{
    {HolidayCalendar::Region::Metropolitan,    "fr",                  QT_TRANSLATE_NOOP("HolidayCalendar", "Metropolitan France"), 0, 0},
    {HolidayCalendar::Region::AlsaceMoselle,   "fr-alsace-moselle",   QT_TRANSLATE_NOOP("HolidayCalendar", "Alsace-Moselle"), 0, 0},
    {HolidayCalendar::Region::Guadeloupe,      "fr-guadeloupe",       QT_TRANSLATE_NOOP("HolidayCalendar", "Guadeloupe"), 5, 27},
    {HolidayCalendar::Region::Martinique,      "fr-martinique",       QT_TRANSLATE_NOOP("HolidayCalendar", "Martinique"), 5, 22},
    {HolidayCalendar::Region::Guyane,          "fr-guyane",           QT_TRANSLATE_NOOP("HolidayCalendar", "French Guiana"), 6, 10},
    {HolidayCalendar::Region::Reunion,         "fr-reunion",          QT_TRANSLATE_NOOP("HolidayCalendar", "La Réunion"), 12, 20},
    {HolidayCalendar::Region::Mayotte,         "fr-mayotte",          QT_TRANSLATE_NOOP("HolidayCalendar", "Mayotte"), 4, 27},
    {HolidayCalendar::Region::SaintBarthelemy, "fr-saint-barthelemy", QT_TRANSLATE_NOOP("HolidayCalendar", "Saint-Barthélemy"), 10, 9},
    {HolidayCalendar::Region::SaintMartin,     "fr-saint-martin",     QT_TRANSLATE_NOOP("HolidayCalendar", "Saint-Martin"), 5, 27},
}};
// clang-format on

const RegionInfo &infoOf(HolidayCalendar::Region region)
{
    for (const auto &info : kRegions) {
        if (info.region == region) {
            return info;
        }
    }
    return kRegions.front();
}

} // namespace

HolidayCalendar::HolidayCalendar(Region region, QList<QDate> closureDays)
    : m_region(region), m_closureDays(std::move(closureDays))
{
    m_closureDays.removeIf([](QDate d) { return !d.isValid(); });
    std::sort(m_closureDays.begin(), m_closureDays.end());
    m_closureDays.erase(std::unique(m_closureDays.begin(), m_closureDays.end()), m_closureDays.end());
    m_closureSet = QSet<QDate>(m_closureDays.cbegin(), m_closureDays.cend());
}

Result<HolidayCalendar> HolidayCalendar::fromName(const QString &name, QList<QDate> closureDays)
{
    for (const auto &info : kRegions) {
        if (name == QLatin1String(info.name)) {
            return HolidayCalendar(info.region, std::move(closureDays));
        }
    }
    return makeError(Error::Code::Invalid,
                     tr("Unknown holiday calendar \"%1\"; expected one of: %2.").arg(name, names().join(u", ")),
                     QStringLiteral("calendar"));
}

QStringList HolidayCalendar::names()
{
    QStringList result;
    for (const auto &info : kRegions) {
        result << QLatin1String(info.name);
    }
    return result;
}

QString HolidayCalendar::label(const QString &name)
{
    for (const auto &info : kRegions) {
        if (name == QLatin1String(info.name)) {
            return tr(info.label);
        }
    }
    return name;
}

QString HolidayCalendar::name() const
{
    return QLatin1String(infoOf(m_region).name);
}

QDate HolidayCalendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus, Astronomical Algorithms; Jones 1876; Butcher 1876).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

bool HolidayCalendar::isWeekend(QDate date) const
{
    return date.dayOfWeek() >= Qt::Saturday;
}

namespace {

using NamedDay = std::pair<QDate, const char *>;

/// The public holidays of a region in a year, named untranslated: the one statement of the rules, used by the
/// hot path (no strings built, no heap) and by the named list alike.
QVarLengthArray<NamedDay, 16> publicHolidays(int year, HolidayCalendar::Region region)
{
    const QDate easter = HolidayCalendar::easterSunday(year);
    // French Labour Code art. L3133-1.
    QVarLengthArray<NamedDay, 16> days{
        {QDate(year, 1, 1), QT_TRANSLATE_NOOP("HolidayCalendar", "New Year's Day")},
        {easter.addDays(1), QT_TRANSLATE_NOOP("HolidayCalendar", "Easter Monday")},
        {QDate(year, 5, 1), QT_TRANSLATE_NOOP("HolidayCalendar", "Labour Day")},
        {QDate(year, 5, 8), QT_TRANSLATE_NOOP("HolidayCalendar", "Victory in Europe Day")},
        {easter.addDays(39), QT_TRANSLATE_NOOP("HolidayCalendar", "Ascension Day")},
        {easter.addDays(50), QT_TRANSLATE_NOOP("HolidayCalendar", "Whit Monday")},
        {QDate(year, 7, 14), QT_TRANSLATE_NOOP("HolidayCalendar", "Bastille Day")},
        {QDate(year, 8, 15), QT_TRANSLATE_NOOP("HolidayCalendar", "Assumption Day")},
        {QDate(year, 11, 1), QT_TRANSLATE_NOOP("HolidayCalendar", "All Saints' Day")},
        {QDate(year, 11, 11), QT_TRANSLATE_NOOP("HolidayCalendar", "Armistice Day")},
        {QDate(year, 12, 25), QT_TRANSLATE_NOOP("HolidayCalendar", "Christmas Day")},
    };
    if (region == HolidayCalendar::Region::AlsaceMoselle) { // art. L3134-13
        days.append({easter.addDays(-2), QT_TRANSLATE_NOOP("HolidayCalendar", "Good Friday")});
        days.append({QDate(year, 12, 26), QT_TRANSLATE_NOOP("HolidayCalendar", "St Stephen's Day")});
    }
    const RegionInfo &info = infoOf(region);
    if (info.slaveryDayMonth != 0) { // art. L3422-2
        days.append({QDate(year, info.slaveryDayMonth, info.slaveryDayDay),
                     QT_TRANSLATE_NOOP("HolidayCalendar", "Abolition of Slavery Day")});
    }
    return days;
}

} // namespace

bool HolidayCalendar::isHoliday(QDate date) const
{
    if (m_closureSet.contains(date)) {
        return true;
    }
    const auto days = publicHolidays(date.year(), m_region);
    return std::any_of(days.cbegin(), days.cend(), [date](const NamedDay &d) { return d.first == date; });
}

QList<std::pair<QDate, QString>> HolidayCalendar::holidaysOf(int year) const
{
    QList<std::pair<QDate, QString>> days;
    for (const NamedDay &d : publicHolidays(year, m_region)) {
        days.append({d.first, tr(d.second)});
    }
    for (const QDate &closure : m_closureDays) {
        if (closure.year() == year) {
            days.append({closure, tr("Closure day")});
        }
    }
    std::stable_sort(days.begin(), days.end(), [](const auto &l, const auto &r) { return l.first < r.first; });
    // Two holidays on one day (1 May 2008 was also Ascension Day): one entry naming both.
    QList<std::pair<QDate, QString>> merged;
    for (const auto &day : days) {
        if (!merged.isEmpty() && merged.last().first == day.first) {
            merged.last().second += QStringLiteral(" / ") + day.second;
        } else {
            merged.append(day);
        }
    }
    return merged;
}

QString HolidayCalendar::nonWorkingReason(QDate date) const
{
    if (isHoliday(date)) {
        const auto holidays = holidaysOf(date.year());
        for (const auto &holiday : holidays) {
            if (holiday.first == date) {
                return holiday.second;
            }
        }
    }
    if (date.dayOfWeek() == Qt::Saturday) {
        return tr("Saturday");
    }
    if (date.dayOfWeek() == Qt::Sunday) {
        return tr("Sunday");
    }
    return {};
}

} // namespace dpodesk
