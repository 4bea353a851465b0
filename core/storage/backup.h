// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dpodesk {

class AuditLog;
class Clock;
class Database;
class InstanceLock;

/// A backup just written.
struct BackupInfo {
    QString path;
    qint64 size = 0;
    QString sha256; ///< of the backup file
    qint64 auditEvents = 0;
    QString auditHead; ///< the copy's last audit event: the "register.backup" event that announced it
    bool auditIntact = true;
    QString auditProblem; ///< when the register's own audit trail was already broken (the copy is kept anyway)
};

/// What the daily backup did.
struct RotationResult {
    QString path;         ///< today's backup
    bool created = false; ///< false: there was one for today already
    QStringList removed;  ///< older backups deleted beyond the number kept
};

/// A daily backup found in a backups folder.
struct DailyBackup {
    QDate date; ///< the day in its name
    QString path;
};

/// What checking a backup found (and, after a restore, what was done).
struct RestoreReport {
    QString backupPath;
    qint64 size = 0;
    QString sha256;
    int schemaVersion = 0;
    qint64 cases = 0;
    qint64 auditEvents = 0;
    QString auditHead;
    QDateTime lastEventUtc;       ///< about when the backup was made (its "register.backup" event)
    bool checksumChecked = false; ///< its .sha256 file was there and matched
    int attachmentsChecked = 0;   ///< SHA-256 recomputed and equal
    int attachmentsErased = 0;    ///< erased before the backup (only their record is kept)
    // Filled by restore():
    QString livePath;
    QString previousCopy; ///< the register as it was before the restore; empty when there was none
};

/// How a backup is checked before a restore.
struct BackupCheckOptions {
    /// Accept a backup whose checksum file is missing (the caller said so explicitly): its bytes cannot be compared
    /// with those written when it was made. Without this, such a backup is refused (error field "checksum").
    bool withoutChecksum = false;
};

/// Backups of a register and their restore. A backup is a consistent copy made while the register is in use
/// (VACUUM INTO), checked before it replaces anything; a restore checks the backup in full (quick_check, audit
/// chain, every attachment's SHA-256) and keeps the current file before replacing it.
class Backups final {
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    static constexpr int kDefaultKeep = 7;

    /// audit: where the backup is recorded (the register's own trail).
    Backups(Database &database, AuditLog &audit);

    /// Writes a checked copy of the register to target, whole or not at all: an existing target (it must be a
    /// DPO Desk register) is replaced only by a complete, checked copy; the register itself is never a target.
    Result<BackupInfo> backupTo(const QString &target);
    /// The daily backup: `<register name>-YYYY-MM-DD.sqlite` in folder unless today's exists, then only the newest
    /// `keep` files of that pattern are kept (no other file is touched).
    Result<RotationResult> rotate(const QString &folder, QDate today, int keep = kDefaultKeep);
    /// The folder of the daily backups: `backups` beside the register (in the data folder for the default one).
    static QString defaultFolder(const QString &databasePath);
    /// The daily backup of a register for a day: `<register name>-YYYY-MM-DD.sqlite` in folder.
    static QString dailyBackupPath(const QString &folder, const QString &databasePath, QDate day);
    /// The daily backups of the register at databasePath found in folder (`<register name>-YYYY-MM-DD.sqlite`),
    /// newest first. Nothing is opened or checked.
    static QList<DailyBackup> dailyBackups(const QString &folder, const QString &databasePath);

    /// Opens the backup read-only and checks it as a restore would; an Error (code Corrupt for a damaged file,
    /// a broken audit trail or an attachment that no longer matches its SHA-256) says what is wrong.
    static Result<RestoreReport> checkBackup(const QString &backup, BackupCheckOptions options = {});
    /// Replaces the register at live with backup, after checkBackup() passed; a refused restore leaves live
    /// byte-for-byte as it was. The current file (and its write-ahead log) is kept as
    /// `<live>.before-restore-<UTC time>`; the restore is then recorded in the restored register's audit trail.
    /// Close every connection to live first: restore takes the register's InstanceLock and is refused while
    /// another DPO Desk holds it.
    /// heldLock: the register's lock when the caller holds it already (the desk keeps it across the restore, so that
    /// no other DPO Desk opens the register in between).
    static Result<RestoreReport> restore(const QString &backup, const QString &live, const Clock &clock,
                                         const QString &actor, InstanceLock *heldLock = nullptr,
                                         BackupCheckOptions options = {});

private:
    Database &m_database;
    AuditLog &m_audit;
};

} // namespace dpodesk
