// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/pdfflow.h"

#include "reports/pdfcanvas.h"

#include <QFontMetricsF>

namespace dpodesk {

namespace {

constexpr qreal kLabelShare = 0.28;
constexpr qreal kFieldPoints = 8.5;

} // namespace

PdfFlow::PdfFlow(PdfCanvas &canvas) : m_canvas(canvas) {}

qreal PdfFlow::textHeight(const QFont &font, qreal width, const QString &text) const
{
    return QFontMetricsF(font, m_canvas.painter().device())
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::TextWordWrap, text)
        .height();
}

void PdfFlow::title(const QString &text)
{
    const QFont font = PdfCanvas::font(15, true);
    const qreal height = textHeight(font, m_canvas.body().width(), text) + m_canvas.mm(3);
    m_items.append({height, false, [=](QPainter &p, const QRectF &area) {
                        p.setFont(font);
                        p.drawText(area, Qt::AlignLeft | Qt::TextWordWrap, text);
                    }});
}

void PdfFlow::line(const QString &text, qreal points, bool bold)
{
    const QFont font = PdfCanvas::font(points, bold);
    const qreal height = textHeight(font, m_canvas.body().width(), text) + m_canvas.mm(1);
    m_items.append({height, false, [=](QPainter &p, const QRectF &area) {
                        p.setFont(font);
                        p.drawText(area, Qt::AlignLeft | Qt::TextWordWrap, text);
                    }});
}

void PdfFlow::heading(const QString &text)
{
    const QFont font = PdfCanvas::font(11, true);
    const qreal above = m_canvas.mm(4);
    const qreal height = above + textHeight(font, m_canvas.body().width(), text) + m_canvas.mm(1.5);
    const qreal rule = m_canvas.mm(0.2);
    m_items.append({height, true, [=](QPainter &p, const QRectF &area) {
                        p.setFont(font);
                        p.drawText(QRectF(area.left(), area.top() + above, area.width(), area.height() - above),
                                   Qt::AlignLeft | Qt::TextWordWrap, text);
                        p.save();
                        p.setPen(QPen(Qt::gray, rule));
                        p.drawLine(QPointF(area.left(), area.bottom() - rule),
                                   QPointF(area.right(), area.bottom() - rule));
                        p.restore();
                    }});
}

void PdfFlow::field(const QString &label, const QString &value, bool monospace)
{
    const QRectF body = m_canvas.body();
    const qreal labelWidth = body.width() * kLabelShare;
    const qreal gap = m_canvas.mm(2);
    const qreal valueWidth = body.width() - labelWidth - gap;
    const QFont labelFont = PdfCanvas::font(kFieldPoints, true);
    const QFont valueFont = monospace ? PdfCanvas::monospace(kFieldPoints - 1) : PdfCanvas::font(kFieldPoints);
    const qreal pad = m_canvas.mm(1);
    // A value taller than a page goes on in rows of its own, split between its lines.
    QStringList chunks;
    QString chunk;
    for (const QString &part : value.split(u'\n')) {
        const QString candidate = chunk.isEmpty() ? part : chunk + u'\n' + part;
        if (!chunk.isEmpty() && textHeight(valueFont, valueWidth, candidate) + 2 * pad > body.height() * 0.9) {
            chunks << chunk;
            chunk = part;
        } else {
            chunk = candidate;
        }
    }
    chunks << chunk;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const QString shownLabel = i == 0 ? label : QString();
        const QString text = chunks.at(i);
        const qreal height =
            std::max(textHeight(labelFont, labelWidth, shownLabel), textHeight(valueFont, valueWidth, text)) + 2 * pad;
        m_items.append(
            {height, false, [=](QPainter &p, const QRectF &area) {
                 p.save();
                 p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
                 p.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
                 p.restore();
                 p.setFont(labelFont);
                 p.drawText(QRectF(area.left(), area.top() + pad, labelWidth, area.height() - pad),
                            Qt::AlignLeft | Qt::TextWordWrap, shownLabel);
                 p.setFont(valueFont);
                 p.drawText(QRectF(area.left() + labelWidth + gap, area.top() + pad, valueWidth, area.height() - pad),
                            Qt::AlignLeft | Qt::TextWordWrap, text);
             }});
    }
}

void PdfFlow::space(qreal millimetres)
{
    m_items.append({m_canvas.mm(millimetres), false, [](QPainter &, const QRectF &) {}});
}

Result<QByteArray> PdfFlow::finish(const QString &note, const QString &footer)
{
    const QRectF body = m_canvas.body();
    // Where each item goes: its page and top.
    QList<std::pair<int, qreal>> placed(m_items.size());
    int page = 1;
    qreal y = body.top();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        qreal needed = m_items.at(i).height;
        // A heading stays with the row after it.
        for (qsizetype j = i; m_items.at(j).keepWithNext && j + 1 < m_items.size(); ++j) {
            needed += m_items.at(j + 1).height;
        }
        if (y + std::min(needed, body.height()) > body.bottom() && y > body.top()) {
            ++page;
            y = body.top();
        }
        placed[i] = {page, y};
        y += m_items.at(i).height;
    }
    const int pages = page;
    QPainter &p = m_canvas.painter();
    int current = 1;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        while (placed.at(i).first > current) {
            m_canvas.drawFooter(note, footer, current, pages);
            m_canvas.newPage();
            ++current;
        }
        p.setPen(Qt::black);
        m_items.at(i).draw(p, QRectF(body.left(), placed.at(i).second, body.width(), m_items.at(i).height));
    }
    m_canvas.drawFooter(note, footer, current, pages);
    return m_canvas.finish();
}

} // namespace dpodesk
