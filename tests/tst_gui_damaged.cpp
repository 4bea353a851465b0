// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A damaged register is never a dead end (issue 11, item 6): the desk says in words what happened, finds the newest
// daily backup that passes its checks (saying why newer ones were refused) and restores it in place, keeping the
// damaged file byte-for-byte and the register's lock all along. Real widgets, offscreen; no dialog ever blocks.
#include "appsettings.h"
#include "common/clock.h"
#include "dialogs/damagedregisterdialog.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "panels/queuepanel.h"
#include "prompter.h"
#include "register/casebook.h"
#include "register/organisationsettings.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "reminders.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/instancelock.h"
#include "storage/stores.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

using namespace dpodesk;

namespace {

const QDate kToday(2026, 11, 26);
/// The index of the register's settings (meta's primary key): every setting is looked up through it on opening.
const QString kSettingsIndex = QStringLiteral("sqlite_autoindex_meta_1");

CaseRecord received(const QString &last, QDate on)
{
    CaseRecord c;
    c.subject.firstName = QStringLiteral("Jean");
    c.subject.lastName = last;
    c.subject.email = QStringLiteral("jean@example.org");
    c.receivedOn = on;
    c.rights.append(RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    return c;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The root page of a table or index, read as another program would.
int rootPage(const QString &path, const QString &name)
{
    const QString connection = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = :name"));
            q.bindValue(QStringLiteral(":name"), name);
            if (q.exec() && q.next()) {
                page = q.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return page;
}

/// XORs 64 bytes at the start of a page (1-based, 4096 bytes): its b-tree header no longer makes sense. The file's
/// own header, on page 1, stays intact.
void flipPage(const QString &path, int page)
{
    QVERIFY(page > 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 at = qint64(page - 1) * 4096;
    QVERIFY(file.size() >= at + 4096);
    QVERIFY(file.seek(at));
    QByteArray bytes = file.read(64);
    for (char &c : bytes) {
        c = char(c ^ 0x5a);
    }
    QVERIFY(file.seek(at));
    QCOMPARE(file.write(bytes), qint64(64));
}

/// Runs `handle` on the next modal dialog, once it is shown; forgotten with `context` (the window of the test), so
/// that a test that failed before its dialog came leaves nothing waiting for the next one.
void onNextDialog(QObject *context, const std::function<void(QDialog *)> &handle)
{
    QTimer::singleShot(20, context, [context, handle] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            onNextDialog(context, handle);
            return;
        }
        handle(dialog);
    });
}

/// Tries, from another thread and again and again, to take the register's lock as a second DPO Desk would.
class LockProbe {
public:
    explicit LockProbe(QString path) : m_path(std::move(path)) {}
    ~LockProbe() { stop(); }
    void start()
    {
        m_thread = std::thread([this] {
            while (!m_stop) {
                InstanceLock other(m_path);
                if (other.tryLock().ok()) {
                    m_taken = true;
                }
                ++m_tries;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    bool taken() const { return m_taken; }
    int tries() const { return m_tries; }

private:
    QString m_path;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_taken{false};
    std::atomic<int> m_tries{0};
};

/// What the dialog showed, read before it was answered (a failed check must not leave it open).
struct Seen {
    bool shown = false;
    bool searchEnded = false;
    QString what;
    QString details;
    QString status;
    QString date;
    QString cases;
    QString kept;
    QString refused;
    bool restoreEnabled = false;
    bool otherChoices = false;
    QString closeText;
};

QString textOf(QDialog *dialog, const char *name)
{
    auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
}

Seen look(QDialog *dialog)
{
    Seen seen;
    seen.shown = true;
    auto *damaged = qobject_cast<DamagedRegisterDialog *>(dialog);
    if (!damaged) {
        return seen;
    }
    seen.searchEnded = QTest::qWaitFor([damaged] { return !damaged->isSearching(); }, 30000);
    seen.what = textOf(dialog, "damagedWhat");
    seen.details = dialog->findChild<QPlainTextEdit *>(QStringLiteral("damageDetails"))->toPlainText();
    seen.status = textOf(dialog, "backupStatus");
    seen.date = textOf(dialog, "backupDate");
    seen.cases = textOf(dialog, "backupCases");
    seen.kept = textOf(dialog, "keptAs");
    seen.refused = textOf(dialog, "refusedBackups");
    seen.restoreEnabled = dialog->findChild<QCommandLinkButton *>(QStringLiteral("restoreNewestButton"))->isEnabled() &&
                          !dialog->findChild<QCommandLinkButton *>(QStringLiteral("restoreNewestButton"))->isHidden();
    seen.otherChoices = dialog->findChild<QPushButton *>(QStringLiteral("chooseBackupButton"))->isEnabled() &&
                        dialog->findChild<QPushButton *>(QStringLiteral("openAnotherButton"))->isEnabled();
    seen.closeText = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->text();
    return seen;
}

void click(QDialog *dialog, const char *button)
{
    if (auto *found = dialog->findChild<QPushButton *>(QLatin1String(button)); found && found->isEnabled()) {
        QTest::mouseClick(found, Qt::LeftButton);
    }
    if (dialog->isVisible()) {
        dialog->reject(); // never left open
    }
}

} // namespace

class TestGuiDamaged : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void restoresTheNewestCheckedBackup();
    void noBackupSaysSoAndQuits();
    void chosenBackupWithoutChecksumIsAskedFor();
    void openAnotherRegisterGivesTheDamagedOneUp();
    void backgroundCheckOffersTheRestore();

private:
    QString registerPath() const { return m_dir->filePath(QStringLiteral("register.sqlite")); }
    QString backupOf(QDate day) const
    {
        return QDir(Backups::defaultFolder(registerPath()))
            .filePath(QStringLiteral("register-%1.sqlite").arg(day.toString(Qt::ISODate)));
    }
    /// A register of 4 cases, with daily backups of 24 November (2 cases) and 25 November (3 cases) when asked.
    void makeRegister(bool withBackups);
    void startDesk();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegisterSession> m_session;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_references; ///< in the order the cases were logged
};

void TestGuiDamaged::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
}

void TestGuiDamaged::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_references.clear();
    Prompter::takeShown();
}

void TestGuiDamaged::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_session.reset();
    m_dir.reset();
}

void TestGuiDamaged::makeRegister(bool withBackups)
{
    auto db = Database::open(registerPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc()));
    CaseBook repo(**db, clock, QStringLiteral("tester"));
    QVERIFY(repo.loadCalendar().ok());
    Backups backups(**db, repo.audit());
    const auto log = [&](const QString &name, QDate on) {
        auto created = repo.create(received(name, on));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        m_references << created->reference;
    };
    log(QStringLiteral("Alpha"), QDate(2026, 11, 2));
    log(QStringLiteral("Bravo"), QDate(2026, 11, 3));
    if (withBackups) {
        QVERIFY(backups.rotate(Backups::defaultFolder(registerPath()), QDate(2026, 11, 24)).ok());
    }
    clock.set(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
    log(QStringLiteral("Charlie"), QDate(2026, 11, 25));
    if (withBackups) {
        QVERIFY(backups.rotate(Backups::defaultFolder(registerPath()), QDate(2026, 11, 25)).ok());
    }
    log(QStringLiteral("Delta"), QDate(2026, 11, 25));
}

void TestGuiDamaged::startDesk()
{
    m_session = std::make_unique<RegisterSession>(std::make_unique<FixedClock>(kToday));
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->reminders()->setTrayAllowed(false);
}

void TestGuiDamaged::restoresTheNewestCheckedBackup()
{
    makeRegister(true);
    if (QTest::currentTestFailed()) {
        return;
    }
    // The newest backup: bytes flipped in a middle page, its checksum file kept (so the checksum refuses it).
    const QString newest = backupOf(QDate(2026, 11, 25));
    QVERIFY(QFile::exists(newest + QStringLiteral(".sha256")));
    flipPage(newest, int(QFileInfo(newest).size() / 4096 / 2));
    // The register: the index of its settings, read when it opens, no longer makes sense; its header is intact.
    flipPage(registerPath(), rootPage(registerPath(), kSettingsIndex));
    QVERIFY(!Database::quickCheck(registerPath()).ok());
    const QByteArray damaged = bytesOf(registerPath());
    startDesk();
    LockProbe probe(registerPath());
    Seen seen;
    bool lockedDuringDialog = false;
    onNextDialog(m_window.get(), [&](QDialog *dialog) {
        probe.start(); // the desk holds the lock from here on: nobody may take it until the end
        lockedDuringDialog = !InstanceLock(registerPath()).tryLock().ok();
        seen = look(dialog);
        click(dialog, "restoreNewestButton");
    });
    const bool open = m_window->openRegister(registerPath());
    QVERIFY(QTest::qWaitFor([this] { return !m_session->isBackingUp(); }, 60000)); // the daily backup after it
    probe.stop();

    // The dialog said what happened, in words, and named the register; SQLite's text only under "Details".
    QVERIFY(seen.shown);
    QVERIFY(seen.searchEnded);
    QVERIFY2(seen.what.contains(QDir::toNativeSeparators(registerPath())), qPrintable(seen.what));
    QVERIFY2(seen.what.contains(QStringLiteral("is damaged and was not opened")), qPrintable(seen.what));
    QVERIFY2(!seen.what.contains(QStringLiteral("malformed")) && !seen.what.contains(QStringLiteral("SQLite")),
             qPrintable(seen.what));
    QVERIFY2(seen.details.contains(QStringLiteral("SQLite")), qPrintable(seen.details));
    // The newest backup was refused, with the reason; the older one is proposed with its date and what it holds.
    QVERIFY2(seen.refused.contains(QStringLiteral("25 Nov 2026")), qPrintable(seen.refused));
    QVERIFY2(seen.refused.contains(QStringLiteral("register-2026-11-25.sqlite")), qPrintable(seen.refused));
    QVERIFY2(seen.refused.contains(QStringLiteral("no longer match the SHA-256")), qPrintable(seen.refused));
    QVERIFY2(!seen.refused.contains(m_dir->path()), qPrintable(seen.refused));
    QVERIFY2(seen.date.contains(QStringLiteral("Tuesday 24 November 2026")), qPrintable(seen.date));
    QVERIFY2(seen.date.contains(QStringLiteral("register-2026-11-24.sqlite")), qPrintable(seen.date));
    QCOMPARE(seen.cases, QStringLiteral("2"));
    QVERIFY2(seen.kept.contains(QStringLiteral("register.sqlite.before-restore-20261126-090000")),
             qPrintable(seen.kept));
    QVERIFY(seen.restoreEnabled);
    QVERIFY(seen.otherChoices);
    QCOMPARE(seen.closeText, QStringLiteral("Quit DPO Desk"));

    // Restored: the desk shows the backup's cases.
    QVERIFY(open);
    QVERIFY(m_session->isOpen());
    QCOMPARE(m_session->path(), registerPath());
    QVERIFY(m_session->damagedPath().isEmpty());
    QCOMPARE(m_window->queue()->model()->rowCount(), 2);
    QVERIFY(m_session->service().findCase(m_references.at(0)).ok());
    QVERIFY(m_session->service().findCase(m_references.at(1)).ok());
    QVERIFY(!m_session->service().findCase(m_references.at(2)).ok());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("register.sqlite")));
    QVERIFY2(Prompter::takeShown().join(u' ').contains(QStringLiteral("previous file was kept")), "");
    // The damaged file kept beside, byte-for-byte as it was.
    const QString kept = registerPath() + QStringLiteral(".before-restore-20261126-090000");
    QVERIFY(QFile::exists(kept));
    QCOMPARE(bytesOf(kept), damaged);
    // The lock was held throughout: from the dialog through the restore to the register open again.
    QVERIFY(lockedDuringDialog);
    QVERIFY(probe.tries() > 0);
    QVERIFY2(!probe.taken(), "another DPO Desk could take the register's lock during the restore");
    QVERIFY(!InstanceLock(registerPath()).tryLock().ok());
}

