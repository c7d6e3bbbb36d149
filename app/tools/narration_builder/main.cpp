// narration_builder: generates the spoken narration of the catalogue and of the interface at
// build time (espeak-ng -> WAV -> opusenc -> Ogg Opus), incrementally. Run by the `narration`
// target; see lessons/README.md ("Audio").

#include "clipgenerator.h"

#include "lessons/catalogue.h"
#include "narration/narrationplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("narration_builder"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates the narration clips of the lessons and the interface."));
    parser.addHelpOption();
    const QCommandLineOption lessonsOption(QStringLiteral("lessons"), QStringLiteral("Lesson catalogue folder."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption espeakOption(QStringLiteral("espeak"), QStringLiteral("espeak-ng program."),
                                          QStringLiteral("PATH"), QStringLiteral("espeak-ng"));
    const QCommandLineOption opusencOption(QStringLiteral("opusenc"), QStringLiteral("opusenc program."),
                                           QStringLiteral("PATH"), QStringLiteral("opusenc"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Parallel clips (default 2)."),
                                        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption bitrateOption(QStringLiteral("bitrate"), QStringLiteral("Opus bitrate in kbit/s (default 10)."),
                                           QStringLiteral("KBPS"), QStringLiteral("10"));
    parser.addOptions({lessonsOption, outOption, espeakOption, opusencOption, jobsOption, bitrateOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(lessonsOption) || !parser.isSet(outOption)) {
        err << "narration_builder: --lessons and --out are required\n";
        return 2;
    }
    bool jobsOk = false;
    bool bitrateOk = false;
    ClipGenerator::Settings settings;
    settings.outDir = parser.value(outOption);
    settings.espeak = parser.value(espeakOption);
    settings.opusenc = parser.value(opusencOption);
    settings.jobs = parser.value(jobsOption).toInt(&jobsOk);
    settings.bitrateKbps = parser.value(bitrateOption).toInt(&bitrateOk);
    if (!jobsOk || settings.jobs < 1 || !bitrateOk || settings.bitrateKbps < 6 || settings.bitrateKbps > 64) {
        err << "narration_builder: --jobs must be at least 1 and --bitrate between 6 and 64\n";
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const Catalogue catalogue = LessonLoader::loadCatalogue(parser.value(lessonsOption));
    // A broken lesson is skipped, as the app does; its author sees the problem in --check-lessons.
    for (auto it = catalogue.disabled.cbegin(); it != catalogue.disabled.cend(); ++it)
        err << "narration_builder: skipping " << it.key() << " (" << it.value() << ")\n";

    ClipGenerator generator(settings);
    const ClipGenerator::Report report = generator.run(NarrationPlan::jobs(catalogue));
    for (const QString &warning : report.warnings)
        err << "narration_builder: warning: " << warning << '\n';
    for (const QString &error : report.errors)
        err << "narration_builder: error: " << error << '\n';

    out << QStringLiteral("narration_builder: %1 lessons, %2 clips (%3 made, %4 unchanged, %5 removed, %6 without a "
                          "voice), %7 KB in %8, %9 s\n")
               .arg(catalogue.lessons.size())
               .arg(report.planned)
               .arg(report.generated)
               .arg(report.kept)
               .arg(report.removed)
               .arg(report.skipped)
               .arg(report.totalBytes / 1024)
               .arg(settings.outDir)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return report.errors.isEmpty() ? 0 : 1;
}
