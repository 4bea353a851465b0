// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panels/casetaskspanel.h"

#include "dialogs/caseactivitiesdialog.h"
#include "dialogs/taskanswerdialog.h"
#include "dialogs/tasksenddialog.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"
#include "urgencystyle.h"

#include "common/filewriter.h"
#include "reports/recordreport.h"
#include "storage/stores.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dpodesk {

namespace {

using ui::shortDate;

constexpr char kEffectProperty[] = "dpodeskEffect";

QPushButton *makeButton(const QString &objectName, const QString &text, const QString &effect, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setProperty(kEffectProperty, effect);
    button->setToolTip(effect);
    button->setAutoDefault(false);
    return button;
}

/// A disabled button says why first, then what it would do.
void setAvailable(QPushButton *button, const QString &whyNot)
{
    const QString effect = button->property(kEffectProperty).toString();
    button->setEnabled(whyNot.isEmpty());
    button->setToolTip(whyNot.isEmpty() ? effect : QString(whyNot + u"\n\n" + effect));
}

} // namespace

CaseTasksPanel::CaseTasksPanel(RegisterSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseTasks"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // We only process some of the person's data for another controller: the request is that controller's to answer.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("processorBanner"));
    m_banner->setStyleSheet(QStringLiteral("#processorBanner { background: #fff4e5; border: 1px solid #f0b46b; "
                                           "border-radius: 4px; } QLabel { color: #663c00; }"));
    m_bannerText = ui::makeLabel(QStringLiteral("processorBannerText"), m_banner);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(UrgencyStyle::icon(Urgency::DueSoon).pixmap(QSize(20, 20)));
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_activitiesLabel = ui::makeLabel(QStringLiteral("caseActivities"), this);
    m_choose = makeButton(QStringLiteral("chooseActivities"), tr("Choose…"),
                          tr("Choose the activities of the record that concern the person; the record's suggestions "
                             "are marked with their reason."),
                          this);
    auto *activities = new QHBoxLayout;
    activities->addWidget(m_activitiesLabel, 1);
    activities->addWidget(m_choose, 0, Qt::AlignTop);
    layout->addLayout(activities);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("taskList"));
    m_list->setHeaderLabels(
        {tr("Task"), tr("System"), tr("Action"), tr("Owner"), tr("Due"), tr("State"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(110);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    layout->addWidget(m_list);

    m_summary = ui::makeLabel(QStringLiteral("taskSummary"), this);
    layout->addWidget(m_summary);

    m_plan = makeButton(QStringLiteral("planTasks"), tr("Plan tasks"),
                        tr("One task per system of the chosen activities and per action the rights call for, due a "
                           "few working days before the deadline (Organisation settings) and moving with it."),
                        this);
    m_send = makeButton(QStringLiteral("sendTask"), tr("Send…"),
                        tr("Hand the owner the task in an e-mail from your mail program, with only the identifiers "
                           "their system is searched by; then record that it went."),
                        this);
    m_answer = makeButton(QStringLiteral("answerTask"), tr("Record answer…"),
                          tr("What the owner answered (found, not found, done, cannot), when, with the evidence "
                             "files kept with the case."),
                          this);
    m_proof = makeButton(QStringLiteral("proofOfTasks"), tr("Proof (PDF)…"),
                         tr("What each owner did for the case — system, action, dates, result, note and the evidence "
                            "files with their SHA-256 — for an auditor or the CNIL."),
                         this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_plan);
    buttons->addWidget(m_proof);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    buttons->addWidget(m_answer);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &CaseTasksPanel::chooseActivities);
    connect(m_plan, &QPushButton::clicked, this, &CaseTasksPanel::planTasks);
    connect(m_send, &QPushButton::clicked, this, &CaseTasksPanel::sendSelected);
    connect(m_answer, &QPushButton::clicked, this, &CaseTasksPanel::answerSelected);
    connect(m_proof, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the proof of tasks"),
                                         QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                             .filePath(tr("%1-tasks.pdf").arg(m_record.reference)),
                                         tr("PDF (*.pdf)"));
        if (!path.isEmpty()) {
            saveProof(path);
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CaseTasksPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_answer->isEnabled()) {
            answerSelected();
        } else if (m_send->isEnabled()) {
            sendSelected();
        }
    });
    connect(&m_session, &RegisterSession::recordChanged, this, [this] {
        if (m_record.id != 0) {
            fill(); // an activity renamed or changed in the record window
        }
    });
}

