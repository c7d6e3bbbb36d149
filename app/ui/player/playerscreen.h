#pragma once

#include "common/theme.h"
#include "engine/lessonrun.h"
#include "lessons/lesson.h"
#include "scenes/gesture.h"
#include "scenes/sceneview.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class ElidedLabel;
class GesturePlayer;
class GhostPointer;
class LessonSummaryPanel;
class Narrator;
class QuitConfirmation;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class StepDots;

/// Whether the tutor layer is laid out right to left for a tutor language (e.g. "ar").
bool isRightToLeft(const QString &language);

/// The lesson player: the instruction (in the tutor language, spoken), the scene (the simulated
/// world, in French, always left to right), the step dots, "Aide", "Montre-moi", "Passer",
/// "Quitter", feedback after each action, and the summary at the end. The engine (LessonRun)
/// judges; this screen shows and speaks.
class PlayerScreen : public QWidget
{
    Q_OBJECT

public:
    using SceneViewFactory = std::function<SceneView *(SceneKind, QWidget *)>;

    /// Scenes drawn by the app's renderers (createSceneView).
    PlayerScreen(Lesson lesson, QString language, const MonotonicClock &clock, Narrator &narrator, Theme theme,
                 QWidget *parent = nullptr)
        : PlayerScreen(std::move(lesson), std::move(language), clock, narrator, theme, &createSceneView, parent)
    {
    }
    /// Scenes made by `factory` (tests).
    PlayerScreen(Lesson lesson, QString language, const MonotonicClock &clock, Narrator &narrator, Theme theme,
                 SceneViewFactory factory, QWidget *parent = nullptr);
    ~PlayerScreen() override;

    /// Starts the lesson, or resumes it at `stepIndex`.
    void start(int stepIndex = 0);

    /// The engine: the shell connects stepEvent/lessonCompleted to the store.
    LessonRun &run() { return *m_run; }
    const LessonRun &run() const { return *m_run; }
    QString language() const { return m_language; }

    /// Speak each instruction when its step starts (default: on).
    void setAutoPlay(bool on) { m_autoPlay = on; }
    bool autoPlay() const { return m_autoPlay; }

    /// Pace of the ghost pointer (GesturePlayer::NormalSpeed for people, FastSpeed for tests).
    void setGestureSpeed(double factor);
    GesturePlayer *gesturePlayer() const { return m_gestures; }

    /// The summary's "what comes next".
    void setNextLessonTitle(const QString &title);
    void setNextLessonAvailable(bool available);

    /// The view of the current step's scene (null when finished).
    SceneView *currentView() const;
    /// What a learner would do to complete the current step ("Continuer" for a listen step).
    QList<Gesture> gesturesForCurrentStep() const;
    /// Plays the current step's gestures with the ghost pointer and real events, without
    /// counting "show me" (the demonstration mode). The step's end stops the playback.
    void demonstrateCurrentStep();

    // The buttons' actions, callable by keyboard shortcuts of the shell too.
    void replayInstruction();
    void showHint();
    void showMe();
    void skipStep();
    void requestQuit();

signals:
    void nextLessonRequested();
    void homeRequested();
    void quitRequested();
    /// Every action the scene reported, once judged and answered (feedback already shown).
    void actionJudged(const UserAction &action, const ActionResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class FeedbackKind { None, Correct, Wrong, Info };

    void buildUi();
    void retranslateUi();
    void onStepStarted(int index);
    void onAction(SceneView *view, const UserAction &action);
    void onLessonCompleted(const LessonSummary &summary);
    void onGesturesEnded(bool ok, const QString &reason);
    /// Shows and speaks the hint (after 2 mistakes, or "Aide"); counted once per step.
    void openHint();
    void updateStepLabel();
    void highlightShowMe();
    void setFeedback(FeedbackKind kind, const QString &text);
    /// The instruction, feedback or hint changed: the text area takes their new height. Inside
    /// beginTexts()/endTexts() (one action, one step start) this is done once, at the end.
    void textsChanged();
    void beginTexts() { ++m_textsBatch; }
    void endTexts();
    void setHelpButtonsEnabled(bool enabled);
    void speak(const QString &text, const QString &part, bool forStep);
    SceneView *viewForScene(const QString &sceneId);
    const Step *currentStep() const { return m_run->currentStep(); }
    void playGestures(bool learnerAsked);

    LessonRun *m_run = nullptr;
    QString m_language;
    Narrator &m_narrator;
    Theme m_theme;
    SceneViewFactory m_factory;
    bool m_autoPlay = true;

    QHash<QString, SceneView *> m_views;
    bool m_applyingExpected = false;
    bool m_hintOpened = false;
    bool m_hintDue = false;
    bool m_showMeDue = false;
    bool m_showMeFallback = false;
    FeedbackKind m_feedbackKind = FeedbackKind::None;
    int m_textsBatch = 0;
    bool m_textsDirty = false;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_lessonPage = nullptr;
    QFrame *m_instructionPanel = nullptr;
    ElidedLabel *m_lessonTitle = nullptr;
    QLabel *m_stepLabel = nullptr;
    StepDots *m_dots = nullptr;
    QScrollArea *m_textArea = nullptr;
    QLabel *m_instruction = nullptr;
    QPushButton *m_listenButton = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_continueButton = nullptr;
    QStackedWidget *m_sceneArea = nullptr;
    QWidget *m_controlBar = nullptr;
    QPushButton *m_hintButton = nullptr;
    QPushButton *m_showMeButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_quitButton = nullptr;
    LessonSummaryPanel *m_summary = nullptr;
    QuitConfirmation *m_quitConfirmation = nullptr;
    GhostPointer *m_ghost = nullptr;
    GesturePlayer *m_gestures = nullptr;
};
