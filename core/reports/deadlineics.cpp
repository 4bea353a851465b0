// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The deadline report as an iCalendar file (RFC 5545), for the DPO's calendar.
//
// Privacy: calendars are often synchronised to cloud services, so events carry the case reference, the rights and the
// dates, never the data subject's name or contact details (docs/rules.md#data-minimisation).
#include "reports/deadlinereport.h"
#include "reports/icswriter.h"

namespace dpodesk {

QByteArray DeadlineReports::ics(const DeadlineReport &report)
{
    const ReportHeader &h = report.header;
    IcsWriter w;
    w.begin("VCALENDAR");
    w.raw("VERSION", "2.0");
    w.raw("PRODID", QByteArrayLiteral("-//DPO Desk//DPO Desk " DPODESK_VERSION "//EN"));
    w.raw("CALSCALE", "GREGORIAN");
    w.raw("METHOD", "PUBLISH");
    w.text("X-WR-CALNAME",
           h.organisation.name.isEmpty() ? tr("GDPR deadlines") : tr("GDPR deadlines — %1").arg(h.organisation.name));
    const QByteArray stamp = IcsWriter::utc(h.generatedAtUtc);
    for (const DeadlineRow &row : report.rows) {
        if (!row.deadline.isValid()) {
            continue;
        }
        const QString rights = rightsText(row.rights);
        w.begin("VEVENT");
        // The same UID on every export: importing the file again updates the event instead of adding a copy.
        w.raw("UID", eventUid(row.reference, h.registerId).toUtf8());
        w.raw("DTSTAMP", stamp);
        if (row.updatedAtUtc.isValid()) {
            w.raw("LAST-MODIFIED", IcsWriter::utc(row.updatedAtUtc));
        }
        w.raw("SEQUENCE", QByteArray::number(row.version)); // the case's version rises with every change
        w.raw("DTSTART;VALUE=DATE", IcsWriter::date(row.deadline));
        w.raw("DTEND;VALUE=DATE", IcsWriter::date(row.deadline.addDays(1)));
        w.text("SUMMARY", tr("GDPR deadline: %1 (%2)").arg(row.reference, rights));
        QStringList description{
            tr("Case %1: %2.").arg(row.reference, rights),
            tr("Received on %1; deadline in force %2 (GDPR art. 12(3)).")
                .arg(row.receivedOn.toString(Qt::ISODate), row.deadline.toString(Qt::ISODate)),
            tr("Status: %1.").arg(label(row.status)),
        };
        if (row.clockStopped()) {
            description << tr("Clock stopped since %1: the deadline will move by the days it stands still.")
                               .arg(row.clockStoppedSince.toString(Qt::ISODate));
        }
        if (row.extensionNoticeDue) {
            description << tr("Extension notice due: the person must be told of the extension and its reasons.");
        }
        w.text("DESCRIPTION", description.join(u'\n'));
        w.raw("CATEGORIES", "GDPR");
        w.raw("TRANSP", "TRANSPARENT");
        const std::pair<const char *, QString> reminders[] = {
            {"-P7D", tr("GDPR deadline in 7 days: %1").arg(row.reference)},
            {"-P1D", tr("GDPR deadline tomorrow: %1").arg(row.reference)},
        };
        for (const auto &[trigger, text] : reminders) {
            w.begin("VALARM");
            w.raw("ACTION", "DISPLAY");
            w.text("DESCRIPTION", text);
            w.raw("TRIGGER", trigger);
            w.end("VALARM");
        }
        w.end("VEVENT");
    }
    w.end("VCALENDAR");
    return w.bytes();
}

} // namespace dpodesk
