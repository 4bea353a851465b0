// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panels/casetimeline.h"

#include "attachments/attachment.h"
#include "domain/processing.h"
#include "letters/letterkind.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace dpodesk {

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? CaseTimeline::tr("yes") : CaseTimeline::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

/// A field of the case as the person reads it: "subject.email" → "Data subject — e-mail", "rights.1.outcome" →
/// "Right 2 — outcome"; a path it does not know stays as it is.
QString fieldLabel(const QString &path)
{
    static const QHash<QString, const char *> leaves{
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("CaseTimeline", "first name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("CaseTimeline", "last name")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("CaseTimeline", "e-mail")},
        {QStringLiteral("postal_address"), QT_TRANSLATE_NOOP("CaseTimeline", "postal address")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("CaseTimeline", "phone")},
        {QStringLiteral("internal_reference"), QT_TRANSLATE_NOOP("CaseTimeline", "internal reference")},
        {QStringLiteral("relationship"), QT_TRANSLATE_NOOP("CaseTimeline", "relationship")},
        {QStringLiteral("capacity"), QT_TRANSLATE_NOOP("CaseTimeline", "capacity")},
        {QStringLiteral("capacity_proof"), QT_TRANSLATE_NOOP("CaseTimeline", "proof of capacity")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("CaseTimeline", "Channel")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("CaseTimeline", "Language of the request")},
        {QStringLiteral("received_on"), QT_TRANSLATE_NOOP("CaseTimeline", "Date received")},
        {QStringLiteral("acknowledged_on"), QT_TRANSLATE_NOOP("CaseTimeline", "Acknowledgement date")},
        {QStringLiteral("answered_on"), QT_TRANSLATE_NOOP("CaseTimeline", "Answer date")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("CaseTimeline", "Closing date")},
        {QStringLiteral("cnil_reference"), QT_TRANSLATE_NOOP("CaseTimeline", "CNIL reference")},
        {QStringLiteral("cnil_due_date"), QT_TRANSLATE_NOOP("CaseTimeline", "CNIL due date")},
        {QStringLiteral("linked_case"), QT_TRANSLATE_NOOP("CaseTimeline", "Linked case")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("CaseTimeline", "Deadline in force")},
        {QStringLiteral("initial_deadline"), QT_TRANSLATE_NOOP("CaseTimeline", "Initial deadline")},
        {QStringLiteral("extended_deadline"), QT_TRANSLATE_NOOP("CaseTimeline", "Extended deadline")},
        {QStringLiteral("refusal_deadline"), QT_TRANSLATE_NOOP("CaseTimeline", "Refusal deadline")},
        {QStringLiteral("suspended_days"), QT_TRANSLATE_NOOP("CaseTimeline", "Days the clock stood still")},
        {QStringLiteral("clock_stopped_since"), QT_TRANSLATE_NOOP("CaseTimeline", "Clock stopped since")},
        {QStringLiteral("extension_notice_due"), QT_TRANSLATE_NOOP("CaseTimeline", "Extension notice due")},
        {QStringLiteral("right"), QT_TRANSLATE_NOOP("CaseTimeline", "right")},
        {QStringLiteral("detail"), QT_TRANSLATE_NOOP("CaseTimeline", "detail")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("CaseTimeline", "outcome")},
        {QStringLiteral("refusal_ground"), QT_TRANSLATE_NOOP("CaseTimeline", "ground of the refusal")},
        {QStringLiteral("refusal_reason"), QT_TRANSLATE_NOOP("CaseTimeline", "reasons of the refusal")},
        {QStringLiteral("decided_on"), QT_TRANSLATE_NOOP("CaseTimeline", "decision date")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("CaseTimeline", "reason")},
        {QStringLiteral("asked_on"), QT_TRANSLATE_NOOP("CaseTimeline", "asked on")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("CaseTimeline", "note")},
        {QStringLiteral("justification"), QT_TRANSLATE_NOOP("CaseTimeline", "justification")},
        {QStringLiteral("notice_sent_on"), QT_TRANSLATE_NOOP("CaseTimeline", "notice sent on")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("CaseTimeline", "name")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("CaseTimeline", "address")},
        {QStringLiteral("notified_on"), QT_TRANSLATE_NOOP("CaseTimeline", "notified on")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("CaseTimeline", "Status")},
    };
    static const QHash<QString, const char *> groups{
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("CaseTimeline", "Data subject")},
        {QStringLiteral("requester"), QT_TRANSLATE_NOOP("CaseTimeline", "Requester")},
        {QStringLiteral("extension"), QT_TRANSLATE_NOOP("CaseTimeline", "Extension")},
    };
    static const QHash<QString, const char *> lists{
        {QStringLiteral("rights"), QT_TRANSLATE_NOOP("CaseTimeline", "Right %1")},
        {QStringLiteral("suspensions"), QT_TRANSLATE_NOOP("CaseTimeline", "Question %1")},
        {QStringLiteral("recipients"), QT_TRANSLATE_NOOP("CaseTimeline", "Recipient %1")},
    };
    const QStringList parts = path.split(u'.');
    const auto leaf = [&](const QString &name) {
        const char *text = leaves.value(name);
        return text ? CaseTimeline::tr(text) : name;
    };
    if (parts.size() == 1) {
        return leaf(parts.at(0));
    }
    bool number = false;
    const int index = parts.size() >= 3 ? parts.at(1).toInt(&number) : 0;
    if (lists.contains(parts.at(0)) && number) {
        return QStringLiteral("%1 — %2").arg(CaseTimeline::tr(lists.value(parts.at(0))).arg(index + 1),
                                             leaf(parts.mid(2).join(u'.')));
    }
    if (groups.contains(parts.at(0)) && parts.size() == 2) {
        return QStringLiteral("%1 — %2").arg(CaseTimeline::tr(groups.value(parts.at(0))), leaf(parts.at(1)));
    }
    return path;
}

