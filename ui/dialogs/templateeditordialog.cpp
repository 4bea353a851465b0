// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templateeditordialog.h"

#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include "deadline/deadlinecalculator.h"
#include "letters/letter.h"
#include "storage/stores.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace dpodesk {

namespace {

/// The case the preview is drawn with: every placeholder has a value.
CaseRecord sampleCase(QDate today)
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0042");
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.subject.postalAddress = QStringLiteral("12 rue de la République\n69002 Lyon");
    c.receivedOn = today.addDays(-10);
    c.rights = {RightRequest{Right::Access, {}, Outcome::Granted, RefusalGround::None, {}, {}},
                RightRequest{Right::Erasure,
                             {},
                             Outcome::Refused,
                             RefusalGround::LegalObligation,
                             QStringLiteral("Invoices are kept for ten years (Code de commerce L123-22)."),
                             {}}};
    c.extension = Extension{today, ExtensionReason::Complexity, QStringLiteral("Data in four systems."), {}};
    c.recipients = {Recipient{QStringLiteral("Routage Express SAS"), today}};
    c.recomputeDeadlines(DeadlineCalculator());
    return c;
}

/// The activities of the record the preview states in the access answer (a fictional record, in the letter's
/// language like the sample case's own texts): one we control, one held jointly with a transfer and an automated
/// decision, and one we process for another controller, which the letter leaves out.
QList<ProcessingActivity> sampleActivities(const QString &language)
{
    const bool en = language == QLatin1String("en");
    ProcessingActivity customers;
    customers.name = en ? QStringLiteral("Customer accounts") : QStringLiteral("Gestion des comptes clients");
    customers.purposes = {en ? QStringLiteral("Managing orders and deliveries")
                             : QStringLiteral("Gestion des commandes et des livraisons")};
    customers.legalBasis = {en ? QStringLiteral("Contract (GDPR Article 6(1)(b))")
                               : QStringLiteral("Contrat (article 6, paragraphe 1, point b, du RGPD)")};
    customers.dataSubjects = {en ? QStringLiteral("Customers") : QStringLiteral("Clients")};
    customers.dataCategories = {en ? QStringLiteral("Identity") : QStringLiteral("Identité"),
                                en ? QStringLiteral("Contact details") : QStringLiteral("Coordonnées"),
                                en ? QStringLiteral("Orders") : QStringLiteral("Commandes")};
    customers.recipients = {QStringLiteral("Routage Express SAS"), QStringLiteral("Hébergement Cloud SA")};
    customers.retention = en ? QStringLiteral("Three years after the last order")
                             : QStringLiteral("Trois ans après la dernière commande");
    customers.systems = {QStringLiteral("CRM")};
    ProcessingActivity loyalty;
    loyalty.name = en ? QStringLiteral("Loyalty programme") : QStringLiteral("Programme de fidélité");
    loyalty.role = ProcessingRole::JointController;
    loyalty.controller = QStringLiteral("Partenaires Fidélité SAS");
    loyalty.purposes = {en ? QStringLiteral("Points and personalised offers")
                           : QStringLiteral("Points et offres personnalisées")};
    loyalty.legalBasis = {en ? QStringLiteral("Consent (GDPR Article 6(1)(a))")
                             : QStringLiteral("Consentement (article 6, paragraphe 1, point a, du RGPD)")};
    loyalty.dataSubjects = customers.dataSubjects;
    loyalty.dataCategories = {en ? QStringLiteral("Purchase history") : QStringLiteral("Historique d'achats")};
    loyalty.recipients = {QStringLiteral("Partenaires Fidélité SAS")};
    loyalty.transfers = {en ? QStringLiteral("United States (Mailer Inc.): standard contractual clauses")
                            : QStringLiteral("États-Unis (Mailer Inc.) : clauses contractuelles types")};
    loyalty.retention =
        en ? QStringLiteral("Until consent is withdrawn") : QStringLiteral("Jusqu'au retrait du consentement");
    loyalty.source = en ? QStringLiteral("Partner shops") : QStringLiteral("Magasins partenaires");
    loyalty.automatedDecision =
        en ? QStringLiteral("The offer level is computed from the purchases of the last year.")
           : QStringLiteral("Le niveau d'offre est calculé d'après les achats de l'année écoulée.");
    ProcessingActivity payroll;
    payroll.name = en ? QStringLiteral("Payroll for a client") : QStringLiteral("Paie pour un client");
    payroll.role = ProcessingRole::Processor;
    payroll.controller = QStringLiteral("Client Industrie SA");
    payroll.purposes = {en ? QStringLiteral("Payslips") : QStringLiteral("Bulletins de paie")};
    payroll.dataSubjects = {en ? QStringLiteral("Employees") : QStringLiteral("Salariés")};
    payroll.dataCategories = {en ? QStringLiteral("Salary") : QStringLiteral("Salaire")};
    return {customers, loyalty, payroll};
}

} // namespace

