// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Where the data lives, on paper and in files: the e-mail and sheet of a task to a system owner (only the
// identifiers the system is searched by, the token in the subject), the owners' digest, the record of processing
// activities as CSV (read back identically by the importer) and PDF (every field), and the proof of what was done
// for a case (the evidence's SHA-256).
#include "domain/recordimport.h"
#include "letters/taskmessage.h"
#include "reportparsers.h"
#include "reports/recordreport.h"

#include <QTest>

using namespace dpodesk;
using reporttest::pdfText;

namespace {

CaseRecord sampleCase()
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0042");
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.subject.phone = QStringLiteral("+33 6 12 34 56 78");
    c.subject.postalAddress = QStringLiteral("12 rue de la République, 69002 Lyon");
    c.subject.internalReference = QStringLiteral("CUST-99812");
    c.requester = Requester{Person{QStringLiteral("Maître"),
                                   QStringLiteral("Requérant"),
                                   QStringLiteral("avocat@cabinet.example"),
                                   QStringLiteral("1 quai du Rhône"),
                                   QStringLiteral("+33 4 00 00 00 00"),
                                   {},
                                   Relationship::Customer},
                            Capacity::Representative, QStringLiteral("Mandat signé")};
    c.receivedOn = QDate(2026, 3, 5);
    c.rights = {RightRequest{Right::Erasure, {}, Outcome::Pending, RefusalGround::None, {}, {}},
                RightRequest{Right::Portability, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    c.recomputeDeadlines(DeadlineCalculator());
    return c;
}

OrganisationProfile organisation()
{
    OrganisationProfile o;
    o.name = QStringLiteral("Courriels & Cie SAS");
    o.postalAddress = QStringLiteral("8 avenue Jean-Jaurès, 75019 Paris");
    o.dpoName = QStringLiteral("Anne Lefèvre");
    o.dpoEmail = QStringLiteral("dpo@courriels.example");
    o.dpoPhone = QStringLiteral("+33 1 23 45 67 89");
    return o;
}

DataSystem crm()
{
    DataSystem s;
    s.name = QStringLiteral("CRM");
    s.ownerName = QStringLiteral("Paul Martin");
    s.ownerEmail = QStringLiteral("paul.martin@courriels.example");
    s.deputyName = QStringLiteral("Lina Roy");
    s.deputyEmail = QStringLiteral("lina.roy@courriels.example");
    s.identifiers = {SubjectIdentifier::Email};
    s.actions = {TaskAction::Search, TaskAction::Export, TaskAction::Erase};
    s.instructionsFr = QStringLiteral("Menu Clients, puis Supprimer le compte.");
    s.instructionsEn = QStringLiteral("Customers menu, then Delete account.");
    return s;
}

CaseTask task(TaskAction action, int number, QDate due)
{
    CaseTask t;
    t.caseReference = QStringLiteral("DR-2026-0042");
    t.number = number;
    t.systemName = QStringLiteral("CRM");
    t.action = action;
    t.dueOn = due;
    t.plannedOn = QDate(2026, 3, 6);
    return t;
}

ProcessingActivity fullActivity()
{
    ProcessingActivity a;
    a.name = QStringLiteral("Gestion des clients");
    a.role = ProcessingRole::JointController;
    a.controller = QStringLiteral("Partenaires Fidélité SAS");
    a.purposes = {QStringLiteral("Commandes"), QStringLiteral("=SUM(A1) livraisons")};
    a.legalBasis = {QStringLiteral("Contrat (art. 6(1)(b))")};
    a.dataSubjects = {QStringLiteral("Clients"), QStringLiteral("Prospects")};
    a.dataCategories = {QStringLiteral("Identité"), QStringLiteral("Coordonnées; \"adresse\"")};
    a.recipients = {QStringLiteral("Routage Express SAS"), QStringLiteral("Hébergeur Cloud SA")};
    a.transfers = {QStringLiteral("États-Unis (Mailer Inc.) : clauses contractuelles types")};
    a.retention = QStringLiteral("3 ans après la dernière commande,\npuis archivage 10 ans");
    a.source = QStringLiteral("Magasins partenaires");
    a.automatedDecision = QStringLiteral("Score de fidélité calculé sur les achats");
    a.systems = {QStringLiteral("CRM"), QStringLiteral("ERP")};
    a.entity = QStringLiteral("Courriels & Cie Lyon");
    return a;
}

ProcessingActivity smallActivity()
{
    ProcessingActivity a;
    a.name = QStringLiteral("Paie client");
    a.role = ProcessingRole::Processor;
    a.controller = QStringLiteral("Client Industrie SA");
    a.purposes = {QStringLiteral("Bulletins de paie")};
    a.dataSubjects = {QStringLiteral("Salariés")};
    a.dataCategories = {QStringLiteral("Salaire")};
    return a;
}

} // namespace

class TestRecordReports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void taskMessageCarriesOnlyTheSystemsIdentifiers_data();
    void taskMessageCarriesOnlyTheSystemsIdentifiers();
    void taskMessageRefusals();
    void taskSheetIsOnePage();
    void digestPerOwner();
    void activitiesCsvRoundTrip_data();
    void activitiesCsvRoundTrip();
    void activitiesPdfHoldsEveryField();
    void caseTasksPdfHoldsTheEvidence();
};

