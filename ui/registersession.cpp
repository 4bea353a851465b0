// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "registersession.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "register/letteroutbox.h"
#include "register/registerservice.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/instancelock.h"

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
        const QTimeZone zone(organisation().timeZone.toUtf8());
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
    RegisterService::Options options;
    options.access = RegisterAccess::Create;
    options.deferIntegrityCheck = true;
    auto result = RegisterService::open(path, options, *m_clock, currentActor());
    if (!result) {
        return refuse(result.error());
    }
    close(same);
    releaseDamaged(); // another register opened: the damaged one is given up
    if (!same) {
        m_lock = std::move(lock);
    }
    m_service = std::move(result).value();
    applyTimeZone();
    m_checkFailure.reset();
    if (m_service->integrityCheckDeferred()) {
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
    Q_EMIT opened(m_service->path());
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
    auto erased = m_service->purgeExpiredIdentityCopies();
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
    m_service.reset();
    if (!keepLock) {
        m_lock.reset();
    }
}

QString RegisterSession::path() const
{
    return m_service ? m_service->path() : QString();
}

const OrganisationProfile &RegisterSession::organisation() const
{
    static const OrganisationProfile none;
    return m_service ? m_service->organisation() : none;
}

QDate RegisterSession::today() const
{
    return m_clock->today();
}

template <typename T>
Result<T> RegisterSession::change(const std::function<Result<T>(RegisterService &)> &work,
                                  const std::function<void(const T &)> &changed)
{
    // Nothing is written to a register before its background integrity check has passed.
    if (auto ok = ensureChecked(); !ok) {
        return ok.error();
    }
    Result<T> done = work(*m_service);
    if (done && changed) {
        changed(*done);
    }
    return done;
}

Result<void> RegisterSession::saveOrganisation(const OrganisationProfile &profile)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok;
    }
    if (auto saved = m_service->saveOrganisation(profile); !saved) {
        return saved;
    }
    applyTimeZone();
    Q_EMIT organisationChanged();
    Q_EMIT casesChanged(0); // a new calendar or closure days move deadlines
    return {};
}

Result<void> RegisterSession::saveLetterTemplate(const QString &kind, const QString &language, const QString &text)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok;
    }
    return m_service->saveLetterTemplate(kind, language, text);
}

Result<void> RegisterSession::resetLetterTemplate(const QString &kind, const QString &language)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok;
    }
    return m_service->resetLetterTemplate(kind, language);
}

Result<CaseRecord> RegisterSession::create(const CaseRecord &draft)
{
    return change<CaseRecord>([&](RegisterService &s) { return s.createCase(draft); },
                              [this](const CaseRecord &c) { Q_EMIT casesChanged(c.id); });
}

namespace {

const auto kCaseChanged = [](RegisterSession *session) {
    return [session](const CaseChange &c) { Q_EMIT session->casesChanged(c.record.id); };
};

} // namespace

Result<CaseChange> RegisterSession::updateCase(const CaseRecord &shown, const CaseRecord &edited)
{
    return change<CaseChange>([&](RegisterService &s) { return s.updateCase(shown, edited); }, kCaseChanged(this));
}

Result<CaseChange> RegisterSession::addNote(const CaseRecord &shown, const QString &text)
{
    return change<CaseChange>([&](RegisterService &s) { return s.addNote(shown, text); }, kCaseChanged(this));
}

Result<CaseChange> RegisterSession::setStatus(const CaseRecord &shown, CaseStatus status)
{
    return change<CaseChange>([&](RegisterService &s) { return s.setStatus(shown, status); }, kCaseChanged(this));
}

Result<CaseChange> RegisterSession::suspend(const CaseRecord &shown, SuspensionReason reason, QDate askedOn,
                                            const QString &note)
{
    return change<CaseChange>([&](RegisterService &s) { return s.suspend(shown, reason, askedOn, note); },
                              kCaseChanged(this));
}

Result<CaseChange> RegisterSession::resume(const CaseRecord &shown, QDate answeredOn)
{
    return change<CaseChange>([&](RegisterService &s) { return s.resume(shown, answeredOn); }, kCaseChanged(this));
}

Result<CaseChange> RegisterSession::extend(const CaseRecord &shown, ExtensionReason reason,
                                           const QString &justification, QDate decidedOn, QDate noticeSentOn)
{
    return change<CaseChange>(
        [&](RegisterService &s) { return s.extend(shown, reason, justification, decidedOn, noticeSentOn); },
        kCaseChanged(this));
}

