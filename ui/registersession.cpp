#include "registersession.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "domain/caseworkflow.h"
#include "storage/database.h"
#include "storage/sqlcaserepository.h"

#include <QTimeZone>

namespace dpodesk {

RegisterSession::RegisterSession(std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_clock(std::move(clock)), m_injectedClock(m_clock != nullptr)
{
    if (!m_clock) {
        m_clock = std::make_unique<SystemClock>();
    }
}

RegisterSession::~RegisterSession()
{
    close();
}

Result<void> RegisterSession::open(const QString &path)
{
    auto result = Database::open(path);
    if (!result) {
        return result.error();
    }
    auto database = std::move(result).value();
    auto repository = std::make_unique<SqlCaseRepository>(*database, *m_clock, currentActor());
    if (auto calendar = repository->loadCalendar(); !calendar) {
        return calendar.error();
    }
    auto profile = repository->organisation();
    if (!profile) {
        return profile.error();
    }
    close();
    m_organisation = *profile;
    if (!m_injectedClock) {
        const QTimeZone zone(m_organisation.timeZone.toUtf8());
        m_clock = std::make_unique<SystemClock>(zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris")));
        repository = std::make_unique<SqlCaseRepository>(*database, *m_clock, currentActor());
        (void)repository->loadCalendar();
    }
    m_database = std::move(database);
    m_repository = std::move(repository);
    m_workflow = std::make_unique<CaseWorkflow>(m_repository->calculator());
    Q_EMIT opened(m_database->path());
    Q_EMIT casesChanged(0);
    return {};
}

void RegisterSession::close()
{
    m_workflow.reset();
    m_repository.reset();
    m_database.reset();
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
    auto saved = m_repository->saveOrganisation(profile);
    if (!saved) {
        return saved;
    }
    m_organisation = m_repository->organisation().value();
    // The calculator may have changed: the workflow holds a reference to the repository's, which stays valid.
    Q_EMIT organisationChanged();
    Q_EMIT casesChanged(0);
    return {};
}

Result<CaseRecord> RegisterSession::create(const CaseRecord &draft)
{
    auto created = m_repository->create(draft);
    if (created) {
        Q_EMIT casesChanged(created->id);
    }
    return created;
}

Result<CaseRecord> RegisterSession::save(const CaseRecord &changed, const QString &action)
{
    auto saved = m_repository->save(changed, action);
    if (saved) {
        Q_EMIT casesChanged(saved->id);
    }
    return saved;
}

} // namespace dpodesk
