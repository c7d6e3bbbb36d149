// Action to feedback painted in the lesson player, over 1,000 synthetic actions.
// A lesson made here (12 steps over three browser pages and a practice scene, texts in three
// languages) is played on the real PlayerScreen with the app's scene renderers and theme,
// offscreen unless a display is available: on every step a wrong click (on another button of
// the page, half of them with a lesson message) then the right one. The time runs from the
// delivery of the mouse press to the end of the event-loop pass in which the feedback text (or,
// for the last step, the lesson summary) was painted: the click's handling, the relayout and the
// repaint of the window, as a learner sees it. The lesson is played again, in French, Arabic
// (right to left) and English in turn, until 1,000 actions. Then 250 more actions with each
// step event committed to a learner's store on this machine's disk before the feedback, as the
// kiosk does (for information: the player's budget is measured without the disk).
// Usage: bench_feedback [--actions N] [--width W --height H] [--language fr|ar|en|all]

#include "../benchfigure.h"
#include "common/regexpolicy.h"
#include "common/clock.h"
#include "common/theme.h"
#include "media/narrator.h"
#include "player/gestureplayer.h"
#include "player/playerscreen.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

LocalizedText tutor(const QString &fr, const QString &ar, const QString &en)
{
    return LocalizedText({{QStringLiteral("fr"), fr}, {QStringLiteral("ar"), ar}, {QStringLiteral("en"), en}});
}

Element element(const QString &id, ElementKind kind, const QString &label, const QString &text = {})
{
    Element e;
    e.id = id;
    e.kind = kind;
    e.label = label;
    e.text = text;
    return e;
}

Scene page(const QString &id, SceneKind kind, int number)
{
    Scene s;
    s.id = id;
    s.kind = kind;
    s.title = QStringLiteral("Caisse Famille – Page %1").arg(number);
    s.address = QStringLiteral("https://caisse-famille.exemple/demande/page-%1").arg(number);
    s.elements << element(QStringLiteral("titre"), ElementKind::Heading, QStringLiteral("Votre demande, étape %1").arg(number))
               << element(QStringLiteral("intro"), ElementKind::Text, {},
                          QStringLiteral("Un conseiller vous rappelle sous 5 jours ouvrés. Lisez bien chaque page avant de "
                                         "continuer : vous pourrez revenir en arrière."))
               << element(QStringLiteral("suivant"), ElementKind::Button, QStringLiteral("Continuer"))
               << element(QStringLiteral("annuler"), ElementKind::Button, QStringLiteral("Annuler ma demande"))
               << element(QStringLiteral("imprimer"), ElementKind::Button, QStringLiteral("Imprimer"))
               << element(QStringLiteral("pied"), ElementKind::Text, {},
                          QStringLiteral("Mentions légales – Accessibilité – Données personnelles"));
    return s;
}

/// 12 click steps: page 1 (4 steps), page 2 (3), practice (3), page 3 (2). The right button is
/// "suivant"; the wrong one alternates between "annuler" (a rule with a message) and "imprimer"
/// (the player's generic message).
Lesson benchLesson()
{
    Lesson lesson;
    lesson.id = QStringLiteral("BENCH-feedback");
    lesson.module = QStringLiteral("A");
    lesson.title = tutor(QStringLiteral("Faire une demande en ligne"), QStringLiteral("تقديم طلب عبر الإنترنت"),
                         QStringLiteral("Make a request online"));
    lesson.goal = tutor(QStringLiteral("Vous savez passer les pages d'une demande."), QStringLiteral("تعرفون كيف تتنقلون بين صفحات الطلب."),
                        QStringLiteral("You can go through the pages of a request."));
    lesson.directory = QStringLiteral("/nonexistent/bench-lesson");
    lesson.scenes << page(QStringLiteral("page-1"), SceneKind::Browser, 1) << page(QStringLiteral("page-2"), SceneKind::Browser, 2)
                  << page(QStringLiteral("exercice"), SceneKind::Practice, 3) << page(QStringLiteral("page-3"), SceneKind::Browser, 4);
    const QString scenes[] = {QStringLiteral("page-1"), QStringLiteral("page-1"), QStringLiteral("page-1"), QStringLiteral("page-1"),
                              QStringLiteral("page-2"), QStringLiteral("page-2"), QStringLiteral("page-2"),
                              QStringLiteral("exercice"), QStringLiteral("exercice"), QStringLiteral("exercice"),
                              QStringLiteral("page-3"), QStringLiteral("page-3")};
    int n = 0;
    for (const QString &scene : scenes) {
        Step s;
        s.id = QStringLiteral("etape-%1").arg(++n);
        s.scene = scene;
        s.say = tutor(QStringLiteral("Étape %1. Lisez la page, puis cliquez sur le bouton Continuer, en bas de la page. "
                                     "Prenez votre temps.").arg(n),
                      QStringLiteral("الخطوة %1. اقرؤوا الصفحة، ثم انقروا على زر « Continuer » في أسفل الصفحة. خذوا وقتكم.").arg(n),
                      QStringLiteral("Step %1. Read the page, then click the Continuer button at the bottom of the page. "
                                     "Take your time.").arg(n));
        s.hint = tutor(QStringLiteral("Le bouton Continuer est bleu."), QStringLiteral("زر « Continuer » أزرق."),
                       QStringLiteral("The Continuer button is blue."));
        s.success = tutor(QStringLiteral("Très bien, la page suivante s'ouvre."), QStringLiteral("جيد جدًا، تُفتح الصفحة التالية."),
                          QStringLiteral("Very good, the next page opens."));
        s.expect.action = ActionKind::Click;
        s.expect.target = QStringLiteral("suivant");
        WrongRule cancel;
        cancel.when.action = ActionKind::Click;
        cancel.when.target = QStringLiteral("annuler");
        cancel.message = tutor(QStringLiteral("Attention : ce bouton annule toute votre demande. Cliquez sur Continuer."),
                               QStringLiteral("انتبهوا: هذا الزر يلغي طلبكم كله. انقروا على « Continuer »."),
                               QStringLiteral("Careful: this button cancels your whole request. Click Continuer."));
        s.wrong << cancel;
        lesson.steps << s;
    }
    return lesson;
}

