// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QTabWidget;

namespace dpodesk {

class ActivitiesPage;
class RegisterSession;
class SystemsPage;

/// The record of processing activities (GDPR art. 30) and the catalogue of the systems where the data live, side by
/// side with the queue: a window of its own, not modal, with one tab each. Closing it with unsaved changes asks first.
class RecordWindow final : public QWidget {
    Q_OBJECT
public:
    explicit RecordWindow(RegisterSession &session, QWidget *parent = nullptr);
    ~RecordWindow() override;

    ActivitiesPage *activities() const { return m_activities; }
    SystemsPage *systems() const { return m_systems; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Unsaved changes in either tab: asks; true when the window may close (or the register change).
    bool settle();
    /// Reads the register again (another register was opened, a change elsewhere).
    void reload();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();

    RegisterSession &m_session;
    QTabWidget *m_tabs = nullptr;
    ActivitiesPage *m_activities = nullptr;
    SystemsPage *m_systems = nullptr;
};

} // namespace dpodesk
