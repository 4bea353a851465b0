// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panels/casedetailpanel.h"

#include "uikit.h"

#include "dialogs/workflowdialogs.h"
#include "panels/attachmentspanel.h"
#include "panels/casetaskspanel.h"
#include "panels/casetimeline.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "urgencystyle.h"

#include "common/clock.h"
#include "domain/caseworkflow.h"
#include "storage/stores.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace dpodesk {

namespace {

using ui::localDateTime;
using ui::longDate;
using ui::makeLabel;
using ui::shortDate;

/// Dynamic property holding a workflow button's legal effect, the base of its tooltip.
constexpr char kEffectProperty[] = "dpodeskEffect";
constexpr int kActionColumns = 3;
constexpr int kEarlierShown = 50; // requests of the same person listed at most

void setBold(QLabel *label, qreal scale = 1.0)
{
    QFont font = label->font();
    font.setBold(true);
    if (scale != 1.0 && font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * scale);
    }
    label->setFont(font);
}

/// "access,erasure" (stable names, as the summaries store them) → "Access, Erasure".
bool isRefusal(Outcome outcome)
{
    return outcome == Outcome::Refused || outcome == Outcome::PartiallyGranted;
}

} // namespace

CaseDetailPanel::CaseDetailPanel(RegisterSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseDetail"));
    setMinimumWidth(360);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    m_empty = makeLabel(QStringLiteral("emptyMessage"), page);
    m_empty->setAlignment(Qt::AlignCenter);
    m_content = new QWidget(page);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    buildHeader(layout);
    buildDeadline(layout);
    buildActions(layout);
    buildTasks(layout);
    buildAttachments(layout);
    buildTimeline(layout);
    buildEarlierRequests(layout);
    pageLayout->addWidget(m_empty);
    pageLayout->addWidget(m_content);
    pageLayout->addStretch();

    // The panel sits beside the queue: it scrolls rather than forcing the window taller than 900 pixels.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // wrap to the width given, never scroll sideways
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_session, &RegisterSession::casesChanged, this, [this](qint64 id) {
        if (id == 0 || id == m_caseId) {
            reload();
        }
    });
    // Another register: the ids of the previous one mean nothing there.
    connect(&m_session, &RegisterSession::opened, this, [this] { showCase(0); });
    clear();
}

CaseDetailPanel::~CaseDetailPanel() = default;

void CaseDetailPanel::buildHeader(QVBoxLayout *layout)
{
    m_reference = makeLabel(QStringLiteral("reference"), m_content);
    m_reference->setWordWrap(false);
    setBold(m_reference, 1.4);
    m_status = makeLabel(QStringLiteral("status"), m_content);
    m_status->setWordWrap(false);
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_reference);
    top->addWidget(m_status);
    top->addStretch();
    layout->addLayout(top);

    m_subject = makeLabel(QStringLiteral("subject"), m_content);
    setBold(m_subject);
    m_requester = makeLabel(QStringLiteral("requester"), m_content);
    m_intake = makeLabel(QStringLiteral("intake"), m_content);
    m_rights = makeLabel(QStringLiteral("rights"), m_content);
    layout->addWidget(m_subject);
    layout->addWidget(m_requester);
    layout->addWidget(m_intake);
    layout->addWidget(m_rights);
}

