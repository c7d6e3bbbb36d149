// The learner screens for everyone: languages in their own names, every control large enough,
// named for screen readers and reachable by keyboard with a visible focus, at 1024×768 and
// 1920×1080, in the three text sizes and in high contrast.

#include "tst_shell_fixture.h"

#include "learner/homescreen.h"
#include "learner/pictureset.h"
#include "shell/idleoverlay.h"
#include "shell/outoforderscreen.h"

#include <QScreen>
#include <QStackedWidget>

using namespace ShellFixture;

Q_DECLARE_METATYPE(KioskWindow::Screen)

class TestLearnerScreens : public QObject
{
    Q_OBJECT

private slots:
    void welcomeOffersLanguagesInTheirOwnNames();
    void speakerButtonsSayWhatToDo();
    void controlsAreLargeNamedAndReachable_data();
    void controlsAreLargeNamedAndReachable();
    void textIsAtLeastEighteenPixels();
    void highContrastTheme();
    void picturesAreDistinctAndNamed();
    void keyboardOnlyJourney();
    void outOfOrderScreenIsCalm();

private:
    /// Shows `screen` of a fresh kiosk with a learner of each kind.
    static void goTo(Kiosk &kiosk, KioskWindow::Screen screen);
};

void TestLearnerScreens::welcomeOffersLanguagesInTheirOwnNames()
{
    Kiosk kiosk;
    kiosk.start();
    WelcomeScreen *welcome = kiosk.window->welcomeScreen();
    QCOMPARE(welcome->startButton()->text(), QStringLiteral("Commencer"));
    QCOMPARE(welcome->languageButton(QStringLiteral("fr"))->text(), QStringLiteral("Français"));
    QCOMPARE(welcome->languageButton(QStringLiteral("ar"))->text(), QStringLiteral("العربية"));
    QCOMPARE(welcome->languageButton(QStringLiteral("en"))->text(), QStringLiteral("English"));
    QVERIFY(welcome->languageButton(QStringLiteral("fr"))->isChecked());
    // Nothing to type on the first screen.
    QVERIFY(welcome->findChildren<QLineEdit *>().isEmpty());
    // The start button is the biggest thing on the screen.
    const QSize start = welcome->startButton()->size();
    const QList<QPushButton *> buttons = welcome->findChildren<QPushButton *>();
    for (const QPushButton *b : buttons) {
        if (b != welcome->startButton())
            QVERIFY(b->width() * b->height() < start.width() * start.height());
    }
}

void TestLearnerScreens::speakerButtonsSayWhatToDo()
{
    Kiosk kiosk;
    kiosk.start();
    KioskWindow &w = *kiosk.window;
    const int before = kiosk.narrator.count();
    QVERIFY(click(w.welcomeScreen()->listenButton()));
    QCOMPARE(kiosk.narrator.count(), before + 1);
    QVERIFY(kiosk.narrator.last().text.contains(QStringLiteral("Commencer")));
    QCOMPARE(kiosk.narrator.last().language, QStringLiteral("fr"));
    // The sign-in steps speak on arrival.
    QVERIFY(click(w.welcomeScreen()->startButton()));
    QCOMPARE(kiosk.narrator.last().part, QStringLiteral("who-are-you"));
    QVERIFY(click(w.whoAreYouScreen()->cardButton()));
    QCOMPARE(kiosk.narrator.last().part, QStringLiteral("card-code"));
}

void TestLearnerScreens::goTo(Kiosk &kiosk, KioskWindow::Screen screen)
{
    KioskWindow &w = *kiosk.window;
    const Learner fatima = kiosk.createLearner(QStringLiteral("Fatima"));
    const Learner karim = kiosk.createPinLearner(QStringLiteral("Karim"), QStringLiteral("1357"));
    kiosk.assign(fatima.id, {QStringLiteral("T1-cliquer"), QStringLiteral("T2-encore")});
    switch (screen) {
    case KioskWindow::Screen::Welcome:
        break;
    case KioskWindow::Screen::WhoAreYou:
        QVERIFY(click(w.welcomeScreen()->startButton()));
        break;
    case KioskWindow::Screen::CardCode:
        QVERIFY(click(w.welcomeScreen()->startButton()));
        QVERIFY(click(w.whoAreYouScreen()->cardButton()));
        break;
    case KioskWindow::Screen::Secret:
        QVERIFY(kiosk.enterCard(karim.cardCode));
        break;
    case KioskWindow::Screen::Home:
        QVERIFY(kiosk.signInWithPictures(fatima));
        break;
    default:
        QFAIL("not a learner screen");
    }
    QCOMPARE(w.currentScreen(), screen);
}

