// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preview/svgsafety.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <limits>

namespace dpodesk {

namespace {

using Reason = SvgRefusal::Reason;

// The words of the preview helper (stderr), translated by the desk in the context where it shows them.
constexpr const char *kOutsideText = QT_TRANSLATE_NOOP("PreviewClient", "the image refers to files outside itself");
constexpr const char *kUnsafeText = QT_TRANSLATE_NOOP(
    "PreviewClient", "the image contains scripts, embedded documents, DTD declarations or processing instructions");

// The DTDs of SVG by their W3C address, as editors write them in a DOCTYPE. Neither QXmlStreamReader nor QtSvg
// reads an external DTD; naming one of these is allowed only because so many files do.
constexpr std::array kW3cSvgDtds{
    "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd",
    "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11-basic.dtd",
    "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11-tiny.dtd",
    "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11-flat.dtd",
    "http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd",
    "http://www.w3.org/TR/2000/CR-SVG-20001102/DTD/svg-20001102.dtd",
    "http://www.w3.org/TR/2000/03/WD-SVG-20000303/DTD/svg-20000303-stylable.dtd",
};

// Elements refused whatever their attributes: they run code or embed documents of other kinds.
constexpr std::array kUnsafeElements{"script", "handler", "foreignObject"};

SvgRefusal refuse(Reason reason, const QXmlStreamReader &xml, const QString &what)
{
    return {reason, QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(what.left(160))};
}

QStringView localName(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? qualified : qualified.mid(colon + 1);
}

/// The inflated content of every gzip member in turn, as QtSvg reads an .svgz; nullopt when damaged or cut.
std::optional<QByteArray> gunzip(const QByteArray &bytes, bool &tooLarge)
{
    z_stream stream{};
    if (bytes.size() > qsizetype(std::numeric_limits<uInt>::max())) {
        tooLarge = true;
        return std::nullopt;
    }
    if (inflateInit2(&stream, MAX_WBITS + 16) != Z_OK) {
        return std::nullopt;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    QByteArray out;
    constexpr qsizetype kChunk = 64 * 1024;
    int result = Z_OK;
    while (true) {
        const qsizetype done = out.size();
        if (done > SvgSafety::kMaxBytes) {
            tooLarge = true;
            break;
        }
        out.resize(done + kChunk);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + done);
        stream.avail_out = uInt(kChunk);
        result = inflate(&stream, Z_NO_FLUSH);
        out.resize(done + kChunk - qsizetype(stream.avail_out));
        if (result == Z_STREAM_END) {
            if (stream.avail_in == 0 || inflateReset(&stream) != Z_OK) {
                break; // the last member
            }
            continue;
        }
        if (result != Z_OK) {
            break; // damaged, or cut short (Z_BUF_ERROR: no input left before the end of the stream)
        }
    }
    inflateEnd(&stream);
    tooLarge = tooLarge || out.size() > SvgSafety::kMaxBytes;
    if (tooLarge || result != Z_STREAM_END) {
        return std::nullopt;
    }
    return out;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if ((u | 0x20) >= u'a' && (u | 0x20) <= u'f') {
        return (u | 0x20) - u'a' + 10;
    }
    return -1;
}

/// CSS text with its escapes decoded (`u\72 l(` is `url(`), so that escapes hide nothing from the check.
QString decodeCssEscapes(QStringView css)
{
    QString out;
    out.reserve(css.size());
    for (qsizetype i = 0; i < css.size(); ++i) {
        if (css[i] != QLatin1Char('\\') || i + 1 >= css.size()) {
            out += css[i];
            continue;
        }
        qsizetype j = i + 1;
        char32_t code = 0;
        for (; j < css.size() && j < i + 7 && hexValue(css[j]) >= 0; ++j) {
            code = code * 16 + char32_t(hexValue(css[j]));
        }
        if (j == i + 1) {
            out += css[j]; // an escaped character stands for itself
            i = j;
            continue;
        }
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            code = 0xFFFD;
        }
        out += QString::fromUcs4(&code, 1);
        if (j < css.size() && css[j].isSpace()) {
            ++j; // one white space ends an escape
        }
        i = j - 1;
    }
    return out;
}

/// What in CSS (a style attribute, a presentation attribute, a <style> element) could name something outside.
std::optional<QString> outsideInCss(QStringView text)
{
    if (!text.contains(QLatin1Char('(')) && !text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char('\\'))) {
        return std::nullopt; // the common case: a colour, a length, a path
    }
    const QString css = decodeCssEscapes(text).toLower();
    for (const char *rule : {"@import", "@font-face"}) {
        if (css.contains(QLatin1String(rule))) {
            return QString::fromLatin1(rule);
        }
    }
    // Functions that load images; url() may only name a fragment of this image or embed its data.
    for (const char *function : {"image(", "image-set(", "src("}) {
        if (css.contains(QLatin1String(function))) {
            return QString::fromLatin1(function) + QLatin1Char(')');
        }
    }
    for (qsizetype at = css.indexOf(QLatin1String("url(")); at >= 0; at = css.indexOf(QLatin1String("url("), at + 1)) {
        QStringView target = QStringView(css).mid(at + 4).trimmed();
        if (target.startsWith(QLatin1Char('"')) || target.startsWith(QLatin1Char('\''))) {
            target = target.mid(1).trimmed();
        }
        if (!target.startsWith(QLatin1Char('#')) && !target.startsWith(QLatin1String("data:"))) {
            return QStringLiteral("url(%1").arg(target.left(120));
        }
    }
    return std::nullopt;
}

