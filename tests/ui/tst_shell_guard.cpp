// Lockdown: in kiosk mode the escape shortcuts do nothing, close requests are ignored, a key held
// down types once; in windowed mode (development) the window closes normally.

#include "tst_shell_fixture.h"

#include "shell/kioskguard.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QShortcut>
#include <QSignalSpy>

using namespace ShellFixture;

namespace {

/// Counts the Escape presses that reach it.
class EscapeProbe : public QWidget
{
public:
    using QWidget::QWidget;
    int escapes = 0;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape)
            ++escapes;
        QWidget::keyPressEvent(event);
    }
};

} // namespace

class TestShellGuard : public QObject
{
    Q_OBJECT

private slots:
    void kioskIsFramelessAndFullscreen();
    void escapeShortcutsDoNothing_data();
    void escapeShortcutsDoNothing();
    void closeIsIgnoredInKioskMode();
    void staffCanAllowQuitting();
    void windowedModeClosesNormally();
    void heldKeyTypesOnce();
    void escapeReachesLessonsThatMayUseIt();
    void ordinaryKeysAreNotEscapes();
};

void TestShellGuard::kioskIsFramelessAndFullscreen()
{
    Kiosk kiosk;
    kiosk.start(KioskWindow::Mode::Kiosk);
    QVERIFY(kiosk.window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(kiosk.window->isFullScreen());
    QVERIFY(kiosk.window->guard()->isActive());
}

void TestShellGuard::escapeShortcutsDoNothing_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::newRow("Alt+F4") << int(Qt::Key_F4) << Qt::KeyboardModifiers(Qt::AltModifier);
    QTest::newRow("Escape") << int(Qt::Key_Escape) << Qt::KeyboardModifiers(Qt::NoModifier);
    QTest::newRow("F11") << int(Qt::Key_F11) << Qt::KeyboardModifiers(Qt::NoModifier);
    QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << Qt::KeyboardModifiers(Qt::ControlModifier);
    QTest::newRow("Ctrl+W") << int(Qt::Key_W) << Qt::KeyboardModifiers(Qt::ControlModifier);
    QTest::newRow("Alt+Tab") << int(Qt::Key_Tab) << Qt::KeyboardModifiers(Qt::AltModifier);
    QTest::newRow("Super") << int(Qt::Key_Super_L) << Qt::KeyboardModifiers(Qt::NoModifier);
    QTest::newRow("Meta+D") << int(Qt::Key_D) << Qt::KeyboardModifiers(Qt::MetaModifier);
    QTest::newRow("Ctrl+Alt+F1") << int(Qt::Key_F1) << Qt::KeyboardModifiers(Qt::ControlModifier | Qt::AltModifier);
    QTest::newRow("Ctrl+Alt+F12") << int(Qt::Key_F12) << Qt::KeyboardModifiers(Qt::ControlModifier | Qt::AltModifier);
    QTest::newRow("Ctrl+Alt+Backspace") << int(Qt::Key_Backspace)
                                        << Qt::KeyboardModifiers(Qt::ControlModifier | Qt::AltModifier);
}

void TestShellGuard::escapeShortcutsDoNothing()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    Kiosk kiosk;
    kiosk.start(KioskWindow::Mode::Kiosk);
    KioskWindow &w = *kiosk.window;
    QVERIFY(click(w.welcomeScreen()->startButton()));
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::WhoAreYou);

    // Had anything bound the shortcut to leaving, it would fire here.
    int left = 0;
    QShortcut shortcut(QKeySequence(QKeyCombination(modifiers, Qt::Key(key))), &w);
    shortcut.setContext(Qt::ApplicationShortcut);
    QObject::connect(&shortcut, &QShortcut::activated, &w, [&left] { ++left; });

    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
    QTest::keyClick(focus, Qt::Key(key), modifiers);
    QTest::keyClick(&w, Qt::Key(key), modifiers);
    QCoreApplication::processEvents();

    QCOMPARE(left, 0);
    QVERIFY(w.isVisible());
    QVERIFY(w.isFullScreen());
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::WhoAreYou); // not even a step back
    QVERIFY(w.guard()->swallowedCount() >= 2);
}

