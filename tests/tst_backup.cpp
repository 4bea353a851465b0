// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Backups and restore: a checked copy of a register in use, daily rotation, and restores that are refused — with the
// current register byte-for-byte untouched and nothing left beside it — when the backup is damaged, its audit trail
// was rewritten or one of its files no longer matches its SHA-256.
#include "common/clock.h"
#include "domain/caserecord.h"
#include "register/casebook.h"
#include "register/casefiles.h"
#include "register/organisationsettings.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/instancelock.h"
#include "storage/stores.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace dpodesk;

Q_DECLARE_METATYPE(dpodesk::Error::Code)

namespace {

QString fileSha(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("(missing)");
    }
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

/// Runs statements on a file as another program would (no checks of DPO Desk). Returns the error text or empty.
QString rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        }
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (error.isEmpty() && !q.exec(sql)) {
                error = QString(sql + QStringLiteral(": ") + q.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

/// XORs bytes of a file in place.
void flip(const QString &path, qint64 offset, int length)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QByteArray bytes = file.read(length);
    for (char &c : bytes) {
        c = char(c ^ 0x5a);
    }
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void backupThenRestoreElsewhere();
    void theCopyCarriesItsOwnBackupEvent();
    void restoreKeepsTheCurrentRegister();
    void refusedRestoreLeavesTheRegisterUntouched_data();
    void refusedRestoreLeavesTheRegisterUntouched();
    void restoreWhileAnotherDeskHoldsTheRegister();
    void aLogWithoutItsRegisterIsNotReplayed();
    void backupNeverWritesOverTheRegister();
    void backupReplacesAnOldBackupWhole();
    void rotationKeepsTheNewest();
    void rotationKeepsOlderCopiesWhenTodaysCannotBeRestored();
    void rotationRewritesTodaysBackupWithoutItsChecksum();

private:
    void closeLive();
    QString live() const { return m_dir->filePath(QStringLiteral("live/register.sqlite")); }
    QString backupsFolder() const { return m_dir->filePath(QStringLiteral("backups")); }
    Backups &backups() { return *m_backups; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseBook> m_repo;
    std::unique_ptr<CaseFiles> m_store;
    std::unique_ptr<Backups> m_backups;
    QByteArray m_scan; ///< an attachment large enough to fill many pages of its own
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 26));
    auto db = Database::open(live());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_repo = std::make_unique<CaseBook>(*m_db, *m_clock, QStringLiteral("tester"));
    m_store = std::make_unique<CaseFiles>(*m_db, m_repo->audit(), *m_clock, QStringLiteral("tester"));
    m_backups = std::make_unique<Backups>(*m_db, m_repo->audit());
    for (const char *name : {"Dupré", "Martin", "Nguyễn"}) {
        CaseRecord draft;
        draft.subject.lastName = QString::fromUtf8(name);
        draft.receivedOn = QDate(2026, 11, 20);
        draft.rights = {RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
        auto created = m_repo->create(draft);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    }
    m_scan.resize(300 * 1024);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(m_scan.data()), m_scan.size() / 4);
    QVERIFY(m_store->add(1, AttachmentKind::IdentityProof, QStringLiteral("passeport.bin"), m_scan).ok());
    QVERIFY(m_store
                ->add(2, AttachmentKind::Request, QStringLiteral("demande.txt"),
                      QByteArrayLiteral("Je demande l'accès à mes données."))
                .ok());
}

void TestBackup::cleanup()
{
    closeLive();
    m_dir.reset();
}

void TestBackup::closeLive()
{
    m_backups.reset();
    m_store.reset();
    m_repo.reset();
    m_db.reset();
}

