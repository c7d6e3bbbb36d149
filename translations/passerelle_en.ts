<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>ActivityReport</name>
    <message>
        <source>La base de données n&apos;est pas ouverte.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Séances apprenants</source>
        <translation>Learner sessions</translation>
    </message>
    <message>
        <source>Séances invités</source>
        <translation>Guest sessions</translation>
    </message>
    <message>
        <source>Apprenants différents</source>
        <translation>Distinct learners</translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <source>Leçons terminées (apprenants)</source>
        <translation>Lessons completed (learners)</translation>
    </message>
    <message>
        <source>Leçons terminées (invités)</source>
        <translation>Lessons completed (guests)</translation>
    </message>
    <message>
        <source>Temps passé (minutes)</source>
        <translation>Time spent (minutes)</translation>
    </message>
</context>
<context>
    <name>AudioNarrator</name>
    <message>
        <source>Aucune sortie audio détectée (haut-parleurs débranchés ou pas de carte son).</source>
        <translation>No audio output found (speakers unplugged or no sound card).</translation>
    </message>
    <message>
        <source>Le son ne fonctionne pas : %1</source>
        <translation>Sound is not working: %1</translation>
    </message>
</context>
<context>
    <name>CardCodeScreen</name>
    <message>
        <source>Code tapé : %1</source>
        <translation>Code typed: %1</translation>
    </message>
    <message>
        <source>Tapez le code de votre carte</source>
        <translation>Type the code on your card</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Effacer le dernier caractère</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran précédent</source>
        <translation>Go back to the previous screen</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Listen to what to do</translation>
    </message>
</context>
<context>
    <name>CertificateData</name>
    <message>
        <source>Apprenant inconnu.</source>
        <translation>Unknown learner.</translation>
    </message>
    <message>
        <source>Parcours inconnu ou vide.</source>
        <translation>Unknown or empty learning path.</translation>
    </message>
    <message numerus="yes">
        <source>%n leçon(s) du parcours ne sont pas encore terminées.</source>
        <translation>
            <numerusform>%n lesson of the path is not finished yet.</numerusform>
            <numerusform>%n lessons of the path are not finished yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Impossible d&apos;écrire le fichier %1.</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Séances et leçons terminées par période</source>
        <translation>Sessions and lessons completed per period</translation>
    </message>
    <message>
        <source>Séances apprenants</source>
        <translation>Learner sessions</translation>
    </message>
    <message>
        <source>Séances invités</source>
        <translation>Guest sessions</translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <source>Leçons terminées par %1</source>
        <translation>Lessons completed by %1</translation>
    </message>
    <message>
        <source>Leçons terminées (cumul)</source>
        <translation>Lessons completed (cumulative)</translation>
    </message>
    <message>
        <source>Où les personnes bloquent (par passage)</source>
        <translation>Where people get stuck (per completion)</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>Étapes sautées</source>
        <translation>Skipped steps</translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>%1 — touchez encore pour confirmer</source>
        <translation>%1 — touch again to confirm</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The progress database is damaged and could not be moved aside (%1). Nothing will be written. Please call staff.</source>
        <translation>The progress database is damaged and could not be moved aside (%1). Nothing will be written. Please call staff.</translation>
    </message>
    <message>
        <source>The progress database is still damaged after recovery: %1</source>
        <translation>The progress database is still damaged after recovery: %1</translation>
    </message>
    <message>
        <source>Damaged database (%1) moved to %2; no usable backup, a new database was created.</source>
        <translation>Damaged database (%1) moved to %2; no usable backup, a new database was created.</translation>
    </message>
    <message>
        <source>Damaged database (%1) moved to %2; restored from backup %3.</source>
        <translation>Damaged database (%1) moved to %2; restored from backup %3.</translation>
    </message>
    <message>
        <source>The database %1 could not be prepared: %2</source>
        <translation>The database %1 could not be prepared: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: progress cannot be saved.</source>
        <translation>The data folder %1 cannot be created: progress cannot be saved.</translation>
    </message>
    <message>
        <source>The data folder %1 is not a folder.</source>
        <translation>The data folder %1 is not a folder.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only (%2): progress cannot be saved.</source>
        <translation>The data folder %1 is read-only (%2): progress cannot be saved.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (%2): progress cannot be saved.</source>
        <translation>The database %1 is read-only (%2): progress cannot be saved.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>The database %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Passerelle (schema %2, this version knows %3). It was left untouched; please update Passerelle.</source>
        <translation>The database %1 was written by a newer version of Passerelle (schema %2, this version knows %3). It was left untouched; please update Passerelle.</translation>
    </message>
    <message>
        <source>quick_check: %1</source>
        <translation>quick_check: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left open by a crash or power cut were closed.</source>
        <translation>
            <numerusform>%n session left open by a crash or power cut was closed.</numerusform>
            <numerusform>%n sessions left open by a crash or power cut were closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>The backup %1 could not be written.</translation>
    </message>
    <message>
        <source>The disk is full: progress cannot be saved. Please call staff. (%1)</source>
        <translation>The disk is full: progress cannot be saved. Please call staff. (%1)</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only). Please call staff. (%1)</source>
        <translation>The database cannot be written (read-only). Please call staff. (%1)</translation>
    </message>
    <message>
        <source>The database is damaged; nothing more will be written until it is checked at the next start. Please call staff. (%1)</source>
        <translation>The database is damaged; nothing more will be written until it is checked at the next start. Please call staff. (%1)</translation>
    </message>
    <message>
        <source>The database could not be written (%1). Please call staff.</source>
        <translation>The database could not be written (%1). Please call staff.</translation>
    </message>
