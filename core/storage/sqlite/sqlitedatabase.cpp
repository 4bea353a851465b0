// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqlite/sqlitedatabase.h"

#include "common/oserror.h"
#include "common/temporaryfiles.h"
#include "storage/backup.h"
#include "storage/rowcursor.h"
#include "storage/sqlite/sqlitenative.h"
#include "storage/sqlite/sqliterowcursor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace dpodesk {

namespace {

QString newConnectionName()
{
    return QStringLiteral("dpodesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The registers this process has open, by file identity: a register open here was checked when it was opened,
/// and its header is not read again (see sqlitenative::readHeader for why reading it is delicate).
class OpenFiles {
public:
    static OpenFiles &instance()
    {
        static OpenFiles files;
        return files;
    }
    static std::optional<std::pair<dev_t, ino_t>> identity(const QString &path)
    {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
            return std::nullopt;
        }
        return std::make_pair(st.st_dev, st.st_ino);
    }
    bool contains(const QString &path)
    {
        const auto id = identity(path);
        const std::lock_guard guard(m_mutex);
        return id && m_open.count(*id) > 0;
    }
    void add(const std::optional<std::pair<dev_t, ino_t>> &id)
    {
        if (id) {
            const std::lock_guard guard(m_mutex);
            ++m_open[*id];
        }
    }
    void remove(const std::optional<std::pair<dev_t, ino_t>> &id)
    {
        if (!id) {
            return;
        }
        const std::lock_guard guard(m_mutex);
        if (auto it = m_open.find(*id); it != m_open.end() && --it->second == 0) {
            m_open.erase(it);
        }
    }

private:
    std::mutex m_mutex;
    std::map<std::pair<dev_t, ino_t>, int> m_open;
};

/// Tightens a file to its owner (0600) when it is wider; by path, never through a descriptor (see readHeader).
void makePrivate(const QString &path)
{
    struct stat st {};
    const QByteArray name = QFile::encodeName(path);
    if (::lstat(name.constData(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) != 0 &&
        st.st_uid == ::geteuid()) {
        ::chmod(name.constData(), st.st_mode & 0700);
    }
}

} // namespace

SqliteDatabase::SqliteDatabase(QString path, QString connectionName, bool readOnly)
    : Database(std::move(path), std::move(connectionName), readOnly)
{
}

SqliteDatabase::~SqliteDatabase()
{
    releaseStatements();
    m_native.reset(); // every statement finalized before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && hasWritten()) {
            // Keeps the planner's statistics current after changes; a connection that only read writes nothing.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
        }
    }
    closeConnection();
    OpenFiles::instance().remove(m_identity);
}

Error SqliteDatabase::errorFor(const QSqlError &error, const QString &what) const
{
    const QString code = error.nativeErrorCode();
    // SQLite's extended result codes (the primary code in the low byte).
    const int native = code.toInt();
    const int primary = native & 0xff;
    const int osError = sqlitenative::systemErrno(connection());
    if (native == 517) { // SQLITE_BUSY_SNAPSHOT: another program wrote since this connection last read
        return makeError(Error::Code::Conflict,
                         tr("The register %1 was changed by another program while %2; nothing was saved. Try again.")
                             .arg(m_path, what));
    }
    if (native > 0 && (primary == 5 || primary == 6)) { // SQLITE_BUSY, SQLITE_LOCKED
        return makeError(Error::Code::Locked,
                         tr("The register %1 is locked by another program that is changing it (%2: waited %3 seconds). "
                            "Try again in a moment; nothing was saved.")
                             .arg(m_path, what)
                             .arg(kBusyTimeoutMs / 1000));
    }
    if (native > 0 && (primary == 11 || primary == 26)) { // SQLITE_CORRUPT, SQLITE_NOTADB
        Error damaged =
            makeError(Error::Code::Corrupt,
                      tr("The register %1 is damaged (%2). Nothing was changed; restore a backup.").arg(m_path, what));
        damaged.detail = QStringLiteral("SQLite: ") + error.text().trimmed(); // its own English, for the details
        return damaged;
    }
    if (native > 0 && primary == 13) { // SQLITE_FULL
        return makeError(Error::Code::Io,
                         tr("The disk holding %1 is full (%2); nothing was saved. Free some space and try again.")
                             .arg(m_path, what));
    }
    if (native == 776) { // SQLITE_READONLY_ROLLBACK: a hot journal that this connection may not roll back
        return makeError(Error::Code::Io, tr("%1 was left half-changed by a program that stopped; DPO Desk must be "
                                             "allowed to write to it to finish the recovery (%2).")
                                              .arg(m_path, what));
    }
    if (native > 0 && primary == 8) { // SQLITE_READONLY
        return makeError(Error::Code::Io,
                         tr("%1 cannot be written (%2): the file or its folder is read-only.").arg(m_path, what));
    }
    if (native > 0 && (primary == 10 || primary == 14 || primary == 3)) { // SQLITE_IOERR, CANTOPEN, PERM
        const QString why = osError != 0 ? osErrorText(osError) : error.databaseText();
        return makeError(Error::Code::Io, tr("The register %1 could not be read or written (%2): %3. Nothing was "
                                             "saved.")
                                              .arg(m_path, what, why));
    }
    return makeError(Error::Code::Internal, tr("Database error while %1: %2").arg(what, error.text().trimmed()));
}

