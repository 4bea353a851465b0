// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/taskanswerdialog.h"

#include "register/casetasks.h"
#include "registersession.h"
#include "uikit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpodesk {

TaskAnswerDialog::TaskAnswerDialog(RegisterSession &session, const CaseTask &task, QWidget *parent)
    : QDialog(parent), m_session(session), m_task(task)
{
    setObjectName(QStringLiteral("taskAnswerDialog"));
    setWindowTitle(tr("Answer to %1").arg(task.token()));

    auto *what = ui::makeLabel(QStringLiteral("taskWhat"), this);
    what->setText(tr("%1 — %2 in %3, asked of %4. The answer is recorded once, with its evidence, in the case's "
                     "history.")
                      .arg(task.token(), label(task.action), task.systemName,
                           task.ownerName.isEmpty() ? task.ownerEmail : task.ownerName));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("taskResult"));
    // Only the results that answer this action (CaseTasks::fits).
    for (TaskResult result : allTaskResults()) {
        if (CaseTasks::fits(task.action, result)) {
            m_result->addItem(label(result), static_cast<int>(result));
        }
    }
    form->addRow(tr("&Result:"), m_result);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("taskAnsweredOn"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(session.today());
    if (task.plannedOn.isValid() && task.plannedOn <= session.today()) {
        m_date->setMinimumDate(task.plannedOn);
    }
    m_date->setDate(session.today());
    form->addRow(tr("Answered &on:"), m_date);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("taskNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setBuddy(m_note);
    form->addRow(m_noteLabel, m_note);

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("taskEvidence"));
    m_files->setFixedHeight(m_files->fontMetrics().height() * 4 + 10);
    m_files->setToolTip(tr("Kept with the case as other evidence, each with its SHA-256: the owner's export, a "
                           "screenshot of the erasure, their e-mail…"));
    auto *addFiles = new QPushButton(tr("Add files…"), this);
    addFiles->setObjectName(QStringLiteral("addEvidence"));
    addFiles->setAutoDefault(false);
    m_removeFile = new QPushButton(tr("Remove"), this);
    m_removeFile->setAutoDefault(false);
    m_removeFile->setEnabled(false);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch(1);
    auto *files = new QHBoxLayout;
    files->addWidget(m_files, 1);
    files->addLayout(fileButtons);
    auto *filesLabel = new QLabel(tr("&Evidence:"), this);
    filesLabel->setBuddy(m_files); // a row of a layout shows its "&" otherwise
    form->addRow(filesLabel, files);

    m_error = ui::makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the answer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskAnswerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_result, &QComboBox::currentIndexChanged, this, &TaskAnswerDialog::resultChanged);
    connect(addFiles, &QPushButton::clicked, this,
            [this] { addEvidence(QFileDialog::getOpenFileNames(this, tr("Evidence of %1").arg(m_task.token()))); });
    connect(m_removeFile, &QPushButton::clicked, this, [this] { delete m_files->currentItem(); });
    connect(m_files, &QListWidget::currentRowChanged, this, [this](int row) { m_removeFile->setEnabled(row >= 0); });
    resultChanged();
}

void TaskAnswerDialog::resultChanged()
{
    const bool cannot = static_cast<TaskResult>(m_result->currentData().toInt()) == TaskResult::Cannot;
    m_noteLabel->setText(cannot ? tr("&Why (required):") : tr("&Note:"));
    m_note->setPlaceholderText(cannot ? tr("Why it cannot be done: the reason is part of the proof")
                                      : tr("Optional: what the owner said, where the data were found…"));
}

void TaskAnswerDialog::addEvidence(const QStringList &paths)
{
    const QStringList already = evidence();
    for (const QString &path : paths) {
        if (path.isEmpty() || already.contains(path)) {
            continue;
        }
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
}

QStringList TaskAnswerDialog::evidence() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i) {
        paths << m_files->item(i)->data(Qt::UserRole).toString();
    }
    return paths;
}

QString TaskAnswerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TaskAnswerDialog::accept()
{
    const auto result = static_cast<TaskResult>(m_result->currentData().toInt());
    auto answered = m_session.answerTask(m_task.id, result, m_note->toPlainText(), m_date->date(), evidence());
    if (!answered) {
        m_error->setText(answered.errorMessage());
        m_error->show();
        if (answered.error().field == QLatin1String("note")) {
            m_note->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    QDialog::accept();
}

} // namespace dpodesk
