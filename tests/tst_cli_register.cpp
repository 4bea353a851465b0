// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The register file under dpodesk-cli, run as a separate process: reading never writes (a missing register is not
// created, an empty or foreign file is refused untouched, a link to nowhere is not followed, a read leaves the bytes
// unchanged), files are private whatever the umask, two processes creating one register both succeed, and a
// file-size limit or a full disk ends in a message in words with the register intact.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace clitest;

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

QString sqlite(const QString &path, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path, sql});
    shell.waitForFinished(30000);
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

/// The commands that only read, each with what it needs; the register path is appended.
QList<QStringList> readCommands(const QString &dir)
{
    return {
        words({"case", "list"}),
        words({"case", "show", "DR-2026-0001"}),
        words({"case", "list", "--json"}),
        words({"audit", "verify"}),
        words({"attachments", "list", "DR-2026-0001"}),
        words({"attachments", "verify"}),
        words({"report", "deadlines", "--format", "csv", "--out"}) << QDir(dir).filePath(QStringLiteral("r.csv")),
        words({"report", "activity", "--format", "csv", "--out"}) << QDir(dir).filePath(QStringLiteral("a.csv")),
    };
}

} // namespace

class TestCliRegister final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void readOnAMissingRegisterCreatesNothing();
    void emptyOrForeignFileRefusedUntouched();
    void linkToNowhereNotFollowed();
    void readsLeaveTheBytesUnchanged();
    void privateWhateverTheUmask();
    void twoProcessesCreateOneRegister();
    void fileSizeLimitEndsInWords();
    void fullDiskEndsInWords();
    void damagedRegisterNeverWrittenAndSaidInWords();

private:
    Run run(const QStringList &args) const { return m_cli.run(args); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void addCase(const QString &db, const char *lastName);

    CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRegister::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli.setUp();
}

void TestCliRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliRegister::addCase(const QString &db, const char *lastName)
{
    CLI_VERIFY_EXIT(run(words({"case", "add", "--last-name", lastName, "--right", "access", "--received", "2026-11-20"})
                        << databaseOption(db)),
                    kOk);
}

void TestCliRegister::readOnAMissingRegisterCreatesNothing()
{
    const QString typo = path(QStringLiteral("typo/nosuch.sqlite"));
    const QString missing = path(QStringLiteral("nosuch.sqlite"));
    for (const QString &db : {typo, missing}) {
        for (const QStringList &command : readCommands(m_dir->path())) {
            const Run r = run(QStringList(command) << databaseOption(db));
            CLI_VERIFY_REFUSED(r, kFailure, QStringLiteral("There is no register at"));
            QVERIFY2(entriesOf(m_dir->path()).isEmpty(), qPrintable(entriesOf(m_dir->path()).join(u' ')));
        }
    }
}

void TestCliRegister::emptyOrForeignFileRefusedUntouched()
{
    const QString empty = path(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString text = path(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300, 'x'));
    }
    for (const QString &db : {empty, text}) {
        const QByteArray before = sha256Of(db);
        const QStringList neighbours = entriesOf(m_dir->path());
        QList<QStringList> commands = readCommands(m_dir->path());
        commands << words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-20"});
        for (const QStringList &command : commands) {
            const Run r = run(QStringList(command) << databaseOption(db));
            CLI_VERIFY_REFUSED(r, kFailure,
                               db == empty ? QStringLiteral("is an empty file, not a DPO Desk register")
                                           : QStringLiteral("is not a DPO Desk database"));
            QCOMPARE(sha256Of(db), before);
            QCOMPARE(entriesOf(m_dir->path()), neighbours);
        }
    }
}