/// A value as the person reads it: the label of a right, an outcome, a ground, a channel, a date in the locale.
QString readableValue(const QString &path, const QJsonValue &value)
{
    if (!value.isString()) {
        return valueText(value);
    }
    const QString text = value.toString();
    const QString field = path.section(u'.', -1);
    if (field == QLatin1String("outcome")) {
        if (const auto v = parseOutcome(text)) {
            return label(*v);
        }
    } else if (field == QLatin1String("right")) {
        if (const auto v = parseRight(text)) {
            return label(*v);
        }
    } else if (field == QLatin1String("refusal_ground")) {
        if (const auto v = parseRefusalGround(text)) {
            return label(*v);
        }
    } else if (field == QLatin1String("channel")) {
        if (const auto v = parseChannel(text)) {
            return label(*v);
        }
    } else if (field == QLatin1String("capacity")) {
        if (const auto v = parseCapacity(text)) {
            return label(*v);
        }
    } else if (field == QLatin1String("reason") && path.startsWith(QLatin1String("suspensions."))) {
        if (const auto v = parseSuspensionReason(text)) {
            return label(*v);
        }
    } else if (field == QLatin1String("reason") && path.startsWith(QLatin1String("extension"))) {
        if (const auto v = parseExtensionReason(text)) {
            return label(*v);
        }
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        return QLocale().toString(date, QLocale::ShortFormat);
    }
    return text;
}

QString statusText(const QJsonValue &value)
{
    const auto status = parseCaseStatus(value.toString());
    return status ? label(*status) : valueText(value);
}

/// The new value of a field that appeared in a suspension ("suspensions.2.reason": null → "identity").
QString newSuspensionValue(const QJsonObject &changes, QStringView field)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QString key = it.key();
        if (!key.startsWith(QLatin1String("suspensions.")) || !key.endsWith(field)) {
            continue;
        }
        const QJsonObject change = it.value().toObject();
        if (change.value(QLatin1String("old")).isNull() && change.value(QLatin1String("new")).isString()) {
            return change.value(QLatin1String("new")).toString();
        }
    }
    return {};
}

