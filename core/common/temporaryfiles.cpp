// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/temporaryfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace dpodesk::temporaryfiles {

namespace {

/// The host name with anything but letters and digits replaced: it sits between dashes in a file name.
QString hostTag()
{
    static const QString tag = [] {
        QString host = QSysInfo::machineHostName();
        for (QChar &c : host) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128)) {
                c = u'_';
            }
        }
        return host.isEmpty() ? QStringLiteral("host") : host.left(40);
    }();
    return tag;
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

QString near(const QString &path, const QString &tag)
{
    const QFileInfo info(path);
    const QString suffix = QStringLiteral(".%1-%2-%3-%4")
                               .arg(tag, hostTag())
                               .arg(qint64(::getpid()))
                               .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    // A name may hold 255 bytes: a long file name is shortened (whole characters) to leave room for the rest.
    QString name = info.fileName();
    const qsizetype room = 255 - 1 - QFile::encodeName(suffix).size();
    while (!name.isEmpty() && QFile::encodeName(name).size() > room) {
        name.chop(name.size() >= 2 && name.at(name.size() - 1).isLowSurrogate() ? 2 : 1);
    }
    return info.absoluteDir().filePath(u'.' + name + suffix);
}

int sweep(const QString &folder)
{
    static const QRegularExpression current(QStringLiteral(
        R"(^\..+\.(partial|restore|creating)-([A-Za-z0-9_]+)-(\d+)-[0-9a-f]{12}(-wal|-shm|-journal)?$)"));
    static const QRegularExpression earlier(
        QStringLiteral(R"(^\..+\.(partial|restore|creating)-[0-9a-f]{12}(-wal|-shm|-journal)?$)"));
    const QDir dir(folder);
    int removed = 0;
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::System)) {
        if (!name.startsWith(u'.')) {
            continue;
        }
        const QRegularExpressionMatch ours = current.match(name);
        bool gone = false;
        if (ours.hasMatch()) {
            gone = ours.captured(2) == hostTag() && processGone(ours.captured(3).toLongLong());
        } else if (earlier.match(name).hasMatch()) {
            gone = QFileInfo(dir.filePath(name)).lastModified().toUTC() < dayAgo;
        }
        if (gone && QFile::remove(dir.filePath(name))) {
            ++removed;
        }
    }
    return removed;
}

} // namespace dpodesk::temporaryfiles
