#include "letters/letter.h"

#include "letters/logo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace dpodesk {

namespace {

struct KindEntry {
    const char *name;
    const char *label;
};

// docs/rules.md#letters, in the order a case meets them.
constexpr KindEntry kKinds[] = {
    {"acknowledgement", QT_TRANSLATE_NOOP("Letters", "Acknowledgement")},
    {"identity-request", QT_TRANSLATE_NOOP("Letters", "Request for identity information")},
    {"clarification-request", QT_TRANSLATE_NOOP("Letters", "Request for clarification")},
    {"extension-notice", QT_TRANSLATE_NOOP("Letters", "Extension notice")},
    {"answer-access", QT_TRANSLATE_NOOP("Letters", "Answer: access")},
    {"answer-rectification", QT_TRANSLATE_NOOP("Letters", "Answer: rectification")},
    {"answer-erasure", QT_TRANSLATE_NOOP("Letters", "Answer: erasure")},
    {"answer-restriction", QT_TRANSLATE_NOOP("Letters", "Answer: restriction")},
    {"answer-portability", QT_TRANSLATE_NOOP("Letters", "Answer: portability")},
    {"answer-objection", QT_TRANSLATE_NOOP("Letters", "Answer: objection")},
    {"restriction-lifting-notice", QT_TRANSLATE_NOOP("Letters", "Notice before lifting a restriction")},
    {"refusal", QT_TRANSLATE_NOOP("Letters", "Refusal (total or partial)")},
    {"manifestly-unfounded", QT_TRANSLATE_NOOP("Letters", "Manifestly unfounded or excessive request")},
    {"unable-to-identify", QT_TRANSLATE_NOOP("Letters", "Unable to identify (art. 11(2))")},
    {"no-data", QT_TRANSLATE_NOOP("Letters", "No data held")},
    {"recipient-notification", QT_TRANSLATE_NOOP("Letters", "Notification to a recipient (art. 19)")},
    {"post-mortem-answer", QT_TRANSLATE_NOOP("Letters", "Answer to an heir (post-mortem)")},
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_.\-]*)\s*\}\})"));
    return pattern;
}

/// {{#name}} ... {{/name}}: a passage kept only when the placeholder has a value.
const QRegularExpression &sectionPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([#/])\s*([A-Za-z0-9_.\-]*)\s*\}\})"));
    return pattern;
}

const QRegularExpression &sectionBlockPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\{\{\s*#\s*([A-Za-z0-9_.\-]+)\s*\}\}(.*?)\{\{\s*/\s*\1\s*\}\})"),
        QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

/// French typography: a non-breaking space before ; : ! ? » and after «, in the text between tags only, so that a
/// line never starts with a colon.
QString frenchTypography(const QString &html)
{
    static const QRegularExpression before(QStringLiteral("[ \u202f]([;:!?\u00bb])"));
    static const QRegularExpression after(QStringLiteral("\u00ab[ \u202f]"));
    QString result;
    result.reserve(html.size());
    qsizetype at = 0;
    while (at < html.size()) {
        const qsizetype tag = html.indexOf(u'<', at);
        QString text = html.mid(at, tag < 0 ? -1 : tag - at);
        text.replace(before, QStringLiteral("\u00a0\\1"));
        text.replace(after, QStringLiteral("\u00ab\u00a0"));
        result += text;
        if (tag < 0) {
            break;
        }
        const qsizetype end = html.indexOf(u'>', tag);
        result += html.mid(tag, end < 0 ? -1 : end - tag + 1);
        at = end < 0 ? html.size() : end + 1;
    }
    return result;
}

constexpr auto kLogoUrl = "dpodesk-logo:letterhead";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

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
        return en ? QStringLiteral("legal obligation") : QStringLiteral("obligation légale");
    case RefusalGround::Other:
    case RefusalGround::None:
        return en ? QStringLiteral("other ground") : QStringLiteral("autre motif");
    }
    return {};
}

QString extensionReasonInLetter(ExtensionReason reason, bool en)
{
    return reason == ExtensionReason::Complexity ? (en ? QStringLiteral("the complexity of your request")
                                                       : QStringLiteral("la complexité de votre demande"))
                                                 : (en ? QStringLiteral("the number of requests we have received")
                                                       : QStringLiteral("le nombre de demandes reçues"));
}

/// The kinds whose letter refuses something: they must carry the reasons and the mandatory mentions.
bool isRefusal(const QString &kind)
{
    return kind == QLatin1String("refusal") || kind == QLatin1String("manifestly-unfounded") ||
           kind == QLatin1String("unable-to-identify");
}

} // namespace

