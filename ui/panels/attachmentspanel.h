// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "attachments/attachment.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace dpodesk {

class AttachmentPreview;
class IdentityBlock;
class RegisterSession;

/// The files kept with one case (the request, identity proofs, proofs of capacity, letters sent, other evidence):
/// the list, a preview drawn by the sandboxed helper, adding by dialog or by dropping files from the desktop, export,
/// erasure, and the identity verification whose record replaces the identity copies (docs/rules.md#identity-proofs).
/// Viewing and exporting a file are written to the case's audit trail (GDPR art. 5(2)).
class AttachmentsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentsPanel(RegisterSession &session, QWidget *parent = nullptr);
    ~AttachmentsPanel() override;

    /// Shows the files of a case of the open register; 0 clears the panel.
    void showCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }

    /// Adds files to the case shown, all of one kind (the one chosen in "kindForNew", or else asked), all or none
    /// (CaseFiles::addFiles). A refusal (size limit, unreadable file, folder) names the file and says why.
    void addFiles(const QStringList &paths);

    /// The preview helper to run (default: dpodesk-preview beside the executable, see PreviewClient).
    void setPreviewProgram(const QString &program);

Q_SIGNALS:
    /// The number of files listed for the case shown (erased ones included), e.g. for a tab title.
    void countChanged(int count);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildList(QVBoxLayout *layout);
    void buildButtons(QVBoxLayout *layout);

    void reload();
    void clear(const QString &message = QString());
    void fillList(qint64 selectedId);
    void updateButtons(const Attachment *selected);
    std::optional<Attachment> selectedAttachment() const;
    std::optional<AttachmentKind> chooseKind(const QStringList &files);

    void showSelected();
    void chooseFiles();
    void exportSelected();
    void purgeSelected();

    RegisterSession &m_session;
    qint64 m_caseId = 0;
    QList<Attachment> m_attachments;
    qint64 m_shownId = 0; ///< the attachment in the preview: a reload does not read (nor audit) it again

    QLabel *m_hint = nullptr;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_kindForNew = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_purge = nullptr;
    AttachmentPreview *m_preview = nullptr;

    IdentityBlock *m_identityBlock = nullptr;
};

} // namespace dpodesk
