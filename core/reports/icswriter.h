// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace dpodesk {

/// Writes an iCalendar stream (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a UTF-8
/// character, TEXT values escaped.
class IcsWriter final {
public:
    /// A property with a TEXT value, escaped: "SUMMARY" + "a, b" → SUMMARY:a\, b
    void text(const char *name, QStringView value);
    /// A property whose value is written as it is (dates, durations, UIDs made of safe characters).
    void raw(const char *name, const QByteArray &value);
    void begin(const char *component) { raw("BEGIN", component); }
    void end(const char *component) { raw("END", component); }

    /// RFC 5545 §3.3.11: backslash, semicolon and comma escaped, line breaks as \n.
    static QString escapeText(QStringView value);
    /// RFC 5545 §3.1: a content line folded into lines of at most 75 octets, each ending with CRLF.
    static QByteArray fold(const QByteArray &line);
    static QByteArray date(QDate date);         ///< 20261120
    static QByteArray utc(const QDateTime &at); ///< 20261126T090000Z

    const QByteArray &bytes() const { return m_out; }

private:
    QByteArray m_out;
};

} // namespace dpodesk
