// Every say, hint, success and wrong-action message of every shipped lesson, in fr, ar and en,
// and every interface sentence, resolves (as the app resolves it) to an Ogg file with a valid
// header and a non-zero duration. The generated narration stays under 40 MB.

#include "lessons/catalogue.h"
#include "narration/narrationcatalog.h"
#include "narration/oggaudioinfo.h"
#include "narration/soundeffects.h"
#include "narration/spokenmessages.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

namespace {

const QStringList Languages{QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")};
constexpr qint64 MaxNarrationBytes = 40LL * 1000 * 1000;
/// The size of the full catalogue the budget is for.
constexpr int PlannedLessons = 35;

} // namespace

class TestNarrationCoverage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStepTextHasAudio();
    void everyInterfaceSentenceHasAudio();
    void everyLessonEndHasAudio();
    void effectsAreThere();
    void sizeStaysUnderTheBudget();

private:
    /// Empty when the clip is fine, else why not.
    QString check(const NarrationCatalog::Clip &clip) const;

    Catalogue m_catalogue;
    NarrationCatalog m_narration;
};

void TestNarrationCoverage::initTestCase()
{
    const QString root = qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS");
    QVERIFY2(!root.isEmpty(), "PASSERELLE_SOURCE_LESSONS is not set (run through ctest)");
    m_catalogue = LessonLoader::loadCatalogue(root);
    // Broken lessons are the loader's business (tst_shippedlessons); the valid ones must speak.
    QVERIFY(!m_catalogue.lessons.isEmpty());
    m_narration = NarrationCatalog(QStringLiteral(PASSERELLE_NARRATION_DIR));
    QVERIFY2(m_narration.hasManifest(), "no narration.json: build the `narration` target");
}

QString TestNarrationCoverage::check(const NarrationCatalog::Clip &clip) const
{
    if (clip.isNull())
        return QStringLiteral("no audio file");
    const OggAudioInfo info = OggAudioInfo::readFile(clip.path);
    if (!info.valid)
        return info.error;
    if (info.durationMs() <= 0)
        return clip.path + QStringLiteral(": zero duration");
    return {};
}

void TestNarrationCoverage::everyStepTextHasAudio()
{
    QStringList missing;
    int checked = 0;
    for (const Lesson &lesson : std::as_const(m_catalogue.lessons)) {
        for (const Step &step : lesson.steps) {
            QList<std::pair<QString, const LocalizedText *>> parts{
                {QStringLiteral("say"), &step.say},
                {QStringLiteral("hint"), &step.hint},
                {QStringLiteral("success"), &step.success},
            };
            for (qsizetype i = 0; i < step.wrong.size(); ++i)
                parts.append({NarrationCatalog::partWrong(int(i)), &step.wrong[i].message});
            for (const auto &[part, text] : parts) {
                if (text->isEmpty())
                    continue; // the player uses its generic sentence (an interface message)
                for (const QString &language : Languages) {
                    // What the screen shows in that language (French when not translated).
                    const QString shown = text->text(language);
                    const auto clip = m_narration.resolveStep(lesson.directory, {}, step.id, part, language, shown);
                    const QString problem = check(clip);
                    if (!problem.isEmpty()) {
                        missing << QStringLiteral("%1 %2 %3 %4: %5")
                                       .arg(lesson.id, step.id, part, language, problem);
                    }
                    ++checked;
                }
            }
        }
    }
    qInfo("%d step texts checked in %d lessons", checked, int(m_catalogue.lessons.size()));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestNarrationCoverage::everyInterfaceSentenceHasAudio()
{
    QStringList missing;
    const QStringList keys = SpokenMessages::keys();
    for (const QString &language : Languages) {
        for (const QString &key : keys) {
            const auto clip = m_narration.resolveInterface(key, language, SpokenMessages::text(key, language));
            const QString problem = check(clip);
            if (!problem.isEmpty())
                missing << QStringLiteral("%1 %2: %3").arg(key, language, problem);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestNarrationCoverage::everyLessonEndHasAudio()
{
    QStringList missing;
    for (const Lesson &lesson : std::as_const(m_catalogue.lessons)) {
        for (const QString &language : Languages) {
            const QString text = SpokenMessages::lessonEndText(language, lesson.goal.text(language));
            const QString problem = check(m_narration.resolveLessonEnd(lesson.directory, {}, language, text));
            if (!problem.isEmpty())
                missing << QStringLiteral("%1 %2: %3").arg(lesson.id, language, problem);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestNarrationCoverage::effectsAreThere()
{
    const QDir effects(QDir(QStringLiteral(PASSERELLE_NARRATION_DIR)).filePath(NarrationCatalog::effectsFolder()));
    const QList<SoundEffects::Kind> kinds = SoundEffects::all();
    for (SoundEffects::Kind kind : kinds) {
        QFile file(effects.filePath(SoundEffects::fileName(kind)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(file.readAll(), SoundEffects::wav(kind));
    }
}

void TestNarrationCoverage::sizeStaysUnderTheBudget()
{
    const QDir root(QStringLiteral(PASSERELLE_NARRATION_DIR));
    qint64 total = 0;
    qint64 lessonBytes = 0;
    int clips = 0;
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const qint64 size = it.fileInfo().size();
        total += size;
        clips += it.fileName().endsWith(QLatin1String(".ogg")) ? 1 : 0;
        const QString top = root.relativeFilePath(it.filePath()).section(QLatin1Char('/'), 0, 0);
        if (m_catalogue.findLesson(top))
            lessonBytes += size;
    }
    const auto lessons = int(m_catalogue.lessons.size());
    const qint64 projected = total - lessonBytes + lessonBytes * std::max(lessons, PlannedLessons) / lessons;
    qInfo("generated narration: %d clips, %.1f MB for %d lessons; about %.1f MB for %d lessons", clips,
          double(total) / 1e6, lessons, double(projected) / 1e6, std::max(lessons, PlannedLessons));
    QVERIFY2(total < MaxNarrationBytes, qPrintable(QStringLiteral("%1 bytes").arg(total)));
    // The budget is for the whole catalogue: lessons as long as today's must still fit.
    QVERIFY2(projected < MaxNarrationBytes,
             qPrintable(QStringLiteral("about %1 MB for %2 lessons: lower the bitrate in "
                                       "app/tools/narration_builder (or shorten the texts)")
                            .arg(double(projected) / 1e6, 0, 'f', 1)
                            .arg(PlannedLessons)));
}

QTEST_GUILESS_MAIN(TestNarrationCoverage)
#include "tst_narration_coverage.moc"
