// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace dpodesk {

/// Confines the preview helper to reading what a renderer needs, with Landlock (Linux 5.13 and later): a reference
/// inside a hostile file that slipped past every check would still find none of the user's files.
class Confinement final {
public:
    /// Whether this kernel offers Landlock.
    static bool available();

    /// From now on, for good, this process and its threads may only read the files and folders given (and what lies
    /// beneath them): nothing else is read, and nothing written, created, removed or run. Files already open stay
    /// usable. Paths that do not exist are skipped. Returns false, changing nothing, where Landlock is missing.
    static bool readOnly(const QStringList &paths);
};

} // namespace dpodesk