void CaseDetailPanel::buildDeadline(QVBoxLayout *layout)
{
    m_deadlineBlock = new QFrame(m_content);
    m_deadlineBlock->setObjectName(QStringLiteral("deadlineBlock"));
    m_deadlineBlock->setFrameShape(QFrame::StyledPanel);
    m_deadlineBlock->setAutoFillBackground(true);
    auto *block = new QVBoxLayout(m_deadlineBlock);

    m_urgencyIcon = new QLabel(m_deadlineBlock);
    m_urgencyIcon->setObjectName(QStringLiteral("urgencyIcon"));
    m_urgencyIcon->setFixedSize(24, 24);
    m_deadline = makeLabel(QStringLiteral("deadline"), m_deadlineBlock);
    setBold(m_deadline, 1.15);
    auto *top = new QHBoxLayout;
    top->addWidget(m_urgencyIcon, 0, Qt::AlignTop);
    top->addWidget(m_deadline, 1);
    block->addLayout(top);

    m_derivation = makeLabel(QStringLiteral("derivation"), m_deadlineBlock);
    m_derivation->setToolTip(tr("Reg. 1182/71 art. 3: the day of receipt does not count; the period ends on the same "
                                "date of the last month, or on that month's last day; suspended days are added; a "
                                "Saturday, Sunday or public holiday rolls to the next working day."));
    m_deadlines = makeLabel(QStringLiteral("deadlines"), m_deadlineBlock);
    m_answered = makeLabel(QStringLiteral("answered"), m_deadlineBlock);
    m_clockStopped = makeLabel(QStringLiteral("clockStopped"), m_deadlineBlock);
    m_extension = makeLabel(QStringLiteral("extension"), m_deadlineBlock);
    m_extensionNotice = makeLabel(QStringLiteral("extensionNotice"), m_deadlineBlock);
    setBold(m_extensionNotice);
    m_recordNotice = new QPushButton(tr("Notice sent…"), m_deadlineBlock);
    m_recordNotice->setObjectName(QStringLiteral("action_extension_notice"));
    m_recordNotice->setToolTip(tr("Record the day the extension notice was sent to the person."));
    connect(m_recordNotice, &QPushButton::clicked, this, &CaseDetailPanel::recordExtensionNotice);
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_extensionNotice, 1);
    notice->addWidget(m_recordNotice, 0, Qt::AlignTop);

    block->addWidget(m_derivation);
    block->addWidget(m_deadlines);
    block->addWidget(m_answered);
    block->addWidget(m_clockStopped);
    block->addWidget(m_extension);
    block->addLayout(notice);
    layout->addWidget(m_deadlineBlock);
}

QPushButton *CaseDetailPanel::addActionButton(QGridLayout *grid, const QString &objectName, const QString &text,
                                              const QString &effect)
{
    auto *button = new QPushButton(text, m_content);
    button->setObjectName(objectName);
    button->setProperty(kEffectProperty, effect);
    button->setToolTip(effect);
    button->setAutoDefault(false);
    const int position = grid->count();
    grid->addWidget(button, position / kActionColumns, position % kActionColumns);
    return button;
}

