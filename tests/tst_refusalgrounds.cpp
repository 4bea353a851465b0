// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Refusal grounds fit the right (docs/rules.md#outcomes-and-refusal-grounds): the domain refuses a ground the GDPR
// does not give for a right, with the reason, on every path (the desk and the command line answer through
// CaseWorkflow); "legal obligation" and a national restriction cite their text; an objection to direct marketing admits
// no compelling grounds; art. 11(2) is not applied to objection or automated decisions. The refusal letter names the
// point of the exception and says what was granted, right by right.
#include "reportparsers.h"

#include "deadline/deadlinecalculator.h"
#include "domain/caserecord.h"
#include "domain/caseworkflow.h"
#include "domain/refusalrules.h"
#include "letters/letter.h"

#include <QTest>

Q_DECLARE_METATYPE(dpodesk::Right)
Q_DECLARE_METATYPE(dpodesk::RefusalGround)

using namespace dpodesk;
using reporttest::pdfText;

namespace {

/// Received on Thursday 5 March 2026, one right asked, nothing decided yet.
CaseRecord openCase(Right right, const QString &detail = {})
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0042");
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.receivedOn = QDate(2026, 3, 5);
    c.status = CaseStatus::InProgress;
    c.acknowledgedOn = QDate(2026, 3, 6);
    c.rights = {RightRequest{right, detail, Outcome::Pending, RefusalGround::None, {}, {}}};
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
    return o;
}

const QString kCited = QStringLiteral("Factures conservées dix ans (Code de commerce, art. L123-22).");

} // namespace

class TestRefusalGrounds final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groundFitsTheRight_data();
    void groundFitsTheRight();
    void directMarketingKnownByItsDetail_data();
    void directMarketingKnownByItsDetail();
    void everyRightHasArticle12_5();
    void refusalLetterNamesThePointAndWhatWasGranted_data();
    void refusalLetterNamesThePointAndWhatWasGranted();
    void noHeadingWithoutItsContent();
};

void TestRefusalGrounds::groundFitsTheRight_data()
{
    QTest::addColumn<Right>("right");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<RefusalGround>("ground");
    QTest::addColumn<QString>("reasons");
    QTest::addColumn<QString>("refusal"); // empty: the answer is recorded

    const QString why = QStringLiteral("Les raisons données à la personne.");
    using G = RefusalGround;
    QTest::newRow("access, rights of others") << Right::Access << QString() << G::RightsOfOthers << why << QString();
    QTest::newRow("access, compelling grounds (art. 21)")
        << Right::Access << QString() << G::CompellingGrounds << why
        << QStringLiteral("\"Compelling legitimate grounds (art. 21(1))\" is not a ground for refusing \"Access\"");
    QTest::newRow("access, erasure exception") << Right::Access << QString() << G::ErasureLegalClaims << why
                                               << QStringLiteral("is not a ground for refusing \"Access\"");
    QTest::newRow("access, national restriction without its text")
        << Right::Access << QString() << G::NationalRestriction << QStringLiteral("La loi nous l'interdit.")
        << QStringLiteral("needs the legal text");
    QTest::newRow("access, national restriction cited")
        << Right::Access << QString() << G::NationalRestriction
        << QStringLiteral("Article L561-18 du Code monétaire et financier (déclaration de soupçon).") << QString();
    QTest::newRow("erasure, legal obligation without its text")
        << Right::Erasure << QString() << G::LegalObligation << QStringLiteral("Nous devons garder vos factures.")
        << QStringLiteral("needs the legal text");
    QTest::newRow("erasure, legal obligation cited")
        << Right::Erasure << QString() << G::LegalObligation << kCited << QString();
    QTest::newRow("erasure, legal claims (e)")
        << Right::Erasure << QString() << G::ErasureLegalClaims << why << QString();
    QTest::newRow("erasure, exception without its point")
        << Right::Erasure << QString() << G::ErasureException << why << QStringLiteral("Name the point of art. 17(3)");
    QTest::newRow("erasure, rights of others (art. 15(4))")
        << Right::Erasure << QString() << G::RightsOfOthers << why
        << QStringLiteral("is not a ground for refusing \"Erasure\"");
    QTest::newRow("objection, compelling grounds")
        << Right::Objection << QStringLiteral("Profilage pour la lutte contre la fraude") << G::CompellingGrounds << why
        << QString();
    QTest::newRow("objection to direct marketing, compelling grounds")
        << Right::Objection << QStringLiteral("Direct marketing e-mails") << G::CompellingGrounds << why
        << QStringLiteral("An objection to direct marketing admits no compelling legitimate grounds");
    QTest::newRow("objection to prospection, compelling grounds")
        << Right::Objection << QStringLiteral("Prospection commerciale par téléphone") << G::CompellingGrounds << why
        << QStringLiteral("GDPR art. 21(3)");
    QTest::newRow("objection to direct marketing, excessive")
        << Right::Objection << QStringLiteral("Démarchage") << G::Excessive << why << QString();
    QTest::newRow("objection, unable to identify")
        << Right::Objection << QString() << G::UnableToIdentify << why
        << QStringLiteral("covers the rights of articles 15 to 20 only: it cannot refuse \"Objection\"");
    QTest::newRow("automated decision, unable to identify")
        << Right::AutomatedDecision << QString() << G::UnableToIdentify << why
        << QStringLiteral("covers the rights of articles 15 to 20 only: it cannot refuse \"Automated decision\"");
    QTest::newRow("access, unable to identify")
        << Right::Access << QString() << G::UnableToIdentify << why << QString();
    QTest::newRow("portability, rights of others (art. 15(4))")
        << Right::Portability << QString() << G::RightsOfOthers << why
        << QStringLiteral("is not a ground for refusing \"Portability\"");
    QTest::newRow("portability, adversely affects others (art. 20(4))")
        << Right::Portability << QString() << G::AdverselyAffectsOthers << why << QString();
    QTest::newRow("portability, outside art. 20(1)")
        << Right::Portability << QString() << G::OutsidePortability << why << QString();
    QTest::newRow("rectification, data accurate")
        << Right::Rectification << QString() << G::DataAccurate << why << QString();
    QTest::newRow("rectification, legal obligation")
        << Right::Rectification << QString() << G::LegalObligation << kCited
        << QStringLiteral("is not a ground for refusing \"Rectification\"");
    QTest::newRow("restriction, conditions of art. 18(1) not met")
        << Right::Restriction << QString() << G::RestrictionNotApplicable << why << QString();
    QTest::newRow("restriction, other ground") << Right::Restriction << QString() << G::Other << why
                                               << QStringLiteral("is not a ground for refusing \"Restriction\"");
}

