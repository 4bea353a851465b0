// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace dpodesk {

/// Message boxes that a test can answer: every question and notice of the application goes through here.
/// In a test, queue the answers with Prompter::answerNext(); the box is then not shown at all.
class Prompter final {
public:
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    /// Yes/No question; true for Yes.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText = QString());

    /// Unsaved changes: Save, Discard or Cancel (the default, and the answer of a silent test without one queued).
    static QMessageBox::StandardButton askToSave(QWidget *parent, const QString &title, const QString &text);

    // For tests.
    static void answerNext(QMessageBox::StandardButton button);
    static void setSilent(bool silent); ///< notices are recorded, never shown
    static QStringList shown();         ///< texts of the boxes since the last takeShown()
    static QStringList takeShown();

private:
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           const QString &yesText);
};

} // namespace dpodesk
