// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/systemspage.h"

#include "models/systemtablemodel.h"
#include "record/systemeditor.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include "domain/recordimport.h"

#include <QTableView>

namespace dpodesk {

SystemsPage::SystemsPage(RegisterSession &session, QWidget *parent)
    : SystemsPage(session, new SystemTableModel, new SystemEditor, parent)
{
}

SystemsPage::SystemsPage(RegisterSession &session, SystemTableModel *model, SystemEditor *editor, QWidget *parent)
    : RecordPage(session, model, SystemTableModel::NameRole, SystemTableModel::SearchRole, editor,
                 Texts{tr("Search the systems: name, owner, deputy, e-mail, instructions…"), tr("Add a system"),
                       tr("A new system of the catalogue, edited on the right."),
                       tr("Remove the system from the catalogue; refused while an activity lists it or a task was "
                          "sent to it."),
                       tr("Add or update systems from a CSV file (columns: %1; optional: %2; lists separated by "
                          "\"|\").")
                           .arg(RecordRules::systemColumns().join(QStringLiteral(", ")),
                                RecordRules::optionalSystemColumns().join(QStringLiteral(", "))),
                       tr("Import systems from a CSV file"), tr("Select a system in the list, or add one."),
                       tr("New system, not saved yet"), tr("Unsaved changes"),
                       tr("The system \"%1\" has changes that are not saved. Save them?"), tr("Remove the system"),
                       tr("Remove \"%1\" from the systems catalogue? The audit trail keeps what it was."),
                       tr("The system was not removed"), tr("The system cannot be kept yet:"),
                       tr("Expected columns: %1.").arg(RecordRules::systemColumns().join(QStringLiteral(", ")))},
                 parent),
      m_model(model), m_editor(editor)
{
    model->setParent(this);
    setObjectName(QStringLiteral("systemsPage"));
    view()->setObjectName(QStringLiteral("systemTable"));
    view()->setColumnWidth(SystemTableModel::Name, 160);
    view()->setColumnWidth(SystemTableModel::Owner, 230);
    view()->setColumnWidth(SystemTableModel::Identifiers, 160);
    view()->setColumnWidth(SystemTableModel::Actions, 200);
    connect(m_editor, &SystemEditor::edited, this, &SystemsPage::editorEdited);
}

Result<void> SystemsPage::readItems()
{
    auto systems = session().service().systems();
    if (!systems) {
        return systems.error();
    }
    m_model->setSystems(*systems);
    return {};
}

void SystemsPage::showItem(const QString &name)
{
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    m_editor->load(row < 0 ? DataSystem() : m_model->systems().at(row));
}

bool SystemsPage::editorModified() const
{
    return m_editor->isModified();
}

QList<RecordProblem> SystemsPage::editorProblems() const
{
    return RecordRules::checkSystem(RecordRules::cleaned(m_editor->value()));
}

Result<QString> SystemsPage::saveEditor()
{
    auto saved = session().saveSystem(m_editor->value());
    if (!saved) {
        return saved.error();
    }
    return saved->name;
}

Result<void> SystemsPage::removeItem(const QString &name)
{
    return session().removeSystem(name);
}

Result<RecordImportSummary> SystemsPage::importBytes(const QByteArray &csv)
{
    return session().importSystems(csv);
}

void SystemsPage::focusField(const QString &field)
{
    m_editor->focusField(field);
}

QString SystemsPage::fieldLabel(const QString &field) const
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("owner_name"), QT_TR_NOOP("Owner")},
        {QStringLiteral("owner_email"), QT_TR_NOOP("Owner's e-mail")},
        {QStringLiteral("deputy_name"), QT_TR_NOOP("Deputy")},
        {QStringLiteral("deputy_email"), QT_TR_NOOP("Deputy's e-mail")},
        {QStringLiteral("identifiers"), QT_TR_NOOP("Searched by")},
        {QStringLiteral("actions"), QT_TR_NOOP("The owner can")},
        {QStringLiteral("turnaround_days"), QT_TR_NOOP("Usual answer within")},
        {QStringLiteral("instructions_fr"), QT_TR_NOOP("Instructions in French")},
        {QStringLiteral("instructions_en"), QT_TR_NOOP("Instructions in English")},
    };
    const auto found = labels.constFind(field);
    return found == labels.cend() ? field : tr(*found);
}

QString SystemsPage::itemHeader(const QString &name) const
{
    const int row = m_model->rowOf(name);
    if (row < 0) {
        return name;
    }
    const DataSystem &s = m_model->systems().at(row);
    return s.updatedAt.isValid() ? tr("%1 — updated %2").arg(s.name, ui::localDateTime(s.updatedAt)) : s.name;
}

} // namespace dpodesk
