// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

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

/// Compact JSON as QJsonDocument writes it: UTF-8, the same escapes, no space. The caller gives an object's members
/// in key order (QJsonObject keeps its keys sorted) and leaves out what withoutEmpty() would drop.
class CompactJson {
public:
    explicit CompactJson(QByteArray &out) : m_out(out) {}

    void begin(char bracket)
    {
        m_out += bracket;
        m_first = true;
    }
    void end(char bracket)
    {
        m_out += bracket;
        m_first = false;
    }
    /// An array element or a member's key: the comma before it.
    void next()
    {
        if (!m_first) {
            m_out += ',';
        }
        m_first = false;
    }
    void key(const char *name)
    {
        next();
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    void string(QStringView s)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        m_out += '"';
        const char16_t *p = s.utf16();
        const char16_t *const stop = p + s.size();
        while (p != stop) {
            const char16_t u = *p++;
            if (u < 0x80) {
                if (u >= 0x20 && u != u'"' && u != u'\\') {
                    m_out += char(u);
                    continue;
                }
                m_out += '\\';
                switch (u) {
                case u'"':
                    m_out += '"';
                    break;
                case u'\\':
                    m_out += '\\';
                    break;
                case 0x8:
                    m_out += 'b';
                    break;
                case 0xc:
                    m_out += 'f';
                    break;
                case 0xa:
                    m_out += 'n';
                    break;
                case 0xd:
                    m_out += 'r';
                    break;
                case 0x9:
                    m_out += 't';
                    break;
                default:
                    m_out += "u00";
                    m_out += kHex[u >> 4];
                    m_out += kHex[u & 0xf];
                }
            } else if (u < 0x800) {
                m_out += char(0xc0 | (u >> 6));
                m_out += char(0x80 | (u & 0x3f));
            } else if (!QChar::isSurrogate(u)) {
                m_out += char(0xe0 | (u >> 12));
                m_out += char(0x80 | ((u >> 6) & 0x3f));
                m_out += char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && p != stop && QChar::isLowSurrogate(*p)) {
                const char32_t c = QChar::surrogateToUcs4(u, *p++);
                m_out += char(0xf0 | (c >> 18));
                m_out += char(0x80 | ((c >> 12) & 0x3f));
                m_out += char(0x80 | ((c >> 6) & 0x3f));
                m_out += char(0x80 | (c & 0x3f));
            } else {
                // A lone surrogate is no UTF-8: QJsonDocument writes it as an escape.
                m_out += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4) {
                    m_out += kHex[(u >> shift) & 0xf];
                }
            }
        }
        m_out += '"';
    }
    void date(QDate d)
    {
        const int year = d.year();
        if (year < 1 || year > 9999) {
            string(d.toString(Qt::ISODate)); // what QDate writes outside four-digit years
            return;
        }
        char text[12] = {'"'};
        writeDate(text + 1, year, d.month(), d.day());
        text[11] = '"';
        m_out.append(text, sizeof text);
    }
    void utcTime(const QDateTime &time)
    {
        const QDateTime utc = time.toUTC();
        const QDate d = utc.date();
        if (d.year() < 1 || d.year() > 9999) {
            string(utc.toString(Qt::ISODate));
            return;
        }
        const QTime t = utc.time();
        char text[22] = {'"'};
        writeDate(text + 1, d.year(), d.month(), d.day());
        text[11] = 'T';
        writeTwo(text + 12, t.hour());
        text[14] = ':';
        writeTwo(text + 15, t.minute());
        text[17] = ':';
        writeTwo(text + 18, t.second());
        text[20] = 'Z';
        text[21] = '"';
        m_out.append(text, sizeof text);
    }
    void number(qint64 n) { m_out += QByteArray::number(n); }
    void literal(const char *text) { m_out += text; }

    // Members as caseToJson() writes them, once withoutEmpty() has dropped nulls, empty arrays and false.
    void text(const char *name, const QString &s) ///< text(): an empty text is null
    {
        if (!s.isEmpty()) {
            key(name);
            string(s);
        }
    }
    void plain(const char *name, const QString &s) ///< a string even when empty
    {
        key(name);
        string(s);
    }
    void date(const char *name, QDate d)
    {
        if (d.isValid()) {
            key(name);
            date(d);
        }
    }

private:
    static void writeTwo(char *at, int n)
    {
        at[0] = char('0' + n / 10);
        at[1] = char('0' + n % 10);
    }
    static void writeDate(char *at, int year, int month, int day)
    {
        at[0] = char('0' + year / 1000);
        at[1] = char('0' + year / 100 % 10);
        writeTwo(at + 2, year % 100);
        at[4] = '-';
        writeTwo(at + 5, month);
        at[7] = '-';
        writeTwo(at + 8, day);
    }

    QByteArray &m_out;
    bool m_first = true;
};

