// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading the reports back, independently of the code that writes them: a strict RFC 4180 parser, an RFC 5545
// unfolder and component reader, and the text of a PDF through QPdfDocument (tst_reports, tst_reports_activity).

#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QTest>

namespace reporttest {

/// A CSV file as parsed: its records, whether it started with a UTF-8 BOM, and the first breach of RFC 4180 found.
struct Csv {
    bool bom = false;
    QList<QStringList> rows;
    QString error;

    /// The rows whose first cell is key (for the activity CSV: key, section, item, value, share).
    QStringList row(const QString &key) const
    {
        for (const QStringList &r : rows) {
            if (!r.isEmpty() && r.first() == key) {
                return r;
            }
        }
        return {};
    }
};

/// RFC 4180: records end with CRLF, fields are separated by `separator`, a field with a separator, a quote or a line
/// break is quoted and its quotes doubled. Anything else (a bare CR or LF outside quotes, a quote inside an unquoted
/// field, text after a closing quote, rows of different lengths, invalid UTF-8) is an error.
inline Csv parseCsv(QByteArray bytes, QChar separator)
{
    Csv csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        csv.bom = true;
        bytes.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        csv.error = QStringLiteral("not valid UTF-8");
        return csv;
    }
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool quoted = false; // the current field was quoted
    bool closed = false; // its closing quote was seen
    const auto fail = [&](const QString &why, qsizetype at) {
        if (csv.error.isEmpty()) {
            csv.error = QStringLiteral("%1 at character %2").arg(why).arg(at);
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    closed = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || quoted) {
                fail(QStringLiteral("a quote inside an unquoted field"), i);
            }
            inQuotes = quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
            quoted = closed = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                fail(QStringLiteral("a CR without LF outside quotes"), i);
            }
            row << field;
            csv.rows << row;
            row.clear();
            field.clear();
            quoted = closed = false;
            ++i;
        } else if (c == u'\n') {
            fail(QStringLiteral("a bare LF outside quotes (records end with CRLF)"), i);
        } else {
            if (closed) {
                fail(QStringLiteral("text after a closing quote"), i);
            }
            field += c;
        }
    }
    if (inQuotes) {
        fail(QStringLiteral("an unterminated quoted field"), text.size());
    }
    if (!field.isEmpty() || !row.isEmpty() || quoted) {
        row << field;
        csv.rows << row;
    }
    for (const QStringList &r : std::as_const(csv.rows)) {
        if (r.size() != csv.rows.first().size()) {
            fail(QStringLiteral("a record of %1 fields instead of %2").arg(r.size()).arg(csv.rows.first().size()), 0);
        }
    }
    return csv;
}

/// One component of an iCalendar stream: its properties (name with parameters → values) and sub-components.
struct IcsComponent {
    QString name;
    QMultiMap<QString, QString> properties;
    QList<IcsComponent> children;

    QString value(const QString &property) const { return properties.value(property); }
    QList<IcsComponent> childrenNamed(const QString &component) const
    {
        QList<IcsComponent> found;
        for (const IcsComponent &c : children) {
            if (c.name == component) {
                found << c;
            }
        }
        return found;
    }
};

/// Checks the physical lines (CRLF, at most 75 octets, valid UTF-8 each: no character split by folding), unfolds
/// them (RFC 5545 §3.1) and reads the components. Returns an error text, or empty.
inline QString parseIcs(const QByteArray &bytes, IcsComponent *calendar)
{
    if (!bytes.endsWith("\r\n")) {
        return QStringLiteral("the stream does not end with CRLF");
    }
    const QList<QByteArray> physical = bytes.left(bytes.size() - 2).split('\n');
    QList<QByteArray> logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        // Every line but the last (whose CRLF was taken off above) still ends with the CR of its CRLF.
        if (i + 1 < physical.size()) {
            if (!line.endsWith('\r')) {
                return QStringLiteral("line %1 ends with a bare LF").arg(i + 1);
            }
            line.chop(1);
        }
        if (line.contains('\r')) {
            return QStringLiteral("line %1 holds a bare CR").arg(i + 1);
        }
        if (line.size() > 75) {
            return QStringLiteral("line %1 has %2 octets (at most 75)").arg(i + 1).arg(line.size());
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        (void)decoder(line);
        if (decoder.hasError()) {
            return QStringLiteral("line %1 is not valid UTF-8 on its own (a character was split)").arg(i + 1);
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty()) {
                return QStringLiteral("the stream starts with a continuation line");
            }
            logical.last() += line.mid(1);
        } else {
            logical << line;
        }
    }
    QList<IcsComponent> stack;
    for (const QByteArray &line : std::as_const(logical)) {
        const QString text = QString::fromUtf8(line);
        const qsizetype colon = text.indexOf(u':');
        if (colon <= 0) {
            return QStringLiteral("no property name in \"%1\"").arg(text);
        }
        const QString name = text.left(colon);
        const QString value = text.mid(colon + 1);
        if (name == QLatin1String("BEGIN")) {
            stack.append(IcsComponent{value, {}, {}});
        } else if (name == QLatin1String("END")) {
            if (stack.isEmpty() || stack.last().name != value) {
                return QStringLiteral("END:%1 does not close the open component").arg(value);
            }
            const IcsComponent done = stack.takeLast();
            if (stack.isEmpty()) {
                *calendar = done;
            } else {
                stack.last().children.append(done);
            }
        } else if (stack.isEmpty()) {
            return QStringLiteral("%1 outside any component").arg(name);
        } else {
            stack.last().properties.insert(name, value);
        }
    }
    return stack.isEmpty() ? QString() : QStringLiteral("%1 is never closed").arg(stack.last().name);
}

/// RFC 5545 §3.3.11, reversed.
inline QString unescapeIcsText(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            out += value.at(i);
        }
    }
    return out;
}

/// The text of each page, simplified (line breaks and spacing aside, words follow each other) and with ligatures
/// such as "ﬁ" decomposed.
inline QStringList pdfPages(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    for (int i = 0; i < 100 && document.status() == QPdfDocument::Status::Loading; ++i) {
        QTest::qWait(20);
    }
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page) {
        pages << document.getAllText(page).text().normalized(QString::NormalizationForm_KC).simplified();
    }
    return pages;
}

/// The text of the whole document, pages one after the other; pages, when given, receives their number.
inline QString pdfText(const QByteArray &pdf, int *pages = nullptr)
{
    const QStringList text = pdfPages(pdf);
    if (pages) {
        *pages = int(text.size());
    }
    return text.join(u' ');
}

} // namespace reporttest
