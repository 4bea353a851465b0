// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/casetablemodel.h"

#include "register/registerservice.h"
#include "registersession.h"
#include "storage/stores.h"
#include "urgencystyle.h"

#include <QLocale>

namespace dpodesk {

CaseTableModel::CaseTableModel(RegisterSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_query.limit = kPageSize;
}

void CaseTableModel::setQuery(const CaseQuery &query)
{
    const CaseQuery::Sort sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void CaseTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_overdueTasks.clear();
    m_total = 0;
    if (m_session.isOpen()) {
        m_query.today = m_session.today();
        m_query.offset = 0;
        m_query.limit = kPageSize;
        auto total = m_session.service().count(m_query);
        auto rows = m_session.service().list(m_query);
        if (total && rows) {
            m_total = *total;
            m_rows = std::move(rows).value();
            readOverdueTasks(m_rows);
        } else {
            Q_EMIT loadFailed(!total ? total.errorMessage() : rows.errorMessage());
        }
    }
    // No fetching from within the reset notification (a view or a tester may ask): the next page comes after.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    Q_EMIT totalChanged(m_total);
}

void CaseTableModel::readOverdueTasks(const QList<CaseSummary> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const CaseSummary &s : rows) {
        ids << s.id;
    }
    auto overdue = m_session.service().casesWithOverdueTasks(ids, m_query.today);
    if (!overdue) {
        Q_EMIT loadFailed(overdue.errorMessage());
        return;
    }
    m_overdueTasks.unite(*overdue);
}

qint64 CaseTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaseTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && !m_fetching && m_session.isOpen() && m_rows.size() < m_total;
}

void CaseTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    CaseQuery page = m_query;
    page.offset = int(m_rows.size());
    page.limit = kPageSize;
    auto rows = m_session.service().list(page);
    if (!rows) {
        Q_EMIT loadFailed(rows.errorMessage());
        return;
    }
    if (rows->isEmpty()) {
        m_total = int(m_rows.size()); // the register shrank meanwhile
        return;
    }
    // Not reentrant: whoever listens to the insertion must not fetch the same page again.
    readOverdueTasks(*rows);
    m_fetching = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(rows.value());
    endInsertRows();
    m_fetching = false;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaseSummary &s = m_rows.at(index.row());
    const QDate today = m_query.today;
    const Urgency urgency = s.urgency(today);
    const QLocale locale;
    if (role == IdRole) {
        return s.id;
    }
    if (role == UrgencyRole) {
        return static_cast<int>(urgency);
    }
    const bool taskOverdue = m_overdueTasks.contains(s.id);
    if (role == OverdueTaskRole) {
        return taskOverdue;
    }
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Reference:
            return s.reference;
        case Subject:
            return s.subjectName.isEmpty() ? s.subjectEmail : s.subjectName;
        case Rights:
            return s.rightsLabel();
        case Channel:
            return label(s.channel);
        case Received:
            return locale.toString(s.receivedOn, QStringLiteral("d MMM yyyy")); // unambiguous in every language
        case Deadline:
            return locale.toString(s.deadline, QStringLiteral("d MMM yyyy"));
        case DaysLeft:
            return UrgencyStyle::countdown(urgency, s.deadline, today, s.clockStoppedSince);
        case Status:
            return label(s.status);
        case Flags: {
            QStringList flags;
            if (taskOverdue) {
                flags << tr("Task overdue");
            }
            if (s.extensionNoticeDue) {
                flags << UrgencyStyle::extensionNoticeDue();
            }
            return flags.join(QStringLiteral(" · "));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (column == Subject) {
            return s.subjectEmail;
        }
        if (column == Deadline || column == DaysLeft) {
            return tr("%1 — deadline %2").arg(urgencyLabel(urgency), locale.toString(s.deadline, QLocale::LongFormat));
        }
        if (column == Flags && (taskOverdue || s.extensionNoticeDue)) {
            QStringList tips;
            if (taskOverdue) {
                tips << tr("A task sent to a system owner is past its due date: chase the owner (Activities and "
                           "tasks, in the case).");
            }
            if (s.extensionNoticeDue) {
                tips << tr("The case was extended but the person has not been told yet: send the extension notice "
                           "within the first month (GDPR art. 12(3)).");
            }
            return tips.join(u'\n');
        }
        break;
    case Qt::DecorationRole:
        if (column == DaysLeft) {
            return UrgencyStyle::icon(urgency);
        }
        if (column == Flags && taskOverdue) {
            return UrgencyStyle::icon(Urgency::Overdue);
        }
        if (column == Flags && s.extensionNoticeDue) {
            return UrgencyStyle::icon(Urgency::DueSoon);
        }
        break;
    case Qt::BackgroundRole:
        if (column == DaysLeft || column == Deadline) {
            return UrgencyStyle::background(urgency);
        }
        break;
    case Qt::ForegroundRole:
        if (column == DaysLeft || column == Deadline) {
            return UrgencyStyle::foreground(urgency);
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Received || column == Deadline) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Reference:
        return tr("Reference");
    case Subject:
        return tr("Data subject");
    case Rights:
        return tr("Rights");
    case Channel:
        return tr("Channel");
    case Received:
        return tr("Received");
    case Deadline:
        return tr("Deadline");
    case DaysLeft:
        return tr("Time left");
    case Status:
        return tr("Status");
    case Flags:
        return tr("Flags");
    }
    return {};
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    CaseQuery::Sort sort = CaseQuery::Sort::Deadline;
    switch (column) {
    case Reference:
        sort = CaseQuery::Sort::Reference;
        break;
    case Subject:
        sort = CaseQuery::Sort::Subject;
        break;
    case Rights:
        sort = CaseQuery::Sort::Rights;
        break;
    case Channel:
        sort = CaseQuery::Sort::Channel;
        break;
    case Received:
        sort = CaseQuery::Sort::ReceivedOn;
        break;
    case Status:
        sort = CaseQuery::Sort::Status;
        break;
    default: // deadline, time left, flags: by deadline
        break;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending && !m_rows.isEmpty()) {
        return;
    }
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

} // namespace dpodesk
