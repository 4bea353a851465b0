#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;

namespace dpodesk {

class RegisterSession;

/// The strip above the queue: what needs doing now (overdue, due within 7 days, clocks stopped, extension notices
/// to send, open cases) and how many deadlines fall in each of the coming six weeks, as bars.
class Dashboard final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWeeks = 6;

    explicit Dashboard(RegisterSession &session, QWidget *parent = nullptr);
    ~Dashboard() override;

    /// Reads the figures again (the session's casesChanged signal calls it).
    void refresh();
    QList<int> weeks() const { return m_weeks; }
    QString countsText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF chartRect() const;
    int weekAt(const QPointF &point) const;

    RegisterSession &m_session;
    QLabel *m_counts = nullptr;
    QList<QLabel *> m_tiles;
    QList<int> m_weeks;
    QDate m_today;
};

} // namespace dpodesk
