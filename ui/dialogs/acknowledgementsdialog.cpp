// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "acknowledgementsdialog.h"

#include "common/filewriter.h"
#include "lettersout.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpodesk {

namespace {

bool electronic(const CaseRecord &c)
{
    return c.channel == Channel::Email || c.channel == Channel::WebForm;
}

QString addressOf(const CaseRecord &c)
{
    return (c.requester ? c.requester->person : c.subject).email.trimmed();
}

} // namespace

AcknowledgementsDialog::AcknowledgementsDialog(RegisterSession &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("acknowledgementsDialog"));
    setWindowTitle(tr("Acknowledge the new requests"));
    m_summary = ui::makeLabel(QStringLiteral("acknowledgementsSummary"), this);
    auto *how = ui::makeLabel(QStringLiteral("acknowledgementsHow"), this);
    how->setText(tr("Each acknowledgement is dated today, in the language of the request. Print them, save them as one "
                    "PDF or open them as e-mails; then record as sent those that really left: each is kept with its "
                    "case, which moves to \"in progress\". Nothing is recorded before."));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("acknowledgements"));
    m_table->setHorizontalHeaderLabels(
        {tr("Send"), tr("Reference"), tr("Person"), tr("Received by"), tr("Language"), tr("What happens")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = ChosenColumn; c < OutcomeColumn; ++c) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == ChosenColumn) {
            updateButtons();
        }
    });

    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAcknowledgements"));
    m_save = new QPushButton(tr("&Save as one PDF…"), this);
    m_save->setObjectName(QStringLiteral("saveAcknowledgements"));
    m_mail = new QPushButton(tr("Open as &e-mails"), this);
    m_mail->setObjectName(QStringLiteral("mailAcknowledgements"));
    m_mail->setToolTip(LettersOut::canMail() ? tr("For the requests received by e-mail or web form, with an address.")
                                             : tr("xdg-email is not installed."));
    m_record = new QPushButton(tr("&Record as sent…"), this);
    m_record->setObjectName(QStringLiteral("recordAcknowledgements"));
    m_record->setToolTip(tr("Only the letters printed, saved or opened as e-mails here can be recorded."));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &AcknowledgementsDialog::print);
    connect(m_save, &QPushButton::clicked, this, &AcknowledgementsDialog::saveAs);
    connect(m_mail, &QPushButton::clicked, this, [this] { openMails(); });
    connect(m_record, &QPushButton::clicked, this, [this] { recordSent(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addWidget(m_mail);
    buttons->addStretch(1);
    buttons->addWidget(m_record);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(how);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(980, 560);
    updateButtons();
}

bool AcknowledgementsDialog::prepare()
{
    QProgressDialog progress(tr("Writing the acknowledgements…"), tr("Stop"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    auto batch = m_session.prepareAcknowledgements([&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!batch) {
        Prompter::critical(this, tr("Acknowledgements"), batch.errorMessage());
        return false;
    }
    m_batch = std::move(batch).value();
    fill();
    return true;
}

QString AcknowledgementsDialog::summary() const
{
    return m_summary->text();
}

void AcknowledgementsDialog::fill()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_states.clear();
    const int total = int(m_batch.letters.size());
    const int ready = m_batch.readyCount();
    if (total == 0) {
        m_summary->setText(tr("There is no new request to acknowledge."));
    } else {
        m_summary->setText(tr("%n new request(s): ", nullptr, total) +
                           tr("%n acknowledgement(s) ready, ", nullptr, ready) +
                           tr("%n left out (the reason is given for each).", nullptr, total - ready));
    }
    for (const PreparedLetter &letter : m_batch.letters) {
        const CaseRecord &c = letter.input.record;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *chosen = new QTableWidgetItem;
        if (letter.ready()) {
            chosen->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            chosen->setCheckState(Qt::Checked);
        } else {
            chosen->setFlags(Qt::NoItemFlags);
        }
        m_table->setItem(row, ChosenColumn, chosen);
        m_table->setItem(row, ReferenceColumn, new QTableWidgetItem(c.reference));
        m_table->setItem(row, PersonColumn, new QTableWidgetItem(c.subject.displayName()));
        const QString address = addressOf(c);
        m_table->setItem(row, ChannelColumn,
                         new QTableWidgetItem(electronic(c) && !address.isEmpty()
                                                  ? QStringLiteral("%1 (%2)").arg(label(c.channel), address)
                                                  : label(c.channel)));
        m_table->setItem(row, LanguageColumn, new QTableWidgetItem(letter.input.language));
        m_table->setItem(row, OutcomeColumn, new QTableWidgetItem);
        m_states << State::Ready;
        if (letter.ready()) {
            setOutcome(row, State::Ready,
                       letter.warnings.isEmpty() ? tr("Ready")
                                                 : tr("Ready — %1").arg(letter.warnings.join(QLatin1Char(' '))));
        } else {
            setOutcome(row, State::LeftOut, tr("No letter: %1").arg(letter.leftOut));
        }
    }
    updateButtons();
}

void AcknowledgementsDialog::setOutcome(int row, State state, const QString &text)
{
    m_states[row] = state;
    QTableWidgetItem *item = m_table->item(row, OutcomeColumn);
    item->setText(text);
    item->setToolTip(text);
    if (state == State::Recorded || state == State::LeftOut) {
        QTableWidgetItem *chosen = m_table->item(row, ChosenColumn);
        const QSignalBlocker blocker(m_table);
        chosen->setFlags(Qt::NoItemFlags);
    }
}

QString AcknowledgementsDialog::outcomeOf(int row) const
{
    return m_table->item(row, OutcomeColumn)->text();
}

void AcknowledgementsDialog::setChosen(int row, bool chosen)
{
    m_table->item(row, ChosenColumn)->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
}

QList<int> AcknowledgementsDialog::chosenRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const State state = m_states.at(row);
        if ((state == State::Ready || state == State::HandedOver || state == State::Refused) &&
            m_table->item(row, ChosenColumn)->checkState() == Qt::Checked && m_batch.letters.at(row).ready()) {
            rows << row;
        }
    }
    return rows;
}

void AcknowledgementsDialog::updateButtons()
{
    const QList<int> rows = chosenRows();
    m_print->setEnabled(!rows.isEmpty());
    m_save->setEnabled(!rows.isEmpty());
    bool anyMail = false;
    bool anyHandedOver = false;
    for (int row : rows) {
        anyMail = anyMail || (electronic(m_batch.letters.at(row).input.record) &&
                              !addressOf(m_batch.letters.at(row).input.record).isEmpty());
        anyHandedOver = anyHandedOver || m_states.at(row) == State::HandedOver;
    }
    m_mail->setEnabled(anyMail && LettersOut::canMail());
    m_record->setEnabled(anyHandedOver);
}

Result<QByteArray> AcknowledgementsDialog::chosenLetters() const
{
    QList<LetterInput> inputs;
    for (int row : chosenRows()) {
        inputs << m_batch.letters.at(row).input;
    }
    if (inputs.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("No letter is ticked."));
    }
    return m_session.service().renderLetters(inputs);
}

bool AcknowledgementsDialog::saveTo(const QString &path)
{
    const QList<int> rows = chosenRows();
    auto pdf = chosenLetters();
    if (!pdf) {
        Prompter::critical(this, tr("The letters were not saved"), pdf.errorMessage());
        return false;
    }
    if (auto written = FileWriter::writeAtomically(path, *pdf); !written) {
        Prompter::critical(this, tr("The letters were not saved"), written.errorMessage());
        return false;
    }
    for (int row : rows) {
        setOutcome(row, State::HandedOver, tr("Saved in %1").arg(QDir::toNativeSeparators(path)));
    }
    updateButtons();
    return true;
}

void AcknowledgementsDialog::saveAs()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Acknowledgements %1.pdf").arg(m_session.today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the letters"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

bool AcknowledgementsDialog::printTo(QPrinter &printer)
{
    const QList<int> rows = chosenRows();
    auto pdf = chosenLetters();
    if (!pdf) {
        Prompter::critical(this, tr("The letters were not printed"), pdf.errorMessage());
        return false;
    }
    QByteArray bytes = std::move(pdf).value();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (auto printed = LettersOut::print(document, printer, tr("Acknowledgements")); !printed) {
        Prompter::critical(this, tr("The letters were not printed"), printed.errorMessage());
        return false;
    }
    for (int row : rows) {
        setOutcome(row, State::HandedOver, tr("Printed"));
    }
    updateButtons();
    return true;
}

void AcknowledgementsDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        printTo(printer);
    }
}

