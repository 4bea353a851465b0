// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/caserecord.h"
#include "domain/texthygiene.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dpodesk {

/// The text fields of a case with their kind and their length limit: the one table of limits (README, "Limits"),
/// used by the cleaning when a case is stored and by CaseValidator.
class CaseText final {
    Q_DECLARE_TR_FUNCTIONS(CaseText)
public:
    /// In the order of the table; the six fields of a person follow each other, the subject's then the requester's.
    enum Field {
        SubjectFirstName,
        SubjectLastName,
        SubjectEmail,
        SubjectPhone,
        SubjectPostalAddress,
        SubjectInternalReference,
        RequesterFirstName,
        RequesterLastName,
        RequesterEmail,
        RequesterPhone,
        RequesterPostalAddress,
        RequesterInternalReference,
        RequesterCapacityProof,
        RightDetail,
        RefusalReason,
        SuspensionNote,
        ExtensionJustification,
        RecipientName,
        RecipientAddress,
        NoteAuthor,
        NoteText,
        CnilReference,
        LinkedCaseReference,
        // The record of the identity check, kept with the case once the copies are erased (CaseFiles).
        VerificationDocumentType,
        VerificationNote,
        FieldCount
    };
    struct Rule {
        Field field;
        const char *key;   ///< the field as CaseValidator's problems name it ("subject.firstName", "notes", ...)
        const char *label; ///< for messages; translated in the CaseText context
        TextKind kind;
        int maxLength; ///< in characters (code points), counted once cleaned
    };

    static const Rule &rule(Field field);
    /// "The data subject's first name", translated.
    static QString label(Field field);
    /// The refusal of a text over its field's limit ("... is too long: 131,000 characters (at most 200)."), naming the
    /// field as CaseValidator does; nothing when it fits.
    static std::optional<Error> lengthProblem(Field field, const QString &text);

    /// Calls visit(Field, text) for every text field of the case, text being a QString & or a const QString & as
    /// the record is. Always in the same order. (The identity verification is not part of the record.)
    template <typename Record, typename Visit>
    static void forEach(Record &c, Visit &&visit);

    /// Cleans every text field (TextHygiene::clean with the field's kind; references in capitals). The first
    /// storedNotes notes are left as they are stored: notes are append-only; a new note left empty is dropped.
    static void clean(CaseRecord &c, qsizetype storedNotes = 0);
};

template <typename Record, typename Visit>
void CaseText::forEach(Record &c, Visit &&visit)
{
    const auto person = [&visit](auto &p, int first) {
        visit(Field(first), p.firstName);
        visit(Field(first + 1), p.lastName);
        visit(Field(first + 2), p.email);
        visit(Field(first + 3), p.phone);
        visit(Field(first + 4), p.postalAddress);
        visit(Field(first + 5), p.internalReference);
    };
    person(c.subject, SubjectFirstName);
    if (c.requester) {
        person(c.requester->person, RequesterFirstName);
        visit(RequesterCapacityProof, c.requester->capacityProof);
    }
    for (auto &r : c.rights) {
        visit(RightDetail, r.detail);
        visit(RefusalReason, r.refusalReason);
    }
    for (auto &s : c.suspensions) {
        visit(SuspensionNote, s.note);
    }
    if (c.extension) {
        visit(ExtensionJustification, c.extension->justification);
    }
    for (auto &r : c.recipients) {
        visit(RecipientName, r.name);
        visit(RecipientAddress, r.address);
    }
    for (auto &n : c.notes) {
        visit(NoteAuthor, n.author);
        visit(NoteText, n.text);
    }
    visit(CnilReference, c.cnilReference);
    visit(LinkedCaseReference, c.linkedCaseReference);
}

} // namespace dpodesk
