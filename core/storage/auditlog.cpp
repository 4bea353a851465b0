#include "storage/auditlog.h"

#include "common/clock.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace dpodesk {

namespace {

AuditEvent eventFrom(const QSqlQuery &q)
{
    AuditEvent e;
    e.sequence = q.value(0).toLongLong();
    e.atUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.caseReference = q.value(4).toString();
    e.redacted = q.value(5).isNull();
    e.detailsText = q.value(5).toString().toUtf8();
    e.details = QJsonDocument::fromJson(e.detailsText).object();
    e.detailsHash = q.value(6).toString();
    e.previousHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

constexpr auto kColumns = "seq, at_utc, actor, action, case_reference, details, details_sha256, prev_hash, hash";

QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock, QString actor)
    : m_database(database), m_clock(clock), m_actor(std::move(actor))
{
}

Result<AuditEvent> AuditLog::append(const QString &action, const QString &caseReference, const QJsonObject &details)
{
    if (!m_database.inTransaction()) {
        return makeError(Error::Code::Internal, tr("An audit event must be written inside the change it records."));
    }
    auto head = m_database.prepared(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!head) {
        return head.error();
    }
    if (auto ok = m_database.exec(**head, tr("reading the audit trail")); !ok) {
        return ok.error();
    }
    AuditEvent e;
    e.sequence = 1;
    e.previousHash = QLatin1String(kGenesisHash);
    if ((*head)->next()) {
        e.sequence = (*head)->value(0).toLongLong() + 1;
        e.previousHash = (*head)->value(1).toString();
    }
    (*head)->finish();
    // Millisecond precision: the canonical form must survive the round trip through the database.
    e.atUtc = QDateTime::fromMSecsSinceEpoch(m_clock.nowUtc().toMSecsSinceEpoch(), Qt::UTC);
    e.actor = nn(m_actor);
    e.action = nn(action);
    e.caseReference = nn(caseReference);
    e.setDetails(details);
    e.hash = e.computeHash();

    auto prepared = m_database.prepared(
        QStringLiteral("INSERT INTO audit_events (seq, at_utc, actor, action, case_reference, details, details_sha256, "
                       "prev_hash, hash) VALUES (:seq, :at, :actor, :action, :case, :details, :digest, :prev, :hash)"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &insert = **prepared;
    insert.bindValue(QStringLiteral(":seq"), e.sequence);
    insert.bindValue(QStringLiteral(":at"), auditTime(e.atUtc));
    insert.bindValue(QStringLiteral(":actor"), e.actor);
    insert.bindValue(QStringLiteral(":action"), e.action);
    insert.bindValue(QStringLiteral(":case"), e.caseReference);
    insert.bindValue(QStringLiteral(":details"), QString::fromUtf8(e.detailsText));
    insert.bindValue(QStringLiteral(":digest"), e.detailsHash);
    insert.bindValue(QStringLiteral(":prev"), e.previousHash);
    insert.bindValue(QStringLiteral(":hash"), e.hash);
    if (auto ok = m_database.exec(insert, tr("writing the audit trail")); !ok) {
        return ok.error();
    }
    return e;
}

Result<int> AuditLog::redactCase(const QString &caseReference)
{
    if (!m_database.inTransaction()) {
        return makeError(Error::Code::Internal, tr("Redacting the audit trail must be part of a change."));
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE audit_events SET details = NULL WHERE case_reference = :case "
                             "AND details IS NOT NULL"));
    q.bindValue(QStringLiteral(":case"), nn(caseReference));
    if (auto ok = m_database.exec(q, tr("erasing personal data from the audit trail")); !ok) {
        return ok.error();
    }
    return q.numRowsAffected();
}

Result<QList<AuditEvent>> AuditLog::eventsForCase(const QString &caseReference) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_events WHERE case_reference = :case ORDER BY seq")
                  .arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":case"), nn(caseReference));
    if (auto ok = m_database.exec(q, tr("reading the audit trail")); !ok) {
        return ok.error();
    }
    QList<AuditEvent> events;
    while (q.next()) {
        events.append(eventFrom(q));
    }
    return events;
}

Result<AuditVerification> AuditLog::verify() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq").arg(QLatin1String(kColumns)));
    if (auto ok = m_database.exec(q, tr("reading the audit trail")); !ok) {
        return ok.error();
    }
    AuditVerification v;
    QString previous = QLatin1String(kGenesisHash);
    qint64 expectedSeq = 1;
    while (q.next()) {
        const AuditEvent e = eventFrom(q);
        ++v.events;
        v.redacted += e.redacted ? 1 : 0;
        QString problem;
        if (e.sequence != expectedSeq) {
            problem = tr("event %1 is missing (the next one stored is %2)").arg(expectedSeq).arg(e.sequence);
        } else if (e.previousHash != previous) {
            problem = tr("event %1 does not follow event %2: its previous hash is %3, expected %4")
                          .arg(e.sequence)
                          .arg(e.sequence - 1)
                          .arg(e.previousHash, previous);
        } else if (e.computeHash() != e.hash) {
            problem = tr("event %1 (%2, %3) was changed after it was written: it no longer matches its hash")
                          .arg(e.sequence)
                          .arg(e.action, e.caseReference);
        } else if (!e.detailsIntact()) {
            problem = tr("the details of event %1 (%2, %3) were changed after they were written")
                          .arg(e.sequence)
                          .arg(e.action, e.caseReference);
        }
        if (!problem.isEmpty() && v.intact) {
            v.intact = false;
            v.firstBrokenSeq = expectedSeq;
            v.problem = problem;
        }
        // After a break keep reading, so that the count and the head are those of the trail as stored.
        previous = e.hash;
        expectedSeq = e.sequence + 1;
    }
    v.headHash = previous;
    return v;
}

} // namespace dpodesk