int AcknowledgementsDialog::openMails()
{
    int opened = 0;
    QStringList problems;
    for (int row : chosenRows()) {
        const PreparedLetter &letter = m_batch.letters.at(row);
        const CaseRecord &c = letter.input.record;
        if (!electronic(c) || addressOf(c).isEmpty()) {
            continue;
        }
        const QString subject = (letter.input.language == QLatin1String("en") ? QStringLiteral("Your request %1")
                                                                              : QStringLiteral("Votre demande %1"))
                                    .arg(c.reference);
        if (auto mailed = LettersOut::mail(addressOf(c), subject, Letters::fileName(letter.input), letter.pdf);
            !mailed) {
            problems << QStringLiteral("%1: %2").arg(c.reference, mailed.errorMessage());
            continue;
        }
        setOutcome(row, State::HandedOver, tr("E-mail opened, to %1").arg(addressOf(c)));
        ++opened;
    }
    if (!problems.isEmpty()) {
        Prompter::warning(this, tr("Acknowledgements"), problems.join(u'\n'));
    }
    updateButtons();
    return opened;
}

int AcknowledgementsDialog::recordSent()
{
    QList<int> rows;
    for (int row : chosenRows()) {
        if (m_states.at(row) == State::HandedOver) {
            rows << row;
        }
    }
    if (rows.isEmpty()) {
        return 0;
    }
    if (!Prompter::confirm(this, tr("Record as sent"),
                           tr("Record %n acknowledgement(s) as sent on %1? Record only the letters that really left: "
                              "printed and posted, or sent from your e-mail program.",
                              nullptr, int(rows.size()))
                               .arg(QLocale().toString(m_session.today(), QLocale::LongFormat)),
                           tr("Record as sent"))) {
        return 0;
    }
    int recorded = 0;
    for (int row : rows) {
        const PreparedLetter &letter = m_batch.letters.at(row);
        auto sent = m_session.recordLetter(letter.input, letter.pdf);
        if (sent) {
            setOutcome(row, State::Recorded, tr("Recorded as sent; kept with the case"));
            ++recorded;
        } else {
            setOutcome(row, State::Refused, tr("Not recorded: %1").arg(sent.errorMessage()));
        }
    }
    updateButtons();
    return recorded;
}

} // namespace dpodesk
