<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
<context>
    <name>ActivityReport</name>
    <message>
        <source>La base de données n&apos;est pas ouverte.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Séances apprenants</source>
        <translation>جلسات المتعلّمين</translation>
    </message>
    <message>
        <source>Séances invités</source>
        <translation>جلسات الضيوف</translation>
    </message>
    <message>
        <source>Apprenants différents</source>
        <translation>عدد المتعلّمين المختلفين</translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation>الدروس المكتملة</translation>
    </message>
    <message>
        <source>Leçons terminées (apprenants)</source>
        <translation>الدروس المكتملة (المتعلّمون)</translation>
    </message>
    <message>
        <source>Leçons terminées (invités)</source>
        <translation>الدروس المكتملة (الضيوف)</translation>
    </message>
    <message>
        <source>Temps passé (minutes)</source>
        <translation>الوقت المستغرق (بالدقائق)</translation>
    </message>
</context>
<context>
    <name>AudioNarrator</name>
    <message>
        <source>Aucune sortie audio détectée (haut-parleurs débranchés ou pas de carte son).</source>
        <translation>لم يُعثر على أي مخرج صوتي (مكبّرات الصوت غير موصولة أو لا توجد بطاقة صوت).</translation>
    </message>
    <message>
        <source>Le son ne fonctionne pas : %1</source>
        <translation>الصوت لا يعمل: %1</translation>
    </message>
</context>
<context>
    <name>CardCodeScreen</name>
    <message>
        <source>Code tapé : %1</source>
        <translation>الرمز المكتوب: %1</translation>
    </message>
    <message>
        <source>Tapez le code de votre carte</source>
        <translation>اكتبوا رمز بطاقتكم</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Effacer le dernier caractère</source>
        <translation>مسح آخر حرف</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>تأكيد الرمز</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran précédent</source>
        <translation>الرجوع إلى الشاشة السابقة</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استمعوا</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>الاستماع إلى ما يجب فعله</translation>
    </message>
</context>
<context>
    <name>CertificateData</name>
    <message>
        <source>Apprenant inconnu.</source>
        <translation>متعلّم غير معروف.</translation>
    </message>
    <message>
        <source>Parcours inconnu ou vide.</source>
        <translation>مسار غير معروف أو فارغ.</translation>
    </message>
    <message numerus="yes">
        <source>%n leçon(s) du parcours ne sont pas encore terminées.</source>
        <translation>
            <numerusform>كل دروس المسار مكتملة (%n).</numerusform>
            <numerusform>درس واحد من المسار لم يكتمل بعد.</numerusform>
            <numerusform>درسان من المسار لم يكتملا بعد.</numerusform>
            <numerusform>%n دروس من المسار لم تكتمل بعد.</numerusform>
            <numerusform>%n درسا من المسار لم تكتمل بعد.</numerusform>
            <numerusform>%n درس من المسار لم تكتمل بعد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Impossible d&apos;écrire le fichier %1.</source>
        <translation>تعذّرت كتابة الملف %1.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.</source>
        <translation>لم تتمّ كتابة الملف %1.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Séances et leçons terminées par période</source>
        <translation>الجلسات والدروس المكتملة حسب الفترة</translation>
    </message>
    <message>
        <source>Séances apprenants</source>
        <translation>جلسات المتعلّمين</translation>
    </message>
    <message>
        <source>Séances invités</source>
        <translation>جلسات الضيوف</translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation>الدروس المكتملة</translation>
    </message>
    <message>
        <source>Leçons terminées par %1</source>
        <translation>الدروس التي أكملها %1</translation>
    </message>
    <message>
        <source>Leçons terminées (cumul)</source>
        <translation>الدروس المكتملة (المجموع التراكمي)</translation>
    </message>
    <message>
        <source>Où les personnes bloquent (par passage)</source>
        <translation>أين يتعثّر الناس (لكل إتمام)</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>التلميحات</translation>
    </message>
    <message>
        <source>Étapes sautées</source>
        <translation>الخطوات المتجاوزة</translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>%1 — touchez encore pour confirmer</source>
        <translation>%1 — المسوا مرة أخرى للتأكيد</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The progress database is damaged and could not be moved aside (%1). Nothing will be written. Please call staff.</source>
        <translation>قاعدة بيانات التقدّم تالفة ولم يمكن نقلها جانبا (%1). لن يُكتب أي شيء. يُرجى مناداة الموظفين.</translation>
    </message>
    <message>
        <source>The progress database is still damaged after recovery: %1</source>
        <translation>قاعدة بيانات التقدّم ما زالت تالفة بعد الاستعادة: %1</translation>
    </message>
    <message>
        <source>Damaged database (%1) moved to %2; no usable backup, a new database was created.</source>
        <translation>نُقلت قاعدة البيانات التالفة (%1) إلى %2؛ لا توجد نسخة احتياطية صالحة، فأُنشئت قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <source>Damaged database (%1) moved to %2; restored from backup %3.</source>
        <translation>نُقلت قاعدة البيانات التالفة (%1) إلى %2؛ واستُعيدت من النسخة الاحتياطية %3.</translation>
    </message>
    <message>
        <source>The database %1 could not be prepared: %2</source>
        <translation>تعذّر تجهيز قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: progress cannot be saved.</source>
        <translation>لا يمكن إنشاء مجلد البيانات %1: لا يمكن حفظ التقدّم.</translation>
    </message>
    <message>
        <source>The data folder %1 is not a folder.</source>
        <translation>مجلد البيانات %1 ليس مجلدا.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only (%2): progress cannot be saved.</source>
        <translation>مجلد البيانات %1 للقراءة فقط (%2): لا يمكن حفظ التقدّم.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (%2): progress cannot be saved.</source>
        <translation>قاعدة البيانات %1 للقراءة فقط (%2): لا يمكن حفظ التقدّم.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>لا يمكن فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>لا يمكن قراءة قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Passerelle (schema %2, this version knows %3). It was left untouched; please update Passerelle.</source>
        <translation>كُتبت قاعدة البيانات %1 بإصدار أحدث من باسريل (المخطط %2، وهذا الإصدار يعرف %3). تُركت دون تغيير؛ يُرجى تحديث باسريل.</translation>
    </message>
    <message>
        <source>quick_check: %1</source>
        <translation>quick_check: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left open by a crash or power cut were closed.</source>
        <translation>
            <numerusform>أُغلقت %n جلسة تُركت مفتوحة بسبب عطل أو انقطاع الكهرباء.</numerusform>
            <numerusform>أُغلقت جلسة واحدة تُركت مفتوحة بسبب عطل أو انقطاع الكهرباء.</numerusform>
            <numerusform>أُغلقت جلستان تُركتا مفتوحتين بسبب عطل أو انقطاع الكهرباء.</numerusform>
            <numerusform>أُغلقت %n جلسات تُركت مفتوحة بسبب عطل أو انقطاع الكهرباء.</numerusform>
            <numerusform>أُغلقت %n جلسة تُركت مفتوحة بسبب عطل أو انقطاع الكهرباء.</numerusform>
            <numerusform>أُغلقت %n جلسة تُركت مفتوحة بسبب عطل أو انقطاع الكهرباء.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>لا يمكن إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>The disk is full: progress cannot be saved. Please call staff. (%1)</source>
        <translation>القرص ممتلئ: لا يمكن حفظ التقدّم. يُرجى مناداة الموظفين. (%1)</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only). Please call staff. (%1)</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات (للقراءة فقط). يُرجى مناداة الموظفين. (%1)</translation>
    </message>
    <message>
        <source>The database is damaged; nothing more will be written until it is checked at the next start. Please call staff. (%1)</source>
        <translation>قاعدة البيانات تالفة؛ لن يُكتب فيها شيء حتى يتمّ فحصها عند التشغيل القادم. يُرجى مناداة الموظفين. (%1)</translation>
    </message>
    <message>
        <source>The database could not be written (%1). Please call staff.</source>
        <translation>تعذّرت الكتابة في قاعدة البيانات (%1). يُرجى مناداة الموظفين.</translation>
    </message>
