// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The SVG check: what QtSvg could follow outside the image (an href, a CSS url() or @import, a style sheet named by a
// processing instruction, a DTD or an entity) is refused, with its reason; what editors write inside an image (the
// W3C DOCTYPE, embedded images, gradients, XMP metadata) is drawn. Also for gzip-compressed SVG.
#include "gzipdata.h"

#include "preview/svgsafety.h"

#include <QTest>

using namespace dpodesk;
using gziptest::gzip;

namespace {

using Reason = SvgRefusal::Reason;

constexpr const char *kOpen = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                              "width=\"40\" height=\"40\">";

QByteArray svg(const QByteArray &body, const QByteArray &prolog = {})
{
    return prolog + kOpen + body + "</svg>";
}

constexpr const char *kPixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAA"
                               "AAAEAAH2FzhVAAAAAElFTkSuQmCC";

} // namespace

class TestSvgSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selfContainedAccepted_data();
    void selfContainedAccepted();
    void refused_data();
    void refused();
    void compressed();
    void decompressionBomb();
    void reasonsInWords();
};

void TestSvgSafety::selfContainedAccepted_data()
{
    QTest::addColumn<QByteArray>("document");
    const QByteArray rect("<rect width=\"40\" height=\"40\"/>");
    QTest::newRow("a shape") << svg(rect);
    QTest::newRow("W3C DOCTYPE (SVG 1.1)")
        << svg(rect, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                     "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n");
    QTest::newRow("W3C DOCTYPE (SVG 1.0)")
        << svg(rect, "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.0//EN\" "
                     "\"http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd\">");
    QTest::newRow("embedded image, xlink:href")
        << svg(QByteArray("<image width=\"4\" height=\"4\" xlink:href=\"") + kPixel + "\"/>");
    QTest::newRow("embedded image, href, spaces")
        << svg(QByteArray("<image width=\"4\" height=\"4\" href=\"  ") + kPixel + "\n\"/>");
    QTest::newRow("gradient, use and links inside the image")
        << svg("<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/></linearGradient>"
               "<radialGradient id=\"h\" xlink:href=\"#g\"/><rect id=\"r\" width=\"4\" height=\"4\"/></defs>"
               "<use xlink:href=\"#r\" fill=\"url(#g)\"/><use href=\"#r\" style=\"fill: url( '#h' )\"/>"
               "<a xlink:href=\"#r\"><rect width=\"2\" height=\"2\" style=\"stroke:URL(#g)\"/></a>");
    QTest::newRow("style element") << svg(
        "<style type=\"text/css\"><![CDATA[ rect { fill: url(#g); stroke: #000 } ]]></style>" + rect);
    QTest::newRow("words that look like CSS in text")
        << svg("<text x=\"0\" y=\"20\">@import url(/etc/passwd) is only words here</text>");
    QTest::newRow("XMP metadata") << svg(
        "<metadata><?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"
        "<?xpacket end=\"w\"?></metadata>" +
        rect);
    QTest::newRow("a reference in a comment") << svg("<!-- <image xlink:href=\"/etc/x.png\"/> -->" + rect);
    QTest::newRow("empty href") << svg("<use xlink:href=\"\"/>" + rect);
    QTest::newRow("editor's names that look like CSS") << svg(
        "<g xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" inkscape:label=\"image(2) @import\">" +
        rect + "</g>");
}

void TestSvgSafety::selfContainedAccepted()
{
    QFETCH(QByteArray, document);
    const auto refusal = SvgSafety::check(document);
    QVERIFY2(!refusal, refusal ? qPrintable(refusal->detail) : "");
    const auto compressed = SvgSafety::check(gzip(document));
    QVERIFY2(!compressed, compressed ? qPrintable(compressed->detail) : "");
}

