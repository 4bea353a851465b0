// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/caseworkflow.h"

#include "domain/caserecord.h"
#include "domain/casevalidator.h"

namespace dpodesk {

namespace {

Error invalid(const QString &message, const QString &field = {})
{
    return makeError(Error::Code::Invalid, message, field);
}

QString fmt(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<void> CaseWorkflow::requireOpen(const CaseRecord &c) const
{
    if (!c.isOpen()) {
        return invalid(tr("Case %1 can no longer change its workflow (status: %2).").arg(c.reference, label(c.status)),
                       QStringLiteral("status"));
    }
    return {};
}

Result<void> CaseWorkflow::revalidate(CaseRecord &changed, const CaseRecord &original, QDate today) const
{
    changed.recomputeDeadlines(m_calculator);
    return CaseValidator::validate(changed, today, &original);
}

Result<void> CaseWorkflow::clarificationMayStopClock(const OrganisationProfile &profile)
{
    if (profile.clarificationStopsClock()) {
        return {};
    }
    return makeError(Error::Code::Invalid,
                     tr("A request for clarification does not stop the clock: the decree 2019-536 (art. 77) suspends "
                        "the time limits only while identity information is awaited. Send the clarification letter "
                        "(it says the deadline still runs) or keep the question in a note; to treat clarifications as "
                        "suspending, change the organisation's setting, with its written justification."),
                     QStringLiteral("reason"));
}

Result<void> CaseWorkflow::suspend(CaseRecord &c, SuspensionReason reason, QDate askedOn, const QString &note,
                                   QDate today) const
{
    if (auto open = requireOpen(c); !open) {
        return open;
    }
    if (c.openSuspension()) {
        return invalid(
            tr("The clock has been stopped since %1: record the answer first.").arg(fmt(c.openSuspension()->askedOn)),
            QStringLiteral("suspensions"));
    }
    CaseRecord changed = c;
    changed.suspensions.append(Suspension{reason, askedOn, {}, note});
    changed.status =
        reason == SuspensionReason::Identity ? CaseStatus::AwaitingIdentity : CaseStatus::AwaitingClarification;
    if (auto valid = revalidate(changed, c, today); !valid) {
        return valid;
    }
    c = std::move(changed);
    return {};
}

Result<void> CaseWorkflow::resume(CaseRecord &c, QDate answeredOn, QDate today) const
{
    CaseRecord changed = c;
    Suspension *open = nullptr;
    for (Suspension &s : changed.suspensions) {
        if (s.isOpen()) {
            open = &s;
        }
    }
    if (!open) {
        return invalid(tr("The clock is not stopped: there is no open question to record an answer for."),
                       QStringLiteral("suspensions"));
    }
    if (!answeredOn.isValid()) {
        return invalid(tr("Give the date the answer arrived."), QStringLiteral("suspensions"));
    }
    open->answeredOn = answeredOn;
    if (changed.status == CaseStatus::AwaitingIdentity || changed.status == CaseStatus::AwaitingClarification) {
        changed.status = CaseStatus::InProgress;
    }
    if (auto valid = revalidate(changed, c, today); !valid) {
        return valid;
    }
    c = std::move(changed);
    return {};
}

Result<void> CaseWorkflow::canExtend(const CaseRecord &c, QDate on) const
{
    if (auto open = requireOpen(c); !open) {
        return open;
    }
    if (c.isCnilComplaint()) {
        return invalid(tr("A CNIL complaint follows the CNIL's due date: it cannot be extended."),
                       QStringLiteral("extension"));
    }
    if (c.extension) {
        return invalid(tr("The case was already extended on %1: GDPR art. 12(3) allows one extension of two months.")
                           .arg(fmt(c.extension->decidedOn)),
                       QStringLiteral("extension"));
    }
    // A question still open suspends the period too: count it up to the day of the decision.
    QList<ClockStop> stops = c.closedStops();
    if (const Suspension *open = c.openSuspension(); open && open->askedOn < on) {
        stops.append({open->askedOn, on});
    }
    const QDate initial = m_calculator.compute(c.receivedOn, stops).initial;
    if (on > initial) {
        return invalid(tr("The initial deadline (%1) has passed: an extension must be decided and notified within the "
                          "first month (GDPR art. 12(3)).")
                           .arg(fmt(initial)),
                       QStringLiteral("extension"));
    }
    return {};
}

Result<void> CaseWorkflow::extend(CaseRecord &c, ExtensionReason reason, const QString &justification, QDate decidedOn,
                                  QDate today) const
{
    if (auto allowed = canExtend(c, decidedOn); !allowed) {
        return allowed;
    }
    if (justification.trimmed().isEmpty()) {
        return invalid(tr("An extension needs a written justification: the reasons are sent to the person."),
                       QStringLiteral("extension"));
    }
    CaseRecord changed = c;
    changed.extension = Extension{decidedOn, reason, justification.trimmed(), {}};
    if (auto valid = revalidate(changed, c, today); !valid) {
        return valid;
    }
    c = std::move(changed);
    return {};
}

Result<void> CaseWorkflow::recordExtensionNotice(CaseRecord &c, QDate sentOn, QDate today) const
{
    if (!c.extension) {
        return invalid(tr("The case has no extension to notify."), QStringLiteral("extension"));
    }
    CaseRecord changed = c;
    changed.extension->noticeSentOn = sentOn;
    if (auto valid = revalidate(changed, c, today); !valid) {
        return valid;
    }
    c = std::move(changed);
    return {};
}

Result<void> CaseWorkflow::acknowledge(CaseRecord &c, QDate sentOn, QDate today) const
{
    CaseRecord changed = c;
    changed.acknowledgedOn = sentOn;
    if (changed.status == CaseStatus::New) {
        changed.status = CaseStatus::InProgress;
    }
    if (auto valid = revalidate(changed, c, today); !valid) {
        return valid;
    }
    c = std::move(changed);
    return {};
}

Result<void> CaseWorkflow::decide(CaseRecord &c, QDate decidedOn, const QList<RightDecision> &decisions,
                                  QDate today) const
{
    if (c.answeredOn.isValid()) {
        return invalid(tr("Case %1 was answered on %2: its decisions are part of that answer.")
                           .arg(c.reference, fmt(c.answeredOn)),
                       QStringLiteral("rights"));
    }
    // The same checks as the answer, on a copy: then only the decisions are kept, not the answer date.
    CaseRecord changed = c;
    auto answered = answer(changed, decidedOn, decisions, today);
    if (!answered) {
        return answered.error();
    }
    CaseRecord decided = c;
    decided.rights = changed.rights;
    if (auto valid = revalidate(decided, c, today); !valid) {
        return valid.error();
    }
    c = std::move(decided);
    return {};
}

Result<QStringList> CaseWorkflow::answer(CaseRecord &c, QDate answeredOn, const QList<RightDecision> &decisions,
                                         QDate today) const
{
    if (auto open = requireOpen(c); !open) {
        return open.error();
    }
    if (c.openSuspension()) {
        return invalid(tr("The clock has been stopped since %1: record the answer to your question before answering.")
                           .arg(fmt(c.openSuspension()->askedOn)),
                       QStringLiteral("suspensions"));
    }
    if (!answeredOn.isValid()) {
        return invalid(tr("Give the date of the answer."), QStringLiteral("answeredOn"));
    }
    CaseRecord changed = c;
    for (const RightDecision &d : decisions) {
        auto it = std::find_if(changed.rights.begin(), changed.rights.end(),
                               [&](const RightRequest &r) { return r.right == d.right; });
        if (it == changed.rights.end()) {
            return invalid(tr("The case does not cover the right \"%1\".").arg(label(d.right)),
                           QStringLiteral("rights"));
        }
        const bool refusal = d.outcome == Outcome::Refused || d.outcome == Outcome::PartiallyGranted;
        if (refusal && (d.ground == RefusalGround::None || d.reason.trimmed().isEmpty())) {
            return invalid(
                tr("A refusal of \"%1\" needs a legal ground and the reasons given to the person (GDPR art. 12(4)).")
                    .arg(label(d.right)),
                QStringLiteral("rights.refusal"));
        }
        it->outcome = d.outcome;
        it->refusalGround = refusal ? d.ground : RefusalGround::None;
        it->refusalReason = refusal ? d.reason.trimmed() : QString();
        it->decidedOn = answeredOn;
    }
    for (const RightRequest &r : changed.rights) {
        if (r.outcome == Outcome::Pending) {
            return invalid(tr("Decide on every right before answering: \"%1\" is still pending.").arg(label(r.right)),
                           QStringLiteral("rights"));
        }
    }
    changed.answeredOn = answeredOn;
    changed.status = CaseStatus::Answered;
    if (auto valid = revalidate(changed, c, today); !valid) {
        return valid.error();
    }
    QStringList warnings;
    // Art. 12(4): the refusal must reach the person within one month of receipt, even when the case was extended
    // (docs/rules.md#refusal-deadline).
    if (changed.hasRefusal() && !changed.isCnilComplaint() && answeredOn > changed.deadlines.refusalDeadline()) {
        warnings << tr("The refusal is notified on %1, after the refusal deadline of %2 (one month from receipt, "
                       "GDPR art. 12(4)).")
                        .arg(fmt(answeredOn), fmt(changed.deadlines.refusalDeadline()));
    }
    if (answeredOn > changed.deadline()) {
        warnings
            << tr("The answer given on %1 is late: the deadline was %2.").arg(fmt(answeredOn), fmt(changed.deadline()));
    }
    c = std::move(changed);
    return warnings;
}

Result<void> CaseWorkflow::close(CaseRecord &c, QDate closedOn, QDate today) const
{
    if (c.status == CaseStatus::Closed) {
        return invalid(tr("Case %1 is already closed.").arg(c.reference), QStringLiteral("status"));
    }
    CaseRecord changed = c;
    changed.closedOn = closedOn;
    changed.status = CaseStatus::Closed;
    if (auto valid = revalidate(changed, c, today); !valid) {
        return valid;
    }
    c = std::move(changed);
    return {};
}

Result<void> CaseWorkflow::withdraw(CaseRecord &c, QDate on, const QString &note, QDate today) const
{
    if (auto open = requireOpen(c); !open) {
        return open;
    }
    CaseRecord changed = c;
    changed.status = CaseStatus::Withdrawn;
    changed.closedOn = on;
    if (!note.trimmed().isEmpty()) {
        changed.notes.append(Note{{}, {}, tr("Withdrawn: %1").arg(note.trimmed())});
    }
    if (auto valid = revalidate(changed, c, today); !valid) {
        return valid;
    }
    c = std::move(changed);
    return {};
}

Result<void> CaseWorkflow::setStatus(CaseRecord &c, CaseStatus status) const
{
    if (auto open = requireOpen(c); !open) {
        return open;
    }
    if (status != CaseStatus::New && status != CaseStatus::InProgress && status != CaseStatus::AwaitingInternal) {
        return invalid(
            tr("Use the matching action to set \"%1\": it records the dates the law needs.").arg(label(status)),
            QStringLiteral("status"));
    }
    if (c.openSuspension()) {
        return invalid(tr("The clock is stopped: record the answer to your question first."), QStringLiteral("status"));
    }
    c.status = status;
    return {};
}

} // namespace dpodesk
