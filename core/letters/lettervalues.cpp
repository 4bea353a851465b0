// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letters/lettervalues.h"

#include "domain/refusalrules.h"
#include "letters/letter.h"
#include "letters/lettertemplate.h"
#include "letters/processingstatement.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace dpodesk {

namespace {

/// Legal names in the letter's own language, whatever the interface's: a letter is a legal document.
QString rightInLetter(Right right, bool en)
{
    switch (right) {
    case Right::Access:
        return en ? QStringLiteral("right of access (GDPR Article 15)")
                  : QStringLiteral("droit d'accès (article 15 du RGPD)");
    case Right::Rectification:
        return en ? QStringLiteral("right to rectification (GDPR Article 16)")
                  : QStringLiteral("droit de rectification (article 16 du RGPD)");
    case Right::Erasure:
        return en ? QStringLiteral("right to erasure (GDPR Article 17)")
                  : QStringLiteral("droit à l'effacement (article 17 du RGPD)");
    case Right::Restriction:
        return en ? QStringLiteral("right to restriction of processing (GDPR Article 18)")
                  : QStringLiteral("droit à la limitation du traitement (article 18 du RGPD)");
    case Right::Portability:
        return en ? QStringLiteral("right to data portability (GDPR Article 20)")
                  : QStringLiteral("droit à la portabilité (article 20 du RGPD)");
    case Right::Objection:
        return en ? QStringLiteral("right to object (GDPR Article 21)")
                  : QStringLiteral("droit d'opposition (article 21 du RGPD)");
    case Right::AutomatedDecision:
        return en ? QStringLiteral("rights related to automated decision-making (GDPR Article 22)")
                  : QStringLiteral("droits relatifs à la décision individuelle automatisée (article 22 du RGPD)");
    case Right::ConsentWithdrawal:
        return en ? QStringLiteral("withdrawal of consent (GDPR Article 7(3))")
                  : QStringLiteral("retrait du consentement (article 7, paragraphe 3, du RGPD)");
    case Right::PostMortem:
        return en ? QStringLiteral("post-mortem directives (French Data Protection Act, Articles 84 to 86)")
                  : QStringLiteral("directives post mortem (articles 84 à 86 de la loi Informatique et Libertés)");
    case Right::CnilComplaint:
        return en ? QStringLiteral("complaint to the CNIL") : QStringLiteral("plainte auprès de la CNIL");
    case Right::Other:
        return en ? QStringLiteral("other request") : QStringLiteral("autre demande");
    }
    return {};
}

QString groundInLetter(RefusalGround ground, bool en)
{
    switch (ground) {
    case RefusalGround::ManifestlyUnfounded:
        return en ? QStringLiteral("manifestly unfounded request (GDPR Article 12(5))")
                  : QStringLiteral("demande manifestement infondée (article 12, paragraphe 5, du RGPD)");
    case RefusalGround::Excessive:
        return en ? QStringLiteral("excessive request (GDPR Article 12(5))")
                  : QStringLiteral("demande excessive (article 12, paragraphe 5, du RGPD)");
    case RefusalGround::UnableToIdentify:
        return en ? QStringLiteral("identification impossible (GDPR Article 11(2))")
                  : QStringLiteral("identification impossible (article 11, paragraphe 2, du RGPD)");
    case RefusalGround::ErasureException:
        return en ? QStringLiteral("exception to the right to erasure (GDPR Article 17(3))")
                  : QStringLiteral("exception au droit à l'effacement (article 17, paragraphe 3, du RGPD)");
    case RefusalGround::RightsOfOthers:
        return en ? QStringLiteral("rights and freedoms of others (GDPR Article 15(4))")
                  : QStringLiteral("droits et libertés d'autrui (article 15, paragraphe 4, du RGPD)");
    case RefusalGround::CompellingGrounds:
        return en ? QStringLiteral("compelling legitimate grounds (GDPR Article 21(1))")
                  : QStringLiteral("motifs légitimes et impérieux (article 21, paragraphe 1, du RGPD)");
    case RefusalGround::LegalObligation:
        return en ? QStringLiteral("compliance with a legal obligation (GDPR Article 17(3)(b))")
                  : QStringLiteral("respect d'une obligation légale (article 17, paragraphe 3, point b), du RGPD)");
    case RefusalGround::NationalRestriction:
        return en ? QStringLiteral("restriction provided for by law (GDPR Article 23)")
                  : QStringLiteral("limitation prévue par la loi (article 23 du RGPD)");
    case RefusalGround::ErasureFreedomOfExpression:
        return en ? QStringLiteral("exercise of the right of freedom of expression and information (GDPR Article "
                                   "17(3)(a))")
                  : QStringLiteral("exercice du droit à la liberté d'expression et d'information (article 17, "
                                   "paragraphe 3, point a), du RGPD)");
    case RefusalGround::ErasurePublicHealth:
        return en ? QStringLiteral("reasons of public interest in the area of public health (GDPR Article 17(3)(c))")
                  : QStringLiteral("motifs d'intérêt public dans le domaine de la santé publique (article 17, "
                                   "paragraphe 3, point c), du RGPD)");
    case RefusalGround::ErasureArchiving:
        return en ? QStringLiteral("archiving purposes in the public interest, scientific or historical research or "
                                   "statistical purposes (GDPR Article 17(3)(d))")
                  : QStringLiteral("fins archivistiques dans l'intérêt public, fins de recherche scientifique ou "
                                   "historique ou fins statistiques (article 17, paragraphe 3, point d), du RGPD)");
    case RefusalGround::ErasureLegalClaims:
        return en ? QStringLiteral("establishment, exercise or defence of legal claims (GDPR Article 17(3)(e))")
                  : QStringLiteral("constatation, exercice ou défense de droits en justice (article 17, paragraphe 3, "
                                   "point e), du RGPD)");
    case RefusalGround::DataAccurate:
        return en ? QStringLiteral("the data are accurate and complete (GDPR Article 16)")
                  : QStringLiteral("données exactes et complètes (article 16 du RGPD)");
    case RefusalGround::RestrictionNotApplicable:
        return en ? QStringLiteral("none of the cases of GDPR Article 18(1) applies")
                  : QStringLiteral("aucun des cas prévus à l'article 18, paragraphe 1, du RGPD");
    case RefusalGround::OutsidePortability:
        return en ? QStringLiteral("processing outside the scope of the right to data portability (GDPR Article "
                                   "20(1))")
                  : QStringLiteral("traitement hors du champ du droit à la portabilité (article 20, paragraphe 1, du "
                                   "RGPD)");
    case RefusalGround::AdverselyAffectsOthers:
        return en ? QStringLiteral("adverse effect on the rights and freedoms of others (GDPR Article 20(4))")
                  : QStringLiteral("atteinte aux droits et libertés de tiers (article 20, paragraphe 4, du RGPD)");
    case RefusalGround::Other:
    case RefusalGround::None:
        return en ? QStringLiteral("other ground") : QStringLiteral("autre motif");
    }
    return {};
}

QString capacityInLetter(Capacity capacity, bool en)
{
    switch (capacity) {
    case Capacity::Representative:
        return en ? QStringLiteral("representative with a mandate") : QStringLiteral("mandataire");
    case Capacity::Heir:
        return en ? QStringLiteral("heir") : QStringLiteral("ayant droit (héritier ou héritière)");
    case Capacity::Executor:
        return en ? QStringLiteral("person designated by the deceased (French Data Protection Act, Article 85)")
                  : QStringLiteral("personne désignée par la personne décédée (article 85 de la loi Informatique et "
                                   "Libertés)");
    case Capacity::Other:
        return en ? QStringLiteral("other capacity (legal representative, holder of parental authority...)")
                  : QStringLiteral("autre qualité (représentant légal, titulaire de l'autorité parentale...)");
    }
    return {};
}

/// What lets a controller find the person in its own systems: the identifiers the case holds, one line each, as
/// HTML built from escaped text; who wrote, when someone acts for the person. Never the identity proof.
QString identifiersInLetter(const CaseRecord &c, bool en)
{
    const QString colon = en ? QStringLiteral(":") : QStringLiteral("\u00a0:");
    QStringList lines;
    const auto line = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            QString oneLine = value.trimmed();
            oneLine.replace(u'\n', QStringLiteral(", "));
            lines << QStringLiteral("%1%2 %3").arg(label, colon, LetterTemplate::escaped(oneLine));
        }
    };
    line(en ? QStringLiteral("Data subject") : QStringLiteral("Personne concernée"), c.subject.displayName());
    line(en ? QStringLiteral("E-mail") : QStringLiteral("Courriel"), c.subject.email);
    line(en ? QStringLiteral("Postal address") : QStringLiteral("Adresse postale"), c.subject.postalAddress);
    line(en ? QStringLiteral("Telephone") : QStringLiteral("Téléphone"), c.subject.phone);
    line(en ? QStringLiteral("Customer or account number") : QStringLiteral("Numéro de client ou de compte"),
         c.subject.internalReference);
    if (c.requester) {
        line(en ? QStringLiteral("Request made by") : QStringLiteral("Demande présentée par"),
             QStringLiteral("%1 (%2)").arg(c.requester->person.displayName(),
                                           capacityInLetter(c.requester->capacity, en)));
    }
    return lines.join(QStringLiteral("<br/>"));
}

