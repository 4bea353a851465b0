// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settingsdialog.h"

#include "registersession.h"

#include "deadline/holidaycalendar.h"
#include "domain/casevalidator.h"
#include "letters/logo.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dpodesk {

namespace {

constexpr int kIdentityColumns = 3;
constexpr int kAddressLines = 3;

QString fullYearDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return format;
}

QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QLabel *makeNote(QWidget *parent, const QString &text)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    return note;
}

} // namespace

SettingsDialog::SettingsDialog(RegisterSession &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Organisation settings"));

    auto *root = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid "
                                          "#f1aeb5; border-radius: 4px; padding: 6px; }"));
    m_error->hide();
    root->addWidget(m_error);

    // Widgets are created in reading order, so the tab order follows the form.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(createOrganisation());
    left->addWidget(createDpo());
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->addWidget(createDeadlines(), 1);
    root->addLayout(columns);
    root->addWidget(createIdentity());
    root->addStretch(1);
    root->addWidget(createButtons());

    load(m_session.organisation());
    m_orgName->setFocus(Qt::OtherFocusReason);
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createOrganisation()
{
    auto *group = new QGroupBox(tr("Organisation"), this);
    group->setToolTip(tr("Shown on letters and reports."));
    auto *form = new QFormLayout(group);
    m_orgName = makeLineEdit(group, QStringLiteral("orgName"));
    form->addRow(tr("&Organisation name:"), m_orgName);
    m_orgAddress = new QPlainTextEdit(group);
    m_orgAddress->setObjectName(QStringLiteral("orgAddress"));
    m_orgAddress->setTabChangesFocus(true);
    const int margins = int(2 * m_orgAddress->document()->documentMargin()) + 2 * m_orgAddress->frameWidth() + 2;
    m_orgAddress->setFixedHeight(m_orgAddress->fontMetrics().lineSpacing() * kAddressLines + margins);
    form->addRow(tr("Postal add&ress:"), m_orgAddress);

    // The letterhead's logo: PNG, JPEG or SVG, checked before it is kept.
    auto *logoRow = new QWidget(group);
    auto *logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    m_logoPreview = new QLabel(logoRow);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumSize(160, 48);
    m_logoPreview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *choose = new QPushButton(tr("C&hoose…"), logoRow);
    choose->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo = new QPushButton(tr("Remo&ve"), logoRow);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    logoLayout->addWidget(m_logoPreview, 1);
    logoLayout->addWidget(choose);
    logoLayout->addWidget(m_removeLogo);
    form->addRow(tr("Logo on letters:"), logoRow);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty()) {
            setLogoFile(path);
        }
    });
    connect(m_removeLogo, &QPushButton::clicked, this, [this] { showLogo(QByteArray()); });
    return group;
}

