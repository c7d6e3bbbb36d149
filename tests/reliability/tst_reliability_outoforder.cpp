// RELIABILITY case 3 through the real shell: the data folder is a 1 MiB tmpfs (the mechanism of
// tst_store_faults, root only), filled up while someone plays a lesson. The save fails for real:
// the session ends, the calm out-of-order screen shows nothing of the learner, the store is tried
// again every 30 s of (manual) monotonic time without any flicker, and the welcome screen comes
// back once space is freed. The hidden staff gesture on that screen offers "Réessayer maintenant"
// and "Espace personnel" (the PIN check only reads the store, so the panel opens on a full disk).
// Without any store (it never opened), the gesture offers a restart and says why staff cannot
// sign in.

#include "../store/storetestsupport.h"
#include "../ui/tst_shell_fixture.h"

#include "learner/homescreen.h"
#include "player/playerscreen.h"
#include "shell/idleoverlay.h"
#include "shell/outoforderscreen.h"
#include "shell/storerecovery.h"
#include "staff/confirmbutton.h"
#include "staff/kioskstaff.h"
#include "staff/pinpad.h"
#include "staff/staffaccess.h"
#include "staff/staffentry.h"
#include "staff/staffpanel.h"
#include "store/progressrepository.h"

#include <QSignalSpy>

using namespace ShellFixture;

