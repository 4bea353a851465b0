// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/organisation.h"

#include <QCoreApplication>

namespace dpodesk {

class CaseBook;

/// The rules of the organisation's settings, over the stores of a CaseBook: the profile is checked before it is
/// saved (time zone, limits, the justification of a retention, the logo), a new calendar recomputes the deadlines,
/// a letter template may only use the placeholders DPO Desk fills; every change is audited.
class OrganisationSettings final {
    Q_DECLARE_TR_FUNCTIONS(OrganisationSettings)
public:
    explicit OrganisationSettings(CaseBook &book) : m_book(book) {}

    /// The organisation profile stored with the register (defaults where nothing was saved yet).
    Result<OrganisationProfile> organisation() const;
    /// Saves the profile in one audited transaction; a new calendar or closure days recompute the deadlines.
    Result<void> saveOrganisation(const OrganisationProfile &profile);

    /// The template of a letter: the organisation's copy kept in the register, else the shipped default.
    Result<QString> letterTemplate(const QString &kind, const QString &language) const;
    /// Whether the organisation changed the template of a letter.
    Result<bool> hasCustomLetterTemplate(const QString &kind, const QString &language) const;
    /// Keeps the organisation's copy of a template, audited; refused (nothing saved) when a placeholder is unknown.
    Result<void> saveLetterTemplate(const QString &kind, const QString &language, const QString &text);
    /// Goes back to the shipped default, audited.
    Result<void> resetLetterTemplate(const QString &kind, const QString &language);

private:
    CaseBook &m_book;
};

} // namespace dpodesk
