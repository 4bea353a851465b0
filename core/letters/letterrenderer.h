// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

class QTextDocument;

namespace dpodesk {

struct FilledTemplate;
struct LetterInput;

/// A letter drawn around its filled template: the letterhead (logo, organisation, DPO contact, addressee), the date in
/// the letter's language, the reference block, the subject line, the body, the signature; then as PDF with
/// QTextDocument and QPdfWriter (no widget): A4, fonts embedded, "reference — page i / n" on every page.
class LetterRenderer final {
    Q_DECLARE_TR_FUNCTIONS(Letters) // first translated as Letters'; the words keep that context
public:
    /// The whole letter as HTML; values are those the template was filled with (LetterValues::of).
    static QString html(const LetterInput &input, const QMap<QString, QString> &values, const FilledTemplate &filled);
    /// That HTML as PDF bytes; with the organisation's logo, when it has one, in the letterhead.
    static Result<QByteArray> pdf(const LetterInput &input, QString html);
    /// Several letters in one PDF, each from a new page, each numbered "reference — page i / n" on its own.
    static Result<QByteArray> pdf(const QList<std::pair<LetterInput, QString>> &letters);
    /// On a paginated document: a paragraph that opens with a heading never leaves the heading alone at the foot of a
    /// page, and the signature (the last paragraph) never stands alone on a page — the closing formula goes with it.
    static void keepHeadingsAndSignature(QTextDocument &document);
    /// On a laid-out document: an e-mail address that a line break would cut (at one of its hyphens) starts a new
    /// line instead.
    static void keepEmailsWhole(QTextDocument &document);
};

} // namespace dpodesk
