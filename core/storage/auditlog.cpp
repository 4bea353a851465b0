// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/auditlog.h"

#include "common/clock.h"
#include "common/sha256.h"
#include "storage/database.h"
#include "storage/registerstate.h"
#include "storage/rowcursor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <thread>
#include <unordered_map>

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
    e.state = q.value(9).toString().toUtf8();
    return e;
}

/// The schema version from which every event records a state (storage/schema.cpp).
constexpr int kFirstVersionWithStates = 5;

constexpr auto kColumns = "seq, at_utc, actor, action, case_reference, details, details_sha256, prev_hash, hash, state";

QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString text(RowCursor::Value v)
{
    return v.null ? QString() : QString::fromUtf8(v.bytes);
}

bool hasStateColumn(Database &database)
{
    const auto columns = database.columns(QStringLiteral("audit_events"));
    return columns && columns->contains(QStringLiteral("state"));
}

/// The last state an event recorded for one case.
struct LastState {
    qint64 seq = 0;
    QByteArray state;
};

/// "DR-2026-0042" → (2026, 42); (0, 0) for anything else.
std::pair<int, int> referenceNumber(QByteArrayView reference)
{
    if (reference.size() < 9 || !reference.startsWith("DR-") || reference.at(7) != '-') {
        return {0, 0};
    }
    bool yearOk = false;
    bool seqOk = false;
    const int year = reference.sliced(3, 4).toInt(&yearOk);
    const int seq = reference.sliced(8).toInt(&seqOk);
    return yearOk && seqOk ? std::make_pair(year, seq) : std::make_pair(0, 0);
}

/// The last state the trail recorded for each case, compactly: a million cases in tens of megabytes, no allocation
/// per event for the usual references (DR-YYYY-NNNN).
class CaseStates {
public:
    struct Entry {
        qint64 seq = 0;
        bool deleted = false;
        bool seen = false;
        std::array<char, 64> digest{}; ///< the hex SHA-256 of the state text ("case:1:<digest>:...")

        bool matches(QByteArrayView current) const
        {
            if (deleted) {
                return current == QByteArrayView(RegisterState::kDeleted);
            }
            return current.size() >= 71 && current.startsWith("case:1:") &&
                   std::equal(digest.cbegin(), digest.cend(), current.data() + 7);
        }
    };

    void record(QByteArrayView reference, qint64 seq, QByteArrayView state)
    {
        Entry &entry = slot(reference);
        entry.seq = seq;
        entry.deleted = state == QByteArrayView(RegisterState::kDeleted);
        if (!entry.deleted && state.size() > 71) {
            std::copy(state.data() + 7, state.data() + 71, entry.digest.begin());
        } else {
            entry.digest.fill('?'); // not a state this version writes: it matches nothing
        }
    }
    Entry *find(QByteArrayView reference)
    {
        const qint64 key = keyOf(reference);
        if (key > 0) {
            const auto it = m_byNumber.find(key);
            return it == m_byNumber.end() ? nullptr : &it->second;
        }
        const auto it = m_other.find(reference.toByteArray());
        return it == m_other.end() ? nullptr : &it.value();
    }
    void forEachUnseen(const std::function<void(const QByteArray &, const Entry &)> &visit) const
    {
        for (const auto &[key, entry] : m_byNumber) {
            if (!entry.seen) {
                visit(QStringLiteral("DR-%1-%2").arg(key / kYear).arg(key % kYear, 4, 10, QLatin1Char('0')).toLatin1(),
                      entry);
            }
        }
        for (auto it = m_other.cbegin(); it != m_other.cend(); ++it) {
            if (!it->seen) {
                visit(it.key(), *it);
            }
        }
    }

private:
    static constexpr qint64 kYear = 100'000'000;
    /// DR-YYYY-NNNN as YYYY * 10^8 + NNNN when it reads back the same; 0 otherwise.
    static qint64 keyOf(QByteArrayView reference)
    {
        const auto [year, number] = referenceNumber(reference);
        if (year <= 0 || number < 0 || number >= kYear) {
            return 0;
        }
        // Only the canonical spelling (four digits at least, no other leading zero): "DR-2026-042" and
        // "DR-2026-0042" are two references.
        const QByteArrayView digits = reference.sliced(8);
        if (digits.size() < 4 || (digits.size() > 4 && digits.front() == '0') ||
            !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
            !std::all_of(reference.begin() + 3, reference.begin() + 7, [](char c) { return c >= '0' && c <= '9'; })) {
            return 0;
        }
        return qint64(year) * kYear + number;
    }
    Entry &slot(QByteArrayView reference)
    {
        const qint64 key = keyOf(reference);
        return key > 0 ? m_byNumber[key] : m_other[reference.toByteArray()];
    }