void CaseDetailPanel::buildActions(QVBoxLayout *layout)
{
    auto *grid = new QGridLayout;
    m_suspend = addActionButton(
        grid, QStringLiteral("action_suspend"), tr("Stop the clock…"),
        tr("Ask for identity information (French decree 2019-536 art. 77) or a clarification (GDPR recital 63): the "
           "clock stops until the answer arrives."));
    m_resume = addActionButton(grid, QStringLiteral("action_resume"), tr("Restart the clock…"),
                               tr("Record the day the answer to your question arrived: the clock restarts and the "
                                  "deadline moves by the days it stood still."));
    m_extend = addActionButton(grid, QStringLiteral("action_extend"), tr("Extend…"),
                               tr("Extend the deadline by two further months (GDPR art. 12(3)): once, within the first "
                                  "month, with the reasons told to the person."));
    m_answer = addActionButton(grid, QStringLiteral("action_answer"), tr("Answer…"),
                               tr("Record the outcome of each right and the day of the answer; a refusal needs its "
                                  "legal ground and reasons and must reach the person within one month (GDPR art. "
                                  "12(4))."));
    m_recipients = addActionButton(grid, QStringLiteral("action_recipients"), tr("Recipients…"),
                                   tr("The recipients to tell of a rectification, erasure or restriction, and when "
                                      "they were told (GDPR art. 19)."));
    m_close = addActionButton(grid, QStringLiteral("action_close"), tr("Close…"),
                              tr("Close the case: it leaves the queue and is kept for the register's retention "
                                 "period."));
    m_withdraw = addActionButton(grid, QStringLiteral("action_withdraw"), tr("Withdrawn…"),
                                 tr("The person withdrew the request: the case stops without an answer."));
    // The same words as the Case menu's action: one action, one name.
    m_progress = addActionButton(grid, QStringLiteral("action_progress"), tr("Acknowledgement and status…"),
                                 tr("Record the acknowledgement sent and where the work stands (new, in progress, "
                                    "awaiting an internal answer)."));
    m_edit = addActionButton(grid, QStringLiteral("action_edit"), tr("Edit…"),
                             tr("Change the case's details (people, rights, dates); every change is kept in the audit "
                                "trail."));
    m_letter = addActionButton(grid, QStringLiteral("action_letter"), tr("Letter…"),
                               tr("Write the letter the case calls for (acknowledgement, identity request, extension "
                                  "notice, answer, refusal…), with the mentions the law requires; recording it as "
                                  "sent keeps the PDF and applies its effect."));
    layout->addLayout(grid);

    const QList<std::pair<QPushButton *, WorkflowAction>> actions{
        {m_suspend, WorkflowAction::Suspend},       {m_resume, WorkflowAction::Resume},
        {m_extend, WorkflowAction::Extend},         {m_answer, WorkflowAction::Answer},
        {m_recipients, WorkflowAction::Recipients}, {m_close, WorkflowAction::Close},
        {m_withdraw, WorkflowAction::Withdraw},     {m_progress, WorkflowAction::Progress},
    };
    for (const auto &[button, action] : actions) {
        connect(button, &QPushButton::clicked, this, [this, action = action] { runAction(action); });
    }
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_record.id != 0) {
            Q_EMIT editRequested(m_record.id);
        }
    });
    connect(m_letter, &QPushButton::clicked, this, [this] {
        if (m_record.id != 0) {
            Q_EMIT letterRequested(m_record.id);
        }
    });
}

void CaseDetailPanel::buildAttachments(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Files"), m_content);
    box->setObjectName(QStringLiteral("attachmentsBox"));
    auto *boxLayout = new QVBoxLayout(box);
    m_attachments = new AttachmentsPanel(m_session, box);
    boxLayout->addWidget(m_attachments);
    connect(m_attachments, &AttachmentsPanel::countChanged, box,
            [box](int n) { box->setTitle(n == 0 ? tr("Files") : tr("Files (%1)").arg(n)); });
    // Additions, erasures and verifications are in the case's history.
    connect(&m_session, &RegisterSession::attachmentsChanged, this, [this](qint64 id) {
        if (m_caseId != 0 && (id == 0 || id == m_caseId)) {
            fillTimeline();
        }
    });
    layout->addWidget(box);
}

void CaseDetailPanel::buildTasks(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Activities and tasks"), m_content);
    box->setObjectName(QStringLiteral("tasksBox"));
    box->setToolTip(tr("Where the person's data live: the activities of the record that concern them, and the tasks "
                       "sent to the owners of their systems."));
    auto *boxLayout = new QVBoxLayout(box);
    m_tasks = new CaseTasksPanel(m_session, box);
    boxLayout->addWidget(m_tasks);
    layout->addWidget(box);
}

void CaseDetailPanel::buildTimeline(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("History"), m_content);
    auto *boxLayout = new QVBoxLayout(box);
    m_timeline = new QTreeWidget(box);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_timeline->setUniformRowHeights(true);
    m_timeline->setMinimumHeight(220);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);

    m_noteEdit = new QLineEdit(box);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Internal note: kept with the case, never sent"));
    m_noteEdit->setToolTip(tr("Notes can be added but never changed or removed."));
    m_addNote = new QPushButton(tr("Add note"), box);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_addNote->setAutoDefault(false);
    m_addNote->setEnabled(false);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNote);

    boxLayout->addWidget(m_timeline);
    boxLayout->addLayout(noteRow);
    layout->addWidget(box);

    connect(m_noteEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_addNote->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &CaseDetailPanel::addNote);
    connect(m_addNote, &QPushButton::clicked, this, &CaseDetailPanel::addNote);
}

