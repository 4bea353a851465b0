#include "mainwindow.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "storage/database.h"
#include "storage/sqlcaserepository.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace dpodesk {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_clock(std::make_unique<SystemClock>())
{
    setWindowTitle(tr("DPO Desk"));
    m_summary = new QLabel(this);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setMargin(24);
    setCentralWidget(m_summary);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DPO Desk"), this, &MainWindow::showAbout);
    resize(1000, 640);
}

MainWindow::~MainWindow()
{
    m_repository.reset();
    m_database.reset();
}

bool MainWindow::openRegister(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open the register"), opened.errorMessage());
        return false;
    }
    m_repository.reset();
    m_database = std::move(opened).value();
    m_repository = std::make_unique<SqlCaseRepository>(*m_database, *m_clock, currentActor());
    if (auto calendar = m_repository->loadCalendar(); !calendar) {
        QMessageBox::warning(this, tr("Holiday calendar"), calendar.errorMessage());
    }
    refresh();
    return true;
}

void MainWindow::refresh()
{
    auto counts = m_repository->counts(m_clock->today());
    if (!counts) {
        m_summary->setText(counts.errorMessage());
        return;
    }
    m_summary->setText(tr("<h2>%1</h2><p>%2 open case(s) · %3 overdue · %4 due within 7 days · %5 clock(s) stopped · "
                          "%6 extension notice(s) due</p>")
                           .arg(m_database->path().toHtmlEscaped())
                           .arg(counts->open)
                           .arg(counts->overdue)
                           .arg(counts->dueSoon)
                           .arg(counts->clockStopped)
                           .arg(counts->extensionNoticeDue));
    statusBar()->showMessage(tr("%1 overdue · %2 due within 7 days · %3 clocks stopped")
                                 .arg(counts->overdue)
                                 .arg(counts->dueSoon)
                                 .arg(counts->clockStopped));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About DPO Desk"),
                       tr("<h3>DPO Desk %1</h3><p>The register of GDPR rights requests for Data Protection "
                          "Officers.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace dpodesk
