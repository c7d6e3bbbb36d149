// Entry point: command line -> plain options -> one of the app's modes.

#include "common/commandline.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int printAndExit(const QString &text, int code, FILE *stream)
{
    QTextStream(stream) << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const ParseResult parsed = parseCommandLine(arguments);
    if (parsed.status == ParseResult::Status::Error)
        return printAndExit(QStringLiteral("passerelle: %1 (see --help)").arg(parsed.message), ExitCode::Usage, stderr);

    const Options &options = parsed.options;
    switch (options.mode) {
    case Options::Mode::Help:
        return printAndExit(parsed.message, ExitCode::Ok, stdout);
    case Options::Mode::Version:
        return printAndExit(QStringLiteral("passerelle " PASSERELLE_VERSION), ExitCode::Ok, stdout);
    case Options::Mode::Play:
        return printAndExit(QStringLiteral("passerelle: --play is not available yet (it comes with the lesson player)."),
                            ExitCode::NotAvailable, stderr);
    default:
        break;
    }

    QApplication app(argc, argv);
    return printAndExit(QStringLiteral("passerelle: this mode is not available yet."), ExitCode::NotAvailable, stderr);
}
