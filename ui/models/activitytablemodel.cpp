// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/activitytablemodel.h"

#include "domain/searchkey.h"

namespace dpodesk {

ActivityTableModel::ActivityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActivityTableModel::setActivities(const QList<ProcessingActivity> &activities)
{
    beginResetModel();
    m_rows = activities;
    endResetModel();
}

int ActivityTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name.compare(name, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProcessingActivity &a = m_rows.at(index.row());
    const QString separator = QStringLiteral(", ");
    switch (role) {
    case NameRole:
        return a.name;
    case SearchRole:
        // Every field a DPO may look an activity up by.
        return foldForSearch(QStringList{a.name, label(a.role), a.controller, a.purposes.join(u' '),
                                         a.legalBasis.join(u' '), a.dataSubjects.join(u' '),
                                         a.dataCategories.join(u' '), a.recipients.join(u' '), a.transfers.join(u' '),
                                         a.retention, a.source, a.automatedDecision, a.systems.join(u' '), a.entity}
                                 .join(u' '));
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return a.name;
        case Role:
            return a.role == ProcessingRole::Controller ? label(a.role)
                                                        : tr("%1 (%2)").arg(label(a.role), a.controller);
        case Purposes:
            return a.purposes.join(separator);
        case Systems:
            return a.systems.join(separator);
        case Entity:
            return a.entity;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Purposes:
            return a.purposes.join(u'\n');
        case Systems:
            return a.systems.join(u'\n');
        case Role:
            if (a.role == ProcessingRole::Processor) {
                return tr("We process these data for %1: a request about them goes to that controller.")
                    .arg(a.controller);
            }
            break;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Activity");
    case Role:
        return tr("Our role");
    case Purposes:
        return tr("Purposes");
    case Systems:
        return tr("Systems");
    case Entity:
        return tr("Entity");
    }
    return {};
}

} // namespace dpodesk
