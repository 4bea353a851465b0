// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/systemeditor.h"

#include "record/recordfields.h"

#include "domain/recordimport.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace dpodesk {

namespace {

DataSystem comparable(const DataSystem &system)
{
    DataSystem s = RecordRules::cleaned(system);
    s.updatedAt = {};
    std::sort(s.identifiers.begin(), s.identifiers.end());
    return s;
}

QFormLayout *addGroup(QVBoxLayout *layout, const QString &title, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(group);
    return form;
}

constexpr int kBoxColumns = 3;

} // namespace

SystemEditor::SystemEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("systemEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto line = [this](const QString &field, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(field);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textEdited, this, &SystemEditor::edited);
        m_fields.append({field, edit});
        return edit;
    };

    QFormLayout *who = addGroup(layout, tr("The system and who answers for it"), this);
    m_name = line(QStringLiteral("name"), tr("e.g. CRM, Billing, Mailing platform"));
    who->addRow(tr("&Name:"), m_name);
    m_ownerName = line(QStringLiteral("owner_name"), tr("Who searches and changes data in it"));
    who->addRow(tr("&Owner:"), m_ownerName);
    m_ownerEmail = line(QStringLiteral("owner_email"), tr("name@domain.tld — the tasks are sent there"));
    who->addRow(tr("Owner's e-&mail:"), m_ownerEmail);
    m_deputyName = line(QStringLiteral("deputy_name"), tr("Optional: who stands in for the owner"));
    who->addRow(tr("&Deputy:"), m_deputyName);
    m_deputyEmail = line(QStringLiteral("deputy_email"), tr("Optional: copied on every task"));
    who->addRow(tr("Deputy's e-m&ail:"), m_deputyEmail);

    QFormLayout *what = addGroup(layout, tr("What the owner is given and can do"), this);
    auto *identifiers = new QWidget(this);
    identifiers->setObjectName(QStringLiteral("identifiers"));
    identifiers->setToolTip(tr("Only these identifiers of the person are given to the owner (GDPR art. 5(1)(c)): "
                               "never the identity proof or the rest of the case."));
    auto *identifierGrid = new QGridLayout(identifiers);
    identifierGrid->setContentsMargins(0, 0, 0, 0);
    for (SubjectIdentifier identifier : allSubjectIdentifiers()) {
        auto *box = new QCheckBox(label(identifier), identifiers);
        box->setObjectName(QStringLiteral("identifier_") + name(identifier));
        const int at = int(m_identifiers.size());
        identifierGrid->addWidget(box, at / kBoxColumns, at % kBoxColumns);
        m_identifiers.append({identifier, box});
        connect(box, &QCheckBox::toggled, this, &SystemEditor::edited);
    }
    what->addRow(tr("Searched by:"), identifiers);
    m_fields.append({QStringLiteral("identifiers"), identifiers});
    auto *actions = new QWidget(this);
    actions->setObjectName(QStringLiteral("actions"));
    actions->setToolTip(tr("A right that needs an action the system does not offer is flagged when the tasks are "
                           "planned."));
    auto *actionGrid = new QGridLayout(actions);
    actionGrid->setContentsMargins(0, 0, 0, 0);
    for (TaskAction action : allTaskActions()) {
        auto *box = new QCheckBox(label(action), actions);
        box->setObjectName(QStringLiteral("action_") + name(action));
        const int at = int(m_actions.size());
        actionGrid->addWidget(box, at / kBoxColumns, at % kBoxColumns);
        m_actions.append({action, box});
        connect(box, &QCheckBox::toggled, this, &SystemEditor::edited);
    }
    what->addRow(tr("The owner can:"), actions);
    m_fields.append({QStringLiteral("actions"), actions});
    m_turnaround = new QSpinBox(this);
    m_turnaround->setObjectName(QStringLiteral("turnaround_days"));
    m_turnaround->setRange(1, 365);
    m_turnaround->setSuffix(tr(" calendar days"));
    m_turnaround->setToolTip(tr("The owner's usual time to answer: planning warns when a task is due sooner."));
    connect(m_turnaround, &QSpinBox::valueChanged, this, &SystemEditor::edited);
    what->addRow(tr("Usual &answer within:"), m_turnaround);
    m_fields.append({QStringLiteral("turnaround_days"), m_turnaround});

    QFormLayout *instructions = addGroup(layout, tr("Instructions sent with each task"), this);
    m_instructionsFr = recordfields::makeListEdit(
        QStringLiteral("instructions_fr"), tr("How to search, export or erase in this system, in French"), 4, this);
    m_instructionsEn = recordfields::makeListEdit(QStringLiteral("instructions_en"),
                                                  tr("The same in English, for an owner who reads English"), 4, this);
    instructions->addRow(tr("In &French:"), m_instructionsFr);
    instructions->addRow(tr("In &English:"), m_instructionsEn);
    m_fields.append({QStringLiteral("instructions_fr"), m_instructionsFr});
    m_fields.append({QStringLiteral("instructions_en"), m_instructionsEn});
    for (QPlainTextEdit *edit : {m_instructionsFr, m_instructionsEn}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &SystemEditor::edited);
    }
    layout->addStretch(1);
}

void SystemEditor::load(const DataSystem &system)
{
    m_loaded = system;
    const QSignalBlocker self(this); // the fields' own signals reach edited() through this object
    const QList<std::pair<QLineEdit *, QString>> lines{{m_name, system.name},
                                                       {m_ownerName, system.ownerName},
                                                       {m_ownerEmail, system.ownerEmail},
                                                       {m_deputyName, system.deputyName},
                                                       {m_deputyEmail, system.deputyEmail}};
    for (const auto &[edit, text] : lines) {
        edit->setText(text);
    }
    for (const auto &[identifier, box] : std::as_const(m_identifiers)) {
        box->setChecked(system.identifiers.contains(identifier));
    }
    for (const auto &[action, box] : std::as_const(m_actions)) {
        box->setChecked(system.actions.contains(action));
    }
    m_turnaround->setValue(system.turnaroundDays);
    m_instructionsFr->setPlainText(system.instructionsFr);
    m_instructionsEn->setPlainText(system.instructionsEn);
}

DataSystem SystemEditor::value() const
{
    DataSystem s = m_loaded;
    s.name = m_name->text().trimmed();
    s.ownerName = m_ownerName->text().trimmed();
    s.ownerEmail = m_ownerEmail->text().trimmed();
    s.deputyName = m_deputyName->text().trimmed();
    s.deputyEmail = m_deputyEmail->text().trimmed();
    s.identifiers.clear();
    for (const auto &[identifier, box] : m_identifiers) {
        if (box->isChecked()) {
            s.identifiers << identifier;
        }
    }
    s.actions.clear();
    for (const auto &[action, box] : m_actions) {
        if (box->isChecked()) {
            s.actions << action;
        }
    }
    s.turnaroundDays = m_turnaround->value();
    s.instructionsFr = m_instructionsFr->toPlainText().trimmed();
    s.instructionsEn = m_instructionsEn->toPlainText().trimmed();
    return s;
}

bool SystemEditor::isModified() const
{
    return comparable(value()) != comparable(m_loaded);
}

void SystemEditor::focusField(const QString &field)
{
    for (const auto &[name, widget] : std::as_const(m_fields)) {
        if (name == field) {
            // The identifiers and actions are groups of boxes: the first box takes the focus.
            QWidget *target = widget->focusPolicy() == Qt::NoFocus ? widget->findChild<QCheckBox *>() : widget;
            (target ? target : widget)->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace dpodesk
