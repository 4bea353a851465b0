// dpodesk: the desktop application. Argument parsing, then the main window.
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dpodesk"));
    QApplication::setOrganizationName(QStringLiteral("dpodesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("DPO Desk"));
    QApplication::setApplicationVersion(QStringLiteral(DPODESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(DPODESK_APP_ID));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dpodesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The register of GDPR rights requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"), QApplication::translate("main", "The register file to open."),
                      QStringLiteral("PATH")});
    parser.process(app);

    dpodesk::MainWindow window;
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : dpodesk::Database::defaultPath();
    window.show();
    if (!window.openRegister(path)) {
        return 1;
    }
    return QApplication::exec();
}
