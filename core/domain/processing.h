// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dpodesk {

struct CaseRecord;

// Where the person's data lives (docs/rules.md#the-record-of-processing-activities): the record of processing
// activities (GDPR art. 30(1)), the catalogue of the systems that hold the data and their owners, and per case the
// activities concerning the person and the tasks sent to the owners of those activities' systems.

/// Our role in an activity (GDPR art. 4(7), 26, 28).
enum class ProcessingRole {
    Controller,      ///< we decide the purposes and means
    JointController, ///< with another controller (art. 26), named in the activity
    Processor,       ///< on behalf of a controller named in the activity (art. 28): its requests go to that controller
};

/// What a system's owner is asked to do.
enum class TaskAction {
    Search,   ///< say whether the system holds data on the person
    Export,   ///< a copy of the data (access), machine-readable for portability
    Rectify,  ///< art. 16
    Erase,    ///< art. 17
    Restrict, ///< art. 18
    Stop,     ///< stop the processing objected to (art. 21)
};

/// Where a task stands. A task is "overdue" when it is not answered and its due date has passed (a view, not a state).
enum class TaskState { ToSend, Sent, Answered };

/// What the owner answered.
enum class TaskResult {
    Found,    ///< the system holds data on the person (search, export)
    NotFound, ///< it holds none
    Done,     ///< the action was carried out (export sent, data rectified, erased, restricted, processing stopped)
    Cannot,   ///< it cannot be done: the note says why
};

/// The identifiers an owner may be given to find the person in a system: only those the system is searched by
/// (docs/rules.md#tasks-to-system-owners), never the identity proof.
enum class SubjectIdentifier { Email, Phone, Name, PostalAddress, CustomerNumber };

#define DPODESK_DECLARE_ENUM_NAMES(Type, Plural)                                                                       \
    QString name(Type value);                                                                                          \
    QString label(Type value);                                                                                         \
    std::optional<Type> parse##Type(const QString &name);                                                              \
    QList<Type> all##Plural();

DPODESK_DECLARE_ENUM_NAMES(ProcessingRole, ProcessingRoles)
DPODESK_DECLARE_ENUM_NAMES(TaskAction, TaskActions)
DPODESK_DECLARE_ENUM_NAMES(TaskState, TaskStates)
DPODESK_DECLARE_ENUM_NAMES(TaskResult, TaskResults)
DPODESK_DECLARE_ENUM_NAMES(SubjectIdentifier, SubjectIdentifiers)

#undef DPODESK_DECLARE_ENUM_NAMES

inline size_t qHash(TaskAction action, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(action), seed);
}

/// The labels of a task action, a role, an identifier in a given language ("fr" or "en"), whatever the interface's:
/// letters and e-mails to owners are written in their own language.
QString labelIn(TaskAction action, const QString &language);
QString labelIn(ProcessingRole role, const QString &language);
QString labelIn(SubjectIdentifier identifier, const QString &language);

/// One activity of the record of processing activities (GDPR art. 30(1); art. 30(2) for those we process for a
/// controller). List fields hold one value per element.
struct ProcessingActivity {
    qint64 id = 0;
    QString name; ///< unique in the register
    ProcessingRole role = ProcessingRole::Controller;
    QString controller; ///< the joint controller(s), or the controller we process for; empty when we are controller
    QStringList purposes;
    QStringList legalBasis; ///< art. 6(1) basis, and art. 9(2) where special categories are processed
    QStringList dataSubjects;
    QStringList dataCategories;
    QStringList recipients;    ///< by name, processors included (CJEU C-154/21)
    QStringList transfers;     ///< each: the country or organisation outside the EU and the safeguard
    QString retention;         ///< the period, or the criteria used to determine it
    QString source;            ///< where the data come from when not from the person; empty: from the person
    QString automatedDecision; ///< the decision and meaningful information about its logic; empty: none made
    QStringList systems;       ///< names of systems of the catalogue
    QString entity;            ///< the legal entity that keeps the activity
    QDateTime updatedAt;       ///< UTC

    bool operator==(const ProcessingActivity &) const = default;
};

/// One system of the catalogue: where data live, who can search and change them.
struct DataSystem {
    qint64 id = 0;
    QString name; ///< unique in the register
    QString ownerName;
    QString ownerEmail;
    QString deputyName;
    QString deputyEmail;
    QList<SubjectIdentifier> identifiers; ///< what the system can be searched by
    QList<TaskAction> actions;            ///< what its owner can do in it
    int turnaroundDays = 5;               ///< the owner's usual time to answer, in calendar days
    QString instructionsFr;
    QString instructionsEn;
    QDateTime updatedAt; ///< UTC

    bool supports(TaskAction action) const { return actions.contains(action); }
    QString instructions(const QString &language) const
    {
        const QString own = language == QLatin1String("en") ? instructionsEn : instructionsFr;
        return own.isEmpty() ? (language == QLatin1String("en") ? instructionsFr : instructionsEn) : own;
    }
    bool operator==(const DataSystem &) const = default;
};

/// A task of a case: one system, one action.
struct CaseTask {
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseReference;
    int number = 0; ///< T1, T2... within the case
    qint64 systemId = 0;
    QString systemName; ///< as it was when the task was planned: the proof keeps it if the system is renamed
    TaskAction action = TaskAction::Search;
    QString activities; ///< the activities of the case that called for it, "; "-separated (the plan's reason)
    TaskState state = TaskState::ToSend;
    QDate plannedOn;
    QDate dueOn;
    QDate sentOn;
    QString sentTo; ///< the owner's e-mail it went to, or "printed"
    QDate answeredOn;
    std::optional<TaskResult> result;
    QString note;
    QList<qint64> evidence; ///< ids of the files kept with the case as this task's evidence
    /// Filled by the queries that list tasks with their owner (for chasing), empty otherwise.
    QString ownerName;
    QString ownerEmail;

    /// "DR-2026-0042/T3": in the subject of the e-mail to the owner, and on the task sheet.
    QString token() const { return QStringLiteral("%1/T%2").arg(caseReference).arg(number); }
    bool isOpen() const { return state != TaskState::Answered; }
    bool isOverdue(QDate today) const { return isOpen() && dueOn.isValid() && dueOn < today; }
    bool operator==(const CaseTask &) const = default;
};

/// The actions the rights of a request call for (docs/rules.md#tasks-to-system-owners): access → search and export;
/// rectification → rectify; erasure → erase; restriction → restrict; objection → stop; portability → export.
QList<TaskAction> actionsFor(const QList<Right> &rights);

/// The values of the identifiers a system is searched by, for one case (the data subject's): only those, in order;
/// an identifier the case does not hold is left out.
QList<std::pair<SubjectIdentifier, QString>> identifierValues(const CaseRecord &record,
                                                              const QList<SubjectIdentifier> &wanted);

} // namespace dpodesk
