// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// French as a French lawyer writes it (issue 14, "French and layout"): elision before a name or an organisation that
// starts with a vowel or a mute h ("d'Élise", "qu'Exemple SAS"), "1er" for the first of the month with
// non-breaking spaces inside dates, "Date de réception de votre demande", and the DPO's title as the DPO wants it
// (Délégué, Déléguée, Délégué(e)). Read back from the PDFs; English letters keep their own forms.
#include "letters/letter.h"
#include "letters/lettertemplate.h"
#include "letters/lettervalues.h"
#include "reportparsers.h"

#include <QTest>

using namespace dpodesk;
using reporttest::pdfText;

namespace {

CaseRecord elise()
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0101");
    c.subject.firstName = QStringLiteral("Élise");
    c.subject.lastName = QStringLiteral("Lefèvre-Brûlé");
    c.subject.email = QStringLiteral("elise@example.fr");
    c.receivedOn = QDate(2026, 11, 2);
    c.rights = {RightRequest{Right::Access, {}, Outcome::NoDataHeld, RefusalGround::None, {}, {}}};
    c.recomputeDeadlines(DeadlineCalculator());
    return c;
}

OrganisationProfile exemple()
{
    OrganisationProfile o;
    o.name = QStringLiteral("Exemple SAS");
    o.postalAddress = QStringLiteral("1 place de l'Exemple, 69001 Lyon");
    o.dpoName = QStringLiteral("Camille Martin");
    o.dpoEmail = QStringLiteral("dpo@exemple.example");
    return o;
}

/// The letter's text, its non-breaking spaces as spaces (the PDF keeps them; the assertions read words).
QString textOf(LetterKind kind, const QString &language, const OrganisationProfile &org = exemple(),
               bool represented = false)
{
    LetterInput in{elise(), org, kind, language, QDate(2026, 12, 1), {}, {}};
    if (represented) {
        in.record.requester = Requester{Person{}, Capacity::Representative, QStringLiteral("Mandat signé")};
        in.record.requester->person.firstName = QStringLiteral("Marc");
        in.record.requester->person.lastName = QStringLiteral("Arnaud");
    }
    auto pdf = Letters::pdf(in);
    if (!pdf) {
        return QStringLiteral("REFUSED: ") + pdf.errorMessage();
    }
    return pdfText(*pdf).replace(QChar(0xa0), QLatin1Char(' ')).simplified();
}

} // namespace

class TestLettersFrench final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void elisionAtTheJoins();
    void elisionInTheLetters();
    void firstOfTheMonthAndUnbreakableDates();
    void headingNeverAloneAtThePageFoot();
    void emailNeverBrokenAtAHyphen();
    void receptionDateLine();
    void dpoTitleAsTheDpoWantsIt();
    void acknowledgementFollowsTheCase_data();
    void acknowledgementFollowsTheCase();
};

void TestLettersFrench::elisionAtTheJoins()
{
    const QMap<QString, QString> values{{QStringLiteral("subject.name"), QStringLiteral("Hélène Roux")},
                                        {QStringLiteral("org.name"), QStringLiteral("Exemple SAS")},
                                        {QStringLiteral("dpo.name"), QStringLiteral("Bernard Petit")}};
    const QString text = QStringLiteral("<p>Les données de {{subject.name}}. Nous confirmons que {{org.name}} traite. "
                                        "Que {{org.name}} réponde. Le délégué de {{dpo.name}}.</p>");
    const QString fr = LetterTemplate::fill(text, values, QStringLiteral("fr")).body;
    QCOMPARE(fr, QStringLiteral("<p>Les données d'Hélène Roux. Nous confirmons qu'Exemple SAS traite. "
                                "Qu'Exemple SAS réponde. Le délégué de Bernard Petit.</p>"));
    // English, and a word that merely ends in "de": untouched.
    QCOMPARE(LetterTemplate::fill(QStringLiteral("made {{org.name}}"), values, QStringLiteral("fr")).body,
             QStringLiteral("made Exemple SAS"));
    QCOMPARE(LetterTemplate::fill(text, values, QStringLiteral("en")).body,
             QStringLiteral("<p>Les données de Hélène Roux. Nous confirmons que Exemple SAS traite. "
                            "Que Exemple SAS réponde. Le délégué de Bernard Petit.</p>"));
}

