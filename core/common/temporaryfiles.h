// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace dpodesk::temporaryfiles {

/// A name for a file being made beside path, renamed over its place once whole:
/// `.<file name>.<tag>-<host>-<process id>-<random>`, created readable by its owner only. The host and the process
/// say who makes it, so that what a killed process left behind can be told from what a running one is writing.
QString near(const QString &path, const QString &tag);

/// Removes from folder the temporary files (and their -wal, -shm, -journal) of DPO Desk processes of this host that
/// are gone: copies of backups, restores, new registers and exports that a killed program left half-made. Those of a
/// running process, of another host, and every other file are left alone; names of earlier versions (without a
/// process) go once they are a day old. Returns how many files were removed.
int sweep(const QString &folder);

} // namespace dpodesk::temporaryfiles
