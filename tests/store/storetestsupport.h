#pragma once

// Helpers shared by the store tests: a temporary data folder, a hand-moved clock, root-only mounts.

#include "common/clock.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QVariant>

#include <QSqlDriver>

#include <dlfcn.h>
#include <unistd.h>

namespace StoreTest {

inline bool isRoot()
{
    return ::geteuid() == 0;
}

/// Runs a command (mount, umount); returns true on exit code 0.
inline bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(20000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

/// A small tmpfs mounted for the lifetime of the object (needs root and CAP_SYS_ADMIN).
class TmpfsMount
{
public:
    TmpfsMount(const QString &path, const QString &size) : m_path(path)
    {
        m_mounted = run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=") + size + QStringLiteral(",mode=0755"), QStringLiteral("tmpfs"), path},
                        &m_error);
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {m_path});
    }
    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }
    bool remountReadOnly()
    {
        return run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path}, &m_error);
    }

private:
    QString m_path;
    bool m_mounted = false;
    QString m_error;
};

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// A single value from SQL run on the store's connection (tests only).
inline QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

/// A function of the libsqlite3 that Qt's SQLite driver loaded, or nullptr (looked up at run
/// time: no build dependency on SQLite's headers). The plugin loads it privately (RTLD_LOCAL),
/// so the library is found by name among those already loaded, never loaded here.
inline void *sqliteFunction(const char *name)
{
    static void *const library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
    return library ? dlsym(library, name) : nullptr;
}

/// Bytes held by the page cache of the store's SQLite connection (SQLITE_DBSTATUS_CACHE_USED),
/// or -1 when it cannot be read. The driver's handle is the sqlite3*.
inline qint64 pageCacheBytes(Database &db)
{
    using DbStatus = int (*)(void *, int, int *, int *, int);
    const auto dbStatus = reinterpret_cast<DbStatus>(sqliteFunction("sqlite3_db_status"));
    const QVariant handle = db.connection().driver()->handle();
    if (!dbStatus || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return -1;
    void *sqlite = *static_cast<void *const *>(handle.constData());
    constexpr int CacheUsed = 1; // SQLITE_DBSTATUS_CACHE_USED
    int current = 0, highwater = 0;
    if (!sqlite || dbStatus(sqlite, CacheUsed, &current, &highwater, 0) != 0)
        return -1;
    return current;
}

} // namespace StoreTest