QString extensionReasonInLetter(ExtensionReason reason, bool en)
{
    return reason == ExtensionReason::Complexity ? (en ? QStringLiteral("the complexity of your request")
                                                       : QStringLiteral("la complexité de votre demande"))
                                                 : (en ? QStringLiteral("the number of requests we have received")
                                                       : QStringLiteral("le nombre de demandes reçues"));
}

/// What became of each right not refused in full, one paragraph each (a partial refusal says what was granted):
/// HTML built from escaped text.
QString grantedParagraphs(const CaseRecord &c, bool en)
{
    QString html;
    for (const RightRequest &r : c.rights) {
        QString what;
        switch (r.outcome) {
        case Outcome::Granted:
            what = en ? QStringLiteral("we have acted on your request.")
                      : QStringLiteral("nous avons donné suite à votre demande.");
            break;
        case Outcome::PartiallyGranted:
            what = en ? QStringLiteral("we have acted on your request in part; what we could not do, and why, is set "
                                       "out below.")
                      : QStringLiteral("nous avons donné suite à votre demande en partie ; ce que nous n'avons pas pu "
                                       "faire, et pourquoi, est exposé ci-dessous.");
            break;
        case Outcome::NoDataHeld:
            what = en ? QStringLiteral("we hold no personal data concerning %1.").arg(c.subject.displayName())
                      : QStringLiteral("nous ne détenons aucune donnée personnelle concernant %1.")
                            .arg(c.subject.displayName());
            break;
        case Outcome::Refused:
        case Outcome::Pending:
            continue;
        }
        html += QStringLiteral("<p>%1%2 %3</p>")
                    .arg(rightInLetter(r.right, en).toHtmlEscaped(),
                         en ? QStringLiteral(":") : QStringLiteral("\u00a0:"), what.toHtmlEscaped());
    }
    // A letter refusing everything has nothing granted to state.
    return html;
}

