// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deadlinecommand.h"

#include "clicontext.h"
#include "deadline/deadlinecalculator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dpodesk::cli {

int runDeadline(const QStringList &arguments)
{
    Context ctx({QStringLiteral("deadline")}, arguments);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("received"), QCoreApplication::translate("cli", "Date the request was received."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("suspension"),
                      QCoreApplication::translate("cli", "A suspension: question sent on FROM, answer received on TO. "
                                                         "Repeatable; overlaps count once."),
                      QStringLiteral("FROM:TO")});
    parser.addOption({QStringLiteral("calendar"),
                      QCoreApplication::translate("cli", "Holiday calendar: %1 (default fr).")
                          .arg(HolidayCalendar::names().join(u", ")),
                      QStringLiteral("NAME"), QStringLiteral("fr")});
    if (!ctx.parse(parser, QCoreApplication::translate("cli", "Compute the GDPR art. 12(3) deadlines of a request."),
                   QStringLiteral("--received YYYY-MM-DD [--suspension FROM:TO]... [--calendar NAME] [--json]"))) {
        return ctx.exitCode();
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.usage(
            QCoreApplication::translate("cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(QStringLiteral("received"))) {
        return ctx.usage(QCoreApplication::translate("cli", "--received is required"));
    }
    auto received = parseDate(parser.value(QStringLiteral("received")), QStringLiteral("--received"));
    if (!received) {
        return ctx.usage(received.errorMessage());
    }
    auto calendar = HolidayCalendar::fromName(parser.value(QStringLiteral("calendar")));
    if (!calendar) {
        return ctx.usage(calendar.errorMessage());
    }
    QList<ClockStop> stops;
    for (const QString &value : parser.values(QStringLiteral("suspension"))) {
        const QStringList parts = value.split(u':');
        if (parts.size() != 2) {
            return ctx.usage(QCoreApplication::translate("cli", "--suspension \"%1\" must be FROM:TO").arg(value));
        }
        auto from = parseDate(parts.at(0), QStringLiteral("--suspension FROM"));
        auto to = parseDate(parts.at(1), QStringLiteral("--suspension TO"));
        if (!from || !to) {
            return ctx.usage(!from ? from.errorMessage() : to.errorMessage());
        }
        if (*from > *to) {
            return ctx.usage(QCoreApplication::translate("cli", "--suspension %1: FROM is after TO").arg(value));
        }
        if (*from < *received) {
            return ctx.usage(
                QCoreApplication::translate("cli", "--suspension %1 starts before the request was received")
                    .arg(value));
        }
        stops.append({*from, *to});
    }

    const DeadlineCalculator calculator(*calendar);
    const Deadlines d = calculator.compute(*received, stops);
    const DeadlineDerivation initial = calculator.derive(*received, 1, stops);
    const DeadlineDerivation extended = calculator.derive(*received, 3, stops);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("received_on"), received->toString(Qt::ISODate)},
            {QStringLiteral("calendar"), calendar->name()},
            {QStringLiteral("suspended_days"), d.suspendedDays},
            {QStringLiteral("initial_deadline"), d.initial.toString(Qt::ISODate)},
            {QStringLiteral("extended_deadline"), d.extended.toString(Qt::ISODate)},
            {QStringLiteral("refusal_deadline"), d.refusalDeadline().toString(Qt::ISODate)},
            {QStringLiteral("initial_explanation"), DeadlineCalculator::explain(initial)},
            {QStringLiteral("extended_explanation"), DeadlineCalculator::explain(extended)},
        });
    } else {
        ctx.print(QCoreApplication::translate("cli", "Initial deadline:  %1  (%2)")
                      .arg(d.initial.toString(Qt::ISODate), DeadlineCalculator::explain(initial)));
        ctx.print(QCoreApplication::translate("cli", "Extended deadline: %1  (%2)")
                      .arg(d.extended.toString(Qt::ISODate), DeadlineCalculator::explain(extended)));
        ctx.print(QCoreApplication::translate("cli", "Suspended days:    %1").arg(d.suspendedDays));
    }
    return Ok;
}

} // namespace dpodesk::cli
