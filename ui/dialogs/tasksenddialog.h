// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/caserecord.h"
#include "domain/processing.h"
#include "letters/taskmessage.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dpodesk {

class RegisterSession;

/// Sends one task to its system's owner: the e-mail as it will go (TaskMessages: only the identifiers the system is
/// searched by, GDPR art. 5(1)(c)), handed to the user's mail program (xdg-email, as letters are) or as a printable
/// task sheet, then recorded as sent once the DPO says it went. Sending a task already sent records a reminder.
class TaskSendDialog final : public QDialog {
    Q_OBJECT
public:
    TaskSendDialog(RegisterSession &session, const CaseRecord &record, const CaseTask &task, QWidget *parent = nullptr);

    QComboBox *toBox() const { return m_to; }
    QDateEdit *dateEdit() const { return m_date; }
    QString subject() const;
    QString body() const;
    QString errorText() const;
    /// Opens the mail program with the message; false (with the reason shown) when it cannot be.
    bool openMail();
    /// Writes the task sheet (the same content as one printable A4 page) to path; false with the reason shown.
    bool saveSheet(const QString &path);
    /// Records the task as sent ("Record as sent").
    void accept() override;

private:
    void compose();

    RegisterSession &m_session;
    CaseRecord m_record;
    CaseTask m_task;
    DataSystem m_system;
    QComboBox *m_to = nullptr;
    QLabel *m_cc = nullptr;
    QComboBox *m_language = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_mail = nullptr;
    QPushButton *m_sheet = nullptr;
    bool m_composed = false; ///< the message could be written (TaskMessages::message)
    TaskMessage m_message;
    QLabel *m_error = nullptr;
};

} // namespace dpodesk
