#include "dashboard.h"

#include "registersession.h"
#include "uikit.h"

#include "storage/sqlcaserepository.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace dpodesk {

Dashboard::Dashboard(RegisterSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dashboard"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("dashboardCounts"));
    m_counts->setTextFormat(Qt::RichText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_counts);
    layout->addStretch(1);
    // The chart is painted in the space the layout leaves on the right.
    setMinimumHeight(64);
    setMaximumHeight(72);
    setAccessibleName(tr("Dashboard"));
    connect(&session, &RegisterSession::casesChanged, this, &Dashboard::refresh);
    connect(&session, &RegisterSession::opened, this, &Dashboard::refresh);
}

Dashboard::~Dashboard() = default;

QString Dashboard::countsText() const
{
    return m_counts->text();
}

void Dashboard::refresh()
{
    m_weeks.clear();
    if (!m_session.isOpen()) {
        m_counts->clear();
        update();
        return;
    }
    m_today = m_session.today();
    auto counts = m_session.repository().counts(m_today);
    auto weeks = m_session.repository().deadlinesPerWeek(m_today, kWeeks);
    if (!counts || !weeks) {
        m_counts->setText((counts ? weeks.errorMessage() : counts.errorMessage()).toHtmlEscaped());
        update();
        return;
    }
    m_weeks = *weeks;
    const auto tile = [](int value, const QString &label, const char *colour) {
        return QStringLiteral("<td style=\"padding: 0 10px\"><span style=\"font-size: large; font-weight: bold; "
                              "color: %1\">%2</span><br/>%3</td>")
            .arg(QLatin1String(value > 0 ? colour : "#555555"))
            .arg(value)
            .arg(label.toHtmlEscaped());
    };
    m_counts->setText(QStringLiteral("<table><tr>%1%2%3%4%5</tr></table>")
                          .arg(tile(counts->overdue, tr("overdue"), "#b3261e"),
                               tile(counts->dueSoon, tr("due within 7 days"), "#8a5a00"),
                               tile(counts->clockStopped, tr("clocks stopped"), "#1d4e89"),
                               tile(counts->extensionNoticeDue, tr("extension notices due"), "#8a5a00"),
                               tile(counts->open, tr("open cases"), "#222222")));
    m_counts->setToolTip(tr("Open cases as of %1.").arg(ui::longDate(m_today)));
    update();
}

QRectF Dashboard::chartRect() const
{
    const qreal width = std::min<qreal>(360, std::max<qreal>(0, this->width() - m_counts->sizeHint().width() - 30));
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
    const QFontMetricsF metrics(font());
    const qreal labelHeight = metrics.height();
    const qreal barArea = chart.height() - 2 * labelHeight;
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
