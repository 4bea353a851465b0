// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "domain/caserecord.h"
#include "domain/organisation.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace dpodesk {

struct AcknowledgementBatch;
struct Attachment;
struct CaseTask;
struct DataSystem;
struct ProcessingActivity;
struct RecordImportSummary;
struct TaskPlan;
enum class TaskResult;
struct CaseChange;
struct IdentityVerification;
struct LetterInput;
struct RightDecision;
struct SentLetter;
class InstanceLock;
struct BackupInfo;
struct RestoreReport;
struct BackupCheckOptions;
struct RotationResult;
class RegisterService;
enum class AttachmentKind;

/// The open register as the windows see it: the register service (core/register), the lock that makes it the only
/// DPO Desk on that file, the background checks and backups. Every change goes through the service; this adapter
/// only turns its results into signals, so that every view refreshes from one place.
class RegisterSession final : public QObject {
    Q_OBJECT
public:
    /// clock: injected by tests; by default the system clock in the organisation's time zone.
    explicit RegisterSession(std::unique_ptr<Clock> clock = {}, QObject *parent = nullptr);
    ~RegisterSession() override;

    /// Opens a register file; on refusal the current register stays open and the file is untouched. A register
    /// already open in another DPO Desk is refused with the process that holds it.
    /// A register that opens without being written to is shown at once while its quick_check runs on a worker
    /// thread (about 1 s per GiB); writes wait for that check, and a failed check closes the register again
    /// (integrityFailed) before anything was written.
    /// A damaged register (Error::Code::Corrupt, on open or from that check) is not open, but its lock is kept
    /// (damagedPath()), so that it can be restored in place (restoreDamaged()) or given up (releaseDamaged()).
    Result<void> open(const QString &path);
    /// Waits for the background check, if one runs; an error when the register failed it.
    Result<void> ensureChecked();
    bool isChecking() const { return m_check != nullptr; }
    /// Closes the register, and gives up a damaged one held.
    void close();
    bool isOpen() const { return m_service != nullptr; }
    QString path() const;

    /// The register: for reading, and for showing the effect of a step before it is made. Every change goes
    /// through the methods below (they wait for the background check and tell the views).
    const RegisterService &service() const { return *m_service; }
    const Clock &clock() const { return *m_clock; }
    QDate today() const;
    const OrganisationProfile &organisation() const;
    Result<void> saveOrganisation(const OrganisationProfile &profile);
    Result<void> saveLetterTemplate(const QString &kind, const QString &language, const QString &text);
    Result<void> resetLetterTemplate(const QString &kind, const QString &language);

    // The steps of a case (RegisterService: validated, stored with their audit event); casesChanged follows.
    Result<CaseRecord> create(const CaseRecord &draft);
    Result<CaseChange> updateCase(const CaseRecord &shown, const CaseRecord &edited);
    Result<CaseChange> addNote(const CaseRecord &shown, const QString &text);
    Result<CaseChange> setStatus(const CaseRecord &shown, CaseStatus status);
    Result<CaseChange> suspend(const CaseRecord &shown, SuspensionReason reason, QDate askedOn, const QString &note);
    Result<CaseChange> resume(const CaseRecord &shown, QDate answeredOn);
    Result<CaseChange> extend(const CaseRecord &shown, ExtensionReason reason, const QString &justification,
                              QDate decidedOn, QDate noticeSentOn = {});
    Result<CaseChange> recordExtensionNotice(const CaseRecord &shown, QDate sentOn);
    Result<CaseChange> acknowledge(const CaseRecord &shown, QDate sentOn);
    Result<CaseChange> recordProgress(const CaseRecord &shown, QDate acknowledgedOn, CaseStatus status);
    Result<CaseChange> answer(const CaseRecord &shown, QDate answeredOn, const QList<RightDecision> &decisions);
    Result<CaseChange> decide(const CaseRecord &shown, const QList<RightDecision> &decisions);
    Result<CaseChange> setRecipients(const CaseRecord &shown, const QList<Recipient> &recipients);
    Result<CaseChange> closeCase(const CaseRecord &shown, QDate closedOn, const QString &note);
    Result<CaseChange> withdraw(const CaseRecord &shown, QDate on, const QString &note);

    // The files of a case; attachmentsChanged follows.
    Result<QList<Attachment>> addFiles(qint64 caseId, AttachmentKind kind, const QStringList &paths);
    Result<QByteArray> attachmentContent(qint64 id, const QString &why);
    Result<QString> exportAttachment(qint64 id, const QString &folder);
    Result<void> purgeAttachment(qint64 caseId, qint64 id, const QString &reason);
    Result<int> recordVerification(const IdentityVerification &verification, bool keepCopies);
    /// A checked copy of the open register (Backups::backupTo), recorded in its audit trail.
    Result<BackupInfo> backupTo(const QString &target);
    /// Today's automatic backup into the register's backups folder, unless there is one; keeps the newest `keep`.
    Result<RotationResult> dailyBackup(int keep);
    /// The same on a worker thread with a connection of its own (a large register takes tens of seconds to copy and
    /// check); dailyBackupFinished follows. False when one is running already or no register is open.
    bool startDailyBackup(int keep);
    bool isBackingUp() const { return m_backup != nullptr; }
    /// Replaces the open register with a backup after checking it in full (Backups::restore): the register is
    /// closed, restored, and opened again; a refused restore leaves it as it was, and open.
    Result<RestoreReport> restore(const QString &backup, const BackupCheckOptions &options);

