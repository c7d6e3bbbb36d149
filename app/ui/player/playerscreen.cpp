#include "playerscreen.h"

#include "common/languagemanager.h"
#include "gestureplayer.h"
#include "ghostpointer.h"
#include "lessonsummarypanel.h"
#include "media/narrator.h"
#include "narration/spokenmessages.h"
#include "quitconfirmation.h"
#include "stepdots.h"
#include "tutorwidgets.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

/// A loudspeaker with sound waves, drawn so it needs no image file and follows the theme colour.
QIcon speakerIcon(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    QPainterPath body;
    body.moveTo(3, 9);
    body.lineTo(7, 9);
    body.lineTo(12, 4.5);
    body.lineTo(12, 19.5);
    body.lineTo(7, 15);
    body.lineTo(3, 15);
    body.closeSubpath();
    p.fillPath(body, color);
    p.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(9.5, 8, 6, 8), -60 * 16, 120 * 16);
    p.drawArc(QRectF(8.5, 4.5, 11, 15), -60 * 16, 120 * 16);
    return QIcon(pixmap);
}

/// A frameless scroll area whose preferred height is its content's: it only scrolls when the
/// layout cannot give it that height.
class FitScrollArea : public QScrollArea
{
public:
    explicit FitScrollArea(QWidget *parent) : QScrollArea(parent)
    {
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        viewport()->setAutoFillBackground(false);
    }

    QSize sizeHint() const override
    {
        QWidget *content = widget();
        if (!content)
            return QScrollArea::sizeHint();
        const int w = viewport()->width() > 50 ? viewport()->width() : content->sizeHint().width();
        const int h = content->hasHeightForWidth() ? content->heightForWidth(w) : content->sizeHint().height();
        return QSize(content->minimumSizeHint().width(), h + 2 * frameWidth());
    }

    QSize minimumSizeHint() const override
    {
        // At least two lines of the instruction stay in view.
        return QSize(120, std::min(sizeHint().height(), fontMetrics().height() * 2 + 24));
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry(); // the text wraps differently: another height
    }
};

/// The first widget inside `container` that the keyboard can reach.
QWidget *firstFocusableIn(QWidget *container)
{
    QWidget *w = container;
    for (int guard = 0; guard < 10000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == container)
            return nullptr;
        if (container->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return nullptr;
}

/// Wrong actions whose visible effect is undone (an item goes back, a box is unticked). Typed
/// text, submitted forms and quiz answers stay, so the learner can correct them.
bool revertsAfterWrong(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Type:
    case ActionKind::Submit:
    case ActionKind::Choose:
    case ActionKind::Order:
    case ActionKind::Scroll:
        return false;
    default:
        return true;
    }
}

} // namespace

bool isRightToLeft(const QString &language)
{
    return !language.isEmpty() && QLocale(language).textDirection() == Qt::RightToLeft;
}

PlayerScreen::PlayerScreen(Lesson lesson, QString language, const MonotonicClock &clock, Narrator &narrator,
                           Theme theme, SceneViewFactory factory, QWidget *parent)
    : QWidget(parent),
      m_run(new LessonRun(std::move(lesson), clock, this)),
      m_language(language.isEmpty() ? QStringLiteral("fr") : std::move(language)),
      m_narrator(narrator),
      m_theme(theme),
      m_factory(std::move(factory))
{
    setObjectName(QStringLiteral("playerScreen"));
    buildUi();
    retranslateUi();

    connect(m_run, &LessonRun::stepStarted, this, &PlayerScreen::onStepStarted);
    connect(m_run, &LessonRun::lessonCompleted, this, &PlayerScreen::onLessonCompleted);
    // Inside handle(): remembered, then answered after the wrong feedback (see onAction).
    connect(m_run, &LessonRun::hintAvailable, this, [this] { m_hintDue = true; });
    connect(m_run, &LessonRun::showMeAvailable, this, [this] { m_showMeDue = true; });

    connect(m_gestures, &GesturePlayer::finished, this, [this] { onGesturesEnded(true, {}); });
    connect(m_gestures, &GesturePlayer::failed, this, [this](const QString &reason) { onGesturesEnded(false, reason); });
}

PlayerScreen::~PlayerScreen()
{
    m_gestures->stop();
}

