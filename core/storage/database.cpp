// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/database.h"

#include "common/oserror.h"
#include "storage/auditlog.h"
#include "storage/rowcursor.h"
#include "storage/schema.h"
#include "storage/sqlite/sqlitedatabase.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cerrno>
#include <sys/stat.h>

namespace dpodesk {

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    // A register is an SQLite file; a PostgreSQL register will be named otherwise (docs/architecture.md).
    auto opened = SqliteDatabase::open(path, options);
    if (!opened) {
        return opened.error();
    }
    return std::unique_ptr<Database>(std::move(opened).value());
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/dpodesk.sqlite");
}

Result<void> Database::quickCheck(const QString &path)
{
    return SqliteDatabase::quickCheck(path);
}

QStringList Database::companionFiles(const QString &path)
{
    return SqliteDatabase::sidecarFiles(path);
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    closeConnection();
}

void Database::closeConnection()
{
    if (m_closed) {
        return;
    }
    m_closed = true;
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
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

Result<std::unique_ptr<RowCursor>> Database::cursor(const QByteArray &sql, const QList<qint64> &parameters,
                                                    bool keepPrepared)
{
    Q_UNUSED(keepPrepared) // QSqlQuery prepares each cursor anew
    return RowCursor::portable(*this, sql, parameters);
}

Result<void> Database::analyze()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("ANALYZE"))) {
        return errorFor(q.lastError(), tr("updating the statistics"));
    }
    return {};
}

Result<void> Database::makePrivateFolder(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    QStringList missing;
    QString at = absolute;
    while (!at.isEmpty() && !QFileInfo(at).exists()) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at) {
            break;
        }
        at = parent;
    }
    if (!missing.isEmpty() && QFileInfo(at).exists() && !QFileInfo(at).isDir()) {
        return makeError(Error::Code::Io, tr("Cannot create the folder %1: %2 is a file.").arg(absolute, at));
    }
    for (const QString &dir : missing) {
        const QByteArray name = QFile::encodeName(dir);
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST) {
            return makeError(Error::Code::Io, tr("Cannot create the folder %1: %2.").arg(dir, osErrorText(errno)));
        }
        ::chmod(name.constData(), 0700); // whatever the umask
    }
    if (!QFileInfo(absolute).isDir()) {
        return makeError(Error::Code::Io, tr("Cannot create the folder %1.").arg(absolute));
    }
    return {};
}

void Database::releaseStatements()
{
    m_statements.clear();
}

Result<void> Database::migrate()
{
    const QList<QStringList> steps = schema::migrations(dialect());
    return write([&]() -> Result<void> {
        // Read again inside the write lock: another process may have upgraded (or created) it meanwhile.
        const int current = schemaVersion();
        if (current >= kSchemaVersion) {
            return {};
        }
        QSqlDatabase db = connection();
        for (int version = current; version < kSchemaVersion; ++version) {
            for (const QString &statement : steps.at(version)) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    return errorFor(q.lastError(), tr("upgrading the schema to version %1").arg(version + 1));
                }
            }
        }
        // The register records its states from version 5 on: the first event of a new register, or the states of
        // the cases an upgraded one holds (in this transaction: an interrupted upgrade leaves the register as it was).
        if (auto recorded = AuditLog::recordStates(*this, current); !recorded) {
            return recorded;
        }
        return recordSchemaVersion(kSchemaVersion);
    });
}

Result<void> Database::write(const std::function<Result<void>()> &work)
{
    if (m_inTransaction) {
        return work(); // nested: part of the enclosing transaction
    }
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    if (!begin.exec(beginWriteStatement())) {
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
    m_wrote = true;
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
