// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "attachments/attachment.h"
#include "common/result.h"
#include "letters/letter.h"

#include <QCoreApplication>

#include <functional>

namespace dpodesk {

class CaseFiles;
class CaseWorkflow;
class Database;
class CaseBook;
class OrganisationSettings;

/// A letter recorded as sent: the case as stored after its effect, and the PDF kept with it.
struct SentLetter {
    CaseRecord record;
    Attachment attachment;
    QStringList warnings; ///< e.g. an answer after the deadline: recorded, but worth knowing
};

/// One new case of a batch of acknowledgements, prepared but not sent: its letter drawn, or why it gets none.
struct PreparedLetter {
    LetterInput input;    ///< the case as read (its version: recording refuses a case changed since), kind, date
    QByteArray pdf;       ///< the letter; empty when the case is left out
    QString leftOut;      ///< why the case gets no letter, in words; empty when its letter is ready
    QStringList warnings; ///< e.g. written after the deadline: the letter says so
    bool ready() const { return !pdf.isEmpty(); }
};

/// The new requests a batch of acknowledgements looks at: every open case still "new", each with its letter or the
/// reason it has none. Nothing is recorded: each letter is recorded as sent (recordAsSent) once it really went out.
struct AcknowledgementBatch {
    QList<PreparedLetter> letters;
    int readyCount() const;
};

/// Letters between the register and the outside world: rendered with the organisation's templates, recorded as sent
/// with their effect on the case (docs/rules.md#letters), one transaction per letter.
class LetterOutbox final {
    Q_DECLARE_TR_FUNCTIONS(LetterOutbox)
public:
    LetterOutbox(Database &database, CaseBook &cases, const OrganisationSettings &settings, CaseFiles &attachments,
                 const CaseWorkflow &workflow);

    /// The letter as PDF with the organisation's copy of the template (or the shipped default). Refused, in the words
    /// of LetterKinds::check, when the case forbids what the letter says: the desk's preview, saving and printing, and
    /// `dpodesk-cli letter`, all come through here.
    Result<QByteArray> render(const LetterInput &input) const;
    /// The case as recording the letter would leave it (nothing stored): for showing the effect before confirming.
    /// Refused like render() when the case forbids the letter, and when its effect is not allowed yet (an answer while
    /// another right is pending: the letter can still be saved or printed).
    /// changed: whether the letter changes the case (a second acknowledgement does not).
    Result<CaseRecord> withEffect(const LetterInput &input, QDate today, QStringList *warnings = nullptr,
                                  bool *changed = nullptr) const;
    /// In one transaction: applies the letter's effect (acknowledgement date, clock stopped, extension notice,
    /// answer date), keeps the PDF with the case as an outgoing letter (SHA-256) and writes a "letter.sent" event.
    /// Refused, with nothing stored, when the case changed since input.record was read or the effect is not allowed.
    Result<SentLetter> recordAsSent(const LetterInput &input, const QByteArray &pdf, QDate today);
    /// The acknowledgements of every open case still "new", each in the request's language, dated today, drawn but
    /// not recorded; a case that gets none says why (already acknowledged, a complaint the CNIL forwarded, what its
    /// letter lacks). progress(done, total) may return false to stop. Nothing is written to the register.
    Result<AcknowledgementBatch> prepareAcknowledgements(const OrganisationProfile &organisation, QDate today,
                                                         const std::function<bool(int, int)> &progress = {}) const;
    /// Several letters as one PDF, each starting on a new page with its own page numbers: to print a batch at once.
    Result<QByteArray> renderTogether(const QList<LetterInput> &inputs) const;

private:
    /// The letter checked against its case and filled with the organisation's template: the input as drawn (with
    /// its activities) and the HTML of the whole letter.
    Result<std::pair<LetterInput, QString>> drawn(const LetterInput &input) const;
    /// The input with the activities its case names, as the register holds them now, and for the art. 12(5)
    /// letter the person's earlier requests.
    Result<LetterInput> withActivities(const LetterInput &input) const;

    Database &m_database;
    CaseBook &m_cases;
    const OrganisationSettings &m_settings;
    CaseFiles &m_attachments;
    const CaseWorkflow &m_workflow;
};

} // namespace dpodesk
