#include "terminalstatus.h"

#include "lessons/catalogue.h"

#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QStorageInfo>

#include <algorithm>

TerminalStatus TerminalStatus::collect(Database &db, const Catalogue *catalogue)
{
    TerminalStatus s;
    s.version = QStringLiteral(PASSERELLE_VERSION);
    s.terminalId = db.terminalId();
    s.dataDir = db.dataDir();
    s.databaseState = db.state();
    s.databaseMessage = db.errorMessage();
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        const QFileInfo file(db.filePath() + suffix);
        if (file.exists())
            s.databaseBytes += file.size();
    }
    s.backupCount = static_cast<int>(db.backups().size());
    if (db.isReady() || db.state() == Database::State::DiskFull) {
        QSqlQuery query = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'last_backup_at'"));
        if (query.exec() && query.next())
            s.lastBackupAt = query.value(0).toString();
        s.maintenance = db.maintenanceEvents(10);
    }
    const QStorageInfo storage(db.dataDir());
    if (storage.isValid()) {
        s.freeBytes = storage.bytesAvailable();
        s.totalBytes = storage.bytesTotal();
    }
    if (catalogue) {
        s.lessonsLoaded = static_cast<int>(catalogue->lessons.size());
        for (auto it = catalogue->disabled.constBegin(); it != catalogue->disabled.constEnd(); ++it)
            s.brokenLessons.append({it.key(), it.value()});
        std::sort(s.brokenLessons.begin(), s.brokenLessons.end());
    }
    return s;
}

QString TerminalStatus::bytesText(qint64 bytes)
{
    if (bytes < 0)
        return tr("inconnu");
    const QLocale french(QLocale::French, QLocale::France);
    constexpr double Kilo = 1024.0;
    const double value = static_cast<double>(bytes);
    if (value < Kilo * Kilo)
        return tr("%1 Ko").arg(french.toString(value / Kilo, 'f', 1));
    if (value < Kilo * Kilo * Kilo)
        return tr("%1 Mo").arg(french.toString(value / Kilo / Kilo, 'f', 1));
    return tr("%1 Go").arg(french.toString(value / Kilo / Kilo / Kilo, 'f', 1));
}
