// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "register/letteroutbox.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPdfDocument;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace dpodesk {

class RegisterSession;

/// *Acknowledge all new requests…*: every open case still "new", with its acknowledgement drawn or the reason it gets
/// none; the letters leave as one PDF to print or save, or as e-mails opened in the mail program; only those that
/// really left are recorded as sent, each on its own (all or nothing per case), and the table says per case what
/// happened (docs/rules.md#letters).
class AcknowledgementsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AcknowledgementsDialog(RegisterSession &session, QWidget *parent = nullptr);

    /// Reads the new requests and draws their letters (nothing is recorded). False, said in words, on an error.
    bool prepare();
    const AcknowledgementBatch &batch() const { return m_batch; }
    /// The line above the table: how many requests, letters ready, left out.
    QString summary() const;
    /// What the table says of a case now (ready, left out and why, handed over, recorded, refused and why).
    QString outcomeOf(int row) const;
    /// Whether a ready letter is ticked to go out (all are, at first).
    void setChosen(int row, bool chosen);

    /// The ticked letters as one PDF (each from a new page), written to path; they count as handed over.
    bool saveTo(const QString &path);
    bool printTo(QPrinter &printer);
    /// Opens the mail program for each ticked letter whose request came electronically with an address; the number
    /// opened (they count as handed over).
    int openMails();
    /// Records as sent, after a confirmation, every ticked letter that was handed over; each case on its own. The
    /// number recorded.
    int recordSent();

private:
    enum Column { ChosenColumn, ReferenceColumn, PersonColumn, ChannelColumn, LanguageColumn, OutcomeColumn };
    enum class State { Ready, LeftOut, HandedOver, Recorded, Refused };

    void fill();
    void setOutcome(int row, State state, const QString &text);
    QList<int> chosenRows() const;
    /// The ticked letters as one PDF.
    Result<QByteArray> chosenLetters() const;
    void saveAs();
    void print();
    void updateButtons();

    RegisterSession &m_session;
    AcknowledgementBatch m_batch;
    QList<State> m_states;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_mail = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace dpodesk
