// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panels/attachmentspanel.h"

#include "uikit.h"

#include "panels/attachmentpreview.h"
#include "panels/identityblock.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"

#include "common/clock.h"
#include "register/casefiles.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace dpodesk {

namespace {

using ui::localDateTime;
using ui::makeLabel;
using ui::shortDate;

enum Column { KindColumn, NameColumn, SizeColumn, AddedColumn, StateColumn, ColumnCount };

/// Dynamic property holding a button's effect, the base of its tooltip.
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

/// The local files among dropped URLs (files dragged from the desktop or a file manager).
QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (data == nullptr || !data->hasUrls()) {
        return files;
    }
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            files << url.toLocalFile();
        }
    }
    return files;
}

/// What dpodesk-preview draws. Other files are neither sent to it nor read, so no view is recorded for them.
bool drawable(const QString &mimeType)
{
    return mimeType == QLatin1String("application/pdf") || mimeType.startsWith(QLatin1String("image/"));
}

} // namespace

AttachmentsPanel::AttachmentsPanel(RegisterSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("attachments"));
    setAcceptDrops(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildList(layout);
    buildButtons(layout);
    m_preview = new AttachmentPreview(this);
    layout->addWidget(m_preview);
    m_identityBlock = new IdentityBlock(m_session, this);
    layout->addWidget(m_identityBlock);

    connect(&m_session, &RegisterSession::attachmentsChanged, this, [this](qint64 id) {
        if (id == 0 || id == m_caseId) { // 0: files of many cases, e.g. identity copies swept at opening
            reload();
        }
    });
    connect(&m_session, &RegisterSession::casesChanged, this, [this](qint64 id) {
        if (id == 0 || id == m_caseId) {
            reload();
        }
    });
    // Another register: the ids of the previous one mean nothing there.
    connect(&m_session, &RegisterSession::opened, this, [this] { showCase(0); });
    clear();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::buildList(QVBoxLayout *layout)
{
    m_hint = makeLabel(QStringLiteral("dropHint"), this);
    layout->addWidget(m_hint);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Kind"), tr("Name"), tr("Size"), tr("Added on"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(140);
    QHeaderView *header = m_list->header();
    header->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttachmentsPanel::showSelected);
    layout->addWidget(m_list);
}

void AttachmentsPanel::buildButtons(QVBoxLayout *layout)
{
    m_kindForNew = new QComboBox(this);
    m_kindForNew->setObjectName(QStringLiteral("kindForNew"));
    m_kindForNew->setPlaceholderText(tr("Kind of file…"));
    // Items carry the enum's int value, as everywhere in the UI.
    const QList<AttachmentKind> kinds = allAttachmentKinds();
    for (AttachmentKind kind : kinds) {
        m_kindForNew->addItem(label(kind), static_cast<int>(kind));
    }
    m_kindForNew->setCurrentIndex(-1);
    m_kindForNew->setToolTip(tr("What the next files added or dropped are; if none is chosen you are asked. Identity "
                                "proofs are erased as soon as the identity verification is recorded."));

    m_add = makeButton(QStringLiteral("addAttachment"), tr("Add files…"),
                       tr("Keep files with the case: the request (scanned letter, e-mail), identity proofs, proofs of "
                          "capacity, letters sent, other evidence. Files can also be dropped here from the desktop."),
                       this);
    m_export = makeButton(QStringLiteral("exportAttachment"), tr("Export…"),
                          tr("Write a copy of the file into a folder you choose; the export is recorded in the case's "
                             "history."),
                          this);
    m_purge = makeButton(QStringLiteral("purgeAttachment"), tr("Erase…"),
                         tr("Erase the content of the file from the register for good; its record (kind, size, "
                            "SHA-256, who added it) and the reason stay."),
                         this);
    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::chooseFiles);
    connect(m_export, &QPushButton::clicked, this, &AttachmentsPanel::exportSelected);
    connect(m_purge, &QPushButton::clicked, this, &AttachmentsPanel::purgeSelected);

    auto *row = new QHBoxLayout;
    row->addWidget(m_kindForNew);
    row->addWidget(m_add);
    row->addStretch();
    row->addWidget(m_export);
    row->addWidget(m_purge);
    layout->addLayout(row);
}

void AttachmentsPanel::setPreviewProgram(const QString &program)
{
    m_preview->setProgram(program);
}

void AttachmentsPanel::showCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        m_caseId = caseId;
        m_shownId = 0;
        const QSignalBlocker blocker(m_list);
        m_list->clear();
    }
    reload();
}