Result<CaseChange> RegisterSession::recordExtensionNotice(const CaseRecord &shown, QDate sentOn)
{
    return change<CaseChange>([&](RegisterService &s) { return s.recordExtensionNotice(shown, sentOn); },
                              kCaseChanged(this));
}

Result<CaseChange> RegisterSession::acknowledge(const CaseRecord &shown, QDate sentOn)
{
    return change<CaseChange>([&](RegisterService &s) { return s.acknowledge(shown, sentOn); }, kCaseChanged(this));
}

Result<CaseChange> RegisterSession::recordProgress(const CaseRecord &shown, QDate acknowledgedOn, CaseStatus status)
{
    return change<CaseChange>([&](RegisterService &s) { return s.recordProgress(shown, acknowledgedOn, status); },
                              kCaseChanged(this));
}

Result<CaseChange> RegisterSession::decide(const CaseRecord &shown, const QList<RightDecision> &decisions)
{
    return change<CaseChange>([&](RegisterService &s) { return s.decide(shown, decisions); }, kCaseChanged(this));
}

Result<CaseChange> RegisterSession::answer(const CaseRecord &shown, QDate answeredOn,
                                           const QList<RightDecision> &decisions)
{
    return change<CaseChange>([&](RegisterService &s) { return s.answer(shown, answeredOn, decisions); },
                              kCaseChanged(this));
}

Result<CaseChange> RegisterSession::setRecipients(const CaseRecord &shown, const QList<Recipient> &recipients)
{
    return change<CaseChange>([&](RegisterService &s) { return s.setRecipients(shown, recipients); },
                              kCaseChanged(this));
}

Result<CaseChange> RegisterSession::closeCase(const CaseRecord &shown, QDate closedOn, const QString &note)
{
    return change<CaseChange>([&](RegisterService &s) { return s.close(shown, closedOn, note); }, kCaseChanged(this));
}

Result<CaseChange> RegisterSession::withdraw(const CaseRecord &shown, QDate on, const QString &note)
{
    return change<CaseChange>([&](RegisterService &s) { return s.withdraw(shown, on, note); }, kCaseChanged(this));
}

Result<QList<Attachment>> RegisterSession::addFiles(qint64 caseId, AttachmentKind kind, const QStringList &paths)
{
    return change<QList<Attachment>>([&](RegisterService &s) { return s.addFiles(caseId, kind, paths); },
                                     [this, caseId](const QList<Attachment> &) { Q_EMIT attachmentsChanged(caseId); });
}

Result<QByteArray> RegisterSession::attachmentContent(qint64 id, const QString &why)
{
    // A view is written to the audit trail: a change like any other.
    return change<QByteArray>([&](RegisterService &s) { return s.attachmentContent(id, why); }, {});
}

Result<QString> RegisterSession::exportAttachment(qint64 id, const QString &folder)
{
    return change<QString>([&](RegisterService &s) { return s.exportAttachment(id, folder); }, {});
}

Result<void> RegisterSession::purgeAttachment(qint64 caseId, qint64 id, const QString &reason)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok;
    }
    auto purged = m_service->purgeAttachment(id, reason);
    // Even a refusal may come after the bytes were erased (another program holding the write-ahead log): the views
    // show what is stored.
    Q_EMIT attachmentsChanged(caseId);
    return purged;
}

Result<int> RegisterSession::recordVerification(const IdentityVerification &verification, bool keepCopies)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok.error();
    }
    auto recorded = m_service->recordVerification(verification, keepCopies);
    // As for a purge: the copies may be gone even when the clean-up of the log was refused.
    Q_EMIT attachmentsChanged(verification.caseId);
    return recorded;
}

Result<ProcessingActivity> RegisterSession::saveActivity(const ProcessingActivity &activity)
{
    return change<ProcessingActivity>([&](RegisterService &s) { return s.saveActivity(activity); },
                                      [this](const ProcessingActivity &) { Q_EMIT recordChanged(); });
}

Result<void> RegisterSession::removeActivity(const QString &name)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok;
    }
    auto removed = m_service->removeActivity(name);
    if (removed) {
        Q_EMIT recordChanged();
    }
    return removed;
}

