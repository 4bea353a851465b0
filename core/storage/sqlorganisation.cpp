// The organisation profile, stored in the register's meta table so that a team shares it.
#include "storage/sqlcaserepository.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QStringList>
#include <QTimeZone>

namespace dpodesk {

namespace {

struct TextKey {
    const char *key;
    QString OrganisationProfile::*field;
};

const TextKey kTextKeys[] = {
    {"org.name", &OrganisationProfile::name},          {"org.postal_address", &OrganisationProfile::postalAddress},
    {"org.dpo_name", &OrganisationProfile::dpoName},   {"org.dpo_email", &OrganisationProfile::dpoEmail},
    {"org.dpo_phone", &OrganisationProfile::dpoPhone}, {"org.time_zone", &OrganisationProfile::timeZone},
};

constexpr auto kIdentityKey = "identity.expected";

QString identityNames(const QSet<Right> &rights)
{
    QStringList names;
    for (Right right : allRights()) {
        if (rights.contains(right)) {
            names << name(right);
        }
    }
    return names.join(u',');
}

} // namespace

Result<OrganisationProfile> SqlCaseRepository::organisation() const
{
    OrganisationProfile profile;
    for (const TextKey &k : kTextKeys) {
        auto value = m_database.meta(QLatin1String(k.key), profile.*k.field);
        if (!value) {
            return value.error();
        }
        profile.*k.field = *value;
    }
    auto identity = m_database.meta(QLatin1String(kIdentityKey), identityNames(profile.identityProofExpected));
    if (!identity) {
        return identity.error();
    }
    profile.identityProofExpected.clear();
    for (const QString &n : identity->split(u',', Qt::SkipEmptyParts)) {
        if (auto right = parseRight(n)) {
            profile.identityProofExpected.insert(*right);
        }
    }
    profile.calendar = m_calculator.calendar().name();
    profile.closureDays = m_calculator.calendar().closureDays();
    return profile;
}

Result<void> SqlCaseRepository::saveOrganisation(const OrganisationProfile &profile)
{
    if (!QTimeZone(profile.timeZone.toUtf8()).isValid()) {
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" is not a time zone (expected e.g. Europe/Paris).").arg(profile.timeZone),
                         QStringLiteral("timeZone"));
    }
    auto calendar = HolidayCalendar::fromName(profile.calendar, profile.closureDays);
    if (!calendar) {
        return calendar.error();
    }
    auto before = organisation();
    if (!before) {
        return before.error();
    }
    return m_database.write([&]() -> Result<void> {
        QJsonObject changes;
        for (const TextKey &k : kTextKeys) {
            const QString value = (profile.*k.field).trimmed();
            if (value == (*before).*k.field) {
                continue;
            }
            if (auto ok = m_database.setMeta(QLatin1String(k.key), value); !ok) {
                return ok;
            }
            changes.insert(QLatin1String(k.key),
                           QJsonObject{{QStringLiteral("old"), (*before).*k.field}, {QStringLiteral("new"), value}});
        }
        const QString identity = identityNames(profile.identityProofExpected);
        if (identity != identityNames(before->identityProofExpected)) {
            if (auto ok = m_database.setMeta(QLatin1String(kIdentityKey), identity); !ok) {
                return ok;
            }
            changes.insert(QLatin1String(kIdentityKey),
                           QJsonObject{{QStringLiteral("old"), identityNames(before->identityProofExpected)},
                                       {QStringLiteral("new"), identity}});
        }
        if (!changes.isEmpty()) {
            auto event = m_audit.append(QStringLiteral("settings.organisation"), QString(),
                                        QJsonObject{{QStringLiteral("changes"), changes}});
            if (!event) {
                return event.error();
            }
        }
        // The calendar moves deadlines: part of the same transaction, with its own event.
        if (calendar->name() != before->calendar || calendar->closureDays() != before->closureDays) {
            return setCalendar(*calendar);
        }
        return {};
    });
}

} // namespace dpodesk
