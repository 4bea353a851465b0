// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dashboard.h"

#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include "storage/stores.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace dpodesk {

namespace {

constexpr int kTasksTile = 4; ///< the tile of the tasks overdue, which has a tooltip of its own

} // namespace

Dashboard::Dashboard(RegisterSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dashboard"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("dashboardCounts"));
    m_counts->hide(); // the figures as one text, for tests and screen readers
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(18);
    for (int i = 0; i < 6; ++i) {
        auto *tile = new QLabel(this);
        tile->setTextFormat(Qt::RichText);
        tile->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        layout->addWidget(tile);
        m_tiles << tile;
    }
    layout->addStretch(1);
    // The chart is painted in the space the layout leaves on the right.
    setFixedHeight(std::max(96, fontMetrics().height() * 5 + 12));
    setAccessibleName(tr("Dashboard"));
    // Refreshed by the main window with the counts of its status bar, whenever cases change.
}

Dashboard::~Dashboard() = default;

QString Dashboard::countsText() const
{
    return m_counts->text();
}

void Dashboard::refresh(const std::optional<QueueCounts> &known)
{
    m_weeks.clear();
    if (!m_session.isOpen()) {
        m_counts->clear();
        for (QLabel *tile : std::as_const(m_tiles)) {
            tile->clear();
        }
        update();
        return;
    }
    m_today = m_session.today();
    auto counts = known ? Result<QueueCounts>(*known) : m_session.service().counts(m_today);
    auto weeks = m_session.service().deadlinesPerWeek(m_today, kWeeks);
    if (!counts || !weeks) {
        m_counts->setText(counts ? weeks.errorMessage() : counts.errorMessage());
        m_tiles.constFirst()->setText(m_counts->text().toHtmlEscaped());
        update();
        return;
    }
    m_weeks = *weeks;
    const struct {
        int value;
        QString label;
        const char *colour;
    } tiles[] = {{counts->overdue, tr("overdue"), "#b3261e"},
                 {counts->dueSoon, tr("due within 7 days"), "#8a5a00"},
                 {counts->clockStopped, tr("clocks stopped"), "#1d4e89"},
                 {counts->extensionNoticeDue, tr("extension notices due"), "#8a5a00"},
                 {counts->overdueTasks, tr("tasks overdue"), "#b3261e"},
                 {counts->open, tr("open cases"), "#222222"}};
    QStringList words;
    for (int i = 0; i < m_tiles.size(); ++i) {
        const auto &t = tiles[i];
        m_tiles[i]->setText(QStringLiteral("<span style=\"font-size: large; font-weight: bold; color: %1\">%2</span>"
                                           "<br/>%3")
                                .arg(QLatin1String(t.value > 0 ? t.colour : "#555555"))
                                .arg(t.value)
                                .arg(t.label.toHtmlEscaped()));
        m_tiles[i]->setToolTip(tr("Open cases as of %1.").arg(ui::longDate(m_today)));
        if (i == kTasksTile) {
            m_tiles[i]->setToolTip(tr("Tasks to system owners past their due date, in %1 open case(s), as of %2.")
                                       .arg(counts->casesWithOverdueTasks)
                                       .arg(ui::longDate(m_today)));
        }
        words << QStringLiteral("%1 %2").arg(t.value).arg(t.label);
    }
    m_counts->setText(words.join(QStringLiteral(" · ")));
    update();
}

QRectF Dashboard::chartRect() const
{
    const qreal used = m_tiles.isEmpty() ? 0 : m_tiles.constLast()->geometry().right();
    const qreal width = std::min<qreal>(380, std::max<qreal>(0, this->width() - used - 40));
    return QRectF(this->width() - width - 8, 6, width, height() - 12);
}

int Dashboard::weekAt(const QPointF &point) const
{
    const QRectF chart = chartRect();
    if (m_weeks.isEmpty() || !chart.contains(point)) {
        return -1;
    }
    return std::clamp(int((point.x() - chart.left()) / (chart.width() / m_weeks.size())), 0, int(m_weeks.size()) - 1);
}

void Dashboard::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    const QRectF chart = chartRect();
    if (m_weeks.isEmpty() || chart.width() < 120) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    const qreal labelHeight = metrics.height();
    // Title, then a line for the tallest bar's figure, the bars, and the week labels.
    const qreal barArea = std::max<qreal>(0, chart.height() - 3 * labelHeight);
    const int most = std::max(1, *std::max_element(m_weeks.cbegin(), m_weeks.cend()));
    const qreal slot = chart.width() / m_weeks.size();
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(chart.left(), chart.top() - 2, chart.width(), labelHeight), Qt::AlignLeft,
                     tr("Deadlines in the coming weeks"));
    for (int i = 0; i < m_weeks.size(); ++i) {
        const qreal h = barArea * m_weeks.at(i) / most;
        const QRectF bar(chart.left() + i * slot + slot * 0.2, chart.bottom() - labelHeight - h, slot * 0.6, h);
        painter.fillRect(bar, i == 0 ? QColor(0xf0, 0xb4, 0x6b) : QColor(0x7a, 0x9c, 0xc6));
        painter.drawText(QRectF(bar.left() - slot * 0.2, bar.top() - labelHeight, slot, labelHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(m_weeks.at(i)));
        painter.drawText(QRectF(chart.left() + i * slot, chart.bottom() - labelHeight, slot, labelHeight),
                         Qt::AlignHCenter, ui::shortDate(m_today.addDays(7 * i)).section(u' ', 0, 1));
    }
}

bool Dashboard::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int week = weekAt(help->pos());
        if (week >= 0) {
            QToolTip::showText(help->globalPos(), tr("%1 deadline(s) from %2 to %3")
                                                      .arg(m_weeks.at(week))
                                                      .arg(ui::shortDate(m_today.addDays(7 * week)),
                                                           ui::shortDate(m_today.addDays(7 * week + 6))));
            return true;
        }
        QToolTip::hideText();
    }
    return QWidget::event(event);
}

} // namespace dpodesk