sqlitenative::StatementCache *SqliteDatabase::nativeStatements()
{
    if (!m_nativeProbed) {
        m_nativeProbed = true;
        if (sqlite3 *handle = sqlitenative::handleOf(connection())) {
            m_native = std::make_unique<sqlitenative::StatementCache>(handle);
        }
    }
    return m_native.get();
}

QString SqliteDatabase::pragma(const QString &name) const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

Result<void> SqliteDatabase::quickCheck(const QString &path)
{
    Options options;
    options.createIfMissing = false;
    options.readOnly = true;
    options.quickCheck = true;
    auto opened = open(path, options);
    return opened ? Result<void>() : Result<void>(opened.error());
}

Result<void> SqliteDatabase::createFile(const QString &path)
{
    const QFileInfo info(path);
    if (auto folder = makePrivateFolder(info.absolutePath()); !folder) {
        return folder;
    }
    // Built beside its place under a name of its own, then linked in whole: nobody ever sees a half-made register,
    // and of two processes creating the same register at once, one links its file and the other opens it. The name
    // carries this host and process, so that what a killed creation leaves is swept by the next run.
    const QString temporary = temporaryfiles::near(path, QStringLiteral("creating"));
    const QByteArray tempName = QFile::encodeName(temporary);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        return makeError(Error::Code::Io, tr("Cannot create the register %1: %2.").arg(path, osErrorText(errno)));
    }
    ::close(fd); // a new file of our own: no connection of this process holds a lock on it
    const auto discard = [&] {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile::remove(temporary + suffix);
        }
    };
    {
        Options options;
        options.createIfMissing = false;
        options.quickCheck = false;
        auto built = connect(temporary, path, options, true);
        if (!built) {
            discard();
            return built.error();
        }
        // Closing the only connection checkpoints and removes the temporary's write-ahead log.
    }
    const int synced = ::open(tempName.constData(), O_RDONLY | O_CLOEXEC);
    if (synced < 0 || ::fsync(synced) != 0) {
        const int error = errno;
        if (synced >= 0) {
            ::close(synced);
        }
        discard();
        return makeError(Error::Code::Io, tr("Cannot create the register %1: %2.").arg(path, osErrorText(error)));
    }
    ::close(synced);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    int placed = ::renameat2(AT_FDCWD, tempName.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    int error = placed == 0 ? 0 : errno;
    if (placed != 0 && (error == EINVAL || error == ENOSYS)) {
        // A file system without RENAME_NOREPLACE: a hard link never replaces either.
        placed = ::link(tempName.constData(), target.constData());
        error = placed == 0 ? 0 : errno;
        if (placed == 0 || error == EEXIST) {
            QFile::remove(temporary);
        } else if (error == EPERM && !QFileInfo::exists(path)) {
            placed = std::rename(tempName.constData(), target.constData()); // no hard links either (e.g. FAT)
            error = placed == 0 ? 0 : errno;
        }
    }
    if (placed != 0 && error != EEXIST) {
        discard();
        return makeError(Error::Code::Io, tr("Cannot create the register %1: %2.").arg(path, osErrorText(error)));
    }
    if (placed != 0) {
        discard(); // another process created it first: its register is the one opened
    }
    if (const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

Result<void> SqliteDatabase::checkFile(bool quickCheck)
{
    QSqlQuery q(connection());
    // The first statement also recovers the file when a program stopped half-way (a hot journal is rolled back).
    if (!q.exec(quickCheck ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA schema_version"))) {
        return errorFor(q.lastError(), tr("checking the file"));
    }
    QStringList problems;
    while (q.next()) {
        // SQLite may put several problems in one row, one per line, under a "*** in database main ***" heading.
        for (const QString &line : q.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("***"))) {
                problems << line.trimmed();
            }
        }
    }
    q.finish();
    if (quickCheck && problems != QStringList{QStringLiteral("ok")}) {
        // The sentence in the user's language; SQLite's own English goes to the detail.
        Error damaged = makeError(Error::Code::Corrupt,
                                  tr("%1 is damaged and was not opened: it fails SQLite's integrity check. Restore a "
                                     "backup.")
                                      .arg(m_path));
        damaged.detail = QStringLiteral("SQLite quick_check: ") + problems.mid(0, 3).join(u"; ");
        return damaged;
    }
    return {};
}

Result<void> SqliteDatabase::checkContent(bool quickCheck)
{
    if (auto checked = checkFile(quickCheck); !checked) {
        return checked;
    }
    QSqlQuery q(connection());
    const qint32 appId = pragma(QStringLiteral("application_id")).toInt();
    const int version = pragma(QStringLiteral("user_version")).toInt();
    const bool hasTables =
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() > 0;
    q.finish();
    if (appId != kApplicationId && (appId != 0 || hasTables)) {
        return makeError(Error::Code::ForeignDatabase,
                         tr("%1 is an SQLite database of another application, not a DPO Desk register.").arg(m_path));
    }
    if (version > kSchemaVersion) {
        return makeError(Error::Code::TooNew, tr("%1 was written by a newer version of DPO Desk (schema %2; this "
                                                 "version reads up to %3).")
                                                  .arg(m_path)
                                                  .arg(version)
                                                  .arg(kSchemaVersion));
    }
    m_openedAtVersion = version;
    return {};
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, Options options)
{
    if (path.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("No database file was given."));
    }
    const QFileInfo link(path);
    if (link.isSymLink() && !link.exists()) {
        return makeError(Error::Code::NotFound,
                         tr("%1 is a link to %2, which does not exist; DPO Desk does not follow it, and nothing was "
                            "created.")
                             .arg(path, link.symLinkTarget()));
    }
    if (link.exists() && !link.isFile()) {
        return makeError(Error::Code::NotDatabase, tr("%1 is not a file.").arg(path));
    }
    if (!link.exists()) {
        if (!options.createIfMissing || options.readOnly) {
            return makeError(Error::Code::NotFound, tr("There is no register at %1; nothing was created.").arg(path));
        }
        if (auto created = createFile(path); !created) {
            return created.error();
        }
    }
    const QFileInfo info(path);
    bool opensWithoutWriting = false;
    if (!OpenFiles::instance().contains(path)) {
        // 1. The header, read before any connection may write.
        auto header = sqlitenative::readHeader(path);
        if (!header) {
            return header.error();
        }
        if (header->size == 0) {
            return makeError(Error::Code::NotDatabase,
                             tr("%1 is an empty file, not a DPO Desk register; it was left as it was.").arg(path));
        }
        if (!header->sqlite) {
            return makeError(Error::Code::NotDatabase,
                             tr("%1 is not a DPO Desk database: it is not an SQLite database file.").arg(path));
        }
        opensWithoutWriting =
            header->wal && header->applicationId == kApplicationId && header->userVersion == kSchemaVersion;
        if (header->applicationId != 0 && header->applicationId != kApplicationId) {
            return makeError(Error::Code::ForeignDatabase,
                             tr("%1 is an SQLite database of another application, not a DPO Desk register.").arg(path));
        }
        if (header->applicationId == kApplicationId && header->userVersion > kSchemaVersion) {
            return makeError(Error::Code::TooNew,
                             tr("%1 was written by a newer version of DPO Desk (schema %2; this version reads up to "
                                "%3). Install the newer version to open it.")
                                 .arg(path)
                                 .arg(header->userVersion)
                                 .arg(kSchemaVersion));
        }
    } else {
        opensWithoutWriting = true; // open in this process already: checked then, and at the current schema
    }
    const bool writable = info.isWritable();
    if (!writable && !options.readOnly) {
        return makeError(Error::Code::Io, tr("%1 is read-only: DPO Desk cannot write to it.").arg(path));
    }
    if (!options.readOnly) {
        // What a killed DPO Desk left half-made beside the register (new registers, copies) goes, and the copies of
        // backups cut short in the daily backups folder beside it: each a copy of the whole register, they would
        // otherwise wait for the next backup.
        temporaryfiles::sweep(info.absolutePath());
        temporaryfiles::sweep(Backups::defaultFolder(path));
    }
    if (!options.quickCheck || !options.deferQuickCheck || !opensWithoutWriting) {
        options.deferQuickCheck = false;
    }
    return connect(path, path, options, writable);
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::connect(const QString &path, const QString &openedAs,
                                                                Options options, bool fileWritable)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (!fileWritable) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(connectOptions);
    }
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(openedAs, name, options.readOnly));
    if (!database->connection().open()) {
        return database->errorFor(database->connection().lastError(), tr("opening the file"));
    }
    // 2. The content, on this connection, before anything may write (journal mode, migrations).
    const bool quick = options.quickCheck && !options.deferQuickCheck;
    database->m_quickCheckDeferred = options.quickCheck && options.deferQuickCheck;
    if (auto checked = database->checkContent(quick); !checked) {
        return checked.error();
    }
    const bool upgrade =
        database->m_openedAtVersion < kSchemaVersion && (!options.readOnly || (options.upgradeOlder && fileWritable));
    if (auto configured = database->configure(fileWritable && (!options.readOnly || upgrade)); !configured) {
        return configured.error();
    }
    if (upgrade) {
        if (auto migrated = database->migrate(); !migrated) {
            return migrated.error();
        }
    }
    if (options.readOnly) {
        // No statement of this connection can write from here on.
        QSqlQuery q(database->connection());
        if (!q.exec(QStringLiteral("PRAGMA query_only = ON")) ||
            database->pragma(QStringLiteral("query_only")) != QLatin1String("1")) {
            return makeError(Error::Code::Internal, tr("The database refused to open %1 for reading only.").arg(path));
        }
    }
    if (fileWritable) {
        makePrivate(path);
        for (const char *suffix : {"-wal", "-shm"}) {
            makePrivate(path + QLatin1String(suffix));
        }
    }
    database->m_identity = OpenFiles::identity(path);
    OpenFiles::instance().add(database->m_identity);
    return database;
}

