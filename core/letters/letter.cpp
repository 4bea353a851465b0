#include "letters/letter.h"

#include "letters/letterrenderer.h"
#include "letters/lettertemplate.h"
#include "letters/lettervalues.h"

namespace dpodesk {

namespace {

struct KindEntry {
    const char *name;
    const char *label;
};

// gdpr-rules.md section 5, in the order a case meets them.
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
    return LetterTemplate::knownPlaceholders();
}

QStringList Letters::placeholdersIn(const QString &templateText)
{
    return LetterTemplate::placeholdersIn(templateText);
}

Result<void> Letters::validateTemplate(const QString &templateText)
{
    return LetterTemplate::validate(templateText);
}

Result<QString> Letters::defaultTemplate(const QString &kind, const QString &language)
{
    return LetterTemplate::shipped(kind, language);
}

QMap<QString, QString> Letters::values(const LetterInput &input)
{
    return LetterValues::of(input);
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
    // gdpr-rules.md section 5: every letter carries the organisation and its DPO contact.
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
    if (auto valid = LetterTemplate::validate(templateText); !valid) {
        return valid.error();
    }
    if (auto ok = checkContent(in); !ok) {
        return ok.error();
    }
    const QMap<QString, QString> v = LetterValues::of(in);
    return LetterRenderer::html(in, v, LetterTemplate::fill(templateText, v));
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
    auto content = html(in, templateText);
    if (!content) {
        return content.error();
    }
    return LetterRenderer::pdf(in, *content);
}

} // namespace dpodesk
