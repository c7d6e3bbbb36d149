#include "activityreport.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {
/// Far enough in the future that every stored timestamp sorts before it.
const QString OpenEnd = QStringLiteral("9999-12-31T23:59:59.999Z");

QDate localDateOf(const QString &stored)
{
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().date() : QDate();
}
} // namespace

ActivityReport::ActivityReport(QSqlDatabase connection, const WallClock &clock)
    : m_connection(std::move(connection)), m_clock(clock)
{
}

QDate ActivityReport::periodStart(QDate day, Period period)
{
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Period::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate ActivityReport::periodEnd(QDate day, Period period)
{
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        return periodStart(day, period).addDays(6);
    case Period::Month:
        return QDate(day.year(), day.month(), day.daysInMonth());
    }
    return day;
}

QString ActivityReport::periodLabel(QDate start, Period period)
{
    switch (period) {
    case Period::Day:
        return start.toString(Qt::ISODate);
    case Period::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return QStringLiteral("%1-S%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Period::Month:
        return start.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

QString ActivityReport::storedBoundary(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
}

QString ActivityReport::bucketOf(const QString &column, Period period) const
{
    // The period's first local day, computed by SQLite so that millions of events are grouped
    // without being read. 'weekday 1' moves forward to a Monday: step back 6 days first.
    switch (period) {
    case Period::Day:
        return QStringLiteral("date(%1, 'localtime')").arg(column);
    case Period::Week:
        return QStringLiteral("date(%1, 'localtime', '-6 days', 'weekday 1')").arg(column);
    case Period::Month:
        return QStringLiteral("strftime('%Y-%m-01', %1, 'localtime')").arg(column);
    }
    return {};
}

bool ActivityReport::run(const QString &sql, const QString &from, const QString &to,
                         const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

std::optional<ActivityResult> ActivityReport::compute(QDate from, QDate to, Period period)
{
    m_error.clear();
    if (!m_connection.isOpen()) {
        m_error = tr("La base de données n'est pas ouverte.");
        return std::nullopt;
    }
    if (!to.isValid())
        to = m_clock.nowUtc().toLocalTime().date();
    if (!from.isValid()) {
        QSqlQuery first(m_connection);
        if (!first.prepare(QStringLiteral("SELECT min(started_at) FROM sessions")) || !first.exec()) {
            m_error = first.lastError().text();
            return std::nullopt;
        }
        const QDate firstDay = first.next() ? localDateOf(first.value(0).toString()) : QDate();
        from = firstDay.isValid() ? std::min(firstDay, to) : to;
    }
    if (from > to)
        std::swap(from, to);

    // Every period of the range, empty ones included (a chart and a funder both want the gaps).
    QList<ActivityPeriod> periods;
    QHash<QDate, qsizetype> index;
    for (QDate start = periodStart(from, period); start <= to; start = periodEnd(start, period).addDays(1)) {
        ActivityPeriod p;
        p.start = std::max(start, from);
        p.end = std::min(periodEnd(start, period), to);
        p.label = periodLabel(start, period);
        index.insert(start, periods.size());
        periods.append(p);
    }
    const auto at = [&](const QVariant &bucket) -> ActivityPeriod * {
        const auto found = index.constFind(QDate::fromString(bucket.toString(), Qt::ISODate));
        return found == index.constEnd() ? nullptr : &periods[*found];
    };

    const QString lower = storedBoundary(from);
    const QString upper = to.addDays(1).isValid() ? storedBoundary(to.addDays(1)) : OpenEnd;

    bool ok = run(QStringLiteral("SELECT %1 AS bucket, sum(kind = 'learner'), sum(kind = 'guest'),"
                                 " count(DISTINCT learner_id) FROM sessions"
                                 " WHERE started_at >= :from AND started_at < :to GROUP BY bucket")
                      .arg(bucketOf(QStringLiteral("started_at"), period)),
                  lower, upper, [&](const QSqlQuery &q) {
                      if (ActivityPeriod *p = at(q.value(0))) {
                          p->learnerSessions = q.value(1).toInt();
                          p->guestSessions = q.value(2).toInt();
                          p->distinctLearners = q.value(3).toInt();
                      }
                  });
    ok = ok
        && run(QStringLiteral("SELECT %1 AS bucket, count(*) FROM lesson_progress"
                              " WHERE completed_at IS NOT NULL AND completed_at >= :from AND completed_at < :to"
                              " GROUP BY bucket")
                   .arg(bucketOf(QStringLiteral("completed_at"), period)),
               lower, upper, [&](const QSqlQuery &q) {
                   if (ActivityPeriod *p = at(q.value(0)))
                       p->lessonsCompletedByLearners = q.value(1).toInt();
               });
    // A step's elapsed time is counted once, when the step ends (correct or skipped).
    ok = ok
        && run(QStringLiteral("SELECT %1 AS bucket, sum(elapsed_ms) FROM step_events"
                              " WHERE outcome IN ('correct', 'skipped') AND at >= :from AND at < :to GROUP BY bucket")
                   .arg(bucketOf(QStringLiteral("at"), period)),
               lower, upper, [&](const QSqlQuery &q) {
                   if (ActivityPeriod *p = at(q.value(0)))
                       p->timeMs = q.value(1).toLongLong();
               });
    if (ok && !m_stepCounts.isEmpty()) {
        ok = run(QStringLiteral("SELECT %1 AS bucket, lesson_id, step_index, count(*) FROM step_events"
                                " WHERE learner_id IS NULL AND outcome IN ('correct', 'skipped')"
                                " AND at >= :from AND at < :to GROUP BY bucket, lesson_id, step_index")
                     .arg(bucketOf(QStringLiteral("at"), period)),
                 lower, upper, [&](const QSqlQuery &q) {
                     const int steps = m_stepCounts.value(q.value(1).toString(), 0);
                     if (steps <= 0 || q.value(2).toInt() != steps - 1)
                         return;
                     if (ActivityPeriod *p = at(q.value(0)))
                         p->lessonsCompletedByGuests += q.value(3).toInt();
                 });
    }
    ActivityResult result;
    result.total.label = tr("Total");
    result.total.start = from;
    result.total.end = to;
    // Distinct learners do not add up across periods: counted again over the whole range.
    ok = ok
        && run(QStringLiteral("SELECT count(DISTINCT learner_id) FROM sessions WHERE started_at >= :from AND started_at < :to"),
               lower, upper, [&](const QSqlQuery &q) { result.total.distinctLearners = q.value(0).toInt(); });
    if (!ok)
        return std::nullopt;
    for (const ActivityPeriod &p : periods) {
        result.total.learnerSessions += p.learnerSessions;
        result.total.guestSessions += p.guestSessions;
        result.total.lessonsCompletedByLearners += p.lessonsCompletedByLearners;
        result.total.lessonsCompletedByGuests += p.lessonsCompletedByGuests;
        result.total.timeMs += p.timeMs;
    }
    result.periods = std::move(periods);
    return result;
}

QStringList ActivityReport::csvHeader()
{
    return {tr("Période"),
            tr("Du"),
            tr("Au"),
            tr("Séances"),
            tr("Séances apprenants"),
            tr("Séances invités"),
            tr("Apprenants différents"),
            tr("Leçons terminées"),
            tr("Leçons terminées (apprenants)"),
            tr("Leçons terminées (invités)"),
            tr("Temps passé (minutes)")};
}

CsvWriter ActivityReport::toCsv(const ActivityResult &result)
{
    CsvWriter csv;
    csv.addTextRow(csvHeader());
    const auto line = [&csv](const ActivityPeriod &p) {
        csv.addRow({p.label, p.start, p.end, p.sessions(), p.learnerSessions, p.guestSessions, p.distinctLearners,
                    p.lessonsCompleted(), p.lessonsCompletedByLearners, p.lessonsCompletedByGuests,
                    static_cast<qint64>((p.timeMs + 30'000) / 60'000)});
    };
    for (const ActivityPeriod &p : result.periods)
        line(p);
    line(result.total);
    return csv;
}
