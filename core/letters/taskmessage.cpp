// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letters/taskmessage.h"

#include "letters/lettervalues.h"
#include "reports/pdfcanvas.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace dpodesk {

namespace {

bool isEnglish(const QString &language)
{
    return language == QLatin1String("en");
}

QString dateIn(QDate date, const QString &language)
{
    return LetterValues::date(date, isEnglish(language) ? QStringLiteral("en") : QStringLiteral("fr"));
}

QString capitalised(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

/// The right whose request calls for an action, for the detail the owner needs to act (what to rectify, which
/// processing to stop).
std::optional<Right> rightCalling(TaskAction action)
{
    switch (action) {
    case TaskAction::Rectify:
        return Right::Rectification;
    case TaskAction::Restrict:
        return Right::Restriction;
    case TaskAction::Stop:
        return Right::Objection;
    case TaskAction::Search:
    case TaskAction::Export:
    case TaskAction::Erase:
        break;
    }
    return std::nullopt;
}

bool asksPortability(const CaseRecord &record)
{
    return std::any_of(record.rights.cbegin(), record.rights.cend(),
                       [](const RightRequest &r) { return r.right == Right::Portability; });
}

QString signature(const OrganisationProfile &org, bool en)
{
    QStringList lines{
        org.dpoName.trimmed(),
        QStringLiteral("%1, %2").arg(LetterValues::dpoTitle(org, en ? QStringLiteral("en") : QStringLiteral("fr")),
                                     org.name.trimmed())};
    for (const QString &contact : {org.dpoEmail, org.dpoPhone}) {
        if (!contact.trimmed().isEmpty()) {
            lines << contact.trimmed();
        }
    }
    return lines.join(u'\n');
}

QString greeting(const QString &name, bool en)
{
    const QString hello = en ? QStringLiteral("Hello") : QStringLiteral("Bonjour");
    return name.isEmpty() ? hello + u',' : QStringLiteral("%1 %2,").arg(hello, name);
}

/// The words between the language's punctuation: "Subject:" or "Objet\u00a0:".
QString colon(bool en)
{
    return en ? QStringLiteral(":") : QStringLiteral("\u00a0:");
}

} // namespace

Result<TaskMessage> TaskMessages::message(const CaseTask &task, const CaseRecord &record, const DataSystem &system,
                                          const OrganisationProfile &org, const QString &language)
{
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        return makeError(Error::Code::Invalid,
                         tr("Messages to system owners are written in French (fr) or English "
                            "(en)."),
                         QStringLiteral("language"));
    }
    if (system.ownerEmail.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("The system \"%1\" has no owner e-mail in the catalogue: add it first.").arg(system.name),
                         QStringLiteral("owner_email"));
    }
    if (!system.supports(task.action)) {
        return makeError(Error::Code::Invalid,
                         tr("The owner of \"%1\" cannot %2 in it, according to the catalogue: task %3 cannot be sent.")
                             .arg(system.name, label(task.action).toLower(), task.token()),
                         QStringLiteral("action"));
    }
    const auto identifiers = identifierValues(record, system.identifiers);
    if (identifiers.isEmpty()) {
        QStringList wanted;
        for (SubjectIdentifier i : system.identifiers) {
            wanted << label(i);
        }
        return makeError(Error::Code::Invalid,
                         tr("Case %1 holds none of the identifiers \"%2\" is searched by (%3): its owner could not "
                            "find the person. Add one to the case first.")
                             .arg(record.reference, system.name, wanted.join(QStringLiteral(", "))),
                         QStringLiteral("identifiers"));
    }
    if (org.dpoName.trimmed().isEmpty() || org.dpoEmail.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("Fill in the organisation profile first (DPO name and e-mail): the owner answers the DPO."),
                         QStringLiteral("organisation"));
    }

    const bool en = isEnglish(language);
    const QString due = dateIn(task.dueOn, language);
    const QString action = labelIn(task.action, language);
    TaskMessage m;
    m.to = system.ownerEmail.trimmed();
    m.cc = system.deputyEmail.trimmed();
    m.subject = QStringLiteral("[%1] %2").arg(task.token(), capitalised(action));
    m.subject += en ? QStringLiteral(" in %1").arg(system.name) : QStringLiteral(" dans %1").arg(system.name);
    if (task.dueOn.isValid()) {
        m.subject += en ? QStringLiteral(", by %1").arg(due) : QStringLiteral(", avant le %1").arg(due);
    }

    QStringList body;
    const QString owner = system.ownerName.trimmed();
    body << greeting(owner, en) << QString();
    const QString rights = LetterValues::rightsText(record.rights, language);
    body << (en ? QStringLiteral("We have received a data protection request, reference %1, exercising: %2.")
                      .arg(record.reference, rights)
                : QStringLiteral("Nous avons reçu une demande relative aux données personnelles, référence %1, "
                                 "qui porte sur\u00a0: %2.")
                      .arg(record.reference, rights));
    body << (en ? QStringLiteral("Please %1 in the system \"%2\".").arg(action, system.name)
                : QStringLiteral("Merci %1%2 dans le système «\u00a0%3\u00a0».")
                      .arg(QStringView(u"aeiouyéèêh").contains(action.left(1)) ? QStringLiteral("d'")
                                                                               : QStringLiteral("de "),
                           action, system.name));
    if (task.action == TaskAction::Export) {
        // GDPR art. 20(1): portability gives the data in a structured, commonly used, machine-readable format.
        body << (asksPortability(record)
                     ? (en ? QStringLiteral("Export them in a structured, machine-readable format (CSV or JSON): "
                                            "they will be handed to the person (GDPR Article 20).")
                           : QStringLiteral("Exportez-les dans un format structuré et lisible par machine (CSV ou "
                                            "JSON)\u00a0: elles seront remises à la personne (article 20 du RGPD)."))
                     : (en ? QStringLiteral("Export them in a form the person can read (for example PDF or CSV): "
                                            "they will be handed to the person (GDPR Article 15(3)).")
                           : QStringLiteral(
                                 "Exportez-les sous une forme lisible par la personne (par exemple PDF ou "
                                 "CSV)\u00a0: elles lui seront remises (article 15, paragraphe 3, du RGPD).")));
    }
    if (const auto right = rightCalling(task.action)) {
        for (const RightRequest &r : record.rights) {
            if (r.right == *right && !r.detail.trimmed().isEmpty()) {
                body << (en ? QStringLiteral("What the request asks: %1").arg(r.detail.trimmed())
                            : QStringLiteral("Ce que demande la personne\u00a0: %1").arg(r.detail.trimmed()));
            }
        }
    }
    body << QString();
    body << (en ? QStringLiteral("Find the person with these identifiers only:")
                : QStringLiteral("Pour retrouver la personne, utilisez uniquement ces identifiants\u00a0:"));
    for (const auto &[identifier, value] : identifiers) {
        body << QStringLiteral("  - %1%2 %3").arg(labelIn(identifier, language), colon(en), value);
    }
    const QString instructions = system.instructions(language).trimmed();
    if (!instructions.isEmpty()) {
        body << QString();
        body << (en ? QStringLiteral("Instructions for this system:")
                    : QStringLiteral("Consignes propres à ce système\u00a0:"));
        body << instructions;
    }
    body << QString();
    if (task.dueOn.isValid()) {
        body << (en ? QStringLiteral("Due by: %1.").arg(due) : QStringLiteral("À faire au plus tard le %1.").arg(due));
    }
    body << (en ? QStringLiteral("To answer, reply to this e-mail keeping [%1] in the subject, and say:")
                      .arg(task.token())
                : QStringLiteral(
                      "Pour répondre, répondez à ce message en gardant [%1] dans l'objet, et indiquez\u00a0:")
                      .arg(task.token()));
    if (en) {
        body << QStringLiteral("  - found: the system holds data on the person;")
             << QStringLiteral("  - not found: it holds none;")
             << QStringLiteral("  - done: the action was carried out, and when;")
             << QStringLiteral("  - cannot: it cannot be done, and why.")
             << QStringLiteral("Attach the export or the evidence of what was done (a screenshot, a log extract).");
        body << QString() << QStringLiteral("These identifiers serve this request only: do not keep or pass them on.");
        body << QString() << QStringLiteral("Thank you,");
    } else {
        body << QStringLiteral("  - données trouvées\u00a0: le système contient des données sur la personne\u00a0;")
             << QStringLiteral("  - aucune donnée\u00a0: il n'en contient pas\u00a0;")
             << QStringLiteral("  - fait\u00a0: l'action a été réalisée, et quand\u00a0;")
             << QStringLiteral("  - impossible\u00a0: elle ne peut pas l'être, et pourquoi.")
             << QStringLiteral("Joignez l'export ou la preuve de ce qui a été fait (capture d'écran, extrait de "
                               "journal).");
        body << QString()
             << QStringLiteral(
                    "Ces identifiants ne servent qu'à traiter cette demande\u00a0: ne les conservez pas et ne "
                    "les transmettez pas.");
        body << QString() << QStringLiteral("Merci,");
    }
    body << QString() << signature(org, en);
    m.body = body.join(u'\n') + u'\n';
    return m;
}

