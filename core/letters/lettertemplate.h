// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dpodesk {

/// A template with its placeholders filled: the body, and the subject line of its <!-- subject: ... --> comment.
struct FilledTemplate {
    QString body;
    QString subject; ///< already HTML (its values escaped); empty when the template has no subject comment
};

/// The template language of letters (resources/letters/KIND.LANG.html and the organisation's copies): {{name}} is
/// replaced by the value of a placeholder, as text; {{#name}} ... {{/name}} keeps a passage only when name has a value;
/// <!-- subject: ... --> gives the subject line.
class LetterTemplate final {
    Q_DECLARE_TR_FUNCTIONS(Letters) // first translated as Letters'; the words keep that context
public:
    /// Every placeholder a template may use, without braces ("case.reference", ...).
    static QStringList knownPlaceholders();
    /// The placeholders whose value is HTML the application generates from escaped text ("processing.statement"):
    /// inserted as they are. Every other value is text, escaped.
    static QStringList htmlPlaceholders();
    /// The placeholders a template text uses (in passages too), in order of first use.
    static QStringList placeholdersIn(const QString &templateText);
    /// Refuses, naming it, a placeholder the application does not fill, a "{{" that opens none, and passages that do
    /// not open and close in pairs.
    static Result<void> validate(const QString &templateText);
    /// The shipped template of the letter named kindName in a language (resources/letters/KIND.LANG.html).
    static Result<QString> shipped(const QString &kindName, const QString &language);
    /// The template with its passages kept or dropped and every placeholder replaced by its value, escaped (but for
    /// htmlPlaceholders()).
    /// In French ("fr"), "de" and "que" before a value that starts with a vowel or an h become "d'" and "qu'"
    /// ("d'Élise", "qu'Exemple SAS"): the templates cannot know the names they will be given.
    static FilledTemplate fill(const QString &templateText, const QMap<QString, QString> &values,
                               const QString &language = QStringLiteral("en"));
    /// French elision of the end of text before a value: "de Élise" -> "d'Élise", "que Exemple" -> "qu'Exemple" (also
    /// "lorsque", "puisque", "jusque"). The typographic apostrophe is not used: the templates write "'".
    static void elideBefore(QString &text, const QString &value);
    /// Text as HTML: escaped, its line breaks kept.
    static QString escaped(const QString &text);
};

} // namespace dpodesk
