// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/damagedregisterdialog.h"

#include "backupsearch.h"
#include "prompter.h"
#include "registersession.h"
#include "uikit.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dpodesk {

namespace {

QLabel *boldLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = ui::makeLabel(objectName, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

DamagedRegisterDialog::DamagedRegisterDialog(RegisterSession &session, DamageFound found, QWidget *parent)
    : QDialog(parent), m_session(session), m_path(session.damagedPath()), m_damage(session.damage()),
      m_othersOpen(session.isOpen())
{
    setObjectName(QStringLiteral("damagedRegisterDialog"));
    setWindowTitle(tr("The register is damaged"));
    const QString register_ = QDir::toNativeSeparators(m_path);

    // What happened, in words; SQLite's own text only under "Details".
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    QLabel *what = boldLabel(QStringLiteral("damagedWhat"), this);
    what->setText(found == DamageFound::OnOpen
                      ? tr("The register %1 is damaged and was not opened. Nothing was written to it.").arg(register_)
                      : tr("The register %1 is damaged: the integrity check run after it was opened found it so. It "
                           "was closed again before anything was written to it.")
                            .arg(register_));
    QLabel *next = ui::makeLabel(QStringLiteral("damagedNext"), this);
    next->setText(tr("You can restore it from a backup: the damaged file is kept, nothing is deleted."));
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("damageDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_details->setPlainText(m_damage.detail.isEmpty() ? m_damage.message
                                                      : QString(m_damage.message + u'\n' + m_damage.detail));
    m_details->hide();
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(shown);
        fitHeight();
    });

