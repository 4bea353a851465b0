// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/enums.h"
#include "domain/organisation.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace dpodesk {

struct CaseRecord;
class DeadlineCalculator;

/// The decision on one right when a case is answered.
struct RightDecision {
    Right right = Right::Access;
    Outcome outcome = Outcome::Granted;
    RefusalGround ground = RefusalGround::None;
    QString reason;
};

/// The workflow actions of a case, as pure operations on a value: each checks its legal preconditions,
/// changes the record (status, dates, recomputed deadlines) and says why when it refuses.
/// Storing the result (with its audit event) is the repository's job. The steps and their guards:
/// docs/rules.md#statuses-and-workflow.
class CaseWorkflow final {
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
public:
    explicit CaseWorkflow(const DeadlineCalculator &calculator) : m_calculator(calculator) {}

    /// Ask for identity information or a clarification: opens a suspension, the clock stops (decree 2019-536 art. 77;
    /// docs/rules.md#suspension).
    Result<void> suspend(CaseRecord &c, SuspensionReason reason, QDate askedOn, const QString &note, QDate today) const;
    /// Whether a request for clarification may stop the clock under the organisation's setting (docs/rules.md#
    /// suspension): refused in words by default, the clock running.
    static Result<void> clarificationMayStopClock(const OrganisationProfile &profile);
    /// Record the answer to the open question: closes the suspension, the deadline moves by the days it lasted.
    Result<void> resume(CaseRecord &c, QDate answeredOn, QDate today) const;
    /// GDPR art. 12(3): once, on or before the initial deadline, with a reason and a justification
    /// (docs/rules.md#extension).
    Result<void> extend(CaseRecord &c, ExtensionReason reason, const QString &justification, QDate decidedOn,
                        QDate today) const;
    /// Whether an extension is still possible today, and if not, why.
    Result<void> canExtend(const CaseRecord &c, QDate on) const;
    Result<void> recordExtensionNotice(CaseRecord &c, QDate sentOn, QDate today) const;
    Result<void> acknowledge(CaseRecord &c, QDate sentOn, QDate today) const;
    /// Record the answer: the outcome of each right named, the answer date. Returns warnings that do not block
    /// (a refusal notified after the refusal deadline, an answer after the deadline).
    Result<QStringList> answer(CaseRecord &c, QDate answeredOn, const QList<RightDecision> &decisions,
                               QDate today) const;
    /// Record the decision on each right named (outcome, ground and reasons), decided on decidedOn, without an answer
    /// date: the answer is dated when the reply that states them is recorded as sent (docs/rules.md#letters). Every
    /// right must be decided; the same rules as answer().
    Result<void> decide(CaseRecord &c, QDate decidedOn, const QList<RightDecision> &decisions, QDate today) const;
    Result<void> close(CaseRecord &c, QDate closedOn, QDate today) const;
    Result<void> withdraw(CaseRecord &c, QDate on, const QString &note, QDate today) const;
    /// Manual status changes between the working states (new, in progress, awaiting internal answer).
    Result<void> setStatus(CaseRecord &c, CaseStatus status) const;
    /// Recomputes the deadlines of the changed case and validates it against the case as it was (an edit).
    Result<void> revalidate(CaseRecord &changed, const CaseRecord &original, QDate today) const;

private:
    Result<void> requireOpen(const CaseRecord &c) const;

    const DeadlineCalculator &m_calculator;
};

} // namespace dpodesk
