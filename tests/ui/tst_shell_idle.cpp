// Idle: after the delay a large warning with a spoken countdown and one "Je suis là" button;
// then the session ends with reason idle and everything learner A left is wiped. Time is a
// ManualClock given to the window; the wall clock moving changes nothing.

#include "tst_shell_fixture.h"

#include "learner/homescreen.h"
#include "player/playerscreen.h"
#include "shell/idleoverlay.h"
#include "shell/idlewatcher.h"
#include "store/sessionrepository.h"

#include <QClipboard>
#include <QDialog>
#include <QMenu>
#include <QSignalSpy>

using namespace ShellFixture;

namespace {
const QString TypedByA = QStringLiteral("Zorglub Martineau 1975");
}

class TestShellIdle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void warningAfterTheDelayThenStillHere();
    void anyInputPostponesTheWarning();
    void countdownIsSpoken();
    void wallClockJumpsChangeNothing();
    void expiryEndsTheSessionAndWipesEverything();
    void idleOnTheWelcomeScreenQuietlyResetsTheLanguage();
    void staffSettingsApplyAtOnce();

private:
    qint64 delayMs() const { return m_kiosk->window->settings().idleDelaySeconds * 1000LL; }
    qint64 warningMs() const { return m_kiosk->window->settings().idleWarningSeconds * 1000LL; }
    void advance(qint64 ms)
    {
        m_kiosk->clock.advance(ms);
        m_kiosk->window->idleWatcher()->poll();
        QCoreApplication::processEvents();
    }
    void startGuest()
    {
        KioskWindow &w = *m_kiosk->window;
        QVERIFY(click(w.welcomeScreen()->startButton()));
        QVERIFY(click(w.whoAreYouScreen()->guestButton()));
        QCOMPARE(w.currentScreen(), KioskWindow::Screen::Home);
    }

    std::unique_ptr<Kiosk> m_kiosk;
};

void TestShellIdle::init()
{
    m_kiosk = std::make_unique<Kiosk>();
    m_kiosk->start();
}

void TestShellIdle::cleanup()
{
    m_kiosk.reset();
    QGuiApplication::clipboard()->clear();
}

void TestShellIdle::warningAfterTheDelayThenStillHere()
{
    QCOMPARE(m_kiosk->window->settings().idleDelaySeconds, 180);
    startGuest();
    IdleOverlay *overlay = m_kiosk->window->idleOverlay();
    advance(delayMs() - 1000);
    QVERIFY(!overlay->isVisible());
    advance(1000);
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->secondsLeft(), 30);
    QVERIFY(overlay->countdownText().startsWith(QStringLiteral("30 ")));
    QVERIFY(overlay->stillHereButton()->isVisible());
    QCOMPARE(overlay->stillHereButton()->text(), QStringLiteral("Je suis là"));
    QVERIFY(overlay->stillHereButton()->width() >= 200);
    // It covers the whole window, so nothing else can be touched by mistake.
    QCOMPARE(overlay->geometry(), m_kiosk->window->rect());
    QCOMPARE(QApplication::focusWidget(), overlay->stillHereButton());

    advance(20'000);
    QCOMPARE(overlay->secondsLeft(), 10);
    QVERIFY(click(overlay->stillHereButton()));
    QVERIFY(!overlay->isVisible());
    QCOMPARE(m_kiosk->window->currentScreen(), KioskWindow::Screen::Home);
    QCOMPARE(m_kiosk->session->who(), TerminalSession::Who::Guest);
    // And the delay starts again from the click.
    advance(delayMs() - 1000);
    QVERIFY(!overlay->isVisible());
}

void TestShellIdle::anyInputPostponesTheWarning()
{
    startGuest();
    advance(delayMs() - 5000);
    QTest::mouseMove(m_kiosk->window->homeScreen(), QPoint(200, 300));
    QTest::keyClick(m_kiosk->window->homeScreen(), Qt::Key_Tab);
    advance(delayMs() - 5000);
    QVERIFY(!m_kiosk->window->idleOverlay()->isVisible());
    advance(5000);
    QVERIFY(m_kiosk->window->idleOverlay()->isVisible());
    // During the warning a key press is an answer too.
    QTest::keyClick(m_kiosk->window->idleOverlay()->stillHereButton(), Qt::Key_Shift);
    QVERIFY(!m_kiosk->window->idleOverlay()->isVisible());
}

