// Faults done for real: a read-only data folder, a full filesystem, corrupted database files.

#include "storetestsupport.h"

#include "store/learnerrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;

class TestStoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyDataDirectory();
    void readOnlyDatabaseFile();
    void missingDataDirectoryOnReadOnlyParent();
    void diskFullRollsBackAndRecovers();
    void garbageFileIsMovedAsideAndReplaced();
    void damagedPagesAreRestoredFromNewestGoodBackup();
    void nothingIsWrittenOnceCorrupt();

private:
    static StepEventInput event(const QString &session, int index)
    {
        StepEventInput e;
        e.sessionId = session;
        e.lessonId = QStringLiteral("lesson-a");
        e.stepId = QStringLiteral("step-%1").arg(index % 10);
        e.stepIndex = index % 10;
        e.stepCount = 10;
        e.outcome = index % 3 == 0 ? StepOutcome::Wrong : StepOutcome::Correct;
        e.detail = QStringLiteral("detail %1").arg(index);
        e.elapsedMs = 1000;
        return e;
    }
};

void TestStoreFaults::readOnlyDataDirectory()
{
    QTemporaryDir dir;
    const QString data = QDir(dir.path()).filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    ManualClock clock;
    std::unique_ptr<TmpfsMount> mount;
    if (isRoot()) {
        // Root ignores permission bits: a read-only mount is the real thing.
        mount = std::make_unique<TmpfsMount>(data, QStringLiteral("4m"));
        if (!mount->mounted())
            QSKIP(qPrintable(QStringLiteral("running as root but tmpfs cannot be mounted: ") + mount->error()));
    }
    {
        Database db(data, clock);
        QVERIFY(db.open()); // a database exists before the folder becomes read-only
        SessionRepository(db).startGuest();
    }
    if (mount)
        QVERIFY2(mount->remountReadOnly(), qPrintable(mount->error()));
    else
        QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                | QFile::ReadOther | QFile::ExeOther));
    const QStringList before = QDir(data).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const QStringList parentBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    Database db(data, clock);
    QVERIFY(!db.open());
    QCOMPARE(db.state(), Database::State::ReadOnly);
    QVERIFY2(db.errorMessage().contains(QLatin1String("read-only")), qPrintable(db.errorMessage()));
    QVERIFY(db.errorMessage().contains(data));
    // Repositories refuse calmly.
    QVERIFY(!SessionRepository(db).startGuest());
    QVERIFY(db.backupNow().isEmpty());
    QCOMPARE(QDir(data).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), parentBefore);

    if (!mount)
        QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestStoreFaults::readOnlyDatabaseFile()
{
    if (isRoot())
        QSKIP("root can write a file whatever its permission bits; the read-only mount case covers root");
    QTemporaryDir dir;
    ManualClock clock;
    QString path;
    {
        Database db(dir.path(), clock);
        QVERIFY(db.open());
        path = db.filePath();
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    Database db(dir.path(), clock);
    QVERIFY(!db.open());
    QCOMPARE(db.state(), Database::State::ReadOnly);
    QVERIFY(db.errorMessage().contains(path));
}

void TestStoreFaults::missingDataDirectoryOnReadOnlyParent()
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<TmpfsMount> mount;
    const QString parent = QDir(dir.path()).filePath(QStringLiteral("parent"));
    QVERIFY(QDir().mkpath(parent));
    if (isRoot()) {
        mount = std::make_unique<TmpfsMount>(parent, QStringLiteral("1m"));
        if (!mount->mounted() || !mount->remountReadOnly())
            QSKIP("running as root but a read-only tmpfs cannot be mounted");
    } else {
        QVERIFY(QFile::setPermissions(parent, QFile::ReadOwner | QFile::ExeOwner));
    }
    Database db(QDir(parent).filePath(QStringLiteral("data")), clock);
    QVERIFY(!db.open());
    QCOMPARE(db.state(), Database::State::ReadOnly);
    QVERIFY(!QFileInfo::exists(QDir(parent).filePath(QStringLiteral("data"))));
    if (!mount)
        QFile::setPermissions(parent, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestStoreFaults::diskFullRollsBackAndRecovers()
{
    if (!isRoot())
        QSKIP("needs root to mount a 1 MiB tmpfs for the data folder (run the suite as root, as CI does)");
    QTemporaryDir dir;
    const QString data = QDir(dir.path()).filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(data));
    TmpfsMount mount(data, QStringLiteral("1m"));
    if (!mount.mounted())
        QSKIP(qPrintable(QStringLiteral("running as root but tmpfs cannot be mounted: ") + mount.error()));

    ManualClock clock;
    QStringList acknowledged;
    const QString filler = QDir(data).filePath(QStringLiteral("filler"));
    {
        Database db(data, clock);
        QVERIFY2(db.open(), qPrintable(db.errorMessage()));
        SessionRepository sessions(db);
        const QString session = sessions.startGuest().value_or(QString());
        QVERIFY(!session.isEmpty());
        ProgressRepository progress(db);
        for (int i = 0; i < 20; ++i)
            acknowledged << progress.record(event(session, i)).value_or(QString());
        QVERIFY(!acknowledged.contains(QString()));

        // Fill the filesystem.
        QFile fill(filler);
        QVERIFY(fill.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (fill.write(block) == block.size() && fill.flush()) { }
        fill.close();

        int failures = 0;
        for (int i = 0; i < 2000 && failures == 0; ++i) {
            const auto id = progress.record(event(session, i));
            if (id)
                acknowledged << *id;
            else
                ++failures;
        }
        QCOMPARE(failures, 1);
        QCOMPARE(db.state(), Database::State::DiskFull);
        QVERIFY2(db.errorMessage().contains(QLatin1String("disk is full")), qPrintable(db.errorMessage()));
        // Still no crash and no silent success while full.
        QVERIFY(!progress.record(event(session, 1)));

        // Space comes back: writing works again, nothing acknowledged was lost.
        QVERIFY(QFile::remove(filler));
        const auto after = progress.record(event(session, 2));
        QVERIFY(after);
        acknowledged << *after;
        QCOMPARE(db.state(), Database::State::Ready);
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }
    Database db(data, clock);
    QVERIFY(db.open());
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    ProgressRepository progress(db);
    for (const QString &id : std::as_const(acknowledged))
        QVERIFY2(progress.findEvent(id), qPrintable(id));
    db.close();
}

void TestStoreFaults::garbageFileIsMovedAsideAndReplaced()
{
    QTemporaryDir dir;
    ManualClock clock;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite"));
    QByteArray garbage(16384, '\0');
    for (auto &byte : garbage)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    Database db(dir.path(), clock);
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    QCOMPARE(db.state(), Database::State::Ready);
    const Database::Recovery &recovery = db.lastRecovery();
    QVERIFY(recovery.happened);
    QVERIFY(recovery.restoredFrom.isEmpty()); // no backup: a fresh database
    QVERIFY(recovery.movedAsidePath.contains(QLatin1String(".corrupt-20260105T100000Z")));
    QFile aside(recovery.movedAsidePath);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage); // kept as it was, for inspection
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    const auto events = db.maintenanceEvents();
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().kind, QStringLiteral("recovered-corruption"));
    QVERIFY(events.first().detail.contains(recovery.movedAsidePath));
}

