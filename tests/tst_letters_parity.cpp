// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// One set of preconditions for every way a letter leaves DPO Desk. A letter whose content the register contradicts
// (an extension notice for a case never extended, a "no data held" letter while the register records no such outcome,
// a post-mortem answer with no heir recorded...) is refused in the same words by the core check (LetterKinds::check),
// by `dpodesk-cli letter` run as a separate process on the same register, by the desk's letter dialog (nothing to
// preview, save, print or record) and by recording it as sent; no file is written, nothing is stored.
#include "clirunner.h"

#include "common/clock.h"
#include "dialogs/letterdialog.h"
#include "dialogs/workflowdialogs.h"
#include "domain/caseworkflow.h"
#include "letters/letterkind.h"
#include "prompter.h"
#include "register/casefiles.h"
#include "register/letteroutbox.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "reportparsers.h"
#include "storage/stores.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace dpodesk;
using namespace clitest;

namespace {

const QDate kToday(2026, 11, 26); // DPODESK_TODAY of CliRunner

CaseRecord request(const QList<Right> &rights)
{
    CaseRecord c;
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.channel = Channel::Post;
    c.receivedOn = QDate(2026, 11, 20);
    for (Right r : rights) {
        c.rights.append(RightRequest{r, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    }
    return c;
}

/// Builds the case of one situation in the register; returns it as stored.
using Situation = std::function<Result<CaseRecord>(RegisterSession &)>;

} // namespace

Q_DECLARE_METATYPE(Situation)
Q_DECLARE_METATYPE(dpodesk::LetterKind)

class TestLettersParity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusedEverywhere_data();
    void refusedEverywhere();
    void writtenEverywhereOnceTrue();
    void notificationGoesToTheRecipientChosen();
    void clarificationLeavesTheClockRunning();
    void oneReplyCoversEveryRight();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegisterSession> m_session;
    CliRunner m_cli;
};

void TestLettersParity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
    m_cli.setUp();
}

void TestLettersParity::init()
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
    Prompter::takeShown();
}

