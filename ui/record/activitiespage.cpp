// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/activitiespage.h"

#include "models/activitytablemodel.h"
#include "record/activityeditor.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include "domain/recordimport.h"

#include "common/filewriter.h"
#include "prompter.h"
#include "reports/recordreport.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>

namespace dpodesk {

ActivitiesPage::ActivitiesPage(RegisterSession &session, QWidget *parent)
    : ActivitiesPage(session, new ActivityTableModel, new ActivityEditor, parent)
{
}

ActivitiesPage::ActivitiesPage(RegisterSession &session, ActivityTableModel *model, ActivityEditor *editor,
                               QWidget *parent)
    : RecordPage(session, model, ActivityTableModel::NameRole, ActivityTableModel::SearchRole, editor,
                 Texts{tr("Search the activities: name, purpose, data, recipient, system, entity…"),
                       tr("Add an activity"), tr("A new activity of the record, edited on the right."),
                       tr("Remove the activity from the record; refused while a case names it."),
                       tr("Add or update activities from a CSV file (columns: %1; lists separated by \"|\"). The "
                          "systems it names must be in the catalogue.")
                           .arg(RecordRules::activityColumns().join(QStringLiteral(", "))),
                       tr("Import activities from a CSV file"), tr("Select an activity in the list, or add one."),
                       tr("New activity, not saved yet"), tr("Unsaved changes"),
                       tr("The activity \"%1\" has changes that are not saved. Save them?"), tr("Remove the activity"),
                       tr("Remove \"%1\" from the record of processing activities? The audit trail keeps what it "
                          "was."),
                       tr("The activity was not removed"), tr("The activity cannot be kept yet:"),
                       tr("Expected columns: %1.").arg(RecordRules::activityColumns().join(QStringLiteral(", ")))},
                 parent),
      m_model(model), m_editor(editor)
{
    model->setParent(this);
    setObjectName(QStringLiteral("activitiesPage"));
    view()->setObjectName(QStringLiteral("activityTable"));
    view()->setColumnWidth(ActivityTableModel::Name, 220);
    view()->setColumnWidth(ActivityTableModel::Role, 130);
    view()->setColumnWidth(ActivityTableModel::Purposes, 220);
    view()->setColumnWidth(ActivityTableModel::Systems, 160);
    connect(m_editor, &ActivityEditor::edited, this, &ActivitiesPage::editorEdited);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("recordExport"));
    exportButton->setAutoDefault(false);
    exportButton->setToolTip(tr("The whole record as a PDF to hand to the supervisory authority (GDPR art. 30(4)), or "
                                "as a CSV file that a spreadsheet opens and the import reads back."));
    connect(exportButton, &QPushButton::clicked, this, &ActivitiesPage::chooseExport);
    addTopButton(exportButton);
}

void ActivitiesPage::chooseExport()
{
    QString filter = tr("PDF (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the record of processing activities"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("record-of-processing-%1.pdf").arg(session().today().toString(Qt::ISODate))),
        tr("PDF (*.pdf);;Spreadsheet, CSV (*.csv)"), &filter);
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool ActivitiesPage::exportTo(const QString &path)
{
    // What is stored, not the editor's unsaved changes.
    auto activities = session().service().activities();
    if (!activities) {
        Prompter::warning(this, tr("The record was not exported"), activities.errorMessage());
        return false;
    }
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        bytes = RecordReports::activitiesCsv(*activities, CsvProfile::FrSpreadsheet);
    } else {
        const std::unique_ptr<ReportSource> source = session().service().reportSource();
        auto header = source->header();
        auto pdf = header ? RecordReports::activitiesPdf(*activities, *header) : Result<QByteArray>(header.error());
        if (!pdf) {
            Prompter::warning(this, tr("The record was not exported"), pdf.errorMessage());
            return false;
        }
        bytes = std::move(pdf).value();
    }
    if (auto written = FileWriter::writeAtomically(path, bytes); !written) {
        Prompter::warning(this, tr("The record was not exported"), written.errorMessage());
        return false;
    }
    Prompter::information(
        this, tr("Record exported"),
        tr("%1 activities written to %2.").arg(activities->size()).arg(QDir::toNativeSeparators(path)));
    return true;
}

Result<void> ActivitiesPage::readItems()
{
    auto activities = session().service().activities();
    if (!activities) {
        return activities.error();
    }
    auto systems = session().service().systems();
    if (!systems) {
        return systems.error();
    }
    QStringList names;
    for (const DataSystem &s : std::as_const(*systems)) {
        names << s.name;
    }
    m_editor->setCatalogue(names);
    m_model->setActivities(*activities);
    return {};
}

void ActivitiesPage::showItem(const QString &name)
{
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    m_editor->load(row < 0 ? ProcessingActivity() : m_model->activities().at(row));
}

bool ActivitiesPage::editorModified() const
{
    return m_editor->isModified();
}

QList<RecordProblem> ActivitiesPage::editorProblems() const
{
    return RecordRules::checkActivity(RecordRules::cleaned(m_editor->value()));
}

Result<QString> ActivitiesPage::saveEditor()
{
    auto saved = session().saveActivity(m_editor->value());
    if (!saved) {
        return saved.error();
    }
    return saved->name;
}

Result<void> ActivitiesPage::removeItem(const QString &name)
{
    return session().removeActivity(name);
}

Result<RecordImportSummary> ActivitiesPage::importBytes(const QByteArray &csv)
{
    return session().importActivities(csv);
}

void ActivitiesPage::focusField(const QString &field)
{
    m_editor->focusField(field);
}

QString ActivitiesPage::fieldLabel(const QString &field) const
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("role"), QT_TR_NOOP("Our role")},
        {QStringLiteral("controller"), QT_TR_NOOP("Controller")},
        {QStringLiteral("purposes"), QT_TR_NOOP("Purposes")},
        {QStringLiteral("legal_basis"), QT_TR_NOOP("Legal basis")},
        {QStringLiteral("data_subjects"), QT_TR_NOOP("Data subjects")},
        {QStringLiteral("data_categories"), QT_TR_NOOP("Data categories")},
        {QStringLiteral("recipients"), QT_TR_NOOP("Recipients")},
        {QStringLiteral("transfers"), QT_TR_NOOP("Transfers")},
        {QStringLiteral("retention"), QT_TR_NOOP("Retention")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("automated_decision"), QT_TR_NOOP("Automated decision")},
        {QStringLiteral("systems"), QT_TR_NOOP("Systems")},
        {QStringLiteral("entity"), QT_TR_NOOP("Entity")},
    };
    const auto found = labels.constFind(field);
    return found == labels.cend() ? field : tr(*found);
}

QString ActivitiesPage::itemHeader(const QString &name) const
{
    const int row = m_model->rowOf(name);
    if (row < 0) {
        return name;
    }
    const ProcessingActivity &a = m_model->activities().at(row);
    return a.updatedAt.isValid() ? tr("%1 — updated %2").arg(a.name, ui::localDateTime(a.updatedAt)) : a.name;
}

} // namespace dpodesk
