#pragma once

#include "common/result.h"
#include "domain/caserecord.h"
#include "domain/organisation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dpodesk {

/// One letter of gdpr-rules.md section 5: its stable name and a label.
struct LetterKind {
    QString name; ///< "acknowledgement", "refusal", ...
    QString label;
};

/// What recording a letter as sent does to its case.
enum class LetterEffect {
    None,                 ///< kept with the case only (recipient notification, notice before lifting a restriction)
    Acknowledgement,      ///< the acknowledgement date is set
    IdentityRequest,      ///< the clock stops until the identity information arrives
    ClarificationRequest, ///< the clock stops until the clarification arrives
    ExtensionNotice,      ///< the extension notice date is set
    Answer,               ///< the answer date is set (with the outcomes the letter implies)
};

/// What a letter is made from.
struct LetterInput {
    CaseRecord record;
    OrganisationProfile organisation;
    QString kind;
    QString language = QStringLiteral("fr"); ///< "fr" or "en"
    QDate date;
    QString freeText; ///< what the DPO writes for this letter (actions taken, what is needed, facts, format...)
};

/// Letters as PDF: a template (LetterTemplate) filled with the case's values (LetterValues) and drawn around with the
/// letterhead, the reference block and the signature (LetterRenderer).
class Letters final {
    Q_DECLARE_TR_FUNCTIONS(Letters)
public:
    static QList<LetterKind> kinds();
    static QStringList languages() { return {QStringLiteral("fr"), QStringLiteral("en")}; }
    /// The letter the case's state calls for: acknowledgement of a new request, extension notice once extended,
    /// refusal when a right is refused, the answer matching the rights otherwise.
    static QString suggestedKind(const CaseRecord &record);
    /// What recording the letter as sent does to its case, and those words for the user.
    static LetterEffect effectOf(const QString &kind);
    static QString effectDescription(const QString &kind);
    /// The right an answer letter answers ("answer-access" → access); nullopt for the other letters.
    static std::optional<Right> answeredRight(const QString &kind);
    /// Whether the letter cannot go out without the DPO's own text, and what that text must say.
    static bool requiresText(const QString &kind);
    static QString textPrompt(const QString &kind);
    /// The file name of a letter: "DR-2026-0042 acknowledgement fr 2026-03-27.pdf".
    static QString fileName(const LetterInput &input);

    /// Every placeholder a template may use, without braces ("case.reference", ...). A template may also keep a
    /// passage only when a placeholder has a value: {{#text.free}} ... {{/text.free}}.
    static QStringList knownPlaceholders();
    /// The placeholders a template text uses, in order of first use.
    static QStringList placeholdersIn(const QString &templateText);
    /// Refuses a template that uses a placeholder the application does not fill, naming it.
    static Result<void> validateTemplate(const QString &templateText);
    /// The shipped template of a kind in a language (resources/letters/KIND.LANG.html).
    static Result<QString> defaultTemplate(const QString &kind, const QString &language);

    /// The values of the placeholders for a case, formatted in the letter's language.
    static QMap<QString, QString> values(const LetterInput &input);
    /// Checks what the law requires before anything is generated (a refusal needs a refused right with grounds).
    static Result<void> checkContent(const LetterInput &input);
    /// The whole letter as HTML (for previews and tests).
    static Result<QString> html(const LetterInput &input, const QString &templateText);
    /// The letter as PDF bytes; with the organisation's logo, when it has one, in the letterhead.
    static Result<QByteArray> pdf(const LetterInput &input, const QString &templateText);
    static Result<QByteArray> pdf(const LetterInput &input);
};

} // namespace dpodesk