void TestGuiDamaged::noBackupSaysSoAndQuits()
{
    makeRegister(false);
    if (QTest::currentTestFailed()) {
        return;
    }
    flipPage(registerPath(), rootPage(registerPath(), kSettingsIndex));
    const QByteArray damaged = bytesOf(registerPath());

    startDesk();
    Seen seen;
    onNextDialog(m_window.get(), [&](QDialog *dialog) {
        seen = look(dialog);
        click(dialog, "closeButton");
    });
    QVERIFY(!m_window->openRegister(registerPath()));

    QVERIFY(seen.shown && seen.searchEnded);
    QVERIFY2(seen.status.contains(QStringLiteral("There is no backup of this register in %1")
                                      .arg(QDir::toNativeSeparators(Backups::defaultFolder(registerPath())))),
             qPrintable(seen.status));
    QVERIFY2(seen.status.contains(QStringLiteral("Choose another backup")), qPrintable(seen.status));
    QVERIFY(!seen.restoreEnabled);
    QVERIFY(seen.otherChoices);
    QCOMPARE(seen.closeText, QStringLiteral("Quit DPO Desk"));
    // Quit: the window closes, the register is as it was and free again.
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_session->isOpen());
    QVERIFY(m_session->damagedPath().isEmpty());
    QCOMPARE(bytesOf(registerPath()), damaged);
    QVERIFY(InstanceLock(registerPath()).tryLock().ok());
}