/// The rights as a sentence, with their articles: "le droit d'accès (article 15 du RGPD) et le droit à l'effacement
/// (article 17 du RGPD)", "the right of access (GDPR Article 15) and the right to erasure (GDPR Article 17)".
QString rightsSentence(const CaseRecord &c, bool en)
{
    QStringList parts;
    for (const RightRequest &r : c.rights) {
        const QString name = rightInLetter(r.right, en);
        if (en) {
            parts << (r.right == Right::Other ? QStringLiteral("another request") : QStringLiteral("the ") + name);
            continue;
        }
        switch (r.right) {
        case Right::AutomatedDecision:
        case Right::PostMortem:
            parts << QStringLiteral("les ") + name;
            break;
        case Right::CnilComplaint:
            parts << QStringLiteral("la ") + name;
            break;
        case Right::Other:
            parts << QStringLiteral("une ") + name;
            break;
        default:
            parts << QStringLiteral("le ") + name;
            break;
        }
    }
    if (parts.size() < 2) {
        return parts.join(QString());
    }
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", ")) + (en ? QStringLiteral(" and ") : QStringLiteral(" et ")) + last;
}

/// What a right granted means, in the reply covering every right (docs/rules.md#letters).
QString grantedInReply(const RightRequest &r, bool en)
{
    switch (r.right) {
    case Right::Access:
        return en ? QStringLiteral("We confirm that we process personal data concerning you. The information of "
                                   "Article 15 of the GDPR follows; a copy of the data is provided as stated in this "
                                   "letter.")
                  : QStringLiteral("Nous confirmons traiter des données personnelles vous concernant. Les informations "
                                   "prévues à l'article 15 du RGPD figurent ci-dessous ; une copie des données vous "
                                   "est fournie comme indiqué dans ce courrier.");
    case Right::Rectification:
        return en ? QStringLiteral("The inaccurate data have been rectified, and incomplete data completed.")
                  : QStringLiteral("Les données inexactes ont été rectifiées et les données incomplètes complétées.");
    case Right::Erasure:
        return en ? QStringLiteral("The data have been erased; we keep only what shows that your request was "
                                   "handled (its date, its subject and our answer).")
                  : QStringLiteral("Les données ont été effacées ; nous ne conservons que ce qui atteste du traitement "
                                   "de votre demande (sa date, son objet et notre réponse).");
    case Right::Restriction:
        return en ? QStringLiteral("The processing of the data is restricted to their storage (Article 18(2) of the "
                                   "GDPR); we will inform you before the restriction is lifted (Article 18(3)).")
                  : QStringLiteral("Le traitement des données est limité à leur conservation (article 18, paragraphe "
                                   "2, du RGPD) ; nous vous informerons avant de lever cette limitation (article 18, "
                                   "paragraphe 3).");
    case Right::Portability:
        return en ? QStringLiteral("The data you provided to us are supplied in a structured, commonly used and "
                                   "machine-readable format, as stated in this letter.")
                  : QStringLiteral("Les données que vous nous avez fournies vous sont transmises dans un format "
                                   "structuré, couramment utilisé et lisible par machine, comme indiqué dans ce "
                                   "courrier.");
    case Right::Objection:
        if (RefusalRules::isDirectMarketing(r.detail)) {
            return en ? QStringLiteral("Your data are no longer processed for direct marketing (Article 21(3) of the "
                                       "GDPR).")
                      : QStringLiteral("Vos données ne sont plus traitées à des fins de prospection (article 21, "
                                       "paragraphe 3, du RGPD).");
        }
        return en ? QStringLiteral("The processing you objected to has stopped (Article 21(1) of the GDPR).")
                  : QStringLiteral("Le traitement auquel vous vous êtes opposé a cessé (article 21, paragraphe 1, du "
                                   "RGPD).");
    case Right::AutomatedDecision:
        return en ? QStringLiteral("You may obtain human intervention, express your point of view and contest the "
                                   "decision (Article 22(3) of the GDPR).")
                  : QStringLiteral("Vous pouvez obtenir une intervention humaine, exprimer votre point de vue et "
                                   "contester la décision (article 22, paragraphe 3, du RGPD).");
    case Right::ConsentWithdrawal:
        return en ? QStringLiteral("The withdrawal of your consent is recorded: the processing based on it has "
                                   "stopped; what was done before remains lawful (Article 7(3) of the GDPR).")
                  : QStringLiteral("Le retrait de votre consentement est enregistré : les traitements fondés sur "
                                   "celui-ci ont cessé ; ce qui a été fait auparavant reste licite (article 7, "
                                   "paragraphe 3, du RGPD).");
    case Right::PostMortem:
    case Right::CnilComplaint:
    case Right::Other:
        break;
    }
    return en ? QStringLiteral("We have acted on your request.")
              : QStringLiteral("Nous avons donné suite à votre demande.");
}

