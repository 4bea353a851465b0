// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace dpodesk {

/// Single-line texts (names, e-mail, phone, references) get their line breaks and tabs made spaces and runs of spaces
/// collapsed; multi-line texts (notes, postal address, justification, reasons) keep their line feeds and tabs.
enum class TextKind { SingleLine, MultiLine };

/// The hygiene of text that comes from outside (typed, pasted, imported, a file's name), the same for the desk and the
/// command line: one classification of the characters that must not be stored or shown raw.
class TextHygiene final {
public:
    /// The text to store: in NFC; without C0 or C1 control characters (a multi-line text keeps LF and tab, and its CR
    /// LF, lone CR, NEL, U+2028 and U+2029 become LF), bidirectional controls (U+202A-U+202E, U+2066-U+2069, LRM, RLM,
    /// ALM) and other invisible format characters (zero width space, word joiner, BOM, soft hyphen, tags...);
    /// trimmed. ZWJ and ZWNJ stay only where a script needs them: between two letters of a joining script (Arabic,
    /// Persian, Indic scripts...) or, for ZWJ, inside an emoji sequence; elsewhere, e.g. inside a Latin name, they go.
    static QString clean(const QString &text, TextKind kind);
    /// The text for a terminal: every character clean() would remove or change in a single-line text (control, line
    /// break, tab, bidirectional or invisible format character) is shown as a visible escape: \n, \t, \x1b, \u202e.
    static QString escapeForTerminal(const QString &text);
    /// The length as a reader counts it: code points, not UTF-16 units.
    static qsizetype length(QStringView text);
};

} // namespace dpodesk
