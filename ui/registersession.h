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

class AttachmentStore;
class LetterOutbox;
struct AcknowledgementBatch;
struct LetterInput;
struct SentLetter;
class InstanceLock;
struct BackupInfo;
struct RestoreReport;
struct BackupCheckOptions;
struct RotationResult;
class CaseWorkflow;
class Database;
class SqlCaseRepository;

/// The open register as the windows see it: the database, the repository, the organisation's clock and the
/// workflow rules. Every change goes through here so that views refresh from one signal.
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
    bool isOpen() const { return m_repository != nullptr; }
    QString path() const;

    SqlCaseRepository &repository() const { return *m_repository; }
    const CaseWorkflow &workflow() const { return *m_workflow; }
    /// The files kept with the cases. Writes through it should be preceded by ensureChecked().
    AttachmentStore &attachments() const { return *m_attachments; }
    const Clock &clock() const { return *m_clock; }
    QDate today() const;
    const OrganisationProfile &organisation() const { return m_organisation; }
    Result<void> saveOrganisation(const OrganisationProfile &profile);

    Result<CaseRecord> create(const CaseRecord &draft);
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

    /// Letters rendered with the organisation's templates.
    LetterOutbox &letters() const { return *m_outbox; }
    /// Records a letter as sent: its effect on the case, the PDF kept with it (LetterOutbox::recordAsSent).
    Result<SentLetter> recordLetter(const LetterInput &input, const QByteArray &pdf);
    /// Acknowledgements for every new case not yet acknowledged (LetterOutbox::acknowledgeAllNew).
    Result<AcknowledgementBatch> acknowledgeAllNew(const std::function<bool(int, int)> &progress = {});
    /// Stores a changed case under an audit action ("case.update", "case.suspend", ...).
    Result<CaseRecord> save(const CaseRecord &changed, const QString &action);

Q_SIGNALS:
    void opened(const QString &path);
    /// The files of a case changed (added, erased, verification recorded).
    void attachmentsChanged(qint64 caseId);
    /// A case was created or changed (id), or many changed (id 0): views reload what they show.
    void casesChanged(qint64 id);
    void organisationChanged();
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
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlCaseRepository> m_repository;
    std::unique_ptr<CaseWorkflow> m_workflow;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<LetterOutbox> m_outbox;
    OrganisationProfile m_organisation;
};

} // namespace dpodesk
