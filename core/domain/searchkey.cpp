// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/searchkey.h"

namespace dpodesk {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing) {
            continue;
        }
        if (c.isSpace()) {
            if (!lastWasSpace) {
                out += u' ';
            }
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        switch (c.unicode()) {
        case 0x0152: // Œ
        case 0x0153: // œ
            out += QStringLiteral("oe");
            break;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            out += QStringLiteral("ae");
            break;
        case 0x00DF: // ß
            out += QStringLiteral("ss");
            break;
        default:
            out += c.toCaseFolded();
        }
    }
    if (out.endsWith(u' ')) {
        out.chop(1);
    }
    return out;
}

QString phoneKey(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits += QChar(u'0' + c.digitValue());
        }
    }
    const bool international = phone.trimmed().startsWith(u'+') || digits.startsWith(QStringLiteral("0033"));
    if (digits.startsWith(QStringLiteral("0033"))) {
        digits.remove(0, 2);
    }
    if (international && digits.startsWith(QStringLiteral("33"))) { // also a partial "+33 6 12"
        digits = u'0' + digits.mid(2);
    }
    return digits;
}

QString prefixUpperBound(const QString &prefix)
{
    // U+10FFFF sorts after every other code point, in UTF-8 byte order as in UTF-16 for BMP text.
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

} // namespace dpodesk
