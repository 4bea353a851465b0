// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/activityeditor.h"

#include "record/recordfields.h"

#include "domain/recordimport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace dpodesk {

namespace {

/// What the DPO can change, in a form that compares equal when nothing was changed (systems in any order).
ProcessingActivity comparable(const ProcessingActivity &activity)
{
    ProcessingActivity a = RecordRules::cleaned(activity);
    a.updatedAt = {};
    std::sort(a.systems.begin(), a.systems.end(),
              [](const QString &l, const QString &r) { return l.toCaseFolded() < r.toCaseFolded(); });
    return a;
}

QFormLayout *addGroup(QVBoxLayout *layout, const QString &title, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(group);
    return form;
}

} // namespace

ActivityEditor::ActivityEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("activityEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString oneAPerLine = tr("One per line");

    QFormLayout *identity = addGroup(layout, tr("The activity"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("activityName"));
    m_name->setPlaceholderText(tr("e.g. Customer accounts and billing"));
    identity->addRow(tr("&Name:"), m_name);
    m_fields << qMakePair(QStringLiteral("name"), static_cast<QWidget *>(m_name));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("activityRole"));
    for (ProcessingRole role : allProcessingRoles()) {
        m_role->addItem(label(role), static_cast<int>(role));
    }
    m_role->setToolTip(tr("Controller: we decide why and how (GDPR art. 4(7)). Joint controller: with another "
                          "organisation (art. 26). Processor: on behalf of a controller (art. 28) — the requests "
                          "about these data go to that controller."));
    identity->addRow(tr("Our &role:"), m_role);
    m_controller = new QLineEdit(this);
    m_controller->setObjectName(QStringLiteral("activityController"));
    m_controllerLabel = new QLabel(tr("&Controller:"), this);
    m_controllerLabel->setBuddy(m_controller);
    identity->addRow(m_controllerLabel, m_controller);
    m_fields << qMakePair(QStringLiteral("controller"), static_cast<QWidget *>(m_controller));
    m_entity = new QLineEdit(this);
    m_entity->setObjectName(QStringLiteral("activityEntity"));
    m_entity->setPlaceholderText(tr("The legal entity that keeps the activity (optional)"));
    identity->addRow(tr("&Entity:"), m_entity);
    m_fields << qMakePair(QStringLiteral("entity"), static_cast<QWidget *>(m_entity));

    QFormLayout *lawful = addGroup(layout, tr("Purposes and lawfulness"), this);
    m_purposes = addList(lawful, QStringLiteral("purposes"), tr("&Purposes:"), oneAPerLine,
                         tr("Why the data are processed (GDPR art. 30(1)(b))."));
    m_legalBasis = addList(lawful, QStringLiteral("legal_basis"), tr("&Legal basis:"),
                           tr("e.g. art. 6(1)(b) contract — one per line"),
                           tr("The basis of GDPR art. 6(1) — (a) consent, (b) contract, (c) legal obligation, (d) "
                              "vital interests, (e) public task, (f) legitimate interests — and of art. 9(2) for "
                              "special categories. Not required when we are the processor."));
    m_retention = addList(lawful, QStringLiteral("retention"), tr("Re&tention:"),
                          tr("The period, or the criteria that decide it"),
                          tr("How long the data are kept (GDPR art. 30(1)(f)); not required when we are the "
                             "processor."));
    m_automated = addList(lawful, QStringLiteral("automated_decision"), tr("A&utomated decision:"),
                          tr("Empty: no decision based solely on automated processing"),
                          tr("The decision and meaningful information about its logic (GDPR art. 15(1)(h), 22): "
                             "told to the person in an access answer."));

    QFormLayout *data = addGroup(layout, tr("The data"), this);
    m_dataSubjects =
        addList(data, QStringLiteral("data_subjects"), tr("Data &subjects:"), tr("e.g. Customers — one per line"),
                tr("The categories of people concerned; cases of those people are suggested this "
                   "activity."));
    m_dataCategories = addList(data, QStringLiteral("data_categories"), tr("Data &categories:"), oneAPerLine,
                               tr("The categories of personal data (GDPR art. 30(1)(c))."), 3);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("Empty: from the person"));
    m_source->setToolTip(tr("Where the data come from when not from the person (GDPR art. 14(2)(f), 15(1)(g))."));
    data->addRow(tr("S&ource:"), m_source);
    m_fields << qMakePair(QStringLiteral("source"), static_cast<QWidget *>(m_source));

    QFormLayout *flows = addGroup(layout, tr("Where the data go and live"), this);
    m_recipients = addList(flows, QStringLiteral("recipients"), tr("Rec&ipients:"),
                           tr("By name, processors included — one per line"),
                           tr("Who receives the data (GDPR art. 30(1)(d)); they are added to a case's art. 19 list "
                              "when data are rectified, erased or restricted."));
    m_transfers = addList(flows, QStringLiteral("transfers"), tr("&Transfers:"),
                          tr("e.g. United States — standard contractual clauses"),
                          tr("Each transfer outside the EU with its safeguard (GDPR art. 30(1)(e), 46)."));
    m_systems = new QListWidget(this);
    m_systems->setObjectName(QStringLiteral("activitySystems"));
    m_systems->setToolTip(tr("The systems of the catalogue where the activity's data live: the tasks of a case go "
                             "to their owners."));
    m_systems->setMinimumHeight(m_systems->fontMetrics().height() * 5);
    m_systems->setMaximumHeight(m_systems->fontMetrics().height() * 9);
    auto *systemsLabel = new QLabel(tr("S&ystems:"), this);
    systemsLabel->setBuddy(m_systems);
    flows->addRow(systemsLabel, m_systems);
    m_fields << qMakePair(QStringLiteral("systems"), static_cast<QWidget *>(m_systems));
    layout->addStretch(1);

    for (QLineEdit *edit : {m_name, m_controller, m_entity, m_source}) {
        connect(edit, &QLineEdit::textEdited, this, &ActivityEditor::edited);
    }
    for (QPlainTextEdit *edit : {m_purposes, m_legalBasis, m_retention, m_automated, m_dataSubjects, m_dataCategories,
                                 m_recipients, m_transfers}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &ActivityEditor::edited);
    }
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        roleChanged();
        Q_EMIT edited();
    });
    connect(m_systems, &QListWidget::itemChanged, this, &ActivityEditor::edited);
    roleChanged();
}

