// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli backup --out FILE | --rotate [--keep N] [--folder DIR]
int runBackup(const QStringList &arguments);
/// dpodesk-cli restore FILE --yes | --check
int runRestore(const QStringList &arguments);

} // namespace dpodesk::cli
