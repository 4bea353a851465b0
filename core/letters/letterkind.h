// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dpodesk {

struct CaseRecord;

/// The letters of docs/rules.md#letters, in the order a case meets them. Each has one row of traits in
/// letterkind.cpp and two templates, resources/letters/NAME.fr.html and NAME.en.html.
enum class LetterKind {
    Acknowledgement,
    IdentityRequest,
    ClarificationRequest,
    ExtensionNotice,
    AnswerAccess,
    AnswerRectification,
    AnswerErasure,
    AnswerRestriction,
    AnswerPortability,
    AnswerObjection,
    RestrictionLiftingNotice,
    Refusal,
    ManifestlyUnfounded,
    UnableToIdentify,
    NoData,
    RecipientNotification,
    PostMortemAnswer,
    ProcessorNotice,         ///< to the person: we process the data for a controller, who answers (art. 28(3)(e))
    ForwardingToController,  ///< to that controller: the request, for it to answer
    CapacityRequest,         ///< to a requester acting for the person: the proof of their capacity
    FeeNotice,               ///< before acting: the fee asked (art. 12(5), 15(3)), and the chance to withdraw
    ConsentWithdrawn,        ///< confirmation that consent was withdrawn, what stops and from when (art. 7(3))
    AnswerAutomatedDecision, ///< art. 22: human intervention, the person's point of view, contesting, the logic
    CnilReply,               ///< to the CNIL, which forwarded a complaint: the facts, the measures, the documents
    Reply,                   ///< one reply covering every right of the request, as decided: granted, refused, no data
};

/// To whom a letter is written: the person (the requester if there is one, else the data subject), or a third party
/// that receives only what it needs (docs/rules.md#letters).
enum class LetterAddressee {
    Person,
    Controller, ///< the controller named in the record, for whom we process the data (art. 28(3)(e))
    Cnil,       ///< the CNIL, which forwarded a complaint
    Recipient,  ///< a recipient of the data, told of a rectification, erasure or restriction (art. 19)
};

/// What recording a letter as sent does to its case.
enum class LetterEffect {
    None,                 ///< kept with the case only (recipient notification, notice before lifting a restriction)
    Acknowledgement,      ///< the acknowledgement date is set
    IdentityRequest,      ///< the clock stops until the identity information arrives
    ClarificationRequest, ///< the clock stops until the clarification arrives
    ExtensionNotice,      ///< the extension notice date is set
    Answer,               ///< the answer date is set (a right the letter answers, still pending, is granted)
    RecipientNotified,    ///< the recipient it is written to is recorded as notified on the letter's date
};

/// What the case must hold before a letter can be written at all: without it, what the letter says would be false.
/// (Every letter is also dated on or after the day the request was received.)
enum class LetterRequirement : unsigned {
    Extended = 1u << 0,           ///< an extension with its reason and justification: the notice states them
    ExtensionNoticeDue = 1u << 1, ///< the extension notice not recorded yet
    WithinFirstMonth = 1u << 2,   ///< dated on or before the initial deadline (GDPR art. 12(3))
    Unanswered = 1u << 3,         ///< neither answered nor closed: the letter announces an answer still to come
    AnsweredRight = 1u << 4,      ///< the case covers the right answered, and it was not refused or found without data
    NoDataHeld = 1u << 5,         ///< every right of the case has the outcome "no data held"
    RefusedRight = 1u << 6,       ///< a right refused on one of the letter's grounds, with its reasons (art. 12(4))
    HeirOrExecutor = 1u << 7,     ///< the requester is an heir or the person the deceased designated (LIL art. 85)
    RestrictionInPlace = 1u << 8, ///< a restriction of processing granted (art. 18(3))
    Recipients = 1u << 9,         ///< at least one recipient of the data recorded (art. 19)
    RequesterRecorded = 1u << 10, ///< someone acting for the data subject is recorded, with their capacity
    // Checked on the activities chosen for the case (Letters::checkContent), which the case record does not hold:
    ProcessorActivity =
        1u << 11,              ///< an activity chosen for the case that we carry out as processor, for one controller
    AutomatedLogic = 1u << 12, ///< an activity chosen for the case that records its automated decision and logic
    CnilComplaintRecorded = 1u << 13, ///< a complaint the CNIL forwarded, with its reference and due date
    NotCnilComplaint = 1u << 14,      ///< a request of the person: a complaint the CNIL forwarded is answered to it
    NotAfterDeath = 1u << 15, ///< the person's own right: never to an heir or designated person (LIL art. 85 instead)
    EveryRightDecided = 1u << 16, ///< every right of the case decided (its outcome, ground and reasons recorded)
};
Q_DECLARE_FLAGS(LetterRequirements, LetterRequirement)
Q_DECLARE_OPERATORS_FOR_FLAGS(LetterRequirements)

