// kill -9 of a process writing step events, 50 times: the database stays intact and every
// event the writer reported committed is there.

#include "storetestsupport.h"

#include "store/progressrepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;

class TestStoreKill : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingAcknowledged();
};

void TestStoreKill::killedWriterLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    QSet<QString> acknowledged;
    int recoveredSessions = 0;
    for (int run = 0; run < 50; ++run) {
        QProcess writer;
        writer.setProgram(QStringLiteral(STORE_WRITER_PATH));
        writer.setArguments({dir.path()});
        writer.start();
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Let it reach the writing loop, then kill it at a random moment.
        QVERIFY2(writer.waitForReadyRead(20000), qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
        QTest::qSleep(static_cast<int>(random.bounded(5, 120)));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        const QByteArray out = writer.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        // The last piece may be a line cut by the kill: only whole lines were acknowledged.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            acknowledged.insert(QString::fromLatin1(lines.at(i)));

        ManualClock clock;
        Database db(dir.path(), clock);
        QVERIFY2(db.open(), qPrintable(db.errorMessage()));
        QVERIFY(!db.lastRecovery().happened);
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        recoveredSessions += db.recoveredSessions();
        ProgressRepository progress(db);
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(progress.findEvent(id), qPrintable(QStringLiteral("run %1: event %2 lost").arg(run).arg(id)));
        // Derived progress agrees with the events.
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(correct + wrong + hints + shown + skipped) FROM step_stats")).toLongLong(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM step_events")).toLongLong());
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(attempts) FROM lesson_progress")).toLongLong(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM step_events WHERE outcome IN ('correct', 'wrong')")).toLongLong());
    }
    qInfo("%lld acknowledged events checked over 50 kills", static_cast<long long>(acknowledged.size()));
    QVERIFY(acknowledged.size() >= 50);
    QCOMPARE(recoveredSessions, 50); // each killed writer's session was closed as recovered
}

QTEST_GUILESS_MAIN(TestStoreKill)
#include "tst_store_kill.moc"
