// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/tasksenddialog.h"

#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include "common/filewriter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dpodesk {

TaskSendDialog::TaskSendDialog(RegisterSession &session, const CaseRecord &record, const CaseTask &task,
                               QWidget *parent)
    : QDialog(parent), m_session(session), m_record(record), m_task(task)
{
    setObjectName(QStringLiteral("taskSendDialog"));
    const bool reminder = task.state == TaskState::Sent;
    setWindowTitle(reminder ? tr("Remind the owner of %1").arg(task.token()) : tr("Send %1").arg(task.token()));
    if (auto found = session.service().system(task.systemName); found && *found) {
        m_system = **found;
    }

    auto *intro = ui::makeLabel(QStringLiteral("sendIntro"), this);
    intro->setText(reminder ? tr("%1 was sent on %2 to %3. A reminder is recorded in the case's history; the first "
                                 "date stays.")
                                  .arg(task.token(), ui::shortDate(task.sentOn), task.sentTo)
                            : tr("Open your e-mail program with the message below, send it, then record it as sent. "
                                 "The owner gets only what their system is searched by — never the identity proof "
                                 "or the rest of the case."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("sendTo"));
    m_to->setEditable(true);
    for (const QString &address : {m_system.ownerEmail, task.ownerEmail, m_system.deputyEmail}) {
        if (!address.isEmpty() && m_to->findText(address, Qt::MatchFixedString) < 0) {
            m_to->addItem(address);
        }
    }
    m_to->addItem(tr("printed"));
    m_to->setToolTip(tr("Where the task went: the owner's address, the deputy's, or \"printed\" for a task sheet "
                        "handed over."));
    form->addRow(tr("&To:"), m_to);
    m_cc = ui::makeLabel(QStringLiteral("sendCc"), this);
    m_cc->setText(m_system.deputyEmail.isEmpty() ? tr("No deputy in the catalogue")
                                                 : tr("%1 <%2>").arg(m_system.deputyName, m_system.deputyEmail));
    form->addRow(tr("Copy:"), m_cc);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("sendLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    m_date = new QDateEdit(session.today(), this);
    m_date->setObjectName(QStringLiteral("sentOn"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(session.today());
    if (task.plannedOn.isValid() && task.plannedOn <= session.today()) {
        m_date->setMinimumDate(task.plannedOn);
    }
    form->addRow(tr("Sent &on:"), m_date);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("sendSubject"));
    form->addRow(tr("&Subject:"), m_subject);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("sendBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(220);
    form->addRow(tr("&Message:"), m_body);

    m_error = ui::makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(this);
    m_mail = buttons->addButton(tr("Open in e-mail program"), QDialogButtonBox::ActionRole);
    m_mail->setObjectName(QStringLiteral("openMail"));
    m_sheet = buttons->addButton(tr("Task sheet (PDF)…"), QDialogButtonBox::ActionRole);
    m_sheet->setObjectName(QStringLiteral("saveSheet"));
    m_sheet->setToolTip(tr("The same content as one A4 page, to print and hand to an owner who works from paper; the "
                           "task is then recorded as sent \"printed\"."));
    connect(m_sheet, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the task sheet"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QString(m_task.token()).replace(u'/', u'-') + QStringLiteral(".pdf")),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty()) {
            saveSheet(path);
        }
    });
    QPushButton *recordButton =
        buttons->addButton(reminder ? tr("Record the reminder") : tr("Record as sent"), QDialogButtonBox::AcceptRole);
    recordButton->setObjectName(QStringLiteral("recordSent"));
    buttons->addButton(QDialogButtonBox::Cancel);
    // Enter opens the mail program; recording the task as sent is a click of its own, once it went.
    recordButton->setAutoDefault(false);
    m_mail->setDefault(true);
    if (QStandardPaths::findExecutable(QStringLiteral("xdg-email")).isEmpty()) {
        m_mail->setDefault(false);
        m_mail->setToolTip(tr("xdg-email is not installed: copy the message into your e-mail program."));
    }
    connect(m_mail, &QPushButton::clicked, this, &TaskSendDialog::openMail);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskSendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(680, 600);

    connect(m_language, &QComboBox::currentIndexChanged, this, &TaskSendDialog::compose);
    compose();
}

void TaskSendDialog::compose()
{
    // Written in the owner's language, whatever the interface's.
    const QString language = m_language->currentData().toString();
    auto message = TaskMessages::message(m_task, m_record, m_system, m_session.organisation(), language);
    m_composed = message.ok();
    m_mail->setEnabled(m_composed && !QStandardPaths::findExecutable(QStringLiteral("xdg-email")).isEmpty());
    m_sheet->setEnabled(m_composed);
    if (!message) {
        m_subject->clear();
        m_body->clear();
        m_error->setText(tr("The message cannot be written: %1").arg(message.errorMessage()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_message = *message;
    m_subject->setText(message->subject);
    m_subject->setCursorPosition(0); // the token first: it is what the owner's answer must keep
    m_body->setPlainText(message->body);
    m_cc->setText(message->cc.isEmpty() ? tr("No deputy in the catalogue") : message->cc);
}

QString TaskSendDialog::subject() const
{
    return m_subject->text();
}

QString TaskSendDialog::body() const
{
    return m_body->toPlainText();
}

QString TaskSendDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool TaskSendDialog::openMail()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    const QString to = m_to->currentText().trimmed();
    if (!m_composed || program.isEmpty() || !to.contains(u'@')) {
        m_error->setText(tr("Choose an e-mail address to send the task to."));
        m_error->show();
        return false;
    }
    QStringList arguments{QStringLiteral("--subject"), subject(), QStringLiteral("--body"), body()};
    if (!m_message.cc.isEmpty() && m_message.cc.compare(to, Qt::CaseInsensitive) != 0) {
        arguments << QStringLiteral("--cc") << m_message.cc;
    }
    arguments << to;
    if (!QProcess::startDetached(program, arguments)) {
        m_error->setText(tr("Your e-mail program could not be opened: copy the message into it."));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

bool TaskSendDialog::saveSheet(const QString &path)
{
    auto sheet =
        TaskMessages::sheet(m_task, m_record, m_system, m_session.organisation(), m_language->currentData().toString());
    if (!sheet) {
        m_error->setText(sheet.errorMessage());
        m_error->show();
        return false;
    }
    if (auto written = FileWriter::writeAtomically(path, *sheet); !written) {
        m_error->setText(written.errorMessage());
        m_error->show();
        return false;
    }
    m_error->hide();
    // Handed over on paper: that is where the task goes.
    m_to->setCurrentText(tr("printed"));
    return true;
}

void TaskSendDialog::accept()
{
    auto sent = m_session.markTaskSent(m_task.id, m_to->currentText().trimmed(), m_date->date());
    if (!sent) {
        m_error->setText(sent.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace dpodesk
