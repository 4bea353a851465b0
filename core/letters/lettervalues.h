#pragma once

#include "domain/caserecord.h"

#include <QList>
#include <QMap>
#include <QString>

namespace dpodesk {

struct LetterInput;

/// The values of a letter's placeholders (LetterTemplate::knownPlaceholders) for a case, in the letter's language
/// whatever the interface's: dates, the rights and refusal grounds by their legal names.
class LetterValues final {
public:
    static QMap<QString, QString> of(const LetterInput &input);
    /// A right by its legal name in a language ("fr" or "en"): "droit d'accès (article 15 du RGPD)".
    static QString rightName(Right right, const QString &language);
    /// The rights of a case so named, comma-separated: the value of {{case.rights}}.
    static QString rightsText(const QList<RightRequest> &rights, const QString &language);
};

} // namespace dpodesk
