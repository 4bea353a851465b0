#include "storage/sqlcaserepository.h"

#include "common/clock.h"
#include "domain/casejson.h"
#include "domain/casetext.h"
#include "domain/casevalidator.h"
#include "domain/searchkey.h"
#include "storage/database.h"

#include <QJsonArray>
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

QJsonArray sequences(const QList<qint64> &list)
{
    QJsonArray array;
    for (const qint64 seq : list) {
        array.append(seq);
    }
    return array;
}

QString rightsNames(const CaseRecord &c)
{
    QStringList names;
    for (const RightRequest &r : c.rights) {
        names << name(r.right);
    }
    return names.join(u',');
}

} // namespace

SqlCaseRepository::SqlCaseRepository(Database &database, const Clock &clock, QString actor)
    : m_database(database), m_clock(clock), m_audit(database, clock, std::move(actor))
{
}

Result<void> SqlCaseRepository::loadCalendar()
{
    auto name = m_database.meta(QStringLiteral("holiday_calendar"), QStringLiteral("fr"));
    if (!name) {
        return name.error();
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT day FROM closure_days ORDER BY day"));
    if (auto ok = m_database.exec(q, tr("reading the closure days")); !ok) {
        return ok;
    }
    QList<QDate> closures;
    while (q.next()) {
        closures << toDate(q.value(0));
    }
    auto calendar = HolidayCalendar::fromName(*name, closures);
    if (!calendar) {
        return calendar.error();
    }
    m_calculator = DeadlineCalculator(*calendar);
    return {};
}

Result<void> SqlCaseRepository::setCalendar(const HolidayCalendar &calendar)
{
    const DeadlineCalculator previous = m_calculator;
    m_calculator = DeadlineCalculator(calendar);
    auto result = m_database.write([&]() -> Result<void> {
        if (auto ok = m_database.setMeta(QStringLiteral("holiday_calendar"), calendar.name()); !ok) {
            return ok;
        }
        QSqlQuery clear(m_database.connection());
        clear.prepare(QStringLiteral("DELETE FROM closure_days"));
        if (auto ok = m_database.exec(clear, tr("saving the closure days")); !ok) {
            return ok;
        }
        QJsonArray days;
        for (const QDate &day : calendar.closureDays()) {
            QSqlQuery insert(m_database.connection());
            insert.prepare(QStringLiteral("INSERT INTO closure_days (day) VALUES (:day)"));
            insert.bindValue(QStringLiteral(":day"), dateValue(day));
            if (auto ok = m_database.exec(insert, tr("saving the closure days")); !ok) {
                return ok;
            }
            days.append(day.toString(Qt::ISODate));
        }
        // Every stored deadline depends on the calendar.
        QSqlQuery ids(m_database.connection());
        ids.setForwardOnly(true);
        ids.prepare(QStringLiteral("SELECT id FROM cases"));
        if (auto ok = m_database.exec(ids, tr("recomputing deadlines")); !ok) {
            return ok;
        }
        QList<qint64> all;
        while (ids.next()) {
            all << ids.value(0).toLongLong();
        }
        QJsonArray changed;
        for (qint64 id : all) {
            auto found = find(id);
            if (!found) {
                return found.error();
            }
            CaseRecord record = std::move(found).value();
            const Deadlines before = record.deadlines;
            prepareForStorage(record);
            if (record.deadlines.initial == before.initial && record.deadlines.extended == before.extended) {
                continue; // untouched cases keep their version: a copy open elsewhere can still be saved
            }
            record.version += 1;
            if (auto ok = writeCaseRow(record, false, nullptr); !ok) {
                return ok;
            }
            const QJsonObject moved{
                {QStringLiteral("case"), record.reference},
                {QStringLiteral("old"), before.effective(record.isExtended()).toString(Qt::ISODate)},
                {QStringLiteral("new"), record.deadline().toString(Qt::ISODate)}};
            changed.append(moved);
            // The case's own history says its deadline moved, and its event records its new state.
            auto caseEvent = m_audit.append(QStringLiteral("case.deadline-recomputed"), record.reference,
                                            QJsonObject{{QStringLiteral("old"), moved.value(QStringLiteral("old"))},
                                                        {QStringLiteral("new"), moved.value(QStringLiteral("new"))},
                                                        {QStringLiteral("calendar"), calendar.name()}});
            if (!caseEvent) {
                return caseEvent.error();
            }
        }
        // One event for the setting, listing every deadline it moved.
        auto event = m_audit.append(QStringLiteral("settings.calendar"), QString(),
                                    QJsonObject{{QStringLiteral("old"), previous.calendar().name()},
                                                {QStringLiteral("new"), calendar.name()},
                                                {QStringLiteral("closure_days"), days},
                                                {QStringLiteral("deadlines_moved"), changed}});
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!result) {
        m_calculator = previous;
    }
    return result;
}

void SqlCaseRepository::prepareForStorage(CaseRecord &c) const
{
    c.recomputeDeadlines(m_calculator);
}

Result<QString> SqlCaseRepository::nextReference(int year)
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

Result<void> SqlCaseRepository::writeCaseRow(const CaseRecord &c, bool insert, qint64 *newId)
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
        ":updated_at)");
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
    bind("rights_summary", nn(rightsNames(c)));
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
        return ok;
    }
    if (insert) {
        if (newId) {
            *newId = q.lastInsertId().toLongLong();
        }
    } else if (q.numRowsAffected() != 1) {
        return makeError(Error::Code::Conflict,
                         tr("Case %1 was changed elsewhere since you opened it; reopen it and make your change again.")
                             .arg(c.reference));
    }
    return {};
}