void CaseDetailPanel::buildEarlierRequests(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Earlier requests from this person"), m_content);
    auto *boxLayout = new QVBoxLayout(box);
    m_earlierSummary = makeLabel(QStringLiteral("earlierSummary"), box);
    m_earlierSummary->setToolTip(
        tr("GDPR art. 12(5): a request that is manifestly unfounded or excessive, in particular because of its "
           "repetitive character, may be refused or charged a reasonable fee; the controller must be able to show "
           "it. Requests are matched on the same e-mail address, phone number or name."));
    m_earlier = new QTreeWidget(box);
    m_earlier->setObjectName(QStringLiteral("earlierRequests"));
    m_earlier->setHeaderLabels({tr("Reference"), tr("Received on"), tr("Rights"), tr("Status"), tr("Interval")});
    m_earlier->headerItem()->setToolTip(4, tr("Days since the person's previous request"));
    m_earlier->setRootIsDecorated(false);
    m_earlier->setUniformRowHeights(true);
    m_earlier->setMinimumHeight(120);
    QHeaderView *header = m_earlier->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);

    boxLayout->addWidget(m_earlierSummary);
    boxLayout->addWidget(m_earlier);
    layout->addWidget(box);
}

void CaseDetailPanel::showCase(qint64 id)
{
    if (id != m_caseId) {
        m_noteEdit->clear();
    }
    m_caseId = id;
    m_attachments->showCase(id);
    reload();
}

void CaseDetailPanel::reload()
{
    if (m_caseId == 0 || !m_session.isOpen()) {
        clear();
        return;
    }
    auto found = m_session.service().findCase(m_caseId);
    if (!found) {
        clear(found.errorMessage());
        return;
    }
    m_record = std::move(found).value();
    fillHeader();
    fillDeadline();
    fillActions();
    m_tasks->showCase(m_record);
    fillTimeline();
    fillEarlierRequests();
    m_empty->hide();
    m_content->show();
}

void CaseDetailPanel::clear(const QString &message)
{
    m_record = CaseRecord();
    m_tasks->showCase(m_record);
    m_timeline->clear();
    m_earlier->clear();
    m_content->hide();
    m_empty->setText(message.isEmpty() ? tr("Select a case in the queue to see its deadline, its history and what "
                                            "can be done next.")
                                       : message);
    m_empty->show();
}

void CaseDetailPanel::fillHeader()
{
    const CaseRecord &c = m_record;
    m_reference->setText(c.reference);
    m_status->setText(label(c.status));

    QStringList subject{c.subject.displayName()};
    if (!c.subject.email.isEmpty() && c.subject.email != subject.first()) {
        subject << c.subject.email;
    }
    if (!c.subject.phone.isEmpty()) {
        subject << c.subject.phone;
    }
    subject << label(c.subject.relationship);
    m_subject->setText(subject.join(u" · "));

    if (c.requester) {
        QString text = tr("Requester: %1 — %2").arg(c.requester->person.displayName(), label(c.requester->capacity));
        if (!c.requester->capacityProof.isEmpty()) {
            text = tr("%1 (proof: %2)").arg(text, c.requester->capacityProof);
        }
        m_requester->setText(text);
    }
    m_requester->setVisible(c.requester.has_value());

    QString intake =
        tr("Received %1 (%2) · logged %3").arg(shortDate(c.receivedOn), label(c.channel), localDateTime(c.loggedAt));
    if (c.acknowledgedOn.isValid()) {
        intake = tr("%1 · acknowledged %2").arg(intake, shortDate(c.acknowledgedOn));
    }
    if (!c.cnilReference.isEmpty()) {
        intake = tr("%1 · CNIL reference %2").arg(intake, c.cnilReference);
    }
    m_intake->setText(intake);

    QStringList lines;
    for (const RightRequest &r : c.rights) {
        const QString basis = legalBasis(r.right);
        QString line = basis.isEmpty() ? label(r.right) : tr("%1 (%2)").arg(label(r.right), basis);
        if (!r.detail.isEmpty()) {
            line = tr("%1 — %2").arg(line, r.detail);
        }
        line = tr("%1: %2").arg(line, label(r.outcome));
        if (isRefusal(r.outcome)) {
            line = tr("%1 — %2: %3").arg(line, label(r.refusalGround), r.refusalReason);
        }
        lines << line;
    }
    m_rights->setText(lines.join(u'\n'));
}

