#include "domain/casevalidator.h"

#include "domain/caserecord.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace dpodesk {

namespace {

QString fmt(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

bool CaseValidator::isPlausibleEmail(const QString &email)
{
    // Deliberately simple: one @, no spaces, a dot in the domain. Real validation is a reply.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(email).hasMatch();
}

QList<Error> CaseValidator::problems(const CaseRecord &c, QDate today)
{
    QList<Error> out;
    const auto add = [&out](const QString &field, const QString &message) {
        out.append(makeError(Error::Code::Invalid, message, field));
    };

    if (!c.receivedOn.isValid()) {
        add(QStringLiteral("receivedOn"), tr("The date the request was received is missing."));
    } else if (today.isValid() && c.receivedOn > today) {
        add(QStringLiteral("receivedOn"),
            tr("The request cannot have been received on %1: that date is in the future.").arg(fmt(c.receivedOn)));
    }

    if (c.rights.isEmpty()) {
        add(QStringLiteral("rights"), tr("Choose at least one right the request is about."));
    }
    QSet<int> seen;
    for (const RightRequest &r : c.rights) {
        if (seen.contains(int(r.right))) {
            add(QStringLiteral("rights"), tr("The right \"%1\" is listed twice.").arg(label(r.right)));
        }
        seen.insert(int(r.right));
        const bool refusal = r.outcome == Outcome::Refused || r.outcome == Outcome::PartiallyGranted;
        if (refusal && (r.refusalGround == RefusalGround::None || r.refusalReason.trimmed().isEmpty())) {
            add(QStringLiteral("rights.refusal"),
                tr("A refusal of \"%1\" needs a legal ground and the reasons given to the person (GDPR art. 12(4)).")
                    .arg(label(r.right)));
        }
        if (r.decidedOn.isValid() && c.receivedOn.isValid() && r.decidedOn < c.receivedOn) {
            add(QStringLiteral("rights.decidedOn"),
                tr("The decision on \"%1\" (%2) comes before the request was received (%3).")
                    .arg(label(r.right), fmt(r.decidedOn), fmt(c.receivedOn)));
        }
    }

    if (c.subject.lastName.trimmed().isEmpty() && c.subject.firstName.trimmed().isEmpty() &&
        c.subject.email.trimmed().isEmpty()) {
        add(QStringLiteral("subject.lastName"), tr("Give at least the data subject's name or e-mail address."));
    }
    if (!c.subject.email.isEmpty() && !isPlausibleEmail(c.subject.email)) {
        add(QStringLiteral("subject.email"),
            tr("\"%1\" is not a valid e-mail address (expected name@domain.tld).").arg(c.subject.email));
    }
    if (c.requester) {
        const Person &p = c.requester->person;
        if (p.lastName.trimmed().isEmpty() && p.firstName.trimmed().isEmpty()) {
            add(QStringLiteral("requester.lastName"), tr("Give the name of the person acting for the data subject."));
        }
        if (!p.email.isEmpty() && !isPlausibleEmail(p.email)) {
            add(QStringLiteral("requester.email"),
                tr("\"%1\" is not a valid e-mail address (expected name@domain.tld).").arg(p.email));
        }
    }

    int open = 0;
    for (const Suspension &s : c.suspensions) {
        if (!s.askedOn.isValid()) {
            add(QStringLiteral("suspensions"), tr("A suspension needs the date the question was sent."));
            continue;
        }
        if (c.receivedOn.isValid() && s.askedOn < c.receivedOn) {
            add(QStringLiteral("suspensions"), tr("The question sent on %1 comes before the request was received (%2).")
                                                   .arg(fmt(s.askedOn), fmt(c.receivedOn)));
        }
        if (today.isValid() && s.askedOn > today) {
            add(QStringLiteral("suspensions"),
                tr("The question cannot have been sent on %1: that date is in the future.").arg(fmt(s.askedOn)));
        }
        if (s.isOpen()) {
            ++open;
        } else if (s.answeredOn < s.askedOn) {
            add(QStringLiteral("suspensions"),
                tr("The answer (%1) cannot come before the question (%2).").arg(fmt(s.answeredOn), fmt(s.askedOn)));
        } else if (today.isValid() && s.answeredOn > today) {
            add(QStringLiteral("suspensions"),
                tr("The answer cannot have arrived on %1: that date is in the future.").arg(fmt(s.answeredOn)));
        }
    }
    if (open > 1) {
        add(QStringLiteral("suspensions"), tr("Only one suspension can be open at a time."));
    }

    if (c.extension) {
        if (c.isCnilComplaint()) {
            add(QStringLiteral("extension"),
                tr("A CNIL complaint follows the CNIL's due date: it cannot be extended."));
        }
        if (!c.extension->decidedOn.isValid()) {
            add(QStringLiteral("extension"), tr("The extension needs the date it was decided."));
        } else if (c.deadlines.initial.isValid() && !c.openSuspension() &&
                   c.extension->decidedOn > c.deadlines.initial) {
            // (While a question is open the period is suspended; CaseWorkflow::canExtend counts that time.)
            add(QStringLiteral("extension"),
                tr("The extension was decided on %1, after the initial deadline of %2: GDPR art. 12(3) requires "
                   "the person to be told within the first month.")
                    .arg(fmt(c.extension->decidedOn), fmt(c.deadlines.initial)));
        } else if (c.receivedOn.isValid() && c.extension->decidedOn < c.receivedOn) {
            add(QStringLiteral("extension"), tr("The extension cannot be decided before the request was received."));
        }
        if (today.isValid() && (c.extension->decidedOn > today || c.extension->noticeSentOn > today)) {
            add(QStringLiteral("extension"), tr("The extension cannot be decided or notified on a future date."));
        }
        if (c.extension->justification.trimmed().isEmpty()) {
            add(QStringLiteral("extension"),
                tr("An extension needs a written justification: the reasons are sent to the person."));
        }
        if (c.extension->noticeSentOn.isValid() && c.extension->noticeSentOn < c.extension->decidedOn) {
            add(QStringLiteral("extension"),
                tr("The extension notice cannot be sent before the extension is decided."));
        }
    }

    if (c.isCnilComplaint() && !c.cnilDueDate.isValid()) {
        add(QStringLiteral("cnilDueDate"), tr("A CNIL complaint needs the due date set in the CNIL's letter."));
    }

    const auto checkAfterReceipt = [&](QDate date, const QString &field, const QString &what) {
        if (!date.isValid()) {
            return;
        }
        if (c.receivedOn.isValid() && date < c.receivedOn) {
            add(field,
                tr("%1 (%2) comes before the request was received (%3).").arg(what, fmt(date), fmt(c.receivedOn)));
        } else if (today.isValid() && date > today) {
            add(field, tr("%1 (%2) is in the future.").arg(what, fmt(date)));
        }
    };
    checkAfterReceipt(c.acknowledgedOn, QStringLiteral("acknowledgedOn"), tr("The acknowledgement date"));
    checkAfterReceipt(c.answeredOn, QStringLiteral("answeredOn"), tr("The answer date"));
    checkAfterReceipt(c.closedOn, QStringLiteral("closedOn"), tr("The closing date"));
    if (c.answeredOn.isValid() && c.closedOn.isValid() && c.closedOn < c.answeredOn) {
        add(QStringLiteral("closedOn"),
            tr("The case cannot be closed (%1) before it was answered (%2).").arg(fmt(c.closedOn), fmt(c.answeredOn)));
    }
    if (c.status == CaseStatus::Answered && !c.answeredOn.isValid()) {
        add(QStringLiteral("answeredOn"), tr("An answered case needs the date of the answer."));
    }
    for (const Recipient &r : c.recipients) {
        if (r.name.trimmed().isEmpty()) {
            add(QStringLiteral("recipients"), tr("Every recipient to notify (GDPR art. 19) needs a name."));
        }
        checkAfterReceipt(r.notifiedOn, QStringLiteral("recipients"), tr("The notification to %1").arg(r.name));
    }
    return out;
}

Result<void> CaseValidator::validate(const CaseRecord &record, QDate today)
{
    const QList<Error> all = problems(record, today);
    if (all.isEmpty()) {
        return {};
    }
    return all.first();
}

} // namespace dpodesk