bool SettingsDialog::setLogoFile(const QString &path)
{
    QFile file(path);
    if (file.size() > Logo::kMaxBytes) {
        m_error->setText(
            tr("The logo is %1 KB; a logo may be at most %2 KB.").arg(file.size() / 1024).arg(Logo::kMaxBytes / 1024));
        m_error->show();
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read %1: %2.").arg(path, file.errorString()));
        m_error->show();
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (auto ok = Logo::check(bytes); !ok) {
        m_error->setText(ok.errorMessage());
        m_error->show();
        return false;
    }
    m_error->hide();
    showLogo(bytes);
    return true;
}

void SettingsDialog::showLogo(const QByteArray &bytes)
{
    m_logo = bytes;
    m_removeLogo->setEnabled(!bytes.isEmpty());
    if (bytes.isEmpty()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo"));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    auto image = Logo::render(bytes, QSizeF(160 * ratio, 48 * ratio));
    if (image) {
        QPixmap pixmap = QPixmap::fromImage(*image);
        pixmap.setDevicePixelRatio(ratio);
        m_logoPreview->setPixmap(pixmap);
    }
}

QWidget *SettingsDialog::createDpo()
{
    auto *group = new QGroupBox(tr("Data protection officer"), this);
    auto *form = new QFormLayout(group);
    m_dpoName = makeLineEdit(group, QStringLiteral("dpoName"));
    form->addRow(tr("DPO &name:"), m_dpoName);
    m_dpoEmail = makeLineEdit(group, QStringLiteral("dpoEmail"));
    m_dpoEmail->setPlaceholderText(tr("name@domain.tld"));
    form->addRow(tr("DPO &e-mail:"), m_dpoEmail);
    m_dpoPhone = makeLineEdit(group, QStringLiteral("dpoPhone"));
    form->addRow(tr("DPO &phone:"), m_dpoPhone);
    m_dpoTitle = new QComboBox(group);
    m_dpoTitle->setObjectName(QStringLiteral("dpoTitle"));
    m_dpoTitle->addItem(QStringLiteral("Délégué à la protection des données"), QStringLiteral("masculine"));
    m_dpoTitle->addItem(QStringLiteral("Déléguée à la protection des données"), QStringLiteral("feminine"));
    m_dpoTitle->addItem(QStringLiteral("Délégué(e) à la protection des données"), QStringLiteral("neutral"));
    m_dpoTitle->setToolTip(tr("The DPO's title in French letters, as the DPO wants it."));
    form->addRow(tr("DPO's &title in French:"), m_dpoTitle);
    return group;
}

QWidget *SettingsDialog::createDeadlines()
{
    auto *group = new QGroupBox(tr("Deadlines"), this);
    auto *form = new QFormLayout(group);

    m_timeZone = new QComboBox(group);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromLatin1(id));
    }
    if (QCompleter *completer = m_timeZone->completer()) {
        // "paris" finds Europe/Paris.
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
    }
    m_timeZone->setToolTip(tr("Decides which calendar day it is for the deadlines."));
    form->addRow(tr("&Time zone:"), m_timeZone);

    m_calendar = new QComboBox(group);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    for (const QString &calendarName : HolidayCalendar::names()) {
        m_calendar->addItem(HolidayCalendar::label(calendarName), calendarName);
    }
    m_calendar->setToolTip(tr("Public holidays on which a deadline cannot fall: it moves to the next working day "
                              "(Reg. 1182/71 art. 3(4))."));
    form->addRow(tr("Holiday &calendar:"), m_calendar);

    m_closureList = new QListWidget(group);
    m_closureList->setObjectName(QStringLiteral("closureDays"));
    m_closureList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_closureList->setToolTip(tr("Days the organisation is closed, counted like public holidays."));
    auto *removeAction = new QAction(tr("Remove closure day"), m_closureList);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_closureList->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &SettingsDialog::removeClosureDays);
    connect(m_closureList, &QListWidget::itemSelectionChanged, this, &SettingsDialog::updateClosureButtons);

    m_closureDate = new QDateEdit(group);
    m_closureDate->setObjectName(QStringLiteral("closureDate"));
    m_closureDate->setCalendarPopup(true);
    m_closureDate->setDisplayFormat(fullYearDateFormat());
    m_closureDate->setDate(m_session.today());
    m_closureDate->setAccessibleName(tr("Closure day to add"));
    m_closureDate->setToolTip(tr("Press Enter or Add to add this day."));
    m_addClosure = new QPushButton(tr("&Add"), group);
    m_addClosure->setObjectName(QStringLiteral("addClosure"));
    connect(m_addClosure, &QPushButton::clicked, this, &SettingsDialog::addClosureDay);
    m_removeClosure = new QPushButton(tr("Re&move"), group);
    m_removeClosure->setObjectName(QStringLiteral("removeClosure"));
    connect(m_removeClosure, &QPushButton::clicked, this, &SettingsDialog::removeClosureDays);

    auto *adder = new QHBoxLayout;
    adder->addWidget(m_closureDate, 1);
    adder->addWidget(m_addClosure);
    adder->addWidget(m_removeClosure);
    auto *closures = new QVBoxLayout;
    closures->addWidget(m_closureList);
    closures->addLayout(adder);
    auto *closuresLabel = new QLabel(tr("Closure &days:"), group);
    closuresLabel->setBuddy(m_closureList);
    form->addRow(closuresLabel, closures);

    m_taskMargin = new QSpinBox(group);
    m_taskMargin->setObjectName(QStringLiteral("taskMargin"));
    m_taskMargin->setRange(0, 30);
    m_taskMargin->setSuffix(tr(" working days before the deadline"));
    m_taskMargin->setSpecialValueText(tr("on the deadline itself"));
    m_taskMargin->setToolTip(tr("When the tasks to system owners are due: a margin that leaves time to answer the "
                                "person. The due dates of open tasks move when it changes, and with the deadline."));
    form->addRow(tr("Tasks &due:"), m_taskMargin);

    // docs/rules.md#suspension: decree 2019-536 art. 77 suspends the time limits only while identity is awaited.
    m_clarificationClock = new QComboBox(group);
    m_clarificationClock->setObjectName(QStringLiteral("clarificationClock"));
    m_clarificationClock->addItem(tr("does not stop the clock (decree 2019-536 art. 77)"), QStringLiteral("runs"));
    m_clarificationClock->addItem(tr("stops the clock (the organisation's choice, justified)"),
                                  QStringLiteral("stops"));
    m_clarificationClock->setToolTip(tr("The decree suspends the time limits only while identity information is "
                                        "awaited. Treating a request for clarification as suspending is a reading of "
                                        "the organisation's own, which it must be able to justify."));
    form->addRow(tr("A request for c&larification:"), m_clarificationClock);
    m_clarificationJustification = new QLineEdit(group);
    m_clarificationJustification->setObjectName(QStringLiteral("clarificationJustification"));
    m_clarificationJustification->setPlaceholderText(tr("Required to stop the clock: why, and on what basis"));
    form->addRow(tr("Its justi&fication:"), m_clarificationJustification);
    connect(m_clarificationClock, &QComboBox::currentIndexChanged, m_clarificationJustification, [this] {
        m_clarificationJustification->setEnabled(m_clarificationClock->currentData() == QStringLiteral("stops"));
    });

    form->addRow(makeNote(group, tr("Changing the holiday calendar or the closure days recomputes the deadline of "
                                    "every case in the register.")));
    return group;
}