void PlayerScreen::buildUi()
{
    // The tutor layer follows the learner's language; the scene below is forced left to right.
    setLayoutDirection(::isRightToLeft(m_language) ? Qt::RightToLeft : Qt::LeftToRight);
    setAutoFillBackground(true);

    const QString tutorStyle = m_theme.styleSheet();
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("playerPages"));

    m_lessonPage = new QWidget(m_pages);
    m_lessonPage->setObjectName(QStringLiteral("lessonPage"));

    // Instruction panel.
    m_instructionPanel = new QFrame(m_lessonPage);
    m_instructionPanel->setObjectName(QStringLiteral("instructionPanel"));
    m_instructionPanel->setStyleSheet(tutorStyle
                                      + QStringLiteral("QFrame#instructionPanel { background: %1; border-bottom: 3px solid %2; }")
                                                .arg(m_theme.background().name(), m_theme.accent().name()));

    m_lessonTitle = new ElidedLabel(m_instructionPanel);
    m_lessonTitle->setObjectName(QStringLiteral("lessonTitle"));
    m_lessonTitle->setFont(m_theme.font(0.9));
    m_dots = new StepDots(m_theme, m_instructionPanel);
    m_stepLabel = new QLabel(m_instructionPanel);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setFont(m_theme.font(0.9, true));

    // The texts of the step sit in a scroll area as tall as they are: it scrolls only when
    // extra-large text, a long instruction, feedback and hint do not fit the screen together.
    m_textArea = new FitScrollArea(m_instructionPanel);
    m_textArea->setObjectName(QStringLiteral("instructionTexts"));
    auto *texts = new QWidget;
    texts->setObjectName(QStringLiteral("instructionColumn"));
    texts->setAutoFillBackground(false);

    m_instruction = new QLabel(texts);
    m_instruction->setObjectName(QStringLiteral("instructionText"));
    m_instruction->setFont(m_theme.font(1.2, true));
    m_instruction->setWordWrap(true);
    m_instruction->setTextFormat(Qt::PlainText);
    m_instruction->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_instruction->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_listenButton = makeTutorButton(m_theme, QStringLiteral("listenButton"), m_instructionPanel);
    const int iconSize = m_theme.scaled(1.6);
    m_listenButton->setIcon(speakerIcon(m_theme.text(), iconSize * 2));
    m_listenButton->setIconSize(QSize(iconSize, iconSize));
    m_listenButton->setMinimumSize(m_theme.minTarget() + 16, m_theme.minTarget() + 16);

    m_feedback = new QLabel(texts);
    m_feedback->setObjectName(QStringLiteral("feedbackText"));
    m_feedback->setFont(m_theme.font(1.0, true));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->hide();

    m_hint = new QLabel(texts);
    m_hint->setObjectName(QStringLiteral("hintText"));
    m_hint->setFont(m_theme.font(1.0));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(QStringLiteral("QLabel { border: 2px dashed %1; border-radius: 10px; padding: 8px 14px; }")
                                  .arg(m_theme.accent().name()));
    m_hint->hide();

    auto *column = new QVBoxLayout(texts);
    column->setContentsMargins(0, 0, 4, 0);
    column->setSpacing(10);
    column->addWidget(m_instruction);
    column->addWidget(m_feedback);
    column->addWidget(m_hint);
    m_textArea->setWidget(texts);

    m_continueButton = makeTutorButton(m_theme, QStringLiteral("continueButton"), m_instructionPanel, true);
    m_continueButton->setMinimumWidth(m_theme.minTarget() * 4);
    m_continueButton->setFont(m_theme.font(1.1, true));
    m_continueButton->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_lessonTitle, 1);
    header->addWidget(m_dots, 0);
    header->addSpacing(12);
    header->addWidget(m_stepLabel);

    auto *panel = new QGridLayout(m_instructionPanel);
    panel->setContentsMargins(24, 14, 24, 16);
    panel->setHorizontalSpacing(18);
    panel->setVerticalSpacing(10);
    panel->addLayout(header, 0, 0, 1, 2);
    panel->addWidget(m_textArea, 1, 0);
    panel->addWidget(m_listenButton, 1, 1, Qt::AlignTop);
    panel->addWidget(m_continueButton, 2, 0, 1, 2, Qt::AlignLeading);
    panel->setColumnStretch(0, 1);

    // Scene area: French, left to right, one view per scene kept for the whole lesson.
    m_sceneArea = new QStackedWidget(m_lessonPage);
    m_sceneArea->setObjectName(QStringLiteral("sceneArea"));
    m_sceneArea->setLayoutDirection(Qt::LeftToRight);
    // The instruction is never cut: the scene (which scrolls) gives way first, down to a floor.
    m_sceneArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_sceneArea->setMinimumHeight(160);
    m_instructionPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    // Control bar.
    m_controlBar = new QWidget(m_lessonPage);
    m_controlBar->setObjectName(QStringLiteral("controlBar"));
    m_controlBar->setStyleSheet(tutorStyle);
    m_hintButton = makeTutorButton(m_theme, QStringLiteral("hintButton"), m_controlBar);
    m_showMeButton = makeTutorButton(m_theme, QStringLiteral("showMeButton"), m_controlBar);
    m_skipButton = makeTutorButton(m_theme, QStringLiteral("skipButton"), m_controlBar);
    m_quitButton = makeTutorButton(m_theme, QStringLiteral("quitButton"), m_controlBar);
    auto *bar = new QHBoxLayout(m_controlBar);
    bar->setContentsMargins(24, 10, 24, 12);
    bar->setSpacing(16);
    bar->addWidget(m_hintButton);
    bar->addWidget(m_showMeButton);
    bar->addWidget(m_skipButton);
    bar->addStretch(1);
    bar->addWidget(m_quitButton);

    auto *page = new QVBoxLayout(m_lessonPage);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);
    page->addWidget(m_instructionPanel);
    page->addWidget(m_sceneArea, 1);
    page->addWidget(m_controlBar);

    m_summary = new LessonSummaryPanel(m_theme, m_pages);
    m_summary->setStyleSheet(tutorStyle);
    m_pages->addWidget(m_lessonPage);
    m_pages->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_quitConfirmation = new QuitConfirmation(m_theme, this);
    m_quitConfirmation->setStyleSheet(tutorStyle);
    m_ghost = new GhostPointer(this);
    m_ghost->setAccentColor(m_theme.accent());
    m_gestures = new GesturePlayer(m_ghost, this);

    connect(m_listenButton, &QPushButton::clicked, this, &PlayerScreen::replayInstruction);
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (const Step *step = currentStep(); step && step->expect.action == ActionKind::Listen)
            onAction(currentView(), UserAction::of(ActionKind::Listen, QString()));
    });
    connect(m_hintButton, &QPushButton::clicked, this, &PlayerScreen::showHint);
    connect(m_showMeButton, &QPushButton::clicked, this, &PlayerScreen::showMe);
    connect(m_skipButton, &QPushButton::clicked, this, &PlayerScreen::skipStep);
    connect(m_quitButton, &QPushButton::clicked, this, &PlayerScreen::requestQuit);
    connect(m_summary, &LessonSummaryPanel::nextLessonRequested, this, &PlayerScreen::nextLessonRequested);
    connect(m_summary, &LessonSummaryPanel::homeRequested, this, &PlayerScreen::homeRequested);
    connect(m_quitConfirmation, &QuitConfirmation::cancelled, this, [this] {
        m_pages->setEnabled(true);
        m_quitButton->setFocus(Qt::OtherFocusReason);
    });
    connect(m_quitConfirmation, &QuitConfirmation::confirmed, this, [this] {
        m_pages->setEnabled(true);
        m_gestures->stop();
        m_narrator.stop();
        emit quitRequested();
    });
}

