// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace dpodesk {

/// How a CSV file is laid out. Both follow RFC 4180 (CRLF line ends, fields with a separator, a quote or a line
/// break quoted, quotes doubled) and are UTF-8.
enum class CsvProfile {
    Standard,      ///< commas, no BOM, decimal point: for scripts and most spreadsheets
    FrSpreadsheet, ///< semicolons, a UTF-8 BOM, decimal comma: what a French-locale spreadsheet opens as is
};

/// "standard" or "fr-spreadsheet".
QString csvProfileName(CsvProfile profile);
std::optional<CsvProfile> parseCsvProfile(const QString &name);

/// Builds a CSV file in memory, row by row, fast enough for a million rows.
///
/// Formula injection (OWASP "CSV injection"): a text cell starting with = + - @ TAB CR or LF is prefixed with a single
/// quote, so a spreadsheet shows it as text instead of running it. Dates and numbers the application computes are not
/// text: they are written as they are (a negative number of days left stays a number), and only through
/// appendDate() / appendInteger() / appendDecimal(), which cannot carry user text.
class CsvWriter final {
public:
    explicit CsvWriter(CsvProfile profile, qsizetype expectedBytes = 0);

    char separator() const { return m_separator; }

    void appendText(QStringView text);
    /// UTF-8 text from the database, quoted and protected exactly as appendText() would.
    void appendUtf8Text(QByteArrayView utf8);
    /// Text already encoded in UTF-8 and protected (see protect()): labels cached by callers of hot loops.
    void appendEncoded(const QByteArray &field);
    void appendDate(QDate date); ///< ISO 8601; empty for a null date
    void appendInteger(qint64 value);
    /// A decimal with the profile's decimal mark ("57.1" or "57,1").
    void appendDecimal(double value, int decimals);
    void appendEmpty();
    void endRow();

    /// The bytes of one text field as appendText() writes it (quoted and protected as needed).
    QByteArray encodeField(QStringView text) const;
    /// Whether a cell with this text would start a formula in a spreadsheet.
    static bool startsFormula(QStringView text);

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void beginField();
    void appendUtf8(QStringView text);

    QByteArray m_out;
    CsvProfile m_profile;
    char m_separator;
    bool m_rowStarted = false;
};

} // namespace dpodesk
