// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/recordreport.h"

#include "domain/recordimport.h"
#include "reports/pdfcanvas.h"
#include "reports/pdfflow.h"

namespace dpodesk {

namespace {

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString lines(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("—") : values.join(u'\n');
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

} // namespace

QByteArray RecordReports::activitiesCsv(const QList<ProcessingActivity> &activities, CsvProfile profile)
{
    CsvWriter csv(profile);
    const QStringList columns = RecordRules::activityColumns();
    for (const QString &column : columns) {
        csv.appendText(column);
    }
    csv.endRow();
    const auto list = [](const QStringList &values) { return values.join(u'|'); };
    for (const ProcessingActivity &a : activities) {
        for (const QString &column : columns) {
            QString value;
            if (column == u"name") {
                value = a.name;
            } else if (column == u"role") {
                value = name(a.role);
            } else if (column == u"controller") {
                value = a.controller;
            } else if (column == u"purposes") {
                value = list(a.purposes);
            } else if (column == u"legal_basis") {
                value = list(a.legalBasis);
            } else if (column == u"data_subjects") {
                value = list(a.dataSubjects);
            } else if (column == u"data_categories") {
                value = list(a.dataCategories);
            } else if (column == u"recipients") {
                value = list(a.recipients);
            } else if (column == u"transfers") {
                value = list(a.transfers);
            } else if (column == u"retention") {
                value = a.retention;
            } else if (column == u"source") {
                value = a.source;
            } else if (column == u"automated_decision") {
                value = a.automatedDecision;
            } else if (column == u"systems") {
                value = list(a.systems);
            } else if (column == u"entity") {
                value = a.entity;
            }
            csv.appendText(value);
        }
        csv.endRow();
    }
    return csv.take();
}

Result<QByteArray> RecordReports::activitiesPdf(const QList<ProcessingActivity> &activities, const ReportHeader &header)
{
    const QString title = tr("Record of processing activities");
    PdfCanvas canvas(QPageLayout::Portrait, title);
    PdfFlow flow(canvas);
    const OrganisationProfile &org = header.organisation;
    flow.title(title);
    flow.line(org.name.isEmpty() ? tr("(organisation not set)") : org.name, 11, true);
    if (!org.postalAddress.trimmed().isEmpty()) {
        flow.line(org.postalAddress.trimmed());
    }
    QStringList dpo{org.dpoName, org.dpoEmail, org.dpoPhone};
    dpo.removeAll(QString());
    flow.line(tr("Data Protection Officer: %1").arg(dpo.isEmpty() ? tr("(not set)") : dpo.join(QStringLiteral(" · "))));
    flow.line(tr("Generated on %1 · %n activity(ies)", nullptr, int(activities.size())).arg(header.generatedAtText()));
    if (activities.isEmpty()) {
        flow.space(4);
        flow.line(tr("The record holds no activity."));
    }
    int n = 0;
    for (const ProcessingActivity &a : activities) {
        flow.heading(QStringLiteral("%1. %2").arg(++n).arg(a.name));
        QString role = label(a.role);
        if (a.role == ProcessingRole::JointController) {
            role = tr("%1, with %2").arg(role, a.controller);
        } else if (a.role == ProcessingRole::Processor) {
            role = tr("%1, for the controller %2").arg(role, a.controller);
        }
        flow.field(tr("Our role"), role);
        flow.field(tr("Purposes"), lines(a.purposes));
        flow.field(tr("Legal basis"), lines(a.legalBasis));
        flow.field(tr("Data subjects"), lines(a.dataSubjects));
        flow.field(tr("Categories of personal data"), lines(a.dataCategories));
        flow.field(tr("Recipients (by name, processors included)"),
                   a.recipients.isEmpty() ? tr("None") : a.recipients.join(u'\n'));
        flow.field(tr("Transfers outside the EU and their safeguards"),
                   a.transfers.isEmpty() ? tr("None") : a.transfers.join(u'\n'));
        flow.field(tr("Retention period or its criteria"), orDash(a.retention));
        flow.field(tr("Source of the data"),
                   a.source.trimmed().isEmpty() ? tr("Collected from the data subjects") : a.source);
        flow.field(tr("Automated decision and its logic"),
                   a.automatedDecision.trimmed().isEmpty() ? tr("None") : a.automatedDecision);
        flow.field(tr("Systems"), lines(a.systems));
        flow.field(tr("Legal entity"), orDash(a.entity));
        if (a.updatedAt.isValid()) {
            flow.field(tr("Last changed"), a.updatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        }
    }
    return flow.finish(tr("GDPR art. 30(1); art. 30(2) for the activities carried out as processor. Made available "
                          "to the supervisory authority on request (art. 30(4))."),
                       PdfCanvas::footerText(header, title));
}

Result<QByteArray> RecordReports::caseTasksPdf(const CaseRecord &record, const QList<CaseTask> &tasks,
                                               const QMap<qint64, Attachment> &attachments, const ReportHeader &header)
{
    const QString title = tr("Actions taken for case %1").arg(record.reference);
    PdfCanvas canvas(QPageLayout::Portrait, title);
    PdfFlow flow(canvas);
    flow.title(title);
    flow.line(header.organisation.name.isEmpty() ? tr("(organisation not set)") : header.organisation.name, 11, true);
    QStringList rights;
    for (const RightRequest &r : record.rights) {
        rights << label(r.right);
    }
    flow.line(tr("Case %1, received on %2 · Rights: %3")
                  .arg(record.reference, isoDate(record.receivedOn), rights.join(QStringLiteral(", "))));
    flow.line(tr("Generated on %1 · %n task(s)", nullptr, int(tasks.size())).arg(header.generatedAtText()));
    if (tasks.isEmpty()) {
        flow.space(4);
        flow.line(tr("No task was planned for this case."));
    }
    for (const CaseTask &t : tasks) {
        flow.heading(QStringLiteral("T%1 — %2 — %3").arg(t.number).arg(t.systemName, label(t.action)));
        if (!t.activities.trimmed().isEmpty()) {
            flow.field(tr("Called for by"), t.activities);
        }
        QStringList owner{t.ownerName, t.ownerEmail};
        owner.removeAll(QString());
        if (!owner.isEmpty()) {
            flow.field(tr("Owner"), owner.join(QStringLiteral(" · ")));
        }
        flow.field(tr("Planned on / due on"), QStringLiteral("%1 / %2").arg(isoDate(t.plannedOn), isoDate(t.dueOn)));
        flow.field(tr("Sent on"),
                   t.sentOn.isValid()
                       ? (t.sentTo.isEmpty() ? isoDate(t.sentOn) : tr("%1, to %2").arg(isoDate(t.sentOn), t.sentTo))
                       : tr("Not sent"));
        flow.field(tr("Answered on"), t.answeredOn.isValid() ? isoDate(t.answeredOn) : tr("Not answered"));
        flow.field(tr("Result"), t.result ? label(*t.result) : tr("None yet"));
        if (!t.note.trimmed().isEmpty()) {
            flow.field(tr("Note"), t.note);
        }
        QStringList evidence;
        for (qint64 id : t.evidence) {
            const auto it = attachments.constFind(id);
            if (it == attachments.cend()) {
                evidence << tr("file #%1: not among the files given").arg(id);
                continue;
            }
            QString entry = QStringLiteral("%1\nSHA-256 %2").arg(it->displayName, it->sha256);
            if (it->isPurged()) {
                entry += u'\n' + tr("content erased on %1").arg(it->purgedAt.toUTC().toString(Qt::ISODate));
            }
            evidence << entry;
        }
        flow.field(tr("Evidence"), evidence.isEmpty() ? tr("None") : evidence.join(QStringLiteral("\n\n")), true);
    }
    return flow.finish(tr("The SHA-256 of each evidence file identifies the very file kept with the case in the "
                          "register."),
                       PdfCanvas::footerText(header, title));
}

} // namespace dpodesk