void TestLearnerScreens::controlsAreLargeNamedAndReachable_data()
{
    QTest::addColumn<KioskWindow::Screen>("screen");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("textSize");
    const QList<QPair<const char *, KioskWindow::Screen>> screens{
        {"welcome", KioskWindow::Screen::Welcome}, {"who", KioskWindow::Screen::WhoAreYou},
        {"card", KioskWindow::Screen::CardCode},   {"secret", KioskWindow::Screen::Secret},
        {"home", KioskWindow::Screen::Home},
    };
    const QList<QSize> sizes{QSize(1024, 768), QSize(1920, 1080)};
    for (const auto &[name, screen] : screens) {
        for (const QSize &size : sizes) {
            QTest::addRow("%s %dx%d normal", name, size.width(), size.height()) << screen << size << QStringLiteral("normal");
        }
        QTest::addRow("%s 1024x768 extra-large", name) << screen << QSize(1024, 768) << QStringLiteral("extra-large");
        QTest::addRow("%s 1280x800 large", name) << screen << QSize(1280, 800) << QStringLiteral("large");
    }
}

void TestLearnerScreens::controlsAreLargeNamedAndReachable()
{
    QFETCH(KioskWindow::Screen, screen);
    QFETCH(QSize, size);
    QFETCH(QString, textSize);
    Kiosk kiosk;
    KioskSettings settings;
    settings.textSize = textSize;
    kiosk.start(KioskWindow::Mode::Windowed, settings);
    kiosk.window->resize(size);
    QTRY_COMPARE(kiosk.window->size(), size);
    goTo(kiosk, screen);
    QCoreApplication::processEvents();

    QWidget *current = kiosk.window->findChild<QStackedWidget *>(QStringLiteral("screens"))->currentWidget();
    const QRect windowRect = kiosk.window->rect();
    const QList<QAbstractButton *> buttons = current->findChildren<QAbstractButton *>();
    int checked = 0;
    for (QAbstractButton *b : buttons) {
        if (!b->isVisibleTo(kiosk.window.get()))
            continue;
        ++checked;
        const QString what = QStringLiteral("%1 \"%2\"").arg(b->objectName(), b->text());
        QVERIFY2(b->width() >= 44 && b->height() >= 44, qPrintable(what));
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(what));
        QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(what));
        // Fully on the screen (the home screen's list scrolls: its cards are checked when in view).
        const QRect onWindow(b->mapTo(kiosk.window.get(), QPoint(0, 0)), b->size());
        if (!qobject_cast<LessonCard *>(b))
            QVERIFY2(windowRect.contains(onWindow), qPrintable(what + QStringLiteral(" at ") + QString::number(onWindow.x())
                                                                + QLatin1Char(',') + QString::number(onWindow.y())));
        // The text fits in the button.
        if (!b->text().isEmpty() && !qobject_cast<LessonCard *>(b))
            QVERIFY2(b->fontMetrics().horizontalAdvance(b->text()) <= b->width(), qPrintable(what));
    }
    QVERIFY(checked >= 2);

    // Tab goes round the controls; the focused one is drawn with the focus ring (4 px border).
    QWidget *first = QApplication::focusWidget();
    QVERIFY(first);
    QTest::keyClick(first, Qt::Key_Tab);
    QWidget *next = QApplication::focusWidget();
    QVERIFY(next && next != first);
    if (auto *button = qobject_cast<QPushButton *>(next))
        QVERIFY(button->hasFocus());
}

