// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace dpodesk {

class RowCursor;

/// One open DPO Desk register, whatever database holds it: what every backend offers (the connection, write
/// transactions, errors in words, the schema migrated to kSchemaVersion, settings) and the capabilities that differ
/// from one database to another (backups, checkpoints, integrity checks, the catalogue). Callers see this class only;
/// everything specific to one database lives in its backend's folder (core/storage/sqlite/ for SQLite, the only one
/// today: Database::open opens an SQLite file). See docs/architecture.md, "The storage backend".
///
/// Several processes may share one register (the desk, scheduled dpodesk-cli jobs, backups): every change is one
/// write transaction, and a backend never lets a process see or make half a change (docs/architecture.md,
/// "Concurrent use").
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// The schema version written by this build; a higher one is refused.
    static constexpr int kSchemaVersion = 8;
    /// How long a write waits for another program's lock before giving up with a message.
    static constexpr int kBusyTimeoutMs = 3000;

    struct Options {
        /// Create a new register when there is no file at the path (never for a read-only open). The file appears
        /// whole: it is built beside its place and linked in, so that two processes creating one register at once
        /// both end up with the same, complete register.
        bool createIfMissing = true;
        /// Open an existing file without changing it: no migration, no journal-mode switch, and the connection is
        /// query_only, so no statement can write. (A register written by an older DPO Desk is upgraded all the same
        /// when upgradeOlder is set: the one write a reading command makes, once.)
        bool readOnly = false;
        /// PRAGMA quick_check before anything else. Linear in the file's size (about 1 s per GiB here):
        /// turn it off only where the caller runs it separately (Database::quickCheck()).
        bool quickCheck = true;
        /// Leave quick_check to the caller (Database::quickCheck(), e.g. on a worker thread) when opening writes
        /// nothing: the file is a DPO Desk register already in WAL mode at this schema version. Any other file is
        /// checked before it is opened, so a refused file is never changed.
        bool deferQuickCheck = false;
        /// With readOnly: upgrade a register of an older schema (in one transaction) instead of reading it as it is.
        bool upgradeOlder = false;
    };

    /// Opens (or creates) the register file at path (SQLite). On any refusal the file is left byte-for-byte unchanged.
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }
    /// The default file: dpodesk.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    /// Runs the integrity check of the register file at path on a separate connection that cannot write (safe from
    /// a worker thread).
    static Result<void> quickCheck(const QString &path);
    /// The files the database keeps beside a register file at path while it is in use (SQLite: its write-ahead log,
    /// shared-memory index and rollback journal), to be removed with a file this process built and never linked in.
    static QStringList companionFiles(const QString &path);
    /// Creates the folder (and its missing parents) readable by its owner only (0700), whatever the umask. An
    /// existing folder is left as it is.
    static Result<void> makePrivateFolder(const QString &folder);

    virtual ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// The SQL this register speaks (schema steps, error codes).
    virtual Dialect dialect() const = 0;

    QSqlDatabase connection() const;
    /// Where the register is: the file's path for SQLite.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// The caller asked to defer quick_check and it was deferred: run Database::quickCheck(path()) now.
    bool quickCheckDeferred() const { return m_quickCheckDeferred; }

    /// Runs work inside one write transaction (SQLite: BEGIN IMMEDIATE): committed when work succeeds, rolled back
    /// otherwise.
    Result<void> write(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_inTransaction; }

    /// A prepared query on this connection; failures become an Error naming what was attempted.
    Result<void> exec(QSqlQuery &query, const QString &what) const;
    /// An Error in words for a failed statement, from the database's own error code: "locked by another program"
    /// when another program holds the lock, "damaged" for a damaged file, "the disk is full"...
    virtual Error errorFor(const QSqlError &error, const QString &what) const = 0;

    /// Small key/value settings stored with the register (organisation profile, calendar).
    Result<QString> meta(const QString &key, const QString &fallback = {}) const;
    Result<void> setMeta(const QString &key, const QString &value);
    Result<void> removeMeta(const QString &key);

    /// A statement prepared once and kept for the life of the connection (hot paths: bulk inserts, audit).
    /// Do not iterate one while executing it again.
    Result<QSqlQuery *> prepared(const QString &sql);

    /// Rows of sql as bytes (see RowCursor): integer parameters ?1, ?2... in the order they appear; keepPrepared
    /// keeps the statement prepared on the connection (a query that runs at every change). Through QSqlQuery here;
    /// a backend may read faster through its own client library.
    virtual Result<std::unique_ptr<RowCursor>> cursor(const QByteArray &sql, const QList<qint64> &parameters,
                                                      bool keepPrepared);

    /// Refreshes the planner's statistics (after a bulk load).
    Result<void> analyze();

    /// The schema version the file had when it was opened (0 for a new file): lower than kSchemaVersion when this
    /// open upgraded it.
    int openedAtVersion() const { return m_openedAtVersion; }
    /// The schema version the register records now (0 when it records none).
    virtual int schemaVersion() const = 0;
    /// The register carries DPO Desk's mark (SQLite: application_id "DPOD"), as every register and backup does.
    virtual bool isMarkedAsRegister() const = 0;

    // Capabilities: what each database does its own way.

    /// Writes a consistent copy of the whole register, as it is now, into target: an empty file that it fills
    /// (SQLite: VACUUM INTO). The copy is a register of the same backend.
    virtual Result<void> backupInto(const QString &target) = 0;
    /// Makes what was erased unrecoverable from the database's own logs (SQLite: a TRUNCATE checkpoint copies the
    /// write-ahead log back into the file and empties it). False when another program holding the register prevented
    /// it; nothing is lost then, it is only still in the log.
    virtual Result<bool> checkpoint() = 0;
    /// Checks the structure of the whole database on this connection (SQLite: quick_check); an Error with the code
    /// Corrupt says what is wrong.
    virtual Result<void> integrityCheck() = 0;
    /// The register has a table of that name (registers of older schemas lack some).
    virtual Result<bool> hasTable(const QString &name) const = 0;
    /// The names of the columns of a table, in their order; empty for a table that does not exist.
    virtual Result<QStringList> columns(const QString &table) const = 0;

protected:
    Database(QString path, QString connectionName, bool readOnly);
    /// The statement that starts a write transaction, taking the write lock at once.
    virtual QString beginWriteStatement() const = 0;
    /// Records the schema version (and the register's mark) inside the migration's transaction.
    virtual Result<void> recordSchemaVersion(int version) = 0;
    /// Brings the schema to kSchemaVersion in one write transaction (the dialect's steps of storage/schema.h).
    Result<void> migrate();
    /// A change was committed through this connection.
    bool hasWritten() const { return m_wrote; }
    /// Finalizes the kept statements, closes the connection and forgets it (again: nothing).
    void closeConnection();
    /// The kept statements are finalized (before the connection is closed).
    void releaseStatements();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_quickCheckDeferred = false;
    int m_openedAtVersion = 0;

private:
    bool m_inTransaction = false;
    bool m_wrote = false; ///< a change was committed through this connection
    bool m_closed = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace dpodesk
