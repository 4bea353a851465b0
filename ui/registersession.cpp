#include "registersession.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "domain/caseworkflow.h"
#include "letters/letteroutbox.h"
#include "storage/attachmentstore.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/instancelock.h"
#include "storage/sqlcaserepository.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimeZone>

namespace dpodesk {

RegisterSession::RegisterSession(std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_clock(std::move(clock))
{
    if (!m_clock) {
        auto system = std::make_unique<SystemClock>();
        m_systemClock = system.get();
        m_clock = std::move(system);
    }
}

void RegisterSession::applyTimeZone()
{
    // "Today" is the organisation's date; a clock injected by a test stays as it is.
    if (m_systemClock) {
        const QTimeZone zone(m_organisation.timeZone.toUtf8());
        m_systemClock->setZone(zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris")));
    }
}

RegisterSession::~RegisterSession()
{
    close();
}

Result<void> RegisterSession::open(const QString &path)
{
    // One DPO Desk per register: the lock is taken before the file is opened (re-opening our own is fine, and so is
    // opening the damaged register this desk holds).
    auto lock = std::make_unique<InstanceLock>(path);
    const bool same = m_lock && m_lock->lockFilePath() == lock->lockFilePath();
    if (m_damagedLock && m_damagedLock->lockFilePath() == lock->lockFilePath()) {
        lock = std::move(m_damagedLock);
        releaseDamaged();
    } else if (!same) {
        if (auto locked = lock->tryLock(); !locked) {
            return locked.error();
        }
    }
    // A damaged register stays locked by this desk, which offers to restore it in place.
    const auto refuse = [&](const Error &error) -> Result<void> {
        if (error.code == Error::Code::Corrupt) {
            if (same) {
                close(true); // the register shown is this very file, found damaged now
                lock = std::move(m_lock);
                Q_EMIT casesChanged(0);
            }
            holdDamaged(path, error, std::move(lock));
        }
        return error;
    };
    Database::Options options;
    options.deferQuickCheck = true;
    auto result = Database::open(path, options);
    if (!result) {
        return refuse(result.error());
    }
    auto database = std::move(result).value();
    auto repository = std::make_unique<SqlCaseRepository>(*database, *m_clock, currentActor());
    if (auto calendar = repository->loadCalendar(); !calendar) {
        return refuse(calendar.error());
    }
    auto profile = repository->organisation();
    if (!profile) {
        return refuse(profile.error());
    }
    close(same);
    releaseDamaged(); // another register opened: the damaged one is given up
    if (!same) {
        m_lock = std::move(lock);
    }
    m_organisation = *profile;
    applyTimeZone();
    m_database = std::move(database);
    m_repository = std::move(repository);
    m_workflow = std::make_unique<CaseWorkflow>(m_repository->calculator());
    m_attachments =
        std::make_unique<AttachmentStore>(*m_database, m_repository->audit(), *m_clock, m_repository->audit().actor());
    m_attachments->setMaxSize(qint64(m_organisation.attachmentMaxSizeMb) * 1024 * 1024);
    m_outbox = std::make_unique<LetterOutbox>(*m_database, *m_repository, *m_attachments, *m_workflow);
    m_checkFailure.reset();
    if (m_database->quickCheckDeferred()) {
        // The check opens its own read-only connection in the worker thread, as Qt SQL requires.
        auto verdict = std::make_shared<Result<void>>();
        m_checkResult = verdict;
        m_check.reset(QThread::create([verdict, path] { *verdict = Database::quickCheck(path); }));
        // A queued "finished" of an earlier register's check must not take this one's verdict.
        QThread *thread = m_check.get();
        connect(thread, &QThread::finished, this, [this, thread] {
            if (m_check.get() == thread) {
                finishCheck();
            }
        });
        m_check->start();
    }
    Q_EMIT opened(m_database->path());
    Q_EMIT casesChanged(0);
    if (!m_check) {
        sweepIdentityCopies();
    }
    return {};
}

void RegisterSession::finishCheck()
{
    if (!m_check) {
        return; // already handled by ensureChecked()
    }
    m_check->wait();
    m_check.reset();
    const Result<void> verdict = *m_checkResult;
    if (verdict) {
        // Expired identity copies go before anything (a backup) is started on "checked".
        sweepIdentityCopies();
        Q_EMIT checked();
        return;
    }
    m_checkFailure = verdict.error();
    if (verdict.error().code == Error::Code::Corrupt) {
        // Closed before anything was written; the lock stays, for a restore in place.
        const QString damaged = path();
        close(true);
        holdDamaged(damaged, verdict.error(), std::move(m_lock));
    } else {
        close();
    }
    Q_EMIT integrityFailed(verdict.errorMessage());
    Q_EMIT casesChanged(0);
}

void RegisterSession::holdDamaged(const QString &path, const Error &damage, std::unique_ptr<InstanceLock> lock)
{
    m_damagedLock = std::move(lock);
    m_damagedPath = QFileInfo(path).absoluteFilePath();
    m_damage = damage;
}

void RegisterSession::releaseDamaged()
{
    m_damagedLock.reset();
    m_damagedPath.clear();
    m_damage = Error();
}

void RegisterSession::sweepIdentityCopies()
{
    // Identity copies whose time is up are erased when the register opens (docs/rules.md#identity-proofs).
    auto erased = m_attachments->purgeExpiredIdentityCopies(today(), m_organisation.identityCopyGraceDays,
                                                            m_organisation.unverifiedCopyPurgeDays);
    if (!erased) {
        Q_EMIT notice(erased.errorMessage());
    } else if (*erased > 0) {
        Q_EMIT notice(*erased == 1 ? tr("1 identity copy whose retention period ended was erased.")
                                   : tr("%1 identity copies whose retention period ended were erased.").arg(*erased));
        Q_EMIT attachmentsChanged(0);
    }
}

Result<void> RegisterSession::ensureChecked()
{
    finishCheck();
    if (m_checkFailure) {
        return *m_checkFailure;
    }
    if (!isOpen()) {
        return makeError(Error::Code::NotFound, tr("No register is open."));
    }
    return {};
}

void RegisterSession::close()
{
    close(false);
    releaseDamaged();
}

void RegisterSession::close(bool keepLock)
{
    if (m_backup) {
        m_backup->wait(); // its connection must be gone before the file is closed, replaced or another one opened
        m_backup.reset();
    }
    if (m_check) {
        m_check->wait(); // the next register must not receive this one's verdict
        m_check.reset();
    }
    m_outbox.reset();
    m_attachments.reset();
    m_workflow.reset();
    m_repository.reset();
    m_database.reset();
    if (!keepLock) {
        m_lock.reset();
    }
}

QString RegisterSession::path() const
{
    return m_database ? m_database->path() : QString();
}

QDate RegisterSession::today() const
{
    return m_clock->today();
}

Result<void> RegisterSession::saveOrganisation(const OrganisationProfile &profile)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok;
    }
    auto saved = m_repository->saveOrganisation(profile);
    if (!saved) {
        return saved;
    }
    m_organisation = m_repository->organisation().value();
    applyTimeZone();
    m_attachments->setMaxSize(qint64(m_organisation.attachmentMaxSizeMb) * 1024 * 1024);
    // The calculator may have changed: the workflow holds a reference to the repository's, which stays valid.
    Q_EMIT organisationChanged();
    Q_EMIT casesChanged(0);
    return {};
}

Result<CaseRecord> RegisterSession::create(const CaseRecord &draft)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok.error();
    }
    auto created = m_repository->create(draft);
    if (created) {
        Q_EMIT casesChanged(created->id);
    }
    return created;
}

