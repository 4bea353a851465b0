// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/caserecord.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dpodesk {

class AppSettings;
class RegisterSession;
struct Error;

/// Logs a new request, or edits the intake data of a case: dates, channel, rights, the data subject, the requester
/// and the CNIL details. The workflow data of an existing case (suspensions, extension, outcomes, notes, ...) is kept
/// as it is. The validator's messages appear under the fields at fault; nothing is stored until the case is valid.
class CaseFormDialog final : public QDialog {
    Q_OBJECT
public:
    CaseFormDialog(RegisterSession &session, AppSettings &settings, std::optional<CaseRecord> existing = std::nullopt,
                   QWidget *parent = nullptr);
    ~CaseFormDialog() override;

    /// The case as stored, once the dialog was accepted.
    CaseRecord savedCase() const { return m_saved; }
    /// The case the form describes now: the existing case with the form's fields applied. Not validated.
    CaseRecord formRecord() const;

private:
    struct RightBox {
        Right right;
        QCheckBox *box;
    };
    /// A validator field ("subject.email") with the label that shows its messages and the input to focus.
    struct FieldError {
        QString field;
        QLabel *label;
        QWidget *focus;
    };

    QLayout *createIntake();
    QWidget *createRights();
    QWidget *createSubject();
    QWidget *createRequester();
    QWidget *createCnil();
    QLayout *createNote();
    QWidget *createButtons();
    QLabel *addErrorLabel(QWidget *parent, const QString &field, QWidget *focus);

    void load(const CaseRecord &record);
    void updateRightDependents();
    QCheckBox *rightBox(Right right) const;
    bool isChecked(Right right) const;
    QList<RightRequest> chosenRights() const;
    /// Labels of the rights of the existing case that have a decision and are no longer checked.
    QStringList droppedDecisions() const;

    void trySave();
    void clearProblems();
    void showProblems(const QList<Error> &problems);
    void showBanner(const QString &text);
    static QString rightToolTip(Right right);

    RegisterSession &m_session;
    AppSettings &m_settings;
    std::optional<CaseRecord> m_existing;
    CaseRecord m_saved;

    QLabel *m_formError = nullptr;
    QDateEdit *m_receivedOn = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_language = nullptr;
    QList<RightBox> m_rightBoxes;
    QLineEdit *m_objectionDetail = nullptr;
    QLineEdit *m_otherDetail = nullptr;
    QLabel *m_identityHint = nullptr;

    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_internalRef = nullptr;
    QComboBox *m_relationship = nullptr;

    QGroupBox *m_requesterGroup = nullptr;
    QLineEdit *m_requesterFirstName = nullptr;
    QLineEdit *m_requesterLastName = nullptr;
    QLineEdit *m_requesterEmail = nullptr;
    QLineEdit *m_requesterPhone = nullptr;
    QComboBox *m_capacity = nullptr;
    QLineEdit *m_capacityProof = nullptr;

    QGroupBox *m_cnilGroup = nullptr;
    QLineEdit *m_cnilReference = nullptr;
    QDateEdit *m_cnilDueDate = nullptr;
    QLineEdit *m_linkedCase = nullptr;

    QPlainTextEdit *m_note = nullptr; ///< new cases only
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QList<FieldError> m_fieldErrors; ///< in form order: the first one shown gets the focus
};

} // namespace dpodesk
