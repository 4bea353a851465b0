// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "attachments/attachment.h"
#include "common/result.h"
#include "demo/demogenerator.h"
#include "domain/caserecord.h"
#include "domain/caseworkflow.h"
#include "domain/organisation.h"
#include "register/casefiles.h"
#include "register/casetasks.h"
#include "register/processingrecord.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/stores.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace dpodesk {

class CaseFiles;
class Clock;
class Database;
class LetterOutbox;
class ReportSource;
class CaseBook;
class OrganisationSettings;
struct AcknowledgementBatch;
struct LetterInput;
struct SentLetter;

/// A case as a change left it, and what is worth knowing about the change (an answer after the deadline...).
struct CaseChange {
    CaseRecord record;
    QStringList warnings;
};

/// How a caller uses the register it opens.
enum class RegisterAccess {
    Read,   ///< reads only: a missing register is an error (nothing is created), no statement writes
    Change, ///< writes to an existing register
    Create, ///< writes, and creates the register when there is none yet
};

/// One register, for every caller: the desk, the command line, importers, scheduled jobs. It owns the object graph
/// (the database, the stores, the deadline calculator, the workflow rules, the files, the letters) and is the only
/// way to change the register: every change is validated, its deadlines recomputed and its legal guards applied here,
/// once, then stored in one audited transaction (docs/architecture.md, "The register service").
class RegisterService final {
    Q_DECLARE_TR_FUNCTIONS(RegisterService)
public:
    struct Options {
        RegisterAccess access = RegisterAccess::Change;
        /// Leave the full integrity check (quick_check) of a large register to the caller (the desk runs it on a
        /// worker thread): integrityCheckDeferred() then says whether it was left.
        bool deferIntegrityCheck = false;
        /// Run the full integrity check when opening to read (it reads the whole file: 1 s per GiB). A register is
        /// always checked before anything is written to it; a reader meets damage only where it reads, and says so
        /// in words (Error::Code::Corrupt). Verification commands ask for it.
        bool checkBeforeReading = false;
    };

    /// Opens the register at path (see Database::open for what is refused, and why nothing then changes).
    static Result<std::unique_ptr<RegisterService>> open(const QString &path, Options options, const Clock &clock,
                                                         QString actor);
    /// Creates a new register at path with the organisation's profile, whole or not at all: it is built beside its
    /// place and linked in once complete; an existing file is never replaced.
    static Result<void> create(const QString &path, const OrganisationProfile &profile, const Clock &clock,
                               const QString &actor);
    /// The same with what fill() puts in (a profile, a demo register...): the register appears only once fill()
    /// succeeded.
    static Result<void> create(const QString &path, const Clock &clock, const QString &actor,
                               const std::function<Result<void>(RegisterService &)> &fill);
    ~RegisterService();
    Q_DISABLE_COPY_MOVE(RegisterService)

    // --- The register -------------------------------------------------------------------------------------------
    QString path() const;
    bool integrityCheckDeferred() const;
    const Clock &clock() const { return m_clock; }
    QDate today() const;
    QString actor() const;
    const DeadlineCalculator &calculator() const;
    /// The workflow's rules, for showing the effect of a step before it is made (nothing is stored through it).
    const CaseWorkflow &workflow() const { return *m_workflow; }
    /// The organisation's profile as stored (read when the register opened, updated by saveOrganisation()).
    const OrganisationProfile &organisation() const { return m_organisation; }
    /// The database itself, for storage-level tools (backups on a worker thread, reports). Not for changes.
    Database &database() const { return *m_database; }

    // --- Reading ------------------------------------------------------------------------------------------------
    Result<CaseRecord> findCase(qint64 id) const;
    Result<CaseRecord> findCase(const QString &reference) const;
    Result<QList<CaseSummary>> list(const CaseQuery &query) const;
    Result<int> count(const CaseQuery &query) const;
    Result<QueueCounts> counts(QDate today) const;
    Result<QList<int>> deadlinesPerWeek(QDate today, int weeks) const;
    Result<Reminders> reminders(QDate today, int withinDays = 2) const;
    Result<QList<CaseSummary>> requestsFromSamePerson(const CaseRecord &record, int limit = 50) const;
    Result<QList<AuditEvent>> history(const QString &reference) const;
    Result<AuditVerification> verifyAudit() const;
    Result<QList<Attachment>> attachments(qint64 caseId) const;
    Result<Attachment> attachment(qint64 id) const;
    Result<AttachmentCheck> verifyAttachments() const;
    Result<std::optional<IdentityVerification>> verification(qint64 caseId) const;
    Result<QString> letterTemplate(const QString &kind, const QString &language) const;
    Result<bool> hasCustomLetterTemplate(const QString &kind, const QString &language) const;
    /// What the reports read (SqlReportSource over this register).
    std::unique_ptr<ReportSource> reportSource() const;