Result<CaseRecord> RegisterSession::save(const CaseRecord &changed, const QString &action)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok.error();
    }
    auto saved = m_repository->save(changed, action);
    if (saved) {
        Q_EMIT casesChanged(saved->id);
    }
    return saved;
}

Result<SentLetter> RegisterSession::recordLetter(const LetterInput &input, const QByteArray &pdf)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok.error();
    }
    auto sent = m_outbox->recordAsSent(input, pdf, today());
    if (sent) {
        Q_EMIT casesChanged(sent->record.id);
        Q_EMIT attachmentsChanged(sent->record.id);
    }
    return sent;
}

Result<AcknowledgementBatch> RegisterSession::acknowledgeAllNew(const std::function<bool(int, int)> &progress)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok.error();
    }
    auto batch = m_outbox->acknowledgeAllNew(m_organisation, today(), progress);
    Q_EMIT casesChanged(0);
    if (batch) {
        for (const SentLetter &sent : batch->sent) {
            Q_EMIT attachmentsChanged(sent.record.id);
        }
    }
    return batch;
}

Result<BackupInfo> RegisterSession::backupTo(const QString &target)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok.error();
    }
    Backups backups(*m_database, m_repository->audit());
    auto done = backups.backupTo(target);
    if (done) {
        Q_EMIT casesChanged(0); // the backup is in the trail
    }
    return done;
}

