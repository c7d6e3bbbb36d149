#include "database.h"

#include "textlimits.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

const QString FileName = QStringLiteral("passerelle.sqlite");
const QString BackupPrefix = QStringLiteral("passerelle-");
const QString BackupSuffix = QStringLiteral(".sqlite");

// SQLite primary result codes, as the Qt driver reports them in nativeErrorCode().
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isCorruption(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == SqliteCorrupt || code == SqliteNotADb;
}

bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Makes a finished file durable before it is renamed into place (power-cut safety).
bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Version 1: the whole store. Later versions add `if (from < N)` steps in migrate().
const char *const SchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE maintenance_log (id TEXT PRIMARY KEY NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL,"
    " detail TEXT NOT NULL DEFAULT '')",

    "CREATE TABLE staff (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
    " role TEXT NOT NULL CHECK (role IN ('staff', 'mediator')),"
    " secret_hash TEXT, failed_attempts INTEGER NOT NULL DEFAULT 0, locked_at TEXT,"
    " created_at TEXT NOT NULL, archived_at TEXT)",

    "CREATE TABLE learners (id TEXT PRIMARY KEY NOT NULL, card_code TEXT NOT NULL UNIQUE,"
    " display_name TEXT NOT NULL, avatar TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'fr',"
    " text_scale REAL NOT NULL DEFAULT 1.0,"
    " secret_kind TEXT CHECK (secret_kind IN ('pin', 'pictures')), secret_hash TEXT,"
    " failed_attempts INTEGER NOT NULL DEFAULT 0, locked_at TEXT,"
    " created_at TEXT NOT NULL, archived_at TEXT,"
    // Derived from lesson_progress in the same transaction, for the mediator's list.
    " completed_lessons INTEGER NOT NULL DEFAULT 0, lessons_in_progress INTEGER NOT NULL DEFAULT 0,"
    " last_activity_at TEXT)",
    "CREATE INDEX idx_learners_active_name ON learners (display_name COLLATE NOCASE) WHERE archived_at IS NULL",

    "CREATE TABLE learner_groups (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
    " created_at TEXT NOT NULL, archived_at TEXT)",
    "CREATE TABLE group_members (group_id TEXT NOT NULL REFERENCES learner_groups (id),"
    " learner_id TEXT NOT NULL REFERENCES learners (id), added_at TEXT NOT NULL,"
    " PRIMARY KEY (group_id, learner_id)) WITHOUT ROWID",
    "CREATE INDEX idx_group_members_learner ON group_members (learner_id)",

    "CREATE TABLE lesson_sets (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
    " created_at TEXT NOT NULL, archived_at TEXT)",
    "CREATE TABLE lesson_set_items (set_id TEXT NOT NULL REFERENCES lesson_sets (id),"
    " position INTEGER NOT NULL, lesson_id TEXT NOT NULL, PRIMARY KEY (set_id, position)) WITHOUT ROWID",
    "CREATE TABLE assignments (id TEXT PRIMARY KEY NOT NULL, set_id TEXT NOT NULL REFERENCES lesson_sets (id),"
    " learner_id TEXT REFERENCES learners (id), group_id TEXT REFERENCES learner_groups (id),"
    " assigned_at TEXT NOT NULL, assigned_by TEXT REFERENCES staff (id),"
    " CHECK ((learner_id IS NULL) <> (group_id IS NULL)))",
    "CREATE INDEX idx_assignments_learner ON assignments (learner_id) WHERE learner_id IS NOT NULL",
    "CREATE INDEX idx_assignments_group ON assignments (group_id) WHERE group_id IS NOT NULL",

    "CREATE TABLE sessions (id TEXT PRIMARY KEY NOT NULL, terminal_id TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('guest', 'learner')), learner_id TEXT REFERENCES learners (id),"
    " started_at TEXT NOT NULL, ended_at TEXT,"
    " end_reason TEXT CHECK (end_reason IN ('logout', 'idle', 'staff_reset', 'recovered')),"
    " CHECK ((kind = 'guest') = (learner_id IS NULL)), CHECK ((ended_at IS NULL) = (end_reason IS NULL)))",
    "CREATE INDEX idx_sessions_open ON sessions (terminal_id) WHERE ended_at IS NULL",

    // Append-only: the history every derived figure comes from.
    "CREATE TABLE step_events (id TEXT PRIMARY KEY NOT NULL, terminal_id TEXT NOT NULL,"
    " session_id TEXT NOT NULL REFERENCES sessions (id), learner_id TEXT REFERENCES learners (id),"
    " lesson_id TEXT NOT NULL, lesson_version INTEGER NOT NULL, step_id TEXT NOT NULL,"
    " step_index INTEGER NOT NULL,"
    " outcome TEXT NOT NULL CHECK (outcome IN ('correct', 'wrong', 'hint', 'shown', 'skipped')),"
    " detail TEXT NOT NULL DEFAULT '', elapsed_ms INTEGER NOT NULL CHECK (elapsed_ms >= 0), at TEXT NOT NULL)",
    "CREATE INDEX idx_step_events_session ON step_events (session_id)",
    "CREATE INDEX idx_step_events_learner ON step_events (learner_id, lesson_id) WHERE learner_id IS NOT NULL",
    "CREATE TRIGGER step_events_no_update BEFORE UPDATE ON step_events"
    " BEGIN SELECT RAISE(ABORT, 'step_events is append-only'); END",
    "CREATE TRIGGER step_events_no_delete BEFORE DELETE ON step_events"
    " BEGIN SELECT RAISE(ABORT, 'step_events is append-only'); END",

    // Derived from step_events, updated in the same transaction as each event.
    "CREATE TABLE lesson_progress (learner_id TEXT NOT NULL REFERENCES learners (id), lesson_id TEXT NOT NULL,"
    " lesson_version INTEGER NOT NULL, status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed')),"
    " current_step_index INTEGER NOT NULL DEFAULT 0, last_step_id TEXT NOT NULL DEFAULT '',"
    " attempts INTEGER NOT NULL DEFAULT 0, wrong INTEGER NOT NULL DEFAULT 0, hints INTEGER NOT NULL DEFAULT 0,"
    " shown INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, time_ms INTEGER NOT NULL DEFAULT 0,"
    " started_at TEXT NOT NULL, updated_at TEXT NOT NULL, completed_at TEXT,"
    " PRIMARY KEY (learner_id, lesson_id)) WITHOUT ROWID",
    "CREATE INDEX idx_lesson_progress_learner_status ON lesson_progress (learner_id, status, updated_at)",
    // Per-step counters (guests included, anonymously) for the difficult-steps statistics.
    "CREATE TABLE step_stats (lesson_id TEXT NOT NULL, step_id TEXT NOT NULL,"
    " correct INTEGER NOT NULL DEFAULT 0, wrong INTEGER NOT NULL DEFAULT 0, hints INTEGER NOT NULL DEFAULT 0,"
    " shown INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (lesson_id, step_id)) WITHOUT ROWID",

    "CREATE TABLE audit_log (id TEXT PRIMARY KEY NOT NULL, at TEXT NOT NULL, terminal_id TEXT NOT NULL,"
    " actor_id TEXT REFERENCES staff (id), action TEXT NOT NULL, target TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX idx_audit_log_at ON audit_log (at)",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
};

} // namespace

