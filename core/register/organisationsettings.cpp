// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "register/organisationsettings.h"

#include "common/sha256.h"
#include "letters/letter.h"
#include "letters/logo.h"
#include "register/casebook.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QTimeZone>

namespace dpodesk {

Result<OrganisationProfile> OrganisationSettings::organisation() const
{
    return m_book.stores().organisation->load();
}

Result<void> OrganisationSettings::saveOrganisation(const OrganisationProfile &profile)
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
    if (profile.dpoTitle != QLatin1String("masculine") && profile.dpoTitle != QLatin1String("feminine") &&
        profile.dpoTitle != QLatin1String("neutral")) {
        return makeError(Error::Code::Invalid,
                         tr("The DPO's title is \"masculine\", \"feminine\" or \"neutral\" (Délégué, Déléguée, "
                            "Délégué(e))."),
                         QStringLiteral("dpoTitle"));
    }
    if (profile.taskMarginDays < 0 || profile.taskMarginDays > 30) {
        return makeError(Error::Code::Invalid,
                         tr("The margin of tasks before the deadline must be between 0 and 30 working days."),
                         QStringLiteral("taskMarginDays"));
    }
    if (profile.clarificationClock != QLatin1String("runs") && profile.clarificationClock != QLatin1String("stops")) {
        return makeError(Error::Code::Invalid,
                         tr("A request for clarification either leaves the clock running (\"runs\") or stops it "
                            "(\"stops\")."),
                         QStringLiteral("clarificationClock"));
    }
    // docs/rules.md#suspension: the decree suspends the time limits for identity only; treating clarifications as
    // suspending is the organisation's reading, which it must be able to justify.
    if (profile.clarificationStopsClock() && profile.clarificationJustification.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("Treating a request for clarification as stopping the clock needs a written justification: "
                            "the decree 2019-536 (art. 77) suspends the time limits only while identity information "
                            "is awaited."),
                         QStringLiteral("clarificationJustification"));
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
    return m_book.database().write([&]() -> Result<void> {
        // Read inside the transaction: what another program saved meanwhile is compared, not overwritten blindly.
        auto before = m_book.stores().organisation->load();
        if (!before) {
            return before.error();
        }
        auto changes = m_book.stores().organisation->saveChanges(profile, *before);
        if (!changes) {
            return changes.error();
        }
        if (!changes->isEmpty()) {
            auto event = m_book.audit().append(QStringLiteral("settings.organisation"), QString(),
                                               QJsonObject{{QStringLiteral("changes"), *changes}});
            if (!event) {
                return event.error();
            }
        }
        // The calendar moves deadlines: part of the same transaction, with its own event. A new margin moves the
        // due dates of the open tasks.
        if (calendar->name() != before->calendar || calendar->closureDays() != before->closureDays) {
            if (auto moved = m_book.setCalendar(*calendar); !moved) {
                return moved;
            }
        }
        if (profile.taskMarginDays != before->taskMarginDays) {
            return m_book.rescheduleTasks(0, profile.taskMarginDays);
        }
        return {};
    });
}

Result<QString> OrganisationSettings::letterTemplate(const QString &kind, const QString &language) const
{
    auto fallback = Letters::defaultTemplate(kind, language);
    if (!fallback) {
        return fallback.error();
    }
    auto custom = m_book.stores().templates->custom(kind, language);
    if (!custom) {
        return custom.error();
    }
    return custom->isNull() ? *fallback : *custom;
}

Result<bool> OrganisationSettings::hasCustomLetterTemplate(const QString &kind, const QString &language) const
{
    auto text = m_book.stores().templates->custom(kind, language);
    if (!text) {
        return text.error();
    }
    return !text->isNull();
}

Result<void> OrganisationSettings::saveLetterTemplate(const QString &kind, const QString &language, const QString &text)
{
    // The kind and language must exist; the text must only use placeholders the application fills, and those its kind
    // needs (the access answer's statement of the record).
    if (auto shipped = Letters::defaultTemplate(kind, language); !shipped) {
        return shipped.error();
    }
    if (auto valid = Letters::validateTemplate(kind, text); !valid) {
        return valid;
    }
    if (text.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("A letter template cannot be empty: reset it to the default instead."),
                         QStringLiteral("template"));
    }
    return m_book.database().write([&]() -> Result<void> {
        if (auto ok = m_book.stores().templates->save(kind, language, text); !ok) {
            return ok;
        }
        auto event = m_book.audit().append(QStringLiteral("letter.template.save"), QString(),
                                           QJsonObject{{QStringLiteral("kind"), kind},
                                                       {QStringLiteral("language"), language},
                                                       {QStringLiteral("sha256"), sha256Hex(text.toUtf8())}});
        return event ? Result<void>() : Result<void>(event.error());
    });
}

Result<void> OrganisationSettings::resetLetterTemplate(const QString &kind, const QString &language)
{
    if (auto shipped = Letters::defaultTemplate(kind, language); !shipped) {
        return shipped.error();
    }
    return m_book.database().write([&]() -> Result<void> {
        if (auto ok = m_book.stores().templates->remove(kind, language); !ok) {
            return ok;
        }
        auto event =
            m_book.audit().append(QStringLiteral("letter.template.reset"), QString(),
                                  QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("language"), language}});
        return event ? Result<void>() : Result<void>(event.error());
    });
}

} // namespace dpodesk
