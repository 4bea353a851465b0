// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// dpodesk-cli backup and restore, run as a separate process: a backup and its restore, the daily rotation, --yes
// required to replace a register, and refusals (damaged backup, the register as its own target, the register open
// in another DPO Desk) that leave the register byte-for-byte untouched.
#include "clirunner.h"

#include "storage/instancelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliBackup final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void backupAndRestore();
    void restoreNeedsYes();
    void damagedBackupIsRefused();
    void backupRefusesTheRegisterItself();
    void restoreRefusedWhileTheRegisterIsOpen();
    void rotation();
    void restoreWithoutChecksumSaysWhatIsSkipped();

private:
    Run run(const QStringList &args) const { return m_cli.run(args); }
    QStringList db() const { return databaseOption(m_db); }
    /// SHA-256 of the register and of its -wal, if any.
    QByteArray registerState() const { return sha256Of(m_db) + '/' + sha256Of(m_db + QStringLiteral("-wal")); }
    CliRunner m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli.setUp();
}

void TestCliBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("register.sqlite"));
    CLI_VERIFY_EXIT(
        run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-20"}) << db()),
        kOk);
    CLI_VERIFY_EXIT(
        run(words({"case", "add", "--last-name", "Martin", "--right", "erasure", "--received", "2026-11-21"}) << db()),
        kOk);
    const QString scan = m_dir->filePath(QStringLiteral("scan.pdf"));
    QFile file(scan);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\nMARKER-ID-COPY\n%%EOF\n");
    file.close();
    CLI_VERIFY_EXIT(run(words({"attachments", "add", "DR-2026-0001", "--kind", "request"}) << scan << db()), kOk);
}

void TestCliBackup::backupAndRestore()
{
    const QString backup = m_dir->filePath(QStringLiteral("saved/backup.sqlite"));
    const Run made = run(words({"backup", "--json", "--out"}) << backup << db());
    CLI_VERIFY_JSON(made);
    QCOMPARE(str(made.object(), "path"), backup);
    QCOMPARE(str(made.object(), "sha256").toLatin1(), sha256Of(backup));
    QVERIFY(made.object().value(QStringLiteral("audit_intact")).toBool());
    const Run verified = run(words({"audit", "verify", "--json"}) << db());
    CLI_VERIFY_JSON(verified);
    QCOMPARE(str(made.object(), "audit_head"), str(verified.object(), "head_hash"));

    const Run checked = run(words({"restore", "--check", "--json"}) << backup << db());
    CLI_VERIFY_JSON(checked);
    QVERIFY2(checked.object().value(QStringLiteral("cases")).toInt() == 2, checked.describe().constData());
    QCOMPARE(checked.object().value(QStringLiteral("attachments_checked")).toInt(), 1);

    // A third case after the backup; the restore brings the register back to two and keeps the three.
    CLI_VERIFY_EXIT(
        run(words({"case", "add", "--last-name", "Lefebvre", "--right", "access", "--received", "2026-11-25"}) << db()),
        kOk);
    const Run restored = run(words({"restore", "--yes", "--json"}) << backup << db());
    CLI_VERIFY_JSON(restored);
    const QString previous = str(restored.object(), "previous_copy");
    QVERIFY2(previous.startsWith(m_db + QStringLiteral(".before-restore-")), restored.describe().constData());
    QVERIFY(QFileInfo::exists(previous));
    const Run now = run(words({"case", "list", "--json"}) << db());
    CLI_VERIFY_JSON(now);
    QCOMPARE(now.array().size(), 2);
    const Run before = run(words({"case", "list", "--json"}) << databaseOption(previous));
    CLI_VERIFY_JSON(before);
    QCOMPARE(before.array().size(), 3);
    const Run chain = run(words({"audit", "verify"}) << db());
    CLI_VERIFY_EXIT(chain, kOk);
    CLI_VERIFY_EXIT(run(words({"attachments", "verify"}) << db()), kOk);
}

void TestCliBackup::restoreNeedsYes()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    CLI_VERIFY_EXIT(run(words({"backup", "--out"}) << backup << db()), kOk);
    const QByteArray state = registerState();
    CLI_VERIFY_REFUSED(run(words({"restore"}) << backup << db()), kUsage, QStringLiteral("add --yes"));
    CLI_VERIFY_REFUSED(run(words({"restore", "--yes"}) << db()), kUsage, QStringLiteral("give one backup file"));
    QCOMPARE(registerState(), state);
    CLI_VERIFY_REFUSED(run(words({"backup"}) << db()), kUsage, QStringLiteral("either --out FILE or --rotate"));
    CLI_VERIFY_REFUSED(run(words({"backup", "--rotate", "--keep", "0"}) << db()), kUsage, QStringLiteral("--keep"));
}

