#pragma once

#include <QString>
#include <QStringList>

/// What the command line asked for (the contract of DESIGN.md, "Command line").
struct Options
{
    enum class Mode {
        Run,          ///< start the kiosk (fullscreen) or, with --windowed, a normal window
        CheckLessons, ///< validate a catalogue and exit
        Play,         ///< demonstration of one lesson through the real UI
        ExportReport, ///< write the activity report as CSV and exit
        MeasureStartup, ///< print the time to the first painted welcome frame and exit
        ResetStaffPin,  ///< set a staff account's PIN from a shell (read from stdin) and exit
        Version,
        Help,
    };

    Mode mode = Mode::Run;
    bool windowed = false;
    QString dataDir;      ///< empty: the platform's app data location
    QString lessonsDir;   ///< empty: the installed catalogue or the source tree's
    QString language;     ///< empty: the staff default
    QString checkDir;     ///< --check-lessons DIR (empty: the lessons dir)
    QString playLessonId;
    QString reportFile;
    QString reportFrom;   ///< YYYY-MM-DD or empty
    QString reportTo;
    QString staffName;    ///< --reset-staff-pin NAME
};

struct ParseResult
{
    enum class Status { Ok, Error };
    Status status = Status::Ok;
    Options options;
    QString message;   ///< one line for Error; the help text for Mode::Help
    int exitCode() const { return status == Status::Error ? 2 : 0; }
};

/// Parses the arguments (argv[0] included). Never prints and never exits: main() does.
ParseResult parseCommandLine(const QStringList &arguments);

/// Exit codes shared by main() and the tests.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1;      ///< e.g. --check-lessons found problems
constexpr int Usage = 2;        ///< bad command line
constexpr int NotAvailable = 3; ///< a feature that is not built yet
constexpr int AlreadyRunning = 4;
constexpr int DataError = 5;    ///< the database cannot be opened or is from a newer version
}
