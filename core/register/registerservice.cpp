// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "register/registerservice.h"

#include "demo/demorecord.h"

#include "common/clock.h"
#include "common/temporaryfiles.h"
#include "register/casebook.h"
#include "register/casefiles.h"
#include "register/letteroutbox.h"
#include "register/organisationsettings.h"
#include "storage/database.h"
#include "storage/sqlreportsource.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>

namespace dpodesk {

namespace {

Error stepRefused(const QString &message, const QString &field)
{
    return makeError(Error::Code::Invalid, message, field);
}

} // namespace

RegisterService::RegisterService(std::unique_ptr<Database> database, const Clock &clock, QString actor)
    : m_clock(clock), m_database(std::move(database))
{
    m_cases = std::make_unique<CaseBook>(*m_database, m_clock, std::move(actor));
    m_settings = std::make_unique<OrganisationSettings>(*m_cases);
}

RegisterService::~RegisterService()
{
    // Everything that holds statements on the connection goes before it.
    m_tasks.reset();
    m_record.reset();
    m_outbox.reset();
    m_attachments.reset();
    m_workflow.reset();
    m_settings.reset();
    m_cases.reset();
    m_database.reset();
}

Result<std::unique_ptr<RegisterService>> RegisterService::open(const QString &path, Options options, const Clock &clock,
                                                               QString actor)
{
    Database::Options opening;
    opening.createIfMissing = options.access == RegisterAccess::Create;
    opening.readOnly = options.access == RegisterAccess::Read;
    opening.upgradeOlder = true; // a register of an older DPO Desk is upgraded once, even by a reading command
    opening.deferQuickCheck = options.deferIntegrityCheck;
    // Writers are checked first, so nothing is ever written to a damaged register; a reader answers at once.
    opening.quickCheck = options.access != RegisterAccess::Read || options.checkBeforeReading;
    auto database = Database::open(path, opening);
    if (!database) {
        return database.error();
    }
    std::unique_ptr<RegisterService> service(new RegisterService(std::move(database).value(), clock, std::move(actor)));
    if (auto loaded = service->load(); !loaded) {
        return loaded.error();
    }
    return service;
}

Result<void> RegisterService::load()
{
    if (auto calendar = m_cases->loadCalendar(); !calendar) {
        return calendar;
    }
    auto profile = m_settings->organisation();
    if (!profile) {
        return profile.error();
    }
    m_organisation = *profile;
    m_workflow = std::make_unique<CaseWorkflow>(m_cases->calculator());
    m_attachments = std::make_unique<CaseFiles>(*m_database, *m_cases->stores().attachments, m_cases->audit(), m_clock,
                                                m_cases->audit().actor());
    m_attachments->setMaxSize(qint64(m_organisation.attachmentMaxSizeMb) * 1024 * 1024);
    m_outbox = std::make_unique<LetterOutbox>(*m_database, *m_cases, *m_settings, *m_attachments, *m_workflow);
    m_record = std::make_unique<ProcessingRecord>(*m_cases);
    m_tasks = std::make_unique<CaseTasks>(*m_cases, *m_attachments);
    return {};
}

Result<void> RegisterService::create(const QString &path, const OrganisationProfile &profile, const Clock &clock,
                                     const QString &actor)
{
    return create(path, clock, actor, [&profile](RegisterService &service) -> Result<void> {
        OrganisationProfile full = service.organisation(); // the defaults, for what the caller does not give
        full.name = profile.name;
        full.postalAddress = profile.postalAddress;
        full.dpoName = profile.dpoName;
        full.dpoEmail = profile.dpoEmail;
        full.dpoPhone = profile.dpoPhone;
        full.calendar = profile.calendar;
        full.closureDays = profile.closureDays;
        full.timeZone = profile.timeZone.isEmpty() ? full.timeZone : profile.timeZone;
        return service.saveOrganisation(full);
    });
}

Result<void> RegisterService::create(const QString &path, const Clock &clock, const QString &actor,
                                     const std::function<Result<void>(RegisterService &)> &fill)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        return makeError(Error::Code::Conflict,
                         tr("%1 exists already; it was left as it is. Choose another name.").arg(path));
    }
    if (auto folder = Database::makePrivateFolder(target.absolutePath()); !folder) {
        return folder;
    }
    // Built whole under a temporary name (a killed program leaves it to the next run's sweep), then linked in.
    const QString building = temporaryfiles::near(path, QStringLiteral("creating"));
    const auto discard = [&building] {
        for (const QString &file : QStringList{building} + Database::companionFiles(building)) {
            QFile::remove(file);
        }
    };
    {
        Options options;
        options.access = RegisterAccess::Create;
        auto service = open(building, options, clock, actor);
        if (!service) {
            discard();
            return service.error();
        }
        if (auto filled = fill(**service); !filled) {
            service = Result<std::unique_ptr<RegisterService>>(filled.error()); // closed before the file goes
            discard();
            return filled;
        }
    }
    const QByteArray from = QFile::encodeName(building);
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0) {
        const int error = errno;
        discard();
        if (error == EEXIST) {
            return makeError(Error::Code::Conflict,
                             tr("%1 exists already; it was left as it is. Choose another name.").arg(path));
        }
        return makeError(Error::Code::Io,
                         tr("Cannot create the register %1: %2.").arg(path, QString::fromLocal8Bit(strerror(error))));
    }
    return {};
}

