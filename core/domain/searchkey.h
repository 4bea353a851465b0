// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace dpodesk {

/// Folds text for matching: lower case, accents removed (Œ → oe, ß → ss), spaces collapsed.
/// "Élodie  Dupré" and "elodie dupre" give the same key; non-Latin scripts are kept as they are.
QString foldForSearch(const QString &text);
/// Digits only, with a French international prefix made national: "+33 6 12 34 56 78" → "0612345678".
QString phoneKey(const QString &phone);
/// The smallest string greater than every string that starts with prefix (for index range scans).
QString prefixUpperBound(const QString &prefix);

} // namespace dpodesk
