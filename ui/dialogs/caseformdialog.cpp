// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "caseformdialog.h"

#include "appsettings.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"

#include "domain/casetext.h"
#include "domain/casevalidator.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace dpodesk {

namespace {

constexpr int kRightColumns = 3;
constexpr int kTextLines = 3;

/// Stands for "not set" in an optional date edit, where it shows the special value text.
QDate noDate()
{
    return QDate(2000, 1, 1);
}

QString fullYearDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return format;
}

QDateEdit *makeDateEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat());
    return edit;
}

QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QPlainTextEdit *makeTextEdit(QWidget *parent, const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int margins = int(2 * edit->document()->documentMargin()) + 2 * edit->frameWidth() + 2;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + margins);
    return edit;
}

QComboBox *makeCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    return combo;
}

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}

/// A field that spans the field column only, under the field of the row before.
void addUnderField(QFormLayout *form, QWidget *widget)
{
    form->setWidget(form->rowCount(), QFormLayout::FieldRole, widget);
}

QString trimmed(const QLineEdit *edit)
{
    return edit->text().trimmed();
}

/// An empty optional date would open its calendar on the "not set" sentinel; open it on the current month instead.
class EmptyDatePage final : public QObject {
public:
    EmptyDatePage(QDateEdit *edit, QDate today) : QObject(edit), m_edit(edit), m_today(today)
    {
        m_edit->calendarWidget()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == m_edit->minimumDate()) {
            m_edit->calendarWidget()->setCurrentPage(m_today.year(), m_today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
    QDate m_today;
};

} // namespace

CaseFormDialog::CaseFormDialog(RegisterSession &session, AppSettings &settings, std::optional<CaseRecord> existing,
                               QWidget *parent)
    : QDialog(parent), m_session(session), m_settings(settings), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit case %1").arg(m_existing->reference) : tr("New request"));

    auto *root = new QVBoxLayout(this);
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setTextFormat(Qt::PlainText);
    m_formError->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid "
                                              "#f1aeb5; border-radius: 4px; padding: 6px; }"));
    m_formError->hide();
    root->addWidget(m_formError);

    // Widgets are created in reading order, so the tab order follows the form.
    root->addLayout(createIntake());
    root->addWidget(createRights());
    auto *people = new QHBoxLayout;
    people->addWidget(createSubject(), 1);
    people->addWidget(createRequester(), 1);
    root->addLayout(people);
    root->addWidget(createCnil());
    if (!m_existing) {
        root->addLayout(createNote());
    }
    root->addStretch(1);
    root->addWidget(createButtons());

    if (m_existing) {
        load(*m_existing);
    } else {
        m_receivedOn->setDate(m_session.today());
        selectData(m_channel, name(m_settings.lastChannel()));
    }
    updateRightDependents();
    m_receivedOn->setFocus(Qt::OtherFocusReason);
}

CaseFormDialog::~CaseFormDialog() = default;