void TestRefusalGrounds::groundFitsTheRight()
{
    QFETCH(Right, right);
    QFETCH(QString, detail);
    QFETCH(RefusalGround, ground);
    QFETCH(QString, reasons);
    QFETCH(QString, refusal);

    const DeadlineCalculator calculator;
    const CaseWorkflow workflow(calculator);
    for (const Outcome outcome : {Outcome::Refused, Outcome::PartiallyGranted}) {
        CaseRecord c = openCase(right, detail);
        const CaseRecord before = c;
        auto answered = workflow.answer(c, QDate(2026, 3, 20), {RightDecision{right, outcome, ground, reasons}},
                                        QDate(2026, 3, 20));
        if (refusal.isEmpty()) {
            QVERIFY2(answered.ok(), qPrintable(answered.errorMessage()));
            QCOMPARE(c.rights.at(0).refusalGround, ground);
        } else {
            QVERIFY(!answered.ok());
            QVERIFY2(answered.errorMessage().contains(refusal), qPrintable(answered.errorMessage()));
            QCOMPARE(answered.error().field, QStringLiteral("rights.refusal"));
            QCOMPARE(c.rights.at(0).outcome, Outcome::Pending); // nothing changed
            QCOMPARE(c.status, before.status);
        }
    }
    // What the desk offers is what the domain accepts.
    QCOMPARE(RefusalRules::groundsFor(right, detail).contains(ground),
             refusal.isEmpty() || refusal.contains(QStringLiteral("needs the legal text")));
}

void TestRefusalGrounds::directMarketingKnownByItsDetail_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("marketing");
    QTest::newRow("direct marketing") << QStringLiteral("Stop the direct marketing e-mails") << true;
    QTest::newRow("prospection") << QStringLiteral("PROSPECTION commerciale") << true;
    QTest::newRow("démarchage, accents ignored") << QStringLiteral("Démarchage téléphonique") << true;
    QTest::newRow("newsletter") << QStringLiteral("La newsletter hebdomadaire") << true;
    QTest::newRow("publicité ciblée") << QStringLiteral("Publicité ciblée") << true;
    QTest::newRow("fraud profiling") << QStringLiteral("Profilage antifraude") << false;
    QTest::newRow("no detail") << QString() << false;
}

void TestRefusalGrounds::directMarketingKnownByItsDetail()
{
    QFETCH(QString, detail);
    QFETCH(bool, marketing);
    QCOMPARE(RefusalRules::isDirectMarketing(detail), marketing);
    QCOMPARE(RefusalRules::groundsFor(Right::Objection, detail).contains(RefusalGround::CompellingGrounds), !marketing);
}

void TestRefusalGrounds::everyRightHasArticle12_5()
{
    // Art. 12(5) applies to every request made to the controller; a CNIL complaint is not one.
    for (const Right right : allRights()) {
        const QList<RefusalGround> grounds = RefusalRules::groundsFor(right);
        const bool toTheController = right != Right::CnilComplaint;
        QCOMPARE(grounds.contains(RefusalGround::ManifestlyUnfounded), toTheController);
        QCOMPARE(grounds.contains(RefusalGround::Excessive), toTheController);
        QVERIFY(!grounds.contains(RefusalGround::ErasureException)); // kept for old registers only
    }
}

