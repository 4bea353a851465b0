// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqlite/sqliterowcursor.h"

#include "storage/sqlite/sqlitenative.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <array>
#include <charconv>
#include <vector>

namespace dpodesk::sqlitenative {

namespace {

class NativeCursor final : public RowCursor {
public:
    NativeCursor(sqlite3_stmt *statement, bool finalize)
        : m_statement(statement), m_finalize(finalize), m_numbers(size_t(sqlite3_column_count(statement)))
    {
    }
    ~NativeCursor() override
    {
        if (m_finalize) {
            sqlite3_finalize(m_statement);
        } else {
            sqlite3_reset(m_statement); // no read may stay open: it would pin this connection to an old snapshot
            sqlite3_clear_bindings(m_statement);
        }
    }
    Result<bool> next() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc == SQLITE_DONE) {
            return false;
        }
        return makeError(rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB ? Error::Code::Corrupt : Error::Code::Internal,
                         QCoreApplication::translate("RowCursor", "Reading the register failed: %1.")
                             .arg(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)))));
    }
    Value value(int column) const override
    {
        const int type = sqlite3_column_type(m_statement, column);
        if (type == SQLITE_NULL) {
            return {};
        }
        if (type == SQLITE_INTEGER) {
            // In decimal, as QVariant::toString() writes it; without making SQLite convert (and allocate).
            auto &buffer = m_numbers[size_t(column)];
            const auto end =
                std::to_chars(buffer.data(), buffer.data() + buffer.size(), sqlite3_column_int64(m_statement, column))
                    .ptr;
            return {false, QByteArrayView(buffer.data(), end - buffer.data())};
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return {false, QByteArrayView(text, sqlite3_column_bytes(m_statement, column))};
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3_stmt *m_statement;
    bool m_finalize;
    mutable std::vector<std::array<char, 24>> m_numbers; ///< integer values as text, valid until next()
};

} // namespace

Result<std::unique_ptr<RowCursor>> cursor(StatementCache &cache, const QByteArray &sql, const QList<qint64> &parameters,
                                          bool keepPrepared)
{
    // Statements that run at every change are kept prepared; a full scan is prepared once.
    sqlite3_stmt *statement = keepPrepared ? cache.get(sql) : nullptr;
    if (!keepPrepared) {
        sqlite3 *handle = cache.handle();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            return makeError(Error::Code::Internal,
                             QCoreApplication::translate("RowCursor", "Reading the register failed: %1.").arg(why));
        }
    }
    if (statement == nullptr) {
        return makeError(
            Error::Code::Internal,
            QCoreApplication::translate("RowCursor", "Reading the register failed: %1.").arg(cache.lastError()));
    }
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        sqlite3_bind_int64(statement, int(i) + 1, parameters.at(i));
    }
    return std::unique_ptr<RowCursor>(std::make_unique<NativeCursor>(statement, !keepPrepared));
}

} // namespace dpodesk::sqlitenative
