#pragma once

#include <QMap>
#include <QString>

namespace dpodesk {

struct LetterInput;

/// The values of a letter's placeholders (LetterTemplate::knownPlaceholders) for a case, in the letter's language
/// whatever the interface's: dates, the rights and refusal grounds by their legal names.
class LetterValues final {
public:
    static QMap<QString, QString> of(const LetterInput &input);
};

} // namespace dpodesk