/// The reply covering every right: one paragraph per right as decided — granted, granted in part, refused (ground and
/// reasons), no data held — and the art. 15 statement after the access paragraph when access is granted. HTML built
/// from escaped text.
QString replySections(const LetterInput &in, bool en)
{
    const CaseRecord &c = in.record;
    const QString colon = en ? QStringLiteral(": ") : QStringLiteral("\u00a0: ");
    QString html;
    for (const RightRequest &r : c.rights) {
        QString title = rightInLetter(r.right, en);
        title[0] = title.at(0).toUpper();
        QString outcome;
        QString body;
        const QString refusal = (en ? QStringLiteral("Legal ground") : QStringLiteral("Fondement juridique")) + colon +
                                groundInLetter(r.refusalGround, en) + QStringLiteral(". ") + r.refusalReason.trimmed();
        switch (r.outcome) {
        case Outcome::Granted:
            outcome = en ? QStringLiteral("granted") : QStringLiteral("accordé");
            body = grantedInReply(r, en);
            break;
        case Outcome::PartiallyGranted:
            outcome = en ? QStringLiteral("granted in part") : QStringLiteral("accordé en partie");
            body = grantedInReply(r, en) + u'\n' +
                   (en ? QStringLiteral("What we could not do, and why (Article 12(4) of the GDPR)")
                       : QStringLiteral("Ce que nous n'avons pas pu faire, et pourquoi (article 12, paragraphe 4, du "
                                        "RGPD)")) +
                   colon + refusal;
            break;
        case Outcome::Refused:
            outcome = en ? QStringLiteral("refused") : QStringLiteral("refusé");
            body = refusal;
            break;
        case Outcome::NoDataHeld:
            outcome = en ? QStringLiteral("no data held") : QStringLiteral("aucune donnée");
            body = c.requester ? (en ? QStringLiteral("We process no personal data concerning %1.")
                                     : QStringLiteral("Nous ne traitons aucune donnée personnelle concernant %1."))
                                     .arg(c.subject.displayName())
                               : (en ? QStringLiteral("We process no personal data concerning you.")
                                     : QStringLiteral("Nous ne traitons aucune donnée personnelle vous concernant."));
            break;
        case Outcome::Pending:
            continue; // refused before the letter is drawn (LetterRequirement::EveryRightDecided)
        }
        html += QStringLiteral("<p><b>%1 — %2</b><br/>%3</p>")
                    .arg(title.toHtmlEscaped(), outcome.toHtmlEscaped(), LetterTemplate::escaped(body));
        if (r.right == Right::Access && (r.outcome == Outcome::Granted || r.outcome == Outcome::PartiallyGranted)) {
            html += ProcessingStatement::html(in.activities, in.language);
        }
    }
    return html;
}

