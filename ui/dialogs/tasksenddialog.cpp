#include "dialogs/tasksenddialog.h"

#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    QPushButton *recordButton =
        buttons->addButton(reminder ? tr("Record the reminder") : tr("Record as sent"), QDialogButtonBox::AcceptRole);
    recordButton->setObjectName(QStringLiteral("recordSent"));
    buttons->addButton(QDialogButtonBox::Cancel);
    // Enter opens the mail program; recording the task as sent is a click of its own, once it went.
    recordButton->setAutoDefault(false);
    m_mail->setDefault(true);
    if (QStandardPaths::findExecutable(QStringLiteral("xdg-email")).isEmpty()) {
        m_mail->setEnabled(false);
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
    const QString lang = m_language->currentData().toString();
    const bool en = lang == QLatin1String("en");
    const QLocale locale(en ? QLocale::English : QLocale::French);
    const QString action = labelIn(m_task.action, lang);
    m_subject->setText(QStringLiteral("[%1] %2 — %3").arg(m_task.token(), action, m_task.systemName));
    QStringList lines;
    lines << (en ? QStringLiteral("Hello,") : QStringLiteral("Bonjour,")) << QString();
    lines << (en ? QStringLiteral("For a data protection request (%1), please do the following in %2: %3.")
                 : QStringLiteral("Pour une demande d'exercice de droits (%1), merci de faire dans %2 : %3."))
                 .arg(m_task.token(), m_task.systemName, action.toLower());
    lines << QString()
          << (en ? QStringLiteral("The person, as your system knows them:")
                 : QStringLiteral("La personne, telle que votre système la connaît :"));
    const auto values = identifierValues(m_record, m_system.identifiers);
    for (const auto &[identifier, value] : values) {
        lines << QStringLiteral("- %1 : %2").arg(labelIn(identifier, lang), value);
    }
    if (values.isEmpty()) {
        lines << (en ? QStringLiteral("- (none of the identifiers your system is searched by: call me)")
                     : QStringLiteral("- (aucun des identifiants de votre système : appelez-moi)"));
    }
    const QString instructions = m_system.instructions(lang);
    if (!instructions.isEmpty()) {
        lines << QString() << instructions;
    }
    lines << QString()
          << (en ? QStringLiteral("Please answer by %1 (found, not found, done, or why it cannot be done), keeping "
                                  "%2 in the subject.")
                 : QStringLiteral("Merci de répondre au plus tard le %1 (trouvé, non trouvé, fait, ou pourquoi "
                                  "c'est impossible), en gardant %2 dans l'objet."))
                 .arg(locale.toString(m_task.dueOn, QStringLiteral("dddd d MMMM yyyy")), m_task.token());
    const OrganisationProfile &org = m_session.organisation();
    lines << QString() << org.dpoName << org.dpoEmail;
    m_body->setPlainText(lines.join(u'\n').trimmed());
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
    if (program.isEmpty() || !to.contains(u'@')) {
        m_error->setText(tr("Choose an e-mail address to send the task to."));
        m_error->show();
        return false;
    }
    QStringList arguments{QStringLiteral("--subject"), subject(), QStringLiteral("--body"), body()};
    if (!m_system.deputyEmail.isEmpty() && m_system.deputyEmail.compare(to, Qt::CaseInsensitive) != 0) {
        arguments << QStringLiteral("--cc") << m_system.deputyEmail;
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
