// The resident's journey through the real window, offscreen: welcome, guest or card and
// pictures, home, a lesson with right and wrong actions, help, "J'ai fini", and a restart.

#include "tst_shell_fixture.h"

#include "learner/homescreen.h"
#include "narration/spokenmessages.h"
#include "player/playerscreen.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"

#include <QKeyEvent>
#include <QSignalSpy>

using namespace ShellFixture;

class TestJourney : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void guestSeesTheCatalogueWithoutBrokenLessons();
    void signInWithCardAndPicturePassword();
    void signInWithPhysicalKeyboard();
    void unknownCardGetsAKindMessage();
    void wrongPicturesThenLockoutAskTheStaff();
    void learnerChoosesANewSecretAfterAStaffReset();
    void lessonRightAndWrongThenResumeAfterRestart();
    void hintShowMeAndSkip();
    void assignedPathFirstWithTheNextLessonHighlighted();
    void finishWipesAndReturnsToWelcome();
    void arabicTutorLayerIsRightToLeftSceneStaysLeftToRight();

private:
    PlayerScreen *openLesson(const QString &lessonId);
    static bool clickElement(PlayerScreen *player, const QString &elementId);

    std::unique_ptr<Kiosk> m_kiosk;
};

void TestJourney::init()
{
    m_kiosk = std::make_unique<Kiosk>();
    m_kiosk->start();
}

void TestJourney::cleanup()
{
    m_kiosk.reset();
}

PlayerScreen *TestJourney::openLesson(const QString &lessonId)
{
    KioskWindow &w = *m_kiosk->window;
    LessonCard *card = w.homeScreen()->lessonCard(lessonId);
    if (!click(card))
        return nullptr;
    return w.currentScreen() == KioskWindow::Screen::Player ? w.playerScreen() : nullptr;
}

bool TestJourney::clickElement(PlayerScreen *player, const QString &elementId)
{
    SceneView *view = player ? player->currentView() : nullptr;
    return view && click(view->elementWidget(elementId));
}

void TestJourney::guestSeesTheCatalogueWithoutBrokenLessons()
{
    KioskWindow &w = *m_kiosk->window;
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
    QVERIFY(click(w.welcomeScreen()->startButton()));
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::WhoAreYou);
    QVERIFY(click(w.whoAreYouScreen()->guestButton()));
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Home);
    QCOMPARE(m_kiosk->session->who(), TerminalSession::Who::Guest);

    HomeScreen *home = w.homeScreen();
    QCOMPARE(home->catalogueLessonIds(),
             (QStringList{QStringLiteral("T1-cliquer"), QStringLiteral("T2-encore"), QStringLiteral("T3-formulaire")}));
    QVERIFY(home->pathLessonIds().isEmpty());
    QCOMPARE(home->lessonCard(QStringLiteral("T1-cliquer"))->titleText(), QStringLiteral("Cliquer sur Oui"));
    // Without a mediator's path, the first lesson whose prerequisites are done is suggested.
    QCOMPARE(home->nextLessonId(), QStringLiteral("T1-cliquer"));
    QCOMPARE(home->lessonCard(QStringLiteral("T1-cliquer"))->statusText(), QStringLiteral("À faire maintenant"));
    QCOMPARE(home->lessonCard(QStringLiteral("T2-encore"))->statusText(), QStringLiteral("Nouveau"));
    // The broken lesson is nowhere to be seen.
    QVERIFY(!home->lessonCard(QStringLiteral("T9-casse")));
    QCOMPARE(textsContaining(BrokenLessonTitle), QStringList());
    // Module titles head their lessons.
    QVERIFY(!textsContaining(QStringLiteral("Prendre en main")).isEmpty());
    QVERIFY(!textsContaining(QStringLiteral("Fenêtres et fichiers")).isEmpty());
    // The home screen says what to do.
    QCOMPARE(m_kiosk->narrator.last().part, QStringLiteral("home-next"));
}

