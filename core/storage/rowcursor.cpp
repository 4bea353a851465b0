// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/rowcursor.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace dpodesk {

namespace {

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
    // Statements for one case are kept prepared (they run at every change); a full scan is prepared once.
    return database.cursor(sql, id ? QList<qint64>{*id} : QList<qint64>(), id.has_value());
}

Result<std::unique_ptr<RowCursor>> RowCursor::scan(Database &database, const QByteArray &sql,
                                                   const QList<qint64> &parameters)
{
    return database.cursor(sql, parameters, false);
}

Result<std::unique_ptr<RowCursor>> RowCursor::portable(Database &database, const QByteArray &sql,
                                                       const QList<qint64> &parameters)
{
    return std::unique_ptr<RowCursor>(std::make_unique<QtCursor>(database, sql, parameters));
}

} // namespace dpodesk