Result<void> SqliteDatabase::configure(bool mayWrite)
{
    // The Qt driver opens with foreign_keys=0 and journal_mode=delete: set everything we rely on, then check it.
    struct Setting {
        const char *statement;
        const char *name;
        const char *expected;
    };
    const Setting settings[] = {
        {"PRAGMA foreign_keys = ON", "foreign_keys", "1"},      {"PRAGMA journal_mode = WAL", "journal_mode", "wal"},
        {"PRAGMA synchronous = FULL", "synchronous", "2"},      {"PRAGMA secure_delete = ON", "secure_delete", "1"},
        {"PRAGMA trusted_schema = OFF", "trusted_schema", "0"},
    };
    QSqlDatabase db = connection();
    for (const Setting &s : settings) {
        if (!mayWrite && qstrcmp(s.name, "journal_mode") == 0) {
            continue; // changing the journal mode writes to the file
        }
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(s.statement))) {
            return errorFor(q.lastError(), tr("setting %1").arg(QLatin1String(s.name)));
        }
        const QString actual = pragma(QLatin1String(s.name)).toLower();
        if (actual != QLatin1String(s.expected)) {
            return makeError(Error::Code::Internal, tr("The database refused the setting %1 = %2 (it reports \"%3\").")
                                                        .arg(QLatin1String(s.name), QLatin1String(s.expected), actual));
        }
    }
    return {};
}

