// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/reportsource.h"

#include <QTimeZone>

namespace dpodesk {

QString ReportHeader::generatedAtText() const
{
    QTimeZone zone(organisation.timeZone.toUtf8());
    if (!zone.isValid()) {
        zone = QTimeZone::utc();
    }
    return QStringLiteral("%1 (%2)").arg(generatedAtUtc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                         QString::fromUtf8(zone.id()));
}

Result<void> ReportSource::forEachOpenDeadlineBytes(const DeadlineFilter &filter, QDate today,
                                                    const std::function<void(const DeadlineRowBytes &)> &visit) const
{
    return forEachOpenDeadline(filter, today, false, [&visit](const DeadlineRow &row) {
        const QByteArray reference = row.reference.toUtf8();
        const QByteArray name = row.subjectName.toUtf8();
        const QByteArray rights = row.rights.toUtf8();
        DeadlineRowBytes bytes;
        bytes.reference = reference;
        bytes.firstName = name; // the name already joined
        bytes.rights = rights;
        bytes.channel = row.channel;
        bytes.receivedOn = row.receivedOn;
        bytes.deadline = row.deadline;
        bytes.status = row.status;
        bytes.clockStoppedSince = row.clockStoppedSince;
        bytes.extensionNoticeDue = row.extensionNoticeDue;
        visit(bytes);
    });
}

} // namespace dpodesk
