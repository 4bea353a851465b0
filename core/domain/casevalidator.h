// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace dpodesk {

struct CaseRecord;

/// Checks a case against the rules of docs/rules.md#intake and #the-clock and says, in words, what is wrong and where.
class CaseValidator final {
    Q_DECLARE_TR_FUNCTIONS(CaseValidator)
public:
    /// 25 May 2018, when the GDPR began to apply (art. 99(2)): no request of the register is older.
    static QDate gdprApplies() { return QDate(2018, 5, 25); }

    /// Every problem, each naming its field ("subject.email", "rights", "receivedOn", ...), for inline messages.
    /// stored: the case as it is stored, when it is a change. A text it already held is not held to the length
    /// limits and the e-mail, phone and reference formats, which registers written before them may not meet (a note
    /// can never be changed); what is typed now is.
    static QList<Error> problems(const CaseRecord &record, QDate today, const CaseRecord *stored = nullptr);
    /// The first problem, or success.
    static Result<void> validate(const CaseRecord &record, QDate today, const CaseRecord *stored = nullptr);
    /// name@domain.tld: no control character or space; a local part of 1 to 64 octets without a leading, trailing or
    /// double dot nor characters that need quoting; a domain of letters (any script), digits and hyphens in labels
    /// of 1 to 63 characters, a dot at least, a top-level domain with a letter; 254 octets at most (RFC 5321).
    static bool isPlausibleEmail(const QString &email);
    /// Digits, spaces, ( ) - . / and a + at the start only; 6 to 20 digits.
    static bool isPlausiblePhone(const QString &phone);
    /// A reference as the register writes it, DR-YYYY-NNNN (capitals or not).
    static bool isCaseReference(const QString &reference);
};

} // namespace dpodesk
