// The way in: the hidden gesture (a 3 s hold in the top-left corner, or Ctrl+Alt+Shift+P) opens
// only a PIN pad; the first run creates the first account; wrong PINs lock the account, and
// the lock survives a restart; a staff account cannot open the mediator dashboard; the panel
// locks again when closed, when idle, and when the kiosk wipes a session.

#include "tst_staff_fixture.h"

#include "learner/welcomescreen.h"
#include "learner/whoareyouscreen.h"
#include "shell/idlewatcher.h"
#include "staff/confirmbutton.h"

#include "common/languagemanager.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>

using namespace StaffFixture;

namespace {
const QString MediatorPin = QStringLiteral("2468");
const QString StaffPin = QStringLiteral("1357");
} // namespace

class TestStaffAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cornerHoldOpensThePinPadOnly();
    void shortHoldOrMovingAwayDoesNothing();
    void keyChordOpensThePinPadAndIsEaten();
    void residentReachesNeitherWithoutAPin();
    void firstRunCreatesTheFirstMediator();
    void firstRunIsRefusedOnceAnAccountExists();
    void rightPinOpensThePanelAndAuditsIt();
    void wrongPinsLockThePanelAndTheLockSurvivesARestart();
    void aColleagueUnlocksALockedAccount();
    void staffAccountCannotOpenTheMediatorDashboard();
    void mediatorOpensTheDashboardAndComesBack();
    void panelLocksWhenClosed();
    void staffAreaIsInFrenchWhateverTheTutorLanguage();
    void panelLocksWhenIdle();
    void panelLocksWhenTheKioskWipesASession();

private:
    std::unique_ptr<Staff> m_staff;
};

void TestStaffAccess::init()
{
    m_staff = std::make_unique<Staff>();
}

void TestStaffAccess::cleanup()
{
    m_staff.reset();
}

void TestStaffAccess::cornerHoldOpensThePinPadOnly()
{
    m_staff->createMediator();
    KioskWindow &w = *m_staff->kiosk.window;
    QWidget *corner = w.childAt(5, 5);
    QVERIFY(corner);
    const QPoint at = corner->mapFrom(&w, QPoint(5, 5));
    QTest::mousePress(corner, Qt::LeftButton, Qt::NoModifier, at);
    QVERIFY(m_staff->access->entry()->isHolding());
    QTest::qWait(StaffEntry::HoldMs / 2);
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QTRY_COMPARE_WITH_TIMEOUT(m_staff->access->page(), StaffAccess::Page::PinPad, StaffEntry::HoldMs + 2000);
    QTest::mouseRelease(corner, Qt::LeftButton, Qt::NoModifier, at);

    QVERIFY(m_staff->access->overlay()->isVisible());
    QVERIFY(m_staff->access->pinPad()->isVisible());
    // Nothing more than the pad: no panel, no dashboard, and the kiosk underneath is untouched.
    QVERIFY(!m_staff->access->panel());
    QVERIFY(w.findChildren<StaffPanel *>().isEmpty());
    QVERIFY(w.findChildren<MediatorDashboard *>().isEmpty());
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
}

void TestStaffAccess::shortHoldOrMovingAwayDoesNothing()
{
    m_staff->createMediator();
    KioskWindow &w = *m_staff->kiosk.window;
    StaffEntry *entry = m_staff->access->entry();
    entry->setHoldMs(300);
    QWidget *corner = w.childAt(5, 5);
    const QPoint at = corner->mapFrom(&w, QPoint(5, 5));

    // Released too soon.
    QTest::mousePress(corner, Qt::LeftButton, Qt::NoModifier, at);
    QTest::qWait(100);
    QTest::mouseRelease(corner, Qt::LeftButton, Qt::NoModifier, at);
    QTest::qWait(400);
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);

    // Slid out of the corner.
    QTest::mousePress(corner, Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseMove(corner, at + QPoint(200, 200));
    QTest::qWait(400);
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QTest::mouseRelease(corner, Qt::LeftButton, Qt::NoModifier, at + QPoint(200, 200));

    // A press elsewhere held as long.
    QWidget *middle = w.childAt(w.width() / 2, w.height() / 2);
    QTest::mousePress(middle, Qt::LeftButton, Qt::NoModifier, middle->rect().center());
    QTest::qWait(400);
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QTest::mouseRelease(middle, Qt::LeftButton, Qt::NoModifier, middle->rect().center());
    QVERIFY(!m_staff->access->overlay()->isVisible());
}