</context>
<context>
    <name>DifficultStepsTab</name>
    <message>
        <source>Leçon :</source>
        <translation>Lesson:</translation>
    </message>
    <message>
        <source>Au moins</source>
        <translation>At least</translation>
    </message>
    <message>
        <source> passage(s)</source>
        <translation> completion(s)</translation>
    </message>
    <message>
        <source>Un passage est une personne (apprenant ou invité) arrivée au bout de l&apos;étape. « 1,5 erreur » veut dire une erreur et demie en moyenne par passage.</source>
        <translation>A completion is one person (learner or guest) who reached the end of the step. “1.5 errors” means one and a half errors per completion on average.</translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Completions</translation>
    </message>
    <message>
        <source>Erreurs / passage</source>
        <translation>Errors per completion</translation>
    </message>
    <message>
        <source>Indices / passage</source>
        <translation>Hints per completion</translation>
    </message>
    <message>
        <source>Sautée</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Toutes les leçons</source>
        <translation>All the lessons</translation>
    </message>
    <message>
        <source>%1 · étape %2 : %3</source>
        <translation>%1 · step %2: %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Dossier des exports</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Dossier des fichiers :</source>
        <translation>Folder for the files:</translation>
    </message>
    <message>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>par semaine</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>par mois</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>par jour</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Exporter l&apos;activité (CSV)</source>
        <translation>Export the activity (CSV)</translation>
    </message>
    <message>
        <source>Exporter les progrès des apprenants (CSV)</source>
        <translation>Export the learners&apos; progress (CSV)</translation>
    </message>
    <message>
        <source>L&apos;activité n&apos;a pas pu être lue : %1</source>
        <translation>The activity could not be read: %1</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Activité exportée : %1</source>
        <translation>Activity exported: %1</translation>
    </message>
    <message>
        <source>Progrès exportés : %1</source>
        <translation>Progress exported: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <source>Première mise en service</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>Aucun compte du personnel n&apos;existe encore sur ce terminal. Créez le premier : un compte de médiation, qui pourra ensuite créer ceux de l&apos;équipe. Retenez bien votre code : il n&apos;y a pas de code par défaut.</source>
        <translation>No staff account exists on this terminal yet. Create the first one: a mediator account, which can then create the team&apos;s accounts. Remember your code well: there is no default code.</translation>
    </message>
    <message>
        <source>Votre nom :</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Médiation (tous les droits)</source>
        <translation>Mediator (all rights)</translation>
    </message>
    <message>
        <source>Code personnel (4 à 6 chiffres) :</source>
        <translation>Personal code (4 to 6 digits):</translation>
    </message>
    <message>
        <source>Le même code, encore :</source>
        <translation>The same code, again:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <source>Indiquez votre nom.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation>The code must have 4 to 6 digits.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>The two codes are not the same.</translation>
    </message>
    <message>
        <source>Un compte existe déjà : utilisez le code du personnel.</source>
        <translation>An account already exists: use the staff code.</translation>
    </message>
    <message>
        <source>Le compte n&apos;a pas pu être enregistré (base de données indisponible).</source>
        <translation>The account could not be saved (database unavailable).</translation>
    </message>
</context>
<context>
    <name>GesturePlayer</name>
    <message>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Espace</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>GhostPointer</name>
    <message>
        <source>Pointeur de démonstration</source>
        <translation>Demonstration pointer</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groupes</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Nom du groupe, par exemple « Atelier du mardi »</source>
        <translation>Group name, for example “Tuesday workshop”</translation>
    </message>
    <message>
        <source>Créer le groupe</source>
        <translation>Create the group</translation>
    </message>
    <message>
        <source>Renommer</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Le changement n&apos;a pas pu être enregistré.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>Membres : choisissez un groupe</source>
        <translation>Members: choose a group</translation>
    </message>
    <message>
        <source>Membres de « %1 »</source>
        <translation>Members of “%1”</translation>
    </message>
    <message>
        <source>Indiquez le nom du groupe.</source>
        <translation>Enter the group&apos;s name.</translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être créé.</source>
        <translation>The group could not be created.</translation>
    </message>
    <message>
        <source>Groupe « %1 » créé. Cochez ses membres.</source>
        <translation>Group “%1” created. Tick its members.</translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être renommé.</source>
        <translation>The group could not be renamed.</translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être archivé.</source>
        <translation>The group could not be archived.</translation>
    </message>
    <message>
        <source>Groupe archivé.</source>
        <translation>Group archived.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Terminé ✓</source>
        <translation>Done ✓</translation>
    </message>
    <message>
        <source>À faire maintenant</source>
        <translation>To do now</translation>
    </message>
    <message>
        <source>Mon parcours</source>
        <translation>My learning path</translation>
    </message>
    <message>
        <source>Bravo, vous avez terminé tout votre parcours !</source>
        <translation>Well done, you have finished your whole learning path!</translation>
    </message>
    <message>
        <source>Les leçons</source>
        <translation>The lessons</translation>
    </message>
    <message>
        <source>Toutes les leçons</source>
        <translation>All the lessons</translation>
    </message>
    <message>
        <source>Aucune leçon n&apos;est disponible pour le moment. Demandez au personnel de l&apos;accueil.</source>
        <translation>No lesson is available for now. Ask the staff at the front desk.</translation>
    </message>
    <message>
        <source>Bonjour !</source>
        <translation>Hello!</translation>
    </message>
    <message>
        <source>Bonjour %1 !</source>
        <translation>Hello %1!</translation>
    </message>
    <message>
        <source>J&apos;ai fini</source>
        <translation>I have finished</translation>
    </message>
    <message>
        <source>Terminer la séance : tout est effacé de l&apos;écran</source>
        <translation>End the session: everything is erased from the screen</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Listen to what to do</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>seconde avant la fin de la séance. Tout sera effacé.</source>
        <translation>second before the session ends. Everything will be erased.</translation>
    </message>
    <message>
        <source>secondes avant la fin de la séance. Tout sera effacé.</source>
        <translation>seconds before the session ends. Everything will be erased.</translation>
    </message>
    <message>
        <source>Je suis là</source>
        <translation>I am here</translation>
    </message>
    <message>
        <source>Continuer la séance</source>
        <translation>Continue the session</translation>
    </message>
