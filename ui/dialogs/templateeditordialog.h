// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace dpodesk {

class RegisterSession;

/// Edits the organisation's copy of a letter template, kept in the register: the placeholders are listed (double-click
/// inserts one), a mistake is named before anything is kept, the letter is previewed on a sample case, and "Reset"
/// goes back to the shipped text.
class TemplateEditorDialog final : public QDialog {
    Q_OBJECT
public:
    TemplateEditorDialog(RegisterSession &session, const QString &kind = {}, const QString &language = {},
                         QWidget *parent = nullptr);
    ~TemplateEditorDialog() override;

    void select(const QString &kind, const QString &language);
    void setText(const QString &text);
    QString text() const;
    QString problem() const;
    QString previewHtml() const;
    /// Keeps the text as the organisation's copy; false (with the reason shown) when refused.
    bool save();
    /// Goes back to the shipped default (after confirming).
    bool reset();

protected:
    void reject() override;

private:
    QString kind() const;
    QString language() const;
    void load();
    void check();
    bool confirmDiscard();

    RegisterSession &m_session;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_origin = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_placeholders = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    QTimer *m_checkTimer = nullptr;
    QString m_loaded; ///< the text as stored, to know about unsaved changes
    QString m_loadedKind;
    QString m_loadedLanguage;
};

} // namespace dpodesk
