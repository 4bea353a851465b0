// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Letters as the DPO writes them: the letter the case calls for proposed, the text the law needs asked for, a letter
// the case contradicts refused in words, the PDF previewed, saved, printed (also before its effect can be recorded),
// recorded as sent with its effect (and handed to the mail program when the request came
// by e-mail); the organisation's templates edited, refused when wrong, reset; the logo chosen in the settings;
// acknowledgements for every new request from the menu. Real widgets, offscreen; no dialog ever blocks.
#include "appsettings.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "dialogs/acknowledgementsdialog.h"
#include "dialogs/letterdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/templateeditordialog.h"
#include "letters/letter.h"
#include "mainwindow.h"
#include "prompter.h"
#include "register/casefiles.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "reportparsers.h"
#include "storage/auditlog.h"
#include "storage/stores.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dpodesk;
using reporttest::pdfText;

namespace {

const QDate kToday(2026, 11, 26);

CaseRecord someCase(const QString &last, Channel channel)
{
    CaseRecord c;
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = last;
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.channel = channel;
    c.receivedOn = QDate(2026, 11, 20);
    c.rights.append(RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    return c;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGuiLetters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void suggestedLetterRecordedAsSent();
    void missingTextAndEffectExplained();
    void trueLetterSavedBeforeItsEffect();
    void saveAndPrint();
    void mailProgramOfferedForEmailRequests();
    void templateEditedRefusedAndReset();
    void logoChosenInSettings();
    void acknowledgeAllFromTheMenu();

private:
    int letterCount(qint64 caseId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegisterSession> m_session;
    CaseRecord m_post;
    CaseRecord m_email;
};

void TestGuiLetters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
}

void TestGuiLetters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<RegisterSession>(std::make_unique<FixedClock>(kToday));
    QVERIFY(m_session->open(m_dir->filePath(QStringLiteral("register.sqlite"))).ok());
    QVERIFY(m_session->ensureChecked().ok());
    OrganisationProfile org = m_session->organisation();
    org.name = QStringLiteral("Courriels & Cie SAS");
    org.dpoName = QStringLiteral("Anne Lefèvre");
    org.dpoEmail = QStringLiteral("dpo@courriels.example");
    QVERIFY(m_session->saveOrganisation(org).ok());
    auto post = m_session->create(someCase(QStringLiteral("Dupré"), Channel::Post));
    QVERIFY2(post.ok(), qPrintable(post.errorMessage()));
    m_post = *post;
    auto email = m_session->create(someCase(QStringLiteral("Nguyễn"), Channel::Email));
    QVERIFY(email.ok());
    m_email = *email;
    Prompter::takeShown();
}

void TestGuiLetters::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

int TestGuiLetters::letterCount(qint64 caseId) const
{
    int n = 0;
    for (const Attachment &a : m_session->service().attachments(caseId).value()) {
        n += a.kind == AttachmentKind::OutgoingLetter ? 1 : 0;
    }
    return n;
}

void TestGuiLetters::suggestedLetterRecordedAsSent()
{
    LetterDialog dialog(*m_session, m_post);
    dialog.show();
    QCOMPARE(dialog.kind(), LetterKind::Acknowledgement);
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("letterKind"));
    QVERIFY(kind->currentText().contains(QStringLiteral("suggested")));
    const QByteArray pdf = dialog.currentPdf();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Élodie Dupré")));
    // The preview shows those very bytes.
    QTRY_COMPARE(dialog.findChild<QPdfView *>(QStringLiteral("letterPreview"))->document()->pageCount(), 1);
    auto *record = dialog.findChild<QPushButton *>(QStringLiteral("recordLetter"));
    QVERIFY(record->isEnabled());

    // Cancelled at the confirmation: nothing stored.
    Prompter::answerNext(QMessageBox::No);
    QVERIFY(!dialog.recordAsSent());
    QCOMPARE(letterCount(m_post.id), 0);

    Prompter::answerNext(QMessageBox::Yes);
    QVERIFY(dialog.recordAsSent());
    QCOMPARE(dialog.savedCase().acknowledgedOn, kToday);
    QCOMPARE(dialog.savedCase().status, CaseStatus::InProgress);
    QCOMPARE(letterCount(m_post.id), 1);
    const Attachment kept = m_session->service().attachments(m_post.id)->constFirst();
    QCOMPARE(m_session->attachmentContent(kept.id, QStringLiteral("view")).value(), pdf);
    auto events = m_session->service().history(m_post.reference);
    QVERIFY(events.ok());
    QVERIFY(std::any_of(events->cbegin(), events->cend(),
                        [](const AuditEvent &e) { return e.action == QLatin1String("letter.sent"); }));
    // A letter by post: no e-mail offered.
    QVERIFY(Prompter::takeShown().filter(QStringLiteral("e-mail program")).isEmpty());
}

