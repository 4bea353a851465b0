// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/refusalrules.h"

#include <QRegularExpression>
#include <QStringList>

namespace dpodesk {

namespace {

/// Lower case, accents removed: "Démarchage" -> "demarchage".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark()) {
            out.append(c);
        }
    }
    return out;
}

/// The grounds that need the legal text in the reasons.
bool needsCitation(RefusalGround ground)
{
    return ground == RefusalGround::LegalObligation || ground == RefusalGround::NationalRestriction;
}

} // namespace

bool RefusalRules::isDirectMarketing(const QString &detail)
{
    static const QRegularExpression words(QStringLiteral(
        "marketing|prospect|demarchage|newsletter|lettre d.information|publicit|advertis|sollicitation"));
    return words.match(folded(detail)).hasMatch();
}

bool RefusalRules::citesLegalText(const QString &reasons)
{
    static const QRegularExpression text(
        QStringLiteral("\\b(art|article|articles|code|loi|law|act|decret|decree|reglement|regulation|directive"
                       "|ordonnance|order|statute)\\b"));
    static const QRegularExpression number(QStringLiteral("[0-9]"));
    const QString f = folded(reasons);
    return text.match(f).hasMatch() && number.match(f).hasMatch();
}

QList<RefusalGround> RefusalRules::groundsFor(Right right, const QString &detail)
{
    using G = RefusalGround;
    // GDPR art. 12(5) applies to every request made to the controller.
    const QList<G> article12 = {G::ManifestlyUnfounded, G::Excessive};
    switch (right) {
    case Right::Access:
        return QList<G>{G::RightsOfOthers, G::NationalRestriction, G::UnableToIdentify} + article12;
    case Right::Rectification:
        return QList<G>{G::DataAccurate, G::UnableToIdentify} + article12;
    case Right::Erasure:
        return QList<G>{G::ErasureFreedomOfExpression, G::LegalObligation,    G::ErasurePublicHealth,
                        G::ErasureArchiving,           G::ErasureLegalClaims, G::UnableToIdentify} +
               article12;
    case Right::Restriction:
        return QList<G>{G::RestrictionNotApplicable, G::UnableToIdentify} + article12;
    case Right::Portability:
        return QList<G>{G::OutsidePortability, G::AdverselyAffectsOthers, G::UnableToIdentify} + article12;
    case Right::Objection:
        // Art. 21(1) compelling grounds, never against an objection to direct marketing (art. 21(3)); art. 11(2)
        // covers arts. 15 to 20 only.
        return isDirectMarketing(detail) ? article12 : QList<G>{G::CompellingGrounds} + article12;
    case Right::AutomatedDecision:
        // Art. 22(2) exceptions (contract, law, explicit consent) are stated as "other ground" with their text.
        return QList<G>{G::Other} + article12;
    case Right::ConsentWithdrawal:
        return article12;
    case Right::PostMortem:
    case Right::Other:
        return QList<G>{G::UnableToIdentify, G::Other} + article12;
    case Right::CnilComplaint:
        return {};
    }
    return {};
}

Result<void> RefusalRules::check(Right right, const QString &detail, RefusalGround ground, const QString &reasons)
{
    const QString field = QStringLiteral("rights.refusal");
    if (groundsFor(right, detail).contains(ground)) {
        if (needsCitation(ground) && !citesLegalText(reasons)) {
            return makeError(Error::Code::Invalid,
                             tr("The ground \"%1\" needs the legal text that imposes it, named in the reasons given "
                                "to the person (for example \"Code de commerce, art. L123-22\").")
                                 .arg(label(ground)),
                             field);
        }
        return {};
    }
    if (ground == RefusalGround::UnableToIdentify &&
        (right == Right::Objection || right == Right::AutomatedDecision || right == Right::ConsentWithdrawal)) {
        return makeError(Error::Code::Invalid,
                         tr("\"Unable to identify\" (GDPR art. 11(2)) covers the rights of articles 15 to 20 only: it "
                            "cannot refuse \"%1\".")
                             .arg(label(right)),
                         field);
    }
    if (ground == RefusalGround::CompellingGrounds && right == Right::Objection) {
        return makeError(Error::Code::Invalid,
                         tr("An objection to direct marketing admits no compelling legitimate grounds: the processing "
                            "for direct marketing stops (GDPR art. 21(3)). The detail of the right says it is about "
                            "direct marketing (\"%1\").")
                             .arg(detail.trimmed()),
                         field);
    }
    if (ground == RefusalGround::ErasureException) {
        return makeError(Error::Code::Invalid,
                         tr("Name the point of art. 17(3) that applies, (a) to (e): \"%1\" is kept only for decisions "
                            "recorded before it was split.")
                             .arg(label(ground)),
                         field);
    }
    QStringList fitting;
    for (const RefusalGround g : groundsFor(right, detail)) {
        fitting << label(g);
    }
    return makeError(Error::Code::Invalid,
                     fitting.isEmpty() ? tr("\"%1\" cannot be refused on any ground.").arg(label(right))
                                       : tr("\"%1\" is not a ground for refusing \"%2\". The grounds that fit it: %3.")
                                             .arg(label(ground), label(right), fitting.join(QStringLiteral("; "))),
                     field);
}

} // namespace dpodesk
