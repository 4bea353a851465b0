// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backupsearch.h"

#include "prompter.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <atomic>

namespace dpodesk {

struct BackupSearch::Shared {
    std::atomic<bool> stop{false};
    BackupSearchResult result; ///< written by the worker until it ends
};

BackupSearch::BackupSearch(QObject *parent) : QObject(parent) {}

BackupSearch::~BackupSearch()
{
    if (m_thread) {
        m_shared->stop = true;
        m_thread->wait(); // the worker posts to this object: it must be gone first
    }
}

void BackupSearch::start(const QString &registerPath, const QString &folder)
{
    if (m_thread) {
        return;
    }
    m_shared = std::make_shared<Shared>();
    m_shared->result.folder = QFileInfo(folder).absoluteFilePath();
    const QList<DailyBackup> candidates = Backups::dailyBackups(folder, registerPath);
    m_shared->result.candidates = int(candidates.size());
    m_thread.reset(QThread::create([this, shared = m_shared, candidates] {
        const int total = int(candidates.size());
        for (int i = 0; i < total && !shared->stop; ++i) {
            const DailyBackup &backup = candidates.at(i);
            QMetaObject::invokeMethod(
                this, [this, i, total, path = backup.path] { Q_EMIT checking(i, total, path); }, Qt::QueuedConnection);
            // Without options: a backup without its checksum file is refused here (the user did not say otherwise).
            auto checked = Backups::checkBackup(backup.path);
            if (checked) {
                shared->result.newest = backup;
                shared->result.report = *checked;
                return;
            }
            shared->result.refused.append({backup, checked.error()});
        }
    }));
    QThread *thread = m_thread.get();
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_thread.get() == thread) {
            done();
        }
    });
    m_thread->start(QThread::LowPriority);
}

void BackupSearch::done()
{
    m_thread->wait();
    m_thread.reset();
    m_result = m_shared->result;
    Q_EMIT finished();
}

Result<RestoreReport> BackupSearch::checkInBackground(QWidget *parent, const QString &backup,
                                                      const BackupCheckOptions &options)
{
    auto verdict = std::make_shared<std::optional<Result<RestoreReport>>>();
    std::unique_ptr<QThread> worker(
        QThread::create([verdict, backup, options] { verdict->emplace(Backups::checkBackup(backup, options)); }));
    QProgressDialog progress(tr("Checking the backup %1…").arg(QFileInfo(backup).fileName()), QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Checking a backup"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0); // starts the timer that shows it
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    worker->start();
    // Painting goes on; a click cannot start a second check or a restore meanwhile.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
    worker->wait();
    return verdict->value();
}

std::optional<Result<RestoreReport>> BackupSearch::checkChosen(QWidget *parent, const QString &backup,
                                                               BackupCheckOptions &options)
{
    auto checked = checkInBackground(parent, backup, options);
    if (!checked && checked.error().field == QLatin1String("checksum") && !options.withoutChecksum) {
        // A backup copied without its .sha256 file: say what cannot be checked, and let the DPO decide.
        if (!Prompter::confirm(parent, tr("This backup has no checksum file"),
                               tr("%1 was found without its checksum file (%2).\n\nEvery other check will run "
                                  "(SQLite's check, the audit trail and the data it records, every attached file), but "
                                  "a change inside a record that leaves SQLite's structure intact could go unseen.\n\n"
                                  "Check and restore it anyway?")
                                   .arg(QDir::toNativeSeparators(backup),
                                        QDir::toNativeSeparators(backup + QStringLiteral(".sha256"))),
                               tr("Check it anyway"))) {
            return std::nullopt;
        }
        options.withoutChecksum = true;
        checked = checkInBackground(parent, backup, options);
    }
    return checked;
}

} // namespace dpodesk