QPlainTextEdit *ActivityEditor::addList(QFormLayout *form, const QString &field, const QString &label,
                                        const QString &placeholder, const QString &toolTip, int lines)
{
    QPlainTextEdit *edit = recordfields::makeListEdit(field, placeholder, lines, this);
    edit->setToolTip(toolTip);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    m_fields << qMakePair(field, static_cast<QWidget *>(edit));
    return edit;
}

void ActivityEditor::roleChanged()
{
    const auto role = static_cast<ProcessingRole>(m_role->currentData().toInt());
    m_controller->setEnabled(role != ProcessingRole::Controller);
    switch (role) {
    case ProcessingRole::Controller:
        m_controllerLabel->setText(tr("&Controller:"));
        m_controller->setPlaceholderText(tr("Not needed: we are the controller"));
        break;
    case ProcessingRole::JointController:
        m_controllerLabel->setText(tr("&Joint controller:"));
        m_controller->setPlaceholderText(tr("The other controller(s) (GDPR art. 26)"));
        break;
    case ProcessingRole::Processor:
        m_controllerLabel->setText(tr("&Controller:"));
        m_controller->setPlaceholderText(tr("The controller we process for: requests go to it"));
        break;
    }
}

void ActivityEditor::setCatalogue(const QStringList &systemNames)
{
    // The ticks as they are now, so that a catalogue read again (a system imported meanwhile) keeps the form.
    QStringList ticked = value().systems;
    const QSignalBlocker blocker(m_systems);
    m_systems->clear();
    QStringList names = systemNames;
    // A system the activity lists that the catalogue no longer has stays visible, so that the problem can be seen.
    for (const QString &name : std::as_const(ticked)) {
        if (!names.contains(name, Qt::CaseInsensitive)) {
            names << name;
        }
    }
    for (const QString &name : std::as_const(names)) {
        const bool known = systemNames.contains(name, Qt::CaseInsensitive);
        auto *item = new QListWidgetItem(known ? name : tr("%1 (not in the catalogue)").arg(name), m_systems);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(name, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
}

void ActivityEditor::load(const ProcessingActivity &activity)
{
    m_loaded = activity;
    const QSignalBlocker nameBlocker(m_name);
    const QSignalBlocker roleBlocker(m_role);
    m_name->setText(activity.name);
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(activity.role))));
    roleChanged();
    m_controller->setText(activity.controller);
    m_entity->setText(activity.entity);
    m_source->setText(activity.source);
    const QList<std::pair<QPlainTextEdit *, QStringList>> lists{
        {m_purposes, activity.purposes},         {m_legalBasis, activity.legalBasis},
        {m_retention, {activity.retention}},     {m_automated, {activity.automatedDecision}},
        {m_dataSubjects, activity.dataSubjects}, {m_dataCategories, activity.dataCategories},
        {m_recipients, activity.recipients},     {m_transfers, activity.transfers}};
    for (const auto &[edit, values] : lists) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(values.join(u'\n'));
    }
    {
        const QSignalBlocker blocker(m_systems);
        for (int row = 0; row < m_systems->count(); ++row) {
            m_systems->item(row)->setCheckState(Qt::Unchecked);
        }
    }
    // Ticks the activity's systems, adding those the catalogue lacks.
    QStringList known;
    for (int row = 0; row < m_systems->count(); ++row) {
        known << m_systems->item(row)->data(Qt::UserRole).toString();
    }
    const QSignalBlocker blocker(m_systems);
    for (const QString &name : activity.systems) {
        const auto at = std::find_if(known.cbegin(), known.cend(),
                                     [&](const QString &k) { return k.compare(name, Qt::CaseInsensitive) == 0; });
        if (at != known.cend()) {
            m_systems->item(int(at - known.cbegin()))->setCheckState(Qt::Checked);
        } else {
            auto *item = new QListWidgetItem(tr("%1 (not in the catalogue)").arg(name), m_systems);
            item->setData(Qt::UserRole, name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

ProcessingActivity ActivityEditor::value() const
{
    ProcessingActivity a = m_loaded;
    a.name = m_name->text().trimmed();
    a.role = static_cast<ProcessingRole>(m_role->currentData().toInt());
    a.controller = a.role == ProcessingRole::Controller ? QString() : m_controller->text().trimmed();
    a.entity = m_entity->text().trimmed();
    a.source = m_source->text().trimmed();
    a.purposes = recordfields::lines(m_purposes);
    a.legalBasis = recordfields::lines(m_legalBasis);
    a.retention = m_retention->toPlainText().trimmed();
    a.automatedDecision = m_automated->toPlainText().trimmed();
    a.dataSubjects = recordfields::lines(m_dataSubjects);
    a.dataCategories = recordfields::lines(m_dataCategories);
    a.recipients = recordfields::lines(m_recipients);
    a.transfers = recordfields::lines(m_transfers);
    a.systems.clear();
    for (int row = 0; row < m_systems->count(); ++row) {
        if (m_systems->item(row)->checkState() == Qt::Checked) {
            a.systems << m_systems->item(row)->data(Qt::UserRole).toString();
        }
    }
    return a;
}

bool ActivityEditor::isModified() const
{
    return comparable(value()) != comparable(m_loaded);
}

void ActivityEditor::focusField(const QString &field)
{
    for (const auto &[name, widget] : std::as_const(m_fields)) {
        if (name == field) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace dpodesk
