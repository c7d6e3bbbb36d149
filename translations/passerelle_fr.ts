<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>ActivityReport</name>
    <message>
        <source>La base de données n&apos;est pas ouverte.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Séances apprenants</source>
        <translation>Séances apprenants</translation>
    </message>
    <message>
        <source>Séances invités</source>
        <translation>Séances invités</translation>
    </message>
    <message>
        <source>Apprenants différents</source>
        <translation>Apprenants différents</translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation>Leçons terminées</translation>
    </message>
    <message>
        <source>Leçons terminées (apprenants)</source>
        <translation>Leçons terminées (apprenants)</translation>
    </message>
    <message>
        <source>Leçons terminées (invités)</source>
        <translation>Leçons terminées (invités)</translation>
    </message>
    <message>
        <source>Temps passé (minutes)</source>
        <translation>Temps passé (minutes)</translation>
    </message>
</context>
<context>
    <name>AudioNarrator</name>
    <message>
        <source>Aucune sortie audio détectée (haut-parleurs débranchés ou pas de carte son).</source>
        <translation>Aucune sortie audio détectée (haut-parleurs débranchés ou pas de carte son).</translation>
    </message>
    <message>
        <source>Le son ne fonctionne pas : %1</source>
        <translation>Le son ne fonctionne pas : %1</translation>
    </message>
</context>
<context>
    <name>CardCodeScreen</name>
    <message>
        <source>Code tapé : %1</source>
        <translation>Code tapé : %1</translation>
    </message>
    <message>
        <source>Tapez le code de votre carte</source>
        <translation>Tapez le code de votre carte</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Effacer le dernier caractère</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Valider le code</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran précédent</source>
        <translation>Revenir à l&apos;écran précédent</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Écouter ce qu&apos;il faut faire</translation>
    </message>
</context>
<context>
    <name>CertificateData</name>
    <message>
        <source>Apprenant inconnu.</source>
        <translation>Apprenant inconnu.</translation>
    </message>
    <message>
        <source>Parcours inconnu ou vide.</source>
        <translation>Parcours inconnu ou vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n leçon(s) du parcours ne sont pas encore terminées.</source>
        <translation>
            <numerusform>%n leçon du parcours n&apos;est pas encore terminée.</numerusform>
            <numerusform>%n leçons du parcours ne sont pas encore terminées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Impossible d&apos;écrire le fichier %1.</source>
        <translation>Impossible d&apos;écrire le fichier %1.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Séances et leçons terminées par période</source>
        <translation>Séances et leçons terminées par période</translation>
    </message>
    <message>
        <source>Séances apprenants</source>
        <translation>Séances apprenants</translation>
    </message>
    <message>
        <source>Séances invités</source>
        <translation>Séances invités</translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation>Leçons terminées</translation>
    </message>
    <message>
        <source>Leçons terminées par %1</source>
        <translation>Leçons terminées par %1</translation>
    </message>
    <message>
        <source>Leçons terminées (cumul)</source>
        <translation>Leçons terminées (cumul)</translation>
    </message>
    <message>
        <source>Où les personnes bloquent (par passage)</source>
        <translation>Où les personnes bloquent (par passage)</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Étapes sautées</source>
        <translation>Étapes sautées</translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>%1 — touchez encore pour confirmer</source>
        <translation>%1 — touchez encore pour confirmer</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The progress database is damaged and could not be moved aside (%1). Nothing will be written. Please call staff.</source>
        <translation>La base des progrès est endommagée et n&apos;a pas pu être mise de côté (%1). Rien ne sera écrit. Merci d&apos;appeler le personnel.</translation>
    </message>
    <message>
        <source>The progress database is still damaged after recovery: %1</source>
        <translation>La base des progrès est encore endommagée après la réparation : %1</translation>
    </message>
    <message>
        <source>Damaged database (%1) moved to %2; no usable backup, a new database was created.</source>
        <translation>Base endommagée (%1) déplacée vers %2 ; aucune sauvegarde utilisable, une nouvelle base a été créée.</translation>
    </message>
    <message>
        <source>Damaged database (%1) moved to %2; restored from backup %3.</source>
        <translation>Base endommagée (%1) déplacée vers %2 ; restaurée depuis la sauvegarde %3.</translation>
    </message>
    <message>
        <source>The database %1 could not be prepared: %2</source>
        <translation>La base %1 n&apos;a pas pu être préparée : %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: progress cannot be saved.</source>
        <translation>Le dossier des données %1 ne peut pas être créé : les progrès ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The data folder %1 is not a folder.</source>
        <translation>Le dossier des données %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only (%2): progress cannot be saved.</source>
        <translation>Le dossier des données %1 est en lecture seule (%2) : les progrès ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (%2): progress cannot be saved.</source>
        <translation>La base %1 est en lecture seule (%2) : les progrès ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>La base %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>La base %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Passerelle (schema %2, this version knows %3). It was left untouched; please update Passerelle.</source>
        <translation>La base %1 a été écrite par une version plus récente de Passerelle (schéma %2, cette version connaît %3). Elle n&apos;a pas été modifiée ; mettez Passerelle à jour.</translation>
    </message>
    <message>
        <source>quick_check: %1</source>
        <translation>quick_check : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left open by a crash or power cut were closed.</source>
        <translation>
            <numerusform>%n séance laissée ouverte par un plantage ou une coupure de courant a été fermée.</numerusform>
            <numerusform>%n séances laissées ouvertes par un plantage ou une coupure de courant ont été fermées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The disk is full: progress cannot be saved. Please call staff. (%1)</source>
        <translation>Le disque est plein : les progrès ne peuvent pas être enregistrés. Merci d&apos;appeler le personnel. (%1)</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only). Please call staff. (%1)</source>
        <translation>La base ne peut pas être écrite (lecture seule). Merci d&apos;appeler le personnel. (%1)</translation>
    </message>
    <message>
        <source>The database is damaged; nothing more will be written until it is checked at the next start. Please call staff. (%1)</source>
        <translation>La base est endommagée ; plus rien ne sera écrit avant sa vérification au prochain démarrage. Merci d&apos;appeler le personnel. (%1)</translation>
    </message>
    <message>
        <source>The database could not be written (%1). Please call staff.</source>
        <translation>La base n&apos;a pas pu être écrite (%1). Merci d&apos;appeler le personnel.</translation>
    </message>
