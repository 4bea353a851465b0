// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <map>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace dpodesk::sqlitenative {

/// The first bytes of a database file, read through SQLite's own file layer.
struct FileHeader {
    qint64 size = 0;     ///< the file's size in bytes
    bool sqlite = false; ///< starts with "SQLite format 3\0" and holds a whole header
    bool wal = false;    ///< file format versions 2/2: the file is in WAL mode
    qint32 applicationId = 0;
    qint32 userVersion = 0;
};

/// Reads the 100-byte header of a database file without a read transaction and without opening the file behind
/// SQLite's back. On Linux, closing *any* descriptor of a file drops all of the process's POSIX locks on it, SQLite's
/// included; SQLite's unix layer knows the locks its connections hold and keeps a descriptor open until they are
/// released, so a header read through it cannot strip the locks of a connection this process holds on the register
/// (which would let another process delete a write-ahead log still in use).
Result<FileHeader> readHeader(const QString &path);

/// The sqlite3 handle behind a Qt SQLite connection, when the Qt driver runs the very SQLite this program links (the
/// case on Debian, where both use the system libsqlite3); nullptr otherwise (use portable queries then).
sqlite3 *handleOf(const QSqlDatabase &connection);

/// Statements prepared once on a connection's own handle and kept for its life (hot paths: the state of a case at
/// every change). Reset after each use by whoever uses them; finalized before the connection closes.
class StatementCache final {
public:
    explicit StatementCache(sqlite3 *handle) : m_handle(handle) {}
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// The statement for sql, prepared on first use; nullptr (lastError() says why) when it does not prepare.
    sqlite3_stmt *get(const QByteArray &sql);
    QString lastError() const { return m_lastError; }
    sqlite3 *handle() const { return m_handle; }

private:
    sqlite3 *m_handle;
    std::map<QByteArray, sqlite3_stmt *> m_statements;
    QString m_lastError;
};

/// The operating system's error number of the last failed file operation on the connection (0 when unknown).
int systemErrno(const QSqlDatabase &connection);

} // namespace dpodesk::sqlitenative
