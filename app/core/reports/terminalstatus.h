#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

struct Catalogue;

/// What the staff panel's "terminal status" shows: is the terminal healthy? Plain data, collected
/// from the store, the data folder's file system and the loaded catalogue.
struct TerminalStatus
{
    Q_DECLARE_TR_FUNCTIONS(TerminalStatus)

public:
    QString version;
    QString terminalId;
    QString dataDir;
    Database::State databaseState = Database::State::Closed;
    QString databaseMessage;       ///< the store's error message when not ready
    qint64 databaseBytes = 0;      ///< the database file with its WAL
    QString lastBackupAt;          ///< as stored (UTC), empty when never
    int backupCount = 0;
    qint64 freeBytes = -1;         ///< free space for the data folder, -1 when unknown
    qint64 totalBytes = -1;
    int lessonsLoaded = 0;
    QList<QPair<QString, QString>> brokenLessons; ///< file, reason (sorted by file)
    QList<Database::MaintenanceEvent> maintenance; ///< newest first

    /// Collects everything. `catalogue` may be null (not loaded yet).
    static TerminalStatus collect(Database &db, const Catalogue *catalogue);
    /// "12,3 Mo", "1,2 Go" (French units, the staff screens' language).
    static QString bytesText(qint64 bytes);
    /// Free space below this is shown as a warning.
    static constexpr qint64 LowDiskBytes = 200LL * 1024 * 1024;
};
