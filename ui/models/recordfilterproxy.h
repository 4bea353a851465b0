// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

namespace dpodesk {

/// Filters a table of the record as the DPO types: every word of the search must appear somewhere in the row's
/// search text (the model's search role: every field, accents and case folded), in any order.
class RecordFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    RecordFilterProxy(int searchRole, QObject *parent = nullptr);

    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_searchRole;
    QStringList m_words;
};

} // namespace dpodesk
