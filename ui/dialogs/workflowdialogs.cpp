// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/workflowdialogs.h"

#include "uikit.h"

#include "dialogs/letterdialog.h"
#include "dialogs/progressdialog.h"

#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"

#include "domain/caseworkflow.h"
#include "domain/refusalrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace dpodesk {

namespace {

using ui::shortDate;

// Items carry the enum's int value, as everywhere in the UI (tests pick them with findData(int(value))).
template <typename E>
void fillCombo(QComboBox *combo, const QList<E> &values, E current)
{
    for (E value : values) {
        combo->addItem(label(value), static_cast<int>(value));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(current))));
}

template <typename E>
E chosen(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

bool isRefusal(Outcome outcome)
{
    return outcome == Outcome::Refused || outcome == Outcome::PartiallyGranted;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------------

WorkflowDialog::WorkflowDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : QDialog(parent), m_session(session), m_record(record)
{
    m_effect = new QLabel(this);
    m_effect->setObjectName(QStringLiteral("effect"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_error = ui::makeErrorLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkflowDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WorkflowDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_effect);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

void WorkflowDialog::accept()
{
    apply();
}

void WorkflowDialog::setEffect(const QString &text)
{
    m_effect->setText(text);
}

void WorkflowDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString WorkflowDialog::errorText() const
{
    return m_error->text();
}

bool WorkflowDialog::finish(const Result<CaseChange> &done)
{
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    m_saved = done->record;
    showError(QString());
    QDialog::accept();
    return true;
}

QPushButton *WorkflowDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QDate WorkflowDialog::today() const
{
    return m_session.today();
}

QDateEdit *WorkflowDialog::createDateEdit(const QString &objectName, QDate value, QDate minimum)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(today());
    if (minimum.isValid() && minimum <= today()) {
        edit->setMinimumDate(minimum);
    }
    edit->setDate(value.isValid() ? value : today());
    return edit;
}

// ---------------------------------------------------------------------------------------------------------------------

SuspendDialog::SuspendDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : WorkflowDialog(session, record, parent)
{
    setWindowTitle(tr("Stop the clock — %1").arg(record.reference));
    setEffect(tr("Asking the person for information to confirm their identity suspends the one-month period until "
                 "the answer arrives (French decree 2019-536 art. 77). Asking for a clarification of a request about "
                 "a large quantity of data may suspend it too (GDPR recital 63; EDPB Guidelines 01/2022 §159). "
                 "Meanwhile the case shows \"clock stopped\"; once the answer arrives, record it with \"Restart the "
                 "clock\" and the deadline moves by the days the clock stood still."));

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    fillCombo(m_reason, allSuspensionReasons(), SuspensionReason::Identity);
    m_reason->setToolTip(tr("Ask for identity information only where there is a reasonable doubt about who the "
                            "person is (GDPR art. 12(6)); ask only for what removes the doubt."));
    m_askedOn = createDateEdit(QStringLiteral("askedOn"), today(), record.receivedOn);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What was asked, and how"));

    form()->addRow(tr("Question about"), m_reason);
    form()->addRow(tr("Question sent on"), m_askedOn);
    form()->addRow(tr("Note"), m_note);
    okButton()->setText(tr("Stop the clock"));
}

void SuspendDialog::apply()
{
    const auto reason = chosen<SuspensionReason>(m_reason);
    finish(session().suspend(record(), reason, m_askedOn->date(), m_note->text().trimmed()));
}

// ---------------------------------------------------------------------------------------------------------------------

ResumeDialog::ResumeDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : WorkflowDialog(session, record, parent)
{
    setWindowTitle(tr("Restart the clock — %1").arg(record.reference));
    setEffect(tr("Recording the day the answer arrived restarts the clock: the days from the question to the answer "
                 "are added to the deadline, which then rolls again to a working day if needed (French decree "
                 "2019-536 art. 77; Reg. 1182/71 art. 3)."));

    const Suspension *open = record.openSuspension();
    if (open) {
        auto *question = new QLabel(this);
        question->setObjectName(QStringLiteral("question"));
        question->setWordWrap(true);
        question->setTextFormat(Qt::PlainText);
        QString text = tr("%1, asked on %2").arg(label(open->reason), shortDate(open->askedOn));
        if (!open->note.isEmpty()) {
            text = tr("%1 — %2").arg(text, open->note);
        }
        question->setText(text);
        form()->addRow(tr("Question"), question);
    }
    m_answeredOn = createDateEdit(QStringLiteral("answeredOn"), today(), open ? open->askedOn : record.receivedOn);
    m_newDeadline = new QLabel(this);
    m_newDeadline->setObjectName(QStringLiteral("newDeadline"));
    m_newDeadline->setWordWrap(true);
    m_newDeadline->setTextFormat(Qt::PlainText);
    QFont bold = m_newDeadline->font();
    bold.setBold(true);
    m_newDeadline->setFont(bold);

    form()->addRow(tr("Answer arrived on"), m_answeredOn);
    form()->addRow(tr("Effect"), m_newDeadline);
    okButton()->setText(tr("Restart the clock"));

    connect(m_answeredOn, &QDateEdit::dateChanged, this, &ResumeDialog::updatePreview);
    updatePreview();
}

void ResumeDialog::updatePreview()
{
    // Run the real rule on a throw-away copy, so the preview can never disagree with what OK stores.
    CaseRecord preview = record();
    auto resumed = session().service().workflow().resume(preview, m_answeredOn->date(), today());
    if (!resumed) {
        m_newDeadline->clear();
        showError(resumed.errorMessage());
        return;
    }
    showError(QString());
    const QDate before = record().deadline();
    const QDate after = preview.deadline();
    const int added = preview.deadlines.suspendedDays - record().deadlines.suspendedDays;
    if (before == after) {
        m_newDeadline->setText(tr("The deadline stays on %1.").arg(shortDate(after)));
    } else if (added == 1) {
        m_newDeadline->setText(
            tr("The deadline moves from %1 to %2 (+1 day suspended).").arg(shortDate(before), shortDate(after)));
    } else {
        m_newDeadline->setText(tr("The deadline moves from %1 to %2 (+%3 days suspended).")
                                   .arg(shortDate(before), shortDate(after))
                                   .arg(added));
    }
}

void ResumeDialog::apply()
{
    finish(session().resume(record(), m_answeredOn->date()));
}

// ---------------------------------------------------------------------------------------------------------------------

ExtendDialog::ExtendDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : WorkflowDialog(session, record, parent)
{
    setWindowTitle(tr("Extend the deadline — %1").arg(record.reference));
    setEffect(tr("The deadline is extended by two further months, to three months from receipt, where necessary given "
                 "the complexity and number of the requests (GDPR art. 12(3)). This is possible once, decided and "
                 "notified to the person within the first month, with the reasons. A refusal must still reach the "
                 "person within one month of receipt: the refusal deadline stays on %1.")
                  .arg(shortDate(record.deadlines.refusalDeadline())));

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    fillCombo(m_reason, allExtensionReasons(), ExtensionReason::Complexity);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->setPlaceholderText(tr("The reasons, as the person will read them in the extension notice "
                                           "(required)"));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 5);
    m_decidedOn = createDateEdit(QStringLiteral("decidedOn"), today(), record.receivedOn);
    m_noticeSent = new QCheckBox(tr("Extension notice sent on"), this);
    m_noticeSent->setObjectName(QStringLiteral("noticeSent"));
    m_noticeSent->setToolTip(tr("Until the extension notice is recorded, the queue shows \"extension notice due\"."));
    m_noticeSentOn = createDateEdit(QStringLiteral("noticeSentOn"), today(), record.receivedOn);
    m_noticeSentOn->setEnabled(false);
    auto *newDeadline = new QLabel(this);
    newDeadline->setObjectName(QStringLiteral("newDeadline"));
    newDeadline->setWordWrap(true);
    newDeadline->setTextFormat(Qt::PlainText);
    newDeadline->setText(tr("The deadline moves from %1 to %2.")
                             .arg(shortDate(record.deadline()), shortDate(record.deadlines.extended)));

    form()->addRow(tr("Reason"), m_reason);
    form()->addRow(tr("Justification"), m_justification);
    form()->addRow(tr("Decided on"), m_decidedOn);
    form()->addRow(m_noticeSent, m_noticeSentOn);
    form()->addRow(tr("Effect"), newDeadline);
    okButton()->setText(tr("Extend"));

    connect(m_noticeSent, &QCheckBox::toggled, m_noticeSentOn, &QWidget::setEnabled);
    connect(m_decidedOn, &QDateEdit::dateChanged, this, &ExtendDialog::checkDecisionDate);

    // Say at once why the extension is no longer possible, rather than after the DPO filled the form.
    const Result<void> allowed = session.service().workflow().canExtend(record, today());
    m_allowed = allowed.ok();
    if (!m_allowed) {
        showError(allowed.errorMessage());
        const QList<QWidget *> inputs{m_reason, m_justification, m_decidedOn, m_noticeSent, m_noticeSentOn};
        for (QWidget *input : inputs) {
            input->setEnabled(false);
        }
        okButton()->setEnabled(false);
    }
}

void ExtendDialog::checkDecisionDate()
{
    if (!m_allowed) {
        return;
    }
    const Result<void> allowed = session().service().workflow().canExtend(record(), m_decidedOn->date());
    showError(allowed.errorMessage());
}

void ExtendDialog::apply()
{
    if (!m_allowed) {
        return;
    }
    const auto reason = chosen<ExtensionReason>(m_reason);
    finish(session().extend(record(), reason, m_justification->toPlainText(), m_decidedOn->date(),
                            m_noticeSent->isChecked() ? m_noticeSentOn->date() : QDate()));
}

// ---------------------------------------------------------------------------------------------------------------------

ExtensionNoticeDialog::ExtensionNoticeDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : WorkflowDialog(session, record, parent)
{
    setWindowTitle(tr("Extension notice — %1").arg(record.reference));
    setEffect(tr("The person must be told of the extension within the first month, with its reasons and the new "
                 "deadline (GDPR art. 12(3)). Until the notice is recorded the queue shows \"extension notice "
                 "due\"."));
    m_sentOn = createDateEdit(QStringLiteral("sentOn"), today(),
                              record.extension ? record.extension->decidedOn : record.receivedOn);
    form()->addRow(tr("Notice sent on"), m_sentOn);
    okButton()->setText(tr("Record the notice"));
}

void ExtensionNoticeDialog::apply()
{
    finish(session().recordExtensionNotice(record(), m_sentOn->date()));
}

// ---------------------------------------------------------------------------------------------------------------------

AnswerDialog::AnswerDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : WorkflowDialog(session, record, parent)
{
    setWindowTitle(tr("Record the answer — %1").arg(record.reference));
    setEffect(tr("Decide each right: granted, granted in part, refused or no data held; nothing is granted until you "
                 "choose it. A refusal, total or partial, needs its legal ground and the reasons the person will read, "
                 "with the right to complain to the CNIL and to seek a judicial remedy; it must reach the person "
                 "within one month of receipt, by %2, even when the case was extended (GDPR art. 12(4)). The answer "
                 "is on time if sent by %1.")
                  .arg(shortDate(record.deadline()), shortDate(record.deadlines.refusalDeadline())));

    auto *rights = new QWidget(this);
    auto *grid = new QGridLayout(rights);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList headings{tr("Right"), tr("Outcome"), tr("Ground of the refusal"), tr("Reasons the person reads")};
    for (int column = 0; column < headings.size(); ++column) {
        auto *heading = new QLabel(headings.at(column), rights);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        grid->addWidget(heading, 0, column, Qt::AlignTop);
    }
    int line = 1;
    for (const RightRequest &request : record.rights) {
        const QString key = name(request.right);
        const QString basis = legalBasis(request.right);
        auto *title =
            new QLabel(basis.isEmpty() ? label(request.right) : tr("%1 (%2)").arg(label(request.right), basis), rights);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        title->setToolTip(request.detail);

        Row row;
        row.right = request.right;
        row.outcome = new QComboBox(rights);
        row.outcome->setObjectName(QString(QStringLiteral("outcome_") + key));
        // No right is granted by default: a pending right stays to be chosen.
        row.outcome->addItem(tr("Choose…"), static_cast<int>(Outcome::Pending));
        for (Outcome outcome : allOutcomes()) {
            if (outcome != Outcome::Pending) {
                row.outcome->addItem(label(outcome), static_cast<int>(outcome));
            }
        }
        row.outcome->setCurrentIndex(std::max(0, row.outcome->findData(static_cast<int>(request.outcome))));

        row.ground = new QComboBox(rights);
        row.ground->setObjectName(QString(QStringLiteral("ground_") + key));
        // Only the grounds that fit the right (docs/rules.md#outcomes-and-refusal-grounds); a ground recorded
        // before that rule stays visible so that the decision as it was can be kept.
        QList<RefusalGround> grounds{RefusalGround::None};
        grounds += RefusalRules::groundsFor(request.right, request.detail);
        if (!grounds.contains(request.refusalGround)) {
            grounds.append(request.refusalGround);
        }
        fillCombo(row.ground, grounds, request.refusalGround);
        row.ground->setItemText(0, tr("Choose a ground…"));
        if (request.right == Right::Objection && RefusalRules::isDirectMarketing(request.detail)) {
            row.ground->setToolTip(tr("An objection to direct marketing admits no exception (GDPR art. 21(3)): only "
                                      "a manifestly unfounded or excessive request (art. 12(5)) can be refused."));
        }

        // The reasons are what the letter says to the person: a real text box, several lines.
        row.reason = new QPlainTextEdit(request.refusalReason, rights);
        row.reason->setObjectName(QString(QStringLiteral("reason_") + key));
        row.reason->setPlaceholderText(tr("Why, in words the person understands"));
        row.reason->setTabChangesFocus(true);
        row.reason->setMinimumWidth(320);
        row.reason->setFixedHeight(row.reason->fontMetrics().lineSpacing() * 4 + 12);

        grid->addWidget(title, line, 0, Qt::AlignTop);
        grid->addWidget(row.outcome, line, 1, Qt::AlignTop);
        grid->addWidget(row.ground, line, 2, Qt::AlignTop);
        grid->addWidget(row.reason, line, 3);
        grid->setColumnStretch(3, 1);
        ++line;

        connect(row.outcome, &QComboBox::currentIndexChanged, this, [this, row] { updateRow(row); });
        updateRow(row);
        m_rows.append(row);
    }
    form()->addRow(rights);

    // The answer is dated when the reply that states the decisions is recorded as sent; an answer already given
    // outside DPO Desk is recorded with its date.
    m_writeReply =
        new QRadioButton(tr("Write the reply now: the answer is dated when the reply is recorded as sent"), this);
    m_writeReply->setObjectName(QStringLiteral("writeReply"));
    m_alreadySent = new QRadioButton(tr("The answer was already sent, on:"), this);
    m_alreadySent->setObjectName(QStringLiteral("alreadySent"));
    m_answeredOn = createDateEdit(QStringLiteral("answeredOn"), today(), record.receivedOn);
    m_writeReply->setChecked(true);
    m_answeredOn->setEnabled(false);
    auto *sentRow = new QHBoxLayout;
    sentRow->addWidget(m_alreadySent);
    sentRow->addWidget(m_answeredOn);
    sentRow->addStretch(1);
    form()->addRow(m_writeReply);
    form()->addRow(sentRow);
    connect(m_alreadySent, &QRadioButton::toggled, this, [this](bool on) {
        m_answeredOn->setEnabled(on);
        okButton()->setText(on ? tr("Record the answer") : tr("Record the decisions and write the reply…"));
    });
    okButton()->setText(tr("Record the decisions and write the reply…"));
    setMinimumWidth(900);
}

void AnswerDialog::setAlreadySent(QDate on)
{
    m_alreadySent->setChecked(true);
    m_answeredOn->setDate(on);
}

void AnswerDialog::updateRow(const Row &row)
{
    const bool refusal = isRefusal(chosen<Outcome>(row.outcome));
    row.ground->setEnabled(refusal);
    row.reason->setEnabled(refusal);
}

void AnswerDialog::apply()
{
    QList<RightDecision> decisions;
    for (const Row &row : std::as_const(m_rows)) {
        RightDecision decision;
        decision.right = row.right;
        decision.outcome = chosen<Outcome>(row.outcome);
        decision.ground = chosen<RefusalGround>(row.ground);
        decision.reason = row.reason->toPlainText();
        decisions.append(decision);
    }
    const bool reply = m_writeReply->isChecked();
    const QDate answeredOn = reply ? today() : m_answeredOn->date();
    // The warnings the answer would give (a refusal after the refusal deadline...), asked about before it is stored.
    CaseRecord preview = record();
    auto answered = session().service().workflow().answer(preview, answeredOn, decisions, today());
    if (!answered) {
        showError(answered.errorMessage());
        return;
    }
    const QStringList warnings = answered.value();
    if (!warnings.isEmpty()) {
        const QString question =
            QString(warnings.join(u"\n\n") + u"\n\n" +
                    (reply ? tr("Record the decisions and write the reply anyway?") : tr("Record the answer anyway?")));
        if (!Prompter::confirm(this, tr("Answer after a deadline"), question,
                               reply ? tr("Record the decisions") : tr("Record the answer"))) {
            showError(warnings.join(u'\n'));
            return;
        }
    }
    m_replyToWrite = reply;
    finish(reply ? session().decide(record(), decisions) : session().answer(record(), answeredOn, decisions));
}

// ---------------------------------------------------------------------------------------------------------------------

RecipientsDialog::RecipientsDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : WorkflowDialog(session, record, parent)
{
    setWindowTitle(tr("Recipients to notify — %1").arg(record.reference));
    setEffect(tr("Each recipient to whom the personal data were disclosed must be told of any rectification, erasure "
                 "or restriction, unless this proves impossible or involves disproportionate effort; the person is "
                 "told who the recipients are if they ask (GDPR art. 19). Tick a recipient once notified and give "
                 "the date."));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("recipients"));
    m_table->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Address for the notification"), tr("Notified"), tr("Notified on")});
    m_table->horizontalHeaderItem(AddressColumn)
        ->setToolTip(tr("Postal or e-mail address: the notification letter (art. 19) is written to it. Double-click "
                        "to edit; \" / \" starts a new line of the address."));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NotifiedColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(180);
    for (const Recipient &recipient : record.recipients) {
        addRow(recipient.name, recipient.notifiedOn, recipient.address);
    }
    connect(m_table, &QTableWidget::itemChanged, this, &RecipientsDialog::onItemChanged);

    m_newRecipient = new QLineEdit(this);
    m_newRecipient->setObjectName(QStringLiteral("newRecipient"));
    m_newRecipient->setPlaceholderText(tr("Company or service that received the data"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addRecipient"));
    m_add->setAutoDefault(false);
    m_add->setEnabled(false);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRecipient"));
    m_remove->setAutoDefault(false);
    m_remove->setEnabled(false);
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_newRecipient, 1);
    addRowLayout->addWidget(m_add);
    addRowLayout->addWidget(m_remove);

    form()->addRow(m_table);
    form()->addRow(addRowLayout);
    okButton()->setText(tr("Save"));

    connect(m_newRecipient, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addTypedRecipient();
        m_newRecipient->setFocus();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
        }
    });
}