Database::Database(QString dataDir, const WallClock &wallClock, QObject *parent)
    : QObject(parent),
      m_dataDir(std::move(dataDir)),
      m_wallClock(wallClock),
      m_connectionName(QStringLiteral("passerelle-store-") + newId())
{
}

Database::~Database()
{
    closeConnection();
}

QString Database::stateName(State state)
{
    switch (state) {
    case State::Closed: return QStringLiteral("closed");
    case State::Ready: return QStringLiteral("ready");
    case State::ReadOnly: return QStringLiteral("read-only");
    case State::DiskFull: return QStringLiteral("disk-full");
    case State::Corrupt: return QStringLiteral("corrupt");
    case State::TooNew: return QStringLiteral("too-new");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString Database::filePath() const
{
    return QDir(m_dataDir).filePath(FileName);
}

QString Database::backupDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("backups"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Database::nowText() const
{
    return m_wallClock.nowUtc().toUTC().toString(Qt::ISODateWithMs);
}

QString Database::stampForFile() const
{
    return m_wallClock.nowUtc().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

void Database::setState(State state, const QString &message)
{
    m_errorMessage = message;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool Database::open()
{
    closeConnection();
    setState(State::Closed);
    m_recovery = {};
    m_recoveredSessions = 0;
    m_terminalId.clear();
    if (!prepareDirectory())
        return false;

    Attempt attempt = openAndPrepare();
    if (attempt == Attempt::Corrupt) {
        const QString reason = m_errorMessage;
        closeConnection();
        if (!recoverFromCorruption(reason)) {
            setState(State::Corrupt, tr("The progress database is damaged and could not be moved aside (%1). "
                                        "Nothing will be written. Please call staff.").arg(reason));
            return false;
        }
        setState(State::Closed); // the damaged file is gone: start afresh
        attempt = openAndPrepare();
        if (attempt == Attempt::Corrupt) {
            closeConnection();
            setState(State::Corrupt, tr("The progress database is still damaged after recovery: %1").arg(m_errorMessage));
            return false;
        }
        if (attempt == Attempt::Ok) {
            const QString detail = m_recovery.restoredFrom.isEmpty()
                ? tr("Damaged database (%1) moved to %2; no usable backup, a new database was created.")
                      .arg(reason, m_recovery.movedAsidePath)
                : tr("Damaged database (%1) moved to %2; restored from backup %3.")
                      .arg(reason, m_recovery.movedAsidePath, m_recovery.restoredFrom);
            logMaintenance(QStringLiteral("recovered-corruption"), detail);
        }
    }
    if (attempt != Attempt::Ok) {
        closeConnection();
        if (m_state == State::Closed || m_state == State::Ready)
            setState(State::Failed, tr("The database %1 could not be prepared: %2").arg(filePath(), m_lastSqlError));
        return false;
    }
    setState(State::Ready);
    return true;
}

void Database::close()
{
    closeConnection();
    setState(State::Closed);
}

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::prepareDirectory()
{
    const QFileInfo dirInfo(m_dataDir);
    if (!dirInfo.exists() && !QDir().mkpath(m_dataDir)) {
        setState(State::ReadOnly, tr("The data folder %1 cannot be created: progress cannot be saved.").arg(m_dataDir));
        return false;
    }
    if (!QFileInfo(m_dataDir).isDir()) {
        setState(State::Failed, tr("The data folder %1 is not a folder.").arg(m_dataDir));
        return false;
    }
    if (!writable(m_dataDir)) {
        setState(State::ReadOnly, tr("The data folder %1 is read-only (%2): progress cannot be saved.")
                                      .arg(m_dataDir, systemError()));
        return false;
    }
    if (QFileInfo::exists(filePath()) && !writable(filePath())) {
        setState(State::ReadOnly, tr("The database %1 is read-only (%2): progress cannot be saved.")
                                      .arg(filePath(), systemError()));
        return false;
    }
    return true;
}

QString Database::pragmaText(const QString &pragma)
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA ") + pragma);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

void Database::releaseMemory()
{
    if (!isReady())
        return;
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA shrink_memory")); // best effort: nothing to report if it fails
}

bool Database::execSql(const QString &sql)
{
    QSqlQuery query = prepare(sql);
    return exec(query);
}

Database::Attempt Database::failedAttempt()
{
    if (m_state == State::Corrupt)
        return Attempt::Corrupt;
    if (m_state == State::Closed || m_state == State::Ready)
        setState(State::Failed, tr("The database %1 could not be prepared: %2").arg(filePath(), m_lastSqlError));
    return Attempt::Failed;
}

Database::Attempt Database::openAndPrepare()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(filePath());
        if (!db.open()) {
            const QSqlError error = db.lastError();
            setState(State::Failed, tr("The database %1 cannot be opened: %2").arg(filePath(), error.text()));
            return isCorruption(error) ? Attempt::Corrupt : Attempt::Failed;
        }
    }
    // Before anything that could write: a database from a newer version stays untouched.
    QSqlQuery versionQuery = prepare(QStringLiteral("PRAGMA user_version"));
    if (!versionQuery.exec() || !versionQuery.next()) {
        const QSqlError error = versionQuery.lastError();
        if (m_state == State::Corrupt || isCorruption(error))
            return Attempt::Corrupt;
        setState(State::Failed, tr("The database %1 cannot be read: %2").arg(filePath(), error.text()));
        return Attempt::Failed;
    }
    const int version = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (version > SchemaVersion) {
        setState(State::TooNew, tr("The database %1 was written by a newer version of Passerelle (schema %2, this "
                                   "version knows %3). It was left untouched; please update Passerelle.")
                                    .arg(filePath())
                                    .arg(version)
                                    .arg(SchemaVersion));
        return Attempt::Failed;
    }

    if (!execSql(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)))
        return failedAttempt();
    const QString journal = pragmaText(QStringLiteral("journal_mode = WAL"));
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return failedAttempt();
    // FULL: a power cut cannot lose a committed step (WAL + NORMAL could).
    if (!execSql(QStringLiteral("PRAGMA synchronous = FULL")) || !execSql(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !execSql(QStringLiteral("PRAGMA journal_size_limit = 8388608")) // keep the WAL bounded after checkpoints
        // 32 MiB page cache (default 2 MiB): the mediator's lists over years of data stay in memory.
        // The kiosk gives it back at each session end (releaseMemory()), so it does not creep up.
        || !execSql(QStringLiteral("PRAGMA cache_size = -32768")))
        return failedAttempt();

    QSqlQuery check = prepare(QStringLiteral("PRAGMA quick_check"));
    if (!check.exec()) {
        if (m_state == State::Corrupt || isCorruption(check.lastError()))
            return Attempt::Corrupt;
        return failedAttempt();
    }
    QStringList problems;
    while (check.next())
        problems << check.value(0).toString();
    check.finish();
    if (problems != QStringList{QStringLiteral("ok")}) {
        setState(State::Failed, tr("quick_check: %1").arg(problems.mid(0, 3).join(QStringLiteral("; "))));
        return Attempt::Corrupt;
    }

    if (!migrate(version) || !ensureTerminalId())
        return failedAttempt();
    setState(State::Ready);
    closeSessionsLeftOpen();
    return Attempt::Ok;
}

bool Database::migrate(int from)
{
    if (from < 1) {
        Transaction tx(*this);
        if (!tx.begin())
            return false;
        for (const char *statement : SchemaV1) {
            if (!execSql(QString::fromLatin1(statement)))
                return false;
        }
        if (!execSql(QStringLiteral("PRAGMA user_version = 1")) || !tx.commit())
            return false;
    }
    // Version 2: a learner whose secret staff reset chooses a new one at the next sign-in.
    if (from < 2) {
        Transaction tx(*this);
        if (!tx.begin())
            return false;
        if (!execSql(QStringLiteral("ALTER TABLE learners ADD COLUMN secret_due INTEGER NOT NULL DEFAULT 0"))
            || !execSql(QStringLiteral("PRAGMA user_version = 2")) || !tx.commit())
            return false;
    }
    // if (from < 3) { ... } — each further step in its own transaction, in order.
    return true;
}

bool Database::ensureTerminalId()
{
    QSqlQuery query = prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'terminal_id'"));
    if (!exec(query))
        return false;
    if (query.next()) {
        m_terminalId = query.value(0).toString();
        return true;
    }
    query.finish();
    const QString id = newId();
    QSqlQuery insert = prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('terminal_id', ?)"));
    insert.addBindValue(id);
    if (!exec(insert))
        return false;
    m_terminalId = id;
    return true;
}

void Database::closeSessionsLeftOpen()
{
    // The real end is unknown: the last recorded event (or the start) is the best estimate.
    QSqlQuery query = prepare(QStringLiteral(
        "UPDATE sessions SET end_reason = 'recovered', ended_at = COALESCE("
        " (SELECT max(e.at) FROM step_events e WHERE e.session_id = sessions.id), sessions.started_at)"
        " WHERE terminal_id = ? AND ended_at IS NULL"));
    query.addBindValue(m_terminalId);
    if (!exec(query))
        return;
    m_recoveredSessions = query.numRowsAffected();
    if (m_recoveredSessions > 0)
        logMaintenance(QStringLiteral("sessions-recovered"),
                       tr("%n session(s) left open by a crash or power cut were closed.", nullptr, m_recoveredSessions));
}

bool Database::recoverFromCorruption(const QString &reason)
{
    QString aside = filePath() + QStringLiteral(".corrupt-") + stampForFile();
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = filePath() + QStringLiteral(".corrupt-") + stampForFile() + QLatin1Char('-') + QString::number(n);
    // Move the WAL and shared-memory files with it: they belong to the damaged file, and must
    // neither be deleted nor applied to another database.
    if (!QFile::rename(filePath(), aside))
        return false;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(filePath() + suffix))
            QFile::rename(filePath() + suffix, aside + suffix);
    }
    fsyncPath(m_dataDir, true);

    m_recovery.happened = true;
    m_recovery.reason = reason;
    m_recovery.movedAsidePath = aside;
    for (const QString &backup : backups()) {
        if (backupLooksGood(backup) && restoreBackup(backup)) {
            m_recovery.restoredFrom = backup;
            break;
        }
    }
    return true;
}

bool Database::backupLooksGood(const QString &path)
{
    const QString name = QStringLiteral("passerelle-check-") + newId();
    bool good = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next())
                good = query.value(0).toString() == QLatin1String("ok") && !query.next();
            if (good && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                good = query.value(0).toInt() <= SchemaVersion;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return good;
}

bool Database::restoreBackup(const QString &backupPath)
{
    // A finished backup is not live, so copying it is safe; rename makes the switch atomic.
    const QString temporary = filePath() + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backupPath, temporary))
        return false;
    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    if (!fsyncPath(temporary, false) || !QFile::rename(temporary, filePath())) {
        QFile::remove(temporary);
        return false;
    }
    fsyncPath(m_dataDir, true);
    return true;
}