</context>
<context>
    <name>DifficultStepsTab</name>
    <message>
        <source>Leçon :</source>
        <translation>الدرس:</translation>
    </message>
    <message>
        <source>Au moins</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <source> passage(s)</source>
        <translation> إتمام (مرات)</translation>
    </message>
    <message>
        <source>Un passage est une personne (apprenant ou invité) arrivée au bout de l&apos;étape. « 1,5 erreur » veut dire une erreur et demie en moyenne par passage.</source>
        <translation>الإتمام هو شخص (متعلّم أو ضيف) وصل إلى نهاية الخطوة. «1,5 خطأ» تعني خطأ ونصف خطأ في المتوسط لكل إتمام.</translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>الإتمامات</translation>
    </message>
    <message>
        <source>Erreurs / passage</source>
        <translation>الأخطاء لكل إتمام</translation>
    </message>
    <message>
        <source>Indices / passage</source>
        <translation>التلميحات لكل إتمام</translation>
    </message>
    <message>
        <source>Sautée</source>
        <translation>متجاوَزة</translation>
    </message>
    <message>
        <source>Toutes les leçons</source>
        <translation>كل الدروس</translation>
    </message>
    <message>
        <source>%1 · étape %2 : %3</source>
        <translation>%1 · الخطوة %2: %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <source>Choisir…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Dossier des exports</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <source>Dossier des fichiers :</source>
        <translation>مجلد الملفات:</translation>
    </message>
    <message>
        <source>du</source>
        <translation>من</translation>
    </message>
    <message>
        <source>au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>par semaine</source>
        <translation>أسبوعيا</translation>
    </message>
    <message>
        <source>par mois</source>
        <translation>شهريا</translation>
    </message>
    <message>
        <source>par jour</source>
        <translation>يوميا</translation>
    </message>
    <message>
        <source>Période :</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Exporter l&apos;activité (CSV)</source>
        <translation>تصدير النشاط (CSV)</translation>
    </message>
    <message>
        <source>Exporter les progrès des apprenants (CSV)</source>
        <translation>تصدير تقدّم المتعلّمين (CSV)</translation>
    </message>
    <message>
        <source>L&apos;activité n&apos;a pas pu être lue : %1</source>
        <translation>تعذّرت قراءة النشاط: %1</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>Activité exportée : %1</source>
        <translation>تمّ تصدير النشاط: %1</translation>
    </message>
    <message>
        <source>Progrès exportés : %1</source>
        <translation>تمّ تصدير التقدّم: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <source>Première mise en service</source>
        <translation>التشغيل الأول</translation>
    </message>
    <message>
        <source>Aucun compte du personnel n&apos;existe encore sur ce terminal. Créez le premier : un compte de médiation, qui pourra ensuite créer ceux de l&apos;équipe. Retenez bien votre code : il n&apos;y a pas de code par défaut.</source>
        <translation>لا يوجد بعد أي حساب للموظفين على هذا الجهاز. أنشئوا الحساب الأول: حساب وساطة يمكنه بعد ذلك إنشاء حسابات الفريق. احفظوا رمزكم جيدا: لا يوجد رمز افتراضي.</translation>
    </message>
    <message>
        <source>Votre nom :</source>
        <translation>اسمكم:</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Médiation (tous les droits)</source>
        <translation>وساطة (كل الصلاحيات)</translation>
    </message>
    <message>
        <source>Code personnel (4 à 6 chiffres) :</source>
        <translation>الرمز الشخصي (من 4 إلى 6 أرقام):</translation>
    </message>
    <message>
        <source>Le même code, encore :</source>
        <translation>الرمز نفسه، مرة أخرى:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation>إنشاء الحساب</translation>
    </message>
    <message>
        <source>Indiquez votre nom.</source>
        <translation>أدخلوا اسمكم.</translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation>يجب أن يتكوّن الرمز من 4 إلى 6 أرقام.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>الرمزان غير متطابقين.</translation>
    </message>
    <message>
        <source>Un compte existe déjà : utilisez le code du personnel.</source>
        <translation>يوجد حساب بالفعل: استعملوا رمز الموظفين.</translation>
    </message>
    <message>
        <source>Le compte n&apos;a pas pu être enregistré (base de données indisponible).</source>
        <translation>تعذّر حفظ الحساب (قاعدة البيانات غير متاحة).</translation>
    </message>
</context>
<context>
    <name>GesturePlayer</name>
    <message>
        <source>Entrée</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>مسح للخلف</translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Espace</source>
        <translation>مسافة</translation>
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
        <translation>مؤشر العرض التوضيحي</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Groupes</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Nom du groupe, par exemple « Atelier du mardi »</source>
        <translation>اسم المجموعة، مثلا «ورشة الثلاثاء»</translation>
    </message>
    <message>
        <source>Créer le groupe</source>
        <translation>إنشاء المجموعة</translation>
    </message>
    <message>
        <source>Renommer</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Membres</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Le changement n&apos;a pas pu être enregistré.</source>
        <translation>تعذّر حفظ التغيير.</translation>
    </message>
    <message>
        <source>Membres : choisissez un groupe</source>
        <translation>الأعضاء: اختاروا مجموعة</translation>
    </message>
    <message>
        <source>Membres de « %1 »</source>
        <translation>أعضاء «%1»</translation>
    </message>
    <message>
        <source>Indiquez le nom du groupe.</source>
        <translation>أدخلوا اسم المجموعة.</translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être créé.</source>
        <translation>تعذّر إنشاء المجموعة.</translation>
    </message>
    <message>
        <source>Groupe « %1 » créé. Cochez ses membres.</source>
        <translation>أُنشئت المجموعة «%1». حدّدوا أعضاءها.</translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être renommé.</source>
        <translation>تعذّرت إعادة تسمية المجموعة.</translation>
    </message>
    <message>
        <source>Le groupe n&apos;a pas pu être archivé.</source>
        <translation>تعذّرت أرشفة المجموعة.</translation>
    </message>
    <message>
        <source>Groupe archivé.</source>
        <translation>أُرشفت المجموعة.</translation>
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
        <translation>الدقائق: %1</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>قيد التقدّم</translation>
    </message>
    <message>
        <source>Terminé ✓</source>
        <translation>مكتمل ✓</translation>
    </message>
    <message>
        <source>À faire maintenant</source>
        <translation>ابدؤوا به الآن</translation>
    </message>
    <message>
        <source>Mon parcours</source>
        <translation>مساري</translation>
    </message>
    <message>
        <source>Bravo, vous avez terminé tout votre parcours !</source>
        <translation>أحسنتم، لقد أكملتم مساركم كله!</translation>
    </message>
    <message>
        <source>Les leçons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Toutes les leçons</source>
        <translation>كل الدروس</translation>
    </message>
    <message>
        <source>Aucune leçon n&apos;est disponible pour le moment. Demandez au personnel de l&apos;accueil.</source>
        <translation>لا يوجد أي درس متاح حاليا. اطلبوا المساعدة من موظفي الاستقبال.</translation>
    </message>
    <message>
        <source>Bonjour !</source>
        <translation>مرحبا!</translation>
    </message>
    <message>
        <source>Bonjour %1 !</source>
        <translation>مرحبا %1!</translation>
    </message>
    <message>
        <source>J&apos;ai fini</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <source>Terminer la séance : tout est effacé de l&apos;écran</source>
        <translation>إنهاء الجلسة: يُمحى كل شيء من الشاشة</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استمعوا</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>الاستماع إلى ما يجب فعله</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>هل ما زلتم هنا؟</translation>
    </message>
    <message>
        <source>seconde avant la fin de la séance. Tout sera effacé.</source>
        <translation>ثانية متبقية قبل نهاية الجلسة. سيُمحى كل شيء.</translation>
    </message>
    <message>
        <source>secondes avant la fin de la séance. Tout sera effacé.</source>
        <translation>الثواني المتبقية قبل نهاية الجلسة. سيُمحى كل شيء.</translation>
    </message>
    <message>
        <source>Je suis là</source>
        <translation>أنا هنا</translation>
    </message>
    <message>
        <source>Continuer la séance</source>
        <translation>مواصلة الجلسة</translation>
    </message>
