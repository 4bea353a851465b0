// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <optional>

namespace dpodesk {

/// The rights a case can cover (docs/rules.md#cases-and-rights).
enum class Right {
    Access,            ///< GDPR art. 15
    Rectification,     ///< art. 16
    Erasure,           ///< art. 17
    Restriction,       ///< art. 18
    Portability,       ///< art. 20
    Objection,         ///< art. 21
    AutomatedDecision, ///< art. 22
    ConsentWithdrawal, ///< art. 7(3)
    PostMortem,        ///< French LIL art. 84-86
    CnilComplaint,     ///< not a right towards the controller: the CNIL sets the due date
    Other,
};

/// What became of one right of a case.
enum class Outcome { Pending, Granted, PartiallyGranted, Refused, NoDataHeld };

/// Legal ground of a refusal (GDPR art. 12(4) requires the reasons to reach the person).
/// docs/rules.md#outcomes-and-refusal-grounds
enum class RefusalGround {
    None,
    ManifestlyUnfounded, ///< art. 12(5)
    Excessive,           ///< art. 12(5)
    UnableToIdentify,    ///< art. 11(2)
    ErasureException,    ///< art. 17(3) without its point: kept for registers that hold it, fits no new decision
    RightsOfOthers,      ///< art. 15(4)
    CompellingGrounds,   ///< art. 21(1)
    LegalObligation,     ///< art. 17(3)(b): the reasons cite the text that imposes it
    // Added with issue 14 (docs/rules.md#outcomes-and-refusal-grounds); before Other, which stays last.
    NationalRestriction,        ///< art. 23: a restriction in Union or French law, cited in the reasons
    ErasureFreedomOfExpression, ///< art. 17(3)(a)
    ErasurePublicHealth,        ///< art. 17(3)(c)
    ErasureArchiving,           ///< art. 17(3)(d)
    ErasureLegalClaims,         ///< art. 17(3)(e)
    DataAccurate,               ///< art. 16: the data are accurate and complete
    RestrictionNotApplicable,   ///< art. 18(1): none of its conditions is met
    OutsidePortability,         ///< art. 20(1) and (3): not consent or contract, or not by automated means
    AdverselyAffectsOthers,     ///< art. 20(4)
    Other,
};

enum class Channel { Email, Post, WebForm, Phone, InPerson, ViaCnil };

enum class CaseStatus {
    New,
    AwaitingIdentity,
    AwaitingClarification,
    InProgress,
    AwaitingInternal,
    Answered,
    Closed,
    Withdrawn,
};

enum class Relationship { Customer, Prospect, User, Employee, Other };

/// Who acts for the data subject when the requester is someone else.
enum class Capacity { Representative, Heir, Executor, Other };

enum class SuspensionReason {
    Identity,      ///< French decree 2019-536 art. 77: the periods are suspended
    Clarification, ///< EDPB 01/2022 §159, recital 63: may be suspended (a product decision, docs/rules.md#suspension)
};

enum class ExtensionReason { Complexity, NumberOfRequests };

/// Stable identifiers (stored in the database, used on the command line and in JSON) and translated labels.
/// Every enum E has: QString name(E); std::optional<E> parseX(QString); QString label(E); QList<E> allX().
#define DPODESK_DECLARE_ENUM_NAMES(Type, Plural)                                                                       \
    QString name(Type value);                                                                                          \
    QString label(Type value);                                                                                         \
    std::optional<Type> parse##Type(const QString &name);                                                              \
    QList<Type> all##Plural();

DPODESK_DECLARE_ENUM_NAMES(Right, Rights)
DPODESK_DECLARE_ENUM_NAMES(Outcome, Outcomes)
DPODESK_DECLARE_ENUM_NAMES(RefusalGround, RefusalGrounds)
DPODESK_DECLARE_ENUM_NAMES(Channel, Channels)
DPODESK_DECLARE_ENUM_NAMES(CaseStatus, CaseStatuses)
DPODESK_DECLARE_ENUM_NAMES(Relationship, Relationships)
DPODESK_DECLARE_ENUM_NAMES(Capacity, Capacities)
DPODESK_DECLARE_ENUM_NAMES(SuspensionReason, SuspensionReasons)
DPODESK_DECLARE_ENUM_NAMES(ExtensionReason, ExtensionReasons)

#undef DPODESK_DECLARE_ENUM_NAMES

inline size_t qHash(Right right, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(right), seed);
}

/// The legal basis of a right, e.g. "GDPR art. 15".
QString legalBasis(Right right);
/// Whether a case status still needs work (new ... awaiting internal answer).
bool isOpenStatus(CaseStatus status);

} // namespace dpodesk
