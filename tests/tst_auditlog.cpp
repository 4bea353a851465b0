// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit trail: a hash chain of events, appended only inside a write transaction, verified link by link.
//
// hash = SHA-256(previousHash + "\n" + canonical()), hex; canonical() is compact JSON with sorted keys
// {"action", "actor", "at" (UTC, milliseconds), "case", "details", "seq"}; the first previousHash is 64 zeros.

#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <utility>

using namespace dpodesk;

namespace dpodesk {

/// Error codes by number in QCOMPARE failures (found by argument-dependent lookup).
inline char *toString(Error::Code code)
{
    return qstrdup(QByteArray::number(int(code)).constData());
}

} // namespace dpodesk

namespace {

const QString kGenesis = QString(64, u'0');

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

/// The event of the known hash below.
AuditEvent referenceEvent()
{
    AuditEvent e;
    e.sequence = 1;
    e.atUtc = utc(2026, 11, 26);
    e.actor = QStringLiteral("tester");
    e.action = QStringLiteral("case.create");
    e.caseReference = QStringLiteral("DR-2026-0001");
    e.setDetails(QJsonObject{{QStringLiteral("reason"), QStringLiteral("test")}});
    e.previousHash = QLatin1String(kGenesisHash);
    return e;
}

// Computed outside Qt: sha256("000…000\n" + the canonical text below), so a change of the canonical form, which would
// break every stored trail, fails here.
// The chain covers the details through their SHA-256: sha256({"reason":"test"}) = 229ff832512c44fc….
constexpr char kReferenceCanonical[] =
    R"({"action":"case.create","actor":"tester","at":"2026-11-26T09:00:00.000Z",)"
    R"("case":"DR-2026-0001",)"
    R"("details_sha256":"229ff832512c44fc9cf00ec9d8a0afc8d9520954759788e734012c624b08ad2d",)"
    R"("seq":1})";
constexpr char kReferenceHash[] = "3e4eb4976e971b085735ca47b98a086b502e7bf846091fa564593f38e38b9be0";

// Since schema 5 every event carries the state after its change (here "case:deleted": there is no such case), and the
// canonical form is each field length-prefixed after a version line. Computed outside Qt as well (Python's hashlib).
constexpr char kReferenceCanonicalV2[] =
    "dpodesk-event-2\n1:1\n24:2026-11-26T09:00:00.000Z\n6:tester\n11:case.create\n12:DR-2026-0001\n"
    "64:229ff832512c44fc9cf00ec9d8a0afc8d9520954759788e734012c624b08ad2d\n12:case:deleted\n";
constexpr char kReferenceHashV2[] = "1d67ce8adaba74973dfeab00fdec75ae605e712cdf65ed0b7c01596b84ab18b6";

/// One stored row, read without AuditLog.
struct Row {
    qint64 seq = 0;
    QString atUtc;
    QString actor;
    QString action;
    QString caseReference;
    QString details;
    QString previousHash;
    QString hash;
};

} // namespace

class TestAuditLog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyTrail();
    void appendChainsEvents();
    void appendedEventRoundTrips();
    void appendWithoutCaseReference();
    void eventsForCaseFilters();
    void appendOutsideWriteRefused();
    void rolledBackEventLeavesNoTrace();

    void canonicalFormAndKnownHash();
    void computeHashDeterministic();
    void computeHashCoversEveryField_data();
    void computeHashCoversEveryField();

    void tamperingDetected_data();
    void tamperingDetected();

