<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupListModel</name>
    <message>
        <source>daily copy</source>
        <translation>copie quotidienne</translation>
    </message>
    <message>
        <source>weekly copy</source>
        <translation>copie hebdomadaire</translation>
    </message>
    <message>
        <source>before a library update</source>
        <translation>avant une mise à jour de la bibliothèque</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>conservée avant une restauration</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>fichier endommagé mis de côté</translation>
    </message>
    <message>
        <source>from the old data location</source>
        <translation>de l'ancien emplacement des données</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>FieldKit copies your data every day and every week, and before each library update. Restoring keeps your current data aside as a backup first.</source>
        <translation>FieldKit copie vos données chaque jour et chaque semaine, et avant chaque mise à jour de la bibliothèque. Une restauration met d'abord vos données actuelles de côté en sauvegarde.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d'abord</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>No backups yet: the first is made today.</source>
        <translation>Pas encore de sauvegarde : la première est faite aujourd'hui.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Bring back your data as it was: %1?</source>
        <translation>Rétablir vos données telles qu'elles étaient : %1 ?</translation>
    </message>
    <message>
        <source>What you have now is kept aside as a backup first, so this can be undone.</source>
        <translation>Ce que vous avez maintenant est d'abord mis de côté en sauvegarde : cela peut donc être annulé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source> What you had is kept as: %1.</source>
        <translation> Ce que vous aviez est conservé sous : %1.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sauvegarde du %1 restaurée.</translation>
    </message>
