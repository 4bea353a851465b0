// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/caserecord.h"

#include "domain/organisation.h"
#include <QList>

#include <QDate>
#include <QMap>
#include <QString>

namespace dpodesk {

struct LetterInput;

/// The values of a letter's placeholders (LetterTemplate::knownPlaceholders) for a case, in the letter's language
/// whatever the interface's: dates, the rights and refusal grounds by their legal names.
class LetterValues final {
public:
    static QMap<QString, QString> of(const LetterInput &input);
    /// A date as a letter writes it: "1er décembre 2026" in French (non-breaking spaces inside, "1er" for the first
    /// of the month), "1 December 2026" in English.
    static QString date(QDate date, const QString &language);
    /// "Délégué(e) à la protection des données" as the organisation set it, or "Data Protection Officer".
    static QString dpoTitle(const OrganisationProfile &organisation, const QString &language);
    /// A right by its legal name in a language ("fr" or "en"): "droit d'accès (article 15 du RGPD)".
    static QString rightName(Right right, const QString &language);
    /// The rights of a case so named, comma-separated: the value of {{case.rights}}.
    static QString rightsText(const QList<RightRequest> &rights, const QString &language);
};

} // namespace dpodesk
