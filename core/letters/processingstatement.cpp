// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letters/processingstatement.h"

#include "letters/lettertemplate.h"

namespace dpodesk {

namespace {

bool isStated(const ProcessingActivity &a)
{
    return a.role == ProcessingRole::Controller || a.role == ProcessingRole::JointController;
}

/// The words of the statement in the letter's own language, whatever the interface's: a letter is a legal document.
struct Words {
    const char *jointly;
    const char *jointlyNote;
    const char *purposes;
    const char *legalBasis;
    const char *categories;
    const char *recipients;
    const char *noRecipient;
    const char *retention;
    const char *source;
    const char *fromThePerson;
    const char *automated;
    const char *noAutomated;
    const char *transfers;
    const char *noTransfer;
};

// clang-format off
constexpr Words kFrench{
    "Autre responsable du traitement",
    " (responsables conjoints, article 26 du RGPD)",
    "Finalités",
    "Base juridique",
    "Catégories de données",
    "Destinataires, sous-traitants compris",
    "aucun (ces données ne sont communiquées à aucun destinataire)",
    "Durée de conservation",
    "Origine des données",
    "collectées directement auprès de la personne concernée",
    "Décision automatisée et logique sous-jacente",
    "aucune (cette activité ne donne lieu à aucune décision fondée exclusivement sur un traitement automatisé, "
    "y compris un profilage, au sens de l'article 22 du RGPD)",
    "Transferts hors de l'Union européenne et garanties",
    "aucun (ces données ne sont pas transférées hors de l'Union européenne)",
};
constexpr Words kEnglish{
    "Other controller",
    " (joint controllers, Article 26 of the GDPR)",
    "Purposes",
    "Legal basis",
    "Categories of personal data",
    "Recipients, processors included",
    "none (these data are not disclosed to any recipient)",
    "Retention period",
    "Source of the data",
    "collected directly from the data subject",
    "Automated decision-making and the logic involved",
    "none (this activity involves no decision based solely on automated processing, including profiling, within the "
    "meaning of Article 22 of the GDPR)",
    "Transfers outside the European Union and their safeguards",
    "none (these data are not transferred outside the European Union)",
};
// clang-format on

QString text(const char *words)
{
    return QString::fromUtf8(words);
}

QString escaped(const QString &value)
{
    return LetterTemplate::escaped(value);
}

/// Values of a list field, separated as the language writes a semicolon (French: a non-breaking space before it).
QString joined(const QStringList &values, bool en)
{
    QStringList out;
    for (const QString &v : values) {
        out << escaped(v);
    }
    return out.join(en ? QStringLiteral("; ") : QStringLiteral("\u00a0; "));
}

} // namespace

QList<ProcessingActivity> ProcessingStatement::stated(const QList<ProcessingActivity> &activities)
{
    QList<ProcessingActivity> out;
    for (const ProcessingActivity &a : activities) {
        if (isStated(a)) {
            out << a;
        }
    }
    return out;
}

QStringList ProcessingStatement::controllersToForwardTo(const QList<ProcessingActivity> &activities)
{
    QStringList out;
    for (const ProcessingActivity &a : activities) {
        if (a.role == ProcessingRole::Processor && !a.controller.trimmed().isEmpty() &&
            !out.contains(a.controller.trimmed())) {
            out << a.controller.trimmed();
        }
    }
    return out;
}

QString ProcessingStatement::html(const QList<ProcessingActivity> &activities, const QString &language)
{
    const Words &w = language == QLatin1String("en") ? kEnglish : kFrench;
    const bool en = language == QLatin1String("en");
    const QString colon = en ? QStringLiteral(":") : QStringLiteral("\u00a0:");
    QString html;
    for (const ProcessingActivity &a : stated(activities)) {
        QStringList items;
        const auto item = [&](const char *label, const QString &valueHtml) {
            items << QStringLiteral("<li><b>%1%2</b> %3</li>").arg(text(label), colon, valueHtml);
        };
        if (a.role == ProcessingRole::JointController) {
            item(w.jointly, escaped(a.controller) + text(w.jointlyNote));
        }
        // GDPR art. 15(1)(a) to (h), 15(2); recipients by name (CJEU C-154/21).
        item(w.purposes, joined(a.purposes, en));
        item(w.legalBasis, joined(a.legalBasis, en));
        item(w.categories, joined(a.dataCategories, en));
        item(w.recipients, a.recipients.isEmpty() ? text(w.noRecipient) : joined(a.recipients, en));
        item(w.retention, escaped(a.retention));
        item(w.source, a.source.trimmed().isEmpty() ? text(w.fromThePerson) : escaped(a.source));
        item(w.automated, a.automatedDecision.trimmed().isEmpty() ? text(w.noAutomated) : escaped(a.automatedDecision));
        item(w.transfers, a.transfers.isEmpty() ? text(w.noTransfer) : joined(a.transfers, en));
        html += QStringLiteral("<p style=\"margin-top:10px; margin-bottom:0px\"><b>%1</b></p>"
                               "<ul style=\"margin-top:2px; margin-bottom:4px\">%2</ul>")
                    .arg(escaped(a.name), items.join(QString()));
    }
    return html;
}

Result<void> ProcessingStatement::checkAccessAnswer(const QList<ProcessingActivity> &activities)
{
    const QList<ProcessingActivity> ours = stated(activities);
    if (ours.isEmpty()) {
        const QStringList controllers = controllersToForwardTo(activities);
        if (!activities.isEmpty()) {
            // GDPR art. 28(3)(e): the processor assists the controller, which answers.
            return makeError(Error::Code::Invalid,
                             tr("Every activity chosen for this case is one we carry out as processor, for %1: the "
                                "request must be forwarded to the controller (GDPR art. 28(3)(e)), who answers it. "
                                "No access answer is written in our name.")
                                 .arg(controllers.isEmpty() ? tr("a controller the record does not name")
                                                            : controllers.join(QStringLiteral(", "))),
                             QStringLiteral("activities"));
        }
        return makeError(Error::Code::Invalid,
                         tr("Choose the activities of the record of processing activities that concern the person "
                            "first: the access answer states them."),
                         QStringLiteral("activities"));
    }
    // What the record must hold for the letter to state every item; checkActivity requires them of a controller.
    QStringList incomplete;
    for (const ProcessingActivity &a : ours) {
        QStringList missing;
        if (a.purposes.isEmpty()) {
            missing << tr("purposes");
        }
        if (a.legalBasis.isEmpty()) {
            missing << tr("legal basis");
        }
        if (a.dataCategories.isEmpty()) {
            missing << tr("categories of data");
        }
        if (a.retention.trimmed().isEmpty()) {
            missing << tr("retention period");
        }
        if (a.role == ProcessingRole::JointController && a.controller.trimmed().isEmpty()) {
            missing << tr("the other controller");
        }
        if (!missing.isEmpty()) {
            incomplete << tr("\"%1\" lacks %2").arg(a.name, missing.join(QStringLiteral(", ")));
        }
    }
    if (!incomplete.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("The access answer states, for each activity, what GDPR art. 15(1) and 15(2) require, but "
                            "in the record of processing activities %1. Complete the record first.")
                             .arg(incomplete.join(QStringLiteral("; "))),
                         QStringLiteral("activities"));
    }
    return {};
}

