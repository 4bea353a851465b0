// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// dpodesk-preview: renders a PDF page or an image that came from a data subject, in a process of its own with
// limits on memory, CPU time and files, so that a hostile file can only kill this process (Debian supports
// PDFium only "for use on trusted content"). Reads the file on stdin, writes a PNG on stdout. Nothing outside the
// file is followed: an SVG that refers to another file (QtSvg 6.4 would open it) is refused before it is parsed, and
// once the file is read the process can read only what drawing needs (Landlock).
//   exit 0: PNG written; 2: wrong usage; 3: password-protected PDF; 4: no preview (reason on stderr)
#include <QBuffer>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QLibraryInfo>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QTimer>

#include "confinement.h"
#include "preview/svgsafety.h"

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cstdio>

namespace {

constexpr int kPasswordProtected = 3;
constexpr int kNoPreview = 4;
constexpr qint64 kMaxPixels = 40'000'000; // about 160 MB as RGBA: larger images are refused before decoding

// The image formats drawn, as Qt names them from the content: Qt's own and those of Debian's Qt 6 image plugins
// (svg, qt6-image-formats-plugins), none of which can name another file, except SVG, checked first. A plugin
// installed later for another format (one that runs Ghostscript, say) is not used.
constexpr std::array kDrawnFormats{"bmp", "cur", "gif",  "icns", "ico",  "jpeg", "pbm",  "pgm", "png",
                                   "ppm", "svg", "svgz", "tga",  "tiff", "wbmp", "webp", "xbm", "xpm"};

void limit(int resource, rlim_t value)
{
    const rlimit limits{value, value};
    setrlimit(resource, &limits);
}

int fail(const char *why)
{
    std::fprintf(stderr, "%s\n", why);
    return kNoPreview;
}

/// What drawing needs to read once the file is in: Qt's libraries and plugins, fonts and their configuration, the
/// MIME database, this process's own /proc. Not the user's folders, not /tmp, not removable media.
QStringList rendererFiles()
{
    return {QStringLiteral("/usr"),
            QStringLiteral("/lib"),
            QStringLiteral("/lib64"),
            QStringLiteral("/etc/ld.so.cache"),
            QStringLiteral("/etc/fonts"),
            QStringLiteral("/var/cache/fontconfig"),
            QStringLiteral("/proc/self"),
            QStringLiteral("/sys/devices/system/cpu"),
            QLibraryInfo::path(QLibraryInfo::PrefixPath),
            QLibraryInfo::path(QLibraryInfo::LibrariesPath),
            QLibraryInfo::path(QLibraryInfo::PluginsPath)};
}

int writePng(const QImage &image)
{
    if (image.isNull()) {
        return fail("the file could not be drawn");
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return fail("cannot write the preview");
    }
    image.save(&out, "PNG");
    return 0;
}

int renderPdf(const QByteArray &content, int width, int page)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    QEventLoop loop;
    QObject::connect(&document, &QPdfDocument::statusChanged, &loop, [&](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready || status == QPdfDocument::Status::Error) {
            loop.quit();
        }
    });
    document.load(&buffer);
    if (document.status() == QPdfDocument::Status::Loading) {
        loop.exec();
    }
    if (document.error() == QPdfDocument::Error::IncorrectPassword ||
        document.error() == QPdfDocument::Error::UnsupportedSecurityScheme) {
        std::fprintf(stderr, "password-protected\n");
        return kPasswordProtected;
    }
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() <= 0) {
        return fail("not a readable PDF");
    }
    page = qBound(0, page, document.pageCount() - 1);
    const QSizeF points = document.pagePointSize(page);
    if (points.width() <= 0 || points.height() <= 0) {
        return fail("the page has no size");
    }
    // The page drawn at the width asked, whatever size it claims to be; a strip-like page is cut at 4 widths.
    const int height = int(qMin(4.0 * width, width * points.height() / points.width()));
    return writePng(document.render(page, QSize(width, qMax(1, height))));
}

int renderImage(const QByteArray &content, int width)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    if (std::none_of(kDrawnFormats.begin(), kDrawnFormats.end(), [&](const char *f) { return format == f; })) {
        return fail("no preview for this kind of file");
    }
    // QtSvg reads the SVG as soon as its size is asked for: the check comes before the reader.
    if (format == "svg" || format == "svgz") {
        if (const auto refusal = dpodesk::SvgSafety::check(content)) {
            return fail(dpodesk::SvgSafety::text(refusal->reason));
        }
    }
    buffer.seek(0);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false); // the format checked is the one drawn
    reader.setAllocationLimit(256);         // MB; a decompression bomb stops here
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > kMaxPixels) {
        return fail("the image is too large to preview");
    }
    if (size.width() > width) {
        reader.setScaledSize(QSize(width, qMax(1, size.height() * width / size.width())));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return fail("not a readable image");
    }
    return writePng(image);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads the file: bounded memory, CPU and output (what a file may make it write, even when
    // stdout or stderr is a file rather than the pipe of the application), no core dump.
    limit(RLIMIT_AS, rlim_t(1024) * 1024 * 1024);
    limit(RLIMIT_CPU, 10);
    limit(RLIMIT_FSIZE, rlim_t(256) * 1024 * 1024);
    limit(RLIMIT_CORE, 0);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders an untrusted PDF page or image read on stdin as PNG."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("width"), QStringLiteral("Width of the preview in pixels."), QStringLiteral("W"),
                      QStringLiteral("800")});
    parser.addOption(
        {QStringLiteral("page"), QStringLiteral("Page of a PDF, from 0."), QStringLiteral("N"), QStringLiteral("0")});
    parser.process(app);
    const int width = parser.value(QStringLiteral("width")).toInt();
    const int page = parser.value(QStringLiteral("page")).toInt();
    if (width < 16 || width > 4000 || page < 0) {
        std::fprintf(stderr, "--width must be 16 to 4000 and --page 0 or more\n");
        return 2;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return fail("cannot read the file");
    }
    const QByteArray content = in.readAll();
    // From here the file read is the only input: a reference in it that slipped past every check below finds none
    // of the user's files (where the kernel offers Landlock; the checks hold either way). The helper is one thread.
    dpodesk::Confinement::readOnly(rendererFiles());
    const QString mime = QMimeDatabase().mimeTypeForData(content).name();
    if (mime == QLatin1String("application/pdf")) {
        return renderPdf(content, width, page);
    }
    if (mime.startsWith(QLatin1String("image/"))) {
        return renderImage(content, width);
    }
    return fail("no preview for this kind of file");
}
