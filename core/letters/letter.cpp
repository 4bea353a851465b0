#include "letters/letter.h"

#include "letters/letterrenderer.h"
#include "letters/lettertemplate.h"
#include "letters/lettervalues.h"

namespace dpodesk {

QString Letters::fileName(const LetterInput &in)
{
    const QDate date = in.date.isValid() ? in.date : QDate::currentDate();
    return QStringLiteral("%1 %2 %3 %4.pdf")
        .arg(in.record.reference, LetterKinds::name(in.kind), in.language, date.toString(Qt::ISODate));
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
