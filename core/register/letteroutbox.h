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

/// What a batch of acknowledgements did.
struct AcknowledgementBatch {
    QList<SentLetter> sent;
    QStringList failures; ///< "DR-2026-0042: why", one per case left as it was
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
    /// Acknowledgements for every new case not yet acknowledged, each in the request's language, dated today;
    /// progress(done, total) may return false to stop. One case failing does not stop the others.
    Result<AcknowledgementBatch> acknowledgeAllNew(const OrganisationProfile &organisation, QDate today,
                                                   const std::function<bool(int, int)> &progress = {});

private:
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
