// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "record/recordfields.h"

#include <QPlainTextEdit>
#include <QTextDocument>

namespace dpodesk::recordfields {

QPlainTextEdit *makeListEdit(const QString &objectName, const QString &placeholder, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const int margins = int(2 * edit->document()->documentMargin()) + 2 * edit->frameWidth() + 2;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + margins);
    return edit;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList values;
    const QStringList all = edit->toPlainText().split(u'\n');
    for (const QString &line : all) {
        const QString value = line.trimmed();
        if (!value.isEmpty()) {
            values << value;
        }
    }
    return values;
}

} // namespace dpodesk::recordfields