/// Remembers when one of the watched widgets receives a paint event.
class PaintWatch : public QObject
{
public:
    bool painted = false;

    void watch(QWidget *w)
    {
        if (w)
            w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

/// The times of one series of actions.
struct Series
{
    std::vector<double> all;
    std::vector<double> wrong;
    std::vector<double> right;
    int unexpected = 0; ///< actions judged otherwise than planned
    bool stuck = false;
};

/// Plays `lesson` again and again (tutor languages in turn) until `actions` actions were timed.
/// `attach` is called with each new screen (e.g. to record its step events in a store).
Series play(const Lesson &lesson, int actions, const QStringList &languages, QSize size, const Theme &theme,
            const std::function<void(PlayerScreen &)> &attach = {})
{
    SteadyClock clock;
    SilentNarrator narrator;
    Series series;
    for (int round = 0; static_cast<int>(series.all.size()) < actions && !series.stuck; ++round) {
        const QString &tutorLanguage = languages.at(round % languages.size());
        auto screen = std::make_unique<PlayerScreen>(lesson, tutorLanguage, clock, narrator, theme);
        screen->setGestureSpeed(GesturePlayer::FastSpeed);
        screen->setNextLessonAvailable(true);
        screen->resize(size);
        screen->show();
        if (!QTest::qWaitForWindowExposed(screen.get())) {
            std::fprintf(stderr, "bench_feedback: the window was not exposed\n");
            series.stuck = true;
            break;
        }
        if (attach)
            attach(*screen);
        screen->start();
        PaintWatch watch;
        watch.watch(screen->findChild<QLabel *>(QStringLiteral("feedbackText")));
        watch.watch(screen->findChild<QWidget *>(QStringLiteral("summaryPanel")));
        Verdict verdict = Verdict::Neutral;
        QObject::connect(screen.get(), &PlayerScreen::actionJudged, screen.get(),
                         [&verdict](const UserAction &, const ActionResult &result) { verdict = result.verdict; });

        for (int step = 0; !screen->run().isFinished() && static_cast<int>(series.all.size()) < actions; ++step) {
            for (const bool right : {false, true}) {
                QCoreApplication::processEvents(); // the previous action's work is over before timing
                SceneView *view = screen->currentView();
                const QString target = right ? QStringLiteral("suivant")
                                             : (step % 2 ? QStringLiteral("imprimer") : QStringLiteral("annuler"));
                QPointer<QWidget> widget = view ? view->elementWidget(target) : nullptr;
                if (!widget) {
                    std::fprintf(stderr, "bench_feedback: no widget for \"%s\" on step %d\n", qPrintable(target), step + 1);
                    series.stuck = true;
                    break;
                }
                watch.painted = false;
                verdict = Verdict::Neutral;
                QElapsedTimer timer;
                timer.start();
                QTest::mouseClick(widget, Qt::LeftButton);
                while (!watch.painted && timer.elapsed() < 2000)
                    QCoreApplication::processEvents();
                const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                if (!watch.painted) {
                    std::fprintf(stderr, "bench_feedback: no feedback painted within 2 s on step %d\n", step + 1);
                    series.stuck = true;
                    break;
                }
                if (verdict != (right ? Verdict::Correct : Verdict::Wrong))
                    ++series.unexpected;
                series.all.push_back(ms);
                (right ? series.right : series.wrong).push_back(ms);
            }
            if (series.stuck)
                break;
        }
        screen.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return series;
}

/// A learner's progress store in a new folder on this machine's disk, recording every step event
/// of the screens it is attached to, durably, as the kiosk's TerminalSession does.
class Store
{
public:
    explicit Store(const QString &dir)
        : m_db(dir, m_wall), m_hasher(SecretHasher::minimalCost()), m_random(20260105),
          m_learners(m_db, m_hasher, m_steady, m_random), m_progress(m_db)
    {
        if (!m_db.open())
            return;
        const auto learner = m_learners.create(LearnerProfile::named(QStringLiteral("Bench")), Secret::pin(QStringLiteral("4826")));
        if (learner)
            m_sessionId = SessionRepository(m_db).startLearner(learner->id).value_or(QString());
    }

    bool isReady() const { return !m_sessionId.isEmpty(); }
    int failures() const { return m_failures; }

    void attach(PlayerScreen &screen)
    {
        const LessonRun *run = &screen.run();
        QObject::connect(run, &LessonRun::stepEvent, &screen,
                         [this, run](int index, StepOutcome outcome, const QString &detail, qint64 elapsedMs) {
                             StepEventInput e;
                             e.sessionId = m_sessionId;
                             e.lessonId = run->lesson().id;
                             e.stepId = run->lesson().steps.at(index).id;
                             e.stepIndex = index;
                             e.stepCount = static_cast<int>(run->lesson().steps.size());
                             e.outcome = outcome;
                             e.detail = detail;
                             e.elapsedMs = elapsedMs;
                             if (!m_progress.record(e))
                                 ++m_failures;
                         });
    }

private:
    SystemWallClock m_wall;
    SteadyClock m_steady;
    Database m_db;
    SecretHasher m_hasher;
    QRandomGenerator m_random;
    LearnerRepository m_learners;
    ProgressRepository m_progress;
    QString m_sessionId;
    int m_failures = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    useInterpretedRegularExpressions(); // as main() does
    Bench::quietKnownWarnings();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // offscreen unless a display is available
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int actions = option(QStringLiteral("--actions"), QStringLiteral("1000")).toInt();
    const QSize size(option(QStringLiteral("--width"), QStringLiteral("1280")).toInt(),
                     option(QStringLiteral("--height"), QStringLiteral("800")).toInt());
    const QString language = option(QStringLiteral("--language"), QStringLiteral("all"));
    const QStringList languages = language == QLatin1String("all")
            ? QStringList{QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")}
            : QStringList{language};

    const Theme theme;
    theme.applyTo(app);
    const Lesson lesson = benchLesson();

    std::printf("feedback: %d actions on PlayerScreen %dx%d, tutor language %s in turn, platform %s\n", actions,
                size.width(), size.height(), qPrintable(languages.join(QStringLiteral(", "))),
                qPrintable(QGuiApplication::platformName()));
    Bench::header("figure (ms)");

    const Series player = play(lesson, actions, languages, size, theme);
    Bench::print("action to painted feedback", Bench::figureOf(player.all), 16.0, Bench::Judged::P99);
    Bench::print("  wrong actions (message shown)", Bench::figureOf(player.wrong), 0);
    Bench::print("  right actions (next step shown)", Bench::figureOf(player.right), 0);

    // In the kiosk each judged action is also committed to the store (synchronous=FULL) before
    // its feedback: the same actions with a learner's store in a new folder on this disk.
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-feedback-XXXXXX"));
    Store store(dir.path());
    Series kiosk;
    if (store.isReady()) {
        kiosk = play(lesson, actions / 4, languages, size, theme, [&store](PlayerScreen &s) { store.attach(s); });
        Bench::print("  same, step committed (as kiosk)", Bench::figureOf(kiosk.all), 0);
    } else {
        std::fprintf(stderr, "bench_feedback: the store could not be opened in %s\n", qPrintable(dir.path()));
    }
    const Bench::Figure f = Bench::figureOf(player.all);
    std::printf("(%lld actions, slowest %.2f ms, %d judged otherwise than planned; %lld with the store, %d not recorded)\n",
                static_cast<long long>(player.all.size()), f.max, player.unexpected + kiosk.unexpected,
                static_cast<long long>(kiosk.all.size()), store.failures());
    const bool failed = player.stuck || kiosk.stuck || player.unexpected + kiosk.unexpected > 0 || !store.isReady()
                        || store.failures() > 0;
    return failed ? 1 : 0;
}