</context>
<context>
    <name>DifficultStepsTab</name>
    <message>
        <source>Leçon :</source>
        <translation>Leçon :</translation>
    </message>
    <message>
        <source>Au moins</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source> passage(s)</source>
        <translation> passage(s)</translation>
    </message>
    <message>
        <source>Un passage est une personne (apprenant ou invité) arrivée au bout de l&apos;étape. « 1,5 erreur » veut dire une erreur et demie en moyenne par passage.</source>
        <translation>Un passage est une personne (apprenant ou invité) arrivée au bout de l&apos;étape. « 1,5 erreur » veut dire une erreur et demie en moyenne par passage.</translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Erreurs / passage</source>
        <translation>Erreurs / passage</translation>
    </message>
    <message>
        <source>Indices / passage</source>
        <translation>Indices / passage</translation>
    </message>
    <message>
        <source>Sautée</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <source>Toutes les leçons</source>
        <translation>Toutes les leçons</translation>
    </message>
    <message>
        <source>%1 · étape %2 : %3</source>
        <translation>%1 · étape %2 : %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <source>Choisir…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Dossier des exports</source>
        <translation>Dossier des exports</translation>
    </message>
    <message>
        <source>Dossier des fichiers :</source>
        <translation>Dossier des fichiers :</translation>
    </message>
    <message>
        <source>du</source>
        <translation>du</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>par semaine</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>par mois</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>par jour</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>Période :</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Exporter l&apos;activité (CSV)</source>
        <translation>Exporter l&apos;activité (CSV)</translation>
    </message>
    <message>
        <source>Exporter les progrès des apprenants (CSV)</source>
        <translation>Exporter les progrès des apprenants (CSV)</translation>
    </message>
    <message>
        <source>L&apos;activité n&apos;a pas pu être lue : %1</source>
        <translation>L&apos;activité n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Activité exportée : %1</source>
        <translation>Activité exportée : %1</translation>
    </message>
    <message>
        <source>Progrès exportés : %1</source>
        <translation>Progrès exportés : %1</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <source>Première mise en service</source>
        <translation>Première mise en service</translation>
    </message>
    <message>
        <source>Aucun compte du personnel n&apos;existe encore sur ce terminal. Créez le premier : un compte de médiation, qui pourra ensuite créer ceux de l&apos;équipe. Retenez bien votre code : il n&apos;y a pas de code par défaut.</source>
        <translation>Aucun compte du personnel n&apos;existe encore sur ce terminal. Créez le premier : un compte de médiation, qui pourra ensuite créer ceux de l&apos;équipe. Retenez bien votre code : il n&apos;y a pas de code par défaut.</translation>
    </message>
    <message>
        <source>Votre nom :</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Médiation (tous les droits)</source>
        <translation>Médiation (tous les droits)</translation>
    </message>
    <message>
        <source>Code personnel (4 à 6 chiffres) :</source>
        <translation>Code personnel (4 à 6 chiffres) :</translation>
    </message>
    <message>
        <source>Le même code, encore :</source>
        <translation>Le même code, encore :</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Indiquez votre nom.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation>Le code doit avoir de 4 à 6 chiffres.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>Les deux codes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Un compte existe déjà : utilisez le code du personnel.</source>
        <translation>Un compte existe déjà : utilisez le code du personnel.</translation>
    </message>
    <message>
        <source>Le compte n&apos;a pas pu être enregistré (base de données indisponible).</source>
        <translation>Le compte n&apos;a pas pu être enregistré (base de données indisponible).</translation>
    </message>
</context>
<context>
    <name>GesturePlayer</name>
    <message>
        <source>Entrée</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Espace</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Échap</translation>
    </message>
</context>
<context>
    <name>GhostPointer</name>
    <message>
        <source>Pointeur de démonstration</source>
        <translation>Pointeur de démonstration</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groupes</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Nom du groupe, par exemple « Atelier du mardi »</source>
        <translation>Nom du groupe, par exemple « Atelier du mardi »</translation>
    </message>
    <message>
        <source>Créer le groupe</source>
        <translation>Créer le groupe</translation>
    </message>
    <message>
        <source>Renommer</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Membres</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Le changement n&apos;a pas pu être enregistré.</source>
        <translation>Le changement n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Membres : choisissez un groupe</source>
        <translation>Membres : choisissez un groupe</translation>
    </message>
    <message>
        <source>Membres de « %1 »</source>
        <translation>Membres de « %1 »</translation>
    </message>
    <message>
        <source>Indiquez le nom du groupe.</source>
        <translation>Indiquez le nom du groupe.</translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être créé.</source>
        <translation>Le groupe n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Groupe « %1 » créé. Cochez ses membres.</source>
        <translation>Groupe « %1 » créé. Cochez ses membres.</translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être renommé.</source>
        <translation>Le groupe n&apos;a pas pu être renommé.</translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être archivé.</source>
        <translation>Le groupe n&apos;a pas pu être archivé.</translation>
    </message>
    <message>
        <source>Groupe archivé.</source>
        <translation>Groupe archivé.</translation>
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
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Terminé ✓</source>
        <translation>Terminé ✓</translation>
    </message>
    <message>
        <source>À faire maintenant</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <source>Mon parcours</source>
        <translation>Mon parcours</translation>
    </message>
    <message>
        <source>Bravo, vous avez terminé tout votre parcours !</source>
        <translation>Bravo, vous avez terminé tout votre parcours !</translation>
    </message>
    <message>
        <source>Les leçons</source>
        <translation>Les leçons</translation>
    </message>
    <message>
        <source>Toutes les leçons</source>
        <translation>Toutes les leçons</translation>
    </message>
    <message>
        <source>Aucune leçon n&apos;est disponible pour le moment. Demandez au personnel de l&apos;accueil.</source>
        <translation>Aucune leçon n&apos;est disponible pour le moment. Demandez au personnel de l&apos;accueil.</translation>
    </message>
    <message>
        <source>Bonjour !</source>
        <translation>Bonjour !</translation>
    </message>
    <message>
        <source>Bonjour %1 !</source>
        <translation>Bonjour %1 !</translation>
    </message>
    <message>
        <source>J&apos;ai fini</source>
        <translation>J&apos;ai fini</translation>
    </message>
    <message>
        <source>Terminer la séance : tout est effacé de l&apos;écran</source>
        <translation>Terminer la séance : tout est effacé de l&apos;écran</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Écouter ce qu&apos;il faut faire</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <source>seconde avant la fin de la séance. Tout sera effacé.</source>
        <translation>seconde avant la fin de la séance. Tout sera effacé.</translation>
    </message>
    <message>
        <source>secondes avant la fin de la séance. Tout sera effacé.</source>
        <translation>secondes avant la fin de la séance. Tout sera effacé.</translation>
    </message>
    <message>
        <source>Je suis là</source>
        <translation>Je suis là</translation>
    </message>
    <message>
        <source>Continuer la séance</source>
        <translation>Continuer la séance</translation>
    </message>