/// personToJson(), members in key order; the requester's capacity and its proof come first.
void writePerson(CompactJson &json, const Person &p, const Requester *requester)
{
    json.begin('{');
    if (requester) {
        json.plain("capacity", name(requester->capacity));
        json.text("capacity_proof", requester->capacityProof);
    }
    json.text("email", p.email);
    json.text("first_name", p.firstName);
    json.text("internal_reference", p.internalReference);
    json.text("last_name", p.lastName);
    json.text("phone", p.phone);
    json.text("postal_address", p.postalAddress);
    json.plain("relationship", name(p.relationship));
    json.end('}');
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
        recipients.append(QJsonObject{{QStringLiteral("address"), r.address},
                                      {QStringLiteral("name"), r.name},
                                      {QStringLiteral("notified_on"), date(r.notifiedOn)}});
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

QByteArray caseDetailsJson(const CaseRecord &c)
{
    QByteArray out;
    out.reserve(1024);
    CompactJson json(out);
    json.begin('{');
    json.date("acknowledged_on", c.acknowledgedOn);
    json.date("answered_on", c.answeredOn);
    json.plain("channel", name(c.channel));
    json.date("clock_stopped_since", c.openSuspension() ? c.openSuspension()->askedOn : QDate());
    json.date("closed_on", c.closedOn);
    json.date("cnil_due_date", c.cnilDueDate);
    json.text("cnil_reference", c.cnilReference);
    json.date("deadline", c.deadline());
    json.date("extended_deadline", c.deadlines.extended);
    if (c.extension) {
        const Extension &e = *c.extension;
        json.key("extension");
        json.begin('{');
        json.date("decided_on", e.decidedOn);
        json.plain("justification", e.justification);
        json.date("notice_sent_on", e.noticeSentOn);
        json.plain("reason", name(e.reason));
        json.end('}');
    }
    if (c.extensionNoticeDue()) {
        json.key("extension_notice_due");
        json.literal("true");
    }
    json.date("initial_deadline", c.deadlines.initial);
    json.plain("language", c.language);
    json.text("linked_case", c.linkedCaseReference);
    if (c.loggedAt.isValid()) {
        json.key("logged_at");
        json.utcTime(c.loggedAt);
    }
    if (!c.notes.isEmpty()) {
        json.key("notes");
        json.begin('[');
        for (const Note &n : c.notes) {
            json.next();
            json.begin('{');
            json.text("author", n.author);
            if (n.createdAt.isValid()) {
                json.key("created_at");
                json.utcTime(n.createdAt);
            }
            json.plain("text", n.text);
            json.end('}');
        }
        json.end(']');
    }
    json.date("received_on", c.receivedOn);
    if (!c.recipients.isEmpty()) {
        json.key("recipients");
        json.begin('[');
        for (const Recipient &r : c.recipients) {
            json.next();
            json.begin('{');
            json.plain("address", r.address);
            json.plain("name", r.name);
            json.date("notified_on", r.notifiedOn);
            json.end('}');
        }
        json.end(']');
    }
    json.plain("reference", c.reference);
    json.date("refusal_deadline", c.deadlines.refusalDeadline());
    if (c.requester) {
        json.key("requester");
        writePerson(json, c.requester->person, &*c.requester);
    }
    if (!c.rights.isEmpty()) {
        json.key("rights");
        json.begin('[');
        for (const RightRequest &r : c.rights) {
            json.next();
            json.begin('{');
            json.date("decided_on", r.decidedOn);
            json.text("detail", r.detail);
            json.plain("outcome", name(r.outcome));
            if (r.refusalGround != RefusalGround::None) {
                json.plain("refusal_ground", name(r.refusalGround));
            }
            json.text("refusal_reason", r.refusalReason);
            json.plain("right", name(r.right));
            json.end('}');
        }
        json.end(']');
    }
    json.plain("status", name(c.status));
    json.key("subject");
    writePerson(json, c.subject, nullptr);
    json.key("suspended_days");
    json.number(c.deadlines.suspendedDays);
    if (!c.suspensions.isEmpty()) {
        json.key("suspensions");
        json.begin('[');
        for (const Suspension &s : c.suspensions) {
            json.next();
            json.begin('{');
            json.date("answered_on", s.answeredOn);
            json.date("asked_on", s.askedOn);
            json.text("note", s.note);
            json.plain("reason", name(s.reason));
            json.end('}');
        }
        json.end(']');
    }
    json.end('}');
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
