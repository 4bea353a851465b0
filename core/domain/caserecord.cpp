// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/caserecord.h"

#include <QStringList>

#include <algorithm>

namespace dpodesk {

QString Person::displayName() const
{
    const QString name = QString(firstName.trimmed() + u' ' + lastName.trimmed()).trimmed();
    return name.isEmpty() ? email : name;
}

bool CaseRecord::isCnilComplaint() const
{
    return hasRight(Right::CnilComplaint);
}

const Suspension *CaseRecord::openSuspension() const
{
    for (const Suspension &s : suspensions) {
        if (s.isOpen()) {
            return &s;
        }
    }
    return nullptr;
}

QList<ClockStop> CaseRecord::closedStops() const
{
    QList<ClockStop> stops;
    for (const Suspension &s : suspensions) {
        if (!s.isOpen()) {
            stops.append({s.askedOn, s.answeredOn});
        }
    }
    return stops;
}

QDate CaseRecord::deadline() const
{
    if (isCnilComplaint()) {
        return cnilDueDate;
    }
    return deadlines.effective(isExtended());
}

bool CaseRecord::hasRight(Right right) const
{
    return std::any_of(rights.cbegin(), rights.cend(), [right](const RightRequest &r) { return r.right == right; });
}

bool CaseRecord::hasRefusal() const
{
    return std::any_of(rights.cbegin(), rights.cend(), [](const RightRequest &r) {
        return r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted;
    });
}

QString CaseRecord::rightsSummary() const
{
    QStringList labels;
    for (const RightRequest &r : rights) {
        labels << label(r.right);
    }
    return labels.join(u", ");
}

QString CaseRecord::rightNames() const
{
    QStringList names;
    for (const RightRequest &r : rights) {
        names << name(r.right);
    }
    return names.join(u',');
}

void CaseRecord::recomputeDeadlines(const DeadlineCalculator &calculator)
{
    deadlines = calculator.compute(receivedOn, closedStops());
}

Urgency CaseRecord::urgency(QDate today) const
{
    return DeadlineCalculator::urgency(deadline(), today, isOpen(), openSuspension() != nullptr);
}

} // namespace dpodesk