void TestBackup::backupThenRestoreElsewhere()
{
    const QString target = QDir(backupsFolder()).filePath(QStringLiteral("copy.sqlite"));
    auto made = backups().backupTo(target);
    QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
    QCOMPARE(made->path, target);
    QCOMPARE(made->sha256, fileSha(target));
    QCOMPARE(made->size, QFileInfo(target).size());
    QVERIFY(made->auditIntact);
    // Owner only: it holds identity documents. The checksum in the format of sha256sum lies beside it.
    QCOMPARE(QFileInfo(target).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile checksum(target + QStringLiteral(".sha256"));
    QVERIFY(checksum.open(QIODevice::ReadOnly));
    QCOMPARE(checksum.readAll(), QByteArray(made->sha256.toLatin1() + "  copy.sqlite\n"));
    QCOMPARE(namesIn(backupsFolder()),
             QStringList({QStringLiteral("copy.sqlite"), QStringLiteral("copy.sqlite.sha256")}));

    auto liveHead = m_repo->audit().verify();
    QCOMPARE(made->auditHead, liveHead->headHash);
    auto liveCases = m_repo->list(CaseQuery{});
    QVERIFY(liveCases.ok());
    closeLive();

    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere/restored.sqlite"));
    auto restored = Backups::restore(target, elsewhere, *m_clock, QStringLiteral("tester"));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->cases, qint64(3));
    QCOMPARE(restored->attachmentsChecked, 2);
    QCOMPARE(restored->auditHead, made->auditHead);
    QVERIFY(restored->previousCopy.isEmpty()); // there was nothing there
    QCOMPARE(restored->lastEventUtc, m_clock->nowUtc());

    auto db = Database::open(elsewhere);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    CaseBook repo(**db, *m_clock, QStringLiteral("tester"));
    auto cases = repo.list(CaseQuery{});
    QVERIFY(cases.ok());
    QCOMPARE(cases->size(), liveCases->size());
    for (qsizetype i = 0; i < cases->size(); ++i) {
        QCOMPARE(cases->at(i).reference, liveCases->at(i).reference);
        QCOMPARE(cases->at(i).subjectName, liveCases->at(i).subjectName);
    }
    // The trail goes on from the backup's head with the restore.
    auto chain = repo.audit().verify();
    QVERIFY(chain->intact);
    QCOMPARE(chain->events, restored->auditEvents + 1);
    auto events = repo.audit().eventsForCase(QString());
    QCOMPARE(events->last().action, QStringLiteral("register.restore"));
    QCOMPARE(events->last().previousHash, made->auditHead);
    QCOMPARE(events->last().details.value(QStringLiteral("backup_sha256")).toString(), made->sha256);
    CaseFiles store(**db, repo.audit(), *m_clock, QStringLiteral("tester"));
    auto bytes = store.content(1, QStringLiteral("view"));
    QVERIFY(bytes.ok());
    QCOMPARE(bytes.value(), m_scan);
}

void TestBackup::theCopyCarriesItsOwnBackupEvent()
{
    const QString target = QDir(backupsFolder()).filePath(QStringLiteral("copy.sqlite"));
    auto made = backups().backupTo(target);
    QVERIFY(made.ok());
    auto events = m_repo->audit().eventsForCase(QString());
    QCOMPARE(events->last().action, QStringLiteral("register.backup"));
    QCOMPARE(events->last().details.value(QStringLiteral("file")).toString(), target);
    QCOMPARE(events->last().hash, made->auditHead);

    auto report = Backups::checkBackup(target);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->auditHead, made->auditHead);
    QCOMPARE(report->auditEvents, made->auditEvents);
    QCOMPARE(report->schemaVersion, Database::kSchemaVersion);
    // Checking opens the backup read-only and leaves nothing beside it.
    QCOMPARE(namesIn(backupsFolder()),
             QStringList({QStringLiteral("copy.sqlite"), QStringLiteral("copy.sqlite.sha256")}));
    QCOMPARE(fileSha(target), made->sha256);
}

void TestBackup::restoreKeepsTheCurrentRegister()
{
    const QString target = QDir(backupsFolder()).filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(backups().backupTo(target).ok());
    CaseRecord later;
    later.subject.lastName = QStringLiteral("Lefebvre");
    later.receivedOn = QDate(2026, 11, 25);
    later.rights = {RightRequest{Right::Erasure, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    QVERIFY(m_repo->create(later).ok());
    closeLive();
    const QString liveSha = fileSha(live());

    m_clock->set(QDateTime(QDate(2026, 11, 27), QTime(10, 30, 5), QTimeZone::utc()));
    auto restored = Backups::restore(target, live(), *m_clock, QStringLiteral("tester"));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->previousCopy, live() + QStringLiteral(".before-restore-20261127-103005"));
    QCOMPARE(fileSha(restored->previousCopy), liveSha);
    // Nothing of the operation is left beside the register but the register and the copy.
    for (const QString &name : namesIn(QFileInfo(live()).absolutePath())) {
        QVERIFY2(name.startsWith(QStringLiteral("register.sqlite")), qPrintable(name));
    }
    {
        auto kept = Database::open(restored->previousCopy, Database::Options{false, true, true});
        QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
        CaseBook repo(**kept, *m_clock, QStringLiteral("tester"));
        QCOMPARE(repo.list(CaseQuery{})->size(), 4);
    }
    {
        auto db = Database::open(live());
        QVERIFY(db.ok());
        CaseBook repo(**db, *m_clock, QStringLiteral("tester"));
        QCOMPARE(repo.list(CaseQuery{})->size(), 3);
    }
    // A second restore in the same second keeps a second copy.
    auto again = Backups::restore(target, live(), *m_clock, QStringLiteral("tester"));
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->previousCopy, live() + QStringLiteral(".before-restore-20261127-103005-2"));
}

