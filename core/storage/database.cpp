#include "storage/database.h"

#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QtEndian>

namespace dpodesk {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

struct HeaderFacts {
    bool empty = false; ///< zero-length file: SQLite treats it as a new database
    bool wal = false;   ///< file format versions 2/2: the file is in WAL mode
    qint32 applicationId = 0;
    qint32 userVersion = 0;
};

/// The -wal and -shm files SQLite keeps beside a WAL database. A read-only connection creates them and cannot
/// remove them when it closes: whoever opened read-only removes what it created, so a refused file stays as it was.
struct Sidecars {
    bool wal = false;
    bool shm = false;

    static Sidecars of(const QString &path)
    {
        return {QFileInfo::exists(path + QStringLiteral("-wal")), QFileInfo::exists(path + QStringLiteral("-shm"))};
    }
    /// Removes the sidecars that were not there before (the -wal only when empty: nothing was written to it).
    void removeCreatedSince(const QString &path) const
    {
        const QString walPath = path + QStringLiteral("-wal");
        if (!wal && QFileInfo(walPath).exists() && QFileInfo(walPath).size() == 0) {
            QFile::remove(walPath);
        }
        if (!shm && !QFileInfo::exists(walPath)) {
            QFile::remove(path + QStringLiteral("-shm"));
        }
    }
};

QString newConnectionName()
{
    return QStringLiteral("dpodesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Reads the 100-byte SQLite header without opening the file through SQLite, so nothing can be written.
Result<HeaderFacts> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, Database::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    const QByteArray header = file.read(100);
    HeaderFacts facts;
    if (header.isEmpty() && file.size() == 0) {
        facts.empty = true;
        return facts;
    }
    if (header.size() < 100 || !header.startsWith(QByteArrayView(kSqliteMagic, sizeof kSqliteMagic))) {
        return makeError(Error::Code::NotDatabase,
                         Database::tr("%1 is not a DPO Desk database: it is not an SQLite database file.").arg(path));
    }
    facts.wal = header.at(18) == 2 && header.at(19) == 2;
    facts.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    facts.applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    return facts;
}

} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/dpodesk.sqlite");
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
    const Sidecars before = Sidecars::of(m_path);
    m_hadWal = before.wal;
    m_hadShm = before.shm;
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && !m_readOnly) {
            // Keeps the planner's statistics current; cheap, and a no-op when nothing needs it.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
        }
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_readOnly) {
        Sidecars{m_hadWal, m_hadShm}.removeCreatedSince(m_path);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::errorFor(const QSqlError &error, const QString &what) const
{
    const QString code = error.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), extended codes included (5 + 256 * n).
    const int native = code.toInt();
    if (native == 517) { // SQLITE_BUSY_SNAPSHOT: another program wrote since this connection last read
        return makeError(Error::Code::Conflict,
                         tr("The register %1 was changed by another program while %2; nothing was saved. Try again.")
                             .arg(m_path, what));
    }
    if (native > 0 && ((native & 0xff) == 5 || (native & 0xff) == 6)) {
        return makeError(Error::Code::Locked,
                         tr("The register %1 is locked by another program (%2: waited %3 seconds). Close the other "
                            "program or try again.")
                             .arg(m_path, what)
                             .arg(kBusyTimeoutMs / 1000));
    }
    if (native > 0 && ((native & 0xff) == 11 || (native & 0xff) == 26)) { // SQLITE_CORRUPT, SQLITE_NOTADB
        return makeError(Error::Code::Corrupt,
                         tr("The database %1 is damaged (%2): %3.").arg(m_path, what, error.databaseText()));
    }
    if (native > 0 && (native & 0xff) == 13) { // SQLITE_FULL
        return makeError(Error::Code::Io, tr("The disk holding %1 is full; nothing was changed.").arg(m_path));
    }
    return makeError(Error::Code::Internal, tr("Database error while %1: %2").arg(what, error.text().trimmed()));
}

Result<void> Database::exec(QSqlQuery &query, const QString &what) const
{
    if (!query.exec()) {
        return errorFor(query.lastError(), what);
    }
    return {};
}

Result<QSqlQuery *> Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        if (!query->prepare(sql)) {
            return errorFor(query->lastError(), tr("preparing a statement"));
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    it->second->finish();
    return it->second.get();
}

Result<void> Database::analyze()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("ANALYZE"))) {
        return errorFor(q.lastError(), tr("updating the statistics"));
    }
    return {};
}

QString Database::pragma(const QString &name) const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

Result<void> Database::quickCheck(const QString &path)
{
    return checkContent(path, true);
}

Result<void> Database::checkContent(const QString &path, bool quickCheck)
{
    const Sidecars before = Sidecars::of(path);
    Result<void> verdict = checkContentReadOnly(path, quickCheck);
    before.removeCreatedSince(path);
    return verdict;
}