    std::unordered_map<qint64, Entry> m_byNumber;
    QHash<QByteArray, Entry> m_other;
};

/// The state of every case, read on a thread and a connection of its own.
class CaseScan {
public:
    struct Case {
        QByteArray reference;
        QByteArray state; ///< "case:1:<digest>" (the part names are not needed to compare)
    };

    CaseScan(const QString &path, qint64 fromId, qint64 toId)
        : m_thread([this, path, fromId, toId] {
              Database::Options options;
              options.createIfMissing = false;
              options.readOnly = true;
              options.quickCheck = false;
              auto opened = Database::open(path, options);
              if (!opened) {
                  return;
              }
              Database &db = **opened;
              QSqlQuery begin(db.connection());
              if (!begin.exec(QStringLiteral("BEGIN"))) {
                  return;
              }
              QSqlQuery head(db.connection());
              if (!head.exec(QStringLiteral("SELECT max(seq) FROM audit_events")) || !head.next()) {
                  return;
              }
              m_headSeq = head.value(0).toLongLong();
              head.finish();
              cases.reserve(1024);
              m_ok = RegisterState::forEachCase(
                         db,
                         [this](QByteArrayView reference, const QByteArray &state) {
                             cases.append(Case{reference.toByteArray(), state.left(71)});
                         },
                         fromId, toId)
                         .ok();
              QSqlQuery end(db.connection());
              end.exec(QStringLiteral("COMMIT"));
          })
    {
    }
    ~CaseScan() { wait(); }
    /// Waits for the scan; whether it read every case.
    bool wait()
    {
        if (m_thread.joinable()) {
            m_thread.join();
        }
        return m_ok;
    }
    /// It saw the register as a connection that saw headSeq as its last event.
    bool consistentWith(qint64 headSeq) const { return m_ok && m_headSeq == headSeq; }

    QList<Case> cases;

private:
    bool m_ok = false;
    qint64 m_headSeq = -1;
    std::thread m_thread;
};

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock, QString actor)
    : m_database(database), m_clock(clock), m_actor(std::move(actor))
{
}

Result<AuditEvent> AuditLog::append(const QString &action, const QString &caseReference, const QJsonObject &details)
{
    AuditEvent e;
    e.setDetails(details);
    return record(action, caseReference, std::move(e));
}

Result<AuditEvent> AuditLog::appendJson(const QString &action, const QString &caseReference,
                                        const QByteArray &detailsJson)
{
    AuditEvent e;
    e.detailsText = detailsJson;
    e.detailsHash = sha256Hex(detailsJson);
    return record(action, caseReference, std::move(e));
}

Result<AuditEvent> AuditLog::record(const QString &action, const QString &caseReference, AuditEvent e)
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
    e.sequence = 1;
    e.previousHash = QLatin1String(kGenesisHash);
    if ((*head)->next()) {
        e.sequence = (*head)->value(0).toLongLong() + 1;
        e.previousHash = (*head)->value(1).toString();
    }
    (*head)->finish();
    // The state after the change, as the database holds it inside this transaction.
    auto state = caseReference.isEmpty() ? RegisterState::ofSettings(m_database)
                                         : RegisterState::ofCase(m_database, caseReference);
    if (!state) {
        return state.error();
    }
    // Millisecond precision: the canonical form must survive the round trip through the database.
    e.atUtc = QDateTime::fromMSecsSinceEpoch(m_clock.nowUtc().toMSecsSinceEpoch(), Qt::UTC);
    e.actor = nn(m_actor);
    e.action = nn(action);
    e.caseReference = nn(caseReference);
    e.state = *state;
    e.hash = e.computeHash();

    auto prepared = m_database.prepared(
        QStringLiteral("INSERT INTO audit_events (seq, at_utc, actor, action, case_reference, details, details_sha256, "
                       "prev_hash, hash, state) VALUES (:seq, :at, :actor, :action, :case, :details, :digest, :prev, "
                       ":hash, :state)"));
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
    insert.bindValue(QStringLiteral(":state"), QString::fromLatin1(e.state));
    if (auto ok = m_database.exec(insert, tr("writing the audit trail")); !ok) {
        return ok.error();
    }
    return e;
}

