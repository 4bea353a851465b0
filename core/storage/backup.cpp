// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/backup.h"

#include "common/clock.h"
#include "common/filewriter.h"
#include "common/oserror.h"
#include "common/temporaryfiles.h"
#include "storage/attachmentcheck.h"
#include "storage/auditlog.h"
#include "storage/backupfiles.h"
#include "storage/database.h"
#include "storage/instancelock.h"
#include "storage/sqlite/sqlitedatabase.h"
#include "storage/sqlstores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <utility>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace dpodesk {

namespace files = backupfiles;

namespace {

/// A register's file, the files SQLite keeps beside it, and the lock of DPO Desk.
QStringList ownFiles(const QString &register_)
{
    return QStringList{register_} + SqliteDatabase::sidecarFiles(register_) +
           QStringList{InstanceLock::lockFilePathFor(register_)};
}

/// `<backup>.sha256`, in the format of sha256sum: written beside every backup, checked before a restore.
QString checksumPath(const QString &backup)
{
    return backup + QStringLiteral(".sha256");
}

void removeWithSidecars(const QString &path)
{
    for (const QString &file : QStringList{path} + SqliteDatabase::sidecarFiles(path)) {
        QFile::remove(file);
    }
}

Result<qint64> count(Database &database, const QString &sql)
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    if (auto ok = database.exec(q, Backups::tr("reading the backup")); !ok) {
        return ok.error();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Error refusedBackup(const QString &backup, const Error &why)
{
    Error refused = makeError(why.code, Backups::tr("The backup %1 was refused: %2").arg(backup, why.message));
    refused.detail = why.detail;
    return refused;
}

/// Checks a fresh copy as a restore would find it: SQLite's checks and DPO Desk's on open, and its audit trail.
Result<BackupInfo> checkCopy(const QString &copy)
{
    auto opened = Database::open(copy, Database::Options{false, true, true});
    if (!opened) {
        return opened.error();
    }
    Database &database = **opened;
    if (!database.isMarkedAsRegister()) {
        return makeError(Error::Code::Internal, Backups::tr("The copy is not marked as a DPO Desk register."));
    }
    const SystemClock clock;
    const AuditLog audit(database, clock, QString());
    auto verdict = audit.verify();
    if (!verdict) {
        return verdict.error();
    }
    BackupInfo info;
    info.auditEvents = verdict->events;
    info.auditHead = verdict->headHash;
    info.auditIntact = verdict->intact;
    info.auditProblem = verdict->problem;
    return info;
}

} // namespace

Backups::Backups(Database &database, AuditLog &audit) : m_database(database), m_audit(audit) {}

QString Backups::dailyBackupPath(const QString &folder, const QString &databasePath, QDate day)
{
    // Named after the register, so that the backups of two registers in one folder never mix.
    return QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite").arg(QFileInfo(databasePath).completeBaseName(), day.toString(Qt::ISODate)));
}

QString Backups::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<BackupInfo> Backups::backupTo(const QString &target)
{
    if (target.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Give the file to write the backup to."));
    }
    const QFileInfo info(target);
    const QString path = info.absoluteFilePath();
    const QString live = QFileInfo(m_database.path()).absoluteFilePath();
    for (const QString &own : ownFiles(live)) {
        if (path == own || files::sameFile(path, own)) {
            return makeError(
                Error::Code::Invalid,
                tr("%1 is the register itself (or one of its files): choose another file for the backup.").arg(path));
        }
    }
    if (info.exists() || info.isSymLink()) {
        if (!info.isFile() || info.isSymLink()) {
            return makeError(Error::Code::Invalid, tr("%1 is not a plain file; it was left as it was.").arg(path));
        }
        if (!SqliteDatabase::isRegisterFileOrEmpty(path)) {
            return makeError(Error::Code::Conflict, tr("%1 exists and is not a DPO Desk register or backup; it was "
                                                       "left as it was. Choose another name.")
                                                        .arg(path));
        }
        if (QFileInfo::exists(SqliteDatabase::writeAheadLog(path))) {
            return makeError(
                Error::Code::Conflict,
                tr("%1 is a register in use (a write-ahead log lies beside it); it was left as it was.").arg(path));
        }
    }
    if (auto folder = Database::makePrivateFolder(info.absolutePath()); !folder) {
        return folder.error();
    }

    // Recorded before the copy is made, so that the copy carries the event announcing it: its audit trail ends
    // where the register's did at that moment and verifies on its own.
    if (auto announced = m_database.write([&]() -> Result<void> {
            auto event = m_audit.append(QStringLiteral("register.backup"), QString(),
                                        QJsonObject{{QStringLiteral("file"), path}});
            return event ? Result<void>() : Result<void>(event.error());
        });
        !announced) {
        return announced.error();
    }

    temporaryfiles::sweep(info.absolutePath());
    const QString partial = temporaryfiles::near(path, QStringLiteral("partial"));
    auto made = [&]() -> Result<BackupInfo> {
        // Made empty and private first (0600, whatever the umask): Database::backupInto fills an empty file.
        const int fd = ::open(QFile::encodeName(partial).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            return makeError(Error::Code::Io, tr("Cannot write the backup %1: %2.").arg(path, osErrorText(errno)));
        }
        ::close(fd);
        if (auto ok = m_database.backupInto(partial); !ok) {
            return ok.error();
        }
        if (auto synced = files::sync(partial); !synced) {
            return synced.error();
        }
        auto checked = checkCopy(partial);
        if (!checked) {
            return makeError(checked.error().code,
                             tr("The copy did not pass its check: %1").arg(checked.error().message));
        }
        BackupInfo backup = *checked;
        auto digest = files::sha256(partial);
        if (!digest) {
            return digest.error();
        }
        backup.path = path;
        backup.sha256 = *digest;
        backup.size = QFileInfo(partial).size();
        // The old checksum goes first: a checksum never describes other bytes than the file beside it.
        QFile::remove(checksumPath(path));
        if (auto placed = files::replace(partial, path); !placed) {
            return placed.error();
        }
        const QByteArray line = backup.sha256.toLatin1() + "  " + QFileInfo(path).fileName().toUtf8() + '\n';
        if (auto written = FileWriter::writeAtomically(checksumPath(path), line); !written) {
            return makeError(
                written.error().code,
                tr("The backup %1 was written, but not its checksum file: %2").arg(path, written.error().message));
        }
        return backup;
    }();
    if (!made) {
        removeWithSidecars(partial);
        // The trail says the backup it announced did not happen (best effort: the error is what matters here).
        (void)m_database.write([&]() -> Result<void> {
            auto event = m_audit.append(
                QStringLiteral("register.backup-failed"), QString(),
                QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("reason"), made.errorMessage()}});
            return event ? Result<void>() : Result<void>(event.error());
        });
        return made.error();
    }
    return made;
}

