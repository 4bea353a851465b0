// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "attachments/attachment.h"
#include "common/result.h"
#include "deadline/deadlinecalculator.h"
#include "domain/caserecord.h"
#include "domain/organisation.h"
#include "domain/processing.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace dpodesk {

/// What the queue or a report asks for. Filtering and sorting happen in the database, on indexes.
struct CaseQuery {
    enum class Scope { Open, Closed, All };
    enum class Sort { Deadline, ReceivedOn, Reference, Subject, Status, Channel, Rights };

    Scope scope = Scope::Open;
    QString search; ///< prefix of a name ("dup", "jean dup"), an e-mail, a phone number or a reference
    std::optional<CaseStatus> status;
    std::optional<Right> right;
    std::optional<Channel> channel;
    std::optional<int> receivedYear;
    std::optional<Urgency> urgency; ///< relative to today below
    QDate today;
    Sort sort = Sort::Deadline;
    bool descending = false;
    int limit = 100;
    int offset = 0;
};

/// One row of the queue: what the list shows, without loading the whole case.
struct CaseSummary {
    qint64 id = 0;
    QString reference;
    QString subjectName;
    QString subjectEmail;
    QString rights; ///< stable right names, comma-separated
    Channel channel = Channel::Email;
    QDate receivedOn;
    QDate deadline;
    CaseStatus status = CaseStatus::New;
    QDate clockStoppedSince;
    bool extensionNoticeDue = false;
    bool isOpen() const { return isOpenStatus(status); }
    /// The rights as translated labels: "Access, Erasure".
    QString rightsLabel() const
    {
        QStringList labels;
        for (const QString &part : rights.split(u',', Qt::SkipEmptyParts)) {
            const auto right = parseRight(part.trimmed());
            labels << (right ? label(*right) : part.trimmed());
        }
        return labels.join(QStringLiteral(", "));
    }
    Urgency urgency(QDate today) const
    {
        return DeadlineCalculator::urgency(deadline, today, isOpen(), clockStoppedSince.isValid());
    }
};

/// Counts for the status bar: "3 overdue · 5 due within 7 days · 2 clocks stopped".
struct QueueCounts {
    int open = 0;
    int overdue = 0;
    int dueSoon = 0;
    int clockStopped = 0;
    int extensionNoticeDue = 0;
    int overdueTasks = 0;          ///< tasks to system owners not answered and past their due date, in open cases
    int casesWithOverdueTasks = 0; ///< the open cases they belong to
};

/// What the DPO is reminded of at start and then daily: open cases overdue or due within a few days (clock
/// running), and extension notices not yet sent; each list by deadline.
struct Reminders {
    struct Item {
        QString reference;
        QDate deadline;
    };
    QList<Item> overdue;
    QList<Item> dueSoon;
    QList<Item> noticesDue;
    bool isEmpty() const { return overdue.isEmpty() && dueSoon.isEmpty() && noticesDue.isEmpty(); }
};

// The stores: what the register keeps, by kind, behind interfaces that the register layer (core/register) uses.
// A store reads and writes rows and nothing else: no validation, no deadline, no audit event, no transaction of its
// own. Every write runs inside the caller's Database::write() transaction, with the audit event the caller appends
// (docs/architecture.md, "Stores"). The SQLite implementations are the Sql* classes in core/storage.

/// The cases with their rights, suspensions, recipients and notes.
class CaseStore {
public:
    virtual ~CaseStore() = default;
    virtual Result<CaseRecord> find(qint64 id) const = 0;
    /// By reference, as typed (spaces trimmed, letters upper-cased).
    virtual Result<CaseRecord> findByReference(const QString &reference) const = 0;
    virtual Result<bool> exists(const QString &reference) const = 0;
    /// Every case's id, in id order.
    virtual Result<QList<qint64>> ids() const = 0;
    /// The next reference of the year, DR-YYYY-NNNN, counted in the register (inside the caller's transaction, so
    /// that no two writers ever get the same number).
    virtual Result<QString> nextReference(int year) = 0;
    /// Writes a new case with all its children; its id.
    virtual Result<qint64> insert(const CaseRecord &record) = 0;
    /// Writes a changed case whose stored version is record.version - 1 (else Error::Code::Conflict, nothing
    /// written): the row, its rights, suspensions and recipients as given, and its notes from storedNotes on.
    virtual Result<void> update(const CaseRecord &record, qsizetype storedNotes) = 0;
    /// Deletes the case and its children.
    virtual Result<void> remove(qint64 id) = 0;
};