</context>
<context>
    <name>KioskStaffHost</name>
    <message>
        <source>aucune (terminal hors service)</source>
        <translation>لا توجد (الجهاز خارج الخدمة)</translation>
    </message>
    <message>
        <source>séance invité en cours</source>
        <translation>جلسة ضيف جارية</translation>
    </message>
    <message>
        <source>séance de %1 en cours</source>
        <translation>جلسة %1 جارية</translation>
    </message>
    <message>
        <source>aucune séance en cours</source>
        <translation>لا توجد جلسة جارية</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Les progrès ne peuvent pas être enregistrés.</source>
        <translation>لا يمكن حفظ التقدّم.</translation>
    </message>
    <message>
        <source>La séance ne peut pas commencer : les progrès ne peuvent pas être enregistrés.</source>
        <translation>لا يمكن أن تبدأ الجلسة: لا يمكن حفظ التقدّم.</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>Français</source>
        <extracomment>The name of the language you are translating into, written in that language, with a capital letter where the language has them: &quot;العربية&quot;, &quot;English&quot;, &quot;Español&quot;.</extracomment>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>LearnerCardPdf</name>
    <message>
        <source>Carte Passerelle de %1</source>
        <translation>بطاقة باسريل الخاصة بـ %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier %1.</source>
        <translation>تعذّرت كتابة الملف %1.</translation>
    </message>
    <message>
        <source>Découpez la carte en suivant les pointillés, puis pliez-la en deux au milieu.</source>
        <translation>قصّوا البطاقة على طول الخط المنقّط، ثم اطووها من الوسط.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit.</source>
        <translation>لم تتمّ كتابة الملف %1.</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Groupes</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>État</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Leçons terminées</source>
        <translation>الدروس المكتملة</translation>
    </message>
    <message>
        <source>Dernière activité</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Nouvel apprenant</source>
        <translation>متعلّم جديد</translation>
    </message>
    <message>
        <source>Carte à imprimer (PDF)</source>
        <translation>بطاقة للطباعة (PDF)</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Nom affiché :</source>
        <translation>الاسم المعروض:</translation>
    </message>
    <message>
        <source>Avatar :</source>
        <translation>الصورة الرمزية:</translation>
    </message>
    <message>
        <source>Langue des explications :</source>
        <translation>لغة الشرح:</translation>
    </message>
    <message>
        <source>Secret : laissez la personne le choisir elle-même, sans regarder.</source>
        <translation>السرّ: اتركوا الشخص يختاره بنفسه، دون أن تنظروا.</translation>
    </message>
    <message>
        <source>bloqué</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Créer l&apos;apprenant</source>
        <translation>إنشاء المتعلّم</translation>
    </message>
    <message>
        <source>Fiche de %1 — carte %2</source>
        <translation>ملف %1 — البطاقة %2</translation>
    </message>
    <message>
        <source>Enregistrer les modifications</source>
        <translation>حفظ التعديلات</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;apprenant.</source>
        <translation>أدخلوا اسم المتعلّم.</translation>
    </message>
    <message>
        <source>L&apos;apprenant n&apos;a pas pu être créé (base de données indisponible ?).</source>
        <translation>تعذّر إنشاء المتعلّم (قاعدة البيانات غير متاحة؟).</translation>
    </message>
    <message>
        <source>%1 est inscrit·e. Code de sa carte : %2. Imprimez sa carte avec « Carte à imprimer ».</source>
        <translation>تمّ تسجيل %1. رمز بطاقته: %2. اطبعوا البطاقة بواسطة «بطاقة للطباعة».</translation>
    </message>
    <message>
        <source>Les modifications n&apos;ont pas pu être enregistrées.</source>
        <translation>تعذّر حفظ التعديلات.</translation>
    </message>
    <message>
        <source>Fiche enregistrée.</source>
        <translation>حُفظ الملف.</translation>
    </message>
    <message>
        <source>L&apos;apprenant n&apos;a pas pu être archivé.</source>
        <translation>تعذّرت أرشفة المتعلّم.</translation>
    </message>
    <message>
        <source>Apprenant archivé : sa carte ne fonctionne plus, ses progrès restent dans les rapports.</source>
        <translation>أُرشف المتعلّم: بطاقته لم تعد تعمل، وتقدّمه يبقى في التقارير.</translation>
    </message>
    <message>
        <source>Carte enregistrée : %1</source>
        <translation>حُفظت البطاقة: %1</translation>
    </message>
</context>
<context>
    <name>LessonSetsTab</name>
    <message>
        <source>Parcours</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Nouveau parcours</source>
        <translation>مسار جديد</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Ajouter au parcours →</source>
        <translation>إضافة إلى المسار ←</translation>
    </message>
    <message>
        <source>Leçons du parcours, dans l&apos;ordre</source>
        <translation>دروس المسار، بالترتيب</translation>
    </message>
    <message>
        <source>Nom du parcours, par exemple « Premiers pas »</source>
        <translation>اسم المسار، مثلا «الخطوات الأولى»</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Enregistrer le parcours</source>
        <translation>حفظ المسار</translation>
    </message>
    <message>
        <source>Attribuer le parcours sélectionné</source>
        <translation>إسناد المسار المحدّد</translation>
    </message>
    <message>
        <source>Attribuer</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>Retirer l&apos;attribution</source>
        <translation>إلغاء الإسناد</translation>
    </message>
    <message>
        <source>Groupe : %1</source>
        <translation>المجموعة: %1</translation>
    </message>
    <message>
        <source>Apprenant : %1 (%2)</source>
        <translation>المتعلّم: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n leçon(s))</source>
        <translation>
            <numerusform>%1 (%n درس)</numerusform>
            <numerusform>%1 (درس واحد)</numerusform>
            <numerusform>%1 (درسان)</numerusform>
            <numerusform>%1 (%n دروس)</numerusform>
            <numerusform>%1 (%n درسا)</numerusform>
            <numerusform>%1 (%n درس)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette leçon est déjà dans le parcours.</source>
        <translation>هذا الدرس موجود بالفعل في المسار.</translation>
    </message>
    <message>
        <source>Donnez un nom au parcours et ajoutez-y au moins une leçon.</source>
        <translation>أعطوا المسار اسما وأضيفوا إليه درسا واحدا على الأقل.</translation>
    </message>
    <message>
        <source>Le parcours n&apos;a pas pu être enregistré.</source>
        <translation>تعذّر حفظ المسار.</translation>
    </message>
    <message>
        <source>Parcours « %1 » enregistré. Attribuez-le à un apprenant ou à un groupe.</source>
        <translation>حُفظ المسار «%1». أسندوه إلى متعلّم أو إلى مجموعة.</translation>
    </message>
    <message>
        <source>Le parcours n&apos;a pas pu être archivé.</source>
        <translation>تعذّرت أرشفة المسار.</translation>
    </message>
    <message>
        <source>Parcours archivé.</source>
        <translation>أُرشف المسار.</translation>
    </message>
    <message>
        <source>(archivé)</source>
        <translation>(مؤرشف)</translation>
    </message>
    <message>
        <source>L&apos;attribution n&apos;a pas pu être enregistrée.</source>
        <translation>تعذّر حفظ الإسناد.</translation>
    </message>
    <message>
        <source>Parcours attribué : %1.</source>
        <translation>أُسند المسار: %1.</translation>
    </message>
    <message>
        <source>L&apos;attribution n&apos;a pas pu être retirée.</source>
        <translation>تعذّر إلغاء الإسناد.</translation>
    </message>
