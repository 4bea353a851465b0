#include "storage/instancelock.h"

#include <QFileInfo>
#include <QLockFile>

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
        return {};
    }
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (!m_lock->getLockInfo(&pid, &host, &application)) {
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
    return makeError(Error::Code::Io, tr("Cannot create the lock file %1.").arg(m_lockPath));
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