void CaseDetailPanel::fillDeadline()
{
    const CaseRecord &c = m_record;
    const QDate today = m_session.today();
    const Suspension *stopped = c.openSuspension();
    const Urgency urgency = c.urgency(today);
    const QDate deadline = c.deadline();

    m_urgencyIcon->setPixmap(UrgencyStyle::icon(urgency).pixmap(QSize(24, 24)));
    m_urgencyIcon->setToolTip(urgencyLabel(urgency));
    const QString countdown = UrgencyStyle::countdown(urgency, deadline, today, stopped ? stopped->askedOn : QDate());
    m_deadline->setText(stopped ? tr("Deadline %1 before the suspension — %2").arg(longDate(deadline), countdown)
                                : tr("Deadline %1 — %2").arg(longDate(deadline), countdown));
    QPalette palette = m_deadlineBlock->palette();
    palette.setColor(QPalette::Window, UrgencyStyle::background(urgency));
    palette.setColor(QPalette::WindowText, UrgencyStyle::foreground(urgency));
    m_deadlineBlock->setPalette(palette);

    if (c.isCnilComplaint()) {
        m_derivation->setText(tr("The due date is the one set in the CNIL's letter."));
        m_deadlines->hide();
    } else {
        const DeadlineCalculator &calculator = m_session.service().calculator();
        m_derivation->setText(
            DeadlineCalculator::explain(calculator.derive(c.receivedOn, c.isExtended() ? 3 : 1, c.closedStops())));
        QStringList parts;
        parts << tr("Initial deadline %1").arg(shortDate(c.deadlines.initial));
        parts << (c.isExtended() ? tr("extended deadline %1") : tr("if extended %1"))
                     .arg(shortDate(c.deadlines.extended));
        parts << tr("refusal deadline %1 (GDPR art. 12(4))").arg(shortDate(c.deadlines.refusalDeadline()));
        const int days = c.deadlines.suspendedDays;
        parts << (days == 1 ? tr("1 day suspended") : tr("%1 days suspended").arg(days));
        m_deadlines->setText(parts.join(u" · "));
        m_deadlines->show();
    }

    if (c.answeredOn.isValid()) {
        const qint64 late = deadline.isValid() ? deadline.daysTo(c.answeredOn) : 0;
        QString text = late <= 0 ? tr("Answered on %1, on time.").arg(shortDate(c.answeredOn))
                       : late == 1
                           ? tr("Answered on %1, 1 day after the deadline.").arg(shortDate(c.answeredOn))
                           : tr("Answered on %1, %2 days after the deadline.").arg(shortDate(c.answeredOn)).arg(late);
        if (c.hasRefusal() && !c.isCnilComplaint() && c.answeredOn > c.deadlines.refusalDeadline()) {
            text += u' ' + tr("The refusal reached the person after the refusal deadline of %1 (GDPR art. 12(4)).")
                               .arg(shortDate(c.deadlines.refusalDeadline()));
        }
        m_answered->setText(text);
    }
    m_answered->setVisible(c.answeredOn.isValid());

    if (stopped) {
        QString text = tr("Clock stopped since %1, waiting for: %2. Record the answer with \"Restart the clock\": the "
                          "deadline then moves by the days the clock stood still.")
                           .arg(longDate(stopped->askedOn), label(stopped->reason));
        if (!stopped->note.isEmpty()) {
            text += u' ' + tr("Note: %1").arg(stopped->note);
        }
        m_clockStopped->setText(text);
    }
    m_clockStopped->setVisible(stopped != nullptr);

    if (c.extension) {
        QString text =
            tr("Extended on %1 (%2): %3")
                .arg(shortDate(c.extension->decidedOn), label(c.extension->reason), c.extension->justification);
        if (c.extension->noticeSentOn.isValid()) {
            text += u' ' + tr("Notice sent on %1.").arg(shortDate(c.extension->noticeSentOn));
        }
        m_extension->setText(text);
    }
    m_extension->setVisible(c.extension.has_value());

    const bool noticeDue = c.extensionNoticeDue() && c.isOpen();
    m_extensionNotice->setText(tr("%1: tell the person of the extension, its reasons and the new deadline within the "
                                  "first month (GDPR art. 12(3)).")
                                   .arg(UrgencyStyle::extensionNoticeDue()));
    m_extensionNotice->setVisible(noticeDue);
    m_recordNotice->setVisible(noticeDue);
}

