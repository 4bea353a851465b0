// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/demorecord.h"

#include "common/clock.h"
#include "register/casebook.h"
#include "register/casetasks.h"
#include "register/processingrecord.h"

namespace dpodesk {

namespace {

QByteArray withBom(const char *text)
{
    QByteArray bytes("\xEF\xBB\xBF");
    bytes.append(text);
    return bytes;
}

} // namespace

// Written as a French spreadsheet saves them: ";" and a byte order mark. Fictional people and addresses (.invalid).

QByteArray DemoRecord::systemsCsv()
{
    return withBom(
        R"(name;owner_name;owner_email;deputy_name;deputy_email;identifiers;actions;turnaround_days;instructions_fr;instructions_en
CRM (Salesforce);Julie Bernard;julie.bernard@exemple-demo.invalid;Marc Petit;marc.petit@exemple-demo.invalid;email|name|customer-number;search|export|rectify|erase|restrict|stop;3;"Rechercher le contact par adresse électronique puis par numéro de client. Export : rapport « Contact complet » au format CSV. Effacement : utiliser l'action « Anonymiser », jamais la suppression simple.";"Search the contact by e-mail address, then by customer number. Export: the ""Full contact"" report as CSV. Erasure: use the ""Anonymise"" action, never a plain delete."
Plateforme d'envoi;Thomas Roux;thomas.roux@exemple-demo.invalid;Inès Garnier;ines.garnier@exemple-demo.invalid;email;search|export|erase|restrict|stop;2;"Console d'administration > Contacts > recherche par adresse. Opposition : ajouter l'adresse à la liste de suppression globale.";"Admin console > Contacts > search by address. Objection: add the address to the global suppression list."
Facturation (Sage);Nadia Haddad;nadia.haddad@exemple-demo.invalid;;;customer-number|name|email;search|export|rectify|restrict;5;"Les pièces comptables sont conservées dix ans (art. L123-22 du Code de commerce) : pas d'effacement, limiter l'accès au dossier.";"Accounting records are kept ten years (French Commercial Code, art. L123-22): no erasure; restrict access to the file."
Support (Zendesk);Lucas Moreau;lucas.moreau@exemple-demo.invalid;Julie Bernard;julie.bernard@exemple-demo.invalid;email|phone|name;search|export|rectify|erase;3;"Rechercher les tickets par adresse et par téléphone ; l'export des tickets se fait depuis la fiche de l'utilisateur.";"Search tickets by address and by phone; export the tickets from the user's profile."
Analytics (Mixpanel);Léa Girard;lea.girard@exemple-demo.invalid;;;customer-number|email;search|export|erase;5;"Outil hébergé aux États-Unis : rechercher l'identifiant client dans « Users », effacer par « Delete user profile ».";"US-hosted tool: search the customer id in ""Users"", erase with ""Delete user profile""."
SIRH (Lucca);Sophie Laurent;sophie.laurent@exemple-demo.invalid;Marc Petit;marc.petit@exemple-demo.invalid;name|email;search|export|rectify|restrict;7;"Dossier du salarié : onglets « Contrat », « Paie » et « Absences ».";"Employee file: the ""Contract"", ""Payroll"" and ""Absences"" tabs."
)");
}

QByteArray DemoRecord::activitiesCsv()
{
    return withBom(
        R"(name;role;controller;purposes;legal_basis;data_subjects;data_categories;recipients;transfers;retention;source;automated_decision;systems;entity
Prospection commerciale;controller;;Prospection commerciale par courrier électronique|Mesure de l'efficacité de nos campagnes;Art. 6(1)(f) RGPD : intérêt légitime (prospection de professionnels)|Art. 6(1)(a) RGPD : consentement (prospection de particuliers);Prospects;Identité|Coordonnées professionnelles|Ouvertures et clics des messages;Salesforce France SAS (sous-traitant, CRM)|Exemple Mailer Infra SAS (sous-traitant, routage);;Deux ans à compter du dernier contact émanant du prospect;Salons professionnels et formulaire de contact du site exemple-demo.invalid;;CRM (Salesforce)|Plateforme d'envoi;Exemple Démo SAS
Gestion des clients;controller;;Exécution du contrat d'abonnement|Facturation et recouvrement|Assistance aux clients;Art. 6(1)(b) RGPD : exécution du contrat|Art. 6(1)(c) RGPD : obligation légale (conservation des pièces comptables, art. L123-22 du Code de commerce);Clients;Identité|Coordonnées|Données de facturation et de paiement|Historique des demandes d'assistance;Sage SAS (sous-traitant, facturation)|Zendesk Inc. (sous-traitant, assistance)|Cabinet Durand & Associés (expert-comptable);États-Unis : Zendesk Inc., clauses contractuelles types de la Commission européenne (décision 2021/914);"Durée du contrat puis cinq ans (prescription, art. 2224 du Code civil) ; pièces comptables : dix ans";;"Paiement différé : un score calculé automatiquement à partir de l'historique de paiement (retards et montants des douze derniers mois) décide seul de l'accord du paiement à 30 jours ; vous pouvez demander qu'une personne réexamine la décision.";CRM (Salesforce)|Facturation (Sage)|Support (Zendesk);Exemple Démo SAS
Envoi des campagnes de nos clients;processor;Chacun de nos clients annonceurs (par exemple Boutique Lumière SARL);Routage des campagnes électroniques pour le compte de nos clients;;Destinataires des campagnes de nos clients;Adresse électronique|Nom|Statistiques d'ouverture;OVHcloud SAS (sous-traitant ultérieur, hébergement);;Durée du contrat conclu avec le client annonceur;Le client annonceur;;Plateforme d'envoi;Exemple Démo SAS
Mesure d'audience du service;controller;;Statistiques d'utilisation de l'application web;Art. 6(1)(f) RGPD : intérêt légitime (amélioration du service);Clients|Utilisateurs de l'application;Identifiant client|Pages consultées et actions dans l'application;Mixpanel Inc. (sous-traitant, hébergé aux États-Unis);États-Unis : Mixpanel Inc., clauses contractuelles types (décision 2021/914) et pseudonymisation des identifiants;Treize mois;;;Analytics (Mixpanel);Exemple Démo SAS
Gestion du personnel;controller;;Gestion administrative du personnel|Paie;Art. 6(1)(b) RGPD : exécution du contrat de travail|Art. 6(1)(c) RGPD : obligations légales (Code du travail, déclarations sociales);Salariés;Identité|Coordonnées|Vie professionnelle|Données de paie;Lucca SAS (sous-traitant, SIRH)|URSSAF|Caisses de retraite;;"Durée du contrat puis cinq ans ; bulletins de paie : cinquante ans";;;SIRH (Lucca);Exemple Démo SAS
)");
}

Result<void> DemoRecord::fill(CaseBook &cases, ProcessingRecord &record, CaseTasks &tasks)
{
    for (const auto &[csv, systems] :
         {std::pair(DemoRecord::systemsCsv(), true), std::pair(DemoRecord::activitiesCsv(), false)}) {
        auto imported = systems ? record.importSystems(csv) : record.importActivities(csv);
        if (!imported) {
            return imported.error();
        }
        if (!imported->imported) {
            QStringList problems;
            for (const RecordProblem &p : std::as_const(imported->problems)) {
                problems << p.toString();
            }
            return makeError(Error::Code::Internal, problems.join(u' '));
        }
    }
    // The most recent open requests get their activities and tasks, in every state a task can be in.
    CaseQuery query;
    query.scope = CaseQuery::Scope::Open;
    query.sort = CaseQuery::Sort::ReceivedOn;
    query.descending = true;
    query.limit = 16;
    query.today = cases.clock().today();
    auto recent = cases.list(query);
    if (!recent) {
        return recent.error();
    }
    int step = 0;
    for (const CaseSummary &summary : std::as_const(*recent)) {
        auto found = cases.find(summary.id);
        if (!found) {
            return found.error();
        }
        QStringList names;
        switch (found->subject.relationship) {
        case Relationship::Customer:
            names = {QStringLiteral("Gestion des clients"), QStringLiteral("Mesure d'audience du service")};
            break;
        case Relationship::Prospect:
            names = {QStringLiteral("Prospection commerciale")};
            break;
        case Relationship::User:
            names = {QStringLiteral("Mesure d'audience du service")};
            break;
        case Relationship::Employee:
            names = {QStringLiteral("Gestion du personnel")};
            break;
        case Relationship::Other:
            names = {QStringLiteral("Envoi des campagnes de nos clients")};
            break;
        }
        if (auto chosen = tasks.setActivities(*found, names); !chosen) {
            return chosen.error();
        }
        auto plan = tasks.plan(*found);
        if (!plan) {
            continue; // rights that call for no task (a CNIL complaint, post-mortem directives), a processor's case
        }
        for (const CaseTask &task : std::as_const(plan->created)) {
            Result<CaseTask> done = task;
            switch (step++ % 5) {
            case 0:
                break; // to send
            case 1:
                done = tasks.markSent(task.id, task.ownerEmail, cases.clock().today());
                break;
            case 2:
                done = tasks.answer(task.id,
                                    task.action == TaskAction::Search || task.action == TaskAction::Export
                                        ? TaskResult::Found
                                        : TaskResult::Done,
                                    QStringLiteral("Fiche retrouvée et traitée."), cases.clock().today());
                break;
            case 3:
                done = tasks.answer(task.id, TaskResult::NotFound,
                                    QStringLiteral("Aucune fiche à ce nom ni à cette adresse."), cases.clock().today());
                break;
            default:
                done = tasks.markSent(task.id, task.ownerEmail, cases.clock().today());
                if (done && task.action != TaskAction::Search) {
                    done = tasks.answer(task.id, TaskResult::Cannot,
                                        QStringLiteral("Obligation légale de conservation : accès limité à la "
                                                       "comptabilité."),
                                        cases.clock().today());
                }
                break;
            }
            if (!done) {
                return done.error();
            }
        }
    }
    return {};
}

} // namespace dpodesk
