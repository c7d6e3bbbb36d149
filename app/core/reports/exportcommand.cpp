#include "exportcommand.h"

#include "activityreport.h"
#include "lessons/catalogue.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>
#include <memory>

namespace {

const QString DatabaseFileName = QStringLiteral("passerelle.sqlite");
const QString LockFileName = QStringLiteral("passerelle.lock"); // the kiosk's SingleInstance lock

/// Lesson id -> number of steps, from the catalogue when there is one.
QHash<QString, int> stepCounts(const QString &lessonsDir)
{
    QHash<QString, int> counts;
    if (lessonsDir.isEmpty() || !QFileInfo(lessonsDir).isDir())
        return counts;
    const Catalogue catalogue = LessonLoader::loadCatalogue(lessonsDir);
    for (const Lesson &lesson : catalogue.lessons)
        counts.insert(lesson.id, static_cast<int>(lesson.steps.size()));
    return counts;
}

/// Computes and writes the report on an open connection. Returns the exit code.
int writeReport(const QSqlDatabase &connection, const Options &options, QTextStream &out, QTextStream &err)
{
    SystemWallClock clock;
    ActivityReport report(connection, clock);
    report.setStepCounts(stepCounts(options.lessonsDir));
    const QDate from = QDate::fromString(options.reportFrom, Qt::ISODate);
    const QDate to = QDate::fromString(options.reportTo, Qt::ISODate);
    const std::optional<ActivityResult> result = report.compute(from, to, ActivityReport::Period::Month);
    if (!result) {
        err << "passerelle: the report could not be read from the database: " << report.error() << '\n';
        return ExitCode::Failure;
    }
    QString error;
    if (!ActivityReport::toCsv(*result).writeFile(options.reportFile, &error)) {
        err << "passerelle: cannot write " << options.reportFile << ": " << error << '\n';
        return ExitCode::Failure;
    }
    out << "passerelle: activity report from " << result->total.start.toString(Qt::ISODate) << " to "
        << result->total.end.toString(Qt::ISODate) << " written to " << options.reportFile << '\n';
    return ExitCode::Ok;
}

/// The kiosk is running on this folder (or the folder cannot hold a lock): read without writing.
int exportReadOnly(const QString &path, const Options &options, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("passerelle-export-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int code = ExitCode::Failure;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open()) {
            err << "passerelle: cannot open " << path << ": " << connection.lastError().text() << '\n';
        } else {
            QSqlQuery version(connection);
            if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
                err << "passerelle: cannot read " << path << ": " << version.lastError().text() << '\n';
            } else if (version.value(0).toInt() != Database::SchemaVersion) {
                err << "passerelle: " << path << " has schema version " << version.value(0).toInt()
                    << ", this Passerelle reads version " << Database::SchemaVersion << ".\n";
            } else {
                version.finish();
                code = writeReport(connection, options, out, err);
            }
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return code;
}

} // namespace

int runExportReport(const Options &options, QTextStream &out, QTextStream &err)
{
    if (options.reportFile.isEmpty()) {
        err << "passerelle: --export-report needs a file name.\n";
        return ExitCode::Failure;
    }
    const QString dataDir = options.dataDir;
    const QString path = QDir(dataDir).filePath(DatabaseFileName);
    if (!QFileInfo(path).isFile()) {
        // Never create a database just to report on it.
        err << "passerelle: there is no Passerelle database in " << QDir::toNativeSeparators(dataDir) << ".\n";
        return ExitCode::Failure;
    }

    QLockFile lock(QDir(dataDir).filePath(LockFileName));
    lock.setStaleLockTime(0); // as the kiosk: stale only when its owner is gone
    if (!lock.tryLock(0))
        return exportReadOnly(path, options, out, err);

    // Nobody else uses the folder: open it as the kiosk would (recovery, migrations included).
    SystemWallClock clock;
    Database db(dataDir, clock);
    if (!db.open()) {
        err << "passerelle: the database cannot be used (" << Database::stateName(db.state())
            << "): " << db.errorMessage().simplified() << '\n';
        return ExitCode::Failure;
    }
    const int code = writeReport(db.connection(), options, out, err);
    db.close();
    return code;
}

int runExportReport(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runExportReport(options, out, err);
}