Result<RotationResult> Backups::rotate(const QString &folder, QDate today, int keep)
{
    if (keep < 1) {
        return makeError(Error::Code::Invalid, tr("Keep at least one backup."));
    }
    if (!today.isValid()) {
        return makeError(Error::Code::Invalid, tr("The date of the backup is not valid."));
    }
    const QDir dir(folder.isEmpty() ? defaultFolder(m_database.path()) : QFileInfo(folder).absoluteFilePath());
    if (auto made = Database::makePrivateFolder(dir.absolutePath()); !made) {
        return made.error();
    }
    // Named after the register, so that the backups of two registers in one folder never mix.
    const QString prefix = QFileInfo(m_database.path()).completeBaseName();
    RotationResult result;
    result.path = dailyBackupPath(dir.absolutePath(), m_database.path(), today);
    // Copies of an earlier run cut short (the program killed half-way) are personal data left behind: swept.
    temporaryfiles::sweep(dir.absolutePath());
    // Today's backup without its checksum file (a run killed between writing the one and the other) is written anew:
    // otherwise the newest daily backup could be restored only with --without-checksum.
    if (QFileInfo::exists(result.path) && QFileInfo::exists(checksumPath(result.path))) {
        // Written earlier today: the older copies go only if it can be restored (its audit trail intact).
        auto existing = checkCopy(result.path);
        if (!existing || !existing->auditIntact) {
            return makeError(Error::Code::Corrupt,
                             tr("Today's backup %1 cannot be restored (%2); the older backups were all kept.")
                                 .arg(result.path, existing ? existing->auditProblem : existing.errorMessage()));
        }
    } else {
        auto made = backupTo(result.path);
        if (!made) {
            return made.error();
        }
        result.created = true;
        // A restore refuses a broken audit trail: the older backups may be the last ones that can be restored.
        if (!made->auditIntact) {
            return makeError(Error::Code::Corrupt,
                             tr("Today's backup %1 was written, but the register's audit trail is broken (%2); the "
                                "older backups were all kept, since only they can still be restored. Run "
                                "`dpodesk-cli audit verify` and look into it.")
                                 .arg(result.path, made->auditProblem));
        }
    }
    QList<DailyBackup> older = dailyBackups(dir.absolutePath(), m_database.path());
    older.removeIf([today](const DailyBackup &backup) { return backup.date == today; });
    for (qsizetype i = keep - 1; i < older.size(); ++i) {
        const QString &path = older.at(i).path;
        // The checksum first: killed in between, what is left is an old backup the next rotation deletes, not a
        // checksum file no rotation looks at.
        QFile::remove(checksumPath(path));
        if (!QFile::remove(path)) {
            return makeError(Error::Code::Io, tr("Today's backup %1 was written, but the old backup %2 could not be "
                                                 "deleted.")
                                                  .arg(result.path, path));
        }
        result.removed << path;
    }
    return result;
}

