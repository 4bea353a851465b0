// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/processing.h"

#include "domain/caserecord.h"
#include "domain/enumtable.h"

namespace dpodesk {

namespace {

template <typename E>
struct Entry {
    E value;
    const char *name;  // stable: the register, the command line, CSV files, JSON
    const char *label; // translated in context "Enum"
    const char *fr;    // in French letters and e-mails, whatever the interface's language
    const char *en;    // in English ones
};

// clang-format off
constexpr Entry<ProcessingRole> kRoles[] = {
    {ProcessingRole::Controller, "controller", QT_TRANSLATE_NOOP("Enum", "Controller"),
     "responsable du traitement", "controller"},
    {ProcessingRole::JointController, "joint-controller", QT_TRANSLATE_NOOP("Enum", "Joint controller"),
     "responsable conjoint du traitement", "joint controller"},
    {ProcessingRole::Processor, "processor", QT_TRANSLATE_NOOP("Enum", "Processor"),
     "sous-traitant", "processor"},
};
constexpr Entry<TaskAction> kActions[] = {
    {TaskAction::Search, "search", QT_TRANSLATE_NOOP("Enum", "Search"),
     "rechercher les données de la personne", "search for the person's data"},
    {TaskAction::Export, "export", QT_TRANSLATE_NOOP("Enum", "Export"),
     "exporter une copie de ses données", "export a copy of their data"},
    {TaskAction::Rectify, "rectify", QT_TRANSLATE_NOOP("Enum", "Rectify"),
     "rectifier ses données", "rectify their data"},
    {TaskAction::Erase, "erase", QT_TRANSLATE_NOOP("Enum", "Erase"),
     "effacer ses données", "erase their data"},
    {TaskAction::Restrict, "restrict", QT_TRANSLATE_NOOP("Enum", "Restrict"),
     "limiter le traitement de ses données", "restrict the processing of their data"},
    {TaskAction::Stop, "stop", QT_TRANSLATE_NOOP("Enum", "Stop the processing"),
     "cesser le traitement auquel elle s'oppose", "stop the processing they object to"},
};
constexpr Entry<TaskState> kStates[] = {
    {TaskState::ToSend, "to-send", QT_TRANSLATE_NOOP("Enum", "To send"), "à envoyer", "to send"},
    {TaskState::Sent, "sent", QT_TRANSLATE_NOOP("Enum", "Sent"), "envoyée", "sent"},
    {TaskState::Answered, "answered", QT_TRANSLATE_NOOP("Enum", "Answered"), "répondue", "answered"},
};
constexpr Entry<TaskResult> kResults[] = {
    {TaskResult::Found, "found", QT_TRANSLATE_NOOP("Enum", "Data found"), "données trouvées", "data found"},
    {TaskResult::NotFound, "not-found", QT_TRANSLATE_NOOP("Enum", "No data found"), "aucune donnée", "no data found"},
    {TaskResult::Done, "done", QT_TRANSLATE_NOOP("Enum", "Done"), "fait", "done"},
    {TaskResult::Cannot, "cannot", QT_TRANSLATE_NOOP("Enum", "Cannot be done"), "impossible", "cannot be done"},
};
constexpr Entry<SubjectIdentifier> kIdentifiers[] = {
    {SubjectIdentifier::Email, "email", QT_TRANSLATE_NOOP("Enum", "E-mail address"), "adresse électronique", "e-mail address"},
    {SubjectIdentifier::Phone, "phone", QT_TRANSLATE_NOOP("Enum", "Phone number"), "téléphone", "phone number"},
    {SubjectIdentifier::Name, "name", QT_TRANSLATE_NOOP("Enum", "Name"), "nom", "name"},
    {SubjectIdentifier::PostalAddress, "postal-address", QT_TRANSLATE_NOOP("Enum", "Postal address"), "adresse postale", "postal address"},
    {SubjectIdentifier::CustomerNumber, "customer-number", QT_TRANSLATE_NOOP("Enum", "Customer number"), "numéro de client", "customer number"},
};
// clang-format on

template <typename Table, typename E>
QString inLanguage(const Table &table, E value, const QString &language)
{
    const auto *entry = enumtable::find(table, value);
    if (entry == nullptr) {
        return {};
    }
    return QString::fromUtf8(language == QLatin1String("en") ? entry->en : entry->fr);
}

} // namespace

DPODESK_DEFINE_ENUM_NAMES(ProcessingRole, ProcessingRoles, kRoles)
DPODESK_DEFINE_ENUM_NAMES(TaskAction, TaskActions, kActions)
DPODESK_DEFINE_ENUM_NAMES(TaskState, TaskStates, kStates)
DPODESK_DEFINE_ENUM_NAMES(TaskResult, TaskResults, kResults)
DPODESK_DEFINE_ENUM_NAMES(SubjectIdentifier, SubjectIdentifiers, kIdentifiers)

#undef DPODESK_DEFINE_ENUM_NAMES

QString labelIn(TaskAction action, const QString &language)
{
    return inLanguage(kActions, action, language);
}

QString labelIn(ProcessingRole role, const QString &language)
{
    return inLanguage(kRoles, role, language);
}

QString labelIn(SubjectIdentifier identifier, const QString &language)
{
    return inLanguage(kIdentifiers, identifier, language);
}

QList<TaskAction> actionsFor(const QList<Right> &rights)
{
    QList<TaskAction> actions;
    const auto add = [&](TaskAction action) {
        if (!actions.contains(action)) {
            actions << action;
        }
    };
    // In the order of TaskAction, whatever the order of the rights.
    for (TaskAction action : allTaskActions()) {
        for (Right right : rights) {
            const bool wanted =
                (right == Right::Access && (action == TaskAction::Search || action == TaskAction::Export)) ||
                (right == Right::Portability && action == TaskAction::Export) ||
                (right == Right::Rectification && action == TaskAction::Rectify) ||
                (right == Right::Erasure && action == TaskAction::Erase) ||
                (right == Right::Restriction && action == TaskAction::Restrict) ||
                (right == Right::Objection && action == TaskAction::Stop);
            if (wanted) {
                add(action);
            }
        }
    }
    return actions;
}

QList<std::pair<SubjectIdentifier, QString>> identifierValues(const CaseRecord &record,
                                                              const QList<SubjectIdentifier> &wanted)
{
    QList<std::pair<SubjectIdentifier, QString>> values;
    const Person &p = record.subject;
    for (SubjectIdentifier identifier : wanted) {
        QString value;
        switch (identifier) {
        case SubjectIdentifier::Email:
            value = p.email;
            break;
        case SubjectIdentifier::Phone:
            value = p.phone;
            break;
        case SubjectIdentifier::Name:
            value = p.displayName();
            break;
        case SubjectIdentifier::PostalAddress:
            value = p.postalAddress;
            break;
        case SubjectIdentifier::CustomerNumber:
            value = p.internalReference;
            break;
        }
        if (!value.trimmed().isEmpty()) {
            values.append({identifier, value.trimmed()});
        }
    }
    return values;
}

} // namespace dpodesk