void TestJourney::signInWithCardAndPicturePassword()
{
    const Learner fatima = m_kiosk->createLearner(QStringLiteral("Fatima Benali"));
    KioskWindow &w = *m_kiosk->window;
    QSignalSpy started(m_kiosk->session.get(), &TerminalSession::sessionStarted);

    QVERIFY(m_kiosk->enterCard(fatima.cardCode));
    SecretScreen *secret = w.secretScreen();
    QCOMPARE(secret->kind(), Secret::Kind::Pictures);
    QVERIFY(secret->pictureButton(0)->isVisible());
    QCOMPARE(secret->pictureButton(3)->accessibleName(), QStringLiteral("Arbre"));
    // The sign-in step is spoken.
    QCOMPARE(m_kiosk->narrator.last().part, QStringLiteral("secret"));

    QVERIFY(click(secret->pictureButton(3)));
    QCOMPARE(secret->enteredCount(), 1);
    QVERIFY(click(secret->pictureButton(3))); // the same picture twice does not count
    QCOMPARE(secret->enteredCount(), 1);
    QVERIFY(click(secret->pictureButton(7)));
    QVERIFY(click(secret->pictureButton(11)));

    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Home);
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_kiosk->session->who(), TerminalSession::Who::Learner);
    QCOMPARE(m_kiosk->session->learnerId(), fatima.id);
    QVERIFY(!textsContaining(QStringLiteral("Bonjour Fatima Benali")).isEmpty());
}

void TestJourney::signInWithPhysicalKeyboard()
{
    const Learner karim = m_kiosk->createPinLearner(QStringLiteral("Karim"), QStringLiteral("2580"));
    KioskWindow &w = *m_kiosk->window;
    QVERIFY(click(w.welcomeScreen()->startButton()));
    QVERIFY(click(w.whoAreYouScreen()->cardButton()));
    CardCodeScreen *card = w.cardCodeScreen();
    // Lower case is fine; letters the card never uses (O, I, 0, 1) are ignored.
    QTest::keyClicks(card, QStringLiteral("oi01"));
    QCOMPARE(card->code(), QString());
    QTest::keyClicks(card, karim.cardCode.toLower() + QStringLiteral("x"));
    QCOMPARE(card->code(), karim.cardCode);
    QTest::keyClick(card, Qt::Key_Backspace);
    QCOMPARE(card->code(), karim.cardCode.left(5));
    QTest::keyClicks(card, karim.cardCode.right(1));
    QTest::keyClick(card, Qt::Key_Return);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Secret);

    SecretScreen *secret = w.secretScreen();
    QCOMPARE(secret->kind(), Secret::Kind::Pin);
    QVERIFY(secret->digitButton(5)->isVisible());
    QVERIFY(!secret->pictureButton(0)->isVisible());
    // Arabic-Indic digits from an Arabic keyboard count as 0-9.
    for (const QChar digit : QStringLiteral("٢٥")) {
        QKeyEvent press(QEvent::KeyPress, digit.unicode(), Qt::NoModifier, QString(digit));
        QKeyEvent release(QEvent::KeyRelease, digit.unicode(), Qt::NoModifier, QString(digit));
        QApplication::sendEvent(secret, &press);
        QApplication::sendEvent(secret, &release);
    }
    QCOMPARE(secret->enteredCount(), 2);
    QVERIFY(!secret->validateButton()->isEnabled()); // 4 digits at least
    QVERIFY(click(secret->digitButton(8)));
    QVERIFY(click(secret->digitButton(0)));
    QVERIFY(secret->validateButton()->isEnabled());
    QTest::keyClick(secret, Qt::Key_Enter);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Home);
    QCOMPARE(m_kiosk->session->learnerName(), QStringLiteral("Karim"));
}

void TestJourney::unknownCardGetsAKindMessage()
{
    KioskWindow &w = *m_kiosk->window;
    QVERIFY(!m_kiosk->enterCard(QStringLiteral("AAAAAA")));
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::CardCode);
    QVERIFY(w.cardCodeScreen()->message().contains(QStringLiteral("essayez encore")));
    QCOMPARE(m_kiosk->narrator.last().part, QStringLiteral("card-not-found"));
    // Erasing a character and typing again clears the message.
    QVERIFY(click(w.cardCodeScreen()->eraseButton()));
    QVERIFY(click(w.cardCodeScreen()->keyButton(QLatin1Char('C'))));
    QCOMPARE(w.cardCodeScreen()->message(), QString());
}