QList<LetterKind> Letters::kinds()
{
    QList<LetterKind> all;
    for (const KindEntry &k : kKinds) {
        all << LetterKind{QLatin1String(k.name), QCoreApplication::translate("Letters", k.label)};
    }
    return all;
}

QString Letters::suggestedKind(const CaseRecord &c)
{
    if (c.isOpen() && c.extensionNoticeDue()) {
        return QStringLiteral("extension-notice");
    }
    if (c.isOpen() && !c.acknowledgedOn.isValid() && c.status == CaseStatus::New) {
        return QStringLiteral("acknowledgement");
    }
    if (const Suspension *open = c.openSuspension()) {
        return open->reason == SuspensionReason::Identity ? QStringLiteral("identity-request")
                                                          : QStringLiteral("clarification-request");
    }
    bool refused = false;
    bool allNoData = !c.rights.isEmpty();
    for (const RightRequest &r : c.rights) {
        if (r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted) {
            refused = true;
            if (r.refusalGround == RefusalGround::UnableToIdentify) {
                return QStringLiteral("unable-to-identify");
            }
            if (r.refusalGround == RefusalGround::ManifestlyUnfounded || r.refusalGround == RefusalGround::Excessive) {
                return QStringLiteral("manifestly-unfounded");
            }
        }
        allNoData = allNoData && r.outcome == Outcome::NoDataHeld;
    }
    if (refused) {
        return QStringLiteral("refusal");
    }
    if (allNoData) {
        return QStringLiteral("no-data");
    }
    // The answer for the first right the case names that has a letter of its own and was not refused or found
    // without data (those have letters of their own).
    for (const RightRequest &r : c.rights) {
        if (r.outcome == Outcome::NoDataHeld) {
            continue;
        }
        switch (r.right) {
        case Right::Access:
            return QStringLiteral("answer-access");
        case Right::Rectification:
            return QStringLiteral("answer-rectification");
        case Right::Erasure:
            return QStringLiteral("answer-erasure");
        case Right::Restriction:
            return QStringLiteral("answer-restriction");
        case Right::Portability:
            return QStringLiteral("answer-portability");
        case Right::Objection:
            return QStringLiteral("answer-objection");
        case Right::PostMortem:
            return QStringLiteral("post-mortem-answer");
        default:
            break;
        }
    }
    return QStringLiteral("acknowledgement");
}

std::optional<Right> Letters::answeredRight(const QString &kind)
{
    static const QList<std::pair<const char *, Right>> answers{
        {"answer-access", Right::Access},           {"answer-rectification", Right::Rectification},
        {"answer-erasure", Right::Erasure},         {"answer-restriction", Right::Restriction},
        {"answer-portability", Right::Portability}, {"answer-objection", Right::Objection},
        {"post-mortem-answer", Right::PostMortem}};
    for (const auto &[name, right] : answers) {
        if (kind == QLatin1String(name)) {
            return right;
        }
    }
    return std::nullopt;
}

LetterEffect Letters::effectOf(const QString &kind)
{
    if (kind == QLatin1String("acknowledgement")) {
        return LetterEffect::Acknowledgement;
    }
    if (kind == QLatin1String("identity-request")) {
        return LetterEffect::IdentityRequest;
    }
    if (kind == QLatin1String("clarification-request")) {
        return LetterEffect::ClarificationRequest;
    }
    if (kind == QLatin1String("extension-notice")) {
        return LetterEffect::ExtensionNotice;
    }
    if (kind.startsWith(QLatin1String("answer-")) || isRefusal(kind) || kind == QLatin1String("no-data") ||
        kind == QLatin1String("post-mortem-answer")) {
        return LetterEffect::Answer;
    }
    return LetterEffect::None;
}

QString Letters::effectDescription(const QString &kind)
{
    switch (effectOf(kind)) {
    case LetterEffect::Acknowledgement:
        return tr("The acknowledgement date is set to the letter's date.");
    case LetterEffect::IdentityRequest:
        return tr("The clock stops from the letter's date until the identity information arrives "
                  "(decree 2019-536 art. 77).");
    case LetterEffect::ClarificationRequest:
        return tr("The clock stops from the letter's date until the clarification arrives.");
    case LetterEffect::ExtensionNotice:
        return tr("The extension notice is recorded as sent on the letter's date.");
    case LetterEffect::Answer:
        return tr("The answer date is set to the letter's date, with the outcome of each right.");
    case LetterEffect::None:
        break;
    }
    return tr("The letter is kept with the case.");
}