QString RegisterService::path() const
{
    return m_database->path();
}

bool RegisterService::integrityCheckDeferred() const
{
    return m_database->quickCheckDeferred();
}

QDate RegisterService::today() const
{
    return m_clock.today();
}

QString RegisterService::actor() const
{
    return m_cases->audit().actor();
}

const DeadlineCalculator &RegisterService::calculator() const
{
    return m_cases->calculator();
}

// --- Reading ------------------------------------------------------------------------------------------------------

Result<CaseRecord> RegisterService::findCase(qint64 id) const
{
    return m_cases->find(id);
}

Result<CaseRecord> RegisterService::findCase(const QString &reference) const
{
    return m_cases->findByReference(reference);
}

Result<QList<CaseSummary>> RegisterService::list(const CaseQuery &query) const
{
    return m_cases->list(query);
}

Result<int> RegisterService::count(const CaseQuery &query) const
{
    return m_cases->count(query);
}

Result<QueueCounts> RegisterService::counts(QDate today) const
{
    auto counts = m_cases->counts(today);
    if (!counts) {
        return counts;
    }
    auto tasks = m_tasks->overdueCounts(today);
    if (!tasks) {
        return tasks.error();
    }
    counts->casesWithOverdueTasks = tasks->first;
    counts->overdueTasks = tasks->second;
    return counts;
}

Result<QList<int>> RegisterService::deadlinesPerWeek(QDate today, int weeks) const
{
    return m_cases->deadlinesPerWeek(today, weeks);
}

Result<Reminders> RegisterService::reminders(QDate today, int withinDays) const
{
    return m_cases->reminders(today, withinDays);
}

Result<QList<CaseSummary>> RegisterService::requestsFromSamePerson(const CaseRecord &record, int limit) const
{
    return m_cases->requestsFromSamePerson(record, limit);
}

Result<QList<AuditEvent>> RegisterService::history(const QString &reference) const
{
    return m_cases->audit().eventsForCase(reference);
}

Result<AuditVerification> RegisterService::verifyAudit() const
{
    return m_cases->audit().verify();
}

Result<QList<Attachment>> RegisterService::attachments(qint64 caseId) const
{
    return m_attachments->list(caseId);
}

Result<Attachment> RegisterService::attachment(qint64 id) const
{
    return m_attachments->find(id);
}

Result<AttachmentCheck> RegisterService::verifyAttachments() const
{
    return m_attachments->verifyAll();
}

Result<std::optional<IdentityVerification>> RegisterService::verification(qint64 caseId) const
{
    return m_attachments->verification(caseId);
}

Result<QString> RegisterService::letterTemplate(const QString &kind, const QString &language) const
{
    return m_settings->letterTemplate(kind, language);
}

