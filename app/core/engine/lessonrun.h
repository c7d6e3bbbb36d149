#pragma once

#include "common/clock.h"
#include "engine/useraction.h"
#include "lessons/lesson.h"

#include <QHash>
#include <QObject>

/// Counters of one step, for feedback, the store and the end-of-lesson summary.
struct StepStats
{
    int attempts = 0;   ///< decisive actions (correct or wrong)
    int wrong = 0;
    int hints = 0;
    bool shown = false;  ///< "show me" was used
    bool skipped = false;
    qint64 elapsedMs = 0;
};

/// What a step ended or changed with; emitted for every event the store records.
enum class StepOutcome { Correct, Wrong, Hint, Shown, Skipped };
QString stepOutcomeName(StepOutcome outcome);

struct LessonSummary
{
    int steps = 0;
    int correctFirstTry = 0;
    int wrong = 0;
    int hints = 0;
    int skipped = 0;
    qint64 elapsedMs = 0;
};

/// One run of a lesson: GUI-free. The UI sends actions by element id; the run decides,
/// advances, counts and emits signals that the player and the store observe.
class LessonRun : public QObject
{
    Q_OBJECT

public:
    /// Offer the hint after this many wrong actions on a step, and "show me" after more.
    static constexpr int HintAfterWrong = 2;
    static constexpr int ShowMeAfterWrong = 3;

    LessonRun(Lesson lesson, const MonotonicClock &clock, QObject *parent = nullptr);

    const Lesson &lesson() const { return m_lesson; }

    /// Starts (or resumes) at the given step index.
    void start(int stepIndex = 0);

    /// Judges an action on the current step. Correct advances to the next step.
    ActionResult handle(const UserAction &action);

    /// The learner asked for the hint (also counted when the hint is offered automatically and opened).
    void useHint();
    /// The learner asked "show me": the UI demonstrates the expected action.
    void useShowMe();
    /// The learner skips the current step.
    void skip();

    int currentIndex() const { return m_index; }
    const Step *currentStep() const;
    const Scene *currentScene() const;
    int stepCount() const { return static_cast<int>(m_lesson.steps.size()); }
    bool isFinished() const { return m_finished; }
    bool isStarted() const { return m_index >= 0; }

    const StepStats &currentStats() const { return m_stats; }
    bool hintOffered() const { return m_stats.wrong >= HintAfterWrong; }
    bool showMeOffered() const { return m_stats.wrong >= ShowMeAfterWrong; }
    LessonSummary summary() const { return m_summary; }

signals:
    void stepStarted(int index);
    /// Emitted for each recorded outcome of the current step (wrong, hint, shown) and when it
    /// ends (correct, skipped). `detail` says what happened (e.g. the wrong target).
    void stepEvent(int index, StepOutcome outcome, const QString &detail, qint64 elapsedMs);
    void hintAvailable(int index);
    void showMeAvailable(int index);
    void lessonCompleted(const LessonSummary &summary);

private:
    void enterStep(int index);
    void finishStep(StepOutcome outcome, const QString &detail);
    qint64 stepElapsed() const;

    Lesson m_lesson;
    const MonotonicClock &m_clock;
    int m_index = -1;
    bool m_finished = false;
    qint64 m_stepStartMs = 0;
    qint64 m_lessonStartMs = 0;
    StepStats m_stats;
    LessonSummary m_summary;
    QHash<QString, QString> m_acceptedText; ///< field id -> text a type step accepted (or skip filled)
};
