// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letters/logo.h"

#include "preview/svgsafety.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace dpodesk {

namespace {

bool looksLikeSvg(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024).trimmed();
    return head.startsWith("<?xml") || head.startsWith("<svg") || head.contains("<svg");
}

QString refusalMessage(const SvgRefusal &refusal)
{
    switch (refusal.reason) {
    case SvgRefusal::Reason::OutsideReference:
        return Logo::tr("The logo refers to files outside itself (%1). Save it with its images embedded, or choose "
                        "a PNG or JPEG logo.")
            .arg(refusal.detail);
    case SvgRefusal::Reason::UnsafeContent:
        return Logo::tr(
                   "The logo contains scripts, embedded documents, DTD declarations or processing instructions (%1). "
                   "Save it as a plain "
                   "SVG, or choose a PNG or JPEG logo.")
            .arg(refusal.detail);
    case SvgRefusal::Reason::Unreadable:
    case SvgRefusal::Reason::TooLarge:
        break;
    }
    return Logo::tr("The logo is not a valid SVG image.");
}

} // namespace

Result<void> Logo::check(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The logo file is empty."), QStringLiteral("logo"));
    }
    if (bytes.size() > kMaxBytes) {
        return makeError(
            Error::Code::Invalid,
            tr("The logo is %1 KB; a logo may be at most %2 KB.").arg(bytes.size() / 1024).arg(kMaxBytes / 1024),
            QStringLiteral("logo"));
    }
    auto image = render(bytes, QSizeF(200, 200));
    if (!image) {
        return image.error();
    }
    return {};
}

Result<QImage> Logo::render(const QByteArray &bytes, QSizeF box)
{
    if (looksLikeSvg(bytes)) {
        // Drawn in this process, into every letter: QtSvg 6.4 would draw the local file an <image> names.
        if (const auto refusal = SvgSafety::check(bytes)) {
            return makeError(Error::Code::Invalid, refusalMessage(*refusal), QStringLiteral("logo"));
        }
        QSvgRenderer svg(bytes);
        if (!svg.isValid() || svg.defaultSize().isEmpty()) {
            return makeError(Error::Code::Invalid, tr("The logo is not a valid SVG image."), QStringLiteral("logo"));
        }
        const QSize size = QSizeF(svg.defaultSize()).scaled(box, Qt::KeepAspectRatio).toSize();
        QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        return image;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg" && format != "jpg") {
        return makeError(Error::Code::Invalid, tr("The logo must be a PNG, JPEG or SVG image."),
                         QStringLiteral("logo"));
    }
    // A header of 60000 x 60000 pixels would take gigabytes: the size is read before the pixels.
    if (reader.size().width() > 8000 || reader.size().height() > 8000) {
        return makeError(Error::Code::Invalid, tr("The logo is too large (at most 8000 x 8000 pixels)."),
                         QStringLiteral("logo"));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return makeError(Error::Code::Invalid, tr("The logo cannot be read: %1.").arg(reader.errorString()),
                         QStringLiteral("logo"));
    }
    return image.scaled(box.toSize().expandedTo(QSize(1, 1)), Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace dpodesk
