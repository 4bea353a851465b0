// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/casevalidator.h"

#include "domain/caserecord.h"
#include "domain/casetext.h"
#include "domain/refusalrules.h"
#include "domain/texthygiene.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dpodesk {

namespace {

QString fmt(QDate date)
{
    return date.toString(Qt::ISODate);
}

/// A text as it sits in one field, to compare a change with what was stored.
QString textKey(CaseText::Field field, const QString &text)
{
    return QString::number(int(field)) + u':' + text;
}

} // namespace

bool CaseValidator::isPlausibleEmail(const QString &email)
{
    // Real validation is a reply; this catches typing mistakes and text that is no address at all.
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || email.toUtf8().size() > 254) {
        return false;
    }
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    // RFC 5322 dot-atom (quoted local parts are not accepted), letters of any script allowed (RFC 6531).
    static const QString kNeedsQuoting = QStringLiteral("()<>[]:;,\\\"");
    if (local.toUtf8().size() > 64 || local.startsWith(u'.') || local.endsWith(u'.') ||
        local.contains(QStringLiteral(".."))) {
        return false;
    }
    for (const QChar c : local) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            kNeedsQuoting.contains(c)) {
            return false;
        }
    }
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2 || domain.size() > 253) {
        return false;
    }
    for (const QString &label : labels) {
        if (label.isEmpty() || TextHygiene::length(label) > 63 || label.startsWith(u'-') || label.endsWith(u'-')) {
            return false;
        }
        for (const char32_t c : label.toUcs4()) {
            if (c != u'-' && !QChar::isLetterOrNumber(c) && !QChar::isMark(c)) {
                return false;
            }
        }
    }
    const QString tld = labels.last();
    return std::any_of(tld.cbegin(), tld.cend(), [](QChar c) { return c.isLetter(); });
}

bool CaseValidator::isPlausiblePhone(const QString &phone)
{
    int digits = 0;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c >= u'0' && c <= u'9') {
            ++digits;
        } else if (c == u'+' ? i != 0 : !QStringView(u" ()-./").contains(c)) {
            return false;
        }
    }
    return digits >= 6 && digits <= 20;
}