</context>
<context>
    <name>ChecklistsScreen</name>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Arrow keys choose; Enter starts a run</source>
        <translation>Les flèches choisissent ; Entrée lance un passage</translation>
    </message>
    <message>
        <source>Your runs</source>
        <translation>Vos passages</translation>
    </message>
    <message>
        <source>Enter or double-click opens a run</source>
        <translation>Entrée ou un double-clic ouvre un passage</translation>
    </message>
    <message>
        <source>Enter opens a run; F2 renames it; Delete deletes it</source>
        <translation>Entrée ouvre un passage ; F2 le renomme ; Suppr le supprime</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the selected run</source>
        <translation>Renommer le passage sélectionné</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>Renommer le passage sélectionné (F2)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Supprimer le passage sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected run (Delete)</source>
        <translation>Supprimer le passage sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Rename the chosen run</source>
        <translation>Renommer le passage choisi</translation>
    </message>
    <message>
        <source>Delete the chosen run (asks first)</source>
        <translation>Supprimer le passage choisi (demande d'abord)</translation>
    </message>
    <message>
        <source>No runs yet. Choose a checklist and start one.</source>
        <translation>Aucun passage pour l'instant. Choisissez une liste et lancez-en un.</translation>
    </message>
    <message>
        <source>Name this run (optional)</source>
        <translation>Nom de ce passage (facultatif)</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Nom du passage</translation>
    </message>
    <message>
        <source>e.g. Checkpoint at km 42</source>
        <translation>p. ex. Poste de contrôle au km 42</translation>
    </message>
    <message>
        <source>Start a run</source>
        <translation>Lancer un passage</translation>
    </message>
    <message>
        <source>Start a new run of this checklist (Enter)</source>
        <translation>Lancer un nouveau passage de cette liste (Entrée)</translation>
    </message>
    <message>
        <source>Continue the open run</source>
        <translation>Reprendre le passage ouvert</translation>
    </message>
    <message>
        <source>Read it</source>
        <translation>La lire</translation>
    </message>
    <message>
        <source>Read the checklist without starting a run</source>
        <translation>Lire la liste sans lancer de passage</translation>
    </message>
    <message>
        <source>Every item and its prompts, without starting a run</source>
        <translation>Chaque point et ses repères, sans lancer de passage</translation>
    </message>
    <message>
        <source>The checklist, item by item</source>
        <translation>La liste, point par point</translation>
    </message>
    <message>
        <source>No library is loaded, so there are no checklists to show.</source>
        <translation>Aucune bibliothèque n'est chargée : il n'y a donc aucune liste à afficher.</translation>
    </message>
    <message>
        <source>There is no checklist %1 in the library.</source>
        <translation>La bibliothèque ne contient pas de liste %1.</translation>
    </message>
    <message>
        <source>Blank: %1</source>
        <translation>Vide : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue “%1” (%2 of %3)</source>
        <translation>Reprendre « %1 » (%2 sur %3)</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Keep in mind: %1</source>
        <translation>À garder en tête : %1</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Renommer le passage</translation>
    </message>
    <message>
        <source>New name (blank: the checklist, date and time):</source>
        <translation>Nouveau nom (vide : la liste, la date et l'heure) :</translation>
    </message>
    <message>
        <source>Run renamed.</source>
        <translation>Passage renommé.</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Supprimer le passage</translation>
    </message>
    <message>
        <source>Delete the run “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>Supprimer le passage « %1 » avec ses coches et ses notes ? C'est irréversible.</translation>
    </message>
    <message>
        <source>The run was deleted.</source>
        <translation>Le passage a été supprimé.</translation>
    </message>
</context>
<context>
    <name>CheckpointScreen</name>
    <message>
        <source>Leave checkpoint mode</source>
        <translation>Quitter le mode poste de contrôle</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Phase précédente</translation>
    </message>
    <message>
        <source>Show or hide the If threatened card</source>
        <translation>Afficher ou masquer la fiche En cas de menace</translation>
    </message>
    <message>
        <source>Finish the run</source>
        <translation>Terminer le passage</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or note change</source>
        <translation>Annuler la dernière coche, décoche ou modification de note</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Poste de contrôle</translation>
    </message>
    <message>
        <source>Space or Enter: tick · PgUp / PgDn: phase · Ctrl+Z: undo · Ctrl+Enter: finish · F1: if threatened · F12 or Ctrl+H: hide screen · Esc: leave</source>
        <translation>Espace ou Entrée : cocher · Pg préc / Pg suiv : phase · Ctrl+Z : annuler · Ctrl+Entrée : terminer · F1 : en cas de menace · F12 ou Ctrl+H : masquer l'écran · Échap : quitter</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Items in this phase</source>
        <translation>Points de cette phase</translation>
    </message>
    <message>
        <source>Space or Enter ticks the highlighted item; a click anywhere on a row ticks it</source>
        <translation>Espace ou Entrée coche le point en surbrillance ; un clic n'importe où sur la ligne le coche</translation>
    </message>
    <message>
        <source>Item
note</source>
        <translation>Note
du point</translation>
    </message>
    <message>
        <source>Note for the highlighted item</source>
        <translation>Note du point en surbrillance</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Enregistré pendant la saisie</translation>
    </message>
    <message>
        <source>Run
note</source>
        <translation>Note du
passage</translation>
    </message>
    <message>
        <source>Who you met, what was agreed…</source>
        <translation>Qui vous avez rencontré, ce qui a été convenu…</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>À garder en tête</translation>
    </message>
    <message>
        <source>Previous phase (Page Up)</source>
        <translation>Phase précédente (Pg préc)</translation>
    </message>
    <message>
        <source>Next phase (Page Down)</source>
        <translation>Phase suivante (Pg suiv)</translation>
    </message>
    <message>
        <source>Finish run</source>
        <translation>Terminer le passage</translation>
    </message>
    <message>
        <source>Finish this run (Ctrl+Enter); asks first if a critical item is not done</source>
        <translation>Terminer ce passage (Ctrl+Entrée) ; demande d'abord si un point critique n'est pas fait</translation>
    </message>
    <message>
        <source>If threatened (F1)</source>
        <translation>En cas de menace (F1)</translation>
    </message>
    <message>
        <source>What to do, and never do, under threat (F1)</source>
        <translation>Que faire, et ne jamais faire, sous la menace (F1)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Quitter (Échap)</translation>
    </message>
    <message>
        <source>Leave checkpoint mode (Esc); your ticks are saved</source>
        <translation>Quitter le mode poste de contrôle (Échap) ; vos coches sont enregistrées</translation>
    </message>
    <message>
        <source>If threatened</source>
        <translation>En cas de menace</translation>
    </message>
    <message>
        <source>F1 or Esc: back to the checklist</source>
        <translation>F1 ou Échap : retour à la liste</translation>
    </message>
    <message>
        <source>Back to the checklist (F1)</source>
        <translation>Retour à la liste (F1)</translation>
    </message>
    <message>
        <source>The If threatened card is not available: no library is loaded.</source>
        <translation>La fiche En cas de menace n'est pas disponible : aucune bibliothèque n'est chargée.</translation>
    </message>
    <message>
        <source>The checkpoint checklist is not available</source>
        <translation>La liste du poste de contrôle n'est pas disponible</translation>
    </message>
    <message>
        <source>Run finished: “%1”</source>
        <translation>Passage terminé : « %1 »</translation>
    </message>
    <message>
        <source>%1 · phase %2 of %3</source>
        <translation>%1 · phase %2 sur %3</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
    <message>
        <source>This phase is done. Next phase: Page Down.</source>
        <translation>Cette phase est faite. Phase suivante : Pg suiv.</translation>
    </message>
    <message>
        <source>Every item is ticked.</source>
        <translation>Tous les points sont cochés.</translation>
    </message>
    <message>
        <source>Overall: %1 of %2 done</source>
        <translation>Au total : %1 sur %2 faits</translation>
    </message>
    <message>
        <source>Nothing particular for this item.</source>
        <translation>Rien de particulier pour ce point.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The pack was refused; nothing was installed.</source>
        <translation>Le paquet a été refusé ; rien n'a été installé.</translation>
    </message>
    <message>
        <source>This is not a FieldKit pack, or it is incomplete; nothing was installed.</source>
        <translation>Ce n'est pas un paquet FieldKit, ou il est incomplet ; rien n'a été installé.</translation>
    </message>
    <message>
        <source>The pack %1 is not signed by a key FieldKit trusts; it was not installed.</source>
        <translation>Le paquet %1 n'est signé par aucune clé à laquelle FieldKit fait confiance ; il n'a pas été installé.</translation>
    </message>
    <message>
        <source>This is not signed by enough keys FieldKit trusts; it was refused.</source>
        <translation>Ceci n'est pas signé par assez de clés auxquelles FieldKit fait confiance ; cela a été refusé.</translation>
    </message>
    <message>
        <source>A file in the pack is not the one that was signed (damaged or changed); nothing was installed.</source>
        <translation>Un fichier du paquet n'est pas celui qui a été signé (abîmé ou modifié) ; rien n'a été installé.</translation>
    </message>
    <message>
        <source>This pack is older than the one you already have; it was not installed.</source>
        <translation>Ce paquet est plus ancien que celui que vous avez déjà ; il n'a pas été installé.</translation>
    </message>
    <message>
        <source>Pack %1 version %2 needs a newer FieldKit; it was skipped.</source>
        <translation>Le paquet %1 version %2 demande une version plus récente de FieldKit ; il a été ignoré.</translation>
    </message>
    <message>
        <source>This pack needs a newer FieldKit; update FieldKit to install it.</source>
        <translation>Ce paquet demande une version plus récente de FieldKit ; mettez FieldKit à jour pour l'installer.</translation>
    </message>
    <message>
        <source>Pack %1 version %2 is damaged; it was skipped.</source>
        <translation>Le paquet %1 version %2 est endommagé ; il a été ignoré.</translation>
    </message>
    <message>
        <source>A pack is damaged; it was skipped.</source>
        <translation>Un paquet est endommagé ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The files of pack %1 version %2 are missing; it was skipped.</source>
        <translation>Les fichiers du paquet %1 version %2 manquent ; il a été ignoré.</translation>
    </message>
    <message>
        <source>A pack's files are missing; it was skipped.</source>
        <translation>Les fichiers d'un paquet manquent ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The library that came with FieldKit could not be installed as a pack, so it is read where it is.</source>
        <translation>La bibliothèque fournie avec FieldKit n'a pas pu être installée comme paquet : elle est lue là où elle se trouve.</translation>
    </message>
    <message>
        <source>The pack list has expired; get a fresh copy from the source.</source>
        <translation>La liste des paquets a expiré ; procurez-vous une copie récente à la source.</translation>
    </message>
    <message>
        <source>The pack is larger than FieldKit allows; it was refused.</source>
        <translation>Le paquet est plus volumineux que ce que FieldKit accepte ; il a été refusé.</translation>
    </message>
    <message>
        <source>The pack holds files it must not hold; it was refused.</source>
        <translation>Le paquet contient des fichiers qu'il ne doit pas contenir ; il a été refusé.</translation>
    </message>
    <message>
        <source>This pack comes from a publisher FieldKit does not trust; it was refused.</source>
        <translation>Ce paquet vient d'un éditeur auquel FieldKit ne fait pas confiance ; il a été refusé.</translation>
    </message>
    <message>
        <source>The pack was checked but could not be installed; the packs you had are unchanged.</source>
        <translation>Le paquet a été vérifié mais n'a pas pu être installé ; vos paquets actuels sont inchangés.</translation>
    </message>
    <message>
        <source>%1 could not be reached; check the connection and try again.</source>
        <translation>%1 est injoignable ; vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The pack source could not be read; check it and try again.</source>
        <translation>La source de paquets n'a pas pu être lue ; vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not one this laptop trusts. If it is your organisation's own server, choose its CA certificate in the CA certificate setting on the Sync screen, then check again.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n'est pas de ceux auxquels cet ordinateur fait confiance. Si c'est le serveur de votre organisation, choisissez son certificat d'AC dans le réglage « Certificat d'AC » de l'écran Synchroniser, puis recherchez à nouveau.</translation>
    </message>
    <message>
        <source>The secure connection to the source failed: its certificate is not one this laptop trusts. If it is your organisation's own server, choose its CA certificate in the CA certificate setting on the Sync screen, then check again.</source>
        <translation>La connexion sécurisée à la source a échoué : son certificat n'est pas de ceux auxquels cet ordinateur fait confiance. Si c'est le serveur de votre organisation, choisissez son certificat d'AC dans le réglage « Certificat d'AC » de l'écran Synchroniser, puis recherchez à nouveau.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read (missing, or not PEM certificates); choose another in the CA certificate setting on the Sync screen, or clear it.</source>
        <translation>Le fichier de certificat d'AC %1 ne peut pas être lu (absent, ou sans certificats PEM) ; choisissez-en un autre dans le réglage « Certificat d'AC » de l'écran Synchroniser, ou videz ce réglage.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read (missing, or not PEM certificates); choose another in the CA certificate setting on the Sync screen, or clear it.</source>
        <translation>Le fichier de certificat d'AC ne peut pas être lu (absent, ou sans certificats PEM) ; choisissez-en un autre dans le réglage « Certificat d'AC » de l'écran Synchroniser, ou videz ce réglage.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>%1: the download of only the changes was refused, so the full pack was downloaded instead.</source>
        <translation>%1 : le téléchargement des seules modifications a été refusé ; le paquet complet a été téléchargé à la place.</translation>
    </message>
    <message>
        <source>The download of only the changes was refused, so the full pack was downloaded instead.</source>
        <translation>Le téléchargement des seules modifications a été refusé ; le paquet complet a été téléchargé à la place.</translation>
    </message>
    <message>
        <source>%1 was not installed: the source is out of date.</source>
        <translation>%1 n'a pas été installé : la source n'est pas à jour.</translation>
    </message>
    <message>
        <source>A new pack was not installed: the source is out of date.</source>
        <translation>Un nouveau paquet n'a pas été installé : la source n'est pas à jour.</translation>
    </message>
    <message>
        <source>No pack is installed on this laptop, so there is nothing to pass on.</source>
        <translation>Aucun paquet n'est installé sur cet ordinateur : il n'y a rien à transmettre.</translation>
    </message>
    <message>
        <source>Updates are never copied into FieldKit's own data folder; choose a USB drive or another folder.</source>
        <translation>Les mises à jour ne sont jamais copiées dans le dossier de données de FieldKit ; choisissez un lecteur USB ou un autre dossier.</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose a drive or a folder.</source>
        <translation>%1 n'est pas un dossier ; choisissez un lecteur ou un dossier.</translation>
    </message>
    <message>
        <source>This is not a folder; choose a drive or a folder.</source>
        <translation>Ceci n'est pas un dossier ; choisissez un lecteur ou un dossier.</translation>
    </message>
    <message>
        <source>This drive already holds newer updates than this laptop has; nothing was copied.</source>
        <translation>Ce lecteur contient déjà des mises à jour plus récentes que celles de cet ordinateur ; rien n'a été copié.</translation>
    </message>
    <message>
        <source>pack %1 version %2 was installed before FieldKit kept its signed files; sync it again to pass it on</source>
        <translation>le paquet %1 version %2 a été installé avant que FieldKit ne conserve ses fichiers signés ; synchronisez-le de nouveau pour le transmettre</translation>
    </message>
    <message>
        <source>a pack was installed before FieldKit kept its signed files; sync it again to pass it on</source>
        <translation>un paquet a été installé avant que FieldKit ne conserve ses fichiers signés ; synchronisez-le de nouveau pour le transmettre</translation>
    </message>
    <message>
        <source>pack %1 version %2 came with another pack list than the newest this laptop holds; sync it again from a source to pass it on</source>
        <translation>le paquet %1 version %2 est arrivé avec une autre liste des paquets que la plus récente de cet ordinateur ; synchronisez-le de nouveau depuis une source pour le transmettre</translation>
    </message>
    <message>
        <source>a pack came with another pack list than the newest this laptop holds; sync it again from a source to pass it on</source>
        <translation>un paquet est arrivé avec une autre liste des paquets que la plus récente de cet ordinateur ; synchronisez-le de nouveau depuis une source pour le transmettre</translation>
    </message>
    <message>
        <source>Port %1 is used by another program, so nothing is shared.</source>
        <translation>Le port %1 est utilisé par un autre programme : rien n'est partagé.</translation>
    </message>
    <message>
        <source>The network port is used by another program, so nothing is shared.</source>
        <translation>Le port réseau est utilisé par un autre programme : rien n'est partagé.</translation>
    </message>
    <message>
        <source>Your data could not be opened or saved.</source>
        <translation>Vos données n'ont pas pu être ouvertes ou enregistrées.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>Le disque est plein ; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Your data file is in use by another FieldKit window or program; close it and try again.</source>
        <translation>Votre fichier de données est utilisé par une autre fenêtre FieldKit ou un autre programme ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Your data file is read-only; check its permissions.</source>
        <translation>Votre fichier de données est en lecture seule ; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Your data file is damaged; restore a backup in Settings.</source>
        <translation>Votre fichier de données est endommagé ; restaurez une sauvegarde dans les Réglages.</translation>
    </message>
    <message>
        <source>Your data was written by a newer FieldKit; update FieldKit to open it.</source>
        <translation>Vos données ont été écrites par une version plus récente de FieldKit ; mettez FieldKit à jour pour les ouvrir.</translation>
    </message>
    <message>
        <source>The passphrase is wrong; nothing was opened.</source>
        <translation>La phrase secrète est erronée ; rien n'a été ouvert.</translation>
    </message>
    <message>
        <source>This key does not open the data in this folder.</source>
        <translation>Cette clé n'ouvre pas les données de ce dossier.</translation>
    </message>
    <message>
        <source>Your data is locked: a passphrase is needed to open it.</source>
        <translation>Vos données sont verrouillées : une phrase secrète est nécessaire pour les ouvrir.</translation>
    </message>
    <message>
        <source>Your data already has a passphrase; change it with the current one.</source>
        <translation>Vos données ont déjà une phrase secrète ; changez-la en donnant l'actuelle.</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>La sauvegarde n'a pas pu être faite.</translation>
    </message>
    <message>
        <source>There is no backup named %1.</source>
        <translation>Aucune sauvegarde ne s'appelle %1.</translation>
    </message>
    <message>
        <source>That backup no longer exists.</source>
        <translation>Cette sauvegarde n'existe plus.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be restored into it; %1 itself is intact.</source>
        <translation>Le dossier de données est en lecture seule, donc rien ne peut y être restauré ; %1 reste intacte.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be restored into it.</source>
        <translation>Le dossier de données est en lecture seule, donc rien ne peut y être restauré.</translation>
    </message>
    <message>
        <source>The backup could not be restored; your data is unchanged.</source>
        <translation>La sauvegarde n'a pas pu être restaurée ; vos données sont inchangées.</translation>
    </message>
    <message>
        <source>The damaged data file could not be moved aside, so the backup was not restored; your data is unchanged.</source>
        <translation>Le fichier de données endommagé n'a pas pu être mis de côté, la sauvegarde n'a donc pas été restaurée ; vos données sont inchangées.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened in a read-only folder; copy the data folder somewhere writable and restore from there.</source>
        <translation>La sauvegarde %1 ne peut pas être ouverte dans un dossier en lecture seule ; copiez le dossier de données à un endroit accessible en écriture et restaurez depuis là.</translation>
    </message>
    <message>
        <source>The backup cannot be opened in a read-only folder; copy the data folder somewhere writable and restore from there.</source>
        <translation>La sauvegarde ne peut pas être ouverte dans un dossier en lecture seule ; copiez le dossier de données à un endroit accessible en écriture et restaurez depuis là.</translation>
    </message>
    <message>
        <source>Close the other FieldKit window using this data folder first, then restore.</source>
        <translation>Fermez d'abord l'autre fenêtre FieldKit qui utilise ce dossier de données, puis restaurez.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or not FieldKit data; choose another.</source>
        <translation>La sauvegarde %1 est endommagée ou ne contient pas de données FieldKit ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This backup is damaged or not FieldKit data; choose another.</source>
        <translation>Cette sauvegarde est endommagée ou ne contient pas de données FieldKit ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>%1 cannot be written there; choose another place.</source>
        <translation>%1 ne peut pas être écrit à cet endroit ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another place.</source>
        <translation>Le fichier ne peut pas être écrit à cet endroit ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full; free some space and try again.</source>
        <translation>%1 n'a pas pu être écrit : le disque est plein ; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n'a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is inside your FieldKit data folder, which only FieldKit writes; choose a file outside it.</source>
        <translation>%1 se trouve dans votre dossier de données FieldKit, où seul FieldKit écrit ; choisissez un fichier en dehors.</translation>
    </message>
    <message>
        <source>This is inside your FieldKit data folder, which only FieldKit writes; choose a file outside it.</source>
        <translation>Ceci se trouve dans votre dossier de données FieldKit, où seul FieldKit écrit ; choisissez un fichier en dehors.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a link or a device); give the path of a file to write.</source>
        <translation>%1 n'est pas un fichier ordinaire (un dossier, un lien ou un périphérique) ; indiquez le chemin d'un fichier à écrire.</translation>
    </message>
    <message>
        <source>This is not a regular file; give the path of a file to write.</source>
        <translation>Ceci n'est pas un fichier ordinaire ; indiquez le chemin d'un fichier à écrire.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n'a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened; it is missing, damaged or not a FieldKit library.</source>
        <translation>La bibliothèque %1 ne peut pas être ouverte : elle manque, est endommagée ou n'est pas une bibliothèque FieldKit.</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>La bibliothèque ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a library record.</source>
        <translation>%1 ne peut pas être lu comme une fiche de la bibliothèque.</translation>
    </message>
    <message>
        <source>A library record cannot be read.</source>
        <translation>Une fiche de la bibliothèque ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The library could not be built.</source>
        <translation>La bibliothèque n'a pas pu être construite.</translation>
    </message>
    <message>
        <source>The source file %1 is not valid.</source>
        <translation>Le fichier source %1 n'est pas valide.</translation>
    </message>
    <message>
        <source>A source file is not valid.</source>
        <translation>Un fichier source n'est pas valide.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read for the build.</source>
        <translation>Le fichier %1 ne peut pas être lu pour la construction.</translation>
    </message>
    <message>
        <source>A file cannot be read for the build.</source>
        <translation>Un fichier ne peut pas être lu pour la construction.</translation>
    </message>
    <message>
        <source>Nothing has the id %1.</source>
        <translation>Rien ne porte l'identifiant %1.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Cet élément n'existe plus.</translation>
    </message>
    <message>
        <source>This run is finished; reopen it to change it.</source>
        <translation>Ce passage est terminé ; rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <source>An added item needs some text.</source>
        <translation>Un élément ajouté doit contenir du texte.</translation>
    </message>
    <message>
        <source>This value does not fit the field.</source>
        <translation>Cette valeur ne convient pas à ce champ.</translation>
    </message>
    <message>
        <source>That is not something FieldKit can wipe.</source>
        <translation>FieldKit ne peut pas effacer cela.</translation>
    </message>
    <message>
        <source>%1: version %2 was already installed.</source>
        <translation>%1 : la version %2 était déjà installée.</translation>
    </message>
    <message>
        <source>%1: installed version %2.</source>
        <translation>%1 : version %2 installée.</translation>
    </message>
    <message>
        <source>%1: updated from version %2 to version %3.</source>
        <translation>%1 : mis à jour de la version %2 à la version %3.</translation>
    </message>
    <message>
        <source>%1: updated from version %2 to version %3 (only the changes were downloaded).</source>
        <translation>%1 : mis à jour de la version %2 à la version %3 (seules les modifications ont été téléchargées).</translation>
    </message>
    <message>
        <source>Everything is up to date: nothing was changed.</source>
        <translation>Tout est à jour : rien n'a été changé.</translation>
    </message>
    <message>
        <source>Skipped %1.</source>
        <translation>Ignoré : %1.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Ignoré %1 : %2</translation>
    </message>
    <message>
        <source>The source was out of date: content as of %1.</source>
        <translation>La source n'était pas à jour : contenu au %1.</translation>
    </message>
    <message>
        <source>Refused: this update is not signed by a publisher this device trusts, so nothing was installed. Do not use this source. (%1)</source>
        <translation>Refusé : cette mise à jour n'est pas signée par un éditeur auquel cet appareil fait confiance, donc rien n'a été installé. N'utilisez pas cette source. (%1)</translation>
    </message>
    <message>
        <source>Refused: a file on this source is not the one its publisher signed (damaged or tampered with), so nothing was installed. (%1)</source>
        <translation>Refusé : un fichier de cette source n'est pas celui que son éditeur a signé (abîmé ou falsifié), donc rien n'a été installé. (%1)</translation>
    </message>
    <message>
        <source>Refused: this source is out of date. (%1)</source>
        <translation>Refusé : cette source n'est pas à jour. (%1)</translation>
    </message>
    <message>
        <source>Could not reach the source or read from it (no network, too slow, or the drive was removed). Nothing was changed; try again later. (%1)</source>
        <translation>Impossible de joindre la source ou de la lire (pas de réseau, trop lente, ou le support a été retiré). Rien n'a été changé ; réessayez plus tard. (%1)</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>A report is saved as an ordinary file (PDF or HTML): it is not encrypted, even with a passphrase set, so anyone who gets the file can read everything in it.</source>
        <translation>Un rapport est enregistré comme un fichier ordinaire (PDF ou HTML) : il n'est pas chiffré, même si une phrase secrète est définie, donc toute personne qui obtient le fichier peut lire tout ce qu'il contient.</translation>
    </message>
    <message>
        <source>Share-safe: leave out notes, names and worksheets</source>
        <translation>Sûr à partager : sans les notes, les noms ni les fiches</translation>
    </message>
    <message>
        <source>Share-safe report</source>
        <translation>Rapport sûr à partager</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>— not chosen —</source>
        <translation>— non choisi —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Set %1 to now</source>
        <translation>Mettre %1 à l'heure actuelle</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>everywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>built today</source>
        <translation>créée aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>créée il y a %n jour</numerusform>
            <numerusform>créée il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>FieldKit help</source>
        <translation>Aide de FieldKit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Fermer l'aide</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>FieldKit %1</source>
        <translation>FieldKit %1</translation>
    </message>
    <message>
        <source>Works offline. Your data stays on this computer.</source>
        <translation>Fonctionne hors ligne. Vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No library loaded</source>
        <translation>Aucune bibliothèque chargée</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Bibliothèques :</translation>
    </message>
    <message>
        <source>Your data folder:</source>
        <translation>Votre dossier de données :</translation>
    </message>
    <message>
        <source>About FieldKit</source>
        <translation>À propos de FieldKit</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>What are you doing now?</source>
        <translation>Que faites-vous maintenant ?</translation>
    </message>
    <message>
        <source>Pick what fits the moment. Everything here works without a network.</source>
        <translation>Choisissez ce qui convient au moment. Tout fonctionne sans réseau.</translation>
    </message>
    <message>
        <source>At a checkpoint</source>
        <translation>À un poste de contrôle</translation>
    </message>
    <message>
        <source>Start the checkpoint checklist, full screen, one phase at a time.</source>
        <translation>Lancer la liste du poste de contrôle, en plein écran, une phase à la fois.</translation>
    </message>
    <message>
        <source>Meeting community leaders</source>
        <translation>Rencontrer des responsables communautaires</translation>
    </message>
    <message>
        <source>Start the checklist for a first meeting with community leaders.</source>
        <translation>Lancer la liste pour une première rencontre avec des responsables communautaires.</translation>
    </message>
    <message>
        <source>Choose your track</source>
        <translation>Choisir votre approche</translation>
    </message>
    <message>
        <source>Dialogue, advocacy, negotiation or persuasion: which fits now?</source>
        <translation>Dialogue, plaidoyer, négociation ou persuasion : lequel convient maintenant ?</translation>
    </message>
    <message>
        <source>Cultural prompts</source>
        <translation>Repères culturels</translation>
    </message>
    <message>
        <source>Greetings, dress, age, gender, religion: reminders for your setting.</source>
        <translation>Salutations, tenue, âge, genre, religion : des rappels pour votre contexte.</translation>
    </message>
    <message>
        <source>If threatened</source>
        <translation>En cas de menace</translation>
    </message>
    <message>
        <source>Life before property: what to do, what never to do, what to report.</source>
        <translation>La vie avant les biens : que faire, que ne jamais faire, que signaler.</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Fiches de travail</translation>
    </message>
    <message>
        <source>Debrief, incident report, red lines, iceberg, emergency contacts.</source>
        <translation>Débriefing, rapport d'incident, lignes rouges, iceberg, contacts d'urgence.</translation>
    </message>
    <message>
        <source>Opens checkpoint mode; Esc leaves it</source>
        <translation>Ouvre le mode poste de contrôle ; Échap le quitte</translation>
    </message>
    <message>
        <source>Library updates</source>
        <translation>Mises à jour de la bibliothèque</translation>
    </message>
    <message>
        <source>See updates</source>
        <translation>Voir les mises à jour</translation>
    </message>
    <message>
        <source>Open the Sync screen; nothing is installed until you ask</source>
        <translation>Ouvrir l'écran Synchroniser ; rien n'est installé tant que vous ne le demandez pas</translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation>%1 depuis %2.</translation>
    </message>
    <message>
        <source>Recent and unfinished runs</source>
        <translation>Passages récents et inachevés</translation>
    </message>
    <message>
        <source>Recent and unfinished checklist runs</source>
        <translation>Passages de listes récents et inachevés</translation>
    </message>
    <message>
        <source>Enter or click opens the run</source>
        <translation>Entrée ou un clic ouvre le passage</translation>
    </message>
    <message>
        <source>No checklist runs yet. Start one from a card above; every tick is saved at once.</source>
        <translation>Aucun passage pour l'instant. Lancez-en un depuis une carte ci-dessus ; chaque coche est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Offline — that's normal: everything works without a network.</source>
        <translation>Hors ligne — c'est normal : tout fonctionne sans réseau.</translation>
    </message>
    <message>
        <source>Library title</source>
        <translation>Titre de la bibliothèque</translation>
    </message>
    <message>
        <source>Library age</source>
        <translation>Âge de la bibliothèque</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <source>No library is loaded. Checklist runs you already have still open.</source>
        <translation>Aucune bibliothèque n'est chargée. Vos passages existants s'ouvrent quand même.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more pack(s)</source>
        <translation>
            <numerusform>+ %n paquet de plus</numerusform>
            <numerusform>+ %n paquets de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Built %1 · today</source>
        <translation>Créée le %1 · aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>Built %1 · %n day(s) old</source>
        <translation>
            <numerusform>Créée le %1 · il y a %n jour</numerusform>
            <numerusform>Créée le %1 · il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own data could not be opened, so runs are not shown.</source>
        <translation>Vos données n'ont pas pu être ouvertes : les passages ne sont donc pas affichés.</translation>
    </message>
</context>
<context>
    <name>InstalledPacksModel</name>
    <message>
        <source>Pack</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>InstalledPacksPanel</name>
    <message>
        <source>Installed packs</source>
        <translation>Paquets installés</translation>
    </message>
    <message>
        <source>No pack is installed: FieldKit reads the library it came with.</source>
        <translation>Aucun paquet n'est installé : FieldKit lit la bibliothèque fournie avec lui.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Go back to the version installed before</source>
        <translation>Revenir à la version installée auparavant</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Rolling %1 back to version %2…</source>
        <translation>Retour de %1 à la version %2…</translation>
    </message>
    <message>
        <source>%1 is back at version %2 (version %3 is kept, so you can switch again).</source>
        <translation>%1 est revenu à la version %2 (la version %3 est conservée : vous pouvez changer à nouveau).</translation>
    </message>
    <message>
        <source>Remove pack?</source>
        <translation>Retirer le paquet ?</translation>
    </message>
    <message>
        <source>Remove %1 (%2, version %3) from this device? Its content will no longer show. Your own runs, notes and worksheets are kept.</source>
        <translation>Retirer %1 (%2, version %3) de cet appareil ? Son contenu ne sera plus affiché. Vos propres passages, notes et fiches sont conservés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Retrait de %1…</translation>
    </message>
    <message>
        <source>%1 was removed from this device.</source>
        <translation>%1 a été retiré de cet appareil.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Not applicable…</source>
        <translation>Sans objet…</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Mark the selected item not applicable here, with a reason if you like</source>
        <translation>Marquer le point sélectionné sans objet ici, avec une raison si vous le souhaitez</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>À garder en tête</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Ticked %1</source>
        <translation>Coché à %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <source>Added during this run</source>
        <translation>Ajouté pendant ce passage</translation>
    </message>
    <message>
        <source>No longer in the current checklist</source>
        <translation>Ne figure plus dans la liste actuelle</translation>
    </message>
    <message>
        <source>Applicable again</source>
        <translation>De nouveau applicable</translation>
    </message>
    <message>
        <source>No prompts for this item.</source>
        <translation>Aucun repère pour ce point.</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>No library is loaded, so there is nothing to show here.</source>
        <translation>Aucune bibliothèque n'est chargée : il n'y a donc rien à afficher.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>All publishers</source>
        <translation>Tous les éditeurs</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>À partir de l'année</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Jusqu'à l'année</translation>
    </message>
    <message>
        <source>Bookmarked only</source>
        <translation>Favoris seulement</translation>
    </message>
    <message>
        <source>Show bookmarked records only</source>
        <translation>Afficher seulement les fiches en favori</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Nombre de fiches</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Type, language, publisher, years and bookmarks</source>
        <translation>Type, langue, éditeur, années et favoris</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Arrow keys move; the record shows on the right</source>
        <translation>Les flèches déplacent ; la fiche s'affiche à côté</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No records match. Clear a filter or try other words.</source>
        <translation>Aucune fiche ne correspond. Effacez un filtre ou essayez d'autres mots.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n fiche affichée, d'autres en faisant défiler</numerusform>
            <numerusform>%n fiches affichées, d'autres en faisant défiler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWatcher</name>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n fiche ajoutée</numerusform>
            <numerusform>%n fiches ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n fiche supprimée</numerusform>
            <numerusform>%n fiches supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Library reloaded.</source>
        <translation>Bibliothèque rechargée.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>Library updated: %1.</source>
        <translation>Bibliothèque mise à jour : %1.</translation>
    </message>
    <message>
        <source>%1 installed (version %2)</source>
        <translation>%1 installé (version %2)</translation>
    </message>
    <message>
        <source>%1 updated to version %2</source>
        <translation>%1 mis à jour vers la version %2</translation>
    </message>
    <message>
        <source>%1 rolled back to version %2</source>
        <translation>%1 ramené à la version %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>The new library could not be opened.</source>
        <translation>La nouvelle bibliothèque n'a pas pu être ouverte.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Unlock status</source>
        <translation>État du déverrouillage</translation>
    </message>
    <message>
        <source>Open from the neutral start screen (no passphrase set)</source>
        <translation>Ouvrir depuis l'écran de démarrage neutre (sans phrase secrète)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>FieldKit is locked</source>
        <translation>FieldKit est verrouillé</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your data.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir vos données.</translation>
    </message>
    <message>
        <source>No passphrase is set, so anyone with this computer can unlock it. Set one in Settings › Privacy.</source>
        <translation>Aucune phrase secrète n'est définie : toute personne qui a cet ordinateur peut donc le déverrouiller. Définissez-en une dans Réglages › Confidentialité.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>That passphrase is wrong.</source>
        <translation>Cette phrase secrète est incorrecte.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before your notes are erased.</source>
        <translation>
            <numerusform>Il reste %n essai avant l'effacement de vos notes.</numerusform>
            <numerusform>Il reste %n essais avant l'effacement de vos notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>The wipe could not remove %1 (and %2 other files): delete them by hand or erase the drive.</source>
        <translation>L’effacement n’a pas pu supprimer %1 (ni %2 autres fichiers) : supprimez-les à la main ou effacez le disque.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Fiches de travail</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Go to the %1 screen</source>
        <translation>Aller à l'écran %1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Shortcuts and about FieldKit (F1)</source>
        <translation>Raccourcis et à propos de FieldKit (F1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Lock: close your data and show only the unlock screen</source>
        <translation>Verrouiller : fermer vos données et n'afficher que l'écran de déverrouillage</translation>
    </message>
    <message>
        <source>Hide the screen behind a clock (the same key brings it back)</source>
        <translation>Cacher l'écran derrière une horloge (la même touche le fait revenir)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tout chercher</translation>
    </message>
    <message>
        <source>Find on this screen (where it can), else search everything</source>
        <translation>Chercher dans cet écran (si possible), sinon partout</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Retour à l'écran précédent</translation>
    </message>
    <message>
        <source>Help: shortcuts and about FieldKit</source>
        <translation>Aide : raccourcis et à propos de FieldKit</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>État de la bibliothèque</translation>
    </message>
    <message>
        <source>%1 available (%2)</source>
        <translation>Disponible : %1 (%2)</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <source>No library loaded</source>
        <translation>Aucune bibliothèque chargée</translation>
    </message>
    <message numerus="yes">
        <source> + %n more pack(s)</source>
        <translation>
            <numerusform> + %n paquet de plus</numerusform>
            <numerusform> + %n paquets de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2%3 · offline</source>
        <translation>%1 %2%3 · hors ligne</translation>
    </message>
</context>
<context>
    <name>PackWords</name>
    <message numerus="yes">
        <source>%1, %n second(s) left</source>
        <translation>
            <numerusform>%1, %n seconde restante</numerusform>
            <numerusform>%1, %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>vieux de %n jour</numerusform>
            <numerusform>vieux de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation>%1, à %2/s</translation>
    </message>
    <message>
        <source>backing up your data</source>
        <translation>sauvegarde de vos données</translation>
    </message>
    <message>
        <source>your data is locked, so it was not backed up first (installing does not change it)</source>
        <translation>vos données sont verrouillées : elles n'ont pas été sauvegardées avant (l'installation ne les modifie pas)</translation>
    </message>
    <message>
        <source>unpacking</source>
        <translation>décompression</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>construction de l'index de recherche</translation>
    </message>
    <message>
        <source>switching to the new version</source>
        <translation>passage à la nouvelle version</translation>
    </message>
    <message>
        <source>today</source>
        <translation>d'aujourd'hui</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1, version %2</translation>
    </message>
</context>
<context>
    <name>PassOnPanel</name>
    <message>
        <source>Pass it on</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <source>Give the updates this laptop has to another team: copy them to a USB drive, or let a laptop nearby download them from this one. They stay signed by their publisher, so the other laptop checks them just the same.</source>
        <translation>Donnez les mises à jour de cet ordinateur à une autre équipe : copiez-les sur un lecteur USB, ou laissez un ordinateur proche les télécharger depuis celui-ci. Elles restent signées par leur éditeur : l'autre ordinateur les vérifie de la même façon.</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Progression de la copie</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Résultat de la copie</translation>
    </message>
    <message>
        <source>Address to type on the other laptop</source>
        <translation>Adresse à saisir sur l'autre ordinateur</translation>
    </message>
    <message>
        <source>Copy updates to a drive…</source>
        <translation>Copier les mises à jour sur un lecteur…</translation>
    </message>
    <message>
        <source>Cancel copy</source>
        <translation>Annuler la copie</translation>
    </message>
    <message>
        <source>Stop the copy; the drive holds no half-written update list</source>
        <translation>Arrêter la copie ; le lecteur ne garde aucune liste de mises à jour à moitié écrite</translation>
    </message>
    <message>
        <source>Share on this network</source>
        <translation>Partager sur ce réseau</translation>
    </message>
    <message>
        <source>Laptops on the same network can download this laptop's updates, read-only, for a limited time</source>
        <translation>Les ordinateurs du même réseau peuvent télécharger les mises à jour de celui-ci, en lecture seule, pendant un temps limité</translation>
    </message>
    <message>
        <source>How long to share</source>
        <translation>Durée du partage</translation>
    </message>
    <message numerus="yes">
        <source>for %n minute(s)</source>
        <translation>
            <numerusform>pendant %n minute</numerusform>
            <numerusform>pendant %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>No USB drive is plugged in.</source>
        <translation>Aucun lecteur USB n'est branché.</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Un autre dossier…</translation>
    </message>
    <message>
        <source>Choose where to copy the updates</source>
        <translation>Choisissez où copier les mises à jour</translation>
    </message>
    <message>
        <source>Copying the updates to %1…</source>
        <translation>Copie des mises à jour vers %1…</translation>
    </message>
    <message>
        <source>Copying: %1 of %2</source>
        <translation>Copie : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n update(s) to %1:</source>
        <translation>
            <numerusform>%n mise à jour copiée vers %1 :</numerusform>
            <numerusform>%n mises à jour copiées vers %1 :</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Non copié : %1</translation>
    </message>
    <message>
        <source>On the other laptop, open Sync and choose this drive (or folder) to install them.</source>
        <translation>Sur l'autre ordinateur, ouvrez Synchroniser et choisissez ce lecteur (ou dossier) pour les installer.</translation>
    </message>
    <message>
        <source>%1 version %2 (full pack, as a single file)</source>
        <translation>%1 version %2 (paquet complet, en fichier isolé)</translation>
    </message>
    <message>
        <source>%1 version %2 (full pack)</source>
        <translation>%1 version %2 (paquet complet)</translation>
    </message>
    <message>
        <source>%1 version %2 (changes from version %3, as a single file)</source>
        <translation>%1 version %2 (modifications depuis la version %3, en fichier isolé)</translation>
    </message>
    <message>
        <source>%1 version %2 (changes from version %3)</source>
        <translation>%1 version %2 (modifications depuis la version %3)</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Rien n'a été copié : %1</translation>
    </message>
    <message>
        <source>Copy cancelled. Copy again before giving this drive to anyone: it may not hold all the updates.</source>
        <translation>Copie annulée. Copiez à nouveau avant de donner ce lecteur à quelqu'un : il peut ne pas contenir toutes les mises à jour.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>Non partagé : %1</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>Partage arrêté.</translation>
    </message>
    <message>
        <source>Sharing stopped: its time is up.</source>
        <translation>Partage arrêté : le temps est écoulé.</translation>
    </message>
    <message>
        <source>Stops by itself in %1.</source>
        <translation>S'arrête tout seul dans %1.</translation>
    </message>
    <message>
        <source>Off. Nothing is shared until you switch it on.</source>
        <translation>Désactivé. Rien n'est partagé tant que vous ne l'activez pas.</translation>
    </message>
    <message>
        <source>Sharing. On the other laptop (on the same network), open Sync and type:</source>
        <translation>Partage en cours. Sur l'autre ordinateur (sur le même réseau), ouvrez Synchroniser et saisissez :</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>Définir une phrase secrète</translation>
    </message>
    <message>
        <source>Protect your notes</source>
        <translation>Protégez vos notes</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Retirer la phrase secrète</translation>
    </message>
    <message>
        <source>What you write here (notes, names, incident reports) could endanger you and others if this laptop is taken. With a passphrase it is encrypted: nobody can read it without the passphrase. You can also do this later in Settings.</source>
        <translation>Ce que vous écrivez ici (notes, noms, rapports d'incident) pourrait vous mettre en danger, vous et d'autres personnes, si quelqu'un prend cet ordinateur portable. Avec une phrase secrète, c'est chiffré : personne ne peut le lire sans la phrase secrète. Vous pouvez aussi le faire plus tard dans Réglages.</translation>
    </message>
    <message>
        <source>Your runs, notes and worksheets are encrypted with it. If you forget it, nobody can get them back, not even you.</source>
        <translation>Vos passages, notes et fiches sont chiffrés avec elle. Si vous l'oubliez, personne ne pourra les récupérer, pas même vous.</translation>
    </message>
    <message>
        <source>Your data stays encrypted; only the passphrase that opens it changes.</source>
        <translation>Vos données restent chiffrées ; seule change la phrase secrète qui les ouvre.</translation>
    </message>
    <message>
        <source>Without a passphrase your data is readable by anyone who has this laptop.</source>
        <translation>Sans phrase secrète, vos données sont lisibles par toute personne qui a cet ordinateur portable.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Répétez-la</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Définir la phrase secrète</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation>Retirer la phrase secrète</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>Saisissez d'abord une phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Les deux phrases secrètes diffèrent ; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <source>Decrypting your data…</source>
        <translation>Déchiffrement de vos données…</translation>
    </message>
    <message>
        <source>Encrypting your data… this can take a moment.</source>
        <translation>Chiffrement de vos données… cela peut prendre un moment.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>The passphrase was removed: your data is now readable by anyone with this laptop.</source>
        <translation>La phrase secrète a été retirée : vos données sont maintenant lisibles par toute personne qui a cet ordinateur portable.</translation>
    </message>
    <message>
        <source>Your data is now encrypted with your passphrase.</source>
        <translation>Vos données sont maintenant chiffrées avec votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Privacy and security</source>
        <translation>Confidentialité et sécurité</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Définir une phrase secrète…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Retirer la phrase secrète…</translation>
    </message>
    <message>
        <source>Never by itself</source>
        <translation>Jamais de lui-même</translation>
    </message>
    <message>
        <source>As soon as it is hidden or minimised</source>
        <translation>Dès qu'il est masqué ou réduit</translation>
    </message>
    <message>
        <source>After 1 minute without use</source>
        <translation>Après 1 minute sans utilisation</translation>
    </message>
    <message>
        <source>After 5 minutes without use</source>
        <translation>Après 5 minutes sans utilisation</translation>
    </message>
    <message>
        <source>After 15 minutes without use</source>
        <translation>Après 15 minutes sans utilisation</translation>
    </message>
    <message>
        <source>After 1 hour without use</source>
        <translation>Après 1 heure sans utilisation</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Verrouiller automatiquement</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrase(s)</source>
        <translation>
            <numerusform>Après %n phrase secrète incorrecte</numerusform>
            <numerusform>Après %n phrases secrètes incorrectes</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase my notes after wrong passphrases</source>
        <translation>Effacer mes notes après des phrases secrètes incorrectes</translation>
    </message>
    <message>
        <source>Erase my notes</source>
        <translation>Effacer mes notes</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disguise</source>
        <translation>Camouflage</translation>
    </message>
    <message>
        <source>The window, the taskbar and dialogs show this name and a plain icon, and the app opens on a neutral page: your passphrase, or Ctrl+Shift+O without one, opens it. The file names of the program and of its data folder still say FieldKit.</source>
        <translation>La fenêtre, la barre des tâches et les boîtes de dialogue affichent ce nom et une icône simple, et l'application s'ouvre sur une page neutre : votre phrase secrète, ou Ctrl+Shift+O s'il n'y en a pas, l'ouvre. Les noms de fichier du programme et de son dossier de données indiquent toujours FieldKit.</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>Effacer les données…</translation>
    </message>
    <message>
        <source>Erase data now (emergency wipe)</source>
        <translation>Effacer les données maintenant (effacement d'urgence)</translation>
    </message>
    <message>
        <source>Emergency wipe, with a few seconds to cancel. From any screen: hold Ctrl+Shift+Delete for two seconds.</source>
        <translation>Effacement d'urgence, avec quelques secondes pour annuler. Depuis n'importe quel écran : maintenez Ctrl+Shift+Suppr enfoncées pendant deux secondes.</translation>
    </message>
    <message>
        <source>Your data is not open, so its passphrase cannot be changed now.</source>
        <translation>Vos données ne sont pas ouvertes : leur phrase secrète ne peut donc pas être changée maintenant.</translation>
    </message>
    <message>
        <source>Your runs, notes and worksheets are encrypted: without your passphrase nobody can read them. Exports (reports) are not encrypted.</source>
        <translation>Vos passages, notes et fiches sont chiffrés : sans votre phrase secrète, personne ne peut les lire. Les exports (rapports) ne sont pas chiffrés.</translation>
    </message>
    <message>
        <source>No passphrase is set: your data is readable by anyone who has this laptop, and anyone can unlock FieldKit when it is locked.</source>
        <translation>Aucune phrase secrète n'est définie : vos données sont lisibles par toute personne qui a cet ordinateur portable, et n'importe qui peut déverrouiller FieldKit quand il est verrouillé.</translation>
    </message>
    <message>
        <source>Off. Only possible with a passphrase.</source>
        <translation>Désactivé. Possible uniquement avec une phrase secrète.</translation>
    </message>
    <message>
        <source>Off: wrong passphrases only make the next try wait longer.</source>
        <translation>Désactivé : les phrases secrètes incorrectes font seulement attendre plus longtemps avant l'essai suivant.</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrase(s) in a row your notes are erased; %1 left now.</source>
        <translation>
            <numerusform>Après %n phrase secrète incorrecte, vos notes sont effacées ; essais restants maintenant : %1.</numerusform>
            <numerusform>Après %n phrases secrètes incorrectes d'affilée, vos notes sont effacées ; essais restants maintenant : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Ask yourself</source>
        <translation>Demandez-vous</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Repère : %1</translation>
    </message>
</context>
<context>
    <name>PromptColumn</name>
    <message>
        <source>Prompts for this item</source>
        <translation>Repères pour ce point</translation>
    </message>
</context>
<context>
    <name>PromptsScreen</name>
    <message>
        <source>Cultural prompts</source>
        <translation>Repères culturels</translation>
    </message>
    <message>
        <source>Your setting:</source>
        <translation>Votre contexte :</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>Votre contexte</translation>
    </message>
    <message>
        <source>Show only the prompts that fit where you are working</source>
        <translation>Afficher seulement les repères adaptés à votre lieu de travail</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Arrow keys choose a topic</source>
        <translation>Les flèches choisissent un thème</translation>
    </message>
    <message>
        <source>Prompts in this topic</source>
        <translation>Repères de ce thème</translation>
    </message>
    <message>
        <source>Arrow keys choose a prompt</source>
        <translation>Les flèches choisissent un repère</translation>
    </message>
    <message>
        <source>Prompt card</source>
        <translation>Carte de repère</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>No library is loaded, so there are no prompts to show.</source>
        <translation>Aucune bibliothèque n'est chargée : il n'y a donc aucun repère à afficher.</translation>
    </message>
    <message>
        <source>Showing the prompts for: %1. Change it here or in Settings.</source>
        <translation>Repères pour : %1. Modifiez-le ici ou dans Réglages.</translation>
    </message>
    <message>
        <source>Showing the prompts for every setting.</source>
        <translation>Repères pour tous les contextes.</translation>
    </message>
    <message>
        <source>No prompts in this topic for your setting. Choose “All settings” above to see them all.</source>
        <translation>Aucun repère de ce thème pour votre contexte. Choisissez « Tous les contextes » ci-dessus pour tout voir.</translation>
    </message>
    <message>
        <source>This prompt is not marked for your setting.</source>
        <translation>Ce repère n'est pas indiqué pour votre contexte.</translation>
    </message>
</context>
<context>
    <name>RecentRunsModel</name>
    <message>
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 sur %2 cochés</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevé</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>Record details</source>
        <translation>Détails de la fiche</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>Titre de la fiche</translation>
    </message>
    <message>
        <source>Bookmark this record</source>
        <translation>Mettre cette fiche en favori</translation>
    </message>
    <message>
        <source>Bookmark this record (Ctrl+D)</source>
        <translation>Mettre cette fiche en favori (Ctrl+D)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Key concepts</source>
        <translation>Notions clés</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>État de la note</translation>
    </message>
    <message>
        <source>Your note on this record</source>
        <translation>Votre note sur cette fiche</translation>
    </message>
    <message>
        <source>Only you see this. It is saved as you type.</source>
        <translation>Vous seul·e la voyez. Elle est enregistrée pendant la saisie.</translation>
    </message>
    <message>
        <source>Choose a record</source>
        <translation>Choisissez une fiche</translation>
    </message>
    <message>
        <source>Its summary, description and key concepts show here, with your note.</source>
        <translation>Son résumé, sa description et ses notions clés s'affichent ici, avec votre note.</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>langue : %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Key concepts and takeaways</source>
        <translation>Notions clés et enseignements</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Plus de détails</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ En favori</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Favori</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Lignes directrices</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Guide pratique</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Thèse</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Field note</source>
        <translation>Note de terrain</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html)</source>
        <translation>Rapport PDF (*.pdf);;Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RunChoiceDialog</name>
    <message>
        <source>Continue or start a new run?</source>
        <translation>Reprendre ou lancer un nouveau passage ?</translation>
    </message>
    <message>
        <source>You have an unfinished run of this checklist</source>
        <translation>Vous avez un passage inachevé de cette liste</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>Reprendre « %1 »</translation>
    </message>
    <message>
        <source>Continue the run %1</source>
        <translation>Reprendre le passage %1</translation>
    </message>
    <message>
        <source>Started %1 · %2 of %3 done</source>
        <translation>Commencé %1 · %2 sur %3 faits</translation>
    </message>
    <message>
        <source>Or start a &amp;new run, named (optional):</source>
        <translation>Ou lancer un &amp;nouveau passage, nommé (facultatif) :</translation>
    </message>
    <message>
        <source>Name of the new run</source>
        <translation>Nom du nouveau passage</translation>
    </message>
    <message>
        <source>Start a new run</source>
        <translation>Lancer un nouveau passage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Finish the run?</source>
        <translation>Terminer le passage ?</translation>
    </message>
    <message numerus="yes">
        <source>%n critical item(s) not done:</source>
        <translation>
            <numerusform>%n point critique non fait :</numerusform>
            <numerusform>%n points critiques non faits :</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish “%1” anyway?</source>
        <translation>Terminer « %1 » quand même ?</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Terminer quand même</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Runs cannot be started: your data or the library is not open.</source>
        <translation>Impossible de lancer un passage : vos données ou la bibliothèque ne sont pas ouvertes.</translation>
    </message>
</context>
<context>
    <name>RunItemDelegate</name>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Ticked %1</source>
        <translation>Coché à %1</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No longer in the checklist</source>
        <translation>Ne figure plus dans la liste</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
</context>
<context>
    <name>RunItemsModel</name>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1 : %2 sur %3 faits</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>ticked %1</source>
        <translation>coché à %1</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non fait</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>added during the run</source>
        <translation>ajouté pendant le passage</translation>
    </message>
    <message>
        <source>no longer in the checklist</source>
        <translation>ne figure plus dans la liste</translation>
    </message>
</context>
<context>
    <name>RunNoteEditor</name>
    <message>
        <source>Note for the whole run</source>
        <translation>Note pour tout le passage</translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <source>Finish or reopen the run</source>
        <translation>Terminer ou rouvrir le passage</translation>
    </message>
    <message>
        <source>Export the run's report</source>
        <translation>Exporter le rapport du passage</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or note change</source>
        <translation>Annuler la dernière coche, décoche ou modification de note</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>No run open</source>
        <translation>Aucun passage ouvert</translation>
    </message>
    <message>
        <source>Start a run from a checklist, or open one of your past runs.</source>
        <translation>Lancez un passage depuis une liste, ou ouvrez un de vos passages précédents.</translation>
    </message>
    <message>
        <source>Choose a checklist</source>
        <translation>Choisir une liste</translation>
    </message>
    <message>
        <source>Finish run</source>
        <translation>Terminer le passage</translation>
    </message>
    <message>
        <source>Finish this run (Ctrl+Enter)</source>
        <translation>Terminer ce passage (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Save the report as HTML or PDF (Ctrl+E)</source>
        <translation>Enregistrer le rapport en HTML ou PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Réinitialiser…</translation>
    </message>
    <message>
        <source>Reset run</source>
        <translation>Réinitialiser le passage</translation>
    </message>
    <message>
        <source>Clear every tick (notes are kept)</source>
        <translation>Effacer toutes les coches (les notes sont gardées)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Supprimer le passage</translation>
    </message>
    <message>
        <source>Delete this run and its notes</source>
        <translation>Supprimer ce passage et ses notes</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>Fiche de travail…</translation>
    </message>
    <message>
        <source>Add a worksheet to this run</source>
        <translation>Ajouter une fiche de travail à ce passage</translation>
    </message>
    <message>
        <source>Fill in a debrief, an incident report... attached to this run; it appears in the run's report</source>
        <translation>Remplir un débriefing, un rapport d'incident... joint à ce passage ; il figure dans son rapport</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avancement global</translation>
    </message>
    <message>
        <source>Find in this run</source>
        <translation>Chercher dans ce passage</translation>
    </message>
    <message>
        <source>Find in this run (Ctrl+F; Esc clears)</source>
        <translation>Chercher dans ce passage (Ctrl+F ; Échap efface)</translation>
    </message>
    <message>
        <source>Clear and close the find box</source>
        <translation>Effacer et fermer la recherche</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Points de la liste</translation>
    </message>
    <message>
        <source>Arrow keys move; Space ticks or unticks</source>
        <translation>Les flèches déplacent ; Espace coche ou décoche</translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation>Note pour ce point</translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation>Note du point sélectionné</translation>
    </message>
    <message>
        <source>What happened, who you spoke to… (saved as you type)</source>
        <translation>Ce qui s'est passé, à qui vous avez parlé… (enregistré pendant la saisie)</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Votre propre point</translation>
    </message>
    <message>
        <source>Add your own item to this phase…</source>
        <translation>Ajouter votre propre point à cette phase…</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>Ajouter votre propre point</translation>
    </message>
    <message>
        <source>Add it after the selected item's phase</source>
        <translation>L'ajouter dans la phase du point sélectionné</translation>
    </message>
    <message>
        <source>Author or team</source>
        <translation>Auteur·rice ou équipe</translation>
    </message>
    <message>
        <source>Author or team (in the report)</source>
        <translation>Auteur·rice ou équipe (dans le rapport)</translation>
    </message>
    <message>
        <source>Note for the whole run</source>
        <translation>Note pour tout le passage</translation>
    </message>
    <message>
        <source>Who you met, what was agreed… (in the report)</source>
        <translation>Qui vous avez rencontré, ce qui a été convenu… (dans le rapport)</translation>
    </message>
    <message>
        <source>The run was deleted.</source>
        <translation>Le passage a été supprimé.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>commencé %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>terminé %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
    <message numerus="yes">
        <source>%n critical item(s) not done</source>
        <translation>
            <numerusform>%n point critique non fait</numerusform>
            <numerusform>%n points critiques non faits</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation>Rouvrir le passage</translation>
    </message>
    <message>
        <source>This run is finished: reopen it to change ticks or notes.</source>
        <translation>Ce passage est terminé : rouvrez-le pour modifier les coches ou les notes.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré %1</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Saisie…</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Why does “%1” not apply here? (optional)</source>
        <translation>Pourquoi « %1 » est-il sans objet ici ? (facultatif)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Note saved %1</source>
        <translation>Note enregistrée %1</translation>
    </message>
    <message>
        <source>Marked not applicable — saved</source>
        <translation>Marqué sans objet — enregistré</translation>
    </message>
    <message>
        <source>Applicable again — saved</source>
        <translation>De nouveau applicable — enregistré</translation>
    </message>
    <message>
        <source>Item added — saved</source>
        <translation>Point ajouté — enregistré</translation>
    </message>
    <message>
        <source>Undone — saved</source>
        <translation>Annulé — enregistré</translation>
    </message>
    <message>
        <source>Ticked %1 — saved</source>
        <translation>Coché à %1 — enregistré</translation>
    </message>
    <message>
        <source>Unticked — saved</source>
        <translation>Décoché — enregistré</translation>
    </message>
    <message>
        <source>FieldKit</source>
        <translation>FieldKit</translation>
    </message>
    <message>
        <source>Clear every tick in this run? Notes are kept.</source>
        <translation>Effacer toutes les coches de ce passage ? Les notes sont gardées.</translation>
    </message>
    <message>
        <source>Clear ticks</source>
        <translation>Effacer les coches</translation>
    </message>
    <message>
        <source>Delete the run “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>Supprimer le passage « %1 » avec ses coches et ses notes ? C'est irréversible.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Tout chercher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tout chercher</translation>
    </message>
    <message>
        <source>Search the library, checklists and prompts (Ctrl+K). Arrow keys move, Enter opens, Esc closes.</source>
        <translation>Chercher dans la bibliothèque, les listes et les repères (Ctrl+K). Les flèches déplacent, Entrée ouvre, Échap ferme.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or other words.</source>
        <translation>Rien trouvé pour « %1 ». Essayez moins de mots ou d'autres mots.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ pour se déplacer · Entrée pour ouvrir · Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Cultural prompts</source>
        <translation>Repères culturels</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>See all %n library results</source>
        <translation>
            <numerusform>Voir le résultat de la bibliothèque</numerusform>
            <numerusform>Voir les %n résultats de la bibliothèque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>At a checkpoint</source>
        <translation>À un poste de contrôle</translation>
    </message>
    <message>
        <source>Community meeting</source>
        <translation>Réunion communautaire</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Centre de santé</translation>
    </message>
    <message>
        <source>Distribution site</source>
        <translation>Site de distribution</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Tous les contextes</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept on this computer.</source>
        <translation>Les changements s'appliquent aussitôt et sont gardés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Where are you working?</source>
        <translation>Où travaillez-vous ?</translation>
    </message>
    <message>
        <source>Prompts show what fits this setting.</source>
        <translation>Les repères montrent ce qui convient à ce contexte.</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Tous les contextes</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Poste de contrôle</translation>
    </message>
    <message>
        <source>Community meeting</source>
        <translation>Réunion communautaire</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Centre de santé</translation>
    </message>
    <message>
        <source>Distribution site</source>
        <translation>Site de distribution</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>High contrast helps in bright sun.</source>
        <translation>Le contraste élevé aide en plein soleil.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>FieldKit opens in this language from the next start.</source>
        <translation>FieldKit s'ouvre dans cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation>Afficher votre dossier de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Choisir un autre dossier de données</translation>
    </message>
    <message>
        <source>Keep your data in another folder from now on (it is copied there; nothing is deleted)</source>
        <translation>Garder vos données dans un autre dossier désormais (elles y sont copiées ; rien n'est supprimé)</translation>
    </message>
    <message>
        <source>Set by %1 when FieldKit started</source>
        <translation>Défini par %1 au démarrage de FieldKit</translation>
    </message>
    <message>
        <source>Your data folder</source>
        <translation>Votre dossier de données</translation>
    </message>
    <message>
        <source>Your runs, notes, bookmarks and settings live here, with automatic backups.</source>
        <translation>Vos passages, notes, favoris et réglages sont ici, avec des sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>FieldKit runs in portable mode (a file named “portable” sits beside the program), so your data stays in this folder beside it and nothing is written to this computer's profile; remove that file to choose another folder.</source>
        <translation>FieldKit fonctionne en mode portable (un fichier nommé « portable » se trouve à côté du programme) : vos données restent donc dans ce dossier à côté de lui et rien n'est écrit dans le profil de cet ordinateur ; supprimez ce fichier pour choisir un autre dossier.</translation>
    </message>
    <message>
        <source>Chosen by %1 when FieldKit started; to change it, start FieldKit without %1.</source>
        <translation>Choisi par %1 au démarrage de FieldKit ; pour le changer, démarrez FieldKit sans %1.</translation>
    </message>
    <message>
        <source>Data folder set at start</source>
        <translation>Dossier de données défini au démarrage</translation>
    </message>
    <message>
        <source>Library files</source>
        <translation>Fichiers de la bibliothèque</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Fichier de la bibliothèque</translation>
    </message>
    <message>
        <source>Choose a folder for your data</source>
        <translation>Choisissez un dossier pour vos données</translation>
    </message>
    <message>
        <source>The data folder is set by %1 when FieldKit starts, so it cannot be changed here; start FieldKit without %1 to choose one.</source>
        <translation>Le dossier de données est défini par %1 au démarrage de FieldKit : il ne peut donc pas être changé ici ; démarrez FieldKit sans %1 pour en choisir un.</translation>
    </message>
    <message>
        <source>Another FieldKit window is using %1; close it first. Your data stays in %2.</source>
        <translation>Une autre fenêtre FieldKit utilise %1 ; fermez-la d'abord. Vos données restent dans %2.</translation>
    </message>
    <message>
        <source>%1 (from the next start)</source>
        <translation>%1 (au prochain démarrage)</translation>
    </message>
    <message>
        <source>FieldKit will use %1 from the next start; your data could not be opened in this session.</source>
        <translation>FieldKit utilisera %1 au prochain démarrage ; vos données n'ont pas pu être ouvertes dans cette session.</translation>
    </message>
    <message>
        <source>Your data was copied to %1 and is saved there from now on. The old copy in %2 stays as it was.</source>
        <translation>Vos données ont été copiées dans %1 et y sont enregistrées désormais. L'ancienne copie dans %2 reste telle quelle.</translation>
    </message>
    <message>
        <source>FieldKit now uses the data already in %1; what you did in %2 stays there.</source>
        <translation>FieldKit utilise maintenant les données déjà présentes dans %1 ; ce que vous avez fait dans %2 y reste.</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>aucune chargée</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>ouverture…</translation>
    </message>
    <message>
        <source>This change lasts until you close FieldKit: your data folder could not be opened.</source>
        <translation>Ce changement dure jusqu'à la fermeture de FieldKit : votre dossier de données n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>FieldKit stays in %1.</source>
        <translation>FieldKit reste en %1.</translation>
    </message>
    <message>
        <source>FieldKit will open in %1 from the next start: close it and open it again to switch now.</source>
        <translation>FieldKit s'ouvrira en %1 au prochain démarrage : fermez-le et rouvrez-le pour changer tout de suite.</translation>
    </message>
</context>
<context>
    <name>SheetControl</name>
    <message>
        <source>Worksheets cannot be started: your data or the library is not open.</source>
        <translation>Impossible de commencer une fiche : vos données ou la bibliothèque ne sont pas ouvertes.</translation>
    </message>
</context>
<context>
    <name>SheetForm</name>
    <message>
        <source>Keep in mind:</source>
        <translation>À garder en tête :</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Repère : %1</translation>
    </message>
    <message>
        <source>Open this cultural prompt</source>
        <translation>Ouvrir ce repère culturel</translation>
    </message>
</context>
<context>
    <name>SheetListModel</name>
    <message>
        <source>%1 of %2 filled in</source>
        <translation>%1 sur %2 remplis</translation>
    </message>
    <message>
        <source>part of a run</source>
        <translation>fait partie d'un passage</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Library updates</source>
        <translation>Mises à jour de la bibliothèque</translation>
    </message>
    <message>
        <source>Get new library content from a web address, a folder or a USB drive. Every update is checked against the publisher's signature before anything changes.</source>
        <translation>Obtenez du nouveau contenu pour la bibliothèque depuis une adresse web, un dossier ou un lecteur USB. Chaque mise à jour est vérifiée avec la signature de l'éditeur avant toute modification.</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>https://… address of a feed, or a folder</source>
        <translation>https://… adresse d'un flux, ou un dossier</translation>
    </message>
    <message>
        <source>Source: a web address or a folder</source>
        <translation>Source : une adresse web ou un dossier</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Also install packs this device does not have yet</source>
        <translation>Installer aussi les paquets que cet appareil n'a pas encore</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <source>Install updates</source>
        <translation>Installer les mises à jour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop now; what is installed stays as it was</source>
        <translation>Arrêter maintenant ; ce qui est installé reste tel quel</translation>
    </message>
    <message>
        <source>CA certificate (own HTTPS server):</source>
        <translation>Certificat d'AC (serveur HTTPS propre) :</translation>
    </message>
    <message>
        <source>none: the usual certificates only</source>
        <translation>aucun : les certificats habituels seulement</translation>
    </message>
    <message>
        <source>CA certificate file for an organisation's own HTTPS server</source>
        <translation>Fichier de certificat d'AC pour le serveur HTTPS propre d'une organisation</translation>
    </message>
    <message>
        <source>Choose certificate…</source>
        <translation>Choisir un certificat…</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Choisissez le certificat d'AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Available updates</source>
        <translation>Mises à jour disponibles</translation>
    </message>
    <message>
        <source>Choose a source, then check for updates. Nothing is installed until you ask.</source>
        <translation>Choisissez une source, puis recherchez des mises à jour. Rien n'est installé tant que vous ne le demandez pas.</translation>
    </message>
    <message>
        <source>Update summary</source>
        <translation>Résumé des mises à jour</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Drives plugged in:</source>
        <translation>Lecteurs branchés :</translation>
    </message>
    <message>
        <source>No USB drive is plugged in.</source>
        <translation>Aucun lecteur USB n'est branché.</translation>
    </message>
    <message>
        <source>Use the drive %1</source>
        <translation>Utiliser le lecteur %1</translation>
    </message>
    <message>
        <source>Choose the folder with the updates</source>
        <translation>Choisissez le dossier contenant les mises à jour</translation>
    </message>
    <message>
        <source>Type a web address or choose a folder or drive first.</source>
        <translation>Saisissez d'abord une adresse web, ou choisissez un dossier ou un lecteur.</translation>
    </message>
    <message>
        <source>Looking for updates on %1…</source>
        <translation>Recherche de mises à jour sur %1…</translation>
    </message>
    <message>
        <source>%1 available (%2). Nothing is installed until you press Install updates.</source>
        <translation>Disponible : %1 (%2). Rien n'est installé tant que vous n'appuyez pas sur Installer les mises à jour.</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>Tout est à jour.</translation>
    </message>
    <message>
        <source>Use older content?</source>
        <translation>Utiliser un contenu plus ancien ?</translation>
    </message>
    <message>
        <source>The updates on %1 are out of date: content as of %2.

Use them anyway? Only packs newer than the ones you have are installed.</source>
        <translation>Les mises à jour sur %1 ne sont plus à jour : contenu en date du %2.

Les utiliser quand même ? Seuls les paquets plus récents que les vôtres sont installés.</translation>
    </message>
    <message>
        <source>Use content as of %1</source>
        <translation>Utiliser le contenu en date du %1</translation>
    </message>
    <message>
        <source>Nothing was changed: the content on %1 is as of %2.</source>
        <translation>Rien n'a été modifié : le contenu sur %1 date du %2.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Installing updates from %1…</source>
        <translation>Installation des mises à jour depuis %1…</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Téléchargement : %1</translation>
    </message>
    <message>
        <source>Installing: %1…</source>
        <translation>Installation : %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled. Already installed before the cancel: %1.</source>
        <translation>Annulé. Déjà installé avant l'annulation : %1.</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n repère</numerusform>
            <numerusform>%n repères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdatesModel</name>
    <message>
        <source>Pack</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>nouveau : %1</translation>
    </message>
    <message>
        <source>(changes only)</source>
        <translation>(modifications seulement)</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Erase data</source>
        <translation>Effacer les données</translation>
    </message>
    <message>
        <source>Erase your data</source>
        <translation>Effacer vos données</translation>
    </message>
    <message>
        <source>This cannot be undone. Choose what to erase; it starts when the count reaches zero. Esc or Cancel stops it.</source>
        <translation>C'est irréversible. Choisissez ce qu'il faut effacer ; l'effacement commence quand le compte atteint zéro. Échap ou Annuler l'arrête.</translation>
    </message>
    <message>
        <source>My runs, notes and worksheets (with their backups)</source>
        <translation>Mes passages, notes et fiches (avec leurs sauvegardes)</translation>
    </message>
    <message>
        <source>Everything of mine, with settings and logs</source>
        <translation>Tout ce qui est à moi, avec les réglages et les journaux</translation>
    </message>
    <message>
        <source>Everything, with the installed packs</source>
        <translation>Tout, avec les paquets installés</translation>
    </message>
    <message>
        <source>Seconds before erasing</source>
        <translation>Secondes avant l'effacement</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Cancel the wipe</source>
        <translation>Annuler l'effacement</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Effacer maintenant</translation>
    </message>
    <message>
        <source>Erase now, without waiting</source>
        <translation>Effacer maintenant, sans attendre</translation>
    </message>
    <message numerus="yes">
        <source>Erasing in %n second(s)</source>
        <translation>
            <numerusform>Effacement dans %n seconde</numerusform>
            <numerusform>Effacement dans %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu : %1</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full.</source>
        <translation>%1 n'a pas pu être écrit : le disque est plein.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>Le disque est plein ; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>FieldKit is not allowed to use %1; check its permissions.</source>
        <translation>FieldKit n'a pas le droit d'utiliser %1 ; vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>FieldKit is not allowed to use a file it needs; check the permissions.</source>
        <translation>FieldKit n'a pas le droit d'utiliser un fichier dont il a besoin ; vérifiez les autorisations.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 se trouve sur un disque en lecture seule.</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>Le disque est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n'existe plus.</translation>
    </message>
    <message>
        <source>A file FieldKit needs no longer exists.</source>
        <translation>Un fichier dont FieldKit a besoin n'existe plus.</translation>
    </message>
    <message>
        <source>An unexpected problem (%1); the details are in %2.</source>
        <translation>Un problème inattendu (%1) ; les détails sont dans %2.</translation>
    </message>
    <message>
        <source>An unexpected problem (%1); the details could not be logged.</source>
        <translation>Un problème inattendu (%1) ; les détails n'ont pas pu être consignés.</translation>
    </message>
</context>
<context>
    <name>WorksheetListModel</name>
    <message numerus="yes">
        <source>%n field(s) to fill in</source>
        <translation>
            <numerusform>%n champ à remplir</numerusform>
            <numerusform>%n champs à remplir</numerusform>
        </translation>
    </message>
    <message>
        <source>a card to read</source>
        <translation>une carte à lire</translation>
    </message>
</context>
<context>
    <name>WorksheetPreview</name>
    <message>
        <source>Name this sheet (optional)</source>
        <translation>Nom de cette fiche (facultatif)</translation>
    </message>
    <message>
        <source>Sheet name</source>
        <translation>Nom de la fiche</translation>
    </message>
    <message>
        <source>e.g. Debrief, km 42</source>
        <translation>p. ex. Débriefing, km 42</translation>
    </message>
    <message>
        <source>Attach to the run</source>
        <translation>Joindre au passage</translation>
    </message>
    <message>
        <source>Start filling in</source>
        <translation>Commencer à remplir</translation>
    </message>
    <message>
        <source>Start a new sheet of this worksheet (Enter)</source>
        <translation>Commencer une nouvelle fiche de ce modèle (Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>to read</source>
        <translation>à lire</translation>
    </message>
</context>
<context>
    <name>WorksheetsScreen</name>
    <message>
        <source>Worksheets</source>
        <translation>Fiches de travail</translation>
    </message>
    <message>
        <source>Arrow keys choose; Enter starts one</source>
        <translation>Les flèches choisissent ; Entrée en commence une</translation>
    </message>
    <message>
        <source>Your sheets</source>
        <translation>Vos fiches</translation>
    </message>
    <message>
        <source>Enter or double-click opens a sheet</source>
        <translation>Entrée ou un double-clic ouvre une fiche</translation>
    </message>
    <message>
        <source>Nothing filled in yet. Choose a worksheet and start one.</source>
        <translation>Rien de rempli pour l'instant. Choisissez un modèle de fiche et commencez-en une.</translation>
    </message>
    <message>
        <source>Export the worksheet as HTML or PDF</source>
        <translation>Exporter la fiche en HTML ou PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export this sheet</source>
        <translation>Exporter cette fiche</translation>
    </message>
    <message>
        <source>Save it as PDF or HTML (Ctrl+E)</source>
        <translation>L'enregistrer en PDF ou HTML (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this sheet</source>
        <translation>Supprimer cette fiche</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this sheet</source>
        <translation>Fermer cette fiche</translation>
    </message>
    <message>
        <source>Back to the worksheet list; what you typed is saved</source>
        <translation>Retour à la liste des fiches ; votre saisie est enregistrée</translation>
    </message>
    <message>
        <source>Worksheet fields</source>
        <translation>Champs de la fiche</translation>
    </message>
    <message>
        <source>There is no worksheet %1 in the library.</source>
        <translation>La bibliothèque ne contient pas de fiche %1.</translation>
    </message>
    <message>
        <source>Attach to the run “%1”</source>
        <translation>Joindre au passage « %1 »</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>commencé %1</translation>
    </message>
    <message>
        <source>part of the run “%1”</source>
        <translation>fait partie du passage « %1 »</translation>
    </message>
    <message>
        <source>part of a run</source>
        <translation>fait partie d'un passage</translation>
    </message>
    <message>
        <source>Attach to “%1”</source>
        <translation>Joindre à « %1 »</translation>
    </message>
    <message>
        <source>Attach this sheet to the run</source>
        <translation>Joindre cette fiche au passage</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
    <message>
        <source>Delete this sheet?</source>
        <translation>Supprimer cette fiche ?</translation>
    </message>
    <message>
        <source>Delete “%1” and everything typed in it? This cannot be undone.</source>
        <translation>Supprimer « %1 » et tout ce qui y a été saisi ? C'est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
</TS>