QString SqliteDatabase::beginWriteStatement() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Result<void> SqliteDatabase::recordSchemaVersion(int version)
{
    // Both pragmas are part of the transaction in SQLite.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) ||
        !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        return errorFor(q.lastError(), tr("recording the schema version"));
    }
    return {};
}

int SqliteDatabase::schemaVersion() const
{
    return pragma(QStringLiteral("user_version")).toInt();
}

bool SqliteDatabase::isMarkedAsRegister() const
{
    return pragma(QStringLiteral("application_id")).toInt() == kApplicationId;
}

Result<void> SqliteDatabase::backupInto(const QString &target)
{
    QSqlQuery vacuum(connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO :file"));
    vacuum.bindValue(QStringLiteral(":file"), target);
    return exec(vacuum, tr("copying the register"));
}

Result<bool> SqliteDatabase::checkpoint()
{
    // secure_delete zeroes the freed pages in the database; the WAL still holds the pages as they were written
    // until a checkpoint copies them back and truncates it.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        return errorFor(q.lastError(), tr("clearing the write-ahead log"));
    }
    return !(q.next() && q.value(0).toInt() != 0);
}

Result<void> SqliteDatabase::integrityCheck()
{
    return checkFile(true);
}

Result<bool> SqliteDatabase::hasTable(const QString &name) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (auto ok = exec(q, tr("reading the list of tables")); !ok) {
        return ok.error();
    }
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<QStringList> SqliteDatabase::columns(const QString &table) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(:table) ORDER BY cid"));
    q.bindValue(QStringLiteral(":table"), table);
    if (auto ok = exec(q, tr("reading the columns of %1").arg(table)); !ok) {
        return ok.error();
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
    }
    return names;
}

