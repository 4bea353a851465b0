// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/database.h"

#include <optional>
#include <sys/types.h>
#include <utility>

namespace dpodesk {

namespace sqlitenative {
class StatementCache;
}

/// A DPO Desk register in an SQLite file: the file checked on open (header, quick_check, application id, schema
/// version), the pragmas the application relies on set and verified, and its schema migrated. Everything specific to
/// SQLite lives here and beside it in core/storage/sqlite/: pragmas, the header, the files SQLite keeps beside the
/// register, VACUUM INTO, checkpoints, user_version, sqlite_master, its error codes and its own C interface.
///
/// Every connection is an ordinary SQLite connection in WAL mode, every change one BEGIN IMMEDIATE transaction, and
/// nothing here opens, closes or deletes the register's files behind SQLite's back (docs/architecture.md,
/// "Concurrent use").
class SqliteDatabase final : public Database {
    // The words of an SQLite register are those of any register: one context for the translators.
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// PRAGMA application_id: "DPOD".
    static constexpr qint32 kApplicationId = 0x44504F44;

    /// Opens (or creates) the register file. On any refusal the file is left byte-for-byte unchanged.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, Options options);
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path) { return open(path, Options{}); }
    /// Runs PRAGMA quick_check on a separate connection that cannot write (safe from a worker thread).
    static Result<void> quickCheck(const QString &path);

    /// The files SQLite keeps beside a register while it is in use: its write-ahead log, its shared-memory index,
    /// and the rollback journal of a file not in WAL mode.
    static QStringList sidecarFiles(const QString &path);
    /// The write-ahead log beside a register: what was written since the last checkpoint.
    static QString writeAheadLog(const QString &path);
    /// The files SQLite would replay into a register opened at path (write-ahead log, rollback journal).
    static QStringList journalFiles(const QString &path);
    /// The file is empty or an SQLite file with DPO Desk's application id: a register or a backup of one. Reads the
    /// header with an ordinary read: never for a register this process may have open (see sqlitenative::readHeader).
    static bool isRegisterFileOrEmpty(const QString &path);

    enum class CheckpointResult { Emptied, InUse, Failed };
    /// Empties the write-ahead log of a register this process does not have open into the file, through a plain
    /// SQLite connection (no DPO Desk checks: the register may be damaged). InUse when another program holds it open
    /// for reading or writing.
    static CheckpointResult checkpointFile(const QString &path);

    ~SqliteDatabase() override;
    Q_DISABLE_COPY_MOVE(SqliteDatabase)

    Dialect dialect() const override { return Dialect::Sqlite; }
    /// An Error in words for a failed statement, from SQLite's extended result code: "locked by another program" for
    /// SQLITE_BUSY, "damaged" for SQLITE_CORRUPT...
    Error errorFor(const QSqlError &error, const QString &what) const override;
    /// Through the connection's own SQLite handle when the Qt driver runs our SQLite.
    Result<std::unique_ptr<RowCursor>> cursor(const QByteArray &sql, const QList<qint64> &parameters,
                                              bool keepPrepared) override;

    /// PRAGMA user_version.
    int schemaVersion() const override;
    /// PRAGMA application_id is "DPOD".
    bool isMarkedAsRegister() const override;
    /// VACUUM INTO target.
    Result<void> backupInto(const QString &target) override;
    /// PRAGMA wal_checkpoint(TRUNCATE).
    Result<bool> checkpoint() override;
    /// PRAGMA quick_check on this connection.
    Result<void> integrityCheck() override;
    /// From sqlite_master.
    Result<bool> hasTable(const QString &name) const override;
    /// From pragma_table_info.
    Result<QStringList> columns(const QString &table) const override;

    /// Statements on the connection's own SQLite handle, for the few hot paths that read millions of rows; nullptr
    /// when the Qt driver does not run the SQLite this program links (portable queries then).
    sqlitenative::StatementCache *nativeStatements();

    /// Reads a pragma's value as text (for checks and tests).
    QString pragma(const QString &name) const;

protected:
    QString beginWriteStatement() const override;
    Result<void> recordSchemaVersion(int version) override;

private:
    SqliteDatabase(QString path, QString connectionName, bool readOnly);
    static Result<std::unique_ptr<SqliteDatabase>> connect(const QString &path, const QString &openedAs,
                                                           Options options, bool fileWritable);
    static Result<void> createFile(const QString &path);
    Result<void> checkFile(bool quickCheck);
    Result<void> checkContent(bool quickCheck);
    Result<void> configure(bool mayWrite);

    std::optional<std::pair<dev_t, ino_t>> m_identity; ///< the file, for the process's list of open registers
    std::unique_ptr<sqlitenative::StatementCache> m_native;
    bool m_nativeProbed = false;
};

} // namespace dpodesk