private:
    Result<AuditEvent> appendInWrite(const QString &action, const QString &caseReference, const QJsonObject &details);
    QList<Row> rows() const;
    QString exec(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 26));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("register.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
    m_log = std::make_unique<AuditLog>(*m_db, *m_clock, QStringLiteral("tester"));
    QCOMPARE(m_log->actor(), QStringLiteral("tester"));
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

Result<AuditEvent> TestAuditLog::appendInWrite(const QString &action, const QString &caseReference,
                                               const QJsonObject &details)
{
    std::optional<AuditEvent> appended;
    const Result<void> written = m_db->write([&]() -> Result<void> {
        auto event = m_log->append(action, caseReference, details);
        if (!event) {
            return event.error();
        }
        appended = event.value();
        return {};
    });
    if (!written) {
        return written.error();
    }
    return *appended;
}

QList<Row> TestAuditLog::rows() const
{
    QList<Row> out;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT seq, at_utc, actor, action, case_reference, details, prev_hash, hash "
                               "FROM audit_events ORDER BY seq"))) {
        return out;
    }
    while (q.next()) {
        out.append(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    return out;
}

/// Changes the trail behind AuditLog's back, as someone with the file and an SQLite tool could. The error, or "".
QString TestAuditLog::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db->connection());
    if (!q.prepare(sql)) {
        return q.lastError().text();
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.bindValue(int(i), values.at(i));
    }
    if (!q.exec()) {
        return q.lastError().text();
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Appending

void TestAuditLog::emptyTrail()
{
    QCOMPARE(QString::fromLatin1(kGenesisHash), kGenesis);
    const Result<AuditVerification> verified = m_log->verify();
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    const AuditVerification &v = verified.value();
    QVERIFY(v.intact);
    QCOMPARE(v.events, qint64(0));
    QCOMPARE(v.headHash, kGenesis);
    QCOMPARE(v.firstBrokenSeq, qint64(0));
    QVERIFY(v.problem.isEmpty());
    QVERIFY(rows().isEmpty());
}

void TestAuditLog::appendChainsEvents()
{
    constexpr int kEvents = 7;
    QList<AuditEvent> appended;
    for (int i = 0; i < kEvents; ++i) {
        m_clock->set(utc(2026, 11, 26, 9, i * 7, i, i * 111));
        const QString reference = QStringLiteral("DR-2026-%1").arg(1 + i % 3, 4, 10, QLatin1Char('0'));
        const QJsonObject details{{QStringLiteral("step"), i},
                                  {QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), i % 2 == 0}}}};
        auto event =
            appendInWrite(i == 0 ? QStringLiteral("case.create") : QStringLiteral("case.update"), reference, details);
        QVERIFY2(event.ok(), qPrintable(event.errorMessage()));
        appended.append(event.value());
    }

    QString previous = kGenesis;
    for (int i = 0; i < kEvents; ++i) {
        const AuditEvent &e = appended.at(i);
        QCOMPARE(e.sequence, qint64(i + 1));
        QCOMPARE(e.previousHash, previous);
        QCOMPARE(e.hash, e.computeHash());
        QCOMPARE(e.hash.size(), 64);
        QVERIFY(QByteArray::fromHex(e.hash.toLatin1()).toHex() == e.hash.toLatin1()); // lower-case hex
        QCOMPARE(e.actor, QStringLiteral("tester"));
        QCOMPARE(e.atUtc, utc(2026, 11, 26, 9, i * 7, i, i * 111));
        previous = e.hash;
    }

    // The stored rows: seq 1..N, each previous hash the hash before it.
    const QList<Row> stored = rows();
    QCOMPARE(stored.size(), kEvents);
    previous = kGenesis;
    for (int i = 0; i < kEvents; ++i) {
        QCOMPARE(stored.at(i).seq, qint64(i + 1));
        QCOMPARE(stored.at(i).previousHash, previous);
        QCOMPARE(stored.at(i).hash, appended.at(i).hash);
        previous = stored.at(i).hash;
    }

    const Result<AuditVerification> verified = m_log->verify();
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->events, qint64(kEvents));
    QCOMPARE(verified->headHash, appended.last().hash);
    QCOMPARE(verified->firstBrokenSeq, qint64(0));

    // Two events in one transaction chain as well.
    const Result<void> both = m_db->write([&]() -> Result<void> {
        for (const QString &action : {QStringLiteral("case.suspend"), QStringLiteral("case.resume")}) {
            if (auto event = m_log->append(action, QStringLiteral("DR-2026-0001"), {}); !event) {
                return event.error();
            }
        }
        return {};
    });
    QVERIFY2(both.ok(), qPrintable(both.errorMessage()));
    const QList<Row> all = rows();
    QCOMPARE(all.size(), kEvents + 2);
    QCOMPARE(all.at(kEvents).previousHash, appended.last().hash);
    QCOMPARE(all.at(kEvents + 1).previousHash, all.at(kEvents).hash);
    const Result<AuditVerification> again = m_log->verify();
    QVERIFY(again.ok());
    QVERIFY2(again->intact, qPrintable(again->problem));
    QCOMPARE(again->events, qint64(kEvents + 2));
    QCOMPARE(again->headHash, all.last().hash);
}