namespace {

const QString Filler = QStringLiteral("filler");

/// Writes into `dir` until the filesystem refuses another block.
void fillDisk(const QString &dir)
{
    QFile fill(QDir(dir).filePath(Filler));
    QVERIFY(fill.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (fill.write(block) == block.size() && fill.flush()) { }
}

const char *const NeedsRoot = "needs root to mount a 1 MiB tmpfs for the data folder (as tst_store_faults; CI runs as root)";

/// The kiosk of the shell fixture with its data folder on a 1 MiB tmpfs.
class SmallDiskKiosk
{
public:
    /// Mounts the tmpfs and starts the kiosk on it; false when it cannot be mounted.
    bool start()
    {
        if (!StoreTest::isRoot())
            return false;
        QDir().mkpath(kiosk.dataDir());
        m_mount = std::make_unique<StoreTest::TmpfsMount>(kiosk.dataDir(), QStringLiteral("1m"));
        if (!m_mount->mounted())
            return false;
        kiosk.start();
        return true;
    }
    ~SmallDiskKiosk()
    {
        kiosk.stop(); // the store's files are closed before the tmpfs goes
        m_mount.reset();
    }

    Kiosk kiosk;

private:
    std::unique_ptr<StoreTest::TmpfsMount> m_mount;
};

/// Goes on answering the current step with `elementId` (saved each time, right or wrong) until
/// the shell leaves the player. True when it did.
bool playUntilTheSaveFails(KioskWindow &w, const QString &elementId)
{
    for (int i = 0; i < 5000 && w.currentScreen() == KioskWindow::Screen::Player; ++i) {
        if (!click(w.playerScreen()->currentView()->elementWidget(elementId)))
            return false;
    }
    return w.currentScreen() != KioskWindow::Screen::Player;
}

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void chord(QWidget *window)
{
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCoreApplication::processEvents();
}

} // namespace

class TestReliabilityOutOfOrder : public QObject
{
    Q_OBJECT

private slots:
    void diskFullEndsTheLessonCalmlyAndTheKioskComesBack()
    {
        SmallDiskKiosk small;
        if (!small.start())
            QSKIP(NeedsRoot);
        Kiosk &kiosk = small.kiosk;
        KioskWindow &w = *kiosk.window;
        const Learner fatima = kiosk.createLearner(QStringLiteral("Fatima"));
        QVERIFY(kiosk.signInWithPictures(fatima));
        QVERIFY(click(w.homeScreen()->lessonCard(QStringLiteral("T1-cliquer"))));
        QVERIFY(click(w.playerScreen()->currentView()->elementWidget(QStringLiteral("oui")))); // step 1: right
        QTRY_COMPARE(w.playerScreen()->run().currentIndex(), 1);

        fillDisk(kiosk.dataDir());
        QSignalSpy failed(kiosk.session.get(), &TerminalSession::recordFailed);
        // Step 2 asks for "Non"; "Oui" is wrong, and every wrong answer is saved too.
        QVERIFY(playUntilTheSaveFails(w, QStringLiteral("oui")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(kiosk.db->state(), Database::State::DiskFull);

        // What the learner sees: the calm screen, nothing of her lesson, nothing to press.
        QCOMPARE(w.currentScreen(), KioskWindow::Screen::OutOfOrder);
        QVERIFY(!kiosk.session->isActive());
        QVERIFY(!w.playerScreen());
        QVERIFY(w.outOfOrderScreen()->isVisible());
        QVERIFY(!textsContaining(QStringLiteral("momentanément indisponible")).isEmpty());
        QVERIFY(!textsContaining(QStringLiteral("personnel de l'accueil")).isEmpty());
        QVERIFY(w.outOfOrderScreen()->detail().contains(QStringLiteral("Les progrès ne peuvent pas être enregistrés")));
        flushDeletes();
        for (const QString &text : {QStringLiteral("Fatima"), QStringLiteral("Cliquer sur Oui"), QStringLiteral("Cliquez sur Non"),
                                    QStringLiteral("Étape 2")})
            QVERIFY2(textsContaining(text).isEmpty(), qPrintable(textsContaining(text).join(QLatin1Char('|'))));
        QVERIFY(w.outOfOrderScreen()->findChildren<QAbstractButton *>().isEmpty());
        QVERIFY(!w.idleOverlay()->isVisible());

        // Still full: the store is tried again every 30 s, and nothing moves on screen.
        QSignalSpy screens(&w, &KioskWindow::screenChanged);
        QSignalSpy tries(w.storeRecovery(), &StoreRecovery::tried);
        for (int i = 1; i <= 3; ++i) {
            kiosk.clock.advance(StoreRecovery::IntervalMs);
            QTRY_COMPARE(tries.count(), i);
            QCOMPARE(tries.last().at(0).toBool(), false);
        }
        QCOMPARE(w.currentScreen(), KioskWindow::Screen::OutOfOrder);
        QCOMPARE(screens.count(), 0);
        QCOMPARE(kiosk.db->state(), Database::State::DiskFull);

        // Space freed: the next try writes for real, and the welcome screen is back.
        QVERIFY(QFile::remove(QDir(kiosk.dataDir()).filePath(Filler)));
        kiosk.clock.advance(StoreRecovery::IntervalMs);
        QTRY_COMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
        QCOMPARE(tries.last().at(0).toBool(), true);
        QCOMPARE(kiosk.db->state(), Database::State::Ready);
        const QList<Database::MaintenanceEvent> events = kiosk.db->maintenanceEvents(5);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().kind, QStringLiteral("store-writable-again"));
        QVERIFY2(events.first().detail.contains(QStringLiteral("disk is full")), qPrintable(events.first().detail));
        // No more tries once it works.
        kiosk.clock.advance(StoreRecovery::IntervalMs * 3);
        QTest::qWait(StoreRecovery::PollMs + 100);
        QCOMPARE(tries.count(), 4);

        // What was acknowledged before the disk filled up is there, and the store is sound.
        QCOMPARE(ProgressRepository(*kiosk.db).resumePoint(fatima.id, QStringLiteral("T1-cliquer")).stepIndex, 1);
        QCOMPARE(kiosk.db->integrityCheck(), QStringLiteral("ok"));

        // Fatima comes back: she resumes at step 2, and her steps are saved again.
        QVERIFY(kiosk.signInWithPictures(fatima));
        QVERIFY(click(w.homeScreen()->lessonCard(QStringLiteral("T1-cliquer"))));
        QCOMPARE(w.playerScreen()->run().currentIndex(), 1);
        QVERIFY(click(w.playerScreen()->currentView()->elementWidget(QStringLiteral("non"))));
        QTRY_COMPARE(w.playerScreen()->run().currentIndex(), 2);
        QCOMPARE(ProgressRepository(*kiosk.db).resumePoint(fatima.id, QStringLiteral("T1-cliquer")).stepIndex, 2);
        QCOMPARE(failed.count(), 1);
    }

    void staffActionsOnAFullDisk()
    {
        SmallDiskKiosk small;
        if (!small.start())
            QSKIP(NeedsRoot);
        Kiosk &kiosk = small.kiosk;
        KioskWindow &w = *kiosk.window;
        KioskStaff staff(w, *kiosk.db, *kiosk.learners, kiosk.hasher, kiosk.clock, kiosk.narrator, kiosk.dataDir(),
                         kiosk.lessonsDir());
        StaffAccess &access = staff.access();
        const StaffMember marie = access.staff().createFirstAccount(QStringLiteral("Marie"), Secret::pin(QStringLiteral("2468"))).value();

        // A guest plays until the disk is full.
        QVERIFY(click(w.welcomeScreen()->startButton()));
        QVERIFY(click(w.whoAreYouScreen()->guestButton()));
        QVERIFY(click(w.homeScreen()->lessonCard(QStringLiteral("T1-cliquer"))));
        fillDisk(kiosk.dataDir());
        QVERIFY(playUntilTheSaveFails(w, QStringLiteral("non"))); // step 1 asks for "Oui"
        QCOMPARE(w.currentScreen(), KioskWindow::Screen::OutOfOrder);
        OutOfOrderScreen *screen = w.outOfOrderScreen();
        QVERIFY(!screen->staffActionsShown());

        // The corner held still for the hold time: the staff actions, not the PIN pad.
        w.outOfOrderEntry()->setHoldMs(50);
        access.entry()->setHoldMs(50);
        QTest::mousePress(&w, Qt::LeftButton, Qt::NoModifier, QPoint(10, 10));
        QTRY_VERIFY(screen->staffActionsShown());
        QTest::mouseRelease(&w, Qt::LeftButton, Qt::NoModifier, QPoint(10, 10));
        QCOMPARE(access.page(), StaffAccess::Page::Locked);
        QVERIFY(screen->retryButton()->isVisible());
        QCOMPARE(screen->retryButton()->text(), QStringLiteral("Réessayer maintenant"));
        QVERIFY(screen->staffButton()->isVisible());
        QVERIFY(screen->retryButton()->height() >= 44 && screen->staffButton()->height() >= 44);

        // "Réessayer maintenant" while still full: a calm answer, the screen stays.
        QVERIFY(click(screen->retryButton()));
        QCOMPARE(w.currentScreen(), KioskWindow::Screen::OutOfOrder);
        QVERIFY(screen->staffMessage()->text().contains(QStringLiteral("Toujours impossible")));

        // "Espace personnel": the PIN pad, then the panel, which says what is wrong.
        QVERIFY(click(screen->staffButton()));
        QCOMPARE(access.page(), StaffAccess::Page::PinPad);
        PinPad *pad = access.pinPad();
        pad->selectAccount(marie.id);
        for (const QChar c : QStringLiteral("2468"))
            QVERIFY(click(pad->digitButton(c.digitValue())));
        QVERIFY(click(pad->validateButton()));
        QCOMPARE(access.page(), StaffAccess::Page::Panel);
        QVERIFY(access.panel()->isVisible());
        QVERIFY2(access.panel()->statusText().contains(QStringLiteral("HORS SERVICE")), qPrintable(access.panel()->statusText()));
        QVERIFY(access.panel()->leaveKioskButton()->isVisible());
        QVERIFY(click(access.panel()->closeButton()));
        QCOMPARE(access.page(), StaffAccess::Page::Locked);
        QCOMPARE(w.currentScreen(), KioskWindow::Screen::OutOfOrder);

        // Space freed, "Réessayer maintenant": the welcome screen at once, the staff actions gone,
        // and the gesture opens the PIN pad again.
        QVERIFY(QFile::remove(QDir(kiosk.dataDir()).filePath(Filler)));
        QVERIFY(click(screen->retryButton()));
        QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
        QVERIFY(!screen->staffActionsShown());
        flushDeletes();
        QVERIFY(textsContaining(QStringLiteral("Réessayer")).isEmpty());
        chord(&w);
        QCOMPARE(access.page(), StaffAccess::Page::PinPad);
        access.lock();
    }

    void storeThatNeverOpenedOffersARestart()
    {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("data"));
        writeFile(notAFolder, "a file where the data folder should be");
        ManualClock clock;
        Database db(notAFolder, clock);
        QVERIFY(!db.open());
        SilentNarrator narrator;
        // As runKiosk does when the store cannot be used: no session, the out-of-order screen.
        KioskWindow w(nullptr, clock, narrator, KioskSettings{}, KioskWindow::Mode::Windowed);
        w.showForMode();
        w.showOutOfOrder(db.errorMessage());
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentScreen(), KioskWindow::Screen::OutOfOrder);
        QVERIFY(!w.storeRecovery());
        OutOfOrderScreen *screen = w.outOfOrderScreen();
        QVERIFY(screen->findChildren<QAbstractButton *>().isEmpty());

        chord(&w);
        QVERIFY(screen->staffActionsShown());
        QCOMPARE(screen->retryButton()->text(), QStringLiteral("Redémarrer Passerelle"));
        QVERIFY(!screen->staffButton()->isVisible());
        QVERIFY(!textsContaining(QStringLiteral("redémarrez l'ordinateur")).isEmpty());
        QSignalSpy restart(&w, &KioskWindow::restartRequested);
        QVERIFY(click(screen->retryButton()));
        QCOMPARE(restart.count(), 1);
        w.setQuitAllowed(true);
    }
};

QTEST_MAIN(TestReliabilityOutOfOrder)
#include "tst_reliability_outoforder.moc"
