#include "progressrepository.h"

#include "database.h"
#include "secretguard.h"
#include "textlimits.h"
#include "transaction.h"

#include <QVariant>

namespace {
const QString ProgressColumns = QStringLiteral(
    "lesson_id, lesson_version, status, current_step_index, last_step_id, attempts, wrong, hints, shown, skipped,"
    " time_ms, started_at, updated_at, completed_at");

LessonProgress readProgress(const QSqlQuery &query)
{
    LessonProgress p;
    p.lessonId = query.value(0).toString();
    p.lessonVersion = query.value(1).toInt();
    p.completed = query.value(2).toString() == QLatin1String("completed");
    p.currentStepIndex = query.value(3).toInt();
    p.lastStepId = query.value(4).toString();
    p.attempts = query.value(5).toInt();
    p.wrong = query.value(6).toInt();
    p.hints = query.value(7).toInt();
    p.shown = query.value(8).toInt();
    p.skipped = query.value(9).toInt();
    p.timeMs = query.value(10).toLongLong();
    p.startedAt = query.value(11).toString();
    p.updatedAt = query.value(12).toString();
    p.completedAt = query.value(13).toString();
    return p;
}

StoredStepEvent readEvent(const QSqlQuery &query)
{
    StoredStepEvent e;
    e.id = query.value(0).toString();
    e.terminalId = query.value(1).toString();
    e.sessionId = query.value(2).toString();
    e.learnerId = query.value(3).toString();
    e.lessonId = query.value(4).toString();
    e.lessonVersion = query.value(5).toInt();
    e.stepId = query.value(6).toString();
    e.stepIndex = query.value(7).toInt();
    e.outcome = ProgressRepository::outcomeFromName(query.value(8).toString()).value_or(StepOutcome::Correct);
    e.detail = query.value(9).toString();
    e.elapsedMs = query.value(10).toLongLong();
    e.at = query.value(11).toString();
    return e;
}

const QString EventColumns = QStringLiteral(
    "id, terminal_id, session_id, learner_id, lesson_id, lesson_version, step_id, step_index, outcome, detail,"
    " elapsed_ms, at");
} // namespace

ProgressRepository::ProgressRepository(Database &db) : m_db(db) {}

