// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli audit verify [--expect-head HASH]
int runAudit(const QString &verb, const QStringList &arguments);
/// dpodesk-cli demo --cases N [--seed S]
int runDemo(const QStringList &arguments);

} // namespace dpodesk::cli
