// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPdfDocument;
class QPrinter;

namespace dpodesk {

/// How letters leave the desk: on paper (a PDF drawn page by page on a printer) or handed to the user's mail program
/// (xdg-email, the PDF attached). DPO Desk itself sends nothing (docs/rules.md#letters).
class LettersOut final {
    Q_DECLARE_TR_FUNCTIONS(LetterDialog) // the words were first the letter dialog's; they keep its context
public:
    /// Draws every page of a loaded PDF on the printer, at most 300 dpi, full page (the letters carry their margins).
    static Result<void> print(QPdfDocument &document, QPrinter &printer, const QString &documentName);
    /// Whether a mail program can be opened (xdg-email is installed).
    static bool canMail();
    /// Opens the mail program with the PDF attached (written as fileName in a private folder removed when DPO Desk
    /// quits), addressed to address, with that subject.
    static Result<void> mail(const QString &address, const QString &subject, const QString &fileName,
                             const QByteArray &pdf);
};

} // namespace dpodesk