void TestJourney::wrongPicturesThenLockoutAskTheStaff()
{
    const Learner fatima = m_kiosk->createLearner(QStringLiteral("Fatima"));
    KioskWindow &w = *m_kiosk->window;
    QVERIFY(m_kiosk->enterCard(fatima.cardCode));
    SecretScreen *secret = w.secretScreen();

    auto tryWrong = [&] {
        for (const int index : {0, 1, 2})
            QVERIFY(click(secret->pictureButton(index)));
    };
    tryWrong();
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Secret);
    QVERIFY(secret->message().contains(QStringLiteral("Ce n'est pas grave")));
    QCOMPARE(secret->enteredCount(), 0);
    QCOMPARE(m_kiosk->narrator.last().part, QStringLiteral("secret-wrong"));

    // Keep failing; when the store asks to wait, the pictures are disabled until the (monotonic)
    // time has passed, then the learner may try again.
    int attempts = 1;
    while (!secret->isLocked() && attempts < 20) {
        if (secret->isWaiting()) {
            QVERIFY(!secret->pictureButton(0)->isEnabled());
            m_kiosk->clock.advance(60'000);
            QTRY_VERIFY(!secret->isWaiting());
        }
        tryWrong();
        ++attempts;
    }
    QVERIFY(secret->isLocked());
    QCOMPARE(attempts, SecretGuard::MaxFailures);
    QVERIFY(secret->message().contains(QStringLiteral("Demandez au personnel de l'accueil")));
    QVERIFY(!secret->pictureButton(0)->isVisible());
    QCOMPARE(m_kiosk->session->who(), TerminalSession::Who::None);

    // The only way on is back to the welcome screen.
    QVERIFY(click(secret->leaveButton()));
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);

    // The lockout survives a restart: the card itself now says to ask the staff.
    m_kiosk->restart();
    QVERIFY(!m_kiosk->enterCard(fatima.cardCode));
    QCOMPARE(m_kiosk->window->currentScreen(), KioskWindow::Screen::CardCode);
    QVERIFY(m_kiosk->window->cardCodeScreen()->message().contains(QStringLiteral("Demandez au personnel de l'accueil")));
}