bool Letters::requiresText(const QString &kind)
{
    static const QStringList kinds{QStringLiteral("identity-request"),
                                   QStringLiteral("clarification-request"),
                                   QStringLiteral("manifestly-unfounded"),
                                   QStringLiteral("unable-to-identify"),
                                   QStringLiteral("recipient-notification"),
                                   QStringLiteral("answer-portability"),
                                   QStringLiteral("restriction-lifting-notice"),
                                   QStringLiteral("answer-rectification"),
                                   QStringLiteral("answer-erasure"),
                                   QStringLiteral("answer-restriction")};
    return kinds.contains(kind);
}

QString Letters::textPrompt(const QString &kind)
{
    if (kind == QLatin1String("identity-request")) {
        return tr("what information is needed to confirm the identity, and why (only on reasonable doubt).");
    }
    if (kind == QLatin1String("clarification-request")) {
        return tr("what the person must clarify.");
    }
    if (kind == QLatin1String("manifestly-unfounded")) {
        return tr("the facts: earlier requests and their intervals, and the fee asked if any.");
    }
    if (kind == QLatin1String("unable-to-identify")) {
        return tr("what would allow the person to be identified.");
    }
    if (kind == QLatin1String("recipient-notification")) {
        return tr("what changed (rectified, erased or restricted data), for the recipient to apply.");
    }
    if (kind == QLatin1String("answer-portability")) {
        return tr("the format of the data supplied (e.g. CSV, JSON) and how it is sent.");
    }
    if (kind == QLatin1String("restriction-lifting-notice")) {
        return tr("when the restriction ends, and why.");
    }
    if (kind == QLatin1String("answer-rectification") || kind == QLatin1String("answer-erasure") ||
        kind == QLatin1String("answer-restriction")) {
        return tr("what was done, and when.");
    }
    if (kind == QLatin1String("refusal")) {
        return tr("any reasons beyond the grounds recorded for each right.");
    }
    if (kind == QLatin1String("no-data")) {
        return tr("the searches carried out.");
    }
    return tr("actions taken, or anything else the person should know (optional).");
}

QString Letters::fileName(const LetterInput &in)
{
    const QDate date = in.date.isValid() ? in.date : QDate::currentDate();
    return QStringLiteral("%1 %2 %3 %4.pdf").arg(in.record.reference, in.kind, in.language, date.toString(Qt::ISODate));
}

QStringList Letters::knownPlaceholders()
{
    return {QStringLiteral("subject.name"),
            QStringLiteral("recipient.name"),
            QStringLiteral("case.reference"),
            QStringLiteral("case.received_on"),
            QStringLiteral("case.rights"),
            QStringLiteral("case.deadline"),
            QStringLiteral("case.initial_deadline"),
            QStringLiteral("case.extended_deadline"),
            QStringLiteral("org.name"),
            QStringLiteral("org.address"),
            QStringLiteral("dpo.name"),
            QStringLiteral("dpo.email"),
            QStringLiteral("dpo.phone"),
            QStringLiteral("extension.reason"),
            QStringLiteral("extension.justification"),
            QStringLiteral("refusal.grounds"),
            QStringLiteral("recipients.list"),
            QStringLiteral("text.free")};
}

QStringList Letters::placeholdersIn(const QString &templateText)
{
    QStringList found;
    auto it = placeholderPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!found.contains(name)) {
            found << name;
        }
    }
    auto sections = sectionPattern().globalMatch(templateText);
    while (sections.hasNext()) {
        const QString name = sections.next().captured(2);
        if (!found.contains(name)) {
            found << name;
        }
    }
    return found;
}

