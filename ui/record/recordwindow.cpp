// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/recordwindow.h"

#include "record/activitiespage.h"
#include "record/systemspage.h"
#include "registersession.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dpodesk {

RecordWindow::RecordWindow(RegisterSession &session, QWidget *parent) : QWidget(parent, Qt::Window), m_session(session)
{
    setObjectName(QStringLiteral("recordWindow"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);
    m_activities = new ActivitiesPage(session, m_tabs);
    m_systems = new SystemsPage(session, m_tabs);
    m_tabs->addTab(m_activities, tr("Activities"));
    m_tabs->addTab(m_systems, tr("Systems"));
    m_tabs->setTabToolTip(0, tr("The record of processing activities (GDPR art. 30): what is processed, why, on which "
                                "basis, for whom, and in which systems."));
    m_tabs->setTabToolTip(1, tr("The systems where the data live, their owners (who receive the tasks of a case), "
                                "what they can be searched by and what their owners can do."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);

    connect(m_activities, &RecordPage::countChanged, this,
            [this](int n) { m_tabs->setTabText(0, tr("Activities (%1)").arg(n)); });
    connect(m_systems, &RecordPage::countChanged, this,
            [this](int n) { m_tabs->setTabText(1, tr("Systems (%1)").arg(n)); });
    connect(&m_session, &RegisterSession::recordChanged, this, &RecordWindow::reload);
    connect(&m_session, &RegisterSession::opened, this, [this] {
        updateTitle();
        reload();
    });
    // Ctrl+F searches the tab shown, as in the queue.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        auto *page = static_cast<RecordPage *>(m_tabs->currentWidget());
        page->searchField()->setFocus(Qt::ShortcutFocusReason);
        page->searchField()->selectAll();
    });
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    resize(1280, 800);
    updateTitle();
    reload();
}

RecordWindow::~RecordWindow() = default;

void RecordWindow::updateTitle()
{
    setWindowTitle(m_session.isOpen()
                       ? tr("Record of processing activities — %1").arg(QFileInfo(m_session.path()).fileName())
                       : tr("Record of processing activities"));
}

void RecordWindow::reload()
{
    m_activities->reload();
    m_systems->reload();
}

bool RecordWindow::settle()
{
    // The tab with the changes is shown first, so that the question is about what the DPO sees.
    for (RecordPage *page : {static_cast<RecordPage *>(m_activities), static_cast<RecordPage *>(m_systems)}) {
        if (page->isModified()) {
            if (isVisible()) {
                m_tabs->setCurrentWidget(page);
            }
            if (!page->settle()) {
                return false;
            }
        }
    }
    return true;
}

void RecordWindow::closeEvent(QCloseEvent *event)
{
    if (!settle()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace dpodesk
