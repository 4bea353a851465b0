// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dpodesk {

/// Which refusal grounds fit which right (docs/rules.md#outcomes-and-refusal-grounds): a ground the GDPR does not
/// give for a right is refused, with the reason, for every new decision; the register keeps reading older ones.
class RefusalRules final {
    Q_DECLARE_TR_FUNCTIONS(RefusalRules)
public:
    /// Whether an objection is to direct marketing (GDPR art. 21(2)): its detail says so ("direct marketing",
    /// "prospection", "démarchage", "newsletter", "publicité", ...; accents and case ignored). Art. 21(3) then
    /// leaves no ground to refuse it but art. 12(5).
    static bool isDirectMarketing(const QString &detail);
    /// Whether reasons name a legal text: a number and a word such as "article", "code", "loi", "law", "décret"
    /// ("Code de commerce, art. L123-22").
    static bool citesLegalText(const QString &reasons);
    /// The grounds that can refuse a right, in the order the desk offers them. detail: the right's detail (an
    /// objection to direct marketing admits no compelling grounds).
    static QList<RefusalGround> groundsFor(Right right, const QString &detail = {});
    /// Success, or why the ground cannot refuse this right with these reasons, in words.
    static Result<void> check(Right right, const QString &detail, RefusalGround ground, const QString &reasons);
};

} // namespace dpodesk
