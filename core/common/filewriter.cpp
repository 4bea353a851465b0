// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/filewriter.h"

#include "common/oserror.h"
#include "common/temporaryfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace dpodesk {

namespace {

/// Writes all of bytes to fd; false with errno set on the first failed or short write.
bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(std::min<qint64>(size, qint64(1) << 20)));
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            if (written == 0) {
                errno = ENOSPC; // write() wrote nothing without saying why: the disk is full
            }
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

} // namespace

Result<void> FileWriter::writeAtomically(const QString &path, const QByteArray &bytes)
{
    return write(path, bytes, true);
}

Result<void> FileWriter::writeNew(const QString &path, const QByteArray &bytes)
{
    return write(path, bytes, false);
}

Result<void> FileWriter::write(const QString &path, const QByteArray &bytes, bool replace)
{
    if (path.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("No file name was given."), QStringLiteral("out"));
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        return makeError(Error::Code::Invalid, tr("%1 is a folder; give a file name.").arg(path),
                         QStringLiteral("out"));
    }
    const auto failed = [&path](int error) {
        return makeError(
            Error::Code::Io,
            tr("Cannot write %1: %2; any existing file was left as it was.").arg(path, osErrorText(error)));
    };
    // A temporary file beside the target, for its owner only (0600: reports and letters hold personal data), renamed
    // over the target once written, flushed and synced: every write() checked, since a full disk can accept part of
    // a write without an error.
    temporaryfiles::sweep(info.absolutePath());
    const QString temporary = temporaryfiles::near(path, QStringLiteral("partial"));
    const QByteArray tempName = QFile::encodeName(temporary);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        return failed(errno);
    }
    const bool written = writeAll(fd, bytes.constData(), bytes.size()) && ::fsync(fd) == 0;
    const int writeError = errno;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) {
        const int error = !written ? writeError : errno;
        ::unlink(tempName.constData());
        return failed(error);
    }
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const int placed =
        replace ? std::rename(tempName.constData(), target.constData())
                : ::renameat2(AT_FDCWD, tempName.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    if (placed != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        if (!replace && error == EEXIST) {
            return makeError(Error::Code::Conflict,
                             tr("%1 already exists; it was left as it is. Choose another folder.").arg(path));
        }
        return failed(error);
    }
    if (const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.size() != bytes.size() || check.readAll() != bytes) {
        return makeError(Error::Code::Io,
                         tr("%1 was not written completely (the disk may be full); check the file.").arg(path));
    }
    return {};
}

} // namespace dpodesk