TemplateEditorDialog::TemplateEditorDialog(RegisterSession &session, const QString &kind, const QString &language,
                                           QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Letter templates"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    for (LetterKind k : LetterKinds::all()) {
        m_kind->addItem(LetterKinds::label(k), LetterKinds::name(k));
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_origin = ui::makeLabel(QStringLiteral("templateOrigin"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Letter:"), this));
    top->addWidget(m_kind, 1);
    top->addWidget(new QLabel(tr("Language:"), this));
    top->addWidget(m_language);
    top->addWidget(m_origin, 1);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("templateText"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_placeholders = new QListWidget(this);
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholders"));
    m_placeholders->setToolTip(tr("Double-click to insert at the cursor. {{#name}} … {{/name}} keeps a passage only "
                                  "when name has a value."));
    for (const QString &name : Letters::knownPlaceholders()) {
        m_placeholders->addItem(QStringLiteral("{{%1}}").arg(name));
    }
    auto *placeholderBox = new QWidget(this);
    auto *placeholderLayout = new QVBoxLayout(placeholderBox);
    placeholderLayout->setContentsMargins(0, 0, 0, 0);
    placeholderLayout->addWidget(new QLabel(tr("Placeholders (double-click to insert):"), this));
    placeholderLayout->addWidget(m_placeholders, 1);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(placeholderBox);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);

    m_problem = ui::makeErrorLabel(this);
    m_problem->setObjectName(QStringLiteral("templateProblem"));

    m_save = new QPushButton(tr("&Save for the organisation"), this);
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    m_reset = new QPushButton(tr("&Reset to the default"), this);
    m_reset->setObjectName(QStringLiteral("resetTemplate"));
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);

    QLabel *hint = ui::makeLabel(QStringLiteral("templateHint"), this);
    hint->setText(tr("The letterhead, the reference block and the signature are added around this text. The first "
                     "line <!-- subject: … --> gives the letter's subject line."));
    auto *root = new QVBoxLayout(this);
    root->addLayout(top);
    root->addWidget(splitter, 1);
    root->addWidget(hint);
    root->addWidget(m_problem);
    root->addLayout(buttons);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &TemplateEditorDialog::check);
    connect(m_editor, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_editor->insertPlainText(item->text());
        m_editor->setFocus();
    });
    const auto switchTo = [this] {
        if (this->kind() == m_loadedKind && this->language() == m_loadedLanguage) {
            return;
        }
        if (!confirmDiscard()) {
            const QSignalBlocker blockKind(m_kind);
            const QSignalBlocker blockLanguage(m_language);
            m_kind->setCurrentIndex(m_kind->findData(m_loadedKind));
            m_language->setCurrentIndex(m_language->findData(m_loadedLanguage));
            return;
        }
        load();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, switchTo);
    connect(m_language, &QComboBox::currentIndexChanged, this, switchTo);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditorDialog::reset);
    connect(close, &QPushButton::clicked, this, &TemplateEditorDialog::reject);

    resize(1300, 780);
    {
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockLanguage(m_language);
        if (!kind.isEmpty()) {
            m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
        }
        if (!language.isEmpty()) {
            m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
        }
    }
    load();
}

