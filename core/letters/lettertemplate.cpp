// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letters/lettertemplate.h"

#include <QFile>
#include <QRegularExpression>

namespace dpodesk {

namespace {

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

} // namespace

QStringList LetterTemplate::knownPlaceholders()
{
    return {QStringLiteral("subject.name"),
            QStringLiteral("recipient.name"),
            QStringLiteral("request.concerning"),
            QStringLiteral("subject.concerning"),
            QStringLiteral("case.rights_sentence"),
            QStringLiteral("dpo.title"),
            QStringLiteral("reply.changes"),
            QStringLiteral("case.reference"),
            QStringLiteral("case.received_on"),
            QStringLiteral("case.rights"),
            QStringLiteral("case.deadline"),
            QStringLiteral("case.initial_deadline"),
            QStringLiteral("case.extended_deadline"),
            QStringLiteral("case.on_time"),
            QStringLiteral("case.late"),
            QStringLiteral("case.extendable"),
            QStringLiteral("case.extended"),
            QStringLiteral("clarification.stops"),
            QStringLiteral("clarification.runs"),
            QStringLiteral("org.name"),
            QStringLiteral("org.address"),
            QStringLiteral("dpo.name"),
            QStringLiteral("dpo.email"),
            QStringLiteral("dpo.phone"),
            QStringLiteral("extension.reason"),
            QStringLiteral("extension.justification"),
            QStringLiteral("refusal.grounds"),
            QStringLiteral("refusal.granted"),
            QStringLiteral("refusal.article_12_5"),
            QStringLiteral("refusal.earlier_requests"),
            QStringLiteral("letter.fee"),
            QStringLiteral("recipients.list"),
            QStringLiteral("notification.recipient"),
            QStringLiteral("notification.address"),
            QStringLiteral("text.free"),
            QStringLiteral("processing.statement"),
            QStringLiteral("letter.date"),
            QStringLiteral("controller.name"),
            QStringLiteral("subject.identifiers"),
            QStringLiteral("requester.capacity"),
            QStringLiteral("processing.automated"),
            QStringLiteral("requester.proof"),
            QStringLiteral("requester.designated"),
            QStringLiteral("requester.heir"),
            QStringLiteral("directives.none"),
            QStringLiteral("directives.particular"),
            QStringLiteral("directives.general"),
            QStringLiteral("reply.rights"),
            QStringLiteral("reply.refused"),
            QStringLiteral("reply.access"),
            QStringLiteral("reply.no_refusal"),
            QStringLiteral("cnil.reference"),
            QStringLiteral("cnil.due_date")};
}

QStringList LetterTemplate::htmlPlaceholders()
{
    return {QStringLiteral("processing.statement"), QStringLiteral("subject.identifiers"),
            QStringLiteral("processing.automated"), QStringLiteral("refusal.granted"),
            QStringLiteral("reply.rights"),         QStringLiteral("refusal.grounds")};
}

QStringList LetterTemplate::placeholdersIn(const QString &templateText)
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

Result<void> LetterTemplate::validate(const QString &templateText)
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

Result<QString> LetterTemplate::shipped(const QString &kindName, const QString &language)
{
    QFile file(QStringLiteral(":/letters/%1.%2.html").arg(kindName, language));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::NotFound, tr("There is no letter \"%1\" in \"%2\".").arg(kindName, language),
                         QStringLiteral("kind"));
    }
    return QString::fromUtf8(file.readAll());
}

void LetterTemplate::elideBefore(QString &text, const QString &value)
{
    static const QString vowels = QStringLiteral("AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜHaeiouyàâäéèêëîïôöùûüh");
    const QString start = value.trimmed();
    if (start.isEmpty() || !vowels.contains(start.at(0))) {
        return;
    }
    static const QRegularExpression before(
        QStringLiteral(R"((^|[\s>(«\x{a0}])(de|De|que|Que|lorsque|puisque|jusque) $)"));
    const auto match = before.match(text);
    if (!match.hasMatch()) {
        return;
    }
    const qsizetype at = match.capturedStart(2);
    const QString word = match.captured(2);
    text.replace(at, text.size() - at, word.left(word.size() - 1) + QLatin1Char('\''));
}

FilledTemplate LetterTemplate::fill(const QString &templateText, const QMap<QString, QString> &values,
                                    const QString &language)
{
    const bool french = language == QLatin1String("fr");
    QString body = templateText;
    // Passages whose placeholder is empty go (innermost first, so nested passages work).
    for (int guard = 0; guard < 100; ++guard) {
        const auto match = sectionBlockPattern().match(body);
        if (!match.hasMatch()) {
            break;
        }
        const bool keep = !values.value(match.captured(1)).trimmed().isEmpty();
        body.replace(match.capturedStart(), match.capturedLength(), keep ? match.captured(2) : QString());
    }
    // Every value is escaped: a name like "<b>" or "{{x}}" stays text. The generated HTML values were built from
    // escaped text (ProcessingStatement) and go in as they are.
    body.replace(placeholderPattern(), QStringLiteral("\x01\\1\x02"));
    const QStringList html = htmlPlaceholders();
    FilledTemplate filled;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == QChar(1)) {
            const qsizetype end = body.indexOf(QChar(2), i);
            const QString name = body.mid(i + 1, end - i - 1);
            if (french && !html.contains(name)) {
                elideBefore(filled.body, values.value(name));
            }
            filled.body += html.contains(name) ? values.value(name) : escaped(values.value(name));
            i = end;
        } else {
            filled.body += body.at(i);
        }
    }
    static const QRegularExpression subjectComment(QStringLiteral(R"(<!--\s*subject:\s*(.*?)\s*-->)"));
    // The subject line is template text with its placeholders filled (values already escaped).
    filled.subject = subjectComment.match(filled.body).captured(1);
    filled.body.remove(subjectComment);
    return filled;
}

QString LetterTemplate::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

} // namespace dpodesk