void TestLettersFrench::elisionInTheLetters()
{
    // Élise writes herself: "vos données"; Marc writes for her: "les données d'Élise".
    const QString own = textOf(LetterKind::Acknowledgement, QStringLiteral("fr"));
    QVERIFY2(own.contains(QStringLiteral("votre demande relative à vos données personnelles")), qPrintable(own));
    QVERIFY2(!own.contains(QStringLiteral("Élise Lefèvre-Brûlé,")), qPrintable(own));
    const QString ownEn = textOf(LetterKind::Acknowledgement, QStringLiteral("en"));
    QVERIFY2(ownEn.contains(QStringLiteral("your request concerning your personal data")), qPrintable(ownEn));
    const QString ack = textOf(LetterKind::Acknowledgement, QStringLiteral("fr"), exemple(), true);
    QVERIFY2(ack.contains(QStringLiteral("relative aux données personnelles d'Élise Lefèvre-Brûlé")), qPrintable(ack));
    QVERIFY2(!ack.contains(QStringLiteral("de Élise")), qPrintable(ack));
    const QString ackEn = textOf(LetterKind::Acknowledgement, QStringLiteral("en"), exemple(), true);
    QVERIFY2(ackEn.contains(QStringLiteral("concerning the personal data of Élise Lefèvre-Brûlé")), qPrintable(ackEn));
    const QString none = textOf(LetterKind::NoData, QStringLiteral("fr"));
    QVERIFY2(none.contains(QStringLiteral("qu'Exemple SAS ne traite aucune donnée")), qPrintable(none));
    QVERIFY2(!none.contains(QStringLiteral("que Exemple")), qPrintable(none));
    QVERIFY2(!none.contains(QStringLiteral("de Élise")), qPrintable(none));
}

void TestLettersFrench::firstOfTheMonthAndUnbreakableDates()
{
    QCOMPARE(LetterValues::date(QDate(2026, 12, 1), QStringLiteral("fr")),
             QStringLiteral("1er\u00a0décembre\u00a02026"));
    QCOMPARE(LetterValues::date(QDate(2026, 11, 2), QStringLiteral("fr")), QStringLiteral("2\u00a0novembre\u00a02026"));
    QCOMPARE(LetterValues::date(QDate(2026, 12, 1), QStringLiteral("en")), QStringLiteral("1 December 2026"));
    const QString fr = textOf(LetterKind::Acknowledgement, QStringLiteral("fr"));
    QVERIFY2(fr.contains(QStringLiteral("1er décembre 2026")), qPrintable(fr)); // the letter's date
    QVERIFY2(!fr.contains(QStringLiteral(" 1 décembre")), qPrintable(fr));
    QVERIFY2(fr.contains(QStringLiteral("2 novembre 2026")), qPrintable(fr)); // received on
    const QString en = textOf(LetterKind::Acknowledgement, QStringLiteral("en"));
    QVERIFY2(en.contains(QStringLiteral("1 December 2026")), qPrintable(en));
}

void TestLettersFrench::receptionDateLine()
{
    const QString fr = textOf(LetterKind::Acknowledgement, QStringLiteral("fr"));
    QVERIFY2(fr.contains(QStringLiteral("Date de réception de votre demande : 2 novembre 2026")), qPrintable(fr));
    QVERIFY2(!fr.contains(QStringLiteral("Votre demande reçue le")), qPrintable(fr));
}

