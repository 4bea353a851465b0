// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>

namespace dpodesk::backupfiles {

// Whole-file operations of backup and restore (POSIX): copies that are checked and synced, renames that replace
// atomically, and the question whether two names are one file.

/// SHA-256 of a file's bytes, in hex.
Result<QString> sha256(const QString &path);
/// Copies from to a new file to (which must not exist), owner-only permissions, synced to disk. Returns the SHA-256
/// of what was written. On failure nothing is left at to.
Result<QString> copyNew(const QString &from, const QString &to);
/// Writes the file's data to disk.
Result<void> sync(const QString &path);
/// Renames from over to in one step (an existing to is replaced atomically), then syncs the folder.
Result<void> replace(const QString &from, const QString &to);
/// Both names lead to the same file (a link or another spelling included). False when either does not exist.
bool sameFile(const QString &a, const QString &b);

} // namespace dpodesk::backupfiles