void PlayerScreen::retranslateUi()
{
    m_lessonTitle->setText(m_run->lesson().title.text(m_language));
    setTutorButtonText(m_listenButton, tr("Écouter"), tr("Écouter la consigne encore une fois"));
    setTutorButtonText(m_continueButton, tr("Continuer"));
    setTutorButtonText(m_hintButton, tr("Aide"), tr("Afficher un conseil pour cette étape"));
    setTutorButtonText(m_showMeButton, tr("Montre-moi"), tr("Le pointeur montre ce qu'il faut faire"));
    setTutorButtonText(m_skipButton, tr("Passer"), tr("Passer cette étape"));
    setTutorButtonText(m_quitButton, tr("Quitter"), tr("Quitter la leçon"));
    m_instructionPanel->setAccessibleName(tr("Consigne"));
    m_sceneArea->setAccessibleName(tr("Exercice"));
    m_feedback->setAccessibleName(tr("Réponse"));
    m_hint->setAccessibleName(tr("Conseil"));
    updateStepLabel();
}

void PlayerScreen::updateStepLabel()
{
    const int index = m_run->currentIndex();
    if (index < 0)
        return;
    const QLocale locale = LanguageManager::locale(m_language);
    m_stepLabel->setText(tr("Étape %1 sur %2")
                                 .arg(locale.toString(std::min(index, m_run->stepCount() - 1) + 1),
                                      locale.toString(m_run->stepCount())));
}

void PlayerScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlayerScreen::start(int stepIndex)
{
    m_pages->setCurrentWidget(m_lessonPage);
    setFeedback(FeedbackKind::None, {});
    m_run->start(stepIndex);
}

void PlayerScreen::setGestureSpeed(double factor)
{
    m_gestures->setSpeed(factor);
}

void PlayerScreen::setNextLessonTitle(const QString &title)
{
    m_summary->setNextLessonTitle(title);
}

void PlayerScreen::setNextLessonAvailable(bool available)
{
    m_summary->setNextLessonAvailable(available);
}

SceneView *PlayerScreen::viewForScene(const QString &sceneId)
{
    if (SceneView *view = m_views.value(sceneId))
        return view;
    const Scene *scene = m_run->lesson().findScene(sceneId);
    if (!scene || !m_factory)
        return nullptr;
    SceneView *view = m_factory(scene->kind, m_sceneArea);
    if (!view)
        return nullptr;
    view->setObjectName(QStringLiteral("scene:") + sceneId);
    view->setLayoutDirection(Qt::LeftToRight);
    // Built at its real size: renderers place windows and icons in % of the scene. (The shell
    // may start the lesson before its pages were laid out.)
    if (QLayout *top = window()->layout(); top && window()->isVisible())
        top->activate();
    m_sceneArea->addWidget(view);
    view->setGeometry(m_sceneArea->contentsRect());
    view->setScene(*scene, m_run->lesson());
    m_views.insert(sceneId, view);
    connect(view, &SceneView::actionPerformed, this, [this, view](const UserAction &action) { onAction(view, action); });
    return view;
}

SceneView *PlayerScreen::currentView() const
{
    const Step *step = currentStep();
    return step ? m_views.value(step->scene) : nullptr;
}

void PlayerScreen::onStepStarted(int index)
{
    beginTexts();
    // A demonstration of the previous step ends with it: its remaining moves belong to no step.
    m_gestures->stop();
    m_hintOpened = false;
    m_hintDue = false;
    m_showMeDue = false;
    m_showMeFallback = false;
    m_hint->hide();
    setPrimary(m_showMeButton, false);
    textsChanged();
    setHelpButtonsEnabled(true);

    const Step &step = m_run->lesson().steps.at(index);
    SceneView *view = viewForScene(step.scene);
    if (view)
        m_sceneArea->setCurrentWidget(view);

    m_instruction->setText(step.say.text(m_language));
    m_instruction->setAccessibleName(m_instruction->text());
    textsChanged();
    m_dots->setProgress(index, m_run->stepCount());
    updateStepLabel();

    const bool listen = step.expect.action == ActionKind::Listen;
    const bool continueHadFocus = m_continueButton->hasFocus();
    m_continueButton->setVisible(listen);
    if (listen) {
        m_continueButton->setFocus(Qt::OtherFocusReason);
    } else if (continueHadFocus || !focusWidget() || !focusWidget()->isVisible()) {
        if (QWidget *first = view ? firstFocusableIn(view) : nullptr)
            first->setFocus(Qt::OtherFocusReason);
    }

    endTexts();
    if (m_autoPlay)
        speak(m_instruction->text(), QStringLiteral("say"), true);
}