bool CaseValidator::isCaseReference(const QString &reference)
{
    static const QRegularExpression pattern(QStringLiteral("^DR-[0-9]{4}-[0-9]{4,}$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(reference).hasMatch();
}

QList<Error> CaseValidator::problems(const CaseRecord &c, QDate today, const CaseRecord *stored)
{
    QList<Error> out;
    const auto add = [&out](const QString &field, const QString &message) {
        out.append(makeError(Error::Code::Invalid, message, field));
    };
    // The texts the case held when it was stored, for the rules that came after them.
    QSet<QString> storedTexts;
    if (stored) {
        CaseText::forEach(*stored, [&storedTexts](CaseText::Field field, const QString &text) {
            if (!text.isEmpty()) {
                storedTexts.insert(textKey(field, text));
            }
        });
    }
    const auto isNew = [&storedTexts](CaseText::Field field, const QString &text) {
        return !storedTexts.contains(textKey(field, text));
    };
    // GDPR art. 99(2): nothing in the register happened before 25 May 2018. A date that must follow another one
    // (anchor) and comes before it is reported by that rule already.
    const QDate gdpr = gdprApplies();
    const auto checkNotBeforeGdpr = [&](QDate date, QDate anchor, const QString &field, const QString &what) {
        if (date.isValid() && date < gdpr && !(anchor.isValid() && date < anchor)) {
            add(field, tr("%1 (%2) comes before %3, when the GDPR began to apply.").arg(what, fmt(date), fmt(gdpr)));
        }
    };

    if (!c.receivedOn.isValid()) {
        add(QStringLiteral("receivedOn"), tr("The date the request was received is missing."));
    } else if (today.isValid() && c.receivedOn > today) {
        add(QStringLiteral("receivedOn"),
            tr("The request cannot have been received on %1: that date is in the future.").arg(fmt(c.receivedOn)));
    } else if (c.receivedOn < gdpr) {
        add(QStringLiteral("receivedOn"),
            tr("The request cannot have been received on %1: the register holds requests made under the GDPR, "
               "which applies from %2.")
                .arg(fmt(c.receivedOn), fmt(gdpr)));
    }

    // A refusal is a new decision unless the stored case held the same one for this right.
    const auto decisionIsNew = [stored](const RightRequest &r) {
        if (!stored) {
            return true;
        }
        return std::none_of(stored->rights.cbegin(), stored->rights.cend(), [&r](const RightRequest &s) {
            return s.right == r.right && s.outcome == r.outcome && s.refusalGround == r.refusalGround &&
                   s.refusalReason == r.refusalReason && s.detail == r.detail;
        });
    };
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
        } else if (refusal && decisionIsNew(r)) {
            // The ground must fit the right (docs/rules.md#outcomes-and-refusal-grounds); a decision the register
            // already held is read as it was recorded.
            if (auto fits = RefusalRules::check(r.right, r.detail, r.refusalGround, r.refusalReason); !fits) {
                out.append(fits.error());
            }
        }
        if (r.decidedOn.isValid() && c.receivedOn.isValid() && r.decidedOn < c.receivedOn) {
            add(QStringLiteral("rights.decidedOn"),
                tr("The decision on \"%1\" (%2) comes before the request was received (%3).")
                    .arg(label(r.right), fmt(r.decidedOn), fmt(c.receivedOn)));
        }
        checkNotBeforeGdpr(r.decidedOn, c.receivedOn, QStringLiteral("rights.decidedOn"),
                           tr("The decision on \"%1\"").arg(label(r.right)));
    }

    if (c.subject.lastName.trimmed().isEmpty() && c.subject.firstName.trimmed().isEmpty() &&
        c.subject.email.trimmed().isEmpty()) {
        add(QStringLiteral("subject.lastName"), tr("Give at least the data subject's name or e-mail address."));
    }
    if (c.requester) {
        const Person &p = c.requester->person;
        if (p.lastName.trimmed().isEmpty() && p.firstName.trimmed().isEmpty()) {
            add(QStringLiteral("requester.lastName"), tr("Give the name of the person acting for the data subject."));
        }
    }
    // Every text: its length (once cleaned, invisible characters do not count), and the formats of its kind.
    CaseText::forEach(c, [&](CaseText::Field field, const QString &text) {
        if (text.isEmpty() || !isNew(field, text)) {
            return;
        }
        const QString key = QLatin1String(CaseText::rule(field).key);
        if (field == CaseText::LinkedCaseReference && !isCaseReference(text)) {
            add(key, tr("\"%1\" is not a case reference (expected DR-YYYY-NNNN).").arg(text));
            return;
        }
        if (auto tooLong = CaseText::lengthProblem(field, text)) {
            out.append(*tooLong);
            return;
        }
        switch (field) {
        case CaseText::SubjectEmail:
        case CaseText::RequesterEmail:
            if (!isPlausibleEmail(text)) {
                add(key, tr("\"%1\" is not a valid e-mail address (expected name@domain.tld).").arg(text));
            }
            break;
        case CaseText::SubjectPhone:
        case CaseText::RequesterPhone:
            if (!isPlausiblePhone(text)) {
                add(key, tr("\"%1\" is not a valid phone number: digits, spaces and ( ) - . /, a + only at the start, "
                            "6 to 20 digits.")
                             .arg(text));
            }
            break;
        default:
            break;
        }
    });

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
        checkNotBeforeGdpr(s.askedOn, c.receivedOn, QStringLiteral("suspensions"), tr("The question"));
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
        checkNotBeforeGdpr(c.extension->decidedOn, c.receivedOn, QStringLiteral("extension"), tr("The extension"));
        checkNotBeforeGdpr(c.extension->noticeSentOn, c.extension->decidedOn, QStringLiteral("extension"),
                           tr("The extension notice"));
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
    checkNotBeforeGdpr(c.cnilDueDate, QDate(), QStringLiteral("cnilDueDate"), tr("The CNIL's due date"));

    const auto checkAfterReceipt = [&](QDate date, const QString &field, const QString &what) {
        if (!date.isValid()) {
            return;
        }
        if (c.receivedOn.isValid() && date < c.receivedOn) {
            add(field,
                tr("%1 (%2) comes before the request was received (%3).").arg(what, fmt(date), fmt(c.receivedOn)));
        } else if (date < gdpr) {
            checkNotBeforeGdpr(date, c.receivedOn, field, what);
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

Result<void> CaseValidator::validate(const CaseRecord &record, QDate today, const CaseRecord *stored)
{
    const QList<Error> all = problems(record, today, stored);
    if (all.isEmpty()) {
        return {};
    }
    return all.first();
}

} // namespace dpodesk