void CaseDetailPanel::fillActions()
{
    const CaseRecord &c = m_record;
    const Suspension *stopped = c.openSuspension();
    const bool finished = c.status == CaseStatus::Closed || c.status == CaseStatus::Withdrawn;
    const QString notOpen = tr("The case is no longer open (%1).").arg(label(c.status));
    const QString clockStopped =
        stopped ? tr("The clock has been stopped since %1: record the answer to your question first.")
                      .arg(shortDate(stopped->askedOn))
                : QString();

    // A disabled button says why first, then what it would do.
    const auto enable = [](QPushButton *button, const QString &whyNot) {
        const QString effect = button->property(kEffectProperty).toString();
        button->setEnabled(whyNot.isEmpty());
        button->setToolTip(whyNot.isEmpty() ? effect : QString(whyNot + u"\n\n" + effect));
    };
    enable(m_suspend, !c.isOpen() ? notOpen : clockStopped);
    enable(m_resume,
           stopped ? QString() : tr("The clock is not stopped: there is no open question to record an answer for."));
    const Result<void> extendable = m_session.service().workflow().canExtend(c, m_session.today());
    enable(m_extend, extendable.errorMessage());
    enable(m_answer, !c.isOpen() ? notOpen : clockStopped);
    enable(m_recipients, QString());
    // An answered case is no longer open but still has to be closed.
    enable(m_close, finished ? notOpen : QString());
    enable(m_withdraw, !c.isOpen() ? notOpen : QString());
    enable(m_progress, !c.isOpen() ? notOpen : clockStopped);
    enable(m_edit, QString());
}

void CaseDetailPanel::fillTimeline()
{
    m_timeline->clear();
    QList<AuditEvent> events;
    auto loaded = m_session.service().history(m_record.reference);
    if (loaded) {
        events = std::move(loaded).value();
    } else {
        new QTreeWidgetItem(
            m_timeline, {QString(), QString(), tr("The audit trail could not be read: %1").arg(loaded.errorMessage())});
    }
    const QList<TimelineEntry> entries = CaseTimeline::build(events, m_record.notes);
    for (const TimelineEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_timeline, {localDateTime(entry.atUtc), entry.who, entry.what});
        item->setData(0, Qt::UserRole, entry.atUtc);
        item->setToolTip(2, entry.details.isEmpty() ? entry.what
                                                    : QString(entry.what + u'\n' + entry.details.join(u'\n')));
        if (entry.isNote) {
            QFont italic = item->font(2);
            italic.setItalic(true);
            item->setFont(2, italic);
        }
        for (const QString &line : entry.details) {
            auto *child = new QTreeWidgetItem(item, {QString(), QString(), line});
            child->setToolTip(2, line);
        }
    }
    m_timeline->expandAll();
}

