// RELIABILITY case 16 in kiosk mode (fullscreen), on the screens of an offscreen platform
// configuration (screens-*.json here), registered with CTest at scale factors 1, 1.5 and 2:
//  - every screen of the kiosk, the idle warning and the quit confirmation fill the screen and
//    every control is usable: at least 44 logical px, and a touch on its middle reaches it once
//    it is scrolled into view (QT_SCALE_FACTOR=2 on a 1280×800 screen leaves 640×400 px: the
//    window never grows past its screen, the current screen scrolls instead);
//  - every step of every shipped lesson: each button of the simulated scene can be brought into
//    view inside the window (scene content may overlap, as windows on a real desktop do);
//  - the window moved to the other screen while a lesson is shown (QWindow::setScreen, what the
//    platform does when a monitor is unplugged or replaced): still fullscreen, on the new screen,
//    usable. Not simulated: a screen changing resolution in place (the offscreen platform only
//    does that through its private API).

#include "../ui/tst_shell_fixture.h"
#include "reachability.h"

#include "learner/homescreen.h"
#include "player/playerscreen.h"
#include "player/quitconfirmation.h"
#include "shell/idleoverlay.h"
#include "shell/idlewatcher.h"
#include "shell/outoforderscreen.h"

#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QWindow>

using namespace ShellFixture;

namespace {

enum class Place { Welcome, WhoAreYou, CardCode, Secret, Home, Player, IdleWarning, QuitQuestion, OutOfOrder };

QScreen *screenAt(int index)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    return index < screens.size() ? screens.at(index) : nullptr;
}

/// Lets the layouts settle (a scene that grows to hold its content takes a few passes).
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

QString sizeText(const QScreen *screen)
{
    return QStringLiteral("%1 %2x%3 logical at scale %4")
            .arg(screen->name())
            .arg(screen->geometry().width())
            .arg(screen->geometry().height())
            .arg(screen->devicePixelRatio());
}

} // namespace

Q_DECLARE_METATYPE(Place)

class TestReliabilityScreens : public QObject
{
    Q_OBJECT

private:
    /// The kiosk, fullscreen on `screen`.
    static bool startOn(Kiosk &kiosk, QScreen *screen)
    {
        kiosk.start(KioskWindow::Mode::Kiosk);
        KioskWindow &w = *kiosk.window;
        if (w.screen() != screen)
            w.windowHandle()->setScreen(screen);
        return QTest::qWaitFor([&] { return w.geometry() == screen->geometry(); }) && w.isFullScreen();
    }

    /// The widget shown by the kiosk's screen stack.
    static QWidget *shownScreen(Kiosk &kiosk)
    {
        return kiosk.window->findChild<QStackedWidget *>(QStringLiteral("screens"))->currentWidget();
    }

    static void goTo(Kiosk &kiosk, Place place)
    {
        KioskWindow &w = *kiosk.window;
        const Learner fatima = kiosk.createLearner(QStringLiteral("Fatima"));
        const Learner karim = kiosk.createPinLearner(QStringLiteral("Karim"), QStringLiteral("1357"));
        switch (place) {
        case Place::Welcome:
            break;
        case Place::WhoAreYou:
            QVERIFY(click(w.welcomeScreen()->startButton()));
            break;
        case Place::CardCode:
            QVERIFY(click(w.welcomeScreen()->startButton()));
            QVERIFY(click(w.whoAreYouScreen()->cardButton()));
            break;
        case Place::Secret:
            QVERIFY(kiosk.enterCard(karim.cardCode));
            break;
        case Place::Home:
            QVERIFY(kiosk.signInWithPictures(fatima));
            break;
        case Place::Player:
        case Place::QuitQuestion:
            QVERIFY(kiosk.signInWithPictures(fatima));
            QVERIFY(Reachability::problem(w.homeScreen()->lessonCard(QStringLiteral("T3-formulaire")), &w).isEmpty());
            QVERIFY(click(w.homeScreen()->lessonCard(QStringLiteral("T3-formulaire"))));
            if (place == Place::QuitQuestion)
                QVERIFY(click(w.playerScreen()->findChild<QPushButton *>(QStringLiteral("quitButton"))));
            break;
        case Place::IdleWarning:
            QVERIFY(kiosk.signInWithPictures(fatima));
            kiosk.clock.advance(kiosk.window->settings().idleDelaySeconds * 1000LL);
            w.idleWatcher()->poll();
            QVERIFY(w.idleOverlay()->isVisible());
            break;
        case Place::OutOfOrder:
            w.showOutOfOrder(QStringLiteral("test"));
            break;
        }
    }

private slots:
    void initTestCase()
    {
        qInfo("%s", qPrintable(QStringLiteral("screens: ")
                               + [] {
                                     QStringList names;
                                     for (const QScreen *s : QGuiApplication::screens())
                                         names << sizeText(s);
                                     return names.join(QStringLiteral(", "));
                                 }()));
    }

    void everyScreenFitsAndIsUsable_data()
    {
        QTest::addColumn<int>("screenIndex");
        QTest::addColumn<Place>("place");
        const QList<QPair<const char *, Place>> places{
            {"welcome", Place::Welcome},     {"who", Place::WhoAreYou},         {"card", Place::CardCode},
            {"secret", Place::Secret},       {"home", Place::Home},             {"player", Place::Player},
            {"idle", Place::IdleWarning},    {"quit", Place::QuitQuestion},     {"out-of-order", Place::OutOfOrder},
        };
        for (int i = 0; i < QGuiApplication::screens().size(); ++i) {
            for (const auto &[name, place] : places)
                QTest::addRow("%s, %s", qPrintable(sizeText(screenAt(i))), name) << i << place;
        }
    }