Result<void> Letters::validateTemplate(const QString &templateText)
{
    QStringList unknown;
    const QStringList known = knownPlaceholders();
    for (const QString &name : placeholdersIn(templateText)) {
        if (!known.contains(name)) {
            unknown << QStringLiteral("{{%1}}").arg(name);
        }
    }
    if (!unknown.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("The template uses %1, which DPO Desk does not know; the placeholders are: %2.")
                             .arg(unknown.join(u", "), knownPlaceholders().join(u", ")),
                         QStringLiteral("template"));
    }
    // Every {{ must open a placeholder or a passage: "{{case reference}}" would otherwise reach the letter as is.
    QString rest = templateText;
    rest.remove(placeholderPattern());
    rest.remove(sectionPattern());
    if (const qsizetype at = rest.indexOf(QStringLiteral("{{")); at >= 0) {
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" is not a placeholder: write placeholders as {{name}}, e.g. {{case.reference}}.")
                             .arg(rest.mid(at, 40).section(u'\n', 0, 0)),
                         QStringLiteral("template"));
    }
    // Passages open and close in pairs, without crossing.
    QStringList open;
    auto it = sectionPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(2);
        if (match.captured(1) == QLatin1String("#")) {
            open << name;
        } else if (open.isEmpty() || open.constLast() != name) {
            return makeError(Error::Code::Invalid,
                             tr("{{/%1}} closes a passage that was not opened with {{#%1}} just before.").arg(name),
                             QStringLiteral("template"));
        } else {
            open.removeLast();
        }
    }
    if (!open.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("{{#%1}} opens a passage that is never closed with {{/%1}}.").arg(open.constLast()),
                         QStringLiteral("template"));
    }
    return {};
}

Result<QString> Letters::defaultTemplate(const QString &kind, const QString &language)
{
    QFile file(QStringLiteral(":/letters/%1.%2.html").arg(kind, language));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::NotFound, tr("There is no letter \"%1\" in \"%2\".").arg(kind, language),
                         QStringLiteral("kind"));
    }
    return QString::fromUtf8(file.readAll());
}

QMap<QString, QString> Letters::values(const LetterInput &in)
{
    const QLocale locale(in.language == QLatin1String("en") ? QLocale::English : QLocale::French,
                         in.language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::France);
    const auto date = [&](QDate d) {
        return d.isValid() ? locale.toString(d, QStringLiteral("d MMMM yyyy")) : QString();
    };
    const CaseRecord &c = in.record;
    const bool english = in.language == QLatin1String("en");
    QStringList rights;
    QStringList grounds;
    for (const RightRequest &r : c.rights) {
        rights << rightInLetter(r.right, english);
        if (r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted) {
            grounds << QStringLiteral("%1 — %2%3 %4")
                           .arg(rightInLetter(r.right, english), groundInLetter(r.refusalGround, english),
                                english ? QStringLiteral(":") : QStringLiteral("\u00a0:"), r.refusalReason);
        }
    }
    QStringList recipients;
    for (const Recipient &r : c.recipients) {
        recipients << r.name;
    }
    const Person &addressee = c.requester ? c.requester->person : c.subject;
    QMap<QString, QString> v{
        {QStringLiteral("subject.name"), c.subject.displayName()},
        {QStringLiteral("recipient.name"), addressee.displayName()},
        {QStringLiteral("case.reference"), c.reference},
        {QStringLiteral("case.received_on"), date(c.receivedOn)},
        {QStringLiteral("case.rights"), rights.join(QStringLiteral(", "))},
        {QStringLiteral("case.deadline"), date(c.deadline())},
        {QStringLiteral("case.initial_deadline"), date(c.deadlines.initial)},
        {QStringLiteral("case.extended_deadline"), date(c.deadlines.extended)},
        {QStringLiteral("org.name"), in.organisation.name},
        {QStringLiteral("org.address"), in.organisation.postalAddress},
        {QStringLiteral("dpo.name"), in.organisation.dpoName},
        {QStringLiteral("dpo.email"), in.organisation.dpoEmail},
        {QStringLiteral("dpo.phone"), in.organisation.dpoPhone},
        {QStringLiteral("extension.reason"),
         c.extension ? extensionReasonInLetter(c.extension->reason, english) : QString()},
        {QStringLiteral("extension.justification"), c.extension ? c.extension->justification : QString()},
        {QStringLiteral("refusal.grounds"), grounds.join(u'\n')},
        {QStringLiteral("recipients.list"), recipients.isEmpty()
                                                ? (english ? QStringLiteral("none") : QStringLiteral("aucun"))
                                                : recipients.join(QStringLiteral(", "))},
        {QStringLiteral("text.free"), in.freeText},
    };
    return v;
}

