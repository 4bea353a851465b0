#include "letters/letteroutbox.h"

#include "common/sha256.h"
#include "domain/caseworkflow.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "storage/sqlcaserepository.h"

#include <QJsonObject>
#include <QLocale>

namespace dpodesk {

namespace {

/// The outcome an answer letter implies for a right still pending; nullopt when the DPO must decide.
std::optional<RightDecision> impliedDecision(const QString &kind, const RightRequest &r, const QString &text)
{
    RightDecision d{r.right, Outcome::Granted, RefusalGround::None, QString()};
    if (kind == QLatin1String("no-data")) {
        d.outcome = Outcome::NoDataHeld;
        return d;
    }
    if (kind == QLatin1String("unable-to-identify") || kind == QLatin1String("manifestly-unfounded")) {
        d.outcome = Outcome::Refused;
        d.ground = kind == QLatin1String("unable-to-identify") ? RefusalGround::UnableToIdentify
                                                               : RefusalGround::ManifestlyUnfounded;
        d.reason = text.trimmed();
        return d;
    }
    if (Letters::answeredRight(kind) == r.right) {
        return d;
    }
    return std::nullopt;
}

} // namespace

LetterOutbox::LetterOutbox(Database &database, SqlCaseRepository &repository, AttachmentStore &attachments,
                           const CaseWorkflow &workflow)
    : m_database(database), m_repository(repository), m_attachments(attachments), m_workflow(workflow)
{
}

Result<QByteArray> LetterOutbox::render(const LetterInput &input) const
{
    auto text = m_repository.letterTemplate(input.kind, input.language);
    if (!text) {
        return text.error();
    }
    // An answer is written from the case as recording it will leave it: a refusal that the letter itself decides
    // (unable to identify, manifestly unfounded) then states its ground, as the letter kept and sent must.
    if (Letters::effectOf(input.kind) == LetterEffect::Answer && !input.record.answeredOn.isValid()) {
        if (auto answered = withEffect(input, input.date.isValid() ? input.date : QDate::currentDate()); answered) {
            LetterInput decided = input;
            decided.record = *answered;
            return Letters::pdf(decided, *text);
        }
    }
    return Letters::pdf(input, *text);
}

Result<CaseRecord> LetterOutbox::withEffect(const LetterInput &input, QDate today, QStringList *warnings,
                                            bool *changed) const
{
    CaseRecord c = input.record;
    bool touched = true;
    const auto untouched = [&] { touched = false; };
    const QDate sentOn = input.date.isValid() ? input.date : today;
    switch (Letters::effectOf(input.kind)) {
    case LetterEffect::None:
        break;
    case LetterEffect::Acknowledgement:
        if (!c.acknowledgedOn.isValid()) {
            if (auto ok = m_workflow.acknowledge(c, sentOn, today); !ok) {
                return ok.error();
            }
        } else {
            untouched();
        }
        break;
    case LetterEffect::IdentityRequest:
    case LetterEffect::ClarificationRequest: {
        const SuspensionReason reason = Letters::effectOf(input.kind) == LetterEffect::IdentityRequest
                                            ? SuspensionReason::Identity
                                            : SuspensionReason::Clarification;
        // The letter that stops the clock; a second letter for a question already open changes nothing.
        const Suspension *open = c.openSuspension();
        if (!open || open->reason != reason) {
            if (auto ok = m_workflow.suspend(c, reason, sentOn, tr("Letter %1").arg(Letters::fileName(input)), today);
                !ok) {
                return ok.error();
            }
        } else {
            untouched();
        }
        break;
    }
    case LetterEffect::ExtensionNotice:
        if (!c.extension) {
            return makeError(Error::Code::Invalid,
                             tr("Record the extension first (Case > Extend): the notice states its reasons and the "
                                "new deadline."),
                             QStringLiteral("extension"));
        }
        if (c.answeredOn.isValid() || !c.isOpen()) {
            return makeError(Error::Code::Invalid,
                             tr("The case was answered or closed: an extension notice no longer makes sense."),
                             QStringLiteral("extension"));
        }
        if (!c.extension->noticeSentOn.isValid()) {
            if (auto ok = m_workflow.recordExtensionNotice(c, sentOn, today); !ok) {
                return ok.error();
            }
            // GDPR art. 12(3): the person is told of the extension within one month of receipt.
            if (warnings && c.deadlines.initial.isValid() && sentOn > c.deadlines.initial) {
                *warnings << tr("The extension notice goes out after the first month (initial deadline %1): GDPR "
                                "art. 12(3) asks for it within one month of receipt.")
                                 .arg(QLocale().toString(c.deadlines.initial, QLocale::ShortFormat));
            }
        } else {
            untouched();
        }
        break;
    case LetterEffect::Answer:
        if (!c.answeredOn.isValid()) {
            QList<RightDecision> decisions;
            for (const RightRequest &r : c.rights) {
                if (r.outcome != Outcome::Pending) {
                    decisions << RightDecision{r.right, r.outcome, r.refusalGround, r.refusalReason};
                } else if (auto implied = impliedDecision(input.kind, r, input.freeText)) {
                    decisions << *implied;
                }
            }
            auto answered = m_workflow.answer(c, sentOn, decisions, today);
            if (!answered) {
                return answered.error();
            }
            if (warnings) {
                *warnings << *answered;
            }
        } else {
            untouched();
        }
        break;
    }
    if (changed) {
        *changed = touched && Letters::effectOf(input.kind) != LetterEffect::None;
    }
    return c;
}

Result<SentLetter> LetterOutbox::recordAsSent(const LetterInput &input, const QByteArray &pdf, QDate today)
{
    if (!pdf.startsWith("%PDF-")) {
        return makeError(Error::Code::Invalid, tr("Only a generated PDF letter can be recorded as sent."));
    }
    SentLetter sent;
    auto done = m_database.write([&]() -> Result<void> {
        auto current = m_repository.find(input.record.id);
        if (!current) {
            return current.error();
        }
        if (current->version != input.record.version) {
            return makeError(
                Error::Code::Conflict,
                tr("Case %1 changed since the letter was prepared; prepare it again.").arg(current->reference));
        }
        LetterInput fresh = input;
        fresh.record = *current;
        bool effect = false;
        auto changed = withEffect(fresh, today, &sent.warnings, &effect);
        if (!changed) {
            return changed.error();
        }
        sent.record = *current;
        if (effect) {
            static const QMap<LetterEffect, QString> actions{
                {LetterEffect::Acknowledgement, QStringLiteral("case.progress")},
                {LetterEffect::IdentityRequest, QStringLiteral("case.suspend")},
                {LetterEffect::ClarificationRequest, QStringLiteral("case.suspend")},
                {LetterEffect::ExtensionNotice, QStringLiteral("case.extension-notice")},
                {LetterEffect::Answer, QStringLiteral("case.answer")}};
            auto saved = m_repository.save(*changed, actions.value(Letters::effectOf(input.kind)));
            if (!saved) {
                return saved.error();
            }
            sent.record = *saved;
        }
        auto attachment =
            m_attachments.add(input.record.id, AttachmentKind::OutgoingLetter, Letters::fileName(input), pdf);
        if (!attachment) {
            return attachment.error();
        }
        sent.attachment = *attachment;
        auto event = m_repository.audit().append(QStringLiteral("letter.sent"), current->reference,
                                                 QJsonObject{{QStringLiteral("kind"), input.kind},
                                                             {QStringLiteral("language"), input.language},
                                                             {QStringLiteral("date"), input.date.toString(Qt::ISODate)},
                                                             {QStringLiteral("attachment"), attachment->id},
                                                             {QStringLiteral("sha256"), sha256Hex(pdf)}});
        if (!event) {
            return event.error();
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return sent;
}

Result<AcknowledgementBatch> LetterOutbox::acknowledgeAllNew(const OrganisationProfile &organisation, QDate today,
                                                             const std::function<bool(int, int)> &progress)
{
    CaseQuery query;
    query.scope = CaseQuery::Scope::Open;
    query.status = CaseStatus::New;
    query.today = today;
    query.sort = CaseQuery::Sort::ReceivedOn;
    query.limit = 100000;
    auto cases = m_repository.list(query);
    if (!cases) {
        return cases.error();
    }
    AcknowledgementBatch batch;
    const int total = int(cases->size());
    int done = 0;
    for (const CaseSummary &summary : *cases) {
        if (progress && !progress(done, total)) {
            break;
        }
        ++done;
        auto record = m_repository.find(summary.id);
        if (!record) {
            batch.failures << QStringLiteral("%1: %2").arg(summary.reference, record.errorMessage());
            continue;
        }
        if (record->acknowledgedOn.isValid()) {
            continue;
        }
        LetterInput input{*record,
                          organisation,
                          QStringLiteral("acknowledgement"),
                          Letters::languages().contains(record->language) ? record->language : QStringLiteral("fr"),
                          today,
                          QString()};
        auto pdf = render(input);
        if (!pdf) {
            batch.failures << QStringLiteral("%1: %2").arg(summary.reference, pdf.errorMessage());
            continue;
        }
        auto sent = recordAsSent(input, *pdf, today);
        if (!sent) {
            batch.failures << QStringLiteral("%1: %2").arg(summary.reference, sent.errorMessage());
            continue;
        }
        batch.sent << *sent;
    }
    if (progress) {
        progress(done, total);
    }
    return batch;
}

} // namespace dpodesk