Result<std::unique_ptr<RowCursor>> SqliteDatabase::cursor(const QByteArray &sql, const QList<qint64> &parameters,
                                                          bool keepPrepared)
{
    if (sqlitenative::StatementCache *cache = nativeStatements()) {
        return sqlitenative::cursor(*cache, sql, parameters, keepPrepared);
    }
    return Database::cursor(sql, parameters, keepPrepared);
}

QStringList SqliteDatabase::sidecarFiles(const QString &path)
{
    return {writeAheadLog(path), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

QString SqliteDatabase::writeAheadLog(const QString &path)
{
    return path + QStringLiteral("-wal");
}

QStringList SqliteDatabase::journalFiles(const QString &path)
{
    return {writeAheadLog(path), path + QStringLiteral("-journal")};
}

bool SqliteDatabase::isRegisterFileOrEmpty(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        return file.size() == 0;
    }
    return header.size() == 100 && header.startsWith(QByteArrayView("SQLite format 3\0", 16)) &&
           header.mid(68, 4) == QByteArrayLiteral("DPOD");
}

SqliteDatabase::CheckpointResult SqliteDatabase::checkpointFile(const QString &path)
{
    const QString name = QStringLiteral("dpodesk-restore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    CheckpointResult result = CheckpointResult::Failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next()) {
                result = q.value(0).toInt() == 0 ? CheckpointResult::Emptied : CheckpointResult::InUse;
            } else if ((q.lastError().nativeErrorCode().toInt() & 0xff) == 5) { // SQLITE_BUSY
                result = CheckpointResult::InUse;
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace dpodesk
