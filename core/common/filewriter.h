// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dpodesk {

/// Writes files a user asked for (letters, reports, exports) whole or not at all.
class FileWriter final {
    Q_DECLARE_TR_FUNCTIONS(FileWriter)
public:
    /// Writes bytes to path through a temporary file (0600) renamed over it: every write() is checked (a full disk
    /// can accept part of a write without an error), the file is synced before the rename, and what landed is read
    /// back and compared. On any failure an existing file at path is left exactly as it was and the message says so
    /// ("the disk is full" with the path, for a full disk). The new file is readable by its owner only.
    static Result<void> writeAtomically(const QString &path, const QByteArray &bytes);
    /// The same for a file that must not exist yet (exports): never replaces a file, even one that appears while this
    /// one is being written (Error::Code::Conflict then).
    static Result<void> writeNew(const QString &path, const QByteArray &bytes);

private:
    static Result<void> write(const QString &path, const QByteArray &bytes, bool replace);
};

} // namespace dpodesk
