// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "welcomedialog.h"

#include "prompter.h"
#include "uikit.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "deadline/holidaycalendar.h"
#include "demo/demogenerator.h"
#include "domain/casevalidator.h"
#include "register/registerservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <functional>

namespace dpodesk {

namespace {

} // namespace

WelcomeDialog::WelcomeDialog(QString registerPath, QString demoPath, QWidget *parent)
    : QDialog(parent), m_registerPath(std::move(registerPath)), m_demoPath(std::move(demoPath))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to DPO Desk"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createChoices());
    m_pages->addWidget(createForm());
    m_problem = ui::makeErrorLabel(this);
    m_problem->setObjectName(QStringLiteral("welcomeProblem"));
    auto *root = new QVBoxLayout(this);
    root->addWidget(m_pages, 1);
    root->addWidget(m_problem);
    resize(640, 520);
}

WelcomeDialog::~WelcomeDialog() = default;

QWidget *WelcomeDialog::createChoices()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("<h2>Welcome to DPO Desk</h2>"), page);
    QLabel *intro = ui::makeLabel(QStringLiteral("welcomeIntro"), page);
    intro->setText(tr("The register of rights requests is one file: the cases, their files and the audit trail. There "
                      "is none on this computer yet. It will be created here:\n%1")
                       .arg(QDir::toNativeSeparators(m_registerPath)));
    auto *create = new QCommandLinkButton(tr("Create my organisation's register"),
                                          tr("Name, address, DPO contact and holiday calendar: shown on every "
                                             "letter and used for every deadline. You can change them later."),
                                          page);
    create->setObjectName(QStringLiteral("welcomeCreate"));
    auto *open = new QCommandLinkButton(tr("Open an existing register…"),
                                        tr("A register file made by DPO Desk on this or another computer."), page);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    auto *demo = new QCommandLinkButton(tr("Explore a demo register"),
                                        tr("2,000 fictional requests of a fictional organisation, in a file of its "
                                           "own: nothing you do there touches your register."),
                                        page);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    auto *quit = new QPushButton(tr("Quit"), page);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(demo);
    layout->addStretch(1);
    layout->addWidget(quit, 0, Qt::AlignRight);
    connect(create, &QPushButton::clicked, this, [this] {
        m_problem->hide();
        m_pages->setCurrentIndex(1);
        m_orgName->setFocus();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a register"), QDir::homePath(),
                                                          tr("DPO Desk registers (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty()) {
            openExisting(path);
        }
    });
    connect(demo, &QPushButton::clicked, this, [this] { createDemo(); });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *WelcomeDialog::createForm()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    const auto line = [page](const char *name) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_orgName = line("welcomeOrgName");
    form->addRow(tr("&Organisation name:"), m_orgName);
    m_orgAddress = new QPlainTextEdit(page);
    m_orgAddress->setObjectName(QStringLiteral("welcomeOrgAddress"));
    m_orgAddress->setTabChangesFocus(true);
    m_orgAddress->setFixedHeight(m_orgAddress->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Postal add&ress:"), m_orgAddress);
    m_dpoName = line("welcomeDpoName");
    form->addRow(tr("DPO &name:"), m_dpoName);
    m_dpoEmail = line("welcomeDpoEmail");
    form->addRow(tr("DPO &e-mail:"), m_dpoEmail);
    m_dpoPhone = line("welcomeDpoPhone");
    form->addRow(tr("DPO &phone:"), m_dpoPhone);
    m_calendar = new QComboBox(page);
    m_calendar->setObjectName(QStringLiteral("welcomeCalendar"));
    for (const QString &name : HolidayCalendar::names()) {
        m_calendar->addItem(HolidayCalendar::label(name), name);
    }
    form->addRow(tr("Holiday &calendar:"), m_calendar);

    auto *back = new QPushButton(tr("Back"), page);
    auto *create = new QPushButton(tr("Create the register"), page);
    create->setObjectName(QStringLiteral("welcomeCreateRegister"));
    create->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(create);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("<h3>Your organisation</h3>"), page));
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] {
        m_problem->hide();
        m_pages->setCurrentIndex(0);
    });
    connect(create, &QPushButton::clicked, this, &WelcomeDialog::createRegister);
    return page;
}

OrganisationProfile WelcomeDialog::formProfile() const
{
    OrganisationProfile profile;
    profile.name = m_orgName->text().trimmed();
    profile.postalAddress = m_orgAddress->toPlainText().trimmed();
    profile.dpoName = m_dpoName->text().trimmed();
    profile.dpoEmail = m_dpoEmail->text().trimmed();
    profile.dpoPhone = m_dpoPhone->text().trimmed();
    profile.calendar = m_calendar->currentData().toString();
    return profile;
}

QString WelcomeDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void WelcomeDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool WelcomeDialog::createRegister()
{
    const OrganisationProfile profile = formProfile();
    QStringList missing;
    if (profile.name.isEmpty()) {
        missing << tr("the organisation's name");
    }
    if (profile.dpoName.isEmpty()) {
        missing << tr("the DPO's name");
    }
    if (profile.dpoEmail.isEmpty()) {
        missing << tr("the DPO's e-mail");
    }
    if (!missing.isEmpty()) {
        showProblem(tr("Every letter carries them: fill in %1.").arg(missing.join(QStringLiteral(", "))));
        return false;
    }
    if (!CaseValidator::isPlausibleEmail(profile.dpoEmail)) {
        showProblem(tr("\"%1\" is not a valid e-mail address (expected name@domain.tld).").arg(profile.dpoEmail));
        m_dpoEmail->setFocus();
        return false;
    }
    if (QFileInfo::exists(m_registerPath)) {
        showProblem(tr("%1 exists already: open it instead.").arg(QDir::toNativeSeparators(m_registerPath)));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Built beside its place and linked in once complete: a crash or a refusal half-way never leaves a half-made
    // register where DPO Desk looks for one.
    const SystemClock clock;
    Result<void> done = RegisterService::create(m_registerPath, profile, clock, currentActor());
    QApplication::restoreOverrideCursor();
    if (!done) {
        showProblem(done.errorMessage());
        return false;
    }
    m_chosen = m_registerPath;
    accept();
    return true;
}

bool WelcomeDialog::createDemo(int cases)
{
    if (!QFileInfo::exists(m_demoPath)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const SystemClock clock;
        Result<void> done =
            RegisterService::create(m_demoPath, clock, currentActor(), [cases](RegisterService &service) {
                DemoGenerator::Options options;
                options.cases = cases;
                options.today = service.today();
                auto filled = service.fillDemo(options);
                return filled ? Result<void>() : Result<void>(filled.error());
            });
        QApplication::restoreOverrideCursor();
        if (!done) {
            showProblem(done.errorMessage());
            return false;
        }
    }
    m_chosen = m_demoPath;
    accept();
    return true;
}

bool WelcomeDialog::openExisting(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        showProblem(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_chosen = path;
    accept();
    return true;
}

} // namespace dpodesk
