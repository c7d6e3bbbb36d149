// Runs the real `passerelle` executable: exit codes and output of the command-line contract.

#include <QDir>
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
