// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace dpodesk {

/// Where "today" comes from. Deadline and validation code never reads the system clock itself,
/// so tests fix the date and the organisation's time zone decides which calendar day it is.
class Clock {
public:
    virtual ~Clock() = default;
    /// The current instant, in UTC.
    virtual QDateTime nowUtc() const = 0;
    /// The calendar date in the organisation's time zone.
    virtual QDate today() const = 0;
    /// The calendar date of an instant in the organisation's time zone.
    virtual QDate localDate(const QDateTime &instant) const = 0;
};

/// The real clock, reading dates in the organisation's time zone (default Europe/Paris).
class SystemClock final : public Clock {
public:
    explicit SystemClock(QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Paris"))) : m_zone(std::move(zone)) {}
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    QDate today() const override { return localDate(QDateTime::currentDateTimeUtc()); }
    QDate localDate(const QDateTime &instant) const override { return instant.toTimeZone(m_zone).date(); }
    /// The organisation's time zone, once its profile is read.
    void setZone(const QTimeZone &zone) { m_zone = zone; }

private:
    QTimeZone m_zone;
};

/// A clock that says what it is told: for tests and for reproducible command-line runs.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDate today, QTime time = QTime(9, 0)) : m_now(today, time, QTimeZone::utc()) {}
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    QDate today() const override { return m_now.date(); }
    /// Tests think in UTC dates.
    QDate localDate(const QDateTime &instant) const override { return instant.toUTC().date(); }
    void set(QDateTime nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

/// The real instant on a calendar day the caller fixes: a worker thread that must agree with the desk's "today"
/// (its clock may be a test's) while its audit events carry the real time.
class DayClock final : public Clock {
public:
    explicit DayClock(QDate day) : m_day(day) {}
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    QDate today() const override { return m_day; }
    QDate localDate(const QDateTime &instant) const override { return m_system.localDate(instant); }

private:
    QDate m_day;
    SystemClock m_system;
};

} // namespace dpodesk