void TestAuditLog::appendedEventRoundTrips()
{
    // A clock in a non-UTC zone: the event carries UTC, to the millisecond, and reads back the same.
    m_clock->set(QDateTime(QDate(2026, 11, 26), QTime(10, 15, 30, 123), QTimeZone(3600)));
    const QJsonObject details{{QStringLiteral("changes"),
                               QJsonObject{{QStringLiteral("subject.email"),
                                            QJsonObject{{QStringLiteral("old"), QStringLiteral("a@example.org")},
                                                        {QStringLiteral("new"), QStringLiteral("b@example.org")}}}}},
                              {QStringLiteral("list"), QJsonArray{1, 2, 3}},
                              {QStringLiteral("accents"), QStringLiteral("Élodie Dupré, 王伟")}};
    auto event = appendInWrite(QStringLiteral("case.update"), QStringLiteral("DR-2026-0042"), details);
    QVERIFY2(event.ok(), qPrintable(event.errorMessage()));
    QCOMPARE(event->atUtc, utc(2026, 11, 26, 9, 15, 30, 123));

    const Result<QList<AuditEvent>> read = m_log->eventsForCase(QStringLiteral("DR-2026-0042"));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->size(), 1);
    const AuditEvent &e = read->first();
    QCOMPARE(e.sequence, event->sequence);
    QCOMPARE(e.atUtc, event->atUtc);
    QCOMPARE(e.atUtc.toUTC().toString(Qt::ISODateWithMs), QStringLiteral("2026-11-26T09:15:30.123Z"));
    QCOMPARE(e.actor, event->actor);
    QCOMPARE(e.action, QStringLiteral("case.update"));
    QCOMPARE(e.caseReference, QStringLiteral("DR-2026-0042"));
    QCOMPARE(e.details, details);
    QCOMPARE(e.previousHash, kGenesis);
    QCOMPARE(e.hash, event->hash);
    QCOMPARE(e.computeHash(), e.hash);
    QCOMPARE(e.canonical(), event->canonical());
}

void TestAuditLog::appendWithoutCaseReference()
{
    // Settings events (e.g. "settings.calendar") concern no case: their reference is empty, and a null QString is
    // the natural way to say so.
    auto event = appendInWrite(QStringLiteral("settings.calendar"), QString(),
                               QJsonObject{{QStringLiteral("new"), QStringLiteral("fr-alsace-moselle")}});
    QVERIFY2(event.ok(), qPrintable(event.errorMessage()));
    auto empty = appendInWrite(QStringLiteral("settings.organisation"), QStringLiteral(""), {});
    QVERIFY2(empty.ok(), qPrintable(empty.errorMessage()));
    const QList<Row> stored = rows();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).caseReference, QStringLiteral(""));
    const Result<AuditVerification> verified = m_log->verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->events, qint64(2));
}