void TestStaffAccess::keyChordOpensThePinPadAndIsEaten()
{
    m_staff->createMediator();
    QSignalSpy pages(m_staff->access, &StaffAccess::pageChanged);
    // Plain P, Ctrl+P, Ctrl+Alt+P: nothing.
    QTest::keyClick(m_staff->kiosk.window.get(), Qt::Key_P);
    QTest::keyClick(m_staff->kiosk.window.get(), Qt::Key_P, Qt::ControlModifier);
    QTest::keyClick(m_staff->kiosk.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QVERIFY(StaffEntry::isChord(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier));
    m_staff->chord();
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::PinPad);
    QCOMPARE(pages.count(), 1);
    // While the pad is open the chord does nothing more.
    m_staff->chord();
    QCOMPARE(pages.count(), 1);
}

void TestStaffAccess::residentReachesNeitherWithoutAPin()
{
    const StaffMember mediator = m_staff->createMediator();
    StaffAccess &access = *m_staff->access;
    // Locked: nothing can be shown, whatever is called.
    QVERIFY(!access.showMediatorDashboard());
    access.showPanel();
    QCOMPARE(access.page(), StaffAccess::Page::Locked);
    QVERIFY(!access.overlay()->isVisible());

    m_staff->chord();
    QCOMPARE(access.page(), StaffAccess::Page::PinPad);
    QVERIFY(!access.showMediatorDashboard());
    // Guessing: a wrong PIN, an impossible PIN, an empty one.
    QVERIFY(m_staff->typePin(mediator.id, QStringLiteral("0000")));
    QCOMPARE(access.page(), StaffAccess::Page::PinPad);
    QTest::keyClicks(access.pinPad()->pinEdit(), QStringLiteral("12"));
    QVERIFY(click(access.pinPad()->validateButton()));
    QCOMPARE(access.page(), StaffAccess::Page::PinPad);
    QVERIFY(access.pinPad()->message().contains(QStringLiteral("4 à 6")));
    QVERIFY(access.pinPad()->pinEdit()->text().isEmpty());
    QCOMPARE(access.staff().find(mediator.id)->failedAttempts, 1); // an impossible PIN is not an attempt
    // Escape or "Annuler": back to the kiosk.
    QVERIFY(click(access.pinPad()->cancelButton()));
    QCOMPARE(access.page(), StaffAccess::Page::Locked);
    QVERIFY(!access.overlay()->isVisible());
    QVERIFY(m_staff->kiosk.window->findChildren<StaffPanel *>().isEmpty());
    QVERIFY(m_staff->kiosk.window->findChildren<MediatorDashboard *>().isEmpty());
    QVERIFY(!m_staff->auditActions().contains(QStringLiteral("staff.sign-in")));
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("staff.sign-in-refused")));
}

void TestStaffAccess::firstRunCreatesTheFirstMediator()
{
    StaffAccess &access = *m_staff->access;
    QVERIFY(!m_staff->staffRepository().hasAnyAccount());
    m_staff->chord();
    QCOMPARE(access.page(), StaffAccess::Page::FirstRun);
    FirstRunSetup *setup = access.firstRunSetup();
    QVERIFY(setup->isVisible());

    // Two different PINs: refused, nothing created.
    QTest::keyClicks(setup->nameEdit(), QStringLiteral("Nadia Benali"));
    QTest::keyClicks(setup->pinEdit(), QStringLiteral("4826"));
    QTest::keyClicks(setup->pinAgainEdit(), QStringLiteral("4827"));
    QVERIFY(click(setup->createButton()));
    QVERIFY(setup->message().contains(QStringLiteral("identiques")));
    QVERIFY(!m_staff->staffRepository().hasAnyAccount());
    QVERIFY(setup->pinEdit()->text().isEmpty());

    QTest::keyClicks(setup->pinEdit(), QStringLiteral("4826"));
    QTest::keyClicks(setup->pinAgainEdit(), QStringLiteral("4826"));
    QVERIFY(click(setup->createButton()));
    QCOMPARE(access.page(), StaffAccess::Page::Panel);
    QCOMPARE(access.actor()->name, QStringLiteral("Nadia Benali"));
    QCOMPARE(access.actor()->role, StaffRole::Mediator);
    QVERIFY(access.panel()->dashboardButton()->isVisible());
    const QStringList actions = m_staff->auditActions();
    QVERIFY(actions.contains(QStringLiteral("staff.first-run")));
    QVERIFY(actions.contains(QStringLiteral("staff.sign-in")));

    // Next time: the PIN pad, and the PIN works.
    access.lock();
    m_staff->chord();
    QCOMPARE(access.page(), StaffAccess::Page::PinPad);
    QVERIFY(m_staff->typePin(access.staff().list().first().id, QStringLiteral("4826")));
    QCOMPARE(access.page(), StaffAccess::Page::Panel);
}

