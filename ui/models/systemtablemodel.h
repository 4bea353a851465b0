// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/processing.h"

#include <QAbstractTableModel>

namespace dpodesk {

/// The systems catalogue as a table: where the data live and who searches or changes them. Held whole (a catalogue
/// has tens of systems), searched by RecordFilterProxy through SearchRole.
class SystemTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Owner, Identifiers, Actions, Turnaround, ColumnCount };
    enum ItemRole { NameRole = Qt::UserRole + 1, SearchRole };

    explicit SystemTableModel(QObject *parent = nullptr);

    void setSystems(const QList<DataSystem> &systems);
    const QList<DataSystem> &systems() const { return m_rows; }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DataSystem> m_rows;
};

} // namespace dpodesk