void TestLettersParity::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestLettersParity::refusedEverywhere_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<Situation>("situation");
    QTest::addColumn<QString>("why"); // a part of the sentence, to know it is the right one

    QTest::newRow("extension notice, never extended")
        << LetterKind::ExtensionNotice
        << Situation([](RegisterSession &s) { return s.create(request({Right::Access})); })
        << QStringLiteral("was never extended");
    QTest::newRow("no data held, the right still pending")
        << LetterKind::NoData << Situation([](RegisterSession &s) { return s.create(request({Right::Access})); })
        << QStringLiteral("does not record that outcome (Access: Pending)");
    QTest::newRow("no data held, access granted") << LetterKind::NoData << Situation([](RegisterSession &s) {
        auto created = s.create(request({Right::Access}));
        if (!created) {
            return created;
        }
        auto answered = s.answer(*created, QDate(2026, 11, 25),
                                 {RightDecision{Right::Access, Outcome::Granted, RefusalGround::None, {}}});
        if (!answered) {
            return Result<CaseRecord>(answered.error());
        }
        return Result<CaseRecord>(answered->record);
    }) << QStringLiteral("does not record that outcome (Access: Granted)");
    QTest::newRow("post-mortem answer, no requester")
        << LetterKind::PostMortemAnswer
        << Situation([](RegisterSession &s) { return s.create(request({Right::PostMortem})); })
        << QStringLiteral("records no one acting for the data subject");
    QTest::newRow("post-mortem answer, a representative")
        << LetterKind::PostMortemAnswer << Situation([](RegisterSession &s) {
               CaseRecord c = request({Right::PostMortem});
               c.requester = Requester{Person{}, Capacity::Representative, QStringLiteral("Mandat")};
               c.requester->person.firstName = QStringLiteral("Paul");
               c.requester->person.lastName = QStringLiteral("Dupré");
               return s.create(c);
           })
        << QStringLiteral("acts as \"Representative with a mandate\"");
    // More of the table's requirements, the same way.
    QTest::newRow("refusal, nothing refused")
        << LetterKind::Refusal << Situation([](RegisterSession &s) { return s.create(request({Right::Erasure})); })
        << QStringLiteral("records no right refused with its ground and reasons");
    QTest::newRow("answer, a right not asked")
        << LetterKind::AnswerErasure << Situation([](RegisterSession &s) { return s.create(request({Right::Access})); })
        << QStringLiteral("does not cover the right \"Erasure\"");
    QTest::newRow("recipient notification, no recipient")
        << LetterKind::RecipientNotification
        << Situation([](RegisterSession &s) { return s.create(request({Right::Erasure})); })
        << QStringLiteral("records none");
    QTest::newRow("restriction lifted, never granted")
        << LetterKind::RestrictionLiftingNotice
        << Situation([](RegisterSession &s) { return s.create(request({Right::Restriction})); })
        << QStringLiteral("no restriction of processing granted");
    QTest::newRow("proof of capacity, nobody acting for the person")
        << LetterKind::CapacityRequest
        << Situation([](RegisterSession &s) { return s.create(request({Right::Access})); })
        << QStringLiteral("records no requester");
    QTest::newRow("recipient notification, no address")
        << LetterKind::RecipientNotification << Situation([](RegisterSession &s) {
               auto created = s.create(request({Right::Rectification}));
               if (!created) {
                   return created;
               }
               auto set = s.setRecipients(*created, {Recipient{QStringLiteral("Routage Express SAS"), {}}});
               if (!set) {
                   return Result<CaseRecord>(set.error());
               }
               return Result<CaseRecord>(set->record);
           })
        << QStringLiteral("records no address for it: add the recipient's postal or e-mail address first");
    QTest::newRow("acknowledgement of a CNIL complaint")
        << LetterKind::Acknowledgement << Situation([](RegisterSession &s) {
               CaseRecord c = request({Right::CnilComplaint});
               c.cnilReference = QStringLiteral("PLT-26012345");
               c.cnilDueDate = QDate(2026, 12, 20);
               return s.create(c);
           })
        << QStringLiteral("is a complaint the CNIL forwarded");
    QTest::newRow("consent withdrawn, not asked") << LetterKind::ConsentWithdrawn << Situation([](RegisterSession &s) {
        return s.create(request({Right::Access}));
    }) << QStringLiteral("does not cover the right \"Withdrawal of consent\"");
}

void TestLettersParity::refusedEverywhere()
{
    QFETCH(LetterKind, kind);
    QFETCH(Situation, situation);
    QFETCH(QString, why);
    auto stored = situation(*m_session);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));

    // The core check: the sentence.
    const auto checked = LetterKinds::check(kind, *stored, kToday);
    QVERIFY(!checked.ok());
    const QString sentence = checked.errorMessage();
    QVERIFY2(sentence.contains(why), qPrintable(sentence));

    // The command line, a separate process on the same register: exit 1, one line on stderr, no file.
    const QString out = m_dir->filePath(QStringLiteral("cli.pdf"));
    const Run cli =
        m_cli.run(QStringList{QStringLiteral("letter"), QStringLiteral("--case"), stored->reference,
                              QStringLiteral("--kind"), LetterKinds::name(kind), QStringLiteral("--out"), out}
                  << databaseOption(m_session->path()));
    CLI_VERIFY_REFUSED(cli, kFailure, sentence);
    QCOMPARE(QString::fromUtf8(cli.err), QString(QStringLiteral("dpodesk-cli: ") + sentence + u'\n'));
    QVERIFY2(!QFile::exists(out), cli.describe().constData());

    // The desk's letter dialog: the problem in words, nothing to save, print or record, and no file.
    LetterDialog dialog(*m_session, *stored);
    dialog.setKind(kind);
    QVERIFY(dialog.currentPdf().isEmpty());
    QCOMPARE(dialog.problem(), sentence);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("letterProblem"))->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveLetter"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("printLetter"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("recordLetter"))->isEnabled());
    const QString saved = m_dir->filePath(QStringLiteral("desk.pdf"));
    QVERIFY(!dialog.saveTo(saved));
    QVERIFY(!QFile::exists(saved));
    Prompter::answerNext(QMessageBox::Yes);
    QVERIFY(!dialog.recordAsSent());
    QVERIFY(m_session->service().attachments(stored->id)->isEmpty());

    // Recording as sent, in the core: the same words, nothing stored.
    LetterInput input{*stored, m_session->organisation(), kind, QStringLiteral("fr"), kToday, QStringLiteral("x"), {}};
    // A PDF of the letter when it can be drawn at all; the refusal comes before its bytes are read.
    const auto drawn = Letters::pdf(input);
    const auto recorded = m_session->recordLetter(input, drawn ? *drawn : QByteArray("%PDF-1.7\n"));
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.errorMessage(), sentence);
    QVERIFY(m_session->service().attachments(stored->id)->isEmpty());
    QCOMPARE(m_session->service().findCase(stored->id)->version, stored->version);
}

