// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace dpodesk {

class RegisterSession;
struct CaseTask;
struct Reminders;

/// Reminds the DPO of what cannot wait — overdue cases, cases due within two days, extension notices to send — at
/// start and then daily: a system-tray notification where the desktop has a tray, a banner in the window otherwise.
class ReminderNotifier final : public QObject {
    Q_OBJECT
public:
    explicit ReminderNotifier(RegisterSession &session, QObject *parent = nullptr);
    ~ReminderNotifier() override;

    /// Whether notifications may go to the system tray (tests turn it off to see the banner).
    void setTrayAllowed(bool allowed) { m_trayAllowed = allowed; }
    /// Reads the reminders of the open register and shows them; returns the text shown (empty: nothing to remind).
    QString check();
    /// "2 overdue (DR-2026-0012, DR-2026-0031) · 1 due within two days (DR-2026-0040) · 1 extension notice to send
    /// (DR-2026-0007)"; empty when there is nothing.
    static QString describe(const Reminders &reminders);
    /// "2 tasks overdue (DR-2026-0012/T1 CRM, DR-2026-0031/T2 Billing)"; empty when there is none.
    static QString describeTasks(const QList<CaseTask> &overdue);

Q_SIGNALS:
    /// The text for the window's banner; empty hides it.
    void banner(const QString &text);
    /// The user clicked the notification.
    void activated();

private:
    RegisterSession &m_session;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayAllowed = true;
};

} // namespace dpodesk