void TestStaffAccess::firstRunIsRefusedOnceAnAccountExists()
{
    StaffAccess &access = *m_staff->access;
    m_staff->chord();
    QCOMPARE(access.page(), StaffAccess::Page::FirstRun);
    // Someone else set the terminal up meanwhile (another screen, a script).
    m_staff->createMediator();
    FirstRunSetup *setup = access.firstRunSetup();
    QTest::keyClicks(setup->nameEdit(), QStringLiteral("Intrus"));
    QTest::keyClicks(setup->pinEdit(), QStringLiteral("1111"));
    QTest::keyClicks(setup->pinAgainEdit(), QStringLiteral("1111"));
    QVERIFY(click(setup->createButton()));
    QCOMPARE(access.page(), StaffAccess::Page::FirstRun);
    QVERIFY(setup->message().contains(QStringLiteral("existe déjà")));
    QCOMPARE(access.staff().list().size(), 1);
}

void TestStaffAccess::rightPinOpensThePanelAndAuditsIt()
{
    const StaffMember mediator = m_staff->createMediator();
    QSignalSpy unlocked(m_staff->access, &StaffAccess::unlocked);
    QVERIFY(m_staff->signIn(mediator, MediatorPin));
    QCOMPARE(unlocked.count(), 1);
    QCOMPARE(m_staff->access->actor()->id, mediator.id);
    // The PIN never stays on screen.
    QVERIFY(m_staff->access->pinPad()->pinEdit()->text().isEmpty());
    const QList<AuditLog::Entry> entries = AuditLog(*m_staff->kiosk.db).entries(5);
    QCOMPARE(entries.first().action, QStringLiteral("staff.sign-in"));
    QCOMPARE(entries.first().actorId, mediator.id);
}

void TestStaffAccess::wrongPinsLockThePanelAndTheLockSurvivesARestart()
{
    const StaffMember paul = m_staff->createStaff(QStringLiteral("Paul"), StaffPin);
    m_staff->chord();
    PinPad *pad = m_staff->access->pinPad();
    for (int attempt = 1; attempt <= SecretGuard::MaxFailures; ++attempt) {
        QVERIFY2(m_staff->typePin(paul.id, QStringLiteral("9999")), qPrintable(QString::number(attempt)));
        QCOMPARE(m_staff->access->page(), StaffAccess::Page::PinPad);
        if (attempt < SecretGuard::MaxFailures) {
            QVERIFY2(pad->message().contains(QStringLiteral("Code incorrect")), qPrintable(pad->message()));
            const qint64 wait = SecretGuard::delayAfterFailures(attempt);
            if (wait > 0) {
                // Growing delay: the pad refuses to try again until the monotonic clock has moved.
                QVERIFY(pad->isWaiting());
                QVERIFY(!pad->validateButton()->isEnabled());
                QVERIFY(pad->message().contains(QStringLiteral("Patientez")));
                m_staff->kiosk.clock.advance(wait);
                QTRY_VERIFY(!pad->isWaiting());
            }
        }
    }
    QVERIFY2(pad->message().contains(QStringLiteral("bloqué")), qPrintable(pad->message()));
    // The right PIN no longer opens anything.
    QVERIFY(m_staff->typePin(paul.id, StaffPin));
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::PinPad);
    QVERIFY(pad->message().contains(QStringLiteral("bloqué")));
    QVERIFY(!m_staff->access->panel());

    // Power cut, restart: still locked.
    m_staff->restart();
    m_staff->kiosk.clock.advance(24LL * 60 * 60 * 1000);
    m_staff->chord();
    QVERIFY(m_staff->typePin(paul.id, StaffPin));
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::PinPad);
    QVERIFY(m_staff->access->pinPad()->message().contains(QStringLiteral("bloqué")));
    QVERIFY(m_staff->access->staff().find(paul.id)->locked);
}