void TestStoreFaults::damagedPagesAreRestoredFromNewestGoodBackup()
{
    QTemporaryDir dir;
    ManualClock clock;
    QRandomGenerator random(7);
    SecretHasher hasher(SecretHasher::minimalCost());
    QString kept;
    QString lost;
    QString path;
    {
        Database db(dir.path(), clock);
        QVERIFY(db.open());
        path = db.filePath();
        LearnerRepository learners(db, hasher, clock, random);
        SessionRepository sessions(db);
        ProgressRepository progress(db);
        kept = learners.create({QStringLiteral("Amina"), {}, QStringLiteral("ar"), 1.0}, Secret::pin(QStringLiteral("1234")))->id;
        const QString session = sessions.startGuest().value_or(QString());
        for (int i = 0; i < 400; ++i) // enough pages to damage some in the middle
            QVERIFY(progress.record(event(session, i)));
        QVERIFY(!db.backupNow().isEmpty());
        clock.advance(1000);
        lost = learners.create({QStringLiteral("Bruno"), {}, QStringLiteral("fr"), 1.0}, Secret::pin(QStringLiteral("4321")))->id;
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 40 * 4096);
        for (qint64 offset = 3 * 4096; offset < size - 4096; offset += 4 * 4096) {
            file.seek(offset + 100);
            file.write(QByteArray(2000, '\xA5'));
        }
    }
    clock.advance(1000);
    Database db(dir.path(), clock);
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    QVERIFY(db.lastRecovery().happened);
    QCOMPARE(db.lastRecovery().restoredFrom, db.backups().first());
    QVERIFY(QFileInfo::exists(db.lastRecovery().movedAsidePath));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    SecretHasher unused(SecretHasher::minimalCost());
    LearnerRepository learners(db, unused, clock, random);
    QVERIFY(learners.find(kept));
    QVERIFY(!learners.find(lost)); // after the backup: gone, and the log says so
    QCOMPARE(db.maintenanceEvents().first().kind, QStringLiteral("recovered-corruption"));
    QVERIFY(db.maintenanceEvents().first().detail.contains(QLatin1String("restored from backup")));
}

void TestStoreFaults::nothingIsWrittenOnceCorrupt()
{
    QTemporaryDir dir;
    ManualClock clock;
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    SessionRepository sessions(db);
    QVERIFY(sessions.startGuest());
    // What a write sees when SQLite finds a damaged page (SQLITE_CORRUPT = 11).
    db.noteError(QSqlError(QStringLiteral("driver"), QStringLiteral("database disk image is malformed"),
                           QSqlError::StatementError, QStringLiteral("11")));
    QCOMPARE(db.state(), Database::State::Corrupt);
    QVERIFY(db.errorMessage().contains(QLatin1String("damaged")));
    const int before = scalar(db, QStringLiteral("SELECT count(*) FROM sessions")).toInt();
    QVERIFY(!sessions.startGuest());
    QVERIFY(db.backupNow().isEmpty()); // never back up a damaged file over good backups
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sessions")).toInt(), before);
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_store_faults.moc"
