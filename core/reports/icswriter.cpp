// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/icswriter.h"

namespace dpodesk {

void IcsWriter::text(const char *name, QStringView value)
{
    raw(name, escapeText(value).toUtf8());
}

void IcsWriter::raw(const char *name, const QByteArray &value)
{
    m_out += fold(QByteArray(name) + ':' + value);
}

QString IcsWriter::escapeText(QStringView value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u';':
            out += QStringLiteral("\\;");
            break;
        case u',':
            out += QStringLiteral("\\,");
            break;
        case u'\r':
            if (i + 1 < value.size() && value.at(i + 1) == u'\n') {
                break; // CRLF: one line break
            }
            out += QStringLiteral("\\n");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 §3.3.11): dropped.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7f) {
                out += c;
            }
        }
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray &line)
{
    constexpr qsizetype kMax = 75;
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype at = 0;
    bool first = true;
    while (line.size() - at > (first ? kMax : kMax - 1)) {
        // A continuation line starts with a space, which counts in its 75 octets.
        qsizetype cut = at + (first ? kMax : kMax - 1);
        while (cut > at && (uchar(line.at(cut)) & 0xC0) == 0x80) {
            --cut; // never between the bytes of one UTF-8 character
        }
        out += line.mid(at, cut - at);
        out += "\r\n ";
        at = cut;
        first = false;
    }
    out += line.mid(at);
    out += "\r\n";
    return out;
}

QByteArray IcsWriter::date(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray IcsWriter::utc(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace dpodesk