QList<DailyBackup> Backups::dailyBackups(const QString &folder, const QString &databasePath)
{
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    const QString prefix = QFileInfo(databasePath).completeBaseName();
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$").arg(QRegularExpression::escape(prefix)));
    QList<DailyBackup> found;
    for (const QString &name : dir.entryList(QDir::Files | QDir::NoSymLinks | QDir::Hidden)) {
        const QRegularExpressionMatch match = pattern.match(name);
        const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
        if (date.isValid()) {
            found.append({date, dir.filePath(name)});
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.date > b.date; });
    return found;
}

Result<RestoreReport> Backups::checkBackup(const QString &backup, BackupCheckOptions options)
{
    const QFileInfo info(backup);
    const QString path = info.absoluteFilePath();
    if (!info.exists()) {
        return makeError(Error::Code::NotFound, tr("There is no backup at %1.").arg(path));
    }
    if (!info.isFile()) {
        return makeError(Error::Code::Invalid, tr("%1 is not a file.").arg(path));
    }
    if (QFileInfo(SqliteDatabase::writeAheadLog(path)).size() > 0) {
        return makeError(Error::Code::Conflict,
                         tr("%1 has a write-ahead log beside it: it is a register in use, not a backup. Make a backup "
                            "of it and restore that.")
                             .arg(path));
    }
    RestoreReport report;
    report.backupPath = path;
    report.size = info.size();
    auto digest = files::sha256(path);
    if (!digest) {
        return digest.error();
    }
    report.sha256 = *digest;
    // 1. The bytes, when the checksum written with the backup is there: SQLite has no checksum of its own.
    QFile checksum(checksumPath(path));
    if (checksum.exists()) {
        if (!checksum.open(QIODevice::ReadOnly)) {
            return makeError(Error::Code::Io,
                             tr("Cannot read %1: %2.").arg(checksum.fileName(), checksum.errorString()));
        }
        const QString expected = QString::fromLatin1(checksum.read(64)).toLower();
        if (expected != report.sha256) {
            return makeError(Error::Code::Corrupt,
                             tr("The backup %1 was refused: its bytes no longer match the SHA-256 written beside it "
                                "when it was made (%2); it was damaged or changed.")
                                 .arg(path, checksum.fileName()));
        }
        report.checksumChecked = true;
    } else if (!options.withoutChecksum) {
        return makeError(Error::Code::Invalid,
                         tr("The backup %1 has no checksum file beside it (%2). Without it a byte changed inside a "
                            "record cannot be seen (SQLite has no checksum of its own). Restore it only if you accept "
                            "that, and say so (dpodesk-cli: --without-checksum); every other check still runs.")
                             .arg(path, checksum.fileName()),
                         QStringLiteral("checksum"));
    }
    // 2. SQLite's quick_check and DPO Desk's checks on open.
    auto opened = Database::open(path, Database::Options{false, true, true});
    if (!opened) {
        return refusedBackup(path, opened.error());
    }
    Database &database = **opened;
    report.schemaVersion = database.schemaVersion();
    if (!database.isMarkedAsRegister() || report.schemaVersion < 1) {
        return makeError(Error::Code::NotDatabase,
                         tr("The backup %1 was refused: it is not a DPO Desk register.").arg(path));
    }
    // 3. The audit trail's hash chain.
    const SystemClock clock;
    AuditLog audit(database, clock, QString());
    auto verdict = audit.verify();
    if (!verdict) {
        return refusedBackup(path, verdict.error());
    }
    if (!verdict->intact) {
        return makeError(Error::Code::Corrupt,
                         tr("The backup %1 was refused: its audit trail is broken (%2).").arg(path, verdict->problem));
    }
    report.auditEvents = verdict->events;
    report.auditHead = verdict->headHash;
    // 4. Every file kept with the cases, against its SHA-256 (registers before schema 4 have none).
    auto hasAttachments = database.hasTable(QStringLiteral("attachments"));
    if (!hasAttachments) {
        return refusedBackup(path, hasAttachments.error());
    }
    if (*hasAttachments) {
        const SqlAttachmentFiles files(database);
        auto check = checkAttachments(files);
        if (!check) {
            return refusedBackup(path, check.error());
        }
        if (!check->mismatches.isEmpty()) {
            const Attachment &first = check->mismatches.first();
            return makeError(Error::Code::Corrupt, tr("The backup %1 was refused: %2 attached file(s) no longer match "
                                                      "their SHA-256 (the first: no. %3, \"%4\").")
                                                       .arg(path)
                                                       .arg(check->mismatches.size())
                                                       .arg(first.id)
                                                       .arg(first.displayName));
        }
        report.attachmentsChecked = check->checked;
        report.attachmentsErased = check->purged;
    }
    auto cases = count(database, QStringLiteral("SELECT count(*) FROM cases"));
    if (!cases) {
        return refusedBackup(path, cases.error());
    }
    report.cases = *cases;
    QSqlQuery last(database.connection());
    last.prepare(QStringLiteral("SELECT at_utc FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (auto ok = database.exec(last, tr("reading the backup")); ok && last.next()) {
        report.lastEventUtc = QDateTime::fromString(last.value(0).toString(), Qt::ISODateWithMs).toUTC();
    }
    return report;
}

Result<RestoreReport> Backups::restore(const QString &backup, const QString &live, const Clock &clock,
                                       const QString &actor, InstanceLock *heldLock, BackupCheckOptions options)
{
    const QString backupPath = QFileInfo(backup).absoluteFilePath();
    const QString livePath = QFileInfo(live).absoluteFilePath();
    for (const QString &own : ownFiles(livePath)) {
        if (backupPath == own || files::sameFile(backupPath, own)) {
            return makeError(
                Error::Code::Invalid,
                tr("%1 is the register itself (or one of its files), not a backup of it.").arg(backupPath));
        }
    }
    auto checked = checkBackup(backupPath, options);
    if (!checked) {
        return checked.error();
    }
    if (auto folder = Database::makePrivateFolder(QFileInfo(livePath).absolutePath()); !folder) {
        return folder.error();
    }
    // The caller's own lock on the register (the desk keeps it across the restore), or one taken here.
    InstanceLock lock(livePath);
    const bool alreadyHeld =
        heldLock && heldLock->isLocked() && heldLock->lockFilePath() == InstanceLock::lockFilePathFor(livePath);
    if (!alreadyHeld) {
        if (auto locked = lock.tryLock(); !locked) {
            return locked.error();
        }
    }
    RestoreReport report = *checked;
    report.livePath = livePath;
    const auto nothingChanged = [&](const Error &why) {
        return makeError(why.code, tr("%1 Nothing was changed.").arg(why.message));
    };
    // Copies of an earlier restore or backup cut short (the program killed half-way) are swept first.
    temporaryfiles::sweep(QFileInfo(livePath).absolutePath());

    // 1. The backup's bytes go next to the register, checked against what was verified, and are made the register
    // they will be (schema upgraded, WAL mode, the restore written to their audit trail) before anything else is
    // touched: killed at any moment before the rename below, the register is as it was; after it, it is restored.
    const QString incoming = temporaryfiles::near(livePath, QStringLiteral("restore"));
    const auto dropIncoming = [&] { removeWithSidecars(incoming); };
    auto copied = files::copyNew(backupPath, incoming);
    if (!copied) {
        return nothingChanged(copied.error());
    }
    if (*copied != report.sha256) {
        dropIncoming();
        return makeError(Error::Code::Conflict,
                         tr("The backup %1 changed while it was being restored. Nothing was changed.").arg(backupPath));
    }
    const QString stamp = clock.nowUtc().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString copyPath;
    if (QFileInfo::exists(livePath)) {
        copyPath = livePath + QStringLiteral(".before-restore-") + stamp;
        for (int n = 2; QFileInfo::exists(copyPath) || QFileInfo::exists(SqliteDatabase::writeAheadLog(copyPath));
             ++n) {
            copyPath = livePath + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n);
        }
    }
    {
        Database::Options options;
        options.createIfMissing = false;
        options.quickCheck = false; // checked in full above
        auto opened = Database::open(incoming, options);
        Result<void> recorded = opened ? Result<void>() : Result<void>(opened.error());
        if (opened) {
            AuditLog audit(**opened, clock, actor);
            recorded = (*opened)->write([&]() -> Result<void> {
                auto event = audit.append(QStringLiteral("register.restore"), QString(),
                                          QJsonObject{{QStringLiteral("backup"), backupPath},
                                                      {QStringLiteral("backup_sha256"), report.sha256},
                                                      {QStringLiteral("checksum_checked"), report.checksumChecked},
                                                      {QStringLiteral("previous_copy"), copyPath}});
                return event ? Result<void>() : Result<void>(event.error());
            });
        }
        if (!recorded) {
            opened = Result<std::unique_ptr<Database>>(recorded.error()); // closes the connection first
            dropIncoming();
            return nothingChanged(recorded.error());
        }
        // Closing the only connection checkpoints the copy and removes its write-ahead log.
    }
    if (auto synced = files::sync(incoming); !synced) {
        dropIncoming();
        return nothingChanged(synced.error());
    }

    // 2. The current register is kept, as it is. A register in use by another program is refused: its write-ahead
    // log is emptied into the file first, which only a register nobody reads allows.
    QString movedWal;
    const auto undo = [&](const Error &why) {
        if (!movedWal.isEmpty()) {
            (void)files::replace(movedWal, SqliteDatabase::writeAheadLog(livePath));
        }
        dropIncoming();
        if (!copyPath.isEmpty()) {
            QFile::remove(copyPath);
            QFile::remove(SqliteDatabase::writeAheadLog(copyPath));
        }
        return nothingChanged(why);
    };
    if (!copyPath.isEmpty()) {
        const SqliteDatabase::CheckpointResult emptied = SqliteDatabase::checkpointFile(livePath);
        if (emptied == SqliteDatabase::CheckpointResult::InUse) {
            return undo(makeError(Error::Code::Locked,
                                  tr("The register %1 is in use by another program (a scheduled dpodesk-cli job?): "
                                     "close it and restore again.")
                                      .arg(livePath)));
        }
        const QString partial = temporaryfiles::near(copyPath, QStringLiteral("partial"));
        if (auto kept = files::copyNew(livePath, partial); !kept) {
            QFile::remove(partial);
            return undo(kept.error());
        }
        if (auto placed = files::replace(partial, copyPath); !placed) {
            QFile::remove(partial);
            return undo(placed.error());
        }
        report.previousCopy = copyPath;
        // A damaged register whose log could not be emptied: the log goes with the copy, never into the new file.
        if (QFileInfo(SqliteDatabase::writeAheadLog(livePath)).size() > 0) {
            if (auto done =
                    files::replace(SqliteDatabase::writeAheadLog(livePath), SqliteDatabase::writeAheadLog(copyPath));
                !done) {
                return undo(done.error());
            }
            movedWal = SqliteDatabase::writeAheadLog(copyPath);
        }
    } else {
        for (const QString &journal : SqliteDatabase::journalFiles(livePath)) {
            if (QFileInfo(journal).size() > 0) {
                // SQLite would replay it into the restored file.
                return undo(makeError(Error::Code::Conflict,
                                      tr("%1 lies there without its register; move it away first.").arg(journal)));
            }
        }
    }
    // The empty log and the index of the file being replaced must not meet the new file.
    for (const QString &sidecar : SqliteDatabase::sidecarFiles(livePath)) {
        QFile::remove(sidecar);
    }
    // 3. The one step that replaces the register.
    if (auto swapped = files::replace(incoming, livePath); !swapped) {
        return undo(swapped.error());
    }
    return report;
}

} // namespace dpodesk