Result<void> ProcessingStatement::checkProcessorLetter(const QList<ProcessingActivity> &activities, bool oneController)
{
    QStringList unnamed;
    bool processor = false;
    for (const ProcessingActivity &a : activities) {
        if (a.role == ProcessingRole::Processor) {
            processor = true;
            if (a.controller.trimmed().isEmpty()) {
                unnamed << a.name;
            }
        }
    }
    if (!processor) {
        return makeError(Error::Code::Invalid,
                         tr("No activity chosen for this case is one we carry out as processor: this letter says "
                            "that a controller named in the record of processing activities answers the request "
                            "(GDPR art. 28(3)(e)). Choose the case's activities first."),
                         QStringLiteral("activities"));
    }
    if (!unnamed.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("The record of processing activities does not name the controller we process for in "
                            "\"%1\": name it in the record first.")
                             .arg(unnamed.join(QStringLiteral("\", \""))),
                         QStringLiteral("activities"));
    }
    const QStringList controllers = controllersToForwardTo(activities);
    if (oneController && controllers.size() > 1) {
        return makeError(Error::Code::Invalid,
                         tr("The activities chosen for this case name several controllers (%1): a forwarding letter "
                            "goes to one controller. Choose only the activities of that controller, write its letter, "
                            "then the next.")
                             .arg(controllers.join(QStringLiteral(", "))),
                         QStringLiteral("activities"));
    }
    return {};
}

QString ProcessingStatement::automatedDecisionsHtml(const QList<ProcessingActivity> &activities,
                                                    const QString &language)
{
    const QString colon = language == QLatin1String("en") ? QStringLiteral(":") : QStringLiteral("\u00a0:");
    QStringList items;
    for (const ProcessingActivity &a : stated(activities)) {
        if (!a.automatedDecision.trimmed().isEmpty()) {
            items << QStringLiteral("<li><b>%1%2</b> %3</li>")
                         .arg(escaped(a.name), colon, escaped(a.automatedDecision.trimmed()));
        }
    }
    return items.isEmpty()
               ? QString()
               : QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:4px\">%1</ul>").arg(items.join(QString()));
}

Result<void> ProcessingStatement::checkAutomatedDecisionAnswer(const QList<ProcessingActivity> &activities)
{
    // GDPR art. 15(1)(h), 22(3): the answer gives meaningful information about the logic involved; only the record
    // holds it. Never a default "no automated decision".
    if (automatedDecisionsHtml(activities, QStringLiteral("en")).isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("No activity chosen for this case (as controller or joint controller) records an automated "
                            "decision and the logic involved (GDPR art. 15(1)(h), 22): record it in the record of "
                            "processing activities and choose that activity for the case first."),
                         QStringLiteral("activities"));
    }
    return {};
}

} // namespace dpodesk
