// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/caserecord.h"
#include "domain/organisation.h"
#include "domain/processing.h"
#include "letters/letterkind.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dpodesk {

/// What a letter is made from.
/// An earlier request of the same person, as a letter states it (GDPR art. 12(5): the facts of repetition).
struct EarlierRequest {
    QString reference;
    QDate receivedOn;
};

struct LetterInput {
    CaseRecord record;
    OrganisationProfile organisation;
    LetterKind kind = LetterKind::Acknowledgement;
    QString language = QStringLiteral("fr"); ///< "fr" or "en"
    QDate date;
    QString freeText; ///< what the DPO writes for this letter (actions taken, what is needed, facts, format...)
    /// The activities of the record of processing activities that concern the person (the case's choice): the access
    /// answer states the art. 15(1) and 15(2) items of each (docs/rules.md#the-access-answer).
    QList<ProcessingActivity> activities;
    /// The other requests of the same person received before this one (LetterOutbox fills them from the register):
    /// the manifestly unfounded or excessive letter states them with their intervals.
    QList<EarlierRequest> earlierRequests{};
    /// The fee asked under GDPR art. 12(5)(a), as the DPO writes it ("25 €"); empty when none is asked.
    QString fee{};
    /// The recipient an art. 19 notification is written to, by its name in the case; empty: the case's only one.
    QString recipient{};
    /// For the answer to an heir (LIL art. 85): whether the deceased left directives — "none" (none known to us),
    /// "particular" (given to us, the controller) or "general" (registered with a trusted third party).
    QString directives{};
};

/// Letters as PDF: a template (LetterTemplate) filled with the case's values (LetterValues) and drawn around with the
/// letterhead, the reference block and the signature (LetterRenderer). What the case must hold before a letter may be
/// written at all is the kind's (LetterKinds::check); LetterOutbox applies both.
class Letters final {
    Q_DECLARE_TR_FUNCTIONS(Letters)
public:
    static QStringList languages() { return {QStringLiteral("fr"), QStringLiteral("en")}; }
    /// The answers LetterInput::directives takes, in the order the desk offers them.
    static QStringList directiveChoices()
    {
        return {QStringLiteral("none"), QStringLiteral("particular"), QStringLiteral("general")};
    }
    /// The file name of a letter: "DR-2026-0042 acknowledgement fr 2026-03-27.pdf".
    static QString fileName(const LetterInput &input);

    /// Every placeholder a template may use, without braces ("case.reference", ...). A template may also keep a
    /// passage only when a placeholder has a value: {{#text.free}} ... {{/text.free}}.
    static QStringList knownPlaceholders();
    /// The placeholders a template text uses, in order of first use.
    static QStringList placeholdersIn(const QString &templateText);
    /// Refuses a template that uses a placeholder the application does not fill, naming it.
    static Result<void> validateTemplate(const QString &templateText);
    /// The placeholders a template of this kind must use: without them the letter would lack what the law requires
    /// ("processing.statement" for the access answer: GDPR art. 15(1) and 15(2)).
    static QStringList requiredPlaceholders(LetterKind kind);
    /// validateTemplate, and refuses in words a template of this kind without its required placeholders. Saving an
    /// organisation's template and writing a letter both check it.
    static Result<void> validateTemplate(LetterKind kind, const QString &templateText);
    static Result<void> validateTemplate(const QString &kindName, const QString &templateText);
    /// The shipped template of a kind in a language (resources/letters/KIND.LANG.html); by the kind's stable name for
    /// the register's copies of the templates, refused for a name no kind has.
    static Result<QString> defaultTemplate(LetterKind kind, const QString &language);
    static Result<QString> defaultTemplate(const QString &kindName, const QString &language);

    /// The recipient an art. 19 notification goes to (input.recipient, or the case's only one), with its address:
    /// refused in words when the case records none, several without a choice, or none with that name or without an
    /// address.
    static Result<Recipient> notifiedRecipient(const LetterInput &input);

    /// The values of the placeholders for a case, formatted in the letter's language.
    static QMap<QString, QString> values(const LetterInput &input);
    /// Checks what the letter itself needs before anything is generated: the DPO's text where the kind requires it,
    /// the organisation and its DPO contact, a language letters are written in; for the access answer, an activity
    /// of the record we carry out as controller or joint controller (ProcessingStatement::checkAccessAnswer).
    static Result<void> checkContent(const LetterInput &input);
    /// The whole letter as HTML (for previews and tests).
    static Result<QString> html(const LetterInput &input, const QString &templateText);
    /// The letter as PDF bytes; with the organisation's logo, when it has one, in the letterhead.
    static Result<QByteArray> pdf(const LetterInput &input, const QString &templateText);
    static Result<QByteArray> pdf(const LetterInput &input);
};

} // namespace dpodesk
