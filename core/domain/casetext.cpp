// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/casetext.h"

#include <algorithm>
#include <iterator>

namespace dpodesk {

namespace {

constexpr TextKind kLine = TextKind::SingleLine;
constexpr TextKind kText = TextKind::MultiLine;

// The limits, in characters. Names as on an identity document with room to spare; e-mail: RFC 5321 (a path of 256
// octets with its brackets); phone: an international number (ITU-T E.164, 15 digits) with its spaces and an
// extension; long texts: the longest letter a DPO would paste. Keep README.md ("Limits") in step.
constexpr CaseText::Rule kRules[] = {
    {CaseText::SubjectFirstName, "subject.firstName", QT_TRANSLATE_NOOP("CaseText", "The data subject's first name"),
     kLine, 200},
    {CaseText::SubjectLastName, "subject.lastName", QT_TRANSLATE_NOOP("CaseText", "The data subject's last name"),
     kLine, 200},
    {CaseText::SubjectEmail, "subject.email", QT_TRANSLATE_NOOP("CaseText", "The data subject's e-mail address"), kLine,
     254},
    {CaseText::SubjectPhone, "subject.phone", QT_TRANSLATE_NOOP("CaseText", "The data subject's phone number"), kLine,
     40},
    {CaseText::SubjectPostalAddress, "subject.postalAddress",
     QT_TRANSLATE_NOOP("CaseText", "The data subject's postal address"), kText, 1000},
    {CaseText::SubjectInternalReference, "subject.internalReference",
     QT_TRANSLATE_NOOP("CaseText", "The data subject's internal reference"), kLine, 100},
    {CaseText::RequesterFirstName, "requester.firstName", QT_TRANSLATE_NOOP("CaseText", "The requester's first name"),
     kLine, 200},
    {CaseText::RequesterLastName, "requester.lastName", QT_TRANSLATE_NOOP("CaseText", "The requester's last name"),
     kLine, 200},
    {CaseText::RequesterEmail, "requester.email", QT_TRANSLATE_NOOP("CaseText", "The requester's e-mail address"),
     kLine, 254},
    {CaseText::RequesterPhone, "requester.phone", QT_TRANSLATE_NOOP("CaseText", "The requester's phone number"), kLine,
     40},
    {CaseText::RequesterPostalAddress, "requester.postalAddress",
     QT_TRANSLATE_NOOP("CaseText", "The requester's postal address"), kText, 1000},
    {CaseText::RequesterInternalReference, "requester.internalReference",
     QT_TRANSLATE_NOOP("CaseText", "The requester's internal reference"), kLine, 100},
    {CaseText::RequesterCapacityProof, "requester.capacityProof",
     QT_TRANSLATE_NOOP("CaseText", "The proof of the requester's capacity"), kLine, 500},
    {CaseText::RightDetail, "rights.detail", QT_TRANSLATE_NOOP("CaseText", "The detail of a right"), kLine, 500},
    {CaseText::RefusalReason, "rights.refusal", QT_TRANSLATE_NOOP("CaseText", "The reasons for a refusal"), kText,
     20000},
    {CaseText::SuspensionNote, "suspensions", QT_TRANSLATE_NOOP("CaseText", "The note of a question"), kText, 20000},
    {CaseText::ExtensionJustification, "extension", QT_TRANSLATE_NOOP("CaseText", "The justification of the extension"),
     kText, 20000},
    {CaseText::RecipientName, "recipients", QT_TRANSLATE_NOOP("CaseText", "The name of a recipient"), kLine, 200},
    {CaseText::RecipientAddress, "recipients", QT_TRANSLATE_NOOP("CaseText", "The address of a recipient"), kText,
     1000},
    {CaseText::NoteAuthor, "notes", QT_TRANSLATE_NOOP("CaseText", "The author of a note"), kLine, 200},
    {CaseText::NoteText, "notes", QT_TRANSLATE_NOOP("CaseText", "A note"), kText, 20000},
    {CaseText::CnilReference, "cnilReference", QT_TRANSLATE_NOOP("CaseText", "The CNIL's reference"), kLine, 100},
    {CaseText::LinkedCaseReference, "linkedCaseReference", QT_TRANSLATE_NOOP("CaseText", "The linked case"), kLine, 20},
    {CaseText::VerificationDocumentType, "documentType", QT_TRANSLATE_NOOP("CaseText", "The type of identity document"),
     kLine, 200},
    {CaseText::VerificationNote, "note", QT_TRANSLATE_NOOP("CaseText", "The note of the identity verification"), kText,
     20000},
};
static_assert(std::size(kRules) == CaseText::FieldCount, "one rule per field");

} // namespace

const CaseText::Rule &CaseText::rule(Field field)
{
    Q_ASSERT(field >= 0 && field < FieldCount && kRules[field].field == field);
    return kRules[field];
}

QString CaseText::label(Field field)
{
    return QCoreApplication::translate("CaseText", rule(field).label);
}

std::optional<Error> CaseText::lengthProblem(Field field, const QString &text)
{
    const qsizetype length = TextHygiene::length(text);
    if (length <= rule(field).maxLength) {
        return std::nullopt;
    }
    return makeError(Error::Code::Invalid,
                     tr("%1 is too long: %L2 characters (at most %L3).")
                         .arg(label(field))
                         .arg(qlonglong(length))
                         .arg(rule(field).maxLength),
                     QLatin1String(rule(field).key));
}

void CaseText::clean(CaseRecord &c, qsizetype storedNotes)
{
    const qsizetype kept = std::min(storedNotes, c.notes.size());
    const QList<Note> stored = c.notes.mid(0, kept);
    forEach(c, [](Field field, QString &text) {
        if (!text.isEmpty()) {
            text = TextHygiene::clean(text, rule(field).kind);
        }
    });
    // References are written in capitals by the register ("dr-2026-0001" names DR-2026-0001).
    c.linkedCaseReference = c.linkedCaseReference.toUpper();
    std::copy(stored.cbegin(), stored.cend(), c.notes.begin());
    // A new note of invisible characters only is no note.
    c.notes.erase(std::remove_if(c.notes.begin() + kept, c.notes.end(), [](const Note &n) { return n.text.isEmpty(); }),
                  c.notes.end());
}

} // namespace dpodesk
