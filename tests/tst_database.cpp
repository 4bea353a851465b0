// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: a new register, the pragmas the application relies on, write transactions, and the files it refuses.
//
// Database::open promises that on any refusal "the file is left byte-for-byte unchanged". Every refusal below
// hashes the file (SHA-256 and size) before and after, and checks that no -wal, -shm or -journal file was left
// next to it when there was none before.

#include "common/clock.h"
#include "common/result.h"
#include "domain/caserecord.h"
#include "register/casebook.h"
#include "register/organisationsettings.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlite/sqlitedatabase.h"
#include "storage/stores.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <memory>
#include <utility>

#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace dpodesk;

Q_DECLARE_METATYPE(dpodesk::Error::Code)

namespace {

/// The SQLite register behind a Database (Database::open opens SQLite files), for its pragmas.
SqliteDatabase &sqlite(Database &db)
{
    return dynamic_cast<SqliteDatabase &>(db);
}

QString codeName(dpodesk::Error::Code code)
{
    using C = dpodesk::Error::Code;
    switch (code) {
    case C::Invalid:
        return QStringLiteral("Invalid");
    case C::NotFound:
        return QStringLiteral("NotFound");
    case C::Conflict:
        return QStringLiteral("Conflict");
    case C::Locked:
        return QStringLiteral("Locked");
    case C::NotDatabase:
        return QStringLiteral("NotDatabase");
    case C::ForeignDatabase:
        return QStringLiteral("ForeignDatabase");
    case C::TooNew:
        return QStringLiteral("TooNew");
    case C::Corrupt:
        return QStringLiteral("Corrupt");
    case C::Io:
        return QStringLiteral("Io");
    case C::Internal:
        return QStringLiteral("Internal");
    }
    return QStringLiteral("unknown");
}

} // namespace

namespace dpodesk {

/// Error codes by name in QCOMPARE failures (found by argument-dependent lookup).
inline char *toString(Error::Code code)
{
    return qstrdup(codeName(code).toUtf8().constData());
}

} // namespace dpodesk

namespace {

/// A connection of its own on a file, as another program would have: no Database checks, no pragmas set.
class RawConnection final {
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        if (!m_open) {
            m_openError = db.lastError().text();
        }
    }
    ~RawConnection() { close(); }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    QString openError() const { return m_openError; }
    /// The first value of a query's first row (-1 when it fails).
    int number(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    /// Runs one statement; the error text, or an empty string on success.
    QString exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            return QString(sql + QStringLiteral(": ") + q.lastError().text());
        }
        return {};
    }

    /// Runs statements in order; the first error, or an empty string.
    QString execAll(const QStringList &statements)
    {
        for (const QString &sql : statements) {
            if (const QString error = exec(sql); !error.isEmpty()) {
                return error;
            }
        }
        return {};
    }

    void close()
    {
        if (m_name.isEmpty()) {
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
        m_open = false;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_openError;
};

/// What is on disk for one path: the file's bytes, and what lies next to it.
struct FileState {
    bool exists = false;
    bool isDir = false;
    qint64 size = -1;
    QByteArray sha256;      ///< hex
    QStringList sidecars;   ///< which of -wal, -shm, -journal exist
    QStringList neighbours; ///< every entry of the containing folder (and of the path itself for a folder)
};

FileState stateOf(const QString &path)
{
    FileState s;
    const QFileInfo info(path);
    s.exists = info.exists();
    s.isDir = info.isDir();
    if (info.isFile()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            s.size = bytes.size();
            s.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        }
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix)) {
            s.sidecars << suffix;
        }
    }
    const auto filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;
    s.neighbours = QDir(info.absolutePath()).entryList(filters, QDir::Name);
    if (s.isDir) {
        const QStringList inside = QDir(path).entryList(filters, QDir::Name);
        for (const QString &entry : inside) {
            s.neighbours << QStringLiteral("inside/") + entry;
        }
    }
    return s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
}

