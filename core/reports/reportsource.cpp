#include "reports/reportsource.h"

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

} // namespace dpodesk
