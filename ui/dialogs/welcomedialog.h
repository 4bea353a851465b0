// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/organisation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace dpodesk {

/// The first run, when there is no register yet: create the organisation's register with its profile (name,
/// address, DPO contact, holiday calendar), open an existing register, or explore a demo register kept in a file of
/// its own. Accepted with the path of the register to open.
class WelcomeDialog final : public QDialog {
    Q_OBJECT
public:
    /// registerPath: where the organisation's register is created; demoPath: the demo register's file.
    WelcomeDialog(QString registerPath, QString demoPath, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    QString chosenPath() const { return m_chosen; }

    /// The profile as typed in the form.
    OrganisationProfile formProfile() const;
    /// Creates the register with the profile of the form; false (with the problem shown, and no file left behind)
    /// when a required field is missing or the file cannot be created.
    bool createRegister();
    /// Creates (or reuses) the demo register, with a fictional organisation and `cases` synthetic cases.
    bool createDemo(int cases = 2000);
    /// Accepts an existing register file.
    bool openExisting(const QString &path);
    QString problem() const;

private:
    QWidget *createChoices();
    QWidget *createForm();
    void showProblem(const QString &message);

    QString m_registerPath;
    QString m_demoPath;
    QString m_chosen;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_orgName = nullptr;
    QPlainTextEdit *m_orgAddress = nullptr;
    QLineEdit *m_dpoName = nullptr;
    QLineEdit *m_dpoEmail = nullptr;
    QLineEdit *m_dpoPhone = nullptr;
    QComboBox *m_calendar = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace dpodesk
