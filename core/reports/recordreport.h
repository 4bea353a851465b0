// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "attachments/attachment.h"
#include "common/result.h"
#include "domain/caserecord.h"
#include "domain/processing.h"
#include "domain/reportsource.h"
#include "reports/csvwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace dpodesk {

/// The record of processing activities as the supervisory authority may ask for it (GDPR art. 30(4)), and the proof
/// of what the system owners did for one case (docs/rules.md#the-record-of-processing-activities). Plain inputs: the
/// register reads them, these only write.
class RecordReports final {
    Q_DECLARE_TR_FUNCTIONS(RecordReports)
public:
    /// One row per activity under RecordRules::activityColumns(), list fields joined with "|", roles by their stable
    /// names: RecordRules::readActivities reads it back as it was.
    static QByteArray activitiesCsv(const QList<ProcessingActivity> &activities, CsvProfile profile);
    /// Portrait A4: the organisation and its DPO, the time of generation, then one block per activity with every
    /// field of the record; "page i / n" in the footer.
    static Result<QByteArray> activitiesPdf(const QList<ProcessingActivity> &activities, const ReportHeader &header);

    /// The proof of what was done for one case (an auditor's "proof of erasure"): the case's reference and rights,
    /// then per task its system, action, owner, dates, result, note and evidence files with their SHA-256.
    /// attachments holds the case's files by id (those the tasks name as evidence); a missing one is said so.
    static Result<QByteArray> caseTasksPdf(const CaseRecord &record, const QList<CaseTask> &tasks,
                                           const QMap<qint64, Attachment> &attachments, const ReportHeader &header);
};

} // namespace dpodesk