void TestAuditLog::eventsForCaseFilters()
{
    const QString a = QStringLiteral("DR-2026-0001");
    const QString b = QStringLiteral("DR-2026-0002");
    for (const QString &reference : {a, b, a, b, a}) {
        auto event = appendInWrite(QStringLiteral("case.update"), reference, {});
        QVERIFY2(event.ok(), qPrintable(event.errorMessage()));
    }
    const Result<QList<AuditEvent>> ofA = m_log->eventsForCase(a);
    QVERIFY(ofA.ok());
    QList<qint64> seqs;
    for (const AuditEvent &e : ofA.value()) {
        QCOMPARE(e.caseReference, a);
        seqs << e.sequence;
    }
    QCOMPARE(seqs, (QList<qint64>{1, 3, 5}));
    const Result<QList<AuditEvent>> ofB = m_log->eventsForCase(b);
    QVERIFY(ofB.ok());
    QCOMPARE(ofB->size(), 2);
    QCOMPARE(ofB->at(0).sequence, qint64(2));
    QCOMPARE(ofB->at(1).previousHash, ofA->at(1).hash); // event 4 follows event 3
    const Result<QList<AuditEvent>> none = m_log->eventsForCase(QStringLiteral("DR-2026-0003"));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestAuditLog::appendOutsideWriteRefused()
{
    QVERIFY(!m_db->inTransaction());
    const Result<AuditEvent> outside = m_log->append(QStringLiteral("case.update"), QStringLiteral("DR-2026-0001"),
                                                     QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}});
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().code, Error::Code::Internal);
    QVERIFY(!outside.error().message.isEmpty());
    QVERIFY(rows().isEmpty());

    // Still refused once the trail has events, and the trail stays as it was.
    auto inside = appendInWrite(QStringLiteral("case.create"), QStringLiteral("DR-2026-0001"), {});
    QVERIFY2(inside.ok(), qPrintable(inside.errorMessage()));
    const Result<AuditEvent> again = m_log->append(QStringLiteral("case.update"), QStringLiteral("DR-2026-0001"), {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Internal);
    QCOMPARE(rows().size(), 1);
    const Result<AuditVerification> verified = m_log->verify();
    QVERIFY(verified.ok());
    QVERIFY(verified->intact);
    QCOMPARE(verified->events, qint64(1));
    QCOMPARE(verified->headHash, inside->hash);
}

void TestAuditLog::rolledBackEventLeavesNoTrace()
{
    auto first = appendInWrite(QStringLiteral("case.create"), QStringLiteral("DR-2026-0001"), {});
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));

    bool appendedInside = false;
    const Result<void> failed = m_db->write([&]() -> Result<void> {
        appendedInside = m_log->append(QStringLiteral("case.update"), QStringLiteral("DR-2026-0001"), {}).ok();
        return makeError(Error::Code::Conflict, QStringLiteral("the change it records failed"));
    });
    QVERIFY(appendedInside);
    QVERIFY(!failed.ok());
    QCOMPARE(rows().size(), 1);

    // The next event takes sequence 2 and follows event 1: no gap, no orphan.
    auto next = appendInWrite(QStringLiteral("case.update"), QStringLiteral("DR-2026-0001"), {});
    QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
    QCOMPARE(next->sequence, qint64(2));
    QCOMPARE(next->previousHash, first->hash);
    const Result<AuditVerification> verified = m_log->verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->events, qint64(2));
}

// ---------------------------------------------------------------------------------------------------------------
// The hash

void TestAuditLog::canonicalFormAndKnownHash()
{
    const AuditEvent e = referenceEvent();
    QCOMPARE(e.canonical(), QByteArray(kReferenceCanonical));
    QCOMPARE(e.computeHash(), QString::fromLatin1(kReferenceHash));

    // The documented formula, recomputed here.
    const QByteArray input = e.previousHash.toLatin1() + '\n' + e.canonical();
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex()),
             QString::fromLatin1(kReferenceHash));

    // The same event written by AuditLog today (FixedClock at 09:00 UTC, actor "tester") carries its state, and the
    // hash of the version-2 canonical form.
    auto written = appendInWrite(QStringLiteral("case.create"), QStringLiteral("DR-2026-0001"),
                                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("test")}});
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(written->state, QByteArray("case:deleted"));
    QCOMPARE(written->canonical(), QByteArray(kReferenceCanonicalV2));
    QCOMPARE(written->hash, QString::fromLatin1(kReferenceHashV2));
    QCOMPARE(rows().first().hash, QString::fromLatin1(kReferenceHashV2));
    const QByteArray inputV2 = QByteArray(kGenesisHash) + '\n' + QByteArray(kReferenceCanonicalV2);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(inputV2, QCryptographicHash::Sha256).toHex()),
             QString::fromLatin1(kReferenceHashV2));
}