void TestStaffAccess::aColleagueUnlocksALockedAccount()
{
    const StaffMember mediator = m_staff->createMediator();
    const StaffMember paul = m_staff->createStaff(QStringLiteral("Paul"), StaffPin);
    for (int i = 0; i < SecretGuard::MaxFailures; ++i) {
        m_staff->access->staff().verifyPin(paul.id, Secret::pin(QStringLiteral("0000")));
        m_staff->kiosk.clock.advance(60'000);
    }
    QVERIFY(m_staff->access->staff().find(paul.id)->locked);
    QVERIFY(m_staff->signIn(mediator, MediatorPin));
    StaffPanel *panel = m_staff->access->panel();
    panel->tabs()->setCurrentIndex(1);
    QListWidget *colleagues = panel->colleagueList();
    int row = -1;
    for (int i = 0; i < colleagues->count(); ++i) {
        if (colleagues->item(i)->text().startsWith(QStringLiteral("Paul")))
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY(colleagues->item(row)->text().contains(QStringLiteral("BLOQUÉ")));
    colleagues->setCurrentRow(row);
    QVERIFY(click(panel->unlockColleagueButton()));
    QVERIFY(!m_staff->access->staff().find(paul.id)->locked);
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("staff.unlock")));
    m_staff->access->lock();
    QVERIFY(m_staff->signIn(paul, StaffPin));
}

void TestStaffAccess::staffAccountCannotOpenTheMediatorDashboard()
{
    const StaffMember paul = m_staff->createStaff(QStringLiteral("Paul"), StaffPin);
    QVERIFY(m_staff->signIn(paul, StaffPin));
    StaffPanel *panel = m_staff->access->panel();
    QVERIFY(!panel->dashboardButton()->isVisible());
    QVERIFY(!click(panel->dashboardButton()));
    // Even asked directly (a signal, a bug): refused, and written down.
    QVERIFY(!m_staff->access->showMediatorDashboard());
    emit panel->mediatorDashboardRequested();
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Panel);
    QVERIFY(!m_staff->access->dashboard());
    QVERIFY(m_staff->kiosk.window->findChildren<MediatorDashboard *>().isEmpty());
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("mediator.dashboard-refused")));
    // The staff panel itself works for them.
    QVERIFY(panel->endSessionButton()->isVisible());
    QVERIFY(panel->backupButton()->isVisible());
}

void TestStaffAccess::mediatorOpensTheDashboardAndComesBack()
{
    const StaffMember mediator = m_staff->createMediator();
    QVERIFY(m_staff->signIn(mediator, MediatorPin));
    QVERIFY(click(m_staff->access->panel()->dashboardButton()));
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Dashboard);
    QVERIFY(m_staff->access->dashboard()->isVisible());
    QCOMPARE(m_staff->access->dashboard()->tabs()->count(), 7);
    QVERIFY(click(m_staff->access->dashboard()->backButton()));
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Panel);
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("mediator.dashboard-open")));
}

void TestStaffAccess::staffAreaIsInFrenchWhateverTheTutorLanguage()
{
    // A resident chose Arabic; the librarian who comes to help reads French.
    KioskWindow &w = *m_staff->kiosk.window;
    QVERIFY(click(w.welcomeScreen()->languageButton(QStringLiteral("ar"))));
    QCOMPARE(w.languageManager()->language(), QStringLiteral("ar"));
    const QString arabicTitle = QCoreApplication::translate("PinPad", "Accès réservé au personnel");
    QVERIFY2(arabicTitle != QStringLiteral("Accès réservé au personnel"), "the Arabic translation is installed");

    const StaffMember mediator = m_staff->createMediator();
    m_staff->chord();
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::PinPad);
    QCOMPARE(m_staff->access->pinPad()->findChild<QLabel *>(QStringLiteral("pinTitle"))->text(),
             QStringLiteral("Accès réservé au personnel"));
    QCOMPARE(m_staff->access->pinPad()->validateButton()->text(), QStringLiteral("Valider"));
    QVERIFY(m_staff->access->pinPad()->accountBox()->currentText().contains(QStringLiteral("médiation")));
    QVERIFY(m_staff->typePin(mediator.id, MediatorPin));
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Panel);
    QCOMPARE(m_staff->access->panel()->closeButton()->text(), QStringLiteral("Fermer et verrouiller"));
    QCOMPARE(m_staff->access->overlay()->layoutDirection(), Qt::LeftToRight);

    // Locked again: the resident's screens are in Arabic again, right to left.
    QVERIFY(click(m_staff->access->panel()->closeButton()));
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QCOMPARE(w.languageManager()->language(), QStringLiteral("ar"));
    QCOMPARE(QCoreApplication::translate("PinPad", "Accès réservé au personnel"), arabicTitle);
    QCOMPARE(w.tutorLanguage(), QStringLiteral("ar"));
    QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
}