</context>
<context>
    <name>KioskStaffHost</name>
    <message>
        <source>aucune (terminal hors service)</source>
        <translation>none (terminal out of order)</translation>
    </message>
    <message>
        <source>séance invité en cours</source>
        <translation>guest session in progress</translation>
    </message>
    <message>
        <source>séance de %1 en cours</source>
        <translation>session of %1 in progress</translation>
    </message>
    <message>
        <source>aucune séance en cours</source>
        <translation>no session in progress</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Les progrès ne peuvent pas être enregistrés.</source>
        <translation>Progress cannot be saved.</translation>
    </message>
    <message>
        <source>La séance ne peut pas commencer : les progrès ne peuvent pas être enregistrés.</source>
        <translation>The session cannot start: progress cannot be saved.</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>Français</source>
        <extracomment>The name of the language you are translating into, written in that language, with a capital letter where the language has them: &quot;العربية&quot;, &quot;English&quot;, &quot;Español&quot;.</extracomment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LearnerCardPdf</name>
    <message>
        <source>Carte Passerelle de %1</source>
        <translation>Passerelle card of %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier %1.</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <source>Découpez la carte en suivant les pointillés, puis pliez-la en deux au milieu.</source>
        <translation>Cut the card out along the dotted line, then fold it in half in the middle.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Groupes</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Nouvel apprenant</source>
        <translation>New learner</translation>
    </message>
    <message>
        <source>Carte à imprimer (PDF)</source>
        <translation>Card to print (PDF)</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Nom affiché :</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Avatar :</source>
        <translation>Avatar:</translation>
    </message>
    <message>
        <source>Langue des explications :</source>
        <translation>Language of the explanations:</translation>
    </message>
    <message>
        <source>Secret : laissez la personne le choisir elle-même, sans regarder.</source>
        <translation>Secret: let the person choose it themselves, without looking.</translation>
    </message>
    <message>
        <source>bloqué</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Créer l&apos;apprenant</source>
        <translation>Create the learner</translation>
    </message>
    <message>
        <source>Fiche de %1 — carte %2</source>
        <translation>Record of %1 — card %2</translation>
    </message>
    <message>
        <source>Enregistrer les modifications</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;apprenant.</source>
        <translation>Enter the learner&apos;s name.</translation>
    </message>
    <message>
        <source>L&apos;apprenant n&apos;a pas pu être créé (base de données indisponible ?).</source>
        <translation>The learner could not be created (database unavailable?).</translation>
    </message>
    <message>
        <source>%1 est inscrit·e. Code de sa carte : %2. Imprimez sa carte avec « Carte à imprimer ».</source>
        <translation>%1 is registered. Card code: %2. Print the card with “Card to print”.</translation>
    </message>
    <message>
        <source>Les modifications n&apos;ont pas pu être enregistrées.</source>
        <translation>The changes could not be saved.</translation>
    </message>
    <message>
        <source>Fiche enregistrée.</source>
        <translation>Record saved.</translation>
    </message>
    <message>
        <source>L&apos;apprenant n&apos;a pas pu être archivé.</source>
        <translation>The learner could not be archived.</translation>
    </message>
    <message>
        <source>Apprenant archivé : sa carte ne fonctionne plus, ses progrès restent dans les rapports.</source>
        <translation>Learner archived: their card no longer works, their progress stays in the reports.</translation>
    </message>
    <message>
        <source>Carte enregistrée : %1</source>
        <translation>Card saved: %1</translation>
    </message>
</context>
<context>
    <name>LessonSetsTab</name>
    <message>
        <source>Parcours</source>
        <translation>Learning path</translation>
    </message>
    <message>
        <source>Nouveau parcours</source>
        <translation>New learning path</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Ajouter au parcours →</source>
        <translation>Add to the path →</translation>
    </message>
    <message>
        <source>Leçons du parcours, dans l&apos;ordre</source>
        <translation>Lessons of the path, in order</translation>
    </message>
    <message>
        <source>Nom du parcours, par exemple « Premiers pas »</source>
        <translation>Name of the path, for example “First steps”</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Enregistrer le parcours</source>
        <translation>Save the path</translation>
    </message>
    <message>
        <source>Attribuer le parcours sélectionné</source>
        <translation>Assign the selected path</translation>
    </message>
    <message>
        <source>Attribuer</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Retirer l&apos;attribution</source>
        <translation>Remove the assignment</translation>
    </message>
    <message>
        <source>Groupe : %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <source>Apprenant : %1 (%2)</source>
        <translation>Learner: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n leçon(s))</source>
        <translation>
            <numerusform>%1 (%n lesson)</numerusform>
            <numerusform>%1 (%n lessons)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette leçon est déjà dans le parcours.</source>
        <translation>This lesson is already in the path.</translation>
    </message>
    <message>
        <source>Donnez un nom au parcours et ajoutez-y au moins une leçon.</source>
        <translation>Give the path a name and add at least one lesson to it.</translation>
    </message>
    <message>
        <source>Le parcours n&apos;a pas pu être enregistré.</source>
        <translation>The path could not be saved.</translation>
    </message>
    <message>
        <source>Parcours « %1 » enregistré. Attribuez-le à un apprenant ou à un groupe.</source>
        <translation>Path “%1” saved. Assign it to a learner or a group.</translation>
    </message>
    <message>
        <source>Le parcours n&apos;a pas pu être archivé.</source>
        <translation>The path could not be archived.</translation>
    </message>
    <message>
        <source>Parcours archivé.</source>
        <translation>Path archived.</translation>
    </message>
    <message>
        <source>(archivé)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>L&apos;attribution n&apos;a pas pu être enregistrée.</source>
        <translation>The assignment could not be saved.</translation>
    </message>
    <message>
        <source>Parcours attribué : %1.</source>
        <translation>Path assigned: %1.</translation>
    </message>
    <message>
        <source>L&apos;attribution n&apos;a pas pu être retirée.</source>
        <translation>The assignment could not be removed.</translation>
    </message>
