// Every letter in French and English: generated for a case, read back from the PDF, with the case's data and the
// mentions the law requires; placeholders checked before anything is generated; a refusal without grounds refused.
#include "letters/letter.h"
#include "reportparsers.h"

#include <QBuffer>
#include <QMap>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTest>

using namespace dpodesk;
using reporttest::pdfText;

namespace {

CaseRecord sampleCase(const QString &first, const QString &last)
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0042");
    c.subject.firstName = first;
    c.subject.lastName = last;
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.subject.postalAddress = QStringLiteral("12 rue de la République\n69002 Lyon");
    c.receivedOn = QDate(2026, 3, 5);
    c.rights = {RightRequest{Right::Access, {}, Outcome::Granted, RefusalGround::None, {}, {}},
                RightRequest{Right::Erasure,
                             {},
                             Outcome::Refused,
                             RefusalGround::ErasureException,
                             QStringLiteral("Invoices are kept ten years (Code de commerce L123-22)."),
                             {}}};
    c.extension = Extension{QDate(2026, 3, 20), ExtensionReason::Complexity,
                            QStringLiteral("Your data is spread over four systems."), QDate(2026, 3, 20)};
    c.recipients = {Recipient{QStringLiteral("Routage Express SAS"), QDate(2026, 3, 25)}};
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

/// Distinctive mandatory mentions per letter and language (docs/rules.md#letters).
QStringList mandatory(const QString &kind, const QString &lang);

} // namespace

class TestLetters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyLetter_data();
    void everyLetter();
    void nonLatinName();
    void refusalWithoutGroundsIsRefused();
    void unknownPlaceholderReported();
    void organisationProfileRequired();
};

void TestLetters::everyLetter_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lang");
    for (const LetterKind &k : Letters::kinds()) {
        for (const QString &lang : Letters::languages()) {
            QTest::newRow(qPrintable(QString(k.name + u'.' + lang))) << k.name << lang;
        }
    }
}

void TestLetters::everyLetter()
{
    QFETCH(QString, kind);
    QFETCH(QString, lang);
    auto text = Letters::defaultTemplate(kind, lang);
    QVERIFY2(text.ok(), qPrintable(text.errorMessage()));
    QVERIFY2(Letters::validateTemplate(*text).ok(), qPrintable(Letters::validateTemplate(*text).errorMessage()));
    LetterInput input{sampleCase(QStringLiteral("Élodie"), QStringLiteral("Dupré")),
                      organisation(),
                      kind,
                      lang,
                      QDate(2026, 3, 27),
                      QStringLiteral("FREE-TEXT-MARKER")};
    // An answer letter is for a right granted: the sample's refused erasure is granted for "answer-erasure".
    if (const auto answered = Letters::answeredRight(kind)) {
        for (RightRequest &r : input.record.rights) {
            if (r.right == *answered) {
                r.outcome = Outcome::Granted;
                r.refusalGround = RefusalGround::None;
                r.refusalReason.clear();
            }
        }
    }
    auto pdf = Letters::pdf(input);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    int pages = 0;
    const QString content = pdfText(*pdf, &pages);
    QVERIFY(pages >= 1);
    const bool en = lang == QLatin1String("en");
    // The common block: organisation, DPO contact, date, reference, received date, addressee, signature, footer.
    const QStringList common{QStringLiteral("Courriels & Cie SAS"), QStringLiteral("dpo@courriels.example"),
                             QStringLiteral("Anne Lefèvre"), QStringLiteral("DR-2026-0042"),
                             en ? QStringLiteral("27 March 2026") : QStringLiteral("27 mars 2026"),
                             en ? QStringLiteral("5 March 2026") : QStringLiteral("5 mars 2026"),
                             QStringLiteral("Élodie Dupré"), QStringLiteral("page 1 / %1").arg(pages),
                             // The rights in the letter's language, whatever the interface's.
                             en ? QStringLiteral("right of access (GDPR Article 15)")
                                : QStringLiteral("droit d'accès (article 15 du RGPD)")};
    for (const QString &expected : common) {
        QVERIFY2(content.contains(expected), qPrintable(QString(expected + QStringLiteral(" not in: ") + content)));
    }
    for (const QString &expected : mandatory(kind, lang)) {
        QVERIFY2(content.contains(expected, Qt::CaseInsensitive),
                 qPrintable(QString(expected + QStringLiteral(" not in: ") + content)));
    }
}

