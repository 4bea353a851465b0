// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// One DPO Desk per register file: a second lock on the same register is refused with the holder named; a lock left
// by a process that is gone is taken over; other registers are not affected.
#include "storage/instancelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace dpodesk;

class TestInstanceLock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secondLockOnTheSameRegisterIsRefused();
    void releasedLockCanBeTaken();
    void otherRegistersAreIndependent();
    void aLinkFindsTheSameLock();
    void lockOfADeadProcessIsTakenOver();
    void unnamedLockOfAKilledProcessIsTakenOver();
    void unnamedLockJustMadeIsNotTakenOver();
    void unnamedLockHeldByAProcessIsNotTakenOver();
    void unwritableFolderSaysSo();
    void missingFolderSaysWhy();
};

void TestInstanceLock::secondLockOnTheSameRegisterIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    InstanceLock first(path);
    QVERIFY(first.tryLock().ok());
    QVERIFY(first.isLocked());
    QCOMPARE(first.lockFilePath(), QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock"));
    QVERIFY(QFile::exists(first.lockFilePath()));

    // A second QLockFile in the same process is refused too: QLockFile only knows the process id in the file.
    InstanceLock second(path);
    auto refused = second.tryLock();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Locked);
    QVERIFY(!second.isLocked());
    const QString expected = QStringLiteral("This register is already open in DPO Desk (process %1 on %2). Switch to "
                                            "that window, or close it first.")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QSysInfo::machineHostName());
    QCOMPARE(refused.errorMessage(), expected);
    // Taking a held lock again is harmless.
    QVERIFY(first.tryLock().ok());
}

void TestInstanceLock::releasedLockCanBeTaken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    auto first = std::make_unique<InstanceLock>(path);
    QVERIFY(first->tryLock().ok());
    first->unlock();
    QVERIFY(!QFile::exists(first->lockFilePath()));
    InstanceLock second(path);
    QVERIFY(second.tryLock().ok());
    second.unlock();
    // The destructor releases it as well.
    QVERIFY(first->tryLock().ok());
    first.reset();
    QVERIFY(second.tryLock().ok());
}

void TestInstanceLock::otherRegistersAreIndependent()
{
    QTemporaryDir dir;
    InstanceLock a(dir.filePath(QStringLiteral("a.sqlite")));
    InstanceLock b(dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(a.tryLock().ok());
    QVERIFY(b.tryLock().ok());
}

void TestInstanceLock::aLinkFindsTheSameLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString link = dir.filePath(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(path, link));
    InstanceLock first(path);
    QVERIFY(first.tryLock().ok());
    InstanceLock throughLink(link);
    QCOMPARE(throughLink.lockFilePath(), first.lockFilePath());
    QVERIFY(!throughLink.tryLock().ok());
}

void TestInstanceLock::lockOfADeadProcessIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    // A process that has ended: its id is in no running process any more (ids are not reused this fast).
    QProcess process;
    process.start(QStringLiteral("true"), {});
    QVERIFY(process.waitForFinished());
    const qint64 deadPid = process.processId() > 0 ? process.processId() : 999'999;
    QFile stale(InstanceLock::lockFilePathFor(path));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray::number(deadPid) + "\ndpodesk\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    stale.close();

    InstanceLock lock(path);
    auto taken = lock.tryLock();
    QVERIFY2(taken.ok(), qPrintable(taken.errorMessage()));
}

namespace {

/// Writes the lock file of the register at path with these bytes, last modified secondsAgo.
void writeLockFile(const QString &path, const QByteArray &bytes, int secondsAgo)
{
    QFile file(InstanceLock::lockFilePathFor(path));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-secondsAgo), QFileDevice::FileModificationTime));
}

} // namespace

void TestInstanceLock::unnamedLockOfAKilledProcessIsTakenOver()
{
    // A DPO Desk killed between creating its lock file and writing its process id into it leaves an empty lock file.
    // QLockFile never finds such a file stale with a stale lock time of 0, so the register could no longer be opened
    // or restored ("held by another program") until someone deleted the file by hand. (Seen while looking into the
    // lock files tst_killnine's kills leave; its kills rarely land in that window of two system calls.)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    writeLockFile(path, QByteArray(), 60);
    InstanceLock lock(path);
    auto taken = lock.tryLock();
    QVERIFY2(taken.ok(), qPrintable(taken.errorMessage()));
    // Now it names this process, readable by its owner only.
    InstanceLock second(path);
    auto refused = second.tryLock();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(refused.errorMessage()));
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QVERIFY(!(QFile::permissions(lock.lockFilePath()) & others));
}

void TestInstanceLock::unnamedLockJustMadeIsNotTakenOver()
{
    // Just made: its holder may be about to write its name into it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    writeLockFile(path, QByteArray(), 0);
    InstanceLock lock(path);
    auto refused = lock.tryLock();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Locked);
    QVERIFY(QFile::exists(lock.lockFilePath()));
}

void TestInstanceLock::unnamedLockHeldByAProcessIsNotTakenOver()
{
    // A lock file without a readable name, old, but held (flock) by a running process: not taken over.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    const QString lockPath = InstanceLock::lockFilePathFor(path);
    writeLockFile(path, QByteArrayLiteral("not a lock file"), 60);
    QProcess holder;
    holder.start(QStringLiteral("flock"), {lockPath, QStringLiteral("sleep"), QStringLiteral("30")});
    QVERIFY(holder.waitForStarted());
    const auto stop = qScopeGuard([&] {
        holder.kill();
        holder.waitForFinished();
    });
    const auto heldByAnother = [&] {
        const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
        const bool held = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) != 0;
        if (fd >= 0) {
            ::close(fd); // releases the flock if it was taken here
        }
        return held;
    };
    QTRY_VERIFY(heldByAnother());
    writeLockFile(path, QByteArrayLiteral("not a lock file"), 60); // flock leaves the time alone; set it again anyway
    InstanceLock lock(path);
    auto refused = lock.tryLock();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Locked);
    QVERIFY(QFile::exists(lockPath));
}

void TestInstanceLock::unwritableFolderSaysSo()
{
    if (::geteuid() == 0) {
        QSKIP("root writes into read-only folders");
    }
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    InstanceLock lock(dir.filePath(QStringLiteral("register.sqlite")));
    auto refused = lock.tryLock();
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Io);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("not writable")));
}

void TestInstanceLock::missingFolderSaysWhy()
{
    // QLockFile gives no reason here ("Cannot create the lock file …." was all the desk said): DPO Desk finds it.
    QTemporaryDir dir;
    InstanceLock lock(dir.filePath(QStringLiteral("gone/register.sqlite")));
    auto refused = lock.tryLock();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Io);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("does not exist")), qPrintable(refused.errorMessage()));
}

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