void TestBackup::refusedRestoreLeavesTheRegisterUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("keepChecksum");
    QTest::addColumn<bool>("acceptMissingChecksum");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("says");
    const QString kChecksumSays = QStringLiteral("no longer match the SHA-256 written beside it");
    const QString kStateSays = QStringLiteral("was changed outside DPO Desk");
    QTest::newRow("bytes flipped in a middle page, caught by the checksum")
        << QStringLiteral("flip-page") << true << false << Error::Code::Corrupt << kChecksumSays;
    QTest::newRow("bytes flipped in a middle page, without the checksum")
        << QStringLiteral("flip-page") << false << true << Error::Code::Corrupt
        << QStringLiteral("fails SQLite's integrity check");
    QTest::newRow("a name changed inside a record, caught by the checksum")
        << QStringLiteral("edit-record") << true << false << Error::Code::Corrupt << kChecksumSays;
    QTest::newRow("a name changed inside a record, without the checksum: the recorded state sees it")
        << QStringLiteral("edit-record") << false << true << Error::Code::Corrupt << kStateSays;
    QTest::newRow("a name changed through SQL, without the checksum")
        << QStringLiteral("edit-sql") << false << true << Error::Code::Corrupt << kStateSays;
    QTest::newRow("no checksum file, not accepted")
        << QStringLiteral("none") << false << false << Error::Code::Invalid << QStringLiteral("has no checksum file");
    QTest::newRow("audit trail rewritten")
        << QStringLiteral("audit") << false << true << Error::Code::Corrupt << QStringLiteral("audit trail is broken");
    QTest::newRow("an attached file changed") << QStringLiteral("attachment") << false << true << Error::Code::Corrupt
                                              << QStringLiteral("1 attached file(s) no longer match their SHA-256");
    QTest::newRow("truncated") << QStringLiteral("truncate") << false << true << Error::Code::Corrupt
                               << QStringLiteral("refused");
    QTest::newRow("not a register") << QStringLiteral("text") << false << true << Error::Code::NotDatabase
                                    << QStringLiteral("not a DPO Desk");
    QTest::newRow("missing") << QStringLiteral("missing") << false << true << Error::Code::NotFound
                             << QStringLiteral("There is no backup");
}