void TestLetters::nonLatinName()
{
    LetterInput input{sampleCase(QStringLiteral("伟"), QStringLiteral("王")),
                      organisation(),
                      QStringLiteral("acknowledgement"),
                      QStringLiteral("en"),
                      QDate(2026, 3, 6),
                      {}};
    auto pdf = Letters::pdf(input);
    QVERIFY(pdf.ok());
    int pages = 0;
    const QString content = pdfText(*pdf, &pages);
    QVERIFY2(content.contains(QStringLiteral("伟 王")), qPrintable(content));
}

void TestLetters::refusalWithoutGroundsIsRefused()
{
    CaseRecord c = sampleCase(QStringLiteral("Jean"), QStringLiteral("Martin"));
    for (RightRequest &r : c.rights) {
        r.outcome = Outcome::Granted;
        r.refusalGround = RefusalGround::None;
        r.refusalReason.clear();
    }
    for (const QString &kind :
         {QStringLiteral("refusal"), QStringLiteral("manifestly-unfounded"), QStringLiteral("unable-to-identify")}) {
        LetterInput input{c, organisation(), kind, QStringLiteral("fr"), QDate(2026, 3, 27), {}};
        auto pdf = Letters::pdf(input);
        QVERIFY2(!pdf.ok(), qPrintable(kind));
        QCOMPARE(pdf.error().field, QStringLiteral("refusal.grounds"));
    }
}

void TestLetters::unknownPlaceholderReported()
{
    const auto result =
        Letters::validateTemplate(QStringLiteral("<p>Dear {{recipient.name}}, {{case.refrence}} {{x}}</p>"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QStringLiteral("{{case.refrence}}")), qPrintable(result.errorMessage()));
    QVERIFY(result.errorMessage().contains(QStringLiteral("{{x}}")));
    LetterInput input{sampleCase(QStringLiteral("Jean"), QStringLiteral("Martin")),
                      organisation(),
                      QStringLiteral("acknowledgement"),
                      QStringLiteral("en"),
                      QDate(2026, 3, 6),
                      {}};
    QVERIFY(!Letters::pdf(input, QStringLiteral("<p>{{case.refrence}}</p>")).ok());
    // A value is text, never markup or a placeholder.
    input.record.subject.lastName = QStringLiteral("<b>{{dpo.email}}</b>");
    auto html = Letters::html(input, QStringLiteral("<p>{{subject.name}}</p>"));
    QVERIFY(html.ok());
    QVERIFY(html->contains(QStringLiteral("&lt;b&gt;{{dpo.email}}&lt;/b&gt;")));
}

void TestLetters::organisationProfileRequired()
{
    OrganisationProfile empty;
    LetterInput input{sampleCase(QStringLiteral("Jean"), QStringLiteral("Martin")),
                      empty,
                      QStringLiteral("acknowledgement"),
                      QStringLiteral("fr"),
                      QDate(2026, 3, 6),
                      {}};
    auto pdf = Letters::pdf(input);
    QVERIFY(!pdf.ok());
    QCOMPARE(pdf.error().field, QStringLiteral("organisation"));
}