void TestStaffAccess::panelLocksWhenClosed()
{
    const StaffMember mediator = m_staff->createMediator();
    QVERIFY(m_staff->signIn(mediator, MediatorPin));
    QVERIFY(click(m_staff->access->panel()->dashboardButton()));
    QSignalSpy locked(m_staff->access, &StaffAccess::locked);
    QVERIFY(click(m_staff->access->dashboard()->backButton()));
    QVERIFY(click(m_staff->access->panel()->closeButton()));
    QCOMPARE(locked.count(), 1);
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QVERIFY(!m_staff->access->overlay()->isVisible());
    Staff::flush();
    // Gone from memory, not just hidden.
    QVERIFY(QApplication::allWidgets().count() > 0);
    for (QWidget *w : QApplication::allWidgets()) {
        QVERIFY(!qobject_cast<StaffPanel *>(w));
        QVERIFY(!qobject_cast<MediatorDashboard *>(w));
    }
    QCOMPARE(m_staff->auditActions(1).first(), QStringLiteral("staff.sign-out"));
    // Reopening asks for the PIN again.
    m_staff->chord();
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::PinPad);
}

void TestStaffAccess::panelLocksWhenIdle()
{
    const StaffMember mediator = m_staff->createMediator();
    QVERIFY(m_staff->signIn(mediator, MediatorPin));
    const qint64 idle = m_staff->access->idleLockMs();
    QCOMPARE(idle, m_staff->settings->current().idleDelaySeconds * 1000LL);
    m_staff->kiosk.clock.advance(idle - 1000);
    m_staff->access->pollIdle();
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Panel);
    // Someone touches the panel: the count starts again.
    QTest::mouseMove(m_staff->access->panel(), QPoint(100, 100));
    QTest::mouseClick(m_staff->access->panel()->tabs(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    m_staff->kiosk.clock.advance(idle - 1000);
    m_staff->access->pollIdle();
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Panel);
    m_staff->kiosk.clock.advance(1000);
    m_staff->access->pollIdle();
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QVERIFY(!m_staff->access->panel());

    // The PIN pad left open locks too (nothing typed stays there).
    m_staff->chord();
    QTest::keyClicks(m_staff->access->pinPad()->pinEdit(), QStringLiteral("24"));
    m_staff->kiosk.clock.advance(idle);
    m_staff->access->pollIdle();
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QVERIFY(m_staff->access->pinPad()->pinEdit()->text().isEmpty());
}

void TestStaffAccess::panelLocksWhenTheKioskWipesASession()
{
    const StaffMember mediator = m_staff->createMediator();
    KioskWindow &w = *m_staff->kiosk.window;
    QVERIFY(click(w.welcomeScreen()->startButton()));
    QVERIFY(click(w.whoAreYouScreen()->guestButton()));
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Home);
    QVERIFY(m_staff->signIn(mediator, MediatorPin));
    QVERIFY(click(m_staff->access->panel()->dashboardButton()));

    // The kiosk's own idle expiry while the dashboard is open (RELIABILITY 14).
    const qint64 delay = w.settings().idleDelaySeconds * 1000LL;
    const qint64 warning = w.settings().idleWarningSeconds * 1000LL;
    m_staff->kiosk.clock.advance(delay);
    w.idleWatcher()->poll();
    m_staff->kiosk.clock.advance(warning);
    w.idleWatcher()->poll();
    QCoreApplication::processEvents();
    QVERIFY(!m_staff->kiosk.session->isActive());
    QCOMPARE(w.currentScreen(), KioskWindow::Screen::Welcome);
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QVERIFY(!m_staff->access->overlay()->isVisible());
    QVERIFY(!m_staff->access->dashboard());
}

QTEST_MAIN(TestStaffAccess)
#include "tst_staff_access.moc"
