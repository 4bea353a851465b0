// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/processing.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dpodesk {

class RegisterSession;

/// What a system's owner answered to a task: a result that fits the task's action (found or not found for a search or
/// an export; done for what changes data; cannot, with the reason, always), the day, a note, and the evidence files
/// (kept with the case, all or none). A task is answered once.
class TaskAnswerDialog final : public QDialog {
    Q_OBJECT
public:
    TaskAnswerDialog(RegisterSession &session, const CaseTask &task, QWidget *parent = nullptr);

    QComboBox *resultBox() const { return m_result; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDateEdit *dateEdit() const { return m_date; }
    /// Adds evidence files (the button asks for them).
    void addEvidence(const QStringList &paths);
    QStringList evidence() const;
    QString errorText() const;
    void accept() override;

private:
    void resultChanged();

    RegisterSession &m_session;
    CaseTask m_task;
    QComboBox *m_result = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QListWidget *m_files = nullptr;
    QPushButton *m_removeFile = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace dpodesk