void TestSvgSafety::refused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("reason");
    const int outside = int(Reason::OutsideReference);
    const int unsafe = int(Reason::UnsafeContent);
    const int unreadable = int(Reason::Unreadable);
    const QByteArray rect("<rect width=\"40\" height=\"40\"/>");
    QTest::newRow("image, absolute path")
        << svg("<image width=\"4\" height=\"4\" xlink:href=\"/tmp/a.png\"/>") << outside;
    QTest::newRow("image, href") << svg("<image width=\"4\" height=\"4\" href=\"/tmp/a.png\"/>") << outside;
    QTest::newRow("image, file URL") << svg("<image width=\"4\" height=\"4\" xlink:href=\"file:///tmp/a.png\"/>")
                                     << outside;
    QTest::newRow("image, relative path")
        << svg("<image width=\"4\" height=\"4\" xlink:href=\"../a.png\"/>") << outside;
    QTest::newRow("image, spaces before the path")
        << svg("<image width=\"4\" height=\"4\" xlink:href=\" \n/tmp/a.png\"/>") << outside;
    // QtSvg takes only "data" in lower case as embedded, and anything else in an <image> as a file name.
    QTest::newRow("image, DATA: in capitals")
        << svg("<image width=\"4\" height=\"4\" xlink:href=\"DATA:image/png;base64,AAAA\"/>") << outside;
    QTest::newRow("image, a fragment (a file named #x)")
        << svg("<image width=\"4\" height=\"4\" xlink:href=\"#x\"/>") << outside;
    QTest::newRow("image, data with a path in it")
        << svg("<image width=\"4\" height=\"4\" xlink:href=\"data/../../tmp/a.png\"/>") << outside;
    QTest::newRow("href under another prefix")
        << svg("<image xmlns:l=\"http://www.w3.org/1999/xlink\" width=\"4\" height=\"4\" l:href=\"/tmp/a.png\"/>")
        << outside;
    QTest::newRow("use of another file") << svg("<use xlink:href=\"other.svg#r\"/>") << outside;
    QTest::newRow("gradient of another file")
        << svg("<linearGradient id=\"g\" xlink:href=\"other.svg#g\"/>") << outside;
    QTest::newRow("link to a web page") << svg("<a xlink:href=\"https://example.org/\">" + rect + "</a>") << outside;
    QTest::newRow("filter image") << svg("<filter id=\"f\"><feImage xlink:href=\"/tmp/a.png\"/></filter>") << outside;
    QTest::newRow("CSS url() in a style attribute") << svg("<rect style=\"fill:url(/tmp/a.png)\"/>") << outside;
    QTest::newRow("CSS url() in a fill attribute") << svg("<rect fill=\"url('/tmp/a.svg#g')\"/>") << outside;
    QTest::newRow("CSS URL() in capitals") << svg("<rect style=\"fill:URL(/tmp/a.png)\"/>") << outside;
    QTest::newRow("CSS url() with a comment first") << svg("<rect style=\"fill:url(/**/#g)\"/>") << outside;
    QTest::newRow("CSS url() in a style element")
        << svg("<style>rect { fill: url(\"a.png\") }</style>" + rect) << outside;
    QTest::newRow("CSS url() in CDATA") << svg("<style><![CDATA[rect{fill:url(a.png)}]]></style>" + rect) << outside;
    QTest::newRow("CSS url() cut in two by CDATA")
        << svg("<style>rect{fill:u<![CDATA[rl(a.png)}]]></style>" + rect) << outside;
    QTest::newRow("CSS @import cut in two by a comment")
        << svg("<style>@im<!-- -->port \"a.css\";</style>" + rect) << outside;
    QTest::newRow("CSS url() written with escapes")
        << svg("<style>rect { fill: u\\72 l(a.png) }</style>" + rect) << outside;
    QTest::newRow("CSS url() written with a character reference")
        << svg("<rect style=\"fill:&#117;rl(/tmp/a.png)\"/>") << outside;
    QTest::newRow("CSS @import") << svg("<style>@import url(/tmp/a.css);</style>" + rect) << outside;
    QTest::newRow("CSS @import of a string") << svg("<style>@import \"/tmp/a.css\";</style>" + rect) << outside;
    QTest::newRow("CSS @import with an escape") << svg("<style>@\\69mport \"/tmp/a.css\";</style>" + rect) << outside;
    QTest::newRow("CSS @font-face") << svg("<style>@font-face { font-family: x; src: local(x) }</style>" + rect)
                                    << outside;
    QTest::newRow("CSS image-set()") << svg("<rect style=\"fill:image-set('/tmp/a.png' 1x)\"/>") << outside;
    QTest::newRow("CSS url() in a marker attribute")
        << svg("<path d=\"M0 0\" marker-end=\"url(/tmp/m.svg#m)\"/>") << outside;
    QTest::newRow("xml-stylesheet") << svg(rect, "<?xml-stylesheet type=\"text/css\" href=\"/tmp/a.css\"?>") << outside;
    QTest::newRow("other processing instruction") << svg("<?dpodesk-test data?>" + rect) << unsafe;
    QTest::newRow("external DTD") << svg(rect, "<!DOCTYPE svg SYSTEM \"/tmp/a.dtd\">") << outside;
    QTest::newRow("external DTD on the W3C site but not an SVG one")
        << svg(rect, "<!DOCTYPE svg SYSTEM \"http://www.w3.org/../tmp/a.dtd\">") << outside;
    QTest::newRow("external entity (XXE)")
        << svg("<text>&x;</text>", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>") << outside;
    QTest::newRow("external entity, public")
        << svg("<text>&x;</text>", "<!DOCTYPE svg [<!ENTITY x PUBLIC \"-//X//EN\" \"/tmp/x\">]>") << outside;
    QTest::newRow("external parameter entity")
        << svg(rect, "<!DOCTYPE svg [<!ENTITY % x SYSTEM \"file:///tmp/a.dtd\"> %x;]>") << outside;
    QTest::newRow("internal entity") << svg("<image width=\"4\" height=\"4\" xlink:href=\"&x;\"/>",
                                            "<!DOCTYPE svg [<!ENTITY x \"/tmp/a.png\">]>")
                                     << unsafe;
    QTest::newRow("entity bomb") << svg("<text>&b;</text>",
                                        "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>")
                                 << unsafe;
    QTest::newRow("default attribute declared in the DTD")
        << svg("<image width=\"4\" height=\"4\"/>", "<!DOCTYPE svg [<!ATTLIST image xlink:href CDATA \"/tmp/a.png\">]>")
        << unsafe;
    QTest::newRow("notation") << svg(rect, "<!DOCTYPE svg [<!NOTATION n SYSTEM \"/tmp/n\">]>") << outside;
    QTest::newRow("element declaration") << svg(rect, "<!DOCTYPE svg [<!ELEMENT svg ANY>]>") << unsafe;
    QTest::newRow("font-face-uri")
        << svg("<font-face font-family=\"x\"><font-face-src><font-face-uri/></font-face-src></font-face>") << outside;
    QTest::newRow("foreignObject") << svg("<foreignObject width=\"4\" height=\"4\"><p>x</p></foreignObject>") << unsafe;
    QTest::newRow("script") << svg("<script>alert(1)</script>") << unsafe;
    QTest::newRow("handler") << svg("<handler type=\"application/ecmascript\">x()</handler>") << unsafe;
    QTest::newRow("not XML") << QByteArray("<svg><rect></svg>") << unreadable;
    QTest::newRow("cut short") << svg(rect).left(60) << unreadable;
    QTest::newRow("something after the image") << svg(rect) + "<image xlink:href=\"/tmp/a.png\"/>" << unreadable;
    QTest::newRow("empty") << QByteArray() << unreadable;
}

