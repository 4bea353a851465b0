// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The preview helper's confinement (Landlock): once confined, a process reads the files and folders it was given and
// nothing else, writes nothing, and keeps the files it had already opened. Checked in a child process, confined
// for good.
#include "confinement.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <dirent.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

using namespace dpodesk;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestConfinement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsOnlyWhatItWasGiven();
};

void TestConfinement::readsOnlyWhatItWasGiven()
{
    if (!Confinement::available()) {
        QSKIP("this kernel offers no Landlock: the helper relies on its checks alone");
    }
    QTemporaryDir given;
    QTemporaryDir other;
    const QString allowed = QDir(given.path()).filePath(QStringLiteral("allowed.txt"));
    const QString secret = QDir(other.path()).filePath(QStringLiteral("secret.txt"));
    const QString openedBefore = QDir(other.path()).filePath(QStringLiteral("opened-before.txt"));
    QVERIFY(writeFile(allowed, "allowed"));
    QVERIFY(writeFile(secret, "secret"));
    QVERIFY(writeFile(openedBefore, "stdin"));
    const QByteArray allowedPath = QFile::encodeName(allowed);
    const QByteArray secretPath = QFile::encodeName(secret);
    const QByteArray otherPath = QFile::encodeName(other.path());
    const QByteArray throughProc = "/proc/self/root" + secretPath;
    const QByteArray createdPath = QFile::encodeName(QDir(given.path()).filePath(QStringLiteral("created.txt")));
    const int before = ::open(QFile::encodeName(openedBefore).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(before >= 0);

    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        int failures = 0;
        // The helper is given its own /proc: not a way round to the files of the user.
        if (!Confinement::readOnly(
                {given.path(), QStringLiteral("/proc/self"), QStringLiteral("/nonexistent/folder")})) {
            failures |= 1;
        }
        const int readable = ::open(allowedPath.constData(), O_RDONLY);
        if (readable < 0) {
            failures |= 2;
        }
        if (::open(secretPath.constData(), O_RDONLY) >= 0 || errno != EACCES) {
            failures |= 4;
        }
        if (::opendir(otherPath.constData()) != nullptr) {
            failures |= 8;
        }
        if (::open(throughProc.constData(), O_RDONLY) >= 0) {
            failures |= 4;
        }
        if (::open(createdPath.constData(), O_WRONLY | O_CREAT, 0600) >= 0 ||
            ::open(allowedPath.constData(), O_WRONLY) >= 0) {
            failures |= 16;
        }
        char buffer[8];
        if (::read(before, buffer, sizeof buffer) != 5) {
            failures |= 32;
        }
        ::_exit(failures);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    ::close(before);
    QVERIFY(WIFEXITED(status));
    // 1 not confined, 2 the given file unreadable, 4 another file readable (also through /proc/self/root), 8
    // another folder listed, 16 a file written, 32 a file opened before unreadable.
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY(!QFile::exists(QDir(given.path()).filePath(QStringLiteral("created.txt"))));
}

QTEST_GUILESS_MAIN(TestConfinement)
#include "tst_confinement.moc"
