// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/recordpage.h"

#include "models/recordfilterproxy.h"
#include "prompter.h"
#include "registersession.h"
#include "uikit.h"

#include "domain/recordimport.h"
#include "register/processingrecord.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dpodesk {

namespace {

constexpr char kFailedStyle[] = "#importReport { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 4px; }"
                                " #importReport QLabel { color: #8a1c1c; }";
constexpr char kDoneStyle[] = "#importReport { background: #e6f4ea; border: 1px solid #9bd3ae; border-radius: 4px; }"
                              " #importReport QLabel { color: #1e4620; }";

} // namespace

RecordPage::RecordPage(RegisterSession &session, QAbstractItemModel *model, int nameRole, int searchRole,
                       QWidget *editor, Texts texts, QWidget *parent)
    : QWidget(parent), m_session(session), m_texts(std::move(texts)), m_nameRole(nameRole), m_model(model),
      m_editor(editor)
{
    m_proxy = new RecordFilterProxy(searchRole, this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setPlaceholderText(m_texts.searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("recordCount"));
    m_add = new QPushButton(m_texts.add, this);
    m_add->setObjectName(QStringLiteral("recordAdd"));
    m_add->setToolTip(m_texts.addTip);
    m_add->setAutoDefault(false);
    m_import = new QPushButton(tr("Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("recordImport"));
    m_import->setToolTip(m_texts.importTip);
    m_import->setAutoDefault(false);
    auto *top = new QHBoxLayout;
    m_top = top;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_add);
    top->addWidget(m_import);

    // What the last import did: kept in sight (not a box to dismiss) while the DPO corrects the file.
    m_report = new QFrame(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_reportText = ui::makeLabel(QStringLiteral("importReportText"), m_report);
    m_problems = new QTreeWidget(m_report);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setWordWrap(true);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->header()->setStretchLastSection(true);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_report);
    dismiss->setObjectName(QStringLiteral("dismissImportReport"));
    dismiss->setAutoDefault(false);
    auto *reportHead = new QHBoxLayout;
    reportHead->addWidget(m_reportText, 1);
    reportHead->addWidget(dismiss, 0, Qt::AlignTop);
    auto *reportLayout = new QVBoxLayout(m_report);
    reportLayout->addLayout(reportHead);
    reportLayout->addWidget(m_problems);
    m_report->hide();
    connect(dismiss, &QPushButton::clicked, m_report, &QWidget::hide);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setTabKeyNavigation(false);

    // The editor: what is edited, the fields (scrolling), the problems in words, the buttons.
    auto *editorPane = new QWidget(this);
    m_header = ui::makeLabel(QStringLiteral("editorHeader"), editorPane);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_editorScroll = new QScrollArea(editorPane);
    m_editorScroll->setWidgetResizable(true);
    m_editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editorScroll->setFrameShape(QFrame::NoFrame);
    m_editorScroll->setWidget(m_editor);
    m_error = ui::makeErrorLabel(editorPane);
    m_error->setObjectName(QStringLiteral("editorError"));
    m_remove = new QPushButton(tr("Remove…"), editorPane);
    m_remove->setObjectName(QStringLiteral("recordRemove"));
    m_remove->setToolTip(m_texts.removeTip);
    m_remove->setAutoDefault(false);
    m_revert = new QPushButton(tr("Revert"), editorPane);
    m_revert->setObjectName(QStringLiteral("recordRevert"));
    m_revert->setToolTip(tr("Forget the changes not saved and show what is stored."));
    m_revert->setAutoDefault(false);
    m_save = new QPushButton(tr("Save"), editorPane);
    m_save->setObjectName(QStringLiteral("recordSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Check and keep the changes (Ctrl+S); the change is written to the audit trail."));
    m_save->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(6, 0, 0, 0);
    editorLayout->addWidget(m_header);
    editorLayout->addWidget(m_editorScroll, 1);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(editorPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 700}); // the table's main columns in full beside an editor wide enough for its lists

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_report);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearch(text);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordPage::currentRowChanged);
    connect(m_add, &QPushButton::clicked, this, &RecordPage::addNew);
    connect(m_import, &QPushButton::clicked, this, &RecordPage::chooseImportFile);
    connect(m_save, &QPushButton::clicked, this, &RecordPage::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordPage::revert);
    connect(m_remove, &QPushButton::clicked, this, &RecordPage::removeCurrent);
    setEditing(false, {});
}

