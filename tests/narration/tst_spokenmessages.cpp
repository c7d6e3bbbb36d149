// SpokenMessages: every interface sentence exists in fr, ar and en, with no placeholder left.

#include "narration/narrationcatalog.h"
#include "narration/spokenmessages.h"
#include "store/learnerrepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestSpokenMessages : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyInEveryBuiltInLanguage();
    void keysAreFileNames();
    void namedKeysAreListed();
    void countdown();
    void unknownKeysAndLanguages();
    void lessonEnd();
};

void TestSpokenMessages::everyKeyInEveryBuiltInLanguage()
{
    const QStringList keys = SpokenMessages::keys();
    QVERIFY(keys.size() > SpokenMessages::MaxCountdown);
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    const QRegularExpression arabicLetter(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
    for (const QString &key : keys) {
        const QString fr = SpokenMessages::text(key, QStringLiteral("fr"));
        const QString ar = SpokenMessages::text(key, QStringLiteral("ar"));
        const QString en = SpokenMessages::text(key, QStringLiteral("en"));
        QVERIFY2(!fr.isEmpty() && !ar.isEmpty() && !en.isEmpty(), qPrintable(key));
        QCOMPARE(fr, SpokenMessages::sourceText(key));
        for (const QString &t : {fr, ar, en})
            QVERIFY2(!t.contains(QLatin1String("%1")), qPrintable(key + QStringLiteral(": ") + t));
        if (key.startsWith(QLatin1String("count-")))
            continue; // digits in every language
        QVERIFY2(ar.contains(arabicLetter), qPrintable(key));
        QVERIFY2(fr != en && fr != ar, qPrintable(key));
    }
    // The card code length comes from the store.
    QVERIFY(SpokenMessages::text(SpokenMessages::CardCode, QStringLiteral("fr"))
                .contains(QString::number(LearnerRepository::CardCodeLength)));
}

void TestSpokenMessages::keysAreFileNames()
{
    const QStringList keys = SpokenMessages::keys();
    for (const QString &key : keys) {
        QVERIFY2(NarrationCatalog::isSafeName(key), qPrintable(key));
        QVERIFY(SpokenMessages::contains(key));
    }
}

void TestSpokenMessages::namedKeysAreListed()
{
    const QStringList keys = SpokenMessages::keys();
    for (const QLatin1String key :
         {SpokenMessages::Welcome, SpokenMessages::WhoAreYou, SpokenMessages::CardCode, SpokenMessages::Secret,
          SpokenMessages::Home, SpokenMessages::IdleWarning, SpokenMessages::LessonEnd, SpokenMessages::Goodbye,
          SpokenMessages::TryAgain, SpokenMessages::WellDone, SpokenMessages::HintDefault, SpokenMessages::ShowMe})
        QVERIFY2(keys.contains(QString(key)), key.data());
}

void TestSpokenMessages::countdown()
{
    QCOMPARE(SpokenMessages::countdownKey(20), QStringLiteral("count-20"));
    QCOMPARE(SpokenMessages::text(QStringLiteral("count-20"), QStringLiteral("ar")), QStringLiteral("20"));
    QVERIFY(SpokenMessages::contains(SpokenMessages::countdownKey(1)));
    QVERIFY(SpokenMessages::contains(SpokenMessages::countdownKey(SpokenMessages::MaxCountdown)));
    QVERIFY(!SpokenMessages::contains(SpokenMessages::countdownKey(SpokenMessages::MaxCountdown + 1)));
    QVERIFY(!SpokenMessages::contains(QStringLiteral("count-0")));
    QVERIFY(!SpokenMessages::contains(QStringLiteral("count-05")));
}

void TestSpokenMessages::unknownKeysAndLanguages()
{
    QVERIFY(SpokenMessages::text(QStringLiteral("no-such-key"), QStringLiteral("fr")).isEmpty());
    QVERIFY(!SpokenMessages::contains(QStringLiteral("no-such-key")));
    // A language without a built-in text speaks French.
    QCOMPARE(SpokenMessages::text(SpokenMessages::Welcome, QStringLiteral("tr")),
             SpokenMessages::sourceText(SpokenMessages::Welcome));
    QCOMPARE(SpokenMessages::text(SpokenMessages::Welcome, QStringLiteral("en"), nullptr),
             SpokenMessages::text(SpokenMessages::Welcome, QStringLiteral("en")));
}

void TestSpokenMessages::lessonEnd()
{
    QCOMPARE(SpokenMessages::lessonEndText(QStringLiteral("fr"), QStringLiteral("Vous savez cliquer.")),
             QStringLiteral("Leçon terminée, bravo ! Vous savez cliquer."));
    QCOMPARE(SpokenMessages::lessonEndText(QStringLiteral("en"), {}),
             SpokenMessages::text(SpokenMessages::LessonEnd, QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestSpokenMessages)
#include "tst_spokenmessages.moc"