    // --- Cases: each step validated, its deadlines recomputed, stored with its audit event ----------------------
    /// Logs a new request (received today or earlier; a reference is given).
    Result<CaseRecord> createCase(const CaseRecord &draft);
    /// The fields of the form: the person and the requester, the request, acknowledgement, recipients, notes added.
    /// What only a workflow step may change (suspensions, extension, outcomes, answer, closing, status) is refused
    /// here with the step to use. shown: the case as it was read (a case changed since is refused).
    Result<CaseChange> updateCase(const CaseRecord &shown, const CaseRecord &edited);
    Result<CaseChange> addNote(const CaseRecord &shown, const QString &text);
    Result<CaseChange> setStatus(const CaseRecord &shown, CaseStatus status);
    Result<CaseChange> suspend(const CaseRecord &shown, SuspensionReason reason, QDate askedOn, const QString &note);
    Result<CaseChange> resume(const CaseRecord &shown, QDate answeredOn);
    Result<CaseChange> extend(const CaseRecord &shown, ExtensionReason reason, const QString &justification,
                              QDate decidedOn, QDate noticeSentOn = {});
    Result<CaseChange> recordExtensionNotice(const CaseRecord &shown, QDate sentOn);
    Result<CaseChange> acknowledge(const CaseRecord &shown, QDate sentOn);
    /// The acknowledgement (an invalid date: not acknowledged) and the working status in one step; acknowledging
    /// moves a new case to "in progress" unless another status is chosen.
    Result<CaseChange> recordProgress(const CaseRecord &shown, QDate acknowledgedOn, CaseStatus status);
    Result<CaseChange> answer(const CaseRecord &shown, QDate answeredOn, const QList<RightDecision> &decisions);
    /// The decision on each right, without an answer date (CaseWorkflow::decide): the reply states them.
    Result<CaseChange> decide(const CaseRecord &shown, const QList<RightDecision> &decisions);
    Result<CaseChange> setRecipients(const CaseRecord &shown, const QList<Recipient> &recipients);
    Result<CaseChange> close(const CaseRecord &shown, QDate closedOn, const QString &note = {});
    Result<CaseChange> withdraw(const CaseRecord &shown, QDate on, const QString &note);
    /// Deletes a case; the reason is kept in the audit trail, the personal data of its events erased.
    Result<void> deleteCase(const QString &reference, const QString &reason);

    // --- Files kept with a case ---------------------------------------------------------------------------------
    /// Adds files read from disk, all or none.
    Result<QList<Attachment>> addFiles(qint64 caseId, AttachmentKind kind, const QStringList &paths);
    Result<Attachment> addFile(qint64 caseId, AttachmentKind kind, const QString &originalName,
                               const QByteArray &content);
    /// The bytes of a file, the view audited with its reason ("view", "export").
    Result<QByteArray> attachmentContent(qint64 id, const QString &why);
    Result<QString> exportAttachment(qint64 id, const QString &folder);
    Result<void> purgeAttachment(qint64 id, const QString &reason);
    /// Records how the identity was checked and erases the identity copies, unless they are kept: for the period
    /// the organisation justified in its settings, or, asked explicitly (keepCopies), for a reason written in the
    /// verification's note. The number of copies erased.
    Result<int> recordVerification(const IdentityVerification &verification, bool keepCopies = false);
    /// Erases identity copies whose retention ended (docs/rules.md#identity-proofs).
    Result<int> purgeExpiredIdentityCopies();

