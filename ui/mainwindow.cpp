// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "appsettings.h"
#include "backupsearch.h"
#include "dialogs/acknowledgementsdialog.h"
#include "dialogs/caseformdialog.h"
#include "dialogs/damagedregisterdialog.h"
#include "dialogs/letterdialog.h"
#include "dialogs/reportsdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/templateeditordialog.h"
#include "dialogs/workflowdialogs.h"
#include "models/casetablemodel.h"
#include "panels/casedetailpanel.h"
#include "panels/dashboard.h"
#include "panels/queuepanel.h"
#include "prompter.h"
#include "record/recordwindow.h"
#include "register/letteroutbox.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "reminders.h"
#include "storage/backup.h"
#include "storage/stores.h"
#include "uikit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace dpodesk {

MainWindow::MainWindow(RegisterSession &session, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_queue = new QueuePanel(session, this);
    m_detail = new CaseDetailPanel(session, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    // The reminders' banner, above the queue and the case, when the desktop has no tray to notify.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("reminderBanner"));
    m_banner->setStyleSheet(QStringLiteral("#reminderBanner { background: #fff4e5; border: 1px solid #f0b46b; "
                                           "border-radius: 4px; } QLabel { color: #663c00; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("reminderText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_banner);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_banner);
    m_dashboard = new Dashboard(session, central);
    centralLayout->addWidget(m_dashboard);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_reminders = new ReminderNotifier(session, this);
    connect(&session, &RegisterSession::dailyBackupFinished, this, &MainWindow::dailyBackupFinished);
    connect(m_reminders, &ReminderNotifier::banner, this, &MainWindow::showBanner);
    connect(m_reminders, &ReminderNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    statusBar()->addPermanentWidget(m_counts);

    createMenus();
    connect(m_queue, &QueuePanel::currentCaseChanged, m_detail, &CaseDetailPanel::showCase);
    connect(m_queue, &QueuePanel::caseActivated, this, &MainWindow::editCase);
    connect(m_detail, &CaseDetailPanel::editRequested, this, &MainWindow::editCase);
    connect(m_detail, &CaseDetailPanel::letterRequested, this, &MainWindow::writeLetter);
    connect(m_queue, &QueuePanel::currentCaseChanged, this, [this](qint64 id) {
        for (QAction *action : std::as_const(m_caseActions)) {
            action->setEnabled(id != 0);
        }
    });
    connect(m_queue->model(), &CaseTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(&m_session, &RegisterSession::casesChanged, this, &MainWindow::refreshCounts);
    connect(&m_session, &RegisterSession::opened, this, &MainWindow::updateTitle);
    connect(&m_session, &RegisterSession::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(&m_session, &RegisterSession::integrityFailed, this, [this](const QString &message) {
        updateTitle();
        if (!m_session.damagedPath().isEmpty()) {
            // Not from inside the change that may have waited for the check: once it has returned.
            QTimer::singleShot(0, this, &MainWindow::offerRescueWhenIdle);
            return;
        }
        Prompter::critical(this, tr("The register is damaged"),
                           tr("%1\n\nThe register was closed before anything was written to it.").arg(message));
    });

    // Open all day: at midnight the countdowns, bands and counts move on by themselves.
    auto *dayWatch = new QTimer(this);
    dayWatch->setInterval(std::chrono::minutes(5));
    connect(dayWatch, &QTimer::timeout, this, [this] {
        if (m_session.isOpen() && m_session.today() != m_shownDay) {
            Q_EMIT m_session.casesChanged(0);
        }
        // Its own day: a change made just after midnight must not make the new day's routine look done.
        if (m_session.isOpen() && m_session.today() != m_routineDay) {
            dailyRoutine();
        }
    });
    dayWatch->start();
    connect(&m_session, &RegisterSession::casesChanged, this, [this] {
        if (m_session.isOpen()) {
            m_shownDay = m_session.today();
        }
    });

    resize(1400, 860);
    m_splitter->setSizes({820, 580}); // the queue and a case side by side on a 1440-pixel screen
    if (!m_settings.windowGeometry().isEmpty()) {
        restoreGeometry(m_settings.windowGeometry());
    }
    if (!m_settings.windowState().isEmpty()) {
        restoreState(m_settings.windowState());
    }
    if (!m_settings.splitterState().isEmpty()) {
        m_splitter->restoreState(m_settings.splitterState());
    }
    if (!m_settings.queueHeaderState().isEmpty()) {
        m_queue->view()->horizontalHeader()->restoreState(m_settings.queueHeaderState());
    }
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCase = file->addAction(tr("&New request…"), this, [this] { this->newCase(); });
    newCase->setObjectName(QStringLiteral("newCaseAction"));
    newCase->setShortcut(QKeySequence::New);
    newCase->setShortcutContext(Qt::ApplicationShortcut); // from anywhere, dialogs included
    QAction *open = file->addAction(tr("&Open register…"), this, &MainWindow::chooseRegister);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction *settings = file->addAction(tr("Organisation &settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Back up the register…"), this, &MainWindow::chooseBackup);
    backup->setObjectName(QStringLiteral("backupAction"));
    QAction *restore = file->addAction(tr("Restore from a bac&kup…"), this, &MainWindow::chooseRestore);
    restore->setObjectName(QStringLiteral("restoreAction"));
    QAction *automatic = file->addAction(tr("&Automatic daily backups"));
    automatic->setObjectName(QStringLiteral("automaticBackupsAction"));
    automatic->setCheckable(true);
    automatic->setChecked(m_settings.automaticBackups());
    automatic->setToolTip(tr("Once a day, a checked copy of the register in its backups folder; the newest %1 are "
                             "kept.")
                              .arg(m_settings.backupsKept()));
    connect(automatic, &QAction::toggled, this, [this](bool on) {
        m_settings.setAutomaticBackups(on);
        if (on) {
            dailyRoutine();
        }
    });
    file->addSeparator();
    file->addAction(tr("Letter &templates…"), this, [this] {
        if (m_session.isOpen()) {
            TemplateEditorDialog editor(m_session, {}, {}, this);
            editor.exec();
        }
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addAction(newCase); // where a DPO looks for it too
    caseMenu->addSeparator();
    QAction *edit = caseMenu->addAction(tr("&Edit…"), this, [this] { editCase(m_queue->currentCaseId()); });
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_caseActions << edit;
    caseMenu->addSeparator();
    const QList<std::tuple<WorkflowAction, QString, QKeySequence>> actions{
        {WorkflowAction::Progress, tr("Ac&knowledgement and status…"), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {WorkflowAction::Suspend, tr("Ask for &identity or clarification…"), QKeySequence(Qt::CTRL | Qt::Key_I)},
        {WorkflowAction::Resume, tr("Record the a&nswer to the question…"), QKeySequence(Qt::CTRL | Qt::Key_R)},
        {WorkflowAction::Extend, tr("E&xtend by two months…"), QKeySequence()},
        {WorkflowAction::Answer, tr("Record the &answer…"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {WorkflowAction::Recipients, tr("Notify &recipients (art. 19)…"), QKeySequence()},
        {WorkflowAction::Close, tr("&Close…"), QKeySequence()},
        {WorkflowAction::Withdraw, tr("Request &withdrawn…"), QKeySequence()},
    };
    for (const auto &[action, text, shortcut] : actions) {
        QAction *item = caseMenu->addAction(text, this, [this, action = action] { runAction(action); });
        item->setShortcut(shortcut);
        m_caseActions << item;
    }
    caseMenu->addSeparator();
    QAction *letter =
        caseMenu->addAction(tr("Write a &letter…"), this, [this] { writeLetter(m_queue->currentCaseId()); });
    letter->setObjectName(QStringLiteral("letterAction"));
    letter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_caseActions << letter;
    for (QAction *action : std::as_const(m_caseActions)) {
        action->setEnabled(false);
    }
    QAction *acknowledgeAll =
        caseMenu->addAction(tr("Ac&knowledge all new requests…"), this, &MainWindow::acknowledgeAllNew);
    acknowledgeAll->setObjectName(QStringLiteral("acknowledgeAllAction"));

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    QAction *deadlineReport =
        reports->addAction(tr("&Deadline report…"), this, [this] { showReports(int(ReportsDialog::Kind::Deadlines)); });
    deadlineReport->setObjectName(QStringLiteral("deadlineReportAction"));
    QAction *activityReport =
        reports->addAction(tr("&Activity report…"), this, [this] { showReports(int(ReportsDialog::Kind::Activity)); });
    activityReport->setObjectName(QStringLiteral("activityReportAction"));

    QMenu *record = menuBar()->addMenu(tr("Recor&d"));
    QAction *processing = record->addAction(tr("Record of &processing activities…"), this, &MainWindow::showRecord);
    processing->setObjectName(QStringLiteral("recordAction"));
    processing->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    processing->setToolTip(tr("The activities of the record (GDPR art. 30) and the systems where the data live, "
                              "with their owners: edit, search, import from CSV."));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Search"), m_queue, &QueuePanel::focusSearch);
    search->setShortcut(QKeySequence::Find);
    QAction *reload = view->addAction(tr("&Refresh"), this, [this] { Q_EMIT m_session.casesChanged(0); });
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About DPO Desk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    refreshRecent();
}

bool MainWindow::openRegister(const QString &path)
{
    if (m_record && !m_record->settle()) {
        return false;
    }
    auto opened = m_session.open(path);
    if (!opened) {
        if (opened.error().code == Error::Code::Corrupt && !m_session.damagedPath().isEmpty()) {
            return rescueDamaged(DamageFound::OnOpen);
        }
        Prompter::critical(this, tr("Cannot open the register"), opened.errorMessage());
        return false;
    }
    registerShown(path);
    return true;
}

void MainWindow::registerShown(const QString &path)
{
    m_settings.setLastDatabase(path);
    m_settings.addRecentDatabase(path);
    refreshRecent();
    updateTitle();
    refreshCounts();
    m_queue->selectCase(0);
    // Reminders and the daily backup once the window shows the register.
    QTimer::singleShot(0, this, &MainWindow::dailyRoutine);
}

void MainWindow::offerRescueWhenIdle()
{
    if (m_session.damagedPath().isEmpty()) {
        return;
    }
    // A dialog the user is in (the case form whose save found the damage) is finished first.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(200, this, &MainWindow::offerRescueWhenIdle);
        return;
    }
    rescueDamaged(DamageFound::WhileShown);
}

bool MainWindow::rescueDamaged(DamageFound found)
{
    updateTitle();
    refreshCounts();
    DamagedRegisterDialog dialog(m_session, found, this);
    dialog.exec();
    switch (dialog.outcome()) {
    case DamagedRegisterDialog::Outcome::Restored: {
        registerShown(m_session.path());
        const RestoreReport &restored = dialog.restored();
        Prompter::information(
            this, tr("Register restored"),
            tr("The register was restored from %1. The previous file was kept as %2.")
                .arg(QDir::toNativeSeparators(restored.backupPath), QDir::toNativeSeparators(restored.previousCopy)));
        return true;
    }
    case DamagedRegisterDialog::Outcome::OpenAnother:
        m_session.releaseDamaged();
        return openRegister(dialog.chosenRegister());
    case DamagedRegisterDialog::Outcome::Quit:
        m_session.releaseDamaged();
        close();
        return false;
    case DamagedRegisterDialog::Outcome::Closed:
        break;
    }
    m_session.releaseDamaged();
    updateTitle();
    refreshCounts();
    return false;
}

void MainWindow::showBanner(const QString &text)
{
    m_bannerText->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void MainWindow::dailyRoutine()
{
    if (!m_session.isOpen()) {
        return;
    }
    m_routineDay = m_session.today();
    m_reminders->check();
    if (!m_settings.automaticBackups()) {
        return;
    }
    // Today's copy exists already: nothing to wait for. Otherwise the copy waits for the register's background
    // integrity check rather than blocking the window until it ends.
    const QString todays = m_session.service().todaysBackupPath();
    if (QFileInfo::exists(todays)) {
        return;
    }
    if (m_session.isChecking()) {
        connect(
            &m_session, &RegisterSession::checked, this,
            [this] {
                if (m_session.isOpen() && m_settings.automaticBackups()) {
                    m_session.startDailyBackup(m_settings.backupsKept());
                }
            },
            Qt::SingleShotConnection);
        return;
    }
    // On a worker thread: a register of a million cases takes tens of seconds to copy and check.
    if (m_session.startDailyBackup(m_settings.backupsKept())) {
        statusBar()->showMessage(tr("Writing the daily backup…"), 10000);
    }
}

void MainWindow::dailyBackupFinished(const QString &path, bool created, const QString &failure)
{
    if (!failure.isEmpty()) {
        // A failed backup must be seen: it joins the banner, whatever the tray does.
        const QString text = tr("The daily backup failed: %1").arg(failure);
        showBanner(bannerText().isEmpty() ? text : bannerText() + u'\n' + text);
        return;
    }
    if (created) {
        statusBar()->showMessage(tr("Daily backup written: %1").arg(QDir::toNativeSeparators(path)), 15000);
    }
}

void MainWindow::chooseBackup()
{
    if (!m_session.isOpen()) {
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-%2.sqlite")
                                                .arg(QFileInfo(m_session.path()).completeBaseName(),
                                                     m_session.today().toString(Qt::ISODate)));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Back up the register"), suggested, tr("DPO Desk registers (*.sqlite)"));
    if (!target.isEmpty()) {
        backupTo(target);
    }
}

bool MainWindow::backupTo(const QString &target)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = m_session.backupTo(target);
    QApplication::restoreOverrideCursor();
    if (!done) {
        Prompter::critical(this, tr("The backup was not written"), done.errorMessage());
        return false;
    }
    if (!done->auditIntact) {
        Prompter::warning(this, tr("Backup written, audit trail broken"),
                          tr("The copy %1 was written, but the register's audit trail is broken (%2): a restore will "
                             "refuse this copy. Keep your older backups.")
                              .arg(QDir::toNativeSeparators(done->path), done->auditProblem));
        return true;
    }
    Prompter::information(this, tr("Backup written"),
                          tr("The register was copied and checked: %1 (%2, SHA-256 %3).\n\nKeep it somewhere else "
                             "than this computer.")
                              .arg(QDir::toNativeSeparators(done->path), QLocale().formattedDataSize(done->size),
                                   done->sha256.left(16) + QStringLiteral("…")));
    return true;
}

void MainWindow::chooseRestore()
{
    if (!m_session.isOpen()) {
        return;
    }
    const QString backup =
        QFileDialog::getOpenFileName(this, tr("Restore from a backup"), Backups::defaultFolder(m_session.path()),
                                     tr("DPO Desk registers (*.sqlite *.db);;All files (*)"));
    if (!backup.isEmpty()) {
        restoreFrom(backup);
    }
}

bool MainWindow::restoreFrom(const QString &backup)
{
    BackupCheckOptions options;
    // Checked on a worker thread (seconds for a large register); a missing checksum file is asked about.
    const auto verdict = BackupSearch::checkChosen(this, backup, options);
    if (!verdict) {
        return false;
    }
    const Result<RestoreReport> &checked = *verdict;
    if (!checked) {
        Prompter::critical(this, tr("This backup cannot be restored"),
                           tr("%1\n\nThe current register was not touched.").arg(checked.errorMessage()));
        return false;
    }
    if (!Prompter::confirm(
            this, tr("Restore from a backup"),
            tr("The backup is intact: %1 cases, %2 events in its audit trail (the last on %3), %4 files checked.\n\n"
               "Replace the current register with it? The current file is kept beside it as a copy.")
                .arg(checked->cases)
                .arg(checked->auditEvents)
                .arg(ui::localDateTime(checked->lastEventUtc))
                .arg(checked->attachmentsChecked),
            tr("Restore"))) {
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = m_session.restore(backup, options);
    QApplication::restoreOverrideCursor();
    updateTitle();
    refreshCounts();
    if (!restored) {
        Prompter::critical(this, tr("The restore failed"), restored.errorMessage());
        return false;
    }
    Prompter::information(
        this, tr("Register restored"),
        restored->previousCopy.isEmpty()
            ? tr("The register was restored from %1.").arg(QDir::toNativeSeparators(backup))
            : tr("The register was restored from %1. The previous file was kept as %2.")
                  .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(restored->previousCopy)));
    m_queue->selectCase(0);
    return true;
}

void MainWindow::chooseRegister()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a register"), QFileInfo(m_session.path()).absolutePath(),
                                     tr("DPO Desk registers (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        openRegister(path);
    }
}

void MainWindow::refreshRecent()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] { openRegister(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::refreshCounts()
{
    if (!m_session.isOpen()) {
        m_counts->clear();
        m_dashboard->refresh({});
        return;
    }
    // One count for the status bar and the dashboard.
    auto counts = m_session.service().counts(m_session.today());
    m_dashboard->refresh(counts ? std::optional<QueueCounts>(*counts) : std::nullopt);
    if (!counts) {
        m_counts->setText(counts.errorMessage());
        return;
    }
    QStringList parts;
    parts << (counts->overdue == 1 ? tr("1 overdue") : tr("%1 overdue").arg(counts->overdue));
    parts << (counts->dueSoon == 1 ? tr("1 due within 7 days") : tr("%1 due within 7 days").arg(counts->dueSoon));
    parts << (counts->clockStopped == 1 ? tr("1 clock stopped") : tr("%1 clocks stopped").arg(counts->clockStopped));
    if (counts->extensionNoticeDue > 0) {
        parts << (counts->extensionNoticeDue == 1 ? tr("1 extension notice due")
                                                  : tr("%1 extension notices due").arg(counts->extensionNoticeDue));
    }
    // Tasks to system owners past their due date, in open cases: chased before the case itself runs late.
    if (counts->overdueTasks > 0) {
        parts << (counts->overdueTasks == 1 ? tr("1 task overdue") : tr("%1 tasks overdue").arg(counts->overdueTasks));
    }
    parts << (counts->open == 1 ? tr("1 open case") : tr("%1 open cases").arg(counts->open));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

qint64 MainWindow::newCase()
{
    if (!m_session.isOpen()) {
        return 0;
    }
    CaseFormDialog dialog(m_session, m_settings, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted) {
        return 0;
    }
    const qint64 id = dialog.savedCase().id;
    m_queue->selectCase(id);
    statusBar()->showMessage(tr("Case %1 logged.").arg(dialog.savedCase().reference), 5000);
    return id;
}

std::optional<CaseRecord> MainWindow::loadCase(qint64 id, const QString &title)
{
    if (id == 0 || !m_session.isOpen()) {
        return std::nullopt;
    }
    auto record = m_session.service().findCase(id);
    if (!record) {
        Prompter::warning(this, title, record.errorMessage());
        return std::nullopt;
    }
    return *record;
}

void MainWindow::editCase(qint64 id)
{
    if (const auto record = loadCase(id, tr("Edit case"))) {
        CaseFormDialog dialog(m_session, m_settings, *record, this);
        dialog.exec();
    }
}

void MainWindow::runAction(WorkflowAction action)
{
    if (const auto record = loadCase(m_queue->currentCaseId(), tr("Case"))) {
        runWorkflowDialog(action, m_session, *record, this);
    }
}

void MainWindow::writeLetter(qint64 id)
{
    if (const auto record = loadCase(id, tr("Case"))) {
        LetterDialog dialog(m_session, *record, this);
        dialog.exec();
    }
}

void MainWindow::acknowledgeAllNew()
{
    if (!m_session.isOpen()) {
        return;
    }
    // What every letter needs is checked once, not reported for each case.
    LetterInput probe;
    probe.organisation = m_session.organisation();
    probe.kind = LetterKind::Acknowledgement;
    if (auto ready = Letters::checkContent(probe); !ready) {
        Prompter::warning(this, tr("Acknowledgements"), ready.errorMessage());
        return;
    }
    AcknowledgementsDialog dialog(m_session, this);
    if (dialog.prepare()) {
        dialog.exec();
    }
}

void MainWindow::showReports(int kind)
{
    if (!m_session.isOpen()) {
        return;
    }
    ReportsDialog dialog(m_session, ReportsDialog::Kind(kind), this);
    dialog.exec();
}

RecordWindow *MainWindow::showRecord()
{
    if (!m_session.isOpen()) {
        return nullptr;
    }
    if (!m_record) {
        m_record = new RecordWindow(m_session, this);
    }
    m_record->show();
    m_record->raise();
    m_record->activateWindow();
    return m_record;
}

void MainWindow::showSettings()
{
    if (!m_session.isOpen()) {
        return;
    }
    SettingsDialog dialog(m_session, this);
    dialog.exec();
}

QList<std::pair<QString, QString>> MainWindow::shortcuts() const
{
    // Read from the menus themselves: the list is always the one the desk answers to.
    QList<std::pair<QString, QString>> list;
    for (QAction *menuAction : menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu) {
            continue;
        }
        for (QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty() || action->text().isEmpty()) {
                continue;
            }
            const QString what = QStringLiteral("%1 › %2").arg(menuAction->text().remove(u'&'),
                                                               action->text().remove(u'&').remove(QStringLiteral("…")));
            list.append({action->shortcut().toString(QKeySequence::NativeText), what});
        }
    }
    return list;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(0, 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const auto &[keys, what] : shortcuts()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(keys));
        table->setItem(row, 1, new QTableWidgetItem(what));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Every action of the menus can also be reached with Alt and its underlined "
                                    "letter."),
                                 &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(560, 480);
    dialog.exec();
}

void MainWindow::showAbout()
{
    Prompter::information(this, tr("About DPO Desk"),
                          tr("DPO Desk %1\n\nThe register of GDPR rights requests for Data Protection Officers: "
                             "legal deadlines (GDPR art. 12(3), Reg. 1182/71), suspensions, extensions and a "
                             "tamper-evident audit trail, on your own machine.\n\nFree software: you may redistribute "
                             "and modify it under the GNU General Public License, version 3 or (at your option) any "
                             "later version; it comes with no warranty. Qt is used under the GNU LGPL version 3.\n\n"
                             "Register: %2")
                              .arg(QCoreApplication::applicationVersion(), m_session.path()));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_session.isOpen() ? tr("%1 — DPO Desk").arg(QFileInfo(m_session.path()).fileName())
                                      : tr("DPO Desk"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Changes being made to the record are not lost with the main window.
    if (m_record && !m_record->settle()) {
        event->ignore();
        return;
    }
    // A daily backup being written is finished in sight, not by an invisible process holding the register.
    if (m_session.isBackingUp()) {
        QProgressDialog wait(tr("Finishing the daily backup before DPO Desk closes…"), QString(), 0, 0, this);
        wait.setWindowModality(Qt::WindowModal);
        wait.setMinimumDuration(0);
        wait.show();
        while (m_session.isBackingUp()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
            QThread::msleep(20);
        }
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setQueueHeaderState(m_queue->view()->horizontalHeader()->saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    event->accept();
}

} // namespace dpodesk
