// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/processing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpodesk {

/// Something wrong with one row of an imported file, or with one field of an activity or a system being edited.
struct RecordProblem {
    int line = 0;  ///< the line of the file where the row starts (1 is the header); 0 outside a file
    QString field; ///< the column ("owner_email"), empty for the whole row
    QString message;
    /// "line 4, owner_email: ..." (or the message alone outside a file).
    QString toString() const;
};

/// A row of an imported file and the line it starts on.
template <typename T>
struct ImportedRow {
    int line = 0;
    T value;
};

/// What reading a CSV file of activities or systems gave: the rows, or every problem found. Nothing is imported
/// until the file is clean (ProcessingRecord::import...).
template <typename T>
struct RecordImport {
    QList<ImportedRow<T>> rows;
    QList<RecordProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

/// The rules of the record of processing activities and of the systems catalogue, and its CSV files
/// (docs/rules.md#the-record-of-processing-activities). UTF-8, separated by ";" (with or without the byte order mark
/// French spreadsheets write) or ","; one row per activity or system; list fields hold several values separated by
/// "|"; the header names the columns, in any order.
class RecordRules final {
    Q_DECLARE_TR_FUNCTIONS(RecordRules)
public:
    static QStringList activityColumns();
    static QStringList systemColumns();
    /// Columns a systems file may have beside systemColumns().
    static QStringList optionalSystemColumns();

    /// The activities of a file, each cleaned and checked (checkActivity); rows by line.
    static RecordImport<ProcessingActivity> readActivities(const QByteArray &csv);
    static RecordImport<DataSystem> readSystems(const QByteArray &csv);

    /// Cleans an activity's texts (TextHygiene) and drops empty list values.
    static ProcessingActivity cleaned(ProcessingActivity activity);
    static DataSystem cleaned(DataSystem system);
    /// What is wrong with an activity on its own (required fields, lengths, the controller a joint controller or
    /// a processor names); the systems it names are checked against the catalogue by ProcessingRecord.
    static QList<RecordProblem> checkActivity(const ProcessingActivity &activity);
    static QList<RecordProblem> checkSystem(const DataSystem &system);

    /// A role as a file may write it: "controller", "joint-controller", "processor", or in French "responsable",
    /// "responsable conjoint", "sous-traitant" (case and accents ignored).
    static std::optional<ProcessingRole> roleFromText(const QString &text);
    /// An identifier as a file may write it ("email", "e-mail", "courriel", "phone", "téléphone", "customer number",
    /// "numéro client"...).
    static std::optional<SubjectIdentifier> identifierFromText(const QString &text);
    /// An action as a file may write it ("search", "erase", "effacer", "stop"...).
    static std::optional<TaskAction> actionFromText(const QString &text);

    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxTextLength = 4000;
    static constexpr int kMaxListValues = 100;
    static constexpr int kMaxRows = 10000;
    static constexpr qsizetype kMaxFileBytes = 20 * 1024 * 1024;
};

} // namespace dpodesk
