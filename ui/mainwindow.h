// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/caserecord.h"

#include <QDate>
#include <QMainWindow>

#include <optional>

class QFrame;
class QLabel;
class QMenu;
class QSplitter;

namespace dpodesk {

class AppSettings;
class CaseDetailPanel;
class Dashboard;
class QueuePanel;
class RecordWindow;
class RegisterSession;
class ReminderNotifier;
enum class WorkflowAction;
enum class DamageFound;

/// The window a DPO keeps open all day: the queue on the left, the selected case on the right, the counts
/// that matter in the status bar. It wires the panels together; they do the work.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(RegisterSession &session, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a register file; a refused file is left alone and the message from the core is shown. A damaged one
    /// leads to the DamagedRegisterDialog (restore a backup, open another register, or quit); true when a register
    /// is open at the end.
    bool openRegister(const QString &path);

    QueuePanel *queue() const { return m_queue; }
    CaseDetailPanel *detail() const { return m_detail; }
    /// Opens the new-case form (Ctrl+N); returns the new case's id, 0 when cancelled.
    qint64 newCase();
    void editCase(qint64 id);
    void runAction(WorkflowAction action);
    /// Opens the letter dialog for a case.
    void writeLetter(qint64 id);
    /// The acknowledgements of the new requests (AcknowledgementsDialog): drawn, handed over, recorded once sent.
    void acknowledgeAllNew();
    /// Every shortcut of the menus, as (keys, "Menu › Action"): what Help › Keyboard shortcuts lists.
    QList<std::pair<QString, QString>> shortcuts() const;
    /// Writes a checked backup of the open register; false (with the reason shown) when refused.
    bool backupTo(const QString &target);
    /// Checks a backup, asks, and replaces the open register with it; false when refused or cancelled.
    bool restoreFrom(const QString &backup);
    /// Reminders (tray or banner) and the automatic daily backup: at open, then when the day changes.
    void dailyRoutine();
    /// The reminder banner's text; empty while hidden.
    QString bannerText() const;
    ReminderNotifier *reminders() const { return m_reminders; }
    Dashboard *dashboard() const { return m_dashboard; }
    /// The record of processing activities and the systems catalogue, in a window of its own (Ctrl+Shift+R).
    RecordWindow *showRecord();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    /// The register at path is open and shown: remembered, counted, its daily routine started.
    void registerShown(const QString &path);
    /// The damaged register the session holds: what happened and the ways forward; true when a register is open after.
    bool rescueDamaged(DamageFound found);
    void offerRescueWhenIdle();
    /// The case to act on, read again from the register; nullopt (with the reason shown) when it cannot be.
    std::optional<CaseRecord> loadCase(qint64 id, const QString &title);
    void refreshCounts();
    void refreshRecent();
    void chooseRegister();
    void showSettings();
    void showAbout();
    void showShortcuts();
    void showReports(int kind);
    void showBanner(const QString &text);
    void chooseBackup();
    void dailyBackupFinished(const QString &path, bool created, const QString &failure);
    void chooseRestore();
    void updateTitle();

    RegisterSession &m_session;
    AppSettings &m_settings;
    QueuePanel *m_queue = nullptr;
    CaseDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_counts = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    ReminderNotifier *m_reminders = nullptr;
    RecordWindow *m_record = nullptr;
    Dashboard *m_dashboard = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_caseActions;
    QDate m_shownDay;   ///< the day the queue's countdowns were computed for
    QDate m_routineDay; ///< the day reminders and the daily backup last ran for
};

} // namespace dpodesk