QString ProgressRepository::outcomeName(StepOutcome outcome)
{
    switch (outcome) {
    case StepOutcome::Correct: return QStringLiteral("correct");
    case StepOutcome::Wrong: return QStringLiteral("wrong");
    case StepOutcome::Hint: return QStringLiteral("hint");
    case StepOutcome::Shown: return QStringLiteral("shown");
    case StepOutcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

std::optional<StepOutcome> ProgressRepository::outcomeFromName(const QString &name)
{
    for (const StepOutcome o : {StepOutcome::Correct, StepOutcome::Wrong, StepOutcome::Hint, StepOutcome::Shown,
                                StepOutcome::Skipped}) {
        if (outcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

std::optional<QString> ProgressRepository::record(const StepEventInput &input)
{
    if (input.stepCount <= 0 || input.stepIndex < 0 || input.stepIndex >= input.stepCount || input.lessonId.isEmpty()
        || input.stepId.isEmpty())
        return std::nullopt;
    const QString lessonId = TextLimits::cap(input.lessonId, TextLimits::Identifier);
    const QString stepId = TextLimits::cap(input.stepId, TextLimits::Identifier);
    const qint64 elapsed = qMax<qint64>(0, input.elapsedMs);
    const StepOutcome outcome = input.outcome;
    const bool endsStep = outcome == StepOutcome::Correct || outcome == StepOutcome::Skipped;

    Transaction tx(m_db);
    if (!tx.begin())
        return std::nullopt;

    // The session says who is at the terminal; a closed session accepts nothing more.
    QSqlQuery session = m_db.prepare(QStringLiteral("SELECT learner_id FROM sessions WHERE id = ? AND ended_at IS NULL"));
    session.addBindValue(input.sessionId);
    if (!m_db.exec(session) || !session.next())
        return std::nullopt;
    const QString learnerId = session.value(0).toString();
    session.finish();
    const bool guest = learnerId.isEmpty();
    const QString now = m_db.nowText();

    const QString eventId = Database::newId();
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO step_events (id, terminal_id, session_id, learner_id, lesson_id, lesson_version, step_id,"
        " step_index, outcome, detail, elapsed_ms, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(eventId);
    insert.addBindValue(m_db.terminalId());
    insert.addBindValue(input.sessionId);
    insert.addBindValue(guest ? QVariant(QMetaType::fromType<QString>()) : QVariant(learnerId));
    insert.addBindValue(lessonId);
    insert.addBindValue(input.lessonVersion);
    insert.addBindValue(stepId);
    insert.addBindValue(input.stepIndex);
    insert.addBindValue(outcomeName(outcome));
    // A guest's detail (e.g. what was typed) could be personal: guests keep only the outcome.
    insert.addBindValue(guest ? QStringLiteral("") : TextLimits::cap(input.detail, TextLimits::Detail));
    insert.addBindValue(elapsed);
    insert.addBindValue(now);
    if (!m_db.exec(insert))
        return std::nullopt;

    QSqlQuery stats = m_db.prepare(QStringLiteral(
        "INSERT INTO step_stats (lesson_id, step_id, correct, wrong, hints, shown, skipped) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (lesson_id, step_id) DO UPDATE SET correct = correct + excluded.correct,"
        " wrong = wrong + excluded.wrong, hints = hints + excluded.hints, shown = shown + excluded.shown,"
        " skipped = skipped + excluded.skipped"));
    stats.addBindValue(lessonId);
    stats.addBindValue(stepId);
    stats.addBindValue(outcome == StepOutcome::Correct ? 1 : 0);
    stats.addBindValue(outcome == StepOutcome::Wrong ? 1 : 0);
    stats.addBindValue(outcome == StepOutcome::Hint ? 1 : 0);
    stats.addBindValue(outcome == StepOutcome::Shown ? 1 : 0);
    stats.addBindValue(outcome == StepOutcome::Skipped ? 1 : 0);
    if (!m_db.exec(stats))
        return std::nullopt;

    if (!guest) {
        LessonProgress p;
        QSqlQuery current = m_db.prepare(
            QStringLiteral("SELECT %1 FROM lesson_progress WHERE learner_id = ? AND lesson_id = ?").arg(ProgressColumns));
        current.addBindValue(learnerId);
        current.addBindValue(lessonId);
        if (!m_db.exec(current))
            return std::nullopt;
        const bool existed = current.next();
        if (existed)
            p = readProgress(current);
        else
            p.startedAt = now;
        current.finish();
        const bool wasCompleted = p.completed;

        p.lessonVersion = input.lessonVersion;
        p.lastStepId = stepId;
        p.updatedAt = now;
        if (outcome == StepOutcome::Correct || outcome == StepOutcome::Wrong)
            ++p.attempts;
        if (outcome == StepOutcome::Wrong)
            ++p.wrong;
        if (outcome == StepOutcome::Hint)
            ++p.hints;
        if (outcome == StepOutcome::Shown)
            ++p.shown;
        if (outcome == StepOutcome::Skipped)
            ++p.skipped;
        if (endsStep) {
            p.timeMs += elapsed;
            const int next = input.stepIndex + 1;
            if (next >= input.stepCount) {
                // Finished: a replay starts from the beginning; the first completion date is kept.
                p.completed = true;
                if (p.completedAt.isEmpty())
                    p.completedAt = now;
                p.currentStepIndex = 0;
            } else {
                p.currentStepIndex = next;
            }
        } else {
            p.currentStepIndex = input.stepIndex;
        }

        QSqlQuery upsert = m_db.prepare(QStringLiteral(
            "INSERT INTO lesson_progress (learner_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (learner_id, lesson_id) DO UPDATE SET lesson_version = excluded.lesson_version,"
            " status = excluded.status, current_step_index = excluded.current_step_index,"
            " last_step_id = excluded.last_step_id, attempts = excluded.attempts, wrong = excluded.wrong,"
            " hints = excluded.hints, shown = excluded.shown, skipped = excluded.skipped, time_ms = excluded.time_ms,"
            " updated_at = excluded.updated_at, completed_at = excluded.completed_at").arg(ProgressColumns));
        upsert.addBindValue(learnerId);
        upsert.addBindValue(lessonId);
        upsert.addBindValue(p.lessonVersion);
        upsert.addBindValue(p.completed ? QStringLiteral("completed") : QStringLiteral("in_progress"));
        upsert.addBindValue(p.currentStepIndex);
        upsert.addBindValue(p.lastStepId);
        upsert.addBindValue(p.attempts);
        upsert.addBindValue(p.wrong);
        upsert.addBindValue(p.hints);
        upsert.addBindValue(p.shown);
        upsert.addBindValue(p.skipped);
        upsert.addBindValue(p.timeMs);
        upsert.addBindValue(p.startedAt);
        upsert.addBindValue(p.updatedAt);
        upsert.addBindValue(p.completedAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.completedAt));
        if (!m_db.exec(upsert))
            return std::nullopt;

        // The learner's counters move with the lesson's status.
        const int completedDelta = (p.completed && !wasCompleted) ? 1 : 0;
        const int inProgressDelta = (!existed && !p.completed) ? 1 : (existed && completedDelta ? -1 : 0);
        QSqlQuery counters = m_db.prepare(QStringLiteral(
            "UPDATE learners SET completed_lessons = completed_lessons + ?,"
            " lessons_in_progress = lessons_in_progress + ?, last_activity_at = ? WHERE id = ?"));
        counters.addBindValue(completedDelta);
        counters.addBindValue(inProgressDelta);
        counters.addBindValue(now);
        counters.addBindValue(learnerId);
        if (!m_db.exec(counters))
            return std::nullopt;
    }
    if (!tx.commit())
        return std::nullopt;
    return eventId;
}

std::optional<StoredStepEvent> ProgressRepository::findEvent(const QString &eventId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM step_events WHERE id = ?").arg(EventColumns));
    query.addBindValue(eventId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readEvent(query);
}

QList<StoredStepEvent> ProgressRepository::eventsOfSession(const QString &sessionId) const
{
    QList<StoredStepEvent> events;
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM step_events WHERE session_id = ? ORDER BY rowid").arg(EventColumns));
    query.addBindValue(sessionId);
    if (!query.exec())
        return events;
    while (query.next())
        events.append(readEvent(query));
    return events;
}

std::optional<LessonProgress> ProgressRepository::progress(const QString &learnerId, const QString &lessonId) const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM lesson_progress WHERE learner_id = ? AND lesson_id = ?").arg(ProgressColumns));
    query.addBindValue(learnerId);
    query.addBindValue(TextLimits::cap(lessonId, TextLimits::Identifier));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readProgress(query);
}

ResumePoint ProgressRepository::resumePoint(const QString &learnerId, const QString &lessonId) const
{
    ResumePoint point;
    if (const auto p = progress(learnerId, lessonId)) {
        point.started = true;
        point.completed = p->completed;
        point.stepIndex = p->currentStepIndex;
        point.lessonVersion = p->lessonVersion;
    }
    return point;
}

QString ProgressRepository::overviewSql()
{
    return QStringLiteral("SELECT %1 FROM lesson_progress WHERE learner_id = ? ORDER BY updated_at DESC")
        .arg(ProgressColumns);
}

QList<LessonProgress> ProgressRepository::overview(const QString &learnerId) const
{
    QList<LessonProgress> lessons;
    QSqlQuery query = m_db.prepare(overviewSql());
    query.addBindValue(learnerId);
    if (!query.exec())
        return lessons;
    while (query.next())
        lessons.append(readProgress(query));
    return lessons;
}

QString ProgressRepository::learnerListSql()
{
    return QStringLiteral(
               "SELECT l.id, l.card_code, l.display_name, l.avatar,"
               " (l.locked_at IS NOT NULL OR l.failed_attempts >= %1),"
               " l.completed_lessons, l.lessons_in_progress, l.last_activity_at"
               " FROM learners l WHERE l.archived_at IS NULL ORDER BY l.display_name COLLATE NOCASE")
        .arg(SecretGuard::MaxFailures);
}

QList<LearnerSummary> ProgressRepository::learnerList() const
{
    QList<LearnerSummary> learners;
    QSqlQuery query = m_db.prepare(learnerListSql());
    query.setForwardOnly(true);
    if (!query.exec())
        return learners;
    while (query.next()) {
        LearnerSummary s;
        s.id = query.value(0).toString();
        s.cardCode = query.value(1).toString();
        s.displayName = query.value(2).toString();
        s.avatar = query.value(3).toString();
        s.locked = query.value(4).toBool();
        s.completedLessons = query.value(5).toInt();
        s.lessonsInProgress = query.value(6).toInt();
        s.lastActivityAt = query.value(7).toString();
        learners.append(s);
    }
    return learners;
}

QString ProgressRepository::difficultStepsSql()
{
    return QStringLiteral(
        "SELECT lesson_id, step_id, correct, wrong, hints, shown, skipped FROM step_stats"
        " WHERE correct + skipped >= :min AND (:lesson = '' OR lesson_id = :lesson)"
        " ORDER BY (wrong + hints + shown + skipped) * 1.0 / (correct + skipped) DESC, lesson_id, step_id"
        " LIMIT :limit");
}

QList<DifficultStep> ProgressRepository::difficultSteps(int minPassages, int limit, const QString &lessonId) const
{
    QList<DifficultStep> steps;
    QSqlQuery query = m_db.prepare(difficultStepsSql());
    query.bindValue(QStringLiteral(":min"), qMax(1, minPassages));
    query.bindValue(QStringLiteral(":lesson"), TextLimits::cap(lessonId, TextLimits::Identifier));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return steps;
    while (query.next()) {
        DifficultStep s;
        s.lessonId = query.value(0).toString();
        s.stepId = query.value(1).toString();
        s.correct = query.value(2).toLongLong();
        s.wrong = query.value(3).toLongLong();
        s.hints = query.value(4).toLongLong();
        s.shown = query.value(5).toLongLong();
        s.skipped = query.value(6).toLongLong();
        s.passages = s.correct + s.skipped;
        const double passages = static_cast<double>(s.passages);
        s.wrongRate = static_cast<double>(s.wrong) / passages;
        s.hintRate = static_cast<double>(s.hints) / passages;
        s.skipRate = static_cast<double>(s.skipped) / passages;
        steps.append(s);
    }
    return steps;
}

bool ProgressRepository::rebuildCounters()
{
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM step_stats"));
    QSqlQuery fill = m_db.prepare(QStringLiteral(
        "INSERT INTO step_stats (lesson_id, step_id, correct, wrong, hints, shown, skipped)"
        " SELECT lesson_id, step_id, sum(outcome = 'correct'), sum(outcome = 'wrong'), sum(outcome = 'hint'),"
        " sum(outcome = 'shown'), sum(outcome = 'skipped') FROM step_events GROUP BY lesson_id, step_id"));
    QSqlQuery learners = m_db.prepare(QStringLiteral(
        "UPDATE learners SET"
        " completed_lessons = (SELECT count(*) FROM lesson_progress p WHERE p.learner_id = learners.id AND p.status = 'completed'),"
        " lessons_in_progress = (SELECT count(*) FROM lesson_progress p WHERE p.learner_id = learners.id AND p.status = 'in_progress'),"
        " last_activity_at = (SELECT max(p.updated_at) FROM lesson_progress p WHERE p.learner_id = learners.id)"));
    return m_db.exec(clear) && m_db.exec(fill) && m_db.exec(learners) && tx.commit();
}