void TestRecordReports::taskMessageCarriesOnlyTheSystemsIdentifiers_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestRecordReports::taskMessageCarriesOnlyTheSystemsIdentifiers()
{
    QFETCH(QString, lang);
    const bool en = lang == QLatin1String("en");
    const CaseRecord c = sampleCase();
    auto m = TaskMessages::message(task(TaskAction::Export, 3, QDate(2026, 3, 20)), c, crm(), organisation(), lang);
    QVERIFY2(m.ok(), qPrintable(m.errorMessage()));
    QVERIFY2(m->subject.startsWith(QStringLiteral("[DR-2026-0042/T3] ")), qPrintable(m->subject));
    QVERIFY2(m->subject.contains(en ? QStringLiteral("Export a copy of their data")
                                    : QStringLiteral("Exporter une copie de ses données")),
             qPrintable(m->subject));
    QVERIFY2(en || m->body.contains(QStringLiteral("Merci d'exporter une copie de ses données")), qPrintable(m->body));
    // French dates keep their parts together (non-breaking spaces).
    QVERIFY2(m->subject.contains(en ? QStringLiteral("20 March 2026") : QStringLiteral("20\u00a0mars\u00a02026")),
             qPrintable(m->subject));
    QCOMPARE(m->to, QStringLiteral("paul.martin@courriels.example"));
    QCOMPARE(m->cc, QStringLiteral("lina.roy@courriels.example"));
    const QString body = m->body;
    // The identifier the system is searched by, and nothing else of the person or of the requester.
    QVERIFY(body.contains(QStringLiteral("elodie.dupre@example.fr")));
    for (const QString &absent :
         {QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("République"), QStringLiteral("CUST-99812"),
          QStringLiteral("Élodie"), QStringLiteral("Dupré"), QStringLiteral("Maître"), QStringLiteral("Requérant"),
          QStringLiteral("avocat@cabinet.example"), QStringLiteral("quai du Rhône"), QStringLiteral("Mandat")}) {
        QVERIFY2(!body.contains(absent) && !m->subject.contains(absent), qPrintable(absent));
    }
    const QStringList expected =
        en ? QStringList{QStringLiteral("Hello Paul Martin,"),
                         QStringLiteral("right to erasure (GDPR Article 17)"),
                         QStringLiteral("right to data portability (GDPR Article 20)"),
                         QStringLiteral("machine-readable format (CSV or JSON)"),
                         QStringLiteral("Customers menu, then Delete account."),
                         QStringLiteral("Due by: 20 March 2026"),
                         QStringLiteral("keeping [DR-2026-0042/T3] in the subject"),
                         QStringLiteral("not found"),
                         QStringLiteral("cannot"),
                         QStringLiteral("Anne Lefèvre"),
                         QStringLiteral("dpo@courriels.example")}
           : QStringList{QStringLiteral("Bonjour Paul Martin,"),
                         QStringLiteral("droit à l'effacement (article 17 du RGPD)"),
                         QStringLiteral("lisible par machine (CSV ou JSON)"),
                         QStringLiteral("Menu Clients, puis Supprimer le compte."),
                         QStringLiteral("À faire au plus tard le 20\u00a0mars\u00a02026"),
                         QStringLiteral("en gardant [DR-2026-0042/T3] dans l'objet"),
                         QStringLiteral("aucune donnée"),
                         QStringLiteral("impossible"),
                         QStringLiteral("Anne Lefèvre"),
                         QStringLiteral("adresse électronique\u00a0: elodie.dupre@example.fr")};
    for (const QString &phrase : expected) {
        QVERIFY2(body.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + body));
    }
    // Searched by e-mail and phone: both, still nothing else.
    DataSystem both = crm();
    both.identifiers = {SubjectIdentifier::Email, SubjectIdentifier::Phone};
    auto two = TaskMessages::message(task(TaskAction::Search, 1, QDate(2026, 3, 20)), c, both, organisation(), lang);
    QVERIFY(two.ok());
    QVERIFY(two->body.contains(QStringLiteral("+33 6 12 34 56 78")));
    QVERIFY(!two->body.contains(QStringLiteral("CUST-99812")));
    QVERIFY(!two->body.contains(en ? QStringLiteral("CSV or JSON") : QStringLiteral("CSV ou JSON")));
}