void PlayerScreen::onAction(SceneView *view, const UserAction &action)
{
    if (m_applyingExpected || view != currentView() || m_run->isFinished())
        return;
    const Step &step = *currentStep(); // stays valid: the run moves its index, not its steps
    m_hintDue = false;
    m_showMeDue = false;

    beginTexts();
    const ActionResult result = m_run->handle(action);
    switch (result.verdict) {
    case Verdict::Correct: {
        if (view && action.kind == ActionKind::Submit)
            view->showFieldErrors({});
        if (!m_run->isFinished()) {
            const QString success = step.success.text(m_language);
            setFeedback(FeedbackKind::Correct, success.isEmpty() ? tr("Bravo !") : success);
            m_narrator.playEffect(Narrator::Effect::Correct);
        }
        break;
    }
    case Verdict::Wrong: {
        QString message = result.message.text(m_language);
        QString part = QStringLiteral("wrong");
        if (message.isEmpty()) {
            message = result.fieldErrors.isEmpty()
                    ? tr("Pas tout à fait. Essayez encore.")
                    : tr("Le site a trouvé des erreurs : lisez les messages en rouge sous les cases.");
            part = result.fieldErrors.isEmpty() ? QStringLiteral("try-again") : QStringLiteral("form-errors");
        }
        if (view && action.kind == ActionKind::Submit)
            view->showFieldErrors(result.fieldErrors);
        else if (view && revertsAfterWrong(action.kind))
            view->revertLastAction();
        m_narrator.playEffect(Narrator::Effect::Wrong);
        setFeedback(FeedbackKind::Wrong, message);
        speak(message, part, !result.message.isEmpty());
        if (m_hintDue)
            openHint();
        if (m_showMeDue)
            highlightShowMe();
        break;
    }
    case Verdict::Neutral:
        if (view && action.kind == ActionKind::Submit)
            view->showFieldErrors(result.fieldErrors);
        break;
    }
    endTexts();
    emit actionJudged(action, result);
}

void PlayerScreen::onLessonCompleted(const LessonSummary &summary)
{
    m_gestures->stop();
    m_ghost->hide();
    m_quitConfirmation->dismiss();
    m_pages->setEnabled(true);
    m_dots->setProgress(m_run->stepCount(), m_run->stepCount());
    m_summary->setSummary(m_run->lesson(), summary, m_language);
    m_pages->setCurrentWidget(m_summary);
    if (QWidget *first = firstFocusableIn(m_summary))
        first->setFocus(Qt::OtherFocusReason);
    m_narrator.playEffect(Narrator::Effect::Completed);
    // "Lesson finished, well done!" and the lesson's goal: the sentence the build voiced for
    // this lesson (narration/<lesson>/<lang>/lesson-end.ogg).
    NarrationRequest request;
    request.text = SpokenMessages::lessonEndText(m_language, m_run->lesson().goal.text(m_language));
    request.language = m_language;
    request.part = SpokenMessages::LessonEnd;
    request.lessonDir = m_run->lesson().directory;
    m_narrator.speak(request);
}

void PlayerScreen::replayInstruction()
{
    if (currentStep())
        speak(m_instruction->text(), QStringLiteral("say"), true);
}

void PlayerScreen::showHint()
{
    if (currentStep())
        openHint();
}

void PlayerScreen::openHint()
{
    const Step *step = currentStep();
    if (!step)
        return;
    QString text = step->hint.text(m_language);
    const bool fromLesson = !text.isEmpty();
    if (!fromLesson)
        text = tr("Lisez la consigne encore une fois. Si vous ne trouvez pas, appuyez sur « Montre-moi ».");
    m_hint->setText(text);
    m_hint->show();
    textsChanged();
    if (!m_hintOpened) {
        m_hintOpened = true;
        m_run->useHint();
    }
    speak(text, fromLesson ? QStringLiteral("hint") : QStringLiteral("hint-default"), fromLesson);
}

void PlayerScreen::highlightShowMe()
{
    setPrimary(m_showMeButton, true);
    setFeedback(FeedbackKind::Wrong,
                m_feedback->text() + QLatin1Char('\n') + tr("Appuyez sur « Montre-moi » : je vous montre comment faire."));
}

void PlayerScreen::showMe()
{
    if (!currentStep() || m_gestures->isPlaying())
        return;
    m_run->useShowMe();
    playGestures(true);
}

void PlayerScreen::demonstrateCurrentStep()
{
    if (!currentStep())
        return;
    playGestures(false);
}

void PlayerScreen::playGestures(bool learnerAsked)
{
    const QList<Gesture> gestures = gesturesForCurrentStep();
    if (gestures.isEmpty() && learnerAsked) {
        qWarning("passerelle: show me: the scene has no gestures for step %s", qUtf8Printable(currentStep()->id));
        skipStep(); // never stuck: the step is done for the learner
        return;
    }
    m_showMeFallback = learnerAsked;
    setHelpButtonsEnabled(false);
    m_gestures->play(gestures);
}

