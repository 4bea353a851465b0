// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/pdfcanvas.h"

#include "domain/reportsource.h"

#include <QPageSize>

namespace dpodesk {

PdfCanvas::PdfCanvas(QPageLayout::Orientation orientation, const QString &title)
{
    m_buffer = std::make_unique<QBuffer>(&m_bytes);
    m_buffer->open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(m_buffer.get());
    m_writer->setResolution(m_resolution);
    m_writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("DPO Desk"));
    m_page = m_writer->pageLayout().paintRectPixels(m_resolution);
    m_page.moveTo(0, 0);
    m_painter = std::make_unique<QPainter>(m_writer.get());
}

PdfCanvas::~PdfCanvas()
{
    if (m_painter && m_painter->isActive()) {
        m_painter->end();
    }
}

QFont PdfCanvas::font(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QFont PdfCanvas::monospace(qreal points)
{
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setPointSizeF(points);
    return f;
}

void PdfCanvas::newPage()
{
    m_writer->newPage();
}

void PdfCanvas::drawFooter(const QString &note, const QString &left, int page, int pages)
{
    QPainter &p = *m_painter;
    p.save();
    const qreal top = m_page.bottom() - footerHeight();
    p.setPen(QPen(Qt::gray, mm(0.2)));
    p.drawLine(QPointF(m_page.left(), top + mm(1)), QPointF(m_page.right(), top + mm(1)));
    p.setFont(font(6.5));
    p.setPen(Qt::darkGray);
    p.drawText(QRectF(m_page.left(), top + mm(1.5), m_page.width(), mm(6)), Qt::AlignLeft | Qt::TextWordWrap, note);
    p.setFont(font(7.5));
    p.setPen(Qt::black);
    const QRectF line(m_page.left(), m_page.bottom() - mm(4), m_page.width(), mm(4));
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
    p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("page %1 / %2").arg(page).arg(pages));
    p.restore();
}

QString PdfCanvas::footerText(const ReportHeader &header, const QString &title)
{
    QStringList parts{title, header.generatedAtText()};
    if (!header.organisation.name.isEmpty()) {
        parts.prepend(header.organisation.name);
    }
    return parts.join(QStringLiteral(" — "));
}

Result<QByteArray> PdfCanvas::finish()
{
    if (!m_painter->end()) {
        return makeError(Error::Code::Io, tr("The report could not be drawn."));
    }
    m_writer.reset();
    m_buffer->close();
    return m_bytes;
}

} // namespace dpodesk
