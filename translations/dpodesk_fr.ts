<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>The database %1 is damaged (%2): %3.</source>
        <translation>La base de données %1 est endommagée (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed.</source>
        <translation>Le disque contenant %1 est plein&#xa0;; aucune modification n&apos;a été effectuée.</translation>
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
        <source>%1 is damaged and was not opened (SQLite quick_check: %2). Restore a backup.</source>
        <translation>Le fichier %1 est endommagé et n&apos;a pas été ouvert (SQLite quick_check&#xa0;: %2). Restaurez une sauvegarde.</translation>
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
        <source>There is no database at %1.</source>
        <translation>Aucune base de données n&apos;existe à l&apos;emplacement %1.</translation>
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
        <source>The register %1 is locked by another program (%2: waited %3 seconds). Close the other program or try again.</source>
        <translation>Le registre %1 est verrouillé par un autre programme (%2&#xa0;: attente de %3 secondes). Fermez l&apos;autre programme ou réessayez.</translation>
    </message>
    <message>
        <source>opening the file</source>
        <translation>ouverture du fichier</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>vérification du fichier</translation>
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
        <source>Erasure exception (art. 17(3))</source>
        <translation>Exception au droit à l&apos;effacement (art.&#xa0;17(3))</translation>
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
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
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
    <name>SqlCaseRepository</name>
    <message>
        <source>listing cases</source>
        <translation>liste des dossiers</translation>
    </message>
    <message>
        <source>counting cases</source>
        <translation>comptage des dossiers</translation>
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
        <source>recomputing deadlines</source>
        <translation>recalcul des échéances</translation>
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
        <source>Notes can be added but not changed or removed.</source>
        <translation>Les notes peuvent être ajoutées, mais ni modifiées ni supprimées.</translation>
    </message>
    <message>
        <source>Say why the case is deleted: the reason is kept in the audit trail.</source>
        <translation>Indiquez pourquoi le dossier est supprimé&#xa0;: le motif est conservé dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>deleting case %1</source>
        <translation>suppression du dossier %1</translation>
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
        <source>Holiday calendar</source>
        <translation>Calendrier des jours fériés</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 open case(s) · %3 overdue · %4 due within 7 days · %5 clock(s) stopped · %6 extension notice(s) due&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 dossier(s) en cours · %3 en retard · %4 à échéance sous 7 jours · %5 délai(s) suspendu(s) · %6 notification(s) de prorogation à envoyer&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due within 7 days · %3 clocks stopped</source>
        <translation>%1 en retard · %2 à échéance sous 7 jours · %3 délais suspendus</translation>
    </message>
    <message>
        <source>About DPO Desk</source>
        <translation>À propos de DPO Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DPO Desk %1&lt;/h3&gt;&lt;p&gt;The register of GDPR rights requests for Data Protection Officers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DPO Desk %1&lt;/h3&gt;&lt;p&gt;Le registre des demandes d&apos;exercice des droits RGPD pour les délégués à la protection des données.&lt;/p&gt;</translation>
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
</context>
</TS>