    // --- Letters ------------------------------------------------------------------------------------------------
    Result<QByteArray> renderLetter(const LetterInput &input) const;
    Result<CaseRecord> letterEffect(const LetterInput &input, QStringList *warnings = nullptr,
                                    bool *changed = nullptr) const;
    Result<SentLetter> recordLetter(const LetterInput &input, const QByteArray &pdf);
    /// The acknowledgements of the new requests, drawn, nothing recorded (LetterOutbox::prepareAcknowledgements).
    Result<AcknowledgementBatch> prepareAcknowledgements(const std::function<bool(int, int)> &progress = {}) const;
    /// Letters in one PDF, for printing a batch (LetterOutbox::renderTogether).
    Result<QByteArray> renderLetters(const QList<LetterInput> &inputs) const;

    // --- Where the data live: the record of processing activities and the systems catalogue ---------------------
    Result<QList<ProcessingActivity>> activities() const;
    Result<std::optional<ProcessingActivity>> activity(const QString &name) const;
    Result<QList<DataSystem>> systems() const;
    Result<std::optional<DataSystem>> system(const QString &name) const;
    Result<ProcessingActivity> saveActivity(const ProcessingActivity &activity);
    Result<void> removeActivity(const QString &name);
    Result<DataSystem> saveSystem(const DataSystem &system);
    Result<void> removeSystem(const QString &name);
    Result<RecordImportSummary> importActivities(const QByteArray &csv);
    Result<RecordImportSummary> importSystems(const QByteArray &csv);

    // --- Per case: the activities concerning the person, the tasks to system owners -----------------------------
    Result<QList<ProcessingActivity>> caseActivities(qint64 caseId) const;
    Result<QList<ActivitySuggestion>> activitySuggestions(const CaseRecord &record) const;
    Result<QList<ProcessingActivity>> setCaseActivities(const CaseRecord &record, const QStringList &names);
    Result<TaskPlan> planTasks(const CaseRecord &record);
    Result<QList<CaseTask>> tasks(const TaskFilter &filter) const;
    Result<CaseTask> task(qint64 id) const;
    Result<CaseTask> markTaskSent(qint64 id, const QString &to, QDate on);
    Result<CaseTask> answerTask(qint64 id, TaskResult result, const QString &note, QDate on,
                                const QStringList &evidencePaths = {});
    /// Open cases with overdue tasks, and how many such tasks (the dashboard, the status bar, the reminders).
    Result<std::pair<int, int>> overdueTaskCounts(QDate today) const;
    /// Of these cases, those with an overdue task (the queue's flag).
    Result<QSet<qint64>> casesWithOverdueTasks(const QList<qint64> &caseIds, QDate today) const;

    // --- Settings -----------------------------------------------------------------------------------------------
    Result<void> saveOrganisation(const OrganisationProfile &profile);
    Result<void> saveLetterTemplate(const QString &kind, const QString &language, const QString &text);
    Result<void> resetLetterTemplate(const QString &kind, const QString &language);

    /// Fills a new register with a synthetic one (demo, measurements): only into an empty register.
    Result<DemoSummary> fillDemo(const DemoGenerator::Options &options, const std::function<void(int)> &progress = {});

    // --- Backups ------------------------------------------------------------------------------------------------
    Result<BackupInfo> backupTo(const QString &target);
    Result<RotationResult> rotateBackups(const QString &folder, int keep);
    /// Where today's automatic backup is (or will be) written.
    QString todaysBackupPath() const;

private:
    RegisterService(std::unique_ptr<Database> database, const Clock &clock, QString actor);
    Result<void> load();
    /// The demo organisation's record of processing activities, and tasks in every state for its latest requests.
    Result<void> fillDemoRecord();
    Result<CaseChange> step(const CaseRecord &shown, const QString &action,
                            const std::function<Result<QStringList>(CaseRecord &)> &apply);

    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CaseBook> m_cases;
    std::unique_ptr<OrganisationSettings> m_settings;
    std::unique_ptr<CaseWorkflow> m_workflow;
    std::unique_ptr<CaseFiles> m_attachments;
    std::unique_ptr<LetterOutbox> m_outbox;
    std::unique_ptr<ProcessingRecord> m_record;
    std::unique_ptr<CaseTasks> m_tasks;
    OrganisationProfile m_organisation;
};

} // namespace dpodesk
