#include "common/filewriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace dpodesk {

Result<void> FileWriter::writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("No file name was given."), QStringLiteral("out"));
    }
    if (QFileInfo(path).isDir()) {
        return makeError(Error::Code::Invalid, tr("%1 is a folder; give a file name.").arg(path),
                         QStringLiteral("out"));
    }
    QSaveFile file(path);
    // Unbuffered: every write() goes to the file at once and a short write is seen where it happens. (Buffered, the
    // bytes were only written by commit(), and Qt 6.4's commit() ignores a failed flush: a full disk renamed a
    // truncated file over the previous one.)
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return makeError(Error::Code::Io, tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    // Written in slices so that a short write is seen where it happens.
    constexpr qint64 kSlice = 1 << 20;
    for (qint64 at = 0; at < bytes.size(); at += kSlice) {
        const qint64 length = std::min(kSlice, qint64(bytes.size()) - at);
        if (file.write(bytes.constData() + at, length) != length) {
            const QString why = file.errorString();
            file.cancelWriting();
            return makeError(Error::Code::Io,
                             tr("Writing %1 failed (%2); any existing file was left as it was.").arg(path, why));
        }
    }
    if (!file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return makeError(Error::Code::Io,
                         tr("Writing %1 failed (%2); any existing file was left as it was.").arg(path, why));
    }
    if (!file.commit()) {
        return makeError(
            Error::Code::Io,
            tr("Writing %1 failed (%2); any existing file was left as it was.").arg(path, file.errorString()));
    }
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.size() != bytes.size() || check.readAll() != bytes) {
        return makeError(Error::Code::Io,
                         tr("%1 was not written completely (the disk may be full); check the file.").arg(path));
    }
    return {};
}

} // namespace dpodesk
