#pragma once

#include "engine/lessonrun.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/// One step result to record, as the lesson run reports it.
struct StepEventInput
{
    QString sessionId;
    QString lessonId;      ///< capped at 128 characters
    int lessonVersion = 1;
    QString stepId;        ///< capped at 128 characters
    int stepIndex = 0;     ///< 0-based position of the step in the lesson
    int stepCount = 0;     ///< steps in the lesson: a correct or skipped last step completes it
    StepOutcome outcome = StepOutcome::Correct;
    QString detail;        ///< what happened (capped at 10,000 characters; dropped for guests)
    qint64 elapsedMs = 0;  ///< since the step started, from the monotonic clock
};

/// A recorded event, as read back.
struct StoredStepEvent
{
    QString id;
    QString terminalId;
    QString sessionId;
    QString learnerId; ///< empty for a guest
    QString lessonId;
    int lessonVersion = 0;
    QString stepId;
    int stepIndex = 0;
    StepOutcome outcome = StepOutcome::Correct;
    QString detail;
    qint64 elapsedMs = 0;
    QString at;
};

/// A learner's state in one lesson, derived from their events.
struct LessonProgress
{
    QString lessonId;
    int lessonVersion = 0;
    bool completed = false; ///< stays true when a completed lesson is replayed
    int currentStepIndex = 0;
    QString lastStepId;
    int attempts = 0; ///< correct + wrong actions
    int wrong = 0;
    int hints = 0;
    int shown = 0;
    int skipped = 0;
    qint64 timeMs = 0; ///< sum of the elapsed time of finished steps
    QString startedAt;
    QString updatedAt;
    QString completedAt; ///< first completion
};

/// Where to start a lesson again.
struct ResumePoint
{
    bool started = false;
    bool completed = false;
    int stepIndex = 0;     ///< clamp it when the lesson changed since (lessonVersion differs)
    int lessonVersion = 0;
};

/// A line of the mediator's learner list.
struct LearnerSummary
{
    QString id;
    QString cardCode;
    QString displayName;
    QString avatar;
    bool locked = false;
    int completedLessons = 0;
    int lessonsInProgress = 0;
    QString lastActivityAt;
};

/// Steps where people struggle. A passage is a step finished (correct or skipped); rates are
/// per passage (wrongRate 1.5 = one and a half wrong actions per learner who got through).
struct DifficultStep
{
    QString lessonId;
    QString stepId;
    qint64 passages = 0;
    qint64 correct = 0;
    qint64 wrong = 0;
    qint64 hints = 0;
    qint64 shown = 0;
    qint64 skipped = 0;
    double wrongRate = 0;
    double hintRate = 0;
    double skipRate = 0;
};

/// Step events (append-only) and what is derived from them. Recording an event, updating the
/// learner's lesson progress and the per-step counters happen in ONE durable transaction, so
/// they never disagree. Counters maintained in that transaction (step_stats per step, completion
/// counts on the learner row) keep the mediator's figures at a few hundred or a few thousand rows
/// read instead of a scan of millions of events (a raw scan costs ~0.25 s per 2M events and
/// grows with the years); they can be recomputed with rebuildCounters().
class ProgressRepository
{
public:
    explicit ProgressRepository(Database &db);

    /// Durable when it returns the new event's id. Refused for an unknown or ended session
    /// or inconsistent step numbers.
    std::optional<QString> record(const StepEventInput &event);
    std::optional<StoredStepEvent> findEvent(const QString &eventId) const;
    QList<StoredStepEvent> eventsOfSession(const QString &sessionId) const;

    ResumePoint resumePoint(const QString &learnerId, const QString &lessonId) const;
    std::optional<LessonProgress> progress(const QString &learnerId, const QString &lessonId) const;
    /// One learner's lessons, most recently worked on first.
    QList<LessonProgress> overview(const QString &learnerId) const;
    /// Active learners by name, with completion counts.
    QList<LearnerSummary> learnerList() const;
    /// Steps with at least `minPassages`, hardest first; optionally for one lesson.
    QList<DifficultStep> difficultSteps(int minPassages = 5, int limit = 50, const QString &lessonId = {}) const;
    /// Recomputes the derived counters (step_stats from step_events, the learners' completion
    /// counts from lesson_progress): maintenance, and for migrations that change them.
    bool rebuildCounters();

    static QString outcomeName(StepOutcome outcome);
    static std::optional<StepOutcome> outcomeFromName(const QString &name);

    // The read queries, public so that a test can check their plans.
    static QString overviewSql();
    static QString learnerListSql();
    static QString difficultStepsSql();

private:
    Database &m_db;
};
