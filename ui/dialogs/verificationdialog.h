// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dpodesk {

class RegisterSession;

/// Records how the person's identity was verified: on which day, how, with which document. By default the case's
/// identity copies are erased as the record is written, and only the record stays (docs/rules.md#identity-proofs;
/// CNIL; EDPB Guidelines 01/2022 §79); keeping them needs a written justification in the note.
class VerificationDialog final : public QDialog {
    Q_OBJECT
public:
    VerificationDialog(RegisterSession &session, qint64 caseId, QWidget *parent = nullptr);
    ~VerificationDialog() override;

    /// Records the verification and closes; on refusal the red "error" line says why and the dialog stays open.
    void accept() override;

    /// Once accepted: how many identity copies were erased, and whether they were kept on purpose.
    int erasedCount() const { return m_erased; }
    bool keptCopies() const { return m_kept; }
    QString errorText() const;

private:
    void showError(const QString &message);
    void updateKeepCopies();

    RegisterSession &m_session;
    qint64 m_caseId = 0;
    int m_copies = 0;    ///< identity copies of the case still kept when the dialog opened
    int m_graceDays = 0; ///< the organisation's retention of identity copies after the check (settings)
    int m_erased = 0;
    bool m_kept = false;

    QDateEdit *m_verifiedOn = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_documentType = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QCheckBox *m_keepCopies = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dpodesk