CaseTasksPanel::~CaseTasksPanel() = default;

void CaseTasksPanel::showCase(const CaseRecord &record)
{
    m_record = record;
    fill();
}

QString CaseTasksPanel::processorBanner() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

QString CaseTasksPanel::activitiesText() const
{
    return m_activitiesLabel->text();
}

qint64 CaseTasksPanel::selectedTaskId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(TaskColumn, Qt::UserRole).toLongLong() : 0;
}

void CaseTasksPanel::selectTask(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(TaskColumn, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

void CaseTasksPanel::fill()
{
    const qint64 selected = selectedTaskId();
    m_list->clear();
    m_activities.clear();
    m_tasks.clear();
    if (m_record.id == 0 || !m_session.isOpen()) {
        m_banner->hide();
        m_activitiesLabel->clear();
        m_summary->clear();
        updateButtons();
        return;
    }
    auto activities = m_session.service().caseActivities(m_record.id);
    TaskFilter filter;
    filter.caseId = m_record.id;
    auto tasks = m_session.service().tasks(filter);
    if (!activities || !tasks) {
        m_activitiesLabel->setText(!activities ? activities.errorMessage() : tasks.errorMessage());
        m_banner->hide();
        updateButtons();
        return;
    }
    m_activities = *activities;
    m_tasks = *tasks;

    QStringList names;
    QStringList forwarded;
    for (const ProcessingActivity &a : std::as_const(m_activities)) {
        names << a.name;
        if (a.role == ProcessingRole::Processor) {
            forwarded << tr("\"%1\" for %2").arg(a.name, a.controller);
        }
    }
    m_activitiesLabel->setText(names.isEmpty() ? tr("No activity of the record chosen yet: choose those that concern "
                                                    "the person, then plan the tasks to their systems' owners.")
                                               : tr("Activities concerning the person: %1").arg(names.join(u", ")));
    // GDPR art. 28(3)(e): as processor we assist the controller; the request is its to answer.
    m_bannerText->setText(
        tr("We are the processor of %1. The request about these data must be forwarded to that controller without "
           "delay (GDPR art. 28(3)(e)); no task is planned for them, and the person should be told who answers.")
            .arg(forwarded.join(tr(" and "))));
    m_banner->setVisible(!forwarded.isEmpty());

    const QDate today = m_session.today();
    int toSend = 0;
    int sent = 0;
    int answered = 0;
    int overdue = 0;
    for (const CaseTask &t : std::as_const(m_tasks)) {
        QString state = label(t.state);
        if (t.state == TaskState::Sent) {
            state = tr("Sent %1").arg(shortDate(t.sentOn));
            ++sent;
        } else if (t.state == TaskState::Answered) {
            state = tr("Answered %1").arg(shortDate(t.answeredOn));
            ++answered;
        } else {
            ++toSend;
        }
        QString result = t.result ? label(*t.result) : QString();
        if (!t.evidence.isEmpty()) {
            result = t.evidence.size() == 1 ? tr("%1 · 1 file").arg(result)
                                            : tr("%1 · %2 files").arg(result).arg(t.evidence.size());
        }
        const QString owner = t.ownerName.isEmpty() ? t.ownerEmail : t.ownerName;
        auto *item = new QTreeWidgetItem(m_list, {QStringLiteral("T%1").arg(t.number), t.systemName, label(t.action),
                                                  owner, shortDate(t.dueOn), state, result});
        item->setData(TaskColumn, Qt::UserRole, t.id);
        item->setToolTip(SystemColumn, tr("For the activities: %1").arg(t.activities));
        item->setToolTip(OwnerColumn, t.ownerEmail);
        item->setToolTip(StateColumn, t.sentTo.isEmpty() ? state : tr("%1 to %2").arg(state, t.sentTo));
        item->setToolTip(ResultColumn, t.note.isEmpty() ? result : QString(result + u'\n' + t.note));
        if (t.isOverdue(today)) {
            ++overdue;
            // The queue's overdue look: colour, the triangle and words, so that it survives colour blindness.
            for (int column : {DueColumn, StateColumn}) {
                item->setBackground(column, UrgencyStyle::background(Urgency::Overdue));
                item->setForeground(column, UrgencyStyle::foreground(Urgency::Overdue));
            }
            item->setIcon(DueColumn, UrgencyStyle::icon(Urgency::Overdue));
            const qint64 late = t.dueOn.daysTo(today);
            item->setToolTip(DueColumn, late == 1 ? tr("Overdue by 1 day: chase %1").arg(owner)
                                                  : tr("Overdue by %1 days: chase %2").arg(late).arg(owner));
            item->setText(StateColumn, tr("%1 — overdue").arg(state));
        } else {
            item->setToolTip(DueColumn, tr("Due %1, before the case's deadline of %2")
                                            .arg(ui::longDate(t.dueOn), ui::longDate(m_record.deadline())));
        }
    }
    if (m_tasks.isEmpty()) {
        m_summary->setText(m_activities.isEmpty() ? QString()
                                                  : tr("No task yet: \"Plan tasks\" makes one per system and action."));
    } else {
        QString summary =
            tr("%1 task(s): %2 to send, %3 sent, %4 answered").arg(m_tasks.size()).arg(toSend).arg(sent).arg(answered);
        if (overdue > 0) {
            summary += tr(" · %1 overdue").arg(overdue);
        }
        m_summary->setText(summary);
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
    m_list->setVisible(!m_tasks.isEmpty());
    selectTask(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        // The first task still to act on, so that Send… and Record answer… are one click away.
        for (int i = 0; i < m_tasks.size(); ++i) {
            if (m_tasks.at(i).isOpen()) {
                m_list->setCurrentItem(m_list->topLevelItem(i));
                break;
            }
        }
    }
    updateButtons();
}

void CaseTasksPanel::updateButtons()
{
    const bool shown = m_record.id != 0;
    const bool open = shown && m_record.isOpen();
    const QString notOpen = tr("The case is no longer open (%1).").arg(label(m_record.status));
    setAvailable(m_choose, shown ? QString() : tr("No case is shown."));
    setAvailable(m_plan, !open                    ? notOpen
                         : m_activities.isEmpty() ? tr("Choose the activities that concern the person first.")
                                                  : QString());
    const qint64 id = selectedTaskId();
    const auto task = std::find_if(m_tasks.cbegin(), m_tasks.cend(), [id](const CaseTask &t) { return t.id == id; });
    const QString noTask = tr("Select a task in the list.");
    const QString answeredAlready = tr("This task was answered.");
    setAvailable(m_send, task == m_tasks.cend() ? noTask : !task->isOpen() ? answeredAlready : QString());
    setAvailable(m_answer, task == m_tasks.cend() ? noTask : !task->isOpen() ? answeredAlready : QString());
    m_send->setText(task != m_tasks.cend() && task->state == TaskState::Sent ? tr("Remind…") : tr("Send…"));
    setAvailable(m_proof, m_tasks.isEmpty() ? tr("The case has no task yet.") : QString());
}

bool CaseTasksPanel::chooseActivities()
{
    if (m_record.id == 0) {
        return false;
    }
    const CaseRecord record = m_record; // the dialog's save reloads this panel
    CaseActivitiesDialog dialog(m_session, record, this);
    return dialog.exec() == QDialog::Accepted;
}

bool CaseTasksPanel::planTasks()
{
    if (m_record.id == 0) {
        return false;
    }
    const CaseRecord record = m_record;
    auto plan = m_session.planTasks(record);
    if (!plan) {
        Prompter::warning(this, tr("No task planned"), plan.errorMessage());
        return false;
    }
    QStringList lines;
    for (const CaseTask &t : std::as_const(plan->created)) {
        lines << tr("T%1 — %2: %3, due %4 (%5)")
                     .arg(t.number)
                     .arg(t.systemName, label(t.action).toLower(), shortDate(t.dueOn),
                          t.ownerName.isEmpty() ? t.ownerEmail : t.ownerName);
    }
    QString text = plan->created.isEmpty()
                       ? tr("No new task.")
                       : tr("Tasks planned for %1:").arg(record.reference) + u'\n' + lines.join(u'\n');
    if (!plan->recipientsAdded.isEmpty()) {
        text += u"\n\n" + tr("Recipients added to the case's art. 19 list: %1.")
                              .arg(plan->recipientsAdded.join(QStringLiteral(", ")));
    }
    if (!plan->warnings.isEmpty()) {
        text += u"\n\n" + tr("To watch:");
        for (const QString &warning : std::as_const(plan->warnings)) {
            text += u'\n' + tr("• %1").arg(warning);
        }
        Prompter::warning(this, tr("Tasks planned"), text);
    } else {
        Prompter::information(this, tr("Tasks planned"), text);
    }
    return true;
}

bool CaseTasksPanel::saveProof(const QString &path)
{
    if (m_record.id == 0 || m_tasks.isEmpty()) {
        return false;
    }
    auto files = m_session.service().attachments(m_record.id);
    const std::unique_ptr<ReportSource> source = m_session.service().reportSource();
    auto header = source->header();
    if (!files || !header) {
        Prompter::warning(this, tr("The proof was not written"), !files ? files.errorMessage() : header.errorMessage());
        return false;
    }
    QMap<qint64, Attachment> byId;
    for (const Attachment &a : std::as_const(*files)) {
        byId.insert(a.id, a);
    }
    auto pdf = RecordReports::caseTasksPdf(m_record, m_tasks, byId, *header);
    if (!pdf) {
        Prompter::warning(this, tr("The proof was not written"), pdf.errorMessage());
        return false;
    }
    if (auto written = FileWriter::writeAtomically(path, *pdf); !written) {
        Prompter::warning(this, tr("The proof was not written"), written.errorMessage());
        return false;
    }
    Prompter::information(this, tr("Proof of tasks"),
                          tr("The proof of the %1 task(s) of %2 was written to %3.")
                              .arg(m_tasks.size())
                              .arg(m_record.reference, QDir::toNativeSeparators(path)));
    return true;
}

bool CaseTasksPanel::sendSelected()
{
    const qint64 id = selectedTaskId();
    const auto task = std::find_if(m_tasks.cbegin(), m_tasks.cend(), [id](const CaseTask &t) { return t.id == id; });
    if (task == m_tasks.cend() || !task->isOpen()) {
        return false;
    }
    const CaseTask chosen = *task;
    const CaseRecord record = m_record;
    TaskSendDialog dialog(m_session, record, chosen, this);
    return dialog.exec() == QDialog::Accepted;
}

bool CaseTasksPanel::answerSelected()
{
    const qint64 id = selectedTaskId();
    const auto task = std::find_if(m_tasks.cbegin(), m_tasks.cend(), [id](const CaseTask &t) { return t.id == id; });
    if (task == m_tasks.cend() || !task->isOpen()) {
        return false;
    }
    const CaseTask chosen = *task;
    TaskAnswerDialog dialog(m_session, chosen, this);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace dpodesk