void AttachmentsPanel::reload()
{
    if (!m_session.isOpen()) {
        m_caseId = 0; // the register was closed (or failed its check): its ids mean nothing any more
    }
    if (m_caseId == 0) {
        clear();
        return;
    }
    auto listed = m_session.service().attachments(m_caseId);
    if (!listed) {
        clear(tr("The files of this case could not be read: %1").arg(listed.errorMessage()));
        return;
    }
    m_attachments = std::move(listed).value();
    m_hint->setText(tr("Drop files here from the desktop, or use \"Add files…\". Each file is kept in the register "
                       "with its SHA-256; viewing, exporting and erasing it are recorded in the case's history."));
    const QTreeWidgetItem *current = m_list->currentItem();
    const qint64 selectedId = current != nullptr ? current->data(KindColumn, Qt::UserRole).toLongLong() : 0;
    {
        // Rebuilding the list is not a new selection: the file shown is not read again.
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        fillList(selectedId);
    }
    m_list->setEnabled(true);
    m_kindForNew->setEnabled(true);
    m_identityBlock->showCase(m_caseId, m_attachments);
    m_identityBlock->show();
    showSelected();
    Q_EMIT countChanged(int(m_attachments.size()));
}

void AttachmentsPanel::clear(const QString &message)
{
    m_attachments.clear();
    m_shownId = 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
    }
    m_hint->setText(message.isEmpty() ? tr("Select a case to see the files kept with it.") : message);
    m_list->setEnabled(false);
    m_kindForNew->setEnabled(false);
    m_preview->showMessage(QString());
    m_identityBlock->showCase(0, {});
    m_identityBlock->hide();
    updateButtons(nullptr);
    Q_EMIT countChanged(0);
}

void AttachmentsPanel::fillList(qint64 selectedId)
{
    const Clock &clock = m_session.clock();
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const Attachment &a : std::as_const(m_attachments)) {
        const QString state = a.isPurged()
                                  ? tr("erased on %1 (%2)").arg(shortDate(clock.localDate(a.purgedAt)), a.purgeReason)
                                  : tr("kept");
        auto *item = new QTreeWidgetItem(m_list, {label(a.kind), a.displayName, QLocale().formattedDataSize(a.size),
                                                  shortDate(clock.localDate(a.addedAt)), state});
        item->setData(KindColumn, Qt::UserRole, a.id);
        item->setTextAlignment(SizeColumn, Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        item->setToolTip(NameColumn,
                         tr("%1\n%2 · SHA-256 %3\nAdded by %4 on %5")
                             .arg(a.displayName, a.mimeType, a.sha256, a.addedBy, localDateTime(a.addedAt)));
        if (a.isPurged()) {
            item->setToolTip(StateColumn, tr("The content was erased; only this record remains."));
            for (int column = 0; column < ColumnCount; ++column) {
                item->setForeground(column, grey);
            }
        }
        if (a.id == selectedId) {
            m_list->setCurrentItem(item);
        }
    }
}

std::optional<Attachment> AttachmentsPanel::selectedAttachment() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    const qint64 id = item->data(KindColumn, Qt::UserRole).toLongLong();
    for (const Attachment &a : m_attachments) {
        if (a.id == id) {
            return a;
        }
    }
    return std::nullopt;
}

void AttachmentsPanel::updateButtons(const Attachment *selected)
{
    const QString noCase = tr("Select a case first.");
    setAvailable(m_add, m_caseId == 0 ? noCase : QString());
    const QString whyNot = m_caseId == 0          ? noCase
                           : selected == nullptr  ? tr("Select a file first.")
                           : selected->isPurged() ? tr("The file was erased; only its record remains.")
                                                  : QString();
    setAvailable(m_export, whyNot);
    setAvailable(m_purge, whyNot);
}

void AttachmentsPanel::showSelected()
{
    const std::optional<Attachment> a = selectedAttachment();
    updateButtons(a ? &*a : nullptr);
    if (!a) {
        m_shownId = 0;
        m_preview->showMessage(m_attachments.isEmpty() ? QString() : tr("Select a file to see it here."));
        return;
    }
    if (a->id == m_shownId && !a->isPurged()) {
        return; // a reload: the picture stays, and the file is not read (nor its view recorded) again
    }
    m_shownId = a->id;
    if (a->isPurged()) {
        m_preview->showMessage(
            tr("\"%1\" was erased on %2 (%3); only its record remains.")
                .arg(a->displayName, shortDate(m_session.clock().localDate(a->purgedAt)), a->purgeReason));
        return;
    }
    if (!drawable(a->mimeType)) {
        m_preview->showMessage(
            tr("No preview available: files of type %1 are not drawn here. Export the file to open it.")
                .arg(a->mimeType));
        return;
    }
    if (auto checked = m_session.ensureChecked(); !checked) {
        m_preview->showMessage(checked.errorMessage());
        return;
    }
    // Only the file the user selected is read, and the reading is written to the audit trail ("attachment.view").
    auto bytes = m_session.attachmentContent(a->id, QStringLiteral("view"));
    if (!bytes) {
        m_preview->showMessage(bytes.errorMessage());
        return;
    }
    // The file came from outside: it is drawn by the helper process, on a worker thread, never in this process.
    m_preview->showContent(*bytes);
}

