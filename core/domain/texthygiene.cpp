// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/texthygiene.h"

#include <QList>

#include <algorithm>

namespace dpodesk {

namespace {

constexpr char32_t kZwnj = 0x200C;
constexpr char32_t kZwj = 0x200D;

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/// Scripts whose letters join or form conjuncts, where ZWJ and ZWNJ change how a word is written (the Persian
/// "می‌خواهم", Indic half forms). Latin, Greek, Cyrillic and the ideographic scripts never need them: there a
/// joiner only hides a difference between two names that look the same.
bool isJoiningScript(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Arabic:
    case QChar::Script_Syriac:
    case QChar::Script_Thaana:
    case QChar::Script_Nko:
    case QChar::Script_Mongolian:
    case QChar::Script_Devanagari:
    case QChar::Script_Bengali:
    case QChar::Script_Gurmukhi:
    case QChar::Script_Gujarati:
    case QChar::Script_Oriya:
    case QChar::Script_Tamil:
    case QChar::Script_Telugu:
    case QChar::Script_Kannada:
    case QChar::Script_Malayalam:
    case QChar::Script_Sinhala:
    case QChar::Script_Tibetan:
    case QChar::Script_Myanmar:
    case QChar::Script_Khmer:
        return true;
    default:
        return false;
    }
}

bool isLetterOrMark(char32_t c)
{
    return QChar::isLetter(c) || QChar::isMark(c);
}

/// A letter or mark of a joining script, or a combining mark (Inherited) that may sit on one.
bool joinsHere(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return isLetterOrMark(c) && (isJoiningScript(script) || script == QChar::Script_Inherited);
}

/// An emoji, a skin tone or the emoji presentation selector: what precedes a ZWJ in an emoji sequence.
bool isEmojiPart(char32_t c)
{
    return QChar::category(c) == QChar::Symbol_Other || c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF);
}

/// Whether the joiner at `i` does a script's work: between two letters of a joining script (one of them at least
/// not a bare combining mark), or, for ZWJ, between the parts of an emoji sequence.
bool isNeededJoiner(const QList<uint> &text, qsizetype i)
{
    if (i == 0 || i + 1 >= text.size()) {
        return false;
    }
    const char32_t before = text.at(i - 1);
    const char32_t after = text.at(i + 1);
    if (joinsHere(before) && joinsHere(after) &&
        (isJoiningScript(QChar::script(before)) || isJoiningScript(QChar::script(after)))) {
        return true;
    }
    return text.at(i) == kZwj && isEmojiPart(before) && QChar::category(after) == QChar::Symbol_Other;
}

/// Never stored, never shown raw: C0 and C1 controls and DEL (line breaks and tab are dealt with by the caller),
/// and every invisible format character (bidirectional controls, zero widths, word joiner, BOM, soft hyphen, tags,
/// interlinear annotation...), ZWJ and ZWNJ included unless a script needs them there. Unpaired surrogates arrive
/// as U+FFFD from toUcs4().
bool isHidden(const QList<uint> &text, qsizetype i)
{
    const char32_t c = text.at(i);
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return true;
    }
    if (QChar::category(c) != QChar::Other_Format) {
        return false;
    }
    return !((c == kZwj || c == kZwnj) && isNeededJoiner(text, i));
}

/// Nothing to clean: printable ASCII only, and for a single line no leading, trailing or double space. The common
/// case (demo registers of a million cases) stays cheap.
bool isPlainAscii(const QString &text, TextKind kind)
{
    QChar previous = u' ';
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E) {
            return false;
        }
        if (kind == TextKind::SingleLine && c == u' ' && previous == u' ') {
            return false;
        }
        previous = c;
    }
    return !text.startsWith(u' ') && !text.endsWith(u' ');
}

QString hex(char32_t c, int digits)
{
    return QStringLiteral("%1").arg(uint(c), digits, 16, QLatin1Char('0'));
}

} // namespace

QString TextHygiene::clean(const QString &text, TextKind kind)
{
    if (isPlainAscii(text, kind)) {
        return text;
    }
    const QList<uint> points = text.toUcs4(); // Qt 6: code points as uint
    const bool multiLine = kind == TextKind::MultiLine;
    QList<char32_t> kept;
    kept.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t c = points.at(i);
        if (c == u'\r' && i + 1 < points.size() && points.at(i + 1) == u'\n') {
            continue; // CR LF is one line break
        }
        if (isLineBreak(c)) {
            kept.append(multiLine ? U'\n' : U' ');
        } else if (c == u'\t') {
            kept.append(multiLine ? U'\t' : U' ');
        } else if (!isHidden(points, i)) {
            kept.append(c);
        }
    }
    // Removed first, normalised after: an invisible character between a letter and its accent no longer keeps them
    // apart, and "E" + U+0301 is stored as the "É" typed on a keyboard, so that search and comparison agree.
    const QString normalised =
        QString::fromUcs4(kept.constData(), kept.size()).normalized(QString::NormalizationForm_C);
    // simplified() also makes the no-break and other Unicode spaces a plain space, as a single line wants.
    return multiLine ? normalised.trimmed() : normalised.simplified();
}

QString TextHygiene::escapeForTerminal(const QString &text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; })) {
        return text; // most lines: nothing to escape
    }
    const QList<uint> points = text.toUcs4(); // Qt 6: code points as uint
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t c = points.at(i);
        if (c == u'\n') {
            shown += QStringLiteral("\\n");
        } else if (c == u'\r') {
            shown += QStringLiteral("\\r");
        } else if (c == u'\t') {
            shown += QStringLiteral("\\t");
        } else if (!isLineBreak(c) && !isHidden(points, i)) {
            shown += QString::fromUcs4(&c, 1);
        } else if (c <= 0xFF) {
            shown += QStringLiteral("\\x") + hex(c, 2);
        } else if (c <= 0xFFFF) {
            shown += QStringLiteral("\\u") + hex(c, 4);
        } else {
            shown += QStringLiteral("\\U") + hex(c, 8);
        }
    }
    return shown;
}

qsizetype TextHygiene::length(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        count += c.isLowSurrogate() ? 0 : 1;
    }
    return count;
}

} // namespace dpodesk