void TestBackup::refusedRestoreLeavesTheRegisterUntouched()
{
    QFETCH(QString, damage);
    QFETCH(bool, keepChecksum);
    QFETCH(bool, acceptMissingChecksum);
    QFETCH(Error::Code, code);
    QFETCH(QString, says);

    const QString target = QDir(backupsFolder()).filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(backups().backupTo(target).ok());
    if (damage == QLatin1String("flip-page")) {
        const qint64 pages = QFileInfo(target).size() / 4096;
        flip(target, (pages / 2) * 4096, 64);
    } else if (damage == QLatin1String("edit-record")) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        const qint64 at = bytes.indexOf("Martin");
        QVERIFY(at > 0);
        QVERIFY(file.seek(at));
        file.write("Mortin");
    } else if (damage == QLatin1String("edit-sql")) {
        QCOMPARE(rawExec(target, {QStringLiteral("UPDATE cases SET subject_last_name = 'Mortin' WHERE "
                                                 "subject_last_name = 'Martin'")}),
                 QString());
    } else if (damage == QLatin1String("audit")) {
        QCOMPARE(rawExec(target, {QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2")}),
                 QString());
    } else if (damage == QLatin1String("attachment")) {
        QCOMPARE(rawExec(target, {QStringLiteral("UPDATE attachment_contents SET content = X'00' "
                                                 "WHERE attachment_id = 2")}),
                 QString());
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(QFile::resize(target, QFileInfo(target).size() / 2));
    } else if (damage == QLatin1String("text")) {
        QFile::remove(target);
        QFile text(target);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("This is a letter, not a register.\n");
    } else if (damage == QLatin1String("missing")) {
        QFile::remove(target);
    }
    if (!keepChecksum) {
        QFile::remove(target + QStringLiteral(".sha256"));
    }
    QCOMPARE(QFileInfo::exists(target + QStringLiteral("-wal")), false);
    closeLive();
    const QString liveFolder = QFileInfo(live()).absolutePath();
    const QStringList liveFiles = namesIn(liveFolder);
    QStringList shas;
    for (const QString &name : liveFiles) {
        shas << fileSha(QDir(liveFolder).filePath(name));
    }
    const QStringList backupFiles = namesIn(backupsFolder());

    auto refused = Backups::restore(target, live(), *m_clock, QStringLiteral("tester"), nullptr,
                                    BackupCheckOptions{acceptMissingChecksum});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QVERIFY2(refused.errorMessage().contains(says), qPrintable(refused.errorMessage()));
    QVERIFY2(!refused.errorMessage().contains(u'\n'), "one line, for the command line and a message box");
    // The register and its files byte-for-byte as they were; no copy, temporary or lock left; the backup alone.
    QCOMPARE(namesIn(liveFolder), liveFiles);
    for (qsizetype i = 0; i < liveFiles.size(); ++i) {
        QCOMPARE(fileSha(QDir(liveFolder).filePath(liveFiles.at(i))), shas.at(i));
    }
    QCOMPARE(namesIn(backupsFolder()), backupFiles);
}

void TestBackup::restoreWhileAnotherDeskHoldsTheRegister()
{
    const QString target = QDir(backupsFolder()).filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(backups().backupTo(target).ok());
    closeLive();
    const QString before = fileSha(live());
    InstanceLock desk(live());
    QVERIFY(desk.tryLock().ok());
    auto refused = Backups::restore(target, live(), *m_clock, QStringLiteral("tester"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Locked);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("already open in DPO Desk")));
    QCOMPARE(fileSha(live()), before);
    desk.unlock();
    QVERIFY(Backups::restore(target, live(), *m_clock, QStringLiteral("tester")).ok());
    // restore() released its lock.
    QVERIFY(desk.tryLock().ok());
}

void TestBackup::aLogWithoutItsRegisterIsNotReplayed()
{
    const QString target = QDir(backupsFolder()).filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(backups().backupTo(target).ok());
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere/register.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(elsewhere).absolutePath()));
    QFile orphan(elsewhere + QStringLiteral("-wal"));
    QVERIFY(orphan.open(QIODevice::WriteOnly));
    orphan.write("not ours to drop");
    orphan.close();
    auto refused = Backups::restore(target, elsewhere, *m_clock, QStringLiteral("tester"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("Nothing was changed")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(namesIn(QFileInfo(elsewhere).absolutePath()), QStringList{QStringLiteral("register.sqlite-wal")});
}

void TestBackup::backupNeverWritesOverTheRegister()
{
    const qint64 eventsBefore = m_repo->audit().verify()->events;
    const QString link = m_dir->filePath(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(live(), link));
    const QString dotted = QFileInfo(live()).absolutePath() + QStringLiteral("/../live/./register.sqlite");
    for (const QString &target : {live(), QString(live() + QStringLiteral("-wal")), link, dotted}) {
        auto refused = backups().backupTo(target);
        QVERIFY2(!refused.ok(), qPrintable(target));
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("the register itself")));
    }
    // A file that is not a register is never replaced.
    const QString letter = m_dir->filePath(QStringLiteral("letter.txt"));
    QFile text(letter);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Dear DPO,\n");
    text.close();
    auto refused = backups().backupTo(letter);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), QByteArray("Dear DPO,\n"));
    // Refusals come before anything is written: no backup event in the trail.
    auto chain = m_repo->audit().verify();
    QVERIFY(chain->intact);
    QCOMPARE(chain->events, eventsBefore);
}

void TestBackup::backupReplacesAnOldBackupWhole()
{
    const QString target = QDir(backupsFolder()).filePath(QStringLiteral("copy.sqlite"));
    auto first = backups().backupTo(target);
    QVERIFY(first.ok());
    auto second = backups().backupTo(target);
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QVERIFY(second->sha256 != first->sha256); // one more backup event inside
    QCOMPARE(second->auditEvents, first->auditEvents + 1);
    QCOMPARE(namesIn(backupsFolder()),
             QStringList({QStringLiteral("copy.sqlite"), QStringLiteral("copy.sqlite.sha256")}));
    QVERIFY(Backups::checkBackup(target).ok());
}