void TestSvgSafety::refused()
{
    QFETCH(QByteArray, document);
    QFETCH(int, reason);
    const auto refusal = SvgSafety::check(document);
    QVERIFY(refusal);
    QCOMPARE(int(refusal->reason), reason);
    QVERIFY(!refusal->detail.isEmpty());
    const auto compressed = SvgSafety::check(gzip(document));
    QVERIFY(compressed);
    QCOMPARE(int(compressed->reason), reason);
}

void TestSvgSafety::compressed()
{
    const QByteArray clean = svg("<rect width=\"40\" height=\"40\"/>");
    const QByteArray hostile = svg("<image width=\"4\" height=\"4\" xlink:href=\"/tmp/a.png\"/>");
    // QtSvg reads every member of a gzip stream, one after the other: so does the check.
    const qsizetype cut = hostile.indexOf("<image");
    QVERIFY(!SvgSafety::check(gzip(clean.left(50)) + gzip(clean.mid(50))));
    const auto split = SvgSafety::check(gzip(hostile.left(cut)) + gzip(hostile.mid(cut)));
    QVERIFY(split);
    QCOMPARE(int(split->reason), int(Reason::OutsideReference));
    // A damaged or cut stream is not read at all.
    QByteArray damaged = gzip(clean);
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x55);
    const auto broken = SvgSafety::check(damaged);
    QVERIFY(broken);
    QCOMPARE(int(broken->reason), int(Reason::Unreadable));
    const auto cutShort = SvgSafety::check(gzip(clean).left(20));
    QVERIFY(cutShort);
    QCOMPARE(int(cutShort->reason), int(Reason::Unreadable));
}

void TestSvgSafety::decompressionBomb()
{
    QByteArray huge = svg(QByteArray(SvgSafety::kMaxBytes, ' '));
    const auto refusal = SvgSafety::check(gzip(huge));
    QVERIFY(refusal);
    QCOMPARE(int(refusal->reason), int(Reason::TooLarge));
}

void TestSvgSafety::reasonsInWords()
{
    QCOMPARE(QByteArray(SvgSafety::text(Reason::OutsideReference)),
             QByteArray("the image refers to files outside itself"));
    QVERIFY(QByteArray(SvgSafety::text(Reason::UnsafeContent)).contains("scripts"));
    // The helper's older words for these, which the desk already translates.
    QCOMPARE(QByteArray(SvgSafety::text(Reason::Unreadable)), QByteArray("not a readable image"));
    QCOMPARE(QByteArray(SvgSafety::text(Reason::TooLarge)), QByteArray("the image is too large to preview"));
}

QTEST_MAIN(TestSvgSafety)
#include "tst_svgsafety.moc"