void CaseDetailPanel::fillEarlierRequests()
{
    m_earlier->clear();
    auto found = m_session.service().requestsFromSamePerson(m_record, kEarlierShown);
    if (!found) {
        m_earlierSummary->setText(found.errorMessage());
        m_earlier->hide();
        return;
    }
    QList<CaseSummary> requests = std::move(found).value();
    const bool alone = requests.isEmpty();
    const bool capped = requests.size() >= kEarlierShown; // only the most recent are listed

    // This case too, so that its interval from the previous request shows.
    CaseSummary self;
    self.id = m_record.id;
    self.reference = m_record.reference;
    self.subjectName = m_record.subject.displayName();
    QStringList rightNames;
    for (const RightRequest &r : m_record.rights) {
        rightNames << name(r.right);
    }
    self.rights = rightNames.join(u',');
    self.receivedOn = m_record.receivedOn;
    self.status = m_record.status;
    requests.append(self);
    std::sort(requests.begin(), requests.end(), [](const CaseSummary &l, const CaseSummary &r) {
        return l.receivedOn != r.receivedOn ? l.receivedOn > r.receivedOn : l.id > r.id;
    });

    const QDate today = m_session.today();
    const QDate yearAgo = today.addMonths(-12);
    int lastYear = 0;
    qint64 shortest = -1;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const CaseSummary &s = requests.at(i);
        const bool recent = s.receivedOn > yearAgo && s.receivedOn <= today;
        if (recent) {
            ++lastYear;
        }
        QString interval = tr("first request");
        qint64 days = -1;
        if (i + 1 < requests.size()) {
            days = requests.at(i + 1).receivedOn.daysTo(s.receivedOn);
            interval = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
            if (recent && (shortest < 0 || days < shortest)) {
                shortest = days;
            }
        }
        auto *item = new QTreeWidgetItem(
            m_earlier, {s.reference, shortDate(s.receivedOn), s.rightsLabel(), label(s.status), interval});
        item->setData(0, Qt::UserRole, s.id);
        item->setData(4, Qt::UserRole, days);
        if (s.id == m_record.id) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < m_earlier->columnCount(); ++column) {
                item->setFont(column, bold);
            }
            item->setToolTip(0, tr("This case"));
        }
    }

    QString summary;
    if (alone) {
        summary = tr("No other request from this person (same e-mail address, phone number or name).");
    } else {
        summary = capped          ? tr("At least %1 requests in the last 12 months").arg(lastYear)
                  : lastYear == 1 ? tr("1 request in the last 12 months")
                                  : tr("%1 requests in the last 12 months").arg(lastYear);
        if (shortest >= 0) {
            summary +=
                shortest == 1 ? tr(" · shortest interval 1 day") : tr(" · shortest interval %1 days").arg(shortest);
        }
    }
    m_earlierSummary->setText(summary);
    m_earlier->setVisible(!alone);
}

void CaseDetailPanel::runAction(WorkflowAction action)
{
    if (m_record.id == 0) {
        return;
    }
    // A copy: saving reloads this panel while the dialog is still open.
    const CaseRecord record = m_record;
    runWorkflowDialog(action, m_session, record, this);
}

void CaseDetailPanel::recordExtensionNotice()
{
    if (m_record.id == 0) {
        return;
    }
    const CaseRecord record = m_record;
    ExtensionNoticeDialog dialog(m_session, record, this);
    dialog.exec();
}

void CaseDetailPanel::addNote()
{
    const QString text = m_noteEdit->text().trimmed();
    if (text.isEmpty() || m_record.id == 0) {
        return;
    }
    auto saved = m_session.addNote(m_record, text);
    if (!saved) {
        Prompter::warning(this, tr("Note not added"), saved.errorMessage());
        return;
    }
    m_noteEdit->clear();
}

} // namespace dpodesk