Result<DataSystem> RegisterSession::saveSystem(const DataSystem &system)
{
    return change<DataSystem>([&](RegisterService &s) { return s.saveSystem(system); },
                              [this](const DataSystem &) { Q_EMIT recordChanged(); });
}

Result<void> RegisterSession::removeSystem(const QString &name)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok;
    }
    auto removed = m_service->removeSystem(name);
    if (removed) {
        Q_EMIT recordChanged();
    }
    return removed;
}

Result<RecordImportSummary> RegisterSession::importActivities(const QByteArray &csv)
{
    return change<RecordImportSummary>([&](RegisterService &s) { return s.importActivities(csv); },
                                       [this](const RecordImportSummary &summary) {
                                           if (summary.imported) {
                                               Q_EMIT recordChanged();
                                           }
                                       });
}

Result<RecordImportSummary> RegisterSession::importSystems(const QByteArray &csv)
{
    return change<RecordImportSummary>([&](RegisterService &s) { return s.importSystems(csv); },
                                       [this](const RecordImportSummary &summary) {
                                           if (summary.imported) {
                                               Q_EMIT recordChanged();
                                           }
                                       });
}

Result<QList<ProcessingActivity>> RegisterSession::setCaseActivities(const CaseRecord &record, const QStringList &names)
{
    return change<QList<ProcessingActivity>>(
        [&](RegisterService &s) { return s.setCaseActivities(record, names); },
        [this, id = record.id](const QList<ProcessingActivity> &) { Q_EMIT casesChanged(id); });
}

Result<TaskPlan> RegisterSession::planTasks(const CaseRecord &record)
{
    return change<TaskPlan>([&](RegisterService &s) { return s.planTasks(record); },
                            [this, id = record.id](const TaskPlan &) { Q_EMIT casesChanged(id); });
}

Result<CaseTask> RegisterSession::markTaskSent(qint64 id, const QString &to, QDate on)
{
    return change<CaseTask>([&](RegisterService &s) { return s.markTaskSent(id, to, on); },
                            [this](const CaseTask &task) { Q_EMIT casesChanged(task.caseId); });
}

Result<CaseTask> RegisterSession::answerTask(qint64 id, TaskResult result, const QString &note, QDate on,
                                             const QStringList &evidencePaths)
{
    return change<CaseTask>([&](RegisterService &s) { return s.answerTask(id, result, note, on, evidencePaths); },
                            [this](const CaseTask &task) {
                                Q_EMIT casesChanged(task.caseId);
                                if (!task.evidence.isEmpty()) {
                                    Q_EMIT attachmentsChanged(task.caseId);
                                }
                            });
}

Result<SentLetter> RegisterSession::recordLetter(const LetterInput &input, const QByteArray &pdf)
{
    return change<SentLetter>([&](RegisterService &s) { return s.recordLetter(input, pdf); },
                              [this](const SentLetter &sent) {
                                  Q_EMIT casesChanged(sent.record.id);
                                  Q_EMIT attachmentsChanged(sent.record.id);
                              });
}

Result<AcknowledgementBatch> RegisterSession::prepareAcknowledgements(const std::function<bool(int, int)> &progress)
{
    if (auto ok = ensureChecked(); !ok) {
        return ok.error();
    }
    return m_service->prepareAcknowledgements(progress);
}

Result<BackupInfo> RegisterSession::backupTo(const QString &target)
{
    return change<BackupInfo>([&](RegisterService &s) { return s.backupTo(target); },
                              [this](const BackupInfo &) { Q_EMIT casesChanged(0); }); // the backup is in the trail
}

Result<RotationResult> RegisterSession::dailyBackup(int keep)
{
    return change<RotationResult>(
        [&](RegisterService &s) { return s.rotateBackups(Backups::defaultFolder(s.path()), keep); }, {});
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
        // A service of its own, on this thread's own connection (Qt SQL connections belong to their thread).
        RegisterService::Options options;
        options.access = RegisterAccess::Change; // a register gone (an unplugged drive) is not made again, empty
        options.deferIntegrityCheck = true;      // checked when the desk opened it; the copy is checked in full
        const DayClock clock(day);
        auto service = RegisterService::open(live, options, clock, actor);
        if (!service) {
            outcome->failure = service.errorMessage();
            return;
        }
        auto rotated = (*service)->rotateBackups(Backups::defaultFolder(live), keep);
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