QList<Gesture> PlayerScreen::gesturesForCurrentStep() const
{
    const Step *step = currentStep();
    if (!step)
        return {};
    if (step->expect.action == ActionKind::Listen) {
        Gesture press;
        press.kind = Gesture::Kind::Click;
        press.widget = m_continueButton;
        return {press};
    }
    SceneView *view = currentView();
    return view ? view->gesturesFor(step->expect) : QList<Gesture>();
}

void PlayerScreen::onGesturesEnded(bool ok, const QString &reason)
{
    setHelpButtonsEnabled(true);
    // Reaching here means the step is still the same (its end stops the playback).
    if (!m_showMeFallback || !currentStep())
        return;
    m_showMeFallback = false;
    // "Montre-moi" could not complete the step on this scene: the learner must never be stuck,
    // so the step is done for them, as "Passer" would.
    qWarning("passerelle: show me did not complete step %s: %s", qUtf8Printable(currentStep()->id),
             qUtf8Printable(ok ? QStringLiteral("the scene did not report the expected action") : reason));
    skipStep();
}

void PlayerScreen::skipStep()
{
    const Step *step = currentStep();
    if (!step)
        return;
    m_gestures->stop();
    if (step->expect.action != ActionKind::Listen) {
        if (SceneView *view = currentView()) {
            m_applyingExpected = true;
            view->showFieldErrors({});
            view->applyExpected(step->expect);
            m_applyingExpected = false;
        }
    }
    beginTexts();
    setFeedback(FeedbackKind::Info, tr("Pas de souci, on passe à la suite."));
    m_run->skip();
    endTexts();
}

void PlayerScreen::requestQuit()
{
    if (m_gestures->isPlaying()) {
        m_gestures->stop();
        setHelpButtonsEnabled(true);
    }
    m_pages->setEnabled(false);
    m_quitConfirmation->open();
}

void PlayerScreen::setHelpButtonsEnabled(bool enabled)
{
    m_hintButton->setEnabled(enabled);
    m_showMeButton->setEnabled(enabled);
    m_skipButton->setEnabled(enabled);
    m_continueButton->setEnabled(true); // "Montre-moi" on a listen step presses it
}

void PlayerScreen::textsChanged()
{
    // Cheap, and at once: a scene built before the batch ends is laid out with the new texts.
    m_textArea->updateGeometry();
    // Costly (every wrapped text is laid out again, Arabic shaping included): once per batch.
    if (m_textsBatch > 0) {
        m_textsDirty = true;
        return;
    }
    // The scroll area gives its content the height of the texts at its own width, now.
    QEvent request(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_textArea, &request);
}

void PlayerScreen::endTexts()
{
    if (--m_textsBatch > 0 || !m_textsDirty)
        return;
    m_textsDirty = false;
    textsChanged();
}

void PlayerScreen::setFeedback(FeedbackKind kind, const QString &text)
{
    m_feedback->setText(text);
    m_feedback->setVisible(kind != FeedbackKind::None && !text.isEmpty());
    textsChanged();
    if (kind == m_feedbackKind)
        return;
    m_feedbackKind = kind;
    QColor color = m_theme.text();
    if (kind == FeedbackKind::Correct)
        color = m_theme.success();
    else if (kind == FeedbackKind::Wrong)
        color = m_theme.error();
    else if (kind == FeedbackKind::Info)
        color = m_theme.accent();
    m_feedback->setProperty("feedback", kind == FeedbackKind::Correct ? QStringLiteral("correct")
                                        : kind == FeedbackKind::Wrong ? QStringLiteral("wrong")
                                                                      : QStringLiteral("info"));
    m_feedback->setStyleSheet(
            QStringLiteral("QLabel { color: %1; border: 3px solid %1; border-radius: 12px; padding: 8px 14px; }")
                    .arg(color.name()));
}

void PlayerScreen::speak(const QString &text, const QString &part, bool forStep)
{
    if (text.isEmpty())
        return;
    NarrationRequest request;
    request.text = text;
    request.language = m_language;
    request.part = part;
    if (const Step *step = forStep ? currentStep() : nullptr) {
        request.lessonDir = m_run->lesson().directory;
        request.stepId = step->id;
    }
    m_narrator.speak(request);
}
