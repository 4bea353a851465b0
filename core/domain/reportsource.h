// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "deadline/deadlinecalculator.h"
#include "domain/enums.h"
#include "domain/organisation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace dpodesk {

/// What every report states about itself: who keeps the register, when the report was made, and the audit trail's
/// head hash at that moment (so that a printed report can be tied to the state of the register).
struct ReportHeader {
    OrganisationProfile organisation;
    QDateTime generatedAtUtc;
    QDate today;           ///< the report's "today", in the organisation's time zone
    QString auditHeadHash; ///< as stored (not verified: `dpodesk-cli audit verify` does that)
    qint64 auditEvents = 0;
    /// Stable and unique per register: the hash of the audit trail's first event (empty for an empty register).
    QString registerId;

    /// "2026-11-26 10:00 (Europe/Paris)": the generation time in the organisation's time zone.
    QString generatedAtText() const;
};

/// One open case of the deadline report, read from the stored deadline columns (never a whole CaseRecord).
struct DeadlineRow {
    QString reference;
    QString subjectName;
    QString rights; ///< stable right names, comma-separated, as stored
    Channel channel = Channel::Email;
    QDate receivedOn;
    QDate deadline; ///< in force (initial, extended or the CNIL's date), as stored
    CaseStatus status = CaseStatus::New;
    QDate clockStoppedSince; ///< the open suspension's question date; null while the clock runs
    bool extensionNoticeDue = false;
    int version = 0;        ///< increments on every change of the case (the ICS SEQUENCE)
    QDateTime updatedAtUtc; ///< last change of the case (the ICS LAST-MODIFIED)

    bool clockStopped() const { return clockStoppedSince.isValid(); }
    /// Calendar days from today to the deadline, negative when overdue.
    int daysLeft(QDate today) const { return DeadlineCalculator::daysLeft(deadline, today); }
    Urgency urgency(QDate today) const { return DeadlineCalculator::urgency(deadline, today, true, clockStopped()); }
};

/// A deadline row as the database holds it, UTF-8 bytes valid only during the visit: the CSV export's fast path,
/// which copies text from the database to the file without converting it to QString and back.
struct DeadlineRowBytes {
    QByteArrayView reference;
    QByteArrayView firstName;
    QByteArrayView lastName;
    QByteArrayView rights; ///< stable right names, comma-separated
    Channel channel = Channel::Email;
    QDate receivedOn;
    QDate deadline;
    CaseStatus status = CaseStatus::New;
    QDate clockStoppedSince;
    bool extensionNoticeDue = false;
};

/// Which open cases the deadline report lists: every one, or those whose deadline falls between from and to
/// (inclusive; either bound may be null).
struct DeadlineFilter {
    QDate from;
    QDate to;
};

/// One right of a case, as the activity report counts it.
struct ActivityRight {
    Right right = Right::Access;
    Outcome outcome = Outcome::Pending;
    RefusalGround ground = RefusalGround::None;
};

/// What the activity report needs of one case received in the period.
struct ActivityCase {
    Channel channel = Channel::Email;
    CaseStatus status = CaseStatus::New;
    QDate receivedOn;
    QDate answeredOn;
    QDate closedOn;
    QDate initialDeadline;
    QDate deadline; ///< in force
    bool extended = false;
    bool clockStopped = false;
    bool identityRequested = false; ///< a suspension to ask for identity information, open or closed
    QList<ActivityRight> rights;
};

/// Where reports read the register. SqlReportSource (core/storage) is the database behind it; the reports code holds
/// no SQL.
class ReportSource {
public:
    virtual ~ReportSource() = default;
    virtual Result<ReportHeader> header() const = 0;
    /// Streams the open cases, overdue ones first, then by deadline and reference order. withVersions also reads each
    /// case's version and last change (for calendars); the table does without them.
    virtual Result<void> forEachOpenDeadline(const DeadlineFilter &filter, QDate today, bool withVersions,
                                             const std::function<void(const DeadlineRow &)> &visit) const = 0;
    /// The same rows as forEachOpenDeadline() (without versions), as bytes. By default converted from
    /// forEachOpenDeadline(); a source may read them straight from its database.
    virtual Result<void> forEachOpenDeadlineBytes(const DeadlineFilter &filter, QDate today,
                                                  const std::function<void(const DeadlineRowBytes &)> &visit) const;
    /// The cases received between from and to (inclusive), with their rights.
    virtual Result<QList<ActivityCase>> casesReceived(QDate from, QDate to) const = 0;
    /// Cases received on or before day and neither answered nor closed (nor withdrawn) on or before it.
    virtual Result<int> openCasesOn(QDate day) const = 0;
};

} // namespace dpodesk
