// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/stores.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;

namespace dpodesk {

class RegisterSession;

/// The strip above the queue: what needs doing now (overdue, due within 7 days, clocks stopped, extension notices
/// to send, tasks to system owners overdue, open cases) and how many deadlines fall in each of the coming six weeks, as
/// bars.
class Dashboard final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWeeks = 6;

    explicit Dashboard(RegisterSession &session, QWidget *parent = nullptr);
    ~Dashboard() override;

    /// Shows counts (read by the main window for its status bar too) and reads the coming weeks again; without
    /// counts, reads them as well.
    void refresh(const std::optional<QueueCounts> &counts = std::nullopt);
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
