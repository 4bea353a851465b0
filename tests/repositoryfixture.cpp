// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "repositoryfixture.h"

#include "audit/auditevent.h"
#include "storage/auditlog.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <optional>
#include <utility>

using namespace dpodesk;

namespace repositorytest {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

RightRequest pending(Right right, const QString &detail)
{
    return RightRequest{right, detail, Outcome::Pending, RefusalGround::None, {}, {}};
}

CaseRecord draft(const QString &firstName, const QString &lastName, QDate receivedOn, const QList<Right> &rights)
{
    CaseRecord c;
    c.subject.firstName = firstName;
    c.subject.lastName = lastName;
    c.receivedOn = receivedOn;
    for (const Right right : rights) {
        c.rights.append(pending(right));
    }
    return c;
}

CaseQuery scoped(CaseQuery::Scope scope)
{
    CaseQuery q;
    q.scope = scope;
    return q;
}

void comparePeople(const Person &actual, const Person &expected)
{
    QCOMPARE(actual.firstName, expected.firstName);
    QCOMPARE(actual.lastName, expected.lastName);
    QCOMPARE(actual.email, expected.email);
    QCOMPARE(actual.postalAddress, expected.postalAddress);
    QCOMPARE(actual.phone, expected.phone);
    QCOMPARE(actual.internalReference, expected.internalReference);
    QCOMPARE(name(actual.relationship), name(expected.relationship));
}

void compareCases(const CaseRecord &actual, const CaseRecord &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.reference, expected.reference);
    QCOMPARE(actual.version, expected.version);

    QCOMPARE(actual.rights.size(), expected.rights.size());
    for (qsizetype i = 0; i < expected.rights.size(); ++i) {
        const RightRequest &a = actual.rights.at(i);
        const RightRequest &e = expected.rights.at(i);
        QCOMPARE(name(a.right), name(e.right));
        QCOMPARE(a.detail, e.detail);
        QCOMPARE(name(a.outcome), name(e.outcome));
        QCOMPARE(name(a.refusalGround), name(e.refusalGround));
        QCOMPARE(a.refusalReason, e.refusalReason);
        QCOMPARE(a.decidedOn, e.decidedOn);
    }

    comparePeople(actual.subject, expected.subject);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(actual.requester.has_value(), expected.requester.has_value());
    if (expected.requester) {
        comparePeople(actual.requester->person, expected.requester->person);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(name(actual.requester->capacity), name(expected.requester->capacity));
        QCOMPARE(actual.requester->capacityProof, expected.requester->capacityProof);
    }

    QCOMPARE(name(actual.channel), name(expected.channel));
    QCOMPARE(actual.language, expected.language);
    QCOMPARE(actual.receivedOn, expected.receivedOn);
    QCOMPARE(actual.loggedAt, expected.loggedAt);
    QCOMPARE(name(actual.status), name(expected.status));

    QCOMPARE(actual.suspensions.size(), expected.suspensions.size());
    for (qsizetype i = 0; i < expected.suspensions.size(); ++i) {
        const Suspension &a = actual.suspensions.at(i);
        const Suspension &e = expected.suspensions.at(i);
        QCOMPARE(name(a.reason), name(e.reason));
        QCOMPARE(a.askedOn, e.askedOn);
        QCOMPARE(a.answeredOn, e.answeredOn);
        QCOMPARE(a.note, e.note);
    }

    QCOMPARE(actual.extension.has_value(), expected.extension.has_value());
    if (expected.extension) {
        QCOMPARE(actual.extension->decidedOn, expected.extension->decidedOn);
        QCOMPARE(name(actual.extension->reason), name(expected.extension->reason));
        QCOMPARE(actual.extension->justification, expected.extension->justification);
        QCOMPARE(actual.extension->noticeSentOn, expected.extension->noticeSentOn);
    }

    QCOMPARE(actual.acknowledgedOn, expected.acknowledgedOn);
    QCOMPARE(actual.answeredOn, expected.answeredOn);
    QCOMPARE(actual.closedOn, expected.closedOn);

    QCOMPARE(actual.recipients.size(), expected.recipients.size());
    for (qsizetype i = 0; i < expected.recipients.size(); ++i) {
        QCOMPARE(actual.recipients.at(i).name, expected.recipients.at(i).name);
        QCOMPARE(actual.recipients.at(i).notifiedOn, expected.recipients.at(i).notifiedOn);
    }

    QCOMPARE(actual.notes.size(), expected.notes.size());
    for (qsizetype i = 0; i < expected.notes.size(); ++i) {
        QCOMPARE(actual.notes.at(i).createdAt, expected.notes.at(i).createdAt);
        QCOMPARE(actual.notes.at(i).author, expected.notes.at(i).author);
        QCOMPARE(actual.notes.at(i).text, expected.notes.at(i).text);
    }

    QCOMPARE(actual.cnilReference, expected.cnilReference);
    QCOMPARE(actual.cnilDueDate, expected.cnilDueDate);
    QCOMPARE(actual.linkedCaseReference, expected.linkedCaseReference);

    QCOMPARE(actual.deadlines.initial, expected.deadlines.initial);
    QCOMPARE(actual.deadlines.extended, expected.deadlines.extended);
    QCOMPARE(actual.deadlines.suspendedDays, expected.deadlines.suspendedDays);
    QCOMPARE(actual.deadline(), expected.deadline());
}

void RepositoryFixture::openRegister()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 26));
    QCOMPARE(m_clock->nowUtc(), utc(2026, 11, 26));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("register.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
    m_repo = std::make_unique<CaseBook>(*m_db, *m_clock, QStringLiteral("tester"));
    m_settings = std::make_unique<OrganisationSettings>(*m_repo);
    const Result<void> calendar = m_repo->loadCalendar();
    QVERIFY2(calendar.ok(), qPrintable(calendar.errorMessage()));
    QCOMPARE(m_repo->calculator().calendar().name(), QStringLiteral("fr"));
}

