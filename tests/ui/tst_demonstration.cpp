// `passerelle --play LESSON_ID` on every lesson of the shipped catalogue, offscreen: each one must
// be completed through the real widgets. A lesson that cannot be completed fails the suite, with
// the step and the reason the demonstration printed.

#include "lessons/catalogue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Run play(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("PASSERELLE_DEMO_TRACE"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(PASSERELLE_BINARY), QStringList{QStringLiteral("--play")} + args);
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r;
    r.ms = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// The lines a person would read, without Qt's platform chatter.
QString messages(const QString &err)
{
    QStringList lines;
    for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(QStringLiteral("passerelle")))
            lines << line;
    return lines.join(QLatin1Char('\n'));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A catalogue with the shipped modules and one lesson.
bool makeCatalogue(const QTemporaryDir &dir, const QByteArray &lessonJson)
{
    QFile modules(qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS") + QStringLiteral("/modules.json"));
    return modules.open(QIODevice::ReadOnly) && writeFile(dir.filePath(QStringLiteral("modules.json")), modules.readAll())
            && writeFile(dir.filePath(QStringLiteral("z/z9/lesson.json")), lessonJson);
}

const char *const ImpossibleLesson = R"({
  "format": 1, "id": "Z9-impossible", "version": 1, "module": "A",
  "title": { "fr": "Impossible" }, "goal": { "fr": "Rien." }, "minutes": 1, "prerequisites": [],
  "scenes": [ { "id": "s", "kind": "practice", "title": "Exercice",
    "elements": [ { "id": "cible", "kind": "target", "label": "Ici", "size": "large", "x": 50, "y": 50 },
                  { "id": "texte", "kind": "text", "text": "Bonjour", "x": 10, "y": 10 } ] } ],
  "steps": [
    { "id": "un", "scene": "s", "say": { "fr": "Cliquez." }, "expect": { "action": "click", "target": "cible" } },
    { "id": "deux", "scene": "s", "say": { "fr": "Descendez." }, "expect": { "action": "scroll", "target": "texte" } }
  ] })";

} // namespace

class TestDemonstration : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedLesson_data()
    {
        QTest::addColumn<QString>("lessonId");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("disabled");
        const Catalogue catalogue = LessonLoader::loadCatalogue(qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS"));
        QVERIFY(!catalogue.lessons.isEmpty());
        for (const Lesson &lesson : catalogue.lessons)
            QTest::newRow(qPrintable(lesson.id)) << lesson.id << int(lesson.steps.size()) << QString();
        // A shipped file the loader refuses cannot be demonstrated either.
        for (auto it = catalogue.disabled.cbegin(); it != catalogue.disabled.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << QString() << 0 << it.value();
    }

    void everyShippedLesson()
    {
        QFETCH(QString, lessonId);
        QFETCH(int, steps);
        QFETCH(QString, disabled);
        if (!disabled.isEmpty())
            QFAIL(qPrintable(QStringLiteral("disabled: ") + disabled));
        const Run r = play({lessonId, QStringLiteral("--lessons-dir"), qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS")});
        QVERIFY2(r.exitCode == 0, qPrintable(messages(r.err)));
        QCOMPARE(r.out.trimmed(), QStringLiteral("lesson %1 completed: %2 steps").arg(lessonId).arg(steps));
        QVERIFY2(r.ms < 30'000, qPrintable(QStringLiteral("took %1 ms").arg(r.ms)));
    }

    void unknownLesson()
    {
        const Run r = play({QStringLiteral("Z0-nulle-part"), QStringLiteral("--lessons-dir"),
                            qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(messages(r.err).startsWith(QStringLiteral("passerelle: no lesson \"Z0-nulle-part\"")), qPrintable(r.err));
    }

    void disabledLessonSaysWhy()
    {
        QTemporaryDir dir;
        QByteArray broken = ImpossibleLesson;
        broken.replace("\"scroll\", \"target\": \"texte\"", "\"scroll\", \"target\": \"absent\"");
        QVERIFY(makeCatalogue(dir, broken));
        const Run r = play({QStringLiteral("Z9-impossible"), QStringLiteral("--lessons-dir"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        const QString said = messages(r.err);
        QVERIFY2(said.startsWith(QStringLiteral("passerelle: no lesson \"Z9-impossible\" (or it is disabled: ")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("absent")), qPrintable(said));
    }

    void stepThatCannotBeDoneIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(makeCatalogue(dir, ImpossibleLesson));
        QTemporaryDir data;
        const Run r = play({QStringLiteral("Z9-impossible"), QStringLiteral("--lessons-dir"), dir.path(),
                            QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.out.contains(QStringLiteral("completed")));
        const QString said = messages(r.err);
        QVERIFY2(said.startsWith(QStringLiteral("passerelle: lesson Z9-impossible: step 2 (deux): ")), qPrintable(said));
        QCOMPARE(said.count(QLatin1Char('\n')), 0);
        // A demonstration leaves no trace: nothing written to the data folder.
        QVERIFY(QDir(data.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }
};

QTEST_GUILESS_MAIN(TestDemonstration)
#include "tst_demonstration.moc"