void TestGuiLetters::missingTextAndEffectExplained()
{
    LetterDialog dialog(*m_session, m_post);
    auto *record = dialog.findChild<QPushButton *>(QStringLiteral("recordLetter"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveLetter"));
    dialog.setKind(LetterKind::IdentityRequest);
    QVERIFY(dialog.currentPdf().isEmpty());
    QVERIFY2(dialog.problem().contains(QStringLiteral("what information is needed")), qPrintable(dialog.problem()));
    QVERIFY(!record->isEnabled());
    QVERIFY(!save->isEnabled());
    dialog.setText(QStringLiteral("Une copie recto de votre pièce d'identité, le nom de naissance masqué."));
    QVERIFY(!dialog.currentPdf().isEmpty());
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(record->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("letterEffect"))->text().contains(QStringLiteral("clock stops")));

    // An extension notice before any extension would announce reasons and a deadline that do not exist: nothing to
    // preview, save, print or record, and the dialog says why in the words of the core check.
    dialog.setKind(LetterKind::ExtensionNotice);
    QVERIFY(dialog.currentPdf().isEmpty());
    QCOMPARE(dialog.problem(), LetterKinds::check(LetterKind::ExtensionNotice, m_post, kToday).errorMessage());
    QVERIFY2(dialog.problem().contains(QStringLiteral("Record the extension first")), qPrintable(dialog.problem()));
    QVERIFY(!record->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.saveTo(m_dir->filePath(QStringLiteral("notice.pdf"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("notice.pdf"))));
    Prompter::answerNext(QMessageBox::Yes);
    QVERIFY(!dialog.recordAsSent());
    QCOMPARE(letterCount(m_post.id), 0);
}

void TestGuiLetters::trueLetterSavedBeforeItsEffect()
{
    // The answer to access is true, but the case cannot be answered while erasure is still pending: the letter can be
    // saved or printed, not recorded, and the dialog says why.
    CaseRecord two = someCase(QStringLiteral("Martin"), Channel::Post);
    two.rights.append(RightRequest{Right::Erasure, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    auto created = m_session->create(two);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    // The access answer states the activities of the record chosen for the case, and how the copy is provided.
    DataSystem crm;
    crm.name = QStringLiteral("CRM");
    crm.ownerName = QStringLiteral("Julie Bernard");
    crm.ownerEmail = QStringLiteral("julie@example.invalid");
    crm.identifiers = {SubjectIdentifier::Email};
    crm.actions = {TaskAction::Search, TaskAction::Export};
    // Kept by another program on the same register (the command line would do the same).
    const FixedClock clock(kToday);
    auto other = RegisterService::open(m_session->service().path(), {}, clock, QStringLiteral("tester"));
    QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
    QVERIFY((*other)->saveSystem(crm).ok());
    ProcessingActivity customers;
    customers.name = QStringLiteral("Gestion des clients");
    customers.purposes = {QStringLiteral("Commandes")};
    customers.legalBasis = {QStringLiteral("Art. 6(1)(b) RGPD : contrat")};
    customers.dataSubjects = {QStringLiteral("Clients")};
    customers.dataCategories = {QStringLiteral("Identité")};
    customers.retention = QStringLiteral("Trois ans");
    customers.systems = {QStringLiteral("CRM")};
    QVERIFY((*other)->saveActivity(customers).ok());
    QVERIFY((*other)->setCaseActivities(*created, {customers.name}).ok());
    LetterDialog dialog(*m_session, *created);
    dialog.setKind(LetterKind::AnswerAccess);
    dialog.setText(QStringLiteral("La copie est jointe au format CSV."));
    QVERIFY2(!dialog.currentPdf().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(pdfText(dialog.currentPdf()).contains(QStringLiteral("Gestion des clients")));
    QVERIFY2(dialog.problem().startsWith(QStringLiteral("It cannot be recorded as sent yet:")),
             qPrintable(dialog.problem()));
    QVERIFY2(dialog.problem().contains(QStringLiteral("pending")), qPrintable(dialog.problem()));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveLetter"))->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("printLetter"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("recordLetter"))->isEnabled());
    const QString path = m_dir->filePath(QStringLiteral("answer.pdf"));
    QVERIFY(dialog.saveTo(path));
    QCOMPARE(readFile(path), dialog.currentPdf());
    QCOMPARE(letterCount(created->id), 0);
}

void TestGuiLetters::saveAndPrint()
{
    LetterDialog dialog(*m_session, m_post);
    dialog.setLanguage(QStringLiteral("en"));
    const QString path = m_dir->filePath(QStringLiteral("letter.pdf"));
    QVERIFY(dialog.saveTo(path));
    const QByteArray saved = readFile(path);
    QCOMPARE(saved, dialog.currentPdf());
    QVERIFY(pdfText(saved).contains(QStringLiteral("Dear Sir or Madam")));
    // A folder is not a file: refused in words, nothing written.
    QVERIFY(!dialog.saveTo(m_dir->path()));
    QVERIFY(Prompter::takeShown().join(u' ').contains(QStringLiteral("folder")));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setResolution(150);
    const QString printed = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    QVERIFY(dialog.printTo(printer));
    int pages = 0;
    pdfText(readFile(printed), &pages);
    int expected = 0;
    pdfText(saved, &expected);
    QCOMPARE(pages, expected);
}

void TestGuiLetters::mailProgramOfferedForEmailRequests()
{
    // A stand-in for xdg-email that records how it was called.
    const QString bin = m_dir->filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString log = m_dir->filePath(QStringLiteral("xdg-email.log"));
    QFile script(QDir(bin).filePath(QStringLiteral("xdg-email")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\nfor a in \"$@\"; do echo \"$a\" >> '%1'; done\n").arg(log).toUtf8());
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.toUtf8() + ':' + path);

    LetterDialog dialog(*m_session, m_email);
    Prompter::answerNext(QMessageBox::Yes); // record as sent
    Prompter::answerNext(QMessageBox::Yes); // open the mail program
    QVERIFY(dialog.recordAsSent());
    qputenv("PATH", path);
    QTRY_VERIFY(QFile::exists(log));
    QTRY_VERIFY(readFile(log).split('\n').size() >= 5);
    const QList<QByteArray> args = readFile(log).trimmed().split('\n');
    QCOMPARE(args.at(0), QByteArray("--subject"));
    QCOMPARE(args.at(1), QStringLiteral("Votre demande %1").arg(m_email.reference).toUtf8());
    QCOMPARE(args.at(2), QByteArray("--attach"));
    QCOMPARE(args.at(4), QByteArray("elodie.dupre@example.fr"));
    // The attached file is the letter kept with the case.
    const Attachment kept = m_session->service().attachments(m_email.id)->constFirst();
    QCOMPARE(readFile(QString::fromUtf8(args.at(3))), m_session->attachmentContent(kept.id, {}).value());
}

void TestGuiLetters::templateEditedRefusedAndReset()
{
    TemplateEditorDialog editor(*m_session, LetterKinds::name(LetterKind::Acknowledgement), QStringLiteral("fr"));
    auto *save = editor.findChild<QPushButton *>(QStringLiteral("saveTemplate"));
    auto *reset = editor.findChild<QPushButton *>(QStringLiteral("resetTemplate"));
    QVERIFY(!reset->isEnabled()); // the shipped default
    // Kept exactly, non-breaking spaces included.
    const QString shipped = Letters::defaultTemplate(LetterKind::Acknowledgement, QStringLiteral("fr")).value();
    QCOMPARE(editor.text().trimmed(), shipped.trimmed());
    QVERIFY(!save->isEnabled()); // nothing changed yet

    editor.setText(QStringLiteral("<p>Bonjour {{subject.nmae}}</p>"));
    QVERIFY2(editor.problem().contains(QStringLiteral("{{subject.nmae}}")), qPrintable(editor.problem()));
    QVERIFY(!save->isEnabled());
    QVERIFY(!editor.save());
    QVERIFY(
        !m_session->service().hasCustomLetterTemplate(QStringLiteral("acknowledgement"), QStringLiteral("fr")).value());

    editor.setText(QStringLiteral("<p>MARQUE-MAISON pour {{subject.name}}</p>"));
    QVERIFY(editor.problem().isEmpty());
    QVERIFY(save->isEnabled());
    QVERIFY(editor.previewHtml().contains(QStringLiteral("MARQUE-MAISON")));
    QVERIFY(editor.save());
    QVERIFY(reset->isEnabled());

    LetterDialog letter(*m_session, m_post);
    QVERIFY(pdfText(letter.currentPdf()).contains(QStringLiteral("MARQUE-MAISON pour Élodie Dupré")));

    Prompter::answerNext(QMessageBox::Yes);
    QVERIFY(editor.reset());
    QVERIFY(
        !m_session->service().hasCustomLetterTemplate(QStringLiteral("acknowledgement"), QStringLiteral("fr")).value());
    QVERIFY(!reset->isEnabled());
}

void TestGuiLetters::logoChosenInSettings()
{
    SettingsDialog dialog(*m_session);
    const QString bad = m_dir->filePath(QStringLiteral("logo.png"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("this is not a picture");
    badFile.close();
    QVERIFY(!dialog.setLogoFile(bad));
    QVERIFY(dialog.formProfile().logo.isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsError"))->text().contains(QStringLiteral("PNG")));

    QImage image(90, 30, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    const QString good = m_dir->filePath(QStringLiteral("good.png"));
    QVERIFY(image.save(good));
    QVERIFY(dialog.setLogoFile(good));
    QCOMPARE(dialog.formProfile().logo, readFile(good));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("logoPreview"))->pixmap().isNull());
}

void TestGuiLetters::acknowledgeAllFromTheMenu()
{
    // Four requests still "new": the two of init(), a complaint the CNIL forwarded, and one that already carries an
    // acknowledgement date. The batch counts what it will really do and says why for the others.
    CaseRecord complaint = someCase(QStringLiteral("Plainte"), Channel::Post);
    complaint.rights = {RightRequest{Right::CnilComplaint, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    complaint.cnilReference = QStringLiteral("PLT-26012345");
    complaint.cnilDueDate = QDate(2026, 12, 20);
    QVERIFY(m_session->create(complaint).ok());
    CaseRecord acknowledged = someCase(QStringLiteral("Déjà"), Channel::Post);
    acknowledged.acknowledgedOn = QDate(2026, 11, 21);
    auto already = m_session->create(acknowledged);
    QVERIFY2(already.ok(), qPrintable(already.errorMessage()));
    QCOMPARE(already->status, CaseStatus::New);

    AcknowledgementsDialog dialog(*m_session);
    QVERIFY(dialog.prepare());
    QCOMPARE(dialog.batch().letters.size(), 4);
    QCOMPARE(dialog.batch().readyCount(), 2);
    QVERIFY2(dialog.summary().contains(QStringLiteral("4 new request(s): 2 acknowledgement(s) ready, 2 left out")),
             qPrintable(dialog.summary()));
    const auto rowOf = [&dialog](const QString &lastName) {
        for (int row = 0; row < dialog.batch().letters.size(); ++row) {
            if (dialog.batch().letters.at(row).input.record.subject.lastName == lastName) {
                return row;
            }
        }
        return -1;
    };
    QVERIFY2(
        dialog.outcomeOf(rowOf(QStringLiteral("Plainte"))).contains(QStringLiteral("complaint the CNIL forwarded")),
        qPrintable(dialog.outcomeOf(rowOf(QStringLiteral("Plainte")))));
    QVERIFY2(dialog.outcomeOf(rowOf(QStringLiteral("Déjà"))).contains(QStringLiteral("Already acknowledged on")),
             qPrintable(dialog.outcomeOf(rowOf(QStringLiteral("Déjà")))));
    QCOMPARE(dialog.outcomeOf(rowOf(QStringLiteral("Dupré"))), QStringLiteral("Ready"));

    // Drawn, not sent: nothing is recorded, and nothing can be before the letters leave.
    QCOMPARE(letterCount(m_post.id), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("recordAcknowledgements"))->isEnabled());
    QCOMPARE(dialog.recordSent(), 0);

    // Only the letter by post goes out: saved as one PDF to print, then recorded; the e-mail one stays to do.
    dialog.setChosen(rowOf(QStringLiteral("Nguyễn")), false);
    const QString path = m_dir->filePath(QStringLiteral("batch.pdf"));
    QVERIFY(dialog.saveTo(path));
    const QStringList pages = reporttest::pdfPages(readFile(path));
    QVERIFY(!pages.isEmpty());
    const QString printed = pages.join(u' ');
    QVERIFY2(printed.contains(m_post.reference) && !printed.contains(m_email.reference), qPrintable(printed));
    QVERIFY(pages.constLast().contains(QStringLiteral("%1 — page").arg(m_post.reference)));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("recordAcknowledgements"))->isEnabled());
    Prompter::answerNext(QMessageBox::Yes);
    QCOMPARE(dialog.recordSent(), 1);
    QCOMPARE(letterCount(m_post.id), 1);
    QCOMPARE(letterCount(m_email.id), 0);
    QVERIFY(dialog.outcomeOf(rowOf(QStringLiteral("Dupré"))).startsWith(QStringLiteral("Recorded as sent")));
    QCOMPARE(m_session->service().findCase(m_post.id)->acknowledgedOn, kToday);
    QVERIFY(!m_session->service().findCase(m_email.id)->acknowledgedOn.isValid());

    // Next time, the e-mail one is still there to acknowledge, and only it.
    AcknowledgementsDialog again(*m_session);
    QVERIFY(again.prepare());
    QCOMPARE(again.batch().readyCount(), 1);
    QCOMPARE(again.batch().letters.at(0).input.record.id == m_email.id ||
                 again.batch().letters.at(1).input.record.id == m_email.id ||
                 again.batch().letters.at(2).input.record.id == m_email.id,
             true);
}

QTEST_MAIN(TestGuiLetters)
#include "tst_gui_letters.moc"
