#include "spokenmessages.h"

#include "store/learnerrepository.h"

#include <QCoreApplication>
#include <QTranslator>

#include <string_view>

namespace {

/// French is the source language of the interface (what lupdate extracts). Arabic and English
/// are built in so that every interface sentence is heard in the three first tutor languages
/// before the interface .ts files exist; a loaded translation takes precedence over them.
/// The French texts are the ones the screens show today, so the clips match them.
struct Entry
{
    const char *key;
    const char *fr;
    const char *ar;
    const char *en;
};

const Entry Entries[] = {
    {"welcome",
     QT_TRANSLATE_NOOP("SpokenMessages", "Bonjour ! Pour apprendre, touchez le grand bouton « Commencer ». "
                                         "Vous pouvez aussi choisir votre langue en bas de l'écran."),
     "مرحبا! للتعلّم، المسوا الزر الكبير «ابدأ». يمكنكم أيضا اختيار لغتكم في أسفل الشاشة.",
     "Hello! To learn, touch the big “Start” button. You can also choose your language at the bottom of the screen."},
    {"who-are-you",
     QT_TRANSLATE_NOOP("SpokenMessages", "Si vous avez une carte Passerelle, touchez « J'ai ma carte ». "
                                         "Sinon, touchez « Découvrir sans compte »."),
     "إذا كانت لديكم بطاقة باسريل، المسوا «لديّ بطاقتي». وإلا، المسوا «الاكتشاف بدون حساب».",
     "If you have a Passerelle card, touch “I have my card”. Otherwise, touch “Discover without an account”."},
    {"card-code",
     QT_TRANSLATE_NOOP("SpokenMessages",
                       "Regardez votre carte. Tapez les %1 lettres et chiffres de votre code, puis touchez « Valider »."),
     "انظروا إلى بطاقتكم. اكتبوا رمزكم المكوّن من %1 أحرف وأرقام، ثم المسوا «تأكيد».",
     "Look at your card. Type the %1 letters and digits of your code, then touch “Confirm”."},
    {"card-not-found",
     QT_TRANSLATE_NOOP("SpokenMessages", "Nous ne trouvons pas ce code. Regardez bien votre carte et essayez encore."),
     "لم نجد هذا الرمز. انظروا جيدا إلى بطاقتكم وحاولوا مرة أخرى.",
     "We cannot find this code. Look closely at your card and try again."},
    {"card-locked",
     QT_TRANSLATE_NOOP("SpokenMessages", "Ce compte est bloqué pour votre sécurité. Demandez au personnel de l'accueil."),
     "هذا الحساب مقفل لحمايتكم. اطلبوا المساعدة من موظفي الاستقبال.",
     "This account is locked for your safety. Ask the staff at the front desk."},
    {"secret", QT_TRANSLATE_NOOP("SpokenMessages", "Touchez vos trois images secrètes, dans l'ordre."),
     "المسوا صوركم السرية الثلاث، بالترتيب.", "Touch your three secret pictures, in order."},
    {"secret-pin", QT_TRANSLATE_NOOP("SpokenMessages", "Tapez votre code secret, puis touchez « Valider »."),
     "اكتبوا رمزكم السري، ثم المسوا «تأكيد».", "Type your secret code, then touch “Confirm”."},
    {"secret-wrong",
     QT_TRANSLATE_NOOP("SpokenMessages", "Ce ne sont pas les bonnes images. Ce n'est pas grave : essayez encore."),
     "هذه ليست الصور الصحيحة. لا بأس، حاولوا مرة أخرى.", "These are not the right pictures. Never mind: try again."},
    {"secret-wrong-pin",
     QT_TRANSLATE_NOOP("SpokenMessages", "Ce n'est pas le bon code. Ce n'est pas grave : essayez encore."),
     "هذا ليس الرمز الصحيح. لا بأس، حاولوا مرة أخرى.", "This is not the right code. Never mind: try again."},
    {"secret-wait", QT_TRANSLATE_NOOP("SpokenMessages", "Attendez un petit moment, puis essayez encore."),
     "انتظروا قليلا، ثم حاولوا مرة أخرى.", "Wait a little moment, then try again."},
    {"secret-locked",
     QT_TRANSLATE_NOOP("SpokenMessages",
                       "Votre compte est bloqué pour votre sécurité. Demandez au personnel de l'accueil."),
     "حسابكم مقفل لحمايتكم. اطلبوا المساعدة من موظفي الاستقبال.",
     "Your account is locked for your safety. Ask the staff at the front desk."},
    {"problem",
     QT_TRANSLATE_NOOP("SpokenMessages", "Un problème empêche de continuer. Demandez au personnel de l'accueil."),
     "هناك مشكلة تمنع المتابعة. اطلبوا المساعدة من موظفي الاستقبال.",
     "A problem prevents us from going on. Ask the staff at the front desk."},
    {"home",
     QT_TRANSLATE_NOOP("SpokenMessages",
                       "Choisissez une leçon en la touchant. Quand vous avez fini, touchez « J'ai fini »."),
     "اختاروا درسا بلمسه. عندما تنتهون، المسوا «انتهيت».",
     "Choose a lesson by touching it. When you have finished, touch “I have finished”."},
    {"home-next",
     QT_TRANSLATE_NOOP("SpokenMessages", "Touchez la leçon entourée pour continuer votre parcours. "
                                         "Quand vous avez fini, touchez « J'ai fini »."),
     "المسوا الدرس المحاط بإطار لمتابعة مساركم. عندما تنتهون، المسوا «انتهيت».",
     "Touch the circled lesson to continue your path. When you have finished, touch “I have finished”."},
    {"idle-warning",
     QT_TRANSLATE_NOOP("SpokenMessages", "Vous êtes toujours là ? Touchez « Je suis là » pour continuer. "
                                         "Sinon, la séance va bientôt se terminer et tout sera effacé."),
     "هل ما زلتم هنا؟ المسوا «أنا هنا» للمتابعة. وإلا ستنتهي الجلسة قريبا وسيُمحى كل شيء.",
     "Are you still there? Touch “I am here” to continue. Otherwise, the session will end soon and everything "
     "will be erased."},
    {"goodbye", QT_TRANSLATE_NOOP("SpokenMessages", "Merci et à bientôt ! Tout a été effacé de l'écran."),
     "شكرا وإلى اللقاء! تم مسح كل شيء من الشاشة.", "Thank you and see you soon! Everything has been erased from the screen."},
    {"well-done", QT_TRANSLATE_NOOP("SpokenMessages", "Bravo !"), "أحسنتم!", "Well done!"},
    {"try-again", QT_TRANSLATE_NOOP("SpokenMessages", "Pas tout à fait. Essayez encore."), "ليس تماما. حاولوا مرة أخرى.",
     "Not quite. Try again."},
    {"form-errors",
     QT_TRANSLATE_NOOP("SpokenMessages", "Le site a trouvé des erreurs : lisez les messages en rouge sous les cases."),
     "وجد الموقع أخطاء: اقرؤوا الرسائل باللون الأحمر تحت الخانات.",
     "The site found errors: read the messages in red under the boxes."},
    {"hint-default",
     QT_TRANSLATE_NOOP("SpokenMessages",
                       "Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi »."),
     "اقرؤوا التعليمات مرة أخرى. إذا لم تجدوا، اضغطوا على «أرني».",
     "Read the instruction once more. If you cannot find it, press “Show me”."},
    {"show-me-offer", QT_TRANSLATE_NOOP("SpokenMessages", "Appuyez sur « Montre-moi » : je vous montre comment faire."),
     "اضغطوا على «أرني»، وسأريكم كيف تفعلون.", "Press “Show me”: I will show you how to do it."},
    {"show-me", QT_TRANSLATE_NOOP("SpokenMessages", "Regardez, je vous montre."), "انظروا، سأريكم.",
     "Watch, I will show you."},
    {"skipped", QT_TRANSLATE_NOOP("SpokenMessages", "Pas de souci, on passe à la suite."), "لا مشكلة، ننتقل إلى ما يلي.",
     "No problem, let us move on."},
    {"quit-confirm", QT_TRANSLATE_NOOP("SpokenMessages", "Voulez-vous vraiment quitter la leçon ?"),
     "هل تريدون حقا مغادرة الدرس؟", "Do you really want to leave the lesson?"},
    {"lesson-end", QT_TRANSLATE_NOOP("SpokenMessages", "Leçon terminée, bravo !"), "انتهى الدرس، أحسنتم!",
     "Lesson finished, well done!"},
};

const Entry *find(const QString &key)
{
    for (const Entry &e : Entries) {
        if (key == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}

/// 1…MaxCountdown for `count-<n>`, 0 otherwise.
int countdownNumber(const QString &key)
{
    static const QLatin1String prefix("count-");
    if (!key.startsWith(prefix))
        return 0;
    bool ok = false;
    const int n = QStringView(key).mid(prefix.size()).toInt(&ok);
    if (!ok || n < 1 || n > SpokenMessages::MaxCountdown || SpokenMessages::countdownKey(n) != key)
        return 0;
    return n;
}

/// Fills the placeholders a sentence has (the card code length is fixed by the store).
QString complete(const Entry &e, const QString &text)
{
    if (e.key == std::string_view("card-code"))
        return text.arg(LearnerRepository::CardCodeLength);
    return text;
}

} // namespace

QString SpokenMessages::countdownKey(int seconds)
{
    return QStringLiteral("count-%1").arg(seconds);
}

QStringList SpokenMessages::keys()
{
    QStringList all;
    for (const Entry &e : Entries)
        all << QString::fromLatin1(e.key);
    for (int n = 1; n <= MaxCountdown; ++n)
        all << countdownKey(n);
    return all;
}

bool SpokenMessages::contains(const QString &key)
{
    return find(key) || countdownNumber(key) > 0;
}

QStringList SpokenMessages::builtInLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")};
}

QString SpokenMessages::sourceText(const QString &key)
{
    if (const Entry *e = find(key))
        return complete(*e, QString::fromUtf8(e->fr));
    if (const int n = countdownNumber(key))
        return QString::number(n); // every voice reads digits in its own language
    return {};
}

QString SpokenMessages::text(const QString &key, const QString &language)
{
    const Entry *e = find(key);
    if (!e)
        return sourceText(key);
    if (language == QLatin1String("ar"))
        return complete(*e, QString::fromUtf8(e->ar));
    if (language == QLatin1String("en"))
        return complete(*e, QString::fromUtf8(e->en));
    // Another tutor language (a volunteer's .qm, installed by the LanguageManager): its
    // translation when it has one, else the French source.
    if (language != QLatin1String("fr"))
        return complete(*e, QCoreApplication::translate("SpokenMessages", e->fr));
    return complete(*e, QString::fromUtf8(e->fr));
}

QString SpokenMessages::text(const QString &key, const QString &language, const QTranslator *translator)
{
    if (translator && language != QLatin1String("fr")) {
        if (const Entry *e = find(key)) {
            const QString translated = translator->translate("SpokenMessages", e->fr);
            if (!translated.isEmpty())
                return complete(*e, translated);
        }
    }
    return text(key, language);
}

QString SpokenMessages::lessonEndText(const QString &language, const QString &goal)
{
    const QString end = text(LessonEnd, language);
    return goal.isEmpty() ? end : end + QLatin1Char(' ') + goal;
}
