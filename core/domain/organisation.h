// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/enums.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace dpodesk {

/// The organisation that keeps the register: shown on letters and reports, and the rules it chose
/// (holiday calendar, closure days, identity policy). Stored with the register, so a team shares it.
struct OrganisationProfile {
    QString name;
    QString postalAddress;
    QString dpoName;
    QString dpoEmail;
    QString dpoPhone;
    /// The DPO's title in French letters: "masculine" (Délégué), "feminine" (Déléguée) or "neutral" (Délégué(e)).
    QString dpoTitle = QStringLiteral("masculine");
    /// The letterhead's logo: PNG, JPEG or SVG bytes (Logo::check), empty for none.
    QByteArray logo;
    QString timeZone = QStringLiteral("Europe/Paris");
    QString calendar = QStringLiteral("fr"); ///< a HolidayCalendar name
    QList<QDate> closureDays;
    /// Rights for which the organisation's policy expects a proof of identity (docs/rules.md#identity-proofs).
    QSet<Right> identityProofExpected{Right::Access, Right::Portability, Right::PostMortem};
    /// Files larger than this are refused (MB).
    int attachmentMaxSizeMb = 50;
    /// Days an identity copy is kept after verification; 0: erased at once (default; docs/rules.md#identity-proofs).
    int identityCopyGraceDays = 0;
    /// Why copies are kept longer: required when identityCopyGraceDays > 0.
    QString identityCopyGraceJustification;
    /// Days after a case closes before an identity copy whose verification never completed is erased.
    int unverifiedCopyPurgeDays = 30;
    /// Working days a task to a system owner is due before the deadline in force
    /// (docs/rules.md#tasks-to-system-owners).
    int taskMarginDays = 5;
    /// Whether a request for clarification stops the clock: "runs" (the default: decree 2019-536 art. 77 suspends the
    /// time limits only while identity information is awaited) or "stops" (the organisation's choice, with its
    /// written justification; docs/rules.md#suspension).
    QString clarificationClock = QStringLiteral("runs");
    QString clarificationJustification;
    bool clarificationStopsClock() const { return clarificationClock == QLatin1String("stops"); }

    bool operator==(const OrganisationProfile &) const = default;
};

} // namespace dpodesk
