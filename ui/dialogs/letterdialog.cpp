// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letterdialog.h"

#include "dialogs/templateeditordialog.h"
#include "lettersout.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include "common/filewriter.h"
#include "register/letteroutbox.h"
#include "storage/stores.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

namespace dpodesk {

LetterDialog::LetterDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : QDialog(parent), m_session(session), m_record(record)
{
    setObjectName(QStringLiteral("letterDialog"));
    setWindowTitle(tr("Letter for %1").arg(record.reference));

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("letterKind"));
    const LetterKind suggested = LetterKinds::suggested(record);
    for (LetterKind k : LetterKinds::all()) {
        const QString label = LetterKinds::label(k);
        m_kind->addItem(k == suggested ? tr("%1 (suggested)").arg(label) : label, LetterKinds::name(k));
    }
    m_kind->setCurrentIndex(m_kind->findData(LetterKinds::name(suggested)));
    form->addRow(tr("&Letter:"), m_kind);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("letterLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(record.language)));
    m_language->setToolTip(tr("By default, the language of the request."));
    form->addRow(tr("Lan&guage:"), m_language);

    m_date = new QDateEdit(session.today(), this);
    m_date->setObjectName(QStringLiteral("letterDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(record.receivedOn.isValid() ? record.receivedOn : QDate(2000, 1, 1));
    m_date->setMaximumDate(session.today().addDays(30));
    form->addRow(tr("&Date:"), m_date);

    m_prompt = ui::makeLabel(QStringLiteral("letterPrompt"), this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("letterText"));
    m_text->setTabChangesFocus(true);
    // GDPR art. 12(5)(a): the fee asked for a manifestly unfounded or excessive request, stated in the letter.
    m_feeLabel = new QLabel(tr("&Fee asked (art. 12(5)(a)), if any:"), this);
    m_fee = new QLineEdit(this);
    m_fee->setObjectName(QStringLiteral("letterFee"));
    m_fee->setPlaceholderText(tr("e.g. 25 €; empty: the request is refused, no fee is offered"));
    m_feeLabel->setBuddy(m_fee);
    // GDPR art. 19: the notification goes to one recipient of the case, at the address recorded with it.
    m_recipientLabel = new QLabel(tr("&Recipient notified:"), this);
    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("letterRecipient"));
    for (const Recipient &r : record.recipients) {
        m_recipient->addItem(
            r.notifiedOn.isValid()
                ? tr("%1 (notified on %2)").arg(r.name, QLocale().toString(r.notifiedOn, QLocale::ShortFormat))
                : r.name,
            r.name);
    }
    m_recipientLabel->setBuddy(m_recipient);
    // LIL art. 85: the answer to an heir depends on whether the deceased left directives; no default.
    m_directivesLabel = new QLabel(tr("&Directives of the deceased:"), this);
    m_directives = new QComboBox(this);
    m_directives->setObjectName(QStringLiteral("letterDirectives"));
    m_directives->addItem(tr("— say whether the deceased left directives —"), QString());
    m_directives->addItem(tr("none known to us: heirs only for the estate and taking the death into account"),
                          QStringLiteral("none"));
    m_directives->addItem(tr("particular directives given to us"), QStringLiteral("particular"));
    m_directives->addItem(tr("general directives registered with a trusted third party"), QStringLiteral("general"));
    m_directivesLabel->setBuddy(m_directives);
    m_effect = ui::makeLabel(QStringLiteral("letterEffect"), this);
    m_problem = ui::makeErrorLabel(this);
    m_problem->setObjectName(QStringLiteral("letterProblem"));

    auto *editTemplate = new QPushButton(tr("Edit the &template…"), this);
    editTemplate->setObjectName(QStringLiteral("editTemplate"));
    editTemplate->setToolTip(tr("Change the organisation's copy of this letter, for every case."));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_prompt);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addWidget(m_feeLabel);
    leftLayout->addWidget(m_fee);
    leftLayout->addWidget(m_recipientLabel);
    leftLayout->addWidget(m_recipient);
    leftLayout->addWidget(m_directivesLabel);
    leftLayout->addWidget(m_directives);
    leftLayout->addWidget(m_effect);
    leftLayout->addWidget(m_problem);
    leftLayout->addWidget(editTemplate, 0, Qt::AlignLeft);

    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("letterPreview"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumWidth(420);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printLetter"));
    m_save = new QPushButton(tr("&Save as PDF…"), this);
    m_save->setObjectName(QStringLiteral("saveLetter"));
    m_recordButton = new QPushButton(tr("&Record as sent"), this);
    m_recordButton->setObjectName(QStringLiteral("recordLetter"));
    m_recordButton->setToolTip(tr("Keeps the PDF with the case and applies the letter's effect."));
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_recordButton);
    buttons->addWidget(close);

    auto *root = new QVBoxLayout(this);
    root->addWidget(splitter, 1);
    root->addLayout(buttons);

    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(300);
    connect(m_renderTimer, &QTimer::timeout, this, &LetterDialog::render);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterDialog::kindChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterDialog::scheduleRender);
    connect(m_date, &QDateEdit::dateChanged, this, &LetterDialog::scheduleRender);
    connect(m_text, &QPlainTextEdit::textChanged, this, &LetterDialog::scheduleRender);
    connect(m_fee, &QLineEdit::textChanged, this, &LetterDialog::scheduleRender);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &LetterDialog::scheduleRender);
    connect(m_directives, &QComboBox::currentIndexChanged, this, &LetterDialog::scheduleRender);
    connect(editTemplate, &QPushButton::clicked, this, &LetterDialog::editTemplate);
    connect(m_print, &QPushButton::clicked, this, &LetterDialog::print);
    connect(m_save, &QPushButton::clicked, this, &LetterDialog::saveAs);
    connect(m_recordButton, &QPushButton::clicked, this, [this] {
        if (recordAsSent()) {
            accept();
        }
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(1200, 820);
    kindChanged();
}

LetterDialog::~LetterDialog()
{
    m_document->close();
}

void LetterDialog::setKind(LetterKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(LetterKinds::name(kind)));
}

