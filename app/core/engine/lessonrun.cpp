#include "lessonrun.h"

#include "engine/formvalidator.h"
#include "engine/textmatcher.h"

#include <QSet>

#include <algorithm>

namespace {

bool isCheckedValue(const QString &value)
{
    return value.isEmpty() || value == QLatin1String("true");
}

/// Whether `action` is the kind and target `m` names (an empty target or `to` matches any).
bool sameKindAndTarget(const ActionMatcher &m, const UserAction &action)
{
    if (m.action != action.kind)
        return false;
    if (!m.target.isEmpty() && m.target != action.target)
        return false;
    if (!m.to.isEmpty() && m.to != action.to)
        return false;
    return true;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

/// Whether the action carries the value the matcher asks for. `form` is the submitted form.
bool valueMatches(const ActionMatcher &m, const UserAction &action)
{
    switch (m.action) {
    case ActionKind::Type:
        return !m.hasValue || TextMatcher::matches(m.match, m.value, action.value);
    case ActionKind::Select:
    case ActionKind::Upload:
        return !m.hasValue || action.value.trimmed() == m.value.trimmed();
    case ActionKind::Check:
        return isCheckedValue(m.value) == (action.value == QLatin1String("true"));
    case ActionKind::Choose:
        return toSet(m.values) == toSet(action.values);
    case ActionKind::Order:
        return m.values == action.values;
    case ActionKind::Submit:
        // Rules test one field's value; the expected submit is judged by validation instead.
        if (!m.field.isEmpty())
            return m.hasValue ? TextMatcher::matches(m.match, m.value, action.fields.value(m.field))
                              : action.fields.contains(m.field);
        return true;
    default:
        return true;
    }
}

/// A click on the expected element is only a first move for these actions: clicking into a
/// field before typing, opening a list, the first click of a double-click, pressing before a drag.
bool isPreparatoryClick(ActionKind expected)
{
    switch (expected) {
    case ActionKind::Type:
    case ActionKind::Select:
    case ActionKind::Upload:
    case ActionKind::DoubleClick:
    case ActionKind::Drag:
    case ActionKind::Check:
        return true;
    default:
        return false;
    }
}

} // namespace

QString stepOutcomeName(StepOutcome outcome)
{
    switch (outcome) {
    case StepOutcome::Correct:
        return QStringLiteral("correct");
    case StepOutcome::Wrong:
        return QStringLiteral("wrong");
    case StepOutcome::Hint:
        return QStringLiteral("hint");
    case StepOutcome::Shown:
        return QStringLiteral("shown");
    case StepOutcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

LessonRun::LessonRun(Lesson lesson, const MonotonicClock &clock, QObject *parent)
    : QObject(parent), m_lesson(std::move(lesson)), m_clock(clock)
{
    m_summary.steps = stepCount();
}

void LessonRun::start(int stepIndex)
{
    m_finished = false;
    m_lessonStartMs = m_clock.nowMs();
    if (stepCount() == 0) {
        m_finished = true;
        emit lessonCompleted(m_summary);
        return;
    }
    enterStep(std::clamp(stepIndex, 0, stepCount() - 1));
}

const Step *LessonRun::currentStep() const
{
    if (m_index < 0 || m_index >= stepCount() || m_finished)
        return nullptr;
    return &m_lesson.steps.at(m_index);
}

const Scene *LessonRun::currentScene() const
{
    const Step *step = currentStep();
    return step ? m_lesson.findScene(step->scene) : nullptr;
}

ActionResult LessonRun::handle(const UserAction &action)
{
    ActionResult result;
    const Step *step = currentStep();
    if (!step) {
        result.reason = QStringLiteral("not-running");
        return result;
    }
    const ActionMatcher &expect = step->expect;
    const Scene *scene = currentScene();

    // A submitted form is checked like a real site would, whatever the step expects, so the
    // learner sees the red errors next to the fields.
    if (action.kind == ActionKind::Submit && scene) {
        if (const Element *form = scene->findElement(action.target))
            result.fieldErrors = FormValidator::validateForm(*form, action.fields);
    }

    // Text whose pattern is open-ended is judged when the learner commits it (Enter, leaving
    // the field): judging every keystroke would stop someone typing 15 digits at the 13th.
    const bool liveTyping = action.kind == ActionKind::Type && !action.committed;
    const bool judgeLive = expect.match != TextMatch::Regex;

    bool correct = sameKindAndTarget(expect, action) && valueMatches(expect, action);
    if (correct && action.kind == ActionKind::Submit)
        correct = result.fieldErrors.isEmpty();
    if (correct && liveTyping && !judgeLive)
        correct = false;
    if (correct) {
        result.verdict = Verdict::Correct;
        result.reason = QStringLiteral("expected");
        if (action.kind == ActionKind::Type)
            m_acceptedText.insert(action.target, action.value.trimmed());
        ++m_stats.attempts;
        finishStep(StepOutcome::Correct, {});
        return result;
    }

    if (liveTyping)
        return result; // still typing: neutral

    for (int i = 0; i < step->wrong.size(); ++i) {
        const WrongRule &rule = step->wrong.at(i);
        if (sameKindAndTarget(rule.when, action) && valueMatches(rule.when, action)) {
            result.verdict = Verdict::Wrong;
            result.reason = QStringLiteral("rule:%1").arg(i);
            result.message = rule.message;
            break;
        }
    }

    if (result.verdict != Verdict::Wrong) {
        const bool onBackground = action.target.isEmpty() && action.kind != ActionKind::Choose
                && action.kind != ActionKind::Order;
        const bool neutral = onBackground
                || (action.kind == ActionKind::Click && action.target == expect.target
                    && isPreparatoryClick(expect.action))
                || (action.kind == ActionKind::Type && action.value.trimmed().isEmpty())
                // Leaving a field already accepted (a previous step) sends its text again.
                || (action.kind == ActionKind::Type && m_acceptedText.contains(action.target)
                    && m_acceptedText.value(action.target) == action.value.trimmed())
                // Scrolling reveals elements on the way to the target: never a mistake.
                || action.kind == ActionKind::Scroll
                || action.kind == ActionKind::Listen;
        if (neutral)
            return result;
        result.verdict = Verdict::Wrong;
        if (action.kind == ActionKind::Submit && !result.fieldErrors.isEmpty())
            result.reason = QStringLiteral("validation");
        else if (action.kind == expect.action && action.target == expect.target)
            result.reason = QStringLiteral("wrong-value");
        else if (action.kind == expect.action)
            result.reason = QStringLiteral("wrong-target");
        else
            result.reason = QStringLiteral("wrong-action");
    }

    ++m_stats.attempts;
    ++m_stats.wrong;
    ++m_summary.wrong;
    const QString detail = result.reason + QLatin1Char(' ') + actionKindName(action.kind)
            + (action.target.isEmpty() ? QString() : QLatin1Char(' ') + action.target);
    emit stepEvent(m_index, StepOutcome::Wrong, detail, stepElapsed());
    if (m_stats.wrong == HintAfterWrong)
        emit hintAvailable(m_index);
    if (m_stats.wrong == ShowMeAfterWrong)
        emit showMeAvailable(m_index);
    return result;
}

void LessonRun::useHint()
{
    if (!currentStep())
        return;
    ++m_stats.hints;
    ++m_summary.hints;
    emit stepEvent(m_index, StepOutcome::Hint, {}, stepElapsed());
}

void LessonRun::useShowMe()
{
    if (!currentStep())
        return;
    m_stats.shown = true;
    emit stepEvent(m_index, StepOutcome::Shown, {}, stepElapsed());
}

void LessonRun::skip()
{
    if (!currentStep())
        return;
    m_stats.skipped = true;
    ++m_summary.skipped;
    // The player fills a skipped field for the learner: that text is accepted too.
    const ActionMatcher &expect = currentStep()->expect;
    if (expect.action == ActionKind::Type)
        m_acceptedText.insert(expect.target, (expect.match == TextMatch::Regex ? expect.example : expect.value).trimmed());
    finishStep(StepOutcome::Skipped, {});
}

void LessonRun::enterStep(int index)
{
    m_index = index;
    m_stats = StepStats{};
    m_stepStartMs = m_clock.nowMs();
    emit stepStarted(index);
}

void LessonRun::finishStep(StepOutcome outcome, const QString &detail)
{
    m_stats.elapsedMs = stepElapsed();
    if (outcome == StepOutcome::Correct && m_stats.wrong == 0 && m_stats.hints == 0 && !m_stats.shown)
        ++m_summary.correctFirstTry;
    emit stepEvent(m_index, outcome, detail, m_stats.elapsedMs);

    if (m_index + 1 < stepCount()) {
        enterStep(m_index + 1);
        return;
    }
    m_finished = true;
    m_summary.elapsedMs = std::max<qint64>(0, m_clock.nowMs() - m_lessonStartMs);
    emit lessonCompleted(m_summary);
}

qint64 LessonRun::stepElapsed() const
{
    return std::max<qint64>(0, m_clock.nowMs() - m_stepStartMs);
}