void TestJourney::lessonRightAndWrongThenResumeAfterRestart()
{
    const Learner fatima = m_kiosk->createLearner(QStringLiteral("Fatima"));
    QVERIFY(m_kiosk->signInWithPictures(fatima));
    const QString sessionId = m_kiosk->session->sessionId();

    PlayerScreen *player = openLesson(QStringLiteral("T1-cliquer"));
    QVERIFY(player);
    QCOMPARE(player->run().currentIndex(), 0);
    QVERIFY(clickElement(player, QStringLiteral("oui"))); // right
    QTRY_COMPARE(player->run().currentIndex(), 1);
    QVERIFY(clickElement(player, QStringLiteral("oui"))); // wrong: step 2 wants "non"
    QCOMPARE(player->run().currentIndex(), 1);
    QCOMPARE(player->run().currentStats().wrong, 1);
    QVERIFY(clickElement(player, QStringLiteral("non"))); // right
    QTRY_COMPARE(player->run().currentIndex(), 2);

    // Each event is in the store as it happened.
    const QList<StoredStepEvent> events = ProgressRepository(*m_kiosk->db).eventsOfSession(sessionId);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).outcome, StepOutcome::Correct);
    QCOMPARE(events.at(1).outcome, StepOutcome::Wrong);
    QCOMPARE(events.at(2).outcome, StepOutcome::Correct);

    // Leave the lesson: "Quitter", then yes.
    QVERIFY(click(player->findChild<QPushButton *>(QStringLiteral("quitButton"))));
    QVERIFY(click(player->findChild<QPushButton *>(QStringLiteral("quitConfirmButton"))));
    KioskWindow *w = m_kiosk->window.get();
    QCOMPARE(w->currentScreen(), KioskWindow::Screen::Home);
    QCOMPARE(w->homeScreen()->lessonCard(QStringLiteral("T1-cliquer"))->statusText(), QStringLiteral("En cours"));
    QVERIFY(click(w->homeScreen()->finishButton()));
    QCOMPARE(w->currentScreen(), KioskWindow::Screen::Welcome);

    // Next week (a restart), the lesson resumes at the same step.
    m_kiosk->restart();
    QVERIFY(m_kiosk->signInWithPictures(fatima));
    QCOMPARE(m_kiosk->window->homeScreen()->lessonCard(QStringLiteral("T1-cliquer"))->statusText(),
             QStringLiteral("En cours"));
    player = openLesson(QStringLiteral("T1-cliquer"));
    QVERIFY(player);
    QCOMPARE(player->run().currentIndex(), 2);
    QVERIFY(clickElement(player, QStringLiteral("oui")));
    QTRY_VERIFY(player->run().isFinished());
    // The end of the lesson is spoken; then home shows it done.
    QTRY_COMPARE(m_kiosk->narrator.last().part, QStringLiteral("lesson-end"));
    QVERIFY(click(player->findChild<QPushButton *>(QStringLiteral("homeButton"))));
    QCOMPARE(m_kiosk->window->currentScreen(), KioskWindow::Screen::Home);
    QCOMPARE(m_kiosk->window->homeScreen()->lessonCard(QStringLiteral("T1-cliquer"))->statusText(),
             QStringLiteral("Terminé ✓"));
}

