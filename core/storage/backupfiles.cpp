// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/backupfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dpodesk::backupfiles {

namespace {

constexpr qint64 kChunk = 1024 * 1024;

Result<void> syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(Error::Code::Io, QCoreApplication::translate("BackupFiles", "Cannot open the folder %1: %2.")
                                              .arg(folder, qt_error_string(errno)));
    }
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced) {
        return makeError(Error::Code::Io, QCoreApplication::translate("BackupFiles", "Cannot write %1 to disk: %2.")
                                              .arg(folder, qt_error_string(error)));
    }
    return {};
}

} // namespace

Result<QString> sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("BackupFiles", "Cannot read %1: %2.").arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("BackupFiles", "Cannot read %1: %2.").arg(path, file.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> copyNew(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("BackupFiles", "Cannot read %1: %2.").arg(from, in.errorString()));
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("BackupFiles", "Cannot create %1: %2.").arg(to, out.errorString()));
    }
    // Registers hold personal data and identity documents: copies are for their owner only.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto failed = [&](const QString &why) -> Result<QString> {
        out.close();
        QFile::remove(to);
        return makeError(Error::Code::Io, why);
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            return failed(
                QCoreApplication::translate("BackupFiles", "Cannot read %1: %2.").arg(from, in.errorString()));
        }
        if (out.write(chunk) != chunk.size()) {
            return failed(
                QCoreApplication::translate("BackupFiles", "Cannot write %1: %2.").arg(to, out.errorString()));
        }
        hash.addData(chunk);
    }
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        return failed(
            QCoreApplication::translate("BackupFiles", "Cannot write %1 to disk: %2.").arg(to, out.errorString()));
    }
    out.close();
    if (out.error() != QFileDevice::NoError) {
        return failed(QCoreApplication::translate("BackupFiles", "Cannot write %1: %2.").arg(to, out.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> sync(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("BackupFiles", "Cannot open %1: %2.").arg(path, file.errorString()));
    }
    if (::fsync(file.handle()) != 0) {
        return makeError(Error::Code::Io, QCoreApplication::translate("BackupFiles", "Cannot write %1 to disk: %2.")
                                              .arg(path, qt_error_string(errno)));
    }
    return {};
}

Result<void> replace(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return makeError(Error::Code::Io, QCoreApplication::translate("BackupFiles", "Cannot move %1 to %2: %3.")
                                              .arg(from, to, qt_error_string(errno)));
    }
    return syncFolder(QFileInfo(to).absolutePath());
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat first {};
    struct stat second {};
    if (::stat(QFile::encodeName(a).constData(), &first) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &second) != 0) {
        return false;
    }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

} // namespace dpodesk::backupfiles
