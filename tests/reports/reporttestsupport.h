#pragma once

// Shared by the report and staff/mediator tests: a real store in a temporary folder with a
// hand-moved clock, helpers that play lessons into it, and an RFC 4180 reader for CSV files.

#include "common/clock.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"
#include "store/staffrepository.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ReportTest {

/// A store in a temporary folder, with a manual clock and cheap hashes.
struct Store
{
    QTemporaryDir dir;
    ManualClock clock;
    SecretHasher hasher{SecretHasher::minimalCost()};
    QRandomGenerator random{42};
    std::unique_ptr<Database> db;
    std::unique_ptr<LearnerRepository> learners;
    std::unique_ptr<StaffRepository> staff;

    explicit Store(QDateTime wallStart = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC))
        : clock(0, std::move(wallStart))
    {
        open();
    }

    bool open()
    {
        db = std::make_unique<Database>(dir.path(), clock);
        const bool ok = db->open();
        learners = std::make_unique<LearnerRepository>(*db, hasher, clock, random);
        staff = std::make_unique<StaffRepository>(*db, hasher, clock);
        return ok;
    }

    void close()
    {
        staff.reset();
        learners.reset();
        db.reset();
    }

    Learner learner(const QString &name, const QString &language = QStringLiteral("fr"),
                    const Secret &secret = Secret::pin(QStringLiteral("1234")))
    {
        LearnerProfile profile = LearnerProfile::named(name);
        profile.language = language;
        return learners->create(profile, secret).value();
    }

    /// Lesson id -> number of steps; a lesson not listed has as many steps as are played.
    QHash<QString, int> stepCounts;

    /// Plays `steps` steps of a lesson from `firstStep` in `sessionId`: at each step `wrong` wrong
    /// actions, then the step ends correct, each step taking `stepMs`.
    bool playLesson(const QString &sessionId, const QString &lessonId, int steps, int firstStep = 0, int wrong = 0,
                    qint64 stepMs = 60'000, int hintsOnFirstStep = 0)
    {
        ProgressRepository progress(*db);
        const int count = stepCounts.value(lessonId, firstStep + steps);
        for (int i = firstStep; i < firstStep + steps; ++i) {
            StepEventInput e;
            e.sessionId = sessionId;
            e.lessonId = lessonId;
            e.stepId = QStringLiteral("step-%1").arg(i + 1);
            e.stepIndex = i;
            e.stepCount = count;
            for (int h = 0; i == firstStep && h < hintsOnFirstStep; ++h) {
                e.outcome = StepOutcome::Hint;
                if (!progress.record(e))
                    return false;
            }
            for (int w = 0; w < wrong; ++w) {
                e.outcome = StepOutcome::Wrong;
                e.elapsedMs = stepMs / 2;
                if (!progress.record(e))
                    return false;
            }
            clock.advance(stepMs);
            e.outcome = StepOutcome::Correct;
            e.elapsedMs = stepMs;
            if (!progress.record(e))
                return false;
        }
        return true;
    }

    /// A learner session in which `lessons` (id -> steps) are completed, ended by logout.
    QString learnerSession(const QString &learnerId, const QList<QPair<QString, int>> &lessons)
    {
        SessionRepository sessions(*db);
        const QString id = sessions.startLearner(learnerId).value_or(QString());
        for (const auto &lesson : lessons)
            playLesson(id, lesson.first, lesson.second);
        sessions.end(id, SessionEndReason::Logout);
        return id;
    }

    QString guestSession(const QList<QPair<QString, int>> &lessons)
    {
        SessionRepository sessions(*db);
        const QString id = sessions.startGuest().value_or(QString());
        for (const auto &lesson : lessons)
            playLesson(id, lesson.first, lesson.second);
        sessions.end(id, SessionEndReason::Idle);
        return id;
    }
};

/// Parses CSV text (RFC 4180: quoted cells, doubled quotes, separators and line breaks inside
/// quotes, CRLF or LF line ends). Strict: an unbalanced quote makes `ok` false.
inline QList<QStringList> parseCsv(const QString &text, QChar separator = QLatin1Char(';'), bool *ok = nullptr)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == separator) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    if (ok)
        *ok = !quoted;
    return rows;
}

/// A CSV file as written by CsvWriter: checks the BOM, returns the rows (empty on any problem).
inline QList<QStringList> readCsvFile(const QString &path, bool *hasBom = nullptr, bool *crlf = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (hasBom)
        *hasBom = bom;
    if (crlf)
        *crlf = bytes.contains("\r\n");
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bom ? bytes.mid(3) : bytes), QLatin1Char(';'), &ok);
    return ok ? rows : QList<QStringList>();
}

/// Text of a PDF through poppler's pdftotext (empty when it fails).
inline QString pdfText(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath,
                                                  QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace ReportTest