void TestJourney::hintShowMeAndSkip()
{
    KioskWindow &w = *m_kiosk->window;
    QVERIFY(click(w.welcomeScreen()->startButton()));
    QVERIFY(click(w.whoAreYouScreen()->guestButton()));
    const QString sessionId = m_kiosk->session->sessionId();
    PlayerScreen *player = openLesson(QStringLiteral("T1-cliquer"));
    QVERIFY(player);
    player->setGestureSpeed(100.0);

    QVERIFY(click(player->findChild<QPushButton *>(QStringLiteral("hintButton"))));
    QCOMPARE(player->run().currentStats().hints, 1);
    QVERIFY(click(player->findChild<QPushButton *>(QStringLiteral("showMeButton"))));
    QVERIFY(player->run().currentStats().shown);
    // Once the ghost pointer is done, the learner can go on; "Passer" skips the step they are on.
    QTRY_VERIFY_WITH_TIMEOUT(player->findChild<QPushButton *>(QStringLiteral("skipButton"))->isEnabled(), 10'000);
    const int before = player->run().currentIndex();
    QVERIFY(click(player->findChild<QPushButton *>(QStringLiteral("skipButton"))));
    QTRY_COMPARE(player->run().currentIndex(), before + 1);

    QStringList outcomes;
    const QList<StoredStepEvent> events = ProgressRepository(*m_kiosk->db).eventsOfSession(sessionId);
    for (const StoredStepEvent &e : events)
        outcomes << ProgressRepository::outcomeName(e.outcome);
    QVERIFY2(outcomes.contains(QStringLiteral("hint")), qPrintable(outcomes.join(QLatin1Char(','))));
    QVERIFY2(outcomes.contains(QStringLiteral("shown")), qPrintable(outcomes.join(QLatin1Char(','))));
    QVERIFY2(outcomes.contains(QStringLiteral("skipped")), qPrintable(outcomes.join(QLatin1Char(','))));
    // A guest's events carry no learner.
    for (const StoredStepEvent &e : events)
        QVERIFY(e.learnerId.isEmpty());
}

void TestJourney::assignedPathFirstWithTheNextLessonHighlighted()
{
    const Learner fatima = m_kiosk->createLearner(QStringLiteral("Fatima"));
    // The set names a broken and a missing lesson too: they are left out.
    m_kiosk->assign(fatima.id, {QStringLiteral("T2-encore"), QStringLiteral("T9-casse"), QStringLiteral("T1-cliquer"),
                                QStringLiteral("Z9-absente")},
                    QStringLiteral("Atelier du mardi"));
    QVERIFY(m_kiosk->signInWithPictures(fatima));
    HomeScreen *home = m_kiosk->window->homeScreen();
    QCOMPARE(home->pathLessonIds(), (QStringList{QStringLiteral("T2-encore"), QStringLiteral("T1-cliquer")}));
    QCOMPARE(home->nextLessonId(), QStringLiteral("T2-encore"));
    QVERIFY(home->lessonCard(QStringLiteral("T2-encore"), true)->isNext());
    QCOMPARE(home->lessonCard(QStringLiteral("T2-encore"), true)->statusText(), QStringLiteral("À faire maintenant"));
    QVERIFY(!textsContaining(QStringLiteral("Mon parcours")).isEmpty());
    QVERIFY(!textsContaining(QStringLiteral("Atelier du mardi")).isEmpty());
    QCOMPARE(textsContaining(BrokenLessonTitle), QStringList());
    // The path comes before the catalogue on the screen.
    QVERIFY(home->lessonCard(QStringLiteral("T2-encore"), true)->mapTo(home, QPoint()).y()
            < home->lessonCard(QStringLiteral("T1-cliquer"))->mapTo(home, QPoint()).y());
    // Keyboard users land on the next lesson.
    QCOMPARE(QApplication::focusWidget(), home->lessonCard(QStringLiteral("T2-encore"), true));

    // Do it; "Leçon suivante" leads to the next lesson of the path.
    QVERIFY(click(home->lessonCard(QStringLiteral("T2-encore"), true)));
    PlayerScreen *player = m_kiosk->window->playerScreen();
    QVERIFY(player);
    QVERIFY(clickElement(player, QStringLiteral("ici")));
    QTRY_VERIFY(player->run().isFinished());
    QVERIFY(click(player->findChild<QPushButton *>(QStringLiteral("nextLessonButton"))));
    QCOMPARE(m_kiosk->window->currentScreen(), KioskWindow::Screen::Player);
    QCOMPARE(m_kiosk->window->playerScreen()->run().lesson().id, QStringLiteral("T1-cliquer"));
    QVERIFY(click(m_kiosk->window->playerScreen()->findChild<QPushButton *>(QStringLiteral("quitButton"))));
    QVERIFY(click(m_kiosk->window->playerScreen()->findChild<QPushButton *>(QStringLiteral("quitConfirmButton"))));
    home = m_kiosk->window->homeScreen();
    QCOMPARE(home->nextLessonId(), QStringLiteral("T1-cliquer"));
    QCOMPARE(home->lessonCard(QStringLiteral("T2-encore"), true)->statusText(), QStringLiteral("Terminé ✓"));
}

void TestJourney::finishWipesAndReturnsToWelcome()
{
    const Learner fatima = m_kiosk->createLearner(QStringLiteral("Fatima Benali"));
    QVERIFY(m_kiosk->signInWithPictures(fatima));
    const QString sessionId = m_kiosk->session->sessionId();
    QSignalSpy ended(m_kiosk->session.get(), &TerminalSession::sessionEnded);
    QVERIFY(click(m_kiosk->window->homeScreen()->finishButton()));
    QCOMPARE(m_kiosk->window->currentScreen(), KioskWindow::Screen::Welcome);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(SessionRepository(*m_kiosk->db).find(sessionId)->endReason, SessionEndReason::Logout);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(textsContaining(QStringLiteral("Fatima")), QStringList());
    QCOMPARE(textsContaining(fatima.cardCode), QStringList());
    QCOMPARE(m_kiosk->narrator.last().part, QStringLiteral("goodbye"));
}

void TestJourney::arabicTutorLayerIsRightToLeftSceneStaysLeftToRight()
{
    KioskWindow &w = *m_kiosk->window;
    QCOMPARE(w.layoutDirection(), Qt::LeftToRight);
    QVERIFY(click(w.welcomeScreen()->languageButton(QStringLiteral("ar"))));
    QCOMPARE(w.tutorLanguage(), QStringLiteral("ar"));
    QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(w.welcomeScreen()->layoutDirection(), Qt::RightToLeft);
    QVERIFY(w.welcomeScreen()->languageButton(QStringLiteral("ar"))->isChecked());
    // The start button is still the main one, and the instruction is asked in Arabic.
    QVERIFY(click(w.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("speakerButton"))));
    QCOMPARE(m_kiosk->narrator.last().language, QStringLiteral("ar"));
    QCOMPARE(m_kiosk->narrator.last().part, QStringLiteral("welcome"));
    QCOMPARE(m_kiosk->narrator.last().text, SpokenMessages::text(SpokenMessages::Welcome, QStringLiteral("ar")));
    QVERIFY(!m_kiosk->narrator.last().text.contains(QStringLiteral("Commencer")));

    QVERIFY(click(w.welcomeScreen()->startButton()));
    QVERIFY(click(w.whoAreYouScreen()->guestButton()));
    HomeScreen *home = w.homeScreen();
    QCOMPARE(home->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(home->lessonCard(QStringLiteral("T1-cliquer"))->titleText(), QStringLiteral("النقر على نعم"));
    QVERIFY(!textsContaining(QStringLiteral("البدء في الاستخدام")).isEmpty());

    PlayerScreen *player = openLesson(QStringLiteral("T1-cliquer"));
    QVERIFY(player);
    QCOMPARE(player->language(), QStringLiteral("ar"));
    QCOMPARE(player->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(player->currentView()->layoutDirection(), Qt::LeftToRight);
}

void TestJourney::learnerChoosesANewSecretAfterAStaffReset()
{
    const Learner amina = m_kiosk->createLearner(QStringLiteral("Amina"), {3, 7, 11});
    StaffRepository staff(*m_kiosk->db, m_kiosk->hasher, m_kiosk->clock);
    const QString mediator = staff.createFirstAccount(QStringLiteral("Claire"), Secret::pin(QStringLiteral("2468")))->id;
    QVERIFY(m_kiosk->learners->requireNewSecret(amina.id, mediator));
    KioskWindow &w = *m_kiosk->window;
    // Screens are made afresh for each session: ask the window for the current one.
    const auto secret = [&w] { return w.secretScreen(); };

    // After the card code, the same picture pad asks for a new secret.
    QVERIFY(m_kiosk->enterCard(amina.cardCode));
    QVERIFY(secret()->isChoosing());
    QVERIFY(!secret()->isRepeating());
    QVERIFY(!textsContaining(QStringLiteral("Choisissez 3 nouvelles images")).isEmpty());
    for (const int index : {0, 5, 9})
        QVERIFY(click(secret()->pictureButton(index)));
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Secret);
    QVERIFY(secret()->isRepeating());
    // A different repeat starts the choice again, kindly.
    for (const int index : {0, 5, 10})
        QVERIFY(click(secret()->pictureButton(index)));
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Secret);
    QVERIFY(secret()->isChoosing());
    QVERIFY(!secret()->isRepeating());
    QVERIFY(m_kiosk->learners->needsNewSecret(amina.id));
    for (int round = 0; round < 2; ++round) {
        for (const int index : {0, 5, 9})
            QVERIFY(click(secret()->pictureButton(index)));
    }
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Home);
    QCOMPARE(m_kiosk->session->learnerId(), amina.id);
    QVERIFY(!m_kiosk->learners->needsNewSecret(amina.id));

    // Signed out: the old pictures no longer work, the new ones do.
    w.endSession(SessionEndReason::Logout);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
    QVERIFY(!m_kiosk->signInWithPictures(amina, {3, 7, 11}));
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Secret);
    QVERIFY(!secret()->isChoosing());
    w.endSession(SessionEndReason::Logout);
    m_kiosk->clock.advance(60000);
    QVERIFY(m_kiosk->signInWithPictures(amina, {0, 5, 9}));
    QCOMPARE(m_kiosk->session->learnerId(), amina.id);
}

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
