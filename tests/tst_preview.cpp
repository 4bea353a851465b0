// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Untrusted files are drawn in the dpodesk-preview process: good files give a picture; truncated, corrupt,
// encrypted, huge files and image bombs give "no preview" in words, and this process keeps running. An SVG that
// refers to anything outside itself (a local image, a style sheet, an entity, a FIFO) is refused, promptly.
#include "gzipdata.h"

#include "preview/previewclient.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace dpodesk;
using gziptest::crc32;
using gziptest::gzip;

namespace {

QString helper()
{
    return QStringLiteral(DPODESK_PREVIEW_PATH);
}

QByteArray makePdf(QSizeF pageMillimetres = QSizeF(210, 297), int pages = 1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(pageMillimetres, QPageSize::Millimeter));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            writer.newPage();
        }
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 24));
        painter.drawText(QPointF(200, 400), QStringLiteral("Page %1 — Élodie Dupré").arg(i + 1));
        painter.fillRect(QRectF(200, 600, 2000, 400), Qt::black);
    }
    painter.end();
    return bytes;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << quint32(data.size());
    const QByteArray typed = QByteArray(type) + data;
    out += typed;
    QDataStream t(&out, QIODevice::Append);
    t << crc32(typed);
    return out;
}

/// A PNG that claims 30000 x 30000 pixels (3.6 GB as RGBA) in a few hundred kilobytes.
QByteArray pngBomb()
{
    const quint32 side = 30000;
    QByteArray header;
    QDataStream h(&header, QIODevice::WriteOnly);
    h << side << side << quint8(8) << quint8(0) << quint8(0) << quint8(0) << quint8(0);
    // Only the first rows are real: the reader must refuse from the header, before inflating anything.
    QByteArray rows(64 * (side + 1), '\0');
    const QByteArray zlib = qCompress(rows, 9).mid(4); // qCompress prefixes the length; the rest is a zlib stream
    return QByteArray::fromHex("89504e470d0a1a0a") + chunk("IHDR", header) + chunk("IDAT", zlib) +
           chunk("IEND", QByteArray());
}

QByteArray png(const QColor &colour)
{
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Whether any pixel is the pure red of the local image the hostile SVGs point at.
bool hasRed(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128 && c.red() > 200 && c.green() < 60 && c.blue() < 60) {
                return true;
            }
        }
    }
    return false;
}

QByteArray svgDocument(const QString &body, const QString &prolog = {})
{
    return (prolog +
            QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                           "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"40\" height=\"40\">") +
            body + QStringLiteral("</svg>"))
        .toUtf8();
}

/// The words the helper writes when it refuses an SVG, as the desk shows them.
bool refusedForItsReferences(const QString &reason)
{
    return reason.startsWith(QStringLiteral("No preview available")) &&
           (reason.contains(QStringLiteral("outside itself")) || reason.contains(QStringLiteral("scripts")));
}

} // namespace

class TestPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodPdf();
    void goodImage();
    void truncatedPdf();
    void corruptPdf();
    void encryptedPdf();
    void hugePage();
    void imageBomb();
    void unknownKind();
    void hangingHelperIsStopped();
    void crashingHelper();
    void outsideReferencesRefused_data();
    void outsideReferencesRefused();
    void fifoReferenceAnswersPromptly_data();
    void fifoReferenceAnswersPromptly();
    void compressedSvgRefused();
    void selfContainedSvgDrawn();
    void reasonIsTheHelpersLastLine();

private:
    /// A folder holding red.png (pure red) and red.css (paints every shape red): what hostile SVGs point at.
    QString localFiles();
    QTemporaryDir m_dir;
};

QString TestPreview::localFiles()
{
    const QDir dir(m_dir.path());
    QFile image(dir.filePath(QStringLiteral("red.png")));
    if (!image.exists() && image.open(QIODevice::WriteOnly)) {
        image.write(png(Qt::red));
    }
    QFile css(dir.filePath(QStringLiteral("red.css")));
    if (!css.exists() && css.open(QIODevice::WriteOnly)) {
        css.write("rect, circle, path { fill: #ff0000 }\n");
    }
    return dir.path();
}

