// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>

namespace dpodesk {

class CaseBook;
class CaseTasks;
class ProcessingRecord;

/// The record of processing activities and the systems catalogue of the demo's fictional organisation, an e-mailing
/// service provider, as the CSV files a DPO would import (docs/rules.md#the-record-of-processing-activities): prospects
/// kept two years, customers for the contract plus five years, its clients' campaign contacts handled as a
/// processor, a US-hosted analytics tool under standard contractual clauses, the staff.
struct DemoRecord {
    static QByteArray systemsCsv();
    static QByteArray activitiesCsv();
    /// Imports both into a demo register, then gives its latest open requests their activities and tasks, in every
    /// state a task can be in.
    static Result<void> fill(CaseBook &cases, ProcessingRecord &record, CaseTasks &tasks);
};

} // namespace dpodesk