QString Database::integrityCheck()
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!query.exec())
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

QStringList Database::backups() const
{
    // Names carry a zero-padded sequence number, so name order is creation order even when
    // the wall clock jumped.
    const QDir dir(backupDir());
    const QStringList names = dir.entryList({BackupPrefix + QStringLiteral("*") + BackupSuffix}, QDir::Files, QDir::Name);
    QStringList paths;
    for (auto it = names.crbegin(); it != names.crend(); ++it)
        paths << dir.filePath(*it);
    return paths;
}

int Database::nextBackupSequence() const
{
    const QStringList existing = backups();
    if (existing.isEmpty())
        return 1;
    const QString name = QFileInfo(existing.first()).fileName();
    return name.mid(BackupPrefix.size(), 6).toInt() + 1;
}

QString Database::backupNow()
{
    if (!isReady())
        return {};
    if (!QDir().mkpath(backupDir())) {
        logMaintenance(QStringLiteral("backup-failed"), tr("The folder %1 cannot be created.").arg(backupDir()));
        return {};
    }
    const QString finalPath = QDir(backupDir()).filePath(
        BackupPrefix + QStringLiteral("%1-%2").arg(nextBackupSequence(), 6, 10, QLatin1Char('0')).arg(stampForFile())
        + BackupSuffix);
    const QString partial = finalPath + QStringLiteral(".partial");
    QFile::remove(partial);

    // VACUUM INTO writes a consistent snapshot through SQLite, never a copy of the live file.
    QSqlQuery vacuum = prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(partial);
    if (!exec(vacuum)) {
        const QString why = vacuum.lastError().text();
        vacuum.finish();
        QFile::remove(partial);
        logMaintenance(QStringLiteral("backup-failed"), why);
        return {};
    }
    if (!fsyncPath(partial, false) || !QFile::rename(partial, finalPath)) {
        QFile::remove(partial);
        logMaintenance(QStringLiteral("backup-failed"), tr("The backup %1 could not be written.").arg(finalPath));
        return {};
    }
    fsyncPath(backupDir(), true);

    const QStringList all = backups();
    for (qsizetype i = BackupsKept; i < all.size(); ++i)
        QFile::remove(all.at(i));

    QSqlQuery meta = prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES ('last_backup_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    meta.addBindValue(nowText());
    exec(meta);
    logMaintenance(QStringLiteral("backup"), QFileInfo(finalPath).fileName());
    return finalPath;
}

bool Database::backupIfDue()
{
    if (!isReady())
        return false;
    QSqlQuery query = prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'last_backup_at'"));
    if (!exec(query))
        return false;
    if (query.next() && !backups().isEmpty()) {
        const QDateTime last = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        const qint64 age = last.msecsTo(m_wallClock.nowUtc());
        // A negative age means the clock went back: better one backup too many than none.
        if (last.isValid() && age >= 0 && age < BackupIntervalMs)
            return false;
    }
    query.finish();
    return !backupNow().isEmpty();
}

QList<Database::MaintenanceEvent> Database::maintenanceEvents(int limit)
{
    QList<MaintenanceEvent> events;
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT at, kind, detail FROM maintenance_log ORDER BY at DESC, rowid DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return events;
    while (query.next())
        events.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return events;
}

bool Database::logMaintenance(const QString &kind, const QString &detail)
{
    QSqlQuery query = prepare(QStringLiteral("INSERT INTO maintenance_log (id, at, kind, detail) VALUES (?, ?, ?, ?)"));
    query.addBindValue(newId());
    query.addBindValue(nowText());
    query.addBindValue(kind);
    query.addBindValue(TextLimits::cap(detail, TextLimits::Detail));
    return exec(query);
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.prepare(sql)) {
        // e.g. "database disk image is malformed" when the schema page is damaged
        m_lastSqlError = query.lastError().text();
        noteError(query.lastError());
    }
    return query;
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastSqlError = query.lastError().text();
    noteError(query.lastError());
    return false;
}

void Database::noteError(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case SqliteFull:
        setState(State::DiskFull, tr("The disk is full: progress cannot be saved. Please call staff. (%1)").arg(error.text()));
        break;
    case SqliteReadOnly:
        setState(State::ReadOnly, tr("The database cannot be written (read-only). Please call staff. (%1)").arg(error.text()));
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        setState(State::Corrupt, tr("The database is damaged; nothing more will be written until it is checked at "
                                    "the next start. Please call staff. (%1)").arg(error.text()));
        break;
    case SqliteIoErr:
    case SqliteCantOpen:
        setState(State::Failed, tr("The database could not be written (%1). Please call staff.").arg(error.text()));
        break;
    default:
        // Constraint violations, busy timeouts...: the operation failed, the store is still usable.
        qWarning("Database: %s", qUtf8Printable(error.text()));
        break;
    }
}

void Database::noteWriteSucceeded()
{
    if (m_state == State::DiskFull || m_state == State::Failed || m_state == State::ReadOnly) {
        if (connection().isOpen())
            setState(State::Ready);
    }
}
