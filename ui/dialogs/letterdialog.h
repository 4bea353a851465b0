// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/caserecord.h"
#include "letters/letter.h"

#include <QBuffer>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QTimer;

namespace dpodesk {

class RegisterSession;

/// Writes a letter for a case: the letter the case's state calls for is proposed, in the request's language; the DPO
/// writes the free part, sees the PDF as it will go out, prints or saves it, and records it as sent (its effect on
/// the case, the PDF kept with it). When the request came by e-mail, the mail program can be opened with the PDF.
class LetterDialog final : public QDialog {
    Q_OBJECT
public:
    LetterDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent = nullptr);
    ~LetterDialog() override;

    void setKind(LetterKind kind);
    LetterKind kind() const;
    void setLanguage(const QString &language);
    void setText(const QString &text);
    /// The letter as it stands (rendered now, not after the preview's delay); empty when refused (see problem()):
    /// when the case forbids what it says (LetterKinds::check), or the text the law requires is missing.
    QByteArray currentPdf();
    QString problem() const;
    /// Saves the PDF to path (whole or not at all); false with a message on failure.
    bool saveTo(const QString &path);
    /// Prints the pages as previewed.
    bool printTo(QPrinter &printer);
    /// Records the letter as sent (after confirming its effect); true when stored.
    bool recordAsSent();
    /// The case as stored after recordAsSent().
    CaseRecord savedCase() const { return m_record; }

private:
    LetterInput input() const;
    void scheduleRender();
    void render();
    void kindChanged();
    void saveAs();
    void print();
    void editTemplate();
    void offerMail(const QString &fileName, const QByteArray &pdf);

    RegisterSession &m_session;
    CaseRecord m_record;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_prompt = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_feeLabel = nullptr;
    QLineEdit *m_fee = nullptr;
    QLabel *m_recipientLabel = nullptr;
    QComboBox *m_recipient = nullptr;
    QLabel *m_directivesLabel = nullptr;
    QComboBox *m_directives = nullptr;
    QLabel *m_effect = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QBuffer m_buffer;
    QByteArray m_pdf;
    QTimer *m_renderTimer = nullptr;
};

} // namespace dpodesk
