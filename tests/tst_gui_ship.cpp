// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What makes the desk safe to live with: one DPO Desk per register, reminders of what cannot wait (a banner when
// there is no tray), the daily backup, backup and restore from the window (a damaged backup refused with the
// register untouched), and the first run's welcome. Real widgets, offscreen; no dialog ever blocks.
#include "appsettings.h"
#include "common/clock.h"
#include "dialogs/welcomedialog.h"
#include "domain/caseworkflow.h"
#include "mainwindow.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "reminders.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dpodesk;

namespace {

const QDate kToday(2026, 11, 26);

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

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestGuiShip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void secondInstanceRefused();
    void remindersInABanner();
    void dailyBackupOncePerDay();
    void backupAndRestore();
    void damagedBackupRefused();
    void welcomeCreatesTheRegister();
    void welcomeDemo();

private:
    QString registerPath() const { return m_dir->filePath(QStringLiteral("register.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegisterSession> m_session;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    CaseRecord m_overdue;
    CaseRecord m_tomorrow;
};

void TestGuiShip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
}

void TestGuiShip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<RegisterSession>(std::make_unique<FixedClock>(kToday));
    QVERIFY(m_session->open(registerPath()).ok());
    QVERIFY(m_session->ensureChecked().ok());
    // Received 1 Oct: due 2 Nov, overdue. Received 27 Oct: due 27 Nov, tomorrow. Received 20 Nov: on track.
    m_overdue = m_session->create(received(QStringLiteral("Overdue"), QDate(2026, 10, 1))).value();
    m_tomorrow = m_session->create(received(QStringLiteral("Tomorrow"), QDate(2026, 10, 27))).value();
    QVERIFY(m_session->create(received(QStringLiteral("Track"), QDate(2026, 11, 20))).ok());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->reminders()->setTrayAllowed(false);
    Prompter::takeShown();
}

void TestGuiShip::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_session.reset();
    m_dir.reset();
}

void TestGuiShip::secondInstanceRefused()
{
    RegisterSession second(std::make_unique<FixedClock>(kToday));
    auto refused = second.open(registerPath());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Locked);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("already open in DPO Desk")),
             qPrintable(refused.errorMessage()));
    QVERIFY(!second.isOpen());
    QVERIFY(m_session->isOpen()); // the first one goes on
    QVERIFY(m_session->ensureChecked().ok());
    // Re-opening one's own register is not a second instance; once closed, the file is free again.
    QVERIFY(m_session->open(registerPath()).ok());
    m_session->close();
    QVERIFY(second.open(registerPath()).ok());
}

void TestGuiShip::remindersInABanner()
{
    m_window->dailyRoutine();
    const QString banner = m_window->bannerText();
    QVERIFY2(banner.contains(QStringLiteral("1 overdue (%1)").arg(m_overdue.reference)), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("1 due within two days (%1)").arg(m_tomorrow.reference)),
             qPrintable(banner));
    QVERIFY(!banner.contains(QStringLiteral("extension")));

    // Answered: nothing left to remind, the banner goes.
    for (CaseRecord c : {m_overdue, m_tomorrow}) {
        c = m_session->service().findCase(c.id).value();
        QVERIFY(m_session->answer(c, kToday, {{Right::Access, Outcome::Granted, {}, {}}}).ok());
    }
    m_window->dailyRoutine();
    QVERIFY(m_window->bannerText().isEmpty());
}

void TestGuiShip::dailyBackupOncePerDay()
{
    const QDir folder(Backups::defaultFolder(registerPath()));
    QSignalSpy finished(m_session.get(), &RegisterSession::dailyBackupFinished);
    m_window->dailyRoutine();
    QVERIFY(m_session->isBackingUp()); // on a worker thread, the window stays responsive
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(2).toString().isEmpty(), qPrintable(finished.at(0).at(2).toString()));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QVERIFY(!m_session->isBackingUp());
    const QStringList first = folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    QCOMPARE(first, QStringList{QStringLiteral("register-2026-11-26.sqlite")});
    QVERIFY(Backups::checkBackup(folder.filePath(first.constFirst())).ok());
    m_window->dailyRoutine(); // the same day: no second copy, not even started
    QVERIFY(!m_session->isBackingUp());
    QCOMPARE(folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files), first);
    // The backup announced itself in the register's own trail, written by the worker's connection, and the desk's
    // next change chains after it.
    QVERIFY(m_session->create(received(QStringLiteral("After"), kToday)).ok());
    auto trail = m_session->service().verifyAudit();
    QVERIFY(trail.ok() && trail->intact);

    m_settings->setAutomaticBackups(false);
    QVERIFY(QFile::remove(folder.filePath(first.constFirst())));
    m_window->dailyRoutine();
    QVERIFY(folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files).isEmpty());
}

