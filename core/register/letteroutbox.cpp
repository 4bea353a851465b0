// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "register/letteroutbox.h"

#include "common/sha256.h"
#include "domain/caseworkflow.h"
#include "letters/letterrenderer.h"
#include "register/casebook.h"
#include "register/casefiles.h"
#include "register/organisationsettings.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QJsonObject>
#include <QLocale>

namespace dpodesk {

namespace {

/// The letter's date, or today's when it has none.
QDate sentOn(const LetterInput &input, QDate today)
{
    return input.date.isValid() ? input.date : today;
}

/// The outcome an answer letter decides for a right still pending: granted, for the right it answers. Any other
/// pending right, and every "no data held" or refusal, is decided with Answer first: the register holds the decision
/// and its reasons before a letter states them.
std::optional<RightDecision> impliedDecision(LetterKind kind, const RightRequest &r)
{
    if (LetterKinds::answeredRight(kind) == r.right && !LetterKinds::isRefusal(kind)) {
        return RightDecision{r.right, Outcome::Granted, RefusalGround::None, QString()};
    }
    return std::nullopt;
}

} // namespace

LetterOutbox::LetterOutbox(Database &database, CaseBook &cases, const OrganisationSettings &settings,
                           CaseFiles &attachments, const CaseWorkflow &workflow)
    : m_database(database), m_cases(cases), m_settings(settings), m_attachments(attachments), m_workflow(workflow)
{
}

Result<LetterInput> LetterOutbox::withActivities(const LetterInput &given) const
{
    LetterInput input = given;
    if (input.record.id != 0) {
        auto activities = m_cases.stores().tasks->caseActivities(input.record.id);
        if (!activities) {
            return activities.error();
        }
        input.activities = std::move(activities).value();
        // GDPR art. 12(5): the facts of a repetitive request are the person's earlier requests and their intervals.
        if (input.kind == LetterKind::ManifestlyUnfounded && input.earlierRequests.isEmpty()) {
            auto same = m_cases.requestsFromSamePerson(input.record);
            if (!same) {
                return same.error();
            }
            for (const CaseSummary &other : *same) {
                if (other.id != input.record.id && other.receivedOn.isValid() &&
                    other.receivedOn <= input.record.receivedOn) {
                    input.earlierRequests << EarlierRequest{other.reference, other.receivedOn};
                }
            }
        }
    }
    return input;
}

Result<std::pair<LetterInput, QString>> LetterOutbox::drawn(const LetterInput &given) const
{
    // What the case forbids this letter to say: refused before anything is drawn, in the same words everywhere.
    if (auto allowed = LetterKinds::check(given.kind, given.record, sentOn(given, QDate::currentDate())); !allowed) {
        return allowed.error();
    }
    // The activities the case names, as the register holds them: the access answer states them.
    auto input = withActivities(given);
    if (!input) {
        return input.error();
    }
    auto text = m_settings.letterTemplate(LetterKinds::name(input->kind), input->language);
    if (!text) {
        return text.error();
    }
    auto html = Letters::html(*input, *text);
    if (!html) {
        return html.error();
    }
    return std::pair<LetterInput, QString>{*input, *html};
}

Result<QByteArray> LetterOutbox::render(const LetterInput &given) const
{
    auto letter = drawn(given);
    if (!letter) {
        return letter.error();
    }
    return LetterRenderer::pdf(letter->first, letter->second);
}

Result<CaseRecord> LetterOutbox::withEffect(const LetterInput &input, QDate today, QStringList *warnings,
                                            bool *changed) const
{
    const QDate date = sentOn(input, today);
    if (auto allowed = LetterKinds::check(input.kind, input.record, date); !allowed) {
        return allowed.error();
    }
    CaseRecord c = input.record;
    bool touched = true;
    const auto untouched = [&] { touched = false; };
    const LetterEffect effect = LetterKinds::effect(input.kind);
    switch (effect) {
    case LetterEffect::None:
        break;
    case LetterEffect::RecipientNotified: {
        // GDPR art. 19: the recipient this letter is written to is told on the letter's date (the first letter
        // counts; a second one changes nothing).
        auto chosen = Letters::notifiedRecipient(input);
        if (!chosen) {
            return chosen.error();
        }
        const auto it = std::find_if(c.recipients.begin(), c.recipients.end(),
                                     [&](const Recipient &r) { return r.name == chosen->name; });
        if (it != c.recipients.end() && !it->notifiedOn.isValid()) {
            it->notifiedOn = date;
        } else {
            untouched();
        }
        break;
    }
    case LetterEffect::Acknowledgement:
        // Sent after the deadline, the acknowledgement says the time limit expired instead of promising it.
        if (warnings && c.deadline().isValid() && date > c.deadline()) {
            *warnings << tr("The deadline of %1 passed on %2: the acknowledgement says so, apologises and mentions "
                            "the right to complain to the CNIL, instead of promising a date already past.")
                             .arg(c.reference, QLocale().toString(c.deadline(), QLocale::ShortFormat));
        }
        if (!c.acknowledgedOn.isValid()) {
            if (auto ok = m_workflow.acknowledge(c, date, today); !ok) {
                return ok.error();
            }
        } else {
            untouched();
        }
        break;
    case LetterEffect::IdentityRequest:
    case LetterEffect::ClarificationRequest: {
        const SuspensionReason reason =
            effect == LetterEffect::IdentityRequest ? SuspensionReason::Identity : SuspensionReason::Clarification;
        // docs/rules.md#suspension: by default a clarification leaves the clock running; the letter says so.
        if (reason == SuspensionReason::Clarification && !input.organisation.clarificationStopsClock()) {
            untouched();
            break;
        }
        // The letter that stops the clock; a second letter for a question already open changes nothing.
        const Suspension *open = c.openSuspension();
        if (!open || open->reason != reason) {
            if (auto ok = m_workflow.suspend(c, reason, date, tr("Letter %1").arg(Letters::fileName(input)), today);
                !ok) {
                return ok.error();
            }
        } else {
            untouched();
        }
        break;
    }
    case LetterEffect::ExtensionNotice:
        // LetterKinds::check made sure of an extension whose notice is due, within the first month.
        if (auto ok = m_workflow.recordExtensionNotice(c, date, today); !ok) {
            return ok.error();
        }
        break;
    case LetterEffect::Answer:
        if (!c.answeredOn.isValid()) {
            QList<RightDecision> decisions;
            for (const RightRequest &r : c.rights) {
                if (r.outcome != Outcome::Pending) {
                    decisions << RightDecision{r.right, r.outcome, r.refusalGround, r.refusalReason};
                } else if (auto implied = impliedDecision(input.kind, r)) {
                    decisions << *implied;
                }
            }
            auto answered = m_workflow.answer(c, date, decisions, today);
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
        *changed = touched && effect != LetterEffect::None;
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
        auto current = m_cases.find(input.record.id);
        if (!current) {
            return current.error();
        }
        if (current->version != input.record.version) {
            return makeError(
                Error::Code::Conflict,
                tr("Case %1 changed since the letter was prepared; prepare it again.").arg(current->reference));
        }
        // The letter is checked again against the case as stored now (LetterKinds::check, inside withEffect).
        auto withRecord = withActivities(input);
        if (!withRecord) {
            return withRecord.error();
        }
        LetterInput fresh = std::move(withRecord).value();
        fresh.record = *current;
        // The effect of a clarification letter follows the organisation's setting as stored now (another desk may
        // have changed it): the letter must have said the same.
        if (LetterKinds::effect(fresh.kind) == LetterEffect::ClarificationRequest) {
            auto stored = m_settings.organisation();
            if (!stored) {
                return stored.error();
            }
            if (stored->clarificationStopsClock() != fresh.organisation.clarificationStopsClock()) {
                return makeError(Error::Code::Conflict,
                                 tr("The organisation's setting on clarifications changed since the letter was "
                                    "prepared; prepare it again."));
            }
        }
        // What the case forbids first, in the words every other way gives; then what the letter itself needs.
        if (auto allowed = LetterKinds::check(fresh.kind, fresh.record, sentOn(fresh, today)); !allowed) {
            return allowed;
        }
        if (auto content = Letters::checkContent(fresh); !content) {
            return content;
        }
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
                {LetterEffect::Answer, QStringLiteral("case.answer")},
                {LetterEffect::RecipientNotified, QStringLiteral("case.recipients")}};
            auto saved = m_cases.save(*changed, actions.value(LetterKinds::effect(input.kind)));
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
        QJsonObject details{{QStringLiteral("kind"), LetterKinds::name(input.kind)},
                            {QStringLiteral("language"), input.language},
                            {QStringLiteral("date"), input.date.toString(Qt::ISODate)},
                            {QStringLiteral("attachment"), attachment->id},
                            {QStringLiteral("sha256"), sha256Hex(pdf)}};
        if (LetterKinds::addressee(input.kind) == LetterAddressee::Recipient) {
            if (auto chosen = Letters::notifiedRecipient(fresh)) {
                details.insert(QStringLiteral("recipient"), chosen->name);
            }
        }
        auto event = m_cases.audit().append(QStringLiteral("letter.sent"), current->reference, details);
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

int AcknowledgementBatch::readyCount() const
{
    return int(std::count_if(letters.cbegin(), letters.cend(), [](const PreparedLetter &l) { return l.ready(); }));
}

Result<AcknowledgementBatch> LetterOutbox::prepareAcknowledgements(const OrganisationProfile &organisation, QDate today,
                                                                   const std::function<bool(int, int)> &progress) const
{
    CaseQuery query;
    query.scope = CaseQuery::Scope::Open;
    query.status = CaseStatus::New;
    query.today = today;
    query.sort = CaseQuery::Sort::ReceivedOn;
    query.limit = 100000;
    auto cases = m_cases.list(query);
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
        auto record = m_cases.find(summary.id);
        if (!record) {
            return record.error();
        }
        PreparedLetter letter;
        letter.input =
            LetterInput{*record,
                        organisation,
                        LetterKind::Acknowledgement,
                        Letters::languages().contains(record->language) ? record->language : QStringLiteral("fr"),
                        today,
                        QString(),
                        {}};
        // Still "new" but acknowledged already (an older register, or a date typed in the form): no second letter.
        if (record->acknowledgedOn.isValid()) {
            letter.leftOut = tr("Already acknowledged on %1; its status is still \"new\".")
                                 .arg(QLocale().toString(record->acknowledgedOn, QLocale::ShortFormat));
        } else if (auto pdf = render(letter.input); !pdf) {
            letter.leftOut = pdf.errorMessage(); // the case's preconditions and the letter's content, in words
        } else {
            letter.pdf = *pdf;
            auto effect = withEffect(letter.input, today, &letter.warnings);
            if (!effect) {
                letter.pdf.clear();
                letter.leftOut = effect.errorMessage();
            }
        }
        batch.letters << letter;
    }
    if (progress) {
        progress(done, total);
    }
    return batch;
}

Result<QByteArray> LetterOutbox::renderTogether(const QList<LetterInput> &inputs) const
{
    QList<std::pair<LetterInput, QString>> letters;
    for (const LetterInput &given : inputs) {
        auto letter = drawn(given);
        if (!letter) {
            // Which letter of the batch, in the words of the refusal.
            return makeError(letter.error().code,
                             QStringLiteral("%1: %2").arg(given.record.reference, letter.errorMessage()),
                             letter.error().field);
        }
        letters.append(std::move(letter).value());
    }
    return LetterRenderer::pdf(letters);
}

} // namespace dpodesk