QWidget *SettingsDialog::createIdentity()
{
    auto *group = new QGroupBox(tr("Identity policy"), this);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(makeNote(group, tr("Ask for proof of identity only where there is a reasonable doubt (GDPR art. "
                                         "12(6)); the DPO can waive it case by case.")));
    layout->addWidget(makeNote(group, tr("Proof of identity expected for:")));

    auto *grid = new QGridLayout;
    int index = 0;
    for (const Right right : allRights()) {
        auto *box = new QCheckBox(label(right), group);
        box->setObjectName(QString(QStringLiteral("identity_") + name(right)));
        box->setToolTip(legalBasis(right));
        grid->addWidget(box, index / kIdentityColumns, index % kIdentityColumns);
        m_identityBoxes.append(IdentityBox{right, box});
        ++index;
    }
    layout->addLayout(grid);

    // docs/rules.md#identity-proofs: the copy goes once checked; keeping it longer needs a written justification.
    auto *retention = new QFormLayout;
    m_maxSize = new QSpinBox(group);
    m_maxSize->setObjectName(QStringLiteral("attachmentMaxSize"));
    m_maxSize->setRange(1, 2000);
    m_maxSize->setSuffix(tr(" MB"));
    retention->addRow(tr("Largest file &kept:"), m_maxSize);
    m_graceDays = new QSpinBox(group);
    m_graceDays->setObjectName(QStringLiteral("identityGraceDays"));
    m_graceDays->setRange(0, 365);
    m_graceDays->setSpecialValueText(tr("erased at once"));
    m_graceDays->setSuffix(tr(" days"));
    retention->addRow(tr("Keep identity copies after the &check:"), m_graceDays);
    m_graceJustification = new QLineEdit(group);
    m_graceJustification->setObjectName(QStringLiteral("identityGraceJustification"));
    m_graceJustification->setPlaceholderText(tr("Required to keep copies: why they are needed longer"));
    retention->addRow(tr("&Justification:"), m_graceJustification);
    m_unverifiedDays = new QSpinBox(group);
    m_unverifiedDays->setObjectName(QStringLiteral("unverifiedPurgeDays"));
    m_unverifiedDays->setRange(0, 3650);
    m_unverifiedDays->setSuffix(tr(" days after the case closes"));
    retention->addRow(tr("Erase &unverified copies:"), m_unverifiedDays);
    layout->addLayout(retention);
    connect(m_graceDays, &QSpinBox::valueChanged, m_graceJustification,
            [this](int days) { m_graceJustification->setEnabled(days > 0); });
    return group;
}