/// The queue, the counts and the reminders: filtering and sorting happen in the database, on indexes.
class CaseQueries {
public:
    virtual ~CaseQueries() = default;
    virtual Result<QList<CaseSummary>> list(const CaseQuery &query) const = 0;
    virtual Result<int> count(const CaseQuery &query) const = 0;
    virtual Result<QueueCounts> counts(QDate today) const = 0;
    /// Open cases whose clock runs, by the week their deadline falls in: element 0 counts today to today + 6, and
    /// so on for `weeks` weeks (the dashboard's "coming weeks").
    virtual Result<QList<int>> deadlinesPerWeek(QDate today, int weeks) const = 0;
    /// Overdue cases, cases due within withinDays (today included), extension notices due.
    virtual Result<Reminders> reminders(QDate today, int withinDays) const = 0;
    /// Other requests of the same person: same e-mail, phone or name, accents and case ignored, most recent first.
    virtual Result<QList<CaseSummary>> requestsFromSamePerson(const CaseRecord &record, int limit) const = 0;
};

/// The organisation's profile and calendar, kept with the register so that a team shares them.
class OrganisationStore {
public:
    virtual ~OrganisationStore() = default;
    /// The stored profile (defaults where nothing was saved), calendar and closure days included.
    virtual Result<OrganisationProfile> load() const = 0;
    /// Writes what differs from before (the calendar aside); what changed, as {key: {old, new}} (an image by its
    /// SHA-256, never its bytes).
    virtual Result<QJsonObject> saveChanges(const OrganisationProfile &profile, const OrganisationProfile &before) = 0;
    /// The holiday calendar's name and the organisation's closure days.
    virtual Result<void> saveCalendar(const QString &name, const QList<QDate> &closureDays) = 0;
};

/// The organisation's own copies of the letter templates.
class TemplateStore {
public:
    virtual ~TemplateStore() = default;
    /// The organisation's copy; a null string when it uses the shipped template.
    virtual Result<QString> custom(const QString &kind, const QString &language) const = 0;
    virtual Result<void> save(const QString &kind, const QString &language, const QString &text) = 0;
    virtual Result<void> remove(const QString &kind, const QString &language) = 0;
};

/// An identity copy whose time may be up (AttachmentFiles::identityCopiesDue): when its case's identity was verified,
/// or, never verified, when the case was closed.
struct IdentityCopyDue {
    qint64 id = 0;
    QDate verifiedOn; ///< invalid when the identity was never verified
    QDate closedOn;
};

/// The files kept with the cases: their records and their bytes, and the record of how each case's identity was
/// verified. The SHA-256, size and MIME type are the caller's; the bytes are given and read back as they are.
class AttachmentFiles {
public:
    virtual ~AttachmentFiles() = default;
    /// The reference of the case with that id (Error::Code::NotFound when there is none).
    virtual Result<QString> caseReference(qint64 caseId) const = 0;
    /// Writes the file's record (all of attachment but its id and erasure) and its bytes; its id.
    virtual Result<qint64> insert(const Attachment &attachment, const QByteArray &content) = 0;
    /// The files of a case, in id order.
    virtual Result<QList<Attachment>> list(qint64 caseId) const = 0;
    virtual Result<Attachment> find(qint64 id) const = 0;
    /// The stored bytes; nullopt when the register has none for that file.
    virtual Result<std::optional<QByteArray>> content(qint64 id) const = 0;
    /// Deletes the bytes and marks the record erased, under the name it keeps from now on.
    virtual Result<void> eraseContent(qint64 id, const QString &erasedName, const QDateTime &at,
                                      const QString &reason) = 0;
    /// Every file in id order, with its bytes (nullopt when there are none: erased, or missing).
    virtual Result<void>
    forEach(const std::function<void(const Attachment &, const std::optional<QByteArray> &)> &visit) const = 0;