Result<bool> RegisterService::hasCustomLetterTemplate(const QString &kind, const QString &language) const
{
    return m_settings->hasCustomLetterTemplate(kind, language);
}

std::unique_ptr<ReportSource> RegisterService::reportSource() const
{
    return std::make_unique<SqlReportSource>(*m_database, *m_cases->stores().organisation, m_clock);
}

// --- Cases --------------------------------------------------------------------------------------------------------

Result<CaseRecord> RegisterService::createCase(const CaseRecord &draft)
{
    return m_cases->create(draft);
}

Result<CaseChange> RegisterService::step(const CaseRecord &shown, const QString &action,
                                         const std::function<Result<QStringList>(CaseRecord &)> &apply)
{
    CaseRecord changed = shown;
    auto applied = apply(changed);
    if (!applied) {
        return applied.error();
    }
    auto saved = m_cases->save(changed, action);
    if (!saved) {
        return saved.error();
    }
    return CaseChange{std::move(saved).value(), *applied};
}

Result<CaseChange> RegisterService::updateCase(const CaseRecord &shown, const CaseRecord &edited)
{
    // What only a step of the workflow changes, with the step that does (docs/rules.md#statuses-and-workflow).
    if (edited.suspensions != shown.suspensions) {
        return stepRefused(tr("The clock is stopped and restarted with \"Stop the clock\" and \"Restart the clock\", "
                              "not by editing the case."),
                           QStringLiteral("suspensions"));
    }
    if (edited.extension != shown.extension) {
        return stepRefused(tr("An extension is decided with \"Extend\" (once, with its reason and justification), not "
                              "by editing the case."),
                           QStringLiteral("extension"));
    }
    if (edited.answeredOn != shown.answeredOn || edited.closedOn != shown.closedOn) {
        return stepRefused(tr("The answer and the closing are recorded with \"Answer\", \"Close\" or \"Withdrawn\", "
                              "not by editing the case."),
                           edited.answeredOn != shown.answeredOn ? QStringLiteral("answeredOn")
                                                                 : QStringLiteral("closedOn"));
    }
    if (edited.status != shown.status) {
        return stepRefused(tr("The status follows the steps of the case; only new, in progress and waiting for "
                              "another department can be set directly."),
                           QStringLiteral("status"));
    }
    if (edited.rights.size() == shown.rights.size()) {
        for (qsizetype i = 0; i < edited.rights.size(); ++i) {
            const RightRequest &a = edited.rights.at(i);
            const RightRequest &b = shown.rights.at(i);
            if (a.right == b.right && (a.outcome != b.outcome || a.refusalGround != b.refusalGround ||
                                       a.refusalReason != b.refusalReason || a.decidedOn != b.decidedOn)) {
                return stepRefused(tr("The outcome of a right is recorded with \"Answer\", not by editing the case."),
                                   QStringLiteral("rights"));
            }
        }
    }
    return step(shown, QStringLiteral("case.update"), [&](CaseRecord &c) -> Result<QStringList> {
        CaseRecord next = edited;
        next.id = shown.id;
        next.version = shown.version;
        if (auto valid = m_workflow->revalidate(next, shown, today()); !valid) {
            return valid.error();
        }
        c = std::move(next);
        return QStringList();
    });
}

