// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace dpodesk {

struct CaseRecord;
struct LetterTraits;

/// What a letter needs the register to hold before it can say it (docs/rules.md#letters): the requirements of its
/// row in the table of letters, checked on a case. A letter refused here would state something false (an extension
/// never decided, "no data held" while the register says otherwise, an answer to an heir nobody recorded), so it is
/// neither previewed, saved, printed, recorded as sent nor written by the command line.
class LetterPreconditions final {
    Q_DECLARE_TR_FUNCTIONS(LetterPreconditions)
public:
    /// Every unmet requirement, one sentence each; empty when the letter may be written on letterDate.
    static QStringList problems(const LetterTraits &letter, const CaseRecord &record, QDate letterDate);
};

} // namespace dpodesk
