// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli letter --case REF --kind KIND --lang fr|en --out FILE.pdf [--text TEXT] | --list-kinds
int runLetter(const QStringList &arguments);

} // namespace dpodesk::cli