Result<void> SqlCaseRepository::writeChildren(const CaseRecord &c, bool fresh)
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
        "INSERT INTO recipients (case_id, position, name, notified_on) VALUES (:id, :pos, :name, :notified)"));
    if (!recipients) {
        return recipients.error();
    }
    for (qsizetype i = 0; i < c.recipients.size(); ++i) {
        QSqlQuery &q = **recipients;
        q.bindValue(QStringLiteral(":id"), c.id);
        q.bindValue(QStringLiteral(":pos"), int(i));
        q.bindValue(QStringLiteral(":name"), c.recipients.at(i).name);
        q.bindValue(QStringLiteral(":notified"), dateValue(c.recipients.at(i).notifiedOn));
        if (auto ok = m_database.exec(q, tr("saving the recipients of case %1").arg(c.reference)); !ok) {
            return ok;
        }
        q.finish();
    }
    // Notes are append-only: write only those beyond what is stored.
    int existing = 0;
    if (!fresh) {
        auto stored = m_database.prepared(QStringLiteral("SELECT count(*) FROM notes WHERE case_id = :id"));
        if (!stored) {
            return stored.error();
        }
        (*stored)->bindValue(QStringLiteral(":id"), c.id);
        if (auto ok = m_database.exec(**stored, tr("saving the notes of case %1").arg(c.reference)); !ok) {
            return ok;
        }
        existing = (*stored)->next() ? (*stored)->value(0).toInt() : 0;
        (*stored)->finish();
    }
    auto notes = m_database.prepared(QStringLiteral("INSERT INTO notes (case_id, position, created_at, author, body) "
                                                    "VALUES (:id, :pos, :created, :author, :body)"));
    if (!notes) {
        return notes.error();
    }
    for (qsizetype i = existing; i < c.notes.size(); ++i) {
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

Result<void> SqlCaseRepository::checkLinkedCase(const CaseRecord &c) const
{
    if (c.linkedCaseReference.isEmpty()) {
        return {};
    }
    const QString field = QStringLiteral("linkedCaseReference");
    if (c.linkedCaseReference == c.reference) {
        return makeError(Error::Code::Invalid, tr("Case %1 cannot be linked to itself.").arg(c.reference), field);
    }
    auto q = m_database.prepared(QStringLiteral("SELECT 1 FROM cases WHERE reference = :reference"));
    if (!q) {
        return q.error();
    }
    (*q)->bindValue(QStringLiteral(":reference"), c.linkedCaseReference);
    if (auto ok = m_database.exec(**q, tr("finding the linked case")); !ok) {
        return ok;
    }
    const bool found = (*q)->next();
    (*q)->finish();
    if (!found) {
        return makeError(
            Error::Code::Invalid,
            tr("There is no case %1: a linked case must be a case of this register.").arg(c.linkedCaseReference),
            field);
    }
    return {};
}

Result<CaseRecord> SqlCaseRepository::insertInTransaction(CaseRecord c)
{
    if (!c.loggedAt.isValid()) {
        c.loggedAt = m_clock.nowUtc();
    }
    // Numbered in the year the case was logged, in the organisation's time zone.
    auto reference = nextReference(m_clock.localDate(c.loggedAt).year());
    if (!reference) {
        return reference.error();
    }
    c.reference = *reference;
    c.version = 1;
    CaseText::clean(c); // imports bring text from outside too (create() cleaned it already: cleaning is idempotent)
    if (auto linked = checkLinkedCase(c); !linked) {
        return linked.error();
    }
    for (Note &n : c.notes) {
        if (!n.createdAt.isValid()) {
            n.createdAt = c.loggedAt;
        }
        if (n.author.isEmpty()) {
            n.author = m_audit.actor();
        }
    }
    prepareForStorage(c);
    if (auto ok = writeCaseRow(c, true, &c.id); !ok) {
        return ok.error();
    }
    if (auto ok = writeChildren(c, true); !ok) {
        return ok.error();
    }
    auto event = m_audit.appendJson(QStringLiteral("case.create"), c.reference, caseDetailsJson(c));
    if (!event) {
        return event.error();
    }
    return c;
}

Result<CaseRecord> SqlCaseRepository::create(CaseRecord draft)
{
    draft.loggedAt = m_clock.nowUtc();
    CaseText::clean(draft);
    prepareForStorage(draft);
    if (auto valid = CaseValidator::validate(draft, m_clock.today()); !valid) {
        return valid.error();
    }
    CaseRecord stored;
    auto written = m_database.write([&]() -> Result<void> {
        auto inserted = insertInTransaction(draft);
        if (!inserted) {
            return inserted.error();
        }
        stored = std::move(inserted).value();
        return {};
    });
    if (!written) {
        return written.error();
    }
    return stored;
}

Result<CaseRecord> SqlCaseRepository::save(const CaseRecord &changed, const QString &action)
{
    auto before = find(changed.id);
    if (!before) {
        return before.error();
    }
    if (before->version != changed.version) {
        return makeError(Error::Code::Conflict,
                         tr("Case %1 was changed elsewhere since you opened it; reopen it and make your change again.")
                             .arg(changed.reference));
    }
    if (changed.notes.size() < before->notes.size() ||
        !std::equal(before->notes.cbegin(), before->notes.cend(), changed.notes.cbegin())) {
        return makeError(Error::Code::Invalid, tr("Notes can be added but not changed or removed."),
                         QStringLiteral("notes"));
    }
    CaseRecord next = changed;
    next.reference = before->reference; // the reference and the logging time never change
    next.loggedAt = before->loggedAt;
    next.version = before->version + 1;
    CaseText::clean(next, before->notes.size()); // the stored notes stay as they are: notes are append-only
    for (Note &n : next.notes) {
        if (!n.createdAt.isValid()) {
            n.createdAt = m_clock.nowUtc();
        }
        if (n.author.isEmpty()) {
            n.author = m_audit.actor();
        }
    }
    prepareForStorage(next);
    if (auto valid = CaseValidator::validate(next, m_clock.today(), &*before); !valid) {
        return valid.error();
    }
    const QJsonObject changes = diffCases(*before, next);
    if (changes.isEmpty()) {
        return *before; // nothing to store, nothing to audit
    }
    auto written = m_database.write([&]() -> Result<void> {
        // A link already stored stays valid when the case it names is deleted later: only a new link is checked.
        if (next.linkedCaseReference != before->linkedCaseReference) {
            if (auto linked = checkLinkedCase(next); !linked) {
                return linked;
            }
        }
        if (auto ok = writeCaseRow(next, false, nullptr); !ok) {
            return ok;
        }
        if (auto ok = writeChildren(next, false); !ok) {
            return ok;
        }
        QJsonObject details{{QStringLiteral("changes"), changes}};
        if (before->status != next.status) {
            details.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("old"), name(before->status)},
                                                                 {QStringLiteral("new"), name(next.status)}});
        }
        auto event = m_audit.append(action, next.reference, details);
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!written) {
        return written.error();
    }
    return next;
}

