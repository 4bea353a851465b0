// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/organisation.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QSpinBox;
class QComboBox;
class QDateEdit;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dpodesk {

class RegisterSession;
struct Error;

/// Edits the organisation profile kept with the register: who the organisation and its DPO are (letters, reports),
/// the time zone and holiday calendar the deadlines are computed with, and the identity policy.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(RegisterSession &session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The profile the form describes now (not saved).
    OrganisationProfile formProfile() const;
    /// Reads a logo file and shows it; a file that is not a usable image is refused with a message.
    bool setLogoFile(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct IdentityBox {
        Right right;
        QCheckBox *box;
    };

    QWidget *createOrganisation();
    QWidget *createDpo();
    QWidget *createDeadlines();
    QWidget *createIdentity();
    QWidget *createButtons();

    void load(const OrganisationProfile &profile);
    void insertClosureDay(QDate date);
    void addClosureDay();
    void removeClosureDays();
    void updateClosureButtons();
    QList<QDate> closureDays() const;

    void showLogo(const QByteArray &bytes);
    void trySave();
    void showError(const Error &error);

    RegisterSession &m_session;

    QLabel *m_error = nullptr;
    QLineEdit *m_orgName = nullptr;
    QPlainTextEdit *m_orgAddress = nullptr;
    QLineEdit *m_dpoName = nullptr;
    QLineEdit *m_dpoEmail = nullptr;
    QLineEdit *m_dpoPhone = nullptr;
    QComboBox *m_dpoTitle = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_calendar = nullptr;
    QListWidget *m_closureList = nullptr;
    QDateEdit *m_closureDate = nullptr;
    QPushButton *m_addClosure = nullptr;
    QPushButton *m_removeClosure = nullptr;
    QList<IdentityBox> m_identityBoxes;
    QPushButton *m_saveButton = nullptr;
    QSpinBox *m_maxSize = nullptr;
    QSpinBox *m_graceDays = nullptr;
    QLineEdit *m_graceJustification = nullptr;
    QSpinBox *m_unverifiedDays = nullptr;
    QSpinBox *m_taskMargin = nullptr;
    QComboBox *m_clarificationClock = nullptr;
    QLineEdit *m_clarificationJustification = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QByteArray m_logo;
};

} // namespace dpodesk
