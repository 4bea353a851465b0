// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letters/letter.h"

#include "letters/letterrenderer.h"
#include "letters/lettertemplate.h"
#include "letters/lettervalues.h"
#include "letters/processingstatement.h"

namespace dpodesk {

QString Letters::fileName(const LetterInput &in)
{
    const QDate date = in.date.isValid() ? in.date : QDate::currentDate();
    return QStringLiteral("%1 %2 %3 %4.pdf")
        .arg(in.record.reference, LetterKinds::name(in.kind), in.language, date.toString(Qt::ISODate));
}

Result<Recipient> Letters::notifiedRecipient(const LetterInput &in)
{
    const QList<Recipient> &all = in.record.recipients;
    const QString wanted = in.recipient.trimmed();
    if (all.isEmpty()) {
        // The kind's own precondition, in its words (LetterPreconditions).
        return LetterKinds::check(LetterKind::RecipientNotification, in.record, QDate()).error();
    }
    if (wanted.isEmpty() && all.size() > 1) {
        QStringList names;
        for (const Recipient &r : all) {
            names << r.name;
        }
        return makeError(Error::Code::Invalid,
                         tr("Case %1 records several recipients (%2): choose the one this notification is written to.")
                             .arg(in.record.reference, names.join(QStringLiteral(", "))),
                         QStringLiteral("recipient"));
    }
    const auto it =
        wanted.isEmpty() ? all.cbegin() : std::find_if(all.cbegin(), all.cend(), [&wanted](const Recipient &r) {
            return r.name.compare(wanted, Qt::CaseInsensitive) == 0;
        });
    if (it == all.cend()) {
        return makeError(Error::Code::Invalid,
                         tr("Case %1 records no recipient named \"%2\".").arg(in.record.reference, wanted),
                         QStringLiteral("recipient"));
    }
    if (it->address.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("The notification is addressed to %1, but the case records no address for it: add its "
                            "postal or e-mail address in the recipients of case %2 first.")
                             .arg(it->name, in.record.reference),
                         QStringLiteral("recipient"));
    }
    return *it;
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

QStringList Letters::requiredPlaceholders(LetterKind kind)
{
    if (kind == LetterKind::AnswerAccess) {
        return {QStringLiteral("processing.statement")};
    }
    if (kind == LetterKind::ProcessorNotice) {
        return {QStringLiteral("controller.name")};
    }
    if (kind == LetterKind::ForwardingToController) {
        return {QStringLiteral("subject.identifiers")};
    }
    if (kind == LetterKind::AnswerAutomatedDecision) {
        return {QStringLiteral("processing.automated")};
    }
    if (kind == LetterKind::CnilReply) {
        return {QStringLiteral("cnil.reference")};
    }
    if (kind == LetterKind::Reply) {
        return {QStringLiteral("reply.rights")};
    }
    return {};
}

Result<void> Letters::validateTemplate(LetterKind kind, const QString &templateText)
{
    if (auto valid = LetterTemplate::validate(templateText); !valid) {
        return valid;
    }
    const QStringList used = LetterTemplate::placeholdersIn(templateText);
    QStringList missing;
    for (const QString &name : requiredPlaceholders(kind)) {
        if (!used.contains(name)) {
            missing << QStringLiteral("{{%1}}").arg(name);
        }
    }
    if (missing.isEmpty()) {
        return {};
    }
    if (kind == LetterKind::AnswerAccess) {
        return makeError(Error::Code::Invalid,
                         tr("The access answer must state the activities of the record of processing activities "
                            "that concern the person (GDPR art. 15(1) and 15(2)): keep %1 in the template, or reset "
                            "it to the default.")
                             .arg(missing.join(QStringLiteral(", "))),
                         QStringLiteral("template"));
    }
    return makeError(Error::Code::Invalid,
                     tr("The letter \"%1\" needs %2 in its template: keep it, or reset the template to the default.")
                         .arg(LetterKinds::label(kind), missing.join(QStringLiteral(", "))),
                     QStringLiteral("template"));
}

Result<void> Letters::validateTemplate(const QString &kindName, const QString &templateText)
{
    const auto kind = LetterKinds::fromName(kindName);
    if (!kind) {
        return makeError(Error::Code::NotFound, tr("There is no letter \"%1\".").arg(kindName), QStringLiteral("kind"));
    }
    return validateTemplate(*kind, templateText);
}

Result<QString> Letters::defaultTemplate(LetterKind kind, const QString &language)
{
    return LetterTemplate::shipped(LetterKinds::name(kind), language);
}

Result<QString> Letters::defaultTemplate(const QString &kindName, const QString &language)
{
    // Only the kinds of the table: a file name is not a letter.
    if (const auto kind = LetterKinds::fromName(kindName)) {
        return defaultTemplate(*kind, language);
    }
    return makeError(Error::Code::NotFound, tr("There is no letter \"%1\" in \"%2\".").arg(kindName, language),
                     QStringLiteral("kind"));
}

QMap<QString, QString> Letters::values(const LetterInput &input)
{
    return LetterValues::of(input);
}

Result<void> Letters::checkContent(const LetterInput &in)
{
    if (LetterKinds::requiresText(in.kind) && in.freeText.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("This letter needs your text: %1").arg(LetterKinds::textPrompt(in.kind)),
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
    // The reasons of a refusal and the justification of an extension are written once, for the request, in its
    // language: a letter in the other language would carry them untranslated (docs/rules.md#letters).
    if (const QString caseLanguage = in.record.language;
        languages().contains(caseLanguage) && caseLanguage != in.language) {
        QStringList carried;
        const bool statesRefusals = LetterKinds::isRefusal(in.kind) || in.kind == LetterKind::Reply;
        for (const RightRequest &r : in.record.rights) {
            if (statesRefusals && !r.refusalReason.trimmed().isEmpty() &&
                (r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted)) {
                carried << tr("the reasons of the refusal of \"%1\"").arg(label(r.right));
            }
        }
        if (in.kind == LetterKind::ExtensionNotice && in.record.extension &&
            !in.record.extension->justification.trimmed().isEmpty()) {
            carried << tr("the justification of the extension");
        }
        if (!carried.isEmpty()) {
            const QString written =
                caseLanguage == QLatin1String("fr") ? tr("written in French") : tr("written in English");
            return makeError(Error::Code::Invalid,
                             tr("This letter would carry %1, %2 for this request: write the letter in the request's "
                                "language, or, if the request's language is wrong, correct it first.")
                                 .arg(carried.join(QStringLiteral(", ")), written),
                             QStringLiteral("language"));
        }
    }
    // What the letter says of the activities chosen for the case (the case record does not hold them).
    const LetterRequirements need = LetterKinds::traits(in.kind).conditions;
    if (need.testFlag(LetterRequirement::ProcessorActivity)) {
        if (auto ok = ProcessingStatement::checkProcessorLetter(in.activities, LetterKinds::addressee(in.kind) ==
                                                                                   LetterAddressee::Controller);
            !ok) {
            return ok;
        }
    }
    if (need.testFlag(LetterRequirement::AutomatedLogic)) {
        if (auto ok = ProcessingStatement::checkAutomatedDecisionAnswer(in.activities); !ok) {
            return ok;
        }
    }
    // LIL art. 85: what the heir may obtain depends on whether the deceased left directives; the letter says which.
    if (in.kind == LetterKind::PostMortemAnswer && !directiveChoices().contains(in.directives)) {
        return makeError(Error::Code::Invalid,
                         tr("Say whether the deceased left directives (LIL art. 85 I): none known to us, particular "
                            "directives given to us, or general directives registered with a trusted third party. The "
                            "answer depends on it."),
                         QStringLiteral("directives"));
    }
    if (in.kind == LetterKind::PostMortemAnswer && in.directives == QLatin1String("none") && in.record.requester &&
        in.record.requester->capacity == Capacity::Executor) {
        return makeError(Error::Code::Invalid,
                         tr("The requester of case %1 is recorded as the person the deceased designated to carry out "
                            "their directives, but the letter says no directives are known: record the requester as an "
                            "heir, or say which directives the deceased left (LIL art. 85).")
                             .arg(in.record.reference),
                         QStringLiteral("directives"));
    }
    // GDPR art. 19: the notification goes to one recipient, at its address, not to the person.
    if (LetterKinds::addressee(in.kind) == LetterAddressee::Recipient) {
        if (auto chosen = notifiedRecipient(in); !chosen) {
            return chosen.error();
        }
    }
    // docs/rules.md#the-access-answer: the art. 15(1) and 15(2) items come from the record, activity by activity.
    if (in.kind == LetterKind::AnswerAccess) {
        return ProcessingStatement::checkAccessAnswer(in.activities);
    }
    // The reply states the art. 15 items when it grants access, in whole or in part.
    if (in.kind == LetterKind::Reply &&
        std::any_of(in.record.rights.cbegin(), in.record.rights.cend(), [](const auto &r) {
            return r.right == Right::Access &&
                   (r.outcome == Outcome::Granted || r.outcome == Outcome::PartiallyGranted);
        })) {
        return ProcessingStatement::checkAccessAnswer(in.activities);
    }
    return {};
}

Result<QString> Letters::html(const LetterInput &in, const QString &templateText)
{
    if (auto valid = validateTemplate(in.kind, templateText); !valid) {
        return valid.error();
    }
    if (auto ok = checkContent(in); !ok) {
        return ok.error();
    }
    const QMap<QString, QString> v = LetterValues::of(in);
    return LetterRenderer::html(in, v, LetterTemplate::fill(templateText, v, in.language));
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