void RecipientsDialog::addRow(const QString &name, QDate notifiedOn, const QString &address)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    // The date field first, so that the check box's itemChanged finds it.
    QDateEdit *date = createDateEdit(QString(QStringLiteral("notifiedOn_") + QString::number(row)),
                                     notifiedOn.isValid() ? notifiedOn : today(), record().receivedOn);
    date->setEnabled(notifiedOn.isValid());
    m_table->setCellWidget(row, DateColumn, date);

    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, NameColumn, nameItem);
    // One line in the table, " / " between the address's lines.
    auto *addressItem = new QTableWidgetItem(QString(address).replace(u'\n', QStringLiteral(" / ")));
    addressItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    m_table->setItem(row, AddressColumn, addressItem);
    auto *notified = new QTableWidgetItem;
    notified->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    notified->setCheckState(notifiedOn.isValid() ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, NotifiedColumn, notified);
}

bool RecipientsDialog::addTypedRecipient()
{
    const QString name = m_newRecipient->text().trimmed();
    if (name.isEmpty()) {
        return true;
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text().compare(name, Qt::CaseInsensitive) == 0) {
            showError(tr("%1 is already in the list.").arg(name));
            return false;
        }
    }
    addRow(name, QDate());
    m_newRecipient->clear();
    showError(QString());
    return true;
}