std::optional<SvgRefusal> checkDoctype(const QXmlStreamReader &xml)
{
    const QString dtd = xml.text().toString();
    for (const QXmlStreamEntityDeclaration &entity : xml.entityDeclarations()) {
        if (!entity.systemId().isEmpty() || !entity.publicId().isEmpty()) {
            return refuse(Reason::OutsideReference, xml,
                          QStringLiteral("<!ENTITY %1 SYSTEM \"%2\">").arg(entity.name(), entity.systemId()));
        }
    }
    const qsizetype subset = dtd.indexOf(QLatin1Char('['));
    if (subset >= 0) {
        // Declarations inside the file: entities (billion laughs), default attributes, notations, parameter
        // entities that QXmlStreamReader does not always report. None is needed to draw an image.
        const QStringView inside = QStringView(dtd).mid(subset);
        const bool external = inside.contains(QLatin1String("SYSTEM")) || inside.contains(QLatin1String("PUBLIC"));
        return refuse(external ? Reason::OutsideReference : Reason::UnsafeContent, xml, dtd);
    }
    const QString systemId = xml.dtdSystemId().toString();
    if (!systemId.isEmpty() && std::none_of(kW3cSvgDtds.begin(), kW3cSvgDtds.end(),
                                            [&](const char *known) { return systemId == QLatin1String(known); })) {
        return refuse(Reason::OutsideReference, xml, dtd);
    }
    return std::nullopt;
}

std::optional<SvgRefusal> checkElement(const QXmlStreamReader &xml)
{
    const QStringView element = localName(xml.qualifiedName());
    const QString tag = QLatin1Char('<') + xml.qualifiedName().toString() + QLatin1Char('>');
    for (const char *unsafe : kUnsafeElements) {
        if (element.compare(QLatin1String(unsafe), Qt::CaseInsensitive) == 0) {
            return refuse(Reason::UnsafeContent, xml, tag);
        }
    }
    if (element.compare(QLatin1String("font-face-uri"), Qt::CaseInsensitive) == 0) {
        return refuse(Reason::OutsideReference, xml, tag);
    }
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        const QStringView name = attribute.qualifiedName();
        const QString value = attribute.value().toString();
        const auto found = [&] {
            return QStringLiteral("<%1 %2=\"%3\">").arg(xml.qualifiedName(), name, QStringView(value).left(120));
        };
        if (localName(name).compare(QLatin1String("href"), Qt::CaseInsensitive) == 0) {
            const QString target = value.trimmed();
            // QtSvg 6.4 embeds an <image> only for "data..." in lower case; anything else there, "#x" included, it
            // opens as a file. Elsewhere it looks a fragment up by its id in this image.
            const bool image = element.compare(QLatin1String("image"), Qt::CaseInsensitive) == 0;
            const bool inside = target.isEmpty() || target.startsWith(QLatin1String("data:")) ||
                                (!image && target.startsWith(QLatin1Char('#')));
            if (!inside) {
                return refuse(Reason::OutsideReference, xml, found());
            }
            continue;
        }
        // Style and presentation attributes (fill, clip-path...) have no prefix; editors' own (inkscape:label,
        // sodipodi:docname) have one, and QtSvg reads no CSS from them.
        if (!name.contains(QLatin1Char(':')) && outsideInCss(value)) {
            return refuse(Reason::OutsideReference, xml, found());
        }
    }
    return std::nullopt;
}

