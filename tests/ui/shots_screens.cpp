// Saves a picture of each kiosk screen at 1280×800, in French and in Arabic, so that people can
// look at them: `cmake --build <build> --target screenshots` writes <build>/screenshots/*.png.
// Not a test (nothing is asserted); the widget tests check behaviour.

#include "tst_shell_fixture.h"

#include "learner/cardcodescreen.h"
#include "learner/homescreen.h"
#include "learner/secretscreen.h"
#include "learner/welcomescreen.h"
#include "learner/whoareyouscreen.h"
#include "player/playerscreen.h"
#include "shell/idleoverlay.h"
#include "shell/idlewatcher.h"

#include <QPushButton>
#include <QTextStream>

using namespace ShellFixture;

namespace {

QString g_outputDir;
int g_saved = 0;

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

void save(KioskWindow &window, const QString &language, const QString &name)
{
    settle();
    const QString path = QStringLiteral("%1/%2-%3.png").arg(g_outputDir, language, name);
    if (window.grab().save(path)) {
        ++g_saved;
        QTextStream(stdout) << path << '\n';
    } else {
        QTextStream(stderr) << "could not save " << path << '\n';
    }
}

void click(QPushButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
    settle();
}

void typeCode(KioskWindow &window, const QString &code)
{
    for (const QChar c : code)
        click(window.cardCodeScreen()->keyButton(c));
}

void shootLanguage(const QString &language)
{
    Kiosk kiosk;
    kiosk.start();
    KioskWindow &w = *kiosk.window;
    const Learner fatima = kiosk.createLearner(QStringLiteral("Fatima"), {3, 7, 11}, language);
    const Learner karim = kiosk.createPinLearner(QStringLiteral("Karim"), QStringLiteral("2580"));
    kiosk.assign(fatima.id, {QStringLiteral("T2-encore"), QStringLiteral("T1-cliquer")}, QStringLiteral("Atelier du mardi"));

    click(w.welcomeScreen()->languageButton(language));
    save(w, language, QStringLiteral("01-welcome"));

    click(w.welcomeScreen()->startButton());
    save(w, language, QStringLiteral("02-who-are-you"));

    click(w.whoAreYouScreen()->cardButton());
    typeCode(w, fatima.cardCode.left(3));
    save(w, language, QStringLiteral("03-card-code"));

    typeCode(w, fatima.cardCode.mid(3));
    click(w.cardCodeScreen()->validateButton());
    click(w.secretScreen()->pictureButton(3));
    save(w, language, QStringLiteral("04-secret-pictures"));

    click(w.secretScreen()->pictureButton(0));
    click(w.secretScreen()->pictureButton(1));
    save(w, language, QStringLiteral("05-secret-wrong"));

    click(w.secretScreen()->pictureButton(3));
    click(w.secretScreen()->pictureButton(7));
    click(w.secretScreen()->pictureButton(11));
    // Fatima's T1 is in progress: one step done.
    w.openLesson(QStringLiteral("T1-cliquer"));
    settle();
    if (PlayerScreen *player = w.playerScreen()) {
        if (SceneView *view = player->currentView()) {
            if (QWidget *target = view->elementWidget(QStringLiteral("oui")))
                QTest::mouseClick(target, Qt::LeftButton, {}, target->rect().center());
        }
    }
    save(w, language, QStringLiteral("06-player"));
    QMetaObject::invokeMethod(w.playerScreen(), "homeRequested");
    settle();
    save(w, language, QStringLiteral("07-home-learner"));

    kiosk.clock.advance(w.settings().idleDelaySeconds * 1000LL);
    w.idleWatcher()->poll();
    kiosk.clock.advance(4'000);
    w.idleWatcher()->poll();
    save(w, language, QStringLiteral("08-idle-warning"));
    w.idleOverlay()->stillHere();
    w.endSession(SessionEndReason::Logout);

    // A guest's home.
    click(w.welcomeScreen()->languageButton(language));
    click(w.welcomeScreen()->startButton());
    click(w.whoAreYouScreen()->guestButton());
    save(w, language, QStringLiteral("09-home-guest"));
    w.endSession(SessionEndReason::Logout);

    // A PIN, then the lockout.
    click(w.welcomeScreen()->languageButton(language));
    click(w.welcomeScreen()->startButton());
    click(w.whoAreYouScreen()->cardButton());
    typeCode(w, karim.cardCode);
    click(w.cardCodeScreen()->validateButton());
    for (const int d : {2, 5})
        click(w.secretScreen()->digitButton(d));
    save(w, language, QStringLiteral("10-secret-pin"));
    for (int attempt = 0; attempt < 12 && !w.secretScreen()->isLocked(); ++attempt) {
        kiosk.clock.advance(60'000);
        settle();
        for (const int d : {1, 1, 1, 1})
            click(w.secretScreen()->digitButton(d));
        click(w.secretScreen()->validateButton());
    }
    save(w, language, QStringLiteral("11-secret-locked"));
    w.endSession(SessionEndReason::Logout);

    click(w.welcomeScreen()->languageButton(language));
    w.showOutOfOrder(QStringLiteral("database: disk full (staff detail)"));
    save(w, language, QStringLiteral("12-out-of-order"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    g_outputDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(PASSERELLE_SCREENSHOTS_DIR);
    QDir().mkpath(g_outputDir);
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("ar")})
        shootLanguage(language);
    QTextStream(stdout) << g_saved << " screenshots in " << g_outputDir << '\n';
    return g_saved > 0 ? 0 : 1;
}