CaseRecord someCase(int i)
{
    CaseRecord c;
    c.subject.firstName = QStringLiteral("Person");
    c.subject.lastName = QStringLiteral("Number %1").arg(i);
    c.subject.email = QStringLiteral("person%1@example.org").arg(i);
    c.subject.postalAddress = QStringLiteral("%1 rue de la Gare, 67000 Strasbourg").arg(i);
    c.receivedOn = QDate(2026, 11, 2).addDays(i);
    c.rights = {
        RightRequest{
            Right::Access, QStringLiteral("A copy of everything"), Outcome::Pending, RefusalGround::None, {}, {}},
        RightRequest{Right::Erasure, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    c.notes = {Note{{}, {}, QStringLiteral("Logged from the post room, letter %1").arg(i)}};
    return c;
}

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsNewRegister();
    void pragmasAfterOpen_data();
    void pragmasAfterOpen();
    void reopenExistingRegister();
    void backendCapabilities();
    void schemaStepsOfEachVersion();
    void closingLeavesNoSidecarFiles();
    void emptyPathRefused();
    void missingFileWithoutCreateRefused();

    void refusalLeavesFileUnchanged_data();
    void refusalLeavesFileUnchanged();
    void lockedByAnotherConnection();

    void upgradesVersion1Register();
    void upgradesVersion5Register();
    void writeCommits();
    // Several processes on one register (issue: lost writes, a destroyed register)
    void secondOpenKeepsTheFirstConnectionsLocks();
    void readOnlyOpenChangesNothing();
    void emptyFileRefusedWhateverTheMode();
    void danglingLinkNotFollowed();
    void hotJournalIsRecovered();
    void walLeftByAKilledProgramIsRecovered();
    void creationTemporaryNamesItsProcess();
    void leftByAKilledProgramIsSwept_data();
    void leftByAKilledProgramIsSwept();
    void privateWhateverTheUmask();
    void writeRollsBackOnError();
    void nestedWriteIsPartOfTheOuterTransaction();

private:
    QString pathOf(const QString &name) const { return m_dir->filePath(name); }
    void prepareRefusedFile(const QString &kind, const QString &path);
    void createRegister(const QString &path, int cases);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
}

void TestDatabase::cleanup()
{
    m_dir.reset();
}

/// Creates a register (with some cases when asked) and closes it again.
void TestDatabase::createRegister(const QString &path, int cases)
{
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    const std::unique_ptr<Database> db = std::move(opened).value();
    if (cases > 0) {
        const FixedClock clock(QDate(2026, 11, 26));
        CaseBook repository(*db, clock, QStringLiteral("tester"));
        const Result<void> calendar = repository.loadCalendar();
        QVERIFY2(calendar.ok(), qPrintable(calendar.errorMessage()));
        for (int i = 0; i < cases; ++i) {
            const Result<CaseRecord> created = repository.create(someCase(i));
            QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// A register that opens

void TestDatabase::createsNewRegister()
{
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    QVERIFY(!QFileInfo::exists(path));
    {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const std::unique_ptr<Database> db = std::move(opened).value();
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(db->path(), path);
        QVERIFY(!db->isReadOnly());
        QVERIFY(!db->inTransaction());
        QCOMPARE(SqliteDatabase::kApplicationId, qint32(0x44504F44));
        QCOMPARE(Database::kSchemaVersion, 8);
        QCOMPARE(sqlite(*db).pragma(QStringLiteral("application_id")).toLongLong(), qint64(0x44504F44));
        QCOMPARE(sqlite(*db).pragma(QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);

        // The schema is there.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList tables;
        while (q.next()) {
            tables << q.value(0).toString();
        }
        for (const QString &table :
             {QStringLiteral("audit_events"), QStringLiteral("case_rights"), QStringLiteral("cases"),
              QStringLiteral("closure_days"), QStringLiteral("meta"), QStringLiteral("notes"),
              QStringLiteral("recipients"), QStringLiteral("reference_counters"), QStringLiteral("suspensions")}) {
            QVERIFY2(tables.contains(table), qPrintable(table));
        }
    }

    // Closed: the identity is in the file's own header, where DPO Desk reads it before opening anything.
    const QByteArray header = readHeader(path);
    QCOMPARE(header.size(), 100);
    QVERIFY(header.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 68), qint32(0x44504F44));
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 60), qint32(Database::kSchemaVersion));
    QCOMPARE(header.mid(68, 4), QByteArray("DPOD"));
    // Write and read versions 2 in the header: the file is in WAL mode.
    QCOMPARE(int(header.at(18)), 2);
    QCOMPARE(int(header.at(19)), 2);
}

void TestDatabase::pragmasAfterOpen_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");

    QTest::newRow("foreign_keys") << QStringLiteral("foreign_keys") << QStringLiteral("1");
    QTest::newRow("journal_mode") << QStringLiteral("journal_mode") << QStringLiteral("wal");
    QTest::newRow("synchronous FULL") << QStringLiteral("synchronous") << QStringLiteral("2");
    QTest::newRow("secure_delete") << QStringLiteral("secure_delete") << QStringLiteral("1");
    QTest::newRow("trusted_schema") << QStringLiteral("trusted_schema") << QStringLiteral("0");
}

void TestDatabase::pragmasAfterOpen()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);

    // Pragmas belong to a connection: a new file and a reopened one must both have them.
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    for (const char *when : {"new file", "reopened file"}) {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const std::unique_ptr<Database> db = std::move(opened).value();
        QVERIFY2(sqlite(*db).pragma(pragma).toLower() == expected,
                 qPrintable(QStringLiteral("%1: %2 reads \"%3\", expected \"%4\"")
                                .arg(QLatin1String(when), pragma, sqlite(*db).pragma(pragma), expected)));
    }
}

