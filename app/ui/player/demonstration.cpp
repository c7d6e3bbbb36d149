#include "demonstration.h"

#include "common/clock.h"
#include "common/commandline.h"
#include "common/theme.h"
#include "gestureplayer.h"
#include "lessons/catalogue.h"
#include "media/narrator.h"
#include "playerscreen.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int FastStepTimeoutMs = 10'000;
constexpr int HumanStepTimeoutMs = 90'000;

QString catalogueDir(const Options &options)
{
    if (!options.lessonsDir.isEmpty())
        return options.lessonsDir;
    const QString fromEnv = qEnvironmentVariable("PASSERELLE_LESSONS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStringLiteral(PASSERELLE_SOURCE_LESSONS_DIR);
}

/// Why a lesson with this id was refused, when one of the disabled files is it.
QString disabledReason(const Catalogue &catalogue, const QString &lessonId)
{
    for (auto it = catalogue.disabled.cbegin(); it != catalogue.disabled.cend(); ++it) {
        const QFileInfo info(it.key());
        bool same = info.dir().dirName().compare(lessonId, Qt::CaseInsensitive) == 0;
        QFile file(it.key());
        if (!same && info.size() <= LessonLoader::MaxFileBytes && file.open(QIODevice::ReadOnly)) {
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
            same = doc.isObject() && doc.object().value(QStringLiteral("id")).toString() == lessonId;
        }
        if (same)
            return it.value().startsWith(it.key()) ? it.value() : it.key() + QStringLiteral(": ") + it.value();
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Correct:
        return QStringLiteral("correct");
    case Verdict::Wrong:
        return QStringLiteral("wrong");
    case Verdict::Neutral:
        return QStringLiteral("neutral");
    }
    return {};
}

QString describeAction(const UserAction &action)
{
    QString text = actionKindName(action.kind);
    if (!action.target.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(action.target);
    if (!action.to.isEmpty())
        text += QStringLiteral(" to \"%1\"").arg(action.to);
    if (!action.value.isEmpty())
        text += QStringLiteral(" value \"%1\"").arg(action.value);
    if (!action.values.isEmpty())
        text += QStringLiteral(" values [%1]").arg(action.values.join(QStringLiteral(", ")));
    if (action.kind == ActionKind::Type && !action.committed)
        text += QStringLiteral(" (still typing)");
    return text;
}

QString describeResult(const UserAction &action, const ActionResult &result)
{
    QString text = describeAction(action) + QStringLiteral(" judged ") + verdictName(result.verdict);
    if (!result.reason.isEmpty())
        text += QStringLiteral(" (%1)").arg(result.reason);
    if (!result.message.isEmpty())
        text += QStringLiteral(": \"%1\"").arg(result.message.text(QStringLiteral("fr")));
    for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it)
        text += QStringLiteral("; field \"%1\": %2").arg(it.key(), it.value());
    return text;
}

QString describeExpected(const ActionMatcher &expect)
{
    QString text = actionKindName(expect.action);
    if (!expect.target.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(expect.target);
    if (!expect.to.isEmpty())
        text += QStringLiteral(" to \"%1\"").arg(expect.to);
    return text;
}

QString gestureKindName(Gesture::Kind kind)
{
    switch (kind) {
    case Gesture::Kind::Click:
        return QStringLiteral("click");
    case Gesture::Kind::DoubleClick:
        return QStringLiteral("double-click");
    case Gesture::Kind::RightClick:
        return QStringLiteral("right-click");
    case Gesture::Kind::Drag:
        return QStringLiteral("drag");
    case Gesture::Kind::Type:
        return QStringLiteral("type");
    case Gesture::Kind::Key:
        return QStringLiteral("key");
    case Gesture::Kind::Scroll:
        return QStringLiteral("scroll");
    case Gesture::Kind::Invoke:
        return QStringLiteral("invoke");
    }
    return {};
}

QString describeWidget(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(none)");
    const QRect r(w->mapTo(w->window(), QPoint()), w->size());
    return QStringLiteral("%1 \"%2\" at %3,%4 %5x%6%7")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
            .arg(r.x())
            .arg(r.y())
            .arg(r.width())
            .arg(r.height())
            .arg(w->isVisible() ? QString() : QStringLiteral(" (hidden)"));
}

/// Drives one PlayerScreen through its lesson and ends the event loop with the result.
class Demonstration
{
public:
    Demonstration(PlayerScreen &screen, bool fast)
        : m_screen(screen), m_fast(fast), m_trace(qEnvironmentVariable("PASSERELLE_DEMO_TRACE") == QLatin1String("1"))
    {
        LessonRun &run = screen.run();
        m_timeout.setSingleShot(true);
        QObject::connect(&m_timeout, &QTimer::timeout, &screen, [this] {
            fail(QStringLiteral("the step was not completed within %1 s").arg(m_timeout.interval() / 1000)
                 + lastAction());
        });
        QObject::connect(&run, &LessonRun::stepStarted, &screen, [this](int index) { onStepStarted(index); });
        QObject::connect(&run, &LessonRun::lessonCompleted, &screen, [this](const LessonSummary &) { onCompleted(); });
        QObject::connect(&screen, &PlayerScreen::actionJudged, &screen,
                         [this](const UserAction &action, const ActionResult &result) {
                             // A correct action ended the previous step: it says nothing of this one.
                             if (m_trace)
                                 trace(QStringLiteral("  action: ") + describeResult(action, result));
                             if (result.verdict != Verdict::Correct)
                                 m_lastAction = describeResult(action, result);
                         });
        GesturePlayer *player = screen.gesturePlayer();
        QObject::connect(player, &GesturePlayer::failed, &screen, [this](const QString &reason) {
            fail(QStringLiteral("a gesture could not be performed: ") + reason + lastAction());
        });
        QObject::connect(player, &GesturePlayer::finished, &screen, [this] {
            // The engine answers while the events are delivered; a short grace lets a scene that
            // reports on a timer (or after the event loop turns) be heard too.
            const int index = m_index;
            QTimer::singleShot(m_fast ? 300 : 1500, &m_screen, [this, index] {
                if (!m_done && m_index == index && !m_screen.run().isFinished())
                    fail(QStringLiteral("every gesture was performed but the step was not completed")
                         + lastAction());
            });
        });
    }

private:
    QString lastAction() const
    {
        return m_lastAction.isEmpty() ? QStringLiteral("; the scene reported no action")
                                      : QStringLiteral("; last action: ") + m_lastAction;
    }

    void onStepStarted(int index)
    {
        m_index = index;
        m_lastAction.clear();
        m_timeout.start(m_fast ? FastStepTimeoutMs : HumanStepTimeoutMs);
        // Outside the event delivery that ended the previous step; at human pace, time to read.
        QTimer::singleShot(m_fast ? 0 : 1500, &m_screen, [this, index] {
            if (m_done || m_index != index || m_screen.run().isFinished())
                return;
            const QList<Gesture> gestures = m_screen.gesturesForCurrentStep();
            if (m_trace) {
                const Step *step = m_screen.run().currentStep();
                trace(QStringLiteral("step %1 (%2): %3").arg(index + 1).arg(step->id, describeExpected(step->expect)));
                for (const Gesture &g : gestures)
                    trace(QStringLiteral("  gesture: %1 %2%3%4")
                                  .arg(gestureKindName(g.kind), describeWidget(g.widget),
                                       g.dropWidget ? QStringLiteral(" -> ") + describeWidget(g.dropWidget) : QString(),
                                       g.text.isEmpty() ? QString() : QStringLiteral(" text \"%1\"").arg(g.text)));
            }
            if (gestures.isEmpty()) {
                const Step *step = m_screen.run().currentStep();
                fail(QStringLiteral("the scene gives no gestures for %1").arg(describeExpected(step->expect)));
                return;
            }
            m_screen.demonstrateCurrentStep();
        });
    }

    void onCompleted()
    {
        if (m_done)
            return;
        m_done = true;
        m_timeout.stop();
        const LessonRun &run = m_screen.run();
        QTextStream(stdout) << "lesson " << run.lesson().id << " completed: " << run.stepCount() << " steps" << Qt::endl;
        // At human pace the summary stays on screen for a moment.
        QTimer::singleShot(m_fast ? 0 : 4000, &m_screen, [] { QCoreApplication::exit(ExitCode::Ok); });
    }

    void fail(const QString &reason)
    {
        if (m_done)
            return;
        m_done = true;
        m_timeout.stop();
        m_screen.gesturePlayer()->stop();
        const LessonRun &run = m_screen.run();
        const int index = m_index;
        const QString stepId = index >= 0 && index < run.stepCount() ? run.lesson().steps.at(index).id : QString();
        QTextStream(stderr) << "passerelle: lesson " << run.lesson().id << ": step " << index + 1 << " (" << stepId
                            << "): " << reason << Qt::endl;
        QTimer::singleShot(0, &m_screen, [] { QCoreApplication::exit(ExitCode::Failure); });
    }

    static void trace(const QString &line) { QTextStream(stderr) << line << Qt::endl; }

    PlayerScreen &m_screen;
    bool m_fast = true;
    bool m_trace = false;
    bool m_done = false;
    int m_index = -1;
    QString m_lastAction;
    QTimer m_timeout;
};

} // namespace

int runDemonstration(const Options &options)
{
    const QString lessonId = options.playLessonId;
    const QString dir = catalogueDir(options);
    const Catalogue catalogue = LessonLoader::loadCatalogue(dir);
    const Lesson *lesson = catalogue.findLesson(lessonId);
    if (!lesson) {
        const QString reason = disabledReason(catalogue, lessonId);
        QTextStream err(stderr);
        if (reason.isEmpty())
            err << "passerelle: no lesson \"" << lessonId << "\" in " << QDir::toNativeSeparators(dir) << Qt::endl;
        else
            err << "passerelle: no lesson \"" << lessonId << "\" (or it is disabled: " << reason << ")" << Qt::endl;
        return ExitCode::Failure;
    }

    const bool fast = QGuiApplication::platformName() == QLatin1String("offscreen")
                      || qEnvironmentVariable("PASSERELLE_DEMO_FAST") == QLatin1String("1");
    const Theme theme;
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        theme.applyTo(*app);

    SteadyClock clock;
    SilentNarrator narrator;
    const QString language = options.language.isEmpty() ? QStringLiteral("fr") : options.language;
    PlayerScreen screen(*lesson, language, clock, narrator, theme);
    screen.setWindowTitle(QStringLiteral("Passerelle — %1").arg(lesson->title.text(language)));
    screen.setGestureSpeed(fast ? GesturePlayer::FastSpeed : GesturePlayer::NormalSpeed);
    screen.setNextLessonAvailable(false);
    screen.resize(1280, 800);

    Demonstration demonstration(screen, fast);
    screen.show();
    screen.activateWindow();
    QTimer::singleShot(0, &screen, [&screen] { screen.start(); });
    return QCoreApplication::exec();
}
