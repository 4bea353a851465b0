// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace dpodesk {

/// One DPO Desk at a time per register file: a lock file `<register>.lock` beside it (QLockFile: the holder's
/// process id, application and host inside; a lock left by a process that died is taken over, and so is one that a
/// process killed while making it left without its holder's name).
class InstanceLock final {
    Q_DECLARE_TR_FUNCTIONS(InstanceLock)
public:
    /// Prepares the lock of the register at databasePath; nothing is locked until tryLock().
    explicit InstanceLock(const QString &databasePath);
    ~InstanceLock(); ///< releases the lock if held
    Q_DISABLE_COPY_MOVE(InstanceLock)

    /// Takes the lock at once, or says in words who holds it ("already open in DPO Desk (process 1234 on host)").
    Result<void> tryLock();
    /// Releases the lock (the lock file is removed). Safe to call when not held.
    void unlock();
    bool isLocked() const;
    QString lockFilePath() const { return m_lockPath; }

    /// `<register>.lock`, the register named by its canonical path so that a link to it finds the same lock.
    static QString lockFilePathFor(const QString &databasePath);

private:
    /// A lock file without a holder's name (a DPO Desk killed while making it) is taken over once this old.
    static constexpr qint64 kUnnamedLockGraceMs = 1000;
    bool takeOverUnnamedLock();
    QString whyNotWritable() const;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace dpodesk
