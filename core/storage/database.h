#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <sys/types.h>
#include <utility>

class QSqlError;
class QSqlQuery;

namespace dpodesk {

namespace sqlitenative {
class StatementCache;
}

/// One open DPO Desk database: an SQLite file checked on open (header, quick_check, application id, schema
/// version), with the pragmas the application relies on set and verified, and its schema migrated.
/// All SQL of the application lives in core/storage.
///
/// Several processes may share one register (the desk, scheduled dpodesk-cli jobs, backups): every connection is
/// an ordinary SQLite connection in WAL mode, every change one BEGIN IMMEDIATE transaction, and nothing here opens,
/// closes or deletes the register's files behind SQLite's back (docs/architecture.md, "Concurrent use").
class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// PRAGMA application_id: "DPOD".
    static constexpr qint32 kApplicationId = 0x44504F44;
    /// PRAGMA user_version written by this build; a higher one is refused.
    static constexpr int kSchemaVersion = 6;
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

    /// Opens (or creates) the database. On any refusal the file is left byte-for-byte unchanged.
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }
    /// The default file: dpodesk.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// The caller asked to defer quick_check and it was deferred: run Database::quickCheck(path()) now.
    bool quickCheckDeferred() const { return m_quickCheckDeferred; }

    /// Runs work inside one write transaction (BEGIN IMMEDIATE): committed when work succeeds, rolled back otherwise.
    Result<void> write(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_inTransaction; }

    /// A prepared query on this connection; failures become an Error naming what was attempted.
    Result<void> exec(QSqlQuery &query, const QString &what) const;
    /// An Error in words for a failed statement: "locked by another program" for SQLITE_BUSY.
    Error errorFor(const QSqlError &error, const QString &what) const;

    /// Small key/value settings stored with the register (organisation profile, calendar).
    Result<QString> meta(const QString &key, const QString &fallback = {}) const;
    Result<void> setMeta(const QString &key, const QString &value);
    Result<void> removeMeta(const QString &key);

    /// Runs PRAGMA quick_check on a separate connection that cannot write (safe from a worker thread).
    static Result<void> quickCheck(const QString &path);
    /// Creates the folder (and its missing parents) readable by its owner only (0700), whatever the umask. An
    /// existing folder is left as it is.
    static Result<void> makePrivateFolder(const QString &folder);

    /// A statement prepared once and kept for the life of the connection (hot paths: bulk inserts, audit).
    /// Do not iterate one while executing it again.
    Result<QSqlQuery *> prepared(const QString &sql);

    /// Statements on the connection's own SQLite handle, for the few hot paths that read millions of rows; nullptr
    /// when the Qt driver does not run the SQLite this program links (portable queries then).
    sqlitenative::StatementCache *nativeStatements();

    /// Refreshes the planner's statistics (after a bulk load).
    Result<void> analyze();

    /// Reads a pragma's value as text (for checks and tests).
    QString pragma(const QString &name) const;
    /// The schema version the file had when it was opened (0 for a new file): lower than kSchemaVersion when this
    /// open upgraded it.
    int openedAtVersion() const { return m_openedAtVersion; }

private:
    Database(QString path, QString connectionName, bool readOnly);
    static Result<std::unique_ptr<Database>> connect(const QString &path, const QString &openedAs, Options options,
                                                     bool fileWritable);
    static Result<void> createFile(const QString &path);
    Result<void> checkContent(bool quickCheck);
    Result<void> configure(bool mayWrite);
    Result<void> migrate();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    bool m_quickCheckDeferred = false;
    bool m_wrote = false; ///< a change was committed through this connection
    int m_openedAtVersion = 0;
    std::optional<std::pair<dev_t, ino_t>> m_identity; ///< the file, for the process's list of open registers
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<sqlitenative::StatementCache> m_native;
    bool m_nativeProbed = false;
};

} // namespace dpodesk