void TestBackup::rotationKeepsTheNewest()
{
    const QString folder = backupsFolder();
    QDir().mkpath(folder);
    // Files that are not this register's daily backups are never touched.
    const QStringList others{QStringLiteral("notes.txt"), QStringLiteral("other-2026-11-01.sqlite"),
                             QStringLiteral("register-2026-11-01.sqlite.bak"),
                             QStringLiteral("register-latest.sqlite")};
    for (const QString &name : others) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QStringList removed;
    for (int day = 20; day <= 25; ++day) {
        auto rotated = backups().rotate(folder, QDate(2026, 11, day), 3);
        QVERIFY2(rotated.ok(), qPrintable(rotated.errorMessage()));
        QVERIFY(rotated->created);
        QCOMPARE(rotated->path, QDir(folder).filePath(QStringLiteral("register-2026-11-%1.sqlite").arg(day)));
        removed << rotated->removed;
    }
    QCOMPARE(removed.size(), 3);
    QStringList expected = others;
    for (int day = 23; day <= 25; ++day) {
        expected << QStringLiteral("register-2026-11-%1.sqlite").arg(day)
                 << QStringLiteral("register-2026-11-%1.sqlite.sha256").arg(day);
    }
    expected.sort();
    QCOMPARE(namesIn(folder), expected);

    // Once a day: a second run the same day writes nothing.
    const QString sha = fileSha(QDir(folder).filePath(QStringLiteral("register-2026-11-25.sqlite")));
    auto again = backups().rotate(folder, QDate(2026, 11, 25), 3);
    QVERIFY(again.ok());
    QVERIFY(!again->created);
    QVERIFY(again->removed.isEmpty());
    QCOMPARE(fileSha(again->path), sha);

    QVERIFY(!backups().rotate(folder, QDate(2026, 11, 26), 0).ok());
    QCOMPARE(Backups::defaultFolder(live()), m_dir->filePath(QStringLiteral("live/backups")));
    auto byDefault = backups().rotate(QString(), QDate(2026, 11, 26));
    QVERIFY(byDefault.ok());
    QCOMPARE(byDefault->path, m_dir->filePath(QStringLiteral("live/backups/register-2026-11-26.sqlite")));
}

void TestBackup::rotationKeepsOlderCopiesWhenTodaysCannotBeRestored()
{
    const QString folder = backupsFolder();
    for (int day = 20; day <= 25; ++day) {
        QVERIFY(backups().rotate(folder, QDate(2026, 11, day), 7).ok());
    }
    // Today's copy, written earlier, has a broken audit trail: a later run the same day (a scheduled job) must not
    // make room by deleting the older copies that can still be restored.
    const QString today = QDir(folder).filePath(QStringLiteral("register-2026-11-25.sqlite"));
    QCOMPARE(rawExec(today, {QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2")}), QString());
    const QStringList before = namesIn(folder);
    auto rotated = backups().rotate(folder, QDate(2026, 11, 25), 2);
    QVERIFY(!rotated.ok());
    QCOMPARE(rotated.error().code, Error::Code::Corrupt);
    QVERIFY2(rotated.errorMessage().contains(QStringLiteral("older backups were all kept")),
             qPrintable(rotated.errorMessage()));
    QCOMPARE(namesIn(folder), before);
}

void TestBackup::rotationRewritesTodaysBackupWithoutItsChecksum()
{
    // A rotation killed between renaming today's backup into place and writing its checksum file leaves the backup
    // without it (never with a checksum of other bytes). The next run that day writes it anew, with its checksum:
    // otherwise the newest daily backup could only be restored with --without-checksum (tst_killnine's figures count
    // such backups).
    const QString folder = backupsFolder();
    auto first = backups().rotate(folder, QDate(2026, 11, 25), 3);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QVERIFY(QFile::remove(first->path + QStringLiteral(".sha256")));
    QCOMPARE(Backups::checkBackup(first->path).error().field, QStringLiteral("checksum"));
    auto again = backups().rotate(folder, QDate(2026, 11, 25), 3);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QVERIFY(again->created);
    QCOMPARE(again->path, first->path);
    auto checked = Backups::checkBackup(again->path);
    QVERIFY2(checked.ok(), qPrintable(checked.errorMessage()));
    QVERIFY(checked->checksumChecked);
    // With its checksum, a later run that day writes nothing.
    auto third = backups().rotate(folder, QDate(2026, 11, 25), 3);
    QVERIFY(third.ok());
    QVERIFY(!third->created);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