/// The art. 12(5) qualification the DPO chose, in the letter's language ("manifestly unfounded", "excessive").
QString article12Qualification(const CaseRecord &c, bool en)
{
    bool unfounded = false;
    bool excessive = false;
    for (const RightRequest &r : c.rights) {
        if (r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted) {
            unfounded = unfounded || r.refusalGround == RefusalGround::ManifestlyUnfounded;
            excessive = excessive || r.refusalGround == RefusalGround::Excessive;
        }
    }
    QStringList words;
    if (unfounded) {
        words << (en ? QStringLiteral("manifestly unfounded") : QStringLiteral("manifestement infondée"));
    }
    if (excessive) {
        words << (en ? QStringLiteral("excessive") : QStringLiteral("excessive"));
    }
    return words.join(en ? QStringLiteral(" and ") : QStringLiteral(" et "));
}

/// The person's earlier requests and this one, oldest first, with the days between each and the one before.
QString earlierRequestsText(const LetterInput &in, const std::function<QString(QDate)> &date, bool en)
{
    QList<EarlierRequest> all;
    for (const EarlierRequest &e : in.earlierRequests) {
        if (e.receivedOn.isValid() && (!in.record.receivedOn.isValid() || e.receivedOn <= in.record.receivedOn)) {
            all << e;
        }
    }
    if (all.isEmpty()) {
        return {};
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const EarlierRequest &a, const EarlierRequest &b) { return a.receivedOn < b.receivedOn; });
    all << EarlierRequest{in.record.reference, in.record.receivedOn};
    QStringList lines;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const EarlierRequest &e = all.at(i);
        const bool current = i == all.size() - 1;
        QString line =
            current ? (en ? QStringLiteral("this request, %1, received on %2")
                          : QStringLiteral("la présente demande, %1, reçue le %2"))
                          .arg(e.reference, date(e.receivedOn))
                    : (en ? QStringLiteral("request %1, received on %2") : QStringLiteral("demande %1, reçue le %2"))
                          .arg(e.reference, date(e.receivedOn));
        if (i > 0) {
            const qint64 days = all.at(i - 1).receivedOn.daysTo(e.receivedOn);
            line += en ? QStringLiteral(", %1 day(s) after the previous one").arg(days)
                       : QStringLiteral(", %1 jour(s) après la précédente").arg(days);
        }
        lines << QStringLiteral("– ") + line;
    }
    return lines.join(u'\n');
}

} // namespace

