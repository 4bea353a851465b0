// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "prompter.h"

#include <QPushButton>
#include <QQueue>

namespace dpodesk {

namespace {

struct State {
    QQueue<QMessageBox::StandardButton> answers;
    QStringList shown;
    bool silent = false;
};

State &state()
{
    static State s;
    return s;
}

} // namespace

QMessageBox::StandardButton Prompter::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                          const QString &text, QMessageBox::StandardButtons buttons,
                                          const QString &yesText)
{
    state().shown << text;
    if (!state().answers.isEmpty()) {
        return state().answers.dequeue();
    }
    if (state().silent) {
        return buttons.testFlag(QMessageBox::No)       ? QMessageBox::No
               : buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel
                                                       : QMessageBox::Ok;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (!yesText.isEmpty()) {
        box.button(QMessageBox::Yes)->setText(yesText);
    }
    if (buttons.testFlag(QMessageBox::No)) {
        box.setDefaultButton(QMessageBox::No);
    } else if (buttons.testFlag(QMessageBox::Save)) {
        box.setDefaultButton(QMessageBox::Save);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void Prompter::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, {});
}

void Prompter::warning(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, {});
}

void Prompter::critical(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, {});
}

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    return ask(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, yesText) ==
           QMessageBox::Yes;
}

QMessageBox::StandardButton Prompter::askToSave(QWidget *parent, const QString &title, const QString &text)
{
    return ask(parent, QMessageBox::Question, title, text,
               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, {});
}

void Prompter::answerNext(QMessageBox::StandardButton button)
{
    state().answers.enqueue(button);
}

void Prompter::setSilent(bool silent)
{
    state().silent = silent;
}

QStringList Prompter::shown()
{
    return state().shown;
}

QStringList Prompter::takeShown()
{
    return std::exchange(state().shown, {});
}

} // namespace dpodesk
