// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/stores.h"

#include <QAbstractTableModel>
#include <QSet>

namespace dpodesk {

class RegisterSession;

/// The queue as a table: a page of cases at a time, filtered and sorted by the database (CaseQuery), so that
/// a register of a million cases scrolls and sorts without loading it.
class CaseTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Urgency first: what a DPO reads before anything else.
    enum Column { Reference, DaysLeft, Deadline, Subject, Rights, Status, Channel, Received, Flags, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UrgencyRole, OverdueTaskRole };
    static constexpr int kPageSize = 200;

    explicit CaseTableModel(RegisterSession &session, QObject *parent = nullptr);

    /// Replaces the filters (scope, search, status, ...); the sort order stays the one the view chose.
    void setQuery(const CaseQuery &query);
    CaseQuery query() const { return m_query; }
    /// Cases matching the filters, loaded or not.
    int totalCount() const { return m_total; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    /// Reloads from the database (after a change), keeping filters and sort.
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalChanged(int total);
    void loadFailed(const QString &message);

private:
    /// Which of these cases have a task to a system owner past its due date (the Flags column).
    void readOverdueTasks(const QList<CaseSummary> &rows);

    RegisterSession &m_session;
    CaseQuery m_query;
    QList<CaseSummary> m_rows;
    QSet<qint64> m_overdueTasks;
    int m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace dpodesk
