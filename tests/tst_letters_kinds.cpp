// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The letters French DPOs still lacked (issue 14): we are the processor (to the person, and the request forwarded to
// the controller, GDPR art. 28(3)(e)), the request for proof of capacity, the fee notice before acting (art. 12(5),
// 15(3)), the confirmation that consent was withdrawn (art. 7(3)) and the answer on an automated decision (art. 22).
// Each in French and English, read back from the PDF with what it must say; refused in words without what it needs
// from the activities chosen for the case; addressed to the controller when it is the controller's.
#include "letters/letter.h"
#include "letters/letterkind.h"
#include "letters/processingstatement.h"
#include "reportparsers.h"

#include <QRegularExpression>
#include <QTest>

using namespace dpodesk;
using reporttest::pdfText;

Q_DECLARE_METATYPE(dpodesk::LetterKind)

namespace {

CaseRecord requestCase()
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0077");
    c.subject.firstName = QStringLiteral("Élise");
    c.subject.lastName = QStringLiteral("Lefèvre-Brûlé");
    c.subject.email = QStringLiteral("elise.lefevre@example.fr");
    c.subject.postalAddress = QStringLiteral("4 impasse des Ormes\n31000 Toulouse");
    c.subject.internalReference = QStringLiteral("CLI-88412");
    c.receivedOn = QDate(2026, 3, 5);
    c.status = CaseStatus::InProgress;
    c.rights = {RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}},
                RightRequest{Right::ConsentWithdrawal, {}, Outcome::Pending, RefusalGround::None, {}, {}},
                RightRequest{Right::AutomatedDecision, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    c.recomputeDeadlines(DeadlineCalculator());
    return c;
}

OrganisationProfile organisation()
{
    OrganisationProfile o;
    o.name = QStringLiteral("Envois Numériques SAS");
    o.postalAddress = QStringLiteral("8 avenue Jean-Jaurès, 75019 Paris");
    o.dpoName = QStringLiteral("Anne Lefèvre");
    o.dpoEmail = QStringLiteral("dpo@envois.example");
    return o;
}

ProcessingActivity processorActivity(const QString &name, const QString &controller)
{
    ProcessingActivity a;
    a.name = name;
    a.role = ProcessingRole::Processor;
    a.controller = controller;
    a.purposes = {QStringLiteral("Sending the client's newsletters")};
    return a;
}

ProcessingActivity scoring()
{
    ProcessingActivity a;
    a.name = QStringLiteral("Credit scoring");
    a.purposes = {QStringLiteral("Deciding on payment by instalments")};
    a.legalBasis = {QStringLiteral("Contract")};
    a.dataCategories = {QStringLiteral("Payment history")};
    a.retention = QStringLiteral("Five years");
    a.automatedDecision = QStringLiteral("Zkallogic: instalments refused below a score of 40 out of 100.");
    return a;
}

LetterInput input(LetterKind kind, const QString &lang)
{
    LetterInput in{
        requestCase(),
        organisation(),
        kind,
        lang,
        QDate(2026, 3, 27),
        QStringLiteral("FREE-TEXT-MARKER"),
        {processorActivity(QStringLiteral("Client newsletters"), QStringLiteral("Atelier Horizon SARL")), scoring()}};
    if (kind == LetterKind::CapacityRequest) {
        in.record.requester = Requester{Person{}, Capacity::Representative, {}};
        in.record.requester->person.firstName = QStringLiteral("Marc");
        in.record.requester->person.lastName = QStringLiteral("Arnaud");
    }
    return in;
}

QString render(const LetterInput &in)
{
    auto pdf = Letters::pdf(in);
    if (!pdf) {
        return QStringLiteral("ERROR: ") + pdf.errorMessage();
    }
    return pdfText(*pdf);
}

} // namespace

class TestLettersKinds final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newLetter_data();
    void newLetter();
    void forwardingIsAddressedToTheController();
    void processorLettersNeedAProcessorActivity();
    void forwardingGoesToOneController();
    void automatedAnswerNeedsTheLogic();
    void capacityRequestLeavesTheClockRunning();
    void frenchElision();
    void cnilReplyIsAddressedToTheCnil();
    void postMortemAnswerFollowsTheDirectives();
    void partialAccessAnswer();
    void perCaseTextsInTheRequestsLanguage();
};

