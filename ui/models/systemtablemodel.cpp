// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/systemtablemodel.h"

#include "domain/searchkey.h"

namespace dpodesk {

namespace {

template <typename E>
QString labels(const QList<E> &values)
{
    QStringList words;
    for (E value : values) {
        words << label(value);
    }
    return words.join(QStringLiteral(", "));
}

} // namespace

SystemTableModel::SystemTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SystemTableModel::setSystems(const QList<DataSystem> &systems)
{
    beginResetModel();
    m_rows = systems;
    endResetModel();
}

int SystemTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name.compare(name, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

int SystemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SystemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DataSystem &s = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return s.name;
    case SearchRole:
        return foldForSearch(QStringList{s.name, s.ownerName, s.ownerEmail, s.deputyName, s.deputyEmail,
                                         labels(s.identifiers), labels(s.actions), s.instructionsFr, s.instructionsEn}
                                 .join(u' '));
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case Owner:
            return s.ownerName.isEmpty() ? s.ownerEmail : tr("%1 <%2>").arg(s.ownerName, s.ownerEmail);
        case Identifiers:
            return labels(s.identifiers);
        case Actions:
            return labels(s.actions);
        case Turnaround:
            return s.turnaroundDays == 1 ? tr("1 day") : tr("%1 days").arg(s.turnaroundDays);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Owner && !s.deputyEmail.isEmpty()) {
            return tr("Deputy: %1 <%2>").arg(s.deputyName, s.deputyEmail);
        }
        if (index.column() == Turnaround) {
            return tr("The owner's usual time to answer a task, in calendar days.");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Turnaround) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SystemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("System");
    case Owner:
        return tr("Owner");
    case Identifiers:
        return tr("Searched by");
    case Actions:
        return tr("Owner can");
    case Turnaround:
        return tr("Usual answer");
    }
    return {};
}

} // namespace dpodesk
