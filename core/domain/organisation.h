#pragma once

#include "domain/enums.h"

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
    QString timeZone = QStringLiteral("Europe/Paris");
    QString calendar = QStringLiteral("fr"); ///< a HolidayCalendar name
    QList<QDate> closureDays;
    /// Rights for which the organisation's policy expects a proof of identity (gdpr-rules.md section 4).
    QSet<Right> identityProofExpected{Right::Access, Right::Portability, Right::PostMortem};

    bool operator==(const OrganisationProfile &) const = default;
};

} // namespace dpodesk