</context>
<context>
    <name>LessonSummaryPanel</name>
    <message>
        <source>Leçon terminée, bravo !</source>
        <translation>انتهى الدرس، أحسنتم!</translation>
    </message>
    <message numerus="yes">
        <source>%1 étape(s) faite(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>الخطوات المنجزة: %1</numerusform>
            <numerusform>الخطوات المنجزة: %1</numerusform>
            <numerusform>الخطوات المنجزة: %1</numerusform>
            <numerusform>الخطوات المنجزة: %1</numerusform>
            <numerusform>الخطوات المنجزة: %1</numerusform>
            <numerusform>الخطوات المنجزة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 réussie(s) du premier coup</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>النجاح من المحاولة الأولى: %1</numerusform>
            <numerusform>النجاح من المحاولة الأولى: %1</numerusform>
            <numerusform>النجاح من المحاولة الأولى: %1</numerusform>
            <numerusform>النجاح من المحاولة الأولى: %1</numerusform>
            <numerusform>النجاح من المحاولة الأولى: %1</numerusform>
            <numerusform>النجاح من المحاولة الأولى: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 aide(s) demandée(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>طلبات المساعدة: %1</numerusform>
            <numerusform>طلبات المساعدة: %1</numerusform>
            <numerusform>طلبات المساعدة: %1</numerusform>
            <numerusform>طلبات المساعدة: %1</numerusform>
            <numerusform>طلبات المساعدة: %1</numerusform>
            <numerusform>طلبات المساعدة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 étape(s) passée(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>الخطوات المتجاوزة: %1</numerusform>
            <numerusform>الخطوات المتجاوزة: %1</numerusform>
            <numerusform>الخطوات المتجاوزة: %1</numerusform>
            <numerusform>الخطوات المتجاوزة: %1</numerusform>
            <numerusform>الخطوات المتجاوزة: %1</numerusform>
            <numerusform>الخطوات المتجاوزة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Durée : %1 minute(s)</source>
        <comment>summary; %1 = number</comment>
        <translation>
            <numerusform>المدة: %1 دقيقة</numerusform>
            <numerusform>المدة: %1 دقيقة</numerusform>
            <numerusform>المدة: %1 دقيقة</numerusform>
            <numerusform>المدة: %1 دقائق</numerusform>
            <numerusform>المدة: %1 دقيقة</numerusform>
            <numerusform>المدة: %1 دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Ensuite : %1</source>
        <translation>بعد ذلك: %1</translation>
    </message>
    <message>
        <source>Leçon suivante</source>
        <translation>الدرس التالي</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>العودة إلى قائمة الدروس</translation>
    </message>
    <message>
        <source>Fin de la leçon</source>
        <translation>نهاية الدرس</translation>
    </message>
</context>
<context>
    <name>MediatorContext</name>
    <message>
        <source>Le dossier %1 ne peut pas être créé.</source>
        <translation>لا يمكن إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Apprenant introuvable.</source>
        <translation>المتعلّم غير موجود.</translation>
    </message>
</context>
<context>
    <name>MediatorDashboard</name>
    <message>
        <source>Tableau de bord de médiation — %1</source>
        <translation>لوحة الوساطة — %1</translation>
    </message>
    <message>
        <source>Retour au panneau</source>
        <translation>العودة إلى اللوحة</translation>
    </message>
    <message>
        <source>Apprenants</source>
        <translation>المتعلّمون</translation>
    </message>
    <message>
        <source>Groupes</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Progrès</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Étapes difficiles</source>
        <translation>الخطوات الصعبة</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>الفريق</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Ce poste est momentanément indisponible.</source>
        <translation>هذا الجهاز غير متاح مؤقتا.</translation>
    </message>
    <message>
        <source>Merci d&apos;appeler le personnel de l&apos;accueil. Vos progrès déjà enregistrés ne sont pas perdus.</source>
        <translation>من فضلكم، نادوا موظفي الاستقبال. تقدّمكم المحفوظ لم يضِع.</translation>
    </message>
    <message>
        <source>Pour le personnel : la borne réessaie d&apos;enregistrer toute seule toutes les %1 secondes et revient à l&apos;accueil dès que cela marche (par exemple une fois de la place libérée sur le disque).</source>
        <translation>للموظفين: يعيد الجهاز محاولة الحفظ تلقائيا كل %1 ثانية، ويعود إلى شاشة الاستقبال فور نجاح ذلك (مثلا بعد تحرير مساحة على القرص).</translation>
    </message>
    <message>
        <source>Pour le personnel : la base de données n&apos;a pas pu être ouverte au démarrage. « Redémarrer Passerelle » la rouvre une fois le problème réglé.</source>
        <translation>للموظفين: تعذّر فتح قاعدة البيانات عند بدء التشغيل. زر «إعادة تشغيل Passerelle» يفتحها من جديد بعد حل المشكلة.</translation>
    </message>
    <message>
        <source>Les codes du personnel sont gardés dans la base de données : sans elle, ils ne peuvent pas être vérifiés, donc l&apos;espace personnel (et « Quitter le mode kiosque ») n&apos;est pas disponible ici. Pour quitter la borne, redémarrez l&apos;ordinateur.</source>
        <translation>رموز الموظفين محفوظة في قاعدة البيانات: بدونها لا يمكن التحقق منها، لذلك فإن فضاء الموظفين (و«الخروج من وضع الكشك») غير متاح هنا. للخروج من الجهاز، أعيدوا تشغيل الحاسوب.</translation>
    </message>
    <message>
        <source>Réessayer maintenant</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>Redémarrer Passerelle</source>
        <translation>إعادة تشغيل Passerelle</translation>
    </message>
    <message>
        <source>Espace personnel</source>
        <translation>فضاء الموظفين</translation>
    </message>
    <message>
        <source>Toujours impossible d&apos;enregistrer. Nouvel essai automatique dans %1 secondes.</source>
        <translation>لا يزال الحفظ غير ممكن. محاولة تلقائية جديدة بعد %1 ثانية.</translation>
    </message>
</context>
<context>
    <name>PictureSet</name>
    <message>
        <source>Soleil</source>
        <translation>شمس</translation>
    </message>
    <message>
        <source>Maison</source>
        <translation>بيت</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>قطّ</translation>
    </message>
    <message>
        <source>Arbre</source>
        <translation>شجرة</translation>
    </message>
    <message>
        <source>Voiture</source>
        <translation>سيارة</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>سمكة</translation>
    </message>
    <message>
        <source>Fleur</source>
        <translation>زهرة</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>مفتاح</translation>
    </message>
    <message>
        <source>Étoile</source>
        <translation>نجمة</translation>
    </message>
    <message>
        <source>Tasse</source>
        <translation>فنجان</translation>
    </message>
    <message>
        <source>Vélo</source>
        <translation>درّاجة</translation>
    </message>
    <message>
        <source>Oiseau</source>
        <translation>عصفور</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Accès réservé au personnel</source>
        <translation>دخول مخصّص للموظفين</translation>
    </message>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation>من أنتم؟</translation>
    </message>
    <message>
        <source>Code personnel :</source>
        <translation>الرمز الشخصي:</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>médiation</source>
        <translation>وساطة</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>استقبال</translation>
    </message>
    <message>
        <source>Le code a de 4 à 6 chiffres.</source>
        <translation>يتكوّن الرمز من 4 إلى 6 أرقام.</translation>
    </message>
    <message>
        <source>Ce compte n&apos;existe plus.</source>
        <translation>هذا الحساب لم يعد موجودا.</translation>
    </message>
    <message numerus="yes">
        <source>Code incorrect. Encore %n essai(s) avant le blocage du compte.</source>
        <translation>
            <numerusform>الرمز غير صحيح. لم تبقَ أي محاولة قبل قفل الحساب.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت محاولة واحدة قبل قفل الحساب.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت محاولتان قبل قفل الحساب.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت %n محاولات قبل قفل الحساب.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت %n محاولة قبل قفل الحساب.</numerusform>
            <numerusform>الرمز غير صحيح. بقيت %n محاولة قبل قفل الحساب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ce compte est bloqué après trop d&apos;essais. Un ou une collègue peut le débloquer depuis son panneau (Apprenants et équipe).</source>
        <translation>هذا الحساب مقفل بعد محاولات كثيرة. يمكن لأحد الزملاء فتحه من لوحته (المتعلّمون والفريق).</translation>
    </message>
    <message>
        <source>Ce compte n&apos;a pas de code utilisable. Un médiateur doit lui en donner un.</source>
        <translation>ليس لهذا الحساب رمز صالح. يجب أن يعطيه وسيط رمزا.</translation>
    </message>
    <message>
        <source>La vérification est impossible : la base de données ne répond pas.</source>
        <translation>التحقّق غير ممكن: قاعدة البيانات لا تستجيب.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>يمكنكم المحاولة مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Patientez %n seconde(s) avant de réessayer.</source>
        <translation>
            <numerusform>يمكنكم المحاولة مرة أخرى الآن.</numerusform>
            <numerusform>انتظروا ثانية واحدة قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>انتظروا ثانيتين قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>انتظروا %n ثوانٍ قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>انتظروا %n ثانية قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>انتظروا %n ثانية قبل المحاولة مرة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerScreen</name>
    <message>
        <source>Écouter</source>
        <translation>استمعوا</translation>
    </message>
    <message>
        <source>Écouter la consigne encore une fois</source>
        <translation>الاستماع إلى التعليمات مرة أخرى</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Afficher un conseil pour cette étape</source>
        <translation>عرض نصيحة لهذه الخطوة</translation>
    </message>
    <message>
        <source>Montre-moi</source>
        <translation>أرني</translation>
    </message>
    <message>
        <source>Le pointeur montre ce qu&apos;il faut faire</source>
        <translation>المؤشر يُريكم ما يجب فعله</translation>
    </message>
    <message>
        <source>Passer</source>
        <translation>تجاوز</translation>
    </message>
    <message>
        <source>Passer cette étape</source>
        <translation>تجاوز هذه الخطوة</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>مغادرة</translation>
    </message>
    <message>
        <source>Quitter la leçon</source>
        <translation>مغادرة الدرس</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Exercice</source>
        <translation>التمرين</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>الجواب</translation>
    </message>
    <message>
        <source>Conseil</source>
        <translation>نصيحة</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Bravo !</source>
        <translation>أحسنتم!</translation>
    </message>
    <message>
        <source>Pas tout à fait. Essayez encore.</source>
        <translation>ليس تماما. حاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</source>
        <translation>وجد الموقع أخطاء: اقرؤوا الرسائل باللون الأحمر تحت الخانات.</translation>
    </message>
    <message>
        <source>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</source>
        <translation>اقرؤوا التعليمات مرة أخرى. إذا لم تجدوا، اضغطوا على «أرني».</translation>
    </message>
    <message>
        <source>Appuyez sur « Montre-moi » : je vous montre comment faire.</source>
        <translation>اضغطوا على «أرني»، وسأريكم كيف تفعلون.</translation>
    </message>
    <message>
        <source>Pas de souci, on passe à la suite.</source>
        <translation>لا مشكلة، ننتقل إلى ما يلي.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Aucun parcours</source>
        <translation>لا يوجد مسار</translation>
    </message>
    <message>
        <source>Pas commencée</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>قيد التقدّم</translation>
    </message>
    <message>
        <source>Terminée</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
    <message>
        <source>Apprenant</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Code carte</source>
        <translation>رمز البطاقة</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Ordre</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Temps (minutes)</source>
        <translation>الوقت (بالدقائق)</translation>
    </message>
    <message>
        <source>Essais</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>التلميحات</translation>
    </message>
    <message>
        <source>Démonstrations</source>
        <translation>العروض التوضيحية</translation>
    </message>
    <message>
        <source>Étapes sautées</source>
        <translation>الخطوات المتجاوزة</translation>
    </message>
    <message>
        <source>Commencée le</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation>تاريخ الإكمال</translation>
    </message>
    <message>
        <source>Dernière activité</source>
        <translation>آخر نشاط</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>terminée par l&apos;apprenant</source>
        <translation>أنهاها المتعلّم</translation>
    </message>
    <message>
        <source>inactivité</source>
        <translation>عدم النشاط</translation>
    </message>
    <message>
        <source>terminée par le personnel</source>
        <translation>أنهاها الموظفون</translation>
    </message>
    <message>
        <source>coupure (récupérée)</source>
        <translation>انقطاع (تمّت استعادتها)</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Parcours :</source>
        <translation>المسار:</translation>
    </message>
    <message>
        <source>Choisissez un apprenant dans le tableau.</source>
        <translation>اختاروا متعلّما من الجدول.</translation>
    </message>
    <message>
        <source>Certificat de réussite (PDF)</source>
        <translation>شهادة النجاح (PDF)</translation>
    </message>
    <message>
        <source>Leçon</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Temps</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Essais</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>التلميحات</translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation>تاريخ الإكمال</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>كيف انتهت</translation>
    </message>
    <message>
        <source>Leçons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Apprenant</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>en cours, %1</source>
        <translation>جارية، %1</translation>
    </message>
    <message>
        <source>Essais : %1, erreurs : %2, indices : %3, démonstrations : %4, étapes sautées : %5</source>
        <translation>المحاولات: %1، الأخطاء: %2، التلميحات: %3، العروض التوضيحية: %4، الخطوات المتجاوزة: %5</translation>
    </message>
    <message>
        <source>%1 — carte %2</source>
        <translation>%1 — البطاقة %2</translation>
    </message>
    <message>
        <source>Certificat enregistré : %1</source>
        <translation>حُفظت الشهادة: %1</translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message>
        <source>Voulez-vous vraiment quitter la leçon ?</source>
        <translation>هل تريدون حقا مغادرة الدرس؟</translation>
    </message>
    <message>
        <source>Non, je continue</source>
        <translation>لا، سأواصل</translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation>نعم، مغادرة</translation>
    </message>
    <message>
        <source>Quitter la leçon ?</source>
        <translation>مغادرة الدرس؟</translation>
    </message>
</context>
<context>
    <name>SecretChooser</name>
    <message>
        <source>3 images, dans l&apos;ordre</source>
        <translation>3 صور، بالترتيب</translation>
    </message>
    <message>
        <source>Code de 4 à 6 chiffres</source>
        <translation>رمز من 4 إلى 6 أرقام</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>Encore une fois :</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <source>Touchez 3 images, dans l&apos;ordre choisi par l&apos;apprenant.</source>
        <translation>المسوا 3 صور، بالترتيب الذي اختاره المتعلّم.</translation>
    </message>
    <message>
        <source>Choisies : %1</source>
        <translation>المختارة: %1</translation>
    </message>
    <message>
        <source>Choisissez 3 images.</source>
        <translation>اختاروا 3 صور.</translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation>يجب أن يتكوّن الرمز من 4 إلى 6 أرقام.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>الرمزان غير متطابقين.</translation>
    </message>
</context>
<context>
    <name>SecretScreen</name>
    <message>
        <source>Image %1 : %2</source>
        <translation>الصورة %1: %2</translation>
    </message>
    <message>
        <source>Image %1 : pas encore choisie</source>
        <translation>الصورة %1: لم تُختر بعد</translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation>الأرقام المكتوبة: %1</translation>
    </message>
    <message>
        <source>Compte bloqué</source>
        <translation>الحساب مقفل</translation>
    </message>
    <message>
        <source>Impossible de continuer</source>
        <translation>لا يمكن المتابعة</translation>
    </message>
    <message>
        <source>Tapez votre code secret</source>
        <translation>اكتبوا رمزكم السري</translation>
    </message>
    <message>
        <source>Touchez vos 3 images, dans l&apos;ordre</source>
        <translation>المسوا صوركم الثلاث، بالترتيب</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran précédent</source>
        <translation>الرجوع إلى الشاشة السابقة</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran d&apos;accueil</source>
        <translation>الرجوع إلى شاشة البداية</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Effacer le dernier choix</source>
        <translation>مسح آخر اختيار</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Valider le code secret</source>
        <translation>تأكيد الرمز السري</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استمعوا</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>الاستماع إلى ما يجب فعله</translation>
    </message>
    <message>
        <source>Prenez votre temps : encore une erreur et le compte sera bloqué.</source>
        <translation>خذوا وقتكم: خطأ واحد آخر وسيُقفل الحساب.</translation>
    </message>
    <message>
        <source>Prenez votre temps : encore %1 erreurs et le compte sera bloqué.</source>
        <translation>خذوا وقتكم. عدد الأخطاء الممكنة قبل قفل الحساب: %1.</translation>
    </message>
    <message>
        <source>Choisissez un nouveau code de 4 à 6 chiffres</source>
        <translation>اختاروا رمزا جديدا من 4 إلى 6 أرقام</translation>
    </message>
    <message>
        <source>Choisissez 3 nouvelles images, dans l&apos;ordre</source>
        <translation>اختاروا 3 صور جديدة، بالترتيب</translation>
    </message>
    <message>
        <source>Tapez encore une fois le même code</source>
        <translation>اكتبوا الرمز نفسه مرة أخرى</translation>
    </message>
    <message>
        <source>Touchez encore une fois les mêmes 3 images, dans l&apos;ordre</source>
        <translation>المسوا الصور الثلاث نفسها مرة أخرى، بالترتيب</translation>
    </message>
    <message>
        <source>Ce n&apos;était pas le même choix. Ce n&apos;est pas grave : choisissez à nouveau, tranquillement.</source>
        <translation>لم يكن هذا الاختيار نفسه. لا بأس، اختاروا من جديد، على مهل.</translation>
    </message>
    <message>
        <source>Votre ancien secret a été effacé. Choisissez-en un nouveau, sans le montrer à personne.</source>
        <translation>مُحي سرّكم القديم. اختاروا سرّا جديدا، دون أن تُروه لأحد.</translation>
    </message>
    <message>
        <source>Pour être sûr, faites le même choix une deuxième fois.</source>
        <translation>للتأكّد، كرّروا الاختيار نفسه مرة ثانية.</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Inactivité avant l&apos;avertissement :</source>
        <translation>مدة عدم النشاط قبل التنبيه:</translation>
    </message>
    <message>
        <source>Durée du compte à rebours :</source>
        <translation>مدة العدّ التنازلي:</translation>
    </message>
    <message>
        <source>Langue des explications par défaut :</source>
        <translation>لغة الشرح الافتراضية:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Grand</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Très grand</source>
        <translation>كبير جدا</translation>
    </message>
    <message>
        <source>Taille du texte par défaut :</source>
        <translation>حجم النص الافتراضي:</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source> %</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>Volume :</source>
        <translation>مستوى الصوت:</translation>
    </message>
    <message>
        <source>Lire les consignes à voix haute automatiquement</source>
        <translation>قراءة التعليمات بصوت عالٍ تلقائيا</translation>
    </message>
    <message>
        <source>Sons de réussite et d&apos;erreur</source>
        <translation>أصوات النجاح والخطأ</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>حفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>SpokenMessages</name>
    <message>
        <source>Bonjour ! Pour apprendre, touchez le grand bouton « Commencer ». Vous pouvez aussi choisir votre langue en bas de l&apos;écran.</source>
        <translation>مرحبا! للتعلّم، المسوا الزر الكبير «ابدأ». يمكنكم أيضا اختيار لغتكم في أسفل الشاشة.</translation>
    </message>
    <message>
        <source>Si vous avez une carte Passerelle, touchez « J&apos;ai ma carte ». Sinon, touchez « Découvrir sans compte ».</source>
        <translation>إذا كانت لديكم بطاقة باسريل، المسوا «لديّ بطاقتي». وإلا، المسوا «الاكتشاف بدون حساب».</translation>
    </message>
    <message>
        <source>Regardez votre carte. Tapez les %1 lettres et chiffres de votre code, puis touchez « Valider ».</source>
        <translation>انظروا إلى بطاقتكم. اكتبوا رمزكم المكوّن من %1 أحرف وأرقام، ثم المسوا «تأكيد».</translation>
    </message>
    <message>
        <source>Nous ne trouvons pas ce code. Regardez bien votre carte et essayez encore.</source>
        <translation>لم نجد هذا الرمز. انظروا جيدا إلى بطاقتكم وحاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>Ce compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</source>
        <translation>هذا الحساب مقفل لحمايتكم. اطلبوا المساعدة من موظفي الاستقبال.</translation>
    </message>
    <message>
        <source>Touchez vos trois images secrètes, dans l&apos;ordre.</source>
        <translation>المسوا صوركم السرية الثلاث، بالترتيب.</translation>
    </message>
    <message>
        <source>Tapez votre code secret, puis touchez « Valider ».</source>
        <translation>اكتبوا رمزكم السري، ثم المسوا «تأكيد».</translation>
    </message>
    <message>
        <source>Ce ne sont pas les bonnes images. Ce n&apos;est pas grave : essayez encore.</source>
        <translation>هذه ليست الصور الصحيحة. لا بأس، حاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas le bon code. Ce n&apos;est pas grave : essayez encore.</source>
        <translation>هذا ليس الرمز الصحيح. لا بأس، حاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>Attendez un petit moment, puis essayez encore.</source>
        <translation>انتظروا قليلا، ثم حاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>Votre compte est bloqué pour votre sécurité. Demandez au personnel de l&apos;accueil.</source>
        <translation>حسابكم مقفل لحمايتكم. اطلبوا المساعدة من موظفي الاستقبال.</translation>
    </message>
    <message>
        <source>Un problème empêche de continuer. Demandez au personnel de l&apos;accueil.</source>
        <translation>هناك مشكلة تمنع المتابعة. اطلبوا المساعدة من موظفي الاستقبال.</translation>
    </message>
    <message>
        <source>Choisissez une leçon en la touchant. Quand vous avez fini, touchez « J&apos;ai fini ».</source>
        <translation>اختاروا درسا بلمسه. عندما تنتهون، المسوا «انتهيت».</translation>
    </message>
    <message>
        <source>Touchez la leçon entourée pour continuer votre parcours. Quand vous avez fini, touchez « J&apos;ai fini ».</source>
        <translation>المسوا الدرس المحاط بإطار لمتابعة مساركم. عندما تنتهون، المسوا «انتهيت».</translation>
    </message>
    <message>
        <source>Vous êtes toujours là ? Touchez « Je suis là » pour continuer. Sinon, la séance va bientôt se terminer et tout sera effacé.</source>
        <translation>هل ما زلتم هنا؟ المسوا «أنا هنا» للمتابعة. وإلا ستنتهي الجلسة قريبا وسيُمحى كل شيء.</translation>
    </message>
    <message>
        <source>Merci et à bientôt ! Tout a été effacé de l&apos;écran.</source>
        <translation>شكرا وإلى اللقاء! تم مسح كل شيء من الشاشة.</translation>
    </message>
    <message>
        <source>Bravo !</source>
        <translation>أحسنتم!</translation>
    </message>
    <message>
        <source>Pas tout à fait. Essayez encore.</source>
        <translation>ليس تماما. حاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.</source>
        <translation>وجد الموقع أخطاء: اقرؤوا الرسائل باللون الأحمر تحت الخانات.</translation>
    </message>
    <message>
        <source>Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».</source>
        <translation>اقرؤوا التعليمات مرة أخرى. إذا لم تجدوا، اضغطوا على «أرني».</translation>
    </message>
    <message>
        <source>Appuyez sur « Montre-moi » : je vous montre comment faire.</source>
        <translation>اضغطوا على «أرني»، وسأريكم كيف تفعلون.</translation>
    </message>
    <message>
        <source>Regardez, je vous montre.</source>
        <translation>انظروا، سأريكم.</translation>
    </message>
    <message>
        <source>Pas de souci, on passe à la suite.</source>
        <translation>لا مشكلة، ننتقل إلى ما يلي.</translation>
    </message>
    <message>
        <source>Voulez-vous vraiment quitter la leçon ?</source>
        <translation>هل تريدون حقا مغادرة الدرس؟</translation>
    </message>
    <message>
        <source>Leçon terminée, bravo !</source>
        <translation>انتهى الدرس، أحسنتم!</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>médiation</source>
        <translation>وساطة</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>استقبال</translation>
    </message>
    <message>
        <source>Panneau du personnel — %1 (%2)</source>
        <translation>لوحة الموظفين — %1 (%2)</translation>
    </message>
    <message>
        <source>Tableau de bord de médiation</source>
        <translation>لوحة الوساطة</translation>
    </message>
    <message>
        <source>Fermer et verrouiller</source>
        <translation>إغلاق وقفل</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Apprenants et équipe</source>
        <translation>المتعلّمون والفريق</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>Leçons désactivées (fichier : raison) :</source>
        <translation>الدروس المعطّلة (الملف: السبب):</translation>
    </message>
    <message>
        <source>Terminer la séance en cours</source>
        <translation>إنهاء الجلسة الجارية</translation>
    </message>
    <message>
        <source>Réinitialiser le terminal</source>
        <translation>إعادة تهيئة الجهاز</translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Actualiser l&apos;état</source>
        <translation>تحديث الحالة</translation>
    </message>
    <message>
        <source>Quitter le mode kiosque (maintenance)</source>
        <translation>الخروج من وضع الكشك (صيانة)</translation>
    </message>
    <message>
        <source>Apprenants</source>
        <translation>المتعلّمون</translation>
    </message>
    <message>
        <source>Nom ou code de carte</source>
        <translation>الاسم أو رمز البطاقة</translation>
    </message>
    <message>
        <source>Débloquer</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Nouveau secret…</source>
        <translation>سرّ جديد…</translation>
    </message>
    <message>
        <source>Laissez l&apos;apprenant choisir lui-même son nouveau secret, sans regarder. Le compte est débloqué en même temps.</source>
        <translation>اتركوا المتعلّم يختار سرّه الجديد بنفسه، دون أن تنظروا. يُفتح قفل الحساب في الوقت نفسه.</translation>
    </message>
    <message>
        <source>Enregistrer le nouveau secret</source>
        <translation>حفظ السرّ الجديد</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Débloquer ce compte</source>
        <translation>فتح قفل هذا الحساب</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Sur</source>
        <translation>على</translation>
    </message>
    <message>
        <source>Version : %1</source>
        <translation>الإصدار: %1</translation>
    </message>
    <message>
        <source>Terminal : %1</source>
        <translation>الجهاز: %1</translation>
    </message>
    <message>
        <source>Séance : %1</source>
        <translation>الجلسة: %1</translation>
    </message>
    <message>
        <source>Base de données : en service (%1)</source>
        <translation>قاعدة البيانات: تعمل (%1)</translation>
    </message>
    <message>
        <source>Base de données : HORS SERVICE (%1) — %2</source>
        <translation>قاعدة البيانات: خارج الخدمة (%1) — %2</translation>
    </message>
    <message>
        <source>Dernière sauvegarde : aucune</source>
        <translation>آخر نسخة احتياطية: لا توجد</translation>
    </message>
    <message numerus="yes">
        <source>Dernière sauvegarde : %1 (%n sauvegarde(s) gardée(s))</source>
        <translation>
            <numerusform>آخر نسخة احتياطية: %1 (لا توجد نسخ محفوظة)</numerusform>
            <numerusform>آخر نسخة احتياطية: %1 (نسخة واحدة محفوظة)</numerusform>
            <numerusform>آخر نسخة احتياطية: %1 (نسختان محفوظتان)</numerusform>
            <numerusform>آخر نسخة احتياطية: %1 (%n نسخ محفوظة)</numerusform>
            <numerusform>آخر نسخة احتياطية: %1 (%n نسخة محفوظة)</numerusform>
            <numerusform>آخر نسخة احتياطية: %1 (%n نسخة محفوظة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Espace libre : %1 sur %2</source>
        <translation>المساحة الحرة: %1 من %2</translation>
    </message>
    <message>
        <source> — ATTENTION : presque plein</source>
        <translation> — تنبيه: ممتلئ تقريبا</translation>
    </message>
    <message>
        <source>Leçons chargées : %1, désactivées : %2</source>
        <translation>الدروس المحمّلة: %1، المعطّلة: %2</translation>
    </message>
    <message>
        <source>Leçons : chargement en cours</source>
        <translation>الدروس: جارٍ التحميل</translation>
    </message>
    <message>
        <source>Son : disponible</source>
        <translation>الصوت: متاح</translation>
    </message>
    <message>
        <source>Son : INDISPONIBLE (aucune sortie audio) — les consignes restent affichées</source>
        <translation>الصوت: غير متاح (لا يوجد مخرج صوتي) — تبقى التعليمات معروضة</translation>
    </message>
    <message>
        <source>Dossier des données : %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
    <message>
        <source> — BLOQUÉ</source>
        <translation> — مقفل</translation>
    </message>
    <message>
        <source>(mise en service)</source>
        <translation>(التشغيل الأول)</translation>
    </message>
    <message>
        <source>La sauvegarde a échoué : %1</source>
        <translation>فشل النسخ الاحتياطي: %1</translation>
    </message>
    <message>
        <source>Sauvegarde faite : %1</source>
        <translation>تمّ النسخ الاحتياطي: %1</translation>
    </message>
    <message>
        <source>Le compte de l&apos;apprenant est débloqué.</source>
        <translation>فُتح قفل حساب المتعلّم.</translation>
    </message>
    <message>
        <source>Le déblocage a échoué (base de données indisponible ?).</source>
        <translation>فشل فتح القفل (قاعدة البيانات غير متاحة؟).</translation>
    </message>
    <message>
        <source>Le nouveau secret n&apos;a pas pu être enregistré.</source>
        <translation>تعذّر حفظ السرّ الجديد.</translation>
    </message>
    <message>
        <source>Nouveau secret enregistré. L&apos;apprenant peut se connecter avec.</source>
        <translation>حُفظ السرّ الجديد. يمكن للمتعلّم الدخول به.</translation>
    </message>
    <message>
        <source>Le compte de votre collègue est débloqué.</source>
        <translation>فُتح قفل حساب زميلكم.</translation>
    </message>
    <message>
        <source>Le déblocage a échoué.</source>
        <translation>فشل فتح القفل.</translation>
    </message>
    <message>
        <source>Les réglages n&apos;ont pas pu être enregistrés : %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
    <message>
        <source>Réglages enregistrés et appliqués.</source>
        <translation>حُفظت الإعدادات وطُبّقت.</translation>
    </message>
    <message>
        <source>Maintenance %1 : %2 %3</source>
        <translation>صيانة %1: %2 %3</translation>
    </message>
    <message>
        <source>Réinitialiser le secret</source>
        <translation>إعادة تعيين السرّ</translation>
    </message>
    <message>
        <source>L&apos;ancien secret ne marche plus : l&apos;apprenant en choisira un nouveau à sa prochaine connexion.</source>
        <translation>السرّ القديم لم يعد يعمل: سيختار المتعلّم سرّا جديدا عند دخوله القادم.</translation>
    </message>
    <message>
        <source>Secret réinitialisé. L&apos;apprenant choisira un nouveau secret à sa prochaine connexion.</source>
        <translation>أُعيد تعيين السرّ. سيختار المتعلّم سرّا جديدا عند دخوله القادم.</translation>
    </message>
    <message>
        <source>La réinitialisation a échoué (base de données indisponible ?).</source>
        <translation>فشلت إعادة التعيين (قاعدة البيانات غير متاحة؟).</translation>
    </message>
</context>
<context>
    <name>StepDots</name>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Débloquer</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Ajouter un compte, ou donner un nouveau code au compte choisi</source>
        <translation>إضافة حساب، أو إعطاء رمز جديد للحساب المختار</translation>
    </message>
    <message>
        <source>Accueil (panneau du personnel seulement)</source>
        <translation>استقبال (لوحة الموظفين فقط)</translation>
    </message>
    <message>
        <source>Médiation (panneau et tableau de bord)</source>
        <translation>وساطة (اللوحة ولوحة الوساطة)</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Code (4 à 6 chiffres, tapé par la personne) :</source>
        <translation>الرمز (من 4 إلى 6 أرقام، يكتبه الشخص نفسه):</translation>
    </message>
    <message>
        <source>Le même code, encore :</source>
        <translation>الرمز نفسه، مرة أخرى:</translation>
    </message>
    <message>
        <source>Ajouter le compte</source>
        <translation>إضافة الحساب</translation>
    </message>
    <message>
        <source>Nouveau code pour le compte choisi</source>
        <translation>رمز جديد للحساب المختار</translation>
    </message>
    <message>
        <source>médiation</source>
        <translation>وساطة</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>استقبال</translation>
    </message>
    <message>
        <source> — BLOQUÉ</source>
        <translation> — مقفل</translation>
    </message>
    <message>
        <source> (vous)</source>
        <translation> (أنتم)</translation>
    </message>
    <message>
        <source>Le code doit avoir de 4 à 6 chiffres.</source>
        <translation>يجب أن يتكوّن الرمز من 4 إلى 6 أرقام.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>الرمزان غير متطابقين.</translation>
    </message>
    <message>
        <source>Indiquez le nom.</source>
        <translation>أدخلوا الاسم.</translation>
    </message>
    <message>
        <source>Le compte n&apos;a pas pu être créé.</source>
        <translation>تعذّر إنشاء الحساب.</translation>
    </message>
    <message>
        <source>Compte de %1 créé.</source>
        <translation>أُنشئ حساب %1.</translation>
    </message>
    <message>
        <source>Nouveau code enregistré.</source>
        <translation>حُفظ الرمز الجديد.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être changé.</source>
        <translation>تعذّر تغيير الرمز.</translation>
    </message>
    <message>
        <source>Compte débloqué.</source>
        <translation>فُتح قفل الحساب.</translation>
    </message>
    <message>
        <source>Ce compte ne peut pas être débloqué ici (votre propre compte, ou il n&apos;est pas bloqué).</source>
        <translation>لا يمكن فتح قفل هذا الحساب هنا (إنه حسابكم، أو أنه غير مقفل).</translation>
    </message>
    <message>
        <source>Compte archivé.</source>
        <translation>أُرشف الحساب.</translation>
    </message>
    <message>
        <source>Ce compte ne peut pas être archivé.</source>
        <translation>لا يمكن أرشفة هذا الحساب.</translation>
    </message>
</context>
<context>
    <name>TerminalStatus</name>
    <message>
        <source>inconnu</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 Ko</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 Mo</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 Go</source>
        <translation>%1 غيغابايت</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>أهلا وسهلا</translation>
    </message>
    <message>
        <source>Apprendre l&apos;ordinateur et les démarches en ligne, pas à pas.</source>
        <translation>تعلّم الحاسوب والإجراءات الإدارية عبر الإنترنت، خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Commencer à apprendre</source>
        <translation>البدء في التعلّم</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استمعوا</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>الاستماع إلى ما يجب فعله</translation>
    </message>
    <message>
        <source>Langue des explications :</source>
        <translation>لغة الشرح:</translation>
    </message>
    <message>
        <source>Choisir cette langue</source>
        <translation>اختيار هذه اللغة</translation>
    </message>
</context>
<context>
    <name>WhoAreYouScreen</name>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation>من أنتم؟</translation>
    </message>
    <message>
        <source>Découvrir sans compte</source>
        <translation>الاكتشاف بدون حساب</translation>
    </message>
    <message>
        <source>Rien de personnel n&apos;est gardé.</source>
        <translation>لا نحتفظ بأي شيء شخصي.</translation>
    </message>
    <message>
        <source>J&apos;ai ma carte</source>
        <translation>لديّ بطاقتي</translation>
    </message>
    <message>
        <source>Reprendre là où vous en étiez.</source>
        <translation>تابعوا من حيث توقفتم.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Revenir à l&apos;écran d&apos;accueil</source>
        <translation>الرجوع إلى شاشة البداية</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استمعوا</translation>
    </message>
    <message>
        <source>Écouter ce qu&apos;il faut faire</source>
        <translation>الاستماع إلى ما يجب فعله</translation>
    </message>
</context>
</TS>
