// Runs the real `passerelle` executable: exit codes and output of the command-line contract.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPasserelleBinary : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(PASSERELLE_BINARY), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("passerelle " PASSERELLE_VERSION));
    }

    void checkShippedCatalogue()
    {
        const Run r = run({QStringLiteral("--check-lessons"), qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.isEmpty());
    }

    void checkNamesTheBrokenFile()
    {
        // A copy of the shipped catalogue with one broken lesson added: exit 1, and the
        // broken file is named; the valid lessons are not blamed.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("lessons"));
        QProcess cp;
        cp.start(QStringLiteral("cp"), {QStringLiteral("-r"), qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS"), copy});
        QVERIFY(cp.waitForFinished() && cp.exitCode() == 0);
        QVERIFY(QDir(copy).mkpath(QStringLiteral("broken/z9-casse")));
        QFile broken(copy + QStringLiteral("/broken/z9-casse/lesson.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"format\": 1, \"id\": \"Z9-casse\", \"steps\": [ ");
        broken.close();

        const Run r = run({QStringLiteral("--check-lessons"), copy});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(copy + QStringLiteral("/broken/z9-casse/lesson.json: ")), qPrintable(line));
    }

    void checkMissingFolder()
    {
        const Run r = run({QStringLiteral("--check-lessons"), QStringLiteral("/nonexistent/lessons")});
        QCOMPARE(r.exitCode, 1);
    }

    void playUnknownLessonFails()
    {
        const Run r = run({QStringLiteral("--play"), QStringLiteral("Z9-inconnue")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Z9-inconnue")), qPrintable(r.err));
    }

    void usageErrorsAreOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--nope")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("--lessons-dir")};
        QTest::newRow("conflict") << QStringList{QStringLiteral("--version"), QStringLiteral("--check-lessons")};
    }

    void usageErrorsAreOneLineAndExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.startsWith(QStringLiteral("passerelle: ")));
    }
};

QTEST_GUILESS_MAIN(TestPasserelleBinary)
#include "tst_passerelle_binary.moc"