LetterKind LetterDialog::kind() const
{
    return LetterKinds::fromName(m_kind->currentData().toString()).value_or(LetterKind::Acknowledgement);
}

void LetterDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(m_language->findData(language));
}

void LetterDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString LetterDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

LetterInput LetterDialog::input() const
{
    LetterInput input{m_record,       m_session.organisation(),        kind(), m_language->currentData().toString(),
                      m_date->date(), m_text->toPlainText().trimmed(), {}};
    if (kind() == LetterKind::ManifestlyUnfounded) {
        input.fee = m_fee->text().trimmed();
    }
    if (kind() == LetterKind::RecipientNotification) {
        input.recipient = m_recipient->currentData().toString();
    }
    if (kind() == LetterKind::PostMortemAnswer) {
        input.directives = m_directives->currentData().toString();
    }
    return input;
}

void LetterDialog::kindChanged()
{
    const LetterKind k = kind();
    m_feeLabel->setVisible(k == LetterKind::ManifestlyUnfounded);
    m_fee->setVisible(k == LetterKind::ManifestlyUnfounded);
    m_recipientLabel->setVisible(k == LetterKind::RecipientNotification);
    m_recipient->setVisible(k == LetterKind::RecipientNotification);
    m_directivesLabel->setVisible(k == LetterKind::PostMortemAnswer);
    m_directives->setVisible(k == LetterKind::PostMortemAnswer);
    m_prompt->setText(LetterKinds::requiresText(k) ? tr("Your text (required): %1").arg(LetterKinds::textPrompt(k))
                                                   : tr("Your text: %1").arg(LetterKinds::textPrompt(k)));
    render();
}

void LetterDialog::scheduleRender()
{
    m_renderTimer->start();
}

void LetterDialog::render()
{
    m_renderTimer->stop();
    if (!m_session.isOpen()) {
        m_pdf.clear();
        m_problem->setText(tr("The register was closed."));
        m_problem->show();
        m_save->setEnabled(false);
        m_print->setEnabled(false);
        m_recordButton->setEnabled(false);
        return;
    }
    const LetterInput in = input();
    // Refused when the case forbids what the letter says (LetterKinds::check: the words the command line uses too),
    // or when the letter misses the text the law requires: then there is nothing to preview, save, print or record.
    auto pdf = m_session.service().renderLetter(in);
    QString problem;
    if (pdf) {
        m_pdf = *pdf;
    } else {
        m_pdf.clear();
        problem = pdf.errorMessage();
    }
    // What recording would do, or why it cannot be recorded yet: the letter is true, so it can still be printed or
    // saved (an answer while another right is still pending, for one).
    QString effect = LetterKinds::effectDescription(in.kind, in.organisation.clarificationStopsClock());
    bool recordable = pdf.ok();
    if (pdf) {
        QStringList warnings;
        auto changed = m_session.service().letterEffect(in, &warnings);
        if (!changed) {
            problem = tr("It cannot be recorded as sent yet: %1").arg(changed.errorMessage());
            recordable = false;
        } else if (!warnings.isEmpty()) {
            effect += u'\n' + warnings.join(u'\n');
        }
    }
    m_effect->setText(tr("Recording it as sent: %1").arg(effect));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(pdf.ok());
    m_print->setEnabled(pdf.ok());
    m_recordButton->setEnabled(recordable);

    // The preview shows the very bytes that are saved, printed and kept.
    m_document->close();
    m_buffer.close();
    m_buffer.setData(m_pdf);
    if (!m_pdf.isEmpty() && m_buffer.open(QIODevice::ReadOnly)) {
        m_document->load(&m_buffer);
    }
}

