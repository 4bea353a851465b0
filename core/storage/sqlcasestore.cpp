// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The cases, their rights, suspensions, recipients and notes, in SQL.
#include "common/clock.h"
#include "domain/searchkey.h"
#include "storage/database.h"
#include "storage/sqlstores.h"

#include <QSqlQuery>
#include <QStringList>

namespace dpodesk {

namespace {

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

/// NOT NULL text columns: a null QString would bind as SQL NULL.
QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toUtc(const QVariant &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

template <typename E, typename Parse>
E parseOr(const QVariant &value, Parse parse, E fallback)
{
    return parse(value.toString()).value_or(fallback);
}

} // namespace

Result<QString> SqlCaseStore::nextReference(int year)
{
    auto update = m_database.prepared(
        QStringLiteral("INSERT INTO reference_counters (year, last_seq) VALUES (:year, 1) "
                       "ON CONFLICT (year) DO UPDATE SET last_seq = reference_counters.last_seq + 1"));
    if (!update) {
        return update.error();
    }
    (*update)->bindValue(QStringLiteral(":year"), year);
    if (auto ok = m_database.exec(**update, tr("numbering the case")); !ok) {
        return ok.error();
    }
    auto read = m_database.prepared(QStringLiteral("SELECT last_seq FROM reference_counters WHERE year = :year"));
    if (!read) {
        return read.error();
    }
    (*read)->bindValue(QStringLiteral(":year"), year);
    if (auto ok = m_database.exec(**read, tr("numbering the case")); !ok) {
        return ok.error();
    }
    if (!(*read)->next()) {
        return makeError(Error::Code::Internal, tr("The case counter for %1 could not be read.").arg(year));
    }
    const int seq = (*read)->value(0).toInt();
    (*read)->finish(); // an open read would pin this connection to an old snapshot
    return QStringLiteral("DR-%1-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0'));
}

Result<qint64> SqlCaseStore::writeCaseRow(const CaseRecord &c, bool insert)
{
    static const QString kInsert = QStringLiteral(
        "INSERT INTO cases (reference, version, status, is_open, channel, language, received_on, logged_at, "
        "rights_summary, subject_first_name, subject_last_name, subject_email, subject_postal_address, subject_phone, "
        "subject_internal_ref, subject_relationship, has_requester, requester_first_name, requester_last_name, "
        "requester_email, requester_postal_address, requester_phone, requester_internal_ref, requester_relationship, "
        "requester_capacity, requester_capacity_proof, extension_decided_on, extension_reason, "
        "extension_justification, extension_notice_sent_on, acknowledged_on, answered_on, closed_on, cnil_reference, "
        "cnil_due_date, linked_case_reference, suspended_days, initial_deadline, extended_deadline, deadline, "
        "clock_stopped_since, extension_notice_due, search_name, search_name_reversed, search_email, search_phone, "
        "created_at, updated_at) VALUES (:reference, :version, :status, :is_open, :channel, :language, :received_on, "
        ":logged_at, :rights_summary, :subject_first_name, :subject_last_name, :subject_email, "
        ":subject_postal_address, :subject_phone, :subject_internal_ref, :subject_relationship, :has_requester, "
        ":requester_first_name, :requester_last_name, :requester_email, :requester_postal_address, :requester_phone, "
        ":requester_internal_ref, :requester_relationship, :requester_capacity, :requester_capacity_proof, "
        ":extension_decided_on, :extension_reason, :extension_justification, :extension_notice_sent_on, "
        ":acknowledged_on, :answered_on, :closed_on, :cnil_reference, :cnil_due_date, :linked_case_reference, "
        ":suspended_days, :initial_deadline, :extended_deadline, :deadline, :clock_stopped_since, "
        ":extension_notice_due, :search_name, :search_name_reversed, :search_email, :search_phone, :created_at, "
        ":updated_at) RETURNING id");
    static const QString kUpdate = QStringLiteral(
        "UPDATE cases SET version = :version, status = :status, is_open = :is_open, channel = :channel, "
        "language = :language, received_on = :received_on, logged_at = :logged_at, rights_summary = :rights_summary, "
        "subject_first_name = :subject_first_name, subject_last_name = :subject_last_name, "
        "subject_email = :subject_email, subject_postal_address = :subject_postal_address, "
        "subject_phone = :subject_phone, subject_internal_ref = :subject_internal_ref, "
        "subject_relationship = :subject_relationship, has_requester = :has_requester, "
        "requester_first_name = :requester_first_name, requester_last_name = :requester_last_name, "
        "requester_email = :requester_email, requester_postal_address = :requester_postal_address, "
        "requester_phone = :requester_phone, requester_internal_ref = :requester_internal_ref, "
        "requester_relationship = :requester_relationship, requester_capacity = :requester_capacity, "
        "requester_capacity_proof = :requester_capacity_proof, extension_decided_on = :extension_decided_on, "
        "extension_reason = :extension_reason, extension_justification = :extension_justification, "
        "extension_notice_sent_on = :extension_notice_sent_on, acknowledged_on = :acknowledged_on, "
        "answered_on = :answered_on, closed_on = :closed_on, cnil_reference = :cnil_reference, "
        "cnil_due_date = :cnil_due_date, linked_case_reference = :linked_case_reference, "
        "suspended_days = :suspended_days, initial_deadline = :initial_deadline, "
        "extended_deadline = :extended_deadline, deadline = :deadline, clock_stopped_since = :clock_stopped_since, "
        "extension_notice_due = :extension_notice_due, search_name = :search_name, "
        "search_name_reversed = :search_name_reversed, search_email = :search_email, search_phone = :search_phone, "
        "updated_at = :updated_at WHERE id = :id AND version = :expected_version");

    auto prepared = m_database.prepared(insert ? kInsert : kUpdate);
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &q = **prepared;
    const auto bind = [&q](const char *name, const QVariant &value) { q.bindValue(u':' + QLatin1String(name), value); };
    const Requester requester =
        c.requester.value_or(Requester{Person{{}, {}, {}, {}, {}, {}, Relationship::Other}, Capacity::Other, {}});
    const QString now = utcText(m_clock.nowUtc());
    if (insert) {
        bind("reference", c.reference);
        bind("created_at", now);
    } else {
        bind("id", c.id);
        bind("expected_version", c.version - 1);
    }
    bind("version", c.version);
    bind("status", name(c.status));
    bind("is_open", c.isOpen() ? 1 : 0);
    bind("channel", name(c.channel));
    bind("language", nn(c.language));
    bind("received_on", dateValue(c.receivedOn));
    bind("logged_at", utcText(c.loggedAt));
    bind("rights_summary", nn(c.rightNames()));
    bind("subject_first_name", nn(c.subject.firstName));
    bind("subject_last_name", nn(c.subject.lastName));
    bind("subject_email", nn(c.subject.email));
    bind("subject_postal_address", nn(c.subject.postalAddress));
    bind("subject_phone", nn(c.subject.phone));
    bind("subject_internal_ref", nn(c.subject.internalReference));
    bind("subject_relationship", name(c.subject.relationship));
    bind("has_requester", c.requester ? 1 : 0);
    bind("requester_first_name", nn(requester.person.firstName));
    bind("requester_last_name", nn(requester.person.lastName));
    bind("requester_email", nn(requester.person.email));
    bind("requester_postal_address", nn(requester.person.postalAddress));
    bind("requester_phone", nn(requester.person.phone));
    bind("requester_internal_ref", nn(requester.person.internalReference));
    bind("requester_relationship", name(requester.person.relationship));
    bind("requester_capacity",
         c.requester ? QVariant(name(requester.capacity)) : QVariant(QMetaType::fromType<QString>()));
    bind("requester_capacity_proof", nn(requester.capacityProof));
    const Extension ext = c.extension.value_or(Extension{});
    const QVariant nullText(QMetaType::fromType<QString>());
    bind("extension_decided_on", c.extension ? dateValue(ext.decidedOn) : nullText);
    bind("extension_reason", c.extension ? QVariant(name(ext.reason)) : nullText);
    bind("extension_justification", c.extension ? QVariant(ext.justification) : nullText);
    bind("extension_notice_sent_on", c.extension ? dateValue(ext.noticeSentOn) : nullText);
    bind("acknowledged_on", dateValue(c.acknowledgedOn));
    bind("answered_on", dateValue(c.answeredOn));
    bind("closed_on", dateValue(c.closedOn));
    bind("cnil_reference", nn(c.cnilReference));
    bind("cnil_due_date", dateValue(c.cnilDueDate));
    bind("linked_case_reference", nn(c.linkedCaseReference));
    bind("suspended_days", c.deadlines.suspendedDays);
    bind("initial_deadline", dateValue(c.deadlines.initial));
    bind("extended_deadline", dateValue(c.deadlines.extended));
    bind("deadline", dateValue(c.deadline()));
    bind("clock_stopped_since", dateValue(c.openSuspension() ? c.openSuspension()->askedOn : QDate()));
    bind("extension_notice_due", c.extensionNoticeDue() ? 1 : 0);
    bind("search_name", nn(foldForSearch(c.subject.firstName + u' ' + c.subject.lastName)));
    bind("search_name_reversed", nn(foldForSearch(c.subject.lastName + u' ' + c.subject.firstName)));
    bind("search_email", nn(c.subject.email.trimmed().toLower()));
    bind("search_phone", nn(phoneKey(c.subject.phone)));
    bind("updated_at", now);
    if (auto ok = m_database.exec(q, tr("saving case %1").arg(c.reference)); !ok) {
        return ok.error();
    }
    if (insert) {
        // The id comes back with the row (RETURNING, in SQLite and PostgreSQL alike), not from SQLite's rowid.
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (id <= 0) {
            return makeError(Error::Code::Internal, tr("Case %1 was stored without an id.").arg(c.reference));
        }
        return id;
    }
    if (q.numRowsAffected() != 1) {
        return makeError(Error::Code::Conflict,
                         tr("Case %1 was changed elsewhere since you opened it; reopen it and make your change again.")
                             .arg(c.reference));
    }
    return c.id;
}

Result<void> SqlCaseStore::writeChildren(const CaseRecord &c, bool fresh, qsizetype storedNotes)
{
    for (const char *table : {"case_rights", "suspensions", "recipients"}) {
        if (fresh) {
            break; // a new case has no rows to replace
        }
        auto del = m_database.prepared(QStringLiteral("DELETE FROM %1 WHERE case_id = :id").arg(QLatin1String(table)));
        if (!del) {
            return del.error();
        }
        (*del)->bindValue(QStringLiteral(":id"), c.id);
        if (auto ok = m_database.exec(**del, tr("saving case %1").arg(c.reference)); !ok) {
            return ok;
        }
    }
    auto rights = m_database.prepared(QStringLiteral(
        "INSERT INTO case_rights (case_id, position, right_kind, detail, outcome, refusal_ground, refusal_reason, "
        "decided_on) VALUES (:id, :pos, :kind, :detail, :outcome, :ground, :reason, :decided)"));
    if (!rights) {
        return rights.error();
    }
    for (qsizetype i = 0; i < c.rights.size(); ++i) {
        const RightRequest &r = c.rights.at(i);
        QSqlQuery &q = **rights;
        q.bindValue(QStringLiteral(":id"), c.id);
        q.bindValue(QStringLiteral(":pos"), int(i));
        q.bindValue(QStringLiteral(":kind"), name(r.right));
        q.bindValue(QStringLiteral(":detail"), nn(r.detail));
        q.bindValue(QStringLiteral(":outcome"), name(r.outcome));
        q.bindValue(QStringLiteral(":ground"), r.refusalGround == RefusalGround::None
                                                   ? QVariant(QMetaType::fromType<QString>())
                                                   : QVariant(name(r.refusalGround)));
        q.bindValue(QStringLiteral(":reason"), nn(r.refusalReason));
        q.bindValue(QStringLiteral(":decided"), dateValue(r.decidedOn));
        if (auto ok = m_database.exec(q, tr("saving the rights of case %1").arg(c.reference)); !ok) {
            return ok;
        }
        q.finish();
    }
    auto suspensions = m_database.prepared(
        QStringLiteral("INSERT INTO suspensions (case_id, position, reason, asked_on, answered_on, note) "
                       "VALUES (:id, :pos, :reason, :asked, :answered, :note)"));
    if (!suspensions) {
        return suspensions.error();
    }
    for (qsizetype i = 0; i < c.suspensions.size(); ++i) {
        const Suspension &s = c.suspensions.at(i);
        QSqlQuery &q = **suspensions;
        q.bindValue(QStringLiteral(":id"), c.id);
        q.bindValue(QStringLiteral(":pos"), int(i));
        q.bindValue(QStringLiteral(":reason"), name(s.reason));
        q.bindValue(QStringLiteral(":asked"), dateValue(s.askedOn));
        q.bindValue(QStringLiteral(":answered"), dateValue(s.answeredOn));
        q.bindValue(QStringLiteral(":note"), nn(s.note));
        if (auto ok = m_database.exec(q, tr("saving the suspensions of case %1").arg(c.reference)); !ok) {
            return ok;
        }
        q.finish();
    }
    auto recipients = m_database.prepared(QStringLiteral(
        "INSERT INTO recipients (case_id, position, name, notified_on, address) VALUES (:id, :pos, :name, :notified, "
        ":address)"));
    if (!recipients) {
        return recipients.error();
    }
    for (qsizetype i = 0; i < c.recipients.size(); ++i) {
        QSqlQuery &q = **recipients;
        q.bindValue(QStringLiteral(":id"), c.id);
        q.bindValue(QStringLiteral(":pos"), int(i));
        q.bindValue(QStringLiteral(":name"), c.recipients.at(i).name);
        q.bindValue(QStringLiteral(":notified"), dateValue(c.recipients.at(i).notifiedOn));
        // Never NULL: a recipient without an address has the column's default.
        q.bindValue(QStringLiteral(":address"),
                    c.recipients.at(i).address.isNull() ? QStringLiteral("") : c.recipients.at(i).address);
        if (auto ok = m_database.exec(q, tr("saving the recipients of case %1").arg(c.reference)); !ok) {
            return ok;
        }
        q.finish();
    }
    // The notes from storedNotes on are new; the ones before are stored already.
    auto notes = m_database.prepared(QStringLiteral("INSERT INTO notes (case_id, position, created_at, author, body) "
                                                    "VALUES (:id, :pos, :created, :author, :body)"));
    if (!notes) {
        return notes.error();
    }
    for (qsizetype i = fresh ? 0 : storedNotes; i < c.notes.size(); ++i) {
        const Note &n = c.notes.at(i);
        QSqlQuery &q = **notes;
        q.bindValue(QStringLiteral(":id"), c.id);
        q.bindValue(QStringLiteral(":pos"), int(i));
        q.bindValue(QStringLiteral(":created"), utcText(n.createdAt));
        q.bindValue(QStringLiteral(":author"), nn(n.author));
        q.bindValue(QStringLiteral(":body"), nn(n.text));
        if (auto ok = m_database.exec(q, tr("saving the notes of case %1").arg(c.reference)); !ok) {
            return ok;
        }
        q.finish();
    }
    return {};
}

Result<qint64> SqlCaseStore::insert(const CaseRecord &record)
{
    auto id = writeCaseRow(record, true);
    if (!id) {
        return id;
    }
    CaseRecord stored = record;
    stored.id = *id;
    if (auto ok = writeChildren(stored, true, 0); !ok) {
        return ok.error();
    }
    return *id;
}

Result<void> SqlCaseStore::update(const CaseRecord &record, qsizetype storedNotes)
{
    if (auto ok = writeCaseRow(record, false); !ok) {
        return ok.error();
    }
    return writeChildren(record, false, storedNotes);
}

Result<void> SqlCaseStore::remove(qint64 id)
{
    auto q = m_database.prepared(QStringLiteral("DELETE FROM cases WHERE id = :id"));
    if (!q) {
        return q.error();
    }
    (*q)->bindValue(QStringLiteral(":id"), id);
    return m_database.exec(**q, tr("deleting a case"));
}

Result<bool> SqlCaseStore::exists(const QString &reference) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE reference = :reference"));
    q.bindValue(QStringLiteral(":reference"), reference);
    if (auto ok = m_database.exec(q, tr("finding the linked case")); !ok) {
        return ok.error();
    }
    return q.next();
}

Result<QList<qint64>> SqlCaseStore::ids() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM cases ORDER BY id"));
    if (auto ok = m_database.exec(q, tr("reading the cases")); !ok) {
        return ok.error();
    }
    QList<qint64> all;
    while (q.next()) {
        all << q.value(0).toLongLong();
    }
    return all;
}

Result<CaseRecord> SqlCaseStore::find(qint64 id) const
{
    return load(QStringLiteral("id"), id);
}

Result<CaseRecord> SqlCaseStore::findByReference(const QString &reference) const
{
    return load(QStringLiteral("reference"), reference.trimmed().toUpper());
}

Result<CaseRecord> SqlCaseStore::load(const QString &column, const QVariant &value) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM cases WHERE %1 = :value").arg(column));
    q.bindValue(QStringLiteral(":value"), value);
    if (auto ok = m_database.exec(q, tr("reading a case")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, tr("There is no case %1.").arg(value.toString()));
    }
    const auto v = [&q](const char *name) { return q.value(QLatin1String(name)); };
    CaseRecord c;
    c.id = v("id").toLongLong();
    c.reference = v("reference").toString();
    c.version = v("version").toInt();
    c.status = parseOr(v("status"), parseCaseStatus, CaseStatus::New);
    c.channel = parseOr(v("channel"), parseChannel, Channel::Email);
    c.language = v("language").toString();
    c.receivedOn = toDate(v("received_on"));
    c.loggedAt = toUtc(v("logged_at"));
    c.subject = Person{v("subject_first_name").toString(),
                       v("subject_last_name").toString(),
                       v("subject_email").toString(),
                       v("subject_postal_address").toString(),
                       v("subject_phone").toString(),
                       v("subject_internal_ref").toString(),
                       parseOr(v("subject_relationship"), parseRelationship, Relationship::Other)};
    if (v("has_requester").toInt() != 0) {
        c.requester = Requester{Person{v("requester_first_name").toString(), v("requester_last_name").toString(),
                                       v("requester_email").toString(), v("requester_postal_address").toString(),
                                       v("requester_phone").toString(), v("requester_internal_ref").toString(),
                                       parseOr(v("requester_relationship"), parseRelationship, Relationship::Other)},
                                parseOr(v("requester_capacity"), parseCapacity, Capacity::Other),
                                v("requester_capacity_proof").toString()};
    }
    if (!v("extension_decided_on").isNull()) {
        c.extension = Extension{toDate(v("extension_decided_on")),
                                parseOr(v("extension_reason"), parseExtensionReason, ExtensionReason::Complexity),
                                v("extension_justification").toString(), toDate(v("extension_notice_sent_on"))};
    }
    c.acknowledgedOn = toDate(v("acknowledged_on"));
    c.answeredOn = toDate(v("answered_on"));
    c.closedOn = toDate(v("closed_on"));
    c.cnilReference = v("cnil_reference").toString();
    c.cnilDueDate = toDate(v("cnil_due_date"));
    c.linkedCaseReference = v("linked_case_reference").toString();
    c.deadlines.suspendedDays = v("suspended_days").toInt();
    c.deadlines.initial = toDate(v("initial_deadline"));
    c.deadlines.extended = toDate(v("extended_deadline"));
    if (auto ok = loadChildren(c); !ok) {
        return ok.error();
    }
    return c;
}

