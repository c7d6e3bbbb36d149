// Entry point: command line -> plain options -> one of the app's modes.

#include "common/commandline.h"
#include "common/languagemanager.h"
#include "common/paths.h"
#include "common/regexpolicy.h"
#include "lessons/checkcommand.h"
#include "media/mediabackend.h"
#include "player/demonstration.h"
#include "reports/exportcommand.h"
#include "session/staffpincommand.h"
#include "shell/kioskapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

int printAndExit(const QString &text, int code, FILE *stream)
{
    QTextStream(stream) << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    return code;
}

/// Modes that print and exit never open a window, so they run without a display.
bool needsScreen(Options::Mode mode)
{
    return mode == Options::Mode::Run || mode == Options::Mode::Play || mode == Options::Mode::MeasureStartup;
}

} // namespace

int main(int argc, char *argv[])
{
    useInterpretedRegularExpressions();
    // Before any Q(Gui)Application exists: Qt Multimedia picks its backend once.
    preferFfmpegMediaBackend();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const ParseResult parsed = parseCommandLine(arguments);
    if (parsed.status == ParseResult::Status::Error)
        return printAndExit(QStringLiteral("passerelle: %1 (see --help)").arg(parsed.message), ExitCode::Usage, stderr);

    Options options = parsed.options;
    switch (options.mode) {
    case Options::Mode::Help:
        return printAndExit(parsed.message, ExitCode::Ok, stdout);
    case Options::Mode::Version:
        return printAndExit(QStringLiteral("passerelle " PASSERELLE_VERSION), ExitCode::Ok, stdout);
    default:
        break;
    }

    QCoreApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    std::unique_ptr<QCoreApplication> app;
    if (needsScreen(options.mode))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    options.lessonsDir = Paths::lessonsDir(options.lessonsDir, QCoreApplication::applicationDirPath());
    options.dataDir = Paths::dataDir(options.dataDir);

    switch (options.mode) {
    case Options::Mode::CheckLessons: {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return runCheckLessons(options.checkDir.isEmpty() ? options.lessonsDir : options.checkDir, out, err);
    }
    case Options::Mode::Run:
    case Options::Mode::MeasureStartup:
        return runKiosk(options);
    case Options::Mode::Play: {
        // The player's interface in --language (the kiosk window does this itself in Run mode).
        LanguageManager languages(LanguageManager::defaultFolders(options.dataDir, QCoreApplication::applicationDirPath()));
        languages.setLanguage(options.language);
        return runDemonstration(options);
    }
    case Options::Mode::ExportReport:
        return runExportReport(options);
    case Options::Mode::ResetStaffPin:
        return runResetStaffPin(options);
    default:
        return printAndExit(QStringLiteral("passerelle: this mode is not available yet."), ExitCode::NotAvailable, stderr);
    }
}
