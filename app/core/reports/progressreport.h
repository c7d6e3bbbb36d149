#pragma once

#include "csvwriter.h"
#include "store/progressrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/// One cell of the mediators' grid: a learner and one lesson of a set assigned to them.
struct ProgressRow
{
    enum class Status { NoSet, NotStarted, InProgress, Completed };

    QString learnerId;
    QString learnerName;
    QString cardCode;
    QString setId;
    QString setName;
    int position = 0; ///< 1-based place of the lesson in the set; 0 for a learner without a set
    QString lessonId;
    QString lessonTitle; ///< from the catalogue when known, else the lesson id
    Status status = Status::NoSet;
    LessonProgress progress; ///< counters and dates (zero when not started)
};

/// A past session of a learner, for the learner's detail.
struct SessionHistoryEntry
{
    QString sessionId;
    QString startedAt; ///< as stored (UTC)
    QString endedAt;
    QString endReason;    ///< logout, idle, staff_reset, recovered (empty while open)
    QStringList lessonIds; ///< lessons worked on, in no particular order
    int stepsDone = 0;     ///< steps finished (correct or skipped)
    int wrong = 0;
    int hints = 0;
};

/// Learners × lessons of their sets (status, time, attempts, hints), a learner's session history,
/// and the progress CSV. Reads the store only.
class ProgressReport
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)

public:
    explicit ProgressReport(Database &db);

    /// Lesson id -> title shown to mediators (French); lessons not found keep their id.
    void setLessonTitles(QHash<QString, QString> titles) { m_titles = std::move(titles); }

    /// Every active learner by name, one row per lesson of each assigned set (a learner without
    /// a set has one NoSet row, so nobody disappears from the export).
    QList<ProgressRow> rows() const;
    /// The rows of one learner.
    QList<ProgressRow> rowsForLearner(const QString &learnerId) const;
    /// Sessions of a learner, newest first.
    QList<SessionHistoryEntry> history(const QString &learnerId, int limit = 200) const;

    static CsvWriter toCsv(const QList<ProgressRow> &rows);
    static QStringList csvHeader();
    static QString statusText(ProgressRow::Status status);
    /// "12 min", "1 h 05 min".
    static QString durationText(qint64 ms);

private:
    QList<ProgressRow> rowsFor(const LearnerSummary &learner) const;

    Database &m_db;
    QHash<QString, QString> m_titles;
};