void TestCliRegister::linkToNowhereNotFollowed()
{
    const QString link = path(QStringLiteral("register.sqlite"));
    const QString target = path(QStringLiteral("gone/register.sqlite"));
    QVERIFY(QFile::link(target, link));
    const Run r = run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-20"})
                      << databaseOption(link));
    CLI_VERIFY_REFUSED(r, kFailure, QStringLiteral("does not follow it"));
    QVERIFY(!QFileInfo::exists(QFileInfo(target).absolutePath()));
    QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("register.sqlite")});
}

void TestCliRegister::readsLeaveTheBytesUnchanged()
{
    const QString db = path(QStringLiteral("register.sqlite"));
    addCase(db, "Dupré");
    addCase(db, "Martin");
    const QByteArray before = sha256Of(db);
    QVERIFY(!before.isEmpty());
    for (const QStringList &command : readCommands(m_dir->path())) {
        CLI_VERIFY_EXIT(run(QStringList(command) << databaseOption(db)), kOk);
        QVERIFY2(sha256Of(db) == before, qPrintable(command.join(u' ')));
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            QVERIFY2(!QFileInfo::exists(db + QLatin1String(suffix)), suffix);
        }
    }
}

void TestCliRegister::privateWhateverTheUmask()
{
    const QString db = path(QStringLiteral("office/registers/register.sqlite"));
    const auto openUmask = [] { ::umask(0); };
    CLI_VERIFY_EXIT(
        m_cli.run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-20"})
                      << databaseOption(db),
                  openUmask),
        kOk);
    QCOMPARE(modeOf(db), 0600);
    QCOMPARE(modeOf(path(QStringLiteral("office"))), 0700);
    QCOMPARE(modeOf(path(QStringLiteral("office/registers"))), 0700);
    const QString report = path(QStringLiteral("deadlines.csv"));
    CLI_VERIFY_EXIT(
        m_cli.run(words({"report", "deadlines", "--format", "csv", "--out"}) << report << databaseOption(db),
                  openUmask),
        kOk);
    QCOMPARE(modeOf(report), 0600);
    const QString backup = path(QStringLiteral("copies/backup.sqlite"));
    CLI_VERIFY_EXIT(m_cli.run(words({"backup", "--out"}) << backup << databaseOption(db), openUmask), kOk);
    QCOMPARE(modeOf(backup), 0600);
    QCOMPARE(modeOf(backup + QStringLiteral(".sha256")), 0600);
    QCOMPARE(modeOf(path(QStringLiteral("copies"))), 0700);
}

