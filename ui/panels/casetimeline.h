// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "audit/auditevent.h"
#include "domain/caserecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpodesk {

/// One line of a case's timeline: an audit event or an internal note, in words.
struct TimelineEntry {
    QDateTime atUtc;
    QString who;
    QString what;
    QStringList details; ///< one line per changed field: "Field changed: subject.email: a → b"
    bool isNote = false;
};

/// Turns the audit trail of a case and its notes into a history a person can read (GDPR art. 5(2)).
class CaseTimeline final {
    Q_DECLARE_TR_FUNCTIONS(CaseTimeline)
public:
    /// The events and notes merged, newest first.
    static QList<TimelineEntry> build(const QList<AuditEvent> &events, const QList<Note> &notes);
    /// "Case created", "Clock stopped (identity)", ...; "… — details erased" once a purge redacted the event.
    static QString describe(const AuditEvent &event);
    /// One line per entry of details["changes"]; note changes are left out (each note has its own line).
    static QStringList changes(const QJsonObject &details);
};

} // namespace dpodesk