TemplateEditorDialog::~TemplateEditorDialog() = default;

QString TemplateEditorDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString TemplateEditorDialog::language() const
{
    return m_language->currentData().toString();
}

void TemplateEditorDialog::select(const QString &kind, const QString &language)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_language->setCurrentIndex(m_language->findData(language));
}

void TemplateEditorDialog::setText(const QString &text)
{
    m_editor->setPlainText(text);
    check();
}

QString TemplateEditorDialog::text() const
{
    // toPlainText() would turn the non-breaking spaces of French typography into plain ones.
    QString raw = m_editor->document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n');
    raw.replace(QChar::LineSeparator, u'\n');
    return raw;
}

QString TemplateEditorDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString TemplateEditorDialog::previewHtml() const
{
    return m_preview->toHtml();
}

void TemplateEditorDialog::load()
{
    if (!m_session.isOpen()) {
        return;
    }
    auto text = m_session.service().letterTemplate(kind(), language());
    auto custom = m_session.service().hasCustomLetterTemplate(kind(), language());
    m_loadedKind = kind();
    m_loadedLanguage = language();
    {
        const QSignalBlocker block(m_editor);
        m_editor->setPlainText(text ? *text : QString());
    }
    m_loaded = this->text();
    const bool isCustom = custom && *custom;
    m_origin->setText(isCustom ? tr("Your organisation's copy") : tr("The shipped default"));
    m_reset->setEnabled(isCustom);
    check();
    if (!text) {
        m_problem->setText(text.errorMessage());
        m_problem->show();
    }
}

void TemplateEditorDialog::check()
{
    m_checkTimer->stop();
    if (!m_session.isOpen()) {
        return;
    }
    const QString current = text();
    QString problem;
    if (auto valid = Letters::validateTemplate(kind(), current); !valid) {
        problem = valid.errorMessage();
    } else {
        LetterInput sample{sampleCase(m_session.today()),
                           m_session.organisation(),
                           LetterKinds::fromName(kind()).value_or(LetterKind::Acknowledgement),
                           language(),
                           m_session.today(),
                           tr("(Your text for this letter.)"),
                           sampleActivities(language())};
        auto html = Letters::html(sample, current);
        if (html) {
            m_preview->setHtml(*html);
        } else {
            problem = html.errorMessage();
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty() && current != m_loaded);
}

bool TemplateEditorDialog::save()
{
    if (!m_session.isOpen()) {
        return false;
    }
    check();
    auto saved = m_session.ensureChecked();
    if (saved) {
        saved = m_session.saveLetterTemplate(kind(), language(), text());
    }
    if (!saved) {
        m_problem->setText(saved.errorMessage());
        m_problem->show();
        return false;
    }
    load();
    return true;
}

bool TemplateEditorDialog::reset()
{
    if (!m_session.isOpen()) {
        return false;
    }
    if (!Prompter::confirm(this, tr("Reset the template"),
                           tr("Replace your organisation's copy of \"%1\" (%2) with the shipped default?")
                               .arg(m_kind->currentText(), m_language->currentText()),
                           tr("Reset"))) {
        return false;
    }
    auto done = m_session.ensureChecked();
    if (done) {
        done = m_session.resetLetterTemplate(kind(), language());
    }
    if (!done) {
        m_problem->setText(done.errorMessage());
        m_problem->show();
        return false;
    }
    load();
    return true;
}

bool TemplateEditorDialog::confirmDiscard()
{
    return text() == m_loaded ||
           Prompter::confirm(this, tr("Unsaved changes"),
                             tr("Your changes to this template are not saved. Discard them?"), tr("Discard"));
}

void TemplateEditorDialog::reject()
{
    if (confirmDiscard()) {
        QDialog::reject();
    }
}

} // namespace dpodesk