void TestLettersFrench::dpoTitleAsTheDpoWantsIt()
{
    OrganisationProfile org = exemple();
    QVERIFY(textOf(LetterKind::Acknowledgement, QStringLiteral("fr"), org)
                .contains(QStringLiteral("Camille Martin Délégué à la protection des données")));
    org.dpoTitle = QStringLiteral("feminine");
    const QString feminine = textOf(LetterKind::Acknowledgement, QStringLiteral("fr"), org);
    QVERIFY2(feminine.contains(QStringLiteral("Camille Martin Déléguée à la protection des données")),
             qPrintable(feminine));
    QVERIFY2(feminine.contains(QStringLiteral("Déléguée à la protection des données : Camille Martin")),
             qPrintable(feminine)); // the letterhead
    // And in the body: "notre déléguée", never "notre délégué" for her.
    QVERIFY2(feminine.contains(QStringLiteral("notre déléguée à la protection des données, Camille Martin")),
             qPrintable(feminine));
    QVERIFY(!feminine.contains(QStringLiteral("notre délégué à")));
    LetterInput request{elise(),
                        org,
                        LetterKind::IdentityRequest,
                        QStringLiteral("fr"),
                        QDate(2026, 12, 1),
                        QStringLiteral("Une copie d'un justificatif d'identité."),
                        {}};
    const QString identity = reporttest::pdfText(Letters::pdf(request).value()).replace(QChar(0xa0), u' ').simplified();
    QVERIFY2(identity.contains(QStringLiteral("à l'attention de Camille Martin, déléguée à la protection des données")),
             qPrintable(identity));
    org.dpoTitle = QStringLiteral("neutral");
    QVERIFY(textOf(LetterKind::Acknowledgement, QStringLiteral("fr"), org)
                .contains(QStringLiteral("Camille Martin Délégué(e) à la protection des données")));
    QVERIFY(textOf(LetterKind::Acknowledgement, QStringLiteral("en"), org)
                .contains(QStringLiteral("Camille Martin Data Protection Officer")));
}

void TestLettersFrench::acknowledgementFollowsTheCase_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestLettersFrench::acknowledgementFollowsTheCase()
{
    // Issue 14, item 9: no extension offer once extended, no promise of a date already past.
    QFETCH(QString, language);
    const bool en = language == QLatin1String("en");
    const auto ack = [&](const CaseRecord &c, QDate on) {
        LetterInput in{c, exemple(), LetterKind::Acknowledgement, language, on, {}, {}};
        auto pdf = Letters::pdf(in);
        return pdf ? pdfText(*pdf).replace(QChar(0xa0), QLatin1Char(' ')).simplified()
                   : QStringLiteral("REFUSED: ") + pdf.errorMessage();
    };
    const QString offer = en ? QStringLiteral("may be extended by two further months")
                             : QStringLiteral("peut être prolongé de deux mois");
    const QString expired = en ? QStringLiteral("expired on") : QStringLiteral("a expiré le");
    // On time, not extended: the deadline and the possible extension.
    CaseRecord c = elise(); // received 2 November 2026: deadline 2 December 2026
    const QString onTime = ack(c, QDate(2026, 11, 3));
    QVERIFY2(onTime.contains(offer), qPrintable(onTime));
    QVERIFY2(onTime.contains(en ? QStringLiteral("no later than 2 December 2026")
                                : QStringLiteral("au plus tard le 2 décembre 2026")),
             qPrintable(onTime));
    QVERIFY2(!onTime.contains(expired), qPrintable(onTime));
    // Extended: the extended deadline, and no second offer.
    c.extension = Extension{QDate(2026, 11, 20), ExtensionReason::Complexity, QStringLiteral("Four systems."),
                            QDate(2026, 11, 20)};
    c.recomputeDeadlines(DeadlineCalculator());
    const QString extended = ack(c, QDate(2026, 11, 25));
    QVERIFY2(!extended.contains(offer), qPrintable(extended));
    QVERIFY2(extended.contains(en ? QStringLiteral("extension we told you about")
                                  : QStringLiteral("prolongation de deux mois")),
             qPrintable(extended));
    QVERIFY2(extended.contains(en ? QStringLiteral("no later than 2 February 2027")
                                  : QStringLiteral("au plus tard le 2 février 2027")),
             qPrintable(extended));
    // Late: the deadline passed, said so, with the CNIL; never "we will reply no later than" a past date.
    const QString late = ack(elise(), QDate(2026, 12, 8));
    QVERIFY2(late.contains(expired + (en ? QStringLiteral(" 2 December 2026") : QStringLiteral(" 2 décembre 2026"))),
             qPrintable(late));
    QVERIFY2(!late.contains(en ? QStringLiteral("no later than") : QStringLiteral("au plus tard le")),
             qPrintable(late));
    QVERIFY2(!late.contains(offer), qPrintable(late));
    QVERIFY2(late.contains(QStringLiteral("www.cnil.fr")), qPrintable(late));
    // On the very day of a deadline a suspension moved: still on time.
    CaseRecord suspended = elise();
    suspended.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 11, 5), QDate(2026, 11, 15), {}}};
    suspended.recomputeDeadlines(DeadlineCalculator());
    QCOMPARE(suspended.deadline(), QDate(2026, 12, 14));
    const QString afterFirst = ack(suspended, QDate(2026, 12, 14));
    QVERIFY2(!afterFirst.contains(expired), qPrintable(afterFirst));
}

