// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/recordfilterproxy.h"

#include "domain/searchkey.h"

namespace dpodesk {

RecordFilterProxy::RecordFilterProxy(int searchRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_searchRole(searchRole)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RecordFilterProxy::setSearch(const QString &text)
{
    const QStringList words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(m_searchRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word)) {
            return false;
        }
    }
    return true;
}

} // namespace dpodesk