    /// Writes (or replaces) the record of how the case's identity was verified.
    virtual Result<void> saveVerification(const IdentityVerification &verification) = 0;
    virtual Result<std::optional<IdentityVerification>> verification(qint64 caseId) const = 0;
    /// The identity copies not erased yet whose case's identity was verified on or before verifiedBy, or, never
    /// verified, whose case was closed on or before closedBy.
    virtual Result<QList<IdentityCopyDue>> identityCopiesDue(QDate verifiedBy, QDate closedBy) const = 0;
};

/// The record of processing activities and the systems catalogue (docs/rules.md#the-record-of-processing-activities).
/// Names are unique, compared without regard to case.
class RecordStore {
public:
    virtual ~RecordStore() = default;
    /// Every activity by name, with its systems' names in the activity's order.
    virtual Result<QList<ProcessingActivity>> activities() const = 0;
    /// The activity of that name (case ignored); nullopt when there is none.
    virtual Result<std::optional<ProcessingActivity>> activity(const QString &name) const = 0;
    virtual Result<std::optional<ProcessingActivity>> activity(qint64 id) const = 0;
    /// Inserts (id 0) or updates the activity and its links to its systems, which must exist (by name, case
    /// ignored); its id.
    virtual Result<qint64> saveActivity(const ProcessingActivity &activity) = 0;
    virtual Result<void> removeActivity(qint64 id) = 0;
    /// The number of cases that name the activity.
    virtual Result<int> casesNaming(qint64 activityId) const = 0;

    virtual Result<QList<DataSystem>> systems() const = 0;
    virtual Result<std::optional<DataSystem>> system(const QString &name) const = 0;
    virtual Result<std::optional<DataSystem>> system(qint64 id) const = 0;
    virtual Result<qint64> saveSystem(const DataSystem &system) = 0;
    virtual Result<void> removeSystem(qint64 id) = 0;
    /// The names of the activities that list the system, and the number of tasks sent to it.
    virtual Result<QStringList> activitiesUsing(qint64 systemId) const = 0;
    virtual Result<int> tasksFor(qint64 systemId) const = 0;
};

/// Which tasks a listing wants.
struct TaskFilter {
    qint64 caseId = 0;  ///< 0: every case
    QString ownerEmail; ///< the tasks of the systems whose owner or deputy has this address (case ignored)
    bool openOnly = false;
    QDate overdueOn; ///< when valid: only the open tasks due before that day
    int limit = 10000;
};

/// Per case: the activities that concern the person, the tasks to system owners and their evidence.
class TaskStore {
public:
    virtual ~TaskStore() = default;
    /// The activities a case names, by name, whole.
    virtual Result<QList<ProcessingActivity>> caseActivities(qint64 caseId) const = 0;
    /// Names the activities with these ids, and no other, for the case.
    virtual Result<void> setCaseActivities(qint64 caseId, const QList<qint64> &activityIds, QDate on) = 0;
    /// Tasks with their case's reference and their system's current owner, by case then number.
    virtual Result<QList<CaseTask>> tasks(const TaskFilter &filter) const = 0;
    virtual Result<std::optional<CaseTask>> task(qint64 id) const = 0;
    /// The next task number of a case (inside the caller's transaction).
    virtual Result<int> nextNumber(qint64 caseId) const = 0;
    virtual Result<qint64> insertTask(const CaseTask &task) = 0;
    /// Writes the task's state, dates, result, note and due date.
    virtual Result<void> updateTask(const CaseTask &task) = 0;
    virtual Result<void> addEvidence(qint64 caseId, qint64 taskId, qint64 attachmentId) = 0;
    /// Open cases with at least one open task due before today, and how many such tasks.
    virtual Result<std::pair<int, int>> overdueCounts(QDate today) const = 0;
    /// Of the given cases, those with an open task due before today (the queue's flag).
    virtual Result<QSet<qint64>> casesWithOverdueTasks(const QList<qint64> &caseIds, QDate today) const = 0;
};

/// The stores of one register.
struct RegisterStores {
    std::unique_ptr<CaseStore> cases;
    std::unique_ptr<CaseQueries> queries;
    std::unique_ptr<OrganisationStore> organisation;
    std::unique_ptr<TemplateStore> templates;
    std::unique_ptr<AttachmentFiles> attachments;
    std::unique_ptr<RecordStore> record;
    std::unique_ptr<TaskStore> tasks;
};

} // namespace dpodesk
