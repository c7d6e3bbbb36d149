// libFuzzer target: LessonLoader::parseLesson on arbitrary bytes must never crash, hang,
// leak or read outside its catalogue. Run by tests/fuzz/run-fuzz.sh (ctest: fuzz_lessonloader_60s).

#include "lessons/catalogue.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

/// A small catalogue on disk so asset paths are checked for real (inside, outside, missing).
struct FuzzCatalogue
{
    QTemporaryDir dir;
    QString lessonFile;

    FuzzCatalogue()
    {
        QDir(dir.path()).mkpath(QStringLiteral("m/l/images"));
        QFile image(dir.filePath(QStringLiteral("m/l/images/a.svg")));
        if (image.open(QIODevice::WriteOnly))
            image.write("<svg/>");
        lessonFile = dir.filePath(QStringLiteral("m/l/lesson.json"));
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static FuzzCatalogue catalogue;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // Once as pure bytes (the fuzzer's contract), once inside a catalogue (asset checks).
    for (const QString &root : {QString(), catalogue.dir.path()}) {
        Lesson lesson;
        QList<LessonProblem> problems;
        const bool valid = LessonLoader::parseLesson(bytes, catalogue.lessonFile, root, lesson, problems);
        if (valid != problems.isEmpty())
            __builtin_trap(); // the result must agree with the problems found
        for (const LessonProblem &p : std::as_const(problems))
            if (p.toString().contains(QLatin1Char('\n')))
                __builtin_trap(); // one line per problem, whatever the input
        for (const Scene &scene : std::as_const(lesson.scenes))
            (void)scene.allElements();
    }
    return 0;
}