Result<void> SqlCaseStore::loadChildren(CaseRecord &c) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT right_kind, detail, outcome, refusal_ground, refusal_reason, decided_on "
                             "FROM case_rights WHERE case_id = :id ORDER BY position"));
    q.bindValue(QStringLiteral(":id"), c.id);
    if (auto ok = m_database.exec(q, tr("reading case %1").arg(c.reference)); !ok) {
        return ok;
    }
    while (q.next()) {
        c.rights.append(RightRequest{parseOr(q.value(0), parseRight, Right::Other), q.value(1).toString(),
                                     parseOr(q.value(2), parseOutcome, Outcome::Pending),
                                     parseOr(q.value(3), parseRefusalGround, RefusalGround::None),
                                     q.value(4).toString(), toDate(q.value(5))});
    }
    q.prepare(QStringLiteral("SELECT reason, asked_on, answered_on, note FROM suspensions WHERE case_id = :id "
                             "ORDER BY position"));
    q.bindValue(QStringLiteral(":id"), c.id);
    if (auto ok = m_database.exec(q, tr("reading case %1").arg(c.reference)); !ok) {
        return ok;
    }
    while (q.next()) {
        c.suspensions.append(Suspension{parseOr(q.value(0), parseSuspensionReason, SuspensionReason::Identity),
                                        toDate(q.value(1)), toDate(q.value(2)), q.value(3).toString()});
    }
    q.prepare(
        QStringLiteral("SELECT name, notified_on, address FROM recipients WHERE case_id = :id ORDER BY position"));
    q.bindValue(QStringLiteral(":id"), c.id);
    if (auto ok = m_database.exec(q, tr("reading case %1").arg(c.reference)); !ok) {
        return ok;
    }
    while (q.next()) {
        c.recipients.append(Recipient{q.value(0).toString(), toDate(q.value(1)), q.value(2).toString()});
    }
    q.prepare(QStringLiteral("SELECT created_at, author, body FROM notes WHERE case_id = :id ORDER BY position"));
    q.bindValue(QStringLiteral(":id"), c.id);
    if (auto ok = m_database.exec(q, tr("reading case %1").arg(c.reference)); !ok) {
        return ok;
    }
    while (q.next()) {
        c.notes.append(Note{toUtc(q.value(0)), q.value(1).toString(), q.value(2).toString()});
    }
    return {};
}

} // namespace dpodesk
