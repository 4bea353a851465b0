// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/processing.h"

#include <QAbstractTableModel>

namespace dpodesk {

/// The activities of the record of processing activities as a table. The record is small (tens to a few hundred
/// activities): it is held whole, and searched by RecordFilterProxy through SearchRole.
class ActivityTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Role, Purposes, Systems, Entity, ColumnCount };
    enum ItemRole { NameRole = Qt::UserRole + 1, SearchRole };

    explicit ActivityTableModel(QObject *parent = nullptr);

    void setActivities(const QList<ProcessingActivity> &activities);
    const QList<ProcessingActivity> &activities() const { return m_rows; }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProcessingActivity> m_rows;
};

} // namespace dpodesk
