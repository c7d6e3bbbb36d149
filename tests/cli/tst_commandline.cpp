#include "common/commandline.h"

#include <QTest>

Q_DECLARE_METATYPE(Options::Mode)

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static ParseResult parse(const QStringList &args) { return parseCommandLine(QStringList{QStringLiteral("passerelle")} + args); }

private slots:
    void modes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Options::Mode>("mode");
        QTest::newRow("kiosk") << QStringList{} << Options::Mode::Run;
        QTest::newRow("windowed") << QStringList{QStringLiteral("--windowed")} << Options::Mode::Run;
        QTest::newRow("check") << QStringList{QStringLiteral("--check-lessons")} << Options::Mode::CheckLessons;
        QTest::newRow("check dir") << QStringList{QStringLiteral("--check-lessons"), QStringLiteral("lessons")} << Options::Mode::CheckLessons;
        QTest::newRow("play") << QStringList{QStringLiteral("--play"), QStringLiteral("A2-cliquer")} << Options::Mode::Play;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << Options::Mode::Version;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << Options::Mode::Help;
        QTest::newRow("export") << QStringList{QStringLiteral("--export-report"), QStringLiteral("r.csv"), QStringLiteral("--from"), QStringLiteral("2026-01-01")} << Options::Mode::ExportReport;
        QTest::newRow("measure") << QStringList{QStringLiteral("--measure-startup")} << Options::Mode::MeasureStartup;
        QTest::newRow("reset staff pin") << QStringList{QStringLiteral("--reset-staff-pin"), QStringLiteral("Nadia")} << Options::Mode::ResetStaffPin;
    }

    void modes()
    {
        QFETCH(QStringList, args);
        QFETCH(Options::Mode, mode);
        const ParseResult r = parse(args);
        QCOMPARE(r.status, ParseResult::Status::Ok);
        QCOMPARE(r.exitCode(), 0);
        QCOMPARE(r.options.mode, mode);
    }

    void values()
    {
        const ParseResult r = parse({QStringLiteral("--windowed"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/d"),
                                     QStringLiteral("--lessons-dir=/tmp/l"), QStringLiteral("--language"), QStringLiteral("ar")});
        QCOMPARE(r.status, ParseResult::Status::Ok);
        QVERIFY(r.options.windowed);
        QCOMPARE(r.options.dataDir, QStringLiteral("/tmp/d"));
        QCOMPARE(r.options.lessonsDir, QStringLiteral("/tmp/l"));
        QCOMPARE(r.options.language, QStringLiteral("ar"));

        const ParseResult check = parse({QStringLiteral("--check-lessons"), QStringLiteral("some/dir")});
        QCOMPARE(check.options.checkDir, QStringLiteral("some/dir"));
        const ParseResult play = parse({QStringLiteral("--play"), QStringLiteral("C4-formulaire")});
        QCOMPARE(play.options.playLessonId, QStringLiteral("C4-formulaire"));
        const ParseResult report = parse({QStringLiteral("--export-report"), QStringLiteral("r.csv"), QStringLiteral("--from"),
                                          QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31")});
        QCOMPARE(report.options.reportFile, QStringLiteral("r.csv"));
        QCOMPARE(report.options.reportFrom, QStringLiteral("2026-01-01"));
        QCOMPARE(report.options.reportTo, QStringLiteral("2026-03-31"));
        QCOMPARE(parse({QStringLiteral("--reset-staff-pin"), QStringLiteral("Nadia B.")}).options.staffName, QStringLiteral("Nadia B."));
        QVERIFY(parse({QStringLiteral("--help")}).message.contains(QStringLiteral("--check-lessons")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fullscreen-please")} << "fullscreen-please";
        QTest::newRow("missing value") << QStringList{QStringLiteral("--data-dir")} << "data-dir";
        QTest::newRow("missing play id") << QStringList{QStringLiteral("--play")} << "play";
        QTest::newRow("empty value") << QStringList{QStringLiteral("--lessons-dir=")} << "lessons-dir";
        QTest::newRow("check and play") << QStringList{QStringLiteral("--check-lessons"), QStringLiteral("--play"), QStringLiteral("A1")} << "cannot be used together";
        QTest::newRow("version and help") << QStringList{QStringLiteral("--version"), QStringLiteral("--help")} << "cannot be used together";
        QTest::newRow("stray argument") << QStringList{QStringLiteral("lessons")} << "lessons";
        QTest::newRow("two check dirs") << QStringList{QStringLiteral("--check-lessons"), QStringLiteral("a"), QStringLiteral("b")} << "at most one";
        QTest::newRow("from without export") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01")} << "--export-report";
        QTest::newRow("bad date") << QStringList{QStringLiteral("--export-report"), QStringLiteral("r.csv"), QStringLiteral("--to"), QStringLiteral("31/03/2026")} << "YYYY-MM-DD";
        QTest::newRow("from after to") << QStringList{QStringLiteral("--export-report"), QStringLiteral("r.csv"), QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31")} << "after";
        QTest::newRow("missing staff name") << QStringList{QStringLiteral("--reset-staff-pin")} << "reset-staff-pin";
        QTest::newRow("reset and play") << QStringList{QStringLiteral("--reset-staff-pin"), QStringLiteral("Nadia"), QStringLiteral("--play"), QStringLiteral("A1")} << "cannot be used together";
        QTest::newRow("bad language") << QStringList{QStringLiteral("--language"), QStringLiteral("Français")} << "language";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const ParseResult r = parse(args);
        QCOMPARE(r.status, ParseResult::Status::Error);
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
        QVERIFY2(!r.message.contains(QLatin1Char('\n')), "one line");
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