Result<void> Letters::checkContent(const LetterInput &in)
{
    // GDPR art. 12(4): a refusal states its reasons; a refusal letter without any is refused here.
    if (isRefusal(in.kind)) {
        const bool anyGround =
            std::any_of(in.record.rights.cbegin(), in.record.rights.cend(), [](const RightRequest &r) {
                return r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted;
            });
        if (!anyGround && in.freeText.trimmed().isEmpty()) {
            return makeError(
                Error::Code::Invalid,
                tr("A refusal must give its reasons and legal ground (GDPR art. 12(4)): record the refused "
                   "right with its ground, or write the reasons in the letter's text."),
                QStringLiteral("refusal.grounds"));
        }
    }
    // An answer letter says the right was granted: not for a right refused or found without data.
    if (const auto answered = answeredRight(in.kind)) {
        for (const RightRequest &r : in.record.rights) {
            if (r.right != *answered) {
                continue;
            }
            if (r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted) {
                return makeError(Error::Code::Invalid,
                                 tr("The %1 was refused in whole or in part: write the refusal letter, which gives the "
                                    "reasons and the remedies (GDPR art. 12(4)).")
                                     .arg(label(r.right)),
                                 QStringLiteral("kind"));
            }
            if (r.outcome == Outcome::NoDataHeld) {
                return makeError(
                    Error::Code::Invalid,
                    tr("No data is held for the %1: write the \"no data held\" letter.").arg(label(r.right)),
                    QStringLiteral("kind"));
            }
        }
    }
    if (requiresText(in.kind) && in.freeText.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("This letter needs your text: %1").arg(textPrompt(in.kind)),
                         QStringLiteral("text.free"));
    }
    // docs/rules.md#letters: every letter carries the organisation and its DPO contact.
    if (in.organisation.name.trimmed().isEmpty() || in.organisation.dpoName.trimmed().isEmpty() ||
        in.organisation.dpoEmail.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("Fill in the organisation profile first (organisation name, DPO name and e-mail): every "
                            "letter must carry them."),
                         QStringLiteral("organisation"));
    }
    if (!languages().contains(in.language)) {
        return makeError(Error::Code::Invalid, tr("Letters are written in French (fr) or English (en)."),
                         QStringLiteral("language"));
    }
    return {};
}

Result<QString> Letters::html(const LetterInput &in, const QString &templateText)
{
    if (auto valid = validateTemplate(templateText); !valid) {
        return valid.error();
    }
    if (auto ok = checkContent(in); !ok) {
        return ok.error();
    }
    const QMap<QString, QString> v = values(in);
    QString body = templateText;
    // Passages whose placeholder is empty go (innermost first, so nested passages work).
    for (int guard = 0; guard < 100; ++guard) {
        const auto match = sectionBlockPattern().match(body);
        if (!match.hasMatch()) {
            break;
        }
        const bool keep = !v.value(match.captured(1)).trimmed().isEmpty();
        body.replace(match.capturedStart(), match.capturedLength(), keep ? match.captured(2) : QString());
    }
    // Every value is escaped: a name like "<b>" or "{{x}}" stays text.
    body.replace(placeholderPattern(), QStringLiteral("\x01\\1\x02"));
    QString filled;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == QChar(1)) {
            const qsizetype end = body.indexOf(QChar(2), i);
            filled += escaped(v.value(body.mid(i + 1, end - i - 1)));
            i = end;
        } else {
            filled += body.at(i);
        }
    }
    static const QRegularExpression subjectComment(QStringLiteral(R"(<!--\s*subject:\s*(.*?)\s*-->)"));
    // The subject line is template text with its placeholders filled (values already escaped).
    QString subject = subjectComment.match(filled).captured(1);
    filled.remove(subjectComment);
    const bool english = in.language == QLatin1String("en");
    const QLocale locale(english ? QLocale::English : QLocale::French,
                         english ? QLocale::UnitedKingdom : QLocale::France);
    const QString dateLine =
        locale.toString(in.date.isValid() ? in.date : QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
    const CaseRecord &c = in.record;
    const Person &addressee = c.requester ? c.requester->person : c.subject;
    const OrganisationProfile &org = in.organisation;
    QString html;
    // The letterhead: logo, organisation and DPO contact on the left, the addressee on the right. Empty parts
    // leave no stray separators.
    QStringList contact;
    for (const QString &part : {org.dpoName, org.dpoEmail, org.dpoPhone}) {
        if (!part.trimmed().isEmpty()) {
            contact << escaped(part.trimmed());
        }
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"55%\">");
    if (!org.logo.isEmpty()) {
        html += QStringLiteral("<img src=\"%1\"/><br/>").arg(QLatin1String(kLogoUrl));
    }
    html += QStringLiteral("<b>%1</b>").arg(escaped(org.name));
    if (!org.postalAddress.trimmed().isEmpty()) {
        html += QStringLiteral("<br/>%1").arg(escaped(org.postalAddress.trimmed()));
    }
    html += QStringLiteral("<br/><small>%1 %2</small>")
                .arg(english ? QStringLiteral("Data Protection Officer:")
                             : QStringLiteral("Délégué à la protection des données\u00a0:"),
                     contact.join(QStringLiteral(" · ")));
    html += QStringLiteral("</td><td width=\"45%\"><br/><br/>%1").arg(escaped(addressee.displayName()));
    if (!addressee.postalAddress.trimmed().isEmpty()) {
        html += QStringLiteral("<br/>%1").arg(escaped(addressee.postalAddress.trimmed()));
    } else if (!addressee.email.trimmed().isEmpty()) {
        html += QStringLiteral("<br/>%1").arg(escaped(addressee.email.trimmed()));
    }
    html += QStringLiteral("</td></tr></table><br/>");
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(escaped(dateLine));
    html += QStringLiteral("<p>%1 <b>%2</b><br/>%3 %4<br/>%5 %6</p>")
                .arg(english ? QStringLiteral("Our reference:") : QStringLiteral("Notre référence\u00a0:"),
                     escaped(c.reference),
                     english ? QStringLiteral("Your request received on:")
                             : QStringLiteral("Votre demande reçue le\u00a0:"),
                     escaped(v.value(QStringLiteral("case.received_on"))),
                     english ? QStringLiteral("Rights concerned:") : QStringLiteral("Droits concernés\u00a0:"),
                     escaped(v.value(QStringLiteral("case.rights"))));
    if (!subject.isEmpty()) {
        html += QStringLiteral("<p><b>%1 %2</b></p>")
                    .arg(english ? QStringLiteral("Subject:") : QStringLiteral("Objet\u00a0:"),
                         english ? subject : frenchTypography(subject));
    }
    html += english ? filled : frenchTypography(filled);
    html += QStringLiteral("<p><br/>%1<br/>%2</p>")
                .arg(escaped(org.dpoName), english ? QStringLiteral("Data Protection Officer")
                                                   : QStringLiteral("Délégué à la protection des données"));
    return html;
}