Result<QList<qint64>> AuditLog::redactCase(const QString &caseReference)
{
    if (!m_database.inTransaction()) {
        return makeError(Error::Code::Internal, tr("Redacting the audit trail must be part of a change."));
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT seq FROM audit_events WHERE case_reference = :case AND details IS NOT NULL "
                             "ORDER BY seq"));
    q.bindValue(QStringLiteral(":case"), nn(caseReference));
    if (auto ok = m_database.exec(q, tr("erasing personal data from the audit trail")); !ok) {
        return ok.error();
    }
    QList<qint64> sequences;
    while (q.next()) {
        sequences.append(q.value(0).toLongLong());
    }
    q.finish();
    QSqlQuery erase(m_database.connection());
    erase.prepare(QStringLiteral("UPDATE audit_events SET details = NULL WHERE case_reference = :case "
                                 "AND details IS NOT NULL"));
    erase.bindValue(QStringLiteral(":case"), nn(caseReference));
    if (auto ok = m_database.exec(erase, tr("erasing personal data from the audit trail")); !ok) {
        return ok.error();
    }
    return sequences;
}

Result<QList<AuditEvent>> AuditLog::eventsForCase(const QString &caseReference) const
{
    const bool states = hasStateColumn(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_events WHERE case_reference = :case ORDER BY seq")
                  .arg(states ? QString::fromLatin1(kColumns) : QString::fromLatin1(kColumns).chopped(5) + u"''"));
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

Result<void> AuditLog::recordStates(Database &database, int fromVersion)
{
    if (fromVersion <= 0) {
        return {}; // a new register: no case yet, and its settings start empty (RegisterState::emptySettings)
    }
    if (fromVersion >= kFirstVersionWithStates) {
        return {}; // the states are recorded already; later versions change no data (indexes)
    }
    // A register of an earlier version: the state of every case as it is now, so that from here on every change is
    // proven. (What happened before the upgrade is proven by the chain alone, as before.)
    const SystemClock clock;
    AuditLog audit(database, clock, currentActor());
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT reference FROM cases ORDER BY id"))) {
        return database.errorFor(q.lastError(), tr("recording the state of the cases"));
    }
    QStringList references;
    while (q.next()) {
        references.append(q.value(0).toString());
    }
    q.finish();
    for (const QString &reference : references) {
        auto event = audit.append(QStringLiteral("case.state-recorded"), reference,
                                  QJsonObject{{QStringLiteral("schema"), Database::kSchemaVersion}});
        if (!event) {
            return event.error();
        }
    }
    auto event = audit.append(QStringLiteral("register.upgrade"), QString(),
                              QJsonObject{{QStringLiteral("schema"), Database::kSchemaVersion},
                                          {QStringLiteral("from_schema"), fromVersion},
                                          {QStringLiteral("cases_recorded"), references.size()}});
    return event ? Result<void>() : Result<void>(event.error());
}