void TestGuiShip::backupAndRestore()
{
    const QString backup = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(m_window->backupTo(backup));
    QVERIFY(Prompter::takeShown().join(u' ').contains(QStringLiteral("copied and checked")));
    // A case logged after the backup disappears with the restore; the file as it was is kept beside.
    auto later = m_session->create(received(QStringLiteral("Later"), QDate(2026, 11, 25)));
    QVERIFY(later.ok());
    Prompter::answerNext(QMessageBox::Yes);
    QVERIFY(m_window->restoreFrom(backup));
    QVERIFY(m_session->isOpen());
    QVERIFY(!m_session->service().findCase(later->reference).ok());
    QVERIFY(m_session->service().findCase(m_overdue.reference).ok());
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("register.sqlite.before-restore-*")});
    QVERIFY2(!kept.isEmpty(), qPrintable(QDir(m_dir->path()).entryList().join(u' ')));
    QVERIFY(Prompter::takeShown().join(u' ').contains(QStringLiteral("previous file was kept")));
}

void TestGuiShip::damagedBackupRefused()
{
    const QString backup = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(m_window->backupTo(backup));
    {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(512, '\xff'));
    }
    m_session->close(); // to compare the register's bytes before and after, without a connection writing to it
    const QByteArray before = sha256Of(registerPath());
    QVERIFY(m_session->open(registerPath()).ok());
    QVERIFY(m_session->ensureChecked().ok());
    Prompter::takeShown();
    QVERIFY(!m_window->restoreFrom(backup));
    QVERIFY(Prompter::takeShown().join(u' ').contains(QStringLiteral("current register was not touched")));
    QVERIFY(m_session->isOpen());
    QVERIFY(m_session->service().findCase(m_tomorrow.reference).ok());
    m_session->close();
    QCOMPARE(sha256Of(registerPath()), before);
}

void TestGuiShip::welcomeCreatesTheRegister()
{
    const QString path = m_dir->filePath(QStringLiteral("new/dpodesk.sqlite"));
    WelcomeDialog welcome(path, m_dir->filePath(QStringLiteral("demo/demo.sqlite")));
    welcome.findChild<QLineEdit *>(QStringLiteral("welcomeOrgName"))->setText(QStringLiteral("Mairie de Lyon"));
    // Required fields missing: said so, no file.
    QVERIFY(!welcome.createRegister());
    QVERIFY2(welcome.problem().contains(QStringLiteral("the DPO's name")), qPrintable(welcome.problem()));
    QVERIFY(!QFile::exists(path));
    welcome.findChild<QLineEdit *>(QStringLiteral("welcomeDpoName"))->setText(QStringLiteral("Anne Lefèvre"));
    welcome.findChild<QLineEdit *>(QStringLiteral("welcomeDpoEmail"))->setText(QStringLiteral("anne@"));
    QVERIFY(!welcome.createRegister());
    QVERIFY(welcome.problem().contains(QStringLiteral("not a valid e-mail")));
    QVERIFY(!QFile::exists(path));
    welcome.findChild<QLineEdit *>(QStringLiteral("welcomeDpoEmail"))->setText(QStringLiteral("dpo@mairie.example"));
    QVERIFY(welcome.createRegister());
    QCOMPARE(welcome.chosenPath(), path);
    QCOMPARE(welcome.result(), int(QDialog::Accepted));

    RegisterSession created(std::make_unique<FixedClock>(kToday));
    QVERIFY(created.open(path).ok());
    QCOMPARE(created.organisation().name, QStringLiteral("Mairie de Lyon"));
    QCOMPARE(created.organisation().dpoEmail, QStringLiteral("dpo@mairie.example"));
    QCOMPARE(created.organisation().calendar, QStringLiteral("fr"));
}

void TestGuiShip::welcomeDemo()
{
    const QString demo = m_dir->filePath(QStringLiteral("demo/demo.sqlite"));
    WelcomeDialog welcome(m_dir->filePath(QStringLiteral("dpodesk.sqlite")), demo);
    QVERIFY(welcome.createDemo(50));
    QCOMPARE(welcome.chosenPath(), demo);
    RegisterSession session(std::make_unique<FixedClock>(kToday));
    QVERIFY(session.open(demo).ok());
    CaseQuery all;
    all.scope = CaseQuery::Scope::All;
    QCOMPARE(session.service().count(all).value(), 50);
    QVERIFY(!session.organisation().name.isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("dpodesk.sqlite")))); // the real register is not made
}

QTEST_MAIN(TestGuiShip)
#include "tst_gui_ship.moc"
