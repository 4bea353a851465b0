// Untrusted files are drawn in the dpodesk-preview process: good files give a picture; truncated, corrupt,
// encrypted, huge files and image bombs give "no preview" in words, and this process keeps running.
#include "preview/previewclient.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dpodesk;

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

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
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
};

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

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
