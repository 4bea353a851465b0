// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The activity report as PDF: the key figures, then bar charts drawn with QPainter (no chart library in core).
#include "reports/activityreport.h"
#include "reports/pdfcanvas.h"

#include <QFontMetricsF>
#include <QLocale>

#include <functional>

namespace dpodesk {

namespace {

struct Block {
    qreal height = 0;
    std::function<void(QPainter &, const QRectF &)> draw;
};

const QColor kBar(0x3b, 0x6e, 0xa8);
const QColor kLate(0xc0, 0x39, 0x2b);

QString percent(int part, int whole)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(ActivityFigures::share(part, whole), 'f', 1));
}

/// A count, with its share of whole when whole > 0: "4 (57.1 %)".
QString countText(int n, int whole)
{
    return whole > 0 ? QStringLiteral("%1 (%2)").arg(n).arg(percent(n, whole)) : QString::number(n);
}

struct Bar {
    QString label;
    int value = 0;
    QColor colour = kBar;
};

/// Horizontal bars with the label on the left and the value (and share) after each bar.
Block horizontalChart(const PdfCanvas &canvas, const QString &title, const QList<Bar> &bars, int whole)
{
    const qreal titleHeight = canvas.mm(8);
    const qreal rowHeight = canvas.mm(5.2);
    Block block;
    block.height = titleHeight + rowHeight * std::max<qsizetype>(1, bars.size()) + canvas.mm(5);
    block.draw = [=, &canvas](QPainter &p, const QRectF &area) {
        p.setPen(Qt::black);
        p.setFont(PdfCanvas::font(10, true));
        p.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        int max = 1;
        for (const Bar &b : bars) {
            max = std::max(max, b.value);
        }
        const QFont font = PdfCanvas::font(8);
        const QFontMetricsF metrics(font, p.device());
        const qreal labelWidth = area.width() * 0.40;
        const qreal barLeft = area.left() + labelWidth + canvas.mm(2);
        const qreal barSpace = area.width() * 0.42;
        qreal y = area.top() + titleHeight;
        for (const Bar &b : bars) {
            p.setFont(font);
            p.setPen(Qt::black);
            p.drawText(QRectF(area.left(), y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                       metrics.elidedText(b.label, Qt::ElideRight, labelWidth));
            const qreal width = barSpace * b.value / max;
            p.fillRect(QRectF(barLeft, y + rowHeight * 0.18, std::max<qreal>(width, canvas.mm(0.3)), rowHeight * 0.64),
                       b.value > 0 ? b.colour : QColor(Qt::lightGray));
            p.drawText(QRectF(barLeft + width + canvas.mm(1.5), y, area.right() - barLeft - width, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, countText(b.value, whole));
            y += rowHeight;
        }
    };
    return block;
}

/// Vertical bars, one per month, the count above each bar and the month below.
Block monthChart(const PdfCanvas &canvas, const QString &title, const QList<std::pair<QDate, int>> &months)
{
    const qreal titleHeight = canvas.mm(8);
    const qreal chartHeight = canvas.mm(55);
    Block block;
    block.height = titleHeight + chartHeight + canvas.mm(6);
    block.draw = [=, &canvas](QPainter &p, const QRectF &area) {
        p.setPen(Qt::black);
        p.setFont(PdfCanvas::font(10, true));
        p.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        int max = 1;
        for (const auto &m : months) {
            max = std::max(max, m.second);
        }
        const bool severalYears = !months.isEmpty() && months.first().first.year() != months.last().first.year();
        const qreal labelHeight = canvas.mm(9);
        const qreal valueHeight = canvas.mm(5);
        const qreal top = area.top() + titleHeight;
        const qreal base = top + chartHeight - labelHeight;
        const qreal slot = area.width() / std::max<qsizetype>(1, months.size());
        const int every = int((months.size() + 23) / 24); // at most 24 month labels
        p.setPen(QPen(Qt::darkGray, canvas.mm(0.2)));
        p.drawLine(QPointF(area.left(), base), QPointF(area.right(), base));
        const QFont font = PdfCanvas::font(months.size() > 18 ? 6 : 7.5);
        p.setFont(font);
        for (qsizetype i = 0; i < months.size(); ++i) {
            const auto &[month, n] = months.at(i);
            const qreal x = area.left() + slot * i;
            const qreal height = (base - top - valueHeight) * n / max;
            p.fillRect(QRectF(x + slot * 0.2, base - height, slot * 0.6, height), kBar);
            p.setPen(Qt::black);
            p.drawText(QRectF(x, base - height - valueHeight, slot, valueHeight), Qt::AlignHCenter | Qt::AlignBottom,
                       QString::number(n));
            if (i % every == 0) {
                const QString name = QLocale().monthName(month.month(), QLocale::ShortFormat);
                p.drawText(QRectF(x, base + canvas.mm(1), slot, labelHeight), Qt::AlignHCenter | Qt::AlignTop,
                           severalYears || i == 0 ? QStringLiteral("%1\n%2").arg(name).arg(month.year()) : name);
            }
        }
    };
    return block;
}

} // namespace

Result<QByteArray> ActivityReports::pdf(const ActivityReport &report)
{
    const QString title = tr("Activity report");
    PdfCanvas canvas(QPageLayout::Portrait, title);
    QPainter &p = canvas.painter();
    const QRectF body = canvas.body();
    const ReportHeader &h = report.header;
    const ActivityFigures &f = report.figures;
    const auto iso = [](QDate d) { return d.toString(Qt::ISODate); };
    QList<Block> blocks;

    // Title, organisation, period, time of generation and the audit trail's head hash.
    const qreal lineHeight = canvas.mm(5.5);
    blocks.append({canvas.mm(10) + lineHeight * 4 + canvas.mm(4), [&](QPainter &p, const QRectF &area) {
                       qreal y = area.top();
                       p.setPen(Qt::black);
                       p.setFont(PdfCanvas::font(16, true));
                       p.drawText(QRectF(area.left(), y, area.width(), canvas.mm(10)), Qt::AlignLeft, title);
                       y += canvas.mm(10);
                       const QStringList lines{
                           h.organisation.name.isEmpty() ? tr("(organisation not set)") : h.organisation.name,
                           tr("Requests received from %1 to %2").arg(iso(report.period.from), iso(report.period.to)),
                           tr("Generated on %1").arg(h.generatedAtText())};
                       for (qsizetype i = 0; i < lines.size(); ++i) {
                           p.setFont(PdfCanvas::font(i == 0 ? 11 : 9.5, i == 0));
                           p.drawText(QRectF(area.left(), y, area.width(), lineHeight),
                                      Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
                           y += lineHeight;
                       }
                       p.setFont(PdfCanvas::font(8.5));
                       const QString label = tr("Audit trail head hash:");
                       const qreal w = QFontMetricsF(p.font(), p.device()).horizontalAdvance(label) + canvas.mm(2);
                       p.drawText(QRectF(area.left(), y, w, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
                       p.setFont(PdfCanvas::monospace(8));
                       p.drawText(QRectF(area.left() + w, y, area.width() - w, lineHeight),
                                  Qt::AlignLeft | Qt::AlignVCenter, h.auditHeadHash);
                   }});

    // The key figures, one per line.
    const auto orDash = [](std::optional<int> v) { return v ? QString::number(*v) : QStringLiteral("—"); };
    const QList<std::pair<QString, QString>> figures{
        {tr("Requests received"), QString::number(f.received)},
        {timelinessLabel(Timeliness::WithinOneMonth), countText(f.withinOneMonth, f.settled())},
        {timelinessLabel(Timeliness::WithinThreeMonths), countText(f.withinThreeMonths, f.settled())},
        {timelinessLabel(Timeliness::Late), countText(f.late, f.settled())},
        {timelinessLabel(Timeliness::Pending), QString::number(f.pending)},
        {timelinessLabel(Timeliness::NotDue), QString::number(f.notDue)},
        {tr("Extensions"), QString::number(f.extensions)},
        {tr("Refusals (rights refused in whole or in part)"), QString::number(f.refusals())},
        {tr("Identity requests"), QString::number(f.identityRequests)},
        {tr("Days to answer, median"), orDash(f.medianDaysToAnswer)},
        {tr("Days to answer, 90th percentile"), orDash(f.p90DaysToAnswer)},
        {tr("Open on %1").arg(iso(f.openOn)), QString::number(f.openAtEnd)},
    };
    const qreal figureHeight = canvas.mm(5.5);
    blocks.append({canvas.mm(8) + figureHeight * figures.size() + canvas.mm(5), [&](QPainter &p, const QRectF &area) {
                       p.setPen(Qt::black);
                       p.setFont(PdfCanvas::font(10, true));
                       p.drawText(QRectF(area.left(), area.top(), area.width(), canvas.mm(8)),
                                  Qt::AlignLeft | Qt::AlignVCenter, tr("Key figures"));
                       qreal y = area.top() + canvas.mm(8);
                       for (qsizetype i = 0; i < figures.size(); ++i) {
                           if (i % 2 == 0) {
                               p.fillRect(QRectF(area.left(), y, area.width(), figureHeight), QColor(0xf2, 0xf2, 0xf2));
                           }
                           p.setFont(PdfCanvas::font(9));
                           p.drawText(QRectF(area.left() + canvas.mm(2), y, area.width() * 0.7, figureHeight),
                                      Qt::AlignLeft | Qt::AlignVCenter, figures[i].first);
                           p.setFont(PdfCanvas::font(9, true));
                           p.drawText(QRectF(area.left() + area.width() * 0.7, y, area.width() * 0.3 - canvas.mm(2),
                                             figureHeight),
                                      Qt::AlignRight | Qt::AlignVCenter, figures[i].second);
                           y += figureHeight;
                       }
                   }});

    blocks.append(monthChart(canvas, tr("Requests received per month"), f.byMonth));
    QList<Bar> rights;
    for (const auto &[right, n] : f.byRight) {
        rights.append({label(right), n});
    }
    blocks.append(horizontalChart(canvas, tr("Requests received per right"), rights, f.received));
    QList<Bar> channels;
    for (const auto &[channel, n] : f.byChannel) {
        channels.append({label(channel), n});
    }
    blocks.append(horizontalChart(canvas, tr("Requests received per channel"), channels, f.received));
    const QList<Bar> timeliness{
        {timelinessLabel(Timeliness::WithinOneMonth), f.withinOneMonth},
        {timelinessLabel(Timeliness::WithinThreeMonths), f.withinThreeMonths},
        {timelinessLabel(Timeliness::Late), f.late, kLate},
    };
    blocks.append(horizontalChart(canvas, tr("Timeliness of the settled cases"), timeliness, f.settled()));
    QList<Bar> grounds;
    for (const auto &[ground, n] : f.refusalsByGround) {
        grounds.append({label(ground), n});
    }
    blocks.append(horizontalChart(canvas, tr("Refusals by ground"), grounds, 0));

    // The definitions, so that every choice behind a figure is on the page (docs/rules.md#activity-report).
    const QFont noteFont = PdfCanvas::font(7.5);
    const QString notes = definitions().join(u'\n');
    const qreal notesHeight = QFontMetricsF(noteFont, p.device())
                                  .boundingRect(QRectF(0, 0, body.width(), body.height()), Qt::TextWordWrap, notes)
                                  .height() +
                              canvas.mm(10);
    blocks.append({notesHeight, [&](QPainter &p, const QRectF &area) {
                       p.setPen(Qt::black);
                       p.setFont(PdfCanvas::font(10, true));
                       p.drawText(QRectF(area.left(), area.top(), area.width(), canvas.mm(8)),
                                  Qt::AlignLeft | Qt::AlignVCenter, tr("Definitions"));
                       p.setFont(noteFont);
                       p.drawText(QRectF(area.left(), area.top() + canvas.mm(8), area.width(), area.height()),
                                  Qt::TextWordWrap, notes);
                   }});

    // Lay the blocks out on pages, then draw them with "page i / n".
    QList<std::pair<int, qreal>> placed;
    int page = 1;
    qreal y = body.top();
    for (const Block &b : blocks) {
        if (y + b.height > body.bottom() && y > body.top()) {
            ++page;
            y = body.top();
        }
        placed.append({page, y});
        y += b.height;
    }
    const int pages = page;
    const QString note = tr("Figures as of %1; definitions at the end of the report.").arg(iso(h.today));
    const QString footer = PdfCanvas::footerText(h, title);
    int current = 1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        while (placed[i].first > current) {
            canvas.drawFooter(note, footer, current, pages);
            canvas.newPage();
            ++current;
        }
        blocks[i].draw(p, QRectF(body.left(), placed[i].second, body.width(), blocks[i].height));
    }
    canvas.drawFooter(note, footer, current, pages);
    return canvas.finish();
}

} // namespace dpodesk