std::optional<AttachmentKind> AttachmentsPanel::chooseKind(const QStringList &files)
{
    if (m_kindForNew->currentIndex() >= 0) {
        return static_cast<AttachmentKind>(m_kindForNew->currentData().toInt());
    }
    const QList<AttachmentKind> kinds = allAttachmentKinds();
    QStringList labels;
    for (AttachmentKind kind : kinds) {
        labels << label(kind);
    }
    const QString what = files.size() == 1 ? tr("What is \"%1\"?").arg(QFileInfo(files.first()).fileName())
                                           : tr("What are these %1 files?").arg(files.size());
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Kind of file"),
        QString(what + u'\n' + tr("Identity proofs are erased as soon as the identity verification is recorded.")),
        labels, 0, false, &ok);
    const qsizetype index = labels.indexOf(chosen);
    if (!ok || index < 0) {
        return std::nullopt;
    }
    return kinds.at(index);
}

void AttachmentsPanel::addFiles(const QStringList &paths)
{
    if (m_caseId == 0 || paths.isEmpty() || !m_session.isOpen()) {
        return;
    }
    // All the files dropped or chosen together, or none: a second try after a refusal must not keep some twice.
    QStringList folders;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            folders << tr("%1 is a folder: add the files it holds.").arg(QDir::toNativeSeparators(path));
        }
    }
    if (!folders.isEmpty()) {
        Prompter::warning(this, paths.size() == 1 ? tr("File not added") : tr("Files not added"),
                          paths.size() == 1
                              ? folders.join(u'\n')
                              : QString(folders.join(u'\n') + u'\n' + tr("None of the files was added.")));
        return;
    }
    const qint64 caseId = m_caseId;
    const std::optional<AttachmentKind> kind = chooseKind(paths);
    if (!kind) {
        return;
    }
    if (auto checked = m_session.ensureChecked(); !checked) {
        Prompter::warning(this, tr("Files not added"), checked.errorMessage());
        return;
    }
    auto stored = m_session.addFiles(caseId, *kind, paths);
    if (!stored) {
        Prompter::warning(this, paths.size() == 1 ? tr("File not added") : tr("Files not added"),
                          stored.errorMessage());
        return;
    }
    // Each batch is classified on purpose: an identity copy filed under another kind would escape the erasure at
    // verification (docs/rules.md#identity-proofs).
    m_kindForNew->setCurrentIndex(-1);
}

void AttachmentsPanel::chooseFiles()
{
    if (m_caseId == 0) {
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add files to the case"));
    if (!paths.isEmpty()) {
        addFiles(paths);
    }
}

void AttachmentsPanel::exportSelected()
{
    const std::optional<Attachment> a = selectedAttachment();
    if (!a || a->isPurged()) {
        return;
    }
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export \"%1\" into the folder…").arg(a->displayName));
    if (folder.isEmpty()) {
        return;
    }
    if (auto checked = m_session.ensureChecked(); !checked) {
        Prompter::warning(this, tr("File not exported"), checked.errorMessage());
        return;
    }
    auto written = m_session.exportAttachment(a->id, folder);
    if (!written) {
        Prompter::warning(this, tr("File not exported"), written.errorMessage());
        return;
    }
    Prompter::information(this, tr("File exported"),
                          tr("Written to %1. The export is recorded in the case's history; the copy outside the "
                             "register is yours to protect, and to delete once it is no longer needed.")
                              .arg(QDir::toNativeSeparators(*written)));
}

void AttachmentsPanel::purgeSelected()
{
    const std::optional<Attachment> a = selectedAttachment();
    if (!a || a->isPurged()) {
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Erase \"%1\"").arg(a->displayName),
        tr("The content of \"%1\" will be erased from the register for good. Its record (kind, size, SHA-256, who "
           "added it and when) stays, with the reason you give.\nWhy is it erased?")
            .arg(a->displayName),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    if (auto checked = m_session.ensureChecked(); !checked) {
        Prompter::warning(this, tr("File not erased"), checked.errorMessage());
        return;
    }
    auto purged = m_session.purgeAttachment(a->caseId, a->id, reason);
    if (!purged) {
        Prompter::warning(this, tr("File not erased"), purged.errorMessage());
    }
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_caseId != 0 && m_session.isOpen() && !localFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (m_caseId == 0 || files.isEmpty()) {
        event->ignore();
        return;
    }
    // The files are copied into the register; the originals stay where they are.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    // Asking the kind and showing refusals open dialogs: not inside the drop, where the drag source still waits.
    QTimer::singleShot(0, this, [this, files, caseId = m_caseId] {
        if (caseId == m_caseId) {
            addFiles(files);
        }
    });
}

} // namespace dpodesk
