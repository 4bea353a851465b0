// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqlite/sqlitenative.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>

namespace dpodesk::sqlitenative {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

} // namespace

Result<FileHeader> readHeader(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sqlite3 *db = nullptr;
    // Read-only, no URI parameters: the unix layer with its usual locking methods (those that keep a descriptor open
    // while this process holds locks on the file). No statement runs, so no lock is taken and no -wal is opened.
    int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const auto fail = [&](const QString &why) -> Result<FileHeader> {
        sqlite3_close(db);
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("Database", "Cannot read %1: %2.").arg(path, why));
    };
    if (rc != SQLITE_OK) {
        const int error = db ? sqlite3_system_errno(db) : 0;
        return fail(error != 0 ? qt_error_string(error) : QString::fromUtf8(sqlite3_errstr(rc)));
    }
    sqlite3_file *file = nullptr;
    rc = sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
    if (rc != SQLITE_OK || file == nullptr || file->pMethods == nullptr) {
        return fail(QString::fromUtf8(sqlite3_errstr(rc == SQLITE_OK ? SQLITE_CANTOPEN : rc)));
    }
    FileHeader facts;
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK) {
        return fail(QCoreApplication::translate("Database", "its size cannot be read"));
    }
    facts.size = size;
    char header[100] = {};
    if (size >= qint64(sizeof header)) {
        if (file->pMethods->xRead(file, header, int(sizeof header), 0) != SQLITE_OK) {
            return fail(QCoreApplication::translate("Database", "its first bytes cannot be read"));
        }
        facts.sqlite = std::equal(kSqliteMagic, kSqliteMagic + sizeof kSqliteMagic, header);
    }
    sqlite3_close(db);
    if (facts.sqlite) {
        facts.wal = header[18] == 2 && header[19] == 2;
        facts.userVersion = qFromBigEndian<qint32>(header + 60);
        facts.applicationId = qFromBigEndian<qint32>(header + 68);
    }
    return facts;
}

sqlite3 *handleOf(const QSqlDatabase &connection)
{
#if !DPODESK_SQLITE_HANDLE
    if (true) {
        return nullptr; // built for a Qt SQLite driver that bundles its own SQLite
    }
#endif
    if (!connection.isOpen() || connection.driver() == nullptr) {
        return nullptr;
    }
    const QVariant handle = connection.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    // The handle is only usable with the very SQLite the driver runs: the version it reports must be ours. One
    // answer per process: every connection goes through the same driver plugin.
    static std::once_flag once;
    static bool sameSqlite = false;
    std::call_once(once, [&connection] {
        QSqlQuery version(connection);
        sameSqlite = version.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && version.next() &&
                     version.value(0).toString() == QLatin1String(sqlite3_libversion()) &&
                     version.value(1).toString() == QLatin1String(sqlite3_sourceid());
    });
    return sameSqlite ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

StatementCache::~StatementCache()
{
    for (auto &[sql, statement] : m_statements) {
        sqlite3_finalize(statement);
    }
}

sqlite3_stmt *StatementCache::get(const QByteArray &sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end()) {
        sqlite3_reset(it->second);
        return it->second;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.emplace(sql, statement);
    return statement;
}

int systemErrno(const QSqlDatabase &connection)
{
    sqlite3 *db = handleOf(connection);
    return db ? sqlite3_system_errno(db) : 0;
}

} // namespace dpodesk::sqlitenative
