// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The hygiene of text from outside (core/domain/texthygiene): what is cleaned before a text is stored, single-line and
// multi-line, NFC, the joiners some scripts need, the escapes a terminal is shown, and the one implementation that the
// attachments' display names share.
#include "attachments/attachment.h"
#include "domain/texthygiene.h"

#include <QTest>

using namespace dpodesk;

namespace {

/// Text from UTF-8 with C-style escapes (QT_NO_CAST_FROM_ASCII: explicit).
QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

/// A string holding one code point.
QString cp(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1);
}

} // namespace

class TestTextHygiene final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleLine_data();
    void singleLine();
    void multiLine_data();
    void multiLine();
    void cleaningIsIdempotent();
    void terminalEscapes_data();
    void terminalEscapes();
    void lengthCountsCodePoints();
    void displayNamesShareTheCleaner_data();
    void displayNamesShareTheCleaner();
};

void TestTextHygiene::singleLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("clean");
    QTest::newRow("plain") << u8("Élodie Dupré") << u8("Élodie Dupré");
    QTest::newRow("Chinese") << u8("王伟") << u8("王伟");
    QTest::newRow("escape sequence") << u8("Dup\x1b[2Jont") << u8("Dup[2Jont");
    QTest::newRow("line feed made a space") << u8("Jean\nDupont") << u8("Jean Dupont");
    QTest::newRow("CR LF made a space") << u8("Jean\r\nDupont") << u8("Jean Dupont");
    QTest::newRow("tab made a space") << u8("Jean\tDupont") << u8("Jean Dupont");
    QTest::newRow("NEL made a space") << QString(u8("Jean") + cp(0x85) + u8("Dupont")) << u8("Jean Dupont");
    QTest::newRow("line separator made a space")
        << QString(u8("Jean") + cp(0x2028) + u8("Dupont")) << u8("Jean Dupont");
    QTest::newRow("bell") << u8("Jean\aDupont") << u8("JeanDupont");
    QTest::newRow("NUL") << QString(u8("Jean") + QChar(0) + u8("Dupont")) << u8("JeanDupont");
    QTest::newRow("DEL and CSI (C1)") << QString(u8("Du\x7fpo") + cp(0x9B) + u8("nt")) << u8("Dupont");
    QTest::newRow("right-to-left override") << u8("facture\u202Efdp.exe") << u8("facturefdp.exe");
    QTest::newRow("embeddings and pop") << u8("\u202A\u202B\u202Cabc\u202D") << u8("abc");
    QTest::newRow("isolates") << u8("\u2066\u2067\u2068abc\u2069") << u8("abc");
    QTest::newRow("LRM, RLM, ALM") << u8("a\u200Eb\u200Fc\u061Cd") << u8("abcd");
    QTest::newRow("zero width space") << u8("Du\u200Bpont") << u8("Dupont");
    QTest::newRow("word joiner and BOM") << u8("\uFEFFDu\u2060pont") << u8("Dupont");
    QTest::newRow("soft hyphen") << u8("Du\u00ADpont") << u8("Dupont");
    QTest::newRow("tag characters") << QString(u8("Du") + cp(0xE0041) + u8("pont")) << u8("Dupont");
    QTest::newRow("ZWJ inside a Latin name") << u8("Du\u200Dpont") << u8("Dupont");
    QTest::newRow("ZWNJ inside a Latin name") << u8("Du\u200Cpont") << u8("Dupont");
    QTest::newRow("ZWJ between Cyrillic letters") << u8("Ив\u200Dан") << u8("Иван");
    QTest::newRow("Persian ZWNJ kept") << u8("می\u200Cخواهم") << u8("می\u200Cخواهم");
    QTest::newRow("Devanagari ZWJ after virama kept") << u8("क्\u200Dष") << u8("क्\u200Dष");
    QTest::newRow("emoji ZWJ sequence kept") << u8("👨\u200D👩\u200D👧") << u8("👨\u200D👩\u200D👧");
    QTest::newRow("ZWNJ at the end") << u8("می\u200C") << u8("می");
    QTest::newRow("ZWNJ between Arabic and Latin") << u8("می\u200Cx") << u8("میx");
    QTest::newRow("NFC") << u8("E\u0301lodie") << u8("\u00C9lodie");
    QTest::newRow("invisible between letter and accent") << u8("E\u200B\u0301lodie") << u8("\u00C9lodie");
    QTest::newRow("spaces collapsed, NBSP included") << u8("  Jean\u00A0\u00A0 Dupont  ") << u8("Jean Dupont");
    QTest::newRow("only invisible") << u8("\u200B\u202E\x1b") << QString();
    QTest::newRow("fake queue line") << u8("Dupont\nDR-2026-0099  2026-11-27  Overdue")
                                     << u8("Dupont DR-2026-0099 2026-11-27 Overdue");
}

void TestTextHygiene::singleLine()
{
    QFETCH(QString, text);
    QFETCH(QString, clean);
    QCOMPARE(TextHygiene::clean(text, TextKind::SingleLine), clean);
}

