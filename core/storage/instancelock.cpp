// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/instancelock.h"

#include "common/oserror.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace dpodesk {

QString InstanceLock::lockFilePathFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QStringLiteral(".lock");
}

InstanceLock::InstanceLock(const QString &databasePath)
    : m_lockPath(lockFilePathFor(databasePath)), m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // Never stale by age: only when its process is gone (QLockFile checks the process id on this host).
    m_lock->setStaleLockTime(0);
}

InstanceLock::~InstanceLock()
{
    unlock();
}

Result<void> InstanceLock::tryLock()
{
    if (m_lock->isLocked()) {
        return {};
    }
    if (m_lock->tryLock(0)) {
        // Readable by its owner only, whatever the umask (it names the user's host and process).
        QFile::setPermissions(m_lockPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    }
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (!m_lock->getLockInfo(&pid, &host, &application)) {
            if (takeOverUnnamedLock()) {
                return {};
            }
            return makeError(Error::Code::Locked,
                             tr("This register is already open in DPO Desk (%1 is held by another program). Switch "
                                "to that window, or close it first.")
                                 .arg(m_lockPath));
        }
        return makeError(Error::Code::Locked, tr("This register is already open in DPO Desk (process %1 on %2). "
                                                 "Switch to that window, or close it first.")
                                                  .arg(pid)
                                                  .arg(host));
    }
    case QLockFile::PermissionError:
        return makeError(Error::Code::Io,
                         tr("Cannot create the lock file %1: the folder is not writable.").arg(m_lockPath));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return makeError(Error::Code::Io, tr("Cannot create the lock file %1: %2.").arg(m_lockPath, whyNotWritable()));
}

bool InstanceLock::takeOverUnnamedLock()
{
    // A lock file that names no holder is what a DPO Desk killed between creating it and writing into it leaves (an
    // empty file). QLockFile never finds it stale (the stale lock time is 0: only a process that is gone makes a lock
    // stale), so the register would stay locked for good. It is taken over once it is old enough that no holder can
    // still be about to write it, and only if no process holds it: a holder keeps an flock on its lock file, which
    // removeStaleLockFile() takes before removing anything.
    const QDateTime modified = QFileInfo(m_lockPath).lastModified();
    const qint64 ageMs = modified.isValid() ? modified.msecsTo(QDateTime::currentDateTime()) : -1;
    if (ageMs < kUnnamedLockGraceMs || !m_lock->removeStaleLockFile() || !m_lock->tryLock(0)) {
        return false;
    }
    QFile::setPermissions(m_lockPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString InstanceLock::whyNotWritable() const
{
    // QLockFile does not say why it failed: find out what stands in the way.
    const QFileInfo folder(QFileInfo(m_lockPath).absolutePath());
    if (!folder.exists()) {
        return tr("the folder %1 does not exist").arg(folder.absoluteFilePath());
    }
    if (!folder.isWritable()) {
        return tr("the folder %1 is not writable").arg(folder.absoluteFilePath());
    }
    struct statvfs space {};
    if (::statvfs(QFile::encodeName(folder.absoluteFilePath()).constData(), &space) == 0) {
        if (space.f_bavail == 0) {
            return osErrorText(ENOSPC);
        }
        if (space.f_favail == 0 && space.f_files > 0) {
            return tr("the disk holds no more files");
        }
    }
    const QByteArray probe = QFile::encodeName(m_lockPath + QStringLiteral(".probe"));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return osErrorText(errno);
    }
    ::close(fd);
    ::unlink(probe.constData());
    return tr("the system refused it for a reason it did not give");
}

void InstanceLock::unlock()
{
    if (m_lock->isLocked()) {
        m_lock->unlock();
    }
}

bool InstanceLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace dpodesk