void TestCliRegister::twoProcessesCreateOneRegister()
{
    // Five scheduled jobs start at once on a register that does not exist yet: each creates it, one wins, the
    // others open the one that won; every case is there.
    const QString db = path(QStringLiteral("new/register.sqlite"));
    QList<QProcess *> processes;
    for (int i = 0; i < 5; ++i) {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DPODESK_TODAY"), QStringLiteral("2026-11-26"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(DPODESK_CLI_PATH),
                       words({"case", "add", "--right", "access", "--received", "2026-11-20", "--last-name"})
                           << QStringLiteral("Person %1").arg(i) << databaseOption(db));
        processes << process;
    }
    QSet<QString> references;
    for (QProcess *process : processes) {
        QVERIFY(process->waitForFinished(kTimeoutMs));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        const QRegularExpression reference(QStringLiteral("DR-\\d{4}-\\d{4}"));
        references << reference.match(out).captured(0);
    }
    QCOMPARE(references.size(), 5);
    QCOMPARE(sqlite(db, QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("5"));
    QCOMPARE(sqlite(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // Nothing half-made is left beside it.
    QCOMPARE(entriesOf(path(QStringLiteral("new"))), QStringList{QStringLiteral("register.sqlite")});
}

void TestCliRegister::fileSizeLimitEndsInWords()
{
    // A file-size limit (ulimit -f) smaller than the register: the write fails. Without handling, the kernel kills
    // the process with SIGXFSZ half-way (no message, exit by signal).
    const QString db = path(QStringLiteral("register.sqlite"));
    CLI_VERIFY_EXIT(run(words({"demo", "--cases", "300"}) << databaseOption(db)), kOk);
    const qint64 size = QFileInfo(db).size();
    QVERIFY(size > 256 * 1024);
    const auto limited = [] {
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = 40 * 1024; // the -shm (32 KiB) can be made, the write-ahead log cannot take a change
        setrlimit(RLIMIT_FSIZE, &limit);
    };
    const Run r = m_cli.run(words({"case", "add", "--right", "access", "--received", "2026-11-20", "--last-name",
                                   "Dupré", "--note", "Called back"})
                                << databaseOption(db),
                            limited);
    QVERIFY2(r.code != -2, "killed by a signal");
    CLI_VERIFY_REFUSED(r, kFailure, QStringLiteral("size limit"));
    QCOMPARE(sqlite(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(sqlite(db, QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("300"));
    CLI_VERIFY_EXIT(run(words({"audit", "verify"}) << databaseOption(db)), kOk);
}

void TestCliRegister::fullDiskEndsInWords()
{
    if (::geteuid() != 0) {
        QSKIP("needs root to mount a small file system (CI runs as root)");
    }
    const QString mountPoint = path(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    QVERIFY2(::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=1m") == 0,
             "cannot mount a tmpfs");
    const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
    const QString db = mountPoint + QStringLiteral("/register.sqlite");
    addCase(db, "Dupré");
    // The rest of the disk filled by another file.
    {
        QFile filler(mountPoint + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
    }
    const Run r = run(words({"case", "add", "--right", "access", "--received", "2026-11-20", "--last-name", "Martin",
                             "--note", "A second request"})
                      << databaseOption(db));
    CLI_VERIFY_REFUSED(r, kFailure, QStringLiteral("is full"));
    QVERIFY2(QString::fromUtf8(r.err).contains(db), r.err.constData());
    const Run report = run(words({"report", "deadlines", "--format", "pdf", "--out"})
                           << (mountPoint + QStringLiteral("/deadlines.pdf")) << databaseOption(db));
    CLI_VERIFY_REFUSED(report, kFailure, QStringLiteral("the disk is full"));
    QVERIFY(QFile::remove(mountPoint + QStringLiteral("/filler")));
    QCOMPARE(sqlite(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(sqlite(db, QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("1"));
}

void TestCliRegister::damagedRegisterNeverWrittenAndSaidInWords()
{
    // Reads answer at once, without reading the whole file first; a write checks the whole file first and never
    // touches a damaged one; whatever meets the damage says so in words.
    const QString db = path(QStringLiteral("register.sqlite"));
    CLI_VERIFY_EXIT(run(words({"demo", "--cases", "200"}) << databaseOption(db)), kOk);
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 20);
        QVERIFY(file.seek(2 * 4096)); // pages 3 to the end: junk; the header and the schema page stay
        QCOMPARE(file.write(QByteArray((pages - 2) * 4096, char(0x5A))), (pages - 2) * 4096);
    }
    const QByteArray damaged = sha256Of(db);
    const QList<QStringList> commands{
        words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-20"}),
        words({"audit", "verify"}),
        words({"case", "list", "--all"}),
        words({"case", "show", "DR-2026-0001"}),
    };
    for (const QStringList &command : commands) {
        const Run r = run(QStringList(command) << databaseOption(db));
        QVERIFY2(r.code == kFailure || r.code == kIntegrityFailure, r.describe().constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QLatin1String("is damaged")), r.describe().constData());
        // SQLite's own words come only after ours, as a detail.
        QVERIFY2(err.indexOf(QLatin1String("malformed")) < 0 ||
                     err.indexOf(QLatin1String("malformed")) > err.indexOf(QLatin1String("is damaged")),
                 r.describe().constData());
        QCOMPARE(sha256Of(db), damaged);
    }
}

QTEST_MAIN(TestCliRegister)
#include "tst_cli_register.moc"
