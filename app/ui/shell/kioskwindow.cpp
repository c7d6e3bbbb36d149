#include "kioskwindow.h"

#include "common/languagemanager.h"
#include "idleoverlay.h"
#include "idlewatcher.h"
#include "kioskguard.h"
#include "learner/cardcodescreen.h"
#include "learner/homescreen.h"
#include "learner/secretscreen.h"
#include "learner/welcomescreen.h"
#include "learner/whoareyouscreen.h"
#include "outoforderscreen.h"
#include "player/playerscreen.h"
#include "narration/spokenmessages.h"
#include "sessionwipe.h"
#include "staff/staffentry.h"
#include "storerecovery.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace {

/// A stack whose sizes are those of the screen shown, not the largest of all: a screen that fits
/// the window is never scrolled because another one would not fit.
class CurrentScreenStack : public QStackedWidget
{
public:
    CurrentScreenStack()
    {
        connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
    }

    QSize sizeHint() const override { return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint(); }
    QSize minimumSizeHint() const override
    {
        return currentWidget() ? currentWidget()->minimumSizeHint() : QStackedWidget::minimumSizeHint();
    }
    bool hasHeightForWidth() const override { return currentWidget() && currentWidget()->hasHeightForWidth(); }
    int heightForWidth(int width) const override { return currentWidget() ? currentWidget()->heightForWidth(width) : -1; }
};

} // namespace