Result<RotationResult> RegisterSession::dailyBackup(int keep)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok.error();
    }
    Backups backups(*m_database, m_repository->audit());
    return backups.rotate(Backups::defaultFolder(m_database->path()), today(), keep);
}

bool RegisterSession::startDailyBackup(int keep)
{
    if (!isOpen() || m_backup || m_check) {
        return false;
    }
    struct Outcome {
        QString path;
        bool created = false;
        QString failure;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString live = path();
    const QDate day = today();
    const QString actor = currentActor();
    m_backup.reset(QThread::create([outcome, live, day, keep, actor] {
        Database::Options options;
        options.deferQuickCheck = true;  // checked when the desk opened it; the copy is checked in full below
        options.createIfMissing = false; // a register gone (an unplugged drive) is not made again, empty
        auto database = Database::open(live, options);
        if (!database) {
            outcome->failure = database.errorMessage();
            return;
        }
        SystemClock clock;
        AuditLog audit(**database, clock, actor);
        Backups backups(**database, audit);
        auto rotated = backups.rotate(Backups::defaultFolder(live), day, keep);
        if (!rotated) {
            outcome->failure = rotated.errorMessage();
            return;
        }
        outcome->path = rotated->path;
        outcome->created = rotated->created;
    }));
    QThread *thread = m_backup.get();
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        if (m_backup.get() != thread) {
            return; // waited for and dropped by close()
        }
        m_backup->wait();
        m_backup.reset();
        Q_EMIT dailyBackupFinished(outcome->path, outcome->created, outcome->failure);
        if (outcome->created) {
            Q_EMIT casesChanged(0); // the backup is in the audit trail
        }
    });
    m_backup->start(QThread::LowPriority);
    return true;
}

Result<RestoreReport> RegisterSession::restore(const QString &backup, const BackupCheckOptions &options)
{
    if (!isOpen()) {
        return makeError(Error::Code::Invalid, tr("Open the register to restore first."));
    }
    const QString live = path();
    // Every connection closes; the lock stays ours, so that no other DPO Desk opens the register in between. A
    // refused restore (the backup is checked in full first) leaves the file as it was, and it is opened again.
    close(true);
    const QString actor = currentActor();
    InstanceLock *held = m_lock.get();
    const Clock &clock = *m_clock;
    auto restored = offTheGuiThread([&] { return Backups::restore(backup, live, clock, actor, held, options); });
    if (auto reopened = open(live); !reopened) {
        if (!restored) {
            return restored.error();
        }
        return makeError(
            reopened.error().code,
            tr("The register was restored, but could not be opened again: %1").arg(reopened.errorMessage()));
    }
    Q_EMIT casesChanged(0);
    return restored;
}

Result<RestoreReport> RegisterSession::offTheGuiThread(const std::function<Result<RestoreReport>()> &work)
{
    // Checking a backup of a million cases takes most of a minute: the windows keep painting meanwhile (no click
    // reaches them), and nothing else of this session runs.
    std::optional<Result<RestoreReport>> outcome;
    std::unique_ptr<QThread> worker(QThread::create([&outcome, &work] { outcome.emplace(work()); }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    return *outcome;
}

Result<RestoreReport> RegisterSession::restoreDamaged(const QString &backup, const BackupCheckOptions &options)
{
    if (!m_damagedLock) {
        return makeError(Error::Code::Invalid, tr("No damaged register is waiting to be restored."));
    }
    const QString live = m_damagedPath;
    // Under the lock held since the damage was found: no other DPO Desk opens the register before, during or after.
    const QString actor = currentActor();
    InstanceLock *held = m_damagedLock.get();
    const Clock &clock = *m_clock;
    auto restored = offTheGuiThread([&] { return Backups::restore(backup, live, clock, actor, held, options); });
    if (!restored) {
        return restored.error();
    }
    // The register shown until now, if any, gives way to the restored one, which keeps the same lock.
    close(false);
    m_lock = std::move(m_damagedLock);
    releaseDamaged();
    if (auto reopened = open(live); !reopened) {
        return makeError(reopened.error().code,
                         tr("The register was restored, but could not be opened: %1").arg(reopened.errorMessage()));
    }
    return restored;
}

} // namespace dpodesk