void TestDatabase::reopenExistingRegister()
{
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    int schemaObjects = 0;
    {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const std::unique_ptr<Database> db = std::move(opened).value();
        const Result<void> written = db->write([&]() -> Result<void> {
            return db->setMeta(QStringLiteral("organisation"), QStringLiteral("Exemple SA"));
        });
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next());
        schemaObjects = q.value(0).toInt();
        QVERIFY(schemaObjects > 0);
    }
    for (const bool createIfMissing : {true, false}) {
        auto opened = Database::open(path, Database::Options{createIfMissing, false});
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const std::unique_ptr<Database> db = std::move(opened).value();
        const Result<QString> organisation = db->meta(QStringLiteral("organisation"));
        QVERIFY2(organisation.ok(), qPrintable(organisation.errorMessage()));
        QCOMPARE(organisation.value(), QStringLiteral("Exemple SA"));
        QCOMPARE(sqlite(*db).pragma(QStringLiteral("application_id")).toLongLong(),
                 qint64(SqliteDatabase::kApplicationId));
        QCOMPARE(sqlite(*db).pragma(QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
        // The migration did not run a second time.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next());
        QCOMPARE(q.value(0).toInt(), schemaObjects);
    }
}

void TestDatabase::backendCapabilities()
{
    // What callers ask of any database, answered here by SQLite's own means (pragmas, sqlite_master, VACUUM INTO).
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    createRegister(path, 3);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(Database::companionFiles(path), QStringList({path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                                          path + QStringLiteral("-journal")}));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    Database &db = **opened;
    QVERIFY(db.dialect() == Dialect::Sqlite);
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(db.openedAtVersion(), Database::kSchemaVersion);
    QVERIFY(db.isMarkedAsRegister());

    const Result<bool> cases = db.hasTable(QStringLiteral("cases"));
    QVERIFY2(cases.ok(), qPrintable(cases.errorMessage()));
    QVERIFY(cases.value());
    const Result<bool> index = db.hasTable(QStringLiteral("cases_queue"));
    QVERIFY2(index.ok(), qPrintable(index.errorMessage()));
    QVERIFY(!index.value()); // an index, not a table
    const Result<bool> absent = db.hasTable(QStringLiteral("tasks"));
    QVERIFY2(absent.ok(), qPrintable(absent.errorMessage()));
    QVERIFY(!absent.value());

    const Result<QStringList> columns = db.columns(QStringLiteral("audit_events"));
    QVERIFY2(columns.ok(), qPrintable(columns.errorMessage()));
    QCOMPARE(
        columns.value(),
        QStringList({QStringLiteral("seq"), QStringLiteral("at_utc"), QStringLiteral("actor"), QStringLiteral("action"),
                     QStringLiteral("case_reference"), QStringLiteral("details"), QStringLiteral("details_sha256"),
                     QStringLiteral("prev_hash"), QStringLiteral("hash"), QStringLiteral("state")}));
    const Result<QStringList> none = db.columns(QStringLiteral("tasks"));
    QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
    QVERIFY(none.value().isEmpty());

    const Result<void> checked = db.integrityCheck();
    QVERIFY2(checked.ok(), qPrintable(checked.errorMessage()));

    // A checkpoint leaves nothing in the write-ahead log.
    const Result<void> written = db.write([&] { return db.setMeta(QStringLiteral("k"), QStringLiteral("v")); });
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    const Result<bool> emptied = db.checkpoint();
    QVERIFY2(emptied.ok(), qPrintable(emptied.errorMessage()));
    QVERIFY(emptied.value());
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), qint64(0));

    // A backup fills an empty file with a register of its own, as it is now.
    const QString copy = pathOf(QStringLiteral("copy.sqlite"));
    {
        QFile empty(copy);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    const Result<void> copied = db.backupInto(copy);
    QVERIFY2(copied.ok(), qPrintable(copied.errorMessage()));
    auto backup = Database::open(copy, Database::Options{false, true});
    QVERIFY2(backup.ok(), qPrintable(backup.errorMessage()));
    QCOMPARE((*backup)->schemaVersion(), Database::kSchemaVersion);
    QVERIFY((*backup)->isMarkedAsRegister());
    const Result<QString> value = (*backup)->meta(QStringLiteral("k"));
    QVERIFY2(value.ok(), qPrintable(value.errorMessage()));
    QCOMPARE(value.value(), QStringLiteral("v"));
    QSqlQuery q((*backup)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestDatabase::schemaStepsOfEachVersion()
{
    // One step per version, none empty; the statements every dialect shares are in SQLite's steps too.
    const QList<QStringList> steps = schema::migrations(Dialect::Sqlite);
    QCOMPARE(steps.size(), Database::kSchemaVersion);
    for (const QStringList &step : steps) {
        QVERIFY(!step.isEmpty());
    }
    QVERIFY(steps.at(0).contains(schema::shared::metaTable()));
    QCOMPARE(steps.at(1), schema::shared::queueSortIndexes());
    QCOMPARE(steps.at(2), schema::shared::openQueueIndexes());
    QCOMPARE(steps.at(4), QStringList{schema::shared::auditEventStateColumn()});
}

void TestDatabase::closingLeavesNoSidecarFiles()
{
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    createRegister(path, 3);
    if (QTest::currentTestFailed()) {
        return;
    }
    const FileState closed = stateOf(path);
    QVERIFY(closed.exists);
    QCOMPARE(closed.sidecars, QStringList());
}

void TestDatabase::emptyPathRefused()
{
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    auto opened = Database::open(QString());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::Invalid);
    QVERIFY(!opened.error().message.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestDatabase::missingFileWithoutCreateRefused()
{
    const QString path = pathOf(QStringLiteral("missing.sqlite"));
    for (const Database::Options options : {Database::Options{false, false}, Database::Options{true, true}}) {
        auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::NotFound);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(stateOf(path).sidecars, QStringList());
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Refusals: nothing may change on disk

void TestDatabase::refusalLeavesFileUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Error::Code>("expected");
    QTest::addColumn<Error::Code>("alsoAccepted");

    using C = Error::Code;
    QTest::newRow("text file") << QStringLiteral("text") << C::NotDatabase << C::NotDatabase;
    QTest::newRow("text file shorter than a header")
        << QStringLiteral("short-text") << C::NotDatabase << C::NotDatabase;
    QTest::newRow("4096 random bytes") << QStringLiteral("random") << C::NotDatabase << C::NotDatabase;
    QTest::newRow("4096 zero bytes") << QStringLiteral("zeros") << C::NotDatabase << C::NotDatabase;
    QTest::newRow("another application (application_id 1234)")
        << QStringLiteral("foreign-id") << C::ForeignDatabase << C::ForeignDatabase;
    QTest::newRow("application_id 0 with a table of its own")
        << QStringLiteral("foreign-no-id") << C::ForeignDatabase << C::ForeignDatabase;
    QTest::newRow("application_id 0 with a table of its own, WAL mode")
        << QStringLiteral("foreign-no-id-wal") << C::ForeignDatabase << C::ForeignDatabase;
    QTest::newRow("DPO Desk register from a newer version (user_version 99)")
        << QStringLiteral("too-new") << C::TooNew << C::TooNew;
    QTest::newRow("corrupt b-tree pages, header intact") << QStringLiteral("corrupt") << C::Corrupt << C::NotDatabase;
    QTest::newRow("a directory") << QStringLiteral("directory") << C::NotDatabase << C::NotDatabase;
}

void TestDatabase::prepareRefusedFile(const QString &kind, const QString &path)
{
    if (kind == QLatin1String("text")) {
        QByteArray text;
        for (int i = 0; i < 10; ++i) {
            text += "This is not a database. It is a text file that happens to end in .sqlite.\n";
        }
        QVERIFY(text.size() > 100);
        QVERIFY(writeFile(path, text));
    } else if (kind == QLatin1String("short-text")) {
        QVERIFY(writeFile(path, QByteArray("not a database\n")));
    } else if (kind == QLatin1String("random")) {
        QRandomGenerator generator(20261126);
        QByteArray bytes(4096, Qt::Uninitialized);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
        QVERIFY(!bytes.startsWith("SQLite"));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("zeros")) {
        QVERIFY(writeFile(path, QByteArray(4096, '\0')));
    } else if (kind.startsWith(QLatin1String("foreign"))) {
        QStringList statements;
        if (kind == QLatin1String("foreign-no-id-wal")) {
            statements << QStringLiteral("PRAGMA journal_mode = WAL");
        }
        statements << QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
                   << QStringLiteral("INSERT INTO contacts (name) VALUES ('Ada'), ('Grace')");
        if (kind == QLatin1String("foreign-id")) {
            statements << QStringLiteral("PRAGMA application_id = 1234");
        }
        RawConnection other(path);
        QVERIFY2(other.isOpen(), qPrintable(other.openError()));
        const QString error = other.execAll(statements);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        other.close();
        const QByteArray header = readHeader(path);
        QCOMPARE(header.size(), 100);
        QCOMPARE(qFromBigEndian<qint32>(header.constData() + 68),
                 qint32(kind == QLatin1String("foreign-id") ? 1234 : 0));
    } else if (kind == QLatin1String("too-new")) {
        createRegister(path, 0);
        if (QTest::currentTestFailed()) {
            return;
        }
        RawConnection newer(path);
        QVERIFY2(newer.isOpen(), qPrintable(newer.openError()));
        const QString error = newer.exec(QStringLiteral("PRAGMA user_version = 99"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        newer.close();
        const QByteArray header = readHeader(path);
        QCOMPARE(qFromBigEndian<qint32>(header.constData() + 68), SqliteDatabase::kApplicationId);
        QCOMPARE(qFromBigEndian<qint32>(header.constData() + 60), qint32(99));
    } else if (kind == QLatin1String("corrupt")) {
        createRegister(path, 5);
        if (QTest::currentTestFailed()) {
            return;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        QCOMPARE(header.size(), 100);
        const quint16 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const qint64 pages = file.size() / pageSize;
        QVERIFY2(pages >= 4, qPrintable(QStringLiteral("only %1 pages").arg(pages)));
        // Pages 3 .. 10 (or the last page) become 0xFF junk; pages 1 and 2, and so the header, stay intact.
        const qint64 from = 2 * pageSize;
        const qint64 to = std::min(pages, qint64(10)) * pageSize;
        QVERIFY(file.seek(from));
        QCOMPARE(file.write(QByteArray(to - from, char(0xFF))), to - from);
        file.close();
        QCOMPARE(readHeader(path), header);
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown kind %1").arg(kind)));
    }
}

void TestDatabase::refusalLeavesFileUnchanged()
{
    QFETCH(QString, kind);
    QFETCH(Error::Code, expected);
    QFETCH(Error::Code, alsoAccepted);

    const QString path = pathOf(QStringLiteral("subject.sqlite"));
    prepareRefusedFile(kind, path);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Both ways of opening refuse, and neither touches the disk.
    const std::pair<const char *, Database::Options> modes[] = {
        {"read-write", Database::Options{}},
        {"read-only", Database::Options{false, true}},
    };
    for (const auto &[mode, options] : modes) {
        const FileState before = stateOf(path);
        QVERIFY(before.exists);
        QVERIFY2(before.sidecars.isEmpty(), qPrintable(before.sidecars.join(u' ')));

        auto opened = Database::open(path, options);
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("%1 open was not refused").arg(QLatin1String(mode))));
        const Error error = opened.error();
        QVERIFY2(
            error.code == expected || error.code == alsoAccepted,
            qPrintable(QStringLiteral("%1: %2 (%3)").arg(QLatin1String(mode), codeName(error.code), error.message)));
        QVERIFY(!error.message.isEmpty());
        if (error.code == Error::Code::Corrupt) {
            // A sentence first; SQLite's own English only in the detail (the desk's "Details").
            QVERIFY2(error.message.contains(QLatin1String("is damaged")), qPrintable(error.message));
            QVERIFY2(!error.message.contains(QLatin1String("quick_check")) &&
                         !error.message.contains(QLatin1String("malformed")),
                     qPrintable(error.message));
            QVERIFY2(error.detail.startsWith(QLatin1String("SQLite")), qPrintable(error.detail));
        }

        const FileState after = stateOf(path);
        QVERIFY(after.exists);
        QCOMPARE(after.isDir, before.isDir);
        QCOMPARE(after.size, before.size);
        QCOMPARE(after.sha256, before.sha256);
        QVERIFY2(after.sidecars == before.sidecars,
                 qPrintable(QStringLiteral("%1 open of a refused file left %2 behind")
                                .arg(QLatin1String(mode), after.sidecars.join(QStringLiteral(", ")))));
        QCOMPARE(after.neighbours, before.neighbours);
    }
}

void TestDatabase::lockedByAnotherConnection()
{
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    createRegister(path, 2);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Another program holds the file: exclusive locking mode and an open write transaction, so nobody can read.
    auto locker = std::make_unique<RawConnection>(path);
    QVERIFY2(locker->isOpen(), qPrintable(locker->openError()));
    const QString lockError = locker->execAll({
        QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"),
        QStringLiteral("BEGIN EXCLUSIVE"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('held-by', 'another program')"),
    });
    QVERIFY2(lockError.isEmpty(), qPrintable(lockError));

    const FileState before = stateOf(path);
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(!opened.ok(), "a database locked by another program was opened");
    QCOMPARE(opened.error().code, Error::Code::Locked);
    QVERIFY2(opened.error().message.contains(QLatin1String("locked")), qPrintable(opened.error().message));
    QVERIFY2(elapsed < 10000, qPrintable(QStringLiteral("gave up after %1 ms").arg(elapsed)));

    const FileState after = stateOf(path);
    QCOMPARE(after.size, before.size);
    QCOMPARE(after.sha256, before.sha256);
    QCOMPARE(after.sidecars, before.sidecars);
    QCOMPARE(after.neighbours, before.neighbours);

    // Released (the other program's change rolled back): the register opens, without the uncommitted row.
    QVERIFY(locker->exec(QStringLiteral("ROLLBACK")).isEmpty());
    locker.reset();
    auto again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    const std::unique_ptr<Database> db = std::move(again).value();
    const Result<QString> heldBy = db->meta(QStringLiteral("held-by"), QStringLiteral("absent"));
    QVERIFY2(heldBy.ok(), qPrintable(heldBy.errorMessage()));
    QCOMPARE(heldBy.value(), QStringLiteral("absent"));
}

// ---------------------------------------------------------------------------------------------------------------
// Write transactions

void TestDatabase::upgradesVersion1Register()
{
    // A register of schema version 1: without the sorting indexes of versions 2 and 3.
    const QString path = pathOf(QStringLiteral("v1.sqlite"));
    createRegister(path, 3);
    {
        RawConnection old(path);
        QVERIFY2(old.isOpen(), qPrintable(old.openError()));
        const QString error = old.execAll({QStringLiteral("DROP INDEX cases_by_status"),
                                           QStringLiteral("DROP INDEX cases_by_channel"),
                                           QStringLiteral("DROP INDEX cases_by_rights"),
                                           QStringLiteral("DROP INDEX open_by_status"),
                                           QStringLiteral("DROP INDEX open_by_channel"),
                                           QStringLiteral("DROP INDEX open_by_rights"),
                                           QStringLiteral("DROP INDEX open_by_received"),
                                           QStringLiteral("DROP INDEX open_by_subject"),
                                           QStringLiteral("DROP INDEX open_by_id"),
                                           QStringLiteral("DROP INDEX open_deadlines"),
                                           QStringLiteral("DROP TABLE attachment_contents"),
                                           QStringLiteral("DROP TABLE attachments"),
                                           QStringLiteral("DROP TABLE identity_verifications"),
                                           QStringLiteral("ALTER TABLE audit_events DROP COLUMN state"),
                                           QStringLiteral("DROP TABLE task_evidence"),
                                           QStringLiteral("DROP TABLE case_tasks"),
                                           QStringLiteral("DROP TABLE case_activities"),
                                           QStringLiteral("DROP TABLE activity_systems"),
                                           QStringLiteral("DROP TABLE activities"),
                                           QStringLiteral("DROP TABLE systems"),
                                           QStringLiteral("ALTER TABLE recipients DROP COLUMN address"),
                                           QStringLiteral("PRAGMA user_version = 1")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        old.close();
    }
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QCOMPARE((*opened)->openedAtVersion(), 1);
    QCOMPARE(sqlite(**opened).pragma(QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
    QCOMPARE((*opened)->schemaVersion(), Database::kSchemaVersion);
    QSqlQuery q((*opened)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                  "('cases_by_status', 'cases_by_channel', 'cases_by_rights', 'open_by_status', "
                                  "'open_by_channel', 'open_by_rights', 'open_by_received', 'open_by_subject', "
                                  "'open_by_id')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 9);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3); // the cases came through
}

void TestDatabase::upgradesVersion5Register()
{
    // A register of schema version 5: search indexes without the scope and the deadline, no index of the open cases.
    const QString path = pathOf(QStringLiteral("v5.sqlite"));
    createRegister(path, 3);
    int events = 0;
    {
        RawConnection old(path);
        QVERIFY2(old.isOpen(), qPrintable(old.openError()));
        const QString error = old.execAll(
            {QStringLiteral("DROP INDEX cases_search_name"),
             QStringLiteral("CREATE INDEX cases_search_name ON cases (search_name)"),
             QStringLiteral("DROP INDEX cases_search_name_reversed"),
             QStringLiteral("CREATE INDEX cases_search_name_reversed ON cases (search_name_reversed)"),
             QStringLiteral("DROP INDEX cases_search_email"),
             QStringLiteral("CREATE INDEX cases_search_email ON cases (search_email)"),
             QStringLiteral("DROP INDEX cases_search_phone"),
             QStringLiteral("CREATE INDEX cases_search_phone ON cases (search_phone)"),
             QStringLiteral("DROP INDEX open_deadlines"), QStringLiteral("DROP TABLE task_evidence"),
             QStringLiteral("DROP TABLE case_tasks"), QStringLiteral("DROP TABLE case_activities"),
             QStringLiteral("DROP TABLE activity_systems"), QStringLiteral("DROP TABLE activities"),
             QStringLiteral("DROP TABLE systems"), QStringLiteral("ALTER TABLE recipients DROP COLUMN address"),
             QStringLiteral("PRAGMA user_version = 5")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        events = old.number(QStringLiteral("SELECT count(*) FROM audit_events"));
        QVERIFY(events >= 3);
        old.close();
    }
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QCOMPARE(sqlite(**opened).pragma(QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
    QSqlQuery q((*opened)->connection());
    const auto columnsOf = [&q](const QString &index) {
        QStringList columns;
        if (q.exec(QStringLiteral("SELECT name FROM pragma_index_info('%1') ORDER BY seqno").arg(index))) {
            while (q.next()) {
                columns << q.value(0).toString();
            }
        }
        return columns.join(u',');
    };
    QCOMPARE(columnsOf(QStringLiteral("cases_search_name")), QStringLiteral("search_name,is_open,deadline"));
    QCOMPARE(columnsOf(QStringLiteral("cases_search_name_reversed")),
             QStringLiteral("search_name_reversed,id,is_open,deadline"));
    QCOMPARE(columnsOf(QStringLiteral("cases_search_email")), QStringLiteral("search_email,is_open,deadline"));
    QCOMPARE(columnsOf(QStringLiteral("cases_search_phone")), QStringLiteral("search_phone,is_open,deadline"));
    QVERIFY(columnsOf(QStringLiteral("open_deadlines")).startsWith(QStringLiteral("deadline,")));
    QVERIFY((*opened)->columns(QStringLiteral("recipients"))->contains(QStringLiteral("address")));
    // Indexes only: the data is as it was, and the audit trail records nothing and still proves it.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_events")) && q.next());
    QCOMPARE(q.value(0).toInt(), events);
    q.finish();
    const FixedClock clock(QDate(2026, 11, 26));
    CaseBook repository(**opened, clock, QStringLiteral("tester"));
    const auto verified = repository.audit().verify();
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->casesChecked, qint64(3));
}

void TestDatabase::writeCommits()
{
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const std::unique_ptr<Database> db = std::move(opened).value();
        bool inside = false;
        const Result<void> written = db->write([&]() -> Result<void> {
            inside = db->inTransaction();
            return db->setMeta(QStringLiteral("holiday_calendar"), QStringLiteral("fr-alsace-moselle"));
        });
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QVERIFY(inside);
        QVERIFY(!db->inTransaction());
        const Result<QString> value = db->meta(QStringLiteral("holiday_calendar"));
        QVERIFY(value.ok());
        QCOMPARE(value.value(), QStringLiteral("fr-alsace-moselle"));
    }
    auto reopened = Database::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    const Result<QString> value = reopened.value()->meta(QStringLiteral("holiday_calendar"));
    QVERIFY(value.ok());
    QCOMPARE(value.value(), QStringLiteral("fr-alsace-moselle"));
}

void TestDatabase::writeRollsBackOnError()
{
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const std::unique_ptr<Database> db = std::move(opened).value();

        QString seenInside;
        bool insertedInside = false;
        const Result<void> written = db->write([&]() -> Result<void> {
            const Result<void> inserted = db->setMeta(QStringLiteral("draft"), QStringLiteral("half-done"));
            insertedInside = inserted.ok();
            if (const Result<QString> value = db->meta(QStringLiteral("draft")); value.ok()) {
                seenInside = value.value();
            }
            return makeError(Error::Code::Invalid, QStringLiteral("the second half of the change failed"));
        });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Error::Code::Invalid);
        QCOMPARE(written.errorMessage(), QStringLiteral("the second half of the change failed"));
        QVERIFY(insertedInside);
        QCOMPARE(seenInside, QStringLiteral("half-done")); // the row existed inside the transaction
        QVERIFY(!db->inTransaction());

        const Result<QString> after = db->meta(QStringLiteral("draft"), QStringLiteral("absent"));
        QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
        QCOMPARE(after.value(), QStringLiteral("absent"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'draft'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();

        // The connection is not left in a transaction: the next change commits.
        const Result<void> next = db->write(
            [&]() -> Result<void> { return db->setMeta(QStringLiteral("after"), QStringLiteral("committed")); });
        QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
    }
    auto reopened = Database::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    const Database &db = *reopened.value();
    QCOMPARE(db.meta(QStringLiteral("draft"), QStringLiteral("absent")).value(), QStringLiteral("absent"));
    QCOMPARE(db.meta(QStringLiteral("after")).value(), QStringLiteral("committed"));
}

void TestDatabase::nestedWriteIsPartOfTheOuterTransaction()
{
    auto opened = Database::open(pathOf(QStringLiteral("register.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    const std::unique_ptr<Database> db = std::move(opened).value();

    bool innerOk = false;
    const Result<void> written = db->write([&]() -> Result<void> {
        if (auto ok = db->setMeta(QStringLiteral("outer"), QStringLiteral("1")); !ok) {
            return ok;
        }
        const Result<void> inner =
            db->write([&]() -> Result<void> { return db->setMeta(QStringLiteral("inner"), QStringLiteral("1")); });
        innerOk = inner.ok() && db->inTransaction();
        return makeError(Error::Code::Conflict, QStringLiteral("changed elsewhere"));
    });
    QVERIFY(innerOk);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, Error::Code::Conflict);
    QCOMPARE(db->meta(QStringLiteral("outer"), QStringLiteral("absent")).value(), QStringLiteral("absent"));
    QCOMPARE(db->meta(QStringLiteral("inner"), QStringLiteral("absent")).value(), QStringLiteral("absent"));
}

// ---------------------------------------------------------------------------------------------------------------
// Several processes on one register

namespace {

/// Runs the sqlite3 shell on a file, as another program on the machine would; its standard output.
QString sqliteShell(const QString &path, const QString &sql, int *exitCode = nullptr)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path, sql});
    shell.waitForFinished(30000);
    if (exitCode) {
        *exitCode = shell.exitCode();
    }
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool openedDeleted(const QString &path)
{
    // A descriptor of this process on a file that was unlinked shows as "<path> (deleted)" in /proc/self/fd.
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.startsWith(path) && target.endsWith(QLatin1String(" (deleted)"))) {
            return true;
        }
    }
    return false;
}

} // namespace

void TestDatabase::secondOpenKeepsTheFirstConnectionsLocks()
{
    // The desk holds the register open (WAL mode: a shared lock on the file, the -wal and -shm in use) while a worker
    // thread of the same process opens it again (the daily backup). Closing any descriptor of a file drops all of the
    // process's POSIX locks on it: a header read with a plain open/close let another process believe nobody used
    // the register, checkpoint it and delete the write-ahead log the desk was still writing to.
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    createRegister(path, 1);
    auto first = Database::open(path);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const std::unique_ptr<Database> desk = std::move(first).value();
    const FixedClock clock(QDate(2026, 11, 26));
    CaseBook repository(*desk, clock, QStringLiteral("desk"));
    QVERIFY(repository.loadCalendar().ok());
    QVERIFY(repository.create(someCase(2)).ok());
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    {
        auto second = Database::open(path);
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    }
    {
        Database::Options options;
        options.readOnly = true;
        auto reader = Database::open(path, options);
        QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
    }
    QVERIFY2(Database::quickCheck(path).ok(), "quick_check from a second connection");
    // Another program opens and closes the register: it must see that the desk still uses it.
    QCOMPARE(sqliteShell(path, QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("2"));
    QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")), "the desk's write-ahead log was deleted");
    QVERIFY2(!openedDeleted(path), "the desk writes into a deleted file");
    // The desk's next change is seen by everyone, and after everyone closed.
    QVERIFY(repository.create(someCase(3)).ok());
    QCOMPARE(sqliteShell(path, QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("3"));
    QCOMPARE(sqliteShell(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestDatabase::readOnlyOpenChangesNothing()
{
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    createRegister(path, 3);
    const FileState before = stateOf(path);
    QVERIFY(before.sidecars.isEmpty());
    {
        Database::Options options;
        options.readOnly = true;
        auto opened = Database::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QSqlQuery q((*opened)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // No statement can write through it.
        QSqlQuery write((*opened)->connection());
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));
    }
    const FileState after = stateOf(path);
    QCOMPARE(after.sha256, before.sha256);
    QCOMPARE(after.sidecars, QStringList());
    QCOMPARE(after.neighbours, before.neighbours);
}

void TestDatabase::emptyFileRefusedWhateverTheMode()
{
    const QString path = pathOf(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(path, QByteArray()));
    for (const Database::Options options : {Database::Options{}, Database::Options{false, true}}) {
        auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::NotDatabase);
        QVERIFY2(opened.error().message.contains(QLatin1String("empty")), qPrintable(opened.error().message));
        QCOMPARE(QFileInfo(path).size(), qint64(0));
        QCOMPARE(stateOf(path).sidecars, QStringList());
    }
}

void TestDatabase::danglingLinkNotFollowed()
{
    const QString target = pathOf(QStringLiteral("elsewhere/nowhere.sqlite"));
    const QString link = pathOf(QStringLiteral("register.sqlite"));
    QVERIFY(QFile::link(target, link));
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    for (const Database::Options options : {Database::Options{}, Database::Options{false, true}}) {
        auto opened = Database::open(link, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::NotFound);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(QFileInfo(target).absolutePath()));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System), before);
    }
}

void TestDatabase::hotJournalIsRecovered()
{
    // A register in rollback mode (a restored copy is, until DPO Desk opens it) whose writer was killed mid-change:
    // the -journal left beside it is "hot". A connection that may not write cannot roll it back ("attempt to write a
    // readonly database"); DPO Desk opens it normally and SQLite puts the file back as it was before that change.
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    createRegister(path, 2);
    QCOMPARE(sqliteShell(path, QStringLiteral("PRAGMA journal_mode = DELETE")), QStringLiteral("delete"));
    int code = 0;
    sqliteShell(path,
                QStringLiteral("PRAGMA cache_size = 1; BEGIN; UPDATE cases SET subject_last_name = 'half-written'; "
                               "INSERT INTO meta (key, value) SELECT 'filler' || value, zeroblob(5000) FROM "
                               "generate_series(1, 200); .shell kill -9 $PPID"),
                &code);
    QVERIFY2(QFileInfo(path + QStringLiteral("-journal")).size() > 0, "no hot journal was left");
    for (const Database::Options options : {Database::Options{false, true}, Database::Options{false, false}}) {
        auto opened = Database::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QSqlQuery q((*opened)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE subject_last_name = 'half-written'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QCOMPARE(sqliteShell(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestDatabase::walLeftByAKilledProgramIsRecovered()
{
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    createRegister(path, 1);
    // Committed into the write-ahead log, then killed before any checkpoint.
    sqliteShell(path, QStringLiteral("PRAGMA wal_autocheckpoint = 0; UPDATE cases SET subject_last_name = "
                                     "'committed'; .shell kill -9 $PPID"));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    for (const Database::Options options : {Database::Options{false, true}, Database::Options{false, false}}) {
        auto opened = Database::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QSqlQuery q((*opened)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT subject_last_name FROM cases")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("committed"));
    }
}

void TestDatabase::creationTemporaryNamesItsProcess()
{
    // A new register is built under a temporary name beside its place, then linked in. A program killed while
    // building it leaves that file (and its -wal, -shm) behind: its name must say which process made it, so that the
    // next run sees that process gone and removes it (found by tst_killnine: an older form of the name, without the
    // process, was kept for a day).
    const int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    QVERIFY(watch >= 0);
    const auto closeWatch = qScopeGuard([watch] { ::close(watch); });
    QVERIFY(::inotify_add_watch(watch, QFile::encodeName(m_dir->path()).constData(), IN_CREATE) >= 0);
    createRegister(pathOf(QStringLiteral("register.sqlite")), 0);
    QStringList created;
    alignas(inotify_event) char buffer[64 * 1024];
    for (ssize_t n = 0; (n = ::read(watch, buffer, sizeof buffer)) > 0;) {
        for (const char *p = buffer; p < buffer + n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(p);
            if (event->len > 0) {
                created << QFile::decodeName(event->name);
            }
            p += sizeof(inotify_event) + event->len;
        }
    }
    const QRegularExpression expected(
        QStringLiteral(R"(^\.register\.sqlite\.creating-[A-Za-z0-9_]+-%1-[0-9a-f]{12}(-wal|-shm|-journal)?$)")
            .arg(::getpid()));
    const QStringList temporaries = created.filter(QStringLiteral(".creating-"));
    QVERIFY2(!temporaries.isEmpty(), qPrintable(created.join(u' ')));
    for (const QString &name : temporaries) {
        QVERIFY2(expected.match(name).hasMatch(), qPrintable(name));
    }
}

void TestDatabase::leftByAKilledProgramIsSwept_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("tag");
    // A register being created beside its place; a backup being written into the daily backups folder beside the
    // register (found by tst_killnine: it stayed there, a copy of the whole register, until the next backup).
    QTest::newRow("creation") << QString() << QStringLiteral("new.sqlite") << QStringLiteral("creating");
    QTest::newRow("backup") << QStringLiteral("backups") << QStringLiteral("register-2026-11-26.sqlite")
                            << QStringLiteral("partial");
    QTest::newRow("restore") << QString() << QStringLiteral("register.sqlite") << QStringLiteral("restore");
}

void TestDatabase::leftByAKilledProgramIsSwept()
{
    // What a process that is gone left half-made is removed by the next program that opens the register for writing;
    // a read removes nothing. Those of a running process and of another host stay.
    QFETCH(QString, folder);
    QFETCH(QString, target);
    QFETCH(QString, tag);
    const QString path = pathOf(QStringLiteral("register.sqlite"));
    createRegister(path, 1);
    const QDir dir(folder.isEmpty() ? m_dir->path() : pathOf(folder));
    QVERIFY(QDir().mkpath(dir.path()));
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    QVERIFY(child > 0);
    QCOMPARE(::waitpid(child, nullptr, 0), child); // a process id that is gone
    QString host = QSysInfo::machineHostName();
    for (QChar &c : host) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128)) {
            c = u'_';
        }
    }
    host = host.isEmpty() ? QStringLiteral("host") : host.left(40);
    const QString stem = QStringLiteral(".%1.%2-").arg(target, tag);
    const QString dead = stem + QStringLiteral("%1-%2-0123456789ab").arg(host).arg(child);
    const QString running = stem + QStringLiteral("%1-%2-0123456789ab").arg(host).arg(::getpid());
    const QString elsewhere = stem + QStringLiteral("otherhost-%1-0123456789ab").arg(child);
    const QStringList planted{dead,
                              dead + QStringLiteral("-wal"),
                              dead + QStringLiteral("-shm"),
                              dead + QStringLiteral("-journal"),
                              running,
                              elsewhere};
    for (const QString &name : planted) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("personal data");
    }
    {
        auto reading = Database::open(path, Database::Options{false, true});
        QVERIFY2(reading.ok(), qPrintable(reading.errorMessage()));
    }
    for (const QString &name : planted) {
        QVERIFY2(QFileInfo::exists(dir.filePath(name)), "a read must not remove anything");
    }
    createRegister(path, 0);
    for (const QString &name : planted) {
        QVERIFY2(QFileInfo::exists(dir.filePath(name)) == !name.startsWith(dead), qPrintable(name));
    }
}

void TestDatabase::privateWhateverTheUmask()
{
    const mode_t previous = ::umask(0);
    const QString path = pathOf(QStringLiteral("new/folder/register.sqlite"));
    {
        auto opened = Database::open(path);
        ::umask(previous);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const FixedClock clock(QDate(2026, 11, 26));
        CaseBook repository(**opened, clock, QStringLiteral("tester"));
        QVERIFY(repository.loadCalendar().ok());
        QVERIFY(repository.create(someCase(1)).ok());
        for (const QString &file :
             {path, QString(path + QStringLiteral("-wal")), QString(path + QStringLiteral("-shm"))}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(modeOf(file), 0600);
        }
    }
    ::umask(previous);
    for (const QString &folder : {pathOf(QStringLiteral("new")), pathOf(QStringLiteral("new/folder"))}) {
        QCOMPARE(modeOf(folder), 0700);
    }
    // A register made by an earlier version, readable by everyone: tightened when opened.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                                            QFileDevice::ReadGroup));
    {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    }
    QCOMPARE(modeOf(path), 0600);
}

QTEST_GUILESS_MAIN(TestDatabase)

#include "tst_database.moc"