/// The legal grounds a refusal letter states, as a set of RefusalGround bits.
using RefusalGrounds = unsigned;
constexpr RefusalGrounds refusalGround(RefusalGround ground)
{
    return 1u << static_cast<unsigned>(ground);
}
/// Every ground but None: a refusal letter that states whatever ground was recorded.
inline constexpr RefusalGrounds kAnyRefusalGround =
    ~refusalGround(RefusalGround::None) & ((refusalGround(RefusalGround::Other) << 1) - 1);

/// One row of the table of letters: everything DPO Desk knows about a kind.
struct LetterTraits {
    LetterKind kind;
    const char *name;  ///< stable: the command line, template files, the audit trail and stored letters use it
    const char *label; ///< untranslated; LetterKinds::label() translates it
    LetterEffect effect;
    std::optional<Right> answers;  ///< the right an answer letter answers (granted if still pending when recorded)
    RefusalGrounds refuses;        ///< the grounds the letter refuses on; 0 when it refuses nothing
    bool needsText;                ///< refused without the DPO's own text
    const char *prompt;            ///< what that text must say (untranslated)
    LetterRequirements conditions; ///< what the case must hold (LetterPreconditions checks it)
};

/// The letters and their traits, from one table (letterkind.cpp).
class LetterKinds final {
    Q_DECLARE_TR_FUNCTIONS(Letters) // the words of the letters were first translated as Letters'; they keep that
public:
    /// Every kind, in the table's order.
    static QList<LetterKind> all();
    static const LetterTraits &traits(LetterKind kind);
    /// The stable name ("extension-notice") and back; nullopt for a name no kind has.
    static QString name(LetterKind kind);
    static std::optional<LetterKind> fromName(const QString &name);
    static QString label(LetterKind kind);

    /// What recording the letter as sent does to its case, and those words for the user.
    static LetterEffect effect(LetterKind kind) { return traits(kind).effect; }
    /// clarificationStopsClock: the organisation's setting (OrganisationProfile::clarificationStopsClock).
    static QString effectDescription(LetterKind kind, bool clarificationStopsClock = false);
    /// The right an answer letter answers ("answer-access" → access); nullopt for the other letters.
    static std::optional<Right> answeredRight(LetterKind kind) { return traits(kind).answers; }
    /// Whether the letter refuses something: it then carries the reasons and the mandatory mentions.
    static bool isRefusal(LetterKind kind) { return traits(kind).refuses != 0; }
    /// Whether the letter cannot go out without the DPO's own text, and what that text must say.
    static bool requiresText(LetterKind kind) { return traits(kind).needsText; }
    static QString textPrompt(LetterKind kind);
    /// To whom the letter is written: the letterhead's addressee and the reference block follow it.
    static LetterAddressee addressee(LetterKind kind);

    /// The letter the case's state calls for: acknowledgement of a new request, extension notice once extended,
    /// the request while the clock is stopped, refusal when a right is refused, no data held, the answer matching
    /// the rights otherwise.
    static LetterKind suggested(const CaseRecord &record);

    /// Every reason the case forbids this letter on that date, in words (empty: it may be written). The desk (its
    /// preview, saving, printing and recording as sent) and `dpodesk-cli letter` all refuse with these words.
    static QStringList problems(LetterKind kind, const CaseRecord &record, QDate letterDate);
    /// problems() as one error ("kind"), the sentences joined.
    static Result<void> check(LetterKind kind, const CaseRecord &record, QDate letterDate);
};

} // namespace dpodesk
