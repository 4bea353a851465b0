#include "storage/rowcursor.h"

#include "storage/database.h"
#include "storage/sqlite/sqlitenative.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <charconv>
#include <vector>

namespace dpodesk {

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

class QtCursor final : public RowCursor {
public:
    QtCursor(Database &database, const QByteArray &sql, const QList<qint64> &parameters)
        : m_database(database), m_query(database.connection())
    {
        m_query.setForwardOnly(true);
        static const QRegularExpression numbered(QStringLiteral("\\?\\d+"));
        m_prepared = m_query.prepare(QString::fromUtf8(sql).replace(numbered, QStringLiteral("?")));
        for (const qint64 p : parameters) {
            m_query.addBindValue(p);
        }
    }
    Result<bool> next() override
    {
        if (!m_started) {
            m_started = true;
            if (!m_prepared || !m_query.exec()) {
                return m_database.errorFor(m_query.lastError(),
                                           QCoreApplication::translate("RowCursor", "reading the register"));
            }
        }
        m_values.clear();
        if (!m_query.next()) {
            return false;
        }
        const int columns = m_query.record().count();
        m_values.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            const QVariant v = m_query.value(i);
            m_values.append(v.isNull() ? std::optional<QByteArray>() : std::optional(v.toString().toUtf8()));
        }
        return true;
    }
    Value value(int column) const override
    {
        const auto &v = m_values.at(column);
        return v ? Value{false, QByteArrayView(*v)} : Value{};
    }
    qint64 integer(int column) const override
    {
        const auto &v = m_values.at(column);
        return v ? v->toLongLong() : 0;
    }

private:
    Database &m_database;
    QSqlQuery m_query;
    bool m_prepared = false;
    bool m_started = false;
    QList<std::optional<QByteArray>> m_values;
};

} // namespace

Result<std::unique_ptr<RowCursor>> RowCursor::open(Database &database, const QByteArray &sql, std::optional<qint64> id)
{
    if (sqlitenative::StatementCache *cache = database.nativeStatements()) {
        // Statements for one case are kept prepared (they run at every change); a full scan is prepared once.
        sqlite3_stmt *statement = id ? cache->get(sql) : nullptr;
        if (!id) {
            sqlite3 *handle = cache->handle();
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
                QCoreApplication::translate("RowCursor", "Reading the register failed: %1.").arg(cache->lastError()));
        }
        if (id) {
            sqlite3_bind_int64(statement, 1, *id);
        }
        return std::unique_ptr<RowCursor>(std::make_unique<NativeCursor>(statement, !id));
    }
    return std::unique_ptr<RowCursor>(
        std::make_unique<QtCursor>(database, sql, id ? QList<qint64>{*id} : QList<qint64>()));
}

Result<std::unique_ptr<RowCursor>> RowCursor::scan(Database &database, const QByteArray &sql,
                                                   const QList<qint64> &parameters)
{
    if (sqlitenative::StatementCache *cache = database.nativeStatements()) {
        sqlite3 *handle = cache->handle();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            return makeError(Error::Code::Internal,
                             QCoreApplication::translate("RowCursor", "Reading the register failed: %1.").arg(why));
        }
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            sqlite3_bind_int64(statement, int(i) + 1, parameters.at(i));
        }
        return std::unique_ptr<RowCursor>(std::make_unique<NativeCursor>(statement, true));
    }
    return std::unique_ptr<RowCursor>(std::make_unique<QtCursor>(database, sql, parameters));
}

} // namespace dpodesk
