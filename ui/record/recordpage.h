// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QModelIndex>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QTreeWidget;
class QFrame;
class QHBoxLayout;

namespace dpodesk {

class RecordFilterProxy;
class RegisterSession;
struct RecordImportSummary;
struct RecordProblem;

/// One tab of the record window (activities or systems): a search that filters as you type, the table, the editor of
/// the selected row with Save / Revert / Remove, and the import of a CSV file. Unsaved changes are never lost
/// silently: switching rows, adding, importing or closing asks first. The subclasses say how one kind of item is
/// shown, checked, saved, removed and imported.
class RecordPage : public QWidget {
    Q_OBJECT
public:
    ~RecordPage() override;

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    /// The name of the item in the editor as stored; empty for a new one or none.
    QString editedName() const { return m_editedName; }
    bool isEditing() const { return m_editing; }
    /// Selects an item by name (after settling unsaved changes); false when there is no such item or the user kept
    /// the changes.
    bool selectItem(const QString &name);
    /// An empty editor for a new item (after settling unsaved changes).
    void addNew();
    /// Checks and saves the editor; the problems are shown in words beside it. True when saved.
    bool save();
    /// Puts back what is stored.
    void revert();
    /// Removes the item in the editor after confirming; a refusal is shown in words.
    bool removeCurrent();
    /// Imports a CSV file (the button asks for it); the outcome stays in the report above the table.
    bool importFile(const QString &path);
    /// The import report as shown (empty while hidden): the headline, then one line per problem.
    QString importReport() const;
    /// The problems the editor shows (empty while hidden).
    QString editorError() const;
    bool isModified() const;
    /// Unsaved changes: asks to save, discard or cancel; true when the page can move on.
    bool settle();
    /// Reads the register again, keeping the item in the editor (and its unsaved changes).
    void reload();

Q_SIGNALS:
    /// The number of items changed (for the tab's title).
    void countChanged(int count);

protected:
    struct Texts {
        QString searchPlaceholder;
        QString add;
        QString addTip;
        QString removeTip;
        QString importTip;
        QString importTitle; ///< of the file dialog
        QString noSelection; ///< the editor's header with nothing to edit
        QString newItem;     ///< the editor's header for an item not saved yet
        QString unsavedTitle;
        QString unsavedText; ///< %1: the item's name
        QString removeTitle;
        QString removeText; ///< %1: the item's name
        QString notRemoved;
        QString notKept; ///< headline of the problems of the editor
        QString columns; ///< the columns a file must have, said in the report
    };

    RecordPage(RegisterSession &session, QAbstractItemModel *model, int nameRole, int searchRole, QWidget *editor,
               Texts texts, QWidget *parent);
    RegisterSession &session() const { return m_session; }
    /// A button of the subclass beside Add and Import (an export).
    void addTopButton(QPushButton *button);
    /// The subclass calls it when the editor's content changed (the buttons follow).
    void editorEdited();
    int sourceRowOf(const QString &name) const;

    /// Reads the items into the model (and whatever the editor needs); a failure in words.
    virtual Result<void> readItems() = 0;
    /// Shows the stored item of that name, or an empty new one for an empty name.
    virtual void showItem(const QString &name) = 0;
    virtual bool editorModified() const = 0;
    /// The problems of the editor's content on its own (RecordRules::check...).
    virtual QList<RecordProblem> editorProblems() const = 0;
    /// Saves the editor's content; the name as stored.
    virtual Result<QString> saveEditor() = 0;
    virtual Result<void> removeItem(const QString &name) = 0;
    virtual Result<RecordImportSummary> importBytes(const QByteArray &csv) = 0;
    virtual void focusField(const QString &field) = 0;
    /// The label of a problem's field in the editor ("owner_email" → "Owner's e-mail").
    virtual QString fieldLabel(const QString &field) const = 0;
    /// The editor's header for a stored item ("Updated on …").
    virtual QString itemHeader(const QString &name) const = 0;

private:
    void currentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void setEditing(bool editing, const QString &name);
    void updateButtons();
    void updateCount();
    void selectRow(const QString &name);
    void showImportProblems(const QString &file, const QList<RecordProblem> &problems);
    void showImportOutcome(const QString &text, bool failed);
    void chooseImportFile();
    void showEditorError(const QString &message);

    RegisterSession &m_session;
    Texts m_texts;
    int m_nameRole;
    QAbstractItemModel *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QFrame *m_report = nullptr;
    QLabel *m_reportText = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_header = nullptr;
    QScrollArea *m_editorScroll = nullptr;
    QLabel *m_error = nullptr;
    QHBoxLayout *m_top = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_editedName;
    bool m_editing = false;
    bool m_switching = false; ///< the selection is being set by the page itself
};

} // namespace dpodesk