void RecipientsDialog::onItemChanged(QTableWidgetItem *item)
{
    if (item->column() != NotifiedColumn) {
        return;
    }
    if (QDateEdit *date = dateEditAt(item->row())) {
        date->setEnabled(item->checkState() == Qt::Checked);
    }
}

QDateEdit *RecipientsDialog::dateEditAt(int row) const
{
    return qobject_cast<QDateEdit *>(m_table->cellWidget(row, DateColumn));
}

void RecipientsDialog::apply()
{
    // A name typed but not added yet is what the DPO meant to save (Enter presses OK).
    if (!addTypedRecipient()) {
        return;
    }
    QList<Recipient> recipients;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool notified = m_table->item(row, NotifiedColumn)->checkState() == Qt::Checked;
        const QDateEdit *date = dateEditAt(row);
        recipients.append(Recipient{
            m_table->item(row, NameColumn)->text(), notified && date ? date->date() : QDate(),
            m_table->item(row, AddressColumn)->text().replace(QStringLiteral(" / "), QStringLiteral("\n")).trimmed()});
    }
    finish(session().setRecipients(record(), recipients));
}

// ---------------------------------------------------------------------------------------------------------------------

CloseDialog::CloseDialog(RegisterSession &session, const CaseRecord &record, bool withdraw, QWidget *parent)
    : WorkflowDialog(session, record, parent), m_withdraw(withdraw)
{
    QDate earliest = record.receivedOn;
    if (withdraw) {
        setWindowTitle(tr("Request withdrawn — %1").arg(record.reference));
        setEffect(tr("The person withdrew the request: the case stops without an answer and no deadline runs any "
                     "more. Say in the note how the withdrawal reached you, and keep the written withdrawal if there "
                     "is one."));
        okButton()->setText(tr("Record the withdrawal"));
    } else {
        setWindowTitle(tr("Close the case — %1").arg(record.reference));
        QString effect = tr("Closing ends the work on the case: it leaves the queue and stays in the register for the "
                            "retention period of closed cases, after which it is purged, leaving only anonymous "
                            "statistics.");
        if (!record.answeredOn.isValid()) {
            effect += u' ' + tr("No answer has been recorded for this case: record it first if one was sent.");
        } else if (record.answeredOn > earliest) {
            earliest = record.answeredOn;
        }
        const auto pending = std::count_if(record.recipients.cbegin(), record.recipients.cend(),
                                           [](const Recipient &r) { return !r.notifiedOn.isValid(); });
        if (pending == 1) {
            effect += u' ' + tr("One recipient has not been notified yet (GDPR art. 19).");
        } else if (pending > 1) {
            effect += u' ' + tr("%1 recipients have not been notified yet (GDPR art. 19).").arg(pending);
        }
        setEffect(effect);
        okButton()->setText(tr("Close the case"));
    }
    m_date = createDateEdit(QStringLiteral("date"), today(), earliest);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(withdraw ? tr("How the withdrawal reached you") : tr("Optional note"));
    form()->addRow(withdraw ? tr("Withdrawn on") : tr("Closed on"), m_date);
    form()->addRow(tr("Note"), m_note);
}