void TestRecordReports::taskMessageRefusals()
{
    CaseRecord c = sampleCase();
    DataSystem s = crm();
    // An action the system does not offer.
    auto refused = TaskMessages::message(task(TaskAction::Rectify, 2, {}), c, s, organisation(), QStringLiteral("en"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("action"));
    // A case holding none of the identifiers the system is searched by.
    c.subject.email.clear();
    refused = TaskMessages::message(task(TaskAction::Erase, 2, {}), c, s, organisation(), QStringLiteral("en"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("holds none of the identifiers")),
             qPrintable(refused.errorMessage()));
    refused =
        TaskMessages::message(task(TaskAction::Erase, 2, {}), sampleCase(), s, organisation(), QStringLiteral("de"));
    QCOMPARE(refused.error().field, QStringLiteral("language"));
}

void TestRecordReports::taskSheetIsOnePage()
{
    DataSystem s = crm();
    s.instructionsFr = QString(QStringLiteral("Consigne détaillée. ")).repeated(150); // 3,000 characters
    auto pdf = TaskMessages::sheet(task(TaskAction::Erase, 3, QDate(2026, 3, 20)), sampleCase(), s, organisation(),
                                   QStringLiteral("fr"));
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    int pages = 0;
    const QString text = pdfText(*pdf, &pages).replace(QChar(0xa0), QLatin1Char(' '));
    QCOMPARE(pages, 1);
    for (const QString &expected :
         {QStringLiteral("Tâche DR-2026-0042/T3"), QStringLiteral("paul.martin@courriels.example"),
          QStringLiteral("elodie.dupre@example.fr"), QStringLiteral("20 mars 2026"), QStringLiteral("Anne Lefèvre")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
    QVERIFY(!text.contains(QStringLiteral("+33 6 12 34 56 78")));
}

void TestRecordReports::digestPerOwner()
{
    const QDate today(2026, 3, 20);
    QList<CaseTask> tasks;
    const auto add = [&](const QString &reference, int n, const QString &owner, QDate due, TaskState state) {
        CaseTask t = task(TaskAction::Erase, n, due);
        t.caseReference = reference;
        t.ownerEmail = owner;
        t.ownerName = owner.section(u'@', 0, 0);
        t.state = state;
        tasks << t;
    };
    const QString paul = QStringLiteral("paul@courriels.example");
    const QString lina = QStringLiteral("lina@courriels.example");
    add(QStringLiteral("DR-2026-0050"), 1, paul, QDate(2026, 3, 25), TaskState::Sent);
    add(QStringLiteral("DR-2026-0042"), 2, paul, QDate(2026, 3, 18), TaskState::Sent); // overdue
    add(QStringLiteral("DR-2026-0043"), 1, paul, QDate(2026, 3, 10), TaskState::Answered);
    add(QStringLiteral("DR-2026-0044"), 4, lina, QDate(2026, 3, 30), TaskState::ToSend);
    auto digests = TaskMessages::digests(tasks, today, organisation(), QStringLiteral("en"));
    QVERIFY2(digests.ok(), qPrintable(digests.errorMessage()));
    QCOMPARE(digests->size(), 2);
    const TaskMessage &first = digests->at(0).to == paul ? digests->at(0) : digests->at(1);
    QCOMPARE(first.to, paul);
    QVERIFY2(first.subject.contains(QStringLiteral("2, 1 overdue")), qPrintable(first.subject));
    const qsizetype overdue = first.body.indexOf(QStringLiteral("OVERDUE — [DR-2026-0042/T2] CRM"));
    const qsizetype later = first.body.indexOf(QStringLiteral("[DR-2026-0050/T1]"));
    QVERIFY2(overdue >= 0 && later > overdue, qPrintable(first.body));
    QVERIFY(first.body.contains(QStringLiteral("due 25 March 2026")));
    QVERIFY(!first.body.contains(QStringLiteral("DR-2026-0043"))); // answered
    QVERIFY(!first.body.contains(QStringLiteral("DR-2026-0044"))); // another owner's
    QCOMPARE(first.body.count(QStringLiteral("OVERDUE")), 1);
    tasks[0].ownerEmail.clear();
    auto refused = TaskMessages::digests(tasks, today, organisation(), QStringLiteral("fr"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(QStringLiteral("DR-2026-0050/T1")));
}

void TestRecordReports::activitiesCsvRoundTrip_data()
{
    QTest::addColumn<CsvProfile>("profile");
    QTest::newRow("standard") << CsvProfile::Standard;
    QTest::newRow("fr-spreadsheet") << CsvProfile::FrSpreadsheet;
}

void TestRecordReports::activitiesCsvRoundTrip()
{
    QFETCH(CsvProfile, profile);
    ProcessingActivity controller = fullActivity();
    controller.name = QStringLiteral("Prospection");
    controller.role = ProcessingRole::Controller;
    controller.controller.clear();
    controller.source.clear();
    controller.automatedDecision.clear();
    const QList<ProcessingActivity> activities{RecordRules::cleaned(fullActivity()), RecordRules::cleaned(controller),
                                               RecordRules::cleaned(smallActivity())};
    const QByteArray csv = RecordReports::activitiesCsv(activities, profile);
    QCOMPARE(csv.startsWith("\xEF\xBB\xBF"), profile == CsvProfile::FrSpreadsheet);
    const auto parsed = reporttest::parseCsv(csv, profile == CsvProfile::FrSpreadsheet ? u';' : u',');
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.rows.first(), RecordRules::activityColumns());
    const auto read = RecordRules::readActivities(csv);
    QStringList problems;
    for (const RecordProblem &p : read.problems) {
        problems << p.toString();
    }
    QVERIFY2(read.ok(), qPrintable(problems.join(u'\n')));
    QCOMPARE(read.rows.size(), activities.size());
    for (qsizetype i = 0; i < activities.size(); ++i) {
        QCOMPARE(read.rows.at(i).value, activities.at(i));
    }
}

void TestRecordReports::activitiesPdfHoldsEveryField()
{
    ReportHeader header;
    header.organisation = organisation();
    header.generatedAtUtc = QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC);
    header.today = QDate(2026, 3, 20);
    QList<ProcessingActivity> activities{fullActivity(), smallActivity()};
    // Enough activities for several pages.
    for (int i = 0; i < 6; ++i) {
        ProcessingActivity a = fullActivity();
        a.name = QStringLiteral("Activité %1").arg(i);
        activities << a;
    }
    auto pdf = RecordReports::activitiesPdf(activities, header);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    int pages = 0;
    const QString text = pdfText(*pdf, &pages);
    QVERIFY(pages > 1);
    const ProcessingActivity a = fullActivity();
    QStringList expected{QStringLiteral("Courriels & Cie SAS"),
                         QStringLiteral("8 avenue Jean-Jaurès, 75019 Paris"),
                         QStringLiteral("Anne Lefèvre"),
                         QStringLiteral("dpo@courriels.example"),
                         QStringLiteral("2026-03-20"),
                         a.name,
                         QStringLiteral("Joint controller, with Partenaires "
                                        "Fidélité SAS"),
                         QStringLiteral("Processor, for the controller Client Industrie SA"),
                         QStringLiteral("Paie client"),
                         QStringLiteral("page 1 / %1").arg(pages),
                         QStringLiteral("page %1 / %1").arg(pages),
                         QStringLiteral("puis archivage 10 ans"),
                         a.entity};
    expected << a.purposes << a.legalBasis << a.dataSubjects << a.dataCategories << a.recipients << a.transfers
             << a.source << a.automatedDecision << a.systems;
    for (const QString &e : expected) {
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in: ") + text));
    }
}

void TestRecordReports::caseTasksPdfHoldsTheEvidence()
{
    ReportHeader header;
    header.organisation = organisation();
    header.generatedAtUtc = QDateTime(QDate(2026, 3, 28), QTime(9, 0), Qt::UTC);
    CaseTask erase = task(TaskAction::Erase, 3, QDate(2026, 3, 20));
    erase.state = TaskState::Answered;
    erase.ownerName = QStringLiteral("Paul Martin");
    erase.ownerEmail = QStringLiteral("paul.martin@courriels.example");
    erase.sentOn = QDate(2026, 3, 9);
    erase.sentTo = erase.ownerEmail;
    erase.answeredOn = QDate(2026, 3, 12);
    erase.result = TaskResult::Done;
    erase.note = QStringLiteral("Compte supprimé, sauvegardes purgées sous 30 jours.");
    erase.activities = QStringLiteral("Gestion des clients");
    erase.evidence = {7, 8};
    CaseTask search = task(TaskAction::Search, 4, QDate(2026, 3, 20));
    Attachment evidence;
    evidence.id = 7;
    evidence.displayName = QStringLiteral("journal-suppression.pdf");
    evidence.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    auto pdf = RecordReports::caseTasksPdf(sampleCase(), {erase, search}, {{7, evidence}}, header);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    const QString text = pdfText(*pdf);
    for (const QString &expected :
         {QStringLiteral("DR-2026-0042"), QStringLiteral("Erasure, Portability"), QStringLiteral("T3 — CRM — Erase"),
          QStringLiteral("T4 — CRM — Search"), QStringLiteral("Paul Martin"), QStringLiteral("2026-03-06 / 2026-03-20"),
          QStringLiteral("2026-03-09, to paul.martin@courriels.example"), QStringLiteral("2026-03-12"),
          QStringLiteral("Done"), QStringLiteral("sauvegardes purgées"), QStringLiteral("journal-suppression.pdf"),
          evidence.sha256, QStringLiteral("file #8: not among the files given"), QStringLiteral("Not sent")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
    // The person's identity is not needed to prove what was done.
    QVERIFY(!text.contains(QStringLiteral("elodie.dupre@example.fr")));
}

QTEST_MAIN(TestRecordReports)
#include "tst_record_reports.moc"
