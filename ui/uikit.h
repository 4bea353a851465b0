// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

class QLabel;
class QWidget;

namespace dpodesk::ui {

/// "4 Nov 2026" in the interface language; "—" for no date.
QString shortDate(QDate date);
/// "Wednesday 4 November 2026"; "—" for no date.
QString longDate(QDate date);
/// A UTC instant as a local date and time: "4 Nov 2026 09:00"; empty for none.
QString localDateTime(const QDateTime &utc);
/// A plain-text, word-wrapped, selectable label.
QLabel *makeLabel(const QString &objectName, QWidget *parent);
/// The red line in which a dialog says why it refuses; hidden until there is something to say.
QLabel *makeErrorLabel(QWidget *parent);

} // namespace dpodesk::ui
