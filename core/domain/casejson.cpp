#include "domain/casejson.h"

#include "domain/caserecord.h"

#include <QJsonArray>

namespace dpodesk {

namespace {

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

void flattenInto(QMap<QString, QJsonValue> &out, const QString &prefix, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            flattenInto(out, prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            flattenInto(out, prefix + u'.' + QString::number(i), array.at(i));
        }
    } else {
        out.insert(prefix, value);
    }
}

} // namespace

QJsonObject personToJson(const Person &p)
{
    return QJsonObject{
        {QStringLiteral("first_name"), text(p.firstName)},
        {QStringLiteral("last_name"), text(p.lastName)},
        {QStringLiteral("email"), text(p.email)},
        {QStringLiteral("postal_address"), text(p.postalAddress)},
        {QStringLiteral("phone"), text(p.phone)},
        {QStringLiteral("internal_reference"), text(p.internalReference)},
        {QStringLiteral("relationship"), name(p.relationship)},
    };
}

QJsonObject caseToJson(const CaseRecord &c, QDate today)
{
    QJsonArray rights;
    for (const RightRequest &r : c.rights) {
        rights.append(QJsonObject{
            {QStringLiteral("right"), name(r.right)},
            {QStringLiteral("detail"), text(r.detail)},
            {QStringLiteral("outcome"), name(r.outcome)},
            {QStringLiteral("refusal_ground"),
             r.refusalGround == RefusalGround::None ? QJsonValue(QJsonValue::Null) : QJsonValue(name(r.refusalGround))},
            {QStringLiteral("refusal_reason"), text(r.refusalReason)},
            {QStringLiteral("decided_on"), date(r.decidedOn)},
        });
    }
    QJsonArray suspensions;
    for (const Suspension &s : c.suspensions) {
        suspensions.append(QJsonObject{
            {QStringLiteral("reason"), name(s.reason)},
            {QStringLiteral("asked_on"), date(s.askedOn)},
            {QStringLiteral("answered_on"), date(s.answeredOn)},
            {QStringLiteral("note"), text(s.note)},
        });
    }
    QJsonArray recipients;
    for (const Recipient &r : c.recipients) {
        recipients.append(
            QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("notified_on"), date(r.notifiedOn)}});
    }
    QJsonArray notes;
    for (const Note &n : c.notes) {
        notes.append(QJsonObject{
            {QStringLiteral("created_at"), n.createdAt.isValid() ? QJsonValue(n.createdAt.toUTC().toString(Qt::ISODate))
                                                                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("author"), text(n.author)},
            {QStringLiteral("text"), n.text},
        });
    }
    QJsonObject json{
        {QStringLiteral("reference"), c.reference},
        {QStringLiteral("status"), name(c.status)},
        {QStringLiteral("channel"), name(c.channel)},
        {QStringLiteral("language"), c.language},
        {QStringLiteral("received_on"), date(c.receivedOn)},
        {QStringLiteral("logged_at"),
         c.loggedAt.isValid() ? QJsonValue(c.loggedAt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rights"), rights},
        {QStringLiteral("subject"), personToJson(c.subject)},
        {QStringLiteral("requester"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("suspensions"), suspensions},
        {QStringLiteral("extension"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("acknowledged_on"), date(c.acknowledgedOn)},
        {QStringLiteral("answered_on"), date(c.answeredOn)},
        {QStringLiteral("closed_on"), date(c.closedOn)},
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("cnil_reference"), text(c.cnilReference)},
        {QStringLiteral("cnil_due_date"), date(c.cnilDueDate)},
        {QStringLiteral("linked_case"), text(c.linkedCaseReference)},
        {QStringLiteral("initial_deadline"), date(c.deadlines.initial)},
        {QStringLiteral("extended_deadline"), date(c.deadlines.extended)},
        {QStringLiteral("refusal_deadline"), date(c.deadlines.refusalDeadline())},
        {QStringLiteral("suspended_days"), c.deadlines.suspendedDays},
        {QStringLiteral("deadline"), date(c.deadline())},
        {QStringLiteral("extension_notice_due"), c.extensionNoticeDue()},
        {QStringLiteral("clock_stopped_since"), date(c.openSuspension() ? c.openSuspension()->askedOn : QDate())},
    };
    if (c.requester) {
        QJsonObject requester = personToJson(c.requester->person);
        requester.insert(QStringLiteral("capacity"), name(c.requester->capacity));
        requester.insert(QStringLiteral("capacity_proof"), text(c.requester->capacityProof));
        json.insert(QStringLiteral("requester"), requester);
    }
    if (c.extension) {
        json.insert(QStringLiteral("extension"),
                    QJsonObject{
                        {QStringLiteral("decided_on"), date(c.extension->decidedOn)},
                        {QStringLiteral("reason"), name(c.extension->reason)},
                        {QStringLiteral("justification"), c.extension->justification},
                        {QStringLiteral("notice_sent_on"), date(c.extension->noticeSentOn)},
                    });
    }
    if (today.isValid()) {
        // No countdown while the clock is stopped or once the case is done.
        const bool counting = c.isOpen() && !c.openSuspension() && c.deadline().isValid();
        json.insert(QStringLiteral("days_left"), counting
                                                     ? QJsonValue(DeadlineCalculator::daysLeft(c.deadline(), today))
                                                     : QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("urgency"), urgencyName(c.urgency(today)));
    }
    return json;
}

QJsonObject withoutEmpty(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull() || (v.isArray() && v.toArray().isEmpty()) || (v.isBool() && !v.toBool())) {
            continue;
        }
        if (v.isObject()) {
            out.insert(it.key(), withoutEmpty(v.toObject()));
        } else if (v.isArray()) {
            QJsonArray items;
            for (const QJsonValue &item : v.toArray()) {
                items.append(item.isObject() ? QJsonValue(withoutEmpty(item.toObject())) : item);
            }
            out.insert(it.key(), items);
        } else {
            out.insert(it.key(), v);
        }
    }
    return out;
}

QMap<QString, QJsonValue> flattenJson(const QJsonObject &object)
{
    QMap<QString, QJsonValue> out;
    flattenInto(out, QString(), object);
    return out;
}

QJsonObject diffCases(const CaseRecord &before, const CaseRecord &after)
{
    const auto old = flattenJson(caseToJson(before));
    const auto now = flattenJson(caseToJson(after));
    QJsonObject changes;
    const auto consider = [&](const QString &key) {
        const QJsonValue o = old.value(key, QJsonValue(QJsonValue::Null));
        const QJsonValue n = now.value(key, QJsonValue(QJsonValue::Null));
        if (o != n && !changes.contains(key)) {
            changes.insert(key, QJsonObject{{QStringLiteral("old"), o}, {QStringLiteral("new"), n}});
        }
    };
    for (auto it = old.keyBegin(); it != old.keyEnd(); ++it) {
        consider(*it);
    }
    for (auto it = now.keyBegin(); it != now.keyEnd(); ++it) {
        consider(*it);
    }
    return changes;
}

} // namespace dpodesk