QLayout *CaseFormDialog::createIntake()
{
    m_receivedOn = makeDateEdit(this, QStringLiteral("receivedOn"));
    m_receivedOn->setMaximumDate(m_session.today());
    m_receivedOn->setMinimumDate(CaseValidator::gdprApplies());
    m_receivedOn->setToolTip(tr("The day the request reached any official channel of the organisation, not the day "
                                "you noticed it (EDPB Guidelines 01/2022 §159)."));
    auto *receivedLabel = new QLabel(tr("&Received on:"), this);
    receivedLabel->setBuddy(m_receivedOn);

    m_channel = makeCombo(this, QStringLiteral("channel"));
    for (const Channel channel : allChannels()) {
        m_channel->addItem(label(channel), name(channel));
    }
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);

    m_language = makeCombo(this, QStringLiteral("language"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setToolTip(tr("The language of the request: letters to the person are written in it."));
    auto *languageLabel = new QLabel(tr("Lan&guage:"), this);
    languageLabel->setBuddy(m_language);

    auto *row = new QHBoxLayout;
    row->addWidget(receivedLabel);
    row->addWidget(m_receivedOn);
    row->addSpacing(16);
    row->addWidget(channelLabel);
    row->addWidget(m_channel);
    row->addSpacing(16);
    row->addWidget(languageLabel);
    row->addWidget(m_language);
    row->addStretch(1);

    auto *intake = new QVBoxLayout;
    intake->addLayout(row);
    intake->addWidget(addErrorLabel(this, QStringLiteral("receivedOn"), m_receivedOn));
    return intake;
}

QWidget *CaseFormDialog::createRights()
{
    auto *group = new QGroupBox(tr("Rights requested"), this);
    auto *layout = new QVBoxLayout(group);

    auto *grid = new QGridLayout;
    int index = 0;
    for (const Right right : allRights()) {
        auto *box = new QCheckBox(label(right), group);
        box->setObjectName(QString(QStringLiteral("right_") + name(right)));
        box->setToolTip(rightToolTip(right));
        grid->addWidget(box, index / kRightColumns, index % kRightColumns);
        m_rightBoxes.append(RightBox{right, box});
        connect(box, &QCheckBox::toggled, this, &CaseFormDialog::updateRightDependents);
        ++index;
    }
    layout->addLayout(grid);
    layout->addWidget(addErrorLabel(group, QStringLiteral("rights"), m_rightBoxes.constFirst().box));

    auto *details = new QFormLayout;
    m_objectionDetail = makeLineEdit(group, QStringLiteral("objectionDetail"));
    m_objectionDetail->setPlaceholderText(tr("direct marketing / other"));
    m_objectionDetail->setToolTip(tr("An objection to direct marketing admits no exception (GDPR art. 21(2)-(3)); any "
                                     "other objection is weighed against compelling legitimate grounds (art. 21(1))."));
    details->addRow(tr("Objection &detail:"), m_objectionDetail);
    m_otherDetail = makeLineEdit(group, QStringLiteral("otherDetail"));
    m_otherDetail->setPlaceholderText(tr("what the person asks for"));
    details->addRow(tr("&What else is asked:"), m_otherDetail);
    addUnderField(details, addErrorLabel(group, QStringLiteral("rights.detail"), m_objectionDetail));
    layout->addLayout(details);

    m_identityHint = new QLabel(group);
    m_identityHint->setObjectName(QStringLiteral("identityHint"));
    m_identityHint->setWordWrap(true);
    m_identityHint->setTextFormat(Qt::PlainText);
    m_identityHint->hide();
    layout->addWidget(m_identityHint);
    return group;
}

QWidget *CaseFormDialog::createSubject()
{
    auto *group = new QGroupBox(tr("Data subject"), this);
    auto *form = new QFormLayout(group);

    m_firstName = makeLineEdit(group, QStringLiteral("firstName"));
    form->addRow(tr("&First name:"), m_firstName);
    addUnderField(form, addErrorLabel(group, QStringLiteral("subject.firstName"), m_firstName));
    m_lastName = makeLineEdit(group, QStringLiteral("lastName"));
    form->addRow(tr("&Last name:"), m_lastName);
    addUnderField(form, addErrorLabel(group, QStringLiteral("subject.lastName"), m_lastName));
    m_email = makeLineEdit(group, QStringLiteral("email"));
    m_email->setPlaceholderText(tr("name@domain.tld"));
    form->addRow(tr("&E-mail:"), m_email);
    addUnderField(form, addErrorLabel(group, QStringLiteral("subject.email"), m_email));
    m_phone = makeLineEdit(group, QStringLiteral("phone"));
    form->addRow(tr("&Phone:"), m_phone);
    addUnderField(form, addErrorLabel(group, QStringLiteral("subject.phone"), m_phone));
    m_address = makeTextEdit(group, QStringLiteral("address"), kTextLines);
    form->addRow(tr("Postal &address:"), m_address);
    addUnderField(form, addErrorLabel(group, QStringLiteral("subject.postalAddress"), m_address));
    m_internalRef = makeLineEdit(group, QStringLiteral("internalRef"));
    m_internalRef->setToolTip(tr("The customer or prospect number in the organisation's systems."));
    form->addRow(tr("Internal refere&nce:"), m_internalRef);
    addUnderField(form, addErrorLabel(group, QStringLiteral("subject.internalReference"), m_internalRef));
    m_relationship = makeCombo(group, QStringLiteral("relationship"));
    for (const Relationship relationship : allRelationships()) {
        m_relationship->addItem(label(relationship), name(relationship));
    }
    form->addRow(tr("Rela&tionship:"), m_relationship);
    return group;
}

QWidget *CaseFormDialog::createRequester()
{
    m_requesterGroup = new QGroupBox(tr("Someone else makes the re&quest"), this);
    m_requesterGroup->setObjectName(QStringLiteral("requesterGroup"));
    m_requesterGroup->setCheckable(true);
    m_requesterGroup->setToolTip(tr("A representative with a mandate, an heir or an executor acting for the data "
                                    "subject."));
    auto *form = new QFormLayout(m_requesterGroup);

    // Same mnemonics as the data subject's fields: pressing one twice moves on to the requester's.
    m_requesterFirstName = makeLineEdit(m_requesterGroup, QStringLiteral("requesterFirstName"));
    form->addRow(tr("&First name:"), m_requesterFirstName);
    addUnderField(form, addErrorLabel(m_requesterGroup, QStringLiteral("requester.firstName"), m_requesterFirstName));
    m_requesterLastName = makeLineEdit(m_requesterGroup, QStringLiteral("requesterLastName"));
    form->addRow(tr("&Last name:"), m_requesterLastName);
    addUnderField(form, addErrorLabel(m_requesterGroup, QStringLiteral("requester.lastName"), m_requesterLastName));
    m_requesterEmail = makeLineEdit(m_requesterGroup, QStringLiteral("requesterEmail"));
    m_requesterEmail->setPlaceholderText(tr("name@domain.tld"));
    form->addRow(tr("&E-mail:"), m_requesterEmail);
    addUnderField(form, addErrorLabel(m_requesterGroup, QStringLiteral("requester.email"), m_requesterEmail));
    m_requesterPhone = makeLineEdit(m_requesterGroup, QStringLiteral("requesterPhone"));
    form->addRow(tr("&Phone:"), m_requesterPhone);
    addUnderField(form, addErrorLabel(m_requesterGroup, QStringLiteral("requester.phone"), m_requesterPhone));
    m_capacity = makeCombo(m_requesterGroup, QStringLiteral("capacity"));
    for (const Capacity capacity : allCapacities()) {
        m_capacity->addItem(label(capacity), name(capacity));
    }
    form->addRow(tr("Capacit&y:"), m_capacity);
    m_capacityProof = makeLineEdit(m_requesterGroup, QStringLiteral("capacityProof"));
    m_capacityProof->setPlaceholderText(tr("mandate, death certificate, ..."));
    form->addRow(tr("Pr&oof of capacity:"), m_capacityProof);
    addUnderField(form, addErrorLabel(m_requesterGroup, QStringLiteral("requester.capacityProof"), m_capacityProof));

    m_requesterGroup->setChecked(false);
    return m_requesterGroup;
}

QWidget *CaseFormDialog::createCnil()
{
    m_cnilGroup = new QGroupBox(tr("CNIL complaint"), this);
    m_cnilGroup->setObjectName(QStringLiteral("cnilGroup"));
    auto *form = new QFormLayout(m_cnilGroup);

    m_cnilReference = makeLineEdit(m_cnilGroup, QStringLiteral("cnilReference"));
    form->addRow(tr("&CNIL reference:"), m_cnilReference);
    addUnderField(form, addErrorLabel(m_cnilGroup, QStringLiteral("cnilReference"), m_cnilReference));
    m_cnilDueDate = makeDateEdit(m_cnilGroup, QStringLiteral("cnilDueDate"));
    m_cnilDueDate->setMinimumDate(noDate());
    m_cnilDueDate->setSpecialValueText(tr("not set"));
    m_cnilDueDate->setDate(noDate());
    m_cnilDueDate->setToolTip(tr("The date by which the CNIL expects an answer, as written in its letter."));
    new EmptyDatePage(m_cnilDueDate, m_session.today());
    form->addRow(tr("D&ue date set by the CNIL:"), m_cnilDueDate);
    addUnderField(form, addErrorLabel(m_cnilGroup, QStringLiteral("cnilDueDate"), m_cnilDueDate));
    m_linkedCase = makeLineEdit(m_cnilGroup, QStringLiteral("linkedCase"));
    m_linkedCase->setPlaceholderText(tr("DR-YYYY-NNNN"));
    m_linkedCase->setToolTip(tr("The reference of the request the complaint is about, if it is in the register."));
    form->addRow(tr("Lin&ked case:"), m_linkedCase);
    addUnderField(form, addErrorLabel(m_cnilGroup, QStringLiteral("linkedCaseReference"), m_linkedCase));

    m_cnilGroup->hide();
    return m_cnilGroup;
}

QLayout *CaseFormDialog::createNote()
{
    auto *form = new QFormLayout;
    m_note = makeTextEdit(this, QStringLiteral("note"), kTextLines);
    m_note->setPlaceholderText(tr("Optional: how the request arrived, what the person said on the phone, ..."));
    auto *noteLabel = new QLabel(tr("First &note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    addUnderField(form, addErrorLabel(this, QStringLiteral("notes"), m_note));
    return form;
}

QWidget *CaseFormDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Enter in any line edit saves; the button box's accepted() is not used, saving validates first.
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &CaseFormDialog::trySave);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    return buttons;
}

QLabel *CaseFormDialog::addErrorLabel(QWidget *parent, const QString &field, QWidget *focus)
{
    auto *error = new QLabel(parent);
    error->setObjectName(QString(QStringLiteral("error_") + field));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    error->setPalette(palette);
    error->hide();
    m_fieldErrors.append(FieldError{field, error, focus});
    return error;
}

QString CaseFormDialog::rightToolTip(Right right)
{
    switch (right) {
    case Right::CnilComplaint:
        return tr("Not a right towards the organisation: a case opened when the CNIL writes. Its due date is the one "
                  "set in the CNIL's letter.");
    case Right::Other:
        return tr("Any other request: say below what is asked.");
    default:
        return legalBasis(right);
    }
}

void CaseFormDialog::load(const CaseRecord &record)
{
    if (record.receivedOn.isValid()) {
        // A date stored before the rule is shown as it is, not moved to the first allowed day: the validator says why
        // it cannot stay.
        m_receivedOn->setMinimumDate(std::min(record.receivedOn, CaseValidator::gdprApplies()));
        m_receivedOn->setDate(record.receivedOn);
    }
    selectData(m_channel, name(record.channel));
    if (m_language->findData(record.language) < 0) {
        m_language->addItem(record.language, record.language);
    }
    selectData(m_language, record.language);

    for (const RightRequest &request : record.rights) {
        if (QCheckBox *box = rightBox(request.right)) {
            box->setChecked(true);
        }
        if (request.right == Right::Objection) {
            m_objectionDetail->setText(request.detail);
        } else if (request.right == Right::Other) {
            m_otherDetail->setText(request.detail);
        }
    }

    const Person &subject = record.subject;
    m_firstName->setText(subject.firstName);
    m_lastName->setText(subject.lastName);
    m_email->setText(subject.email);
    m_phone->setText(subject.phone);
    m_address->setPlainText(subject.postalAddress);
    m_internalRef->setText(subject.internalReference);
    selectData(m_relationship, name(subject.relationship));

    if (record.requester) {
        const Person &person = record.requester->person;
        m_requesterFirstName->setText(person.firstName);
        m_requesterLastName->setText(person.lastName);
        m_requesterEmail->setText(person.email);
        m_requesterPhone->setText(person.phone);
        selectData(m_capacity, name(record.requester->capacity));
        m_capacityProof->setText(record.requester->capacityProof);
        m_requesterGroup->setChecked(true);
    }

    m_cnilReference->setText(record.cnilReference);
    if (record.cnilDueDate.isValid()) {
        m_cnilDueDate->setDate(record.cnilDueDate);
    }
    m_linkedCase->setText(record.linkedCaseReference);
}

QCheckBox *CaseFormDialog::rightBox(Right right) const
{
    for (const RightBox &entry : m_rightBoxes) {
        if (entry.right == right) {
            return entry.box;
        }
    }
    return nullptr;
}

bool CaseFormDialog::isChecked(Right right) const
{
    const QCheckBox *box = rightBox(right);
    return box && box->isChecked();
}

void CaseFormDialog::updateRightDependents()
{
    m_objectionDetail->setEnabled(isChecked(Right::Objection));
    m_otherDetail->setEnabled(isChecked(Right::Other));
    m_cnilGroup->setVisible(isChecked(Right::CnilComplaint));

    // GDPR art. 12(6): the policy says when proof is expected, the DPO still asks only on a reasonable doubt.
    const QSet<Right> &policy = m_session.organisation().identityProofExpected;
    QStringList expected;
    for (const RightBox &entry : m_rightBoxes) {
        if (entry.box->isChecked() && policy.contains(entry.right)) {
            expected << label(entry.right);
        }
    }
    if (expected.isEmpty()) {
        m_identityHint->hide();
        return;
    }
    m_identityHint->setText(
        tr("Your policy expects a proof of identity for %1. Ask for it only if there is a "
           "reasonable doubt about the person's identity (GDPR art. 12(6)); asking stops the clock.")
            .arg(QLocale().createSeparatedList(expected)));
    m_identityHint->show();
}

QList<RightRequest> CaseFormDialog::chosenRights() const
{
    QList<RightRequest> rights;
    QSet<Right> present;
    // Rights already on the case keep their order and their outcome, refusal and decision date.
    if (m_existing) {
        for (const RightRequest &request : m_existing->rights) {
            if (isChecked(request.right) && !present.contains(request.right)) {
                rights.append(request);
                present.insert(request.right);
            }
        }
    }
    for (const RightBox &entry : m_rightBoxes) {
        if (entry.box->isChecked() && !present.contains(entry.right)) {
            RightRequest request;
            request.right = entry.right;
            rights.append(request);
            present.insert(entry.right);
        }
    }
    for (RightRequest &request : rights) {
        if (request.right == Right::Objection) {
            request.detail = trimmed(m_objectionDetail);
        } else if (request.right == Right::Other) {
            request.detail = trimmed(m_otherDetail);
        }
    }
    return rights;
}

QStringList CaseFormDialog::droppedDecisions() const
{
    QStringList dropped;
    if (!m_existing) {
        return dropped;
    }
    for (const RightRequest &request : m_existing->rights) {
        if (request.outcome != Outcome::Pending && !isChecked(request.right)) {
            dropped << label(request.right);
        }
    }
    return dropped;
}

CaseRecord CaseFormDialog::formRecord() const
{
    CaseRecord record = m_existing.value_or(CaseRecord{});
    record.receivedOn = m_receivedOn->date();
    record.channel = parseChannel(m_channel->currentData().toString()).value_or(record.channel);
    record.language = m_language->currentData().toString();
    record.rights = chosenRights();

    Person &subject = record.subject;
    subject.firstName = trimmed(m_firstName);
    subject.lastName = trimmed(m_lastName);
    subject.email = trimmed(m_email);
    subject.phone = trimmed(m_phone);
    subject.postalAddress = m_address->toPlainText().trimmed();
    subject.internalReference = trimmed(m_internalRef);
    subject.relationship = parseRelationship(m_relationship->currentData().toString()).value_or(subject.relationship);

    if (m_requesterGroup->isChecked()) {
        // Fields the form does not show (the requester's address, ...) stay as they were.
        Requester requester = record.requester.value_or(Requester{});
        requester.person.firstName = trimmed(m_requesterFirstName);
        requester.person.lastName = trimmed(m_requesterLastName);
        requester.person.email = trimmed(m_requesterEmail);
        requester.person.phone = trimmed(m_requesterPhone);
        requester.capacity = parseCapacity(m_capacity->currentData().toString()).value_or(requester.capacity);
        requester.capacityProof = trimmed(m_capacityProof);
        record.requester = requester;
    } else {
        record.requester.reset();
    }

    // The CNIL fields are read only while they are shown; hidden, they keep what the case had.
    if (isChecked(Right::CnilComplaint)) {
        record.cnilReference = trimmed(m_cnilReference);
        const QDate due = m_cnilDueDate->date();
        record.cnilDueDate = due == noDate() ? QDate() : due;
        record.linkedCaseReference = trimmed(m_linkedCase);
    }

    if (!m_existing && m_note) {
        const QString text = m_note->toPlainText().trimmed();
        if (!text.isEmpty()) {
            Note note; // the repository stamps the time and the author
            note.text = text;
            record.notes.append(note);
        }
    }
    return record;
}

void CaseFormDialog::trySave()
{
    clearProblems();
    // Checked as it will be stored: cleaned the register's way first (a pasted zero width space does not make a phone
    // number invalid); the notes already stored stay as they are.
    CaseRecord record = formRecord();
    CaseText::clean(record, m_existing ? m_existing->notes.size() : 0);
    // The date edits keep to the GDPR's dates and today, but the rules are the validator's: it says so if it happens.
    const QList<Error> problems =
        CaseValidator::problems(record, m_session.today(), m_existing ? &*m_existing : nullptr);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    const QStringList dropped = droppedDecisions();
    if (!dropped.isEmpty() &&
        !Prompter::confirm(this, tr("Remove a decided right"),
                           tr("A decision is recorded for %1. Removing it from the case discards that decision. "
                              "Remove it anyway?")
                               .arg(QLocale().createSeparatedList(dropped)),
                           tr("Remove"))) {
        return;
    }

    Result<CaseRecord> stored = makeError(Error::Code::Internal, QString());
    if (m_existing) {
        auto changed = m_session.updateCase(*m_existing, record);
        stored = changed ? Result<CaseRecord>(changed->record) : Result<CaseRecord>(changed.error());
    } else {
        stored = m_session.create(record);
    }
    if (!stored) {
        if (stored.error().code == Error::Code::Invalid && !stored.error().field.isEmpty()) {
            showProblems({stored.error()}); // e.g. a linked case that is not in the register, under its field
        } else {
            showBanner(tr("The case was not saved: %1").arg(stored.errorMessage()));
        }
        return;
    }
    m_saved = stored.value();
    m_settings.setLastChannel(record.channel);
    accept();
}

void CaseFormDialog::clearProblems()
{
    m_formError->hide();
    m_formError->clear();
    for (const FieldError &entry : m_fieldErrors) {
        entry.label->hide();
        entry.label->clear();
    }
}

void CaseFormDialog::showProblems(const QList<Error> &problems)
{
    QWidget *firstAtFault = nullptr;
    QSet<QString> placed;
    for (const FieldError &entry : m_fieldErrors) {
        QStringList messages;
        for (const Error &problem : problems) {
            if (problem.field == entry.field) {
                messages << problem.message;
            }
        }
        if (messages.isEmpty()) {
            continue;
        }
        entry.label->setText(messages.join(u'\n'));
        entry.label->show();
        placed.insert(entry.field);
        if (!firstAtFault) {
            firstAtFault = entry.focus;
        }
    }

    // Problems with what is already recorded on the case (a suspension before the new received date, ...) have
    // no field in this form: they go to the banner.
    QStringList elsewhere;
    for (const Error &problem : problems) {
        if (!placed.contains(problem.field)) {
            elsewhere << problem.message;
        }
    }
    if (!elsewhere.isEmpty()) {
        showBanner(QString(tr("The case cannot be saved:") + u'\n' + elsewhere.join(u'\n')));
    }

    if (firstAtFault) {
        firstAtFault->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(firstAtFault)) {
            edit->selectAll();
        }
    }
}

void CaseFormDialog::showBanner(const QString &text)
{
    m_formError->setText(text);
    m_formError->show();
}

} // namespace dpodesk