void CloseDialog::apply()
{
    const QString note = m_note->text().trimmed();
    if (m_withdraw) {
        finish(session().withdraw(record(), m_date->date(), note));
        return;
    }
    finish(session().closeCase(record(), m_date->date(), note.isEmpty() ? QString() : tr("Closed: %1").arg(note)));
}

// ---------------------------------------------------------------------------------------------------------------------

bool runWorkflowDialog(WorkflowAction action, RegisterSession &session, const CaseRecord &record, QWidget *parent)
{
    std::unique_ptr<WorkflowDialog> dialog;
    switch (action) {
    case WorkflowAction::Progress:
        dialog = std::make_unique<ProgressDialog>(session, record, parent);
        break;
    case WorkflowAction::Suspend:
        dialog = std::make_unique<SuspendDialog>(session, record, parent);
        break;
    case WorkflowAction::Resume:
        dialog = std::make_unique<ResumeDialog>(session, record, parent);
        break;
    case WorkflowAction::Extend:
        dialog = std::make_unique<ExtendDialog>(session, record, parent);
        break;
    case WorkflowAction::Answer: {
        // The decisions recorded, the reply that states them is written next (docs/rules.md#letters).
        AnswerDialog answer(session, record, parent);
        if (answer.exec() != QDialog::Accepted) {
            return false;
        }
        if (answer.replyToWrite()) {
            if (auto decided = session.service().findCase(record.id)) {
                LetterDialog letter(session, *decided, parent);
                letter.exec();
            }
        }
        return true;
    }
    case WorkflowAction::Recipients:
        dialog = std::make_unique<RecipientsDialog>(session, record, parent);
        break;
    case WorkflowAction::Close:
        dialog = std::make_unique<CloseDialog>(session, record, false, parent);
        break;
    case WorkflowAction::Withdraw:
        dialog = std::make_unique<CloseDialog>(session, record, true, parent);
        break;
    }
    if (!dialog) {
        return false;
    }
    return dialog->exec() == QDialog::Accepted;
}

} // namespace dpodesk
