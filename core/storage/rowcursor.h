// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <QList>

#include <memory>
#include <optional>

namespace dpodesk {

class Database;

/// Rows of a query as the bytes of their values, for the passes that read every row of the register (the audit
/// trail's verification, the states of all cases). Each backend reads them its fastest way (Database::cursor: SQLite
/// through its own handle when the Qt driver runs our SQLite, a million rows in about a second), QSqlQuery otherwise;
/// all give the same bytes: text as stored (UTF-8), integers in decimal, NULL apart.
class RowCursor {
public:
    struct Value {
        bool null = true;
        QByteArrayView bytes;
    };

    virtual ~RowCursor() = default;
    /// Moves to the next row: false at the end, an error in words when the query fails.
    virtual Result<bool> next() = 0;
    /// A value of the current row, valid until next().
    virtual Value value(int column) const = 0;
    virtual qint64 integer(int column) const = 0;

    /// A query with no parameter, or one integer parameter written ?1 (then kept prepared on the connection: it runs
    /// at every change).
    static Result<std::unique_ptr<RowCursor>> open(Database &database, const QByteArray &sql,
                                                   std::optional<qint64> parameter = {});
    /// A query read once (not kept prepared), with integer parameters ?1, ?2... in the order they appear.
    static Result<std::unique_ptr<RowCursor>> scan(Database &database, const QByteArray &sql,
                                                   const QList<qint64> &parameters);
    /// The cursor any backend can give: through QSqlQuery.
    static Result<std::unique_ptr<RowCursor>> portable(Database &database, const QByteArray &sql,
                                                       const QList<qint64> &parameters);
};

} // namespace dpodesk