QString actionText(const AuditEvent &event)
{
    const QString &action = event.action;
    const QJsonObject changes = event.details.value(QLatin1String("changes")).toObject();
    if (action == QLatin1String("case.create")) {
        return CaseTimeline::tr("Case created");
    }
    if (action == QLatin1String("case.update")) {
        return CaseTimeline::tr("Case updated");
    }
    if (action == QLatin1String("case.suspend")) {
        const QString reason = newSuspensionValue(changes, u".reason");
        if (reason == name(SuspensionReason::Identity)) {
            return CaseTimeline::tr("Clock stopped (identity)");
        }
        if (reason == name(SuspensionReason::Clarification)) {
            return CaseTimeline::tr("Clock stopped (clarification)");
        }
        return CaseTimeline::tr("Clock stopped");
    }
    if (action == QLatin1String("case.resume")) {
        const QString answered = newSuspensionValue(changes, u".answered_on");
        return answered.isEmpty() ? CaseTimeline::tr("Clock restarted")
                                  : CaseTimeline::tr("Clock restarted (answer received on %1)").arg(answered);
    }
    if (action == QLatin1String("case.extend")) {
        return CaseTimeline::tr("Deadline extended by two months (GDPR art. 12(3))");
    }
    if (action == QLatin1String("case.extension-notice")) {
        return CaseTimeline::tr("Extension notice sent");
    }
    if (action == QLatin1String("case.answer")) {
        return CaseTimeline::tr("Answer recorded");
    }
    if (action == QLatin1String("case.decide")) {
        return CaseTimeline::tr("Decision on each right recorded (the reply to write)");
    }
    if (action == QLatin1String("case.recipients")) {
        return CaseTimeline::tr("Recipients to notify updated (art. 19)");
    }
    if (action == QLatin1String("case.close")) {
        return CaseTimeline::tr("Case closed");
    }
    if (action == QLatin1String("case.withdraw")) {
        return CaseTimeline::tr("Request withdrawn");
    }
    if (action == QLatin1String("case.progress")) {
        return CaseTimeline::tr("Acknowledgement or status recorded");
    }
    if (action == QLatin1String("case.note")) {
        return CaseTimeline::tr("Note added");
    }
    if (action == QLatin1String("case.delete")) {
        return CaseTimeline::tr("Case deleted");
    }
    if (action == QLatin1String("case.activities")) {
        return CaseTimeline::tr("Activities concerning the person chosen");
    }
    if (action == QLatin1String("case.deadline-recomputed")) {
        return CaseTimeline::tr("Deadline recomputed (holiday calendar or closure days changed)");
    }
    if (action == QLatin1String("case.tasks-rescheduled")) {
        return CaseTimeline::tr("Due dates of the tasks moved");
    }
    if (action == QLatin1String("case.state-recorded")) {
        return CaseTimeline::tr("State of the case recorded in the audit trail");
    }
    const QJsonObject &d = event.details;
    const auto kindOf = [&d] {
        const auto kind = parseAttachmentKind(d.value(QLatin1String("kind")).toString());
        return kind ? label(*kind) : d.value(QLatin1String("kind")).toString();
    };
    const QString file = d.value(QLatin1String("attachment")).isDouble()
                             ? CaseTimeline::tr("file #%1").arg(qint64(d.value(QLatin1String("attachment")).toDouble()))
                             : CaseTimeline::tr("file");
    static const QHash<QString, const char *> fileActions{
        {QStringLiteral("attachment.add"), QT_TRANSLATE_NOOP("CaseTimeline", "File added: %1 (%2)")},
        {QStringLiteral("attachment.view"), QT_TRANSLATE_NOOP("CaseTimeline", "File viewed: %1 (%2)")},
        {QStringLiteral("attachment.export"), QT_TRANSLATE_NOOP("CaseTimeline", "File exported: %1 (%2)")},
        {QStringLiteral("attachment.purge"), QT_TRANSLATE_NOOP("CaseTimeline", "File erased: %1 (%2)")},
    };
    if (const char *text = fileActions.value(action)) {
        return CaseTimeline::tr(text).arg(file, kindOf());
    }
    if (action == QLatin1String("identity.verified")) {
        const auto method = parseVerificationMethod(d.value(QLatin1String("method")).toString());
        return CaseTimeline::tr("Identity verified (%1)")
            .arg(method ? label(*method) : d.value(QLatin1String("method")).toString());
    }
    if (action == QLatin1String("letter.sent")) {
        const auto kind = LetterKinds::fromName(d.value(QLatin1String("kind")).toString());
        const QString language = d.value(QLatin1String("language")).toString();
        return CaseTimeline::tr("Letter recorded as sent: %1 (%2)")
            .arg(kind ? LetterKinds::label(*kind) : d.value(QLatin1String("kind")).toString(),
                 language == QLatin1String("en") ? CaseTimeline::tr("English") : CaseTimeline::tr("French"));
    }
    if (action == QLatin1String("task.plan")) {
        return CaseTimeline::tr("Tasks to the system owners planned");
    }
    if (action == QLatin1String("task.send")) {
        return CaseTimeline::tr("Task %1 sent to %2")
            .arg(d.value(QLatin1String("task")).toString(), d.value(QLatin1String("to")).toString());
    }
    if (action == QLatin1String("task.remind")) {
        return CaseTimeline::tr("Reminder of task %1 sent to %2")
            .arg(d.value(QLatin1String("task")).toString(), d.value(QLatin1String("to")).toString());
    }
    if (action == QLatin1String("task.answer")) {
        const auto result = parseTaskResult(d.value(QLatin1String("result")).toString());
        return CaseTimeline::tr("Task %1 answered: %2")
            .arg(d.value(QLatin1String("task")).toString(),
                 result ? label(*result) : d.value(QLatin1String("result")).toString());
    }
    return CaseTimeline::tr("Action %1").arg(action);
}

} // namespace