</context>
<context>
    <name>KioskStaffHost</name>
    <message>
        <source>aucune (terminal hors service)</source>
        <translation>aucune (terminal hors service)</translation>
    </message>
    <message>
        <source>séance invité en cours</source>
        <translation>séance invité en cours</translation>
    </message>
    <message>
        <source>séance de %1 en cours</source>
        <translation>séance de %1 en cours</translation>
    </message>
    <message>
        <source>aucune séance en cours</source>
        <translation>aucune séance en cours</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Les progrès ne peuvent pas être enregistrés.</source>
        <translation>Les progrès ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>La séance ne peut pas commencer : les progrès ne peuvent pas être enregistrés.</source>
        <translation>La séance ne peut pas commencer : les progrès ne peuvent pas être enregistrés.</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>Français</source>
        <extracomment>The name of the language you are translating into, written in that language, with a capital letter where the language has them: &quot;العربية&quot;, &quot;English&quot;, &quot;Español&quot;.</extracomment>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>LearnerCardPdf</name>
    <message>
        <source>Carte Passerelle de %1</source>
        <translation>Carte Passerelle de %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier %1.</source>
        <translation>Impossible d&apos;écrire le fichier %1.</translation>
    </message>
    <message>
        <source>Découpez la carte en suivant les pointillés, puis pliez-la en deux au milieu.</source>
        <translation>Découpez la carte en suivant les pointillés, puis pliez-la en deux au milieu.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Groupes</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation>Leçons terminées</translation>
    </message>
    <message>
        <source>Dernière activité</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Nouvel apprenant</source>
        <translation>Nouvel apprenant</translation>
    </message>
    <message>
        <source>Carte à imprimer (PDF)</source>
        <translation>Carte à imprimer (PDF)</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Nom affiché :</source>
        <translation>Nom affiché :</translation>
    </message>
    <message>
        <source>Avatar :</source>
        <translation>Avatar :</translation>
    </message>
    <message>
        <source>Langue des explications :</source>
        <translation>Langue des explications :</translation>
    </message>
    <message>
        <source>Secret : laissez la personne le choisir elle-même, sans regarder.</source>
        <translation>Secret : laissez la personne le choisir elle-même, sans regarder.</translation>
    </message>
    <message>
        <source>bloqué</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Créer l&apos;apprenant</source>
        <translation>Créer l&apos;apprenant</translation>
    </message>
    <message>
        <source>Fiche de %1 — carte %2</source>
        <translation>Fiche de %1 — carte %2</translation>
    </message>
    <message>
        <source>Enregistrer les modifications</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;apprenant.</source>
        <translation>Indiquez le nom de l&apos;apprenant.</translation>
    </message>
    <message>
        <source>L&apos;apprenant n&apos;a pas pu être créé (base de données indisponible ?).</source>
        <translation>L&apos;apprenant n&apos;a pas pu être créé (base de données indisponible ?).</translation>
    </message>
    <message>
        <source>%1 est inscrit·e. Code de sa carte : %2. Imprimez sa carte avec « Carte à imprimer ».</source>
        <translation>%1 est inscrit·e. Code de sa carte : %2. Imprimez sa carte avec « Carte à imprimer ».</translation>
    </message>
    <message>
        <source>Les modifications n&apos;ont pas pu être enregistrées.</source>
        <translation>Les modifications n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Fiche enregistrée.</source>
        <translation>Fiche enregistrée.</translation>
    </message>
    <message>
        <source>L&apos;apprenant n&apos;a pas pu être archivé.</source>
        <translation>L&apos;apprenant n&apos;a pas pu être archivé.</translation>
    </message>
    <message>
        <source>Apprenant archivé : sa carte ne fonctionne plus, ses progrès restent dans les rapports.</source>
        <translation>Apprenant archivé : sa carte ne fonctionne plus, ses progrès restent dans les rapports.</translation>
    </message>
    <message>
        <source>Carte enregistrée : %1</source>
        <translation>Carte enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>LessonSetsTab</name>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Nouveau parcours</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Ajouter au parcours →</source>
        <translation>Ajouter au parcours →</translation>
    </message>
    <message>
        <source>Leçons du parcours, dans l&apos;ordre</source>
        <translation>Leçons du parcours, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Nom du parcours, par exemple « Premiers pas »</source>
        <translation>Nom du parcours, par exemple « Premiers pas »</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Enregistrer le parcours</source>
        <translation>Enregistrer le parcours</translation>
    </message>
    <message>
        <source>Attribuer le parcours sélectionné</source>
        <translation>Attribuer le parcours sélectionné</translation>
    </message>
    <message>
        <source>Attribuer</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Retirer l&apos;attribution</source>
        <translation>Retirer l&apos;attribution</translation>
    </message>
    <message>
        <source>Groupe : %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>Apprenant : %1 (%2)</source>
        <translation>Apprenant : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n leçon(s))</source>
        <translation>
            <numerusform>%1 (%n leçon)</numerusform>
            <numerusform>%1 (%n leçons)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette leçon est déjà dans le parcours.</source>
        <translation>Cette leçon est déjà dans le parcours.</translation>
    </message>
    <message>
        <source>Donnez un nom au parcours et ajoutez-y au moins une leçon.</source>
        <translation>Donnez un nom au parcours et ajoutez-y au moins une leçon.</translation>
    </message>
    <message>
        <source>Le parcours n&apos;a pas pu être enregistré.</source>
        <translation>Le parcours n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Parcours « %1 » enregistré. Attribuez-le à un apprenant ou à un groupe.</source>
        <translation>Parcours « %1 » enregistré. Attribuez-le à un apprenant ou à un groupe.</translation>
    </message>
    <message>
        <source>Le parcours n&apos;a pas pu être archivé.</source>
        <translation>Le parcours n&apos;a pas pu être archivé.</translation>
    </message>
    <message>
        <source>Parcours archivé.</source>
        <translation>Parcours archivé.</translation>
    </message>
    <message>
        <source>(archivé)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>L&apos;attribution n&apos;a pas pu être enregistrée.</source>
        <translation>L&apos;attribution n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Parcours attribué : %1.</source>
        <translation>Parcours attribué : %1.</translation>
    </message>
    <message>
        <source>L&apos;attribution n&apos;a pas pu être retirée.</source>
        <translation>L&apos;attribution n&apos;a pas pu être retirée.</translation>
    </message>
