// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/caserecord.h"
#include "domain/organisation.h"
#include "domain/processing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace dpodesk {

/// An e-mail to a system owner, ready for the mail program.
struct TaskMessage {
    QString to;
    QString cc; ///< the deputy, when the system has one
    QString subject;
    QString body; ///< plain text
};

/// What a system owner receives (docs/rules.md#tasks-to-system-owners): for one task, the e-mail and its printable
/// sheet; for every owner, the digest of the tasks they still owe. Written in the language given ("fr" or "en"),
/// whatever the interface's. Data minimisation (GDPR art. 5(1)(c)): the owner gets only the identifiers their system
/// is searched by — never the identity proof, the requester or any other data of the case.
class TaskMessages final {
    Q_DECLARE_TR_FUNCTIONS(TaskMessages)
public:
    /// The e-mail for one task of a case: the subject starts with the task's token ("[DR-2026-0042/T3]") so that
    /// the answer finds its task. Refused in words when the owner could not act on it: a language letters are not
    /// written in, a system without its owner's e-mail, an action the system does not offer, or a case holding none
    /// of the identifiers the system is searched by.
    static Result<TaskMessage> message(const CaseTask &task, const CaseRecord &record, const DataSystem &system,
                                       const OrganisationProfile &organisation, const QString &language);
    /// The same content as a one-page A4 PDF, for an owner who works from paper.
    static Result<QByteArray> sheet(const CaseTask &task, const CaseRecord &record, const DataSystem &system,
                                    const OrganisationProfile &organisation, const QString &language);
    /// One e-mail per owner e-mail address (CaseTask::ownerEmail, as the queries listing tasks with their owner fill
    /// it): every open task they still owe, overdue ones first and flagged, then by due date. Answered tasks are left
    /// out; an open task without an owner e-mail is refused, naming it.
    static Result<QList<TaskMessage>> digests(const QList<CaseTask> &tasks, QDate today,
                                              const OrganisationProfile &organisation, const QString &language);
};

} // namespace dpodesk
