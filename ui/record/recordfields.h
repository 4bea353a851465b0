// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QPlainTextEdit;
class QWidget;

namespace dpodesk::recordfields {

/// A multi-line field holding one value per line (purposes, recipients...), sized to a few lines; Tab leaves it.
QPlainTextEdit *makeListEdit(const QString &objectName, const QString &placeholder, int lines, QWidget *parent);
/// The values of such a field: one per line, trimmed, empty lines dropped.
QStringList lines(const QPlainTextEdit *edit);

} // namespace dpodesk::recordfields