void TestLearnerScreens::textIsAtLeastEighteenPixels()
{
    for (const QString &size : {QStringLiteral("normal"), QStringLiteral("large"), QStringLiteral("extra-large")}) {
        Kiosk kiosk;
        KioskSettings settings;
        settings.textSize = size;
        kiosk.start(KioskWindow::Mode::Windowed, settings);
        goTo(kiosk, KioskWindow::Screen::Home);
        const QList<QWidget *> widgets = kiosk.window->findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            if (!w->isVisibleTo(kiosk.window.get()))
                continue;
            const int pixels = w->font().pixelSize() > 0 ? w->font().pixelSize() : QFontInfo(w->font()).pixelSize();
            QVERIFY2(pixels >= 18, qPrintable(w->objectName() + QStringLiteral(": ") + QString::number(pixels)));
        }
        QCOMPARE(QApplication::font().pixelSize(), Theme(Theme::textSizeFromName(size), false).basePixelSize());
    }
}

void TestLearnerScreens::highContrastTheme()
{
    Kiosk kiosk;
    KioskSettings settings;
    settings.highContrast = true;
    kiosk.start(KioskWindow::Mode::Windowed, settings);
    QCOMPARE(kiosk.window->palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(kiosk.window->palette().color(QPalette::WindowText), QColor(Qt::white));
    const QImage shot = kiosk.window->grab().toImage();
    QCOMPARE(QColor(shot.pixel(5, 5)), QColor(Qt::black));
}

void TestLearnerScreens::picturesAreDistinctAndNamed()
{
    QSet<QString> names;
    QSet<QByteArray> images;
    for (int i = 0; i < PictureSet::Count; ++i) {
        const QString name = PictureSet::name(i);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        const QImage image = PictureSet::pixmap(i, 64).toImage();
        QVERIFY(!image.isNull());
        // Not blank: some pixels are drawn.
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY2(drawn > 64 * 64 / 8, qPrintable(name));
        images.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
    }
    QCOMPARE(names.size(), PictureSet::Count);
    QCOMPARE(images.size(), PictureSet::Count);
    QCOMPARE(PictureSet::name(0), QStringLiteral("Soleil"));
    QCOMPARE(PictureSet::name(11), QStringLiteral("Oiseau"));
}

void TestLearnerScreens::keyboardOnlyJourney()
{
    // Someone who cannot use a mouse: Enter/Space on the focused buttons, typing the code.
    Kiosk kiosk;
    kiosk.start();
    const Learner karim = kiosk.createPinLearner(QStringLiteral("Karim"), QStringLiteral("1357"));
    KioskWindow &w = *kiosk.window;
    QCOMPARE(QApplication::focusWidget(), w.welcomeScreen()->startButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::WhoAreYou);
    QCOMPARE(QApplication::focusWidget(), w.whoAreYouScreen()->cardButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::CardCode);
    QTest::keyClicks(QApplication::focusWidget(), karim.cardCode);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Secret);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1357"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Home);
    // Home starts on the first lesson; "J'ai fini" is a few Shift+Tab away.
    QCOMPARE(QApplication::focusWidget(), w.homeScreen()->lessonCard(QStringLiteral("T1-cliquer")));
    for (int i = 0; i < 10 && QApplication::focusWidget() != w.homeScreen()->finishButton(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), w.homeScreen()->finishButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
}

void TestLearnerScreens::outOfOrderScreenIsCalm()
{
    Kiosk kiosk;
    kiosk.start();
    kiosk.window->showOutOfOrder(QStringLiteral("disk full"));
    QCOMPARE(kiosk.window->currentScreen(), KioskWindow::Screen::OutOfOrder);
    QVERIFY(!textsContaining(QStringLiteral("personnel de l'accueil")).isEmpty());
    // Nothing to press, and no idle countdown over it.
    QVERIFY(kiosk.window->outOfOrderScreen()->findChildren<QAbstractButton *>().isEmpty());
    kiosk.clock.advance(3'600'000);
    QTest::qWait(400);
    QVERIFY(!kiosk.window->idleOverlay()->isVisible());
}

QTEST_MAIN(TestLearnerScreens)
#include "tst_learner_screens.moc"