void TestGuiDamaged::chosenBackupWithoutChecksumIsAskedFor()
{
    makeRegister(true);
    if (QTest::currentTestFailed()) {
        return;
    }
    // The only backups left: one copied elsewhere without its checksum file; the daily ones are gone.
    const QString copy = m_dir->filePath(QStringLiteral("usb/register-copy.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QVERIFY(QFile::copy(backupOf(QDate(2026, 11, 25)), copy));
    QVERIFY(QDir(Backups::defaultFolder(registerPath())).removeRecursively());
    flipPage(registerPath(), rootPage(registerPath(), kSettingsIndex));

    // Another register is open: the dialog offers "Close", and that register stays open if nothing is restored.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    startDesk();
    QVERIFY(m_session->open(other).ok());
    bool declined = false;
    bool restored = false;
    QString closeText;
    QString question;
    onNextDialog(m_window.get(), [&](QDialog *dialog) {
        auto *damaged = qobject_cast<DamagedRegisterDialog *>(dialog);
        if (!damaged) {
            dialog->reject();
            return;
        }
        if (!QTest::qWaitFor([damaged] { return !damaged->isSearching(); }, 30000)) {
            dialog->reject();
            return;
        }
        closeText = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->text();
        Prompter::takeShown();
        Prompter::answerNext(QMessageBox::No); // "Check and restore it anyway?" — no
        declined = !damaged->restoreFrom(copy) && dialog->isVisible();
        question = Prompter::takeShown().join(u' ');
        Prompter::answerNext(QMessageBox::Yes); // checked without its checksum file
        Prompter::answerNext(QMessageBox::Yes); // restore it
        restored = damaged->restoreFrom(copy);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    QVERIFY(m_window->openRegister(registerPath()));
    QVERIFY(QTest::qWaitFor([this] { return !m_session->isBackingUp(); }, 60000));

    QCOMPARE(closeText, QStringLiteral("Close"));
    QVERIFY(declined);
    QVERIFY2(question.contains(QStringLiteral("without its checksum file")), qPrintable(question));
    QVERIFY(restored);
    QCOMPARE(m_session->path(), registerPath());
    QCOMPARE(m_window->queue()->model()->rowCount(), 3); // the copy of 25 November
    QVERIFY(InstanceLock(other).tryLock().ok());         // the register open before gave way
}

void TestGuiDamaged::openAnotherRegisterGivesTheDamagedOneUp()
{
    makeRegister(false);
    if (QTest::currentTestFailed()) {
        return;
    }
    flipPage(registerPath(), rootPage(registerPath(), kSettingsIndex));
    const QByteArray damaged = bytesOf(registerPath());
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        auto created = Database::open(other);
        QVERIFY(created.ok());
    }

    startDesk();
    bool shown = false;
    onNextDialog(m_window.get(), [&](QDialog *dialog) {
        auto *damaged = qobject_cast<DamagedRegisterDialog *>(dialog);
        shown = damaged != nullptr;
        if (damaged) {
            damaged->openAnother(other); // what "Open another register…" does once a file is chosen
        }
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    QVERIFY(m_window->openRegister(registerPath()));
    QVERIFY(shown);
    QCOMPARE(m_session->path(), other);
    QVERIFY(m_session->damagedPath().isEmpty());
    QVERIFY(InstanceLock(registerPath()).tryLock().ok()); // given up, as it was
    QCOMPARE(bytesOf(registerPath()), damaged);
}

void TestGuiDamaged::backgroundCheckOffersTheRestore()
{
    makeRegister(true);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Damage the desk does not read when it opens the register (an index used by phone searches only): the register
    // is shown, then its quick_check on a worker thread finds the damage.
    flipPage(registerPath(), rootPage(registerPath(), QStringLiteral("cases_search_phone")));
    const QByteArray damaged = bytesOf(registerPath());

    startDesk();
    Seen seen;
    onNextDialog(m_window.get(), [&](QDialog *dialog) {
        seen = look(dialog);
        click(dialog, "restoreNewestButton");
    });
    QVERIFY(m_window->openRegister(registerPath()));
    QTRY_VERIFY_WITH_TIMEOUT(seen.shown, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isOpen() && !m_session->isChecking(), 30000);
    QVERIFY(QTest::qWaitFor([this] { return !m_session->isBackingUp(); }, 60000));

    QVERIFY2(seen.what.contains(QStringLiteral("closed again before anything was written to it")),
             qPrintable(seen.what));
    QVERIFY2(seen.what.contains(QDir::toNativeSeparators(registerPath())), qPrintable(seen.what));
    QVERIFY2(seen.details.contains(QStringLiteral("SQLite quick_check")), qPrintable(seen.details));
    QVERIFY2(seen.refused.isEmpty(), qPrintable(seen.refused)); // the newest backup passes
    QVERIFY2(seen.date.contains(QStringLiteral("25 November 2026")), qPrintable(seen.date));
    QCOMPARE(seen.cases, QStringLiteral("3"));
    // Restored from 25 November, and shown; the damaged file kept as it was.
    QCOMPARE(m_session->path(), registerPath());
    QCOMPARE(m_window->queue()->model()->rowCount(), 3);
    QCOMPARE(bytesOf(registerPath() + QStringLiteral(".before-restore-20261126-090000")), damaged);
}

QTEST_MAIN(TestGuiDamaged)
#include "tst_gui_damaged.moc"