</context>
<context>
    <name>LessonSummaryPanel</name>
    <message>
        <source>Leçon terminée, bravo !</source>
        <translation>Lesson finished, well done!</translation>
    </message>
    <message numerus="yes">
        <source>%1 étape(s) faite(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>%1 step done</numerusform>
            <numerusform>%1 steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 réussie(s) du premier coup</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>%1 right first time</numerusform>
            <numerusform>%1 right first time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 aide(s) demandée(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>%1 hint asked for</numerusform>
            <numerusform>%1 hints asked for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 étape(s) passée(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>%1 step skipped</numerusform>
            <numerusform>%1 steps skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Durée : %1 minute(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>Time: %1 minute</numerusform>
            <numerusform>Time: %1 minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ensuite : %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Leçon suivante</source>
        <translation>Next lesson</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to the lessons</translation>
    </message>
    <message>
        <source>Fin de la leçon</source>
        <translation>End of the lesson</translation>
    </message>
</context>
<context>
    <name>MediatorContext</name>
    <message>
        <source>Le dossier %1 ne peut pas être créé.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Apprenant introuvable.</source>
        <translation>Learner not found.</translation>
    </message>
</context>
<context>
    <name>MediatorDashboard</name>
    <message>
        <source>Tableau de bord de médiation — %1</source>
        <translation>Mediation dashboard — %1</translation>
    </message>
    <message>
        <source>Retour au panneau</source>
        <translation>Back to the panel</translation>
    </message>
    <message>
        <source>Apprenants</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Groupes</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Learning path</translation>
    </message>
    <message>
        <source>Progrès</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Étapes difficiles</source>
        <translation>Difficult steps</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Ce poste est momentanément indisponible.</source>
        <translation>This computer is not available for the moment.</translation>
    </message>
    <message>
        <source>Merci d&apos;appeler le personnel de l&apos;accueil. Vos progrès déjà enregistrés ne sont pas perdus.</source>
        <translation>Please call the staff at the front desk. The progress you have already saved is not lost.</translation>
    </message>
    <message>
        <source>Pour le personnel : la borne réessaie d&apos;enregistrer toute seule toutes les %1 secondes et revient à l&apos;accueil dès que cela marche (par exemple une fois de la place libérée sur le disque).</source>
        <translation>For staff: the terminal tries to save again by itself every %1 seconds and goes back to the welcome screen as soon as it works (for example once space is freed on the disk).</translation>
    </message>
    <message>
        <source>Pour le personnel : la base de données n&apos;a pas pu être ouverte au démarrage. « Redémarrer Passerelle » la rouvre une fois le problème réglé.</source>
        <translation>For staff: the database could not be opened at start. “Restart Passerelle” opens it again once the problem is solved.</translation>
    </message>
    <message>
        <source>Les codes du personnel sont gardés dans la base de données : sans elle, ils ne peuvent pas être vérifiés, donc l&apos;espace personnel (et « Quitter le mode kiosque ») n&apos;est pas disponible ici. Pour quitter la borne, redémarrez l&apos;ordinateur.</source>
        <translation>Staff PINs are kept in the database: without it they cannot be checked, so the staff area (and “Leave kiosk mode”) is not available here. To leave the terminal, restart the computer.</translation>
    </message>
    <message>
        <source>Réessayer maintenant</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <source>Redémarrer Passerelle</source>
        <translation>Restart Passerelle</translation>
    </message>
    <message>
        <source>Espace personnel</source>
        <translation>Staff area</translation>
    </message>
    <message>
        <source>Toujours impossible d&apos;enregistrer. Nouvel essai automatique dans %1 secondes.</source>
        <translation>Saving is still not possible. Next automatic try in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>PictureSet</name>
    <message>
        <source>Soleil</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Maison</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Cat</translation>
    </message>
    <message>
        <source>Arbre</source>
        <translation>Tree</translation>
    </message>
    <message>
        <source>Voiture</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>Fish</translation>
    </message>
    <message>
        <source>Fleur</source>
        <translation>Flower</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Étoile</source>
        <translation>Star</translation>
    </message>
    <message>
        <source>Tasse</source>
        <translation>Cup</translation>
    </message>
    <message>
        <source>Vélo</source>
        <translation>Bicycle</translation>
    </message>
    <message>
        <source>Oiseau</source>
        <translation>Bird</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Accès réservé au personnel</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Code personnel :</source>
        <translation>Personal code:</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>médiation</source>
        <translation>mediation</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>front desk</translation>
    </message>
    <message>
        <source>Le code a de 4 à 6 chiffres.</source>
        <translation>The code has 4 to 6 digits.</translation>
    </message>
    <message>
        <source>Ce compte n&apos;existe plus.</source>
        <translation>This account no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>Code incorrect. Encore %n essai(s) avant le blocage du compte.</source>
        <translation>
            <numerusform>Wrong code. %n attempt left before the account is locked.</numerusform>
            <numerusform>Wrong code. %n attempts left before the account is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ce compte est bloqué après trop d&apos;essais. Un ou une collègue peut le débloquer depuis son panneau (Apprenants et équipe).</source>
        <translation>This account is locked after too many attempts. A colleague can unlock it from their panel (Learners and team).</translation>
    </message>
    <message>
        <source>Ce compte n&apos;a pas de code utilisable. Un médiateur doit lui en donner un.</source>
        <translation>This account has no usable code. A mediator must give it one.</translation>
    </message>
    <message>
        <source>La vérification est impossible : la base de données ne répond pas.</source>
        <translation>Cannot check: the database does not answer.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>You can try again.</translation>
    </message>
    <message numerus="yes">
        <source>Patientez %n seconde(s) avant de réessayer.</source>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerScreen</name>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Écouter la consigne encore une fois</source>
        <translation>Listen to the instruction again</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Afficher un conseil pour cette étape</source>
        <translation>Show a tip for this step</translation>
    </message>
    <message>
        <source>Montre-moi</source>
        <translation>Show me</translation>
    </message>
    <message>
        <source>Le pointeur montre ce qu&apos;il faut faire</source>
        <translation>The pointer shows what to do</translation>
    </message>
    <message>
        <source>Passer</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Passer cette étape</source>
        <translation>Skip this step</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Quitter la leçon</source>
        <translation>Leave the lesson</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Exercice</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Conseil</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Bravo !</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>Pas tout à fait. Essayez encore.</source>
        <translation>Not quite. Try again.</translation>
    </message>
    <message>
        <source>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</source>
        <translation>The site found errors: read the messages in red under the boxes.</translation>
    </message>
    <message>
        <source>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</source>
        <translation>Read the instruction once more. If you cannot find it, press “Show me”.</translation>
    </message>
    <message>
        <source>Appuyez sur « Montre-moi » : je vous montre comment faire.</source>
        <translation>Press “Show me”: I will show you how to do it.</translation>
    </message>
    <message>
        <source>Pas de souci, on passe à la suite.</source>
        <translation>No problem, let us move on.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Aucun parcours</source>
        <translation>No learning path</translation>
    </message>
    <message>
        <source>Pas commencée</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Terminée</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Apprenant</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Code carte</source>
        <translation>Card code</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Learning path</translation>
    </message>
    <message>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Temps (minutes)</source>
        <translation>Time (minutes)</translation>
    </message>
    <message>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>Démonstrations</source>
        <translation>Demonstrations</translation>
    </message>
    <message>
        <source>Étapes sautées</source>
        <translation>Skipped steps</translation>
    </message>
    <message>
        <source>Commencée le</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>terminée par l&apos;apprenant</source>
        <translation>ended by the learner</translation>
    </message>
    <message>
        <source>inactivité</source>
        <translation>inactivity</translation>
    </message>
    <message>
        <source>terminée par le personnel</source>
        <translation>ended by staff</translation>
    </message>
    <message>
        <source>coupure (récupérée)</source>
        <translation>power cut (recovered)</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>Parcours :</source>
        <translation>Learning path:</translation>
    </message>
    <message>
        <source>Choisissez un apprenant dans le tableau.</source>
        <translation>Choose a learner in the table.</translation>
    </message>
    <message>
        <source>Certificat de réussite (PDF)</source>
        <translation>Certificate of achievement (PDF)</translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Temps</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <source>Leçons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Apprenant</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>en cours, %1</source>
        <translation>in progress, %1</translation>
    </message>
    <message>
        <source>Essais : %1, erreurs : %2, indices : %3, démonstrations : %4, étapes sautées : %5</source>
        <translation>Attempts: %1, errors: %2, hints: %3, demonstrations: %4, skipped steps: %5</translation>
    </message>
    <message>
        <source>%1 — carte %2</source>
        <translation>%1 — card %2</translation>
    </message>
    <message>
        <source>Certificat enregistré : %1</source>
        <translation>Certificate saved: %1</translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message>
        <source>Voulez-vous vraiment quitter la leçon ?</source>
        <translation>Do you really want to leave the lesson?</translation>
    </message>
    <message>
        <source>Non, je continue</source>
        <translation>No, I will carry on</translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation>Yes, leave</translation>
    </message>
    <message>
        <source>Quitter la leçon ?</source>
        <translation>Leave the lesson?</translation>
    </message>
</context>
<context>
    <name>SecretChooser</name>
    <message>
        <source>3 images, dans l&apos;ordre</source>
        <translation>3 pictures, in order</translation>
    </message>
    <message>
        <source>Code de 4 à 6 chiffres</source>
        <translation>Code of 4 to 6 digits</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Encore une fois :</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <source>Touchez 3 images, dans l&apos;ordre choisi par l&apos;apprenant.</source>
        <translation>Touch 3 pictures, in the order the learner chose.</translation>
    </message>
    <message>
        <source>Choisies : %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Choisissez 3 images.</source>
        <translation>Choose 3 pictures.</translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation>The code must have 4 to 6 digits.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>The two codes are not the same.</translation>
    </message>
</context>
<context>
    <name>SecretScreen</name>
    <message>
        <source>Image %1 : %2</source>
        <translation>Picture %1: %2</translation>
    </message>
    <message>
        <source>Image %1 : pas encore choisie</source>
        <translation>Picture %1: not chosen yet</translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation>Digits typed: %1</translation>
    </message>
    <message>
        <source>Compte bloqué</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Impossible de continuer</source>
        <translation>Cannot go on</translation>
    </message>
    <message>
        <source>Tapez votre code secret</source>
        <translation>Type your secret code</translation>
    </message>
    <message>
        <source>Touchez vos 3 images, dans l&apos;ordre</source>
        <translation>Touch your 3 pictures, in order</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran précédent</source>
        <translation>Go back to the previous screen</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran d&apos;accueil</source>
        <translation>Go back to the welcome screen</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Effacer le dernier choix</source>
        <translation>Delete the last choice</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Valider le code secret</source>
        <translation>Confirm the secret code</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Listen to what to do</translation>
    </message>
    <message>
        <source>Prenez votre temps : encore une erreur et le compte sera bloqué.</source>
        <translation>Take your time: one more mistake and the account will be locked.</translation>
    </message>
    <message>
        <source>Prenez votre temps : encore %1 erreurs et le compte sera bloqué.</source>
        <translation>Take your time: %1 more mistakes and the account will be locked.</translation>
    </message>
    <message>
        <source>Choisissez un nouveau code de 4 à 6 chiffres</source>
        <translation>Choose a new code of 4 to 6 digits</translation>
    </message>
    <message>
        <source>Choisissez 3 nouvelles images, dans l&apos;ordre</source>
        <translation>Choose 3 new pictures, in order</translation>
    </message>
    <message>
        <source>Tapez encore une fois le même code</source>
        <translation>Type the same code once more</translation>
    </message>
    <message>
        <source>Touchez encore une fois les mêmes 3 images, dans l&apos;ordre</source>
        <translation>Touch the same 3 pictures once more, in order</translation>
    </message>
    <message>
        <source>Ce n&apos;était pas le même choix. Ce n&apos;est pas grave : choisissez à nouveau, tranquillement.</source>
        <translation>That was not the same choice. Never mind: choose again, calmly.</translation>
    </message>
    <message>
        <source>Votre ancien secret a été effacé. Choisissez-en un nouveau, sans le montrer à personne.</source>
        <translation>Your old secret has been erased. Choose a new one, without showing it to anyone.</translation>
    </message>
    <message>
        <source>Pour être sûr, faites le même choix une deuxième fois.</source>
        <translation>To be sure, make the same choice a second time.</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Inactivité avant l&apos;avertissement :</source>
        <translation>Inactivity before the warning:</translation>
    </message>
    <message>
        <source>Durée du compte à rebours :</source>
        <translation>Countdown length:</translation>
    </message>
    <message>
        <source>Langue des explications par défaut :</source>
        <translation>Default language of the explanations:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Grand</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Très grand</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <source>Taille du texte par défaut :</source>
        <translation>Default text size:</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Volume :</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Lire les consignes à voix haute automatiquement</source>
        <translation>Read the instructions aloud automatically</translation>
    </message>
    <message>
        <source>Sons de réussite et d&apos;erreur</source>
        <translation>Success and error sounds</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Save the settings</translation>
    </message>
</context>
<context>
    <name>SpokenMessages</name>
    <message>
        <source>Bonjour ! Pour apprendre, touchez le grand bouton « Commencer ». Vous pouvez aussi choisir votre langue en bas de l&apos;écran.</source>
        <translation>Hello! To learn, touch the big “Start” button. You can also choose your language at the bottom of the screen.</translation>
    </message>
    <message>
        <source>Si vous avez une carte Passerelle, touchez « J&apos;ai ma carte ». Sinon, touchez « Découvrir sans compte ».</source>
        <translation>If you have a Passerelle card, touch “I have my card”. Otherwise, touch “Discover without an account”.</translation>
    </message>
    <message>
        <source>Regardez votre carte. Tapez les %1 lettres et chiffres de votre code, puis touchez « Valider ».</source>
        <translation>Look at your card. Type the %1 letters and digits of your code, then touch “Confirm”.</translation>
    </message>
    <message>
        <source>Nous ne trouvons pas ce code. Regardez bien votre carte et essayez encore.</source>
        <translation>We cannot find this code. Look closely at your card and try again.</translation>
    </message>
    <message>
        <source>Ce compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</source>
        <translation>This account is locked for your safety. Ask the staff at the front desk.</translation>
    </message>
    <message>
        <source>Touchez vos trois images secrètes, dans l&apos;ordre.</source>
        <translation>Touch your three secret pictures, in order.</translation>
    </message>
    <message>
        <source>Tapez votre code secret, puis touchez « Valider ».</source>
        <translation>Type your secret code, then touch “Confirm”.</translation>
    </message>
    <message>
        <source>Ce ne sont pas les bonnes images. Ce n&apos;est pas grave : essayez encore.</source>
        <translation>These are not the right pictures. Never mind: try again.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas le bon code. Ce n&apos;est pas grave : essayez encore.</source>
        <translation>This is not the right code. Never mind: try again.</translation>
    </message>
    <message>
        <source>Attendez un petit moment, puis essayez encore.</source>
        <translation>Wait a little moment, then try again.</translation>
    </message>
    <message>
        <source>Votre compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</source>
        <translation>Your account is locked for your safety. Ask the staff at the front desk.</translation>
    </message>
    <message>
        <source>Un problème empêche de continuer. Demandez au personnel de l&apos;accueil.</source>
        <translation>A problem prevents us from going on. Ask the staff at the front desk.</translation>
    </message>
    <message>
        <source>Choisissez une leçon en la touchant. Quand vous avez fini, touchez « J&apos;ai fini ».</source>
        <translation>Choose a lesson by touching it. When you have finished, touch “I have finished”.</translation>
    </message>
    <message>
        <source>Touchez la leçon entourée pour continuer votre parcours. Quand vous avez fini, touchez « J&apos;ai fini ».</source>
        <translation>Touch the circled lesson to continue your path. When you have finished, touch “I have finished”.</translation>
    </message>
    <message>
        <source>Vous êtes toujours là ? Touchez « Je suis là » pour continuer. Sinon, la séance va bientôt se terminer et tout sera effacé.</source>
        <translation>Are you still there? Touch “I am here” to continue. Otherwise, the session will end soon and everything will be erased.</translation>
    </message>
    <message>
        <source>Merci et à bientôt ! Tout a été effacé de l&apos;écran.</source>
        <translation>Thank you and see you soon! Everything has been erased from the screen.</translation>
    </message>
    <message>
        <source>Bravo !</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>Pas tout à fait. Essayez encore.</source>
        <translation>Not quite. Try again.</translation>
    </message>
    <message>
        <source>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</source>
        <translation>The site found errors: read the messages in red under the boxes.</translation>
    </message>
    <message>
        <source>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</source>
        <translation>Read the instruction once more. If you cannot find it, press “Show me”.</translation>
    </message>
    <message>
        <source>Appuyez sur « Montre-moi » : je vous montre comment faire.</source>
        <translation>Press “Show me”: I will show you how to do it.</translation>
    </message>
    <message>
        <source>Regardez, je vous montre.</source>
        <translation>Watch, I will show you.</translation>
    </message>
    <message>
        <source>Pas de souci, on passe à la suite.</source>
        <translation>No problem, let us move on.</translation>
    </message>
    <message>
        <source>Voulez-vous vraiment quitter la leçon ?</source>
        <translation>Do you really want to leave the lesson?</translation>
    </message>
    <message>
        <source>Leçon terminée, bravo !</source>
        <translation>Lesson finished, well done!</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>médiation</source>
        <translation>mediation</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>front desk</translation>
    </message>
    <message>
        <source>Panneau du personnel — %1 (%2)</source>
        <translation>Staff panel — %1 (%2)</translation>
    </message>
    <message>
        <source>Tableau de bord de médiation</source>
        <translation>Mediation dashboard</translation>
    </message>
    <message>
        <source>Fermer et verrouiller</source>
        <translation>Close and lock</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Apprenants et équipe</source>
        <translation>Learners and team</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Leçons désactivées (fichier : raison) :</source>
        <translation>Disabled lessons (file: reason):</translation>
    </message>
    <message>
        <source>Terminer la séance en cours</source>
        <translation>End the current session</translation>
    </message>
    <message>
        <source>Réinitialiser le terminal</source>
        <translation>Reset the terminal</translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Actualiser l&apos;état</source>
        <translation>Refresh the status</translation>
    </message>
    <message>
        <source>Quitter le mode kiosque (maintenance)</source>
        <translation>Leave kiosk mode (maintenance)</translation>
    </message>
    <message>
        <source>Apprenants</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Nom ou code de carte</source>
        <translation>Name or card code</translation>
    </message>
    <message>
        <source>Débloquer</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Nouveau secret…</source>
        <translation>New secret…</translation>
    </message>
    <message>
        <source>Laissez l&apos;apprenant choisir lui-même son nouveau secret, sans regarder. Le compte est débloqué en même temps.</source>
        <translation>Let the learner choose their new secret themselves, without looking. The account is unlocked at the same time.</translation>
    </message>
    <message>
        <source>Enregistrer le nouveau secret</source>
        <translation>Save the new secret</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Débloquer ce compte</source>
        <translation>Unlock this account</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sur</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Version : %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Terminal : %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>Séance : %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>Base de données : en service (%1)</source>
        <translation>Database: working (%1)</translation>
    </message>
    <message>
        <source>Base de données : HORS SERVICE (%1) — %2</source>
        <translation>Database: OUT OF ORDER (%1) — %2</translation>
    </message>
    <message>
        <source>Dernière sauvegarde : aucune</source>
        <translation>Last backup: none</translation>
    </message>
    <message numerus="yes">
        <source>Dernière sauvegarde : %1 (%n sauvegarde(s) gardée(s))</source>
        <translation>
            <numerusform>Last backup: %1 (%n backup kept)</numerusform>
            <numerusform>Last backup: %1 (%n backups kept)</numerusform>
        </translation>
    </message>
    <message>
        <source>Espace libre : %1 sur %2</source>
        <translation>Free space: %1 of %2</translation>
    </message>
    <message>
        <source> — ATTENTION : presque plein</source>
        <translation> — WARNING: almost full</translation>
    </message>
    <message>
        <source>Leçons chargées : %1, désactivées : %2</source>
        <translation>Lessons loaded: %1, disabled: %2</translation>
    </message>
    <message>
        <source>Leçons : chargement en cours</source>
        <translation>Lessons: loading</translation>
    </message>
    <message>
        <source>Son : disponible</source>
        <translation>Sound: available</translation>
    </message>
    <message>
        <source>Son : INDISPONIBLE (aucune sortie audio) — les consignes restent affichées</source>
        <translation>Sound: UNAVAILABLE (no audio output) — instructions stay on screen</translation>
    </message>
    <message>
        <source>Dossier des données : %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source> — BLOQUÉ</source>
        <translation> — LOCKED</translation>
    </message>
    <message>
        <source>(mise en service)</source>
        <translation>(first-time setup)</translation>
    </message>
    <message>
        <source>La sauvegarde a échoué : %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Sauvegarde faite : %1</source>
        <translation>Backup done: %1</translation>
    </message>
    <message>
        <source>Le compte de l&apos;apprenant est débloqué.</source>
        <translation>The learner&apos;s account is unlocked.</translation>
    </message>
    <message>
        <source>Le déblocage a échoué (base de données indisponible ?).</source>
        <translation>Unlocking failed (database unavailable?).</translation>
    </message>
    <message>
        <source>Le nouveau secret n&apos;a pas pu être enregistré.</source>
        <translation>The new secret could not be saved.</translation>
    </message>
    <message>
        <source>Nouveau secret enregistré. L&apos;apprenant peut se connecter avec.</source>
        <translation>New secret saved. The learner can sign in with it.</translation>
    </message>
    <message>
        <source>Le compte de votre collègue est débloqué.</source>
        <translation>Your colleague&apos;s account is unlocked.</translation>
    </message>
    <message>
        <source>Le déblocage a échoué.</source>
        <translation>Unlocking failed.</translation>
    </message>
    <message>
        <source>Les réglages n&apos;ont pas pu être enregistrés : %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Réglages enregistrés et appliqués.</source>
        <translation>Settings saved and applied.</translation>
    </message>
    <message>
        <source>Maintenance %1 : %2 %3</source>
        <translation>Maintenance %1: %2 %3</translation>
    </message>
    <message>
        <source>Réinitialiser le secret</source>
        <translation>Reset the secret</translation>
    </message>
    <message>
        <source>L&apos;ancien secret ne marche plus : l&apos;apprenant en choisira un nouveau à sa prochaine connexion.</source>
        <translation>The old secret no longer works: the learner will choose a new one when they next sign in.</translation>
    </message>
    <message>
        <source>Secret réinitialisé. L&apos;apprenant choisira un nouveau secret à sa prochaine connexion.</source>
        <translation>Secret reset. The learner will choose a new secret when they next sign in.</translation>
    </message>
    <message>
        <source>La réinitialisation a échoué (base de données indisponible ?).</source>
        <translation>The reset failed (database unavailable?).</translation>
    </message>
</context>
<context>
    <name>StepDots</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Débloquer</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Ajouter un compte, ou donner un nouveau code au compte choisi</source>
        <translation>Add an account, or give a new code to the chosen account</translation>
    </message>
    <message>
        <source>Accueil (panneau du personnel seulement)</source>
        <translation>Front desk (staff panel only)</translation>
    </message>
    <message>
        <source>Médiation (panneau et tableau de bord)</source>
        <translation>Mediation (panel and dashboard)</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Code (4 à 6 chiffres, tapé par la personne) :</source>
        <translation>Code (4 to 6 digits, typed by the person):</translation>
    </message>
    <message>
        <source>Le même code, encore :</source>
        <translation>The same code, again:</translation>
    </message>
    <message>
        <source>Ajouter le compte</source>
        <translation>Add the account</translation>
    </message>
    <message>
        <source>Nouveau code pour le compte choisi</source>
        <translation>New code for the chosen account</translation>
    </message>
    <message>
        <source>médiation</source>
        <translation>mediation</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>front desk</translation>
    </message>
    <message>
        <source> — BLOQUÉ</source>
        <translation> — LOCKED</translation>
    </message>
    <message>
        <source> (vous)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation>The code must have 4 to 6 digits.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>The two codes are not the same.</translation>
    </message>
    <message>
        <source>Indiquez le nom.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>Le compte n&apos;a pas pu être créé.</source>
        <translation>The account could not be created.</translation>
    </message>
    <message>
        <source>Compte de %1 créé.</source>
        <translation>Account of %1 created.</translation>
    </message>
    <message>
        <source>Nouveau code enregistré.</source>
        <translation>New code saved.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être changé.</source>
        <translation>The code could not be changed.</translation>
    </message>
    <message>
        <source>Compte débloqué.</source>
        <translation>Account unlocked.</translation>
    </message>
    <message>
        <source>Ce compte ne peut pas être débloqué ici (votre propre compte, ou il n&apos;est pas bloqué).</source>
        <translation>This account cannot be unlocked here (your own account, or it is not locked).</translation>
    </message>
    <message>
        <source>Compte archivé.</source>
        <translation>Account archived.</translation>
    </message>
    <message>
        <source>Ce compte ne peut pas être archivé.</source>
        <translation>This account cannot be archived.</translation>
    </message>
</context>
<context>
    <name>TerminalStatus</name>
    <message>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 Ko</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 Mo</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 Go</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Apprendre l&apos;ordinateur et les démarches en ligne, pas à pas.</source>
        <translation>Learn the computer and online procedures, step by step.</translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Commencer à apprendre</source>
        <translation>Start learning</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Listen to what to do</translation>
    </message>
    <message>
        <source>Langue des explications :</source>
        <translation>Language of the explanations:</translation>
    </message>
    <message>
        <source>Choisir cette langue</source>
        <translation>Choose this language</translation>
    </message>
</context>
<context>
    <name>WhoAreYouScreen</name>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Découvrir sans compte</source>
        <translation>Discover without an account</translation>
    </message>
    <message>
        <source>Rien de personnel n&apos;est gardé.</source>
        <translation>Nothing personal is kept.</translation>
    </message>
    <message>
        <source>J&apos;ai ma carte</source>
        <translation>I have my card</translation>
    </message>
    <message>
        <source>Reprendre là où vous en étiez.</source>
        <translation>Carry on where you left off.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran d&apos;accueil</source>
        <translation>Go back to the welcome screen</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Listen to what to do</translation>
    </message>
</context>
</TS>
