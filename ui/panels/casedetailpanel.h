// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/caserecord.h"

#include <QWidget>

class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace dpodesk {

class AttachmentsPanel;
class CaseTasksPanel;
class RegisterSession;
enum class WorkflowAction;

/// Everything about one case beside the queue: who asks for what, the deadline in force and how it was derived,
/// the workflow actions that make sense now, the history (audit trail and notes) and the person's other requests.
class CaseDetailPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CaseDetailPanel(RegisterSession &session, QWidget *parent = nullptr);
    ~CaseDetailPanel() override;

    /// Shows a case of the open register; 0 clears the panel.
    void showCase(qint64 id);
    qint64 caseId() const { return m_caseId; }
    CaseTasksPanel *tasks() const { return m_tasks; }

Q_SIGNALS:
    /// The DPO asked to edit the case's details (people, rights, dates).
    void editRequested(qint64 id);
    void letterRequested(qint64 id);

private:
    void buildHeader(QVBoxLayout *layout);
    void buildDeadline(QVBoxLayout *layout);
    void buildActions(QVBoxLayout *layout);
    void buildAttachments(QVBoxLayout *layout);
    void buildTasks(QVBoxLayout *layout);
    void buildTimeline(QVBoxLayout *layout);
    void buildEarlierRequests(QVBoxLayout *layout);
    QPushButton *addActionButton(QGridLayout *grid, const QString &objectName, const QString &text,
                                 const QString &effect);

    void reload();
    void clear(const QString &message = QString());
    void fillHeader();
    void fillDeadline();
    void fillActions();
    void fillTimeline();
    void fillEarlierRequests();

    void runAction(WorkflowAction action);
    void recordExtensionNotice();
    void addNote();

    RegisterSession &m_session;
    qint64 m_caseId = 0;
    CaseRecord m_record;

    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;

    QLabel *m_reference = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_requester = nullptr;
    QLabel *m_intake = nullptr;
    QLabel *m_rights = nullptr;

    QFrame *m_deadlineBlock = nullptr;
    QLabel *m_urgencyIcon = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_derivation = nullptr;
    QLabel *m_deadlines = nullptr;
    QLabel *m_answered = nullptr;
    QLabel *m_clockStopped = nullptr;
    QLabel *m_extension = nullptr;
    QLabel *m_extensionNotice = nullptr;
    QPushButton *m_recordNotice = nullptr;

    QPushButton *m_suspend = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_extend = nullptr;
    QPushButton *m_answer = nullptr;
    QPushButton *m_recipients = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_progress = nullptr;
    AttachmentsPanel *m_attachments = nullptr;
    CaseTasksPanel *m_tasks = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_letter = nullptr;

    QTreeWidget *m_timeline = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QPushButton *m_addNote = nullptr;

    QLabel *m_earlierSummary = nullptr;
    QTreeWidget *m_earlier = nullptr;
};

} // namespace dpodesk