namespace {

QStringList mandatory(const QString &kind, const QString &lang)
{
    const bool en = lang == QLatin1String("en");
    // Every letter that refuses carries the complaint and the judicial remedy (GDPR art. 12(4)).
    const QStringList refusalMentions{QStringLiteral("3 place de Fontenoy"), QStringLiteral("TSA 80715"),
                                      QStringLiteral("75334 Paris Cedex 07"), QStringLiteral("www.cnil.fr"),
                                      en ? QStringLiteral("judicial remedy")
                                         : QStringLiteral("recours juridictionnel")};
    QStringList phrases;
    if (kind == QLatin1String("refusal") || kind == QLatin1String("manifestly-unfounded") ||
        kind == QLatin1String("unable-to-identify")) {
        phrases << refusalMentions << QStringLiteral("Invoices are kept ten years");
    }
    if (kind == QLatin1String("acknowledgement")) {
        // The deadline in force: extended, 5 Mar + 3 months = Friday 5 June 2026.
        phrases << (en ? QStringLiteral("5 June 2026") : QStringLiteral("5 juin 2026"));
    }
    if (kind == QLatin1String("extension-notice")) {
        phrases << QStringLiteral("Your data is spread over four systems.")
                << (en ? QStringLiteral("5 June 2026") : QStringLiteral("5 juin 2026"));
    }
    if (kind.startsWith(QLatin1String("answer-rectification")) || kind == QLatin1String("answer-erasure") ||
        kind == QLatin1String("answer-restriction")) {
        phrases << QStringLiteral("Routage Express SAS");
    }
    // One or two distinctive sentences of each template (resources/letters), as the person reads them.
    static const QMap<QString, QStringList> french{
        {QStringLiteral("acknowledgement"), {QStringLiteral("nous vous répondrons au plus tard le 5 juin 2026")}},
        {QStringLiteral("identity-request"),
         {QStringLiteral("est suspendu jusqu'à la réception de ces informations"),
          QStringLiteral("vous pouvez masquer les informations qui ne sont pas nécessaires pour vous identifier"),
          QStringLiteral("sera supprimée dès que la vérification aura été faite")}},
        {QStringLiteral("clarification-request"), {QStringLiteral("peut être suspendu")}},
        {QStringLiteral("extension-notice"), {QStringLiteral("est prolongé de deux mois")}},
        {QStringLiteral("answer-access"),
         {QStringLiteral("traite des données personnelles concernant"), QStringLiteral("C-154/21")}},
        {QStringLiteral("answer-rectification"), {QStringLiteral("nous avons notifié cette rectification")}},
        {QStringLiteral("answer-erasure"), {QStringLiteral("nous avons notifié cet effacement")}},
        {QStringLiteral("answer-restriction"), {QStringLiteral("avant que cette limitation ne soit levée")}},
        {QStringLiteral("answer-portability"), {QStringLiteral("lisible par machine, tel que CSV, JSON ou XML")}},
        {QStringLiteral("answer-objection"), {QStringLiteral("motifs légitimes et impérieux")}},
        {QStringLiteral("restriction-lifting-notice"), {QStringLiteral("que cette limitation sera levée")}},
        {QStringLiteral("manifestly-unfounded"),
         {QStringLiteral("frais raisonnables"), QStringLiteral("retirer votre demande")}},
        {QStringLiteral("unable-to-identify"), {QStringLiteral("nous ne sommes pas en mesure d'identifier")}},
        {QStringLiteral("no-data"), {QStringLiteral("ne traite aucune donnée personnelle concernant")}},
        {QStringLiteral("recipient-notification"), {QStringLiteral("de nous confirmer par écrit")}},
        {QStringLiteral("post-mortem-answer"), {QStringLiteral("limitée aux finalités prévues par l'article 85")}},
    };
    static const QMap<QString, QStringList> english{
        {QStringLiteral("acknowledgement"), {QStringLiteral("we will reply no later than 5 June 2026")}},
        {QStringLiteral("identity-request"),
         {QStringLiteral("is suspended until we receive this information"),
          QStringLiteral("you may mask the information that is not needed to identify you"),
          QStringLiteral("will be deleted as soon as the verification has been carried out")}},
        {QStringLiteral("clarification-request"), {QStringLiteral("may be suspended")}},
        {QStringLiteral("extension-notice"), {QStringLiteral("is extended by two months")}},
        {QStringLiteral("answer-access"),
         {QStringLiteral("processes personal data concerning"), QStringLiteral("C-154/21")}},
        {QStringLiteral("answer-rectification"), {QStringLiteral("we have notified this rectification")}},
        {QStringLiteral("answer-erasure"), {QStringLiteral("we have notified this erasure")}},
        {QStringLiteral("answer-restriction"), {QStringLiteral("before the restriction is lifted")}},
        {QStringLiteral("answer-portability"), {QStringLiteral("machine-readable format, such as CSV, JSON or XML")}},
        {QStringLiteral("answer-objection"), {QStringLiteral("compelling legitimate grounds")}},
        {QStringLiteral("restriction-lifting-notice"), {QStringLiteral("this restriction will be lifted")}},
        {QStringLiteral("manifestly-unfounded"),
         {QStringLiteral("reasonable fee"), QStringLiteral("withdraw your request")}},
        {QStringLiteral("unable-to-identify"), {QStringLiteral("we are not in a position to identify")}},
        {QStringLiteral("no-data"), {QStringLiteral("does not process any personal data concerning")}},
        {QStringLiteral("recipient-notification"), {QStringLiteral("confirm to us in writing")}},
        {QStringLiteral("post-mortem-answer"), {QStringLiteral("limited to the purposes set out in Article 85")}},
    };
    phrases << (en ? english : french).value(kind);
    phrases << (en ? QStringLiteral("please contact our Data Protection Officer")
                   : QStringLiteral("vous pouvez contacter notre délégué à la protection des données"));
    return phrases;
}

} // namespace

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