void TestAuditLog::computeHashDeterministic()
{
    const AuditEvent e = referenceEvent();
    const QString hash = e.computeHash();
    QCOMPARE(e.computeHash(), hash);
    AuditEvent copy = e;
    QCOMPARE(copy.computeHash(), hash);
    // The stored hash is not an input.
    copy.hash = QStringLiteral("ffff");
    QCOMPARE(copy.computeHash(), hash);
    // The same instant written in another zone.
    copy.atUtc = QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone(3600));
    QCOMPARE(copy.computeHash(), hash);
    // Details built in another key order: JSON objects are compared by content.
    AuditEvent reordered = referenceEvent();
    reordered.details = QJsonObject();
    reordered.details.insert(QStringLiteral("reason"), QStringLiteral("test"));
    QCOMPARE(reordered.computeHash(), hash);
    AuditEvent twoKeys = referenceEvent();
    twoKeys.details = QJsonObject{{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}};
    AuditEvent twoKeysOtherOrder = referenceEvent();
    twoKeysOtherOrder.details.remove(QStringLiteral("reason"));
    twoKeysOtherOrder.details.insert(QStringLiteral("a"), 1);
    twoKeysOtherOrder.details.insert(QStringLiteral("b"), 2);
    QCOMPARE(twoKeys.computeHash(), twoKeysOtherOrder.computeHash());
}

void TestAuditLog::computeHashCoversEveryField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("covered");

    QTest::newRow("sequence") << QStringLiteral("sequence") << true;
    QTest::newRow("atUtc one millisecond later") << QStringLiteral("atUtc") << true;
    QTest::newRow("atUtc one day later") << QStringLiteral("atUtc-day") << true;
    QTest::newRow("actor") << QStringLiteral("actor") << true;
    QTest::newRow("actor case") << QStringLiteral("actor-case") << true;
    QTest::newRow("action") << QStringLiteral("action") << true;
    QTest::newRow("caseReference") << QStringLiteral("caseReference") << true;
    QTest::newRow("details value") << QStringLiteral("details-value") << true;
    QTest::newRow("details value type") << QStringLiteral("details-type") << true;
    QTest::newRow("details extra key") << QStringLiteral("details-key") << true;
    QTest::newRow("details emptied") << QStringLiteral("details-empty") << true;
    QTest::newRow("previousHash") << QStringLiteral("previousHash") << true;
    QTest::newRow("hash (the result, not an input)") << QStringLiteral("hash") << false;
    QTest::newRow("atUtc same instant, another zone") << QStringLiteral("atUtc-zone") << false;
}

