#include "kioskapp.h"

#include "common/languagemanager.h"
#include "kioskwindow.h"
#include "lessons/catalogue.h"
#include "media/audionarrator.h"
#include "narration/narrationcatalog.h"
#include "narratorrelay.h"
#include "session/terminalsession.h"
#include "singleinstance.h"
#include "staff/kioskstaff.h"
#include "staff/staffsettingsstore.h"
#include "store/database.h"
#include "store/learnerrepository.h"

#include <QApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <memory>
#include <unistd.h>

namespace {

constexpr int BackupCheckIntervalMs = 60 * 60 * 1000;

void printLine(FILE *stream, const QString &text)
{
    QTextStream(stream) << text << '\n';
}

/// With PASSERELLE_STARTUP_TRACE set, --measure-startup also prints when each phase ended.
void tracePhase(bool measuring, const char *phase)
{
    static const bool tracing = qEnvironmentVariableIsSet("PASSERELLE_STARTUP_TRACE");
    if (measuring && tracing)
        QTextStream(stderr) << "startup: " << phase << " at " << millisecondsSinceProcessStart() << " ms\n";
}

} // namespace

qint64 millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int StartTimeField = 22 - 3; // field 22 of the man page, counted from field 3
    if (fields.size() <= StartTimeField)
        return -1;
    bool ok = false;
    const qulonglong startTicks = fields.at(StartTimeField).toULongLong(&ok);
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || ::clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    const qint64 startMs = static_cast<qint64>(startTicks * 1000 / static_cast<qulonglong>(ticksPerSecond));
    return std::max<qint64>(0, nowMs - startMs);
}

int runKiosk(const Options &options)
{
    const bool measuring = options.mode == Options::Mode::MeasureStartup;
    tracePhase(measuring, "application ready");

    // One instance per data folder, checked before the database is even opened.
    SingleInstance instance(options.dataDir);
    const bool locked = instance.acquire();
    if (!locked && instance.error() == SingleInstance::Error::AnotherInstance) {
        printLine(stderr, QStringLiteral("passerelle: another Passerelle is already running with this data folder."));
        return ExitCode::AlreadyRunning;
    }

    SystemWallClock wallClock;
    SteadyClock clock;
    Database db(options.dataDir, wallClock);
    tracePhase(measuring, "single instance checked");
    const bool ready = locked && db.open();
    tracePhase(measuring, "database opened");
    if (measuring && !ready) {
        printLine(stderr, QStringLiteral("passerelle: the data folder cannot be used: %1").arg(db.errorMessage()));
        return ExitCode::DataError;
    }

    // The staff's settings file (defaults when there is none or it is damaged), then the command
    // line's language.
    KioskSettings settings = StaffSettingsStore::loadFrom(options.dataDir);
    if (!options.language.isEmpty())
        settings.tutorLanguage = options.language;
    settings = settings.clamped();
    const Theme theme(Theme::textSizeFromName(settings.textSize), settings.highContrast);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        theme.applyTo(*app);

    SecretHasher hasher;
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    std::unique_ptr<LearnerRepository> learners;
    std::unique_ptr<TerminalSession> session;
    if (ready) {
        learners = std::make_unique<LearnerRepository>(db, hasher, clock, random);
        session = std::make_unique<TerminalSession>(db, *learners);
    }
    // The screens speak through a relay; the real narrator (its audio backend takes a while to
    // load) is made once the welcome screen is up.
    NarratorRelay narrator;
    std::unique_ptr<AudioNarrator> audio;

    KioskWindow window(session.get(), clock, narrator, settings,
                       options.windowed ? KioskWindow::Mode::Windowed : KioskWindow::Mode::Kiosk);
    // Tutor languages dropped into <data-dir>/translations count too (README: add a tutor language).
    window.languageManager()->setFolders(LanguageManager::defaultFolders(options.dataDir, QCoreApplication::applicationDirPath()));
    tracePhase(measuring, "window made");
    // Staff entry (hidden gesture, PIN, panel), made after the first frame. Declared after the
    // window: it must go first.
    std::unique_ptr<KioskStaff> staff;
    if (ready && !measuring) {
        QObject::connect(&window, &KioskWindow::welcomePainted, &window, [&] {
            staff = std::make_unique<KioskStaff>(window, db, *learners, hasher, clock, narrator, options.dataDir,
                                                 options.lessonsDir);
        });
    }
    if (!ready) {
        window.showOutOfOrder(locked ? db.errorMessage()
                                     : QStringLiteral("The data folder cannot be used: %1").arg(options.dataDir));
    }
    // "Redémarrer Passerelle" on the out-of-order screen (the store never opened): a failure exit,
    // which the kiosk service answers by starting Passerelle again (it then reopens the store).
    QObject::connect(&window, &KioskWindow::restartRequested, &window, [&window] {
        window.setQuitAllowed(true);
        QCoreApplication::exit(ExitCode::DataError);
    });

    if (measuring) {
        QObject::connect(&window, &KioskWindow::welcomePainted, &window, [] {
            printLine(stdout, QString::number(millisecondsSinceProcessStart()));
            QCoreApplication::exit(ExitCode::Ok);
        });
    } else {
        QObject::connect(&window, &KioskWindow::welcomePainted, &window, [&narrator, &audio] {
            AudioNarrator::Options audioOptions;
            audioOptions.generatedRoot = NarrationCatalog::defaultGeneratedRoot(QCoreApplication::applicationDirPath());
            audio = std::make_unique<AudioNarrator>(audioOptions);
            narrator.setTarget(audio.get());
        });
    }
    window.showForMode();
    tracePhase(measuring, "window shown");

    // After the first frame: the catalogue (the welcome screen does not need it), then backups.
    auto loadCatalogue = [&window, &options] { window.setCatalogue(LessonLoader::loadCatalogue(options.lessonsDir)); };
    if (ready && !measuring)
        QObject::connect(&window, &KioskWindow::welcomePainted, &window, loadCatalogue, Qt::QueuedConnection);
    QTimer backups;
    if (ready && !measuring) {
        backups.setInterval(BackupCheckIntervalMs);
        QObject::connect(&backups, &QTimer::timeout, &db, [&db] { db.backupIfDue(); });
        backups.start();
        QTimer::singleShot(10'000, &db, [&db] { db.backupIfDue(); });
    }

    const int code = QCoreApplication::exec();
    staff.reset();
    window.setQuitAllowed(true);
    narrator.setTarget(nullptr);
    return code;
}