Result<void> SqlCaseRepository::remove(const QString &reference, const QString &reason)
{
    auto before = findByReference(reference);
    if (!before) {
        return before.error();
    }
    const QString why = TextHygiene::clean(reason, TextKind::SingleLine);
    if (why.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("Say why the case is deleted: the reason is kept in the audit trail."),
                         QStringLiteral("reason"));
    }
    const QString canonical = before->reference;
    return m_database.write([&]() -> Result<void> {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM cases WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), before->id);
        if (auto ok = m_database.exec(q, tr("deleting case %1").arg(canonical)); !ok) {
            return ok;
        }
        // The case's earlier events keep their links but lose their details: no personal data outlives the case.
        auto redacted = m_audit.redactCase(canonical);
        if (!redacted) {
            return redacted.error();
        }
        // The delete event itself holds no personal data: the reference, the reason, the rights and dates.
        auto event =
            m_audit.append(QStringLiteral("case.delete"), canonical,
                           QJsonObject{{QStringLiteral("reason"), why},
                                       {QStringLiteral("events_redacted"), redacted->size()},
                                       {QStringLiteral("redacted_events"), sequences(*redacted)},
                                       {QStringLiteral("rights"), rightsNames(*before)},
                                       {QStringLiteral("received_on"), before->receivedOn.toString(Qt::ISODate)},
                                       {QStringLiteral("status"), name(before->status)}});
        return event ? Result<void>() : Result<void>(event.error());
    });
}

Result<CaseRecord> SqlCaseRepository::find(qint64 id) const
{
    return load(QStringLiteral("id"), id);
}

Result<CaseRecord> SqlCaseRepository::findByReference(const QString &reference) const
{
    return load(QStringLiteral("reference"), reference.trimmed().toUpper());
}

Result<CaseRecord> SqlCaseRepository::load(const QString &column, const QVariant &value) const
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

Result<void> SqlCaseRepository::loadChildren(CaseRecord &c) const
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
    q.prepare(QStringLiteral("SELECT name, notified_on FROM recipients WHERE case_id = :id ORDER BY position"));
    q.bindValue(QStringLiteral(":id"), c.id);
    if (auto ok = m_database.exec(q, tr("reading case %1").arg(c.reference)); !ok) {
        return ok;
    }
    while (q.next()) {
        c.recipients.append(Recipient{q.value(0).toString(), toDate(q.value(1))});
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
