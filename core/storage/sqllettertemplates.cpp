// The organisation's copies of the letter templates, kept in the register's meta table so that a team shares them.
#include "common/sha256.h"
#include "letters/letter.h"
#include "storage/database.h"
#include "storage/sqlcaserepository.h"

#include <QJsonObject>

namespace dpodesk {

namespace {

QString templateKey(const QString &kind, const QString &language)
{
    return QStringLiteral("letter_template.%1.%2").arg(kind, language);
}

} // namespace

Result<QString> SqlCaseRepository::letterTemplate(const QString &kind, const QString &language) const
{
    auto fallback = Letters::defaultTemplate(kind, language);
    if (!fallback) {
        return fallback.error();
    }
    return m_database.meta(templateKey(kind, language), *fallback);
}

Result<bool> SqlCaseRepository::hasCustomLetterTemplate(const QString &kind, const QString &language) const
{
    auto text = m_database.meta(templateKey(kind, language));
    if (!text) {
        return text.error();
    }
    return !text->isNull();
}

Result<void> SqlCaseRepository::saveLetterTemplate(const QString &kind, const QString &language, const QString &text)
{
    // The kind and language must exist; the text must only use placeholders the application fills.
    if (auto shipped = Letters::defaultTemplate(kind, language); !shipped) {
        return shipped.error();
    }
    if (auto valid = Letters::validateTemplate(text); !valid) {
        return valid;
    }
    if (text.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("A letter template cannot be empty: reset it to the default instead."),
                         QStringLiteral("template"));
    }
    return m_database.write([&]() -> Result<void> {
        if (auto ok = m_database.setMeta(templateKey(kind, language), text); !ok) {
            return ok;
        }
        auto event = m_audit.append(QStringLiteral("letter.template.save"), QString(),
                                    QJsonObject{{QStringLiteral("kind"), kind},
                                                {QStringLiteral("language"), language},
                                                {QStringLiteral("sha256"), sha256Hex(text.toUtf8())}});
        if (!event) {
            return event.error();
        }
        return {};
    });
}

Result<void> SqlCaseRepository::resetLetterTemplate(const QString &kind, const QString &language)
{
    if (auto shipped = Letters::defaultTemplate(kind, language); !shipped) {
        return shipped.error();
    }
    return m_database.write([&]() -> Result<void> {
        if (auto ok = m_database.removeMeta(templateKey(kind, language)); !ok) {
            return ok;
        }
        auto event =
            m_audit.append(QStringLiteral("letter.template.reset"), QString(),
                           QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("language"), language}});
        if (!event) {
            return event.error();
        }
        return {};
    });
}

} // namespace dpodesk
