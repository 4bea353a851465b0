// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "storage/backup.h"

#include <QDialog>

#include <optional>

class QCommandLinkButton;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace dpodesk {

class BackupSearch;
class RegisterSession;

/// When a register was found damaged: on opening it, or by the check that runs while it is shown.
enum class DamageFound { OnOpen, WhileShown };

/// A damaged register is never a dead end. Says in words what happened to the register the session holds damaged
/// (RegisterSession::damagedPath(); SQLite's own text only under "Details"), looks for the newest daily backup that
/// passes its checks (on a worker thread, newest first, saying why newer ones were refused), and offers to restore
/// it in place under the lock the desk holds, to restore another backup, to open another register, or to quit.
class DamagedRegisterDialog final : public QDialog {
    Q_OBJECT
public:
    /// How the dialog ended.
    enum class Outcome {
        Restored,    ///< the register was restored from a backup and is open
        OpenAnother, ///< another register to open: chosenRegister()
        Quit,        ///< quit DPO Desk (offered when no other register is open)
        Closed,      ///< nothing done; a register open before stays open
    };

    DamagedRegisterDialog(RegisterSession &session, DamageFound found, QWidget *parent = nullptr);
    ~DamagedRegisterDialog() override;

    Outcome outcome() const { return m_outcome; }
    QString chosenRegister() const { return m_chosenRegister; }
    /// What the restore did (Outcome::Restored).
    const RestoreReport &restored() const { return m_restored; }
    /// The backups are still being checked.
    bool isSearching() const;
    /// The newest daily backup that passed its checks, once the search found one.
    std::optional<DailyBackup> proposedBackup() const;

    /// Restores the backup proposed; true when done (the dialog is then accepted), false with the reason shown.
    bool restoreProposed();
    /// Checks a backup file chosen by the user (a missing checksum file is asked about), says what it holds and,
    /// once confirmed, restores it; true when done (the dialog is then accepted).
    bool restoreFrom(const QString &backup);
    /// Ends the dialog with another register to open.
    void openAnother(const QString &path);

private:
    void showChecking(int index, int total, const QString &path);
    void showSearchResult();
    bool restore(const QString &backup, const BackupCheckOptions &options);
    void chooseBackup();
    void chooseRegister();
    void finish(Outcome outcome);
    void fitHeight();

    RegisterSession &m_session;
    const QString m_path; ///< the damaged register
    const Error m_damage;
    const bool m_othersOpen; ///< another register stays open behind this dialog
    BackupSearch *m_search = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_found = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_lastEvent = nullptr;
    QLabel *m_cases = nullptr;
    QLabel *m_events = nullptr;
    QLabel *m_files = nullptr;
    QLabel *m_kept = nullptr;
    QLabel *m_refused = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QCommandLinkButton *m_restore = nullptr;
    QPushButton *m_close = nullptr;
    Outcome m_outcome = Outcome::Closed;
    QString m_chosenRegister;
    RestoreReport m_restored;
};

} // namespace dpodesk