void TestShellGuard::closeIsIgnoredInKioskMode()
{
    Kiosk kiosk;
    kiosk.start(KioskWindow::Mode::Kiosk);
    QVERIFY(!kiosk.window->close());
    QVERIFY(kiosk.window->isVisible());
    QCloseEvent event;
    QApplication::sendEvent(kiosk.window.get(), &event);
    QVERIFY(!event.isAccepted());
    QVERIFY(kiosk.window->isVisible());
    QVERIFY(kiosk.window->isFullScreen());
}

void TestShellGuard::staffCanAllowQuitting()
{
    Kiosk kiosk;
    kiosk.start(KioskWindow::Mode::Kiosk);
    kiosk.window->setQuitAllowed(true);
    QVERIFY(kiosk.window->close());
    QVERIFY(!kiosk.window->isVisible());
}

void TestShellGuard::windowedModeClosesNormally()
{
    Kiosk kiosk;
    kiosk.start(KioskWindow::Mode::Windowed);
    QVERIFY(!kiosk.window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(!kiosk.window->isFullScreen());
    QCOMPARE(kiosk.window->size(), QSize(1280, 800));
    QVERIFY(kiosk.window->close());
}

void TestShellGuard::heldKeyTypesOnce()
{
    Kiosk kiosk;
    kiosk.start(KioskWindow::Mode::Kiosk);
    KioskWindow &w = *kiosk.window;
    QVERIFY(click(w.welcomeScreen()->startButton()));
    QVERIFY(click(w.whoAreYouScreen()->cardButton()));
    QWidget *target = w.cardCodeScreen();
    target->setFocus();
    // A key held down: one press, then a flood of auto-repeats.
    QKeyEvent first(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"), false);
    QApplication::sendEvent(target, &first);
    for (int i = 0; i < 200; ++i) {
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"), true);
        QApplication::sendEvent(target, &repeat);
    }
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"), false);
    QApplication::sendEvent(target, &release);
    QCOMPARE(w.cardCodeScreen()->code(), QStringLiteral("A"));
}

void TestShellGuard::escapeReachesLessonsThatMayUseIt()
{
    Kiosk kiosk;
    kiosk.start(KioskWindow::Mode::Kiosk);
    // A simulated menu in a scene closes with Escape: the shell marks the player so.
    auto *lessonArea = new QWidget(kiosk.window.get());
    lessonArea->setProperty("kioskAllowsEscape", true);
    auto *probe = new EscapeProbe(lessonArea);
    probe->setFocusPolicy(Qt::StrongFocus);
    lessonArea->show();
    probe->show();
    probe->setFocus();
    QTest::keyClick(probe, Qt::Key_Escape);
    QCOMPARE(probe->escapes, 1);
    // Alt+F4 is still swallowed there.
    QTest::keyClick(probe, Qt::Key_F4, Qt::AltModifier);
    QVERIFY(kiosk.window->isVisible());

    // Elsewhere Escape never arrives.
    auto *outside = new EscapeProbe(kiosk.window.get());
    outside->setFocusPolicy(Qt::StrongFocus);
    outside->show();
    outside->setFocus();
    QTest::keyClick(outside, Qt::Key_Escape);
    QCOMPARE(outside->escapes, 0);
}

void TestShellGuard::ordinaryKeysAreNotEscapes()
{
    QVERIFY(!KioskGuard::isEscapeShortcut(Qt::Key_A, Qt::NoModifier));
    QVERIFY(!KioskGuard::isEscapeShortcut(Qt::Key_A, Qt::ShiftModifier));
    QVERIFY(!KioskGuard::isEscapeShortcut(Qt::Key_Tab, Qt::NoModifier));
    QVERIFY(!KioskGuard::isEscapeShortcut(Qt::Key_Backspace, Qt::NoModifier));
    QVERIFY(!KioskGuard::isEscapeShortcut(Qt::Key_C, Qt::ControlModifier)); // copy, in a form lesson
    QVERIFY(!KioskGuard::isEscapeShortcut(Qt::Key_2, Qt::AltModifier | Qt::ControlModifier)); // AltGr+2 (~) on AZERTY
    QVERIFY(!KioskGuard::isEscapeShortcut(Qt::Key_F1, Qt::NoModifier));
    QVERIFY(KioskGuard::isEscapeShortcut(Qt::Key_F4, Qt::AltModifier));
}

QTEST_MAIN(TestShellGuard)
#include "tst_shell_guard.moc"