    // The backups, checked newest first on a worker thread.
    const QString folder = Backups::defaultFolder(m_path);
    QLabel *section = boldLabel(QStringLiteral("backupsFolder"), this);
    section->setText(tr("Backups in %1").arg(QDir::toNativeSeparators(folder)));
    m_status = ui::makeLabel(QStringLiteral("backupStatus"), this);
    m_status->setText(tr("Looking for the newest backup that passes its checks…"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_found = new QWidget(this);
    auto *form = new QFormLayout(m_found);
    form->setContentsMargins(0, 0, 0, 0);
    m_date = ui::makeLabel(QStringLiteral("backupDate"), m_found);
    m_lastEvent = ui::makeLabel(QStringLiteral("backupLastEvent"), m_found);
    m_cases = ui::makeLabel(QStringLiteral("backupCases"), m_found);
    m_events = ui::makeLabel(QStringLiteral("backupEvents"), m_found);
    m_files = ui::makeLabel(QStringLiteral("backupFiles"), m_found);
    form->addRow(tr("Backup of"), m_date);
    form->addRow(tr("Last audit event"), m_lastEvent);
    form->addRow(tr("Cases"), m_cases);
    form->addRow(tr("Audit events"), m_events);
    form->addRow(tr("Attached files checked"), m_files);
    m_found->hide();
    m_kept = ui::makeLabel(QStringLiteral("keptAs"), this);
    // The name at the start of a line of its own: a file name is not broken at its hyphens.
    m_kept->setText(tr("The damaged file is not deleted: it is kept beside the register as\n%1 (the time of the "
                       "restore, UTC).")
                        .arg(QFileInfo(m_path).fileName() + QStringLiteral(".before-restore-") +
                             session.clock().nowUtc().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_kept->hide();
    m_refused = ui::makeLabel(QStringLiteral("refusedBackups"), this);
    m_refused->hide();

    // The ways forward.
    m_restore = new QCommandLinkButton(tr("Restore the newest backup that passes its checks"),
                                       tr("Checking the backups…"), this);
    m_restore->setObjectName(QStringLiteral("restoreNewestButton"));
    m_restore->setEnabled(false);
    auto *choose = new QPushButton(tr("Choose another backup…"), this);
    choose->setObjectName(QStringLiteral("chooseBackupButton"));
    auto *openOther = new QPushButton(tr("Open another register…"), this);
    openOther->setObjectName(QStringLiteral("openAnotherButton"));
    m_close = new QPushButton(m_othersOpen ? tr("Close") : tr("Quit DPO Desk"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_restore, &QCommandLinkButton::clicked, this, &DamagedRegisterDialog::restoreProposed);
    connect(choose, &QPushButton::clicked, this, &DamagedRegisterDialog::chooseBackup);
    connect(openOther, &QPushButton::clicked, this, &DamagedRegisterDialog::chooseRegister);
    connect(m_close, &QPushButton::clicked, this, [this] { finish(m_othersOpen ? Outcome::Closed : Outcome::Quit); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->addWidget(what);
    words->addWidget(next);
    words->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    words->addWidget(m_details);
    top->addLayout(words, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(openOther);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *root = new QVBoxLayout(this);
    root->addLayout(top);
    root->addSpacing(8);
    root->addWidget(section);
    root->addWidget(m_status);
    root->addWidget(m_progress);
    root->addWidget(m_found);
    root->addWidget(m_kept);
    root->addWidget(m_refused);
    root->addWidget(m_restore);
    root->addSpacing(8);
    root->addLayout(buttons);
    setMinimumWidth(640);

    m_search = new BackupSearch(this);
    connect(m_search, &BackupSearch::checking, this, &DamagedRegisterDialog::showChecking);
    connect(m_search, &BackupSearch::finished, this, &DamagedRegisterDialog::showSearchResult);
    m_search->start(m_path, folder);
}

DamagedRegisterDialog::~DamagedRegisterDialog()
{
    delete m_search; // waits for the backup being checked, before the widgets it reports to go
}

bool DamagedRegisterDialog::isSearching() const
{
    return m_search->isRunning();
}

std::optional<DailyBackup> DamagedRegisterDialog::proposedBackup() const
{
    return isSearching() ? std::nullopt : m_search->result().newest;
}

void DamagedRegisterDialog::showChecking(int index, int total, const QString &path)
{
    // The bar stays busy: one backup of a large register takes long to check, a bar standing still would look stuck.
    m_status->setText(tr("Checking %1 (%2 of %3)…").arg(QFileInfo(path).fileName()).arg(index + 1).arg(total));
}

void DamagedRegisterDialog::showSearchResult()
{
    const BackupSearchResult &result = m_search->result();
    m_progress->hide();
    const QString folder = QDir::toNativeSeparators(result.folder);
    if (result.newest) {
        const RestoreReport &report = result.report;
        m_status->setText(tr("The newest backup that passes its checks:"));
        m_date->setText(QStringLiteral("%1 — %2").arg(ui::longDate(result.newest->date),
                                                      QFileInfo(result.newest->path).fileName()));
        m_lastEvent->setText(ui::localDateTime(report.lastEventUtc));
        m_cases->setText(QLocale().toString(report.cases));
        m_events->setText(QLocale().toString(report.auditEvents));
        m_files->setText(QLocale().toString(report.attachmentsChecked));
        m_found->show();
        m_kept->show();
        m_restore->setDescription(tr("The backup of %1, checked in full again just before it replaces the damaged "
                                     "file.")
                                      .arg(ui::longDate(result.newest->date)));
        m_restore->setEnabled(true);
        m_restore->setDefault(true);
        m_restore->setFocus();
    } else {
        m_status->setText(
            (result.candidates == 0 ? tr("There is no backup of this register in %1.").arg(folder)
                                    : tr("No backup of this register in %1 passes its checks.").arg(folder)) +
            u' ' + tr("If you keep backups elsewhere (another disk, another computer), use “Choose another backup…”."));
        m_restore->hide(); // the line above says why; the other ways forward stay
    }
    if (!result.refused.isEmpty()) {
        // File names rather than paths: the folder is named above.
        const QString prefix = result.folder + u'/';
        QStringList lines{result.newest ? tr("Newer backups that were refused:") : tr("Backups that were refused:")};
        QString technical;
        for (const RefusedBackup &refused : result.refused) {
            const QString name = QFileInfo(refused.backup.path).fileName();
            QString why = refused.why.field == QLatin1String("checksum")
                              ? tr("%1 has no checksum file beside it, so a change inside a record could not be seen. "
                                   "To restore it all the same, use “Choose another backup…”.")
                                    .arg(name)
                              : refused.why.message;
            why.replace(prefix, QString());
            lines << tr("• %1: %2", "a refused backup: its date, why").arg(ui::shortDate(refused.backup.date), why);
            if (!refused.why.detail.isEmpty()) {
                technical += u'\n' + name + QStringLiteral(": ") + refused.why.detail;
            }
        }
        m_refused->setText(lines.join(u'\n'));
        m_refused->show();
        if (!technical.isEmpty()) {
            m_details->appendPlainText(technical);
        }
    }
    fitHeight();
}

void DamagedRegisterDialog::fitHeight()
{
    // Wrapped labels: the height the layout needs at the dialog's own width (adjustSize() would ask for a narrower
    // one, then spread the extra height between the lines).
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    resize(width(), std::max(needed, minimumSizeHint().height()));
}

bool DamagedRegisterDialog::restoreProposed()
{
    const auto backup = proposedBackup();
    if (!backup) {
        return false;
    }
    return restore(backup->path, BackupCheckOptions{});
}

bool DamagedRegisterDialog::restoreFrom(const QString &backup)
{
    BackupCheckOptions options;
    const auto verdict = BackupSearch::checkChosen(this, backup, options);
    if (!verdict) {
        return false;
    }
    const Result<RestoreReport> &checked = *verdict;
    if (!checked) {
        Prompter::critical(this, tr("This backup cannot be restored"),
                           tr("%1\n\nThe damaged register was left as it was.").arg(checked.errorMessage()));
        return false;
    }
    if (!Prompter::confirm(this, tr("Restore the damaged register"),
                           tr("The backup is intact: %1 cases, %2 events in its audit trail (the last on %3), %4 files "
                              "checked.\n\nRestore the damaged register from it? The damaged file is kept beside it "
                              "as a copy.")
                               .arg(checked->cases)
                               .arg(checked->auditEvents)
                               .arg(ui::localDateTime(checked->lastEventUtc))
                               .arg(checked->attachmentsChecked),
                           tr("Restore"))) {
        return false;
    }
    return restore(backup, options);
}

bool DamagedRegisterDialog::restore(const QString &backup, const BackupCheckOptions &options)
{
    // The backup is checked in full once more (it could have changed since), then replaces the damaged file: seconds
    // for a large register, on a worker thread while this says so.
    QProgressDialog progress(tr("Restoring the register from %1…\nThe backup is checked in full once more first.")
                                 .arg(QFileInfo(backup).fileName()),
                             QString(), 0, 0, this);
    progress.setWindowTitle(tr("Restoring the register"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0); // starts the timer that shows it
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = m_session.restoreDamaged(backup, options);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!restored) {
        const bool untouched = !m_session.damagedPath().isEmpty();
        Prompter::critical(this, tr("The restore failed"),
                           untouched ? tr("%1\n\nThe damaged register was left as it was.").arg(restored.errorMessage())
                                     : restored.errorMessage());
        if (!untouched) {
            finish(Outcome::Closed); // restored, but not opened: the message says why
        }
        return false;
    }
    m_restored = *restored;
    finish(Outcome::Restored);
    return true;
}

void DamagedRegisterDialog::chooseBackup()
{
    const QString folder = Backups::defaultFolder(m_path);
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Choose a backup to restore"), QFileInfo::exists(folder) ? folder : QFileInfo(m_path).absolutePath(),
        tr("DPO Desk registers (*.sqlite *.db);;All files (*)"));
    if (!backup.isEmpty()) {
        restoreFrom(backup);
    }
}

void DamagedRegisterDialog::chooseRegister()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open another register"), QFileInfo(m_path).absolutePath(),
                                     tr("DPO Desk registers (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        openAnother(path);
    }
}

void DamagedRegisterDialog::openAnother(const QString &path)
{
    m_chosenRegister = path;
    finish(Outcome::OpenAnother);
}

void DamagedRegisterDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    if (outcome == Outcome::Restored || outcome == Outcome::OpenAnother) {
        accept();
    } else {
        reject();
    }
}

} // namespace dpodesk
