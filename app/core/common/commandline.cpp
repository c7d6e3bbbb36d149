#include "commandline.h"

#include <QCommandLineParser>
#include <QDate>
#include <QRegularExpression>

namespace {

bool isIsoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate).isValid() && text.size() == 10;
}

} // namespace

ParseResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Passerelle, an offline digital-literacy tutor kiosk."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    const QCommandLineOption windowed(QStringLiteral("windowed"), QStringLiteral("Run in a normal window instead of the fullscreen kiosk."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Where the database, backups and logs live."), QStringLiteral("DIR"));
    const QCommandLineOption lessonsDir(QStringLiteral("lessons-dir"), QStringLiteral("The lesson catalogue to use."), QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Start language of the tutor (fr, ar, en, …)."), QStringLiteral("CODE"));
    const QCommandLineOption checkLessons(QStringLiteral("check-lessons"), QStringLiteral("Validate the catalogue (DIR, or the lessons dir) and exit: 0 valid, 1 problems."));
    const QCommandLineOption play(QStringLiteral("play"), QStringLiteral("Demonstrate a lesson through the real interface and exit: 0 when completed."), QStringLiteral("LESSON_ID"));
    const QCommandLineOption exportReport(QStringLiteral("export-report"), QStringLiteral("Write the activity report as CSV and exit."), QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day of the report (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day of the report (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption measureStartup(QStringLiteral("measure-startup"), QStringLiteral("Print the milliseconds to the first painted welcome screen and exit."));
    const QCommandLineOption resetStaffPin(QStringLiteral("reset-staff-pin"),
                                           QStringLiteral("Set a new PIN for a staff account (read twice from standard input), unlock it and exit."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption help({QStringLiteral("help"), QStringLiteral("h")}, QStringLiteral("Show this help and exit."));

    parser.addOptions({windowed, dataDir, lessonsDir, language, checkLessons, play, exportReport, from, to,
                       measureStartup, resetStaffPin, version, help});
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("With --check-lessons: the catalogue to check."), QStringLiteral("[DIR]"));

    ParseResult result;
    auto fail = [&result](const QString &message) {
        result.status = ParseResult::Status::Error;
        result.message = message;
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());

    Options &o = result.options;
    o.windowed = parser.isSet(windowed);
    o.dataDir = parser.value(dataDir);
    o.lessonsDir = parser.value(lessonsDir);
    o.language = parser.value(language);

    // Every option that takes a value was given one (QCommandLineParser reports a missing
    // value itself); an empty one is still a mistake.
    for (const QCommandLineOption *opt : {&dataDir, &lessonsDir, &language, &play, &exportReport, &from, &to, &resetStaffPin}) {
        if (parser.isSet(*opt) && parser.value(*opt).trimmed().isEmpty())
            return fail(QStringLiteral("Empty value for option '%1'.").arg(opt->names().constFirst()));
    }

    QStringList modes;
    if (parser.isSet(checkLessons))
        modes << QStringLiteral("--check-lessons");
    if (parser.isSet(play))
        modes << QStringLiteral("--play");
    if (parser.isSet(exportReport))
        modes << QStringLiteral("--export-report");
    if (parser.isSet(measureStartup))
        modes << QStringLiteral("--measure-startup");
    if (parser.isSet(resetStaffPin))
        modes << QStringLiteral("--reset-staff-pin");
    if (parser.isSet(version))
        modes << QStringLiteral("--version");
    if (parser.isSet(help))
        modes << QStringLiteral("--help");
    if (modes.size() > 1)
        return fail(QStringLiteral("Options %1 cannot be used together.").arg(modes.join(QStringLiteral(" and "))));

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && !parser.isSet(checkLessons))
        return fail(QStringLiteral("Unexpected argument '%1'.").arg(positional.constFirst()));
    if (positional.size() > 1)
        return fail(QStringLiteral("--check-lessons takes at most one folder."));
    if ((parser.isSet(from) || parser.isSet(to)) && !parser.isSet(exportReport))
        return fail(QStringLiteral("--from and --to are only used with --export-report."));
    if (parser.isSet(from) && !isIsoDate(parser.value(from)))
        return fail(QStringLiteral("--from needs a date as YYYY-MM-DD."));
    if (parser.isSet(to) && !isIsoDate(parser.value(to)))
        return fail(QStringLiteral("--to needs a date as YYYY-MM-DD."));
    if (parser.isSet(from) && parser.isSet(to) && parser.value(from) > parser.value(to))
        return fail(QStringLiteral("--from is after --to."));
    if (parser.isSet(language)) {
        const QString code = parser.value(language);
        static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
        if (!languageCode.match(code).hasMatch())
            return fail(QStringLiteral("--language needs a language code such as fr, ar or en."));
    }

    if (parser.isSet(help)) {
        o.mode = Options::Mode::Help;
        result.message = parser.helpText();
    } else if (parser.isSet(version)) {
        o.mode = Options::Mode::Version;
    } else if (parser.isSet(checkLessons)) {
        o.mode = Options::Mode::CheckLessons;
        o.checkDir = positional.value(0);
    } else if (parser.isSet(play)) {
        o.mode = Options::Mode::Play;
        o.playLessonId = parser.value(play);
    } else if (parser.isSet(exportReport)) {
        o.mode = Options::Mode::ExportReport;
        o.reportFile = parser.value(exportReport);
        o.reportFrom = parser.value(from);
        o.reportTo = parser.value(to);
    } else if (parser.isSet(measureStartup)) {
        o.mode = Options::Mode::MeasureStartup;
    } else if (parser.isSet(resetStaffPin)) {
        o.mode = Options::Mode::ResetStaffPin;
        o.staffName = parser.value(resetStaffPin);
    }
    return result;
}