void TestAuditLog::computeHashCoversEveryField()
{
    QFETCH(QString, field);
    QFETCH(bool, covered);

    const AuditEvent base = referenceEvent();
    AuditEvent e = base;
    if (field == QLatin1String("sequence")) {
        e.sequence = 2;
    } else if (field == QLatin1String("atUtc")) {
        e.atUtc = e.atUtc.addMSecs(1);
    } else if (field == QLatin1String("atUtc-day")) {
        e.atUtc = e.atUtc.addDays(1);
    } else if (field == QLatin1String("atUtc-zone")) {
        e.atUtc = e.atUtc.toTimeZone(QTimeZone(-5 * 3600));
    } else if (field == QLatin1String("actor")) {
        e.actor = QStringLiteral("mallory");
    } else if (field == QLatin1String("actor-case")) {
        e.actor = QStringLiteral("Tester");
    } else if (field == QLatin1String("action")) {
        e.action = QStringLiteral("case.delete");
    } else if (field == QLatin1String("caseReference")) {
        e.caseReference = QStringLiteral("DR-2026-0002");
    } else if (field == QLatin1String("details-value")) {
        e.setDetails(QJsonObject{{QStringLiteral("reason"), QStringLiteral("tesT")}});
    } else if (field == QLatin1String("details-type")) {
        e.setDetails(QJsonObject{{QStringLiteral("reason"), 1}});
    } else if (field == QLatin1String("details-key")) {
        e.setDetails(QJsonObject{{QStringLiteral("reason"), QStringLiteral("test")},
                                 {QStringLiteral("extra"), QJsonValue::Null}});
    } else if (field == QLatin1String("details-empty")) {
        e.setDetails(QJsonObject());
    } else if (field == QLatin1String("previousHash")) {
        e.previousHash = QString(63, u'0') + u'1';
    } else if (field == QLatin1String("hash")) {
        e.hash = e.computeHash() + u'0';
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown field %1").arg(field)));
    }
    QCOMPARE(base.computeHash(), base.computeHash());
    QCOMPARE(e.computeHash() != base.computeHash(), covered);
    if (covered && field != QLatin1String("previousHash")) {
        QVERIFY(e.canonical() != base.canonical());
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Tampering

void TestAuditLog::tamperingDetected_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("firstBroken");

    QTest::newRow("details changed") << QStringLiteral("details") << qint64(3);
    QTest::newRow("details reformatted with a changed value") << QStringLiteral("details-reformatted") << qint64(3);
    QTest::newRow("actor changed") << QStringLiteral("actor") << qint64(3);
    QTest::newRow("at_utc changed") << QStringLiteral("at_utc") << qint64(3);
    QTest::newRow("at_utc one millisecond later") << QStringLiteral("at_utc-ms") << qint64(3);
    QTest::newRow("action changed") << QStringLiteral("action") << qint64(3);
    QTest::newRow("case reference changed") << QStringLiteral("case_reference") << qint64(3);
    QTest::newRow("middle event deleted") << QStringLiteral("delete-middle") << qint64(3);
    QTest::newRow("first event deleted") << QStringLiteral("delete-first") << qint64(1);
    QTest::newRow("hashes of events 2 and 3 swapped") << QStringLiteral("swap-hashes") << qint64(2);
    QTest::newRow("events 2 and 3 swapped whole") << QStringLiteral("swap-events") << qint64(2);
    QTest::newRow("previous hash changed") << QStringLiteral("prev_hash") << qint64(4);
    QTest::newRow("event rewritten with a recomputed hash") << QStringLiteral("rehash") << qint64(4);
    QTest::newRow("last event changed") << QStringLiteral("last") << qint64(5);
}

void TestAuditLog::tamperingDetected()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, firstBroken);

    const QString reference = QStringLiteral("DR-2026-0001");
    for (int i = 0; i < 5; ++i) {
        m_clock->set(utc(2026, 11, 26, 9 + i));
        auto event = appendInWrite(i == 0 ? QStringLiteral("case.create") : QStringLiteral("case.update"), reference,
                                   QJsonObject{{QStringLiteral("step"), i + 1}});
        QVERIFY2(event.ok(), qPrintable(event.errorMessage()));
    }
    const Result<AuditVerification> before = m_log->verify();
    QVERIFY(before.ok());
    QVERIFY(before->intact);
    QCOMPARE(before->events, qint64(5));
    const QList<Row> original = rows();
    QCOMPARE(original.size(), 5);

    QString error;
    if (tamper == QLatin1String("details")) {
        error = exec(QStringLiteral("UPDATE audit_events SET details = '{\"step\":33}' WHERE seq = 3"));
    } else if (tamper == QLatin1String("details-reformatted")) {
        error = exec(QStringLiteral("UPDATE audit_events SET details = '{ \"step\" : 4 }' WHERE seq = 3"));
    } else if (tamper == QLatin1String("actor")) {
        error = exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 3"));
    } else if (tamper == QLatin1String("at_utc")) {
        error = exec(QStringLiteral("UPDATE audit_events SET at_utc = '2026-11-25T11:00:00.000Z' WHERE seq = 3"));
    } else if (tamper == QLatin1String("at_utc-ms")) {
        error = exec(QStringLiteral("UPDATE audit_events SET at_utc = '2026-11-26T11:00:00.001Z' WHERE seq = 3"));
    } else if (tamper == QLatin1String("action")) {
        error = exec(QStringLiteral("UPDATE audit_events SET action = 'case.view' WHERE seq = 3"));
    } else if (tamper == QLatin1String("case_reference")) {
        error = exec(QStringLiteral("UPDATE audit_events SET case_reference = 'DR-2026-0002' WHERE seq = 3"));
    } else if (tamper == QLatin1String("delete-middle")) {
        error = exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 3"));
    } else if (tamper == QLatin1String("delete-first")) {
        error = exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 1"));
    } else if (tamper == QLatin1String("swap-hashes")) {
        error = exec(QStringLiteral("UPDATE audit_events SET hash = ? WHERE seq = 2"), {original.at(2).hash});
        if (error.isEmpty()) {
            error = exec(QStringLiteral("UPDATE audit_events SET hash = ? WHERE seq = 3"), {original.at(1).hash});
        }
    } else if (tamper == QLatin1String("swap-events")) {
        // Events 2 and 3 exchange places, each keeping its own content and hashes.
        const QString update = QStringLiteral(
            "UPDATE audit_events SET at_utc = ?, actor = ?, action = ?, case_reference = ?, details = ?, "
            "prev_hash = ?, hash = ? WHERE seq = ?");
        for (const auto &[from, to] : {std::pair<int, int>{2, 2}, std::pair<int, int>{1, 3}}) {
            const Row &r = original.at(from);
            if (error.isEmpty()) {
                error = exec(update, {r.atUtc, r.actor, r.action, r.caseReference, r.details, r.previousHash, r.hash,
                                      qint64(to)});
            }
        }
    } else if (tamper == QLatin1String("prev_hash")) {
        error = exec(QStringLiteral("UPDATE audit_events SET prev_hash = ? WHERE seq = 4"), {original.at(1).hash});
    } else if (tamper == QLatin1String("rehash")) {
        // Event 3 is rewritten consistently with itself; event 4 still points at the original.
        const Result<QList<AuditEvent>> events = m_log->eventsForCase(reference);
        QVERIFY(events.ok());
        AuditEvent third = events->at(2);
        QCOMPARE(third.sequence, qint64(3));
        third.setDetails(QJsonObject{{QStringLiteral("step"), 33}});
        third.hash = third.computeHash();
        error = exec(QStringLiteral("UPDATE audit_events SET details = ?, details_sha256 = ?, hash = ? WHERE seq = 3"),
                     {QString::fromUtf8(third.detailsText), third.detailsHash, third.hash});
    } else if (tamper == QLatin1String("last")) {
        error = exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 5"));
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown tampering %1").arg(tamper)));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const Result<AuditVerification> verified = m_log->verify();
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    const AuditVerification &v = verified.value();
    QVERIFY2(!v.intact, "tampering went unnoticed");
    QCOMPARE(v.firstBrokenSeq, firstBroken);
    QVERIFY(!v.problem.isEmpty());
    QVERIFY2(v.problem.contains(QStringLiteral("event %1").arg(firstBroken)), qPrintable(v.problem));
}

QTEST_GUILESS_MAIN(TestAuditLog)

#include "tst_auditlog.moc"
