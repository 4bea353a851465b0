// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli case add | list | show | update | suspend | resume | extend | answer | close | withdraw | delete
int runCase(const QString &verb, const QStringList &arguments);
QStringList caseVerbs();

} // namespace dpodesk::cli
