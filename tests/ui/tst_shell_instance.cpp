// One Passerelle per data folder, with the real binary: a second start exits at once (code 4)
// without touching the database; a killed first instance does not block the next start; a data
// folder that cannot be used gives a calm out-of-order screen, never a crash loop.

#include "common/commandline.h"
#include "shell/singleinstance.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Binary = QStringLiteral(PASSERELLE_BINARY);

QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void startKiosk(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(offscreen());
    process.start(Binary, arguments);
}

struct FileState
{
    bool exists = false;
    qint64 size = -1;
    QDateTime modified;
    bool operator==(const FileState &other) const = default;
};

FileState stateOf(const QString &path)
{
    const QFileInfo info(path);
    return {info.exists(), info.exists() ? info.size() : -1, info.exists() ? info.lastModified() : QDateTime()};
}

} // namespace

class TestShellInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondInstanceIsRefusedAndKilledOneDoesNotBlock();
    void lockIsPerDataFolder();
    void measureStartupPrintsMilliseconds();
    void unusableDataFolderShowsOutOfOrder();
};

void TestShellInstance::secondInstanceIsRefusedAndKilledOneDoesNotBlock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString database = QDir(data).filePath(QStringLiteral("passerelle.sqlite"));
    const QString lock = QDir(data).filePath(SingleInstance::LockFileName);

    QProcess first;
    startKiosk(first, {QStringLiteral("--data-dir"), data});
    QVERIFY(first.waitForStarted());
    // Running: the lock and the database exist (the welcome screen is up).
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(lock) && QFileInfo::exists(database), 15'000);
    QTest::qWait(500);
    QCOMPARE(first.state(), QProcess::Running);

    const FileState dbBefore = stateOf(database);
    const FileState walBefore = stateOf(database + QStringLiteral("-wal"));
    QTest::qWait(1100); // so that a write would show in the modification time

    QElapsedTimer timer;
    timer.start();
    QProcess second;
    startKiosk(second, {QStringLiteral("--data-dir"), data});
    QVERIFY(second.waitForFinished(10'000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), ExitCode::AlreadyRunning);
    QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
    // (Qt may print its own warnings first; the last line is ours.)
    const QStringList errorLines = QString::fromLocal8Bit(second.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(errorLines.last(), QStringLiteral("passerelle: another Passerelle is already running with this data folder."));
    QVERIFY(stateOf(database) == dbBefore);
    QVERIFY(stateOf(database + QStringLiteral("-wal")) == walBefore);
    QCOMPARE(first.state(), QProcess::Running);

    // kill -9: the lock file stays behind, but its owner is gone.
    first.kill();
    QVERIFY(first.waitForFinished(10'000));
    QVERIFY(QFileInfo::exists(lock));

    QProcess third;
    startKiosk(third, {QStringLiteral("--data-dir"), data, QStringLiteral("--measure-startup")});
    QVERIFY(third.waitForFinished(30'000));
    QCOMPARE(third.exitCode(), ExitCode::Ok);
}

void TestShellInstance::lockIsPerDataFolder()
{
    QTemporaryDir dir;
    SingleInstance a(dir.filePath(QStringLiteral("one")));
    SingleInstance b(dir.filePath(QStringLiteral("one")));
    SingleInstance c(dir.filePath(QStringLiteral("two")));
    QVERIFY(a.acquire());
    QVERIFY(!b.acquire());
    QCOMPARE(b.error(), SingleInstance::Error::AnotherInstance);
    QVERIFY(c.acquire());
    a.release();
    QVERIFY(b.acquire());
}

void TestShellInstance::measureStartupPrintsMilliseconds()
{
    QTemporaryDir dir;
    QProcess process;
    startKiosk(process, {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--measure-startup")});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitCode(), ExitCode::Ok);
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    bool ok = false;
    const int ms = out.toInt(&ok);
    QVERIFY2(ok, qPrintable(out));
    QVERIFY(ms > 0 && ms < 30'000);
}

void TestShellInstance::unusableDataFolderShowsOutOfOrder()
{
    QTemporaryDir dir;
    // A file where the data folder should be: nothing can be stored there.
    const QString notAFolder = dir.filePath(QStringLiteral("data"));
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();

    QProcess measuring;
    startKiosk(measuring, {QStringLiteral("--data-dir"), notAFolder, QStringLiteral("--measure-startup")});
    QVERIFY(measuring.waitForFinished(30'000));
    QCOMPARE(measuring.exitCode(), ExitCode::DataError);

    // The kiosk itself keeps showing its out-of-order screen: it does not exit or crash.
    QProcess kiosk;
    startKiosk(kiosk, {QStringLiteral("--data-dir"), notAFolder});
    QVERIFY(kiosk.waitForStarted());
    QTest::qWait(2'000);
    QCOMPARE(kiosk.state(), QProcess::Running);
    kiosk.kill();
    QVERIFY(kiosk.waitForFinished(10'000));
}

QTEST_GUILESS_MAIN(TestShellInstance)
#include "tst_shell_instance.moc"