void TestShellIdle::countdownIsSpoken()
{
    startGuest();
    const int before = m_kiosk->narrator.count();
    advance(delayMs());
    QVERIFY(m_kiosk->narrator.count() > before);
    QCOMPARE(m_kiosk->narrator.last().part, QStringLiteral("idle-warning"));
    QVERIFY(m_kiosk->narrator.last().text.contains(QStringLiteral("Je suis là")));
    QStringList spoken;
    QStringList parts;
    QObject::connect(&m_kiosk->narrator, &Narrator::speaking, m_kiosk->window.get(),
                     [&](const NarrationRequest &r) {
                         spoken << r.text;
                         parts << r.part;
                     });
    for (int i = 0; i < 29; ++i)
        advance(1000);
    QCOMPARE(spoken, (QStringList{QStringLiteral("20"), QStringLiteral("10"), QStringLiteral("5"), QStringLiteral("4"),
                                  QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
    // Each number has its recording.
    QCOMPARE(parts.first(), QStringLiteral("count-20"));
    QCOMPARE(parts.last(), QStringLiteral("count-1"));
}

void TestShellIdle::wallClockJumpsChangeNothing()
{
    startGuest();
    advance(60'000);
    m_kiosk->clock.jumpWall(7LL * 24 * 3600 * 1000); // a week forward
    advance(0);
    QVERIFY(!m_kiosk->window->idleOverlay()->isVisible());
    m_kiosk->clock.jumpWall(-30LL * 24 * 3600 * 1000); // a month back
    advance(0);
    QVERIFY(!m_kiosk->window->idleOverlay()->isVisible());
    QCOMPARE(m_kiosk->session->who(), TerminalSession::Who::Guest);
    advance(delayMs() - 60'000);
    QVERIFY(m_kiosk->window->idleOverlay()->isVisible());
}

void TestShellIdle::expiryEndsTheSessionAndWipesEverything()
{
    // Learner A signs in, types in a form, copies text, and leaves a dialog and a menu open.
    const Learner a = m_kiosk->createLearner(QStringLiteral("Amina Haddad"));
    QVERIFY(m_kiosk->signInWithPictures(a));
    const QString sessionId = m_kiosk->session->sessionId();
    KioskWindow &w = *m_kiosk->window;
    QVERIFY(click(w.homeScreen()->lessonCard(QStringLiteral("T3-formulaire"))));
    PlayerScreen *player = w.playerScreen();
    QVERIFY(player);
    auto *field = qobject_cast<QLineEdit *>(player->currentView()->elementWidget(QStringLiteral("nom")));
    QVERIFY(field);
    QVERIFY(click(field));
    QTest::keyClicks(field, TypedByA);
    QCOMPARE(field->text(), TypedByA);
    QVERIFY(field->isUndoAvailable());
    QGuiApplication::clipboard()->setText(TypedByA);

    auto *dialog = new QDialog(&w);
    dialog->setWindowTitle(a.profile.displayName);
    dialog->show();
    auto *menu = new QMenu(&w);
    menu->addAction(TypedByA);
    menu->popup(QPoint(100, 100));
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(!textsContaining(TypedByA).isEmpty());

    QSignalSpy wiped(&w, &KioskWindow::wiped);
    advance(delayMs());
    QVERIFY(w.idleOverlay()->isVisible());
    advance(warningMs() - 1000);
    QCOMPARE(m_kiosk->session->who(), TerminalSession::Who::Learner);
    advance(1000);

    QCOMPARE(wiped.count(), 1);
    QCOMPARE(wiped.first().first().value<SessionEndReason>(), SessionEndReason::Idle);
    QCOMPARE(m_kiosk->session->who(), TerminalSession::Who::None);
    QCOMPARE(SessionRepository(*m_kiosk->db).find(sessionId)->endReason, SessionEndReason::Idle);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
    QVERIFY(!w.idleOverlay()->isVisible());
    QVERIFY(!w.playerScreen());

    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    // No widget of the application holds what A typed, A's name or A's card code.
    QCOMPARE(textsContaining(TypedByA), QStringList());
    QCOMPARE(textsContaining(QStringLiteral("Zorglub")), QStringList());
    QCOMPARE(textsContaining(QStringLiteral("Amina")), QStringList());
    QCOMPARE(textsContaining(a.cardCode), QStringList());
    const QList<QLineEdit *> edits = w.findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits) {
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!edit->isUndoAvailable());
    }
    // No dialog, menu or other window remains open.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget *top : windows) {
        if (top != &w)
            QVERIFY2(!top->isVisible(), top->metaObject()->className());
    }
    QVERIFY(!QApplication::activePopupWidget());
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    // The next person starts fresh.
    QCOMPARE(w.tutorLanguage(), QStringLiteral("fr"));
    QVERIFY(click(w.welcomeScreen()->startButton()));
    QVERIFY(click(w.whoAreYouScreen()->guestButton()));
    QCOMPARE(w.homeScreen()->lessonCard(QStringLiteral("T3-formulaire"))->statusText(), QStringLiteral("Nouveau"));
}

void TestShellIdle::idleOnTheWelcomeScreenQuietlyResetsTheLanguage()
{
    KioskWindow &w = *m_kiosk->window;
    QVERIFY(click(w.welcomeScreen()->languageButton(QStringLiteral("ar"))));
    QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
    advance(delayMs());
    QVERIFY(!w.idleOverlay()->isVisible());
    QCOMPARE(w.tutorLanguage(), QStringLiteral("fr"));
    QCOMPARE(w.layoutDirection(), Qt::LeftToRight);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
}

void TestShellIdle::staffSettingsApplyAtOnce()
{
    KioskWindow &w = *m_kiosk->window;
    startGuest();
    // Staff shorten the delay while a guest is at the terminal: the countdown follows at once.
    KioskSettings settings = w.settings();
    settings.idleDelaySeconds = 60;
    settings.idleWarningSeconds = 5; // too short: the warning always lasts 20 seconds at least
    settings.textSize = QStringLiteral("large");
    settings.tutorLanguage = QStringLiteral("ar");
    settings.volume = 40;
    w.applySettings(settings);
    QCOMPARE(m_kiosk->narrator.volume(), 40);
    // The look and the language wait for the end of the session: nothing moves under the guest.
    QCOMPARE(w.tutorLanguage(), QStringLiteral("fr"));
    QCOMPARE(QApplication::font().pixelSize(), 20);
    advance(60'000);
    QVERIFY(w.idleOverlay()->isVisible());
    QCOMPARE(w.idleOverlay()->secondsLeft(), 20);
    advance(20'000);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
    // The next person gets the new terminal language and text size.
    QCOMPARE(w.tutorLanguage(), QStringLiteral("ar"));
    QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QApplication::font().pixelSize(), 24);
    QVERIFY(w.welcomeScreen()->startButton()->font().pixelSize() > 24);
}

QTEST_MAIN(TestShellIdle)
#include "tst_shell_idle.moc"
