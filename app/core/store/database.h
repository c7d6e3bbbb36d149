#pragma once

#include "common/clock.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

/// The progress database file: opening with its pragmas, migrations, health check and
/// recovery from corruption, backups, and the error state the staff screens show.
class Database : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 2;
    static constexpr int BackupsKept = 7;
    static constexpr int BusyTimeoutMs = 5000;
    static constexpr qint64 BackupIntervalMs = 24LL * 60 * 60 * 1000;

    /// Ready is the only state in which anything is written. Every other state has a
    /// human-readable errorMessage() for the "out of order, please call staff" screen.
    enum class State {
        Closed,   ///< not opened yet, or closed
        Ready,
        ReadOnly, ///< the data folder or the file cannot be written
        DiskFull, ///< the last write failed for lack of space; the next one may succeed
        Corrupt,  ///< damaged and could not be recovered: nothing is written
        TooNew,   ///< written by a newer Passerelle: refused and left untouched
        Failed,   ///< any other error (missing driver, I/O error...)
    };
    Q_ENUM(State)

    /// What the last open() did about a damaged file.
    struct Recovery
    {
        bool happened = false;
        QString reason;         ///< what was wrong
        QString movedAsidePath; ///< where the damaged file now is
        QString restoredFrom;   ///< the backup restored, empty when a fresh database was created
    };

    /// A line of the maintenance log shown in the staff panel.
    struct MaintenanceEvent
    {
        QString at;
        QString kind; ///< "recovered-corruption", "backup", "backup-failed", "sessions-recovered",
                      ///< "store-writable-again" (after a full disk), "staff-pin-reset-console"
        QString detail;
    };

    /// `dataDir` holds passerelle.sqlite and backups/. Nothing is written anywhere else.
    Database(QString dataDir, const WallClock &wallClock, QObject *parent = nullptr);
    ~Database() override;

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating or migrating as needed), checks, recovers. True when Ready.
    bool open();
    void close();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    QString errorMessage() const { return m_errorMessage; }
    static QString stateName(State state);

    QString dataDir() const { return m_dataDir; }
    QString filePath() const;
    QString backupDir() const;
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    /// Identifies this terminal in every event; generated on first open, kept in `meta`.
    QString terminalId() const { return m_terminalId; }
    const Recovery &lastRecovery() const { return m_recovery; }
    /// Sessions found open at open() (left by a crash) and closed as "recovered".
    int recoveredSessions() const { return m_recoveredSessions; }

    /// Gives back the memory of SQLite's page cache (`PRAGMA shrink_memory`). Called when a
    /// session ends: the cache would otherwise grow with the database up to cache_size, so the
    /// kiosk's memory would creep up over months; the next session refills it from the OS cache.
    void releaseMemory();

    /// Full `PRAGMA integrity_check`: "ok" or the problems found.
    QString integrityCheck();

    /// Writes a consistent copy with VACUUM INTO and keeps the newest BackupsKept.
    /// Returns the backup's path, or an empty string (see errorMessage()).
    QString backupNow();
    /// Makes a backup when none was made in the last 24 hours (call at start and hourly).
    bool backupIfDue();
    /// Backups, newest first.
    QStringList backups() const;

    QList<MaintenanceEvent> maintenanceEvents(int limit = 50);
    bool logMaintenance(const QString &kind, const QString &detail);

    // For repositories --------------------------------------------------------------
    /// A prepared statement on this connection (a failure to prepare is noted like exec()'s).
    QSqlQuery prepare(const QString &sql);
    /// Executes a prepared statement; on failure records the error (disk full, read-only...).
    bool exec(QSqlQuery &query);
    /// Records the error of a failed operation and updates the state.
    void noteError(const QSqlError &error);
    /// A write succeeded: leaves a DiskFull state.
    void noteWriteSucceeded();
    /// Current wall time as stored: UTC ISO-8601 with milliseconds.
    QString nowText() const;
    const WallClock &wallClock() const { return m_wallClock; }
    static QString newId();

signals:
    void stateChanged(Database::State state);

private:
    enum class Attempt { Ok, Corrupt, Failed };

    Attempt openAndPrepare();
    Attempt failedAttempt();
    bool prepareDirectory();
    bool migrate(int from);
    bool ensureTerminalId();
    void closeSessionsLeftOpen();
    bool recoverFromCorruption(const QString &reason);
    bool restoreBackup(const QString &backupPath);
    static bool backupLooksGood(const QString &path);
    void closeConnection();
    void setState(State state, const QString &message = {});
    bool execSql(const QString &sql);
    QString pragmaText(const QString &pragma);
    QString stampForFile() const;
    int nextBackupSequence() const;

    QString m_dataDir;
    const WallClock &m_wallClock;
    QString m_connectionName;
    State m_state = State::Closed;
    QString m_errorMessage;
    QString m_lastSqlError; ///< text of the last failed statement, for messages
    QString m_terminalId;
    Recovery m_recovery;
    int m_recoveredSessions = 0;
};
