// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Prints the time to generate each letter as PDF (aim: under 50 ms a letter).
// Usage: dpodesk-bench-letters [--runs N] [--logo FILE] [--out FOLDER]
// --out also writes every letter, so that they can be looked at (pdftoppm -png).
#include "letters/letter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace dpodesk;

namespace {

CaseRecord sampleCase()
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0042");
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré-Nguyễn");
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.subject.postalAddress = QStringLiteral("12 rue de la République\n69002 Lyon");
    c.receivedOn = QDate(2026, 3, 5);
    c.rights = {
        RightRequest{Right::Access, {}, Outcome::Granted, RefusalGround::None, {}, {}},
        RightRequest{Right::Erasure,
                     {},
                     Outcome::Refused,
                     RefusalGround::ErasureException,
                     QStringLiteral("Les factures sont conservées dix ans (article L123-22 du code de commerce)."),
                     {}}};
    c.extension = Extension{QDate(2026, 3, 20), ExtensionReason::Complexity,
                            QStringLiteral("Vos données sont réparties dans quatre systèmes."), QDate(2026, 3, 20)};
    c.recipients = {Recipient{QStringLiteral("Routage Express SAS"), QDate(2026, 3, 25)}};
    c.recomputeDeadlines(DeadlineCalculator());
    return c;
}

/// The activities of the record the letters state: one we control (the access answer, the automated decision) and
/// one we carry out as processor (the processor's letters name its controller).
QList<ProcessingActivity> activities()
{
    ProcessingActivity customers;
    customers.name = QStringLiteral("Gestion des clients");
    customers.purposes = {QStringLiteral("Gestion des commandes")};
    customers.legalBasis = {QStringLiteral("Contrat")};
    customers.dataCategories = {QStringLiteral("Identité"), QStringLiteral("Commandes")};
    customers.recipients = {QStringLiteral("Routage Express SAS")};
    customers.retention = QStringLiteral("Trois ans après la dernière commande");
    customers.automatedDecision = QStringLiteral("Paiement en trois fois refusé sous un score de 40 sur 100.");
    ProcessingActivity newsletters;
    newsletters.name = QStringLiteral("Lettres d'information d'un client");
    newsletters.role = ProcessingRole::Processor;
    newsletters.controller = QStringLiteral("Atelier Horizon SARL");
    return {customers, newsletters};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("runs"), QStringLiteral("Runs per letter (default 20)."), QStringLiteral("N")},
                       {QStringLiteral("logo"), QStringLiteral("A PNG, JPEG or SVG logo."), QStringLiteral("FILE")},
                       {QStringLiteral("out"), QStringLiteral("Write every letter here."), QStringLiteral("FOLDER")}});
    parser.process(app);
    QTextStream out(stdout);
    const int runs = std::max(
        1, parser.value(QStringLiteral("runs")).toInt() > 0 ? parser.value(QStringLiteral("runs")).toInt() : 20);
    OrganisationProfile org;
    org.name = QStringLiteral("Courriels & Cie SAS");
    org.postalAddress = QStringLiteral("8 avenue Jean-Jaurès\n75019 Paris");
    org.dpoName = QStringLiteral("Anne Lefèvre");
    org.dpoEmail = QStringLiteral("dpo@courriels.example");
    if (parser.isSet(QStringLiteral("logo"))) {
        QFile logo(parser.value(QStringLiteral("logo")));
        if (!logo.open(QIODevice::ReadOnly)) {
            out << "cannot read the logo\n";
            return 1;
        }
        org.logo = logo.readAll();
    }
    const QString folder = parser.value(QStringLiteral("out"));
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
    }
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("letter"), -34)
               .arg(QStringLiteral("best ms"), 9)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("KB"), 6);
    QList<double> medians;
    for (LetterKind kind : LetterKinds::all()) {
        const QString name = LetterKinds::name(kind);
        for (const QString &lang : Letters::languages()) {
            LetterInput input{sampleCase(),
                              org,
                              kind,
                              lang,
                              QDate(2026, 3, 27),
                              QStringLiteral("Nous avons effacé votre compte client et vos données de prospection le "
                                             "26 mars 2026 ; les factures restent conservées."),
                              activities()};
            if (const auto answered = LetterKinds::answeredRight(kind)) {
                for (RightRequest &r : input.record.rights) {
                    if (r.right == *answered) {
                        r.outcome = Outcome::Granted;
                        r.refusalGround = RefusalGround::None;
                    }
                }
            }
            QList<double> ms;
            QByteArray pdf;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                auto letter = Letters::pdf(input);
                ms << timer.nsecsElapsed() / 1e6;
                if (!letter) {
                    out << name << ": " << letter.errorMessage() << '\n';
                    return 1;
                }
                pdf = *letter;
            }
            std::sort(ms.begin(), ms.end());
            medians << ms.at(ms.size() / 2);
            out << QStringLiteral("%1 %2 %3 %4\n")
                       .arg(QString(name + u'.' + lang), -34)
                       .arg(ms.first(), 9, 'f', 1)
                       .arg(ms.at(ms.size() / 2), 10, 'f', 1)
                       .arg(pdf.size() / 1024, 6);
            if (!folder.isEmpty()) {
                QFile file(QDir(folder).filePath(QString(name + u'.' + lang + QStringLiteral(".pdf"))));
                if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
                    out << "cannot write " << file.fileName() << '\n';
                    return 1;
                }
            }
        }
    }
    std::sort(medians.begin(), medians.end());
    out << QStringLiteral("median of the medians: %1 ms, slowest median: %2 ms (%3 runs each)\n")
               .arg(medians.at(medians.size() / 2), 0, 'f', 1)
               .arg(medians.last(), 0, 'f', 1)
               .arg(runs);
    return 0;
}