KioskWindow::KioskWindow(TerminalSession *session, const MonotonicClock &clock, Narrator &narrator,
                         const KioskSettings &settings, Mode mode, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_clock(clock),
      m_narrator(narrator),
      m_settings(settings.clamped()),
      m_theme(Theme::textSizeFromName(m_settings.textSize), m_settings.highContrast),
      m_mode(mode),
      m_language(m_settings.tutorLanguage)
{
    setObjectName(QStringLiteral("kioskWindow"));
    applyNarratorSettings();
    setWindowTitle(QStringLiteral("Passerelle"));
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(true);
    if (m_mode == Mode::Kiosk)
        setWindowFlags(windowFlags() | Qt::FramelessWindowHint);

    m_guard = new KioskGuard(this);
    qApp->installEventFilter(m_guard);

    // The screens scroll only when the window is smaller than the current screen needs (a small
    // screen at a high scale factor, e.g. 1280×800 at 200 %: 640×400): the window itself never
    // grows past its screen, where controls could not be reached.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("screensScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->setAutoFillBackground(false);
    // Bars wide enough to take with a finger (the scenes' own are 20 px).
    scroll->setStyleSheet(QStringLiteral("QScrollBar:vertical { width: 24px; } QScrollBar:horizontal { height: 24px; }"));
    m_stack = new CurrentScreenStack;
    m_stack->setObjectName(QStringLiteral("screens"));
    scroll->setWidget(m_stack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Without a session the store never opened: "Réessayer" restarts Passerelle instead.
    if (m_session) {
        m_recovery = new StoreRecovery(m_clock, [this] { return m_session->checkStoreWritable(); }, this);
        connect(m_recovery, &StoreRecovery::tried, this, [this](bool writable) { m_outOfOrder->showRetryResult(writable); });
        connect(m_recovery, &StoreRecovery::recovered, this, [this] { goTo(Screen::Welcome); });
    }
    m_outOfOrderEntry = new StaffEntry(this, this);
    m_outOfOrderEntry->setEnabled(false);
    connect(m_outOfOrderEntry, &StaffEntry::triggered, this, [this] { m_outOfOrder->showStaffActions(); });
    createOutOfOrder();

    m_idle = new IdleWatcher(m_clock, m_settings.idleDelaySeconds * 1000LL, m_settings.idleWarningSeconds * 1000LL, this);
    connect(m_idle, &IdleWatcher::warningStarted, this, &KioskWindow::onIdleWarning);
    connect(m_idle, &IdleWatcher::expired, this, [this] { endSession(SessionEndReason::Idle); });
    connectIdleOverlay();

    // Tutor languages: the shipped ones and any passerelle_<code>.qm dropped in the installed
    // translations folder (runKiosk adds the data folder's); the welcome screen offers them all.
    m_languages = new LanguageManager(LanguageManager::defaultFolders({}, QCoreApplication::applicationDirPath()), this);
    connect(m_languages, &LanguageManager::languagesChanged, this, &KioskWindow::offerLanguages);

    if (m_session) {
        connect(m_session, &TerminalSession::recordFailed, this, [this] {
            endSession(SessionEndReason::Logout);
            showOutOfOrder(tr("Les progrès ne peuvent pas être enregistrés."));
        });
        createWelcome();
        applyLanguage();
        goTo(Screen::Welcome);
    } else {
        applyLanguage();
        goTo(Screen::OutOfOrder);
    }
}

void KioskWindow::createOutOfOrder()
{
    m_outOfOrder = new OutOfOrderScreen(m_theme, m_stack);
    m_outOfOrder->setRetry(m_session ? OutOfOrderScreen::Retry::TryStore : OutOfOrderScreen::Retry::Restart);
    m_outOfOrder->setStaffAccessAvailable(m_staffAccessAvailable);
    m_stack->addWidget(m_outOfOrder);
    connect(m_outOfOrder, &OutOfOrderScreen::retryRequested, this, [this] {
        if (m_recovery)
            m_recovery->tryNow();
        else
            emit restartRequested();
    });
    connect(m_outOfOrder, &OutOfOrderScreen::staffRequested, this, &KioskWindow::staffAccessRequested);
}

void KioskWindow::setStaffAccessAvailable(bool available)
{
    m_staffAccessAvailable = available;
    m_outOfOrder->setStaffAccessAvailable(available);
}

void KioskWindow::connectIdleOverlay()
{
    m_idleOverlay = new IdleOverlay(m_theme, m_narrator, this);
    m_idleOverlay->setLanguage(m_language);
    connect(m_idle, &IdleWatcher::countdown, m_idleOverlay, &IdleOverlay::setSecondsLeft);
    connect(m_idle, &IdleWatcher::warningCancelled, m_idleOverlay, &IdleOverlay::dismiss);
    connect(m_idleOverlay, &IdleOverlay::stillHere, m_idle, &IdleWatcher::noteActivity);
}

void KioskWindow::applySettings(const KioskSettings &settings)
{
    const KioskSettings s = settings.clamped();
    const bool lookChanged = s.textSize != m_settings.textSize || s.highContrast != m_settings.highContrast;
    const bool languageChanged = s.tutorLanguage != m_settings.tutorLanguage;
    m_settings = s;
    m_idle->setDurations(s.idleDelaySeconds * 1000LL, s.idleWarningSeconds * 1000LL);
    applyNarratorSettings();
    for (LearnerScreen *screen : std::initializer_list<LearnerScreen *>{m_welcome, m_whoAreYou, m_cardCode, m_secret, m_home}) {
        if (screen)
            screen->setAutoNarration(s.autoNarration);
    }
    const bool inUse = m_session && (m_session->isActive() || currentScreen() != Screen::Welcome);
    if (lookChanged) {
        m_lookPending = true;
        if (!inUse)
            applyLook();
    }
    if (languageChanged && !inUse) {
        m_languageChosen = false;
        setTutorLanguage(s.tutorLanguage);
    }
}

void KioskWindow::applyNarratorSettings()
{
    m_narrator.setVolume(m_settings.volume);
    m_narrator.setAutoPlay(m_settings.autoNarration);
    m_narrator.setEffectsEnabled(m_settings.sounds);
}

void KioskWindow::applyLook()
{
    if (!m_lookPending)
        return;
    m_lookPending = false;
    m_theme = Theme(Theme::textSizeFromName(m_settings.textSize), m_settings.highContrast);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        m_theme.applyTo(*app);
    delete m_idleOverlay;
    connectIdleOverlay();
    const bool outOfOrder = currentScreen() == Screen::OutOfOrder;
    const QString detail = m_outOfOrder->detail();
    m_stack->removeWidget(m_outOfOrder);
    m_outOfOrder->disconnect(this);
    m_outOfOrder->deleteLater();
    createOutOfOrder();
    m_outOfOrder->setDetail(detail);
    if (m_session) {
        destroyScreens();
        createScreens();
        applyLanguage();
    }
    goTo(outOfOrder || !m_session ? Screen::OutOfOrder : Screen::Welcome);
}

KioskWindow::~KioskWindow()
{
    m_idle->stop();
    if (m_session && m_session->isActive())
        m_session->end(SessionEndReason::Logout);
}

void KioskWindow::setCatalogue(Catalogue catalogue)
{
    m_catalogue = std::move(catalogue);
    // A screen showing lessons of the previous catalogue is rebuilt from the new one.
    if (m_home && currentScreen() == Screen::Home)
        m_home->refresh();
}

void KioskWindow::showForMode()
{
    if (m_mode == Mode::Kiosk) {
        showFullScreen();
        if (QWindow *window = windowHandle()) {
            // A monitor re-plugged or changed: stay fullscreen on whichever screen we are on.
            connect(window, &QWindow::screenChanged, this, &KioskWindow::keepFullScreen, Qt::UniqueConnection);
        }
    } else {
        resize(1280, 800);
        show();
    }
}

void KioskWindow::keepFullScreen()
{
    if (m_mode != Mode::Kiosk)
        return;
    if (QScreen *s = screen())
        setGeometry(s->geometry());
    showFullScreen();
}

KioskWindow::Screen KioskWindow::currentScreen() const
{
    QWidget *current = m_stack->currentWidget();
    for (Screen s : {Screen::Welcome, Screen::WhoAreYou, Screen::CardCode, Screen::Secret, Screen::Home,
                     Screen::Player, Screen::OutOfOrder}) {
        if (current && widgetOf(s) == current)
            return s;
    }
    return Screen::OutOfOrder;
}

QWidget *KioskWindow::widgetOf(Screen screen) const
{
    switch (screen) {
    case Screen::Welcome:
        return m_welcome;
    case Screen::WhoAreYou:
        return m_whoAreYou;
    case Screen::CardCode:
        return m_cardCode;
    case Screen::Secret:
        return m_secret;
    case Screen::Home:
        return m_home;
    case Screen::Player:
        return m_player;
    case Screen::OutOfOrder:
        return m_outOfOrder;
    }
    return nullptr;
}

void KioskWindow::createScreens()
{
    createWelcome();
    createSessionScreens();
}

void KioskWindow::createWelcome()
{
    m_welcome = new WelcomeScreen(m_theme, m_narrator, m_stack);
    m_welcome->setAutoNarration(m_settings.autoNarration);
    m_welcome->setLanguage(m_language);
    offerLanguages();
    m_stack->addWidget(m_welcome);

    connect(m_welcome, &WelcomeScreen::startRequested, this, [this] { goTo(Screen::WhoAreYou); });
    connect(m_welcome, &WelcomeScreen::languageChosen, this, [this](const QString &code) {
        m_languageChosen = true;
        setTutorLanguage(code);
    });
    connect(m_welcome, &WelcomeScreen::firstFramePainted, this, [this] {
        if (!m_welcomePaintedOnce) {
            m_welcomePaintedOnce = true;
            emit welcomePainted();
            // The other screens are made once the welcome screen is up, not before it.
            QTimer::singleShot(0, this, &KioskWindow::createSessionScreens);
        }
    });
}

void KioskWindow::createSessionScreens()
{
    if (m_whoAreYou || !m_session)
        return;
    m_whoAreYou = new WhoAreYouScreen(m_theme, m_narrator, m_stack);
    m_cardCode = new CardCodeScreen(m_theme, m_narrator, m_stack);
    m_secret = new SecretScreen(m_theme, m_narrator, m_clock, m_stack);
    m_home = new HomeScreen(m_theme, m_narrator, m_catalogue, *m_session, m_stack);
    for (LearnerScreen *screen : std::initializer_list<LearnerScreen *>{m_whoAreYou, m_cardCode, m_secret, m_home}) {
        screen->setAutoNarration(m_settings.autoNarration);
        screen->setLanguage(m_language);
        m_stack->addWidget(screen);
    }

    connect(m_whoAreYou, &WhoAreYouScreen::guestChosen, this, &KioskWindow::onGuestChosen);
    connect(m_whoAreYou, &WhoAreYouScreen::cardChosen, this, [this] {
        m_cardCode->clear();
        goTo(Screen::CardCode);
    });
    connect(m_whoAreYou, &LearnerScreen::backRequested, this, [this] { goTo(Screen::Welcome); });

    connect(m_cardCode, &CardCodeScreen::codeEntered, this, &KioskWindow::onCodeEntered);
    connect(m_cardCode, &LearnerScreen::backRequested, this, [this] { goTo(Screen::WhoAreYou); });

    connect(m_secret, &SecretScreen::secretEntered, this, &KioskWindow::onSecretEntered);
    connect(m_secret, &LearnerScreen::backRequested, this, [this] {
        m_pendingLearnerId.clear();
        m_newSecretFirst.clear();
        goTo(Screen::CardCode);
    });
    // Locked: nothing was started, but a card code was typed: wipe it all.
    connect(m_secret, &SecretScreen::leaveRequested, this, [this] { endSession(SessionEndReason::Logout); });

    connect(m_home, &HomeScreen::lessonChosen, this, &KioskWindow::openLesson);
    connect(m_home, &HomeScreen::finishRequested, this, [this] {
        const QString language = m_language;
        endSession(SessionEndReason::Logout);
        // Said once the screen is wiped, in the language the learner was using.
        NarrationRequest goodbye;
        goodbye.language = language;
        goodbye.text = SpokenMessages::text(SpokenMessages::Goodbye, goodbye.language);
        goodbye.part = SpokenMessages::Goodbye;
        m_narrator.speak(goodbye);
    });
}

void KioskWindow::destroyScreens()
{
    closePlayer();
    // Screens go later (one of their buttons may be on the stack right now), but they leave the
    // window at once, so nothing of the session can be seen or reached from now on.
    for (QWidget *screen : std::initializer_list<QWidget *>{m_welcome, m_whoAreYou, m_cardCode, m_secret, m_home}) {
        if (!screen)
            continue;
        screen->disconnect(this);
        m_stack->removeWidget(screen);
        screen->hide();
        screen->setParent(nullptr);
        screen->deleteLater();
    }
    m_welcome = nullptr;
    m_whoAreYou = nullptr;
    m_cardCode = nullptr;
    m_secret = nullptr;
    m_home = nullptr;
}

void KioskWindow::goTo(Screen screen)
{
    if (screen != Screen::Welcome && screen != Screen::OutOfOrder)
        createSessionScreens();
    QWidget *target = widgetOf(screen);
    if (!target)
        return;
    if (screen != Screen::OutOfOrder) {
        if (m_recovery)
            m_recovery->stop();
        m_outOfOrder->hideStaffActions();
    }
    m_outOfOrderEntry->setEnabled(screen == Screen::OutOfOrder);
    m_stack->setCurrentWidget(target);
    switch (screen) {
    case Screen::OutOfOrder:
        m_idle->stop();
        m_idleOverlay->dismiss();
        break;
    default:
        if (!m_idle->isRunning())
            m_idle->start();
        break;
    }
    // Keyboard users start on the main control of each screen.
    switch (screen) {
    case Screen::Welcome:
        m_welcome->startButton()->setFocus(Qt::OtherFocusReason);
        break;
    case Screen::WhoAreYou:
        m_whoAreYou->cardButton()->setFocus(Qt::OtherFocusReason);
        break;
    case Screen::CardCode:
        m_cardCode->setFocus(Qt::OtherFocusReason);
        break;
    case Screen::Secret:
        m_secret->setFocus(Qt::OtherFocusReason);
        break;
    case Screen::Home: {
        // The next lesson of the path, else the first lesson: never "J'ai fini" by default.
        QWidget *first = nullptr;
        if (!m_home->nextLessonId().isEmpty())
            first = m_home->lessonCard(m_home->nextLessonId(), !m_home->nextIsInCatalogue());
        else if (!m_home->catalogueLessonIds().isEmpty())
            first = m_home->lessonCard(m_home->catalogueLessonIds().first());
        (first ? first : m_home->finishButton())->setFocus(Qt::OtherFocusReason);
        break;
    }
    case Screen::Player:
    case Screen::OutOfOrder:
        target->setFocus(Qt::OtherFocusReason);
        break;
    }
    emit screenChanged(screen);
}

void KioskWindow::setTutorLanguage(const QString &language)
{
    const QString code = language.isEmpty() ? m_settings.tutorLanguage : language;
    if (code == m_language && m_welcome && m_welcome->language() == code)
        return;
    m_language = code;
    applyLanguage();
}

void KioskWindow::setStaffAreaShown(bool shown)
{
    if (shown == m_staffAreaShown)
        return;
    m_staffAreaShown = shown;
    // Only the translations change: the resident's screens behind keep their language and
    // direction, and follow the translations back when the staff area closes.
    m_languages->setLanguage(shown ? LanguageManager::sourceLanguage() : m_language);
}

void KioskWindow::applyLanguage()
{
    // The tutor layer follows the language's direction; scenes stay left to right (the player
    // sets its scene area itself).
    setLayoutDirection(QLocale(m_language).textDirection());

    // Interface and Qt translations, default locale; Qt sends LanguageChange to every widget.
    m_languages->setLanguage(m_staffAreaShown ? LanguageManager::sourceLanguage() : m_language);
    for (LearnerScreen *screen : std::initializer_list<LearnerScreen *>{m_welcome, m_whoAreYou, m_cardCode, m_secret, m_home}) {
        if (screen)
            screen->setLanguage(m_language);
    }
    m_idleOverlay->setLanguage(m_language);
}

void KioskWindow::offerLanguages()
{
    if (!m_welcome)
        return;
    QList<WelcomeScreen::LanguageChoice> choices;
    for (const LanguageManager::Language &l : m_languages->languages())
        choices.append({l.code, l.nativeName});
    m_welcome->setLanguages(choices);
}

void KioskWindow::showOutOfOrder(const QString &detail)
{
    m_outOfOrder->setDetail(detail);
    goTo(Screen::OutOfOrder);
    if (m_recovery)
        m_recovery->start();
}

void KioskWindow::endSession(SessionEndReason reason)
{
    SessionWipe::run(*this, reason);
}

void KioskWindow::onGuestChosen()
{
    if (!m_session->startGuest()) {
        showOutOfOrder(tr("La séance ne peut pas commencer : les progrès ne peuvent pas être enregistrés."));
        return;
    }
    openHome();
}

void KioskWindow::onCodeEntered(const QString &code)
{
    const auto card = m_session->findCard(code);
    if (!card) {
        m_cardCode->showNotFound();
        return;
    }
    if (card->locked) {
        m_cardCode->showLocked();
        return;
    }
    if (card->newSecretDue) {
        // Staff reset the secret: the learner chooses a new one of the same kind, twice.
        m_pendingLearnerId = card->learnerId;
        m_newSecretFirst.clear();
        m_secret->setChoosing(card->secretKind);
        goTo(Screen::Secret);
        return;
    }
    if (card->secretKind == Secret::Kind::Invalid) {
        m_cardCode->showProblem();
        return;
    }
    m_pendingLearnerId = card->learnerId;
    m_secret->setKind(card->secretKind);
    goTo(Screen::Secret);
}

void KioskWindow::onSecretEntered(const Secret &secret)
{
    if (m_pendingLearnerId.isEmpty())
        return;
    if (m_secret->isChoosing() && !m_secret->isRepeating()) {
        m_newSecretFirst = secret.material();
        m_secret->askRepeat();
        return;
    }
    if (m_secret->isChoosing() && secret.material() != m_newSecretFirst) {
        m_newSecretFirst.clear();
        m_secret->showMismatch();
        return;
    }
    const VerifyResult result = m_secret->isChoosing() ? m_session->chooseNewSecret(m_pendingLearnerId, secret)
                                                       : m_session->signIn(m_pendingLearnerId, secret);
    m_newSecretFirst.clear();
    if (result.status != VerifyResult::Status::Accepted) {
        m_secret->showResult(result);
        return;
    }
    m_pendingLearnerId.clear();
    m_secret->clear();
    m_cardCode->clear();
    // The learner's own language, unless they just chose one on the welcome screen.
    if (!m_languageChosen && !m_session->learnerLanguage().isEmpty())
        setTutorLanguage(m_session->learnerLanguage());
    openHome();
}

void KioskWindow::openHome()
{
    closePlayer();
    m_home->refresh();
    goTo(Screen::Home);
    if (m_settings.autoNarration)
        m_home->speakInstruction();
}

bool KioskWindow::openLesson(const QString &lessonId)
{
    if (!m_session || !m_session->isActive())
        return false;
    const Lesson *lesson = m_catalogue.findLesson(lessonId);
    if (!lesson || lesson->steps.isEmpty())
        return false;
    closePlayer();
    m_currentLessonId = lessonId;
    m_player = new PlayerScreen(*lesson, m_language, m_clock, m_narrator, m_theme, m_stack);
    m_player->setObjectName(QStringLiteral("playerScreen"));
    // Scenes close their simulated menus with Escape: the guard lets it through in the player.
    m_player->setProperty("kioskAllowsEscape", true);
    m_player->setAutoPlay(m_settings.autoNarration);
    const QString next = nextLessonAfter(lessonId);
    const Lesson *nextLesson = next.isEmpty() ? nullptr : m_catalogue.findLesson(next);
    m_player->setNextLessonAvailable(nextLesson != nullptr);
    m_player->setNextLessonTitle(nextLesson ? nextLesson->title.text(m_language) : QString());
    m_session->attachRun(&m_player->run());

    connect(m_player, &PlayerScreen::homeRequested, this, &KioskWindow::openHome);
    connect(m_player, &PlayerScreen::quitRequested, this, &KioskWindow::openHome);
    connect(m_player, &PlayerScreen::nextLessonRequested, this, [this] {
        const QString following = nextLessonAfter(m_currentLessonId);
        if (following.isEmpty() || !openLesson(following))
            openHome();
    });

    m_stack->addWidget(m_player);
    goTo(Screen::Player);
    m_player->start(m_session->resumeStep(*lesson));
    return true;
}

void KioskWindow::closePlayer()
{
    if (!m_player)
        return;
    PlayerScreen *player = m_player;
    m_player = nullptr;
    m_currentLessonId.clear();
    // Nothing the old player still does (a running "show me") reaches the store or the window.
    if (m_session)
        QObject::disconnect(&player->run(), nullptr, m_session, nullptr);
    player->disconnect(this);
    m_stack->removeWidget(player);
    player->hide();
    player->setParent(nullptr);
    player->deleteLater();
}

QString KioskWindow::nextLessonAfter(const QString &lessonId) const
{
    if (!m_session)
        return {};
    const QHash<QString, TerminalSession::LessonStatus> statuses = m_session->statuses();
    const QStringList path = m_session->assignedLessonIds();
    if (path.contains(lessonId)) {
        // In the learner's path: the next lesson of the path not done yet, after this one first.
        const qsizetype at = path.indexOf(lessonId);
        for (qsizetype i = 1; i < path.size(); ++i) {
            const QString &id = path.at((at + i) % path.size());
            if (m_catalogue.findLesson(id) && statuses.value(id) != TerminalSession::LessonStatus::Done)
                return id;
        }
        return {};
    }
    // Otherwise the next lesson of the catalogue (the loader keeps module order).
    for (qsizetype i = 0; i + 1 < m_catalogue.lessons.size(); ++i) {
        if (m_catalogue.lessons.at(i).id == lessonId)
            return m_catalogue.lessons.at(i + 1).id;
    }
    return {};
}

void KioskWindow::onIdleWarning(int seconds)
{
    const Screen screen = currentScreen();
    if (screen == Screen::Welcome) {
        // Nobody is there: quietly go back to the terminal's language, no warning needed.
        if (m_languageChosen || m_language != m_settings.tutorLanguage) {
            m_languageChosen = false;
            setTutorLanguage(m_settings.tutorLanguage);
        }
        m_idle->start();
        return;
    }
    if (screen == Screen::OutOfOrder)
        return;
    m_idleOverlay->open(seconds);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_mode == Mode::Kiosk && !m_quitAllowed) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void KioskWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && m_mode == Mode::Kiosk && isVisible()
        && !(windowState() & Qt::WindowFullScreen)) {
        // Something took us out of fullscreen: go back.
        QTimer::singleShot(0, this, &KioskWindow::keepFullScreen);
    }
}