void TestRefusalGrounds::refusalLetterNamesThePointAndWhatWasGranted_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // in this order
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{QStringLiteral("Ce que nous avons fait"),
                                       QStringLiteral("droit d'accès (article 15 du RGPD) : nous avons donné suite à "
                                                      "votre demande."),
                                       QStringLiteral("droit d'opposition (article 21 du RGPD) : nous avons donné "
                                                      "suite à votre demande en partie"),
                                       QStringLiteral("Motifs et fondement juridique"),
                                       QStringLiteral("droit à l'effacement (article 17 du RGPD) — constatation, "
                                                      "exercice ou défense de droits en justice (article 17, "
                                                      "paragraphe 3, point e), du RGPD) : Un litige est en cours."),
                                       QStringLiteral("droit d'opposition (article 21 du RGPD) — motifs légitimes et "
                                                      "impérieux")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("What we have done"),
                                       QStringLiteral("right of access (GDPR Article 15): we have acted on your "
                                                      "request."),
                                       QStringLiteral("right to object (GDPR Article 21): we have acted on your "
                                                      "request in part"),
                                       QStringLiteral("Reasons and legal ground"),
                                       QStringLiteral("right to erasure (GDPR Article 17) — establishment, exercise "
                                                      "or defence of legal claims (GDPR Article 17(3)(e)): Un litige "
                                                      "est en cours."),
                                       QStringLiteral("right to object (GDPR Article 21) — compelling legitimate "
                                                      "grounds")};
}

void TestRefusalGrounds::refusalLetterNamesThePointAndWhatWasGranted()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    CaseRecord c = openCase(Right::Access);
    c.rights
        << RightRequest{Right::Erasure, {}, Outcome::Pending, RefusalGround::None, {}, {}}
        << RightRequest{
               Right::Objection, QStringLiteral("Profilage antifraude"), Outcome::Pending, RefusalGround::None, {}, {}};
    const DeadlineCalculator calculator;
    auto answered =
        CaseWorkflow(calculator)
            .answer(c, QDate(2026, 3, 20),
                    {RightDecision{Right::Access, Outcome::Granted, RefusalGround::None, {}},
                     RightDecision{Right::Erasure, Outcome::Refused, RefusalGround::ErasureLegalClaims,
                                   QStringLiteral("Un litige est en cours.")},
                     RightDecision{Right::Objection, Outcome::PartiallyGranted, RefusalGround::CompellingGrounds,
                                   QStringLiteral("La lutte contre la fraude se poursuit.")}},
                    QDate(2026, 3, 20));
    QVERIFY2(answered.ok(), qPrintable(answered.errorMessage()));
    c.language = language; // the reasons are written in the request's language
    const LetterInput input{c, organisation(), LetterKind::Refusal, language, QDate(2026, 3, 20), {}, {}};
    auto pdf = Letters::pdf(input);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    const QString content = pdfText(*pdf).simplified().replace(QChar(0x00a0), u' ');
    qsizetype at = 0;
    for (const QString &text : expected) {
        const qsizetype found = content.indexOf(text, at);
        QVERIFY2(found >= 0, qPrintable(text + QStringLiteral("\n---\n") + content));
        at = found;
    }
    // One bullet per right refused, in whole or in part (erasure and objection).
    const auto html = Letters::html(input, Letters::defaultTemplate(LetterKind::Refusal, language).value());
    QVERIFY(html.ok());
    QCOMPARE(html->count(QStringLiteral("<li>")), 2);
    QVERIFY(html->indexOf(QStringLiteral("<li>")) > html->indexOf(QStringLiteral("<ul>")));
    // The right refused in full is not said to be granted.
    QVERIFY(!content.contains(language == QLatin1String("fr")
                                  ? QStringLiteral("l'effacement (article 17 du RGPD) : nous avons donné suite")
                                  : QStringLiteral("(GDPR Article 17): we have acted")));
}

void TestRefusalGrounds::noHeadingWithoutItsContent()
{
    // A "reasons and legal ground" heading never stands empty, nor "what we have done" when nothing was done.
    CaseRecord c = openCase(Right::Access);
    c.rights[0].outcome = Outcome::Refused; // as an older register may hold it: no ground, no reasons
    for (const LetterKind kind : {LetterKind::Refusal, LetterKind::ManifestlyUnfounded, LetterKind::UnableToIdentify}) {
        for (const QString &language : Letters::languages()) {
            const LetterInput input{c, organisation(), kind, language, QDate(2026, 3, 20), QStringLiteral("Faits."),
                                    {}};
            const auto text = Letters::defaultTemplate(kind, language);
            QVERIFY(text.ok());
            const auto html = Letters::html(input, *text);
            QVERIFY2(html.ok(), qPrintable(html.errorMessage()));
            for (const QString &heading :
                 {QStringLiteral("Motifs et fondement juridique"), QStringLiteral("Reasons and legal ground"),
                  QStringLiteral("Ce que nous avons fait"), QStringLiteral("What we have done")}) {
                QVERIFY2(!html->contains(heading), qPrintable(LetterKinds::name(kind) + u' ' + language));
            }
        }
    }
}

QTEST_MAIN(TestRefusalGrounds)
#include "tst_refusalgrounds.moc"
