// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "uikit.h"

#include <QLabel>
#include <QLocale>
#include <QPalette>

namespace dpodesk::ui {

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QStringLiteral("—");
}

QString longDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy")) : QStringLiteral("—");
}

QString localDateTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")) : QString();
}

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *makeErrorLabel(QWidget *parent)
{
    QLabel *label = makeLabel(QStringLiteral("error"), parent);
    QPalette red = label->palette();
    red.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    label->setPalette(red);
    label->setVisible(false);
    return label;
}

} // namespace dpodesk::ui
