// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/enums.h"

#include "domain/enumtable.h"

#include <QCoreApplication>

namespace dpodesk {

namespace {

template <typename E>
struct EnumEntry {
    E value;
    const char *name;  // stable identifier: database, CLI, JSON
    const char *label; // translated in context "Enum"
};

// clang-format off
constexpr EnumEntry<Right> kRights[] = {
    {Right::Access, "access", QT_TRANSLATE_NOOP("Enum", "Access")},
    {Right::Rectification, "rectification", QT_TRANSLATE_NOOP("Enum", "Rectification")},
    {Right::Erasure, "erasure", QT_TRANSLATE_NOOP("Enum", "Erasure")},
    {Right::Restriction, "restriction", QT_TRANSLATE_NOOP("Enum", "Restriction")},
    {Right::Portability, "portability", QT_TRANSLATE_NOOP("Enum", "Portability")},
    {Right::Objection, "objection", QT_TRANSLATE_NOOP("Enum", "Objection")},
    {Right::AutomatedDecision, "automated-decision", QT_TRANSLATE_NOOP("Enum", "Automated decision")},
    {Right::ConsentWithdrawal, "consent-withdrawal", QT_TRANSLATE_NOOP("Enum", "Withdrawal of consent")},
    {Right::PostMortem, "post-mortem", QT_TRANSLATE_NOOP("Enum", "Post-mortem directives")},
    {Right::CnilComplaint, "cnil-complaint", QT_TRANSLATE_NOOP("Enum", "CNIL complaint")},
    {Right::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
};
constexpr EnumEntry<Outcome> kOutcomes[] = {
    {Outcome::Pending, "pending", QT_TRANSLATE_NOOP("Enum", "Pending")},
    {Outcome::Granted, "granted", QT_TRANSLATE_NOOP("Enum", "Granted")},
    {Outcome::PartiallyGranted, "partially-granted", QT_TRANSLATE_NOOP("Enum", "Partially granted")},
    {Outcome::Refused, "refused", QT_TRANSLATE_NOOP("Enum", "Refused")},
    {Outcome::NoDataHeld, "no-data", QT_TRANSLATE_NOOP("Enum", "No data held")},
};
constexpr EnumEntry<RefusalGround> kRefusalGrounds[] = {
    {RefusalGround::None, "none", QT_TRANSLATE_NOOP("Enum", "None")},
    {RefusalGround::ManifestlyUnfounded, "manifestly-unfounded", QT_TRANSLATE_NOOP("Enum", "Manifestly unfounded (art. 12(5))")},
    {RefusalGround::Excessive, "excessive", QT_TRANSLATE_NOOP("Enum", "Excessive (art. 12(5))")},
    {RefusalGround::UnableToIdentify, "unable-to-identify", QT_TRANSLATE_NOOP("Enum", "Unable to identify (art. 11(2))")},
    {RefusalGround::ErasureException, "erasure-exception", QT_TRANSLATE_NOOP("Enum", "Erasure exception, point not named (art. 17(3))")},
    {RefusalGround::RightsOfOthers, "rights-of-others", QT_TRANSLATE_NOOP("Enum", "Rights and freedoms of others (art. 15(4))")},
    {RefusalGround::CompellingGrounds, "compelling-grounds", QT_TRANSLATE_NOOP("Enum", "Compelling legitimate grounds (art. 21(1))")},
    {RefusalGround::LegalObligation, "legal-obligation", QT_TRANSLATE_NOOP("Enum", "Legal obligation (art. 17(3)(b))")},
    {RefusalGround::NationalRestriction, "national-restriction", QT_TRANSLATE_NOOP("Enum", "Restriction by law (art. 23)")},
    {RefusalGround::ErasureFreedomOfExpression, "erasure-freedom-of-expression", QT_TRANSLATE_NOOP("Enum", "Freedom of expression and information (art. 17(3)(a))")},
    {RefusalGround::ErasurePublicHealth, "erasure-public-health", QT_TRANSLATE_NOOP("Enum", "Public health (art. 17(3)(c))")},
    {RefusalGround::ErasureArchiving, "erasure-archiving", QT_TRANSLATE_NOOP("Enum", "Archiving, research or statistics (art. 17(3)(d))")},
    {RefusalGround::ErasureLegalClaims, "erasure-legal-claims", QT_TRANSLATE_NOOP("Enum", "Legal claims (art. 17(3)(e))")},
    {RefusalGround::DataAccurate, "data-accurate", QT_TRANSLATE_NOOP("Enum", "Data accurate and complete (art. 16)")},
    {RefusalGround::RestrictionNotApplicable, "restriction-not-applicable", QT_TRANSLATE_NOOP("Enum", "Conditions of art. 18(1) not met")},
    {RefusalGround::OutsidePortability, "outside-portability", QT_TRANSLATE_NOOP("Enum", "Outside art. 20(1) (basis or means)")},
    {RefusalGround::AdverselyAffectsOthers, "portability-affects-others", QT_TRANSLATE_NOOP("Enum", "Adversely affects others (art. 20(4))")},
    {RefusalGround::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other ground")},
};
constexpr EnumEntry<Channel> kChannels[] = {
    {Channel::Email, "email", QT_TRANSLATE_NOOP("Enum", "E-mail")},
    {Channel::Post, "post", QT_TRANSLATE_NOOP("Enum", "Post")},
    {Channel::WebForm, "web-form", QT_TRANSLATE_NOOP("Enum", "Web form")},
    {Channel::Phone, "phone", QT_TRANSLATE_NOOP("Enum", "Phone")},
    {Channel::InPerson, "in-person", QT_TRANSLATE_NOOP("Enum", "In person")},
    {Channel::ViaCnil, "cnil", QT_TRANSLATE_NOOP("Enum", "Via the CNIL")},
};
constexpr EnumEntry<CaseStatus> kStatuses[] = {
    {CaseStatus::New, "new", QT_TRANSLATE_NOOP("Enum", "New")},
    {CaseStatus::AwaitingIdentity, "awaiting-identity", QT_TRANSLATE_NOOP("Enum", "Awaiting identity")},
    {CaseStatus::AwaitingClarification, "awaiting-clarification", QT_TRANSLATE_NOOP("Enum", "Awaiting clarification")},
    {CaseStatus::InProgress, "in-progress", QT_TRANSLATE_NOOP("Enum", "In progress")},
    {CaseStatus::AwaitingInternal, "awaiting-internal", QT_TRANSLATE_NOOP("Enum", "Awaiting internal answer")},
    {CaseStatus::Answered, "answered", QT_TRANSLATE_NOOP("Enum", "Answered")},
    {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("Enum", "Closed")},
    {CaseStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enum", "Withdrawn")},
};
constexpr EnumEntry<Relationship> kRelationships[] = {
    {Relationship::Customer, "customer", QT_TRANSLATE_NOOP("Enum", "Customer")},
    {Relationship::Prospect, "prospect", QT_TRANSLATE_NOOP("Enum", "Prospect")},
    {Relationship::User, "user", QT_TRANSLATE_NOOP("Enum", "User")},
    {Relationship::Employee, "employee", QT_TRANSLATE_NOOP("Enum", "Employee")},
    {Relationship::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other relationship")},
};
constexpr EnumEntry<Capacity> kCapacities[] = {
    {Capacity::Representative, "representative", QT_TRANSLATE_NOOP("Enum", "Representative with a mandate")},
    {Capacity::Heir, "heir", QT_TRANSLATE_NOOP("Enum", "Heir")},
    {Capacity::Executor, "executor", QT_TRANSLATE_NOOP("Enum", "Person designated by the deceased")},
    {Capacity::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other capacity")},
};
constexpr EnumEntry<SuspensionReason> kSuspensionReasons[] = {
    {SuspensionReason::Identity, "identity", QT_TRANSLATE_NOOP("Enum", "Identity information")},
    {SuspensionReason::Clarification, "clarification", QT_TRANSLATE_NOOP("Enum", "Clarification of the request")},
};
constexpr EnumEntry<ExtensionReason> kExtensionReasons[] = {
    {ExtensionReason::Complexity, "complexity", QT_TRANSLATE_NOOP("Enum", "Complexity of the request")},
    {ExtensionReason::NumberOfRequests, "number-of-requests", QT_TRANSLATE_NOOP("Enum", "Number of requests")},
};
// clang-format on

} // namespace

DPODESK_DEFINE_ENUM_NAMES(Right, Rights, kRights)
DPODESK_DEFINE_ENUM_NAMES(Outcome, Outcomes, kOutcomes)
DPODESK_DEFINE_ENUM_NAMES(RefusalGround, RefusalGrounds, kRefusalGrounds)
DPODESK_DEFINE_ENUM_NAMES(Channel, Channels, kChannels)
DPODESK_DEFINE_ENUM_NAMES(CaseStatus, CaseStatuses, kStatuses)
DPODESK_DEFINE_ENUM_NAMES(Relationship, Relationships, kRelationships)
DPODESK_DEFINE_ENUM_NAMES(Capacity, Capacities, kCapacities)
DPODESK_DEFINE_ENUM_NAMES(SuspensionReason, SuspensionReasons, kSuspensionReasons)
DPODESK_DEFINE_ENUM_NAMES(ExtensionReason, ExtensionReasons, kExtensionReasons)

#undef DPODESK_DEFINE_ENUM_NAMES

QString legalBasis(Right right)
{
    switch (right) {
    case Right::Access:
        return QCoreApplication::translate("Enum", "GDPR art. 15");
    case Right::Rectification:
        return QCoreApplication::translate("Enum", "GDPR art. 16");
    case Right::Erasure:
        return QCoreApplication::translate("Enum", "GDPR art. 17");
    case Right::Restriction:
        return QCoreApplication::translate("Enum", "GDPR art. 18");
    case Right::Portability:
        return QCoreApplication::translate("Enum", "GDPR art. 20");
    case Right::Objection:
        return QCoreApplication::translate("Enum", "GDPR art. 21");
    case Right::AutomatedDecision:
        return QCoreApplication::translate("Enum", "GDPR art. 22");
    case Right::ConsentWithdrawal:
        return QCoreApplication::translate("Enum", "GDPR art. 7(3)");
    case Right::PostMortem:
        return QCoreApplication::translate("Enum", "Loi Informatique et Libertés art. 84-86");
    case Right::CnilComplaint:
    case Right::Other:
        return {};
    }
    return {};
}

bool isOpenStatus(CaseStatus status)
{
    return status != CaseStatus::Answered && status != CaseStatus::Closed && status != CaseStatus::Withdrawn;
}

} // namespace dpodesk
