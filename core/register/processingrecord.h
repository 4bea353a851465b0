// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/processing.h"
#include "domain/recordimport.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace dpodesk {

class CaseBook;

/// What an import did, or why it did nothing.
struct RecordImportSummary {
    bool imported = false; ///< false: the file had problems, nothing changed
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<RecordProblem> problems;
};

/// The rules of the record of processing activities (GDPR art. 30) and of the systems catalogue, over the stores of a
/// CaseBook (docs/rules.md#the-record-of-processing-activities): an activity or a system is cleaned and checked before
/// it is kept, an activity names only systems of the catalogue, a file is imported whole or not at all (each bad row
/// reported with its line and field), nothing a case or a task relies on is removed, and every change is one audited
/// transaction whose event records the state of the settings and the record.
class ProcessingRecord final {
    Q_DECLARE_TR_FUNCTIONS(ProcessingRecord)
public:
    explicit ProcessingRecord(CaseBook &book) : m_book(book) {}

    Result<QList<ProcessingActivity>> activities() const;
    Result<std::optional<ProcessingActivity>> activity(const QString &name) const;
    Result<QList<DataSystem>> systems() const;
    Result<std::optional<DataSystem>> system(const QString &name) const;

    /// Adds (id 0) or changes an activity; refused with the problems in words.
    Result<ProcessingActivity> saveActivity(const ProcessingActivity &activity);
    /// Refused while a case names it.
    Result<void> removeActivity(const QString &name);
    Result<DataSystem> saveSystem(const DataSystem &system);
    /// Refused while an activity lists it or a task was sent to it.
    Result<void> removeSystem(const QString &name);

    /// A CSV file of activities (RecordRules::readActivities): each row adds the activity or replaces the one of the
    /// same name; the systems named must be in the catalogue. All rows or none.
    Result<RecordImportSummary> importActivities(const QByteArray &csv);
    /// A CSV file of systems (RecordRules::readSystems), the same way.
    Result<RecordImportSummary> importSystems(const QByteArray &csv);

private:
    Result<QList<RecordProblem>> systemProblems(const ProcessingActivity &activity) const;

    CaseBook &m_book;
};

} // namespace dpodesk