    void everyScreenFitsAndIsUsable()
    {
        QFETCH(int, screenIndex);
        QFETCH(Place, place);
        QScreen *screen = screenAt(screenIndex);
        Kiosk kiosk;
        QVERIFY(startOn(kiosk, screen));
        goTo(kiosk, place);
        settle();
        KioskWindow &w = *kiosk.window;
        // Fullscreen on its screen, never larger (the content scrolls instead).
        QCOMPARE(w.geometry(), screen->geometry());
        QVERIFY(w.isFullScreen());
        const QString where = sizeText(screen);
        switch (place) {
        case Place::IdleWarning:
            Reachability::checkUsable(&w, w.idleOverlay(), where);
            break;
        case Place::QuitQuestion:
            Reachability::checkUsable(&w, w.playerScreen()->findChild<QuitConfirmation *>(), where);
            break;
        case Place::OutOfOrder:
            w.outOfOrderScreen()->showStaffActions(); // what the hidden gesture shows
            Reachability::checkUsable(&w, shownScreen(kiosk), where);
            break;
        case Place::Player:
            Reachability::checkUsable(&w, shownScreen(kiosk), where, w.playerScreen()->currentView());
            break;
        default:
            Reachability::checkUsable(&w, shownScreen(kiosk), where);
            break;
        }
    }

    void shippedLessonScenesComeIntoView_data()
    {
        QTest::addColumn<int>("screenIndex");
        for (int i = 0; i < QGuiApplication::screens().size(); ++i)
            QTest::addRow("%s", qPrintable(sizeText(screenAt(i)))) << i;
    }

    void shippedLessonScenesComeIntoView()
    {
        QFETCH(int, screenIndex);
        QScreen *screen = screenAt(screenIndex);
        const Catalogue catalogue = LessonLoader::loadCatalogue(QString::fromLocal8Bit(qgetenv("PASSERELLE_SOURCE_LESSONS")));
        QVERIFY(catalogue.lessons.size() >= 30);
        Kiosk kiosk;
        QVERIFY(startOn(kiosk, screen));
        KioskWindow &w = *kiosk.window;
        w.setCatalogue(catalogue);
        QVERIFY(kiosk.session->startGuest());
        int checked = 0;
        for (const Lesson &lesson : catalogue.lessons) {
            QVERIFY(w.openLesson(lesson.id));
            PlayerScreen *player = w.playerScreen();
            auto *skip = player->findChild<QPushButton *>(QStringLiteral("skipButton"));
            while (!player->run().isFinished()) {
                const int index = player->run().currentIndex();
                settle();
                const QString where = QStringLiteral("%1 step %2 on %3").arg(lesson.id).arg(index).arg(sizeText(screen));
                QCOMPARE(w.geometry(), screen->geometry());
                if (QWidget *view = player->currentView()) {
                    const QList<QAbstractButton *> buttons = Reachability::visibleButtons(view, &w);
                    for (QAbstractButton *b : buttons) {
                        const QString problem = Reachability::problem(b, &w, false);
                        QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + Reachability::describe(b)
                                                               + QStringLiteral(" ") + problem));
                        ++checked;
                    }
                }
                // "Passer" is a tutor control: usable too, and it moves on.
                QVERIFY2(Reachability::problem(skip, &w).isEmpty(), qPrintable(where + Reachability::problem(skip, &w)));
                QVERIFY(click(skip));
                QTRY_VERIFY(player->run().isFinished() || player->run().currentIndex() != index);
            }
        }
        QVERIFY(checked > 500);
    }

    void screenChangeWhileShown()
    {
        if (QGuiApplication::screens().size() < 2)
            QSKIP("needs an offscreen configuration with two screens (see CMakeLists.txt)");
        Kiosk kiosk;
        QVERIFY(startOn(kiosk, screenAt(0)));
        goTo(kiosk, Place::Player);
        KioskWindow &w = *kiosk.window;
        QSignalSpy changed(w.windowHandle(), &QWindow::screenChanged);
        for (const int index : {1, 0}) {
            QScreen *screen = screenAt(index);
            w.windowHandle()->setScreen(screen);
            QTRY_COMPARE(w.geometry(), screen->geometry());
            QCOMPARE(w.screen(), screen);
            QVERIFY(w.isFullScreen());
            QCOMPARE(w.currentScreen(), KioskWindow::Screen::Player);
            settle();
            Reachability::checkUsable(&w, shownScreen(kiosk), QStringLiteral("after moving to ") + sizeText(screen),
                        w.playerScreen()->currentView());
        }
        QCOMPARE(changed.count(), 2);
        // The lesson goes on where it was.
        auto *field = qobject_cast<QLineEdit *>(w.playerScreen()->currentView()->elementWidget(QStringLiteral("nom")));
        QVERIFY(click(field));
        QTest::keyClicks(field, QStringLiteral("Benali"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(w.playerScreen()->run().currentIndex(), 1);
    }
};

QTEST_MAIN(TestReliabilityScreens)
#include "tst_reliability_screens.moc"