RecordPage::~RecordPage() = default;

void RecordPage::addTopButton(QPushButton *button)
{
    m_top->addWidget(button);
}

void RecordPage::editorEdited()
{
    updateButtons();
}

int RecordPage::sourceRowOf(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(m_nameRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

bool RecordPage::isModified() const
{
    return m_editing && editorModified();
}

void RecordPage::setEditing(bool editing, const QString &name)
{
    m_editing = editing;
    m_editedName = editing ? name : QString();
    m_editor->setEnabled(editing);
    m_header->setText(!editing ? m_texts.noSelection : name.isEmpty() ? m_texts.newItem : itemHeader(name));
    showEditorError({});
    updateButtons();
}

void RecordPage::updateButtons()
{
    const bool modified = isModified();
    m_save->setEnabled(m_editing && (modified || m_editedName.isEmpty()));
    m_revert->setEnabled(modified);
    m_remove->setEnabled(m_editing);
    m_remove->setText(m_editing && m_editedName.isEmpty() ? tr("Discard") : tr("Remove…"));
}

void RecordPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? QString() : tr("%1 of %2 shown").arg(shown).arg(total));
    m_count->setVisible(shown != total);
}

void RecordPage::selectRow(const QString &name)
{
    const int row = name.isEmpty() ? -1 : sourceRowOf(name);
    if (row < 0) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the search: the item asked for matters more than the filter.
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void RecordPage::currentRowChanged(const QModelIndex &current, const QModelIndex &)
{
    // A row hidden by the search leaves the editor as it is; the page's own selections are not choices.
    if (m_switching || !current.isValid()) {
        return;
    }
    const QString name = current.data(m_nameRole).toString();
    if (m_editing && !m_editedName.isEmpty() && name.compare(m_editedName, Qt::CaseInsensitive) == 0) {
        return;
    }
    const QString before = m_editing ? m_editedName : QString();
    const bool settled = settle();
    m_switching = true;
    selectRow(settled ? name : before);
    m_switching = false;
    if (!settled) {
        return;
    }
    setEditing(true, name);
    showItem(name);
    updateButtons();
}

bool RecordPage::selectItem(const QString &name)
{
    if (sourceRowOf(name) < 0 || !settle()) {
        return false;
    }
    const QString stored = m_model->index(sourceRowOf(name), 0).data(m_nameRole).toString();
    m_switching = true;
    selectRow(stored);
    m_switching = false;
    setEditing(true, stored);
    showItem(stored);
    updateButtons();
    return true;
}

void RecordPage::addNew()
{
    if (!settle()) {
        return;
    }
    m_switching = true;
    selectRow({});
    m_switching = false;
    setEditing(true, {});
    showItem({});
    updateButtons();
    focusField(QStringLiteral("name"));
}

bool RecordPage::settle()
{
    if (!isModified()) {
        return true;
    }
    const QString text =
        m_editedName.isEmpty() ? m_texts.unsavedText.arg(m_texts.newItem) : m_texts.unsavedText.arg(m_editedName);
    switch (Prompter::askToSave(this, m_texts.unsavedTitle, text)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

void RecordPage::showEditorError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RecordPage::editorError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool RecordPage::save()
{
    if (!m_editing) {
        return false;
    }
    const QList<RecordProblem> problems = editorProblems();
    if (!problems.isEmpty()) {
        QStringList lines{m_texts.notKept};
        for (const RecordProblem &p : problems) {
            lines << tr("• %1: %2").arg(fieldLabel(p.field), p.message);
        }
        showEditorError(lines.join(u'\n'));
        focusField(problems.first().field);
        return false;
    }
    const Result<QString> saved = saveEditor();
    if (!saved) {
        showEditorError(saved.errorMessage());
        focusField(saved.error().field);
        return false;
    }
    setEditing(true, *saved);
    reload();
    showItem(*saved);
    updateButtons();
    return true;
}

void RecordPage::revert()
{
    if (!m_editing) {
        return;
    }
    showItem(m_editedName);
    showEditorError({});
    updateButtons();
}

bool RecordPage::removeCurrent()
{
    if (!m_editing) {
        return false;
    }
    if (m_editedName.isEmpty()) {
        // A new item never saved: nothing is stored, it is only put away.
        setEditing(false, {});
        showItem({});
        return true;
    }
    const QString name = m_editedName;
    if (!Prompter::confirm(this, m_texts.removeTitle, m_texts.removeText.arg(name), tr("Remove"))) {
        return false;
    }
    const Result<void> removed = removeItem(name);
    if (!removed) {
        Prompter::warning(this, m_texts.notRemoved, removed.errorMessage());
        return false;
    }
    setEditing(false, {});
    showItem({});
    reload();
    return true;
}

void RecordPage::reload()
{
    if (!m_session.isOpen()) {
        return;
    }
    const Result<void> read = readItems();
    if (!read) {
        showImportOutcome(read.errorMessage(), true);
    }
    m_switching = true;
    selectRow(m_editing ? m_editedName : QString());
    m_switching = false;
    if (m_editing && !m_editedName.isEmpty() && !editorModified()) {
        if (sourceRowOf(m_editedName) < 0) {
            setEditing(false, {}); // removed meanwhile
            showItem({});
        } else {
            showItem(m_editedName); // changed meanwhile (an import): what is stored now
            m_header->setText(itemHeader(m_editedName));
        }
    }
    updateCount();
    updateButtons();
    Q_EMIT countChanged(m_model->rowCount());
}

void RecordPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, m_texts.importTitle, QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

bool RecordPage::importFile(const QString &path)
{
    if (!settle()) {
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (file.size() > RecordRules::kMaxFileBytes) {
        showImportOutcome(tr("Nothing was imported: %1 is %2, and a file of the record may be at most %3.")
                              .arg(fileName, QLocale().formattedDataSize(file.size()),
                                   QLocale().formattedDataSize(RecordRules::kMaxFileBytes)),
                          true);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showImportOutcome(tr("Nothing was imported: %1 cannot be read (%2).").arg(fileName, file.errorString()), true);
        return false;
    }
    const QByteArray bytes = file.readAll();
    const Result<RecordImportSummary> summary = importBytes(bytes);
    if (!summary) {
        showImportOutcome(tr("Nothing was imported from %1: %2").arg(fileName, summary.errorMessage()), true);
        return false;
    }
    if (!summary->imported) {
        showImportProblems(fileName, summary->problems);
        return false;
    }
    showImportOutcome(tr("%1 imported — added: %2, updated: %3, unchanged: %4.")
                          .arg(fileName)
                          .arg(summary->added)
                          .arg(summary->updated)
                          .arg(summary->unchanged),
                      false);
    reload();
    return true;
}

void RecordPage::showImportOutcome(const QString &text, bool failed)
{
    m_report->setStyleSheet(QLatin1String(failed ? kFailedStyle : kDoneStyle));
    m_reportText->setText(text);
    m_problems->clear();
    m_problems->hide();
    m_report->show();
}

void RecordPage::showImportProblems(const QString &file, const QList<RecordProblem> &problems)
{
    showImportOutcome(tr("Nothing was imported: %1 has %n problem(s). Correct them in the file and import it again "
                         "(a file is imported whole or not at all). %2",
                         "", int(problems.size()))
                          .arg(file, m_texts.columns),
                      true);
    for (const RecordProblem &p : problems) {
        auto *item = new QTreeWidgetItem(m_problems, {p.line > 0 ? QString::number(p.line) : QStringLiteral("—"),
                                                      p.field.isEmpty() ? QStringLiteral("—") : p.field, p.message});
        item->setToolTip(2, p.message);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
    }
    // As tall as its problems, up to ten rows (then it scrolls): the table below keeps its room.
    constexpr int kRowsShown = 10;
    const int rows = std::min<int>(kRowsShown, int(problems.size()));
    const int rowHeight =
        m_problems->sizeHintForRow(0) > 0 ? m_problems->sizeHintForRow(0) : m_problems->fontMetrics().height() + 4;
    m_problems->setFixedHeight(m_problems->header()->sizeHint().height() + rows * rowHeight +
                               2 * m_problems->frameWidth() + 4);
    m_problems->show();
}

QString RecordPage::importReport() const
{
    if (m_report->isHidden()) {
        return {};
    }
    QStringList lines{m_reportText->text()};
    for (int i = 0; i < m_problems->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_problems->topLevelItem(i);
        lines << QStringLiteral("%1 | %2 | %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return lines.join(u'\n');
}

} // namespace dpodesk