void TestLettersParity::writtenEverywhereOnceTrue()
{
    // Once the extension is recorded, the notice is true: the command line writes it and the desk saves it.
    auto created = m_session->create(request({Right::Access}));
    QVERIFY(created.ok());
    auto extended =
        m_session->extend(*created, ExtensionReason::Complexity, QStringLiteral("Quatre systèmes."), kToday);
    QVERIFY2(extended.ok(), qPrintable(extended.errorMessage()));
    const auto stored = Result<CaseRecord>(extended->record);
    QVERIFY(LetterKinds::check(LetterKind::ExtensionNotice, *stored, kToday).ok());

    const QString out = m_dir->filePath(QStringLiteral("cli.pdf"));
    const Run cli = m_cli.run(QStringList{QStringLiteral("letter"), QStringLiteral("--case"), stored->reference,
                                          QStringLiteral("--kind"), QStringLiteral("extension-notice"),
                                          QStringLiteral("--out"), out}
                              << databaseOption(m_session->path()));
    CLI_VERIFY_EXIT(cli, kOk);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = reporttest::pdfText(written.readAll());
    QVERIFY2(text.contains(QStringLiteral("Quatre systèmes.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("22 février 2027")), qPrintable(text)); // 20 Nov + 3 months → Monday

    LetterDialog dialog(*m_session, *stored);
    QCOMPARE(dialog.kind(), LetterKind::ExtensionNotice); // suggested
    QVERIFY(dialog.problem().isEmpty());
    const QString saved = m_dir->filePath(QStringLiteral("desk.pdf"));
    QVERIFY(dialog.saveTo(saved));
    QFile desk(saved);
    QVERIFY(desk.open(QIODevice::ReadOnly));
    QCOMPARE(reporttest::pdfText(desk.readAll()), text);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("recordLetter"))->isEnabled());
}

void TestLettersParity::notificationGoesToTheRecipientChosen()
{
    // GDPR art. 19: written to one recipient, at its address, without the person's request; recording it as sent
    // records that recipient as notified, and the answer then names it (and only it).
    auto created = m_session->create(request({Right::Rectification}));
    QVERIFY(created.ok());
    auto set = m_session->setRecipients(
        *created,
        {Recipient{QStringLiteral("Routage Express SAS"), {}, QStringLiteral("12 quai de Seine\n75019 Paris")},
         Recipient{QStringLiteral("Banque Horizon"), {}, QStringLiteral("conformite@horizon.example")}});
    QVERIFY2(set.ok(), qPrintable(set.errorMessage()));
    const CaseRecord stored = set->record;
    QCOMPARE(stored.recipients.at(0).address, QStringLiteral("12 quai de Seine\n75019 Paris"));

    // Two recipients, none chosen: the command line asks which.
    const QString out = m_dir->filePath(QStringLiteral("cli.pdf"));
    const QStringList base{QStringLiteral("letter"),
                           QStringLiteral("--case"),
                           stored.reference,
                           QStringLiteral("--kind"),
                           QStringLiteral("recipient-notification"),
                           QStringLiteral("--text"),
                           QStringLiteral("Adresse postale corrigée."),
                           QStringLiteral("--out"),
                           out};
    const Run unchosen = m_cli.run(QStringList(base) << databaseOption(m_session->path()));
    CLI_VERIFY_REFUSED(unchosen, kFailure, QStringLiteral("several recipients (Routage Express SAS, Banque Horizon)"));
    QVERIFY(!QFile::exists(out));
    const Run chosen = m_cli.run(QStringList(base) << QStringLiteral("--recipient") << QStringLiteral("Banque Horizon")
                                                   << databaseOption(m_session->path()));
    CLI_VERIFY_EXIT(chosen, kOk);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = reporttest::pdfText(written.readAll());
    const qsizetype reference = text.indexOf(QStringLiteral("Notre référence"));
    QVERIFY2(reference > 0, qPrintable(text));
    const QString head = text.left(reference);
    QVERIFY2(head.contains(QStringLiteral("Banque Horizon")) &&
                 head.contains(QStringLiteral("conformite@horizon.example")) &&
                 !head.contains(QStringLiteral("Élodie")) && !head.contains(QStringLiteral("Routage")),
             qPrintable(head));
    for (const QString &absent : {QStringLiteral("Date de réception"), QStringLiteral("Droits concernés"),
                                  QStringLiteral("20 novembre 2026"), QStringLiteral("droit de rectification")}) {
        QVERIFY2(!text.contains(absent), qPrintable(absent + QStringLiteral(" in: ") + text));
    }
    QVERIFY2(text.contains(QStringLiteral("Adresse postale corrigée.")) &&
                 text.contains(QStringLiteral("Élodie Dupré")),
             qPrintable(text));

    // The desk: the recipient chosen in the dialog; recorded as sent, it is notified on the letter's date.
    LetterDialog dialog(*m_session, stored);
    dialog.setKind(LetterKind::RecipientNotification);
    auto *recipient = dialog.findChild<QComboBox *>(QStringLiteral("letterRecipient"));
    QVERIFY(recipient && recipient->isVisibleTo(&dialog));
    recipient->setCurrentIndex(recipient->findData(QStringLiteral("Routage Express SAS")));
    dialog.setText(QStringLiteral("Adresse postale corrigée."));
    const QString deskText = reporttest::pdfText(dialog.currentPdf());
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY2(deskText.left(deskText.indexOf(QStringLiteral("Notre référence")))
                 .contains(QStringLiteral("12 quai de Seine 75019 Paris")),
             qPrintable(deskText));
    Prompter::answerNext(QMessageBox::Yes);
    QVERIFY(dialog.recordAsSent());
    const auto after = m_session->service().findCase(stored.id);
    QVERIFY(after.ok());
    QCOMPARE(after->recipients.at(0).notifiedOn, kToday);
    QVERIFY(!after->recipients.at(1).notifiedOn.isValid());

    // The answer names the recipient notified, never the other, and never "aucun".
    LetterInput answer{*after,
                       m_session->organisation(),
                       LetterKind::AnswerRectification,
                       QStringLiteral("fr"),
                       kToday,
                       QStringLiteral("Adresse corrigée."),
                       {}};
    const QString answerText = reporttest::pdfText(*Letters::pdf(answer));
    QVERIFY2(answerText.contains(QStringLiteral("aux destinataires auxquels ces données avaient été communiquées")) &&
                 answerText.contains(QStringLiteral("Routage Express SAS")) &&
                 !answerText.contains(QStringLiteral("Banque Horizon")),
             qPrintable(answerText));
    answer.record.recipients[0].notifiedOn = QDate();
    const QString nobodyYet = reporttest::pdfText(*Letters::pdf(answer));
    QVERIFY2(!nobodyYet.contains(QStringLiteral("avons notifié")) && !nobodyYet.contains(QStringLiteral("aucun")),
             qPrintable(nobodyYet));
}

void TestLettersParity::clarificationLeavesTheClockRunning()
{
    // Decree 2019-536 art. 77 suspends the time limits only while identity information is awaited: by default a
    // request for clarification leaves the clock running, everywhere.
    auto created = m_session->create(request({Right::Access}));
    QVERIFY(created.ok());
    const QDate deadline = created->deadline();
    auto refused =
        m_session->suspend(*created, SuspensionReason::Clarification, kToday, QStringLiteral("Quels sites ?"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("does not stop the clock")),
             qPrintable(refused.errorMessage()));
    const Run cli = m_cli.run(QStringList{QStringLiteral("case"), QStringLiteral("suspend"), created->reference,
                                          QStringLiteral("--reason"), QStringLiteral("clarification")}
                              << databaseOption(m_session->path()));
    CLI_VERIFY_REFUSED(cli, kFailure, refused.errorMessage());

    // The letter goes out and says the deadline still runs; the case keeps its deadline and no clock stops.
    LetterInput letter{*created,
                       m_session->organisation(),
                       LetterKind::ClarificationRequest,
                       QStringLiteral("fr"),
                       kToday,
                       QStringLiteral("Quels sites ?"),
                       {}};
    const auto pdf = Letters::pdf(letter);
    QVERIFY(pdf.ok());
    const QString text = reporttest::pdfText(*pdf).replace(QChar(0xa0), u' ').simplified();
    QVERIFY2(text.contains(QStringLiteral("ne suspend pas le délai de réponse : nous vous répondrons au plus tard le "
                                          "21 décembre 2026")),
             qPrintable(text));
    auto sent = m_session->recordLetter(letter, *pdf);
    QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
    QVERIFY(sent->record.suspensions.isEmpty());
    QCOMPARE(sent->record.deadline(), deadline);
    QCOMPARE(sent->attachment.kind, AttachmentKind::OutgoingLetter);

    // The organisation may read it otherwise, in writing: then the letter and the clock follow.
    OrganisationProfile org = m_session->organisation();
    org.clarificationClock = QStringLiteral("stops");
    const auto unjustified = m_session->saveOrganisation(org);
    QVERIFY(!unjustified.ok());
    QCOMPARE(unjustified.error().field, QStringLiteral("clarificationJustification"));
    org.clarificationJustification = QStringLiteral("Note juridique du 3 novembre 2026 (recital 63).");
    QVERIFY(m_session->saveOrganisation(org).ok());
    const auto current = m_session->service().findCase(created->id);
    letter.record = *current;
    // A letter drawn under the old setting ("the deadline still runs") is not recorded under the new one.
    const auto stale = m_session->recordLetter(letter, Letters::pdf(letter).value());
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    letter.organisation = m_session->organisation();
    const QString stops = reporttest::pdfText(*Letters::pdf(letter)).replace(QChar(0xa0), u' ').simplified();
    QVERIFY2(stops.contains(QStringLiteral("le délai de réponse à votre demande est suspendu")), qPrintable(stops));
    auto suspended = m_session->recordLetter(letter, *Letters::pdf(letter));
    QVERIFY2(suspended.ok(), qPrintable(suspended.errorMessage()));
    QCOMPARE(suspended->record.suspensions.size(), 1);
    QVERIFY(suspended->record.openSuspension());
}

void TestLettersParity::oneReplyCoversEveryRight()
{
    // Access and erasure, erasure refused in part: one reply says per right what was decided, with the remedies once;
    // nothing is granted until the DPO chooses it, and the answer is dated when the reply is recorded as sent.
    auto created = m_session->create(request({Right::Access, Right::Erasure}));
    QVERIFY(created.ok());
    {
        AnswerDialog untouched(*m_session, *created);
        untouched.show();
        untouched.accept();
        auto *error = untouched.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY2(error->text().contains(QStringLiteral("still pending")), qPrintable(error->text()));
        QCOMPARE(m_session->service().findCase(created->id)->rights.at(0).outcome, Outcome::Pending);
    }
    AnswerDialog answer(*m_session, *created);
    answer.show();
    auto *access = answer.findChild<QComboBox *>(QStringLiteral("outcome_access"));
    access->setCurrentIndex(access->findData(static_cast<int>(Outcome::NoDataHeld)));
    auto *erasure = answer.findChild<QComboBox *>(QStringLiteral("outcome_erasure"));
    erasure->setCurrentIndex(erasure->findData(static_cast<int>(Outcome::PartiallyGranted)));
    auto *ground = answer.findChild<QComboBox *>(QStringLiteral("ground_erasure"));
    ground->setCurrentIndex(ground->findData(static_cast<int>(RefusalGround::LegalObligation)));
    auto *reason = answer.findChild<QPlainTextEdit *>(QStringLiteral("reason_erasure"));
    QVERIFY(reason); // a real text box: several lines
    reason->setPlainText(QStringLiteral("Les factures sont conservées dix ans.\nArticle L123-22 du Code de commerce."));
    answer.accept();
    QVERIFY2(answer.result() == QDialog::Accepted,
             qPrintable(answer.findChild<QLabel *>(QStringLiteral("error"))->text()));
    QVERIFY(answer.replyToWrite());
    auto decided = m_session->service().findCase(created->id);
    QVERIFY(decided.ok());
    QVERIFY(!decided->answeredOn.isValid()); // no letter yet: no answer date
    QCOMPARE(decided->rights.at(1).outcome, Outcome::PartiallyGranted);

    LetterDialog dialog(*m_session, *decided);
    QCOMPARE(dialog.kind(), LetterKind::Reply); // suggested
    dialog.setText(QStringLiteral("Compte client supprimé le 26 novembre 2026."));
    const QString text = reporttest::pdfText(dialog.currentPdf()).replace(QChar(0xa0), u' ');
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    for (const QString &phrase :
         {QStringLiteral("Droit d'accès (article 15 du RGPD) — aucune donnée"),
          QStringLiteral("Nous ne traitons aucune donnée personnelle vous concernant."),
          QStringLiteral("Droit à l'effacement (article 17 du RGPD) — accordé en partie"),
          QStringLiteral("Les données ont été effacées"),
          QStringLiteral("respect d'une obligation légale (article 17, paragraphe 3, point b), du RGPD)"),
          QStringLiteral("Les factures sont conservées dix ans. Article L123-22 du Code de commerce."),
          QStringLiteral("Compte client supprimé le 26 novembre 2026."), QStringLiteral("recours juridictionnel")}) {
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text));
    }
    QCOMPARE(text.count(QStringLiteral("3 place de Fontenoy")), 1); // the remedies once
    QVERIFY(!text.contains(QStringLiteral("Vous pouvez demander la rectification ou l'effacement")));
    Prompter::answerNext(QMessageBox::Yes);
    QVERIFY(dialog.recordAsSent());
    const auto answered = m_session->service().findCase(created->id);
    QCOMPARE(answered->answeredOn, kToday);
    QCOMPARE(answered->status, CaseStatus::Answered);
    QCOMPARE(answered->rights.at(0).outcome, Outcome::NoDataHeld);
    QCOMPARE(answered->rights.at(1).refusalReason,
             QStringLiteral("Les factures sont conservées dix ans.\nArticle L123-22 du Code de commerce."));

    // The command line writes the same reply; a pending right is refused in the same words.
    auto pending = m_session->create(request({Right::Access, Right::Rectification}));
    QVERIFY(pending.ok());
    const QString out = m_dir->filePath(QStringLiteral("reply.pdf"));
    const Run cli =
        m_cli.run(QStringList{QStringLiteral("letter"), QStringLiteral("--case"), pending->reference,
                              QStringLiteral("--kind"), QStringLiteral("reply"), QStringLiteral("--out"), out}
                  << databaseOption(m_session->path()));
    CLI_VERIFY_REFUSED(cli, kFailure, LetterKinds::check(LetterKind::Reply, *pending, kToday).errorMessage());
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestLettersParity)
#include "tst_letters_parity.moc"