QByteArray LetterDialog::currentPdf()
{
    if (m_renderTimer->isActive()) {
        render();
    }
    return m_pdf;
}

bool LetterDialog::saveTo(const QString &path)
{
    const QByteArray pdf = currentPdf();
    if (pdf.isEmpty()) {
        return false;
    }
    if (auto written = FileWriter::writeAtomically(path, pdf); !written) {
        Prompter::critical(this, tr("The letter was not saved"), written.errorMessage());
        return false;
    }
    return true;
}

void LetterDialog::saveAs()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(Letters::fileName(input()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the letter"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

bool LetterDialog::printTo(QPrinter &printer)
{
    if (currentPdf().isEmpty()) {
        return false;
    }
    if (auto printed = LettersOut::print(*m_document, printer, Letters::fileName(input())); !printed) {
        Prompter::critical(this, tr("The letter was not printed"), printed.errorMessage());
        return false;
    }
    return true;
}

void LetterDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        printTo(printer);
    }
}

bool LetterDialog::recordAsSent()
{
    const QByteArray pdf = currentPdf();
    if (pdf.isEmpty() || !m_record.id) {
        return false;
    }
    const LetterInput in = input();
    if (!Prompter::confirm(this, tr("Record the letter as sent"),
                           tr("Record \"%1\" as sent on %2 for %3?\n\n%4")
                               .arg(m_kind->currentText(), ui::longDate(in.date), m_record.reference,
                                    LetterKinds::effectDescription(in.kind, in.organisation.clarificationStopsClock())),
                           tr("Record as sent"))) {
        return false;
    }
    auto sent = m_session.recordLetter(in, pdf);
    if (!sent) {
        Prompter::critical(this, tr("The letter was not recorded"), sent.errorMessage());
        // Changed elsewhere meanwhile: the letter is prepared again from the case as it is now, your text kept.
        if (sent.error().code == Error::Code::Conflict && m_session.isOpen()) {
            if (auto fresh = m_session.service().findCase(m_record.id)) {
                m_record = *fresh;
                render();
            }
        }
        return false;
    }
    m_record = sent->record;
    if (!sent->warnings.isEmpty()) {
        Prompter::warning(this, tr("Recorded, with a warning"), sent->warnings.join(u'\n'));
    }
    // Answer electronically when the request came electronically (GDPR art. 12(3)): by e-mail or a web form.
    if (m_record.channel == Channel::Email || m_record.channel == Channel::WebForm) {
        offerMail(sent->attachment.displayName, pdf);
    }
    return true;
}

void LetterDialog::offerMail(const QString &fileName, const QByteArray &pdf)
{
    const Person &addressee = m_record.requester ? m_record.requester->person : m_record.subject;
    const QString address = addressee.email.trimmed();
    if (address.isEmpty() || !LettersOut::canMail() ||
        !Prompter::confirm(this, tr("Send by e-mail"),
                           tr("The request came by e-mail. Open your e-mail program with the letter attached, "
                              "addressed to %1?")
                               .arg(address),
                           tr("Open e-mail"))) {
        return;
    }
    // In the letter's language, like the letter.
    const QString subject =
        (m_language->currentData().toString() == QLatin1String("en") ? QStringLiteral("Your request %1")
                                                                     : QStringLiteral("Votre demande %1"))
            .arg(m_record.reference);
    if (auto opened = LettersOut::mail(address, subject, fileName, pdf); !opened) {
        Prompter::warning(this, tr("Send by e-mail"), opened.errorMessage());
    }
}

void LetterDialog::editTemplate()
{
    TemplateEditorDialog editor(m_session, LetterKinds::name(kind()), m_language->currentData().toString(), this);
    editor.exec();
    render();
}

} // namespace dpodesk