Result<CaseChange> RegisterService::addNote(const CaseRecord &shown, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return stepRefused(tr("The note is empty."), QStringLiteral("notes"));
    }
    return step(shown, QStringLiteral("case.note"), [&](CaseRecord &c) -> Result<QStringList> {
        c.notes.append(Note{{}, {}, text});
        if (auto valid = m_workflow->revalidate(c, shown, today()); !valid) {
            return valid.error();
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::setStatus(const CaseRecord &shown, CaseStatus status)
{
    return step(shown, QStringLiteral("case.update"), [&](CaseRecord &c) -> Result<QStringList> {
        if (auto done = m_workflow->setStatus(c, status); !done) {
            return done.error();
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::suspend(const CaseRecord &shown, SuspensionReason reason, QDate askedOn,
                                            const QString &note)
{
    return step(shown, QStringLiteral("case.suspend"), [&](CaseRecord &c) -> Result<QStringList> {
        if (reason == SuspensionReason::Clarification) {
            auto profile = m_settings->organisation();
            if (!profile) {
                return profile.error();
            }
            if (auto allowed = CaseWorkflow::clarificationMayStopClock(*profile); !allowed) {
                return allowed.error();
            }
        }
        if (auto done = m_workflow->suspend(c, reason, askedOn, note, today()); !done) {
            return done.error();
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::resume(const CaseRecord &shown, QDate answeredOn)
{
    return step(shown, QStringLiteral("case.resume"), [&](CaseRecord &c) -> Result<QStringList> {
        if (auto done = m_workflow->resume(c, answeredOn, today()); !done) {
            return done.error();
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::extend(const CaseRecord &shown, ExtensionReason reason,
                                           const QString &justification, QDate decidedOn, QDate noticeSentOn)
{
    return step(shown, QStringLiteral("case.extend"), [&](CaseRecord &c) -> Result<QStringList> {
        if (auto done = m_workflow->extend(c, reason, justification, decidedOn, today()); !done) {
            return done.error();
        }
        if (noticeSentOn.isValid()) {
            if (auto done = m_workflow->recordExtensionNotice(c, noticeSentOn, today()); !done) {
                return done.error();
            }
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::recordExtensionNotice(const CaseRecord &shown, QDate sentOn)
{
    return step(shown, QStringLiteral("case.extension-notice"), [&](CaseRecord &c) -> Result<QStringList> {
        if (auto done = m_workflow->recordExtensionNotice(c, sentOn, today()); !done) {
            return done.error();
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::acknowledge(const CaseRecord &shown, QDate sentOn)
{
    return step(shown, QStringLiteral("case.acknowledge"), [&](CaseRecord &c) -> Result<QStringList> {
        if (auto done = m_workflow->acknowledge(c, sentOn, today()); !done) {
            return done.error();
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::recordProgress(const CaseRecord &shown, QDate acknowledgedOn, CaseStatus status)
{
    return step(shown, QStringLiteral("case.progress"), [&](CaseRecord &c) -> Result<QStringList> {
        if (acknowledgedOn.isValid()) {
            if (auto done = m_workflow->acknowledge(c, acknowledgedOn, today()); !done) {
                return done.error();
            }
        } else {
            c.acknowledgedOn = QDate();
        }
        if (status != shown.status || !acknowledgedOn.isValid()) {
            if (auto done = m_workflow->setStatus(c, status); !done) {
                return done.error();
            }
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::answer(const CaseRecord &shown, QDate answeredOn,
                                           const QList<RightDecision> &decisions)
{
    return step(shown, QStringLiteral("case.answer"), [&](CaseRecord &c) -> Result<QStringList> {
        return m_workflow->answer(c, answeredOn, decisions, today());
    });
}

Result<CaseChange> RegisterService::decide(const CaseRecord &shown, const QList<RightDecision> &decisions)
{
    return step(shown, QStringLiteral("case.decide"), [&](CaseRecord &c) -> Result<QStringList> {
        if (auto done = m_workflow->decide(c, today(), decisions, today()); !done) {
            return done.error();
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::setRecipients(const CaseRecord &shown, const QList<Recipient> &recipients)
{
    return step(shown, QStringLiteral("case.recipients"), [&](CaseRecord &c) -> Result<QStringList> {
        c.recipients = recipients;
        if (auto valid = m_workflow->revalidate(c, shown, today()); !valid) {
            return valid.error();
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::close(const CaseRecord &shown, QDate closedOn, const QString &note)
{
    return step(shown, QStringLiteral("case.close"), [&](CaseRecord &c) -> Result<QStringList> {
        if (auto done = m_workflow->close(c, closedOn, today()); !done) {
            return done.error();
        }
        if (!note.trimmed().isEmpty()) {
            c.notes.append(Note{{}, {}, note});
        }
        return QStringList();
    });
}

Result<CaseChange> RegisterService::withdraw(const CaseRecord &shown, QDate on, const QString &note)
{
    return step(shown, QStringLiteral("case.withdraw"), [&](CaseRecord &c) -> Result<QStringList> {
        if (auto done = m_workflow->withdraw(c, on, note, today()); !done) {
            return done.error();
        }
        return QStringList();
    });
}

Result<void> RegisterService::deleteCase(const QString &reference, const QString &reason)
{
    return m_cases->remove(reference, reason);
}

// --- Files --------------------------------------------------------------------------------------------------------

Result<QList<Attachment>> RegisterService::addFiles(qint64 caseId, AttachmentKind kind, const QStringList &paths)
{
    return m_attachments->addFiles(caseId, kind, paths);
}

Result<Attachment> RegisterService::addFile(qint64 caseId, AttachmentKind kind, const QString &originalName,
                                            const QByteArray &content)
{
    return m_attachments->add(caseId, kind, originalName, content);
}

Result<QByteArray> RegisterService::attachmentContent(qint64 id, const QString &why)
{
    return m_attachments->content(id, why);
}

Result<QString> RegisterService::exportAttachment(qint64 id, const QString &folder)
{
    return m_attachments->exportTo(id, folder);
}

Result<void> RegisterService::purgeAttachment(qint64 id, const QString &reason)
{
    return m_attachments->purge(id, reason);
}

Result<int> RegisterService::recordVerification(const IdentityVerification &verification, bool keepCopies)
{
    // The copies go at once, unless the organisation keeps them for a period it justified in writing
    // (docs/rules.md#identity-proofs; purgeExpiredIdentityCopies() erases them then), or the DPO keeps them for a
    // reason of this case, written in the note.
    const bool graceKeeps = m_organisation.identityCopyGraceDays > 0;
    if (keepCopies && !graceKeeps && verification.note.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("Say in the note why the identity copies are kept (for example a suspected "
                            "impersonation): without a reason they are erased once the identity is verified."),
                         QStringLiteral("note"));
    }
    return m_attachments->recordVerification(verification, keepCopies || graceKeeps);
}

Result<int> RegisterService::purgeExpiredIdentityCopies()
{
    return m_attachments->purgeExpiredIdentityCopies(today(), m_organisation.identityCopyGraceDays,
                                                     m_organisation.unverifiedCopyPurgeDays);
}

// --- Letters ------------------------------------------------------------------------------------------------------

Result<QByteArray> RegisterService::renderLetter(const LetterInput &input) const
{
    return m_outbox->render(input);
}

Result<CaseRecord> RegisterService::letterEffect(const LetterInput &input, QStringList *warnings, bool *changed) const
{
    return m_outbox->withEffect(input, today(), warnings, changed);
}

Result<SentLetter> RegisterService::recordLetter(const LetterInput &input, const QByteArray &pdf)
{
    return m_outbox->recordAsSent(input, pdf, today());
}

Result<AcknowledgementBatch>
RegisterService::prepareAcknowledgements(const std::function<bool(int, int)> &progress) const
{
    auto organisation = m_settings->organisation();
    if (!organisation) {
        return organisation.error();
    }
    return m_outbox->prepareAcknowledgements(*organisation, today(), progress);
}

Result<QByteArray> RegisterService::renderLetters(const QList<LetterInput> &inputs) const
{
    return m_outbox->renderTogether(inputs);
}

// --- Where the data live --------------------------------------------------------------------------------------------

Result<QList<ProcessingActivity>> RegisterService::activities() const
{
    return m_record->activities();
}

Result<std::optional<ProcessingActivity>> RegisterService::activity(const QString &name) const
{
    return m_record->activity(name);
}

Result<QList<DataSystem>> RegisterService::systems() const
{
    return m_record->systems();
}

Result<std::optional<DataSystem>> RegisterService::system(const QString &name) const
{
    return m_record->system(name);
}

Result<ProcessingActivity> RegisterService::saveActivity(const ProcessingActivity &activity)
{
    return m_record->saveActivity(activity);
}

Result<void> RegisterService::removeActivity(const QString &name)
{
    return m_record->removeActivity(name);
}

Result<DataSystem> RegisterService::saveSystem(const DataSystem &system)
{
    return m_record->saveSystem(system);
}

Result<void> RegisterService::removeSystem(const QString &name)
{
    return m_record->removeSystem(name);
}

Result<RecordImportSummary> RegisterService::importActivities(const QByteArray &csv)
{
    return m_record->importActivities(csv);
}

Result<RecordImportSummary> RegisterService::importSystems(const QByteArray &csv)
{
    return m_record->importSystems(csv);
}

Result<QList<ProcessingActivity>> RegisterService::caseActivities(qint64 caseId) const
{
    return m_tasks->activities(caseId);
}

Result<QList<ActivitySuggestion>> RegisterService::activitySuggestions(const CaseRecord &record) const
{
    return m_tasks->suggestions(record);
}

Result<QList<ProcessingActivity>> RegisterService::setCaseActivities(const CaseRecord &record, const QStringList &names)
{
    return m_tasks->setActivities(record, names);
}

Result<TaskPlan> RegisterService::planTasks(const CaseRecord &record)
{
    return m_tasks->plan(record);
}

Result<QList<CaseTask>> RegisterService::tasks(const TaskFilter &filter) const
{
    return m_tasks->tasks(filter);
}

Result<CaseTask> RegisterService::task(qint64 id) const
{
    return m_tasks->task(id);
}

Result<CaseTask> RegisterService::markTaskSent(qint64 id, const QString &to, QDate on)
{
    return m_tasks->markSent(id, to, on);
}

Result<CaseTask> RegisterService::answerTask(qint64 id, TaskResult result, const QString &note, QDate on,
                                             const QStringList &evidencePaths)
{
    return m_tasks->answer(id, result, note, on, evidencePaths);
}

Result<std::pair<int, int>> RegisterService::overdueTaskCounts(QDate today) const
{
    return m_tasks->overdueCounts(today);
}

Result<QSet<qint64>> RegisterService::casesWithOverdueTasks(const QList<qint64> &caseIds, QDate today) const
{
    return m_tasks->casesWithOverdueTasks(caseIds, today);
}

// --- Settings -----------------------------------------------------------------------------------------------------

Result<void> RegisterService::saveOrganisation(const OrganisationProfile &profile)
{
    if (auto saved = m_settings->saveOrganisation(profile); !saved) {
        return saved;
    }
    auto stored = m_settings->organisation();
    if (!stored) {
        return stored.error();
    }
    m_organisation = *stored;
    m_attachments->setMaxSize(qint64(m_organisation.attachmentMaxSizeMb) * 1024 * 1024);
    return {};
}

Result<void> RegisterService::saveLetterTemplate(const QString &kind, const QString &language, const QString &text)
{
    return m_settings->saveLetterTemplate(kind, language, text);
}

Result<void> RegisterService::resetLetterTemplate(const QString &kind, const QString &language)
{
    return m_settings->resetLetterTemplate(kind, language);
}

Result<DemoSummary> RegisterService::fillDemo(const DemoGenerator::Options &options,
                                              const std::function<void(int)> &progress)
{
    DemoGenerator generator(*m_database, *m_cases, *m_settings);
    auto filled = generator.fill(options, progress);
    if (!filled) {
        return filled.error();
    }
    if (auto profile = m_settings->organisation(); profile) {
        m_organisation = *profile; // the demo organisation
    }
    if (auto record = fillDemoRecord(); !record) {
        return record.error();
    }
    return filled;
}

Result<void> RegisterService::fillDemoRecord()
{
    return DemoRecord::fill(*m_cases, *m_record, *m_tasks);
}

// --- Backups ------------------------------------------------------------------------------------------------------

Result<BackupInfo> RegisterService::backupTo(const QString &target)
{
    Backups backups(*m_database, m_cases->audit());
    return backups.backupTo(target);
}

QString RegisterService::todaysBackupPath() const
{
    return Backups::dailyBackupPath(Backups::defaultFolder(path()), path(), today());
}

Result<RotationResult> RegisterService::rotateBackups(const QString &folder, int keep)
{
    Backups backups(*m_database, m_cases->audit());
    return backups.rotate(folder, today(), keep);
}

} // namespace dpodesk
