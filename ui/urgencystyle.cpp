// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "urgencystyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace dpodesk {

QColor UrgencyStyle::background(Urgency urgency)
{
    // Light tints that keep black text readable; the icon and the words carry the meaning too.
    switch (urgency) {
    case Urgency::Overdue:
        return QColor(0xF8, 0xD7, 0xDA);
    case Urgency::DueSoon:
        return QColor(0xFF, 0xE8, 0xB3);
    case Urgency::ClockStopped:
        return QColor(0xD6, 0xE4, 0xF5);
    case Urgency::OnTrack:
        return QColor(0xDF, 0xF0, 0xD8);
    case Urgency::Done:
        return QColor(0xEE, 0xEE, 0xEE);
    }
    return {};
}

QColor UrgencyStyle::foreground(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QColor(0x8A, 0x10, 0x1C);
    case Urgency::DueSoon:
        return QColor(0x7A, 0x4A, 0x00);
    case Urgency::ClockStopped:
        return QColor(0x1F, 0x4E, 0x8C);
    case Urgency::OnTrack:
        return QColor(0x2E, 0x5E, 0x1E);
    case Urgency::Done:
        return QColor(0x55, 0x55, 0x55);
    }
    return {};
}

QIcon UrgencyStyle::icon(Urgency urgency)
{
    static QIcon cache[5];
    QIcon &cached = cache[static_cast<int>(urgency)];
    if (!cached.isNull()) {
        return cached;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = foreground(urgency);
    p.setPen(QPen(ink, 3));
    p.setBrush(ink);
    switch (urgency) {
    case Urgency::Overdue: { // a warning triangle with a bar
        QPainterPath triangle;
        triangle.moveTo(16, 3);
        triangle.lineTo(30, 29);
        triangle.lineTo(2, 29);
        triangle.closeSubpath();
        p.drawPath(triangle);
        p.setPen(QPen(Qt::white, 3.5));
        p.drawLine(16, 11, 16, 20);
        p.drawPoint(16, 25);
        break;
    }
    case Urgency::DueSoon: // a clock face
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(4, 4, 24, 24));
        p.drawLine(16, 16, 16, 8);
        p.drawLine(16, 16, 22, 16);
        break;
    case Urgency::ClockStopped: // pause bars
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(7, 5, 6, 22));
        p.drawRect(QRectF(19, 5, 6, 22));
        break;
    case Urgency::OnTrack: // a plain dot
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(9, 9, 14, 14));
        break;
    case Urgency::Done: // a check mark
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({QPointF(5, 17), QPointF(13, 25), QPointF(27, 7)}));
        break;
    }
    p.end();
    cached = QIcon(pixmap);
    return cached;
}

QString UrgencyStyle::countdown(Urgency urgency, QDate deadline, QDate today, QDate clockStoppedSince)
{
    const QLocale locale;
    const int left = DeadlineCalculator::daysLeft(deadline, today);
    switch (urgency) {
    case Urgency::ClockStopped:
        return tr("Clock stopped since %1").arg(locale.toString(clockStoppedSince, QLocale::ShortFormat));
    case Urgency::Done:
        return tr("Done");
    case Urgency::Overdue:
        return left == -1 ? tr("Overdue by 1 day") : tr("Overdue by %1 days").arg(-left);
    case Urgency::DueSoon:
    case Urgency::OnTrack:
        if (left == 0) {
            return tr("Due today");
        }
        return left == 1 ? tr("1 day left") : tr("%1 days left").arg(left);
    }
    return {};
}

QString UrgencyStyle::extensionNoticeDue()
{
    return tr("Extension notice due");
}

} // namespace dpodesk
