// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// dpodesk: the desktop application. Arguments, translations, then the main window.
#include "appsettings.h"
#include "common/processsetup.h"
#include "dialogs/welcomedialog.h"
#include "mainwindow.h"
#include "registersession.h"
#include "storage/database.h"
#include "storage/instancelock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>

int main(int argc, char *argv[])
{
    dpodesk::setUpProcess();
    // --version and --help only print: they must work without a display (scripts, a terminal over ssh).
    const bool printsOnly = std::any_of(argv + 1, argv + argc, [](const char *word) {
        return qstrcmp(word, "--version") == 0 || qstrcmp(word, "-v") == 0 || qstrcmp(word, "--help") == 0 ||
               qstrcmp(word, "-h") == 0 || qstrcmp(word, "--help-all") == 0;
    });
    if (printsOnly && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dpodesk"));
    QApplication::setOrganizationName(QStringLiteral("dpodesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("DPO Desk"));
    QApplication::setApplicationVersion(QStringLiteral(DPODESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(DPODESK_APP_ID));
    // The installed theme's icon, else the one built in (windows, the task bar, the tray's reminders).
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(DPODESK_APP_ID), QIcon(QStringLiteral(":/icons/dpodesk.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The register of GDPR rights requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"), QApplication::translate("main", "The register file to open."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "Language of the interface (fr or en; default: the system's)."),
                      QStringLiteral("LANG")});
    parser.process(app);

    dpodesk::AppSettings settings;
    // The interface follows the system language unless told otherwise.
    QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty()) {
        language = settings.language();
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("dpodesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString demoPath = data + QStringLiteral("/demo/dpodesk-demo.sqlite");
    QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty()) {
        path = settings.lastDatabase();
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        path = dpodesk::Database::defaultPath();
    }
    // The first run: no register of the organisation yet (the demo does not count). Create it, open one, or
    // explore the demo again.
    const auto isDemo = [&demoPath](const QString &file) {
        return QFileInfo(file).absoluteFilePath() == QFileInfo(demoPath).absoluteFilePath();
    };
    // Last seen the demo: the register used before it, wherever it lives, if it is still there.
    if (isDemo(path) && !parser.isSet(QStringLiteral("database"))) {
        for (const QString &recent : settings.recentDatabases()) {
            if (!isDemo(recent) && QFileInfo::exists(recent)) {
                path = recent;
                break;
            }
        }
    }
    const bool onlyDemo = isDemo(path);
    if (!parser.isSet(QStringLiteral("database")) && !QFileInfo::exists(dpodesk::Database::defaultPath()) &&
        (onlyDemo || !QFileInfo::exists(path))) {
        dpodesk::WelcomeDialog welcome(dpodesk::Database::defaultPath(), demoPath);
        if (welcome.exec() != QDialog::Accepted) {
            return 0;
        }
        path = welcome.chosenPath();
    }
    // One DPO Desk per register: a second launch on the same file says so and stops there.
    {
        dpodesk::InstanceLock probe(path);
        if (auto free = probe.tryLock(); !free && free.error().code == dpodesk::Error::Code::Locked) {
            qWarning().noquote() << free.errorMessage(); // for a launch from a terminal too
            QMessageBox::information(nullptr, QApplication::translate("main", "DPO Desk is already open"),
                                     free.errorMessage());
            return 1;
        }
    }

    dpodesk::RegisterSession session;
    dpodesk::MainWindow window(session, settings);
    window.show();
    window.openRegister(path); // a refusal is shown; File > Open stays available
    if (!window.isVisible()) {
        return 0; // "Quit" chosen for a damaged register, before the event loop ran
    }
    return QApplication::exec();
}