Result<AuditVerification> AuditLog::verify() const
{
    // One read transaction: the trail and the data it proves are seen at one moment, whatever other processes write
    // meanwhile.
    const bool ownTransaction = !m_database.inTransaction();
    QSqlQuery transaction(m_database.connection());
    if (ownTransaction && !transaction.exec(QStringLiteral("BEGIN"))) {
        return m_database.errorFor(transaction.lastError(), tr("reading the audit trail"));
    }
    const auto finished = [&](Result<AuditVerification> result) {
        if (ownTransaction) {
            QSqlQuery end(m_database.connection());
            end.exec(QStringLiteral("COMMIT"));
        }
        return result;
    };
    const bool states = hasStateColumn(m_database);
    qint64 headSeq = 0;
    qint64 firstId = 0;
    qint64 lastId = -1;
    {
        QSqlQuery head(m_database.connection());
        if (head.exec(QStringLiteral("SELECT max(seq) FROM audit_events")) && head.next()) {
            headSeq = head.value(0).toLongLong();
        }
        if (states && head.exec(QStringLiteral("SELECT min(id), max(id) FROM cases")) && head.next()) {
            firstId = head.value(0).toLongLong();
            lastId = head.value(1).isNull() ? -1 : head.value(1).toLongLong();
        }
    }
    // Most cases are read by a second connection on the other core while this one reads the trail, then the rest
    // (the trail takes about a third of the time of the cases). The two are compared only if both connections saw
    // the same last event, i.e. the same data; otherwise this connection reads them all.
    const qint64 splitId = firstId + (lastId - firstId + 1) * 2 / 3;
    std::unique_ptr<CaseScan> scan;
    if (states && ownTransaction && lastId - firstId > 1000) {
        scan = std::make_unique<CaseScan>(m_database.path(), firstId, splitId);
    }
    auto rows = RowCursor::open(
        m_database, QByteArray("SELECT ") + (states ? QByteArray(kColumns) : QByteArray(kColumns).chopped(5) + "''") +
                        " FROM audit_events ORDER BY seq");
    if (!rows) {
        return finished(rows.error());
    }
    RowCursor &row = **rows;

    AuditVerification v;
    const auto chainProblem = [&v](qint64 seq, const QString &problem) {
        if (v.firstBrokenSeq == 0) {
            v.firstBrokenSeq = seq;
            v.problem = problem;
        }
        v.intact = false;
    };
    // The pass allocates nothing per event: a trail of millions of events takes seconds.
    QByteArray previous(kGenesisHash);
    qint64 expectedSeq = 1;
    QByteArray canonical;
    QByteArray hex;
    QByteArray sequenceText;
    Sha256 sha;
    unsigned char digest[32];
    // What the trail says of the data: the last state of each case and of the settings; the redactions and the
    // deletions that name them.
    CaseStates lastStates;
    LastState lastSettings;
    QList<std::pair<qint64, QByteArray>> redactedEvents;
    QSet<qint64> namedByDeletion;
    std::map<QByteArray, std::pair<qint64, qint64>> legacyDeletions; // case → (deletion seq, count redacted)
    std::map<int, int> highestNumber; // year → highest reference number ever given to a case
    for (;;) {
        auto more = row.next();
        if (!more) {
            return finished(more.error());
        }
        if (!*more) {
            break;
        }
        const qint64 seq = row.integer(0);
        const RowCursor::Value details = row.value(5);
        const QByteArrayView detailsHash = row.value(6).bytes;
        const QByteArrayView prevHash = row.value(7).bytes;
        const QByteArrayView hash = row.value(8).bytes;
        const QByteArrayView state = row.value(9).bytes;
        const QByteArrayView reference = row.value(4).bytes;
        ++v.events;
        if (details.null) {
            ++v.redacted;
            redactedEvents.append({seq, reference.toByteArray()});
        }
        QString problem;
        if (seq != expectedSeq) {
            problem = tr("event %1 is missing (the next one stored is %2)").arg(expectedSeq).arg(seq);
        } else if (prevHash != previous) {
            problem = tr("event %1 does not follow event %2: its previous hash is %3, expected %4")
                          .arg(seq)
                          .arg(seq - 1)
                          .arg(QString::fromLatin1(prevHash), QString::fromLatin1(previous));
        } else {
            hex.truncate(0);
            if (!state.isEmpty()) {
                canonical.truncate(0);
                sequenceText.setNum(seq);
                appendCanonicalV2(canonical, sequenceText, row.value(1).bytes, row.value(2).bytes, row.value(3).bytes,
                                  reference, detailsHash, state);
                sha.add(prevHash);
                sha.add("\n");
                sha.add(canonical);
                sha.resultInto(digest);
                Sha256::appendHex(hex, digest);
            } else {
                // An event written before schema 5: its canonical form is JSON.
                AuditEvent e;
                e.sequence = seq;
                e.atUtc = QDateTime::fromString(text(row.value(1)), Qt::ISODateWithMs).toUTC();
                e.actor = text(row.value(2));
                e.action = text(row.value(3));
                e.caseReference = text(row.value(4));
                e.detailsHash = text(row.value(6));
                e.previousHash = text(row.value(7));
                hex = e.computeHash().toLatin1();
            }
            const bool linkIntact = hex == hash;
            bool detailsIntact = true;
            if (linkIntact && !details.null) {
                sha.add(details.bytes);
                sha.resultInto(digest);
                hex.truncate(0);
                Sha256::appendHex(hex, digest);
                detailsIntact = hex == detailsHash;
            }
            if (!linkIntact) {
                problem = tr("event %1 (%2, %3) was changed after it was written: it no longer matches its hash")
                              .arg(seq)
                              .arg(text(row.value(3)), text(row.value(4)));
            } else if (!detailsIntact) {
                problem = tr("the details of event %1 (%2, %3) were changed after they were written")
                              .arg(seq)
                              .arg(text(row.value(3)), text(row.value(4)));
            }
        }
        if (!problem.isEmpty()) {
            chainProblem(expectedSeq, problem);
        }
        if (!state.isEmpty()) {
            if (reference.isEmpty()) {
                lastSettings = {seq, state.toByteArray()};
            } else {
                lastStates.record(reference, seq, state);
                if (state.startsWith("case:1:")) {
                    // A reference given to a case: never to be given again.
                    const auto [year, number] = referenceNumber(reference);
                    if (year > 0) {
                        highestNumber[year] = std::max(highestNumber[year], number);
                    }
                }
            }
        }
        if (row.value(3).bytes == QByteArrayView("case.delete") && !details.null) {
            const QJsonObject object = QJsonDocument::fromJson(details.bytes.toByteArray()).object();
            const QJsonValue named = object.value(QStringLiteral("redacted_events"));
            if (named.isArray()) {
                for (const QJsonValue &n : named.toArray()) {
                    namedByDeletion.insert(n.toInteger());
                }
            } else {
                // Deletions written before schema 5 give only the number of events they redacted.
                legacyDeletions[reference.toByteArray()] = {
                    seq, object.value(QStringLiteral("events_redacted")).toInteger()};
            }
        }
        // After a break keep reading, so that the count and the head are those of the trail as stored.
        previous.truncate(0);
        previous.append(hash);
        expectedSeq = seq + 1;
    }
    rows = Result<std::unique_ptr<RowCursor>>(makeError(Error::Code::Internal, QString())); // the cursor ends here
    v.headHash = QString::fromLatin1(previous);

    const auto stateProblem = [&v](StateProblem p) {
        ++v.stateProblemCount;
        if (v.intact || v.problem.isEmpty()) {
            v.problem = p.message;
        }
        v.intact = false;
        if (v.stateProblems.size() < AuditVerification::kMaxReported) {
            v.stateProblems.append(std::move(p));
        }
    };
    const auto partsInWords = [](const QList<QByteArray> &codes) {
        QStringList words;
        for (const QByteArray &code : codes) {
            words << RegisterState::partLabel(code);
        }
        return words;
    };

    // Redactions: only a recorded deletion may erase details, and it names the events it erased.
    QHash<QByteArray, qint64> legacyUsed;
    for (const auto &[seq, reference] : redactedEvents) {
        if (namedByDeletion.contains(seq)) {
            continue;
        }
        const auto legacy = legacyDeletions.find(reference);
        if (legacy != legacyDeletions.end() && seq < legacy->second.first &&
            legacyUsed[reference] < legacy->second.second) {
            ++legacyUsed[reference];
            continue;
        }
        StateProblem p;
        p.kind = StateProblem::Kind::Redaction;
        p.caseReference = QString::fromUtf8(reference);
        p.event = seq;
        p.message = tr("The details of event %1 (%2) were erased, but no recorded deletion names that event.")
                        .arg(seq)
                        .arg(p.caseReference);
        stateProblem(p);
    }

    if (!states) {
        return finished(v); // a register written before schema 5: the chain proves only itself
    }
    v.statesChecked = true;

    // The state an event recorded, read again when it has to be explained.
    const auto recordedState = [this](qint64 seq) -> QByteArray {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT state FROM audit_events WHERE seq = :seq"));
        q.bindValue(QStringLiteral(":seq"), seq);
        return q.exec() && q.next() ? q.value(0).toString().toLatin1() : QByteArray();
    };

    // Every case against the state its last event recorded. currentText gives the case's whole state text, needed
    // only to name what differs.
    const auto compareCase = [&](QByteArrayView reference, QByteArrayView current,
                                 const std::function<QByteArray()> &currentText) {
        ++v.casesChecked;
        CaseStates::Entry *recorded = lastStates.find(reference);
        StateProblem p;
        p.caseReference = QString::fromUtf8(reference);
        if (recorded == nullptr) {
            p.kind = StateProblem::Kind::Added;
            p.message = tr("Case %1 is not in the audit trail: it was added outside DPO Desk.").arg(p.caseReference);
            stateProblem(p);
            return;
        }
        recorded->seen = true;
        if (recorded->matches(current)) {
            return;
        }
        p.kind = StateProblem::Kind::Changed;
        p.event = recorded->seq;
        if (recorded->deleted) {
            p.message = tr("Case %1 is in the register although event %2 deleted it: it was put back outside DPO Desk.")
                            .arg(p.caseReference)
                            .arg(recorded->seq);
        } else {
            p.parts = partsInWords(RecordedState::differingParts(RecordedState::parse(recordedState(recorded->seq)),
                                                                 RecordedState::parse(currentText())));
            if (p.parts.isEmpty()) {
                p.parts << tr("its data");
            }
            p.message = tr("Case %1 was changed outside DPO Desk after event %2 (what differs from the audit trail: "
                           "%3).")
                            .arg(p.caseReference)
                            .arg(recorded->seq)
                            .arg(p.parts.join(QStringLiteral("; ")));
        }
        stateProblem(p);
    };
    const auto scanHere = [&](qint64 from, qint64 to) {
        return RegisterState::forEachCase(
            m_database,
            [&](QByteArrayView reference, const QByteArray &current) {
                compareCase(reference, current, [&current] { return current; });
            },
            from, to);
    };
    if (scan) {
        if (auto rest = scanHere(splitId, std::numeric_limits<qint64>::max()); !rest) {
            return finished(rest.error());
        }
        if (scan->wait() && scan->consistentWith(headSeq)) {
            for (const CaseScan::Case &c : std::as_const(scan->cases)) {
                compareCase(c.reference, c.state,
                            [&] { return RegisterState::ofCase(m_database, QString::fromUtf8(c.reference)).value(); });
            }
        } else if (auto first = scanHere(0, splitId); !first) {
            // A change committed between the two connections' first reads: this one reads those cases too.
            return finished(first.error());
        }
    } else if (auto all = scanHere(0, std::numeric_limits<qint64>::max()); !all) {
        return finished(all.error());
    }
    lastStates.forEachUnseen([&](const QByteArray &reference, const CaseStates::Entry &entry) {
        if (entry.deleted) {
            return;
        }
        StateProblem p;
        p.kind = StateProblem::Kind::Deleted;
        p.caseReference = QString::fromUtf8(reference);
        p.event = entry.seq;
        p.message = tr("Case %1 was deleted outside DPO Desk: its last event (%2) shows it in the register, and no "
                       "deletion was recorded.")
                        .arg(p.caseReference)
                        .arg(entry.seq);
        stateProblem(p);
    });

    // The settings against the last event about the register.
    auto settings = RegisterState::ofSettings(m_database);
    if (!settings) {
        return finished(settings.error());
    }
    if (lastSettings.seq == 0) {
        lastSettings.state = RegisterState::emptySettings(); // a register starts with no settings
    }
    if (*settings != lastSettings.state) {
        StateProblem p;
        p.kind = StateProblem::Kind::Settings;
        p.event = lastSettings.seq;
        p.parts = partsInWords(
            RecordedState::differingParts(RecordedState::parse(lastSettings.state), RecordedState::parse(*settings)));
        if (p.parts.isEmpty()) {
            p.parts << tr("the settings");
        }
        p.message = lastSettings.seq == 0
                        ? tr("The settings were changed outside DPO Desk (no change of settings was ever recorded): "
                             "%1.")
                              .arg(p.parts.join(QStringLiteral("; ")))
                        : tr("The settings were changed outside DPO Desk after event %1: %2.")
                              .arg(lastSettings.seq)
                              .arg(p.parts.join(QStringLiteral("; ")));
        stateProblem(p);
    }

    // The case counters: set back, they would give a new case a reference already used.
    QSqlQuery counters(m_database.connection());
    if (!counters.exec(QStringLiteral("SELECT year, last_seq FROM reference_counters"))) {
        return finished(m_database.errorFor(counters.lastError(), tr("reading the case counters")));
    }
    std::map<int, int> counterOf;
    while (counters.next()) {
        counterOf[counters.value(0).toInt()] = counters.value(1).toInt();
    }
    counters.finish();
    for (const auto &[year, highest] : highestNumber) {
        const int counter = counterOf.count(year) ? counterOf.at(year) : 0;
        if (counter < highest) {
            StateProblem p;
            p.kind = StateProblem::Kind::Counter;
            p.message = tr("The case counter of %1 was set back to %2 although DR-%1-%3 was used: new cases would "
                           "get references already given.")
                            .arg(year)
                            .arg(counter)
                            .arg(highest, 4, 10, QLatin1Char('0'));
            stateProblem(p);
        }
    }
    return finished(v);
}

} // namespace dpodesk