void TestTextHygiene::multiLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("clean");
    QTest::newRow("line feeds and tabs kept") << u8("Line 1\nLine 2\tend") << u8("Line 1\nLine 2\tend");
    QTest::newRow("CR LF and CR made LF") << u8("a\r\nb\rc") << u8("a\nb\nc");
    QTest::newRow("line and paragraph separators made LF")
        << QString(u8("a") + cp(0x2028) + u8("b") + cp(0x2029) + u8("c")) << u8("a\nb\nc");
    QTest::newRow("escape sequence") << u8("a\x1b[31mred") << u8("a[31mred");
    QTest::newRow("vertical tab and form feed") << u8("a\vb\fc") << u8("abc");
    QTest::newRow("bidi override") << u8("a\u202Eb") << u8("ab");
    QTest::newRow("zero width space") << u8("a\u200Bb") << u8("ab");
    QTest::newRow("inner spaces kept") << u8("a  b") << u8("a  b");
    QTest::newRow("NBSP kept") << u8("prix\u00A0: 3 €") << u8("prix\u00A0: 3 €");
    QTest::newRow("trimmed") << u8("\n  Called the person back \n\n") << u8("Called the person back");
    QTest::newRow("NFC") << u8("Cafe\u0301") << u8("Caf\u00E9");
}

void TestTextHygiene::multiLine()
{
    QFETCH(QString, text);
    QFETCH(QString, clean);
    QCOMPARE(TextHygiene::clean(text, TextKind::MultiLine), clean);
}

void TestTextHygiene::cleaningIsIdempotent()
{
    const QString dirty = u8(" E\u0301lodie\r\n\x1b[2J\u202E Du\u200Dpont\tمی\u200Cخواهم 👨\u200D👩 ");
    for (const TextKind kind : {TextKind::SingleLine, TextKind::MultiLine}) {
        const QString once = TextHygiene::clean(dirty, kind);
        QCOMPARE(TextHygiene::clean(once, kind), once);
    }
}

void TestTextHygiene::terminalEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u8("Élodie Dupré 王伟") << u8("Élodie Dupré 王伟");
    QTest::newRow("escape sequence") << u8("\x1b[2J") << u8("\\x1b[2J");
    QTest::newRow("line feed, CR, tab") << u8("a\nb\rc\td") << u8("a\\nb\\rc\\td");
    QTest::newRow("NUL and DEL") << QString(u8("a") + QChar(0) + u8("b\x7f")) << u8("a\\x00b\\x7f");
    QTest::newRow("C1") << QString(u8("a") + cp(0x9B) + u8("b") + cp(0x85)) << u8("a\\x9bb\\x85");
    QTest::newRow("right-to-left override") << u8("gpj\u202Eexe") << u8("gpj\\u202eexe");
    QTest::newRow("isolate, LRM, ALM") << u8("\u2067a\u200E\u061C") << u8("\\u2067a\\u200e\\u061c");
    QTest::newRow("zero width and BOM") << u8("a\u200Bb\uFEFF") << u8("a\\u200bb\\ufeff");
    QTest::newRow("line separator") << QString(u8("a") + cp(0x2028)) << u8("a\\u2028");
    QTest::newRow("tag") << cp(0xE0041) << u8("\\U000e0041");
    QTest::newRow("ZWJ inside a Latin name") << u8("Du\u200Dpont") << u8("Du\\u200dpont");
    QTest::newRow("Persian ZWNJ shown as is") << u8("می\u200Cخواهم") << u8("می\u200Cخواهم");
    QTest::newRow("emoji sequence shown as is") << u8("👨\u200D👩") << u8("👨\u200D👩");
}

void TestTextHygiene::terminalEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(TextHygiene::escapeForTerminal(text), shown);
}

void TestTextHygiene::lengthCountsCodePoints()
{
    QCOMPARE(TextHygiene::length(u8("Élodie")), qsizetype(6));
    QCOMPARE(TextHygiene::length(u8("👨")), qsizetype(1));
    QCOMPARE(TextHygiene::length(u8("e\u0301")), qsizetype(2));
    QCOMPARE(TextHygiene::length(QString()), qsizetype(0));
}

void TestTextHygiene::displayNamesShareTheCleaner_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u8("lettre de demande.pdf");
    QTest::newRow("control characters") << u8("a\nb\tc\a.pdf");
    QTest::newRow("right-to-left override") << u8("facture\u202Efdp.exe");
    QTest::newRow("NFC") << u8("E\u0301lodie.pdf");
    QTest::newRow("Persian ZWNJ") << u8("می\u200Cخواهم.pdf");
    QTest::newRow("ZWJ inside a Latin name") << u8("Du\u200Dpont.pdf");
    QTest::newRow("spaces") << u8("  scan   du\u00A0passeport.pdf ");
}

void TestTextHygiene::displayNamesShareTheCleaner()
{
    QFETCH(QString, name);
    // Without folders, leading dots or excess length, a file's display name is exactly a cleaned single-line text.
    QCOMPARE(FileNames::cleanDisplayName(name), TextHygiene::clean(name, TextKind::SingleLine));
}

QTEST_GUILESS_MAIN(TestTextHygiene)
#include "tst_texthygiene.moc"