Result<void> Database::checkContentReadOnly(const QString &path, bool quickCheck)
{
    const QString checkName = newConnectionName();
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        check.setDatabaseName(path);
        check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    const Database probe(path, checkName, true); // removes the connection when it goes
    if (!probe.connection().open()) {
        return probe.errorFor(probe.connection().lastError(), tr("opening the file"));
    }
    QSqlQuery q(probe.connection());
    if (!q.exec(quickCheck ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA schema_version"))) {
        return probe.errorFor(q.lastError(), tr("checking the file"));
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
        return makeError(Error::Code::Corrupt, tr("%1 is damaged and was not opened (SQLite quick_check: %2). "
                                                  "Restore a backup.")
                                                   .arg(path, problems.mid(0, 3).join(u"; ")));
    }
    const qint32 appId = probe.pragma(QStringLiteral("application_id")).toInt();
    const int version = probe.pragma(QStringLiteral("user_version")).toInt();
    const bool hasTables =
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() > 0;
    q.finish();
    if (appId != kApplicationId && (appId != 0 || hasTables)) {
        return makeError(Error::Code::ForeignDatabase,
                         tr("%1 is an SQLite database of another application, not a DPO Desk register.").arg(path));
    }
    if (version > kSchemaVersion) {
        return makeError(Error::Code::TooNew, tr("%1 was written by a newer version of DPO Desk (schema %2; this "
                                                 "version reads up to %3).")
                                                  .arg(path)
                                                  .arg(version)
                                                  .arg(kSchemaVersion));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    if (path.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("No database file was given."));
    }
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile()) {
        return makeError(Error::Code::NotDatabase, tr("%1 is not a file.").arg(path));
    }
    if (!exists && (!options.createIfMissing || options.readOnly)) {
        return makeError(Error::Code::NotFound, tr("There is no database at %1.").arg(path));
    }
    bool empty = !exists;
    bool opensWithoutWriting = false;
    if (exists) {
        // 1. The header, read as plain bytes.
        auto header = readHeader(path);
        if (!header) {
            return header.error();
        }
        empty = header->empty;
        opensWithoutWriting =
            !empty && header->wal && header->applicationId == kApplicationId && header->userVersion == kSchemaVersion;
        if (!empty && header->applicationId != 0 && header->applicationId != kApplicationId) {
            return makeError(Error::Code::ForeignDatabase,
                             tr("%1 is an SQLite database of another application, not a DPO Desk register.").arg(path));
        }
        if (!empty && header->applicationId == kApplicationId && header->userVersion > kSchemaVersion) {
            return makeError(Error::Code::TooNew,
                             tr("%1 was written by a newer version of DPO Desk (schema %2; this version reads up to "
                                "%3). Install the newer version to open it.")
                                 .arg(path)
                                 .arg(header->userVersion)
                                 .arg(kSchemaVersion));
        }
        if (!empty && !info.isWritable() && !options.readOnly) {
            return makeError(Error::Code::Io, tr("%1 is read-only: DPO Desk cannot write to it.").arg(path));
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return makeError(Error::Code::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    // 2. A read-only connection checks content before anything may write (journal mode, migrations).
    const bool defer = options.quickCheck && options.deferQuickCheck && opensWithoutWriting;
    if (!empty) {
        if (auto checked = checkContent(path, options.quickCheck && !defer); !checked) {
            return checked.error();
        }
    }

    // 3. The working connection.
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (options.readOnly) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(connectOptions);
    }
    std::unique_ptr<Database> database(new Database(path, name, options.readOnly));
    database->m_quickCheckDeferred = defer;
    if (!database->connection().open()) {
        return database->errorFor(database->connection().lastError(), tr("opening the file"));
    }
    if (auto configured = database->configure(); !configured) {
        return configured.error();
    }
    if (!options.readOnly) {
        if (auto migrated = database->migrate(); !migrated) {
            return migrated.error();
        }
    }
    return database;
}

Result<void> Database::configure()
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
        if (m_readOnly && qstrcmp(s.name, "journal_mode") == 0) {
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

Result<void> Database::migrate()
{
    const int current = pragma(QStringLiteral("user_version")).toInt();
    if (current >= kSchemaVersion) {
        return {};
    }
    const QList<QStringList> steps = schema::migrations();
    return write([&]() -> Result<void> {
        QSqlDatabase db = connection();
        for (int version = current; version < kSchemaVersion; ++version) {
            for (const QString &statement : steps.at(version)) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    return errorFor(q.lastError(), tr("upgrading the schema to version %1").arg(version + 1));
                }
            }
        }
        // Both pragmas are part of the transaction in SQLite.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) {
            return errorFor(q.lastError(), tr("recording the schema version"));
        }
        return {};
    });
}

Result<void> Database::write(const std::function<Result<void>()> &work)
{
    if (m_inTransaction) {
        return work(); // nested: part of the enclosing transaction
    }
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return errorFor(begin.lastError(), tr("starting a change"));
    }
    m_inTransaction = true;
    Result<void> result = work();
    m_inTransaction = false;
    // No cached statement may keep a read open past the transaction: it would pin an old snapshot.
    for (auto &statement : m_statements) {
        statement.second->finish();
    }
    QSqlQuery end(db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error error = errorFor(end.lastError(), tr("saving the change"));
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

Result<QString> Database::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (auto ok = exec(q, tr("reading the setting %1").arg(key)); !ok) {
        return ok.error();
    }
    return q.next() ? q.value(0).toString() : fallback;
}

Result<void> Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    return exec(q, tr("saving the setting %1").arg(key));
}

Result<void> Database::removeMeta(const QString &key)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    return exec(q, tr("removing the setting %1").arg(key));
}

} // namespace dpodesk
