// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The organisation profile, stored in the register's meta table so that a team shares it, and its calendar.
#include "common/sha256.h"
#include "storage/database.h"
#include "storage/sqlstores.h"

#include <QSqlQuery>
#include <QStringList>

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
    {"org.dpo_title", &OrganisationProfile::dpoTitle},
    {"org.time_zone", &OrganisationProfile::timeZone},
    {"identity.grace_justification", &OrganisationProfile::identityCopyGraceJustification},
    {"deadlines.clarification_clock", &OrganisationProfile::clarificationClock},
    {"deadlines.clarification_justification", &OrganisationProfile::clarificationJustification},
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
    {"tasks.margin_days", &OrganisationProfile::taskMarginDays},
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

Result<OrganisationProfile> SqlOrganisationStore::load() const
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
    auto calendar = m_database.meta(QStringLiteral("holiday_calendar"), QStringLiteral("fr"));
    if (!calendar) {
        return calendar.error();
    }
    profile.calendar = *calendar;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT day FROM closure_days ORDER BY day"));
    if (auto ok = m_database.exec(q, tr("reading the closure days")); !ok) {
        return ok.error();
    }
    profile.closureDays.clear();
    while (q.next()) {
        profile.closureDays << QDate::fromString(q.value(0).toString(), Qt::ISODate);
    }
    return profile;
}

Result<QJsonObject> SqlOrganisationStore::saveChanges(const OrganisationProfile &profile,
                                                      const OrganisationProfile &before)
{
    QJsonObject changes;
    for (const TextKey &k : kTextKeys) {
        const QString value = (profile.*k.field).trimmed();
        if (value == before.*k.field) {
            continue;
        }
        if (auto ok = m_database.setMeta(QLatin1String(k.key), value); !ok) {
            return ok.error();
        }
        changes.insert(QLatin1String(k.key),
                       QJsonObject{{QStringLiteral("old"), before.*k.field}, {QStringLiteral("new"), value}});
    }
    for (const NumberKey &k : kNumberKeys) {
        if (profile.*k.field == before.*k.field) {
            continue;
        }
        if (auto ok = m_database.setMeta(QLatin1String(k.key), QString::number(profile.*k.field)); !ok) {
            return ok.error();
        }
        changes.insert(QLatin1String(k.key), QJsonObject{{QStringLiteral("old"), before.*k.field},
                                                         {QStringLiteral("new"), profile.*k.field}});
    }
    const QString identity = identityNames(profile.identityProofExpected);
    if (identity != identityNames(before.identityProofExpected)) {
        if (auto ok = m_database.setMeta(QLatin1String(kIdentityKey), identity); !ok) {
            return ok.error();
        }
        changes.insert(QLatin1String(kIdentityKey),
                       QJsonObject{{QStringLiteral("old"), identityNames(before.identityProofExpected)},
                                   {QStringLiteral("new"), identity}});
    }
    if (profile.logo != before.logo) {
        if (auto ok = m_database.setMeta(QLatin1String(kLogoKey), QString::fromLatin1(profile.logo.toBase64())); !ok) {
            return ok.error();
        }
        // The trail names the image by its fingerprint, not its bytes.
        const auto fingerprint = [](const QByteArray &bytes) { return bytes.isEmpty() ? QString() : sha256Hex(bytes); };
        changes.insert(QLatin1String(kLogoKey), QJsonObject{{QStringLiteral("old"), fingerprint(before.logo)},
                                                            {QStringLiteral("new"), fingerprint(profile.logo)}});
    }
    return changes;
}

Result<void> SqlOrganisationStore::saveCalendar(const QString &name, const QList<QDate> &closureDays)
{
    if (auto ok = m_database.setMeta(QStringLiteral("holiday_calendar"), name); !ok) {
        return ok;
    }
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM closure_days"));
    if (auto ok = m_database.exec(clear, tr("saving the closure days")); !ok) {
        return ok;
    }
    for (const QDate &day : closureDays) {
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO closure_days (day) VALUES (:day)"));
        insert.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
        if (auto ok = m_database.exec(insert, tr("saving the closure days")); !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace dpodesk
