// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <functional>

#include "domain/caserecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace dpodesk {

struct CaseChange;

class RegisterSession;

/// The workflow actions a case offers, each with its own dialog.
enum class WorkflowAction { Progress, Suspend, Resume, Extend, Answer, Recipients, Close, Withdraw };

/// Opens the dialog of an action modally on a case; true when the change was saved.
bool runWorkflowDialog(WorkflowAction action, RegisterSession &session, const CaseRecord &record,
                       QWidget *parent = nullptr);

/// The frame every workflow dialog shares: the legal effect of the action at the top ("effect"), a form,
/// a red "error" line for refusals (the dialog then stays open), OK / Cancel. OK applies the CaseWorkflow
/// operation to a copy of the case and saves it through RegisterSession::save() under the action's audit name.
class WorkflowDialog : public QDialog {
    Q_OBJECT
public:
    /// The case as stored once OK succeeded; an empty record (id 0) before.
    CaseRecord savedCase() const { return m_saved; }
    /// Runs the action; closes the dialog only when the case was saved.
    void accept() override;

protected:
    WorkflowDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent);

    /// Applies the action to a copy of record() and calls store(), or showError() on refusal.
    virtual void apply() = 0;

    void setEffect(const QString &text);
    /// Shows a refusal in the red line; an empty message hides it.
    void showError(const QString &message);
    QString errorText() const;
    /// Ends the dialog with the step the register service made (RegisterSession), or shows why it was refused.
    bool finish(const Result<CaseChange> &done);

    QFormLayout *form() const { return m_form; }
    QPushButton *okButton() const;
    RegisterSession &session() const { return m_session; }
    const CaseRecord &record() const { return m_record; }
    QDate today() const;
    /// A date field with a calendar popup, limited to [minimum, today].
    QDateEdit *createDateEdit(const QString &objectName, QDate value, QDate minimum);

private:
    RegisterSession &m_session;
    CaseRecord m_record;
    CaseRecord m_saved;
    QLabel *m_effect = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// Ask for identity information or a clarification: the clock stops (decree 2019-536 art. 77; recital 63).
class SuspendDialog final : public WorkflowDialog {
    Q_OBJECT
public:
    SuspendDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent = nullptr);

protected:
    void apply() override;

private:
    QComboBox *m_reason = nullptr;
    QDateEdit *m_askedOn = nullptr;
    QLineEdit *m_note = nullptr;
};

/// The answer to the question arrived: the clock restarts and the deadline moves by the days it stood still.
class ResumeDialog final : public WorkflowDialog {
    Q_OBJECT
public:
    ResumeDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent = nullptr);

protected:
    void apply() override;

private:
    void updatePreview();

    QDateEdit *m_answeredOn = nullptr;
    QLabel *m_newDeadline = nullptr;
};

/// GDPR art. 12(3): extend by two further months, once, within the first month, with the reasons.
class ExtendDialog final : public WorkflowDialog {
    Q_OBJECT
public:
    ExtendDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent = nullptr);

protected:
    void apply() override;

private:
    void checkDecisionDate();

    bool m_allowed = false;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QDateEdit *m_decidedOn = nullptr;
    QCheckBox *m_noticeSent = nullptr;
    QDateEdit *m_noticeSentOn = nullptr;
};

/// Records when the person was told of the extension (the queue shows "extension notice due" until then).
class ExtensionNoticeDialog final : public WorkflowDialog {
    Q_OBJECT
public:
    ExtensionNoticeDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent = nullptr);

protected:
    void apply() override;

private:
    QDateEdit *m_sentOn = nullptr;
};

/// The outcome of each right and the date of the answer; refusals need a ground and reasons (GDPR art. 12(4)).
class AnswerDialog final : public WorkflowDialog {
    Q_OBJECT
public:
    AnswerDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent = nullptr);
    /// Records the answer as already sent on that day, instead of writing the reply.
    void setAlreadySent(QDate on);
    /// Whether the decisions were recorded for a reply still to write (the default): the letter dialog comes next.
    bool replyToWrite() const { return m_replyToWrite; }

protected:
    void apply() override;

private:
    struct Row {
        Right right = Right::Access;
        QComboBox *outcome = nullptr;
        QComboBox *ground = nullptr;
        QPlainTextEdit *reason = nullptr;
    };
    void updateRow(const Row &row);

    QList<Row> m_rows;
    QRadioButton *m_writeReply = nullptr;
    QRadioButton *m_alreadySent = nullptr;
    QDateEdit *m_answeredOn = nullptr;
    bool m_replyToWrite = false;
};

/// GDPR art. 19: the recipients to tell of a rectification, erasure or restriction, and when they were told.
class RecipientsDialog final : public WorkflowDialog {
    Q_OBJECT
public:
    RecipientsDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent = nullptr);

protected:
    void apply() override;

private:
    enum Column { NameColumn, AddressColumn, NotifiedColumn, DateColumn };
    void addRow(const QString &name, QDate notifiedOn, const QString &address = QString());
    /// Adds the name typed in "newRecipient"; false when it is already listed.
    bool addTypedRecipient();
    void onItemChanged(QTableWidgetItem *item);
    QDateEdit *dateEditAt(int row) const;

    QTableWidget *m_table = nullptr;
    QLineEdit *m_newRecipient = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

/// Close the case, or record that the person withdrew the request.
class CloseDialog final : public WorkflowDialog {
    Q_OBJECT
public:
    CloseDialog(RegisterSession &session, const CaseRecord &record, bool withdraw = false, QWidget *parent = nullptr);

protected:
    void apply() override;

private:
    bool m_withdraw = false;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace dpodesk
