// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letters/letterkind.h"

#include "domain/caserecord.h"
#include "letters/letterpreconditions.h"

#include <array>
#include <bit>

namespace dpodesk {

namespace {

using R = LetterRequirement;
using E = LetterEffect;

constexpr const char *kAnyText = QT_TRANSLATE_NOOP("Letters", "actions taken, or anything else the person should know "
                                                              "(optional).");
// GDPR art. 15(3): the answer says how the person gets the copy of the data; only the DPO knows.
constexpr const char *kHowTheCopy = QT_TRANSLATE_NOOP("Letters", "how the copy of the data is provided (GDPR art. "
                                                                 "15(3)): enclosed, sent separately or made available, "
                                                                 "and in which format.");
constexpr const char *kWhatWasDone = QT_TRANSLATE_NOOP("Letters", "what was done, and when.");

// docs/rules.md#letters, in the order a case meets them.
// clang-format off
constexpr std::array kTable{
    LetterTraits{LetterKind::Acknowledgement, "acknowledgement",
        QT_TRANSLATE_NOOP("Letters", "Acknowledgement"),
        E::Acknowledgement, std::nullopt, 0, false, kAnyText, R::Unanswered | R::NotCnilComplaint},
    LetterTraits{LetterKind::IdentityRequest, "identity-request",
        QT_TRANSLATE_NOOP("Letters", "Request for identity information"),
        E::IdentityRequest, std::nullopt, 0, true,
        QT_TRANSLATE_NOOP("Letters", "what information is needed to confirm the identity, and why (only on "
                                     "reasonable doubt)."), R::Unanswered},
    LetterTraits{LetterKind::ClarificationRequest, "clarification-request",
        QT_TRANSLATE_NOOP("Letters", "Request for clarification"),
        E::ClarificationRequest, std::nullopt, 0, true,
        QT_TRANSLATE_NOOP("Letters", "what the person must clarify."), R::Unanswered},
    LetterTraits{LetterKind::ExtensionNotice, "extension-notice",
        QT_TRANSLATE_NOOP("Letters", "Extension notice"),
        E::ExtensionNotice, std::nullopt, 0, false, kAnyText,
        R::Extended | R::ExtensionNoticeDue | R::WithinFirstMonth | R::Unanswered},
    LetterTraits{LetterKind::AnswerAccess, "answer-access",
        QT_TRANSLATE_NOOP("Letters", "Answer: access"),
        E::Answer, Right::Access, 0, true, kHowTheCopy, R::AnsweredRight | R::NotAfterDeath},
    LetterTraits{LetterKind::AnswerRectification, "answer-rectification",
        QT_TRANSLATE_NOOP("Letters", "Answer: rectification"),
        E::Answer, Right::Rectification, 0, true, kWhatWasDone, R::AnsweredRight},
    LetterTraits{LetterKind::AnswerErasure, "answer-erasure",
        QT_TRANSLATE_NOOP("Letters", "Answer: erasure"),
        E::Answer, Right::Erasure, 0, true, kWhatWasDone, R::AnsweredRight},
    LetterTraits{LetterKind::AnswerRestriction, "answer-restriction",
        QT_TRANSLATE_NOOP("Letters", "Answer: restriction"),
        E::Answer, Right::Restriction, 0, true, kWhatWasDone, R::AnsweredRight},
    LetterTraits{LetterKind::AnswerPortability, "answer-portability",
        QT_TRANSLATE_NOOP("Letters", "Answer: portability"),
        E::Answer, Right::Portability, 0, true,
        QT_TRANSLATE_NOOP("Letters", "the format of the data supplied (e.g. CSV, JSON) and how it is sent."),
        R::AnsweredRight | R::NotAfterDeath},
    LetterTraits{LetterKind::AnswerObjection, "answer-objection",
        QT_TRANSLATE_NOOP("Letters", "Answer: objection"),
        E::Answer, Right::Objection, 0, false, kAnyText, R::AnsweredRight},
    LetterTraits{LetterKind::RestrictionLiftingNotice, "restriction-lifting-notice",
        QT_TRANSLATE_NOOP("Letters", "Notice before lifting a restriction"),
        E::None, std::nullopt, 0, true,
        QT_TRANSLATE_NOOP("Letters", "when the restriction ends, and why."), R::RestrictionInPlace},
    LetterTraits{LetterKind::Refusal, "refusal",
        QT_TRANSLATE_NOOP("Letters", "Refusal (total or partial)"),
        E::Answer, std::nullopt, kAnyRefusalGround, false,
        QT_TRANSLATE_NOOP("Letters", "any reasons beyond the grounds recorded for each right."), R::RefusedRight},
    LetterTraits{LetterKind::ManifestlyUnfounded, "manifestly-unfounded",
        QT_TRANSLATE_NOOP("Letters", "Manifestly unfounded or excessive request"),
        E::Answer, std::nullopt,
        refusalGround(RefusalGround::ManifestlyUnfounded) | refusalGround(RefusalGround::Excessive), true,
        QT_TRANSLATE_NOOP("Letters", "the facts: earlier requests and their intervals, and the fee asked if any."),
        R::RefusedRight},
    LetterTraits{LetterKind::UnableToIdentify, "unable-to-identify",
        QT_TRANSLATE_NOOP("Letters", "Unable to identify (art. 11(2))"),
        E::Answer, std::nullopt, refusalGround(RefusalGround::UnableToIdentify), true,
        QT_TRANSLATE_NOOP("Letters", "what would allow the person to be identified."), R::RefusedRight},
    LetterTraits{LetterKind::NoData, "no-data",
        QT_TRANSLATE_NOOP("Letters", "No data held"),
        E::Answer, std::nullopt, 0, false,
        QT_TRANSLATE_NOOP("Letters", "the searches carried out."), R::NoDataHeld},
    LetterTraits{LetterKind::RecipientNotification, "recipient-notification",
        QT_TRANSLATE_NOOP("Letters", "Notification to a recipient (art. 19)"),
        E::RecipientNotified, std::nullopt, 0, true,
        QT_TRANSLATE_NOOP("Letters", "what changed (rectified, erased or restricted data), for the recipient to "
                                     "apply."), R::Recipients},
    // Written to the heir or designated person whatever rights they invoked (never the art. 15 answer).
    LetterTraits{LetterKind::PostMortemAnswer, "post-mortem-answer",
        QT_TRANSLATE_NOOP("Letters", "Answer to an heir (post-mortem)"),
        E::Answer, Right::PostMortem, 0, false, kAnyText, R::HeirOrExecutor},
    // GDPR art. 28(3)(e): for an activity we carry out as processor, the controller answers. Nothing of the case's
    // clock changes: the DPO closes the case once the controller has it.
    LetterTraits{LetterKind::ProcessorNotice, "processor-notice",
        QT_TRANSLATE_NOOP("Letters", "We are the processor: notice to the person"),
        E::None, std::nullopt, 0, false, kAnyText, R::ProcessorActivity | R::Unanswered},
    LetterTraits{LetterKind::ForwardingToController, "forwarding-to-controller",
        QT_TRANSLATE_NOOP("Letters", "We are the processor: request forwarded to the controller"),
        E::None, std::nullopt, 0, false,
        QT_TRANSLATE_NOOP("Letters", "anything else the controller needs to answer (optional): how the request "
                                     "reached us, what we can do on its instructions."),
        R::ProcessorActivity | R::Unanswered},
    // Not the identity request: decree 2019-536 art. 77 suspends the time limits only while identity information is
    // awaited, so this letter leaves the clock running (docs/rules.md#letters).
    LetterTraits{LetterKind::CapacityRequest, "capacity-request",
        QT_TRANSLATE_NOOP("Letters", "Request for proof of capacity"),
        E::None, std::nullopt, 0, true,
        QT_TRANSLATE_NOOP("Letters", "what proves the capacity in this case, and why: the mandate signed by the "
                                     "person, proof of parental authority or guardianship, the acte de notoriété..."),
        R::RequesterRecorded | R::Unanswered},
    // GDPR art. 12(5) and 15(3); EDPB 01/2022 §192: the person hears of the fee before anything is charged.
    LetterTraits{LetterKind::FeeNotice, "fee-notice",
        QT_TRANSLATE_NOOP("Letters", "Fee notice before acting"),
        E::None, std::nullopt, 0, true,
        QT_TRANSLATE_NOOP("Letters", "the fee and its basis: the amount, what it covers (further copies, GDPR art. "
                                     "15(3); a manifestly unfounded or excessive request, art. 12(5)), how to pay."),
        R::Unanswered},
    LetterTraits{LetterKind::ConsentWithdrawn, "consent-withdrawn",
        QT_TRANSLATE_NOOP("Letters", "Confirmation that consent was withdrawn"),
        E::Answer, Right::ConsentWithdrawal, 0, true,
        QT_TRANSLATE_NOOP("Letters", "the processing based on consent that stops, and from which date (GDPR art. "
                                     "7(3))."), R::AnsweredRight},
    LetterTraits{LetterKind::AnswerAutomatedDecision, "answer-automated-decision",
        QT_TRANSLATE_NOOP("Letters", "Answer: automated decision (art. 22)"),
        E::Answer, Right::AutomatedDecision, 0, true,
        QT_TRANSLATE_NOOP("Letters", "how the person obtains human intervention and contests the decision: who "
                                     "reviews it, how to reach them, and what was done for this request."),
        R::AnsweredRight | R::AutomatedLogic},
    // A complaint the CNIL forwards is answered to the CNIL by its due date, not to the complainant.
    LetterTraits{LetterKind::CnilReply, "cnil-reply",
        QT_TRANSLATE_NOOP("Letters", "Reply to the CNIL (complaint)"),
        E::Answer, Right::CnilComplaint, 0, true,
        QT_TRANSLATE_NOOP("Letters", "the facts, the measures taken and the documents attached."),
        R::AnsweredRight | R::CnilComplaintRecorded},
    // One reply for the whole request (docs/rules.md#letters): per right what was granted, refused (ground and
    // reasons) or not held, the remedies once. It states what Answer… decided; it decides nothing itself.
    LetterTraits{LetterKind::Reply, "reply",
        QT_TRANSLATE_NOOP("Letters", "Reply covering every right"),
        E::Answer, std::nullopt, 0, false,
        QT_TRANSLATE_NOOP("Letters", "what was done, and when; how the copy of the data is provided, if access is "
                                     "granted (optional)."),
        R::EveryRightDecided | R::Unanswered | R::NotAfterDeath | R::NotCnilComplaint},
};
// clang-format on

/// Row i is the kind i: traits() indexes the table by the enum's value.
constexpr bool tableInEnumOrder()
{
    for (std::size_t i = 0; i < kTable.size(); ++i) {
        if (static_cast<std::size_t>(kTable[i].kind) != i) {
            return false;
        }
    }
    return kTable.back().kind == LetterKind::Reply;
}
static_assert(tableInEnumOrder(), "one row per LetterKind, in the enum's order");

/// The refusal letter that states this ground most precisely ("unable to identify" rather than "refusal").
std::optional<LetterKind> refusalLetterFor(RefusalGround ground)
{
    std::optional<LetterKind> best;
    for (const LetterTraits &row : kTable) {
        if ((row.refuses & refusalGround(ground)) &&
            (!best || std::popcount(row.refuses) < std::popcount(LetterKinds::traits(*best).refuses))) {
            best = row.kind;
        }
    }
    return best;
}

} // namespace

QList<LetterKind> LetterKinds::all()
{
    QList<LetterKind> kinds;
    for (const LetterTraits &row : kTable) {
        kinds << row.kind;
    }
    return kinds;
}

const LetterTraits &LetterKinds::traits(LetterKind kind)
{
    return kTable[static_cast<std::size_t>(kind)];
}

QString LetterKinds::name(LetterKind kind)
{
    return QLatin1String(traits(kind).name);
}

std::optional<LetterKind> LetterKinds::fromName(const QString &name)
{
    for (const LetterTraits &row : kTable) {
        if (name == QLatin1String(row.name)) {
            return row.kind;
        }
    }
    return std::nullopt;
}

QString LetterKinds::label(LetterKind kind)
{
    return tr(traits(kind).label);
}

QString LetterKinds::textPrompt(LetterKind kind)
{
    return tr(traits(kind).prompt);
}

LetterAddressee LetterKinds::addressee(LetterKind kind)
{
    if (kind == LetterKind::CnilReply) {
        return LetterAddressee::Cnil;
    }
    if (kind == LetterKind::RecipientNotification) {
        return LetterAddressee::Recipient;
    }
    return kind == LetterKind::ForwardingToController ? LetterAddressee::Controller : LetterAddressee::Person;
}

QString LetterKinds::effectDescription(LetterKind kind, bool clarificationStopsClock)
{
    if (kind == LetterKind::CapacityRequest) {
        return tr("The letter is kept with the case; the clock keeps running: only identity information suspends it "
                  "(decree 2019-536 art. 77).");
    }
    switch (effect(kind)) {
    case LetterEffect::Acknowledgement:
        return tr("The acknowledgement date is set to the letter's date.");
    case LetterEffect::IdentityRequest:
        return tr("The clock stops from the letter's date until the identity information arrives "
                  "(decree 2019-536 art. 77).");
    case LetterEffect::ClarificationRequest:
        if (!clarificationStopsClock) {
            return tr("The letter is kept with the case; the clock keeps running: only identity information suspends "
                      "it (decree 2019-536 art. 77), and the letter says so.");
        }
        return tr("The clock stops from the letter's date until the clarification arrives (the organisation's "
                  "setting).");
    case LetterEffect::ExtensionNotice:
        return tr("The extension notice is recorded as sent on the letter's date.");
    case LetterEffect::Answer:
        return tr("The answer date is set to the letter's date, with the outcome of each right.");
    case LetterEffect::RecipientNotified:
        return tr("The recipient is recorded as notified on the letter's date.");
    case LetterEffect::None:
        break;
    }
    return tr("The letter is kept with the case.");
}

LetterKind LetterKinds::suggested(const CaseRecord &c)
{
    if (c.isOpen() && c.extensionNoticeDue()) {
        return LetterKind::ExtensionNotice;
    }
    // Once a right is decided, the answer is what the case calls for, not an acknowledgement any more.
    const bool anyDecided = std::any_of(c.rights.cbegin(), c.rights.cend(),
                                        [](const RightRequest &r) { return r.outcome != Outcome::Pending; });
    if (c.isOpen() && !c.acknowledgedOn.isValid() && c.status == CaseStatus::New && !c.isCnilComplaint() &&
        !anyDecided) {
        return LetterKind::Acknowledgement;
    }
    if (const Suspension *open = c.openSuspension()) {
        return open->reason == SuspensionReason::Identity ? LetterKind::IdentityRequest
                                                          : LetterKind::ClarificationRequest;
    }
    // A request for several rights, all decided: one reply covering them all (docs/rules.md#letters).
    const bool allDecided = std::none_of(c.rights.cbegin(), c.rights.cend(),
                                         [](const RightRequest &r) { return r.outcome == Outcome::Pending; });
    const bool ownRights = std::none_of(c.rights.cbegin(), c.rights.cend(), [](const RightRequest &r) {
        return r.right == Right::PostMortem || r.right == Right::CnilComplaint;
    });
    const bool precise = std::any_of(c.rights.cbegin(), c.rights.cend(), [](const RightRequest &r) {
        const auto letter = refusalLetterFor(r.refusalGround);
        return (r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted) && letter &&
               *letter != LetterKind::Refusal;
    });
    const bool allNoDataHeld = std::all_of(c.rights.cbegin(), c.rights.cend(),
                                           [](const RightRequest &r) { return r.outcome == Outcome::NoDataHeld; });
    // A right granted in part (access with others' data withheld, art. 15(4)) also gets the reply: what is given and
    // what is withheld, with its ground, in one letter.
    const bool partly = std::any_of(c.rights.cbegin(), c.rights.cend(),
                                    [](const RightRequest &r) { return r.outcome == Outcome::PartiallyGranted; });
    if ((c.rights.size() > 1 || partly) && allDecided && ownRights && !precise && !allNoDataHeld &&
        !c.answeredOn.isValid()) {
        return LetterKind::Reply;
    }
    bool refused = false;
    bool allNoData = !c.rights.isEmpty();
    for (const RightRequest &r : c.rights) {
        if (r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted) {
            refused = true;
            // A letter of its own for this ground (unable to identify, manifestly unfounded) goes first.
            if (const auto precise = refusalLetterFor(r.refusalGround); precise && *precise != LetterKind::Refusal) {
                return *precise;
            }
        }
        allNoData = allNoData && r.outcome == Outcome::NoDataHeld;
    }
    if (refused) {
        return LetterKind::Refusal;
    }
    if (allNoData) {
        return LetterKind::NoData;
    }
    // The answer for the first right the case names that has a letter of its own and was not found without data.
    for (const RightRequest &r : c.rights) {
        if (r.outcome == Outcome::NoDataHeld) {
            continue;
        }
        for (const LetterTraits &row : kTable) {
            if (row.answers == r.right && row.refuses == 0) {
                return row.kind;
            }
        }
    }
    return LetterKind::Acknowledgement;
}

QStringList LetterKinds::problems(LetterKind kind, const CaseRecord &record, QDate letterDate)
{
    return LetterPreconditions::problems(traits(kind), record, letterDate);
}

Result<void> LetterKinds::check(LetterKind kind, const CaseRecord &record, QDate letterDate)
{
    const QStringList found = problems(kind, record, letterDate);
    if (found.isEmpty()) {
        return {};
    }
    return makeError(Error::Code::Invalid, found.join(u' '), QStringLiteral("kind"));
}

} // namespace dpodesk
