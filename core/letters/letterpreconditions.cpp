// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letters/letterpreconditions.h"

#include "domain/caserecord.h"
#include "letters/letterkind.h"

#include <algorithm>

namespace dpodesk {

namespace {

// The same on the desk and on the command line, whatever the locale: the words must be the same.
QString fmt(QDate date)
{
    return date.toString(Qt::ISODate);
}

bool isRefused(Outcome outcome)
{
    return outcome == Outcome::Refused || outcome == Outcome::PartiallyGranted;
}

} // namespace

QStringList LetterPreconditions::problems(const LetterTraits &letter, const CaseRecord &c, QDate date)
{
    using R = LetterRequirement;
    const LetterRequirements need = letter.conditions;
    QStringList found;
    // Every letter answers a request already received.
    if (date.isValid() && c.receivedOn.isValid() && date < c.receivedOn) {
        found << tr("The letter is dated %1, before the request was received on %2.").arg(fmt(date), fmt(c.receivedOn));
    }

    // GDPR art. 12(3): the notice gives the reasons of an extension decided within the first month, and the new
    // deadline.
    if (need.testFlag(R::Extended) && !c.extension) {
        found << tr("Case %1 was never extended: an extension notice would announce reasons and a new deadline that "
                    "the register does not hold. Record the extension first.")
                     .arg(c.reference);
    }
    if (need.testFlag(R::ExtensionNoticeDue) && c.extension && c.extension->noticeSentOn.isValid()) {
        found << tr("The extension notice of case %1 was already recorded as sent on %2.")
                     .arg(c.reference, fmt(c.extension->noticeSentOn));
    }
    if (need.testFlag(R::WithinFirstMonth) && date.isValid() && c.deadlines.initial.isValid() &&
        date > c.deadlines.initial) {
        found << tr("An extension notice must reach the person within one month of receipt (GDPR art. 12(3)): dated "
                    "%1, this one comes after the initial deadline of %2.")
                     .arg(fmt(date), fmt(c.deadlines.initial));
    }
    if (need.testFlag(R::Unanswered) && (c.answeredOn.isValid() || !c.isOpen())) {
        found << tr("Case %1 was already answered or closed: this letter would announce an answer still to come.")
                     .arg(c.reference);
    }

    // An answer letter grants the right it answers: not a right the person did not ask for, nor one refused or found
    // without data (those have letters of their own).
    if (need.testFlag(R::AnsweredRight) && letter.answers) {
        const Right right = *letter.answers;
        const auto it = std::find_if(c.rights.cbegin(), c.rights.cend(),
                                     [right](const RightRequest &r) { return r.right == right; });
        if (it == c.rights.cend()) {
            found << tr("Case %1 does not cover the right \"%2\": this letter answers a right the person did not ask "
                        "for.")
                         .arg(c.reference, label(right));
        } else if (isRefused(it->outcome)) {
            found << tr("The right \"%1\" was refused in whole or in part: write the reply covering every right, or "
                        "the refusal letter, which give the reasons and the remedies (GDPR art. 12(4)).")
                         .arg(label(right));
        } else if (it->outcome == Outcome::NoDataHeld) {
            found << tr("No data is held for the right \"%1\": write the reply covering every right, or the \"no data "
                        "held\" letter.")
                         .arg(label(right));
        }
    }

    if (need.testFlag(R::NoDataHeld)) {
        QStringList others;
        for (const RightRequest &r : c.rights) {
            if (r.outcome != Outcome::NoDataHeld) {
                others << QStringLiteral("%1: %2").arg(label(r.right), label(r.outcome));
            }
        }
        if (!others.isEmpty()) {
            found << tr("A \"no data held\" letter says that no data about the person is processed, but case %1 does "
                        "not record that outcome (%2). Record the outcome \"No data held\" first.")
                         .arg(c.reference, others.join(QStringLiteral(", ")));
        }
    }

    // GDPR art. 12(4): a refusal states the ground and the reasons decided for each right; the letter only carries
    // them.
    if (need.testFlag(R::RefusedRight)) {
        const bool recorded = std::any_of(c.rights.cbegin(), c.rights.cend(), [&letter](const RightRequest &r) {
            return isRefused(r.outcome) && (letter.refuses & refusalGround(r.refusalGround)) &&
                   !r.refusalReason.trimmed().isEmpty();
        });
        if (!recorded && letter.refuses == kAnyRefusalGround) {
            found << tr("A refusal states the legal ground and the reasons of each right refused (GDPR art. 12(4)), "
                        "but case %1 records no right refused with its ground and reasons. Record the decision first.")
                         .arg(c.reference);
        } else if (!recorded) {
            QStringList grounds;
            for (RefusalGround ground : allRefusalGrounds()) {
                if (letter.refuses & refusalGround(ground)) {
                    grounds << label(ground);
                }
            }
            found
                << tr("This letter states the ground \"%1\", but case %2 records no right refused on that ground with "
                      "its reasons (GDPR art. 12(4)). Record the decision first.")
                       .arg(grounds.join(QStringLiteral(" / ")), c.reference);
        }
    }

    // The reply states what was decided for each right; it decides nothing (docs/rules.md#letters).
    if (need.testFlag(R::EveryRightDecided)) {
        QStringList pending;
        QStringList elsewhere;
        for (const RightRequest &r : c.rights) {
            if (r.right == Right::PostMortem || r.right == Right::CnilComplaint) {
                elsewhere << label(r.right);
            } else if (r.outcome == Outcome::Pending) {
                pending << label(r.right);
            }
        }
        if (!elsewhere.isEmpty()) {
            found << tr("The reply covers the person's own rights; \"%1\" is answered by its own letter (the answer to "
                        "an heir, the reply to the CNIL).")
                         .arg(elsewhere.join(QStringLiteral("\", \"")));
        }
        if (!pending.isEmpty()) {
            found << tr("The reply states what was decided for each right, but \"%1\" is still pending in case %2: "
                        "decide every right with Answer… first (no right is granted by default).")
                         .arg(pending.join(QStringLiteral("\", \"")), c.reference);
        }
    }

    // LIL art. 85: after a death, the heirs or the person the deceased designated act, with proof of their capacity.
    if (need.testFlag(R::HeirOrExecutor)) {
        if (!c.requester) {
            found << tr("This letter is written to an heir or to the person the deceased designated (LIL art. 85), but "
                        "case %1 records no one acting for the data subject. Record the requester and their capacity "
                        "first.")
                         .arg(c.reference);
        } else if (c.requester->capacity != Capacity::Heir && c.requester->capacity != Capacity::Executor) {
            found << tr("This letter is written to an heir or to the person the deceased designated (LIL art. 85), but "
                        "the requester of case %1 acts as \"%2\".")
                         .arg(c.reference, label(c.requester->capacity));
        } else if (c.requester->capacityProof.trimmed().isEmpty()) {
            found
                << tr("The answer to an heir states the proofs of the death and of the requester's capacity that were "
                      "received, but case %1 records none. Record them with the requester first (e.g. death "
                      "certificate and acte de notoriété).")
                       .arg(c.reference);
        }
    }

    // GDPR art. 15 and 20 are the living person's rights; after a death, LIL art. 85 says what an heir may obtain.
    if (need.testFlag(R::NotAfterDeath) && c.requester &&
        (c.requester->capacity == Capacity::Heir || c.requester->capacity == Capacity::Executor)) {
        found << tr("The requester of case %1 acts as \"%2\": an heir or the person the deceased designated does not "
                    "receive the person's own answer (GDPR art. 15 and 20) but the answer to an heir, limited to what "
                    "LIL art. 85 allows.")
                     .arg(c.reference, label(c.requester->capacity));
    }
    if (need.testFlag(R::RestrictionInPlace) &&
        std::none_of(c.rights.cbegin(), c.rights.cend(), [](const RightRequest &r) {
            return r.right == Right::Restriction &&
                   (r.outcome == Outcome::Granted || r.outcome == Outcome::PartiallyGranted);
        })) {
        found << tr("A restriction can be lifted only once it is in place (GDPR art. 18(3)), but case %1 records no "
                    "restriction of processing granted.")
                     .arg(c.reference);
    }

    if (need.testFlag(R::Recipients) && c.recipients.isEmpty()) {
        found << tr("A notification under GDPR art. 19 is addressed to a recipient of the data, but case %1 records "
                    "none. Add the recipients first.")
                     .arg(c.reference);
    } else if (need.testFlag(R::Recipients) &&
               std::all_of(c.recipients.cbegin(), c.recipients.cend(),
                           [](const Recipient &r) { return r.address.trimmed().isEmpty(); })) {
        found << tr("A notification under GDPR art. 19 is written to the recipient at its address, but case %1 records "
                    "no address for it: add the recipient's postal or e-mail address first.")
                     .arg(c.reference);
    }
    // The proof of a capacity is asked of someone acting for the data subject (a representative, a parent, an heir).
    if (need.testFlag(R::RequesterRecorded) && !c.requester) {
        found << tr("A proof of capacity is asked of someone acting for the data subject, but case %1 records no "
                    "requester: the data subject writes in their own name. Record the requester and their capacity "
                    "first.")
                     .arg(c.reference);
    }
    // A complaint the CNIL forwards is not a request of the complainant's: no art. 12(3) deadline is promised to them;
    // the CNIL gets the reply, by its own due date.
    if (need.testFlag(R::NotCnilComplaint) && c.isCnilComplaint()) {
        found << tr("Case %1 is a complaint the CNIL forwarded: it is answered to the CNIL by its due date (the letter "
                    "\"Reply to the CNIL\"), not acknowledged to the complainant with a one-month deadline.")
                     .arg(c.reference);
    }
    if (need.testFlag(R::CnilComplaintRecorded) &&
        (!c.isCnilComplaint() || c.cnilReference.trimmed().isEmpty() || !c.cnilDueDate.isValid())) {
        found << tr("A reply to the CNIL answers a complaint it forwarded, quoting its reference by its due date, but "
                    "case %1 records no CNIL complaint with its reference and due date. Record them first.")
                     .arg(c.reference);
    }
    return found;
}

} // namespace dpodesk