void TestPreview::goodPdf()
{
    const Preview p = PreviewClient(helper()).render(makePdf(), 400);
    QCOMPARE(int(p.status), int(Preview::Status::Ok));
    QCOMPARE(p.image.width(), 400);
    QVERIFY(qAbs(p.image.height() - 566) <= 2); // A4 proportions
    // Something was drawn: the black bar is there.
    bool dark = false;
    for (int y = 0; y < p.image.height() && !dark; y += 2) {
        dark = qGray(p.image.pixel(p.image.width() / 2, y)) < 60;
    }
    QVERIFY(dark);
    // Another page of a longer document.
    const Preview second = PreviewClient(helper()).render(makePdf(QSizeF(210, 297), 3), 200, 2);
    QCOMPARE(int(second.status), int(Preview::Status::Ok));
}

void TestPreview::goodImage()
{
    QImage image(1200, 600, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    const Preview p = PreviewClient(helper()).render(jpeg, 300);
    QCOMPARE(int(p.status), int(Preview::Status::Ok));
    QCOMPARE(p.image.size(), QSize(300, 150));
}

void TestPreview::truncatedPdf()
{
    const QByteArray pdf = makePdf();
    QElapsedTimer timer;
    timer.start();
    const Preview p = PreviewClient(helper()).render(pdf.left(pdf.size() / 2), 300);
    // PDFium may recover a page or give up: either way an answer, in time, and no crash here.
    QVERIFY(p.status == Preview::Status::Ok || !p.reason.isEmpty());
    QVERIFY(timer.elapsed() < PreviewClient::kDefaultTimeoutMs);
}

void TestPreview::corruptPdf()
{
    QByteArray junk("%PDF-1.7\n");
    for (int i = 0; i < 20000; ++i) {
        junk += char((i * 7919) % 251);
    }
    const Preview p = PreviewClient(helper()).render(junk, 300);
    QCOMPARE(int(p.status), int(Preview::Status::Unavailable));
    QVERIFY2(p.reason.startsWith(QStringLiteral("No preview available")), qPrintable(p.reason));
}

void TestPreview::encryptedPdf()
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makePdf());
    file.close();
    // qpdf is installed by packaging/install-deps.sh.
    const int code = QProcess::execute(QStringLiteral("qpdf"),
                                       {QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("owner"),
                                        QStringLiteral("256"), QStringLiteral("--"), plain, locked});
    QCOMPARE(code, 0);
    QFile encrypted(locked);
    QVERIFY(encrypted.open(QIODevice::ReadOnly));
    const Preview p = PreviewClient(helper()).render(encrypted.readAll(), 300);
    QCOMPARE(int(p.status), int(Preview::Status::PasswordProtected));
    QVERIFY(p.image.isNull());
    QVERIFY(p.reason.contains(QStringLiteral("password")));
}

void TestPreview::hugePage()
{
    // A page of 5 x 5 metres is drawn at the width asked for, not at its own size.
    const Preview p = PreviewClient(helper()).render(makePdf(QSizeF(5000, 5000)), 500);
    QCOMPARE(int(p.status), int(Preview::Status::Ok));
    QCOMPARE(p.image.size(), QSize(500, 500));
}

void TestPreview::imageBomb()
{
    QElapsedTimer timer;
    timer.start();
    const Preview p = PreviewClient(helper()).render(pngBomb(), 400);
    QCOMPARE(int(p.status), int(Preview::Status::Unavailable));
    QVERIFY2(p.reason.contains(QStringLiteral("too large")), qPrintable(p.reason));
    QVERIFY(timer.elapsed() < 5000);
}

void TestPreview::unknownKind()
{
    const Preview p = PreviewClient(helper()).render(QByteArray("just some text\n"), 300);
    QCOMPARE(int(p.status), int(Preview::Status::Unavailable));
    QVERIFY(!p.reason.isEmpty());
}

void TestPreview::hangingHelperIsStopped()
{
    QElapsedTimer timer;
    timer.start();
    const Preview p = PreviewClient(QStringLiteral("/bin/sh"),
                                    {QStringLiteral("-c"), QStringLiteral("sleep 30"), QStringLiteral("x")}, 500)
                          .render(makePdf(), 300);
    QCOMPARE(int(p.status), int(Preview::Status::Unavailable));
    QVERIFY2(p.reason.contains(QStringLiteral("too long")), qPrintable(p.reason));
    QVERIFY(timer.elapsed() < 5000);
}

