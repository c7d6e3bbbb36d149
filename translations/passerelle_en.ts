<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>ActivityReport</name>
    <message>
        <source>La base de données n&apos;est pas ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances apprenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances invités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenants différents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons terminées (apprenants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons terminées (invités)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps passé (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioNarrator</name>
    <message>
        <source>Aucune sortie audio détectée (haut-parleurs débranchés ou pas de carte son).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le son ne fonctionne pas : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardCodeScreen</name>
    <message>
        <source>Code tapé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez le code de votre carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer le dernier caractère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateData</name>
    <message>
        <source>Apprenant inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours inconnu ou vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leçon(s) du parcours ne sont pas encore terminées.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Impossible d&apos;écrire le fichier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Séances et leçons terminées par période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances apprenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances invités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons terminées par %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons terminées (cumul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Où les personnes bloquent (par passage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes sautées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>%1 — touchez encore pour confirmer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The progress database is damaged and could not be moved aside (%1). Nothing will be written. Please call staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database is still damaged after recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database (%1) moved to %2; no usable backup, a new database was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database (%1) moved to %2; restored from backup %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: progress cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is read-only (%2): progress cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only (%2): progress cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Passerelle (schema %2, this version knows %3). It was left untouched; please update Passerelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick_check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left open by a crash or power cut were closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: progress cannot be saved. Please call staff. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (read-only). Please call staff. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged; nothing more will be written until it is checked at the next start. Please call staff. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be written (%1). Please call staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifficultStepsTab</name>
    <message>
        <source>Leçon :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> passage(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un passage est une personne (apprenant ou invité) arrivée au bout de l&apos;étape. « 1,5 erreur » veut dire une erreur et demie en moyenne par passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreurs / passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indices / passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sautée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les leçons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · étape %2 : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des fichiers :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter l&apos;activité (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les progrès des apprenants (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;activité n&apos;a pas pu être lue : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité exportée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progrès exportés : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <source>Première mise en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun compte du personnel n&apos;existe encore sur ce terminal. Créez le premier : un compte de médiation, qui pourra ensuite créer ceux de l&apos;équipe. Retenez bien votre code : il n&apos;y a pas de code par défaut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médiation (tous les droits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code personnel (4 à 6 chiffres) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le même code, encore :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez votre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un compte existe déjà : utilisez le code du personnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte n&apos;a pas pu être enregistré (base de données indisponible).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GesturePlayer</name>
    <message>
        <source>Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GhostPointer</name>
    <message>
        <source>Pointeur de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groupes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du groupe, par exemple « Atelier du mardi »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le changement n&apos;a pas pu être enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres : choisissez un groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres de « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom du groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupe « %1 » créé. Cochez ses membres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être renommé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupe archivé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminé ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À faire maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bravo, vous avez terminé tout votre parcours !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les leçons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les leçons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune leçon n&apos;est disponible pour le moment. Demandez au personnel de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonjour !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonjour %1 !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai fini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer la séance : tout est effacé de l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconde avant la fin de la séance. Tout sera effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondes avant la fin de la séance. Tout sera effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je suis là</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer la séance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskStaffHost</name>
    <message>
        <source>aucune (terminal hors service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>séance invité en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>séance de %1 en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune séance en cours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Les progrès ne peuvent pas être enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance ne peut pas commencer : les progrès ne peuvent pas être enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>Français</source>
        <extracomment>The name of the language you are translating into, written in that language, with a capital letter where the language has them: &quot;العربية&quot;, &quot;English&quot;, &quot;Español&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerCardPdf</name>
    <message>
        <source>Carte Passerelle de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Découpez la carte en suivant les pointillés, puis pliez-la en deux au milieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel apprenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte à imprimer (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom affiché :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue des explications :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret : laissez la personne le choisir elle-même, sans regarder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bloqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer l&apos;apprenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche de %1 — carte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;apprenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;apprenant n&apos;a pas pu être créé (base de données indisponible ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 est inscrit·e. Code de sa carte : %2. Imprimez sa carte avec « Carte à imprimer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les modifications n&apos;ont pas pu être enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;apprenant n&apos;a pas pu être archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenant archivé : sa carte ne fonctionne plus, ses progrès restent dans les rapports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte enregistrée : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonSetsTab</name>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter au parcours →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons du parcours, dans l&apos;ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du parcours, par exemple « Premiers pas »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribuer le parcours sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer l&apos;attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupe : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenant : %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n leçon(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cette leçon est déjà dans le parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom au parcours et ajoutez-y au moins une leçon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le parcours n&apos;a pas pu être enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours « %1 » enregistré. Attribuez-le à un apprenant ou à un groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le parcours n&apos;a pas pu être archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archivé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;attribution n&apos;a pas pu être enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours attribué : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;attribution n&apos;a pas pu être retirée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonSummaryPanel</name>
    <message>
        <source>Leçon terminée, bravo !</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 étape(s) faite(s)</source>
        <comment>summary; %1 = number</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 réussie(s) du premier coup</source>
        <comment>summary; %1 = number</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 aide(s) demandée(s)</source>
        <comment>summary; %1 = number</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 étape(s) passée(s)</source>
        <comment>summary; %1 = number</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Durée : %1 minute(s)</source>
        <comment>summary; %1 = number</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ensuite : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçon suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de la leçon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorContext</name>
    <message>
        <source>Le dossier %1 ne peut pas être créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenant introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorDashboard</name>
    <message>
        <source>Tableau de bord de médiation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour au panneau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progrès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes difficiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Ce poste est momentanément indisponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merci d&apos;appeler le personnel de l&apos;accueil. Vos progrès déjà enregistrés ne sont pas perdus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureSet</name>
    <message>
        <source>Soleil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étoile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vélo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oiseau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Accès réservé au personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code personnel :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>médiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code a de 4 à 6 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Code incorrect. Encore %n essai(s) avant le blocage du compte.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ce compte est bloqué après trop d&apos;essais. Un ou une collègue peut le débloquer depuis son panneau (Apprenants et équipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte n&apos;a pas de code utilisable. Un médiateur doit lui en donner un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La vérification est impossible : la base de données ne répond pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Patientez %n seconde(s) avant de réessayer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerScreen</name>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter la consigne encore une fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher un conseil pour cette étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montre-moi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le pointeur montre ce qu&apos;il faut faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer cette étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter la leçon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bravo !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas tout à fait. Essayez encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appuyez sur « Montre-moi » : je vous montre comment faire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de souci, on passe à la suite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Aucun parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas commencée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démonstrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes sautées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière activité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>terminée par l&apos;apprenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminée par le personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupure (récupérée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un apprenant dans le tableau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat de réussite (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en cours, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essais : %1, erreurs : %2, indices : %3, démonstrations : %4, étapes sautées : %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — carte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat enregistré : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message>
        <source>Voulez-vous vraiment quitter la leçon ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non, je continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter la leçon ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretChooser</name>
    <message>
        <source>3 images, dans l&apos;ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de 4 à 6 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encore une fois :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez 3 images, dans l&apos;ordre choisi par l&apos;apprenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisies : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez 3 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretScreen</name>
    <message>
        <source>Image %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 : pas encore choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte bloqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez votre code secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez vos 3 images, dans l&apos;ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran d&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer le dernier choix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider le code secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prenez votre temps : encore une erreur et le compte sera bloqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prenez votre temps : encore %1 erreurs et le compte sera bloqué.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivité avant l&apos;avertissement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée du compte à rebours :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue des explications par défaut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Très grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du texte par défaut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lire les consignes à voix haute automatiquement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sons de réussite et d&apos;erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpokenMessages</name>
    <message>
        <source>Bonjour ! Pour apprendre, touchez le grand bouton « Commencer ». Vous pouvez aussi choisir votre langue en bas de l&apos;écran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si vous avez une carte Passerelle, touchez « J&apos;ai ma carte ». Sinon, touchez « Découvrir sans compte ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regardez votre carte. Tapez les %1 lettres et chiffres de votre code, puis touchez « Valider ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nous ne trouvons pas ce code. Regardez bien votre carte et essayez encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez vos trois images secrètes, dans l&apos;ordre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez votre code secret, puis touchez « Valider ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce ne sont pas les bonnes images. Ce n&apos;est pas grave : essayez encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce n&apos;est pas le bon code. Ce n&apos;est pas grave : essayez encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendez un petit moment, puis essayez encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un problème empêche de continuer. Demandez au personnel de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une leçon en la touchant. Quand vous avez fini, touchez « J&apos;ai fini ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez la leçon entourée pour continuer votre parcours. Quand vous avez fini, touchez « J&apos;ai fini ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous êtes toujours là ? Touchez « Je suis là » pour continuer. Sinon, la séance va bientôt se terminer et tout sera effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merci et à bientôt ! Tout a été effacé de l&apos;écran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bravo !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas tout à fait. Essayez encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appuyez sur « Montre-moi » : je vous montre comment faire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regardez, je vous montre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de souci, on passe à la suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voulez-vous vraiment quitter la leçon ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçon terminée, bravo !</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>médiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panneau du personnel — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de bord de médiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer et verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenants et équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons désactivées (fichier : raison) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer la séance en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réinitialiser le terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser l&apos;état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter le mode kiosque (maintenance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom ou code de carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Débloquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laissez l&apos;apprenant choisir lui-même son nouveau secret, sans regarder. Le compte est débloqué en même temps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le nouveau secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Débloquer ce compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données : en service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données : HORS SERVICE (%1) — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde : aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dernière sauvegarde : %1 (%n sauvegarde(s) gardée(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Espace libre : %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ATTENTION : presque plein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons chargées : %1, désactivées : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leçons : chargement en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son : disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son : INDISPONIBLE (aucune sortie audio) — les consignes restent affichées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des données : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — BLOQUÉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mise en service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde a échoué : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde faite : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte de l&apos;apprenant est débloqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le déblocage a échoué (base de données indisponible ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nouveau secret n&apos;a pas pu être enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau secret enregistré. L&apos;apprenant peut se connecter avec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte de votre collègue est débloqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le déblocage a échoué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les réglages n&apos;ont pas pu être enregistrés : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages enregistrés et appliqués.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDots</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Débloquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un compte, ou donner un nouveau code au compte choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueil (panneau du personnel seulement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médiation (panneau et tableau de bord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (4 à 6 chiffres, tapé par la personne) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le même code, encore :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau code pour le compte choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>médiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — BLOQUÉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte n&apos;a pas pu être créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte de %1 créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau code enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte débloqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte ne peut pas être débloqué ici (votre propre compte, ou il n&apos;est pas bloqué).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte archivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte ne peut pas être archivé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalStatus</name>
    <message>
        <source>inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprendre l&apos;ordinateur et les démarches en ligne, pas à pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer à apprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue des explications :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir cette langue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoAreYouScreen</name>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Découvrir sans compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien de personnel n&apos;est gardé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai ma carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprendre là où vous en étiez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran d&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
