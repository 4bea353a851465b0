// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli report deadlines|activity --format csv|pdf|ics --out FILE [--from DATE] [--to DATE]
///     [--profile standard|fr-spreadsheet]
int runReport(const QString &verb, const QStringList &arguments);

} // namespace dpodesk::cli