QWidget *SettingsDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::trySave);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return buttons;
}

void SettingsDialog::load(const OrganisationProfile &profile)
{
    m_orgName->setText(profile.name);
    m_orgAddress->setPlainText(profile.postalAddress);
    m_dpoName->setText(profile.dpoName);
    m_dpoEmail->setText(profile.dpoEmail);
    m_dpoPhone->setText(profile.dpoPhone);
    m_dpoTitle->setCurrentIndex(std::max(0, m_dpoTitle->findData(profile.dpoTitle)));
    showLogo(profile.logo);

    const int zone = m_timeZone->findText(profile.timeZone);
    if (zone >= 0) {
        m_timeZone->setCurrentIndex(zone);
    } else {
        m_timeZone->setEditText(profile.timeZone);
    }
    if (m_calendar->findData(profile.calendar) < 0) {
        m_calendar->addItem(profile.calendar, profile.calendar);
    }
    m_calendar->setCurrentIndex(m_calendar->findData(profile.calendar));

    for (const QDate &day : profile.closureDays) {
        insertClosureDay(day);
    }
    m_closureList->clearSelection();
    updateClosureButtons();

    for (const IdentityBox &entry : m_identityBoxes) {
        entry.box->setChecked(profile.identityProofExpected.contains(entry.right));
    }
    m_maxSize->setValue(profile.attachmentMaxSizeMb);
    m_graceDays->setValue(profile.identityCopyGraceDays);
    m_graceJustification->setText(profile.identityCopyGraceJustification);
    m_graceJustification->setEnabled(profile.identityCopyGraceDays > 0);
    m_unverifiedDays->setValue(profile.unverifiedCopyPurgeDays);
    m_taskMargin->setValue(profile.taskMarginDays);
    m_clarificationClock->setCurrentIndex(std::max(0, m_clarificationClock->findData(profile.clarificationClock)));
    m_clarificationJustification->setText(profile.clarificationJustification);
    m_clarificationJustification->setEnabled(profile.clarificationStopsClock());
}

void SettingsDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the closure date adds the day rather than saving the whole dialog.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_closureDate->hasFocus()) {
        addClosureDay();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SettingsDialog::insertClosureDay(QDate date)
{
    if (!date.isValid()) {
        return;
    }
    int row = 0;
    for (; row < m_closureList->count(); ++row) {
        const QDate listed = m_closureList->item(row)->data(Qt::UserRole).toDate();
        if (listed == date) {
            m_closureList->setCurrentRow(row); // already there: show it, add nothing
            return;
        }
        if (listed > date) {
            break;
        }
    }
    auto *item = new QListWidgetItem(date.toString(Qt::ISODate));
    item->setData(Qt::UserRole, date);
    item->setToolTip(QLocale().toString(date, QLocale::LongFormat));
    m_closureList->insertItem(row, item);
    m_closureList->setCurrentItem(item);
}

void SettingsDialog::addClosureDay()
{
    insertClosureDay(m_closureDate->date());
    updateClosureButtons();
}

void SettingsDialog::removeClosureDays()
{
    const QList<QListWidgetItem *> selected = m_closureList->selectedItems();
    for (QListWidgetItem *item : selected) {
        delete m_closureList->takeItem(m_closureList->row(item));
    }
    updateClosureButtons();
}

void SettingsDialog::updateClosureButtons()
{
    m_removeClosure->setEnabled(!m_closureList->selectedItems().isEmpty());
}

QList<QDate> SettingsDialog::closureDays() const
{
    QList<QDate> days;
    days.reserve(m_closureList->count());
    for (int row = 0; row < m_closureList->count(); ++row) {
        days.append(m_closureList->item(row)->data(Qt::UserRole).toDate());
    }
    return days; // kept sorted and unique by insertClosureDay()
}

OrganisationProfile SettingsDialog::formProfile() const
{
    OrganisationProfile profile = m_session.organisation();
    profile.name = m_orgName->text().trimmed();
    profile.postalAddress = m_orgAddress->toPlainText().trimmed();
    profile.dpoName = m_dpoName->text().trimmed();
    profile.dpoEmail = m_dpoEmail->text().trimmed();
    profile.dpoPhone = m_dpoPhone->text().trimmed();
    profile.dpoTitle = m_dpoTitle->currentData().toString();
    profile.logo = m_logo;
    profile.timeZone = m_timeZone->currentText().trimmed();
    profile.calendar = m_calendar->currentData().toString();
    profile.closureDays = closureDays();
    profile.identityProofExpected.clear();
    for (const IdentityBox &entry : m_identityBoxes) {
        if (entry.box->isChecked()) {
            profile.identityProofExpected.insert(entry.right);
        }
    }
    profile.attachmentMaxSizeMb = m_maxSize->value();
    profile.identityCopyGraceDays = m_graceDays->value();
    profile.identityCopyGraceJustification = m_graceJustification->text().trimmed();
    profile.unverifiedCopyPurgeDays = m_unverifiedDays->value();
    profile.taskMarginDays = m_taskMargin->value();
    profile.clarificationClock = m_clarificationClock->currentData().toString();
    profile.clarificationJustification = m_clarificationJustification->text().trimmed();
    return profile;
}

void SettingsDialog::trySave()
{
    m_error->hide();
    const OrganisationProfile profile = formProfile();
    if (!profile.dpoEmail.isEmpty() && !CaseValidator::isPlausibleEmail(profile.dpoEmail)) {
        showError(
            makeError(Error::Code::Invalid,
                      tr("\"%1\" is not a valid e-mail address (expected name@domain.tld).").arg(profile.dpoEmail),
                      QStringLiteral("dpoEmail")));
        return;
    }
    if (profile == m_session.organisation()) {
        accept();
        return;
    }
    // A new calendar recomputes every stored deadline: that can take a moment on a large register.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> saved = m_session.saveOrganisation(profile);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        showError(saved.error());
        return;
    }
    accept();
}

void SettingsDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    QWidget *atFault = nullptr;
    if (error.field == QLatin1String("timeZone")) {
        atFault = m_timeZone;
    } else if (error.field == QLatin1String("calendar")) {
        atFault = m_calendar;
    } else if (error.field == QLatin1String("identityCopyGraceJustification")) {
        m_graceJustification->setFocus();
    } else if (error.field == QLatin1String("dpoEmail")) {
        atFault = m_dpoEmail;
    } else if (error.field == QLatin1String("taskMarginDays")) {
        atFault = m_taskMargin;
    } else if (error.field == QLatin1String("clarificationJustification")) {
        atFault = m_clarificationJustification;
    }
    if (atFault) {
        atFault->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace dpodesk
