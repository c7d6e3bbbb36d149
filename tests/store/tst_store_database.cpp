// Database: pragmas, migrations, newer schemas refused, terminal id, backups, crash-left sessions.

#include "storetestsupport.h"

#include "store/sessionrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;

class TestStoreDatabase : public QObject
{
    Q_OBJECT

private slots:
    void pragmasAreSetAtOpen();
    void freshDatabaseIsMigratedAndKeepsTerminalId();
    void connectionsAreNamedPerDatabase();
    void newerSchemaIsRefusedAndLeftUntouched();
    void failingMigrationRollsBackWhole();
    void backupsKeepTheLastSeven();
    void backupIsDueDailyAndAfterClockGoesBack();
    void sessionsLeftOpenAreRecovered();
};

void TestStoreDatabase::pragmasAreSetAtOpen()
{
    QTemporaryDir dir;
    ManualClock clock;
    Database db(dir.path(), clock);
    QVERIFY2(db.open(), qPrintable(db.errorMessage()));
    QCOMPARE(db.state(), Database::State::Ready);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::BusyTimeoutMs);
    QVERIFY(Database::BusyTimeoutMs >= 1000);
    QCOMPARE(QFileInfo(db.filePath()).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());

    // Foreign keys are really enforced.
    QSqlQuery orphan = db.prepare(QStringLiteral(
        "INSERT INTO sessions (id, terminal_id, kind, learner_id, started_at) VALUES ('s', 't', 'learner', 'nobody', 'x')"));
    QVERIFY(!orphan.exec());
}

void TestStoreDatabase::freshDatabaseIsMigratedAndKeepsTerminalId()
{
    QTemporaryDir dir;
    ManualClock clock;
    QString terminal;
    {
        Database db(dir.path(), clock);
        QVERIFY(db.open());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
        terminal = db.terminalId();
        QCOMPARE(terminal.size(), 36); // a UUID
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")).toInt() >= 12);
    }
    Database again(dir.path(), clock);
    QVERIFY(again.open());
    QCOMPARE(again.terminalId(), terminal);
    QCOMPARE(scalar(again, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
}

void TestStoreDatabase::connectionsAreNamedPerDatabase()
{
    QTemporaryDir a;
    QTemporaryDir b;
    ManualClock clock;
    Database first(a.path(), clock);
    Database second(b.path(), clock);
    QVERIFY(first.open());
    QVERIFY(second.open());
    QVERIFY(first.connectionName() != second.connectionName());
    QVERIFY(first.terminalId() != second.terminalId());
    QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
    const QString name = first.connectionName();
    first.close();
    QVERIFY(!QSqlDatabase::contains(name));
    QCOMPARE(first.state(), Database::State::Closed);
}

void TestStoreDatabase::newerSchemaIsRefusedAndLeftUntouched()
{
    QTemporaryDir dir;
    ManualClock clock;
    QString path;
    {
        Database db(dir.path(), clock);
        QVERIFY(db.open());
        path = db.filePath();
        QSqlQuery bump = db.prepare(QStringLiteral("PRAGMA user_version = 99"));
        QVERIFY(bump.exec());
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // checkpointed at close
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    Database db(dir.path(), clock);
    QSignalSpy spy(&db, &Database::stateChanged);
    QVERIFY(!db.open());
    QCOMPARE(db.state(), Database::State::TooNew);
    QVERIFY2(db.errorMessage().contains(QLatin1String("newer version")), qPrintable(db.errorMessage()));
    QVERIFY(db.errorMessage().contains(QLatin1String("99")));
    QVERIFY(!spy.isEmpty());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!db.lastRecovery().happened);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).size(), 0);
}

void TestStoreDatabase::failingMigrationRollsBackWhole()
{
    QTemporaryDir dir;
    ManualClock clock;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite"));
    {
        // A foreign file at version 0 whose table clashes with the schema, midway through it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE step_events (x)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    {
        Database db(dir.path(), clock);
        QVERIFY(!db.open());
        QVERIFY(db.state() != Database::State::Ready);
    }
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    QSqlQuery query(raw);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('meta', 'learners', 'staff')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0); // nothing of the failed step stayed
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query = QSqlQuery();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
}

void TestStoreDatabase::backupsKeepTheLastSeven()
{
    QTemporaryDir dir;
    ManualClock clock;
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    QStringList made;
    for (int i = 0; i < 9; ++i) {
        QSqlQuery mark = db.prepare(QStringLiteral(
            "INSERT INTO meta (key, value) VALUES ('mark', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        mark.addBindValue(QString::number(i));
        QVERIFY(mark.exec());
        const QString path = db.backupNow();
        QVERIFY2(!path.isEmpty(), qPrintable(db.errorMessage()));
        made << path;
        clock.advance(60 * 60 * 1000);
    }
    const QStringList kept = db.backups();
    QCOMPARE(kept.size(), Database::BackupsKept);
    QCOMPARE(kept.first(), made.last());   // newest first
    QCOMPARE(kept.last(), made.at(2));     // the two oldest were removed
    QVERIFY(!QFileInfo::exists(made.at(0)));
    QVERIFY(QDir(db.backupDir()).entryList({QStringLiteral("*.partial")}).isEmpty());

    // The newest backup is a complete, consistent database with the data of its time.
    QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
    copy.setDatabaseName(kept.first());
    QVERIFY(copy.open());
    {
        QSqlQuery query(copy);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'mark'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("8"));
    }
    copy.close();
    copy = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    QVERIFY(db.maintenanceEvents().first().kind == QLatin1String("backup"));
}

void TestStoreDatabase::backupIsDueDailyAndAfterClockGoesBack()
{
    QTemporaryDir dir;
    ManualClock clock;
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    QVERIFY(db.backupIfDue());   // none yet
    QVERIFY(!db.backupIfDue());  // just made
    clock.advance(23 * 60 * 60 * 1000);
    QVERIFY(!db.backupIfDue());
    clock.advance(2 * 60 * 60 * 1000);
    QVERIFY(db.backupIfDue());   // a day later
    clock.jumpWall(-30LL * 24 * 60 * 60 * 1000);
    QVERIFY(db.backupIfDue());   // the clock went back: one more rather than none for a month
    QVERIFY(!db.backupIfDue());
    QCOMPARE(db.backups().size(), 3);
}

void TestStoreDatabase::sessionsLeftOpenAreRecovered()
{
    QTemporaryDir dir;
    ManualClock clock;
    QString open;
    QString ended;
    {
        Database db(dir.path(), clock);
        QVERIFY(db.open());
        SessionRepository sessions(db);
        open = sessions.startGuest().value_or(QString());
        ended = sessions.startGuest().value_or(QString());
        QVERIFY(!open.isEmpty() && !ended.isEmpty());
        QVERIFY(sessions.end(ended, SessionEndReason::Logout));
        // The process "dies" here: the database is closed without ending `open`.
    }
    clock.advance(60000);
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    QCOMPARE(db.recoveredSessions(), 1);
    SessionRepository sessions(db);
    const auto recovered = sessions.find(open);
    QVERIFY(recovered);
    QCOMPARE(recovered->endReason, SessionEndReason::Recovered);
    QCOMPARE(recovered->endedAt, recovered->startedAt); // no event: ended when it started
    QCOMPARE(sessions.find(ended)->endReason, SessionEndReason::Logout);
    QVERIFY(sessions.openSessions().isEmpty());
    QCOMPARE(db.maintenanceEvents().first().kind, QStringLiteral("sessions-recovered"));
}

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_store_database.moc"
