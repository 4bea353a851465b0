#include "panels/casetimeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
            lines << tr("Field changed: %1: %2 → %3").arg(path, valueText(before), valueText(after));
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