void RepositoryFixture::closeRegister()
{
    std::optional<Result<AuditVerification>> verification;
    if (m_repo) {
        verification = m_repo->audit().verify();
    }
    m_settings.reset();
    m_repo.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
    if (!verification) {
        return; // init() failed and said so
    }
    QVERIFY2(verification->ok(), qPrintable(verification->errorMessage()));
    const AuditVerification &v = verification->value();
    QVERIFY2(v.intact,
             qPrintable(QStringLiteral("audit trail broken at event %1: %2").arg(v.firstBrokenSeq).arg(v.problem)));
}

qint64 RepositoryFixture::eventCount() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_events")) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

StoredEvent RepositoryFixture::lastEvent() const
{
    StoredEvent e;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral(
            "SELECT seq, action, case_reference, details FROM audit_events ORDER BY seq DESC LIMIT 1")) &&
        q.next()) {
        e.seq = q.value(0).toLongLong();
        e.action = q.value(1).toString();
        e.reference = q.value(2).toString();
        e.rawDetails = q.value(3).toString();
        e.details = QJsonDocument::fromJson(e.rawDetails.toUtf8()).object();
    }
    return e;
}

qint64 RepositoryFixture::childRows(const QString &table, qint64 caseId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE case_id = :id").arg(table));
    q.bindValue(QStringLiteral(":id"), caseId);
    if (!q.exec() || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

/// The subject names of the cases a query lists, in the order listed.
Result<QStringList> RepositoryFixture::names(const CaseQuery &query) const
{
    auto rows = m_repo->list(query);
    if (!rows) {
        return rows.error();
    }
    QStringList out;
    for (const CaseSummary &s : rows.value()) {
        out << s.subjectName;
    }
    return out;
}

void RepositoryFixture::expectOneEvent(qint64 before, const QString &action, const QString &reference)
{
    QCOMPARE(eventCount(), before + 1);
    const StoredEvent e = lastEvent();
    QCOMPARE(e.seq, before + 1);
    QCOMPARE(e.action, action);
    QCOMPARE(e.reference, reference);
}

/// Saves a record changed by the workflow and checks what was returned, what is stored and the audit event; the
/// record becomes the stored one.
void RepositoryFixture::saveChecked(CaseRecord &record, const QString &action)
{
    const qint64 before = eventCount();
    CaseRecord expected = record;
    expected.version = record.version + 1;
    const Result<CaseRecord> saved = m_repo->save(record, action);
    QVERIFY2(saved.ok(), qPrintable(QString(action + QStringLiteral(": ") + saved.errorMessage())));
    compareCases(saved.value(), expected);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Result<CaseRecord> stored = m_repo->find(record.id);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    compareCases(stored.value(), expected);
    if (QTest::currentTestFailed()) {
        return;
    }
    expectOneEvent(before, action, expected.reference);
    if (QTest::currentTestFailed()) {
        return;
    }
    record = stored.value();
}

void RepositoryFixture::buildQueueRegister()
{
    QList<CaseRecord> drafts;
    drafts << draft({}, QStringLiteral("Overdue"), QDate(2026, 10, 20), {Right::Access});

    CaseRecord today = draft({}, QStringLiteral("Today"), QDate(2026, 10, 26), {Right::Access, Right::Erasure});
    today.channel = Channel::WebForm;
    today.status = CaseStatus::InProgress;
    drafts << today;

    CaseRecord soon = draft({}, QStringLiteral("Soon"), QDate(2026, 11, 3), {Right::Erasure});
    soon.status = CaseStatus::InProgress;
    drafts << soon;

    CaseRecord track = draft({}, QStringLiteral("Track"), QDate(2026, 11, 4), {Right::Objection});
    track.channel = Channel::Post;
    drafts << track;

    CaseRecord stopped = draft({}, QStringLiteral("Stopped"), QDate(2026, 10, 15), {Right::Access});
    stopped.status = CaseStatus::AwaitingIdentity;
    stopped.suspensions = {
        Suspension{SuspensionReason::Identity, QDate(2026, 10, 20), {}, QStringLiteral("ID copy requested")}};
    drafts << stopped;

    CaseRecord extended = draft({}, QStringLiteral("Extended"), QDate(2026, 11, 10), {Right::Portability});
    extended.status = CaseStatus::InProgress;
    extended.extension =
        Extension{QDate(2026, 11, 20), ExtensionReason::Complexity, QStringLiteral("Data in several systems"), {}};
    drafts << extended;

    CaseRecord answered = draft({}, QStringLiteral("Answered"), QDate(2026, 10, 5), {Right::Erasure});
    answered.rights.first().outcome = Outcome::Granted;
    answered.rights.first().decidedOn = QDate(2026, 11, 2);
    answered.status = CaseStatus::Answered;
    answered.answeredOn = QDate(2026, 11, 2);
    drafts << answered;

    CaseRecord withdrawn = draft({}, QStringLiteral("Withdrawn"), QDate(2025, 12, 10), {Right::Access});
    withdrawn.channel = Channel::Post;
    withdrawn.status = CaseStatus::Withdrawn;
    withdrawn.closedOn = QDate(2025, 12, 15);
    drafts << withdrawn;

    for (const CaseRecord &d : std::as_const(drafts)) {
        const Result<CaseRecord> created = m_repo->create(d);
        QVERIFY2(created.ok(), qPrintable(QString(d.subject.lastName + QStringLiteral(": ") + created.errorMessage())));
    }
    QCOMPARE(eventCount(), qint64(drafts.size()));
}

} // namespace repositorytest