void TestLettersFrench::headingNeverAloneAtThePageFoot()
{
    // The answer to an heir has headings after the DPO's text; the text grows word by word, so that every heading in
    // turn meets the foot of the first page. No page but the last ends with a heading, and the signature never
    // stands alone on the last page: the closing formula goes with it.
    const QStringList headings{QStringLiteral("Votre qualité et les justificatifs reçus"),
                               QStringLiteral("Portée de notre réponse"),
                               QStringLiteral("Suite donnée à votre demande"), QStringLiteral("Vos voies de recours")};
    LetterInput in{elise(), exemple(), LetterKind::PostMortemAnswer, QStringLiteral("fr"), QDate(2026, 12, 1), {}, {}};
    in.record.rights = {RightRequest{Right::PostMortem, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    in.record.requester = Requester{Person{}, Capacity::Heir, QStringLiteral("acte de décès ; acte de notoriété")};
    in.record.requester->person.lastName = QStringLiteral("Arnaud");
    in.directives = QStringLiteral("none");
    int twoPages = 0;
    for (int words = 0; words <= 330; words += 6) {
        in.freeText = QStringLiteral("mot ").repeated(words).trimmed();
        auto pdf = Letters::pdf(in);
        QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
        const QStringList pages = reporttest::pdfPages(*pdf);
        twoPages += pages.size() > 1 ? 1 : 0;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QString body = pages.at(i);
            body = body.left(body.lastIndexOf(QStringLiteral("DR-2026-0101"))).trimmed();
            for (const QString &heading : headings) {
                QVERIFY2(i == pages.size() - 1 || !body.endsWith(heading),
                         qPrintable(
                             QStringLiteral("%1 words: page %2 ends with \"%3\"").arg(words).arg(i + 1).arg(heading)));
            }
            if (i == pages.size() - 1 && i > 0) {
                // The closing formula, and a paragraph of the body before it.
                QVERIFY2(body.indexOf(QStringLiteral("Je vous prie d'agréer")) > 0 &&
                             !body.startsWith(QStringLiteral("Je vous prie d'agréer")),
                         qPrintable(QStringLiteral("%1 words: the closing formula alone on page %2: %3")
                                        .arg(words)
                                        .arg(i + 1)
                                        .arg(body)));
                QVERIFY2(body.contains(QStringLiteral("Je vous prie d'agréer")),
                         qPrintable(QStringLiteral("%1 words: the signature alone on page %2: %3")
                                        .arg(words)
                                        .arg(i + 1)
                                        .arg(body)));
            }
        }
    }
    QVERIFY(twoPages > 20); // the breaks were exercised
}

void TestLettersFrench::emailNeverBrokenAtAHyphen()
{
    // A long address with hyphens, in the narrow letterhead and in the body: it stays whole on one line.
    OrganisationProfile org = exemple();
    org.dpoName = QStringLiteral("Camille Martin-Lefèvre de la Tour-Rousseau");
    org.dpoEmail = QStringLiteral("protection-des-donnees@groupe-exemple-europe.example");
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString text = textOf(LetterKind::Acknowledgement, language, org);
        QVERIFY2(text.count(org.dpoEmail) >= 2, qPrintable(text));
    }
}

QTEST_MAIN(TestLettersFrench)
#include "tst_letters_french.moc"