void TestPreview::crashingHelper()
{
    const Preview p = PreviewClient(QStringLiteral("/bin/sh"),
                                    {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$"), QStringLiteral("x")})
                          .render(makePdf(), 300);
    QCOMPARE(int(p.status), int(Preview::Status::Unavailable));
    QVERIFY2(p.reason.contains(QStringLiteral("stop")), qPrintable(p.reason));
    const Preview missing = PreviewClient(QStringLiteral("/nonexistent/dpodesk-preview")).render(makePdf(), 300);
    QCOMPARE(int(missing.status), int(Preview::Status::Unavailable));
}

void TestPreview::outsideReferencesRefused_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("prolog");
    const QString shape = QStringLiteral("<rect width=\"40\" height=\"40\"/>");
    const QString image = QStringLiteral("<image width=\"40\" height=\"40\" %1=\"%2\"/>");
    QTest::newRow("image xlink:href, absolute path")
        << image.arg(QStringLiteral("xlink:href"), QStringLiteral("@DIR@/red.png")) << QString();
    QTest::newRow("image href, absolute path")
        << image.arg(QStringLiteral("href"), QStringLiteral("@DIR@/red.png")) << QString();
    QTest::newRow("image xlink:href, file URL")
        << image.arg(QStringLiteral("xlink:href"), QStringLiteral("file://@DIR@/red.png")) << QString();
    QTest::newRow("image href, file URL")
        << image.arg(QStringLiteral("href"), QStringLiteral("file://@DIR@/red.png")) << QString();
    // The helper runs in the folder of the process that starts it (here the folder of red.png).
    QTest::newRow("image xlink:href, relative path")
        << image.arg(QStringLiteral("xlink:href"), QStringLiteral("red.png")) << QString();
    QTest::newRow("image href, relative path")
        << image.arg(QStringLiteral("href"), QStringLiteral("./red.png")) << QString();
    QTest::newRow("image xlink:href, relative path upwards")
        << image.arg(QStringLiteral("xlink:href"), QStringLiteral("../@NAME@/red.png")) << QString();
    QTest::newRow("use of another file") << QStringLiteral("<use xlink:href=\"@DIR@/other.svg#shape\"/>") << QString();
    QTest::newRow("CSS url() in a style attribute")
        << QStringLiteral("<rect width=\"40\" height=\"40\" style=\"fill: url(@DIR@/red.png)\"/>") << QString();
    QTest::newRow("CSS url() in a fill attribute")
        << QStringLiteral("<rect width=\"40\" height=\"40\" fill=\"url('file://@DIR@/red.png')\"/>") << QString();
    QTest::newRow("CSS url() in a style element")
        << QStringLiteral("<style>rect { fill: url(\"@DIR@/red.png\") }</style>") + shape << QString();
    QTest::newRow("CSS @import") << QStringLiteral("<style>@import url(@DIR@/red.css);</style>") + shape << QString();
    QTest::newRow("CSS @import of a string")
        << QStringLiteral("<style>@import \"@DIR@/red.css\";</style>") + shape << QString();
    QTest::newRow("xml-stylesheet") << shape
                                    << QStringLiteral("<?xml-stylesheet type=\"text/css\" href=\"@DIR@/red.css\"?>");
    QTest::newRow("external entity (XXE)")
        << QStringLiteral("<text x=\"0\" y=\"20\">&x;</text>") + shape
        << QStringLiteral("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
    QTest::newRow("entity holding a path")
        << QStringLiteral("<image width=\"40\" height=\"40\" xlink:href=\"&x;\"/>") + shape
        << QStringLiteral("<!DOCTYPE svg [<!ENTITY x \"@DIR@/red.png\">]>");
    QTest::newRow("external DTD") << shape << QStringLiteral("<!DOCTYPE svg SYSTEM \"@DIR@/svg.dtd\">");
    QTest::newRow("font-face-uri")
        << QStringLiteral("<defs><font-face font-family=\"Hostile\"><font-face-src>"
                          "<font-face-uri xlink:href=\"@DIR@/font.svg#f\"/></font-face-src></font-face></defs>"
                          "<text x=\"0\" y=\"20\" font-family=\"Hostile\">A</text>") +
               shape
        << QString();
    QTest::newRow("foreignObject")
        << QStringLiteral("<foreignObject width=\"40\" height=\"40\"><img xmlns=\"http://www.w3.org/1999/xhtml\" "
                          "src=\"@DIR@/red.png\"/></foreignObject>") +
               shape
        << QString();
    QTest::newRow("script") << QStringLiteral("<script>document.title = 1;</script>") + shape << QString();
}

void TestPreview::outsideReferencesRefused()
{
    QFETCH(QString, body);
    QFETCH(QString, prolog);
    const QString dir = localFiles();
    const auto place = [&](QString text) {
        return text.replace(QStringLiteral("@DIR@"), dir).replace(QStringLiteral("@NAME@"), QDir(dir).dirName());
    };
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir));
    const Preview p = PreviewClient(helper()).render(svgDocument(place(body), place(prolog)), 40);
    QDir::setCurrent(previous);
    QVERIFY2(!hasRed(p.image), "the local image was drawn into the preview");
    QCOMPARE(int(p.status), int(Preview::Status::Unavailable));
    QVERIFY(p.image.isNull());
    QVERIFY2(refusedForItsReferences(p.reason), qPrintable(p.reason));
}

