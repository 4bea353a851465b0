#include "storage/rowcursor.h"

#include "storage/database.h"
#include "storage/sqlitenative.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

namespace dpodesk {

namespace {

class NativeCursor final : public RowCursor {
public:
    NativeCursor(sqlite3_stmt *statement, bool finalize) : m_statement(statement), m_finalize(finalize) {}
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
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL) {
            return {};
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return {false, QByteArrayView(text, sqlite3_column_bytes(m_statement, column))};
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3_stmt *m_statement;
    bool m_finalize;
};

class QtCursor final : public RowCursor {
public:
    QtCursor(Database &database, const QByteArray &sql, std::optional<qint64> id)
        : m_database(database), m_query(database.connection())
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(QString::fromUtf8(sql).replace(QStringLiteral("?1"), QStringLiteral("?")));
        if (id) {
            m_query.addBindValue(*id);
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
    return std::unique_ptr<RowCursor>(std::make_unique<QtCursor>(database, sql, id));
}

} // namespace dpodesk
