// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/caserecord.h"
#include "domain/processing.h"

#include <QList>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace dpodesk {

class RegisterSession;

/// Where the person's data live, for one case: the activities of the record that concern the person (chosen by the
/// DPO, with suggestions), a banner when we only process some of them for another controller, and the tasks sent to
/// the owners of their systems — planned, sent, answered with evidence — overdue ones in the queue's overdue style.
class CaseTasksPanel final : public QWidget {
    Q_OBJECT
public:
    enum Column { TaskColumn, SystemColumn, ActionColumn, OwnerColumn, DueColumn, StateColumn, ResultColumn };

    explicit CaseTasksPanel(RegisterSession &session, QWidget *parent = nullptr);
    ~CaseTasksPanel() override;

    /// Shows the activities and tasks of a case (id 0: nothing).
    void showCase(const CaseRecord &record);

    QTreeWidget *taskList() const { return m_list; }
    QList<CaseTask> tasks() const { return m_tasks; }
    /// The processor banner's text; empty while hidden.
    QString processorBanner() const;
    QString activitiesText() const;
    qint64 selectedTaskId() const;
    void selectTask(qint64 id);

    /// Opens the checkable list of the record's activities; true when the choice was saved.
    bool chooseActivities();
    /// Plans the tasks the rights and the activities call for, and says what was created and what to watch.
    bool planTasks();
    /// Sends the selected task to its owner (the mail program), then records it as sent.
    bool sendSelected();
    /// Records the owner's answer to the selected task.
    bool answerSelected();
    /// Writes the proof of what the owners did for the case (RecordReports::caseTasksPdf) to path.
    bool saveProof(const QString &path);

private:
    void fill();
    void updateButtons();

    RegisterSession &m_session;
    CaseRecord m_record;
    QList<ProcessingActivity> m_activities;
    QList<CaseTask> m_tasks;

    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_activitiesLabel = nullptr;
    QPushButton *m_choose = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_plan = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_answer = nullptr;
    QPushButton *m_proof = nullptr;
};

} // namespace dpodesk