    /// The register found damaged, not open but still locked by this desk (one DPO Desk per register); empty when
    /// there is none.
    QString damagedPath() const { return m_damagedPath; }
    /// What was found: the message in words, SQLite's own text in Error::detail.
    Error damage() const { return m_damage; }
    /// Replaces the damaged register with a backup after checking it in full (Backups::restore), under the lock
    /// held since it was found damaged, then opens it (the register open until then, if any, is closed). A refused
    /// restore leaves the damaged file as it was, still held, and the open register open.
    Result<RestoreReport> restoreDamaged(const QString &backup, const BackupCheckOptions &options);
    /// Gives the damaged register up: its lock is released, the file stays as it is.
    void releaseDamaged();

    // The record of processing activities and the systems catalogue (ProcessingRecord); recordChanged follows.
    Result<ProcessingActivity> saveActivity(const ProcessingActivity &activity);
    Result<void> removeActivity(const QString &name);
    Result<DataSystem> saveSystem(const DataSystem &system);
    Result<void> removeSystem(const QString &name);
    /// A CSV file, imported whole or not at all: a summary with the problems when nothing was imported.
    Result<RecordImportSummary> importActivities(const QByteArray &csv);
    Result<RecordImportSummary> importSystems(const QByteArray &csv);

    // The activities of a case and its tasks to system owners (CaseTasks); casesChanged follows (the queue flags
    // cases with overdue tasks, the counts include them).
    Result<QList<ProcessingActivity>> setCaseActivities(const CaseRecord &record, const QStringList &names);
    Result<TaskPlan> planTasks(const CaseRecord &record);
    Result<CaseTask> markTaskSent(qint64 id, const QString &to, QDate on);
    /// The owner's answer, with evidence files kept with the case (all or none); attachmentsChanged follows too.
    Result<CaseTask> answerTask(qint64 id, TaskResult result, const QString &note, QDate on,
                                const QStringList &evidencePaths);

    /// Records a letter as sent: its effect on the case, the PDF kept with it (LetterOutbox::recordAsSent).
    Result<SentLetter> recordLetter(const LetterInput &input, const QByteArray &pdf);
    /// The acknowledgements of the new requests, drawn, nothing recorded (LetterOutbox::prepareAcknowledgements).
    Result<AcknowledgementBatch> prepareAcknowledgements(const std::function<bool(int, int)> &progress = {});

Q_SIGNALS:
    void opened(const QString &path);
    /// The files of a case changed (added, erased, verification recorded).
    void attachmentsChanged(qint64 caseId);
    /// A case was created or changed (id), or many changed (id 0): views reload what they show.
    void casesChanged(qint64 id);
    void organisationChanged();
    /// An activity or a system of the record was added, changed, removed or imported.
    void recordChanged();
    /// The background quick_check found damage: the register was closed again.
    void integrityFailed(const QString &message);
    void checked();
    /// The background daily backup ended: the file written (created false when today's existed), or why it failed.
    void dailyBackupFinished(const QString &path, bool created, const QString &failure);
    /// Something the user should know that needs no answer (shown in the status bar).
    void notice(const QString &message);

private:
    void close(bool keepLock);
    void holdDamaged(const QString &path, const Error &damage, std::unique_ptr<InstanceLock> lock);
    /// Runs a restore on a worker thread while the event loop keeps the windows painted (user input held back).
    static Result<RestoreReport> offTheGuiThread(const std::function<Result<RestoreReport>()> &work);
    void finishCheck();
    void sweepIdentityCopies();
    void applyTimeZone();

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<QThread> m_check;
    std::unique_ptr<QThread> m_backup;
    std::shared_ptr<Result<void>> m_checkResult;
    std::optional<Error> m_checkFailure;
    SystemClock *m_systemClock = nullptr;        ///< the clock when none was injected: follows the organisation's zone
    std::unique_ptr<InstanceLock> m_lock;        ///< one DPO Desk per register file
    std::unique_ptr<InstanceLock> m_damagedLock; ///< the damaged register's, kept until it is restored or given up
    QString m_damagedPath;
    Error m_damage;
    std::unique_ptr<RegisterService> m_service;
    /// Runs a change after the background check passed; `changed` tells the views when it succeeded.
    template <typename T>
    Result<T> change(const std::function<Result<T>(RegisterService &)> &work,
                     const std::function<void(const T &)> &changed);
};

} // namespace dpodesk