QString LetterValues::rightName(Right right, const QString &language)
{
    return rightInLetter(right, language == QLatin1String("en"));
}

QString LetterValues::rightsText(const QList<RightRequest> &rights, const QString &language)
{
    QStringList names;
    for (const RightRequest &r : rights) {
        names << rightName(r.right, language);
    }
    return names.join(QStringLiteral(", "));
}

QString LetterValues::date(QDate date, const QString &language)
{
    if (!date.isValid()) {
        return {};
    }
    if (language == QLatin1String("en")) {
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
    }
    const QLocale french(QLocale::French, QLocale::France);
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + QChar(0xa0) + french.toString(date, QStringLiteral("MMMM")) + QChar(0xa0) +
           QString::number(date.year());
}

QString LetterValues::dpoTitle(const OrganisationProfile &organisation, const QString &language)
{
    if (language == QLatin1String("en")) {
        return QStringLiteral("Data Protection Officer");
    }
    const QString title = organisation.dpoTitle == QLatin1String("feminine")  ? QStringLiteral("Déléguée")
                          : organisation.dpoTitle == QLatin1String("neutral") ? QStringLiteral("Délégué(e)")
                                                                              : QStringLiteral("Délégué");
    return title + QStringLiteral(" à la protection des données");
}

QMap<QString, QString> LetterValues::of(const LetterInput &in)
{
    const auto date = [&](QDate d) { return LetterValues::date(d, in.language); };
    const CaseRecord &c = in.record;
    const bool english = in.language == QLatin1String("en");
    QStringList rights;
    QStringList grounds;
    for (const RightRequest &r : c.rights) {
        rights << rightInLetter(r.right, english);
        // A refusal recorded without ground or reasons (older registers) has nothing to state: no empty line.
        const bool stated = r.refusalGround != RefusalGround::None || !r.refusalReason.trimmed().isEmpty();
        // A letter of its own ground (unable to identify, manifestly unfounded) states only the rights refused on it.
        const RefusalGrounds own = LetterKinds::traits(in.kind).refuses;
        const bool ofThisLetter = own == 0 || own == kAnyRefusalGround || (own & refusalGround(r.refusalGround));
        if ((r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted) && stated && ofThisLetter) {
            // One bullet per right: the right, its ground, the reasons (HTML built from escaped text).
            grounds << QStringLiteral("<li>%1</li>")
                           .arg(LetterTemplate::escaped(
                               QStringLiteral("%1 — %2%3 %4")
                                   .arg(rightInLetter(r.right, english), groundInLetter(r.refusalGround, english),
                                        english ? QStringLiteral(":") : QStringLiteral("\u00a0:"), r.refusalReason)));
        }
    }
    // GDPR art. 19: the answer names the recipients actually notified, and says nothing of those not told yet.
    QStringList recipients;
    for (const Recipient &r : c.recipients) {
        if (r.notifiedOn.isValid()) {
            recipients << r.name;
        }
    }
    const auto notified = Letters::notifiedRecipient(in);
    const Person &addressee = c.requester ? c.requester->person : c.subject;
    const QDate letterDate = in.date.isValid() ? in.date : QDate::currentDate();
    const bool onTime = !c.deadline().isValid() || letterDate <= c.deadline();
    const bool extendable =
        !c.isExtended() && !c.isCnilComplaint() && c.deadlines.initial.isValid() && letterDate <= c.deadlines.initial;
    // Whose data the request is about: "your" data when the person writes themselves, the person's name when someone
    // acts for them.
    QString concerning;
    if (!c.requester) {
        concerning = english ? QStringLiteral("your personal data") : QStringLiteral("à vos données personnelles");
    } else if (english) {
        concerning = QStringLiteral("the personal data of ") + c.subject.displayName();
    } else {
        concerning = QStringLiteral("aux données personnelles de ");
        LetterTemplate::elideBefore(concerning, c.subject.displayName());
        concerning += c.subject.displayName();
    }
    QMap<QString, QString> v{
        {QStringLiteral("subject.name"), c.subject.displayName()},
        {QStringLiteral("request.concerning"), concerning},
        // "vous concernant" when the person writes, "concernant Élise Lefèvre" when someone acts for them.
        {QStringLiteral("subject.concerning"),
         c.requester
             ? (english ? QStringLiteral("concerning ") : QStringLiteral("concernant ")) + c.subject.displayName()
             : (english ? QStringLiteral("concerning you") : QStringLiteral("vous concernant"))},
        {QStringLiteral("recipient.name"), addressee.displayName()},
        {QStringLiteral("case.reference"), c.reference},
        {QStringLiteral("case.received_on"), date(c.receivedOn)},
        {QStringLiteral("case.rights"), rights.join(QStringLiteral(", "))},
        {QStringLiteral("case.rights_sentence"), rightsSentence(c, english)},
        {QStringLiteral("case.deadline"), date(c.deadline())},
        {QStringLiteral("case.initial_deadline"), date(c.deadlines.initial)},
        {QStringLiteral("case.extended_deadline"), date(c.deadlines.extended)},
        // Passages only ({{#case.late}} ... {{/case.late}}): what the letter may promise on its date. A deadline
        // already passed is never promised again; an extension is offered only while one is still possible.
        {QStringLiteral("case.on_time"), onTime ? QStringLiteral("1") : QString()},
        {QStringLiteral("case.late"), onTime ? QString() : QStringLiteral("1")},
        {QStringLiteral("case.extendable"), extendable ? QStringLiteral("1") : QString()},
        {QStringLiteral("case.extended"), c.isExtended() ? QStringLiteral("1") : QString()},
        // docs/rules.md#suspension: whether a request for clarification stops the clock (the organisation's setting).
        {QStringLiteral("clarification.stops"),
         in.organisation.clarificationStopsClock() ? QStringLiteral("1") : QString()},
        {QStringLiteral("clarification.runs"),
         in.organisation.clarificationStopsClock() ? QString() : QStringLiteral("1")},
        {QStringLiteral("org.name"), in.organisation.name},
        {QStringLiteral("org.address"), in.organisation.postalAddress},
        {QStringLiteral("dpo.name"), in.organisation.dpoName},
        // "délégué(e) à la protection des données" as the DPO wants it, in a sentence ("notre déléguée à ...").
        {QStringLiteral("dpo.title"), english
                                          ? QStringLiteral("Data Protection Officer")
                                          : LetterValues::dpoTitle(in.organisation, in.language).replace(0, 1, u'd')},
        {QStringLiteral("dpo.email"), in.organisation.dpoEmail},
        {QStringLiteral("dpo.phone"), in.organisation.dpoPhone},
        {QStringLiteral("extension.reason"),
         c.extension ? extensionReasonInLetter(c.extension->reason, english) : QString()},
        {QStringLiteral("extension.justification"), c.extension ? c.extension->justification : QString()},
        {QStringLiteral("refusal.grounds"),
         grounds.isEmpty() ? QString() : QStringLiteral("<ul>") + grounds.join(QString()) + QStringLiteral("</ul>")},
        {QStringLiteral("refusal.granted"), grantedParagraphs(c, english)},
        {QStringLiteral("refusal.article_12_5"), article12Qualification(c, english)},
        {QStringLiteral("refusal.earlier_requests"), earlierRequestsText(in, date, english)},
        {QStringLiteral("letter.fee"), in.fee.trimmed()},
        {QStringLiteral("recipients.list"), recipients.join(QStringLiteral(", "))},
        {QStringLiteral("notification.recipient"), notified ? notified->name : QString()},
        {QStringLiteral("notification.address"), notified ? notified->address : QString()},
        {QStringLiteral("text.free"), in.freeText},
        // HTML built from escaped text (LetterTemplate::htmlPlaceholders).
        {QStringLiteral("processing.statement"), ProcessingStatement::html(in.activities, in.language)},
        {QStringLiteral("letter.date"), date(in.date.isValid() ? in.date : QDate::currentDate())},
        {QStringLiteral("controller.name"), ProcessingStatement::controllersToForwardTo(in.activities)
                                                .join(english ? QStringLiteral(" and ") : QStringLiteral(" et "))},
        {QStringLiteral("subject.identifiers"), identifiersInLetter(c, english)},
        {QStringLiteral("requester.capacity"),
         c.requester ? capacityInLetter(c.requester->capacity, english) : QString()},
        {QStringLiteral("processing.automated"),
         ProcessingStatement::automatedDecisionsHtml(in.activities, in.language)},
        // LIL art. 85: the proofs recorded with the requester, and which directives the deceased left.
        {QStringLiteral("requester.proof"), c.requester ? c.requester->capacityProof : QString()},
        {QStringLiteral("requester.designated"),
         c.requester && c.requester->capacity == Capacity::Executor ? QStringLiteral("1") : QString()},
        {QStringLiteral("requester.heir"),
         c.requester && c.requester->capacity == Capacity::Heir ? QStringLiteral("1") : QString()},
        {QStringLiteral("directives.none"), in.directives == QLatin1String("none") ? QStringLiteral("1") : QString()},
        {QStringLiteral("directives.particular"),
         in.directives == QLatin1String("particular") ? QStringLiteral("1") : QString()},
        {QStringLiteral("directives.general"),
         in.directives == QLatin1String("general") ? QStringLiteral("1") : QString()},
        {QStringLiteral("reply.rights"), in.kind == LetterKind::Reply ? replySections(in, english) : QString()},
        {QStringLiteral("reply.refused"), c.hasRefusal() ? QStringLiteral("1") : QString()},
        // GDPR art. 19 concerns data actually rectified, erased or restricted.
        {QStringLiteral("reply.changes"),
         std::any_of(c.rights.cbegin(), c.rights.cend(),
                     [](const RightRequest &r) {
                         return (r.right == Right::Rectification || r.right == Right::Erasure ||
                                 r.right == Right::Restriction) &&
                                (r.outcome == Outcome::Granted || r.outcome == Outcome::PartiallyGranted);
                     })
             ? QStringLiteral("1")
             : QString()},
        {QStringLiteral("reply.access"), std::any_of(c.rights.cbegin(), c.rights.cend(),
                                                     [](const RightRequest &r) {
                                                         return r.right == Right::Access &&
                                                                (r.outcome == Outcome::Granted ||
                                                                 r.outcome == Outcome::PartiallyGranted);
                                                     })
                                             ? QStringLiteral("1")
                                             : QString()},
        {QStringLiteral("reply.no_refusal"), c.hasRefusal() ? QString() : QStringLiteral("1")},
        {QStringLiteral("cnil.reference"), c.cnilReference},
        {QStringLiteral("cnil.due_date"), date(c.cnilDueDate)},
    };
    return v;
}

} // namespace dpodesk
