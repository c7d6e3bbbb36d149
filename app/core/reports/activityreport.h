#pragma once

#include "common/clock.h"
#include "csvwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

/// Activity of the terminal in one period, for funders' reports and the weekly chart.
struct ActivityPeriod
{
    QDate start; ///< first day counted (the period's first day, or the report's first day)
    QDate end;   ///< last day counted, inclusive
    QString label; ///< "2026-01-05" (day), "2026-S02" (ISO week), "2026-01" (month), or "Total"
    int learnerSessions = 0;
    int guestSessions = 0;
    int distinctLearners = 0;           ///< learners who had at least one session in the period
    int lessonsCompletedByLearners = 0; ///< first completions of a lesson by a learner
    int lessonsCompletedByGuests = 0;   ///< lessons guests finished (needs the step counts)
    qint64 timeMs = 0;                  ///< time spent on steps (monotonic, so clock jumps do not count)

    int sessions() const { return learnerSessions + guestSessions; }
    int lessonsCompleted() const { return lessonsCompletedByLearners + lessonsCompletedByGuests; }
};

/// A report: its periods and their total (distinct learners counted over the whole range).
struct ActivityResult
{
    QList<ActivityPeriod> periods;
    ActivityPeriod total;
};

/// Sessions, guest sessions, lessons completed and time spent per day, ISO week or month, read
/// from the store. Days are the terminal's local days; timestamps are stored in UTC.
/// Works on any connection to a Passerelle database (the kiosk's, or a read-only one opened by
/// `--export-report` while the kiosk runs). Every query is a prepared statement.
class ActivityReport
{
    Q_DECLARE_TR_FUNCTIONS(ActivityReport)

public:
    enum class Period { Day, Week, Month };

    ActivityReport(QSqlDatabase connection, const WallClock &clock);

    /// Lesson id -> number of steps, so that a guest finishing the last step counts as a
    /// completed lesson (guests have no stored progress). Without it guests' completions are 0.
    void setStepCounts(QHash<QString, int> stepCounts) { m_stepCounts = std::move(stepCounts); }

    /// One row per period from `from` to `to` (both included; empty periods included), and the
    /// total. An invalid `from` starts at the first recorded session, an invalid `to` ends today.
    /// std::nullopt when the database could not be read (see error()).
    std::optional<ActivityResult> compute(QDate from, QDate to, Period period);
    QString error() const { return m_error; }

    /// The CSV for funders: a header, one line per period and a total line.
    static CsvWriter toCsv(const ActivityResult &result);
    static QStringList csvHeader();

    static QDate periodStart(QDate day, Period period);
    static QDate periodEnd(QDate day, Period period);
    static QString periodLabel(QDate start, Period period);
    /// Local midnight of `day` as stored (UTC ISO-8601 with milliseconds).
    static QString storedBoundary(QDate day);

private:
    bool run(const QString &sql, const QString &from, const QString &to,
             const std::function<void(const QSqlQuery &)> &row);
    QString bucketOf(const QString &column, Period period) const;

    QSqlDatabase m_connection;
    const WallClock &m_clock;
    QHash<QString, int> m_stepCounts;
    QString m_error;
};
