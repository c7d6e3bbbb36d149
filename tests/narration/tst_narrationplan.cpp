// NarrationPlan on a catalogue loaded by the real loader: which clips the build makes.

#include "narrationtesthelpers.h"

#include "lessons/catalogue.h"
#include "narration/narrationplan.h"
#include "narration/spokenmessages.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const char Modules[] = R"({ "format": 1, "modules": [ { "id": "A", "order": 1, "title": { "fr": "Prendre en main" } } ] })";

const char LessonJson[] = R"({
  "format": 1, "id": "T1-plan", "version": 1, "module": "A",
  "title": { "fr": "Essai" },
  "goal": { "fr": "Vous savez cliquer.", "ar": "تعرفون كيف تنقرون." },
  "minutes": 5,
  "scenes": [ { "id": "s", "kind": "practice", "elements": [
      { "id": "ok", "kind": "button", "label": "OK" }, { "id": "non", "kind": "button", "label": "Non" } ] } ],
  "steps": [ { "id": "cliquer", "scene": "s",
      "say": { "fr": "Cliquez sur OK.", "ar": "انقروا على OK.", "en": "Click OK." },
      "hint": { "fr": "Le bouton OK." },
      "success": { "fr": "Bravo !", "en": "Well done!" },
      "expect": { "action": "click", "target": "ok" },
      "wrong": [ { "action": "click", "target": "non",
                   "message": { "fr": "Pas celui-là.", "ar": "ليس هذا." } } ] } ]
})";

} // namespace

class TestNarrationPlan : public QObject
{
    Q_OBJECT

private slots:
    void plansEveryPartInEveryGivenLanguage();
    void voices();
    void speakableText_data();
    void speakableText();
};

void TestNarrationPlan::plansEveryPartInEveryGivenLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(QStringLiteral("modules.json")), Modules);
    write(dir.filePath(QStringLiteral("a/t1/lesson.json")), LessonJson);
    // The mediator recorded the Arabic instruction: no generated clip for it. Their French
    // recording of the hint is damaged: it does not count.
    QVERIFY(!NarrationTest::opusClip().isEmpty());
    write(dir.filePath(QStringLiteral("a/t1/audio/ar/cliquer-say.ogg")), NarrationTest::opusClip());
    write(dir.filePath(QStringLiteral("a/t1/audio/fr/cliquer-hint.ogg")), "not audio");

    const Catalogue catalogue = LessonLoader::loadCatalogue(dir.path());
    QStringList problems;
    for (const LessonProblem &p : catalogue.problems)
        problems << p.toString();
    QVERIFY2(catalogue.lessons.size() == 1, qPrintable(problems.join(QLatin1Char('\n'))));

    const QList<NarrationJob> jobs = NarrationPlan::jobs(catalogue);
    QHash<QString, NarrationJob> byPath;
    for (const NarrationJob &job : jobs) {
        QVERIFY2(!byPath.contains(job.relativePath), qPrintable(job.relativePath)); // no duplicates
        byPath.insert(job.relativePath, job);
    }

    QSet<QString> lessonPaths;
    for (const NarrationJob &job : jobs) {
        if (job.relativePath.startsWith(QLatin1String("T1-plan/")))
            lessonPaths.insert(job.relativePath);
    }
    const QSet<QString> expected{
        QStringLiteral("T1-plan/fr/cliquer-say.ogg"),     QStringLiteral("T1-plan/en/cliquer-say.ogg"),
        QStringLiteral("T1-plan/fr/cliquer-hint.ogg"),    QStringLiteral("T1-plan/fr/cliquer-success.ogg"),
        QStringLiteral("T1-plan/en/cliquer-success.ogg"), QStringLiteral("T1-plan/fr/cliquer-wrong-0.ogg"),
        QStringLiteral("T1-plan/ar/cliquer-wrong-0.ogg"), QStringLiteral("T1-plan/fr/end.ogg"),
        QStringLiteral("T1-plan/ar/end.ogg"),
    };
    QCOMPARE(lessonPaths, expected);

    QCOMPARE(byPath.value(QStringLiteral("T1-plan/en/cliquer-say.ogg")).text, QStringLiteral("Click OK."));
    QCOMPARE(byPath.value(QStringLiteral("T1-plan/en/cliquer-say.ogg")).language, QStringLiteral("en"));
    QCOMPARE(byPath.value(QStringLiteral("T1-plan/ar/cliquer-wrong-0.ogg")).text, QStringLiteral("ليس هذا."));
    QCOMPARE(byPath.value(QStringLiteral("T1-plan/ar/end.ogg")).text,
             SpokenMessages::lessonEndText(QStringLiteral("ar"), QStringLiteral("تعرفون كيف تنقرون.")));

    // Every interface sentence in fr, ar and en.
    const QStringList keys = SpokenMessages::keys();
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")}) {
        for (const QString &key : keys) {
            const NarrationJob job = byPath.value(QStringLiteral("interface/%1/%2.ogg").arg(language, key));
            QVERIFY2(!job.text.isEmpty(), qPrintable(language + QLatin1Char('/') + key));
            QCOMPARE(job.text, SpokenMessages::text(key, language));
        }
    }
    QCOMPARE(jobs.size(), expected.size() + keys.size() * 3);
}

void TestNarrationPlan::voices()
{
    QCOMPARE(NarrationPlan::voiceFor(QStringLiteral("fr")).voice, QStringLiteral("fr-fr"));
    QCOMPARE(NarrationPlan::voiceFor(QStringLiteral("ar")).voice, QStringLiteral("ar"));
    QCOMPARE(NarrationPlan::voiceFor(QStringLiteral("es")).voice, QStringLiteral("es"));
    // Beginners: slower than espeak-ng's 175 words per minute.
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")})
        QVERIFY(NarrationPlan::voiceFor(language).wordsPerMinute < 175);
}

void TestNarrationPlan::speakableText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("tax number") << QStringLiteral("Tapez : 3012345678901") << QStringLiteral("Tapez : 3 0 1 2 3 4 5 6 7 8 9 0 1");
    QTest::newRow("code") << QStringLiteral("Le code est 482913.") << QStringLiteral("Le code est 4 8 2 9 1 3.");
    QTest::newRow("postcode stays") << QStringLiteral("Tapez 93000.") << QStringLiteral("Tapez 93000.");
    QTest::newRow("amount stays") << QStringLiteral("16950 euros") << QStringLiteral("16950 euros");
    QTest::newRow("arabic text") << QStringLiteral("اكتب الرقم: 0639981234") << QStringLiteral("اكتب الرقم: 0 6 3 9 9 8 1 2 3 4");
    QTest::newRow("spaces") << QStringLiteral("  Cliquez\n  ici. ") << QStringLiteral("Cliquez ici.");
    QTest::newRow("empty") << QString() << QString();
}

void TestNarrationPlan::speakableText()
{
    QFETCH(QString, text);
    QFETCH(QString, spoken);
    QCOMPARE(NarrationPlan::speakableText(text), spoken);
}

QTEST_GUILESS_MAIN(TestNarrationPlan)
#include "tst_narrationplan.moc"