void TestLettersKinds::newLetter_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("phrases");

    const QString cnil = QStringLiteral("3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07");
    const auto row = [](LetterKind kind, const QString &lang, const QStringList &phrases) {
        QTest::newRow(qPrintable(QString(LetterKinds::name(kind) + u'.' + lang))) << kind << lang << phrases;
    };
    const QString fr = QStringLiteral("fr");
    const QString en = QStringLiteral("en");
    row(LetterKind::ProcessorNotice, fr,
        {QStringLiteral("pour le compte du responsable du traitement, Atelier Horizon SARL"),
         QStringLiteral("en qualité de sous-traitant"), QStringLiteral("article 28, paragraphe 3, point e), du RGPD"),
         QStringLiteral("nous lui avons transmis votre demande le 27 mars 2026"),
         QStringLiteral("vous adresser directement au responsable du traitement, Atelier Horizon SARL"), cnil,
         QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::ProcessorNotice, en,
        {QStringLiteral("on behalf of the controller, Atelier Horizon SARL"), QStringLiteral("we act as a processor"),
         QStringLiteral("Article 28(3)(e)"),
         QStringLiteral("we forwarded your request to the controller on 27 March 2026"), cnil,
         QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::ForwardingToController, fr,
        {QStringLiteral("article 28, paragraphe 3, point e)"),
         QStringLiteral("il vous revient, en votre qualité de responsable du traitement, d'y répondre"),
         QStringLiteral("Éléments permettant d'identifier la personne concernée"),
         QStringLiteral("Élise Lefèvre-Brûlé"), QStringLiteral("elise.lefevre@example.fr"),
         QStringLiteral("4 impasse des Ormes, 31000 Toulouse"), QStringLiteral("CLI-88412"),
         QStringLiteral("droit d'accès (article 15 du RGPD)"), QStringLiteral("Date de réception de la demande"),
         QStringLiteral("5 mars 2026"), QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::ForwardingToController, en,
        {QStringLiteral("Article 28(3)(e)"), QStringLiteral("We ask you to answer the request."),
         QStringLiteral("Information identifying the data subject"), QStringLiteral("Élise Lefèvre-Brûlé"),
         QStringLiteral("elise.lefevre@example.fr"), QStringLiteral("CLI-88412"),
         QStringLiteral("right of access (GDPR Article 15)"), QStringLiteral("Request received on"),
         QStringLiteral("5 March 2026"), QStringLiteral("FREE-TEXT-MARKER")});
    // Received 5 March 2026: the deadline is Tuesday 7 April 2026 (docs/rules.md#worked-examples).
    row(LetterKind::CapacityRequest, fr,
        {QStringLiteral("Marc Arnaud"), QStringLiteral("la personne concernée, Élise Lefèvre-Brûlé"),
         QStringLiteral("mandataire"), QStringLiteral("distinct de la vérification de votre identité"),
         QStringLiteral("mandat écrit"), QStringLiteral("autorité parentale"), QStringLiteral("acte de notoriété"),
         QStringLiteral("ne suspend pas le délai de réponse, qui expire le 7 avril 2026"),
         QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::CapacityRequest, en,
        {QStringLiteral("Marc Arnaud"), QStringLiteral("the data subject, Élise Lefèvre-Brûlé"),
         QStringLiteral("representative with a mandate"),
         QStringLiteral("distinct from the verification of your identity"), QStringLiteral("written authority"),
         QStringLiteral("parental authority"), QStringLiteral("acte de notoriété"),
         QStringLiteral("does not suspend the time limit for answering, which expires on 7 April 2026"),
         QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::FeeNotice, fr,
        {QStringLiteral("frais raisonnables"),
         QStringLiteral("copies supplémentaires de vos données (article 15, "
                        "paragraphe 3)"),
         QStringLiteral("(article 12, paragraphe 5)"), QStringLiteral("retirer votre demande"),
         QStringLiteral("Avant de donner suite à votre demande"), cnil, QStringLiteral("recours juridictionnel"),
         QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::FeeNotice, en,
        {QStringLiteral("reasonable fee"), QStringLiteral("further copies of your data (Article 15(3))"),
         QStringLiteral("(Article 12(5))"), QStringLiteral("withdraw your request"),
         QStringLiteral("Before we act on your request"), cnil, QStringLiteral("judicial remedy"),
         QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::ConsentWithdrawn, fr,
        {QStringLiteral("Nous vous confirmons le retrait de votre consentement"),
         QStringLiteral("Ce qui cesse, et à partir de quand"),
         QStringLiteral("ne remet pas en cause la licéité du traitement"),
         QStringLiteral("retrait du consentement (article 7, paragraphe 3, du RGPD)"), cnil,
         QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::ConsentWithdrawn, en,
        {QStringLiteral("We confirm that your consent has been withdrawn"), QStringLiteral("What stops, and from when"),
         QStringLiteral("does not affect the lawfulness of processing"),
         QStringLiteral("withdrawal of consent (GDPR Article 7(3))"), cnil, QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::AnswerAutomatedDecision, fr,
        {QStringLiteral("obtenir une intervention humaine"), QStringLiteral("exprimer votre point de vue"),
         QStringLiteral("contester la décision"), QStringLiteral("la logique sous-jacente"),
         QStringLiteral("Credit scoring"), QStringLiteral("Zkallogic"), QStringLiteral("score of 40 out of 100"), cnil,
         QStringLiteral("recours juridictionnel"), QStringLiteral("FREE-TEXT-MARKER")});
    row(LetterKind::AnswerAutomatedDecision, en,
        {QStringLiteral("obtain human intervention"), QStringLiteral("express your point of view"),
         QStringLiteral("contest the decision"), QStringLiteral("the logic involved"), QStringLiteral("Credit scoring"),
         QStringLiteral("Zkallogic"), cnil, QStringLiteral("judicial remedy"), QStringLiteral("FREE-TEXT-MARKER")});
}

void TestLettersKinds::newLetter()
{
    QFETCH(LetterKind, kind);
    QFETCH(QString, lang);
    QFETCH(QStringList, phrases);
    const LetterInput in = input(kind, lang);
    // The kind's row: a label, a prompt and both templates.
    QVERIFY(!LetterKinds::label(kind).isEmpty());
    QVERIFY(LetterKinds::fromName(LetterKinds::name(kind)) == kind);
    const QString content = render(in);
    QVERIFY2(!content.startsWith(QStringLiteral("ERROR")), qPrintable(content));
    // Every letter: the organisation, the DPO, the reference, the date, the signature.
    phrases << QStringLiteral("Envois Numériques SAS") << QStringLiteral("dpo@envois.example")
            << QStringLiteral("Anne Lefèvre") << QStringLiteral("DR-2026-0077")
            << (lang == QLatin1String("en") ? QStringLiteral("27 March 2026") : QStringLiteral("27 mars 2026"));
    for (const QString &phrase : phrases) {
        QVERIFY2(content.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + content));
    }
    // The DPO's text is required where only the DPO knows what to say.
    if (LetterKinds::requiresText(kind)) {
        LetterInput without = in;
        without.freeText = QStringLiteral("  ");
        const auto refused = Letters::pdf(without);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("text.free"));
    }
    if (lang == QLatin1String("fr")) {
        // French typography: a non-breaking space before every colon, never an ordinary one (the PDF's text shows
        // both as spaces, so the HTML drawn is read).
        const auto html = Letters::html(in, Letters::defaultTemplate(kind, lang).value());
        QVERIFY2(html.ok(), qPrintable(html.errorMessage()));
        QVERIFY2(!html->contains(QStringLiteral(" :")), qPrintable(*html));
        QVERIFY(html->contains(QStringLiteral("\u00a0:")));
    }
}

void TestLettersKinds::forwardingIsAddressedToTheController()
{
    for (const QString &lang : Letters::languages()) {
        const QString content = render(input(LetterKind::ForwardingToController, lang));
        // The letterhead's addressee, before the reference block, is the controller; the person is named only among
        // the identifiers, never addressed ("Your request").
        const qsizetype reference = content.indexOf(lang == QLatin1String("en") ? QStringLiteral("Our reference")
                                                                                : QStringLiteral("Notre référence"));
        QVERIFY2(reference > 0, qPrintable(content));
        const QString head = content.left(reference);
        QVERIFY2(head.contains(QStringLiteral("Atelier Horizon SARL")), qPrintable(head));
        QVERIFY2(!head.contains(QStringLiteral("Élise")) && !head.contains(QStringLiteral("Toulouse")),
                 qPrintable(head));
        QVERIFY2(!content.contains(QStringLiteral("Your request received")) &&
                     !content.contains(QStringLiteral("Votre demande reçue")),
                 qPrintable(content));
    }
    // The notice to the person is addressed to the person.
    const QString notice = render(input(LetterKind::ProcessorNotice, QStringLiteral("fr")));
    QVERIFY2(notice.left(notice.indexOf(QStringLiteral("Notre référence"))).contains(QStringLiteral("Élise")),
             qPrintable(notice));
    QCOMPARE(LetterKinds::addressee(LetterKind::ForwardingToController), LetterAddressee::Controller);
    QCOMPARE(LetterKinds::addressee(LetterKind::ProcessorNotice), LetterAddressee::Person);
}

void TestLettersKinds::processorLettersNeedAProcessorActivity()
{
    for (LetterKind kind : {LetterKind::ProcessorNotice, LetterKind::ForwardingToController}) {
        LetterInput in = input(kind, QStringLiteral("fr"));
        in.activities = {scoring()};
        const auto refused = Letters::pdf(in);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("activities"));
        QVERIFY2(refused.errorMessage().contains(
                     QStringLiteral("No activity chosen for this case is one we carry out as processor")),
                 qPrintable(refused.errorMessage()));
        in.activities.clear();
        QVERIFY(!Letters::checkContent(in).ok());
        // A processor activity whose controller the record does not name: nobody to forward to.
        in.activities = {processorActivity(QStringLiteral("Client newsletters"), QString())};
        const auto unnamed = Letters::checkContent(in);
        QVERIFY(!unnamed.ok());
        QVERIFY2(unnamed.errorMessage().contains(
                     QStringLiteral("does not name the controller we process for in \"Client newsletters\"")),
                 qPrintable(unnamed.errorMessage()));
        in.activities = {processorActivity(QStringLiteral("Client newsletters"), QStringLiteral("Atelier Horizon"))};
        QVERIFY(Letters::checkContent(in).ok());
    }
}

void TestLettersKinds::forwardingGoesToOneController()
{
    LetterInput in = input(LetterKind::ForwardingToController, QStringLiteral("en"));
    in.activities << processorActivity(QStringLiteral("Loyalty mailings"), QStringLiteral("Boulangerie Rivière SA"));
    const auto refused = Letters::pdf(in);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(
                 QStringLiteral("name several controllers (Atelier Horizon SARL, Boulangerie Rivière SA)")),
             qPrintable(refused.errorMessage()));
    // The person is told of both.
    in.kind = LetterKind::ProcessorNotice;
    const QString notice = render(in);
    QVERIFY2(notice.contains(QStringLiteral("Atelier Horizon SARL and Boulangerie Rivière SA")), qPrintable(notice));
}

void TestLettersKinds::automatedAnswerNeedsTheLogic()
{
    LetterInput in = input(LetterKind::AnswerAutomatedDecision, QStringLiteral("fr"));
    ProcessingActivity silent = scoring();
    silent.automatedDecision.clear();
    in.activities = {silent, processorActivity(QStringLiteral("Client newsletters"), QStringLiteral("Atelier"))};
    const auto refused = Letters::pdf(in);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("activities"));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("records an automated decision and the logic involved")),
             qPrintable(refused.errorMessage()));
    // An automated decision recorded for an activity we only process for someone else is not ours to explain.
    ProcessingActivity theirs = processorActivity(QStringLiteral("Client scoring"), QStringLiteral("Atelier"));
    theirs.automatedDecision = QStringLiteral("Their logic.");
    in.activities = {theirs};
    QVERIFY(!Letters::checkContent(in).ok());
    // The template must keep the logic.
    const auto bare = Letters::validateTemplate(LetterKind::AnswerAutomatedDecision, QStringLiteral("<p>Hi</p>"));
    QVERIFY(!bare.ok());
    QVERIFY2(bare.errorMessage().contains(QStringLiteral("{{processing.automated}}")), qPrintable(bare.errorMessage()));
}

void TestLettersKinds::capacityRequestLeavesTheClockRunning()
{
    // Decree 2019-536 art. 77 suspends the time limits only while identity information is awaited.
    QCOMPARE(LetterKinds::effect(LetterKind::CapacityRequest), LetterEffect::None);
    QVERIFY(LetterKinds::effectDescription(LetterKind::CapacityRequest).contains(QStringLiteral("keeps running")));
    QCOMPARE(LetterKinds::effect(LetterKind::ProcessorNotice), LetterEffect::None);
    QCOMPARE(LetterKinds::effect(LetterKind::ForwardingToController), LetterEffect::None);
    QCOMPARE(LetterKinds::effect(LetterKind::FeeNotice), LetterEffect::None);
    QCOMPARE(LetterKinds::effect(LetterKind::ConsentWithdrawn), LetterEffect::Answer);
    QCOMPARE(LetterKinds::answeredRight(LetterKind::ConsentWithdrawn), std::optional<Right>(Right::ConsentWithdrawal));
    QCOMPARE(LetterKinds::effect(LetterKind::AnswerAutomatedDecision), LetterEffect::Answer);
    // The letter the case calls for: the answer of its right.
    CaseRecord c = requestCase();
    c.acknowledgedOn = QDate(2026, 3, 6);
    c.rights = {RightRequest{Right::ConsentWithdrawal, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    QCOMPARE(LetterKinds::suggested(c), LetterKind::ConsentWithdrawn);
    c.rights = {RightRequest{Right::AutomatedDecision, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    QCOMPARE(LetterKinds::suggested(c), LetterKind::AnswerAutomatedDecision);
}

void TestLettersKinds::frenchElision()
{
    // Names that begin with a vowel: "de Élise", "de Atelier", "que Envois" never appear.
    static const QRegularExpression unElided(
        QStringLiteral("\\b(de|que|le|la|je|ne|se|du) (Élise|Atelier|Envois|Anne)\\b"));
    for (LetterKind kind :
         {LetterKind::ProcessorNotice, LetterKind::ForwardingToController, LetterKind::CapacityRequest,
          LetterKind::FeeNotice, LetterKind::ConsentWithdrawn, LetterKind::AnswerAutomatedDecision}) {
        const QString content = render(input(kind, QStringLiteral("fr")));
        const auto match = unElided.match(content);
        QVERIFY2(!match.hasMatch(), qPrintable(LetterKinds::name(kind) + u' ' + match.captured()));
    }
}

void TestLettersKinds::cnilReplyIsAddressedToTheCnil()
{
    for (const QString &lang : Letters::languages()) {
        LetterInput in = input(LetterKind::CnilReply, lang);
        in.record.rights = {RightRequest{Right::CnilComplaint, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
        in.record.cnilReference = QStringLiteral("PLT-26012345");
        in.record.cnilDueDate = QDate(2026, 4, 15);
        QVERIFY(LetterKinds::check(LetterKind::CnilReply, in.record, in.date).ok());
        const QString content = render(in);
        const bool en = lang == QLatin1String("en");
        const qsizetype reference = content.indexOf(en ? QStringLiteral("Our reference")
                                                       : QStringLiteral("Notre "
                                                                        "référence"));
        QVERIFY2(reference > 0, qPrintable(content));
        const QString head = content.left(reference);
        // To the CNIL, at its address; the complainant is named in the body only.
        QVERIFY2(head.contains(QStringLiteral("Commission nationale de l'informatique et des libertés")) &&
                     head.contains(QStringLiteral("75334 Paris Cedex 07")) && !head.contains(QStringLiteral("Élise")),
                 qPrintable(head));
        for (const QString &phrase :
             {QStringLiteral("PLT-26012345"), en ? QStringLiteral("15 April 2026") : QStringLiteral("15 avril 2026"),
              QStringLiteral("Élise Lefèvre-Brûlé"), QStringLiteral("DR-2026-0077"), QStringLiteral("FREE-TEXT-MARKER"),
              en ? QStringLiteral("The facts, the measures taken and the documents attached")
                 : QStringLiteral("Les faits, les mesures prises et les pièces jointes"),
              en ? QStringLiteral("Request received on") : QStringLiteral("Date de réception de la demande")}) {
            QVERIFY2(content.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + content));
        }
        QVERIFY(
            !content.contains(en ? QStringLiteral("Your request received") : QStringLiteral("Votre demande reçue")));
        // Without the facts and measures, nothing to send.
        in.freeText.clear();
        QCOMPARE(Letters::pdf(in).error().field, QStringLiteral("text.free"));
    }
    QCOMPARE(LetterKinds::effect(LetterKind::CnilReply), LetterEffect::Answer);
}

void TestLettersKinds::postMortemAnswerFollowsTheDirectives()
{
    // LIL art. 85: written to the heir or designated person recorded, with the proofs recorded; what it grants
    // depends on the directives the DPO says the deceased left; free of charge, with every remedy.
    const auto heirCase = [](Capacity capacity) {
        LetterInput in = input(LetterKind::PostMortemAnswer, QStringLiteral("fr"));
        in.record.rights = {RightRequest{Right::PostMortem, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
        in.record.requester = Requester{Person{}, capacity, QStringLiteral("acte de décès ; acte de notoriété")};
        in.record.requester->person.firstName = QStringLiteral("Hugo");
        in.record.requester->person.lastName = QStringLiteral("Lefèvre");
        in.record.requester->person.postalAddress = QStringLiteral("7 rue Haute\n44000 Nantes");
        return in;
    };
    const auto flat = [](const QString &text) { return QString(text).replace(QChar(0xa0), u' ').simplified(); };

    // Without saying which directives, nothing is written.
    LetterInput in = heirCase(Capacity::Heir);
    QCOMPARE(Letters::pdf(in).error().field, QStringLiteral("directives"));

    // No directives: an heir, limited to art. 85 II, as a partial refusal with its remedies; to Hugo, not to Élise.
    in.directives = QStringLiteral("none");
    const QString none = flat(render(in));
    const QString head = none.left(none.indexOf(QStringLiteral("Notre référence")));
    QVERIFY2(head.contains(QStringLiteral("Hugo Lefèvre")) && head.contains(QStringLiteral("44000 Nantes")) &&
                 !head.contains(QStringLiteral("Élise")),
             qPrintable(head));
    for (const QString &phrase :
         {QStringLiteral("Vous agissez en qualité d'ayant droit (héritier ou héritière)"),
          QStringLiteral("acte de décès ; acte de notoriété"),
          QStringLiteral("Nous n'avons connaissance d'aucune directive d'Élise Lefèvre-Brûlé"),
          QStringLiteral("il s'agit d'un refus partiel, fondé sur l'article 85, II"),
          QStringLiteral("Cette réponse vous est apportée gratuitement"),
          QStringLiteral("réclamation auprès de la CNIL"), QStringLiteral("saisir le tribunal judiciaire compétent"),
          QStringLiteral("Tout désaccord entre héritiers sur l'exercice de ces droits est porté devant le tribunal "
                         "judiciaire compétent")}) {
        QVERIFY2(none.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + none));
    }
    QVERIFY(!none.contains(QStringLiteral("directives particulières")));

    // Particular directives, the person designated: they are carried out; no partial refusal.
    in = heirCase(Capacity::Executor);
    in.directives = QStringLiteral("particular");
    const QString designated = flat(render(in));
    QVERIFY2(designated.contains(QStringLiteral("nous avait confié des directives particulières")) &&
                 designated.contains(QStringLiteral("Vous êtes la personne désignée pour les exécuter")) &&
                 !designated.contains(QStringLiteral("refus partiel")),
             qPrintable(designated));
    // The designated person, with no directives known: a contradiction, refused.
    in.directives = QStringLiteral("none");
    QCOMPARE(Letters::pdf(in).error().field, QStringLiteral("directives"));
    // General directives, in English.
    in = heirCase(Capacity::Heir);
    in.language = QStringLiteral("en");
    in.directives = QStringLiteral("general");
    const QString general = flat(render(in));
    QVERIFY2(general.contains(QStringLiteral("registered general directives with a trusted digital third party")) &&
                 general.contains(QStringLiteral("free of charge")) &&
                 !general.contains(QStringLiteral("partial refusal")),
             qPrintable(general));

    // An heir never receives the art. 15 answer.
    CaseRecord heirAsking = heirCase(Capacity::Heir).record;
    heirAsking.rights = {RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}},
                         RightRequest{Right::Portability, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    QVERIFY(!LetterKinds::check(LetterKind::AnswerAccess, heirAsking, QDate(2026, 3, 27)).ok());
    QVERIFY(!LetterKinds::check(LetterKind::AnswerPortability, heirAsking, QDate(2026, 3, 27)).ok());
}

void TestLettersKinds::partialAccessAnswer()
{
    // GDPR art. 15(4): access granted in part — the art. 15 information and the copy, and the ground and reasons of
    // what is withheld, in one letter (the reply); the access answer alone would hide the refusal.
    LetterInput in = input(LetterKind::Reply, QStringLiteral("fr"));
    in.record.acknowledgedOn = QDate(2026, 3, 6);
    in.record.rights = {RightRequest{Right::Access,
                                     {},
                                     Outcome::PartiallyGranted,
                                     RefusalGround::RightsOfOthers,
                                     QStringLiteral("Les enregistrements d'appels contiennent la voix d'autres "
                                                    "clients : ils sont retirés de la copie."),
                                     QDate(2026, 3, 26)}};
    in.activities = {scoring()};
    QCOMPARE(LetterKinds::suggested(in.record), LetterKind::Reply);
    QVERIFY(!LetterKinds::check(LetterKind::AnswerAccess, in.record, in.date).ok());
    const QString text = render(in).replace(QChar(0xa0), u' ');
    for (const QString &phrase :
         {QStringLiteral("Droit d'accès (article 15 du RGPD) — accordé en partie"),
          QStringLiteral("Nous confirmons traiter des données personnelles vous concernant"),
          QStringLiteral("droits et libertés d'autrui (article 15, paragraphe 4, du RGPD)"),
          QStringLiteral("Les enregistrements d'appels contiennent la voix d'autres clients"),
          QStringLiteral("Credit scoring"), QStringLiteral("Deciding on payment by instalments"),
          QStringLiteral("Five years"), QStringLiteral("recours juridictionnel")}) {
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text));
    }
    // Without an activity of the record to state, the art. 15 information would be missing: refused.
    in.activities.clear();
    QVERIFY(!Letters::pdf(in).ok());
}

void TestLettersKinds::perCaseTextsInTheRequestsLanguage()
{
    // The reasons and the justification are written once, for the request, in its language: a letter in the other
    // language would carry them untranslated, so it is refused with the reason; the DPO's own text of a letter is
    // written for that letter.
    LetterInput in = input(LetterKind::Refusal, QStringLiteral("en"));
    in.record.language = QStringLiteral("fr");
    in.record.rights = {RightRequest{Right::Access,
                                     {},
                                     Outcome::Refused,
                                     RefusalGround::RightsOfOthers,
                                     QStringLiteral("Ces données concernent aussi un tiers."),
                                     QDate(2026, 3, 26)}};
    const auto refused = Letters::pdf(in);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("language"));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("written in French")), qPrintable(refused.errorMessage()));
    in.language = QStringLiteral("fr");
    QVERIFY(Letters::pdf(in).ok());
    // A letter that carries none of them may be written in either language.
    LetterInput ack = input(LetterKind::Acknowledgement, QStringLiteral("en"));
    ack.record.language = QStringLiteral("fr");
    QVERIFY(Letters::pdf(ack).ok());
}

QTEST_MAIN(TestLettersKinds)
#include "tst_letters_kinds.moc"
