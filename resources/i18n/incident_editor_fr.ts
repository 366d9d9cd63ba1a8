<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ArticleView</name>
        <message>
            <location filename="../../editor/ui/article_view.py" line="148" />
            <source>Article text</source>
            <translation>Texte de l’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="115" />
            <source>Open an article (File ▸ Open, drag and drop, or Paste article) to extract an incident report from it.</source>
            <translation>Ouvrez un article (Fichier ▸ Ouvrir, glisser-déposer ou Coller un article) pour en extraire un rapport d’incident.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="163" />
            <source>Untitled article</source>
            <translation>Article sans titre</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="163" />
            <source>No article</source>
            <translation>Aucun article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="289" />
            <source>Set as value of “%1”</source>
            <translation>Utiliser comme valeur de « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="291" />
            <source>Add as evidence for “%1”</source>
            <translation>Ajouter comme preuve pour « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="293" />
            <source>Set as value of…</source>
            <translation>Utiliser comme valeur de…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="294" />
            <source>Add as evidence for…</source>
            <translation>Ajouter comme preuve pour…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="311" />
            <location filename="../../editor/ui/article_view.py" line="312" />
            <source>Find in the article</source>
            <translation>Rechercher dans l’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="321" />
            <source>Previous match (Shift+F3)</source>
            <translation>Occurrence précédente (Maj+F3)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="322" />
            <source>Next match (F3)</source>
            <translation>Occurrence suivante (F3)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="323" />
            <source>Close the find bar (Esc)</source>
            <translation>Fermer la barre de recherche (Échap)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="403" />
            <source>No match</source>
            <translation>Aucune occurrence</translation>
        </message>
        <message>
            <location filename="../../editor/ui/article_view.py" line="405" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>CandidateButton</name>
        <message>
            <location filename="../../editor/ui/candidates.py" line="144" />
            <source>Other readings the article supports</source>
            <translation>Autres lectures que l’article permet</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="145" />
            <source>Alternatives</source>
            <translation>Autres valeurs possibles</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="178" />
            <source>What the article supports</source>
            <translation>Ce que l’article permet de lire</translation>
        </message>
    </context>
    <context>
        <name>Candidates</name>
        <message>
            <location filename="../../editor/ui/candidates.py" line="27" />
            <source>the extractor's own score is low</source>
            <translation>le score de l’extracteur lui-même est faible</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="28" />
            <source>few sentences support it</source>
            <translation>peu de phrases l’étayent</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="29" />
            <source>not stated in the headline or the lead</source>
            <translation>absente du titre et du chapeau</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="30" />
            <source>the article also tells of other incidents</source>
            <translation>l’article relate aussi d’autres incidents</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="31" />
            <source>a long article</source>
            <translation>un article long</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="32" />
            <source>the article rarely repeats it</source>
            <translation>l’article la répète rarement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="33" />
            <source>no sentence states it</source>
            <translation>aucune phrase ne l’affirme</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="36" />
            <source>Why: %1.</source>
            <translation>Pourquoi : %1.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="69" />
            <source>Choose “%1”</source>
            <translation>Choisir « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="116" />
            <source>no supporting sentence</source>
            <translation>aucune phrase à l’appui</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="117" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../editor/ui/candidates.py" line="128" />
            <source>Use this value</source>
            <translation>Utiliser cette valeur</translation>
        </message>
    </context>
    <context>
        <name>ClocksPanel</name>
        <message numerus="yes">
            <location filename="../../editor/ui/notifications.py" line="120" />
            <source>… and %n more notification(s), not listed</source>
            <translation>
                <numerusform>… et %n autre notification, non listée</numerusform>
                <numerusform>… et %n autres notifications, non listées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="46" />
            <source>Notification deadlines</source>
            <translation>Échéances de notification</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="47" />
            <source>Obligation</source>
            <translation>Obligation</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="47" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="47" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="65" />
            <source>Items still missing for this stage</source>
            <translation>Éléments encore manquants pour cette étape</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="104" />
            <source>Submitted %1</source>
            <translation>Soumis le %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="106" />
            <source>Awareness time unknown</source>
            <translation>Moment de la prise de connaissance inconnu</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="108" />
            <location filename="../../editor/ui/notifications.py" line="114" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="111" />
            <source>%1 h left</source>
            <translation>%1 h restantes</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="130" />
            <source>No NIS2 notification yet: add one with the awareness time to compute the clocks.</source>
            <translation>Pas encore de notification NIS2 : ajoutez-en une avec le moment de la prise de connaissance pour calculer les délais.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="132" />
            <source>NIS2 does not apply: the organisation’s country (%1) is outside the EU and EEA.</source>
            <translation>NIS2 ne s’applique pas : le pays de l’organisation (%1) est hors de l’UE et de l’EEE.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="135" />
            <source>Personal data may be affected: a GDPR notification is due within 72 h.</source>
            <translation>Des données personnelles peuvent être touchées : une notification RGPD est due sous 72 h.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="148" />
            <source>Still missing for the stage “%1”:</source>
            <translation>Encore manquant pour l’étape « %1 » :</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="150" />
            <source>Everything the stage “%1” requires is filled in.</source>
            <translation>Tout ce que l’étape « %1 » exige est renseigné.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="81" />
            <source>Times are in UTC: set the organisation’s country or time zone to use its local time.</source>
            <translation>Heures en UTC : indiquez le pays ou le fuseau horaire de l’organisation pour utiliser son heure locale.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="83" />
            <source>Times are in %1, the time zone of the organisation’s country (%2); UTC in brackets.</source>
            <translation>Heures dans le fuseau %1, celui du pays de l’organisation (%2) ; UTC entre parenthèses.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/notifications.py" line="85" />
            <source>Times are in %1, the organisation’s time zone; UTC in brackets.</source>
            <translation>Heures dans le fuseau %1, celui de l’organisation ; UTC entre parenthèses.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../editor/ui/when_input.py" line="55" />
            <source>“%1” holds more than one date or time: keep only one.</source>
            <translation>« %1 » contient plus d’une date ou d’une heure : n’en gardez qu’une.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/when_input.py" line="57" />
            <source>“%1” is relative: enter the article’s publication date first, or type the full date.</source>
            <translation>« %1 » est relative : saisissez d’abord la date de publication de l’article, ou tapez la date complète.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/when_input.py" line="60" />
            <source>“%1” needs a day: type a full date (e.g. 17/10/2023 14:30).</source>
            <translation>« %1 » n’indique pas le jour : tapez une date complète (p. ex. 17/10/2023 14:30).</translation>
        </message>
        <message>
            <location filename="../../editor/ui/when_input.py" line="62" />
            <source>“%1” needs a year.</source>
            <translation>« %1 » n’indique pas l’année.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/when_input.py" line="64" />
            <source>“%1” is not a day of the calendar.</source>
            <translation>« %1 » n’est pas un jour du calendrier.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/when_input.py" line="66" />
            <source>“%1” cannot be read as a date: try 17/10/2023 14:30, 2023-10-17, “Tuesday” or “around 2:30”.</source>
            <translation>« %1 » ne se lit pas comme une date : essayez 17/10/2023 14:30, 2023-10-17, « mardi » ou « vers 2h30 ».</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../editor/ui/messages.py" line="22" />
            <source>the file or folder does not exist</source>
            <translation>le fichier ou le dossier n’existe pas</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="23" />
            <source>permission denied</source>
            <translation>accès refusé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="24" />
            <source>it is a folder, not a file</source>
            <translation>c’est un dossier, pas un fichier</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="25" />
            <source>a part of the path is not a folder</source>
            <translation>une partie du chemin n’est pas un dossier</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="26" />
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="27" />
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="28" />
            <source>the file already exists</source>
            <translation>le fichier existe déjà</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="29" />
            <source>the file name is too long</source>
            <translation>le nom du fichier est trop long</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="30" />
            <source>too many files are open</source>
            <translation>trop de fichiers sont ouverts</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="32" />
            <source>the server refused the connection (is the address right?)</source>
            <translation>le serveur a refusé la connexion (l’adresse est-elle juste ?)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="33" />
            <source>the server closed the connection</source>
            <translation>le serveur a fermé la connexion</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="34" />
            <source>the server did not answer in time</source>
            <translation>le serveur n’a pas répondu à temps</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="36" />
            <source>the server cannot be reached (no network?)</source>
            <translation>le serveur est injoignable (pas de réseau ?)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="38" />
            <source>the network cannot be reached (no connection?)</source>
            <translation>le réseau est injoignable (pas de connexion ?)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="39" />
            <source>the network is down</source>
            <translation>le réseau est coupé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="41" />
            <source>the server's name cannot be found (no network, or a mistyped address)</source>
            <translation>le nom du serveur est introuvable (pas de réseau, ou adresse mal saisie)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="42" />
            <source>cannot connect</source>
            <translation>impossible de se connecter</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="43" />
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="44" />
            <source>file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="45" />
            <source>is a folder</source>
            <translation>est un dossier</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="46" />
            <source>is not a regular file</source>
            <translation>n’est pas un fichier ordinaire</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="47" />
            <source>not text (mostly non-text characters)</source>
            <translation>pas du texte (surtout des caractères non textuels)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="48" />
            <source>contains no text</source>
            <translation>ne contient aucun texte</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="49" />
            <source>no article text found in the page</source>
            <translation>aucun texte d’article trouvé dans la page</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="51" />
            <source>the PDF contains no extractable text (scanned image?)</source>
            <translation>le PDF ne contient aucun texte extractible (image numérisée ?)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="52" />
            <source>the PDF is encrypted and cannot be read</source>
            <translation>le PDF est chiffré et ne peut pas être lu</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="53" />
            <source>the PDF is password-protected</source>
            <translation>le PDF est protégé par un mot de passe</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="55" />
            <source>the .docx is encrypted (password-protected)</source>
            <translation>le .docx est chiffré (protégé par un mot de passe)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="56" />
            <source>the .docx contains no text</source>
            <translation>le .docx ne contient aucun texte</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="57" />
            <source>not a Word .docx file (not a zip archive)</source>
            <translation>pas un fichier Word .docx (pas une archive zip)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="58" />
            <source>file too large for a report</source>
            <translation>fichier trop volumineux pour un rapport</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="60" />
            <source>disk full; the previous file is left intact</source>
            <translation>disque plein ; le fichier précédent est intact</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="61" />
            <source>folder does not exist</source>
            <translation>le dossier n’existe pas</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="62" />
            <source>read-only file system</source>
            <translation>système de fichiers en lecture seule</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="63" />
            <source>could not replace the file</source>
            <translation>impossible de remplacer le fichier</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="64" />
            <source>the URL has no host name</source>
            <translation>l’URL n’a pas de nom de serveur</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="66" />
            <source>no incident report embedded (not exported by Incident Report Editor)</source>
            <translation>aucun rapport d’incident intégré (non exporté par Incident Report Editor)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="67" />
            <source>the embedded incident report is corrupt</source>
            <translation>le rapport d’incident intégré est endommagé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="69" />
            <source>not an incident project (the top level is not a JSON object)</source>
            <translation>pas un projet d’incident (le niveau supérieur n’est pas un objet JSON)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="70" />
            <source>out of memory</source>
            <translation>mémoire insuffisante</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="71" />
            <source>internal error</source>
            <translation>erreur interne</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="78" />
            <source>no answer within %1 s</source>
            <translation>aucune réponse en %1 s</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="79" />
            <source>download took longer than %1 s</source>
            <translation>le téléchargement a duré plus de %1 s</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="80" />
            <source>the page is larger than %1 MB</source>
            <translation>la page dépasse %1 Mo</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="81" />
            <source>the page does not exist (HTTP error %1)</source>
            <translation>la page n’existe pas (erreur HTTP %1)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="83" />
            <source>the server refuses access to the page (HTTP error %1)</source>
            <translation>le serveur refuse l’accès à la page (erreur HTTP %1)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/messages.py" line="84" />
            <source>the server failed to answer (HTTP error %1)</source>
            <translation>le serveur n’a pas pu répondre (erreur HTTP %1)</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../editor/ui/fields.py" line="123" />
            <source>No supporting sentence in the article: check this value.</source>
            <translation>Aucune phrase de l’article ne l’étaye : vérifiez cette valeur.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/fields.py" line="125" />
            <source>Low confidence (%1 %): check this value.</source>
            <translation>Confiance faible (%1 %) : vérifiez cette valeur.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/fields.py" line="116" />
            <source>The article gives no publication date: relative dates (“yesterday”, “Tuesday”) cannot be resolved. Enter it.</source>
            <translation>L’article ne donne pas de date de publication : les dates relatives (« hier », « mardi ») ne peuvent être résolues. Saisissez-la.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="116" />
            <source>Export the report</source>
            <translation>Exporter le rapport</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="119" />
            <source>Word report (.docx)</source>
            <translation>Rapport Word (.docx)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="119" />
            <source>Incident JSON (.json)</source>
            <translation>JSON d’incident (.json)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="120" />
            <source>Markdown (.md)</source>
            <translation>Markdown (.md)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="120" />
            <source>VERIS JSON</source>
            <translation>JSON VERIS</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="120" />
            <source>STIX 2.1 bundle</source>
            <translation>Bundle STIX 2.1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="132" />
            <source>built-in template</source>
            <translation>modèle intégré</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="133" />
            <location filename="../../editor/ui/dialogs.py" line="139" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="148" />
            <location filename="../../editor/ui/dialogs.py" line="162" />
            <source>Open the file when done</source>
            <translation>Ouvrir le fichier une fois terminé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="151" />
            <source>Record this export as the “%1” submission (version %2)</source>
            <translation>Enregistrer cet export comme la soumission « %1 » (version %2)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="154" />
            <source>The report keeps the stage, version, date and values of each submission; the next stage's report says what changed since.</source>
            <translation>Le rapport garde l’étape, la version, la date et les valeurs de chaque soumission ; le rapport de l’étape suivante dit ce qui a changé depuis.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="158" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="158" />
            <source>Report language</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="159" />
            <source>TLP</source>
            <translation>TLP</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="159" />
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="160" />
            <source>Save to</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="160" />
            <source>Choose a template</source>
            <translation>Choisir un modèle</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="161" />
            <source>Choose where to save</source>
            <translation>Choisir l’emplacement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="163" />
            <source>Record this export as the stage's submission</source>
            <translation>Enregistrer cet export comme la soumission de l’étape</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="166" />
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="167" />
            <source>Report language:</source>
            <translation>Langue du rapport :</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="168" />
            <source>TLP:</source>
            <translation>TLP :</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="169" />
            <source>Template:</source>
            <translation>Modèle :</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="170" />
            <source>Save to:</source>
            <translation>Enregistrer sous :</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="175" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="213" />
            <source>Word template</source>
            <translation>Modèle Word</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="214" />
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="223" />
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="206" />
            <source>The extension of the format is added; the file is saved as:
%1</source>
            <translation>L’extension du format est ajoutée ; le fichier est enregistré sous :
%1</translation>
        </message>
    </context>
    <context>
        <name>FieldBinding</name>
        <message>
            <location filename="../../editor/ui/fields.py" line="195" />
            <source>Check this value</source>
            <translation>Vérifier cette valeur</translation>
        </message>
        <message>
            <location filename="../../editor/ui/fields.py" line="275" />
            <source>Edit “%1”</source>
            <translation>Modifier « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/fields.py" line="413" />
            <source>Source: “%1”</source>
            <translation>Source : « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/fields.py" line="415" />
            <source>Typed by you: re-extraction keeps this value.</source>
            <translation>Saisi par vous : une nouvelle extraction conserve cette valeur.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/fields.py" line="338" />
            <source>Times are the organisation’s local time (its country’s time zone unless one is set).</source>
            <translation>Les heures sont l’heure locale de l’organisation (le fuseau de son pays, sauf si un fuseau est indiqué).</translation>
        </message>
        <message>
            <location filename="../../editor/ui/fields.py" line="285" />
            <source>“%1” is no time zone name: pick one from the list (e.g. Europe/Brussels).</source>
            <translation>« %1 » n’est pas un nom de fuseau horaire : choisissez-en un dans la liste (p. ex. Europe/Paris).</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../editor/ui/files.py" line="103" />
            <source>Busy with “%1”: wait for it or cancel it.</source>
            <translation>Occupé : « %1 ». Attendez la fin ou annulez.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="144" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="145" />
            <source>Articles, projects and reports (%1);;All files (*)</source>
            <translation>Articles, projets et rapports (%1);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="154" />
            <source>Open URL</source>
            <translation>Ouvrir une URL</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="155" />
            <source>Address of the article (http or https):</source>
            <translation>Adresse de l’article (http ou https) :</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="171" />
            <source>%1: not an http(s) address</source>
            <translation>%1 : ce n’est pas une adresse http(s)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="191" />
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="214" />
            <source>The clipboard holds no text to use as an article.</source>
            <translation>Le presse-papiers ne contient aucun texte à utiliser comme article.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="233" />
            <location filename="../../editor/ui/files.py" line="458" />
            <source>Extracting…</source>
            <translation>Extraction…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="267" />
            <source>Values were extracted from the first %1 of the %2 characters (the limit is %3); the whole text is kept.</source>
            <translation>Les valeurs ont été extraites des %1 premiers des %2 caractères (la limite est de %3) ; le texte entier est conservé.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="256" />
            <source>Opened %1 (%2 values with evidence)</source>
            <translation>%1 ouvert (%2 valeurs étayées)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="305" />
            <source>Save project</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="306" />
            <source>Incident projects (*.incident.json)</source>
            <translation>Projets d’incident (*.incident.json)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="343" />
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="362" />
            <source>%1 is a folder: choose a file name.</source>
            <translation>%1 est un dossier : choisissez un nom de fichier.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="397" />
            <source>Exported %1</source>
            <translation>%1 exporté</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="403" />
            <source>Record the “%1” submission</source>
            <translation>Enregistrer la soumission « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="409" />
            <source>Exporting %1…</source>
            <translation>Exportation de %1…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="430" />
            <source>There is no article to extract from.</source>
            <translation>Il n’y a pas d’article dont extraire.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="445" />
            <source>Re-extraction changes nothing.</source>
            <translation>La nouvelle extraction ne change rien.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="451" />
            <source>Re-extract from the article</source>
            <translation>Extraire à nouveau de l’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="477" />
            <source>Autosave failed: %1</source>
            <translation>Échec de l’enregistrement automatique : %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="618" />
            <source>The new interface language applies when the editor is restarted.</source>
            <translation>La nouvelle langue de l’interface s’applique au redémarrage de l’éditeur.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="526" />
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="528" />
            <source>Project: %1</source>
            <translation>Projet : %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="530" />
            <source>Not saved as a project yet; opened from %1</source>
            <translation>Pas encore enregistré comme projet ; ouvert depuis %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="532" />
            <source>Not saved yet (pasted or dropped text)</source>
            <translation>Pas encore enregistré (texte collé ou déposé)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="533" />
            <source>Autosaved at %1</source>
            <translation>Enregistré automatiquement le %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="535" />
            <source>The file was saved after this autosave.</source>
            <translation>Le fichier a été enregistré après cet enregistrement automatique.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="537" />
            <source>Autosave %1 of %2, newest first</source>
            <translation>Enregistrement automatique %1 sur %2, du plus récent au plus ancien</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="575" />
            <source>Restored the work autosaved at %1</source>
            <translation>Travail enregistré automatiquement à %1 restauré</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="599" />
            <source>No autosaved work to recover.</source>
            <translation>Aucun travail enregistré automatiquement à récupérer.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="452" />
            <source>Set the publication date and re-resolve the dates</source>
            <translation>Fixer la date de publication et recalculer les dates</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="259" />
            <source>Autosaved work of another document waits in File ▸ Recover Autosaved Work.</source>
            <translation>Du travail enregistré automatiquement sur un autre document attend dans Fichier ▸ Récupérer le travail enregistré automatiquement.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/files.py" line="218" />
            <source>the pasted text</source>
            <translation>le texte collé</translation>
        </message>
    </context>
    <context>
        <name>FormView</name>
        <message>
            <location filename="../../editor/ui/form.py" line="91" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="367" />
            <location filename="../../editor/ui/form.py" line="399" />
            <source>%1:</source>
            <translation>%1 :</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="151" />
            <source>unknown — YYYY-MM-DD</source>
            <translation>inconnue — AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="154" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="155" />
            <location filename="../../editor/ui/form.py" line="243" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="156" />
            <location filename="../../editor/ui/form.py" line="229" />
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="157" />
            <source>TLP</source>
            <translation>TLP</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="158" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="159" />
            <source>Author's organisation</source>
            <translation>Organisation de l’auteur</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="160" />
            <source>Report language</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="161" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="162" />
            <source>Organisation and incident</source>
            <translation>Organisation et incident</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="163" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="164" />
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="165" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="166" />
            <source>ISO code, e.g. BE</source>
            <translation>code ISO, p. ex. BE</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="167" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="169" />
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="169" />
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="170" />
            <source>Incident type</source>
            <translation>Type d’incident</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="171" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="172" />
            <source>Detected at</source>
            <translation>Détecté le</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="173" />
            <source>unknown — YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
            <translation>inconnu — AAAA-MM-JJ ou AAAA-MM-JJ HH:MM</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="174" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="175" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="176" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="177" />
            <location filename="../../editor/ui/form.py" line="210" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="178" />
            <source>As written</source>
            <translation>Tel qu’écrit</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="179" />
            <source>What happened</source>
            <translation>Ce qui s’est passé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="180" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="181" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="182" />
            <source>Systems</source>
            <translation>Systèmes</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="183" />
            <source>Servers affected</source>
            <translation>Serveurs touchés</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="152" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="184" />
            <source>Workstations affected</source>
            <translation>Postes de travail touchés</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="186" />
            <source>Network disconnected</source>
            <translation>Réseau déconnecté</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="187" />
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="188" />
            <source>Service status</source>
            <translation>État des services</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="189" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="190" />
            <location filename="../../editor/ui/form.py" line="211" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="191" />
            <source>Name in the article</source>
            <translation>Nom dans l’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="192" />
            <location filename="../../editor/ui/form.py" line="231" />
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="193" />
            <location filename="../../editor/ui/form.py" line="222" />
            <source>As of</source>
            <translation>À la date du</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="195" />
            <source>Patient care</source>
            <translation>Prise en charge des patients</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="196" />
            <source>Appointments affected</source>
            <translation>Rendez-vous touchés</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="198" />
            <source>Patients diverted</source>
            <translation>Patients réorientés</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="199" />
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="200" />
            <source>Data exfiltration</source>
            <translation>Exfiltration de données</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="201" />
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="202" />
            <location filename="../../editor/ui/form.py" line="207" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="203" />
            <source>People affected</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="204" />
            <source>Records affected</source>
            <translation>Enregistrements concernés</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="205" />
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="206" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="208" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="209" />
            <source>Actor</source>
            <translation>Acteur</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="213" />
            <source>Restoration order</source>
            <translation>Ordre de rétablissement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="214" />
            <source>System or service</source>
            <translation>Système ou service</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="215" />
            <source>Ransom and extortion</source>
            <translation>Rançon et extorsion</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="216" />
            <source>Ransom</source>
            <translation>Rançon</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="217" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="218" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="218" />
            <source>EUR, USD, BTC…</source>
            <translation>EUR, USD, BTC…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="219" />
            <source>Threat actor</source>
            <translation>Acteur de la menace</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="220" />
            <source>Attack claimed</source>
            <translation>Attaque revendiquée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="221" />
            <source>Data published on a leak site</source>
            <translation>Données publiées sur un site de fuite</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="223" />
            <location filename="../../editor/ui/form.py" line="224" />
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="225" />
            <source>Regime</source>
            <translation>Régime</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="226" />
            <source>Authority</source>
            <translation>Autorité</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="227" />
            <source>Aware since</source>
            <translation>Connu depuis</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="228" />
            <source>Submitted</source>
            <translation>Soumis</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="230" />
            <source>Due (override)</source>
            <translation>Échéance (forcée)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="231" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="399" />
            <source>Deadlines</source>
            <translation>Échéances</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="234" />
            <location filename="../../editor/ui/form.py" line="235" />
            <source>Lessons learned</source>
            <translation>Enseignements</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="236" />
            <source>Items</source>
            <translation>Points</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="236" />
            <source>Lesson</source>
            <translation>Enseignement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="237" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="238" />
            <source>Article title</source>
            <translation>Titre de l’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="239" />
            <location filename="../../editor/ui/form.py" line="243" />
            <source>Outlet</source>
            <translation>Média</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="240" />
            <location filename="../../editor/ui/form.py" line="244" />
            <source>Published</source>
            <translation>Publié le</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="241" />
            <location filename="../../editor/ui/form.py" line="244" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="242" />
            <source>Further sources</source>
            <translation>Autres sources</translation>
        </message>
        <message>
            <location filename="../../editor/ui/form.py" line="168" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
    </context>
    <context>
        <name>Incident</name>
        <message>
            <location filename="../../editor/ui/incident.py" line="22" />
            <source>&amp;Add article to incident…</source>
            <translation>&amp;Ajouter un article à l’incident…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="23" />
            <source>Or drop an article on the window with Ctrl held</source>
            <translation>Ou déposez un article sur la fenêtre en maintenant Ctrl</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="26" />
            <source>Add &amp;pasted article to incident</source>
            <translation>Ajouter l’article &amp;collé à l’incident</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="28" />
            <source>Add article from &amp;URL to incident…</source>
            <translation>Ajouter un article depuis une &amp;URL à l’incident…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="30" />
            <source>&amp;Settle conflicts…</source>
            <translation>&amp;Arbitrer les contradictions…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="42" />
            <location filename="../../editor/ui/incident.py" line="281" />
            <source>typed by you</source>
            <translation>saisi par vous</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="45" />
            <location filename="../../editor/ui/incident.py" line="284" />
            <source>source %1</source>
            <translation>source %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="60" />
            <source>proposed</source>
            <translation>proposé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="62" />
            <source>Settle with %1 (%2)</source>
            <translation>Arbitrer avec %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="94" />
            <source>The sources disagree: choose the value to keep</source>
            <translation>Les sources divergent : choisissez la valeur à garder</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="95" />
            <source>This value changed from one article to the next</source>
            <translation>Cette valeur a changé d’un article à l’autre</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="104" />
            <location filename="../../editor/ui/incident.py" line="207" />
            <source>Add article to incident</source>
            <translation>Ajouter un article à l’incident</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="105" />
            <source>Articles and reports (*.txt *.md *.html *.htm *.docx *.pdf *.json);;All files (*)</source>
            <translation>Articles et rapports (*.txt *.md *.html *.htm *.docx *.pdf *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="154" />
            <source>The article adds nothing to the incident.</source>
            <translation>L’article n’apporte rien de nouveau à l’incident.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="165" />
            <source>“%1”: %2; nothing was merged.</source>
            <translation>« %1 » : %2 ; rien n’a été fusionné.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="169" />
            <source>Add “%1” to the incident</source>
            <translation>Ajouter « %1 » à l’incident</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="178" />
            <source>Adding the article…</source>
            <translation>Ajout de l’article…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="191" />
            <source>The clipboard holds no text to use as an article.</source>
            <translation>Le presse-papiers ne contient aucun texte à utiliser comme article.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="193" />
            <source>the pasted text</source>
            <translation>le texte collé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="207" />
            <source>Address of the article (http or https):</source>
            <translation>Adresse de l’article (http ou https) :</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="231" />
            <source>Source %1 of %2</source>
            <translation>Source %1 sur %2</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="242" />
            <source>Select the value in the first article (the pane shows another source).</source>
            <translation>Sélectionnez la valeur dans le premier article (le volet affiche une autre source).</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="268" />
            <source>Settle “%1”</source>
            <translation>Arbitrer « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="288" />
            <source>%1 (proposed)</source>
            <translation>%1 (proposé)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="290" />
            <source>Settle a conflict</source>
            <translation>Arbitrer une contradiction</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="314" />
            <source>%1. %2 (%3): %4 values added, %5 changed, %6 contradicted</source>
            <translation>%1. %2 (%3) : %4 valeurs ajoutées, %5 modifiées, %6 contredites</translation>
        </message>
        <message>
            <location filename="../../editor/ui/incident.py" line="315" />
            <source>Untitled article</source>
            <translation>Article sans titre</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../editor/ui/labels.py" line="14" />
            <source>Healthcare</source>
            <translation>Santé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="15" />
            <source>Government</source>
            <translation>Administration publique</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="16" />
            <source>Education</source>
            <translation>Enseignement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="17" />
            <source>Finance</source>
            <translation>Finance</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="18" />
            <source>Energy</source>
            <translation>Énergie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="19" />
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="20" />
            <source>Manufacturing</source>
            <translation>Industrie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="21" />
            <source>Retail</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="22" />
            <source>Telecom</source>
            <translation>Télécommunications</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="23" />
            <location filename="../../editor/ui/labels.py" line="56" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="26" />
            <source>Ransomware</source>
            <translation>Rançongiciel</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="27" />
            <source>Malware</source>
            <translation>Logiciel malveillant</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="28" />
            <source>Denial of service (DDoS)</source>
            <translation>Déni de service (DDoS)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="29" />
            <source>Data breach</source>
            <translation>Violation de données</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="30" />
            <source>Intrusion</source>
            <translation>Intrusion</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="31" />
            <location filename="../../editor/ui/labels.py" line="37" />
            <location filename="../../editor/ui/labels.py" line="84" />
            <source>Not known yet</source>
            <translation>Pas encore connu</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="34" />
            <source>Confirmed</source>
            <translation>Confirmée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="35" />
            <source>Claimed by the attackers</source>
            <translation>Revendiquée par les attaquants</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="36" />
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="40" />
            <source>Emergency department</source>
            <translation>Urgences</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="41" />
            <source>Radiology</source>
            <translation>Radiologie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="42" />
            <source>Laboratory</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="43" />
            <source>Intensive care</source>
            <translation>Soins intensifs</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="44" />
            <source>Dialysis</source>
            <translation>Dialyse</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="45" />
            <source>Surgery</source>
            <translation>Chirurgie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="46" />
            <source>Consultations</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="47" />
            <source>Pharmacy</source>
            <translation>Pharmacie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="48" />
            <source>Maternity</source>
            <translation>Maternité</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="49" />
            <source>Oncology</source>
            <translation>Oncologie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="50" />
            <source>COVID testing</source>
            <translation>Dépistage COVID</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="51" />
            <source>Medical records</source>
            <translation>Dossiers médicaux</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="52" />
            <source>Telephony</source>
            <translation>Téléphonie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="53" />
            <source>Email</source>
            <translation>Messagerie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="54" />
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="55" />
            <source>Billing</source>
            <translation>Facturation</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="59" />
            <source>Operational</source>
            <translation>Opérationnel</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="60" />
            <source>Degraded</source>
            <translation>Dégradé</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="61" />
            <source>Unavailable</source>
            <translation>Indisponible</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="64" />
            <source>Emergency plan</source>
            <translation>Plan d’urgence</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="65" />
            <source>Network isolation</source>
            <translation>Isolement du réseau</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="66" />
            <source>External experts</source>
            <translation>Experts externes</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="67" />
            <source>Authorities notified</source>
            <translation>Autorités informées</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="68" />
            <location filename="../../editor/ui/labels.py" line="99" />
            <source>Law enforcement</source>
            <translation>Police et justice</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="69" />
            <source>Containment</source>
            <translation>Confinement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="70" />
            <source>Restoration</source>
            <translation>Rétablissement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="71" />
            <source>Crisis cell</source>
            <translation>Cellule de crise</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="72" />
            <source>Patient diversion</source>
            <translation>Réorientation des patients</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="73" />
            <source>Downtime procedures</source>
            <translation>Procédures dégradées</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="74" />
            <source>Public communication</source>
            <translation>Communication publique</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="76" />
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="77" />
            <source>Ongoing</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="78" />
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="80" />
            <source>Not demanded</source>
            <translation>Non demandée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="81" />
            <source>Demanded</source>
            <translation>Demandée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="82" />
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="83" />
            <source>Paid</source>
            <translation>Payée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="91" />
            <source>Early warning (24 h)</source>
            <translation>Alerte précoce (24 h)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="92" />
            <source>Incident notification (72 h)</source>
            <translation>Notification d’incident (72 h)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="93" />
            <source>Intermediate report</source>
            <translation>Rapport intermédiaire</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="94" />
            <source>Final report (1 month)</source>
            <translation>Rapport final (1 mois)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="95" />
            <source>Progress report</source>
            <translation>Rapport d’avancement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="97" />
            <source>NIS2</source>
            <translation>NIS2</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="98" />
            <source>GDPR</source>
            <translation>RGPD</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="100" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="101" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="102" />
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="103" />
            <source>German</source>
            <translation>Allemand</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="104" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="105" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="113" />
            <source>NIS2 early warning</source>
            <translation>Alerte précoce NIS2</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="114" />
            <source>NIS2 incident notification</source>
            <translation>Notification d’incident NIS2</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="115" />
            <source>NIS2 final report</source>
            <translation>Rapport final NIS2</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="116" />
            <source>GDPR notification to the authority</source>
            <translation>Notification RGPD à l’autorité</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="117" />
            <source>Complaint to law enforcement</source>
            <translation>Plainte auprès de la police</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="124" />
            <source>Affected organisation</source>
            <translation>Organisation touchée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="125" />
            <source>Start date of the incident</source>
            <translation>Date de début de l’incident</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="126" />
            <source>Suspected malicious cause (incident type)</source>
            <translation>Cause malveillante présumée (type d’incident)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="127" />
            <source>Awareness time (NIS2 notification)</source>
            <translation>Prise de connaissance (notification NIS2)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="128" />
            <source>Initial assessment (summary)</source>
            <translation>Évaluation initiale (résumé)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="129" />
            <source>Impact on services</source>
            <translation>Impact sur les services</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="130" />
            <source>Measures taken</source>
            <translation>Mesures prises</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="131" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="132" />
            <source>Root cause and lessons learned</source>
            <translation>Cause première et enseignements</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="133" />
            <source>Mitigation and restoration order</source>
            <translation>Atténuation et ordre de rétablissement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="134" />
            <source>Number of people affected (GDPR)</source>
            <translation>Nombre de personnes concernées (RGPD)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/labels.py" line="140" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <location filename="../../editor/ui/tables.py" line="244" />
            <source>Select all rows</source>
            <translation>Sélectionner toutes les lignes</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="261" />
            <source>Add a row</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="262" />
            <source>Remove the selected row</source>
            <translation>Supprimer la ligne sélectionnée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="263" />
            <source>Move the selected row up</source>
            <translation>Monter la ligne sélectionnée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="264" />
            <source>Move the selected row down</source>
            <translation>Descendre la ligne sélectionnée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="408" />
            <source>Add a row to %1</source>
            <translation>Ajouter une ligne à %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="422" />
            <source>Remove a row from %1</source>
            <translation>Supprimer une ligne de %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="434" />
            <source>Reorder %1</source>
            <translation>Réordonner %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="323" />
            <source>Times: %1</source>
            <translation>Heures : %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="324" />
            <source>Times are the organisation’s local time (its country’s time zone unless one is set).</source>
            <translation>Les heures sont l’heure locale de l’organisation (le fuseau de son pays, sauf si un fuseau est indiqué).</translation>
        </message>
    </context>
    <context>
        <name>ListModel</name>
        <message>
            <location filename="../../editor/ui/tables.py" line="116" />
            <source>Source: “%1”</source>
            <translation>Source : « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/tables.py" line="148" />
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../editor/ui/main_window.py" line="124" />
            <source>Work in progress</source>
            <translation>Travail en cours</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="126" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="127" />
            <source>Cancel the current task</source>
            <translation>Annuler la tâche en cours</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="157" />
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="158" />
            <source>Open &amp;URL…</source>
            <translation>Ouvrir une &amp;URL…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="159" />
            <source>&amp;Paste article</source>
            <translation>&amp;Coller un article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="160" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="161" />
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="162" />
            <source>&amp;Export…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="164" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="165" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="168" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="171" />
            <source>&amp;Re-extract from the article…</source>
            <translation>Ré&amp;extraire de l’article…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="173" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="174" />
            <source>&amp;About</source>
            <translation>À &amp;propos</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="197" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="199" />
            <source>Open &amp;Recent</source>
            <translation>Fichiers &amp;récents</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="210" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="218" />
            <source>E&amp;xtraction</source>
            <translation>E&amp;xtraction</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="221" />
            <source>Article &amp;language</source>
            <translation>&amp;Langue de l’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="223" />
            <source>Detect automatically</source>
            <translation>Détecter automatiquement</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="223" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="224" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="224" />
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="224" />
            <source>German</source>
            <translation>Allemand</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="230" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="233" />
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="235" />
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="235" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="236" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="242" />
            <source>&amp;Go to section</source>
            <translation>&amp;Aller à la section</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="247" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="251" />
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="265" />
            <source>No recent files</source>
            <translation>Aucun fichier récent</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="268" />
            <source>Clear the list</source>
            <translation>Vider la liste</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="320" />
            <source>Untitled report</source>
            <translation>Rapport sans titre</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor/ui/main_window.py" line="339" />
            <source>%n value(s) to check</source>
            <translation>
                <numerusform>%n valeur à vérifier</numerusform>
                <numerusform>%n valeurs à vérifier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor/ui/main_window.py" line="368" />
            <source>%n supporting sentence(s) highlighted</source>
            <translation>
                <numerusform>%n phrase justificative surlignée</numerusform>
                <numerusform>%n phrases justificatives surlignées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="369" />
            <source>No supporting sentence for this value</source>
            <translation>Aucune phrase n’étaye cette valeur</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="395" />
            <source>The selection is not a valid value for “%1”</source>
            <translation>La sélection n’est pas une valeur valide pour « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="399" />
            <source>Set “%1” from the article</source>
            <translation>Renseigner « %1 » depuis l’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="417" />
            <source>Add evidence for “%1”</source>
            <translation>Ajouter une preuve pour « %1 »</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="443" />
            <source>%1 %2
Turns a news article about a cyberattack into a structured incident report.</source>
            <translation>%1 %2
Transforme un article de presse sur une cyberattaque en rapport d’incident structuré.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="163" />
            <source>Recover Autosaved &amp;Work…</source>
            <translation>&amp;Récupérer le travail enregistré automatiquement…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="175" />
            <source>&amp;Find in the article…</source>
            <translation>&amp;Rechercher dans l’article…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="176" />
            <source>Find &amp;next</source>
            <translation>Occurrence &amp;suivante</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="177" />
            <source>Find pre&amp;vious</source>
            <translation>Occurrence &amp;précédente</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="178" />
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="180" />
            <source>Zoom &amp;out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="182" />
            <source>&amp;Actual size</source>
            <translation>&amp;Taille réelle</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="183" />
            <source>&amp;Print the article…</source>
            <translation>&amp;Imprimer l’article…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="184" />
            <source>Print previe&amp;w of the article…</source>
            <translation>&amp;Aperçu avant impression de l’article…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="186" />
            <source>Print the &amp;report…</source>
            <translation>Imprimer le &amp;rapport…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="188" />
            <source>Print preview of the r&amp;eport…</source>
            <translation>Aperçu avant impression du ra&amp;pport…</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="190" />
            <source>&amp;Next value to check</source>
            <translation>Valeur à vérifier &amp;suivante</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="191" />
            <source>P&amp;revious value to check</source>
            <translation>Valeur à vérifier &amp;précédente</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="193" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="341" />
            <source>Values without a supporting sentence or with low confidence carry an amber marker. Click, or press F8, to go to the next one.</source>
            <translation>Les valeurs sans phrase justificative ou de faible confiance portent un repère orange. Cliquez, ou appuyez sur F8, pour aller à la suivante.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="452" />
            <source>Article text at %1 %</source>
            <translation>Texte de l’article à %1 %</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="483" />
            <source>Next match, in the find bar</source>
            <translation>Occurrence suivante, dans la barre de recherche</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="483" />
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="484" />
            <source>Previous match, in the find bar</source>
            <translation>Occurrence précédente, dans la barre de recherche</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="484" />
            <source>Shift+Enter</source>
            <translation>Maj+Entrée</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="485" />
            <source>Close the find bar</source>
            <translation>Fermer la barre de recherche</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="485" />
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="502" />
            <source>There is no article to print.</source>
            <translation>Il n’y a pas d’article à imprimer.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="510" />
            <source>Print preview: the article</source>
            <translation>Aperçu avant impression : l’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="522" />
            <source>Print preview: the report</source>
            <translation>Aperçu avant impression : le rapport</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="529" />
            <source>No value left to check.</source>
            <translation>Plus aucune valeur à vérifier.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/main_window.py" line="545" />
            <source>Value to check %1 of %2: %3</source>
            <translation>Valeur à vérifier %1 sur %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="251" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="262" />
            <source>The article's language</source>
            <translation>La langue de l’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="265" />
            <source>built-in template</source>
            <translation>modèle intégré</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="268" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="271" />
            <location filename="../../editor/ui/dialogs.py" line="275" />
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="275" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="275" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="279" />
            <source>A new interface language applies after a restart.</source>
            <translation>Une nouvelle langue d’interface s’applique après un redémarrage.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="282" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="282" />
            <source>Author's organisation</source>
            <translation>Organisation de l’auteur</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="283" />
            <source>Default TLP</source>
            <translation>TLP par défaut</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="283" />
            <source>Report language</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="284" />
            <source>Word template</source>
            <translation>Modèle Word</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="284" />
            <source>Autosave after</source>
            <translation>Enregistrement automatique après</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="285" />
            <source>Interface language</source>
            <translation>Langue de l’interface</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="285" />
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="288" />
            <source>%1:</source>
            <translation>%1 :</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <location filename="../../editor/ui/prompts.py" line="69" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="70" />
            <source>Save the changes to “%1” before closing?</source>
            <translation>Enregistrer les modifications de « %1 » avant de fermer ?</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="74" />
            <source>Your changes are lost if you do not save them.</source>
            <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="93" />
            <source>Replace the file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="94" />
            <source>“%1” already exists. Replace it?</source>
            <translation>« %1 » existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="97" />
            <source>Its current content is lost: %1</source>
            <translation>Son contenu actuel sera perdu : %1</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="99" />
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="133" />
            <location filename="../../editor/ui/prompts.py" line="138" />
            <source>Incident Report Editor</source>
            <translation>Éditeur de rapports d’incident</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="145" />
            <source>Recover unsaved work</source>
            <translation>Récupérer le travail non enregistré</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="146" />
            <source>Unsaved work on this document was autosaved before the editor stopped unexpectedly. Restore it?</source>
            <translation>Du travail non enregistré sur ce document a été enregistré automatiquement avant l’arrêt inattendu de l’éditeur. Le restaurer ?</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="150" />
            <source>“Keep for later” opens the saved version and keeps the autosaved work, to be offered again.</source>
            <translation>« Garder pour plus tard » ouvre la version enregistrée et conserve le travail enregistré automatiquement, qui vous sera proposé à nouveau.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="152" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="153" />
            <source>Keep for later</source>
            <translation>Garder pour plus tard</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="154" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="114" />
            <source>“%1” gives no publication date. Relative dates in it (“yesterday”, “Tuesday”, “around 2:30”) are counted from that date.

When was it published? (e.g. 17/10/2023)</source>
            <translation>« %1 » ne donne pas de date de publication. Ses dates relatives (« hier », « mardi », « vers 2h30 ») se comptent à partir de cette date.

Quand a-t-il été publié ? (p. ex. 17/10/2023)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/prompts.py" line="118" />
            <source>Publication date</source>
            <translation>Date de publication</translation>
        </message>
    </context>
    <context>
        <name>Published</name>
        <message>
            <location filename="../../editor/ui/published.py" line="44" />
            <source>The article</source>
            <translation>L’article</translation>
        </message>
        <message>
            <location filename="../../editor/ui/published.py" line="55" />
            <source>Type a date, e.g. 17/10/2023.</source>
            <translation>Tapez une date, p. ex. 17/10/2023.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/published.py" line="64" />
            <source>Set the publication date</source>
            <translation>Fixer la date de publication</translation>
        </message>
    </context>
    <context>
        <name>ReextractDialog</name>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="68" />
            <source>Re-extraction: review the changes</source>
            <translation>Nouvelle extraction : vérifiez les modifications</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="70" />
            <source>Tick the fields to update from the article. Values you typed are not ticked: they are kept unless you tick them.</source>
            <translation>Cochez les champs à mettre à jour depuis l’article. Les valeurs que vous avez saisies ne sont pas cochées : elles sont conservées sauf si vous les cochez.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="74" />
            <source>Proposed changes</source>
            <translation>Modifications proposées</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="75" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="75" />
            <source>Current value</source>
            <translation>Valeur actuelle</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="75" />
            <source>Extracted value</source>
            <translation>Valeur extraite</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="80" />
            <source> (typed by you)</source>
            <translation> (saisi par vous)</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="89" />
            <source>Apply ticked changes</source>
            <translation>Appliquer les modifications cochées</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="311" />
            <location filename="../../editor/ui/dialogs.py" line="314" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="315" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../editor/ui/dialogs.py" line="315" />
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
    </context>
    <context>
        <name>SuggestedTextBinding</name>
        <message>
            <location filename="../../editor/ui/suggested.py" line="49" />
            <source>Generated from the form: it follows the form until you edit it.</source>
            <translation>Généré à partir du formulaire : il suit le formulaire jusqu’à ce que vous le modifiiez.</translation>
        </message>
        <message>
            <location filename="../../editor/ui/suggested.py" line="58" />
            <source>Use the generated text</source>
            <translation>Reprendre le texte généré</translation>
        </message>
        <message>
            <location filename="../../editor/ui/suggested.py" line="59" />
            <source>Replace your text with the text generated from the form</source>
            <translation>Remplacer votre texte par le texte généré à partir du formulaire</translation>
        </message>
        <message>
            <location filename="../../editor/ui/suggested.py" line="140" />
            <source>Use the generated “%1”</source>
            <translation>Reprendre « %1 » généré</translation>
        </message>
    </context>
</TS>