std::optional<SvgRefusal> checkXml(const QByteArray &document)
{
    // Read as QtSvg reads it: the same reader, namespaces not processed.
    QXmlStreamReader xml(document);
    xml.setNamespaceProcessing(false);
    int inStyle = 0;   // depth of <style> elements around the current text: QtSvg parses that text as CSS
    QString styleText; // and the whole of it, in case pieces split by CDATA or comments only make sense together
    bool sawRoot = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (auto refusal = checkDoctype(xml)) {
                return refusal;
            }
            break;
        case QXmlStreamReader::EntityReference:
            return refuse(Reason::OutsideReference, xml, QLatin1Char('&') + xml.name().toString() + QLatin1Char(';'));
        case QXmlStreamReader::ProcessingInstruction: {
            const QString target = xml.processingInstructionTarget().toString();
            if (target == QLatin1String("xpacket")) {
                break; // the wrapper of XMP metadata, which editors write and QtSvg ignores
            }
            const QString found = QStringLiteral("<?%1 %2?>").arg(target, xml.processingInstructionData());
            return refuse(target.compare(QLatin1String("xml-stylesheet"), Qt::CaseInsensitive) == 0
                              ? Reason::OutsideReference
                              : Reason::UnsafeContent,
                          xml, found);
        }
        case QXmlStreamReader::StartElement:
            sawRoot = true;
            if (auto refusal = checkElement(xml)) {
                return refusal;
            }
            if (localName(xml.qualifiedName()) == QLatin1String("style")) {
                ++inStyle;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (localName(xml.qualifiedName()) == QLatin1String("style") && --inStyle == 0) {
                if (auto css = outsideInCss(styleText)) {
                    return refuse(Reason::OutsideReference, xml, QStringLiteral("<style> %1").arg(*css));
                }
                styleText.clear();
            }
            break;
        case QXmlStreamReader::Characters:
            if (inStyle > 0) {
                if (auto css = outsideInCss(xml.text())) {
                    return refuse(Reason::OutsideReference, xml, QStringLiteral("<style> %1").arg(*css));
                }
                styleText += xml.text();
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError() || !sawRoot) {
        return refuse(Reason::Unreadable, xml, xml.hasError() ? xml.errorString() : QStringLiteral("no element"));
    }
    return std::nullopt;
}

} // namespace

std::optional<SvgRefusal> SvgSafety::check(const QByteArray &svgOrSvgz)
{
    // QtSvg inflates what starts with the gzip magic number, whatever the file is called.
    if (svgOrSvgz.startsWith("\x1f\x8b")) {
        bool tooLarge = false;
        const auto inflated = gunzip(svgOrSvgz, tooLarge);
        if (!inflated) {
            return tooLarge
                       ? SvgRefusal{Reason::TooLarge,
                                    QStringLiteral("more than %1 MB once decompressed").arg(kMaxBytes / (1024 * 1024))}
                       : SvgRefusal{Reason::Unreadable, QStringLiteral("damaged gzip stream")};
        }
        return checkXml(*inflated);
    }
    if (svgOrSvgz.size() > kMaxBytes) {
        return SvgRefusal{Reason::TooLarge, QStringLiteral("%1 bytes").arg(svgOrSvgz.size())};
    }
    return checkXml(svgOrSvgz);
}

const char *SvgSafety::text(SvgRefusal::Reason reason)
{
    switch (reason) {
    case Reason::OutsideReference:
        return kOutsideText;
    case Reason::UnsafeContent:
        return kUnsafeText;
    case Reason::Unreadable:
        return "not a readable image";
    case Reason::TooLarge:
        return "the image is too large to preview";
    }
    return "not a readable image";
}

} // namespace dpodesk