Result<QByteArray> Letters::pdf(const LetterInput &in)
{
    auto text = defaultTemplate(in.kind, in.language);
    if (!text) {
        return text.error();
    }
    return pdf(in, *text);
}

Result<QByteArray> Letters::pdf(const LetterInput &in, const QString &templateText)
{
    auto content = Letters::html(in, templateText);
    if (!content) {
        return content.error();
    }
    QString html = *content;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(22, 18, 22, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(in.record.reference);
    writer.setCreator(QStringLiteral("DPO Desk"));

    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footerHeight = writer.resolution() * 0.35; // about 9 mm for "reference — page i / n"
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    if (!in.organisation.logo.isEmpty()) {
        // At most 60 x 18 mm, drawn at the writer's resolution so it stays sharp.
        const qreal dotsPerMm = writer.resolution() / 25.4;
        auto logo = Logo::render(in.organisation.logo, QSizeF(60 * dotsPerMm, 18 * dotsPerMm));
        if (!logo) {
            return logo.error();
        }
        document.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(kLogoUrl)), *logo);
        // Rich text measures images in 96 dpi pixels.
        const qreal scale = 96.0 / writer.resolution();
        html.replace(QStringLiteral("<img src=\"%1\"/>").arg(QLatin1String(kLogoUrl)),
                     QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
                         .arg(QLatin1String(kLogoUrl))
                         .arg(qRound(logo->width() * scale))
                         .arg(qRound(logo->height() * scale)));
    }
    document.setHtml(html);
    document.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
    const int pages = document.pageCount();
    QPainter painter(&writer);
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            writer.newPage();
        }
        const qreal height = page.height() - footerHeight;
        painter.save();
        painter.translate(0, -i * height);
        document.drawContents(&painter, QRectF(0, i * height, page.width(), height));
        painter.restore();
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, page.height() - footerHeight * 0.7, page.width(), footerHeight * 0.7),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 — page %2 / %3").arg(in.record.reference).arg(i + 1).arg(pages));
    }
    if (!painter.end()) {
        return makeError(Error::Code::Io, tr("The letter could not be drawn."));
    }
    return bytes;
}

} // namespace dpodesk
