// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli deadline --received YYYY-MM-DD [--suspension FROM:TO]... [--calendar NAME] [--json]
int runDeadline(const QStringList &arguments);

} // namespace dpodesk::cli
