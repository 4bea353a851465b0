// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace dpodesk {

class Database;
class CaseBook;
class OrganisationSettings;

/// What the demo register holds once filled.
struct DemoSummary {
    int cases = 0;
    int open = 0;
    int suspended = 0;
    int extended = 0;
    int refused = 0;
};

/// Fills an empty register with a realistic synthetic one: French and international names (accents, non-Latin
/// scripts), every right and status, five years of dates, suspensions, extensions, refusals. Deterministic for a seed.
class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    struct Options {
        int cases = 1000;
        quint32 seed = 1;
        QDate today;
        int batchSize = 20000; ///< cases per transaction
    };

    DemoGenerator(Database &database, CaseBook &cases, OrganisationSettings &settings);

    /// Refuses a register that already holds cases. progress(done) is called after each batch.
    Result<DemoSummary> fill(const Options &options, const std::function<void(int)> &progress = {});

private:
    Database &m_database;
    CaseBook &m_cases;
    OrganisationSettings &m_settings;
};

} // namespace dpodesk
