// The organisation profile, stored in the register's meta table so that a team shares it.
#include "storage/sqlcaserepository.h"

#include "common/sha256.h"
#include "letters/logo.h"
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
    {"org.name", &OrganisationProfile::name},
    {"org.postal_address", &OrganisationProfile::postalAddress},
    {"org.dpo_name", &OrganisationProfile::dpoName},
    {"org.dpo_email", &OrganisationProfile::dpoEmail},
    {"org.dpo_phone", &OrganisationProfile::dpoPhone},
    {"org.time_zone", &OrganisationProfile::timeZone},
    {"identity.grace_justification", &OrganisationProfile::identityCopyGraceJustification},
};

constexpr auto kIdentityKey = "identity.expected";
constexpr auto kLogoKey = "org.logo"; // base64 of the image bytes

struct NumberKey {
    const char *key;
    int OrganisationProfile::*field;
};

const NumberKey kNumberKeys[] = {
    {"attachments.max_size_mb", &OrganisationProfile::attachmentMaxSizeMb},
    {"identity.grace_days", &OrganisationProfile::identityCopyGraceDays},
    {"identity.unverified_purge_days", &OrganisationProfile::unverifiedCopyPurgeDays},
};

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
    for (const NumberKey &k : kNumberKeys) {
        auto value = m_database.meta(QLatin1String(k.key), QString::number(profile.*k.field));
        if (!value) {
            return value.error();
        }
        profile.*k.field = value->toInt();
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
    auto logo = m_database.meta(QLatin1String(kLogoKey));
    if (!logo) {
        return logo.error();
    }
    profile.logo = QByteArray::fromBase64(logo->toLatin1());
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
    if (profile.attachmentMaxSizeMb < 1 || profile.attachmentMaxSizeMb > 2000) {
        return makeError(Error::Code::Invalid, tr("The size limit for files must be between 1 and 2000 MB."),
                         QStringLiteral("attachmentMaxSizeMb"));
    }
    if (profile.identityCopyGraceDays < 0 || profile.unverifiedCopyPurgeDays < 0) {
        return makeError(Error::Code::Invalid, tr("Retention periods cannot be negative."),
                         QStringLiteral("identityCopyGraceDays"));
    }
    // docs/rules.md#identity-proofs: keeping identity copies after the check needs a written justification.
    if (profile.identityCopyGraceDays > 0 && profile.identityCopyGraceJustification.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("Keeping identity copies after the verification needs a written justification."),
                         QStringLiteral("identityCopyGraceJustification"));
    }
    if (!profile.logo.isEmpty()) {
        if (auto logo = Logo::check(profile.logo); !logo) {
            return logo.error();
        }
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
        for (const NumberKey &k : kNumberKeys) {
            if (profile.*k.field == (*before).*k.field) {
                continue;
            }
            if (auto ok = m_database.setMeta(QLatin1String(k.key), QString::number(profile.*k.field)); !ok) {
                return ok;
            }
            changes.insert(QLatin1String(k.key), QJsonObject{{QStringLiteral("old"), (*before).*k.field},
                                                             {QStringLiteral("new"), profile.*k.field}});
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
        if (profile.logo != before->logo) {
            if (auto ok = m_database.setMeta(QLatin1String(kLogoKey), QString::fromLatin1(profile.logo.toBase64()));
                !ok) {
                return ok;
            }
            // The trail names the image by its fingerprint, not its bytes.
            const auto fingerprint = [](const QByteArray &bytes) {
                return bytes.isEmpty() ? QString() : sha256Hex(bytes);
            };
            changes.insert(QLatin1String(kLogoKey), QJsonObject{{QStringLiteral("old"), fingerprint(before->logo)},
                                                                {QStringLiteral("new"), fingerprint(profile.logo)}});
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
