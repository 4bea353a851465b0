// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "deadline/deadlinecalculator.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace dpodesk {

/// How urgency looks everywhere in the application: a colour, an icon with a distinct shape, and words,
/// so that it survives colour blindness, greyscale printing and screen readers.
class UrgencyStyle final {
    Q_DECLARE_TR_FUNCTIONS(UrgencyStyle)
public:
    static QColor background(Urgency urgency);
    static QColor foreground(Urgency urgency);
    /// A small icon whose shape differs per urgency (triangle, clock, pause bars, circle, check).
    static QIcon icon(Urgency urgency);
    /// "Overdue by 3 days", "Due today", "5 days left", "Clock stopped since 3 Nov 2026", "Done".
    static QString countdown(Urgency urgency, QDate deadline, QDate today, QDate clockStoppedSince);
    static QString extensionNoticeDue();
};

} // namespace dpodesk
