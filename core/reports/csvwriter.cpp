// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/csvwriter.h"

#include <QStringEncoder>

#include <charconv>

namespace dpodesk {

QString csvProfileName(CsvProfile profile)
{
    return profile == CsvProfile::FrSpreadsheet ? QStringLiteral("fr-spreadsheet") : QStringLiteral("standard");
}

std::optional<CsvProfile> parseCsvProfile(const QString &name)
{
    if (name == QLatin1String("standard")) {
        return CsvProfile::Standard;
    }
    if (name == QLatin1String("fr-spreadsheet")) {
        return CsvProfile::FrSpreadsheet;
    }
    return std::nullopt;
}

CsvWriter::CsvWriter(CsvProfile profile, qsizetype expectedBytes)
    : m_profile(profile), m_separator(profile == CsvProfile::FrSpreadsheet ? ';' : ',')
{
    m_out.reserve(expectedBytes + 3);
    if (profile == CsvProfile::FrSpreadsheet) {
        m_out.append("\xEF\xBB\xBF"); // the BOM tells the spreadsheet it is UTF-8, not Windows-1252
    }
}

bool CsvWriter::startsFormula(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return true;
    default:
        return false;
    }
}

void CsvWriter::beginField()
{
    if (m_rowStarted) {
        m_out.append(m_separator);
    }
    m_rowStarted = true;
}

void CsvWriter::appendUtf8(QStringView text)
{
    // Encoded straight into the output: no temporary QByteArray per field.
    const qsizetype at = m_out.size();
    m_out.resize(at + text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    char *end = encoder.appendToBuffer(m_out.data() + at, text);
    m_out.resize(end - m_out.constData());
}

void CsvWriter::appendText(QStringView text)
{
    beginField();
    // One pass over the text: does it need quotes, does it hold a quote, is it ASCII (most references, dates and
    // many names are, and are then copied byte for byte).
    bool quoted = false;
    bool hasQuote = false;
    char16_t any = 0;
    const char16_t separator = char16_t(m_separator);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        any |= u;
        if (u == u'"') {
            quoted = hasQuote = true;
        } else if (u == separator || u == u'\r' || u == u'\n') {
            quoted = true;
        }
    }
    if (quoted) {
        m_out.append('"');
    }
    if (startsFormula(text)) {
        m_out.append('\'');
    }
    if (hasQuote) {
        appendUtf8(text.toString().replace(u'"', QStringLiteral("\"\"")));
    } else if (any < 0x80) {
        const qsizetype at = m_out.size();
        m_out.resize(at + text.size());
        char *out = m_out.data() + at;
        for (const QChar c : text) {
            *out++ = char(c.unicode());
        }
    } else {
        appendUtf8(text);
    }
    if (quoted) {
        m_out.append('"');
    }
}

void CsvWriter::appendUtf8Text(QByteArrayView utf8)
{
    beginField();
    bool quoted = false;
    bool hasQuote = false;
    for (const char c : utf8) {
        if (c == '"') {
            quoted = hasQuote = true;
        } else if (c == m_separator || c == '\r' || c == '\n') {
            quoted = true;
        }
    }
    if (quoted) {
        m_out.append('"');
    }
    // The formula characters are ASCII: the first byte decides, as the first character does in appendText().
    if (!utf8.isEmpty()) {
        switch (utf8.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
        case '\n':
            m_out.append('\'');
            break;
        default:
            break;
        }
    }
    if (hasQuote) {
        for (const char c : utf8) {
            m_out.append(c);
            if (c == '"') {
                m_out.append('"');
            }
        }
    } else {
        m_out.append(utf8.data(), utf8.size());
    }
    if (quoted) {
        m_out.append('"');
    }
}

void CsvWriter::appendEncoded(const QByteArray &field)
{
    beginField();
    m_out.append(field);
}

void CsvWriter::appendDate(QDate date)
{
    beginField();
    if (!date.isValid()) {
        return;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999) {
        m_out.append(date.toString(Qt::ISODate).toLatin1());
        return;
    }
    const char text[10] = {char('0' + y / 1000),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + d / 10),
                           char('0' + d % 10)};
    m_out.append(text, sizeof text);
}

void CsvWriter::appendInteger(qint64 value)
{
    beginField();
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, value);
    m_out.append(text, result.ptr - text);
}

void CsvWriter::appendDecimal(double value, int decimals)
{
    beginField();
    QByteArray text = QByteArray::number(value, 'f', decimals);
    if (m_profile == CsvProfile::FrSpreadsheet) {
        text.replace('.', ','); // the separator is ';' there: the comma needs no quotes
    }
    m_out.append(text);
}

void CsvWriter::appendEmpty()
{
    beginField();
}

void CsvWriter::endRow()
{
    m_out.append("\r\n", 2);
    m_rowStarted = false;
}

QByteArray CsvWriter::encodeField(QStringView text) const
{
    CsvWriter field(m_profile);
    field.m_out.clear(); // no BOM
    field.appendText(text);
    return field.take();
}

} // namespace dpodesk
