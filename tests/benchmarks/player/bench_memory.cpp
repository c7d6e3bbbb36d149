// Resident memory after playing five lessons in demonstration mode, in one process: the app's
// theme, the shipped catalogue loaded (as `passerelle --play` and the kiosk do), then five shipped
// lessons of different scene kinds, each on a new PlayerScreen with the app's renderers, every
// step performed by the ghost pointer at fast speed, the screen deleted when the lesson ends (as
// the kiosk does). VmRSS and VmHWM come from /proc/self/status. For comparison, the peak resident
// memory of the real binary playing each lesson (`passerelle --play`, from wait4's rusage), and
// the kiosk's own resident memory at its welcome screen (catalogue, staff entry, audio loaded).
// Usage: bench_memory [--lessons-dir DIR] [--binary PATH]

#include "../benchfigure.h"
#include "common/regexpolicy.h"
#include "common/clock.h"
#include "common/theme.h"
#include "lessons/catalogue.h"
#include "media/narrator.h"
#include "player/gestureplayer.h"
#include "player/playerscreen.h"

#include <QApplication>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const char *const LessonIds[] = {"B2-dossiers", "C4-formulaire", "D2-lire-repondre", "E8-rendez-vous-medical",
                                 "F1-faux-sms-colis"};

double mib(qint64 kb)
{
    return static_cast<double>(kb) / 1024.0;
}

/// Plays every step of `lesson` through the real widgets; false (with a message) when stuck.
bool demonstrate(const Lesson &lesson, const Theme &theme)
{
    SteadyClock clock;
    SilentNarrator narrator;
    auto screen = std::make_unique<PlayerScreen>(lesson, QStringLiteral("fr"), clock, narrator, theme);
    screen->setGestureSpeed(GesturePlayer::FastSpeed);
    screen->setNextLessonAvailable(false);
    screen->resize(1280, 800);

    QEventLoop loop;
    QString failure;
    QTimer timeout;
    timeout.setSingleShot(true);
    PlayerScreen *s = screen.get();
    auto fail = [&](const QString &why) {
        if (failure.isEmpty())
            failure = QStringLiteral("step %1: %2").arg(s->run().currentIndex() + 1).arg(why);
        loop.exit(1);
    };
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] { fail(QStringLiteral("not completed within 30 s")); });
    QObject::connect(&s->run(), &LessonRun::stepStarted, s, [&, s](int index) {
        timeout.start(30'000);
        QTimer::singleShot(0, s, [s, index] {
            if (!s->run().isFinished() && s->run().currentIndex() == index)
                s->demonstrateCurrentStep();
        });
    });
    QObject::connect(s->gesturePlayer(), &GesturePlayer::failed, &loop,
                     [&](const QString &reason) { fail(QStringLiteral("gesture failed: ") + reason); });
    QObject::connect(&s->run(), &LessonRun::lessonCompleted, &loop, [&] { loop.exit(0); });

    screen->show();
    QTimer::singleShot(0, s, [s] { s->start(); });
    const int code = loop.exec();
    screen.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    if (code != 0)
        std::fprintf(stderr, "bench_memory: %s: %s\n", qPrintable(lesson.id), qPrintable(failure));
    return code == 0;
}

/// Peak resident memory (MiB) of `passerelle --play ID`, or -1.
double childPeakMiB(const QString &binary, const QString &lessonsDir, const QString &lessonId)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        const QByteArray program = QFile::encodeName(binary);
        const QByteArray dir = QFile::encodeName(lessonsDir);
        const QByteArray id = lessonId.toUtf8();
        const int devnull = ::open("/dev/null", O_WRONLY);
        if (devnull >= 0) { // the exit status tells whether the lesson was completed
            ::dup2(devnull, STDOUT_FILENO);
            ::dup2(devnull, STDERR_FILENO);
        }
        ::execl(program.constData(), program.constData(), "--play", id.constData(), "--lessons-dir", dir.constData(),
                static_cast<char *>(nullptr));
        ::_exit(127);
    }
    if (pid < 0)
        return -1;
    int status = 0;
    rusage usage{};
    if (::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

/// Resident memory (MiB) of the kiosk itself (`passerelle --windowed`, a new data folder) once
/// its welcome screen is up and the catalogue, staff entry and audio narrator are loaded, or -1.
double kioskIdleMiB(const QString &binary, const QString &lessonsDir)
{
    QTemporaryDir data;
    QProcess kiosk;
    kiosk.setStandardOutputFile(QProcess::nullDevice());
    kiosk.setStandardErrorFile(QProcess::nullDevice());
    kiosk.start(binary, {QStringLiteral("--windowed"), QStringLiteral("--data-dir"), data.path(),
                         QStringLiteral("--lessons-dir"), lessonsDir});
    if (!kiosk.waitForStarted(10'000))
        return -1;
    QThread::sleep(5);
    double mibValue = -1;
    QFile status(QStringLiteral("/proc/%1/status").arg(kiosk.processId()));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                mibValue = mib(line.mid(6).trimmed().split(' ').value(0).toLongLong());
        }
    }
    kiosk.kill();
    kiosk.waitForFinished(10'000);
    return mibValue;
}

} // namespace

int main(int argc, char *argv[])
{
    useInterpretedRegularExpressions(); // as main() does
    // The child processes inherit the platform: offscreen unless a display is available.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Bench::quietKnownWarnings();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString lessonsDir = option(QStringLiteral("--lessons-dir"), QStringLiteral(PASSERELLE_SOURCE_LESSONS_DIR));
    const QString binary = option(QStringLiteral("--binary"), QStringLiteral(PASSERELLE_BINARY));

    const qint64 startKb = Bench::procStatusKb("VmRSS");
    const Theme theme;
    theme.applyTo(app);
    const Catalogue catalogue = LessonLoader::loadCatalogue(lessonsDir);
    QStringList ids;
    for (const char *id : LessonIds)
        ids << QString::fromLatin1(id);
    std::printf("memory: lessons %s in demonstration mode, platform %s\n", qPrintable(ids.join(QStringLiteral(", "))),
                qPrintable(QGuiApplication::platformName()));
    Bench::header("figure (MiB)");

    bool ok = true;
    for (const QString &id : std::as_const(ids)) {
        const Lesson *lesson = catalogue.findLesson(id);
        if (!lesson) {
            std::fprintf(stderr, "bench_memory: no lesson %s in %s\n", qPrintable(id), qPrintable(lessonsDir));
            return 1;
        }
        ok = demonstrate(*lesson, theme) && ok;
    }
    const qint64 rssKb = Bench::procStatusKb("VmRSS");
    const qint64 hwmKb = Bench::procStatusKb("VmHWM");
    Bench::printValue("RSS after 5 demonstrated lessons", mib(rssKb), 80.0);
    Bench::printValue("  peak RSS (VmHWM) in the 5", mib(hwmKb), 80.0);
    Bench::printValue("  RSS with QApplication only", mib(startKb), 0);

    double peak = 0;
    for (const QString &id : std::as_const(ids)) {
        const double child = childPeakMiB(binary, lessonsDir, id);
        if (child < 0) {
            std::fprintf(stderr, "bench_memory: %s --play %s failed\n", qPrintable(binary), qPrintable(id));
            ok = false;
        }
        peak = std::max(peak, child);
    }
    Bench::printValue("  passerelle --play, highest peak", peak, 0);
    Bench::printValue("  kiosk at its welcome screen", kioskIdleMiB(binary, lessonsDir), 0);
    return ok ? 0 : 1;
}