</context>
<context>
    <name>LessonSummaryPanel</name>
    <message>
        <source>Leçon terminée, bravo !</source>
        <translation>Leçon terminée, bravo !</translation>
    </message>
    <message numerus="yes">
        <source>%1 étape(s) faite(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>%1 étape faite</numerusform>
            <numerusform>%1 étapes faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 réussie(s) du premier coup</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>%1 réussie du premier coup</numerusform>
            <numerusform>%1 réussies du premier coup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 aide(s) demandée(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>%1 aide demandée</numerusform>
            <numerusform>%1 aides demandées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 étape(s) passée(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>%1 étape passée</numerusform>
            <numerusform>%1 étapes passées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Durée : %1 minute(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>Durée : %1 minute</numerusform>
            <numerusform>Durée : %1 minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ensuite : %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Leçon suivante</source>
        <translation>Leçon suivante</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Fin de la leçon</source>
        <translation>Fin de la leçon</translation>
    </message>
</context>
<context>
    <name>MediatorContext</name>
    <message>
        <source>Le dossier %1 ne peut pas être créé.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Apprenant introuvable.</source>
        <translation>Apprenant introuvable.</translation>
    </message>
</context>
<context>
    <name>MediatorDashboard</name>
    <message>
        <source>Tableau de bord de médiation — %1</source>
        <translation>Tableau de bord de médiation — %1</translation>
    </message>
    <message>
        <source>Retour au panneau</source>
        <translation>Retour au panneau</translation>
    </message>
    <message>
        <source>Apprenants</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Groupes</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Progrès</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Étapes difficiles</source>
        <translation>Étapes difficiles</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Ce poste est momentanément indisponible.</source>
        <translation>Ce poste est momentanément indisponible.</translation>
    </message>
    <message>
        <source>Merci d&apos;appeler le personnel de l&apos;accueil. Vos progrès déjà enregistrés ne sont pas perdus.</source>
        <translation>Merci d&apos;appeler le personnel de l&apos;accueil. Vos progrès déjà enregistrés ne sont pas perdus.</translation>
    </message>
    <message>
        <source>Pour le personnel : la borne réessaie d&apos;enregistrer toute seule toutes les %1 secondes et revient à l&apos;accueil dès que cela marche (par exemple une fois de la place libérée sur le disque).</source>
        <translation>Pour le personnel : la borne réessaie d&apos;enregistrer toute seule toutes les %1 secondes et revient à l&apos;accueil dès que cela marche (par exemple une fois de la place libérée sur le disque).</translation>
    </message>
    <message>
        <source>Pour le personnel : la base de données n&apos;a pas pu être ouverte au démarrage. « Redémarrer Passerelle » la rouvre une fois le problème réglé.</source>
        <translation>Pour le personnel : la base de données n&apos;a pas pu être ouverte au démarrage. « Redémarrer Passerelle » la rouvre une fois le problème réglé.</translation>
    </message>
    <message>
        <source>Les codes du personnel sont gardés dans la base de données : sans elle, ils ne peuvent pas être vérifiés, donc l&apos;espace personnel (et « Quitter le mode kiosque ») n&apos;est pas disponible ici. Pour quitter la borne, redémarrez l&apos;ordinateur.</source>
        <translation>Les codes du personnel sont gardés dans la base de données : sans elle, ils ne peuvent pas être vérifiés, donc l&apos;espace personnel (et « Quitter le mode kiosque ») n&apos;est pas disponible ici. Pour quitter la borne, redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Réessayer maintenant</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Redémarrer Passerelle</source>
        <translation>Redémarrer Passerelle</translation>
    </message>
    <message>
        <source>Espace personnel</source>
        <translation>Espace personnel</translation>
    </message>
    <message>
        <source>Toujours impossible d&apos;enregistrer. Nouvel essai automatique dans %1 secondes.</source>
        <translation>Toujours impossible d&apos;enregistrer. Nouvel essai automatique dans %1 secondes.</translation>
    </message>
</context>
<context>
    <name>PictureSet</name>
    <message>
        <source>Soleil</source>
        <translation>Soleil</translation>
    </message>
    <message>
        <source>Maison</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Arbre</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Voiture</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>Fleur</source>
        <translation>Fleur</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Étoile</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Tasse</source>
        <translation>Tasse</translation>
    </message>
    <message>
        <source>Vélo</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <source>Oiseau</source>
        <translation>Oiseau</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Accès réservé au personnel</source>
        <translation>Accès réservé au personnel</translation>
    </message>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Code personnel :</source>
        <translation>Code personnel :</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>médiation</source>
        <translation>médiation</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>Le code a de 4 à 6 chiffres.</source>
        <translation>Le code a de 4 à 6 chiffres.</translation>
    </message>
    <message>
        <source>Ce compte n&apos;existe plus.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>Code incorrect. Encore %n essai(s) avant le blocage du compte.</source>
        <translation>
            <numerusform>Code incorrect. Encore %n essai avant le blocage du compte.</numerusform>
            <numerusform>Code incorrect. Encore %n essais avant le blocage du compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ce compte est bloqué après trop d&apos;essais. Un ou une collègue peut le débloquer depuis son panneau (Apprenants et équipe).</source>
        <translation>Ce compte est bloqué après trop d&apos;essais. Un ou une collègue peut le débloquer depuis son panneau (Apprenants et équipe).</translation>
    </message>
    <message>
        <source>Ce compte n&apos;a pas de code utilisable. Un médiateur doit lui en donner un.</source>
        <translation>Ce compte n&apos;a pas de code utilisable. Un médiateur doit lui en donner un.</translation>
    </message>
    <message>
        <source>La vérification est impossible : la base de données ne répond pas.</source>
        <translation>La vérification est impossible : la base de données ne répond pas.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>Vous pouvez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Patientez %n seconde(s) avant de réessayer.</source>
        <translation>
            <numerusform>Patientez %n seconde avant de réessayer.</numerusform>
            <numerusform>Patientez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerScreen</name>
    <message>
        <source>Écouter</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Écouter la consigne encore une fois</source>
        <translation>Écouter la consigne encore une fois</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Afficher un conseil pour cette étape</source>
        <translation>Afficher un conseil pour cette étape</translation>
    </message>
    <message>
        <source>Montre-moi</source>
        <translation>Montre-moi</translation>
    </message>
    <message>
        <source>Le pointeur montre ce qu&apos;il faut faire</source>
        <translation>Le pointeur montre ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Passer</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Passer cette étape</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quitter la leçon</source>
        <translation>Quitter la leçon</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Exercice</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Conseil</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Bravo !</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <source>Pas tout à fait. Essayez encore.</source>
        <translation>Pas tout à fait. Essayez encore.</translation>
    </message>
    <message>
        <source>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</source>
        <translation>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</translation>
    </message>
    <message>
        <source>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</source>
        <translation>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</translation>
    </message>
    <message>
        <source>Appuyez sur « Montre-moi » : je vous montre comment faire.</source>
        <translation>Appuyez sur « Montre-moi » : je vous montre comment faire.</translation>
    </message>
    <message>
        <source>Pas de souci, on passe à la suite.</source>
        <translation>Pas de souci, on passe à la suite.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Aucun parcours</source>
        <translation>Aucun parcours</translation>
    </message>
    <message>
        <source>Pas commencée</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Terminée</source>
        <translation>Terminée</translation>
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
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Code carte</source>
        <translation>Code carte</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Ordre</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Temps (minutes)</source>
        <translation>Temps (minutes)</translation>
    </message>
    <message>
        <source>Essais</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Démonstrations</source>
        <translation>Démonstrations</translation>
    </message>
    <message>
        <source>Étapes sautées</source>
        <translation>Étapes sautées</translation>
    </message>
    <message>
        <source>Commencée le</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Dernière activité</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>terminée par l&apos;apprenant</source>
        <translation>terminée par l&apos;apprenant</translation>
    </message>
    <message>
        <source>inactivité</source>
        <translation>inactivité</translation>
    </message>
    <message>
        <source>terminée par le personnel</source>
        <translation>terminée par le personnel</translation>
    </message>
    <message>
        <source>coupure (récupérée)</source>
        <translation>coupure (récupérée)</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Parcours :</source>
        <translation>Parcours :</translation>
    </message>
    <message>
        <source>Choisissez un apprenant dans le tableau.</source>
        <translation>Choisissez un apprenant dans le tableau.</translation>
    </message>
    <message>
        <source>Certificat de réussite (PDF)</source>
        <translation>Certificat de réussite (PDF)</translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Temps</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Essais</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Leçons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Apprenant</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>en cours, %1</source>
        <translation>en cours, %1</translation>
    </message>
    <message>
        <source>Essais : %1, erreurs : %2, indices : %3, démonstrations : %4, étapes sautées : %5</source>
        <translation>Essais : %1, erreurs : %2, indices : %3, démonstrations : %4, étapes sautées : %5</translation>
    </message>
    <message>
        <source>%1 — carte %2</source>
        <translation>%1 — carte %2</translation>
    </message>
    <message>
        <source>Certificat enregistré : %1</source>
        <translation>Certificat enregistré : %1</translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message>
        <source>Voulez-vous vraiment quitter la leçon ?</source>
        <translation>Voulez-vous vraiment quitter la leçon ?</translation>
    </message>
    <message>
        <source>Non, je continue</source>
        <translation>Non, je continue</translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation>Oui, quitter</translation>
    </message>
    <message>
        <source>Quitter la leçon ?</source>
        <translation>Quitter la leçon ?</translation>
    </message>
</context>
<context>
    <name>SecretChooser</name>
    <message>
        <source>3 images, dans l&apos;ordre</source>
        <translation>3 images, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Code de 4 à 6 chiffres</source>
        <translation>Code de 4 à 6 chiffres</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Encore une fois :</source>
        <translation>Encore une fois :</translation>
    </message>
    <message>
        <source>Touchez 3 images, dans l&apos;ordre choisi par l&apos;apprenant.</source>
        <translation>Touchez 3 images, dans l&apos;ordre choisi par l&apos;apprenant.</translation>
    </message>
    <message>
        <source>Choisies : %1</source>
        <translation>Choisies : %1</translation>
    </message>
    <message>
        <source>Choisissez 3 images.</source>
        <translation>Choisissez 3 images.</translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation>Le code doit avoir de 4 à 6 chiffres.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>Les deux codes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>SecretScreen</name>
    <message>
        <source>Image %1 : %2</source>
        <translation>Image %1 : %2</translation>
    </message>
    <message>
        <source>Image %1 : pas encore choisie</source>
        <translation>Image %1 : pas encore choisie</translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation>Chiffres tapés : %1</translation>
    </message>
    <message>
        <source>Compte bloqué</source>
        <translation>Compte bloqué</translation>
    </message>
    <message>
        <source>Impossible de continuer</source>
        <translation>Impossible de continuer</translation>
    </message>
    <message>
        <source>Tapez votre code secret</source>
        <translation>Tapez votre code secret</translation>
    </message>
    <message>
        <source>Touchez vos 3 images, dans l&apos;ordre</source>
        <translation>Touchez vos 3 images, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran précédent</source>
        <translation>Revenir à l&apos;écran précédent</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran d&apos;accueil</source>
        <translation>Revenir à l&apos;écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Effacer le dernier choix</source>
        <translation>Effacer le dernier choix</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Valider le code secret</source>
        <translation>Valider le code secret</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Écouter ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Prenez votre temps : encore une erreur et le compte sera bloqué.</source>
        <translation>Prenez votre temps : encore une erreur et le compte sera bloqué.</translation>
    </message>
    <message>
        <source>Prenez votre temps : encore %1 erreurs et le compte sera bloqué.</source>
        <translation>Prenez votre temps : encore %1 erreurs et le compte sera bloqué.</translation>
    </message>
    <message>
        <source>Choisissez un nouveau code de 4 à 6 chiffres</source>
        <translation>Choisissez un nouveau code de 4 à 6 chiffres</translation>
    </message>
    <message>
        <source>Choisissez 3 nouvelles images, dans l&apos;ordre</source>
        <translation>Choisissez 3 nouvelles images, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Tapez encore une fois le même code</source>
        <translation>Tapez encore une fois le même code</translation>
    </message>
    <message>
        <source>Touchez encore une fois les mêmes 3 images, dans l&apos;ordre</source>
        <translation>Touchez encore une fois les mêmes 3 images, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Ce n&apos;était pas le même choix. Ce n&apos;est pas grave : choisissez à nouveau, tranquillement.</source>
        <translation>Ce n&apos;était pas le même choix. Ce n&apos;est pas grave : choisissez à nouveau, tranquillement.</translation>
    </message>
    <message>
        <source>Votre ancien secret a été effacé. Choisissez-en un nouveau, sans le montrer à personne.</source>
        <translation>Votre ancien secret a été effacé. Choisissez-en un nouveau, sans le montrer à personne.</translation>
    </message>
    <message>
        <source>Pour être sûr, faites le même choix une deuxième fois.</source>
        <translation>Pour être sûr, faites le même choix une deuxième fois.</translation>
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
        <translation>Inactivité avant l&apos;avertissement :</translation>
    </message>
    <message>
        <source>Durée du compte à rebours :</source>
        <translation>Durée du compte à rebours :</translation>
    </message>
    <message>
        <source>Langue des explications par défaut :</source>
        <translation>Langue des explications par défaut :</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Grand</source>
        <translation>Grand</translation>
    </message>
    <message>
        <source>Très grand</source>
        <translation>Très grand</translation>
    </message>
    <message>
        <source>Taille du texte par défaut :</source>
        <translation>Taille du texte par défaut :</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Volume :</source>
        <translation>Volume :</translation>
    </message>
    <message>
        <source>Lire les consignes à voix haute automatiquement</source>
        <translation>Lire les consignes à voix haute automatiquement</translation>
    </message>
    <message>
        <source>Sons de réussite et d&apos;erreur</source>
        <translation>Sons de réussite et d&apos;erreur</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Enregistrer les réglages</translation>
    </message>
</context>
<context>
    <name>SpokenMessages</name>
    <message>
        <source>Bonjour ! Pour apprendre, touchez le grand bouton « Commencer ». Vous pouvez aussi choisir votre langue en bas de l&apos;écran.</source>
        <translation>Bonjour ! Pour apprendre, touchez le grand bouton « Commencer ». Vous pouvez aussi choisir votre langue en bas de l&apos;écran.</translation>
    </message>
    <message>
        <source>Si vous avez une carte Passerelle, touchez « J&apos;ai ma carte ». Sinon, touchez « Découvrir sans compte ».</source>
        <translation>Si vous avez une carte Passerelle, touchez « J&apos;ai ma carte ». Sinon, touchez « Découvrir sans compte ».</translation>
    </message>
    <message>
        <source>Regardez votre carte. Tapez les %1 lettres et chiffres de votre code, puis touchez « Valider ».</source>
        <translation>Regardez votre carte. Tapez les %1 lettres et chiffres de votre code, puis touchez « Valider ».</translation>
    </message>
    <message>
        <source>Nous ne trouvons pas ce code. Regardez bien votre carte et essayez encore.</source>
        <translation>Nous ne trouvons pas ce code. Regardez bien votre carte et essayez encore.</translation>
    </message>
    <message>
        <source>Ce compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</source>
        <translation>Ce compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</translation>
    </message>
    <message>
        <source>Touchez vos trois images secrètes, dans l&apos;ordre.</source>
        <translation>Touchez vos trois images secrètes, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Tapez votre code secret, puis touchez « Valider ».</source>
        <translation>Tapez votre code secret, puis touchez « Valider ».</translation>
    </message>
    <message>
        <source>Ce ne sont pas les bonnes images. Ce n&apos;est pas grave : essayez encore.</source>
        <translation>Ce ne sont pas les bonnes images. Ce n&apos;est pas grave : essayez encore.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas le bon code. Ce n&apos;est pas grave : essayez encore.</source>
        <translation>Ce n&apos;est pas le bon code. Ce n&apos;est pas grave : essayez encore.</translation>
    </message>
    <message>
        <source>Attendez un petit moment, puis essayez encore.</source>
        <translation>Attendez un petit moment, puis essayez encore.</translation>
    </message>
    <message>
        <source>Votre compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</source>
        <translation>Votre compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</translation>
    </message>
    <message>
        <source>Un problème empêche de continuer. Demandez au personnel de l&apos;accueil.</source>
        <translation>Un problème empêche de continuer. Demandez au personnel de l&apos;accueil.</translation>
    </message>
    <message>
        <source>Choisissez une leçon en la touchant. Quand vous avez fini, touchez « J&apos;ai fini ».</source>
        <translation>Choisissez une leçon en la touchant. Quand vous avez fini, touchez « J&apos;ai fini ».</translation>
    </message>
    <message>
        <source>Touchez la leçon entourée pour continuer votre parcours. Quand vous avez fini, touchez « J&apos;ai fini ».</source>
        <translation>Touchez la leçon entourée pour continuer votre parcours. Quand vous avez fini, touchez « J&apos;ai fini ».</translation>
    </message>
    <message>
        <source>Vous êtes toujours là ? Touchez « Je suis là » pour continuer. Sinon, la séance va bientôt se terminer et tout sera effacé.</source>
        <translation>Vous êtes toujours là ? Touchez « Je suis là » pour continuer. Sinon, la séance va bientôt se terminer et tout sera effacé.</translation>
    </message>
    <message>
        <source>Merci et à bientôt ! Tout a été effacé de l&apos;écran.</source>
        <translation>Merci et à bientôt ! Tout a été effacé de l&apos;écran.</translation>
    </message>
    <message>
        <source>Bravo !</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <source>Pas tout à fait. Essayez encore.</source>
        <translation>Pas tout à fait. Essayez encore.</translation>
    </message>
    <message>
        <source>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</source>
        <translation>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</translation>
    </message>
    <message>
        <source>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</source>
        <translation>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</translation>
    </message>
    <message>
        <source>Appuyez sur « Montre-moi » : je vous montre comment faire.</source>
        <translation>Appuyez sur « Montre-moi » : je vous montre comment faire.</translation>
    </message>
    <message>
        <source>Regardez, je vous montre.</source>
        <translation>Regardez, je vous montre.</translation>
    </message>
    <message>
        <source>Pas de souci, on passe à la suite.</source>
        <translation>Pas de souci, on passe à la suite.</translation>
    </message>
    <message>
        <source>Voulez-vous vraiment quitter la leçon ?</source>
        <translation>Voulez-vous vraiment quitter la leçon ?</translation>
    </message>
    <message>
        <source>Leçon terminée, bravo !</source>
        <translation>Leçon terminée, bravo !</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>médiation</source>
        <translation>médiation</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>Panneau du personnel — %1 (%2)</source>
        <translation>Panneau du personnel — %1 (%2)</translation>
    </message>
    <message>
        <source>Tableau de bord de médiation</source>
        <translation>Tableau de bord de médiation</translation>
    </message>
    <message>
        <source>Fermer et verrouiller</source>
        <translation>Fermer et verrouiller</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Apprenants et équipe</source>
        <translation>Apprenants et équipe</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Leçons désactivées (fichier : raison) :</source>
        <translation>Leçons désactivées (fichier : raison) :</translation>
    </message>
    <message>
        <source>Terminer la séance en cours</source>
        <translation>Terminer la séance en cours</translation>
    </message>
    <message>
        <source>Réinitialiser le terminal</source>
        <translation>Réinitialiser le terminal</translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Actualiser l&apos;état</source>
        <translation>Actualiser l&apos;état</translation>
    </message>
    <message>
        <source>Quitter le mode kiosque (maintenance)</source>
        <translation>Quitter le mode kiosque (maintenance)</translation>
    </message>
    <message>
        <source>Apprenants</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Nom ou code de carte</source>
        <translation>Nom ou code de carte</translation>
    </message>
    <message>
        <source>Débloquer</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Nouveau secret…</source>
        <translation>Nouveau secret…</translation>
    </message>
    <message>
        <source>Laissez l&apos;apprenant choisir lui-même son nouveau secret, sans regarder. Le compte est débloqué en même temps.</source>
        <translation>Laissez l&apos;apprenant choisir lui-même son nouveau secret, sans regarder. Le compte est débloqué en même temps.</translation>
    </message>
    <message>
        <source>Enregistrer le nouveau secret</source>
        <translation>Enregistrer le nouveau secret</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Débloquer ce compte</source>
        <translation>Débloquer ce compte</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sur</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Version : %1</source>
        <translation>Version : %1</translation>
    </message>
    <message>
        <source>Terminal : %1</source>
        <translation>Terminal : %1</translation>
    </message>
    <message>
        <source>Séance : %1</source>
        <translation>Séance : %1</translation>
    </message>
    <message>
        <source>Base de données : en service (%1)</source>
        <translation>Base de données : en service (%1)</translation>
    </message>
    <message>
        <source>Base de données : HORS SERVICE (%1) — %2</source>
        <translation>Base de données : HORS SERVICE (%1) — %2</translation>
    </message>
    <message>
        <source>Dernière sauvegarde : aucune</source>
        <translation>Dernière sauvegarde : aucune</translation>
    </message>
    <message numerus="yes">
        <source>Dernière sauvegarde : %1 (%n sauvegarde(s) gardée(s))</source>
        <translation>
            <numerusform>Dernière sauvegarde : %1 (%n sauvegarde gardée)</numerusform>
            <numerusform>Dernière sauvegarde : %1 (%n sauvegardes gardées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Espace libre : %1 sur %2</source>
        <translation>Espace libre : %1 sur %2</translation>
    </message>
    <message>
        <source> — ATTENTION : presque plein</source>
        <translation> — ATTENTION : presque plein</translation>
    </message>
    <message>
        <source>Leçons chargées : %1, désactivées : %2</source>
        <translation>Leçons chargées : %1, désactivées : %2</translation>
    </message>
    <message>
        <source>Leçons : chargement en cours</source>
        <translation>Leçons : chargement en cours</translation>
    </message>
    <message>
        <source>Son : disponible</source>
        <translation>Son : disponible</translation>
    </message>
    <message>
        <source>Son : INDISPONIBLE (aucune sortie audio) — les consignes restent affichées</source>
        <translation>Son : INDISPONIBLE (aucune sortie audio) — les consignes restent affichées</translation>
    </message>
    <message>
        <source>Dossier des données : %1</source>
        <translation>Dossier des données : %1</translation>
    </message>
    <message>
        <source> — BLOQUÉ</source>
        <translation> — BLOQUÉ</translation>
    </message>
    <message>
        <source>(mise en service)</source>
        <translation>(mise en service)</translation>
    </message>
    <message>
        <source>La sauvegarde a échoué : %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>Sauvegarde faite : %1</source>
        <translation>Sauvegarde faite : %1</translation>
    </message>
    <message>
        <source>Le compte de l&apos;apprenant est débloqué.</source>
        <translation>Le compte de l&apos;apprenant est débloqué.</translation>
    </message>
    <message>
        <source>Le déblocage a échoué (base de données indisponible ?).</source>
        <translation>Le déblocage a échoué (base de données indisponible ?).</translation>
    </message>
    <message>
        <source>Le nouveau secret n&apos;a pas pu être enregistré.</source>
        <translation>Le nouveau secret n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Nouveau secret enregistré. L&apos;apprenant peut se connecter avec.</source>
        <translation>Nouveau secret enregistré. L&apos;apprenant peut se connecter avec.</translation>
    </message>
    <message>
        <source>Le compte de votre collègue est débloqué.</source>
        <translation>Le compte de votre collègue est débloqué.</translation>
    </message>
    <message>
        <source>Le déblocage a échoué.</source>
        <translation>Le déblocage a échoué.</translation>
    </message>
    <message>
        <source>Les réglages n&apos;ont pas pu être enregistrés : %1</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Réglages enregistrés et appliqués.</source>
        <translation>Réglages enregistrés et appliqués.</translation>
    </message>
    <message>
        <source>Maintenance %1 : %2 %3</source>
        <translation>Maintenance %1 : %2 %3</translation>
    </message>
    <message>
        <source>Réinitialiser le secret</source>
        <translation>Réinitialiser le secret</translation>
    </message>
    <message>
        <source>L&apos;ancien secret ne marche plus : l&apos;apprenant en choisira un nouveau à sa prochaine connexion.</source>
        <translation>L&apos;ancien secret ne marche plus : l&apos;apprenant en choisira un nouveau à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Secret réinitialisé. L&apos;apprenant choisira un nouveau secret à sa prochaine connexion.</source>
        <translation>Secret réinitialisé. L&apos;apprenant choisira un nouveau secret à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>La réinitialisation a échoué (base de données indisponible ?).</source>
        <translation>La réinitialisation a échoué (base de données indisponible ?).</translation>
    </message>
</context>
<context>
    <name>StepDots</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Débloquer</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Ajouter un compte, ou donner un nouveau code au compte choisi</source>
        <translation>Ajouter un compte, ou donner un nouveau code au compte choisi</translation>
    </message>
    <message>
        <source>Accueil (panneau du personnel seulement)</source>
        <translation>Accueil (panneau du personnel seulement)</translation>
    </message>
    <message>
        <source>Médiation (panneau et tableau de bord)</source>
        <translation>Médiation (panneau et tableau de bord)</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Code (4 à 6 chiffres, tapé par la personne) :</source>
        <translation>Code (4 à 6 chiffres, tapé par la personne) :</translation>
    </message>
    <message>
        <source>Le même code, encore :</source>
        <translation>Le même code, encore :</translation>
    </message>
    <message>
        <source>Ajouter le compte</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Nouveau code pour le compte choisi</source>
        <translation>Nouveau code pour le compte choisi</translation>
    </message>
    <message>
        <source>médiation</source>
        <translation>médiation</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source> — BLOQUÉ</source>
        <translation> — BLOQUÉ</translation>
    </message>
    <message>
        <source> (vous)</source>
        <translation> (vous)</translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation>Le code doit avoir de 4 à 6 chiffres.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>Les deux codes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Indiquez le nom.</source>
        <translation>Indiquez le nom.</translation>
    </message>
    <message>
        <source>Le compte n&apos;a pas pu être créé.</source>
        <translation>Le compte n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Compte de %1 créé.</source>
        <translation>Compte de %1 créé.</translation>
    </message>
    <message>
        <source>Nouveau code enregistré.</source>
        <translation>Nouveau code enregistré.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être changé.</source>
        <translation>Le code n&apos;a pas pu être changé.</translation>
    </message>
    <message>
        <source>Compte débloqué.</source>
        <translation>Compte débloqué.</translation>
    </message>
    <message>
        <source>Ce compte ne peut pas être débloqué ici (votre propre compte, ou il n&apos;est pas bloqué).</source>
        <translation>Ce compte ne peut pas être débloqué ici (votre propre compte, ou il n&apos;est pas bloqué).</translation>
    </message>
    <message>
        <source>Compte archivé.</source>
        <translation>Compte archivé.</translation>
    </message>
    <message>
        <source>Ce compte ne peut pas être archivé.</source>
        <translation>Ce compte ne peut pas être archivé.</translation>
    </message>
</context>
<context>
    <name>TerminalStatus</name>
    <message>
        <source>inconnu</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 Ko</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 Mo</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 Go</source>
        <translation>%1 Go</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Apprendre l&apos;ordinateur et les démarches en ligne, pas à pas.</source>
        <translation>Apprendre l&apos;ordinateur et les démarches en ligne, pas à pas.</translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Commencer à apprendre</source>
        <translation>Commencer à apprendre</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Écouter ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Langue des explications :</source>
        <translation>Langue des explications :</translation>
    </message>
    <message>
        <source>Choisir cette langue</source>
        <translation>Choisir cette langue</translation>
    </message>
</context>
<context>
    <name>WhoAreYouScreen</name>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Découvrir sans compte</source>
        <translation>Découvrir sans compte</translation>
    </message>
    <message>
        <source>Rien de personnel n&apos;est gardé.</source>
        <translation>Rien de personnel n&apos;est gardé.</translation>
    </message>
    <message>
        <source>J&apos;ai ma carte</source>
        <translation>J&apos;ai ma carte</translation>
    </message>
    <message>
        <source>Reprendre là où vous en étiez.</source>
        <translation>Reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran d&apos;accueil</source>
        <translation>Revenir à l&apos;écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>Écouter ce qu&apos;il faut faire</translation>
    </message>
</context>
</TS>
