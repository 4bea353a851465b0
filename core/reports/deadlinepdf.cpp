// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The deadline report as PDF: a landscape table drawn with QPainter, its header repeated on every page.
#include "reports/deadlinereport.h"
#include "reports/pdfcanvas.h"

#include <QFontMetricsF>

#include <array>
#include <cmath>

namespace dpodesk {

namespace {

// Share of the page width of each column, in the order of DeadlineReports::columnTitles().
constexpr std::array<qreal, 11> kColumnWidths{0.085, 0.165, 0.14, 0.06, 0.065, 0.065, 0.04, 0.10, 0.15, 0.065, 0.065};

/// Colour as a second cue only: the urgency is always written out too, so the printout survives black and white.
QColor tint(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QColor(0xfd, 0xe2, 0xe2);
    case Urgency::DueSoon:
        return QColor(0xff, 0xf1, 0xcc);
    case Urgency::ClockStopped:
        return QColor(0xe3, 0xee, 0xfc);
    case Urgency::OnTrack:
    case Urgency::Done:
        break;
    }
    return QColor(Qt::white);
}

} // namespace

Result<QByteArray> DeadlineReports::pdf(const DeadlineReport &report)
{
    const QString title = tr("Deadline report");
    PdfCanvas canvas(QPageLayout::Landscape, title);
    QPainter &p = canvas.painter();
    const QRectF body = canvas.body();
    const ReportHeader &h = report.header;
    const DeadlineCounts counts = report.counts();

    // The block at the top of the first page.
    const QStringList lines{
        h.organisation.name.isEmpty() ? tr("(organisation not set)") : h.organisation.name,
        tr("Generated on %1 · Filter: %2").arg(h.generatedAtText(), describe(report.filter)),
        tr("%n open case(s)", nullptr, counts.rows) + QStringLiteral(" · ") +
            tr("%n overdue", nullptr, counts.overdue) + QStringLiteral(" · ") +
            tr("%n due within 7 days", nullptr, counts.dueSoon) + QStringLiteral(" · ") +
            tr("%n clock(s) stopped", nullptr, counts.clockStopped) + QStringLiteral(" · ") +
            tr("%n extension notice(s) due", nullptr, counts.extensionNoticeDue),
    };
    const qreal titleHeight = canvas.mm(9);
    const qreal lineHeight = canvas.mm(5);
    const qreal blockHeight = titleHeight + lineHeight * (lines.size() + 1) + canvas.mm(3);

    const QFont cellFont = PdfCanvas::font(7);
    const QFont headFont = PdfCanvas::font(7, true);
    p.setFont(cellFont);
    const qreal rowHeight = QFontMetricsF(cellFont, p.device()).height() * 1.6;
    const qreal headHeight = QFontMetricsF(headFont, p.device()).height() * 3.4; // up to three lines of titles
    const int firstPageRows = std::max(1, int((body.height() - blockHeight - headHeight) / rowHeight));
    const int otherPageRows = std::max(1, int((body.height() - headHeight) / rowHeight));
    const int rows = int(report.rows.size());
    const int pages =
        rows <= firstPageRows ? 1 : 1 + int(std::ceil(double(rows - firstPageRows) / double(otherPageRows)));

    QList<qreal> x{body.left()};
    for (const qreal share : kColumnWidths) {
        x << x.last() + share * body.width();
    }
    const QStringList titles = columnTitles();
    const qreal pad = canvas.mm(1);
    const auto drawHeader = [&](qreal top) {
        p.fillRect(QRectF(body.left(), top, body.width(), headHeight), QColor(0xe8, 0xe8, 0xe8));
        p.setFont(headFont);
        p.setPen(Qt::black);
        for (int c = 0; c < titles.size(); ++c) {
            p.drawText(QRectF(x[c] + pad, top, x[c + 1] - x[c] - 2 * pad, headHeight),
                       Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, titles[c]);
        }
        return top + headHeight;
    };
    const QDate today = h.today;
    const auto drawRow = [&](const DeadlineRow &row, qreal top) {
        const Urgency urgency = row.urgency(today);
        p.fillRect(QRectF(body.left(), top, body.width(), rowHeight), tint(urgency));
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), canvas.mm(0.1)));
        p.drawLine(QPointF(body.left(), top + rowHeight), QPointF(body.right(), top + rowHeight));
        p.setPen(Qt::black);
        p.setFont(cellFont);
        const QStringList cells{row.reference,
                                row.subjectName,
                                rightsText(row.rights),
                                label(row.channel),
                                row.receivedOn.toString(Qt::ISODate),
                                row.deadline.toString(Qt::ISODate),
                                daysLeftText(row, today),
                                urgencyLabel(urgency),
                                label(row.status),
                                row.clockStoppedSince.toString(Qt::ISODate),
                                row.extensionNoticeDue ? tr("Yes") : QString()};
        const QFontMetricsF metrics(cellFont, p.device());
        for (int c = 0; c < cells.size(); ++c) {
            const qreal width = x[c + 1] - x[c] - 2 * pad;
            const Qt::Alignment align = c == 6 ? Qt::AlignRight : Qt::AlignLeft;
            p.drawText(QRectF(x[c] + pad, top, width, rowHeight), align | Qt::AlignVCenter,
                       metrics.elidedText(cells[c], Qt::ElideRight, width));
        }
    };

    const QString note = tr("Days left: calendar days from %1 to the deadline in force (GDPR art. 12(3): one month, "
                            "three when extended, plus the days the clock stood still, rolled to the next working "
                            "day). No countdown while the clock is stopped. Overdue cases first, then by deadline.")
                             .arg(today.toString(Qt::ISODate));
    const QString footer = PdfCanvas::footerText(h, title);
    int next = 0;
    for (int page = 1; page <= pages; ++page) {
        if (page > 1) {
            canvas.newPage();
        }
        qreal y = body.top();
        if (page == 1) {
            p.setPen(Qt::black);
            p.setFont(PdfCanvas::font(15, true));
            p.drawText(QRectF(body.left(), y, body.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
            y += titleHeight;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                p.setFont(PdfCanvas::font(i == 0 ? 11 : 9, i == 0));
                p.drawText(QRectF(body.left(), y, body.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           lines[i]);
                y += lineHeight;
            }
            p.setFont(PdfCanvas::font(9));
            const QString label = tr("Audit trail head hash:");
            const qreal labelWidth = QFontMetricsF(p.font(), p.device()).horizontalAdvance(label) + canvas.mm(2);
            p.drawText(QRectF(body.left(), y, labelWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
            p.setFont(PdfCanvas::monospace(9));
            p.drawText(QRectF(body.left() + labelWidth, y, body.width() - labelWidth, lineHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, tr("%1 (event %2)").arg(h.auditHeadHash).arg(h.auditEvents));
            y += lineHeight + canvas.mm(3);
        }
        if (rows == 0) {
            p.setFont(PdfCanvas::font(10));
            p.drawText(QRectF(body.left(), y, body.width(), lineHeight * 2), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("No open case matches the filter."));
        } else {
            y = drawHeader(y);
            const int take = page == 1 ? firstPageRows : otherPageRows;
            for (int i = 0; i < take && next < rows; ++i, ++next) {
                drawRow(report.rows.at(next), y);
                y += rowHeight;
            }
        }
        canvas.drawFooter(note, footer, page, pages);
    }
    return canvas.finish();
}

} // namespace dpodesk