void TestPreview::fifoReferenceAnswersPromptly_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("prolog");
    const QString shape = QStringLiteral("<rect width=\"40\" height=\"40\"/>");
    QTest::newRow("image") << QStringLiteral("<image width=\"40\" height=\"40\" xlink:href=\"@FIFO@\"/>") << QString();
    QTest::newRow("xml-stylesheet") << shape << QStringLiteral("<?xml-stylesheet type=\"text/css\" href=\"@FIFO@\"?>");
}

void TestPreview::fifoReferenceAnswersPromptly()
{
    QFETCH(QString, body);
    QFETCH(QString, prolog);
    // Opening a FIFO for reading waits for a writer, which never comes: a helper that follows the reference hangs
    // until the desk's timeout.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const Preview p =
        PreviewClient(helper()).render(svgDocument(QString(body).replace(QStringLiteral("@FIFO@"), fifo),
                                                   QString(prolog).replace(QStringLiteral("@FIFO@"), fifo)),
                                       40);
    QVERIFY2(refusedForItsReferences(p.reason), qPrintable(p.reason));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestPreview::compressedSvgRefused()
{
    const QString dir = localFiles();
    const QByteArray svgz =
        gzip(svgDocument(QStringLiteral("<image width=\"40\" height=\"40\" xlink:href=\"%1/red.png\"/>").arg(dir)));
    const Preview p = PreviewClient(helper()).render(svgz, 40);
    QVERIFY2(!hasRed(p.image), "the local image was drawn into the preview");
    QCOMPARE(int(p.status), int(Preview::Status::Unavailable));
    QVERIFY(!p.reason.isEmpty());
}

void TestPreview::selfContainedSvgDrawn()
{
    // What a logo or a scanned form drawn as SVG usually holds: the W3C DOCTYPE, an embedded image, a gradient and
    // a shape used twice, all inside the file.
    const QString body =
        QStringLiteral("<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#00ff00\"/>"
                       "<stop offset=\"1\" stop-color=\"#00ff00\"/></linearGradient>"
                       "<rect id=\"r\" width=\"20\" height=\"20\"/></defs>"
                       "<image x=\"0\" y=\"0\" width=\"20\" height=\"40\" xlink:href=\"data:image/png;base64,%1\"/>"
                       "<use xlink:href=\"#r\" x=\"20\" y=\"0\" style=\"fill: url(#g)\"/>"
                       "<rect x=\"20\" y=\"20\" width=\"20\" height=\"20\" fill=\"url(#g)\"/>")
            .arg(QString::fromLatin1(png(Qt::blue).toBase64()));
    const QString doctype = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                           "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                                           "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n");
    const Preview p = PreviewClient(helper()).render(svgDocument(body, doctype), 40);
    QCOMPARE(int(p.status), int(Preview::Status::Ok));
    QCOMPARE(p.image.size(), QSize(40, 40));
    QCOMPARE(p.image.pixelColor(5, 20), QColor(Qt::blue));
    QCOMPARE(p.image.pixelColor(30, 30), QColor(Qt::green));
}

void TestPreview::reasonIsTheHelpersLastLine()
{
    // Qt may warn on stderr before the helper gives its reason (no XDG_RUNTIME_DIR, a font...): the reason shown,
    // and translated, is the helper's last line.
    const Preview p = PreviewClient(QStringLiteral("/bin/sh"),
                                    {QStringLiteral("-c"),
                                     QStringLiteral("echo 'QStandardPaths: XDG_RUNTIME_DIR not set' >&2; "
                                                    "echo 'the image refers to files outside itself' >&2; exit 4"),
                                     QStringLiteral("x")})
                          .render(QByteArray("<svg/>"), 40);
    QCOMPARE(int(p.status), int(Preview::Status::Unavailable));
    QCOMPARE(p.reason, QStringLiteral("No preview available: the image refers to files outside itself."));
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
