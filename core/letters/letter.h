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

/// What a letter is made from.
struct LetterInput {
    CaseRecord record;
    OrganisationProfile organisation;
    QString kind;
    QString language = QStringLiteral("fr"); ///< "fr" or "en"
    QDate date;
    QString freeText; ///< what the DPO writes for this letter (actions taken, what is needed, facts, format...)
};

/// Letters as PDF, rendered with QTextDocument and QPdfWriter (no widget): A4, fonts embedded, the letterhead,
/// the addressee, the date in the letter's language, the case reference and received date, the body of the kind's
/// template, the signature, and "reference — page i / n" on every page.
class Letters final {
    Q_DECLARE_TR_FUNCTIONS(Letters)
public:
    static QList<LetterKind> kinds();
    static QStringList languages() { return {QStringLiteral("fr"), QStringLiteral("en")}; }
    /// Every placeholder a template may use, without braces ("case.reference", ...).
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
    /// The letter as PDF bytes.
    static Result<QByteArray> pdf(const LetterInput &input, const QString &templateText);
    static Result<QByteArray> pdf(const LetterInput &input);
};

} // namespace dpodesk
