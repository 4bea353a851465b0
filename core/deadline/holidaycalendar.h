// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dpodesk {

/// Public holidays of one French calendar (Labour Code art. L3133-1, L3134-13, L3422-2) plus the
/// organisation's own closure days. Saturdays and Sundays are never working days. docs/rules.md#holiday-calendars
class HolidayCalendar final {
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
public:
    enum class Region {
        Metropolitan,
        AlsaceMoselle,
        Guadeloupe,
        Martinique,
        Guyane,
        Reunion,
        Mayotte,
        SaintBarthelemy,
        SaintMartin,
    };

    explicit HolidayCalendar(Region region = Region::Metropolitan, QList<QDate> closureDays = {});

    /// The calendar named as on the command line: fr, fr-alsace-moselle, fr-guadeloupe, ...
    static Result<HolidayCalendar> fromName(const QString &name, QList<QDate> closureDays = {});
    /// Every calendar name fromName() accepts, in a stable order.
    static QStringList names();
    /// A human label for a calendar name ("Metropolitan France", ...).
    static QString label(const QString &name);

    /// Easter Sunday of a Gregorian year: anonymous Gregorian (Meeus/Jones/Butcher) algorithm.
    static QDate easterSunday(int year);

    QString name() const;
    Region region() const { return m_region; }
    QList<QDate> closureDays() const { return m_closureDays; }

    bool isWeekend(QDate date) const;
    /// A public holiday of this calendar or a closure day of the organisation.
    bool isHoliday(QDate date) const;
    bool isWorkingDay(QDate date) const { return !isWeekend(date) && !isHoliday(date); }
    /// Why a date is not a working day ("Saturday", "Easter Monday", "Closure day"), empty for a working day.
    QString nonWorkingReason(QDate date) const;
    /// The public holidays of a year, in date order, with their names (closure days included).
    QList<std::pair<QDate, QString>> holidaysOf(int year) const;

private:
    Region m_region;
    QList<QDate> m_closureDays;
    QSet<QDate> m_closureSet;
};

} // namespace dpodesk
