<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityReports</name>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>(organisation not set)</source>
        <translation>(organisation non renseignée)</translation>
    </message>
    <message>
        <source>Requests received from %1 to %2</source>
        <translation>Demandes reçues du %1 au %2</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Audit trail head hash:</source>
        <translation>Dernière empreinte de la piste d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Prorogations</translation>
    </message>
    <message>
        <source>Refusals (rights refused in whole or in part)</source>
        <translation>Refus (droits refusés en tout ou partie)</translation>
    </message>
    <message>
        <source>Identity requests</source>
        <translation>Demandes d&apos;informations d&apos;identité</translation>
    </message>
    <message>
        <source>Days to answer, median</source>
        <translation>Délai de réponse (jours), médiane</translation>
    </message>
    <message>
        <source>Days to answer, 90th percentile</source>
        <translation>Délai de réponse (jours), 90e centile</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Dossiers ouverts au %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Requests received per month</source>
        <translation>Demandes reçues par mois</translation>
    </message>
    <message>
        <source>Requests received per right</source>
        <translation>Demandes reçues par droit</translation>
    </message>
    <message>
        <source>Requests received per channel</source>
        <translation>Demandes reçues par canal</translation>
    </message>
    <message>
        <source>Timeliness of the settled cases</source>
        <translation>Respect des délais (dossiers réglés)</translation>
    </message>
    <message>
        <source>Refusals by ground</source>
        <translation>Refus par fondement</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Figures as of %1; definitions at the end of the report.</source>
        <translation>Chiffres au %1&#xa0;; définitions en fin de rapport.</translation>
    </message>
    <message>
        <source>The period must start on or before the day it ends.</source>
        <translation>La période doit commencer au plus tard le jour où elle se termine.</translation>
    </message>
    <message>
        <source>Answered within one month</source>
        <translation>Réponse sous un mois</translation>
    </message>
    <message>
        <source>Answered within three months (extended)</source>
        <translation>Réponse sous trois mois (prorogation)</translation>
    </message>
    <message>
        <source>Late (answered after the deadline, or open past it)</source>
        <translation>En retard (réponse tardive ou échéance dépassée)</translation>
    </message>
    <message>
        <source>Pending (within the deadline, or clock stopped)</source>
        <translation>En cours (dans le délai, ou délai suspendu)</translation>
    </message>
    <message>
        <source>Withdrawn or closed without an answer</source>
        <translation>Retrait ou clôture sans réponse</translation>
    </message>
    <message>
        <source>Received: cases whose date of receipt falls in the period; per right, each right of a case counts.</source>
        <translation>Demandes reçues&#xa0;: dossiers dont la date de réception est comprise dans la période&#xa0;; dans la répartition par droit, chaque droit d&apos;un dossier est compté.</translation>
    </message>
    <message>
        <source>Timeliness is judged on the day of the report. Within one month: answered on or before the initial deadline (one month from receipt, plus the days the clock stood still, rolled to the next working day; GDPR art. 12(3)). Within three months: extended, answered on or before the extended deadline. Late: answered after the deadline in force, or still open past it. Shares are of these settled cases.</source>
        <translation>Le respect des délais est apprécié à la date du rapport. Réponse sous un mois&#xa0;: réponse envoyée au plus tard à l&apos;échéance initiale (un mois à compter de la réception, plus les jours de suspension, avec report au jour ouvrable suivant&#xa0;; art.&#xa0;12(3) du RGPD). Réponse sous trois mois&#xa0;: dossier prorogé, réponse envoyée au plus tard à l&apos;échéance prorogée. En retard&#xa0;: réponse envoyée après l&apos;échéance en vigueur, ou dossier encore ouvert une fois celle-ci dépassée. Les pourcentages sont calculés sur ces dossiers réglés.</translation>
    </message>
    <message>
        <source>Refusals: each right refused in whole or in part counts once under its ground (GDPR art. 12(4)).</source>
        <translation>Refus&#xa0;: chaque droit refusé en tout ou partie est compté une fois, sous son fondement (art.&#xa0;12(4) du RGPD).</translation>
    </message>
    <message>
        <source>Days to answer: calendar days from receipt to the answer; median and 90th percentile by the nearest rank (the value at rank ceil(p × n) of the sorted list).</source>
        <translation>Délai de réponse&#xa0;: jours calendaires entre la réception et la réponse&#xa0;; médiane et 90e centile selon la méthode du rang le plus proche (valeur de rang ceil(p × n) dans la liste triée).</translation>
    </message>
    <message>
        <source>Identity requests: cases with a suspension to ask for identity information. Open at the end of the period: received by its last day (or today, if earlier) and neither answered, closed nor withdrawn by then.</source>
        <translation>Demandes d&apos;informations d&apos;identité&#xa0;: dossiers comportant une suspension pour demander des informations d&apos;identité. Dossiers ouverts en fin de période&#xa0;: reçus au plus tard le dernier jour de la période (ou aujourd&apos;hui, si cette date est antérieure) et qui, à cette date, n&apos;avaient reçu aucune réponse et n&apos;étaient ni clos ni retirés.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Audit trail head hash</source>
        <translation>Dernière empreinte de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Respect des délais</translation>
    </message>
    <message>
        <source>Extended cases</source>
        <translation>Dossiers prorogés</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>Délai de réponse (jours)</translation>
    </message>
    <message>
        <source>Answered cases</source>
        <translation>Dossiers avec réponse</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Cases with an identity request</source>
        <translation>Dossiers avec demande d&apos;informations d&apos;identité</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Dossiers ouverts en fin de période</translation>
    </message>
    <message>
        <source>A refusal notified after the initial deadline is late even when the case was extended: GDPR art. 12(4) gives one month to refuse.</source>
        <translation>Un refus notifié après l&apos;échéance initiale est en retard même si le dossier a été prorogé&#xa0;: l&apos;article 12, paragraphe 4, du RGPD laisse un mois pour refuser.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit event must be written inside the change it records.</source>
        <translation>Un événement d&apos;audit doit être enregistré au sein de la modification qu&apos;il consigne.</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>lecture de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>écriture dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>event %1 is missing (the next one stored is %2)</source>
        <translation>l&apos;événement %1 est manquant (l&apos;événement suivant enregistré porte le numéro %2)</translation>
    </message>
    <message>
        <source>event %1 does not follow event %2: its previous hash is %3, expected %4</source>
        <translation>l&apos;événement %1 ne fait pas suite à l&apos;événement %2&#xa0;: il porte l&apos;empreinte précédente %3 au lieu de %4</translation>
    </message>
    <message>
        <source>Redacting the audit trail must be part of a change.</source>
        <translation>L&apos;effacement de données dans la piste d&apos;audit doit faire partie d&apos;une modification.</translation>
    </message>
    <message>
        <source>erasing personal data from the audit trail</source>
        <translation>effacement des données personnelles de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>event %1 (%2, %3) was changed after it was written: it no longer matches its hash</source>
        <translation>l&apos;événement %1 (%2, %3) a été modifié après son enregistrement&#xa0;: il ne correspond plus à son empreinte</translation>
    </message>
    <message>
        <source>the details of event %1 (%2, %3) were changed after they were written</source>
        <translation>le détail de l&apos;événement %1 (%2, %3) a été modifié après son enregistrement</translation>
    </message>
    <message>
        <source>recording the state of the cases</source>
        <translation>enregistrement de l&apos;état des dossiers</translation>
    </message>
    <message>
        <source>The details of event %1 (%2) were erased, but no recorded deletion names that event.</source>
        <translation>Le détail de l&apos;événement %1 (%2) a été effacé, mais aucune suppression enregistrée ne désigne cet événement.</translation>
    </message>
    <message>
        <source>Case %1 is not in the audit trail: it was added outside DPO Desk.</source>
        <translation>Le dossier %1 est absent de la piste d&apos;audit&#xa0;: il a été ajouté en dehors de DPO Desk.</translation>
    </message>
    <message>
        <source>Case %1 is in the register although event %2 deleted it: it was put back outside DPO Desk.</source>
        <translation>Le dossier %1 figure dans le registre alors que l&apos;événement %2 l&apos;a supprimé&#xa0;: il a été rétabli en dehors de DPO Desk.</translation>
    </message>
    <message>
        <source>its data</source>
        <translation>ses données</translation>
    </message>
    <message>
        <source>Case %1 was changed outside DPO Desk after event %2 (what differs from the audit trail: %3).</source>
        <translation>Le dossier %1 a été modifié en dehors de DPO Desk après l&apos;événement %2 (écarts par rapport à la piste d&apos;audit&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Case %1 was deleted outside DPO Desk: its last event (%2) shows it in the register, and no deletion was recorded.</source>
        <translation>Le dossier %1 a été supprimé en dehors de DPO Desk&#xa0;: son dernier événement (%2) le montre dans le registre, et aucune suppression n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>les paramètres</translation>
    </message>
    <message>
        <source>The settings were changed outside DPO Desk (no change of settings was ever recorded): %1.</source>
        <translation>Les paramètres ont été modifiés en dehors de DPO Desk (aucune modification des paramètres n&apos;a jamais été enregistrée)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The settings were changed outside DPO Desk after event %1: %2.</source>
        <translation>Les paramètres ont été modifiés en dehors de DPO Desk après l&apos;événement %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>reading the case counters</source>
        <translation>lecture des compteurs de dossiers</translation>
    </message>
    <message>
        <source>The case counter of %1 was set back to %2 although DR-%1-%3 was used: new cases would get references already given.</source>
        <translation>Le compteur de dossiers de l&apos;année %1 a été ramené à %2 alors que la référence DR-%1-%3 a déjà été attribuée&#xa0;: de nouveaux dossiers recevraient des références déjà utilisées.</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <source>Cannot open the folder %1: %2.</source>
        <translation>Impossible d&apos;ouvrir le répertoire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk: %2.</source>
        <translation>Impossible d&apos;écrire %1 sur le disque&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Impossible de créer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3.</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>reading the backup</source>
        <translation>lecture de la sauvegarde</translation>
    </message>
    <message>
        <source>The backup %1 was refused: %2</source>
        <translation>La sauvegarde %1 a été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy is not marked as a DPO Desk register.</source>
        <translation>La copie ne porte pas la marque d&apos;un registre DPO Desk.</translation>
    </message>
    <message>
        <source>Give the file to write the backup to.</source>
        <translation>Indiquez le fichier dans lequel écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is the register itself (or one of its files): choose another file for the backup.</source>
        <translation>%1 est le registre lui-même (ou l&apos;un de ses fichiers)&#xa0;: choisissez un autre fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not a plain file; it was left as it was.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;; il a été laissé en l&apos;état.</translation>
    </message>
    <message>
        <source>%1 exists and is not a DPO Desk register or backup; it was left as it was. Choose another name.</source>
        <translation>%1 existe déjà et n&apos;est ni un registre DPO Desk ni une sauvegarde&#xa0;; il a été laissé en l&apos;état. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is a register in use (a write-ahead log lies beside it); it was left as it was.</source>
        <translation>%1 est un registre en cours d&apos;utilisation (un journal d&apos;écriture anticipée se trouve à côté)&#xa0;; il a été laissé en l&apos;état.</translation>
    </message>
    <message>
        <source>The copy did not pass its check: %1</source>
        <translation>La vérification de la copie a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup %1 was written, but not its checksum file: %2</source>
        <translation>La sauvegarde %1 a été écrite, mais pas son fichier d&apos;empreinte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Conservez au moins une sauvegarde.</translation>
    </message>
    <message>
        <source>The date of the backup is not valid.</source>
        <translation>La date de la sauvegarde n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Today&apos;s backup %1 was written, but the old backup %2 could not be deleted.</source>
        <translation>La sauvegarde du jour %1 a été écrite, mais l&apos;ancienne sauvegarde %2 n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Aucune sauvegarde n&apos;existe à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 has a write-ahead log beside it: it is a register in use, not a backup. Make a backup of it and restore that.</source>
        <translation>%1 est accompagné d&apos;un journal d&apos;écriture anticipée&#xa0;: c&apos;est un registre en cours d&apos;utilisation, et non une sauvegarde. Faites-en une sauvegarde et restaurez celle-ci.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The backup %1 was refused: its bytes no longer match the SHA-256 written beside it when it was made (%2); it was damaged or changed.</source>
        <translation>La sauvegarde %1 a été refusée&#xa0;: son contenu ne correspond plus à l&apos;empreinte SHA-256 enregistrée à côté d&apos;elle lors de sa création (%2)&#xa0;; elle a été endommagée ou modifiée.</translation>
    </message>
    <message>
        <source>The backup %1 was refused: it is not a DPO Desk register.</source>
        <translation>La sauvegarde %1 a été refusée&#xa0;: ce n&apos;est pas un registre DPO Desk.</translation>
    </message>
    <message>
        <source>The backup %1 was refused: its audit trail is broken (%2).</source>
        <translation>La sauvegarde %1 a été refusée&#xa0;: sa piste d&apos;audit est rompue (%2).</translation>
    </message>
    <message>
        <source>The backup %1 was refused: %2 attached file(s) no longer match their SHA-256 (the first: no. %3, &quot;%4&quot;).</source>
        <translation>La sauvegarde %1 a été refusée&#xa0;: %2 pièce(s) jointe(s) ne correspond(ent) plus à leur empreinte SHA-256 (la première&#xa0;: n°&#xa0;%3, «&#xa0;%4&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 is the register itself (or one of its files), not a backup of it.</source>
        <translation>%1 est le registre lui-même (ou l&apos;un de ses fichiers), et non une sauvegarde de celui-ci.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>The backup %1 changed while it was being restored. Nothing was changed.</source>
        <translation>La sauvegarde %1 a été modifiée pendant sa restauration. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 lies there without its register; move it away first.</source>
        <translation>Le fichier %1 est présent sans son registre&#xa0;; déplacez-le d&apos;abord ailleurs.</translation>
    </message>
    <message>
        <source>Today&apos;s backup %1 was written, but the register&apos;s audit trail is broken (%2); the older backups were all kept, since only they can still be restored. Run `dpodesk-cli audit verify` and look into it.</source>
        <translation>La sauvegarde du jour %1 a été écrite, mais la piste d&apos;audit du registre est rompue (%2)&#xa0;; les sauvegardes plus anciennes ont toutes été conservées, car elles seules peuvent encore être restaurées. Lancez «&#xa0;dpodesk-cli audit verify&#xa0;» et examinez la cause.</translation>
    </message>
    <message>
        <source>Today&apos;s backup %1 cannot be restored (%2); the older backups were all kept.</source>
        <translation>La sauvegarde du jour %1 ne peut pas être restaurée (%2)&#xa0;; les sauvegardes plus anciennes ont toutes été conservées.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The backup %1 has no checksum file beside it (%2). Without it a byte changed inside a record cannot be seen (SQLite has no checksum of its own). Restore it only if you accept that, and say so (dpodesk-cli: --without-checksum); every other check still runs.</source>
        <translation>La sauvegarde %1 n&apos;est pas accompagnée de son fichier d&apos;empreinte (%2). Sans lui, un octet modifié à l&apos;intérieur d&apos;un enregistrement passerait inaperçu (SQLite ne tient aucune empreinte de ses données). Ne la restaurez que si vous acceptez ce risque, et indiquez-le expressément (dpodesk-cli&#xa0;: --without-checksum)&#xa0;; toutes les autres vérifications sont maintenues.</translation>
    </message>
    <message>
        <source>The register %1 is in use by another program (a scheduled dpodesk-cli job?): close it and restore again.</source>
        <translation>Le registre %1 est utilisé par un autre programme (une tâche dpodesk-cli planifiée&#xa0;?)&#xa0;: fermez ce programme et relancez la restauration.</translation>
    </message>
</context>
<context>
    <name>CaseBook</name>
    <message>
        <source>Case %1 cannot be linked to itself.</source>
        <translation>Le dossier %1 ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
        <source>There is no case %1: a linked case must be a case of this register.</source>
        <translation>Le dossier %1 n&apos;existe pas&#xa0;: le dossier visé doit faire partie de ce registre.</translation>
    </message>
    <message>
        <source>Case %1 was changed elsewhere since you opened it; reopen it and make your change again.</source>
        <translation>Le dossier %1 a été modifié ailleurs depuis que vous l&apos;avez ouvert&#xa0;; rouvrez-le et refaites votre modification.</translation>
    </message>
    <message>
        <source>Notes can be added but not changed or removed.</source>
        <translation>Les notes peuvent être ajoutées, mais ni modifiées ni supprimées.</translation>
    </message>
    <message>
        <source>Say why the case is deleted: the reason is kept in the audit trail.</source>
        <translation>Indiquez pourquoi le dossier est supprimé&#xa0;: le motif est conservé dans la piste d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <source>&quot;%1&quot; is %2; files over %3 are not kept in the register (see the size limit in the settings).</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; les fichiers de plus de %3 ne sont pas conservés dans le registre (voir la taille maximale dans les paramètres).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Impossible de lire %1&#xa0;: ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than the size limit.</source>
        <translation>%1 dépasse la taille maximale autorisée.</translation>
    </message>
    <message>
        <source>File %1 of %2 refused, so none of the %2 files were added: %3</source>
        <translation>Fichier %1 sur %2 refusé, aucun des %2 fichiers n&apos;a donc été ajouté&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 changed while it was being added.</source>
        <translation>Le fichier %1 a été modifié pendant son ajout.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was erased on %2 (%3); only its record remains.</source>
        <translation>«&#xa0;%1&#xa0;» a été effacé le %2 (%3)&#xa0;; seule sa fiche subsiste.</translation>
    </message>
    <message>
        <source>The bytes of &quot;%1&quot; are missing from the register.</source>
        <translation>Le contenu de «&#xa0;%1&#xa0;» est absent du registre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer matches the SHA-256 recorded when it was added: it was altered.</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond plus à l&apos;empreinte SHA-256 enregistrée lors de son ajout&#xa0;: il a été altéré.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le répertoire %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Refusing to write outside %1.</source>
        <translation>Écriture hors de %1 refusée.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is. Choose another folder.</source>
        <translation>Le fichier %1 existe déjà&#xa0;; il a été laissé en l&apos;état. Choisissez un autre répertoire.</translation>
    </message>
    <message>
        <source>%1 was not written completely (the disk may be full); it was removed.</source>
        <translation>Le fichier %1 n&apos;a pas été entièrement écrit (le disque est peut-être plein)&#xa0;; il a été supprimé.</translation>
    </message>
    <message>
        <source>%1 #%2 (erased)</source>
        <translation>%1 n°&#xa0;%2 (effacé)</translation>
    </message>
    <message>
        <source>The attachment was erased, but another program holding the register prevented the write-ahead log from being cleared; close it and erase again.</source>
        <translation>La pièce jointe a été effacée, mais un autre programme utilisant le registre a empêché le vidage du journal d&apos;écriture anticipée&#xa0;; fermez ce programme et effacez de nouveau.</translation>
    </message>
    <message>
        <source>Say why the file is erased: the reason is kept.</source>
        <translation>Indiquez pourquoi le fichier est effacé&#xa0;: le motif est conservé.</translation>
    </message>
    <message>
        <source>Give the date the identity was verified (not in the future).</source>
        <translation>Indiquez la date de vérification de l&apos;identité (elle ne peut pas être dans le futur).</translation>
    </message>
    <message>
        <source>identity verified on %1</source>
        <translation>identité vérifiée le %1</translation>
    </message>
    <message>
        <source>identity verified on %1; kept %2 day(s)</source>
        <translation>identité vérifiée le %1&#xa0;; durée de conservation&#xa0;: %2 jour(s)</translation>
    </message>
    <message>
        <source>never verified; case closed on %1, kept %2 day(s)</source>
        <translation>identité jamais vérifiée&#xa0;; dossier clos le %1, durée de conservation&#xa0;: %2 jour(s)</translation>
    </message>
</context>
<context>
    <name>CaseTasks</name>
    <message>
        <source>a task found data in %1, one of its systems</source>
        <translation>une tâche a trouvé des données dans %1, l&apos;un de ses systèmes</translation>
    </message>
    <message>
        <source>it covers %1s</source>
        <translation>il couvre les %1s</translation>
    </message>
    <message>
        <source>the person objects, and it rests on legitimate interests or is marketing</source>
        <translation>la personne s&apos;y oppose, et il repose sur l&apos;intérêt légitime ou sert la prospection</translation>
    </message>
    <message>
        <source>The record of processing activities has no activity named &quot;%1&quot;.</source>
        <translation>Le registre des activités de traitement n&apos;a pas d&apos;activité nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Case %1 is %2: tasks are planned for open cases only.</source>
        <translation>Le dossier %1 est «&#xa0;%2&#xa0;»&#xa0;: les tâches ne se planifient que pour les dossiers ouverts.</translation>
    </message>
    <message>
        <source>Choose the activities of the record that concern the person first: the tasks go to the owners of their systems.</source>
        <translation>Choisissez d&apos;abord les activités du registre qui concernent la personne&#xa0;: les tâches vont aux responsables de leurs systèmes.</translation>
    </message>
    <message>
        <source>The rights of case %1 call for no task in the systems (tasks serve access, rectification, erasure, restriction, objection and portability).</source>
        <translation>Les droits du dossier %1 n&apos;appellent aucune tâche dans les systèmes (les tâches servent l&apos;accès, la rectification, l&apos;effacement, la limitation, l&apos;opposition et la portabilité).</translation>
    </message>
    <message>
        <source>We are the processor of &quot;%1&quot; for %2: the request goes to that controller (art. 28(3)(e)); no task is planned for it.</source>
        <translation>Nous sommes sous-traitant de «&#xa0;%1&#xa0;» pour %2&#xa0;: la demande va à ce responsable du traitement (art. 28(3)(e))&#xa0;; aucune tâche n&apos;est planifiée pour elle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no system: say in the record where its data live.</source>
        <translation>«&#xa0;%1&#xa0;» ne cite aucun système&#xa0;: indiquez dans le registre où sont ses données.</translation>
    </message>
    <message>
        <source>%1 cannot %2 according to the catalogue: see with %3 by hand.</source>
        <translation>%1 ne permet pas «&#xa0;%2&#xa0;» d&apos;après le catalogue&#xa0;: voyez-le avec %3 directement.</translation>
    </message>
    <message>
        <source>T%1: %2 usually answers in %3 days, and the task is due on %4.</source>
        <translation>T%1&#xa0;: %2 répond d&apos;habitude en %3 jours, et la tâche est à rendre le %4.</translation>
    </message>
    <message>
        <source>No task to plan for case %1: %2</source>
        <translation>Aucune tâche à planifier pour le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case %1 already has every task its rights and activities call for.</source>
        <translation>Le dossier %1 a déjà toutes les tâches qu&apos;appellent ses droits et ses activités.</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>Il n&apos;y a pas de tâche d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 was answered on %2: there is nothing to send.</source>
        <translation>%1 a reçu sa réponse le %2&#xa0;: il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>A task is sent between the day it was planned and today.</source>
        <translation>Une tâche s&apos;envoie entre le jour où elle a été planifiée et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Say where the task went (an e-mail address, or printed).</source>
        <translation>Indiquez où la tâche est partie (une adresse électronique, ou imprimée).</translation>
    </message>
    <message>
        <source>%1 was already answered on %2 (%3).</source>
        <translation>%1 a déjà reçu sa réponse le %2 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne répond pas à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Say why it cannot be done: the reason is part of the proof.</source>
        <translation>Dites pourquoi ce n&apos;est pas possible&#xa0;: la raison fait partie de la preuve.</translation>
    </message>
    <message>
        <source>The note is longer than 4000 characters.</source>
        <translation>La note dépasse 4000 caractères.</translation>
    </message>
    <message>
        <source>A task is answered between the day it was planned and today.</source>
        <translation>Une tâche reçoit sa réponse entre le jour où elle a été planifiée et aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>The data subject&apos;s first name</source>
        <translation>Le prénom de la personne concernée</translation>
    </message>
    <message>
        <source>The data subject&apos;s last name</source>
        <translation>Le nom de la personne concernée</translation>
    </message>
    <message>
        <source>The data subject&apos;s e-mail address</source>
        <translation>L&apos;adresse électronique de la personne concernée</translation>
    </message>
    <message>
        <source>The data subject&apos;s phone number</source>
        <translation>Le numéro de téléphone de la personne concernée</translation>
    </message>
    <message>
        <source>The data subject&apos;s postal address</source>
        <translation>L&apos;adresse postale de la personne concernée</translation>
    </message>
    <message>
        <source>The data subject&apos;s internal reference</source>
        <translation>La référence interne de la personne concernée</translation>
    </message>
    <message>
        <source>The requester&apos;s first name</source>
        <translation>Le prénom du demandeur</translation>
    </message>
    <message>
        <source>The requester&apos;s last name</source>
        <translation>Le nom du demandeur</translation>
    </message>
    <message>
        <source>The requester&apos;s e-mail address</source>
        <translation>L&apos;adresse électronique du demandeur</translation>
    </message>
    <message>
        <source>The requester&apos;s phone number</source>
        <translation>Le numéro de téléphone du demandeur</translation>
    </message>
    <message>
        <source>The requester&apos;s postal address</source>
        <translation>L&apos;adresse postale du demandeur</translation>
    </message>
    <message>
        <source>The requester&apos;s internal reference</source>
        <translation>La référence interne du demandeur</translation>
    </message>
    <message>
        <source>The proof of the requester&apos;s capacity</source>
        <translation>Le justificatif de qualité du demandeur</translation>
    </message>
    <message>
        <source>The detail of a right</source>
        <translation>La précision apportée sur un droit</translation>
    </message>
    <message>
        <source>The reasons for a refusal</source>
        <translation>La motivation d&apos;un refus</translation>
    </message>
    <message>
        <source>The note of a question</source>
        <translation>La note d&apos;une suspension du délai</translation>
    </message>
    <message>
        <source>The justification of the extension</source>
        <translation>La justification de la prorogation</translation>
    </message>
    <message>
        <source>The name of a recipient</source>
        <translation>Le nom d&apos;un destinataire</translation>
    </message>
    <message>
        <source>The author of a note</source>
        <translation>L&apos;auteur d&apos;une note</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Une note</translation>
    </message>
    <message>
        <source>The CNIL&apos;s reference</source>
        <translation>La référence CNIL</translation>
    </message>
    <message>
        <source>The linked case</source>
        <translation>Le dossier visé</translation>
    </message>
    <message>
        <source>The type of identity document</source>
        <translation>Le type de document d&apos;identité</translation>
    </message>
    <message>
        <source>The note of the identity verification</source>
        <translation>La note de la vérification d&apos;identité</translation>
    </message>
    <message>
        <source>%1 is too long: %L2 characters (at most %L3).</source>
        <translation>%1 compte %L2 caractères, au-delà du maximum autorisé (%L3).</translation>
    </message>
    <message>
        <source>The address of a recipient</source>
        <translation>L&apos;adresse d&apos;un destinataire</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Case updated</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Clock stopped (identity)</source>
        <translation>Délai suspendu (identité)</translation>
    </message>
    <message>
        <source>Clock stopped (clarification)</source>
        <translation>Délai suspendu (précisions)</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>Clock restarted</source>
        <translation>Délai repris</translation>
    </message>
    <message>
        <source>Clock restarted (answer received on %1)</source>
        <translation>Délai repris (réponse reçue le %1)</translation>
    </message>
    <message>
        <source>Deadline extended by two months (GDPR art. 12(3))</source>
        <translation>Échéance prorogée de deux mois (art.&#xa0;12(3) du RGPD)</translation>
    </message>
    <message>
        <source>Extension notice sent</source>
        <translation>Notification de prorogation envoyée</translation>
    </message>
    <message>
        <source>Answer recorded</source>
        <translation>Réponse enregistrée</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Dossier clos</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>Demande retirée</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Dossier supprimé</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>%1 — details erased</source>
        <translation>%1 — détails effacés</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Acknowledgement or status recorded</source>
        <translation>Accusé de réception ou statut enregistré</translation>
    </message>
    <message>
        <source>Decision on each right recorded (the reply to write)</source>
        <translation>Décision enregistrée pour chaque droit (la réponse à rédiger)</translation>
    </message>
    <message>
        <source>Recipients to notify updated (art. 19)</source>
        <translation>Destinataires à notifier mis à jour (art.&#xa0;19)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>internal reference</source>
        <translation>référence interne</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>lien avec l&apos;organisme</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>qualité</translation>
    </message>
    <message>
        <source>proof of capacity</source>
        <translation>justificatif de la qualité</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Language of the request</source>
        <translation>Langue de la demande</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>Acknowledgement date</source>
        <translation>Date de l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>CNIL reference</source>
        <translation>Référence CNIL</translation>
    </message>
    <message>
        <source>CNIL due date</source>
        <translation>Échéance CNIL</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>Dossier lié</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>issue</translation>
    </message>
    <message>
        <source>ground of the refusal</source>
        <translation>fondement du refus</translation>
    </message>
    <message>
        <source>reasons of the refusal</source>
        <translation>motifs du refus</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>date de la décision</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation>demandée le</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>notice sent on</source>
        <translation>notification envoyée le</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>notified on</source>
        <translation>notifié le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>Droit %1</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Destinataire %1</translation>
    </message>
    <message>
        <source>Activities concerning the person chosen</source>
        <translation>Choix des activités concernant la personne</translation>
    </message>
    <message>
        <source>Deadline recomputed (holiday calendar or closure days changed)</source>
        <translation>Échéance recalculée (calendrier des jours fériés ou jours de fermeture modifiés)</translation>
    </message>
    <message>
        <source>Due dates of the tasks moved</source>
        <translation>Échéances des tâches déplacées</translation>
    </message>
    <message>
        <source>State of the case recorded in the audit trail</source>
        <translation>État du dossier enregistré dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>file #%1</source>
        <translation>fichier n°&#xa0;%1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>File added: %1 (%2)</source>
        <translation>Fichier ajouté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>File viewed: %1 (%2)</source>
        <translation>Fichier consulté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>File exported: %1 (%2)</source>
        <translation>Fichier exporté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>File erased: %1 (%2)</source>
        <translation>Fichier effacé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Identity verified (%1)</source>
        <translation>Identité vérifiée (%1)</translation>
    </message>
    <message>
        <source>Letter recorded as sent: %1 (%2)</source>
        <translation>Courrier enregistré comme envoyé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Tasks to the system owners planned</source>
        <translation>Tâches aux responsables des systèmes planifiées</translation>
    </message>
    <message>
        <source>Task %1 sent to %2</source>
        <translation>Tâche %1 envoyée à %2</translation>
    </message>
    <message>
        <source>Reminder of task %1 sent to %2</source>
        <translation>Relance de la tâche %1 envoyée à %2</translation>
    </message>
    <message>
        <source>Task %1 answered: %2</source>
        <translation>Réponse à la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Deadline in force</source>
        <translation>Échéance en vigueur</translation>
    </message>
    <message>
        <source>Initial deadline</source>
        <translation>Échéance initiale</translation>
    </message>
    <message>
        <source>Extended deadline</source>
        <translation>Échéance prorogée</translation>
    </message>
    <message>
        <source>Refusal deadline</source>
        <translation>Échéance du refus</translation>
    </message>
    <message>
        <source>Days the clock stood still</source>
        <translation>Jours de suspension du délai</translation>
    </message>
    <message>
        <source>Clock stopped since</source>
        <translation>Délai suspendu depuis</translation>
    </message>
    <message>
        <source>Extension notice due</source>
        <translation>Prorogation à notifier</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The date the request was received is missing.</source>
        <translation>La date de réception de la demande n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>The request cannot have been received on %1: that date is in the future.</source>
        <translation>La demande ne peut pas avoir été reçue le %1&#xa0;: cette date est dans le futur.</translation>
    </message>
    <message>
        <source>Choose at least one right the request is about.</source>
        <translation>Choisissez au moins un droit visé par la demande.</translation>
    </message>
    <message>
        <source>The right &quot;%1&quot; is listed twice.</source>
        <translation>Le droit «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>A refusal of &quot;%1&quot; needs a legal ground and the reasons given to the person (GDPR art. 12(4)).</source>
        <translation>Un refus concernant «&#xa0;%1&#xa0;» exige un fondement juridique et les motifs communiqués à la personne (art.&#xa0;12(4) du RGPD).</translation>
    </message>
    <message>
        <source>The decision on &quot;%1&quot; (%2) comes before the request was received (%3).</source>
        <translation>La décision sur «&#xa0;%1&#xa0;» (%2) est antérieure à la réception de la demande (%3).</translation>
    </message>
    <message>
        <source>Give at least the data subject&apos;s name or e-mail address.</source>
        <translation>Indiquez au moins le nom ou l&apos;adresse électronique de la personne concernée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address (expected name@domain.tld).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique valide (format attendu&#xa0;: nom@domaine.tld).</translation>
    </message>
    <message>
        <source>Give the name of the person acting for the data subject.</source>
        <translation>Indiquez le nom du demandeur agissant pour le compte de la personne concernée.</translation>
    </message>
    <message>
        <source>A suspension needs the date the question was sent.</source>
        <translation>Une suspension exige la date d&apos;envoi de la question.</translation>
    </message>
    <message>
        <source>The question cannot have been sent on %1: that date is in the future.</source>
        <translation>La question ne peut pas avoir été envoyée le %1&#xa0;: cette date est dans le futur.</translation>
    </message>
    <message>
        <source>The answer (%1) cannot come before the question (%2).</source>
        <translation>La réponse (%1) ne peut pas être antérieure à la question (%2).</translation>
    </message>
    <message>
        <source>The answer cannot have arrived on %1: that date is in the future.</source>
        <translation>La réponse ne peut pas être arrivée le %1&#xa0;: cette date est dans le futur.</translation>
    </message>
    <message>
        <source>Only one suspension can be open at a time.</source>
        <translation>Une seule suspension peut être en cours à la fois.</translation>
    </message>
    <message>
        <source>A CNIL complaint follows the CNIL&apos;s due date: it cannot be extended.</source>
        <translation>Une plainte CNIL suit l&apos;échéance fixée par la CNIL&#xa0;: elle ne peut pas faire l&apos;objet d&apos;une prorogation.</translation>
    </message>
    <message>
        <source>The extension needs the date it was decided.</source>
        <translation>La prorogation exige la date à laquelle elle a été décidée.</translation>
    </message>
    <message>
        <source>The extension was decided on %1, after the initial deadline of %2: GDPR art. 12(3) requires the person to be told within the first month.</source>
        <translation>La prorogation a été décidée le %1, après l&apos;échéance initiale du %2&#xa0;: l&apos;art.&#xa0;12(3) du RGPD impose d&apos;en informer la personne dans le premier mois.</translation>
    </message>
    <message>
        <source>The extension cannot be decided before the request was received.</source>
        <translation>La prorogation ne peut pas être décidée avant la réception de la demande.</translation>
    </message>
    <message>
        <source>An extension needs a written justification: the reasons are sent to the person.</source>
        <translation>Une prorogation exige une justification écrite&#xa0;: les motifs sont communiqués à la personne.</translation>
    </message>
    <message>
        <source>The extension notice cannot be sent before the extension is decided.</source>
        <translation>La notification de prorogation ne peut pas être envoyée avant que la prorogation soit décidée.</translation>
    </message>
    <message>
        <source>A CNIL complaint needs the due date set in the CNIL&apos;s letter.</source>
        <translation>Une plainte CNIL exige l&apos;échéance fixée dans le courrier de la CNIL.</translation>
    </message>
    <message>
        <source>%1 (%2) comes before the request was received (%3).</source>
        <translation>%1 (%2) est antérieure à la réception de la demande (%3).</translation>
    </message>
    <message>
        <source>%1 (%2) is in the future.</source>
        <translation>%1 (%2) est dans le futur.</translation>
    </message>
    <message>
        <source>The acknowledgement date</source>
        <translation>La date de l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>The answer date</source>
        <translation>La date de réponse</translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation>La date de clôture</translation>
    </message>
    <message>
        <source>The case cannot be closed (%1) before it was answered (%2).</source>
        <translation>Le dossier ne peut pas être clos (%1) avant la réponse (%2).</translation>
    </message>
    <message>
        <source>An answered case needs the date of the answer.</source>
        <translation>Un dossier au statut «&#xa0;Réponse envoyée&#xa0;» exige la date de réponse.</translation>
    </message>
    <message>
        <source>Every recipient to notify (GDPR art. 19) needs a name.</source>
        <translation>Chaque destinataire à notifier (art.&#xa0;19 du RGPD) doit avoir un nom.</translation>
    </message>
    <message>
        <source>The question sent on %1 comes before the request was received (%2).</source>
        <translation>La question envoyée le %1 est antérieure à la réception de la demande (%2).</translation>
    </message>
    <message>
        <source>The extension cannot be decided or notified on a future date.</source>
        <translation>La prorogation ne peut pas être décidée ni notifiée à une date future.</translation>
    </message>
    <message>
        <source>The notification to %1</source>
        <translation>La notification à %1</translation>
    </message>
    <message>
        <source>%1 (%2) comes before %3, when the GDPR began to apply.</source>
        <translation>%1 (%2) est antérieure au %3, date d&apos;entrée en application du RGPD.</translation>
    </message>
    <message>
        <source>The request cannot have been received on %1: the register holds requests made under the GDPR, which applies from %2.</source>
        <translation>La demande ne peut pas avoir été reçue le %1&#xa0;: le registre contient les demandes présentées au titre du RGPD, applicable depuis le %2.</translation>
    </message>
    <message>
        <source>The decision on &quot;%1&quot;</source>
        <translation>La décision sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case reference (expected DR-YYYY-NNNN).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une référence de dossier (format attendu&#xa0;: DR-AAAA-NNNN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number: digits, spaces and ( ) - . /, a + only at the start, 6 to 20 digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone valide&#xa0;: chiffres, espaces et ( ) - . / uniquement, un + seulement au début, de 6 à 20 chiffres.</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La question</translation>
    </message>
    <message>
        <source>The extension</source>
        <translation>La prorogation</translation>
    </message>
    <message>
        <source>The extension notice</source>
        <translation>La notification de prorogation</translation>
    </message>
    <message>
        <source>The CNIL&apos;s due date</source>
        <translation>L&apos;échéance fixée par la CNIL</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>The clock is not stopped: there is no open question to record an answer for.</source>
        <translation>Le délai n&apos;est pas suspendu&#xa0;: aucune question n&apos;est en attente de réponse.</translation>
    </message>
    <message>
        <source>Give the date the answer arrived.</source>
        <translation>Indiquez la date de réception de la réponse.</translation>
    </message>
    <message>
        <source>A CNIL complaint follows the CNIL&apos;s due date: it cannot be extended.</source>
        <translation>Une plainte CNIL suit l&apos;échéance fixée par la CNIL&#xa0;: elle ne peut pas faire l&apos;objet d&apos;une prorogation.</translation>
    </message>
    <message>
        <source>The case was already extended on %1: GDPR art. 12(3) allows one extension of two months.</source>
        <translation>Le dossier a déjà fait l&apos;objet d&apos;une prorogation le %1&#xa0;: l&apos;art.&#xa0;12(3) du RGPD ne permet qu&apos;une seule prorogation de deux mois.</translation>
    </message>
    <message>
        <source>The initial deadline (%1) has passed: an extension must be decided and notified within the first month (GDPR art. 12(3)).</source>
        <translation>L&apos;échéance initiale (%1) est dépassée&#xa0;: une prorogation doit être décidée et notifiée dans le premier mois (art.&#xa0;12(3) du RGPD).</translation>
    </message>
    <message>
        <source>An extension needs a written justification: the reasons are sent to the person.</source>
        <translation>Une prorogation exige une justification écrite&#xa0;: les motifs sont communiqués à la personne.</translation>
    </message>
    <message>
        <source>The case has no extension to notify.</source>
        <translation>Le dossier ne comporte aucune prorogation à notifier.</translation>
    </message>
    <message>
        <source>Give the date of the answer.</source>
        <translation>Indiquez la date de la réponse.</translation>
    </message>
    <message>
        <source>The case does not cover the right &quot;%1&quot;.</source>
        <translation>Le dossier ne porte pas sur le droit «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A refusal of &quot;%1&quot; needs a legal ground and the reasons given to the person (GDPR art. 12(4)).</source>
        <translation>Un refus concernant «&#xa0;%1&#xa0;» exige un fondement juridique et les motifs communiqués à la personne (art.&#xa0;12(4) du RGPD).</translation>
    </message>
    <message>
        <source>Decide on every right before answering: &quot;%1&quot; is still pending.</source>
        <translation>Statuez sur chaque droit avant de répondre&#xa0;: «&#xa0;%1&#xa0;» est toujours en attente de décision.</translation>
    </message>
    <message>
        <source>The refusal is notified on %1, after the refusal deadline of %2 (one month from receipt, GDPR art. 12(4)).</source>
        <translation>Le refus est notifié le %1, après la date limite de refus du %2 (un mois à compter de la réception, art.&#xa0;12(4) du RGPD).</translation>
    </message>
    <message>
        <source>Case %1 is already closed.</source>
        <translation>Le dossier %1 est déjà clos.</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>Retrait de la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use the matching action to set &quot;%1&quot;: it records the dates the law needs.</source>
        <translation>Utilisez l&apos;action prévue pour passer au statut «&#xa0;%1&#xa0;»&#xa0;: elle enregistre les dates exigées par la loi.</translation>
    </message>
    <message>
        <source>The clock is stopped: record the answer to your question first.</source>
        <translation>Le délai est suspendu&#xa0;: enregistrez d&apos;abord la réponse à votre question.</translation>
    </message>
    <message>
        <source>Case %1 can no longer change its workflow (status: %2).</source>
        <translation>Le dossier %1 ne peut plus évoluer (statut&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The clock has been stopped since %1: record the answer first.</source>
        <translation>Le délai est suspendu depuis le %1&#xa0;: enregistrez d&apos;abord la réponse.</translation>
    </message>
    <message>
        <source>The clock has been stopped since %1: record the answer to your question before answering.</source>
        <translation>Le délai est suspendu depuis le %1&#xa0;: enregistrez la réponse à votre question avant de répondre.</translation>
    </message>
    <message>
        <source>The answer given on %1 is late: the deadline was %2.</source>
        <translation>La réponse donnée le %1 est tardive&#xa0;: l&apos;échéance était le %2.</translation>
    </message>
    <message>
        <source>A request for clarification does not stop the clock: the decree 2019-536 (art. 77) suspends the time limits only while identity information is awaited. Send the clarification letter (it says the deadline still runs) or keep the question in a note; to treat clarifications as suspending, change the organisation&apos;s setting, with its written justification.</source>
        <translation>Une demande de précisions ne suspend pas le délai&#xa0;: le décret n°&#xa0;2019-536 (art.&#xa0;77) ne suspend les délais que dans l&apos;attente d&apos;informations d&apos;identité. Envoyez le courrier de demande de précisions (il indique que le délai continue de courir) ou consignez la question dans une note&#xa0;; pour que les demandes de précisions suspendent le délai, modifiez le paramètre de l&apos;organisme, avec sa justification écrite.</translation>
    </message>
    <message>
        <source>Case %1 was answered on %2: its decisions are part of that answer.</source>
        <translation>Le dossier %1 a reçu sa réponse le %2&#xa0;: ses décisions font partie de cette réponse.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a DPO Desk database: it is not an SQLite database file.</source>
        <translation>%1 n&apos;est pas une base de données DPO Desk&#xa0;: ce n&apos;est pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a DPO Desk register.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application, et non un registre DPO Desk.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of DPO Desk (schema %2; this version reads up to %3).</source>
        <translation>Le fichier %1 a été écrit par une version plus récente de DPO Desk (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3).</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of DPO Desk (schema %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>Le fichier %1 a été écrit par une version plus récente de DPO Desk (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Installez la version plus récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is read-only: DPO Desk cannot write to it.</source>
        <translation>Le fichier %1 est en lecture seule&#xa0;: DPO Desk ne peut pas y écrire.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>réglage du paramètre %1</translation>
    </message>
    <message>
        <source>The database refused the setting %1 = %2 (it reports &quot;%3&quot;).</source>
        <translation>La base de données a refusé le paramètre %1 = %2 (message&#xa0;: «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>mise à niveau du schéma vers la version %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>enregistrement de la version du schéma</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>début d&apos;une modification</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>enregistrement de la modification</translation>
    </message>
    <message>
        <source>reading the setting %1</source>
        <translation>lecture du paramètre %1</translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation>enregistrement du paramètre %1</translation>
    </message>
    <message>
        <source>The register %1 was changed by another program while %2; nothing was saved. Try again.</source>
        <translation>Le registre %1 a été modifié par un autre programme pendant l&apos;opération (%2)&#xa0;; rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>opening the file</source>
        <translation>ouverture du fichier</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>vérification du fichier</translation>
    </message>
    <message>
        <source>updating the statistics</source>
        <translation>mise à jour des statistiques</translation>
    </message>
    <message>
        <source>removing the setting %1</source>
        <translation>suppression du paramètre %1</translation>
    </message>
    <message>
        <source>The register %1 is locked by another program that is changing it (%2: waited %3 seconds). Try again in a moment; nothing was saved.</source>
        <translation>Le registre %1 est verrouillé par un autre programme qui est en train de le modifier (%2&#xa0;: attente de %3 secondes). Réessayez dans un instant&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The register %1 is damaged (%2). Nothing was changed; restore a backup.</source>
        <translation>Le registre %1 est endommagé (%2). Aucune modification n&apos;a été effectuée&#xa0;; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2); nothing was saved. Free some space and try again.</source>
        <translation>Le disque contenant %1 est plein (%2)&#xa0;; rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 was left half-changed by a program that stopped; DPO Desk must be allowed to write to it to finish the recovery (%2).</source>
        <translation>Le fichier %1 a été laissé à moitié modifié par un programme interrompu&#xa0;; DPO Desk doit être autorisé à y écrire pour achever sa remise en état (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): the file or its folder is read-only.</source>
        <translation>Impossible d&apos;écrire dans %1 (%2)&#xa0;: le fichier ou son répertoire est en lecture seule.</translation>
    </message>
    <message>
        <source>The register %1 could not be read or written (%2): %3. Nothing was saved.</source>
        <translation>Le registre %1 n&apos;a pas pu être lu ou écrit (%2)&#xa0;: %3. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is a file.</source>
        <translation>Impossible de créer le répertoire %1&#xa0;: %2 est un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Impossible de créer le répertoire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot create the register %1: %2.</source>
        <translation>Impossible de créer le registre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened: it fails SQLite&apos;s integrity check. Restore a backup.</source>
        <translation>Le fichier %1 est endommagé et n&apos;a pas été ouvert&#xa0;: il ne passe pas le contrôle d&apos;intégrité de SQLite. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; DPO Desk does not follow it, and nothing was created.</source>
        <translation>%1 est un lien vers %2, qui n&apos;existe pas&#xa0;; DPO Desk ne suit pas ce lien, et rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>There is no register at %1; nothing was created.</source>
        <translation>Aucun registre n&apos;existe à l&apos;emplacement %1&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a DPO Desk register; it was left as it was.</source>
        <translation>%1 est un fichier vide, et non un registre DPO Desk&#xa0;; il a été laissé en l&apos;état.</translation>
    </message>
    <message>
        <source>The database refused to open %1 for reading only.</source>
        <translation>La base de données a refusé d&apos;ouvrir %1 en lecture seule.</translation>
    </message>
    <message>
        <source>its size cannot be read</source>
        <translation>sa taille ne peut pas être déterminée</translation>
    </message>
    <message>
        <source>its first bytes cannot be read</source>
        <translation>ses premiers octets ne peuvent pas être lus</translation>
    </message>
    <message>
        <source>copying the register</source>
        <translation>copie du registre</translation>
    </message>
    <message>
        <source>clearing the write-ahead log</source>
        <translation>vidage du journal d&apos;écriture anticipée</translation>
    </message>
    <message>
        <source>reading the list of tables</source>
        <translation>lecture de la liste des tables</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>lecture des colonnes de %1</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>received %1 → one month: %2</source>
        <translation>reçue le %1 → un mois&#xa0;: %2</translation>
    </message>
    <message>
        <source>received %1 → three months: %2</source>
        <translation>reçue le %1 → trois mois&#xa0;: %2</translation>
    </message>
    <message>
        <source> (no such day that month: its last day)</source>
        <translation> (date inexistante ce mois-là&#xa0;: dernier jour du mois)</translation>
    </message>
    <message>
        <source>; + 1 day suspended → %1</source>
        <translation>&#xa0;; + 1 jour de suspension → %1</translation>
    </message>
    <message>
        <source>; + %1 days suspended → %2</source>
        <translation>&#xa0;; + %1 jours de suspension → %2</translation>
    </message>
    <message>
        <source>; %1 is %2</source>
        <translation>&#xa0;; %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> → next working day %1</source>
        <translation> → jour ouvrable suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Échéance dans %1 jours ou moins</translation>
    </message>
</context>
<context>
    <name>DeadlineReports</name>
    <message>
        <source>GDPR deadlines</source>
        <translation>Échéances RGPD</translation>
    </message>
    <message>
        <source>GDPR deadlines — %1</source>
        <translation>Échéances RGPD — %1</translation>
    </message>
    <message>
        <source>GDPR deadline: %1 (%2)</source>
        <translation>Échéance RGPD&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Case %1: %2.</source>
        <translation>Dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Received on %1; deadline in force %2 (GDPR art. 12(3)).</source>
        <translation>Demande reçue le %1&#xa0;; échéance en vigueur&#xa0;: %2 (art.&#xa0;12(3) du RGPD).</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Statut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Clock stopped since %1: the deadline will move by the days it stands still.</source>
        <translation>Délai suspendu depuis le %1&#xa0;: l&apos;échéance sera reportée du nombre de jours de suspension.</translation>
    </message>
    <message>
        <source>Extension notice due: the person must be told of the extension and its reasons.</source>
        <translation>Prorogation à notifier&#xa0;: la personne doit être informée de la prorogation et de ses motifs.</translation>
    </message>
    <message>
        <source>GDPR deadline in 7 days: %1</source>
        <translation>Échéance RGPD dans 7 jours&#xa0;: %1</translation>
    </message>
    <message>
        <source>GDPR deadline tomorrow: %1</source>
        <translation>Échéance RGPD demain&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deadline report</source>
        <translation>Rapport des échéances</translation>
    </message>
    <message>
        <source>(organisation not set)</source>
        <translation>(organisation non renseignée)</translation>
    </message>
    <message>
        <source>Generated on %1 · Filter: %2</source>
        <translation>Généré le %1 · Filtre&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n dossier ouvert</numerusform>
            <numerusform>%n dossiers ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n à échéance sous 7 jours</numerusform>
            <numerusform>%n à échéance sous 7 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clock(s) stopped</source>
        <translation>
            <numerusform>%n délai suspendu</numerusform>
            <numerusform>%n délais suspendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension notice(s) due</source>
        <translation>
            <numerusform>%n prorogation à notifier</numerusform>
            <numerusform>%n prorogations à notifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Days left: calendar days from %1 to the deadline in force (GDPR art. 12(3): one month, three when extended, plus the days the clock stood still, rolled to the next working day). No countdown while the clock is stopped. Overdue cases first, then by deadline.</source>
        <translation>Jours restants&#xa0;: jours calendaires du %1 jusqu&apos;à l&apos;échéance en vigueur (art.&#xa0;12(3) du RGPD&#xa0;: un mois, trois en cas de prorogation, plus les jours de suspension, avec report au jour ouvrable suivant). Pas de décompte pendant la suspension du délai. Dossiers en retard en premier, puis par ordre d&apos;échéance.</translation>
    </message>
    <message>
        <source>Audit trail head hash:</source>
        <translation>Dernière empreinte de la piste d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (event %2)</source>
        <translation>%1 (événement n°&#xa0;%2)</translation>
    </message>
    <message>
        <source>No open case matches the filter.</source>
        <translation>Aucun dossier ouvert ne correspond au filtre.</translation>
    </message>
    <message>
        <source>open cases with a deadline from %1 to %2</source>
        <translation>dossiers ouverts dont l&apos;échéance est comprise entre le %1 et le %2</translation>
    </message>
    <message>
        <source>open cases with a deadline on or after %1</source>
        <translation>dossiers ouverts dont l&apos;échéance tombe le %1 ou après</translation>
    </message>
    <message>
        <source>open cases with a deadline on or before %1</source>
        <translation>dossiers ouverts dont l&apos;échéance tombe le %1 ou avant</translation>
    </message>
    <message>
        <source>all open cases</source>
        <translation>tous les dossiers ouverts</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Clock stopped since</source>
        <translation>Suspendu depuis le</translation>
    </message>
    <message>
        <source>Extension notice due</source>
        <translation>Prorogation à notifier</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo register needs at least one case.</source>
        <translation>Le registre de démonstration doit contenir au moins un dossier.</translation>
    </message>
    <message>
        <source>%1 already holds cases: the demo fills a new, empty register only.</source>
        <translation>%1 contient déjà des dossiers&#xa0;: la démonstration ne remplit qu&apos;un registre neuf et vide.</translation>
    </message>
    <message>
        <source>The demo generator made an invalid case (%1); please report it.</source>
        <translation>Le générateur de démonstration a produit un dossier invalide (%1)&#xa0;; merci de le signaler.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation>Décision individuelle automatisée</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Post-mortem directives</source>
        <translation>Directives post mortem</translation>
    </message>
    <message>
        <source>CNIL complaint</source>
        <translation>Plainte CNIL</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Partially granted</source>
        <translation>Partiellement accordé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Aucune donnée détenue</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Manifestly unfounded (art. 12(5))</source>
        <translation>Demande manifestement infondée (art.&#xa0;12(5))</translation>
    </message>
    <message>
        <source>Excessive (art. 12(5))</source>
        <translation>Demande excessive (art.&#xa0;12(5))</translation>
    </message>
    <message>
        <source>Unable to identify (art. 11(2))</source>
        <translation>Identification impossible (art.&#xa0;11(2))</translation>
    </message>
    <message>
        <source>Rights and freedoms of others (art. 15(4))</source>
        <translation>Droits et libertés d&apos;autrui (art.&#xa0;15(4))</translation>
    </message>
    <message>
        <source>Compelling legitimate grounds (art. 21(1))</source>
        <translation>Motifs légitimes et impérieux (art.&#xa0;21(1))</translation>
    </message>
    <message>
        <source>Other ground</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Via the CNIL</source>
        <translation>Par l&apos;intermédiaire de la CNIL</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>En attente d&apos;identification</translation>
    </message>
    <message>
        <source>Awaiting clarification</source>
        <translation>En attente de précisions</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Awaiting internal answer</source>
        <translation>En attente de réponse interne</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Demande retirée</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Autre relation</translation>
    </message>
    <message>
        <source>Representative with a mandate</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Héritier</translation>
    </message>
    <message>
        <source>Other capacity</source>
        <translation>Autre qualité</translation>
    </message>
    <message>
        <source>Identity information</source>
        <translation>Informations d&apos;identité</translation>
    </message>
    <message>
        <source>Clarification of the request</source>
        <translation>Précisions sur la demande</translation>
    </message>
    <message>
        <source>Complexity of the request</source>
        <translation>Complexité de la demande</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Nombre de demandes</translation>
    </message>
    <message>
        <source>GDPR art. 15</source>
        <translation>RGPD art.&#xa0;15</translation>
    </message>
    <message>
        <source>GDPR art. 16</source>
        <translation>RGPD art.&#xa0;16</translation>
    </message>
    <message>
        <source>GDPR art. 17</source>
        <translation>RGPD art.&#xa0;17</translation>
    </message>
    <message>
        <source>GDPR art. 18</source>
        <translation>RGPD art.&#xa0;18</translation>
    </message>
    <message>
        <source>GDPR art. 20</source>
        <translation>RGPD art.&#xa0;20</translation>
    </message>
    <message>
        <source>GDPR art. 21</source>
        <translation>RGPD art.&#xa0;21</translation>
    </message>
    <message>
        <source>GDPR art. 22</source>
        <translation>RGPD art.&#xa0;22</translation>
    </message>
    <message>
        <source>GDPR art. 7(3)</source>
        <translation>RGPD art.&#xa0;7(3)</translation>
    </message>
    <message>
        <source>Loi Informatique et Libertés art. 84-86</source>
        <translation>Loi Informatique et Libertés art.&#xa0;84-86</translation>
    </message>
    <message>
        <source>Person designated by the deceased</source>
        <translation>Personne désignée par le défunt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Identity proof</source>
        <translation>Justificatif d&apos;identité</translation>
    </message>
    <message>
        <source>Proof of capacity</source>
        <translation>Justificatif de qualité</translation>
    </message>
    <message>
        <source>Outgoing letter</source>
        <translation>Courrier envoyé</translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation>Autre pièce</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Compte client</translation>
    </message>
    <message>
        <source>Knowledge of account details</source>
        <translation>Connaissance des informations du compte</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Autre méthode</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Responsable conjoint</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Rectify</source>
        <translation>Rectifier</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Limiter</translation>
    </message>
    <message>
        <source>Stop the processing</source>
        <translation>Cesser le traitement</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Data found</source>
        <translation>Données trouvées</translation>
    </message>
    <message>
        <source>No data found</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cannot be done</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <source>Erasure exception, point not named (art. 17(3))</source>
        <translation>Exception à l&apos;effacement, point non précisé (art. 17(3))</translation>
    </message>
    <message>
        <source>Legal obligation (art. 17(3)(b))</source>
        <translation>Obligation légale (art. 17(3)(b))</translation>
    </message>
    <message>
        <source>Restriction by law (art. 23)</source>
        <translation>Limitation prévue par la loi (art. 23)</translation>
    </message>
    <message>
        <source>Freedom of expression and information (art. 17(3)(a))</source>
        <translation>Liberté d&apos;expression et d&apos;information (art. 17(3)(a))</translation>
    </message>
    <message>
        <source>Public health (art. 17(3)(c))</source>
        <translation>Santé publique (art. 17(3)(c))</translation>
    </message>
    <message>
        <source>Archiving, research or statistics (art. 17(3)(d))</source>
        <translation>Archivage, recherche ou statistiques (art. 17(3)(d))</translation>
    </message>
    <message>
        <source>Legal claims (art. 17(3)(e))</source>
        <translation>Droits en justice (art. 17(3)(e))</translation>
    </message>
    <message>
        <source>Data accurate and complete (art. 16)</source>
        <translation>Données exactes et complètes (art. 16)</translation>
    </message>
    <message>
        <source>Conditions of art. 18(1) not met</source>
        <translation>Conditions de l&apos;art. 18(1) non remplies</translation>
    </message>
    <message>
        <source>Outside art. 20(1) (basis or means)</source>
        <translation>Hors de l&apos;art. 20(1) (base ou moyens)</translation>
    </message>
    <message>
        <source>Adversely affects others (art. 20(4))</source>
        <translation>Atteinte aux droits d&apos;autrui (art. 20(4))</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un répertoire&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 was not written completely (the disk may be full); check the file.</source>
        <translation>Le fichier %1 n&apos;a pas été entièrement écrit (le disque est peut-être plein)&#xa0;; vérifiez le fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; any existing file was left as it was.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2&#xa0;; le fichier existant éventuel a été laissé en l&apos;état.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is. Choose another folder.</source>
        <translation>Le fichier %1 existe déjà&#xa0;; il a été laissé en l&apos;état. Choisissez un autre répertoire.</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <source>Alsace-Moselle</source>
        <translation>Alsace-Moselle</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>La Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Saint-Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Saint-Martin</source>
        <translation>Saint-Martin</translation>
    </message>
    <message>
        <source>Unknown holiday calendar &quot;%1&quot;; expected one of: %2.</source>
        <translation>Calendrier de jours fériés inconnu «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <source>Abolition of Slavery Day</source>
        <translation>Abolition de l&apos;esclavage</translation>
    </message>
    <message>
        <source>Closure day</source>
        <translation>Jour de fermeture</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>This register is already open in DPO Desk (%1 is held by another program). Switch to that window, or close it first.</source>
        <translation>Ce registre est déjà ouvert dans DPO Desk (%1 est verrouillé par un autre programme). Passez à cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>This register is already open in DPO Desk (process %1 on %2). Switch to that window, or close it first.</source>
        <translation>Ce registre est déjà ouvert dans DPO Desk (processus %1 sur %2). Passez à cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: the folder is not writable.</source>
        <translation>Impossible de créer le fichier de verrou %1&#xa0;: le répertoire n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2.</source>
        <translation>Impossible de créer le fichier de verrou %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le répertoire %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>le répertoire %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the disk holds no more files</source>
        <translation>le disque ne peut plus accueillir de nouveaux fichiers</translation>
    </message>
    <message>
        <source>the system refused it for a reason it did not give</source>
        <translation>le système a refusé sans en donner la raison</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation>La page %1 n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>The printer could not finish the document.</source>
        <translation>L&apos;imprimante n&apos;a pas pu terminer le document.</translation>
    </message>
    <message>
        <source>xdg-email is not installed: save the letter and attach it in your e-mail program.</source>
        <translation>xdg-email n&apos;est pas installé&#xa0;: enregistrez le courrier et joignez-le dans votre messagerie.</translation>
    </message>
    <message>
        <source>The letter could not be prepared for your e-mail program; save it and attach it yourself.</source>
        <translation>Le courrier n&apos;a pas pu être préparé pour votre messagerie&#xa0;; enregistrez-le et joignez-le vous-même.</translation>
    </message>
    <message>
        <source>Your e-mail program could not be opened; the letter is in %1.</source>
        <translation>Votre messagerie n&apos;a pas pu être ouverte&#xa0;; le courrier se trouve dans %1.</translation>
    </message>
</context>
<context>
    <name>LetterOutbox</name>
    <message>
        <source>Letter %1</source>
        <translation>Courrier %1</translation>
    </message>
    <message>
        <source>Only a generated PDF letter can be recorded as sent.</source>
        <translation>Seul un courrier généré au format PDF peut être enregistré comme envoyé.</translation>
    </message>
    <message>
        <source>Case %1 changed since the letter was prepared; prepare it again.</source>
        <translation>Le dossier %1 a été modifié depuis la préparation du courrier&#xa0;; préparez-le de nouveau.</translation>
    </message>
    <message>
        <source>The deadline of %1 passed on %2: the acknowledgement says so, apologises and mentions the right to complain to the CNIL, instead of promising a date already past.</source>
        <translation>L&apos;échéance de %1 est passée le %2&#xa0;: l&apos;accusé de réception le dit, présente des excuses et mentionne le droit de saisir la CNIL, au lieu de promettre une date déjà passée.</translation>
    </message>
    <message>
        <source>Already acknowledged on %1; its status is still &quot;new&quot;.</source>
        <translation>Accusé de réception déjà envoyé le %1&#xa0;; son statut est toujours «&#xa0;nouveau&#xa0;».</translation>
    </message>
    <message>
        <source>The organisation&apos;s setting on clarifications changed since the letter was prepared; prepare it again.</source>
        <translation>Le paramètre de l&apos;organisme sur les demandes de précisions a changé depuis la préparation du courrier ; préparez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>LetterPreconditions</name>
    <message>
        <source>The letter is dated %1, before the request was received on %2.</source>
        <translation>Le courrier est daté du %1, avant la réception de la demande le %2.</translation>
    </message>
    <message>
        <source>Case %1 was never extended: an extension notice would announce reasons and a new deadline that the register does not hold. Record the extension first.</source>
        <translation>Le dossier %1 n&apos;a jamais été prorogé&#xa0;: une notification de prorogation annoncerait des motifs et une nouvelle échéance que le registre ne contient pas. Enregistrez d&apos;abord la prorogation.</translation>
    </message>
    <message>
        <source>The extension notice of case %1 was already recorded as sent on %2.</source>
        <translation>La notification de prorogation du dossier %1 a déjà été enregistrée comme envoyée le %2.</translation>
    </message>
    <message>
        <source>An extension notice must reach the person within one month of receipt (GDPR art. 12(3)): dated %1, this one comes after the initial deadline of %2.</source>
        <translation>La notification de prorogation doit parvenir à la personne dans le mois suivant la réception (art.&#xa0;12(3) du RGPD)&#xa0;: datée du %1, celle-ci arrive après l&apos;échéance initiale du %2.</translation>
    </message>
    <message>
        <source>Case %1 was already answered or closed: this letter would announce an answer still to come.</source>
        <translation>Le dossier %1 a déjà reçu une réponse ou a été clos&#xa0;: ce courrier annoncerait une réponse encore à venir.</translation>
    </message>
    <message>
        <source>Case %1 does not cover the right &quot;%2&quot;: this letter answers a right the person did not ask for.</source>
        <translation>Le dossier %1 ne porte pas sur le droit «&#xa0;%2&#xa0;»&#xa0;: ce courrier répond à un droit que la personne n&apos;a pas exercé.</translation>
    </message>
    <message>
        <source>A &quot;no data held&quot; letter says that no data about the person is processed, but case %1 does not record that outcome (%2). Record the outcome &quot;No data held&quot; first.</source>
        <translation>Un courrier «&#xa0;aucune donnée détenue&#xa0;» indique qu&apos;aucune donnée concernant la personne n&apos;est traitée, mais le dossier %1 n&apos;enregistre pas cette décision (%2). Enregistrez d&apos;abord la décision «&#xa0;Aucune donnée détenue&#xa0;».</translation>
    </message>
    <message>
        <source>A refusal states the legal ground and the reasons of each right refused (GDPR art. 12(4)), but case %1 records no right refused with its ground and reasons. Record the decision first.</source>
        <translation>Un refus indique le fondement juridique et les motifs de chaque droit refusé (art.&#xa0;12(4) du RGPD), mais le dossier %1 n&apos;enregistre aucun droit refusé avec son fondement et ses motifs. Enregistrez d&apos;abord la décision.</translation>
    </message>
    <message>
        <source>This letter states the ground &quot;%1&quot;, but case %2 records no right refused on that ground with its reasons (GDPR art. 12(4)). Record the decision first.</source>
        <translation>Ce courrier invoque le fondement «&#xa0;%1&#xa0;», mais le dossier %2 n&apos;enregistre aucun droit refusé sur ce fondement avec ses motifs (art.&#xa0;12(4) du RGPD). Enregistrez d&apos;abord la décision.</translation>
    </message>
    <message>
        <source>This letter is written to an heir or to the person the deceased designated (LIL art. 85), but case %1 records no one acting for the data subject. Record the requester and their capacity first.</source>
        <translation>Ce courrier s&apos;adresse à un héritier ou à la personne désignée par le défunt (art.&#xa0;85 de la loi Informatique et Libertés), mais le dossier %1 n&apos;enregistre personne agissant pour la personne concernée. Enregistrez d&apos;abord le demandeur et sa qualité.</translation>
    </message>
    <message>
        <source>This letter is written to an heir or to the person the deceased designated (LIL art. 85), but the requester of case %1 acts as &quot;%2&quot;.</source>
        <translation>Ce courrier s&apos;adresse à un héritier ou à la personne désignée par le défunt (art.&#xa0;85 de la loi Informatique et Libertés), mais le demandeur du dossier %1 agit en qualité de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A restriction can be lifted only once it is in place (GDPR art. 18(3)), but case %1 records no restriction of processing granted.</source>
        <translation>Une limitation ne peut être levée qu&apos;une fois en place (art.&#xa0;18(3) du RGPD), mais le dossier %1 n&apos;enregistre aucune limitation du traitement accordée.</translation>
    </message>
    <message>
        <source>A notification under GDPR art. 19 is addressed to a recipient of the data, but case %1 records none. Add the recipients first.</source>
        <translation>Une notification au titre de l&apos;art.&#xa0;19 du RGPD est adressée à un destinataire des données, mais le dossier %1 n&apos;en enregistre aucun. Ajoutez d&apos;abord les destinataires.</translation>
    </message>
    <message>
        <source>A proof of capacity is asked of someone acting for the data subject, but case %1 records no requester: the data subject writes in their own name. Record the requester and their capacity first.</source>
        <translation>Une preuve de qualité se demande à qui agit pour la personne concernée, mais le dossier %1 n&apos;enregistre aucun demandeur&#xa0;: la personne écrit en son nom. Enregistrez d&apos;abord le demandeur et sa qualité.</translation>
    </message>
    <message>
        <source>A reply to the CNIL answers a complaint it forwarded, quoting its reference by its due date, but case %1 records no CNIL complaint with its reference and due date. Record them first.</source>
        <translation>Une réponse à la CNIL répond à une plainte qu&apos;elle a transmise, en rappelant sa référence, avant son échéance, mais le dossier %1 n&apos;enregistre aucune plainte CNIL avec sa référence et son échéance. Enregistrez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>A notification under GDPR art. 19 is written to the recipient at its address, but case %1 records no address for it: add the recipient&apos;s postal or e-mail address first.</source>
        <translation>Une notification au titre de l&apos;article 19 du RGPD est adressée au destinataire, à son adresse, mais le dossier %1 n&apos;en enregistre aucune&#xa0;: ajoutez d&apos;abord l&apos;adresse postale ou électronique du destinataire.</translation>
    </message>
    <message>
        <source>Case %1 is a complaint the CNIL forwarded: it is answered to the CNIL by its due date (the letter &quot;Reply to the CNIL&quot;), not acknowledged to the complainant with a one-month deadline.</source>
        <translation>Le dossier %1 est une plainte transmise par la CNIL&#xa0;: on y répond à la CNIL avant son échéance (le courrier «&#xa0;Réponse à la CNIL&#xa0;»), sans accuser réception au plaignant avec un délai d&apos;un mois.</translation>
    </message>
    <message>
        <source>The answer to an heir states the proofs of the death and of the requester&apos;s capacity that were received, but case %1 records none. Record them with the requester first (e.g. death certificate and acte de notoriété).</source>
        <translation>La réponse à un héritier indique les justificatifs du décès et de la qualité du demandeur reçus, mais le dossier %1 n&apos;en enregistre aucun. Enregistrez-les d&apos;abord avec le demandeur (par exemple acte de décès et acte de notoriété).</translation>
    </message>
    <message>
        <source>The requester of case %1 acts as &quot;%2&quot;: an heir or the person the deceased designated does not receive the person&apos;s own answer (GDPR art. 15 and 20) but the answer to an heir, limited to what LIL art. 85 allows.</source>
        <translation>Le demandeur du dossier %1 agit en qualité de «&#xa0;%2&#xa0;»&#xa0;: un héritier ou la personne désignée par le défunt ne reçoit pas la réponse destinée à la personne elle-même (art.&#xa0;15 et 20 du RGPD), mais la réponse à un héritier, limitée à ce que permet l&apos;article&#xa0;85 de la loi Informatique et Libertés.</translation>
    </message>
    <message>
        <source>The right &quot;%1&quot; was refused in whole or in part: write the reply covering every right, or the refusal letter, which give the reasons and the remedies (GDPR art. 12(4)).</source>
        <translation>Le droit «&#xa0;%1&#xa0;» a été refusé en tout ou partie&#xa0;: rédigez la réponse couvrant tous les droits, ou le courrier de refus, qui indiquent les motifs et les voies de recours (art.&#xa0;12, paragraphe&#xa0;4, du RGPD).</translation>
    </message>
    <message>
        <source>No data is held for the right &quot;%1&quot;: write the reply covering every right, or the &quot;no data held&quot; letter.</source>
        <translation>Aucune donnée n&apos;est détenue pour le droit «&#xa0;%1&#xa0;»&#xa0;: rédigez la réponse couvrant tous les droits, ou le courrier «&#xa0;aucune donnée détenue&#xa0;».</translation>
    </message>
    <message>
        <source>The reply covers the person&apos;s own rights; &quot;%1&quot; is answered by its own letter (the answer to an heir, the reply to the CNIL).</source>
        <translation>La réponse couvre les droits de la personne elle-même&#xa0;; «&#xa0;%1&#xa0;» reçoit son propre courrier (la réponse à un héritier, la réponse à la CNIL).</translation>
    </message>
    <message>
        <source>The reply states what was decided for each right, but &quot;%1&quot; is still pending in case %2: decide every right with Answer… first (no right is granted by default).</source>
        <translation>La réponse indique ce qui a été décidé pour chaque droit, mais «&#xa0;%1&#xa0;» est encore en attente dans le dossier %2&#xa0;: décidez d&apos;abord chaque droit avec Répondre… (aucun droit n&apos;est accordé par défaut).</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Request for identity information</source>
        <translation>Demande d&apos;informations d&apos;identité</translation>
    </message>
    <message>
        <source>Request for clarification</source>
        <translation>Demande de précisions</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Notification de prorogation</translation>
    </message>
    <message>
        <source>Answer: access</source>
        <translation>Réponse&#xa0;: accès</translation>
    </message>
    <message>
        <source>Answer: rectification</source>
        <translation>Réponse&#xa0;: rectification</translation>
    </message>
    <message>
        <source>Answer: erasure</source>
        <translation>Réponse&#xa0;: effacement</translation>
    </message>
    <message>
        <source>Answer: restriction</source>
        <translation>Réponse&#xa0;: limitation du traitement</translation>
    </message>
    <message>
        <source>Answer: portability</source>
        <translation>Réponse&#xa0;: portabilité</translation>
    </message>
    <message>
        <source>Answer: objection</source>
        <translation>Réponse&#xa0;: opposition</translation>
    </message>
    <message>
        <source>Notice before lifting a restriction</source>
        <translation>Information avant la levée d&apos;une limitation</translation>
    </message>
    <message>
        <source>Refusal (total or partial)</source>
        <translation>Refus (total ou partiel)</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive request</source>
        <translation>Demande manifestement infondée ou excessive</translation>
    </message>
    <message>
        <source>Unable to identify (art. 11(2))</source>
        <translation>Identification impossible (art.&#xa0;11(2))</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Aucune donnée détenue</translation>
    </message>
    <message>
        <source>Notification to a recipient (art. 19)</source>
        <translation>Notification à un destinataire (art.&#xa0;19)</translation>
    </message>
    <message>
        <source>Answer to an heir (post-mortem)</source>
        <translation>Réponse à un héritier (post mortem)</translation>
    </message>
    <message>
        <source>The template uses %1, which DPO Desk does not know; the placeholders are: %2.</source>
        <translation>Le modèle utilise %1, que DPO Desk ne connaît pas&#xa0;; les champs disponibles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no letter &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Il n&apos;existe pas de courrier «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Letters are written in French (fr) or English (en).</source>
        <translation>Les courriers sont rédigés en français (fr) ou en anglais (en).</translation>
    </message>
    <message>
        <source>The letter could not be drawn.</source>
        <translation>Le courrier n&apos;a pas pu être mis en page.</translation>
    </message>
    <message>
        <source>Fill in the organisation profile first (organisation name, DPO name and e-mail): every letter must carry them.</source>
        <translation>Renseignez d&apos;abord le profil de l&apos;organisation (nom de l&apos;organisation, nom et adresse électronique du délégué à la protection des données)&#xa0;: chaque courrier doit les mentionner.</translation>
    </message>
    <message>
        <source>The acknowledgement date is set to the letter&apos;s date.</source>
        <translation>La date de l&apos;accusé de réception est fixée à la date du courrier.</translation>
    </message>
    <message>
        <source>The clock stops from the letter&apos;s date until the identity information arrives (decree 2019-536 art. 77).</source>
        <translation>Le délai est suspendu à compter de la date du courrier jusqu&apos;à réception des informations d&apos;identité (décret n°&#xa0;2019-536, art.&#xa0;77).</translation>
    </message>
    <message>
        <source>The extension notice is recorded as sent on the letter&apos;s date.</source>
        <translation>La notification de prorogation est enregistrée comme envoyée à la date du courrier.</translation>
    </message>
    <message>
        <source>The answer date is set to the letter&apos;s date, with the outcome of each right.</source>
        <translation>La date de réponse est fixée à la date du courrier, avec la décision prise sur chaque droit.</translation>
    </message>
    <message>
        <source>The letter is kept with the case.</source>
        <translation>Le courrier est conservé avec le dossier.</translation>
    </message>
    <message>
        <source>what information is needed to confirm the identity, and why (only on reasonable doubt).</source>
        <translation>les informations nécessaires pour confirmer l&apos;identité, et pourquoi (uniquement en cas de doute raisonnable).</translation>
    </message>
    <message>
        <source>what the person must clarify.</source>
        <translation>ce que la personne doit préciser.</translation>
    </message>
    <message>
        <source>the facts: earlier requests and their intervals, and the fee asked if any.</source>
        <translation>les faits&#xa0;: demandes antérieures et intervalles entre elles, et frais demandés le cas échéant.</translation>
    </message>
    <message>
        <source>what would allow the person to be identified.</source>
        <translation>ce qui permettrait d&apos;identifier la personne.</translation>
    </message>
    <message>
        <source>what changed (rectified, erased or restricted data), for the recipient to apply.</source>
        <translation>ce qui a changé (données rectifiées, effacées ou dont le traitement est limité), pour que le destinataire le répercute.</translation>
    </message>
    <message>
        <source>the format of the data supplied (e.g. CSV, JSON) and how it is sent.</source>
        <translation>le format des données fournies (par exemple CSV, JSON) et leur mode de transmission.</translation>
    </message>
    <message>
        <source>when the restriction ends, and why.</source>
        <translation>quand la limitation du traitement prend fin, et pourquoi.</translation>
    </message>
    <message>
        <source>what was done, and when.</source>
        <translation>ce qui a été fait, et quand.</translation>
    </message>
    <message>
        <source>any reasons beyond the grounds recorded for each right.</source>
        <translation>tout motif s&apos;ajoutant aux fondements enregistrés pour chaque droit.</translation>
    </message>
    <message>
        <source>the searches carried out.</source>
        <translation>les recherches effectuées.</translation>
    </message>
    <message>
        <source>actions taken, or anything else the person should know (optional).</source>
        <translation>les mesures prises, ou toute autre information utile à la personne (facultatif).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder: write placeholders as {{name}}, e.g. {{case.reference}}.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ de fusion&#xa0;: écrivez les champs de fusion sous la forme {{name}}, par exemple {{case.reference}}.</translation>
    </message>
    <message>
        <source>{{/%1}} closes a passage that was not opened with {{#%1}} just before.</source>
        <translation>{{/%1}} ferme un passage qui n&apos;a pas été ouvert juste avant par {{#%1}}.</translation>
    </message>
    <message>
        <source>{{#%1}} opens a passage that is never closed with {{/%1}}.</source>
        <translation>{{#%1}} ouvre un passage qui n&apos;est jamais fermé par {{/%1}}.</translation>
    </message>
    <message>
        <source>This letter needs your text: %1</source>
        <translation>Ce courrier nécessite votre texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The access answer must state the activities of the record of processing activities that concern the person (GDPR art. 15(1) and 15(2)): keep %1 in the template, or reset it to the default.</source>
        <translation>La réponse à une demande d&apos;accès doit exposer les activités du registre qui concernent la personne (art. 15(1) et 15(2) du RGPD)&#xa0;: gardez %1 dans le modèle, ou revenez au modèle par défaut.</translation>
    </message>
    <message>
        <source>The letter &quot;%1&quot; needs %2 in its template: keep it, or reset the template to the default.</source>
        <translation>La lettre «&#xa0;%1&#xa0;» a besoin de %2 dans son modèle&#xa0;: gardez-le, ou revenez au modèle par défaut.</translation>
    </message>
    <message>
        <source>There is no letter &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de lettre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>how the copy of the data is provided (GDPR art. 15(3)): enclosed, sent separately or made available, and in which format.</source>
        <translation>comment la copie des données est fournie (art. 15(3) du RGPD)&#xa0;: jointe, envoyée à part ou mise à disposition, et sous quel format.</translation>
    </message>
    <message>
        <source>Every activity chosen for this case is one we carry out as processor, for %1: the request must be forwarded to the controller (GDPR art. 28(3)(e)), who answers it. No access answer is written in our name.</source>
        <translation>Toutes les activités choisies pour ce dossier sont menées en tant que sous-traitant, pour %1&#xa0;: la demande doit être transmise au responsable du traitement (art. 28(3)(e) du RGPD), qui y répond. Aucune réponse d&apos;accès n&apos;est rédigée en notre nom.</translation>
    </message>
    <message>
        <source>a controller the record does not name</source>
        <translation>un responsable du traitement que le registre ne nomme pas</translation>
    </message>
    <message>
        <source>Choose the activities of the record of processing activities that concern the person first: the access answer states them.</source>
        <translation>Choisissez d&apos;abord les activités du registre des activités de traitement qui concernent la personne&#xa0;: la réponse d&apos;accès les expose.</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>les finalités</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>la base légale</translation>
    </message>
    <message>
        <source>categories of data</source>
        <translation>les catégories de données</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>la durée de conservation</translation>
    </message>
    <message>
        <source>the other controller</source>
        <translation>l&apos;autre responsable du traitement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lacks %2</source>
        <translation>il manque à «&#xa0;%1&#xa0;» %2</translation>
    </message>
    <message>
        <source>The access answer states, for each activity, what GDPR art. 15(1) and 15(2) require, but in the record of processing activities %1. Complete the record first.</source>
        <translation>La réponse d&apos;accès expose, pour chaque activité, ce qu&apos;exigent les articles 15(1) et 15(2) du RGPD, mais dans le registre des activités de traitement, %1. Complétez d&apos;abord le registre.</translation>
    </message>
    <message>
        <source>We are the processor: notice to the person</source>
        <translation>Nous sommes sous-traitant&#xa0;: information de la personne</translation>
    </message>
    <message>
        <source>We are the processor: request forwarded to the controller</source>
        <translation>Nous sommes sous-traitant&#xa0;: demande transmise au responsable du traitement</translation>
    </message>
    <message>
        <source>anything else the controller needs to answer (optional): how the request reached us, what we can do on its instructions.</source>
        <translation>tout ce dont le responsable du traitement a besoin pour répondre (facultatif)&#xa0;: comment la demande nous est parvenue, ce que nous pouvons faire sur ses instructions.</translation>
    </message>
    <message>
        <source>Request for proof of capacity</source>
        <translation>Demande de justificatif de qualité</translation>
    </message>
    <message>
        <source>what proves the capacity in this case, and why: the mandate signed by the person, proof of parental authority or guardianship, the acte de notoriété...</source>
        <translation>ce qui prouve la qualité dans ce cas, et pourquoi&#xa0;: le mandat signé par la personne, la preuve de l&apos;autorité parentale ou de la tutelle, l&apos;acte de notoriété…</translation>
    </message>
    <message>
        <source>Fee notice before acting</source>
        <translation>Avis de frais avant traitement</translation>
    </message>
    <message>
        <source>the fee and its basis: the amount, what it covers (further copies, GDPR art. 15(3); a manifestly unfounded or excessive request, art. 12(5)), how to pay.</source>
        <translation>les frais et leur fondement&#xa0;: le montant, ce qu&apos;il couvre (copies supplémentaires, art. 15(3) du RGPD&#xa0;; demande manifestement infondée ou excessive, art. 12(5)), comment payer.</translation>
    </message>
    <message>
        <source>Confirmation that consent was withdrawn</source>
        <translation>Confirmation du retrait du consentement</translation>
    </message>
    <message>
        <source>the processing based on consent that stops, and from which date (GDPR art. 7(3)).</source>
        <translation>le traitement fondé sur le consentement qui cesse, et à partir de quelle date (art. 7(3) du RGPD).</translation>
    </message>
    <message>
        <source>Answer: automated decision (art. 22)</source>
        <translation>Réponse&#xa0;: décision automatisée (art. 22)</translation>
    </message>
    <message>
        <source>how the person obtains human intervention and contests the decision: who reviews it, how to reach them, and what was done for this request.</source>
        <translation>comment la personne obtient une intervention humaine et conteste la décision&#xa0;: qui la réexamine, comment le joindre, et ce qui a été fait pour cette demande.</translation>
    </message>
    <message>
        <source>Reply to the CNIL (complaint)</source>
        <translation>Réponse à la CNIL (plainte)</translation>
    </message>
    <message>
        <source>the facts, the measures taken and the documents attached.</source>
        <translation>les faits, les mesures prises et les documents joints.</translation>
    </message>
    <message>
        <source>The letter is kept with the case; the clock keeps running: only identity information suspends it (decree 2019-536 art. 77).</source>
        <translation>Le courrier est conservé dans le dossier&#xa0;; le délai continue de courir&#xa0;: seules les informations d&apos;identité le suspendent (décret 2019-536, art. 77).</translation>
    </message>
    <message>
        <source>No activity chosen for this case is one we carry out as processor: this letter says that a controller named in the record of processing activities answers the request (GDPR art. 28(3)(e)). Choose the case&apos;s activities first.</source>
        <translation>Aucune activité choisie pour ce dossier n&apos;est menée en tant que sous-traitant&#xa0;: ce courrier dit qu&apos;un responsable du traitement nommé au registre répond à la demande (art. 28(3)(e) du RGPD). Choisissez d&apos;abord les activités du dossier.</translation>
    </message>
    <message>
        <source>The record of processing activities does not name the controller we process for in &quot;%1&quot;: name it in the record first.</source>
        <translation>Le registre des activités de traitement ne nomme pas le responsable pour qui nous traitons dans «&#xa0;%1&#xa0;»&#xa0;: nommez-le d&apos;abord dans le registre.</translation>
    </message>
    <message>
        <source>The activities chosen for this case name several controllers (%1): a forwarding letter goes to one controller. Choose only the activities of that controller, write its letter, then the next.</source>
        <translation>Les activités choisies pour ce dossier nomment plusieurs responsables (%1)&#xa0;: un courrier de transmission va à un seul responsable. Ne choisissez que les activités de ce responsable, rédigez son courrier, puis le suivant.</translation>
    </message>
    <message>
        <source>No activity chosen for this case (as controller or joint controller) records an automated decision and the logic involved (GDPR art. 15(1)(h), 22): record it in the record of processing activities and choose that activity for the case first.</source>
        <translation>Aucune activité choisie pour ce dossier (comme responsable ou responsable conjoint) n&apos;enregistre de décision automatisée ni sa logique (art. 15(1)(h) et 22 du RGPD)&#xa0;: enregistrez-la au registre des activités de traitement et choisissez d&apos;abord cette activité pour le dossier.</translation>
    </message>
    <message>
        <source>Case %1 records several recipients (%2): choose the one this notification is written to.</source>
        <translation>Le dossier %1 enregistre plusieurs destinataires (%2)&#xa0;: choisissez celui auquel cette notification est adressée.</translation>
    </message>
    <message>
        <source>Case %1 records no recipient named &quot;%2&quot;.</source>
        <translation>Le dossier %1 n&apos;enregistre aucun destinataire nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The notification is addressed to %1, but the case records no address for it: add its postal or e-mail address in the recipients of case %2 first.</source>
        <translation>La notification est adressée à %1, mais le dossier n&apos;enregistre pas son adresse&#xa0;: ajoutez d&apos;abord son adresse postale ou électronique dans les destinataires du dossier %2.</translation>
    </message>
    <message>
        <source>The letter is kept with the case; the clock keeps running: only identity information suspends it (decree 2019-536 art. 77), and the letter says so.</source>
        <translation>Le courrier est conservé avec le dossier&#xa0;; le délai continue de courir&#xa0;: seules les informations d&apos;identité le suspendent (décret n°&#xa0;2019-536, art.&#xa0;77), et le courrier le dit.</translation>
    </message>
    <message>
        <source>The clock stops from the letter&apos;s date until the clarification arrives (the organisation&apos;s setting).</source>
        <translation>Le délai est suspendu à compter de la date du courrier jusqu&apos;à réception des précisions (paramètre de l&apos;organisme).</translation>
    </message>
    <message>
        <source>The recipient is recorded as notified on the letter&apos;s date.</source>
        <translation>Le destinataire est enregistré comme notifié à la date du courrier.</translation>
    </message>
    <message>
        <source>Say whether the deceased left directives (LIL art. 85 I): none known to us, particular directives given to us, or general directives registered with a trusted third party. The answer depends on it.</source>
        <translation>Indiquez si le défunt a laissé des directives (art.&#xa0;85, I, de la loi Informatique et Libertés)&#xa0;: aucune à notre connaissance, des directives particulières qui nous ont été confiées, ou des directives générales enregistrées auprès d&apos;un tiers de confiance. La réponse en dépend.</translation>
    </message>
    <message>
        <source>The requester of case %1 is recorded as the person the deceased designated to carry out their directives, but the letter says no directives are known: record the requester as an heir, or say which directives the deceased left (LIL art. 85).</source>
        <translation>Le demandeur du dossier %1 est enregistré comme la personne désignée par le défunt pour exécuter ses directives, mais le courrier indique qu&apos;aucune directive n&apos;est connue&#xa0;: enregistrez le demandeur comme héritier, ou indiquez quelles directives le défunt a laissées (art.&#xa0;85 de la loi Informatique et Libertés).</translation>
    </message>
    <message>
        <source>There is no letter to draw.</source>
        <translation>Il n&apos;y a aucun courrier à dessiner.</translation>
    </message>
    <message numerus="yes">
        <source>%n letters</source>
        <translation>
            <numerusform>%n courrier</numerusform>
            <numerusform>%n courriers</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply covering every right</source>
        <translation>Réponse couvrant tous les droits</translation>
    </message>
    <message>
        <source>what was done, and when; how the copy of the data is provided, if access is granted (optional).</source>
        <translation>ce qui a été fait, et quand&#xa0;; comment la copie des données est fournie, si l&apos;accès est accordé (facultatif).</translation>
    </message>
    <message>
        <source>the reasons of the refusal of &quot;%1&quot;</source>
        <translation>les motifs du refus «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the justification of the extension</source>
        <translation>la justification de la prolongation</translation>
    </message>
    <message>
        <source>written in French</source>
        <translation>rédigés en français</translation>
    </message>
    <message>
        <source>written in English</source>
        <translation>rédigés en anglais</translation>
    </message>
    <message>
        <source>This letter would carry %1, %2 for this request: write the letter in the request&apos;s language, or, if the request&apos;s language is wrong, correct it first.</source>
        <translation>Ce courrier reprendrait %1, %2 pour cette demande&#xa0;: rédigez le courrier dans la langue de la demande ou, si la langue de la demande est erronée, corrigez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>The logo file is empty.</source>
        <translation>Le fichier du logo est vide.</translation>
    </message>
    <message>
        <source>The logo is %1 KB; a logo may be at most %2 KB.</source>
        <translation>Le logo fait %1&#xa0;Ko&#xa0;; un logo ne peut pas dépasser %2&#xa0;Ko.</translation>
    </message>
    <message>
        <source>The logo is not a valid SVG image.</source>
        <translation>Le logo n&apos;est pas une image SVG valide.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Le logo doit être une image PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most 8000 x 8000 pixels).</source>
        <translation>Le logo est trop grand (8000&#xa0;x&#xa0;8000&#xa0;pixels au maximum).</translation>
    </message>
    <message>
        <source>The logo cannot be read: %1.</source>
        <translation>Le logo ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The logo refers to files outside itself (%1). Save it with its images embedded, or choose a PNG or JPEG logo.</source>
        <translation>Le logo fait référence à des fichiers extérieurs (%1). Enregistrez-le avec ses images incorporées, ou choisissez un logo PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The logo contains scripts, embedded documents, DTD declarations or processing instructions (%1). Save it as a plain SVG, or choose a PNG or JPEG logo.</source>
        <translation>Le logo contient des scripts, des documents incorporés, des déclarations DTD ou des instructions de traitement (%1). Enregistrez-le au format SVG simple, ou choisissez un logo PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>OrganisationSettings</name>
    <message>
        <source>&quot;%1&quot; is not a time zone (expected e.g. Europe/Paris).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire (exemple attendu&#xa0;: Europe/Paris).</translation>
    </message>
    <message>
        <source>The size limit for files must be between 1 and 2000 MB.</source>
        <translation>La taille maximale des fichiers doit être comprise entre 1 et 2000 Mo.</translation>
    </message>
    <message>
        <source>Retention periods cannot be negative.</source>
        <translation>Les durées de conservation ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>Keeping identity copies after the verification needs a written justification.</source>
        <translation>La conservation des justificatifs d&apos;identité après la vérification exige une justification écrite.</translation>
    </message>
    <message>
        <source>A letter template cannot be empty: reset it to the default instead.</source>
        <translation>Un modèle de courrier ne peut pas être vide&#xa0;: rétablissez plutôt le modèle par défaut.</translation>
    </message>
    <message>
        <source>The margin of tasks before the deadline must be between 0 and 30 working days.</source>
        <translation>La marge des tâches avant l&apos;échéance doit être comprise entre 0 et 30 jours ouvrés.</translation>
    </message>
    <message>
        <source>The DPO&apos;s title is &quot;masculine&quot;, &quot;feminine&quot; or &quot;neutral&quot; (Délégué, Déléguée, Délégué(e)).</source>
        <translation>Le titre du DPO est «&#xa0;masculine&#xa0;», «&#xa0;feminine&#xa0;» ou «&#xa0;neutral&#xa0;» (Délégué, Déléguée, Délégué(e)).</translation>
    </message>
    <message>
        <source>A request for clarification either leaves the clock running (&quot;runs&quot;) or stops it (&quot;stops&quot;).</source>
        <translation>Une demande de précisions laisse courir le délai («&#xa0;runs&#xa0;») ou le suspend («&#xa0;stops&#xa0;»).</translation>
    </message>
    <message>
        <source>Treating a request for clarification as stopping the clock needs a written justification: the decree 2019-536 (art. 77) suspends the time limits only while identity information is awaited.</source>
        <translation>Traiter une demande de précisions comme suspensive exige une justification écrite&#xa0;: le décret n°&#xa0;2019-536 (art.&#xa0;77) ne suspend les délais que dans l&apos;attente d&apos;informations d&apos;identité.</translation>
    </message>
</context>
<context>
    <name>OsError</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file would exceed the size limit set for this program (ulimit -f)</source>
        <translation>le fichier dépasserait la taille maximale fixée pour ce programme (ulimit -f)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou répertoire introuvable</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d&apos;entrée/sortie</translation>
    </message>
</context>
<context>
    <name>PdfCanvas</name>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>Le rapport n&apos;a pas pu être mis en page.</translation>
    </message>
</context>
<context>
    <name>PreviewClient</name>
    <message>
        <source>No preview available: the preview helper (%1) could not be started.</source>
        <translation>Aucun aperçu disponible&#xa0;: le programme d&apos;aperçu (%1) n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>No preview available: drawing the file took too long.</source>
        <translation>Aucun aperçu disponible&#xa0;: le rendu du fichier a pris trop de temps.</translation>
    </message>
    <message>
        <source>No preview available: the file made the preview helper stop (it may be damaged or hostile).</source>
        <translation>Aucun aperçu disponible&#xa0;: le fichier a provoqué l&apos;arrêt du programme d&apos;aperçu (il est peut-être endommagé ou malveillant).</translation>
    </message>
    <message>
        <source>No preview available: the preview could not be read.</source>
        <translation>Aucun aperçu disponible&#xa0;: l&apos;aperçu n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>This PDF is password-protected; it was not opened.</source>
        <translation>Ce PDF est protégé par un mot de passe&#xa0;; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>Aucun aperçu disponible.</translation>
    </message>
    <message>
        <source>No preview available: %1.</source>
        <translation>Aucun aperçu disponible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No preview available: the preview helper produced too much output.</source>
        <translation>Aucun aperçu disponible&#xa0;: le programme d&apos;aperçu a produit une sortie trop volumineuse.</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>cannot write the preview</source>
        <translation>l&apos;aperçu ne peut pas être produit</translation>
    </message>
    <message>
        <source>no preview for this kind of file</source>
        <translation>pas d&apos;aperçu pour ce type de fichier</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>l&apos;image est illisible</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>le PDF est illisible</translation>
    </message>
    <message>
        <source>the file could not be drawn</source>
        <translation>le fichier n&apos;a pas pu être affiché</translation>
    </message>
    <message>
        <source>the image is too large to preview</source>
        <translation>l&apos;image est trop grande pour un aperçu</translation>
    </message>
    <message>
        <source>the page has no size</source>
        <translation>la page n&apos;a pas de dimensions</translation>
    </message>
    <message>
        <source>the image refers to files outside itself</source>
        <translation>l&apos;image fait référence à des fichiers extérieurs</translation>
    </message>
    <message>
        <source>the image contains scripts, embedded documents, DTD declarations or processing instructions</source>
        <translation>l&apos;image contient des scripts, des documents incorporés, des déclarations DTD ou des instructions de traitement</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>the system &quot;%1&quot; is not in the catalogue: import or add it first.</source>
        <translation>le système «&#xa0;%1&#xa0;» n&apos;est pas au catalogue&#xa0;: importez-le ou ajoutez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The activity cannot be kept:</source>
        <translation>L&apos;activité ne peut pas être enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>The record already has an activity named &quot;%1&quot;.</source>
        <translation>Le registre a déjà une activité nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The activity was removed meanwhile.</source>
        <translation>L&apos;activité a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The record has no activity named &quot;%1&quot;.</source>
        <translation>Le registre n&apos;a pas d&apos;activité nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; concerns %n case(s): it stays in the record as long as they name it.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» concerne %n dossier&#xa0;: il reste au registre tant qu&apos;il le nomme.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» concerne %n dossiers&#xa0;: il reste au registre tant qu&apos;ils le nomment.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system cannot be kept:</source>
        <translation>Le système ne peut pas être enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>The catalogue already has a system named &quot;%1&quot;.</source>
        <translation>Le catalogue a déjà un système nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The catalogue has no system named &quot;%1&quot;.</source>
        <translation>Le catalogue n&apos;a pas de système nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed by the activities %2: remove it from them first.</source>
        <translation>«&#xa0;%1&#xa0;» est cité par les activités %2&#xa0;: retirez-le d&apos;abord de celles-ci.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of cases name &quot;%1&quot;: it stays in the catalogue as their proof.</source>
        <translation>
            <numerusform>%n tâche de dossier nomme «&#xa0;%1&#xa0;»&#xa0;: il reste au catalogue comme sa preuve.</numerusform>
            <numerusform>%n tâches de dossiers nomment «&#xa0;%1&#xa0;»&#xa0;: il reste au catalogue comme leur preuve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordReports</name>
    <message>
        <source>Record of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>(organisation not set)</source>
        <translation>(organisation non renseignée)</translation>
    </message>
    <message>
        <source>Data Protection Officer: %1</source>
        <translation>Délégué à la protection des données&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message numerus="yes">
        <source>Generated on %1 · %n activity(ies)</source>
        <translation>
            <numerusform>Établi le %1 · %n activité</numerusform>
            <numerusform>Établi le %1 · %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>The record holds no activity.</source>
        <translation>Le registre ne contient aucune activité.</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1, avec %2</translation>
    </message>
    <message>
        <source>%1, for the controller %2</source>
        <translation>%1, pour le responsable du traitement %2</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Notre rôle</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Catégories de données personnelles</translation>
    </message>
    <message>
        <source>Recipients (by name, processors included)</source>
        <translation>Destinataires (nommément, sous-traitants compris)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Transfers outside the EU and their safeguards</source>
        <translation>Transferts hors de l&apos;UE et leurs garanties</translation>
    </message>
    <message>
        <source>Retention period or its criteria</source>
        <translation>Durée de conservation ou ses critères</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Collected from the data subjects</source>
        <translation>Collectées auprès des personnes concernées</translation>
    </message>
    <message>
        <source>Automated decision and its logic</source>
        <translation>Décision automatisée et sa logique</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Entité juridique</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>GDPR art. 30(1); art. 30(2) for the activities carried out as processor. Made available to the supervisory authority on request (art. 30(4)).</source>
        <translation>Art. 30(1) du RGPD&#xa0;; art. 30(2) pour les activités menées en tant que sous-traitant. Mis à la disposition de l&apos;autorité de contrôle sur demande (art. 30(4)).</translation>
    </message>
    <message>
        <source>Actions taken for case %1</source>
        <translation>Actions menées pour le dossier %1</translation>
    </message>
    <message>
        <source>Case %1, received on %2 · Rights: %3</source>
        <translation>Dossier %1, reçu le %2 · Droits&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Generated on %1 · %n task(s)</source>
        <translation>
            <numerusform>Établi le %1 · %n tâche</numerusform>
            <numerusform>Établi le %1 · %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>No task was planned for this case.</source>
        <translation>Aucune tâche n&apos;a été planifiée pour ce dossier.</translation>
    </message>
    <message>
        <source>Called for by</source>
        <translation>Appelée par</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Planned on / due on</source>
        <translation>Planifiée le / à rendre le</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1, à %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondue le</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>file #%1: not among the files given</source>
        <translation>fichier n°&#xa0;%1&#xa0;: absent des fichiers fournis</translation>
    </message>
    <message>
        <source>content erased on %1</source>
        <translation>contenu effacé le %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>The SHA-256 of each evidence file identifies the very file kept with the case in the register.</source>
        <translation>Le SHA-256 de chaque preuve identifie le fichier même conservé avec le dossier dans le registre.</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé (il manque un &quot;).</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: split it.</source>
        <translation>Le fichier dépasse %1 Mo&#xa0;: découpez-le.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1): save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Le fichier n&apos;est pas un texte UTF-8 (ligne %1)&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is empty: its first line must name the columns.</source>
        <translation>Le fichier est vide&#xa0;: sa première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation>La colonne %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>Unknown column(s): %1. The columns are: %2.</source>
        <translation>Colonne(s) inconnue(s)&#xa0;: %1. Les colonnes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Missing column(s): %1.</source>
        <translation>Colonne(s) manquante(s)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows: split it.</source>
        <translation>Le fichier a plus de %1 lignes&#xa0;: découpez-le.</translation>
    </message>
    <message>
        <source>longer than %1 characters.</source>
        <translation>plus de %1 caractères.</translation>
    </message>
    <message>
        <source>more than %1 values.</source>
        <translation>plus de %1 valeurs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a &quot;|&quot;, which separates the values of a list in the CSV files: write it otherwise.</source>
        <translation>«&#xa0;%1&#xa0;» contient un «&#xa0;|&#xa0;», qui sépare les valeurs d&apos;une liste dans les fichiers CSV&#xa0;: écrivez-le autrement.</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>obligatoire.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>required when we are the processor: the controller we process for.</source>
        <translation>obligatoire quand nous sommes sous-traitant&#xa0;: le responsable du traitement pour qui nous agissons.</translation>
    </message>
    <message>
        <source>required for a joint controller: with whom.</source>
        <translation>obligatoire pour un responsable conjoint&#xa0;: avec qui.</translation>
    </message>
    <message>
        <source>required: tasks are sent to it.</source>
        <translation>obligatoire&#xa0;: les tâches y sont envoyées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>required: what the system can be searched by (email, phone, name, postal-address, customer-number).</source>
        <translation>obligatoire&#xa0;: ce par quoi le système se consulte (email, phone, name, postal-address, customer-number).</translation>
    </message>
    <message>
        <source>required: what its owner can do (search, export, rectify, erase, restrict, stop).</source>
        <translation>obligatoire&#xa0;: ce que son responsable peut faire (search, export, rectify, erase, restrict, stop).</translation>
    </message>
    <message>
        <source>a number of days from 1 to 365.</source>
        <translation>un nombre de jours de 1 à 365.</translation>
    </message>
    <message>
        <source>required: controller, joint-controller or processor.</source>
        <translation>obligatoire&#xa0;: controller, joint-controller ou processor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: controller, joint-controller or processor.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle&#xa0;: controller, joint-controller ou processor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears on an earlier line: one row per activity.</source>
        <translation>«&#xa0;%1&#xa0;» figure sur une ligne précédente&#xa0;: une ligne par activité.</translation>
    </message>
    <message>
        <source>The file holds no activity.</source>
        <translation>Le fichier ne contient aucune activité.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier DPO Desk can fill: email, phone, name, postal-address or customer-number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant que DPO Desk sait remplir&#xa0;: email, phone, name, postal-address ou customer-number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action: search, export, rectify, erase, restrict or stop.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action&#xa0;: search, export, rectify, erase, restrict ou stop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears on an earlier line: one row per system.</source>
        <translation>«&#xa0;%1&#xa0;» figure sur une ligne précédente&#xa0;: une ligne par système.</translation>
    </message>
    <message>
        <source>The file holds no system.</source>
        <translation>Le fichier ne contient aucun système.</translation>
    </message>
</context>
<context>
    <name>RefusalRules</name>
    <message>
        <source>The ground &quot;%1&quot; needs the legal text that imposes it, named in the reasons given to the person (for example &quot;Code de commerce, art. L123-22&quot;).</source>
        <translation>Le motif «&#xa0;%1&#xa0;» a besoin du texte légal qui l&apos;impose, cité dans les raisons données à la personne (par exemple «&#xa0;Code de commerce, art. L123-22&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;Unable to identify&quot; (GDPR art. 11(2)) covers the rights of articles 15 to 20 only: it cannot refuse &quot;%1&quot;.</source>
        <translation>«&#xa0;Impossible d&apos;identifier&#xa0;» (art. 11(2) du RGPD) ne couvre que les droits des articles 15 à 20&#xa0;: il ne peut pas refuser «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An objection to direct marketing admits no compelling legitimate grounds: the processing for direct marketing stops (GDPR art. 21(3)). The detail of the right says it is about direct marketing (&quot;%1&quot;).</source>
        <translation>Une opposition à la prospection n&apos;admet aucun motif légitime et impérieux&#xa0;: le traitement à des fins de prospection cesse (art. 21(3) du RGPD). Le détail du droit indique qu&apos;il s&apos;agit de prospection («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Name the point of art. 17(3) that applies, (a) to (e): &quot;%1&quot; is kept only for decisions recorded before it was split.</source>
        <translation>Précisez le point de l&apos;art. 17(3) qui s&apos;applique, de (a) à (e)&#xa0;: «&#xa0;%1&#xa0;» n&apos;est gardé que pour les décisions enregistrées avant sa division.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be refused on any ground.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être refusé pour aucun motif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ground for refusing &quot;%2&quot;. The grounds that fit it: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un motif de refus de «&#xa0;%2&#xa0;». Les motifs qui conviennent&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>%1 exists already; it was left as it is. Choose another name.</source>
        <translation>%1 existe déjà&#xa0;; il a été laissé en l&apos;état. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create the register %1: %2.</source>
        <translation>Impossible de créer le registre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The clock is stopped and restarted with &quot;Stop the clock&quot; and &quot;Restart the clock&quot;, not by editing the case.</source>
        <translation>Le délai est suspendu et repris avec «&#xa0;Suspendre le délai&#xa0;» et «&#xa0;Reprendre le délai&#xa0;», et non en modifiant le dossier.</translation>
    </message>
    <message>
        <source>An extension is decided with &quot;Extend&quot; (once, with its reason and justification), not by editing the case.</source>
        <translation>Une prorogation est décidée avec «&#xa0;Proroger&#xa0;» (une seule fois, avec son motif et sa justification), et non en modifiant le dossier.</translation>
    </message>
    <message>
        <source>The answer and the closing are recorded with &quot;Answer&quot;, &quot;Close&quot; or &quot;Withdrawn&quot;, not by editing the case.</source>
        <translation>La réponse et la clôture sont enregistrées avec «&#xa0;Répondre&#xa0;», «&#xa0;Clore&#xa0;» ou «&#xa0;Demande retirée&#xa0;», et non en modifiant le dossier.</translation>
    </message>
    <message>
        <source>The status follows the steps of the case; only new, in progress and waiting for another department can be set directly.</source>
        <translation>Le statut suit les étapes du dossier&#xa0;; seuls les statuts nouveau, en cours et en attente d&apos;un autre service peuvent être choisis directement.</translation>
    </message>
    <message>
        <source>The outcome of a right is recorded with &quot;Answer&quot;, not by editing the case.</source>
        <translation>La décision sur un droit est enregistrée avec «&#xa0;Répondre&#xa0;», et non en modifiant le dossier.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>Say in the note why the identity copies are kept (for example a suspected impersonation): without a reason they are erased once the identity is verified.</source>
        <translation>Indiquez dans la note pourquoi les justificatifs d&apos;identité sont conservés (par exemple une suspicion d&apos;usurpation d&apos;identité)&#xa0;: sans motif, ils sont effacés une fois l&apos;identité vérifiée.</translation>
    </message>
</context>
<context>
    <name>RegisterState</name>
    <message>
        <source>reading case %1</source>
        <translation>lecture du dossier %1</translation>
    </message>
    <message>
        <source>the data subject or the requester</source>
        <translation>la personne concernée ou le demandeur</translation>
    </message>
    <message>
        <source>the request (channel, date received, rights, CNIL reference)</source>
        <translation>la demande (canal, date de réception, droits, référence CNIL)</translation>
    </message>
    <message>
        <source>its progress (status, extension, acknowledgement, answer, closing)</source>
        <translation>son avancement (statut, prorogation, accusé de réception, réponse, clôture)</translation>
    </message>
    <message>
        <source>its deadlines</source>
        <translation>ses échéances</translation>
    </message>
    <message>
        <source>its reference, version or timestamps</source>
        <translation>sa référence, sa version ou ses horodatages</translation>
    </message>
    <message>
        <source>the rights and their outcomes</source>
        <translation>les droits et les décisions prises sur chacun</translation>
    </message>
    <message>
        <source>the suspensions of the clock</source>
        <translation>les suspensions du délai</translation>
    </message>
    <message>
        <source>the recipients to notify (art. 19)</source>
        <translation>les destinataires à notifier (art.&#xa0;19)</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>the files kept with it</source>
        <translation>les fichiers conservés avec le dossier</translation>
    </message>
    <message>
        <source>the identity verification</source>
        <translation>la vérification d&apos;identité</translation>
    </message>
    <message>
        <source>the closure days</source>
        <translation>les jours de fermeture</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>le paramètre %1</translation>
    </message>
    <message>
        <source>the activities concerning the person</source>
        <translation>les activités concernant la personne</translation>
    </message>
    <message>
        <source>the tasks to system owners</source>
        <translation>les tâches aux responsables des systèmes</translation>
    </message>
    <message>
        <source>the evidence of the tasks</source>
        <translation>les preuves des tâches</translation>
    </message>
    <message>
        <source>the record of processing activities</source>
        <translation>le registre des activités de traitement</translation>
    </message>
    <message>
        <source>the systems catalogue</source>
        <translation>le catalogue des systèmes</translation>
    </message>
    <message>
        <source>the addresses of the recipients to notify</source>
        <translation>les adresses des destinataires à notifier</translation>
    </message>
</context>
<context>
    <name>RowCursor</name>
    <message>
        <source>Reading the register failed: %1.</source>
        <translation>La lecture du registre a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>reading the register</source>
        <translation>lecture du registre</translation>
    </message>
</context>
<context>
    <name>SqlReportSource</name>
    <message>
        <source>reading the audit trail</source>
        <translation>lecture de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>reading the deadlines</source>
        <translation>lecture des échéances</translation>
    </message>
    <message>
        <source>reading the cases of the period</source>
        <translation>lecture des dossiers de la période</translation>
    </message>
    <message>
        <source>reading the rights of the period</source>
        <translation>lecture des droits de la période</translation>
    </message>
    <message>
        <source>counting the open cases</source>
        <translation>comptage des dossiers ouverts</translation>
    </message>
    <message>
        <source>Reading the deadlines failed (%1): %2.</source>
        <translation>La lecture des échéances a échoué (%1)&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SqlStores</name>
    <message>
        <source>listing cases</source>
        <translation>liste des dossiers</translation>
    </message>
    <message>
        <source>looking for requests from the same person</source>
        <translation>recherche des demandes de la même personne</translation>
    </message>
    <message>
        <source>counting cases</source>
        <translation>comptage des dossiers</translation>
    </message>
    <message>
        <source>reading the reminders</source>
        <translation>lecture des rappels</translation>
    </message>
    <message>
        <source>counting the coming deadlines</source>
        <translation>comptage des prochaines échéances</translation>
    </message>
    <message>
        <source>numbering the case</source>
        <translation>numérotation du dossier</translation>
    </message>
    <message>
        <source>The case counter for %1 could not be read.</source>
        <translation>Le compteur de dossiers de l&apos;année %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>saving case %1</source>
        <translation>enregistrement du dossier %1</translation>
    </message>
    <message>
        <source>Case %1 was stored without an id.</source>
        <translation>Le dossier %1 a été enregistré sans identifiant.</translation>
    </message>
    <message>
        <source>Case %1 was changed elsewhere since you opened it; reopen it and make your change again.</source>
        <translation>Le dossier %1 a été modifié ailleurs depuis que vous l&apos;avez ouvert&#xa0;; rouvrez-le et refaites votre modification.</translation>
    </message>
    <message>
        <source>saving the rights of case %1</source>
        <translation>enregistrement des droits du dossier %1</translation>
    </message>
    <message>
        <source>saving the suspensions of case %1</source>
        <translation>enregistrement des suspensions du dossier %1</translation>
    </message>
    <message>
        <source>saving the recipients of case %1</source>
        <translation>enregistrement des destinataires du dossier %1</translation>
    </message>
    <message>
        <source>saving the notes of case %1</source>
        <translation>enregistrement des notes du dossier %1</translation>
    </message>
    <message>
        <source>deleting a case</source>
        <translation>suppression d&apos;un dossier</translation>
    </message>
    <message>
        <source>finding the linked case</source>
        <translation>recherche du dossier visé</translation>
    </message>
    <message>
        <source>reading the cases</source>
        <translation>lecture des dossiers</translation>
    </message>
    <message>
        <source>reading a case</source>
        <translation>lecture d&apos;un dossier</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>reading case %1</source>
        <translation>lecture du dossier %1</translation>
    </message>
    <message>
        <source>reading the closure days</source>
        <translation>lecture des jours de fermeture</translation>
    </message>
    <message>
        <source>saving the closure days</source>
        <translation>enregistrement des jours de fermeture</translation>
    </message>
    <message>
        <source>finding the case</source>
        <translation>recherche du dossier</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>Aucun dossier ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>storing the attachment</source>
        <translation>enregistrement de la pièce jointe</translation>
    </message>
    <message>
        <source>listing the attachments</source>
        <translation>liste des pièces jointes</translation>
    </message>
    <message>
        <source>reading the attachment</source>
        <translation>lecture de la pièce jointe</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>La pièce jointe %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>erasing the attachment</source>
        <translation>effacement de la pièce jointe</translation>
    </message>
    <message>
        <source>checking the attachments</source>
        <translation>vérification des pièces jointes</translation>
    </message>
    <message>
        <source>recording the verification</source>
        <translation>enregistrement de la vérification</translation>
    </message>
    <message>
        <source>reading the verification</source>
        <translation>lecture de la vérification</translation>
    </message>
    <message>
        <source>looking for identity copies to erase</source>
        <translation>recherche des justificatifs d&apos;identité à effacer</translation>
    </message>
    <message>
        <source>reading the record of processing activities</source>
        <translation>lecture du registre des activités de traitement</translation>
    </message>
    <message>
        <source>reading the systems of the activities</source>
        <translation>lecture des systèmes des activités</translation>
    </message>
    <message>
        <source>The system &quot;%1&quot; is not in the catalogue: import or add it first.</source>
        <translation>Le système «&#xa0;%1&#xa0;» n&apos;est pas au catalogue&#xa0;: importez-le ou ajoutez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>saving the activity</source>
        <translation>enregistrement de l&apos;activité</translation>
    </message>
    <message>
        <source>The new activity got no id.</source>
        <translation>La nouvelle activité n&apos;a pas reçu d&apos;identifiant.</translation>
    </message>
    <message>
        <source>saving the activity&apos;s systems</source>
        <translation>enregistrement des systèmes de l&apos;activité</translation>
    </message>
    <message>
        <source>removing the activity</source>
        <translation>suppression de l&apos;activité</translation>
    </message>
    <message>
        <source>counting the cases of the activity</source>
        <translation>décompte des dossiers de l&apos;activité</translation>
    </message>
    <message>
        <source>reading the systems catalogue</source>
        <translation>lecture du catalogue des systèmes</translation>
    </message>
    <message>
        <source>saving the system</source>
        <translation>enregistrement du système</translation>
    </message>
    <message>
        <source>The new system got no id.</source>
        <translation>Le nouveau système n&apos;a pas reçu d&apos;identifiant.</translation>
    </message>
    <message>
        <source>removing the system</source>
        <translation>suppression du système</translation>
    </message>
    <message>
        <source>reading the activities of the system</source>
        <translation>lecture des activités du système</translation>
    </message>
    <message>
        <source>counting the tasks of the system</source>
        <translation>décompte des tâches du système</translation>
    </message>
    <message>
        <source>reading the activities of the case</source>
        <translation>lecture des activités du dossier</translation>
    </message>
    <message>
        <source>saving the activities of the case</source>
        <translation>enregistrement des activités du dossier</translation>
    </message>
    <message>
        <source>reading the tasks</source>
        <translation>lecture des tâches</translation>
    </message>
    <message>
        <source>reading the evidence of the tasks</source>
        <translation>lecture des preuves des tâches</translation>
    </message>
    <message>
        <source>reading the task</source>
        <translation>lecture de la tâche</translation>
    </message>
    <message>
        <source>reading the evidence of the task</source>
        <translation>lecture des preuves de la tâche</translation>
    </message>
    <message>
        <source>numbering the task</source>
        <translation>numérotation de la tâche</translation>
    </message>
    <message>
        <source>saving the task</source>
        <translation>enregistrement de la tâche</translation>
    </message>
    <message>
        <source>The new task got no id.</source>
        <translation>La nouvelle tâche n&apos;a pas reçu d&apos;identifiant.</translation>
    </message>
    <message>
        <source>keeping the task&apos;s evidence</source>
        <translation>conservation des preuves de la tâche</translation>
    </message>
    <message>
        <source>counting the overdue tasks</source>
        <translation>décompte des tâches en retard</translation>
    </message>
    <message>
        <source>finding the overdue tasks</source>
        <translation>recherche des tâches en retard</translation>
    </message>
</context>
<context>
    <name>TaskMessages</name>
    <message>
        <source>Messages to system owners are written in French (fr) or English (en).</source>
        <translation>Les messages aux responsables des systèmes s&apos;écrivent en français (fr) ou en anglais (en).</translation>
    </message>
    <message>
        <source>The system &quot;%1&quot; has no owner e-mail in the catalogue: add it first.</source>
        <translation>Le système «&#xa0;%1&#xa0;» n&apos;a pas d&apos;adresse de responsable au catalogue&#xa0;: ajoutez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The owner of &quot;%1&quot; cannot %2 in it, according to the catalogue: task %3 cannot be sent.</source>
        <translation>D&apos;après le catalogue, le responsable de «&#xa0;%1&#xa0;» ne peut pas y «&#xa0;%2&#xa0;»&#xa0;: la tâche %3 ne peut pas être envoyée.</translation>
    </message>
    <message>
        <source>Case %1 holds none of the identifiers &quot;%2&quot; is searched by (%3): its owner could not find the person. Add one to the case first.</source>
        <translation>Le dossier %1 ne contient aucun des identifiants par lesquels «&#xa0;%2&#xa0;» se consulte (%3)&#xa0;: son responsable ne pourrait pas trouver la personne. Ajoutez-en un au dossier d&apos;abord.</translation>
    </message>
    <message>
        <source>Fill in the organisation profile first (DPO name and e-mail): the owner answers the DPO.</source>
        <translation>Renseignez d&apos;abord le profil de l&apos;organisation (nom et adresse du DPO)&#xa0;: le responsable répond au DPO.</translation>
    </message>
    <message>
        <source>No owner e-mail is known for task(s) %1: the digest cannot be addressed.</source>
        <translation>Aucune adresse de responsable n&apos;est connue pour la ou les tâches %1&#xa0;: le récapitulatif ne peut pas être adressé.</translation>
    </message>
</context>
<context>
    <name>UrgencyStyle</name>
    <message>
        <source>Clock stopped since %1</source>
        <translation>Délai suspendu depuis le %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d&apos;un jour</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>En retard de %1 jours</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 jour restant</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <source>Extension notice due</source>
        <translation>Prorogation à notifier</translation>
    </message>
</context>
<context>
    <name>dpodesk::AcknowledgementsDialog</name>
    <message>
        <source>Acknowledge the new requests</source>
        <translation>Accuser réception des nouvelles demandes</translation>
    </message>
    <message>
        <source>Each acknowledgement is dated today, in the language of the request. Print them, save them as one PDF or open them as e-mails; then record as sent those that really left: each is kept with its case, which moves to &quot;in progress&quot;. Nothing is recorded before.</source>
        <translation>Chaque accusé de réception est daté d&apos;aujourd&apos;hui, dans la langue de la demande. Imprimez-les, enregistrez-les en un seul PDF ou ouvrez-les en courriels&#xa0;; enregistrez ensuite comme envoyés ceux qui sont réellement partis&#xa0;: chacun est conservé avec son dossier, qui passe «&#xa0;en cours&#xa0;». Rien n&apos;est enregistré avant.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as one PDF…</source>
        <translation>&amp;Enregistrer en un seul PDF…</translation>
    </message>
    <message>
        <source>Open as &amp;e-mails</source>
        <translation>Ouvrir en &amp;courriels</translation>
    </message>
    <message>
        <source>For the requests received by e-mail or web form, with an address.</source>
        <translation>Pour les demandes reçues par courriel ou formulaire web, avec une adresse.</translation>
    </message>
    <message>
        <source>xdg-email is not installed.</source>
        <translation>xdg-email n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>&amp;Record as sent…</source>
        <translation>Enregistrer comme en&amp;voyés…</translation>
    </message>
    <message>
        <source>Only the letters printed, saved or opened as e-mails here can be recorded.</source>
        <translation>Seuls les courriers imprimés, enregistrés ou ouverts en courriels ici peuvent être enregistrés.</translation>
    </message>
    <message>
        <source>Writing the acknowledgements…</source>
        <translation>Rédaction des accusés de réception…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Accusés de réception</translation>
    </message>
    <message>
        <source>There is no new request to acknowledge.</source>
        <translation>Aucune nouvelle demande n&apos;attend d&apos;accusé de réception.</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s): </source>
        <translation>
            <numerusform>%n nouvelle demande&#xa0;: </numerusform>
            <numerusform>%n nouvelles demandes&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) ready, </source>
        <translation>
            <numerusform>%n accusé de réception prêt, </numerusform>
            <numerusform>%n accusés de réception prêts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (the reason is given for each).</source>
        <translation>
            <numerusform>%n écartée (le motif est indiqué pour chacune).</numerusform>
            <numerusform>%n écartées (le motif est indiqué pour chacune).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ready — %1</source>
        <translation>Prêt — %1</translation>
    </message>
    <message>
        <source>No letter: %1</source>
        <translation>Pas de courrier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The letters were not saved</source>
        <translation>Les courriers n&apos;ont pas été enregistrés</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Acknowledgements %1.pdf</source>
        <translation>Accusés de réception %1.pdf</translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>Enregistrer les courriers</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letters were not printed</source>
        <translation>Les courriers n&apos;ont pas été imprimés</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>E-mail opened, to %1</source>
        <translation>Courriel ouvert, à %1</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Enregistrer comme envoyé</translation>
    </message>
    <message numerus="yes">
        <source>Record %n acknowledgement(s) as sent on %1? Record only the letters that really left: printed and posted, or sent from your e-mail program.</source>
        <translation>
            <numerusform>Enregistrer %n accusé de réception comme envoyé le %1&#xa0;? N&apos;enregistrez que les courriers réellement partis&#xa0;: imprimés et postés, ou envoyés depuis votre messagerie.</numerusform>
            <numerusform>Enregistrer %n accusés de réception comme envoyés le %1&#xa0;? N&apos;enregistrez que les courriers réellement partis&#xa0;: imprimés et postés, ou envoyés depuis votre messagerie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as sent; kept with the case</source>
        <translation>Enregistré comme envoyé&#xa0;; conservé avec le dossier</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No letter is ticked.</source>
        <translation>Aucun courrier n&apos;est coché.</translation>
    </message>
</context>
<context>
    <name>dpodesk::ActivitiesPage</name>
    <message>
        <source>Search the activities: name, purpose, data, recipient, system, entity…</source>
        <translation>Rechercher dans les activités&#xa0;: nom, finalité, données, destinataire, système, entité…</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>A new activity of the record, edited on the right.</source>
        <translation>Une nouvelle activité du registre, à compléter à droite.</translation>
    </message>
    <message>
        <source>Remove the activity from the record; refused while a case names it.</source>
        <translation>Retirer l&apos;activité du registre&#xa0;; refusé tant qu&apos;un dossier la cite.</translation>
    </message>
    <message>
        <source>Add or update activities from a CSV file (columns: %1; lists separated by &quot;|&quot;). The systems it names must be in the catalogue.</source>
        <translation>Ajouter ou mettre à jour des activités depuis un fichier CSV (colonnes&#xa0;: %1&#xa0;; listes séparées par «&#xa0;|&#xa0;»). Les systèmes qu&apos;il cite doivent être au catalogue.</translation>
    </message>
    <message>
        <source>Import activities from a CSV file</source>
        <translation>Importer des activités depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Select an activity in the list, or add one.</source>
        <translation>Choisissez une activité dans la liste, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>New activity, not saved yet</source>
        <translation>Nouvelle activité, pas encore enregistrée</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>L&apos;activité «&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation>Retirer l&apos;activité</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the record of processing activities? The audit trail keeps what it was.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du registre des activités de traitement&#xa0;? Le journal d&apos;audit garde ce qu&apos;elle était.</translation>
    </message>
    <message>
        <source>The activity was not removed</source>
        <translation>L&apos;activité n&apos;a pas été retirée</translation>
    </message>
    <message>
        <source>The activity cannot be kept yet:</source>
        <translation>L&apos;activité ne peut pas encore être enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Expected columns: %1.</source>
        <translation>Colonnes attendues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The whole record as a PDF to hand to the supervisory authority (GDPR art. 30(4)), or as a CSV file that a spreadsheet opens and the import reads back.</source>
        <translation>Tout le registre en PDF, à remettre à l&apos;autorité de contrôle (art. 30(4) du RGPD), ou en CSV, qu&apos;un tableur ouvre et que l&apos;import relit.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the record of processing activities</source>
        <translation>Exporter le registre des activités de traitement</translation>
    </message>
    <message>
        <source>record-of-processing-%1.pdf</source>
        <translation>registre-des-traitements-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Spreadsheet, CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Tableur, CSV (*.csv)</translation>
    </message>
    <message>
        <source>The record was not exported</source>
        <translation>Le registre n&apos;a pas été exporté</translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation>Registre exporté</translation>
    </message>
    <message>
        <source>%1 activities written to %2.</source>
        <translation>%1 activités écrites dans %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Notre rôle</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation>Décision individuelle automatisée</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>%1 — updated %2</source>
        <translation>%1 — modifié le %2</translation>
    </message>
</context>
<context>
    <name>dpodesk::ActivityEditor</name>
    <message>
        <source>One per line</source>
        <translation>Une par ligne</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>L&apos;activité</translation>
    </message>
    <message>
        <source>e.g. Customer accounts and billing</source>
        <translation>p. ex. Comptes clients et facturation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Controller: we decide why and how (GDPR art. 4(7)). Joint controller: with another organisation (art. 26). Processor: on behalf of a controller (art. 28) — the requests about these data go to that controller.</source>
        <translation>Responsable du traitement&#xa0;: nous décidons pourquoi et comment (art. 4(7) du RGPD). Responsable conjoint&#xa0;: avec un autre organisme (art. 26). Sous-traitant&#xa0;: pour le compte d&apos;un responsable (art. 28) — les demandes sur ces données vont à ce responsable.</translation>
    </message>
    <message>
        <source>Our &amp;role:</source>
        <translation>Notre &amp;rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Controller:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>The legal entity that keeps the activity (optional)</source>
        <translation>L&apos;entité juridique qui tient l&apos;activité (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entité&#xa0;:</translation>
    </message>
    <message>
        <source>Purposes and lawfulness</source>
        <translation>Finalités et licéité</translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation>&amp;Finalités&#xa0;:</translation>
    </message>
    <message>
        <source>Why the data are processed (GDPR art. 30(1)(b)).</source>
        <translation>Pourquoi les données sont traitées (art. 30(1)(b) du RGPD).</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Base légale&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. art. 6(1)(b) contract — one per line</source>
        <translation>p. ex. art. 6(1)(b) contrat — une par ligne</translation>
    </message>
    <message>
        <source>The basis of GDPR art. 6(1) — (a) consent, (b) contract, (c) legal obligation, (d) vital interests, (e) public task, (f) legitimate interests — and of art. 9(2) for special categories. Not required when we are the processor.</source>
        <translation>La base de l&apos;art. 6(1) du RGPD — (a) consentement, (b) contrat, (c) obligation légale, (d) intérêts vitaux, (e) mission d&apos;intérêt public, (f) intérêts légitimes — et de l&apos;art. 9(2) pour les catégories particulières. Inutile quand nous sommes sous-traitant.</translation>
    </message>
    <message>
        <source>Re&amp;tention:</source>
        <translation>Con&amp;servation&#xa0;:</translation>
    </message>
    <message>
        <source>The period, or the criteria that decide it</source>
        <translation>La durée, ou les critères qui la fixent</translation>
    </message>
    <message>
        <source>How long the data are kept (GDPR art. 30(1)(f)); not required when we are the processor.</source>
        <translation>Combien de temps les données sont conservées (art. 30(1)(f) du RGPD)&#xa0;; inutile quand nous sommes sous-traitant.</translation>
    </message>
    <message>
        <source>A&amp;utomated decision:</source>
        <translation>Décision a&amp;utomatisée&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: no decision based solely on automated processing</source>
        <translation>Vide&#xa0;: aucune décision fondée exclusivement sur un traitement automatisé</translation>
    </message>
    <message>
        <source>The decision and meaningful information about its logic (GDPR art. 15(1)(h), 22): told to the person in an access answer.</source>
        <translation>La décision et des informations utiles sur sa logique (art. 15(1)(h) et 22 du RGPD)&#xa0;: indiquées à la personne dans une réponse d&apos;accès.</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>Les données</translation>
    </message>
    <message>
        <source>Data &amp;subjects:</source>
        <translation>&amp;Personnes concernées&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Customers — one per line</source>
        <translation>p. ex. Clients — une par ligne</translation>
    </message>
    <message>
        <source>The categories of people concerned; cases of those people are suggested this activity.</source>
        <translation>Les catégories de personnes concernées&#xa0;; l&apos;activité est suggérée pour les dossiers de ces personnes.</translation>
    </message>
    <message>
        <source>Data &amp;categories:</source>
        <translation>&amp;Catégories de données&#xa0;:</translation>
    </message>
    <message>
        <source>The categories of personal data (GDPR art. 30(1)(c)).</source>
        <translation>Les catégories de données personnelles (art. 30(1)(c) du RGPD).</translation>
    </message>
    <message>
        <source>Empty: from the person</source>
        <translation>Vide&#xa0;: auprès de la personne</translation>
    </message>
    <message>
        <source>Where the data come from when not from the person (GDPR art. 14(2)(f), 15(1)(g)).</source>
        <translation>D&apos;où viennent les données quand elles ne viennent pas de la personne (art. 14(2)(f) et 15(1)(g) du RGPD).</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>Where the data go and live</source>
        <translation>Où vont et où sont les données</translation>
    </message>
    <message>
        <source>Rec&amp;ipients:</source>
        <translation>Dest&amp;inataires&#xa0;:</translation>
    </message>
    <message>
        <source>By name, processors included — one per line</source>
        <translation>Nommément, sous-traitants compris — un par ligne</translation>
    </message>
    <message>
        <source>Who receives the data (GDPR art. 30(1)(d)); they are added to a case&apos;s art. 19 list when data are rectified, erased or restricted.</source>
        <translation>Qui reçoit les données (art. 30(1)(d) du RGPD)&#xa0;; ils rejoignent la liste de l&apos;art. 19 d&apos;un dossier quand des données sont rectifiées, effacées ou limitées.</translation>
    </message>
    <message>
        <source>&amp;Transfers:</source>
        <translation>&amp;Transferts&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. United States — standard contractual clauses</source>
        <translation>p. ex. États-Unis — clauses contractuelles types</translation>
    </message>
    <message>
        <source>Each transfer outside the EU with its safeguard (GDPR art. 30(1)(e), 46).</source>
        <translation>Chaque transfert hors de l&apos;UE avec sa garantie (art. 30(1)(e) et 46 du RGPD).</translation>
    </message>
    <message>
        <source>The systems of the catalogue where the activity&apos;s data live: the tasks of a case go to their owners.</source>
        <translation>Les systèmes du catalogue où sont les données de l&apos;activité&#xa0;: les tâches d&apos;un dossier vont à leurs responsables.</translation>
    </message>
    <message>
        <source>S&amp;ystems:</source>
        <translation>S&amp;ystèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Not needed: we are the controller</source>
        <translation>Inutile&#xa0;: nous sommes responsable du traitement</translation>
    </message>
    <message>
        <source>&amp;Joint controller:</source>
        <translation>Responsable &amp;conjoint&#xa0;:</translation>
    </message>
    <message>
        <source>The other controller(s) (GDPR art. 26)</source>
        <translation>Le ou les autres responsables (art. 26 du RGPD)</translation>
    </message>
    <message>
        <source>The controller we process for: requests go to it</source>
        <translation>Le responsable pour qui nous traitons&#xa0;: les demandes lui vont</translation>
    </message>
    <message>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (absent du catalogue)</translation>
    </message>
</context>
<context>
    <name>dpodesk::ActivityTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>We process these data for %1: a request about them goes to that controller.</source>
        <translation>Nous traitons ces données pour %1&#xa0;: une demande les concernant va à ce responsable.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Notre rôle</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
</context>
<context>
    <name>dpodesk::AnswerDialog</name>
    <message>
        <source>Record the answer — %1</source>
        <translation>Enregistrer la réponse — %1</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Ground of the refusal</source>
        <translation>Fondement du refus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a ground…</source>
        <translation>Choisissez un fondement…</translation>
    </message>
    <message>
        <source>Why, in words the person understands</source>
        <translation>Pourquoi, en des termes compréhensibles par la personne</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Record the answer anyway?</source>
        <translation>Enregistrer la réponse malgré tout&#xa0;?</translation>
    </message>
    <message>
        <source>Answer after a deadline</source>
        <translation>Réponse hors délai</translation>
    </message>
    <message>
        <source>An objection to direct marketing admits no exception (GDPR art. 21(3)): only a manifestly unfounded or excessive request (art. 12(5)) can be refused.</source>
        <translation>Une opposition à la prospection n&apos;admet aucune exception (art. 21(3) du RGPD)&#xa0;: seule une demande manifestement infondée ou excessive (art. 12(5)) peut être refusée.</translation>
    </message>
    <message>
        <source>Decide each right: granted, granted in part, refused or no data held; nothing is granted until you choose it. A refusal, total or partial, needs its legal ground and the reasons the person will read, with the right to complain to the CNIL and to seek a judicial remedy; it must reach the person within one month of receipt, by %2, even when the case was extended (GDPR art. 12(4)). The answer is on time if sent by %1.</source>
        <translation>Décidez chaque droit&#xa0;: accordé, accordé en partie, refusé ou aucune donnée détenue&#xa0;; rien n&apos;est accordé tant que vous ne l&apos;avez pas choisi. Un refus, total ou partiel, exige son fondement juridique et les motifs que la personne lira, avec le droit de saisir la CNIL et de former un recours juridictionnel&#xa0;; il doit parvenir à la personne dans le mois suivant la réception, au plus tard le %2, même si le délai a été prolongé (art.&#xa0;12, paragraphe&#xa0;4, du RGPD). La réponse est dans les délais si elle part au plus tard le %1.</translation>
    </message>
    <message>
        <source>Reasons the person reads</source>
        <translation>Motifs que la personne lira</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Write the reply now: the answer is dated when the reply is recorded as sent</source>
        <translation>Rédiger la réponse maintenant&#xa0;: la réponse est datée lorsque le courrier est enregistré comme envoyé</translation>
    </message>
    <message>
        <source>The answer was already sent, on:</source>
        <translation>La réponse a déjà été envoyée, le&#xa0;:</translation>
    </message>
    <message>
        <source>Record the decisions and write the reply…</source>
        <translation>Enregistrer les décisions et rédiger la réponse…</translation>
    </message>
    <message>
        <source>Record the decisions and write the reply anyway?</source>
        <translation>Enregistrer les décisions et rédiger la réponse malgré tout&#xa0;?</translation>
    </message>
    <message>
        <source>Record the decisions</source>
        <translation>Enregistrer les décisions</translation>
    </message>
</context>
<context>
    <name>dpodesk::AttachmentPreview</name>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>Aucun aperçu disponible.</translation>
    </message>
</context>
<context>
    <name>dpodesk::AttachmentsPanel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind of file…</source>
        <translation>Type de fichier…</translation>
    </message>
    <message>
        <source>What the next files added or dropped are; if none is chosen you are asked. Identity proofs are erased as soon as the identity verification is recorded.</source>
        <translation>Type des prochains fichiers ajoutés ou déposés&#xa0;; si aucun type n&apos;est choisi, il vous est demandé. Les justificatifs d&apos;identité sont effacés dès que la vérification d&apos;identité est enregistrée.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Keep files with the case: the request (scanned letter, e-mail), identity proofs, proofs of capacity, letters sent, other evidence. Files can also be dropped here from the desktop.</source>
        <translation>Conserver des fichiers avec le dossier&#xa0;: la demande (courrier numérisé, courriel), les justificatifs d&apos;identité, les justificatifs de qualité, les courriers envoyés, les autres pièces. Les fichiers peuvent aussi être déposés ici depuis le bureau.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write a copy of the file into a folder you choose; the export is recorded in the case&apos;s history.</source>
        <translation>Écrire une copie du fichier dans le répertoire de votre choix&#xa0;; l&apos;exportation est consignée dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Erase the content of the file from the register for good; its record (kind, size, SHA-256, who added it) and the reason stay.</source>
        <translation>Effacer définitivement le contenu du fichier du registre&#xa0;; sa fiche (type, taille, SHA-256, auteur de l&apos;ajout) et le motif sont conservés.</translation>
    </message>
    <message>
        <source>The files of this case could not be read: %1</source>
        <translation>Les fichiers de ce dossier n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drop files here from the desktop, or use &quot;Add files…&quot;. Each file is kept in the register with its SHA-256; viewing, exporting and erasing it are recorded in the case&apos;s history.</source>
        <translation>Déposez ici des fichiers depuis le bureau, ou utilisez «&#xa0;Ajouter des fichiers…&#xa0;». Chaque fichier est conservé dans le registre avec son empreinte SHA-256&#xa0;; sa consultation, son exportation et son effacement sont consignés dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>Select a case to see the files kept with it.</source>
        <translation>Sélectionnez un dossier pour afficher les fichiers qui y sont conservés.</translation>
    </message>
    <message>
        <source>erased on %1 (%2)</source>
        <translation>effacé le %1 (%2)</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>%1
%2 · SHA-256 %3
Added by %4 on %5</source>
        <translation>%1
%2 · SHA-256 %3
Ajouté par %4 le %5</translation>
    </message>
    <message>
        <source>The content was erased; only this record remains.</source>
        <translation>Le contenu a été effacé&#xa0;; seule cette fiche subsiste.</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Sélectionnez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <source>Select a file first.</source>
        <translation>Sélectionnez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>The file was erased; only its record remains.</source>
        <translation>Le fichier a été effacé&#xa0;; seule sa fiche subsiste.</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Sélectionnez un fichier pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was erased on %2 (%3); only its record remains.</source>
        <translation>«&#xa0;%1&#xa0;» a été effacé le %2 (%3)&#xa0;; seule sa fiche subsiste.</translation>
    </message>
    <message>
        <source>No preview available: files of type %1 are not drawn here. Export the file to open it.</source>
        <translation>Aucun aperçu disponible&#xa0;: les fichiers de type %1 ne sont pas affichés ici. Exportez le fichier pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>What is &quot;%1&quot;?</source>
        <translation>Quel est le type de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>What are these %1 files?</source>
        <translation>Quel est le type de ces %1 fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Identity proofs are erased as soon as the identity verification is recorded.</source>
        <translation>Les justificatifs d&apos;identité sont effacés dès que la vérification d&apos;identité est enregistrée.</translation>
    </message>
    <message>
        <source>%1 is a folder: add the files it holds.</source>
        <translation>%1 est un répertoire&#xa0;: ajoutez les fichiers qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>Fichiers non ajoutés</translation>
    </message>
    <message>
        <source>File not added</source>
        <translation>Fichier non ajouté</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Ajouter des fichiers au dossier</translation>
    </message>
    <message>
        <source>Export &quot;%1&quot; into the folder…</source>
        <translation>Exporter «&#xa0;%1&#xa0;» dans le répertoire…</translation>
    </message>
    <message>
        <source>File not exported</source>
        <translation>Fichier non exporté</translation>
    </message>
    <message>
        <source>File exported</source>
        <translation>Fichier exporté</translation>
    </message>
    <message>
        <source>Written to %1. The export is recorded in the case&apos;s history; the copy outside the register is yours to protect, and to delete once it is no longer needed.</source>
        <translation>Copie enregistrée sous %1. L&apos;exportation est consignée dans l&apos;historique du dossier&#xa0;; il vous appartient de protéger cette copie hors du registre et de la supprimer dès qu&apos;elle n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>Erase &quot;%1&quot;</source>
        <translation>Effacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; will be erased from the register for good. Its record (kind, size, SHA-256, who added it and when) stays, with the reason you give.
Why is it erased?</source>
        <translation>Le contenu de «&#xa0;%1&#xa0;» sera définitivement effacé du registre. Sa fiche (type, taille, SHA-256, auteur et date de l&apos;ajout) est conservée, avec le motif que vous indiquez.
Pourquoi est-il effacé&#xa0;?</translation>
    </message>
    <message>
        <source>File not erased</source>
        <translation>Fichier non effacé</translation>
    </message>
    <message>
        <source>None of the files was added.</source>
        <translation>Aucun des fichiers n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>dpodesk::BackupSearch</name>
    <message>
        <source>Checking the backup %1…</source>
        <translation>Vérification de la sauvegarde %1…</translation>
    </message>
    <message>
        <source>Checking a backup</source>
        <translation>Vérification d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>This backup has no checksum file</source>
        <translation>Cette sauvegarde n&apos;a pas de fichier d&apos;empreinte</translation>
    </message>
    <message>
        <source>%1 was found without its checksum file (%2).

Every other check will run (SQLite&apos;s check, the audit trail and the data it records, every attached file), but a change inside a record that leaves SQLite&apos;s structure intact could go unseen.

Check and restore it anyway?</source>
        <translation>La sauvegarde %1 n&apos;est pas accompagnée de son fichier d&apos;empreinte (%2).

Toutes les autres vérifications seront effectuées (contrôle de SQLite, piste d&apos;audit et données qu&apos;elle consigne, chaque pièce jointe), mais une modification à l&apos;intérieur d&apos;un enregistrement qui laisse intacte la structure de SQLite pourrait passer inaperçue.

La vérifier et la restaurer malgré tout&#xa0;?</translation>
    </message>
    <message>
        <source>Check it anyway</source>
        <translation>La vérifier malgré tout</translation>
    </message>
</context>
<context>
    <name>dpodesk::CaseActivitiesDialog</name>
    <message>
        <source>Activities concerning %1 — %2</source>
        <translation>Activités concernant %1 — %2</translation>
    </message>
    <message>
        <source>Tick the activities of the record that process data on this person. The tasks go to the owners of their systems, and the access answer describes them (GDPR art. 15(1)). Suggestions come first, with the reason.</source>
        <translation>Cochez les activités du registre qui traitent des données de cette personne. Les tâches vont aux responsables de leurs systèmes, et la réponse d&apos;accès les décrit (art. 15(1) du RGPD). Les suggestions viennent en premier, avec leur raison.</translation>
    </message>
    <message>
        <source>Filter the activities</source>
        <translation>Filtrer les activités</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Notre rôle</translation>
    </message>
    <message>
        <source>Suggested because</source>
        <translation>Suggérée car</translation>
    </message>
    <message>
        <source>Save the choice</source>
        <translation>Enregistrer le choix</translation>
    </message>
    <message>
        <source>The record of processing activities is empty: add or import its activities first (Record › Record of processing activities).</source>
        <translation>Le registre des activités de traitement est vide&#xa0;: ajoutez ou importez d&apos;abord ses activités (Registre › Registre des activités de traitement).</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Purposes: %1
Data subjects: %2
Systems: %3</source>
        <translation>Finalités&#xa0;: %1
Personnes concernées&#xa0;: %2
Systèmes&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>dpodesk::CaseDetailPanel</name>
    <message>
        <source>Reg. 1182/71 art. 3: the day of receipt does not count; the period ends on the same date of the last month, or on that month&apos;s last day; suspended days are added; a Saturday, Sunday or public holiday rolls to the next working day.</source>
        <translation>Règlement 1182/71, art.&#xa0;3&#xa0;: le jour de la réception n&apos;est pas compté&#xa0;; le délai expire le jour du dernier mois portant la même date, ou à défaut le dernier jour de ce mois&#xa0;; les jours de suspension sont ajoutés&#xa0;; un samedi, un dimanche ou un jour férié reporte l&apos;échéance au jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>Notice sent…</source>
        <translation>Notification envoyée…</translation>
    </message>
    <message>
        <source>Record the day the extension notice was sent to the person.</source>
        <translation>Enregistrer la date d&apos;envoi de la notification de prorogation à la personne.</translation>
    </message>
    <message>
        <source>Stop the clock…</source>
        <translation>Suspendre le délai…</translation>
    </message>
    <message>
        <source>Ask for identity information (French decree 2019-536 art. 77) or a clarification (GDPR recital 63): the clock stops until the answer arrives.</source>
        <translation>Demander des informations d&apos;identité (art.&#xa0;77 du décret 2019-536) ou des précisions (considérant 63 du RGPD)&#xa0;: le délai est suspendu jusqu&apos;à réception de la réponse.</translation>
    </message>
    <message>
        <source>Restart the clock…</source>
        <translation>Reprendre le délai…</translation>
    </message>
    <message>
        <source>Record the day the answer to your question arrived: the clock restarts and the deadline moves by the days it stood still.</source>
        <translation>Enregistrer la date de réception de la réponse à votre question&#xa0;: le délai reprend et l&apos;échéance est reportée du nombre de jours de suspension.</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Proroger…</translation>
    </message>
    <message>
        <source>Extend the deadline by two further months (GDPR art. 12(3)): once, within the first month, with the reasons told to the person.</source>
        <translation>Proroger l&apos;échéance de deux mois supplémentaires (art.&#xa0;12(3) du RGPD)&#xa0;: une seule fois, dans le premier mois, en communiquant les motifs à la personne.</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Record the outcome of each right and the day of the answer; a refusal needs its legal ground and reasons and must reach the person within one month (GDPR art. 12(4)).</source>
        <translation>Enregistrer la décision prise sur chaque droit et la date de la réponse&#xa0;; un refus exige un fondement juridique et des motifs, et doit parvenir à la personne dans un délai d&apos;un mois (art.&#xa0;12(4) du RGPD).</translation>
    </message>
    <message>
        <source>Recipients…</source>
        <translation>Destinataires…</translation>
    </message>
    <message>
        <source>The recipients to tell of a rectification, erasure or restriction, and when they were told (GDPR art. 19).</source>
        <translation>Les destinataires à informer d&apos;une rectification, d&apos;un effacement ou d&apos;une limitation du traitement, et la date à laquelle ils l&apos;ont été (art.&#xa0;19 du RGPD).</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Clore…</translation>
    </message>
    <message>
        <source>Close the case: it leaves the queue and is kept for the register&apos;s retention period.</source>
        <translation>Clore le dossier&#xa0;: il quitte la file d&apos;attente et est conservé pendant la durée de conservation du registre.</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Demande retirée…</translation>
    </message>
    <message>
        <source>The person withdrew the request: the case stops without an answer.</source>
        <translation>La personne a retiré sa demande&#xa0;: le dossier prend fin sans réponse.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the case&apos;s details (people, rights, dates); every change is kept in the audit trail.</source>
        <translation>Modifier les informations du dossier (personnes, droits, dates)&#xa0;; chaque modification est conservée dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Internal note: kept with the case, never sent</source>
        <translation>Note interne&#xa0;: conservée avec le dossier, jamais envoyée</translation>
    </message>
    <message>
        <source>Notes can be added but never changed or removed.</source>
        <translation>Les notes peuvent être ajoutées, mais jamais modifiées ni supprimées.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Earlier requests from this person</source>
        <translation>Demandes antérieures de cette personne</translation>
    </message>
    <message>
        <source>GDPR art. 12(5): a request that is manifestly unfounded or excessive, in particular because of its repetitive character, may be refused or charged a reasonable fee; the controller must be able to show it. Requests are matched on the same e-mail address, phone number or name.</source>
        <translation>Art.&#xa0;12(5) du RGPD&#xa0;: une demande manifestement infondée ou excessive, notamment en raison de son caractère répétitif, peut être refusée ou donner lieu au paiement de frais raisonnables&#xa0;; le responsable du traitement doit pouvoir le démontrer. Les demandes sont rapprochées sur la base d&apos;une adresse électronique, d&apos;un numéro de téléphone ou d&apos;un nom identiques.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Days since the person&apos;s previous request</source>
        <translation>Jours écoulés depuis la demande précédente de la personne</translation>
    </message>
    <message>
        <source>Select a case in the queue to see its deadline, its history and what can be done next.</source>
        <translation>Sélectionnez un dossier dans la file d&apos;attente pour afficher son échéance, son historique et les actions possibles.</translation>
    </message>
    <message>
        <source>Requester: %1 — %2</source>
        <translation>Demandeur&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>%1 (proof: %2)</source>
        <translation>%1 (justificatif&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 · acknowledged %2</source>
        <translation>%1 · accusé de réception le %2</translation>
    </message>
    <message>
        <source>%1 · CNIL reference %2</source>
        <translation>%1 · référence CNIL %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Deadline %1 before the suspension — %2</source>
        <translation>Échéance avant suspension&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Deadline %1 — %2</source>
        <translation>Échéance&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>The due date is the one set in the CNIL&apos;s letter.</source>
        <translation>L&apos;échéance est celle fixée dans le courrier de la CNIL.</translation>
    </message>
    <message>
        <source>Initial deadline %1</source>
        <translation>Échéance initiale&#xa0;: %1</translation>
    </message>
    <message>
        <source>extended deadline %1</source>
        <translation>échéance prorogée&#xa0;: %1</translation>
    </message>
    <message>
        <source>if extended %1</source>
        <translation>en cas de prorogation&#xa0;: %1</translation>
    </message>
    <message>
        <source>refusal deadline %1 (GDPR art. 12(4))</source>
        <translation>date limite de refus&#xa0;: %1 (art.&#xa0;12(4) du RGPD)</translation>
    </message>
    <message>
        <source>1 day suspended</source>
        <translation>1 jour de suspension</translation>
    </message>
    <message>
        <source>%1 days suspended</source>
        <translation>%1 jours de suspension</translation>
    </message>
    <message>
        <source>Answered on %1, on time.</source>
        <translation>Réponse envoyée le %1, dans les délais.</translation>
    </message>
    <message>
        <source>Answered on %1, 1 day after the deadline.</source>
        <translation>Réponse envoyée le %1, 1 jour après l&apos;échéance.</translation>
    </message>
    <message>
        <source>Answered on %1, %2 days after the deadline.</source>
        <translation>Réponse envoyée le %1, %2 jours après l&apos;échéance.</translation>
    </message>
    <message>
        <source>The refusal reached the person after the refusal deadline of %1 (GDPR art. 12(4)).</source>
        <translation>Le refus est parvenu à la personne après la date limite de refus du %1 (art.&#xa0;12(4) du RGPD).</translation>
    </message>
    <message>
        <source>Clock stopped since %1, waiting for: %2. Record the answer with &quot;Restart the clock&quot;: the deadline then moves by the days the clock stood still.</source>
        <translation>Délai suspendu depuis le %1, en attente de&#xa0;: %2. Enregistrez la réponse avec «&#xa0;Reprendre le délai&#xa0;»&#xa0;: l&apos;échéance est alors reportée du nombre de jours de suspension.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Extended on %1 (%2): %3</source>
        <translation>Prorogation décidée le %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Notice sent on %1.</source>
        <translation>Notification envoyée le %1.</translation>
    </message>
    <message>
        <source>%1: tell the person of the extension, its reasons and the new deadline within the first month (GDPR art. 12(3)).</source>
        <translation>%1&#xa0;: informez la personne de la prorogation, de ses motifs et de la nouvelle échéance dans le premier mois (art.&#xa0;12(3) du RGPD).</translation>
    </message>
    <message>
        <source>The case is no longer open (%1).</source>
        <translation>Le dossier n&apos;est plus ouvert (%1).</translation>
    </message>
    <message>
        <source>The clock has been stopped since %1: record the answer to your question first.</source>
        <translation>Le délai est suspendu depuis le %1&#xa0;: enregistrez d&apos;abord la réponse à votre question.</translation>
    </message>
    <message>
        <source>The clock is not stopped: there is no open question to record an answer for.</source>
        <translation>Le délai n&apos;est pas suspendu&#xa0;: aucune question n&apos;est en attente de réponse.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>La piste d&apos;audit n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>first request</source>
        <translation>première demande</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Ce dossier</translation>
    </message>
    <message>
        <source>No other request from this person (same e-mail address, phone number or name).</source>
        <translation>Aucune autre demande de cette personne (même adresse électronique, numéro de téléphone ou nom).</translation>
    </message>
    <message>
        <source>1 request in the last 12 months</source>
        <translation>1 demande au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>%1 requests in the last 12 months</source>
        <translation>%1 demandes au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source> · shortest interval 1 day</source>
        <translation> · intervalle le plus court&#xa0;: 1 jour</translation>
    </message>
    <message>
        <source> · shortest interval %1 days</source>
        <translation> · intervalle le plus court&#xa0;: %1 jours</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Note non ajoutée</translation>
    </message>
    <message>
        <source>Received %1 (%2) · logged %3</source>
        <translation>Reçue le %1 (%2) · enregistrée le %3</translation>
    </message>
    <message>
        <source>Record the acknowledgement sent and where the work stands (new, in progress, awaiting an internal answer).</source>
        <translation>Enregistrer l&apos;accusé de réception envoyé et l&apos;avancement du traitement (nouveau, en cours, en attente de réponse interne).</translation>
    </message>
    <message>
        <source>At least %1 requests in the last 12 months</source>
        <translation>Au moins %1 demandes au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Fichiers (%1)</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Courrier…</translation>
    </message>
    <message>
        <source>Write the letter the case calls for (acknowledgement, identity request, extension notice, answer, refusal…), with the mentions the law requires; recording it as sent keeps the PDF and applies its effect.</source>
        <translation>Rédiger le courrier qu&apos;appelle le dossier (accusé de réception, demande de justificatif d&apos;identité, notification de prorogation, réponse, refus…), avec les mentions exigées par la loi&#xa0;; l&apos;enregistrer comme envoyé conserve le PDF et en applique l&apos;effet.</translation>
    </message>
    <message>
        <source>Activities and tasks</source>
        <translation>Activités et tâches</translation>
    </message>
    <message>
        <source>Where the person&apos;s data live: the activities of the record that concern them, and the tasks sent to the owners of their systems.</source>
        <translation>Où sont les données de la personne&#xa0;: les activités du registre qui la concernent, et les tâches envoyées aux responsables de leurs systèmes.</translation>
    </message>
    <message>
        <source>Acknowledgement and status…</source>
        <translation>Accusé de réception et statut…</translation>
    </message>
</context>
<context>
    <name>dpodesk::CaseFormDialog</name>
    <message>
        <source>Edit case %1</source>
        <translation>Modifier le dossier %1</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>The day the request reached any official channel of the organisation, not the day you noticed it (EDPB Guidelines 01/2022 §159).</source>
        <translation>Le jour où la demande est parvenue à l&apos;un des canaux officiels de l&apos;organisation, et non le jour où vous l&apos;avez remarquée (lignes directrices 01/2022 du CEPD, §159).</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The language of the request: letters to the person are written in it.</source>
        <translation>La langue de la demande&#xa0;: les courriers adressés à la personne sont rédigés dans cette langue.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Droits exercés</translation>
    </message>
    <message>
        <source>direct marketing / other</source>
        <translation>prospection commerciale / autre</translation>
    </message>
    <message>
        <source>An objection to direct marketing admits no exception (GDPR art. 21(2)-(3)); any other objection is weighed against compelling legitimate grounds (art. 21(1)).</source>
        <translation>Une opposition à la prospection commerciale ne souffre aucune exception (art.&#xa0;21(2)-(3) du RGPD)&#xa0;; toute autre opposition est mise en balance avec d&apos;éventuels motifs légitimes et impérieux (art.&#xa0;21(1)).</translation>
    </message>
    <message>
        <source>Objection &amp;detail:</source>
        <translation>Type d&apos;&amp;opposition&#xa0;:</translation>
    </message>
    <message>
        <source>what the person asks for</source>
        <translation>ce que demande la personne</translation>
    </message>
    <message>
        <source>&amp;What else is asked:</source>
        <translation>Autre &amp;demande&#xa0;:</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>name@domain.tld</source>
        <translation>nom@domaine.tld</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>The customer or prospect number in the organisation&apos;s systems.</source>
        <translation>Le numéro de client ou de prospect dans les systèmes de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Internal refere&amp;nce:</source>
        <translation>Référence &amp;interne&#xa0;:</translation>
    </message>
    <message>
        <source>Rela&amp;tionship:</source>
        <translation>Re&amp;lation&#xa0;:</translation>
    </message>
    <message>
        <source>Someone else makes the re&amp;quest</source>
        <translation>Demande présentée par un tier&amp;s</translation>
    </message>
    <message>
        <source>A representative with a mandate, an heir or an executor acting for the data subject.</source>
        <translation>Un mandataire, un héritier ou un exécuteur testamentaire agissant pour le compte de la personne concernée.</translation>
    </message>
    <message>
        <source>Capacit&amp;y:</source>
        <translation>&amp;Qualité&#xa0;:</translation>
    </message>
    <message>
        <source>mandate, death certificate, ...</source>
        <translation>mandat, acte de décès, ...</translation>
    </message>
    <message>
        <source>Pr&amp;oof of capacity:</source>
        <translation>&amp;Justificatif de qualité&#xa0;:</translation>
    </message>
    <message>
        <source>CNIL complaint</source>
        <translation>Plainte CNIL</translation>
    </message>
    <message>
        <source>&amp;CNIL reference:</source>
        <translation>Ré&amp;férence CNIL&#xa0;:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>The date by which the CNIL expects an answer, as written in its letter.</source>
        <translation>La date à laquelle la CNIL attend une réponse, telle qu&apos;indiquée dans son courrier.</translation>
    </message>
    <message>
        <source>D&amp;ue date set by the CNIL:</source>
        <translation>Éc&amp;héance fixée par la CNIL&#xa0;:</translation>
    </message>
    <message>
        <source>DR-YYYY-NNNN</source>
        <translation>DR-AAAA-NNNN</translation>
    </message>
    <message>
        <source>The reference of the request the complaint is about, if it is in the register.</source>
        <translation>La référence de la demande visée par la plainte, si elle figure dans le registre.</translation>
    </message>
    <message>
        <source>Lin&amp;ked case:</source>
        <translation>Dossier &amp;visé&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: how the request arrived, what the person said on the phone, ...</source>
        <translation>Facultatif&#xa0;: comment la demande est arrivée, ce que la personne a dit au téléphone, ...</translation>
    </message>
    <message>
        <source>First &amp;note:</source>
        <translation>Première &amp;note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not a right towards the organisation: a case opened when the CNIL writes. Its due date is the one set in the CNIL&apos;s letter.</source>
        <translation>Il ne s&apos;agit pas d&apos;un droit exercé auprès de l&apos;organisation&#xa0;: le dossier est ouvert lorsque la CNIL écrit. Son échéance est celle fixée dans le courrier de la CNIL.</translation>
    </message>
    <message>
        <source>Any other request: say below what is asked.</source>
        <translation>Toute autre demande&#xa0;: précisez ci-dessous ce qui est demandé.</translation>
    </message>
    <message>
        <source>Your policy expects a proof of identity for %1. Ask for it only if there is a reasonable doubt about the person&apos;s identity (GDPR art. 12(6)); asking stops the clock.</source>
        <translation>Votre politique prévoit un justificatif d&apos;identité pour les droits suivants&#xa0;: %1. Ne le demandez qu&apos;en cas de doute raisonnable sur l&apos;identité de la personne (art.&#xa0;12(6) du RGPD)&#xa0;; cette demande suspend le délai.</translation>
    </message>
    <message>
        <source>Remove a decided right</source>
        <translation>Retirer un droit déjà tranché</translation>
    </message>
    <message>
        <source>A decision is recorded for %1. Removing it from the case discards that decision. Remove it anyway?</source>
        <translation>Une décision est enregistrée pour «&#xa0;%1&#xa0;». Retirer ce droit du dossier supprime cette décision. Le retirer malgré tout&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The case was not saved: %1</source>
        <translation>Le dossier n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The case cannot be saved:</source>
        <translation>Le dossier ne peut pas être enregistré&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dpodesk::CaseTableModel</name>
    <message>
        <source>%1 — deadline %2</source>
        <translation>%1 — échéance&#xa0;: %2</translation>
    </message>
    <message>
        <source>The case was extended but the person has not been told yet: send the extension notice within the first month (GDPR art. 12(3)).</source>
        <translation>Le dossier a fait l&apos;objet d&apos;une prorogation, mais la personne n&apos;en a pas encore été informée&#xa0;: envoyez la notification de prorogation dans le premier mois (art.&#xa0;12(3) du RGPD).</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Task overdue</source>
        <translation>Tâche en retard</translation>
    </message>
    <message>
        <source>A task sent to a system owner is past its due date: chase the owner (Activities and tasks, in the case).</source>
        <translation>Une tâche envoyée au responsable d&apos;un système a dépassé sa date&#xa0;: relancez-le (Activités et tâches, dans le dossier).</translation>
    </message>
</context>
<context>
    <name>dpodesk::CaseTasksPanel</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the activities of the record that concern the person; the record&apos;s suggestions are marked with their reason.</source>
        <translation>Choisir les activités du registre qui concernent la personne&#xa0;; les suggestions sont marquées avec leur raison.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À rendre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Plan tasks</source>
        <translation>Planifier les tâches</translation>
    </message>
    <message>
        <source>One task per system of the chosen activities and per action the rights call for, due a few working days before the deadline (Organisation settings) and moving with it.</source>
        <translation>Une tâche par système des activités choisies et par action qu&apos;appellent les droits, à rendre quelques jours ouvrés avant l&apos;échéance (Paramètres de l&apos;organisation) et qui suit ses déplacements.</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Hand the owner the task in an e-mail from your mail program, with only the identifiers their system is searched by; then record that it went.</source>
        <translation>Transmettre la tâche au responsable par un courriel de votre messagerie, avec les seuls identifiants par lesquels son système se consulte&#xa0;; puis noter qu&apos;elle est partie.</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Noter la réponse…</translation>
    </message>
    <message>
        <source>What the owner answered (found, not found, done, cannot), when, with the evidence files kept with the case.</source>
        <translation>Ce que le responsable a répondu (trouvé, rien trouvé, fait, impossible), quand, avec les preuves conservées dans le dossier.</translation>
    </message>
    <message>
        <source>Proof (PDF)…</source>
        <translation>Preuve (PDF)…</translation>
    </message>
    <message>
        <source>What each owner did for the case — system, action, dates, result, note and the evidence files with their SHA-256 — for an auditor or the CNIL.</source>
        <translation>Ce que chaque responsable a fait pour le dossier — système, action, dates, résultat, note et preuves avec leur SHA-256 — pour un auditeur ou la CNIL.</translation>
    </message>
    <message>
        <source>Save the proof of tasks</source>
        <translation>Enregistrer la preuve des tâches</translation>
    </message>
    <message>
        <source>%1-tasks.pdf</source>
        <translation>%1-taches.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; for %2</source>
        <translation>«&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>No activity of the record chosen yet: choose those that concern the person, then plan the tasks to their systems&apos; owners.</source>
        <translation>Aucune activité du registre choisie&#xa0;: choisissez celles qui concernent la personne, puis planifiez les tâches aux responsables de leurs systèmes.</translation>
    </message>
    <message>
        <source>Activities concerning the person: %1</source>
        <translation>Activités concernant la personne&#xa0;: %1</translation>
    </message>
    <message>
        <source>We are the processor of %1. The request about these data must be forwarded to that controller without delay (GDPR art. 28(3)(e)); no task is planned for them, and the person should be told who answers.</source>
        <translation>Nous sommes sous-traitant de %1. La demande sur ces données doit être transmise sans délai à ce responsable (art. 28(3)(e) du RGPD)&#xa0;; aucune tâche n&apos;est planifiée pour elles, et la personne doit savoir qui lui répond.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Répondue le %1</translation>
    </message>
    <message>
        <source>%1 · 1 file</source>
        <translation>%1 · 1 fichier</translation>
    </message>
    <message>
        <source>%1 · %2 files</source>
        <translation>%1 · %2 fichiers</translation>
    </message>
    <message>
        <source>For the activities: %1</source>
        <translation>Pour les activités&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Overdue by 1 day: chase %1</source>
        <translation>En retard d&apos;un jour&#xa0;: relancez %1</translation>
    </message>
    <message>
        <source>Overdue by %1 days: chase %2</source>
        <translation>En retard de %1 jours&#xa0;: relancez %2</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>Due %1, before the case&apos;s deadline of %2</source>
        <translation>À rendre le %1, avant l&apos;échéance du dossier le %2</translation>
    </message>
    <message>
        <source>No task yet: &quot;Plan tasks&quot; makes one per system and action.</source>
        <translation>Aucune tâche&#xa0;: «&#xa0;Planifier les tâches&#xa0;» en crée une par système et par action.</translation>
    </message>
    <message>
        <source>%1 task(s): %2 to send, %3 sent, %4 answered</source>
        <translation>%1 tâche(s)&#xa0;: %2 à envoyer, %3 envoyée(s), %4 répondue(s)</translation>
    </message>
    <message>
        <source> · %1 overdue</source>
        <translation> · %1 en retard</translation>
    </message>
    <message>
        <source>The case is no longer open (%1).</source>
        <translation>Le dossier n&apos;est plus ouvert (%1).</translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation>Aucun dossier n&apos;est affiché.</translation>
    </message>
    <message>
        <source>Choose the activities that concern the person first.</source>
        <translation>Choisissez d&apos;abord les activités qui concernent la personne.</translation>
    </message>
    <message>
        <source>Select a task in the list.</source>
        <translation>Choisissez une tâche dans la liste.</translation>
    </message>
    <message>
        <source>This task was answered.</source>
        <translation>Cette tâche a reçu sa réponse.</translation>
    </message>
    <message>
        <source>Remind…</source>
        <translation>Relancer…</translation>
    </message>
    <message>
        <source>The case has no task yet.</source>
        <translation>Le dossier n&apos;a encore aucune tâche.</translation>
    </message>
    <message>
        <source>No task planned</source>
        <translation>Aucune tâche planifiée</translation>
    </message>
    <message>
        <source>T%1 — %2: %3, due %4 (%5)</source>
        <translation>T%1 — %2&#xa0;: %3, à rendre le %4 (%5)</translation>
    </message>
    <message>
        <source>No new task.</source>
        <translation>Aucune nouvelle tâche.</translation>
    </message>
    <message>
        <source>Tasks planned for %1:</source>
        <translation>Tâches planifiées pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients added to the case&apos;s art. 19 list: %1.</source>
        <translation>Destinataires ajoutés à la liste de l&apos;art. 19 du dossier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>To watch:</source>
        <translation>À surveiller&#xa0;:</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Tasks planned</source>
        <translation>Tâches planifiées</translation>
    </message>
    <message>
        <source>The proof was not written</source>
        <translation>La preuve n&apos;a pas été écrite</translation>
    </message>
    <message>
        <source>Proof of tasks</source>
        <translation>Preuve des tâches</translation>
    </message>
    <message>
        <source>The proof of the %1 task(s) of %2 was written to %3.</source>
        <translation>La preuve des %1 tâche(s) de %2 a été écrite dans %3.</translation>
    </message>
</context>
<context>
    <name>dpodesk::CloseDialog</name>
    <message>
        <source>Request withdrawn — %1</source>
        <translation>Demande retirée — %1</translation>
    </message>
    <message>
        <source>The person withdrew the request: the case stops without an answer and no deadline runs any more. Say in the note how the withdrawal reached you, and keep the written withdrawal if there is one.</source>
        <translation>La personne a retiré sa demande&#xa0;: le dossier prend fin sans réponse et plus aucun délai ne court. Indiquez dans la note comment le retrait vous est parvenu et conservez le retrait écrit s&apos;il en existe un.</translation>
    </message>
    <message>
        <source>Record the withdrawal</source>
        <translation>Enregistrer le retrait</translation>
    </message>
    <message>
        <source>Close the case — %1</source>
        <translation>Clore le dossier — %1</translation>
    </message>
    <message>
        <source>Closing ends the work on the case: it leaves the queue and stays in the register for the retention period of closed cases, after which it is purged, leaving only anonymous statistics.</source>
        <translation>La clôture met fin au traitement du dossier&#xa0;: il quitte la file d&apos;attente et reste dans le registre pendant la durée de conservation des dossiers clos, puis il est purgé et seules subsistent des statistiques anonymes.</translation>
    </message>
    <message>
        <source>No answer has been recorded for this case: record it first if one was sent.</source>
        <translation>Aucune réponse n&apos;a été enregistrée pour ce dossier&#xa0;: enregistrez-la d&apos;abord si une réponse a été envoyée.</translation>
    </message>
    <message>
        <source>One recipient has not been notified yet (GDPR art. 19).</source>
        <translation>Un destinataire n&apos;a pas encore été notifié (art.&#xa0;19 du RGPD).</translation>
    </message>
    <message>
        <source>%1 recipients have not been notified yet (GDPR art. 19).</source>
        <translation>%1 destinataires n&apos;ont pas encore été notifiés (art.&#xa0;19 du RGPD).</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <source>How the withdrawal reached you</source>
        <translation>Comment le retrait vous est parvenu</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Note facultative</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirée le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Clôture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dpodesk::DamagedRegisterDialog</name>
    <message>
        <source>The register is damaged</source>
        <translation>Le registre est endommagé</translation>
    </message>
    <message>
        <source>The register %1 is damaged and was not opened. Nothing was written to it.</source>
        <translation>Le registre %1 est endommagé et n&apos;a pas été ouvert. Rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>The register %1 is damaged: the integrity check run after it was opened found it so. It was closed again before anything was written to it.</source>
        <translation>Le registre %1 est endommagé&#xa0;: le contrôle d&apos;intégrité effectué en arrière-plan après son ouverture l&apos;a révélé. Il a été refermé avant toute écriture.</translation>
    </message>
    <message>
        <source>You can restore it from a backup: the damaged file is kept, nothing is deleted.</source>
        <translation>Vous pouvez le restaurer à partir d&apos;une sauvegarde&#xa0;: le fichier endommagé est conservé, rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Sauvegardes dans %1</translation>
    </message>
    <message>
        <source>Looking for the newest backup that passes its checks…</source>
        <translation>Recherche de la sauvegarde la plus récente qui passe les vérifications…</translation>
    </message>
    <message>
        <source>Backup of</source>
        <translation>Sauvegarde du</translation>
    </message>
    <message>
        <source>Last audit event</source>
        <translation>Dernier événement d&apos;audit</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <source>Attached files checked</source>
        <translation>Pièces jointes vérifiées</translation>
    </message>
    <message>
        <source>The damaged file is not deleted: it is kept beside the register as
%1 (the time of the restore, UTC).</source>
        <translation>Le fichier endommagé n&apos;est pas supprimé&#xa0;: il est conservé à côté du registre sous le nom
%1 (heure de la restauration, en UTC).</translation>
    </message>
    <message>
        <source>Restore the newest backup that passes its checks</source>
        <translation>Restaurer la sauvegarde la plus récente qui passe les vérifications</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Vérification des sauvegardes…</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Choisir une autre sauvegarde…</translation>
    </message>
    <message>
        <source>Open another register…</source>
        <translation>Ouvrir un autre registre…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Quit DPO Desk</source>
        <translation>Quitter DPO Desk</translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>Vérification de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>The newest backup that passes its checks:</source>
        <translation>La sauvegarde la plus récente qui passe les vérifications&#xa0;:</translation>
    </message>
    <message>
        <source>The backup of %1, checked in full again just before it replaces the damaged file.</source>
        <translation>La sauvegarde du %1, de nouveau vérifiée intégralement juste avant de remplacer le fichier endommagé.</translation>
    </message>
    <message>
        <source>There is no backup of this register in %1.</source>
        <translation>Il n&apos;y a aucune sauvegarde de ce registre dans %1.</translation>
    </message>
    <message>
        <source>No backup of this register in %1 passes its checks.</source>
        <translation>Aucune sauvegarde de ce registre dans %1 ne passe les vérifications.</translation>
    </message>
    <message>
        <source>If you keep backups elsewhere (another disk, another computer), use “Choose another backup…”.</source>
        <translation>Si vous conservez des sauvegardes ailleurs (autre disque, autre ordinateur), utilisez «&#xa0;Choisir une autre sauvegarde…&#xa0;».</translation>
    </message>
    <message>
        <source>Newer backups that were refused:</source>
        <translation>Sauvegardes plus récentes refusées&#xa0;:</translation>
    </message>
    <message>
        <source>Backups that were refused:</source>
        <translation>Sauvegardes refusées&#xa0;:</translation>
    </message>
    <message>
        <source>%1 has no checksum file beside it, so a change inside a record could not be seen. To restore it all the same, use “Choose another backup…”.</source>
        <translation>La sauvegarde %1 n&apos;est pas accompagnée de son fichier d&apos;empreinte&#xa0;: une modification à l&apos;intérieur d&apos;un enregistrement passerait inaperçue. Pour la restaurer malgré tout, utilisez «&#xa0;Choisir une autre sauvegarde…&#xa0;».</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>a refused backup: its date, why</comment>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Cette sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>%1

The damaged register was left as it was.</source>
        <translation>%1

Le registre endommagé a été laissé en l&apos;état.</translation>
    </message>
    <message>
        <source>Restore the damaged register</source>
        <translation>Restaurer le registre endommagé</translation>
    </message>
    <message>
        <source>The backup is intact: %1 cases, %2 events in its audit trail (the last on %3), %4 files checked.

Restore the damaged register from it? The damaged file is kept beside it as a copy.</source>
        <translation>La sauvegarde est intacte&#xa0;: %1 dossiers, %2 événements dans sa piste d&apos;audit (le dernier le %3), %4 fichiers vérifiés.

Restaurer le registre endommagé à partir de cette sauvegarde&#xa0;? Le fichier endommagé est conservé à côté, sous forme de copie.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring the register from %1…
The backup is checked in full once more first.</source>
        <translation>Restauration du registre à partir de %1…
La sauvegarde est d&apos;abord vérifiée intégralement une nouvelle fois.</translation>
    </message>
    <message>
        <source>Restoring the register</source>
        <translation>Restauration du registre</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>DPO Desk registers (*.sqlite *.db);;All files (*)</source>
        <translation>Registres DPO Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open another register</source>
        <translation>Ouvrir un autre registre</translation>
    </message>
</context>
<context>
    <name>dpodesk::Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due within 7 days</source>
        <translation>à échéance sous 7 jours</translation>
    </message>
    <message>
        <source>clocks stopped</source>
        <translation>délais suspendus</translation>
    </message>
    <message>
        <source>extension notices due</source>
        <translation>prorogations à notifier</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>dossiers ouverts</translation>
    </message>
    <message>
        <source>Open cases as of %1.</source>
        <translation>Dossiers ouverts au %1.</translation>
    </message>
    <message>
        <source>Deadlines in the coming weeks</source>
        <translation>Échéances des prochaines semaines</translation>
    </message>
    <message>
        <source>%1 deadline(s) from %2 to %3</source>
        <translation>%1 échéance(s) du %2 au %3</translation>
    </message>
    <message>
        <source>tasks overdue</source>
        <translation>tâches en retard</translation>
    </message>
    <message>
        <source>Tasks to system owners past their due date, in %1 open case(s), as of %2.</source>
        <translation>Tâches aux responsables des systèmes en retard, dans %1 dossier(s) ouvert(s), au %2.</translation>
    </message>
</context>
<context>
    <name>dpodesk::ExtendDialog</name>
    <message>
        <source>Extend the deadline — %1</source>
        <translation>Proroger l&apos;échéance — %1</translation>
    </message>
    <message>
        <source>The deadline is extended by two further months, to three months from receipt, where necessary given the complexity and number of the requests (GDPR art. 12(3)). This is possible once, decided and notified to the person within the first month, with the reasons. A refusal must still reach the person within one month of receipt: the refusal deadline stays on %1.</source>
        <translation>L&apos;échéance est prorogée de deux mois supplémentaires, soit trois mois à compter de la réception, lorsque cela est nécessaire compte tenu de la complexité et du nombre de demandes (art.&#xa0;12(3) du RGPD). La prorogation n&apos;est possible qu&apos;une fois&#xa0;; elle doit être décidée et notifiée à la personne dans le premier mois, avec ses motifs. Un refus doit toujours parvenir à la personne dans un délai d&apos;un mois à compter de la réception&#xa0;: la date limite de refus reste fixée au %1.</translation>
    </message>
    <message>
        <source>The reasons, as the person will read them in the extension notice (required)</source>
        <translation>Les motifs, tels que la personne les lira dans la notification de prorogation (obligatoire)</translation>
    </message>
    <message>
        <source>Extension notice sent on</source>
        <translation>Notification de prorogation envoyée le</translation>
    </message>
    <message>
        <source>Until the extension notice is recorded, the queue shows &quot;extension notice due&quot;.</source>
        <translation>Tant que la notification de prorogation n&apos;est pas enregistrée, la file d&apos;attente affiche «&#xa0;Prorogation à notifier&#xa0;».</translation>
    </message>
    <message>
        <source>The deadline moves from %1 to %2.</source>
        <translation>L&apos;échéance passe du %1 au %2.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Proroger</translation>
    </message>
</context>
<context>
    <name>dpodesk::ExtensionNoticeDialog</name>
    <message>
        <source>Extension notice — %1</source>
        <translation>Notification de prorogation — %1</translation>
    </message>
    <message>
        <source>The person must be told of the extension within the first month, with its reasons and the new deadline (GDPR art. 12(3)). Until the notice is recorded the queue shows &quot;extension notice due&quot;.</source>
        <translation>La personne doit être informée de la prorogation dans le premier mois, avec ses motifs et la nouvelle échéance (art.&#xa0;12(3) du RGPD). Tant que la notification n&apos;est pas enregistrée, la file d&apos;attente affiche «&#xa0;Prorogation à notifier&#xa0;».</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Notification envoyée le</translation>
    </message>
    <message>
        <source>Record the notice</source>
        <translation>Enregistrer la notification</translation>
    </message>
</context>
<context>
    <name>dpodesk::IdentityBlock</name>
    <message>
        <source>Identity verification</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <source>Record the verification…</source>
        <translation>Enregistrer la vérification…</translation>
    </message>
    <message>
        <source>Record how the identity was checked: the identity copies are then erased and only the record stays (CNIL; EDPB Guidelines 01/2022 §79).</source>
        <translation>Enregistrer comment l&apos;identité a été vérifiée&#xa0;: les justificatifs d&apos;identité sont alors effacés et seule la mention de la vérification est conservée (CNIL&#xa0;; lignes directrices 01/2022 du CEPD, §79).</translation>
    </message>
    <message>
        <source>The identity verification could not be read: %1</source>
        <translation>La vérification d&apos;identité n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No identity proof is kept with this case. Ask for one only where there is a reasonable doubt about who the person is (GDPR art. 12(6)).</source>
        <translation>Aucun justificatif d&apos;identité n&apos;est conservé avec ce dossier. N&apos;en demandez un qu&apos;en cas de doute raisonnable sur l&apos;identité de la personne (art.&#xa0;12(6) du RGPD).</translation>
    </message>
    <message>
        <source>The identity has not been recorded as verified. Recording the verification erases the identity copies at once; only the record stays (CNIL; EDPB Guidelines 01/2022 §79).</source>
        <translation>L&apos;identité n&apos;a pas été enregistrée comme vérifiée. L&apos;enregistrement de la vérification efface immédiatement les justificatifs d&apos;identité&#xa0;; seule la mention de la vérification est conservée (CNIL&#xa0;; lignes directrices 01/2022 du CEPD, §79).</translation>
    </message>
    <message>
        <source>The identity has not been recorded as verified. Your organisation keeps identity copies %1 days after the verification; then only the record stays (CNIL; EDPB Guidelines 01/2022 §79).</source>
        <translation>L&apos;identité n&apos;a pas été enregistrée comme vérifiée. Votre organisation conserve les justificatifs d&apos;identité %1 jours après la vérification&#xa0;; seule la mention de la vérification est ensuite conservée (CNIL&#xa0;; lignes directrices 01/2022 du CEPD, §79).</translation>
    </message>
    <message>
        <source>Identity verified on %1 by %2 — %3</source>
        <translation>Identité vérifiée le %1 par %2 — %3</translation>
    </message>
    <message>
        <source>Identity verified on %1 by %2 — %3, %4</source>
        <translation>Identité vérifiée le %1 par %2 — %3, %4</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>when the register is opened on or after %1</source>
        <translation>à la première ouverture du registre à compter du %1</translation>
    </message>
    <message>
        <source>the next time the register is opened</source>
        <translation>à la prochaine ouverture du registre</translation>
    </message>
    <message>
        <source>1 identity copy is still kept; it will be erased %1.</source>
        <translation>1 justificatif d&apos;identité est encore conservé&#xa0;; il sera effacé %1.</translation>
    </message>
    <message>
        <source>%1 identity copies are still kept; they will be erased %2.</source>
        <translation>%1 justificatifs d&apos;identité sont encore conservés&#xa0;; ils seront effacés %2.</translation>
    </message>
    <message>
        <source>The verification was recorded. The identity copies were kept for now.</source>
        <translation>La vérification a été enregistrée. Les justificatifs d&apos;identité sont conservés pour le moment.</translation>
    </message>
    <message>
        <source>The verification was recorded. There was no identity copy left to erase.</source>
        <translation>La vérification a été enregistrée. Il ne restait aucun justificatif d&apos;identité à effacer.</translation>
    </message>
    <message>
        <source>The verification was recorded and 1 identity copy erased; only the record of the verification stays.</source>
        <translation>La vérification a été enregistrée et 1 justificatif d&apos;identité a été effacé&#xa0;; seule la mention de la vérification est conservée.</translation>
    </message>
    <message>
        <source>The verification was recorded and %1 identity copies erased; only the record of the verification stays.</source>
        <translation>La vérification a été enregistrée et %1 justificatifs d&apos;identité ont été effacés&#xa0;; seule la mention de la vérification est conservée.</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
</context>
<context>
    <name>dpodesk::LetterDialog</name>
    <message>
        <source>Letter for %1</source>
        <translation>Courrier pour le dossier %1</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggestion)</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Courrier&#xa0;:</translation>
    </message>
    <message>
        <source>By default, the language of the request.</source>
        <translation>Par défaut, la langue de la demande.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Edit the &amp;template…</source>
        <translation>Modifier le &amp;modèle…</translation>
    </message>
    <message>
        <source>Change the organisation&apos;s copy of this letter, for every case.</source>
        <translation>Modifier la version de ce courrier propre à l&apos;organisation, pour tous les dossiers.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>Enregistrer comme &amp;envoyé</translation>
    </message>
    <message>
        <source>Keeps the PDF with the case and applies the letter&apos;s effect.</source>
        <translation>Conserve le PDF avec le dossier et applique l&apos;effet du courrier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your text (required): %1</source>
        <translation>Votre texte (obligatoire)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your text: %1</source>
        <translation>Votre texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>It cannot be recorded as sent yet: %1</source>
        <translation>Le courrier ne peut pas encore être enregistré comme envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recording it as sent: %1</source>
        <translation>Effet de l&apos;enregistrement comme envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The letter was not saved</source>
        <translation>Le courrier n&apos;a pas été enregistré en PDF</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Enregistrer le courrier en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter was not printed</source>
        <translation>Le courrier n&apos;a pas été imprimé</translation>
    </message>
    <message>
        <source>Record the letter as sent</source>
        <translation>Enregistrer le courrier comme envoyé</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; as sent on %2 for %3?

%4</source>
        <translation>Enregistrer le courrier «&#xa0;%1&#xa0;» comme envoyé le %2 pour le dossier %3&#xa0;?

%4</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Enregistrer comme envoyé</translation>
    </message>
    <message>
        <source>The letter was not recorded</source>
        <translation>Le courrier n&apos;a pas été enregistré comme envoyé</translation>
    </message>
    <message>
        <source>Recorded, with a warning</source>
        <translation>Enregistré, avec un avertissement</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <source>The request came by e-mail. Open your e-mail program with the letter attached, addressed to %1?</source>
        <translation>La demande est arrivée par courriel. Ouvrir votre logiciel de messagerie avec un message adressé à %1, le courrier en pièce jointe&#xa0;?</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>Ouvrir la messagerie</translation>
    </message>
    <message>
        <source>The register was closed.</source>
        <translation>Le registre a été fermé.</translation>
    </message>
    <message>
        <source>&amp;Fee asked (art. 12(5)(a)), if any:</source>
        <translation>&amp;Frais demandés (art. 12(5)(a)), le cas échéant&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 25 €; empty: the request is refused, no fee is offered</source>
        <translation>p. ex. 25&#xa0;€&#xa0;; vide&#xa0;: la demande est refusée, aucun frais n&apos;est proposé</translation>
    </message>
    <message>
        <source>&amp;Recipient notified:</source>
        <translation>&amp;Destinataire notifié&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (notified on %2)</source>
        <translation>%1 (notifié le %2)</translation>
    </message>
    <message>
        <source>&amp;Directives of the deceased:</source>
        <translation>&amp;Directives du défunt&#xa0;:</translation>
    </message>
    <message>
        <source>— say whether the deceased left directives —</source>
        <translation>— indiquez si le défunt a laissé des directives —</translation>
    </message>
    <message>
        <source>none known to us: heirs only for the estate and taking the death into account</source>
        <translation>aucune à notre connaissance&#xa0;: héritiers seulement pour la succession et la prise en compte du décès</translation>
    </message>
    <message>
        <source>particular directives given to us</source>
        <translation>directives particulières qui nous ont été confiées</translation>
    </message>
    <message>
        <source>general directives registered with a trusted third party</source>
        <translation>directives générales enregistrées auprès d&apos;un tiers de confiance</translation>
    </message>
</context>
<context>
    <name>dpodesk::MainWindow</name>
    <message>
        <source>DPO Desk</source>
        <translation>DPO Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About DPO Desk</source>
        <translation>À &amp;propos de DPO Desk</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Impossible d&apos;ouvrir le registre</translation>
    </message>
    <message>
        <source>About DPO Desk</source>
        <translation>À propos de DPO Desk</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>&amp;Ouvrir un registre…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un registre &amp;récent</translation>
    </message>
    <message>
        <source>Organisation &amp;settings…</source>
        <translation>&amp;Paramètres de l&apos;organisation…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Ask for &amp;identity or clarification…</source>
        <translation>Demander des informations d&apos;&amp;identité ou des précisions…</translation>
    </message>
    <message>
        <source>Record the a&amp;nswer to the question…</source>
        <translation>Enregistrer la réponse à la &amp;question…</translation>
    </message>
    <message>
        <source>E&amp;xtend by two months…</source>
        <translation>&amp;Proroger de deux mois…</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Enregistrer la &amp;réponse…</translation>
    </message>
    <message>
        <source>Notify &amp;recipients (art. 19)…</source>
        <translation>Notifier les &amp;destinataires (art.&#xa0;19)…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Clore…</translation>
    </message>
    <message>
        <source>Request &amp;withdrawn…</source>
        <translation>Demande re&amp;tirée…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>DPO Desk registers (*.sqlite *.db);;All files (*)</source>
        <translation>Registres DPO Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 en retard</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>1 due within 7 days</source>
        <translation>1 à échéance sous 7 jours</translation>
    </message>
    <message>
        <source>%1 due within 7 days</source>
        <translation>%1 à échéance sous 7 jours</translation>
    </message>
    <message>
        <source>1 clock stopped</source>
        <translation>1 délai suspendu</translation>
    </message>
    <message>
        <source>%1 clocks stopped</source>
        <translation>%1 délais suspendus</translation>
    </message>
    <message>
        <source>1 extension notice due</source>
        <translation>1 prorogation à notifier</translation>
    </message>
    <message>
        <source>%1 extension notices due</source>
        <translation>%1 prorogations à notifier</translation>
    </message>
    <message>
        <source>1 open case</source>
        <translation>1 dossier ouvert</translation>
    </message>
    <message>
        <source>%1 open cases</source>
        <translation>%1 dossiers ouverts</translation>
    </message>
    <message>
        <source>Case %1 logged.</source>
        <translation>Dossier %1 enregistré.</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1 — DPO Desk</source>
        <translation>%1 — DPO Desk</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>Le registre est endommagé</translation>
    </message>
    <message>
        <source>%1

The register was closed before anything was written to it.</source>
        <translation>%1

Le registre a été fermé avant toute écriture.</translation>
    </message>
    <message>
        <source>Ac&amp;knowledgement and status…</source>
        <translation>Accusé de réception et stat&amp;ut…</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>&amp;Modèles de courriers…</translation>
    </message>
    <message>
        <source>Write a &amp;letter…</source>
        <translation>Rédiger un c&amp;ourrier…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge all new requests…</source>
        <translation>&amp;Accuser réception de toutes les nouvelles demandes…</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Accusés de réception</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>&amp;Back up the register…</source>
        <translation>Faire une copie de s&amp;auvegarde du registre…</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Automatic daily backups</source>
        <translation>Sauvegarde quotidienne &amp;automatique</translation>
    </message>
    <message>
        <source>Once a day, a checked copy of the register in its backups folder; the newest %1 are kept.</source>
        <translation>Une fois par jour, une copie vérifiée du registre dans son répertoire de sauvegardes&#xa0;; les %1 plus récentes sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Deadline report…</source>
        <translation>&amp;Rapport des échéances…</translation>
    </message>
    <message>
        <source>&amp;Activity report…</source>
        <translation>Rapport d&apos;&amp;activité…</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daily backup written: %1</source>
        <translation>Sauvegarde quotidienne enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Sauvegarder le registre</translation>
    </message>
    <message>
        <source>DPO Desk registers (*.sqlite)</source>
        <translation>Registres DPO Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>La sauvegarde n&apos;a pas été effectuée</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>The register was copied and checked: %1 (%2, SHA-256 %3).

Keep it somewhere else than this computer.</source>
        <translation>Le registre a été copié et vérifié&#xa0;: %1 (%2, SHA-256 %3).

Conservez cette copie ailleurs que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Cette sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>%1

The current register was not touched.</source>
        <translation>%1

Le registre actuel n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup is intact: %1 cases, %2 events in its audit trail (the last on %3), %4 files checked.

Replace the current register with it? The current file is kept beside it as a copy.</source>
        <translation>La sauvegarde est intacte&#xa0;: %1 dossiers, %2 événements dans sa piste d&apos;audit (le dernier le %3), %4 fichiers vérifiés.

Remplacer le registre actuel par cette sauvegarde&#xa0;? Le fichier actuel est conservé à côté, sous forme de copie.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>Register restored</source>
        <translation>Registre restauré</translation>
    </message>
    <message>
        <source>The register was restored from %1.</source>
        <translation>Le registre a été restauré à partir de %1.</translation>
    </message>
    <message>
        <source>The register was restored from %1. The previous file was kept as %2.</source>
        <translation>Le registre a été restauré à partir de %1. L&apos;ancien fichier a été conservé sous %2.</translation>
    </message>
    <message>
        <source>Backup written, audit trail broken</source>
        <translation>Sauvegarde écrite, piste d&apos;audit rompue</translation>
    </message>
    <message>
        <source>The copy %1 was written, but the register&apos;s audit trail is broken (%2): a restore will refuse this copy. Keep your older backups.</source>
        <translation>La copie %1 a été écrite, mais la piste d&apos;audit du registre est rompue (%2)&#xa0;: une restauration refusera cette copie. Conservez vos sauvegardes plus anciennes.</translation>
    </message>
    <message>
        <source>Writing the daily backup…</source>
        <translation>Écriture de la sauvegarde quotidienne…</translation>
    </message>
    <message>
        <source>Finishing the daily backup before DPO Desk closes…</source>
        <translation>Fin de la sauvegarde quotidienne avant la fermeture de DPO Desk…</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <source>Record of &amp;processing activities…</source>
        <translation>Registre des activités de &amp;traitement…</translation>
    </message>
    <message>
        <source>The activities of the record (GDPR art. 30) and the systems where the data live, with their owners: edit, search, import from CSV.</source>
        <translation>Les activités du registre (art. 30 du RGPD) et les systèmes où sont les données, avec leurs responsables&#xa0;: modifier, rechercher, importer depuis un CSV.</translation>
    </message>
    <message>
        <source>1 task overdue</source>
        <translation>1 tâche en retard</translation>
    </message>
    <message>
        <source>%1 tasks overdue</source>
        <translation>%1 tâches en retard</translation>
    </message>
    <message>
        <source>DPO Desk %1

The register of GDPR rights requests for Data Protection Officers: legal deadlines (GDPR art. 12(3), Reg. 1182/71), suspensions, extensions and a tamper-evident audit trail, on your own machine.

Free software: you may redistribute and modify it under the GNU General Public License, version 3 or (at your option) any later version; it comes with no warranty. Qt is used under the GNU LGPL version 3.

Register: %2</source>
        <translation>DPO Desk %1

Le registre des demandes d&apos;exercice des droits RGPD pour les délégués à la protection des données&#xa0;: délais légaux (art.&#xa0;12(3) du RGPD, règlement 1182/71), suspensions, prorogations et piste d&apos;audit rendant toute altération détectable, sur votre propre poste.

Logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la licence publique générale GNU (GPL), version 3 ou (à votre choix) toute version ultérieure&#xa0;; il est fourni sans aucune garantie. Qt est utilisé sous la licence GNU LGPL version 3.

Registre&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Every action of the menus can also be reached with Alt and its underlined letter.</source>
        <translation>Chaque action des menus est aussi accessible avec Alt et sa lettre soulignée.</translation>
    </message>
</context>
<context>
    <name>dpodesk::ProgressDialog</name>
    <message>
        <source>Progress — %1</source>
        <translation>Avancement — %1</translation>
    </message>
    <message>
        <source>Record the acknowledgement sent to the person (good practice: EDPB Guidelines 01/2022 §57) and where the work stands. Neither changes the deadline.</source>
        <translation>Enregistrez l&apos;accusé de réception envoyé à la personne (bonne pratique&#xa0;: lignes directrices 01/2022 du CEPD, §&#xa0;57) et l&apos;avancement du traitement. Ni l&apos;un ni l&apos;autre ne modifie l&apos;échéance.</translation>
    </message>
    <message>
        <source>Acknowledgement sent</source>
        <translation>Accusé de réception envoyé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>dpodesk::QueuePanel</name>
    <message>
        <source>Search a name, e-mail, phone or reference (Ctrl+F)</source>
        <translation>Rechercher un nom, une adresse électronique, un téléphone ou une référence (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Toutes les urgences</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Toutes les années</translation>
    </message>
</context>
<context>
    <name>dpodesk::RecipientsDialog</name>
    <message>
        <source>Recipients to notify — %1</source>
        <translation>Destinataires à notifier — %1</translation>
    </message>
    <message>
        <source>Each recipient to whom the personal data were disclosed must be told of any rectification, erasure or restriction, unless this proves impossible or involves disproportionate effort; the person is told who the recipients are if they ask (GDPR art. 19). Tick a recipient once notified and give the date.</source>
        <translation>Chaque destinataire auquel les données personnelles ont été communiquées doit être informé de toute rectification, de tout effacement ou de toute limitation du traitement, à moins qu&apos;une telle communication se révèle impossible ou exige des efforts disproportionnés&#xa0;; la personne est informée de l&apos;identité de ces destinataires si elle en fait la demande (art.&#xa0;19 du RGPD). Cochez un destinataire une fois notifié et indiquez la date.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifié</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <source>Company or service that received the data</source>
        <translation>Société ou service ayant reçu les données</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Address for the notification</source>
        <translation>Adresse pour la notification</translation>
    </message>
    <message>
        <source>Postal or e-mail address: the notification letter (art. 19) is written to it. Double-click to edit; &quot; / &quot; starts a new line of the address.</source>
        <translation>Adresse postale ou électronique&#xa0;: le courrier de notification (art.&#xa0;19) lui est adressé. Double-cliquez pour la modifier&#xa0;; «&#xa0;/&#xa0;» commence une nouvelle ligne de l&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>dpodesk::RecordPage</name>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Forget the changes not saved and show what is stored.</source>
        <translation>Oublier les modifications non enregistrées et afficher ce qui est conservé.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Check and keep the changes (Ctrl+S); the change is written to the audit trail.</source>
        <translation>Vérifier et garder les modifications (Ctrl+S)&#xa0;; la modification est écrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 is %2, and a file of the record may be at most %3.</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1 fait %2, et un fichier du registre fait au plus %3.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n&apos;a été importé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 imported — added: %2, updated: %3, unchanged: %4.</source>
        <translation>%1 importé — ajoutés&#xa0;: %2, mis à jour&#xa0;: %3, inchangés&#xa0;: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %1 has %n problem(s). Correct them in the file and import it again (a file is imported whole or not at all). %2</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %1 a %n problème. Corrigez-le dans le fichier et importez-le à nouveau (un fichier est importé en entier ou pas du tout). %2</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %1 a %n problèmes. Corrigez-les dans le fichier et importez-le à nouveau (un fichier est importé en entier ou pas du tout). %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpodesk::RecordWindow</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR art. 30): what is processed, why, on which basis, for whom, and in which systems.</source>
        <translation>Le registre des activités de traitement (art. 30 du RGPD)&#xa0;: ce qui est traité, pourquoi, sur quelle base, pour qui, et dans quels systèmes.</translation>
    </message>
    <message>
        <source>The systems where the data live, their owners (who receive the tasks of a case), what they can be searched by and what their owners can do.</source>
        <translation>Les systèmes où sont les données, leurs responsables (qui reçoivent les tâches d&apos;un dossier), ce par quoi ils se consultent et ce que leurs responsables peuvent faire.</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Activités (%1)</translation>
    </message>
    <message>
        <source>Systems (%1)</source>
        <translation>Systèmes (%1)</translation>
    </message>
    <message>
        <source>Record of processing activities — %1</source>
        <translation>Registre des activités de traitement — %1</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
</context>
<context>
    <name>dpodesk::RegisterSession</name>
    <message>
        <source>No register is open.</source>
        <translation>Aucun registre n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>1 identity copy whose retention period ended was erased.</source>
        <translation>1 justificatif d&apos;identité dont la durée de conservation a expiré a été effacé.</translation>
    </message>
    <message>
        <source>%1 identity copies whose retention period ended were erased.</source>
        <translation>%1 justificatifs d&apos;identité dont la durée de conservation a expiré ont été effacés.</translation>
    </message>
    <message>
        <source>Open the register to restore first.</source>
        <translation>Ouvrez d&apos;abord le registre à restaurer.</translation>
    </message>
    <message>
        <source>The register was restored, but could not be opened again: %1</source>
        <translation>Le registre a été restauré, mais n&apos;a pas pu être rouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>No damaged register is waiting to be restored.</source>
        <translation>Aucun registre endommagé n&apos;est en attente de restauration.</translation>
    </message>
    <message>
        <source>The register was restored, but could not be opened: %1</source>
        <translation>Le registre a été restauré, mais n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dpodesk::ReminderNotifier</name>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autre(s)</translation>
    </message>
    <message>
        <source>%1 overdue (%2)</source>
        <translation>%1 en retard (%2)</translation>
    </message>
    <message>
        <source>%1 due within two days (%2)</source>
        <translation>%1 à échéance sous deux jours (%2)</translation>
    </message>
    <message>
        <source>%1 extension notice(s) to send (%2)</source>
        <translation>%1 notification(s) de prorogation à envoyer (%2)</translation>
    </message>
    <message>
        <source>DPO Desk — deadlines</source>
        <translation>DPO Desk — échéances</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Rappel&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 task overdue (%1)</source>
        <translation>1 tâche en retard (%1)</translation>
    </message>
    <message>
        <source>%1 tasks overdue (%2)</source>
        <translation>%1 tâches en retard (%2)</translation>
    </message>
</context>
<context>
    <name>dpodesk::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Deadline report (open cases)</source>
        <translation>Rapport des échéances (dossiers ouverts)</translation>
    </message>
    <message>
        <source>Activity report (a period&apos;s figures)</source>
        <translation>Rapport d&apos;activité (chiffres d&apos;une période)</translation>
    </message>
    <message>
        <source>Spreadsheet, French (semicolons)</source>
        <translation>Tableur, format français (points-virgules)</translation>
    </message>
    <message>
        <source>Standard (commas)</source>
        <translation>Standard (virgules)</translation>
    </message>
    <message>
        <source>How the CSV file is laid out; both are UTF-8 and RFC 4180.</source>
        <translation>Présentation du fichier CSV&#xa0;; les deux sont en UTF-8 et conformes à la RFC 4180.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>CSV &amp;layout:</source>
        <translation>&amp;Format CSV&#xa0;:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as c&amp;alendar (ICS)…</source>
        <translation>Enregistrer en ca&amp;lendrier (ICS)…</translation>
    </message>
    <message>
        <source>One all-day event per deadline, with reminders 7 days and 1 day before; importing a newer file updates the events. No data subject&apos;s name goes into the calendar.</source>
        <translation>Un événement sur la journée entière par échéance, avec des rappels 7 jours et 1 jour avant&#xa0;; l&apos;importation d&apos;un fichier plus récent met à jour les événements. Aucun nom de personne concernée ne figure dans le calendrier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Only the deadlines from … to …</source>
        <translation>Uniquement les échéances du … au …</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Échéances&#xa0;:</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Autre période</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 open case(s) · %3 overdue · %4 due within 7 days · %5 clock(s) stopped · %6 extension notice(s) due.</source>
        <translation>%1&#xa0;: %2 dossier(s) ouvert(s) · %3 en retard · %4 à échéance sous 7 jours · %5 délai(s) suspendu(s) · %6 prorogation(s) à notifier.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Only the deadline report makes a calendar.</source>
        <translation>Seul le rapport des échéances peut être enregistré en calendrier.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 request(s) received · %4 answered within one month · %5 within three months · %6 late · %7 pending · %8 open at the end of the period.</source>
        <translation>Du %1 au %2&#xa0;: %3 demande(s) reçue(s) · %4 réponse(s) sous un mois · %5 sous trois mois · %6 en retard · %7 en cours · %8 dossier(s) ouvert(s) en fin de période.</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
<context>
    <name>dpodesk::ResumeDialog</name>
    <message>
        <source>Restart the clock — %1</source>
        <translation>Reprendre le délai — %1</translation>
    </message>
    <message>
        <source>Recording the day the answer arrived restarts the clock: the days from the question to the answer are added to the deadline, which then rolls again to a working day if needed (French decree 2019-536 art. 77; Reg. 1182/71 art. 3).</source>
        <translation>L&apos;enregistrement de la date de réception de la réponse fait reprendre le délai&#xa0;: les jours écoulés entre la question et la réponse sont ajoutés à l&apos;échéance, qui est de nouveau reportée au jour ouvrable suivant si nécessaire (art.&#xa0;77 du décret 2019-536&#xa0;; règlement 1182/71, art.&#xa0;3).</translation>
    </message>
    <message>
        <source>%1, asked on %2</source>
        <translation>%1, demandées le %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer arrived on</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>Reprendre le délai</translation>
    </message>
    <message>
        <source>The deadline stays on %1.</source>
        <translation>L&apos;échéance reste fixée au %1.</translation>
    </message>
    <message>
        <source>The deadline moves from %1 to %2 (+1 day suspended).</source>
        <translation>L&apos;échéance passe du %1 au %2 (+1 jour de suspension).</translation>
    </message>
    <message>
        <source>The deadline moves from %1 to %2 (+%3 days suspended).</source>
        <translation>L&apos;échéance passe du %1 au %2 (+%3 jours de suspension).</translation>
    </message>
</context>
<context>
    <name>dpodesk::SettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Shown on letters and reports.</source>
        <translation>Figure sur les courriers et les rapports.</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>Nom de l&apos;&amp;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Postal add&amp;ress:</source>
        <translation>Adresse &amp;postale&#xa0;:</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>DPO &amp;name:</source>
        <translation>&amp;Nom du DPO&#xa0;:</translation>
    </message>
    <message>
        <source>name@domain.tld</source>
        <translation>nom@domaine.tld</translation>
    </message>
    <message>
        <source>DPO &amp;e-mail:</source>
        <translation>Co&amp;urriel du DPO&#xa0;:</translation>
    </message>
    <message>
        <source>DPO &amp;phone:</source>
        <translation>&amp;Téléphone du DPO&#xa0;:</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Decides which calendar day it is for the deadlines.</source>
        <translation>Détermine le jour calendaire pris en compte pour les échéances.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Public holidays on which a deadline cannot fall: it moves to the next working day (Reg. 1182/71 art. 3(4)).</source>
        <translation>Jours fériés auxquels une échéance ne peut pas tomber&#xa0;: elle est reportée au jour ouvrable suivant (règlement 1182/71, art.&#xa0;3(4)).</translation>
    </message>
    <message>
        <source>Holiday &amp;calendar:</source>
        <translation>&amp;Calendrier des jours fériés&#xa0;:</translation>
    </message>
    <message>
        <source>Days the organisation is closed, counted like public holidays.</source>
        <translation>Jours de fermeture de l&apos;organisation, traités comme des jours fériés.</translation>
    </message>
    <message>
        <source>Remove closure day</source>
        <translation>Retirer le jour de fermeture</translation>
    </message>
    <message>
        <source>Closure day to add</source>
        <translation>Jour de fermeture à ajouter</translation>
    </message>
    <message>
        <source>Press Enter or Add to add this day.</source>
        <translation>Appuyez sur Entrée ou sur Ajouter pour ajouter ce jour.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Closure &amp;days:</source>
        <translation>&amp;Jours de fermeture&#xa0;:</translation>
    </message>
    <message>
        <source>Changing the holiday calendar or the closure days recomputes the deadline of every case in the register.</source>
        <translation>Toute modification du calendrier des jours fériés ou des jours de fermeture entraîne le recalcul de l&apos;échéance de tous les dossiers du registre.</translation>
    </message>
    <message>
        <source>Identity policy</source>
        <translation>Politique en matière d&apos;identité</translation>
    </message>
    <message>
        <source>Ask for proof of identity only where there is a reasonable doubt (GDPR art. 12(6)); the DPO can waive it case by case.</source>
        <translation>Ne demandez un justificatif d&apos;identité qu&apos;en cas de doute raisonnable (art.&#xa0;12(6) du RGPD)&#xa0;; le DPO peut y renoncer au cas par cas.</translation>
    </message>
    <message>
        <source>Proof of identity expected for:</source>
        <translation>Justificatif d&apos;identité attendu pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address (expected name@domain.tld).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique valide (format attendu&#xa0;: nom@domaine.tld).</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Largest file &amp;kept:</source>
        <translation>Taille &amp;maximale d&apos;un fichier&#xa0;:</translation>
    </message>
    <message>
        <source>erased at once</source>
        <translation>effacés immédiatement</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep identity copies after the &amp;check:</source>
        <translation>Conserver les justificatifs d&apos;identité après &amp;vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Required to keep copies: why they are needed longer</source>
        <translation>Obligatoire pour conserver les justificatifs&#xa0;: pourquoi ils sont nécessaires plus longtemps</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>Ju&amp;stification&#xa0;:</translation>
    </message>
    <message>
        <source> days after the case closes</source>
        <translation> jours après la clôture du dossier</translation>
    </message>
    <message>
        <source>Erase &amp;unverified copies:</source>
        <translation>Effacer les justificatifs non vér&amp;ifiés&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>En&amp;lever</translation>
    </message>
    <message>
        <source>Logo on letters:</source>
        <translation>Logo sur les courriers&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The logo is %1 KB; a logo may be at most %2 KB.</source>
        <translation>Le logo fait %1&#xa0;Ko&#xa0;; un logo ne peut pas dépasser %2&#xa0;Ko.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source> working days before the deadline</source>
        <translation> jours ouvrés avant l&apos;échéance</translation>
    </message>
    <message>
        <source>on the deadline itself</source>
        <translation>le jour même de l&apos;échéance</translation>
    </message>
    <message>
        <source>When the tasks to system owners are due: a margin that leaves time to answer the person. The due dates of open tasks move when it changes, and with the deadline.</source>
        <translation>Quand les tâches aux responsables des systèmes sont à rendre&#xa0;: une marge qui laisse le temps de répondre à la personne. Les dates des tâches ouvertes bougent quand elle change, et avec l&apos;échéance.</translation>
    </message>
    <message>
        <source>Tasks &amp;due:</source>
        <translation>Tâches à &amp;rendre&#xa0;:</translation>
    </message>
    <message>
        <source>The DPO&apos;s title in French letters, as the DPO wants it.</source>
        <translation>Le titre du DPO dans les courriers en français, comme le DPO le souhaite.</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;title in French:</source>
        <translation>&amp;Titre du DPO en français&#xa0;:</translation>
    </message>
    <message>
        <source>does not stop the clock (decree 2019-536 art. 77)</source>
        <translation>ne suspend pas le délai (décret n°&#xa0;2019-536, art.&#xa0;77)</translation>
    </message>
    <message>
        <source>stops the clock (the organisation&apos;s choice, justified)</source>
        <translation>suspend le délai (choix justifié de l&apos;organisme)</translation>
    </message>
    <message>
        <source>The decree suspends the time limits only while identity information is awaited. Treating a request for clarification as suspending is a reading of the organisation&apos;s own, which it must be able to justify.</source>
        <translation>Le décret ne suspend les délais que dans l&apos;attente d&apos;informations d&apos;identité. Traiter une demande de précisions comme suspensive est une lecture propre à l&apos;organisme, qu&apos;il doit pouvoir justifier.</translation>
    </message>
    <message>
        <source>A request for c&amp;larification:</source>
        <translation>Une demande de pré&amp;cisions&#xa0;:</translation>
    </message>
    <message>
        <source>Required to stop the clock: why, and on what basis</source>
        <translation>Obligatoire pour suspendre le délai&#xa0;: pourquoi, et sur quel fondement</translation>
    </message>
    <message>
        <source>Its justi&amp;fication:</source>
        <translation>Sa &amp;justification&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dpodesk::SuspendDialog</name>
    <message>
        <source>Stop the clock — %1</source>
        <translation>Suspendre le délai — %1</translation>
    </message>
    <message>
        <source>Asking the person for information to confirm their identity suspends the one-month period until the answer arrives (French decree 2019-536 art. 77). Asking for a clarification of a request about a large quantity of data may suspend it too (GDPR recital 63; EDPB Guidelines 01/2022 §159). Meanwhile the case shows &quot;clock stopped&quot;; once the answer arrives, record it with &quot;Restart the clock&quot; and the deadline moves by the days the clock stood still.</source>
        <translation>Demander à la personne des informations permettant de confirmer son identité suspend le délai d&apos;un mois jusqu&apos;à réception de la réponse (art.&#xa0;77 du décret 2019-536). Demander des précisions sur une demande portant sur une grande quantité de données peut également le suspendre (considérant 63 du RGPD&#xa0;; lignes directrices 01/2022 du CEPD, §159). Pendant ce temps, le dossier affiche «&#xa0;Délai suspendu&#xa0;»&#xa0;; à réception de la réponse, enregistrez-la avec «&#xa0;Reprendre le délai&#xa0;» et l&apos;échéance sera reportée du nombre de jours de suspension.</translation>
    </message>
    <message>
        <source>Ask for identity information only where there is a reasonable doubt about who the person is (GDPR art. 12(6)); ask only for what removes the doubt.</source>
        <translation>Ne demandez des informations d&apos;identité qu&apos;en cas de doute raisonnable sur l&apos;identité de la personne (art.&#xa0;12(6) du RGPD)&#xa0;; ne demandez que ce qui permet de lever ce doute.</translation>
    </message>
    <message>
        <source>What was asked, and how</source>
        <translation>Ce qui a été demandé, et par quel moyen</translation>
    </message>
    <message>
        <source>Question about</source>
        <translation>Objet de la question</translation>
    </message>
    <message>
        <source>Question sent on</source>
        <translation>Question envoyée le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Suspendre le délai</translation>
    </message>
</context>
<context>
    <name>dpodesk::SystemEditor</name>
    <message>
        <source>The system and who answers for it</source>
        <translation>Le système et qui en répond</translation>
    </message>
    <message>
        <source>e.g. CRM, Billing, Mailing platform</source>
        <translation>p. ex. CRM, Facturation, Plateforme d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Who searches and changes data in it</source>
        <translation>Qui y recherche et modifie les données</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>name@domain.tld — the tasks are sent there</source>
        <translation>nom@domaine.tld — les tâches y sont envoyées</translation>
    </message>
    <message>
        <source>Owner&apos;s e-&amp;mail:</source>
        <translation>&amp;Courriel du responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: who stands in for the owner</source>
        <translation>Facultatif&#xa0;: qui remplace le responsable</translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation>&amp;Suppléant&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: copied on every task</source>
        <translation>Facultatif&#xa0;: en copie de chaque tâche</translation>
    </message>
    <message>
        <source>Deputy&apos;s e-m&amp;ail:</source>
        <translation>Co&amp;urriel du suppléant&#xa0;:</translation>
    </message>
    <message>
        <source>What the owner is given and can do</source>
        <translation>Ce que le responsable reçoit et peut faire</translation>
    </message>
    <message>
        <source>Only these identifiers of the person are given to the owner (GDPR art. 5(1)(c)): never the identity proof or the rest of the case.</source>
        <translation>Seuls ces identifiants de la personne sont donnés au responsable (art. 5(1)(c) du RGPD)&#xa0;: jamais la pièce d&apos;identité ni le reste du dossier.</translation>
    </message>
    <message>
        <source>Searched by:</source>
        <translation>Se consulte par&#xa0;:</translation>
    </message>
    <message>
        <source>A right that needs an action the system does not offer is flagged when the tasks are planned.</source>
        <translation>Un droit qui demande une action que le système n&apos;offre pas est signalé quand les tâches sont planifiées.</translation>
    </message>
    <message>
        <source>The owner can:</source>
        <translation>Le responsable peut&#xa0;:</translation>
    </message>
    <message>
        <source> calendar days</source>
        <translation> jours calendaires</translation>
    </message>
    <message>
        <source>The owner&apos;s usual time to answer: planning warns when a task is due sooner.</source>
        <translation>Le délai de réponse habituel du responsable&#xa0;: la planification prévient quand une tâche est à rendre plus tôt.</translation>
    </message>
    <message>
        <source>Usual &amp;answer within:</source>
        <translation>Réponse &amp;habituelle sous&#xa0;:</translation>
    </message>
    <message>
        <source>Instructions sent with each task</source>
        <translation>Consignes envoyées avec chaque tâche</translation>
    </message>
    <message>
        <source>How to search, export or erase in this system, in French</source>
        <translation>Comment rechercher, exporter ou effacer dans ce système, en français</translation>
    </message>
    <message>
        <source>The same in English, for an owner who reads English</source>
        <translation>Les mêmes en anglais, pour un responsable qui lit l&apos;anglais</translation>
    </message>
    <message>
        <source>In &amp;French:</source>
        <translation>En &amp;français&#xa0;:</translation>
    </message>
    <message>
        <source>In &amp;English:</source>
        <translation>En &amp;anglais&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dpodesk::SystemTableModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Deputy: %1 &lt;%2&gt;</source>
        <translation>Suppléant&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The owner&apos;s usual time to answer a task, in calendar days.</source>
        <translation>Le délai habituel du responsable pour répondre à une tâche, en jours calendaires.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Searched by</source>
        <translation>Se consulte par</translation>
    </message>
    <message>
        <source>Owner can</source>
        <translation>Le responsable peut</translation>
    </message>
    <message>
        <source>Usual answer</source>
        <translation>Réponse habituelle</translation>
    </message>
</context>
<context>
    <name>dpodesk::SystemsPage</name>
    <message>
        <source>Search the systems: name, owner, deputy, e-mail, instructions…</source>
        <translation>Rechercher dans les systèmes&#xa0;: nom, responsable, suppléant, courriel, consignes…</translation>
    </message>
    <message>
        <source>Add a system</source>
        <translation>Ajouter un système</translation>
    </message>
    <message>
        <source>A new system of the catalogue, edited on the right.</source>
        <translation>Un nouveau système du catalogue, à compléter à droite.</translation>
    </message>
    <message>
        <source>Remove the system from the catalogue; refused while an activity lists it or a task was sent to it.</source>
        <translation>Retirer le système du catalogue&#xa0;; refusé tant qu&apos;une activité le cite ou qu&apos;une tâche lui a été envoyée.</translation>
    </message>
    <message>
        <source>Add or update systems from a CSV file (columns: %1; optional: %2; lists separated by &quot;|&quot;).</source>
        <translation>Ajouter ou mettre à jour des systèmes depuis un fichier CSV (colonnes&#xa0;: %1&#xa0;; facultatives&#xa0;: %2&#xa0;; listes séparées par «&#xa0;|&#xa0;»).</translation>
    </message>
    <message>
        <source>Import systems from a CSV file</source>
        <translation>Importer des systèmes depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Select a system in the list, or add one.</source>
        <translation>Choisissez un système dans la liste, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>New system, not saved yet</source>
        <translation>Nouveau système, pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The system &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Le système «&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the system</source>
        <translation>Retirer le système</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the systems catalogue? The audit trail keeps what it was.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du catalogue des systèmes&#xa0;? Le journal d&apos;audit garde ce qu&apos;il était.</translation>
    </message>
    <message>
        <source>The system was not removed</source>
        <translation>Le système n&apos;a pas été retiré</translation>
    </message>
    <message>
        <source>The system cannot be kept yet:</source>
        <translation>Le système ne peut pas encore être enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Expected columns: %1.</source>
        <translation>Colonnes attendues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail</source>
        <translation>Courriel du responsable</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>Deputy&apos;s e-mail</source>
        <translation>Courriel du suppléant</translation>
    </message>
    <message>
        <source>Searched by</source>
        <translation>Se consulte par</translation>
    </message>
    <message>
        <source>The owner can</source>
        <translation>Le responsable peut</translation>
    </message>
    <message>
        <source>Usual answer within</source>
        <translation>Réponse habituelle sous</translation>
    </message>
    <message>
        <source>Instructions in French</source>
        <translation>Consignes en français</translation>
    </message>
    <message>
        <source>Instructions in English</source>
        <translation>Consignes en anglais</translation>
    </message>
    <message>
        <source>%1 — updated %2</source>
        <translation>%1 — modifié le %2</translation>
    </message>
</context>
<context>
    <name>dpodesk::TaskAnswerDialog</name>
    <message>
        <source>Answer to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>%1 — %2 in %3, asked of %4. The answer is recorded once, with its evidence, in the case&apos;s history.</source>
        <translation>%1 — %2 dans %3, demandé à %4. La réponse est notée une seule fois, avec ses preuves, dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Répondue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Kept with the case as other evidence, each with its SHA-256: the owner&apos;s export, a screenshot of the erasure, their e-mail…</source>
        <translation>Conservées avec le dossier comme autres preuves, chacune avec son SHA-256&#xa0;: l&apos;export du responsable, une capture de l&apos;effacement, son courriel…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Evidence of %1</source>
        <translation>Preuves de %1</translation>
    </message>
    <message>
        <source>&amp;Why (required):</source>
        <translation>&amp;Pourquoi (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Why it cannot be done: the reason is part of the proof</source>
        <translation>Pourquoi ce n&apos;est pas possible&#xa0;: la raison fait partie de la preuve</translation>
    </message>
    <message>
        <source>Optional: what the owner said, where the data were found…</source>
        <translation>Facultatif&#xa0;: ce qu&apos;a dit le responsable, où les données ont été trouvées…</translation>
    </message>
</context>
<context>
    <name>dpodesk::TaskSendDialog</name>
    <message>
        <source>Remind the owner of %1</source>
        <translation>Relancer le responsable de %1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Envoyer %1</translation>
    </message>
    <message>
        <source>%1 was sent on %2 to %3. A reminder is recorded in the case&apos;s history; the first date stays.</source>
        <translation>%1 a été envoyée le %2 à %3. Une relance est notée dans l&apos;historique du dossier&#xa0;; la première date reste.</translation>
    </message>
    <message>
        <source>Open your e-mail program with the message below, send it, then record it as sent. The owner gets only what their system is searched by — never the identity proof or the rest of the case.</source>
        <translation>Ouvrez votre messagerie avec le message ci-dessous, envoyez-le, puis notez-le comme envoyé. Le responsable ne reçoit que ce par quoi son système se consulte — jamais la pièce d&apos;identité ni le reste du dossier.</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimée</translation>
    </message>
    <message>
        <source>Where the task went: the owner&apos;s address, the deputy&apos;s, or &quot;printed&quot; for a task sheet handed over.</source>
        <translation>Où la tâche est partie&#xa0;: l&apos;adresse du responsable, celle du suppléant, ou «&#xa0;imprimée&#xa0;» pour une fiche remise en main propre.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>No deputy in the catalogue</source>
        <translation>Aucun suppléant au catalogue</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Copie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Envoyée &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Open in e-mail program</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Task sheet (PDF)…</source>
        <translation>Fiche de tâche (PDF)…</translation>
    </message>
    <message>
        <source>The same content as one A4 page, to print and hand to an owner who works from paper; the task is then recorded as sent &quot;printed&quot;.</source>
        <translation>Le même contenu sur une page A4, à imprimer pour un responsable qui travaille sur papier&#xa0;; la tâche est alors notée comme envoyée «&#xa0;imprimée&#xa0;».</translation>
    </message>
    <message>
        <source>Save the task sheet</source>
        <translation>Enregistrer la fiche de tâche</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Record the reminder</source>
        <translation>Noter la relance</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Enregistrer comme envoyé</translation>
    </message>
    <message>
        <source>xdg-email is not installed: copy the message into your e-mail program.</source>
        <translation>xdg-email n&apos;est pas installé&#xa0;: copiez le message dans votre messagerie.</translation>
    </message>
    <message>
        <source>The message cannot be written: %1</source>
        <translation>Le message ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose an e-mail address to send the task to.</source>
        <translation>Choisissez une adresse électronique à laquelle envoyer la tâche.</translation>
    </message>
    <message>
        <source>Your e-mail program could not be opened: copy the message into it.</source>
        <translation>Votre messagerie n&apos;a pas pu être ouverte&#xa0;: copiez-y le message.</translation>
    </message>
</context>
<context>
    <name>dpodesk::TemplateEditorDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de courriers</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Courrier&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor. {{#name}} … {{/name}} keeps a passage only when name has a value.</source>
        <translation>Double-cliquez pour insérer à l&apos;emplacement du curseur. {{#name}} … {{/name}} ne conserve un passage que si le champ name a une valeur.</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Champs de fusion (double-cliquez pour insérer)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save for the organisation</source>
        <translation>&amp;Enregistrer pour l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Reset to the default</source>
        <translation>&amp;Rétablir le modèle par défaut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The letterhead, the reference block and the signature are added around this text. The first line &lt;!-- subject: … --&gt; gives the letter&apos;s subject line.</source>
        <translation>L&apos;en-tête, le bloc de références et la signature sont ajoutés autour de ce texte. La première ligne &lt;!-- subject: … --&gt; donne l&apos;objet du courrier.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s copy</source>
        <translation>Version de votre organisation</translation>
    </message>
    <message>
        <source>The shipped default</source>
        <translation>Modèle par défaut fourni avec DPO Desk</translation>
    </message>
    <message>
        <source>(Your text for this letter.)</source>
        <translation>(Votre texte pour ce courrier.)</translation>
    </message>
    <message>
        <source>Reset the template</source>
        <translation>Rétablir le modèle par défaut</translation>
    </message>
    <message>
        <source>Replace your organisation&apos;s copy of &quot;%1&quot; (%2) with the shipped default?</source>
        <translation>Remplacer la version de «&#xa0;%1&#xa0;» (%2) propre à votre organisation par le modèle par défaut fourni avec DPO Desk&#xa0;?</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation>Vos modifications de ce modèle ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>dpodesk::VerificationDialog</name>
    <message>
        <source>Record the identity verification</source>
        <translation>Enregistrer la vérification d&apos;identité</translation>
    </message>
    <message>
        <source>Record the identity verification — %1</source>
        <translation>Enregistrer la vérification d&apos;identité — %1</translation>
    </message>
    <message>
        <source>There is no identity copy to erase.</source>
        <translation>Il n&apos;y a aucun justificatif d&apos;identité à effacer.</translation>
    </message>
    <message>
        <source>1 identity copy will be erased.</source>
        <translation>1 justificatif d&apos;identité sera effacé.</translation>
    </message>
    <message>
        <source>%1 identity copies will be erased.</source>
        <translation>%1 justificatifs d&apos;identité seront effacés.</translation>
    </message>
    <message>
        <source>Your organisation keeps identity copies %1 days after the verification (%2); they are then erased automatically. Untick &quot;Keep the identity copies for now&quot; to erase them at once.</source>
        <translation>Votre organisation conserve les justificatifs d&apos;identité %1 jours après la vérification (%2)&#xa0;; ils sont ensuite effacés automatiquement. Décochez «&#xa0;Conserver les justificatifs d&apos;identité pour le moment&#xa0;» pour les effacer immédiatement.</translation>
    </message>
    <message>
        <source>To keep identity copies after the check, set a retention period with its written justification in the organisation settings.</source>
        <translation>Pour conserver les justificatifs d&apos;identité après la vérification, définissez une durée de conservation et sa justification écrite dans les paramètres de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Record how the person&apos;s identity was checked. By default the identity copies of this case are erased as soon as the verification is recorded, and only this record stays: the day, who checked, how and which document (CNIL; EDPB Guidelines 01/2022 §79: &quot;ID card was checked&quot;). %1</source>
        <translation>Enregistrez comment l&apos;identité de la personne a été vérifiée. Par défaut, les justificatifs d&apos;identité de ce dossier sont effacés dès l&apos;enregistrement de la vérification, et seule cette mention est conservée&#xa0;: la date, l&apos;auteur de la vérification, la méthode et le type de document (CNIL&#xa0;; lignes directrices 01/2022 du CEPD, §79&#xa0;: «&#xa0;carte d&apos;identité vérifiée&#xa0;»). %1</translation>
    </message>
    <message>
        <source>national identity card, passport, residence permit…</source>
        <translation>carte nationale d&apos;identité, passeport, titre de séjour…</translation>
    </message>
    <message>
        <source>The kind of document only: its number and the person&apos;s details are not recorded.</source>
        <translation>Le type de document uniquement&#xa0;: son numéro et les données de la personne ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>Keep the identity copies for now</source>
        <translation>Conserver les justificatifs d&apos;identité pour le moment</translation>
    </message>
    <message>
        <source>Only for a reason you write in the note (for example a suspected impersonation under investigation), or as the organisation&apos;s settings provide.</source>
        <translation>Uniquement pour un motif indiqué dans la note (par exemple une usurpation d&apos;identité présumée en cours d&apos;examen), ou selon les paramètres de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifiée par</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Set a retention period, with its justification, in the organisation settings to keep identity copies after the check.</source>
        <translation>Pour conserver les justificatifs d&apos;identité après la vérification, définissez une durée de conservation, avec sa justification, dans les paramètres de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Required: why the identity copies must be kept, and until when</source>
        <translation>Obligatoire&#xa0;: pourquoi les justificatifs d&apos;identité doivent être conservés, et jusqu&apos;à quand</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record and erase the copies</source>
        <translation>Enregistrer et effacer les justificatifs</translation>
    </message>
    <message>
        <source>Write in the note why the identity copies must be kept, and until when: keeping them needs a written justification. Otherwise leave the box unticked and they are erased.</source>
        <translation>Indiquez dans la note pourquoi les justificatifs d&apos;identité doivent être conservés, et jusqu&apos;à quand&#xa0;: leur conservation exige une justification écrite. Sinon, laissez la case décochée et ils seront effacés.</translation>
    </message>
    <message>
        <source>Say which kind of document was checked (for example: national identity card).</source>
        <translation>Indiquez le type de document vérifié (par exemple&#xa0;: carte nationale d&apos;identité).</translation>
    </message>
</context>
<context>
    <name>dpodesk::WelcomeDialog</name>
    <message>
        <source>Welcome to DPO Desk</source>
        <translation>Bienvenue dans DPO Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to DPO Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans DPO Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The register of rights requests is one file: the cases, their files and the audit trail. There is none on this computer yet. It will be created here:
%1</source>
        <translation>Le registre des demandes d&apos;exercice des droits tient en un seul fichier&#xa0;: les dossiers, leurs pièces et la piste d&apos;audit. Il n&apos;en existe encore aucun sur cet ordinateur. Il sera créé ici&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Create my organisation&apos;s register</source>
        <translation>Créer le registre de mon organisation</translation>
    </message>
    <message>
        <source>Name, address, DPO contact and holiday calendar: shown on every letter and used for every deadline. You can change them later.</source>
        <translation>Nom, adresse, coordonnées du DPO et calendrier des jours fériés&#xa0;: ils figurent sur chaque courrier et servent au calcul des échéances. Vous pourrez les modifier ultérieurement.</translation>
    </message>
    <message>
        <source>Open an existing register…</source>
        <translation>Ouvrir un registre existant…</translation>
    </message>
    <message>
        <source>A register file made by DPO Desk on this or another computer.</source>
        <translation>Un fichier de registre créé par DPO Desk sur cet ordinateur ou sur un autre.</translation>
    </message>
    <message>
        <source>Explore a demo register</source>
        <translation>Découvrir un registre de démonstration</translation>
    </message>
    <message>
        <source>2,000 fictional requests of a fictional organisation, in a file of its own: nothing you do there touches your register.</source>
        <translation>2&#xa0;000 demandes fictives d&apos;une organisation fictive, dans un fichier distinct&#xa0;: rien de ce que vous y faites ne touche à votre registre.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>DPO Desk registers (*.sqlite *.db);;All files (*)</source>
        <translation>Registres DPO Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>Nom de l&apos;&amp;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Postal add&amp;ress:</source>
        <translation>Adresse &amp;postale&#xa0;:</translation>
    </message>
    <message>
        <source>DPO &amp;name:</source>
        <translation>&amp;Nom du DPO&#xa0;:</translation>
    </message>
    <message>
        <source>DPO &amp;e-mail:</source>
        <translation>Co&amp;urriel du DPO&#xa0;:</translation>
    </message>
    <message>
        <source>DPO &amp;phone:</source>
        <translation>&amp;Téléphone du DPO&#xa0;:</translation>
    </message>
    <message>
        <source>Holiday &amp;calendar:</source>
        <translation>&amp;Calendrier des jours fériés&#xa0;:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Create the register</source>
        <translation>Créer le registre</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your organisation&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Votre organisation&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>le nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>the DPO&apos;s name</source>
        <translation>le nom du DPO</translation>
    </message>
    <message>
        <source>the DPO&apos;s e-mail</source>
        <translation>l&apos;adresse électronique du DPO</translation>
    </message>
    <message>
        <source>Every letter carries them: fill in %1.</source>
        <translation>Ces informations figurent sur chaque courrier&#xa0;: renseignez %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address (expected name@domain.tld).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique valide (format attendu&#xa0;: nom@domaine.tld).</translation>
    </message>
    <message>
        <source>%1 exists already: open it instead.</source>
        <translation>%1 existe déjà&#xa0;: ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The register of GDPR rights requests.</source>
        <translation>Le registre des demandes d&apos;exercice des droits RGPD.</translation>
    </message>
    <message>
        <source>The register file to open.</source>
        <translation>Le fichier de registre à ouvrir.</translation>
    </message>
    <message>
        <source>Language of the interface (fr or en; default: the system&apos;s).</source>
        <translation>Langue de l&apos;interface (fr ou en&#xa0;; par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>DPO Desk is already open</source>
        <translation>DPO Desk est déjà ouvert</translation>
    </message>
</context>
</TS>