Result<QByteArray> TaskMessages::sheet(const CaseTask &task, const CaseRecord &record, const DataSystem &system,
                                       const OrganisationProfile &org, const QString &language)
{
    auto m = message(task, record, system, org, language);
    if (!m) {
        return m.error();
    }
    const bool en = isEnglish(language);
    const QString title =
        en ? QStringLiteral("Task %1").arg(task.token()) : QStringLiteral("Tâche %1").arg(task.token());
    PdfCanvas canvas(QPageLayout::Portrait, title);
    QPainter &p = canvas.painter();
    const QRectF body = canvas.body();
    qreal y = body.top();
    p.setPen(Qt::black);
    p.setFont(PdfCanvas::font(15, true));
    p.drawText(QRectF(body.left(), y, body.width(), canvas.mm(10)), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += canvas.mm(11);
    QStringList head{(en ? QStringLiteral("To") : QStringLiteral("À")) + colon(en) + u' ' + system.ownerName + u' ' +
                     u'<' + m->to + u'>'};
    if (!m->cc.isEmpty()) {
        head << QStringLiteral("Cc") + colon(en) + u' ' + system.deputyName + u' ' + u'<' + m->cc + u'>';
    }
    head << (en ? QStringLiteral("Subject") : QStringLiteral("Objet")) + colon(en) + u' ' + m->subject;
    p.setFont(PdfCanvas::font(9.5, true));
    const QString headText = head.join(u'\n');
    const QRectF headRect =
        p.boundingRect(QRectF(body.left(), y, body.width(), body.height()), Qt::AlignLeft | Qt::TextWordWrap, headText);
    p.drawText(headRect, Qt::AlignLeft | Qt::TextWordWrap, headText);
    y = headRect.bottom() + canvas.mm(3);
    p.setPen(QPen(Qt::gray, canvas.mm(0.2)));
    p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    y += canvas.mm(4);
    p.setPen(Qt::black);
    // One page: the text is made smaller until it fits (long instructions).
    const QRectF area(body.left(), y, body.width(), body.bottom() - y);
    qreal points = 10.5;
    for (; points > 5.5; points -= 0.5) {
        const QRectF needed = QFontMetricsF(PdfCanvas::font(points), p.device())
                                  .boundingRect(area, Qt::AlignLeft | Qt::TextWordWrap, m->body);
        if (needed.height() <= area.height()) {
            break;
        }
    }
    p.setFont(PdfCanvas::font(points));
    p.drawText(area, Qt::AlignLeft | Qt::TextWordWrap, m->body);
    canvas.drawFooter(QString(), QStringLiteral("%1 — %2").arg(org.name, task.token()), 1, 1);
    return canvas.finish();
}

Result<QList<TaskMessage>> TaskMessages::digests(const QList<CaseTask> &tasks, QDate today,
                                                 const OrganisationProfile &org, const QString &language)
{
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        return makeError(Error::Code::Invalid,
                         tr("Messages to system owners are written in French (fr) or English "
                            "(en)."),
                         QStringLiteral("language"));
    }
    QStringList unowned;
    QMap<QString, QList<CaseTask>> byOwner; // by e-mail, case folded
    QMap<QString, QString> addresses;
    for (const CaseTask &t : tasks) {
        if (!t.isOpen()) {
            continue;
        }
        const QString email = t.ownerEmail.trimmed();
        if (email.isEmpty()) {
            unowned << t.token();
            continue;
        }
        byOwner[email.toCaseFolded()] << t;
        addresses.insert(email.toCaseFolded(), email);
    }
    if (!unowned.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("No owner e-mail is known for task(s) %1: the digest cannot be addressed.")
                             .arg(unowned.join(QStringLiteral(", "))),
                         QStringLiteral("owner_email"));
    }
    const bool en = isEnglish(language);
    QList<TaskMessage> out;
    for (auto it = byOwner.begin(); it != byOwner.end(); ++it) {
        QList<CaseTask> owed = it.value();
        // Overdue first, then by due date (a task without one last), then by token.
        std::stable_sort(owed.begin(), owed.end(), [today](const CaseTask &a, const CaseTask &b) {
            if (a.isOverdue(today) != b.isOverdue(today)) {
                return a.isOverdue(today);
            }
            if (a.dueOn.isValid() != b.dueOn.isValid()) {
                return a.dueOn.isValid();
            }
            if (a.dueOn != b.dueOn) {
                return a.dueOn < b.dueOn;
            }
            return a.token() < b.token();
        });
        const auto overdue =
            std::count_if(owed.cbegin(), owed.cend(), [today](const CaseTask &t) { return t.isOverdue(today); });
        TaskMessage m;
        m.to = addresses.value(it.key());
        m.subject = en ? QStringLiteral("Data protection tasks you still owe: %1").arg(owed.size())
                       : QStringLiteral("Tâches de protection des données à traiter\u00a0: %1").arg(owed.size());
        if (overdue > 0) {
            m.subject +=
                en ? QStringLiteral(", %1 overdue").arg(overdue) : QStringLiteral(", dont %1 en retard").arg(overdue);
        }
        QStringList body;
        const QString name = owed.first().ownerName.trimmed();
        body << greeting(name, en) << QString();
        body << (en ? QStringLiteral("Here are the tasks you still owe as of %1:").arg(dateIn(today, language))
                    : QStringLiteral("Voici les tâches qu'il vous reste à traiter au %1\u00a0:")
                          .arg(dateIn(today, language)));
        body << QString();
        for (const CaseTask &t : owed) {
            const QString flag =
                t.isOverdue(today) ? (en ? QStringLiteral("OVERDUE — ") : QStringLiteral("EN RETARD — ")) : QString();
            const QString dueText =
                t.dueOn.isValid() ? (en ? QStringLiteral("due %1").arg(dateIn(t.dueOn, language))
                                        : QStringLiteral("à faire au plus tard le %1").arg(dateIn(t.dueOn, language)))
                                  : (en ? QStringLiteral("no due date") : QStringLiteral("sans échéance"));
            body << QStringLiteral("  - %1[%2] %3 — %4 — %5")
                        .arg(flag, t.token(), t.systemName, labelIn(t.action, language), dueText);
        }
        body << QString();
        body << (en ? QStringLiteral("Each task was sent to you in an e-mail of its own: answer it, keeping its "
                                     "reference in the subject.")
                    : QStringLiteral("Chaque tâche vous a été envoyée dans un message distinct\u00a0: répondez-y en "
                                     "gardant sa référence dans l'objet."));
        body << QString() << (en ? QStringLiteral("Thank you,") : QStringLiteral("Merci,")) << QString()
             << signature(org, en);
        m.body = body.join(u'\n') + u'\n';
        out << m;
    }
    return out;
}

} // namespace dpodesk