void TestCliBackup::damagedBackupIsRefused()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    CLI_VERIFY_EXIT(run(words({"backup", "--out"}) << backup << db()), kOk);
    // The audit trail rewritten inside the backup, and its checksum file removed so the chain check must see it.
    int rows = 0;
    QCOMPARE(execSql(backup, QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 1"), &rows),
             QString());
    QCOMPARE(rows, 1);
    QVERIFY(QFile::remove(backup + QStringLiteral(".sha256")));
    const QStringList beside = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    const QByteArray state = registerState();

    // Without its checksum file, a backup is refused unless that is said explicitly.
    CLI_VERIFY_REFUSED(run(words({"restore", "--yes"}) << backup << db()), kFailure,
                       QStringLiteral("has no checksum file beside it"));
    CLI_VERIFY_REFUSED(run(words({"restore", "--check"}) << backup << db()), kFailure,
                       QStringLiteral("--without-checksum"));
    CLI_VERIFY_REFUSED(run(words({"restore", "--yes", "--without-checksum"}) << backup << db()), kIntegrityFailure,
                       QStringLiteral("its audit trail is broken"));
    CLI_VERIFY_REFUSED(run(words({"restore", "--check", "--without-checksum"}) << backup << db()), kIntegrityFailure,
                       QStringLiteral("its audit trail is broken"));
    QCOMPARE(registerState(), state);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), beside);

    // Bytes changed anywhere: the checksum written with the backup sees it.
    const QString second = m_dir->filePath(QStringLiteral("second.sqlite"));
    CLI_VERIFY_EXIT(run(words({"backup", "--out"}) << second << db()), kOk);
    {
        QFile file(second);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = file.readAll().indexOf("Martin");
        QVERIFY(at > 0);
        QVERIFY(file.seek(at));
        file.write("Mortin");
    }
    const QByteArray state2 = registerState();
    CLI_VERIFY_REFUSED(run(words({"restore", "--yes"}) << second << db()), kIntegrityFailure,
                       QStringLiteral("no longer match the SHA-256 written beside it"));
    QCOMPARE(registerState(), state2);
}

void TestCliBackup::backupRefusesTheRegisterItself()
{
    const QByteArray state = registerState();
    CLI_VERIFY_REFUSED(run(words({"backup", "--out"}) << m_db << db()), kFailure,
                       QStringLiteral("the register itself"));
    QCOMPARE(registerState(), state);
}

void TestCliBackup::restoreRefusedWhileTheRegisterIsOpen()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    CLI_VERIFY_EXIT(run(words({"backup", "--out"}) << backup << db()), kOk);
    const QByteArray state = registerState();
    // This test process plays the desk that has the register open.
    dpodesk::InstanceLock desk(m_db);
    QVERIFY(desk.tryLock().ok());
    CLI_VERIFY_REFUSED(
        run(words({"restore", "--yes"}) << backup << db()), kFailure,
        QStringLiteral("already open in DPO Desk (process %1 on ").arg(QCoreApplication::applicationPid()));
    QCOMPARE(registerState(), state);
    desk.unlock();
    CLI_VERIFY_EXIT(run(words({"restore", "--yes"}) << backup << db()), kOk);
}

void TestCliBackup::rotation()
{
    // DPODESK_TODAY is 2026-11-26 for every run: older days are placed by hand.
    const QString folder = m_dir->filePath(QStringLiteral("daily"));
    QVERIFY(QDir().mkpath(folder));
    for (const char *day : {"2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25"}) {
        const QString path = QDir(folder).filePath(QStringLiteral("register-%1.sqlite").arg(QLatin1String(day)));
        CLI_VERIFY_EXIT(run(words({"backup", "--out"}) << path << db()), kOk);
    }
    const Run rotated = run(words({"backup", "--rotate", "--keep", "2", "--json", "--folder"}) << folder << db());
    CLI_VERIFY_JSON(rotated);
    QCOMPARE(str(rotated.object(), "path"), QDir(folder).filePath(QStringLiteral("register-2026-11-26.sqlite")));
    QVERIFY(rotated.object().value(QStringLiteral("created")).toBool());
    QCOMPARE(rotated.object().value(QStringLiteral("removed")).toArray().size(), 3);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files),
             QStringList({QStringLiteral("register-2026-11-25.sqlite"), QStringLiteral("register-2026-11-26.sqlite")}));
    const Run again = run(words({"backup", "--rotate", "--json", "--folder"}) << folder << db());
    CLI_VERIFY_JSON(again);
    QVERIFY(!again.object().value(QStringLiteral("created")).toBool());

    // Without --folder: "backups" beside the register.
    CLI_VERIFY_EXIT(run(words({"backup", "--rotate"}) << db()), kOk);
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("backups/register-2026-11-26.sqlite"))));
}

void TestCliBackup::restoreWithoutChecksumSaysWhatIsSkipped()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    CLI_VERIFY_EXIT(run(words({"backup", "--out"}) << backup << db()), kOk);
    QVERIFY(QFile::remove(backup + QStringLiteral(".sha256")));
    const Run checked = run(words({"restore", "--check", "--without-checksum"}) << backup << db());
    CLI_VERIFY_EXIT(checked, kOk);
    QVERIFY2(checked.out.contains("not compared"), checked.describe().constData());
    const Run json = run(words({"restore", "--check", "--without-checksum", "--json"}) << backup << db());
    CLI_VERIFY_JSON(json);
    QCOMPARE(json.object().value(QStringLiteral("checksum_checked")).toBool(true), false);
    const Run restored = run(words({"restore", "--yes", "--without-checksum"}) << backup << db());
    CLI_VERIFY_EXIT(restored, kOk);
    QVERIFY2(restored.out.contains("not compared"), restored.describe().constData());
    CLI_VERIFY_EXIT(run(words({"audit", "verify"}) << db()), kOk);
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