QString CaseTimeline::describe(const AuditEvent &event)
{
    const QString what = actionText(event);
    return event.redacted ? tr("%1 — details erased").arg(what) : what;
}

QStringList CaseTimeline::changes(const QJsonObject &details)
{
    QStringList lines;
    const QJsonObject changed = details.value(QLatin1String("changes")).toObject();
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        const QString path = it.key();
        if (path.startsWith(QLatin1String("notes."))) {
            continue;
        }
        const QJsonObject change = it.value().toObject();
        const QJsonValue before = change.value(QLatin1String("old"));
        const QJsonValue after = change.value(QLatin1String("new"));
        if (path == QLatin1String("status")) {
            lines << tr("Status: %1 → %2").arg(statusText(before), statusText(after));
        } else {
            lines << tr("%1: %2 → %3").arg(fieldLabel(path), readableValue(path, before), readableValue(path, after));
        }
    }
    return lines;
}

QList<TimelineEntry> CaseTimeline::build(const QList<AuditEvent> &events, const QList<Note> &notes)
{
    QList<TimelineEntry> entries;
    entries.reserve(events.size() + notes.size());
    for (const AuditEvent &event : events) {
        entries.append(TimelineEntry{event.atUtc, event.actor, describe(event),
                                     event.redacted ? QStringList() : changes(event.details), false});
    }
    for (const Note &note : notes) {
        entries.append(TimelineEntry{note.createdAt, note.author, tr("Note: %1").arg(note.text.simplified()),
                                     QStringList(), true});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &l, const TimelineEntry &r) { return l.atUtc > r.atUtc; });
    return entries;
}

} // namespace dpodesk
