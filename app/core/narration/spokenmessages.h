#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

class QTranslator;

/// The interface sentences that are spoken (welcome, sign-in, idle warning, end of lesson, the
/// player's generic feedback…): one key each, a French source text extracted by Qt Linguist
/// (context "SpokenMessages"), and a built-in Arabic and English text used until the interface
/// translation files exist. A screen shows and speaks the same `text(key, language)`, and passes
/// the key as NarrationRequest::part; the narration build generates `interface/<lang>/<key>.ogg`.
class SpokenMessages
{
public:
    // Welcome and sign-in
    static constexpr QLatin1String Welcome{"welcome"};
    static constexpr QLatin1String WhoAreYou{"who-are-you"};
    static constexpr QLatin1String CardCode{"card-code"};
    static constexpr QLatin1String CardNotFound{"card-not-found"};
    static constexpr QLatin1String CardLocked{"card-locked"};
    static constexpr QLatin1String Secret{"secret"};                 ///< picture secret
    static constexpr QLatin1String SecretPin{"secret-pin"};          ///< PIN secret
    static constexpr QLatin1String SecretWrong{"secret-wrong"};      ///< wrong pictures
    static constexpr QLatin1String SecretWrongPin{"secret-wrong-pin"};
    static constexpr QLatin1String SecretWait{"secret-wait"};        ///< delay after failures
    static constexpr QLatin1String SecretLocked{"secret-locked"};
    static constexpr QLatin1String Problem{"problem"};               ///< cannot go on: call the staff
    // Home and session
    static constexpr QLatin1String Home{"home"};
    static constexpr QLatin1String HomeNext{"home-next"};            ///< a next lesson is highlighted
    static constexpr QLatin1String IdleWarning{"idle-warning"};      ///< then the countdown numbers
    static constexpr QLatin1String Goodbye{"goodbye"};
    // Lesson player
    static constexpr QLatin1String WellDone{"well-done"};            ///< step without its own `success`
    static constexpr QLatin1String TryAgain{"try-again"};            ///< wrong action without a rule message
    static constexpr QLatin1String FormErrors{"form-errors"};        ///< a submitted form has red errors
    static constexpr QLatin1String HintDefault{"hint-default"};      ///< step without its own `hint`
    static constexpr QLatin1String ShowMeOffer{"show-me-offer"};     ///< after 3 misses
    static constexpr QLatin1String ShowMe{"show-me"};                ///< the ghost pointer starts
    static constexpr QLatin1String Skipped{"skipped"};
    static constexpr QLatin1String QuitConfirm{"quit-confirm"};
    static constexpr QLatin1String LessonEnd{"lesson-end"};          ///< see lessonEndText()

    /// Idle countdown numbers `count-1` … `count-<MaxCountdown>` are spoken too (text: the digits).
    static constexpr int MaxCountdown = 30;
    static QString countdownKey(int seconds);

    /// Every key, sentences first then the countdown numbers, in a stable order.
    static QStringList keys();
    static bool contains(const QString &key);
    /// Languages with a built-in text for every key: fr (the source), ar, en.
    static QStringList builtInLanguages();

    /// French source text of `key` (empty for an unknown key).
    static QString sourceText(const QString &key);
    /// Text of `key` in `language`: the built-in text; for another language, the installed
    /// interface translation (QCoreApplication::translate), else French.
    static QString text(const QString &key, const QString &language);
    /// Same, preferring `translator`'s translation (a loaded interface .qm) when it has one.
    static QString text(const QString &key, const QString &language, const QTranslator *translator);

    /// What the end of a lesson says: the lesson-end sentence, a space, the lesson's goal (the
    /// narration build makes one clip per lesson and language of exactly this text).
    static QString lessonEndText(const QString &language, const QString &goal);
};
