// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "storage/backup.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QThread;
class QWidget;

namespace dpodesk {

/// A daily backup that did not pass its checks, and why (Error::message in words).
struct RefusedBackup {
    DailyBackup backup;
    Error why;
};

/// What BackupSearch found among the daily backups of a register.
struct BackupSearchResult {
    QString folder;
    int candidates = 0;                ///< daily backups of the register in the folder
    std::optional<DailyBackup> newest; ///< the newest that passed every check (Backups::checkBackup)
    RestoreReport report;              ///< what its check found
    QList<RefusedBackup> refused;      ///< those checked before it (newer), newest first
};

/// Finds the newest daily backup of a register that passes the checks of a restore, newest first, on a worker
/// thread: a backup of a million cases takes seconds to check. A backup without its checksum file does not pass
/// (restoring one needs the user's explicit word: checkChosen()).
class BackupSearch final : public QObject {
    Q_OBJECT
public:
    explicit BackupSearch(QObject *parent = nullptr);
    ~BackupSearch() override; ///< stops after the backup being checked, and waits for it
    Q_DISABLE_COPY_MOVE(BackupSearch)

    /// Starts looking among the daily backups in folder of the register at registerPath; finished() follows.
    void start(const QString &registerPath, const QString &folder);
    bool isRunning() const { return m_thread != nullptr; }
    /// What was found, once finished.
    const BackupSearchResult &result() const { return m_result; }

    /// Checks one backup as a restore would, on a worker thread, with a progress dialog on parent meanwhile.
    static Result<RestoreReport> checkInBackground(QWidget *parent, const QString &backup,
                                                   const BackupCheckOptions &options);
    /// Checks a backup the user chose (checkInBackground). A backup without its checksum file is checked without it
    /// only if the user says so (asked here; options.withoutChecksum is then set): nullopt when declined.
    static std::optional<Result<RestoreReport>> checkChosen(QWidget *parent, const QString &backup,
                                                            BackupCheckOptions &options);

Q_SIGNALS:
    /// The index-th backup (from 0) of total is being checked.
    void checking(int index, int total, const QString &path);
    void finished();

private:
    struct Shared;
    void done();

    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThread> m_thread;
    BackupSearchResult m_result;
};

} // namespace dpodesk
