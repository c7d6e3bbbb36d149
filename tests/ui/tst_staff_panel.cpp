// The staff panel over the real kiosk window: a staff reset wipes a running session; reset
// the terminal; terminal status (broken lessons and why, database, backup, disk, audio,
// version, terminal id); back up now; unlock a learner and give them a new secret; settings
// saved atomically and applied at once; leave kiosk mode. Every action is in the audit log.

#include "tst_staff_fixture.h"

#include "learner/homescreen.h"
#include "learner/welcomescreen.h"
#include "learner/whoareyouscreen.h"
#include "shell/idlewatcher.h"
#include "reports/terminalstatus.h"
#include "staff/confirmbutton.h"
#include "staff/secretchooser.h"
#include "staff/settingseditor.h"
#include "store/sessionrepository.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

using namespace StaffFixture;

namespace {
const QString Pin = QStringLiteral("2468");
}

class TestStaffPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void staffResetWipesARunningSession();
    void destructiveActionsAskForASecondTouch();
    void resetTerminalClosesLeftoverSessionsAndReloadsLessons();
    void statusShowsWhatStaffNeed();
    void backUpNow();
    void unlockALearner();
    void newSecretChosenByTheLearner();
    void settingsAreSavedAtomicallyAndAppliedAtOnce();
    void settingsThatCannotBeSavedChangeNothing();
    void leaveKioskMode();

private:
    StaffPanel *openPanel();
    static void confirm(ConfirmButton *button);

    std::unique_ptr<Staff> m_staff;
    StaffMember m_mediator;
};

void TestStaffPanel::init()
{
    m_staff = std::make_unique<Staff>();
    m_mediator = m_staff->createMediator(QStringLiteral("Marie"), Pin);
}

void TestStaffPanel::cleanup()
{
    m_staff.reset();
}

StaffPanel *TestStaffPanel::openPanel()
{
    if (!m_staff->signIn(m_mediator, Pin))
        return nullptr;
    return m_staff->access->panel();
}

void TestStaffPanel::confirm(ConfirmButton *button)
{
    QVERIFY(click(button));
    QVERIFY(button->isArmed());
    QVERIFY(click(button));
}

void TestStaffPanel::staffResetWipesARunningSession()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner amina = kiosk.createLearner(QStringLiteral("Amina Kaci"));
    QVERIFY(kiosk.signInWithPictures(amina));
    QCOMPARE(kiosk.session->learnerName(), QStringLiteral("Amina Kaci"));
    const QString sessionId = kiosk.session->sessionId();
    QSignalSpy wiped(kiosk.window.get(), &KioskWindow::wiped);

    StaffPanel *panel = openPanel();
    QVERIFY(panel);
    QVERIFY(panel->statusText().contains(QStringLiteral("séance de Amina Kaci en cours")));
    QSignalSpy endRequested(panel, &StaffPanel::endSessionRequested);
    confirm(panel->endSessionButton());
    QCOMPARE(endRequested.count(), 1);

    // The learner's session is over and wiped; the kiosk is back on the welcome screen.
    QCOMPARE(wiped.count(), 1);
    QCOMPARE(wiped.first().first().value<SessionEndReason>(), SessionEndReason::StaffReset);
    QVERIFY(!kiosk.session->isActive());
    QCOMPARE(kiosk.window->currentScreen(), KioskWindow::Screen::Welcome);
    const std::optional<SessionRecord> record = SessionRepository(*kiosk.db).find(sessionId);
    QVERIFY(!record->endedAt.isEmpty());
    QCOMPARE(record->endReason, SessionEndReason::StaffReset);
    // Nothing of Amina can be read anywhere in the window any more, and the panel locked itself.
    Staff::flush();
    QVERIFY2(ShellFixture::textsContaining(QStringLiteral("Amina")).isEmpty(),
             qPrintable(ShellFixture::textsContaining(QStringLiteral("Amina")).join(QLatin1Char('|'))));
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("session.end-by-staff")));
}

void TestStaffPanel::destructiveActionsAskForASecondTouch()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    QVERIFY(click(kiosk.window->welcomeScreen()->startButton()));
    QVERIFY(click(kiosk.window->whoAreYouScreen()->guestButton()));
    StaffPanel *panel = openPanel();
    QVERIFY(click(panel->endSessionButton()));
    QVERIFY(panel->endSessionButton()->isArmed());
    QVERIFY(kiosk.session->isActive()); // one touch is not enough
    panel->endSessionButton()->disarm();
    QVERIFY(click(panel->endSessionButton()));
    QVERIFY(kiosk.session->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->endSessionButton()->isArmed(), ConfirmButton::ArmedMs + 2000);
    QVERIFY(kiosk.session->isActive());
}

void TestStaffPanel::resetTerminalClosesLeftoverSessionsAndReloadsLessons()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    QVERIFY(click(kiosk.window->welcomeScreen()->startButton()));
    QVERIFY(click(kiosk.window->whoAreYouScreen()->guestButton()));
    // A session another process left open on this terminal.
    const QString stray = SessionRepository(*kiosk.db).startGuest().value();
    // A lesson added to the catalogue folder since the start.
    ShellFixture::writeFile(kiosk.lessonsDir() + QStringLiteral("/b/t4/lesson.json"),
                            R"({"format": 1, "id": "T4-nouveau", "version": 1, "module": "B",
 "title": {"fr": "Nouvelle leçon"}, "goal": {"fr": "Essayer."}, "minutes": 1,
 "scenes": [{"id": "s", "kind": "practice", "title": "Exercice", "elements": [
   {"id": "ici", "kind": "target", "label": "Ici", "size": "large", "x": 50, "y": 50}]}],
 "steps": [{"id": "un", "scene": "s", "say": {"fr": "Cliquez ici."}, "expect": {"action": "click", "target": "ici"}}]})");
    QVERIFY(!kiosk.window->catalogue().findLesson(QStringLiteral("T4-nouveau")));

    StaffPanel *panel = openPanel();
    confirm(panel->resetTerminalButton());
    QVERIFY(!kiosk.session->isActive());
    QCOMPARE(kiosk.window->currentScreen(), KioskWindow::Screen::Welcome);
    QVERIFY(SessionRepository(*kiosk.db).openSessions().isEmpty());
    QCOMPARE(SessionRepository(*kiosk.db).find(stray)->endReason, SessionEndReason::StaffReset);
    QVERIFY(kiosk.window->catalogue().findLesson(QStringLiteral("T4-nouveau")));
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("terminal.reset")));
}

void TestStaffPanel::statusShowsWhatStaffNeed()
{
    StaffPanel *panel = openPanel();
    QVERIFY(panel);
    const QString status = panel->statusText();
    QVERIFY2(status.contains(QStringLiteral("Version : " PASSERELLE_VERSION)), qPrintable(status));
    QVERIFY(status.contains(m_staff->kiosk.db->terminalId()));
    QVERIFY(status.contains(QStringLiteral("Base de données : en service")));
    QVERIFY(status.contains(QStringLiteral("Dernière sauvegarde : aucune")));
    QVERIFY(status.contains(QStringLiteral("Espace libre : ")));
    QVERIFY(status.contains(QStringLiteral("Leçons chargées : 3, désactivées : 1")));
    // The test narrator has no audio output: staff are told.
    QVERIFY(status.contains(QStringLiteral("Son : INDISPONIBLE")));
    // The broken lesson, with the file and the reason.
    QCOMPARE(panel->brokenLessonList()->count(), 1);
    const QString broken = panel->brokenLessonList()->item(0)->text();
    QVERIFY2(broken.contains(QStringLiteral("t9/lesson.json")), qPrintable(broken));
    QVERIFY2(broken.contains(QStringLiteral("fly")), qPrintable(broken));
}

void TestStaffPanel::backUpNow()
{
    StaffPanel *panel = openPanel();
    QVERIFY(m_staff->kiosk.db->backups().isEmpty());
    QVERIFY(click(panel->backupButton()));
    QCOMPARE(m_staff->kiosk.db->backups().size(), 1);
    QVERIFY2(panel->message().startsWith(QStringLiteral("Sauvegarde faite")), qPrintable(panel->message()));
    QVERIFY(!panel->statusText().contains(QStringLiteral("Dernière sauvegarde : aucune")));
    QVERIFY2(panel->statusText().contains(QStringLiteral("Maintenance ")), qPrintable(panel->statusText()));
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("backup.now")));
}

void TestStaffPanel::unlockALearner()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner yacine = kiosk.createLearner(QStringLiteral("Yacine"));
    for (int i = 0; i < SecretGuard::MaxFailures; ++i) {
        kiosk.learners->verifySecret(yacine.id, Secret::pictures({0, 1, 2}));
        kiosk.clock.advance(60'000);
    }
    QVERIFY(kiosk.learners->find(yacine.id)->locked);

    StaffPanel *panel = openPanel();
    panel->tabs()->setCurrentIndex(1);
    QTest::keyClicks(panel->learnerSearch(), yacine.cardCode.toLower());
    QCOMPARE(panel->learnerList()->count(), 1);
    QVERIFY(panel->learnerList()->item(0)->text().contains(QStringLiteral("BLOQUÉ")));
    QVERIFY(panel->selectLearner(yacine.cardCode));
    QVERIFY(click(panel->unlockLearnerButton()));
    QVERIFY(!kiosk.learners->find(yacine.id)->locked);
    QVERIFY(panel->message().contains(QStringLiteral("débloqué")));
    QVERIFY(!panel->unlockLearnerButton()->isEnabled());
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("learner.unlock")));

    // Yacine signs in again with his own pictures.
    m_staff->access->lock();
    QVERIFY(kiosk.signInWithPictures(yacine));
}

void TestStaffPanel::newSecretChosenByTheLearner()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner rose = kiosk.createLearner(QStringLiteral("Rose"));
    StaffPanel *panel = openPanel();
    panel->tabs()->setCurrentIndex(1);
    QVERIFY(panel->selectLearner(rose.id));
    QVERIFY(!panel->secretChooser()->isVisible());
    QVERIFY(click(panel->newSecretButton()));
    SecretChooser *chooser = panel->secretChooser();
    QVERIFY(chooser->isVisible());
    // Two pictures are not a secret.
    QVERIFY(click(chooser->pictureButton(5)));
    QVERIFY(click(chooser->pictureButton(0)));
    QVERIFY(click(panel->saveSecretButton()));
    QVERIFY(panel->message().contains(QStringLiteral("3 images")));
    QVERIFY(click(chooser->pictureButton(9)));
    QVERIFY(!click(chooser->pictureButton(1))); // no fourth
    QVERIFY(click(panel->saveSecretButton()));
    QVERIFY2(panel->message().contains(QStringLiteral("Nouveau secret")), qPrintable(panel->message()));
    QVERIFY(chooser->chosenPictures().isEmpty()); // forgotten at once
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("learner.secret-reset")));

    m_staff->access->lock();
    QVERIFY(kiosk.signInWithPictures(rose, {5, 0, 9}));
    QCOMPARE(kiosk.session->learnerName(), QStringLiteral("Rose"));
}

void TestStaffPanel::settingsAreSavedAtomicallyAndAppliedAtOnce()
{
    StaffPanel *panel = openPanel();
    panel->tabs()->setCurrentIndex(2);
    SettingsEditor *editor = panel->settingsEditor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->idleDelay()->value(), 180);
    QSignalSpy changed(panel, &StaffPanel::settingsChanged);

    editor->idleDelay()->setValue(300);
    editor->language()->setCurrentIndex(editor->language()->findData(QStringLiteral("ar")));
    editor->textSize()->setCurrentIndex(editor->textSize()->findData(QStringLiteral("large")));
    editor->volume()->setValue(40);
    // On the box itself (a checkbox in a form row is wider than its label).
    for (QCheckBox *box : {editor->autoNarration(), editor->sounds()})
        QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, QPoint(10, box->height() / 2));
    QVERIFY(click(editor->saveButton()));
    QVERIFY2(editor->message().contains(QStringLiteral("enregistrés")), qPrintable(editor->message()));

    // Applied at once: the kiosk got them.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_staff->applied.size(), 1);
    const KioskSettings applied = m_staff->applied.first();
    QCOMPARE(applied.idleDelaySeconds, 300);
    QCOMPARE(applied.tutorLanguage, QStringLiteral("ar"));
    QCOMPARE(applied.textSize, QStringLiteral("large"));
    QCOMPARE(applied.volume, 40);
    QVERIFY(!applied.autoNarration);
    QVERIFY(!applied.sounds);
    // The kiosk took them at once: its idle delay, its language (nobody is using it) and the
    // narrator's volume, automatic narration and sounds.
    KioskWindow &w = *m_staff->kiosk.window;
    QCOMPARE(w.settings().idleDelaySeconds, 300);
    QCOMPARE(w.idleWatcher()->policy().delayMs(), 300'000);
    QCOMPARE(w.tutorLanguage(), QStringLiteral("ar"));
    QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(w.theme().textSize(), Theme::TextSize::Large);
    QCOMPARE(m_staff->kiosk.narrator.volume(), 40);
    QVERIFY(!m_staff->kiosk.narrator.autoPlay());
    QVERIFY(!m_staff->kiosk.narrator.effectsEnabled());
    // The panel's own idle lock follows the new delay; the panel stays in French, left to right.
    QCOMPARE(m_staff->access->idleLockMs(), 300'000);
    QCOMPARE(m_staff->access->overlay()->layoutDirection(), Qt::LeftToRight);

    // Saved: one complete JSON file, no temporary left beside it, and read back after a restart.
    const QString file = QDir(m_staff->kiosk.dataDir()).filePath(StaffSettingsStore::FileName);
    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(object.value(QStringLiteral("idle_delay_s")).toString(), QStringLiteral("300"));
    QCOMPARE(object.value(QStringLiteral("tutor_language")).toString(), QStringLiteral("ar"));
    const QStringList leftovers = QDir(m_staff->kiosk.dataDir()).entryList({QStringLiteral("kiosk-settings*")}, QDir::Files);
    QCOMPARE(leftovers, QStringList{StaffSettingsStore::FileName});
    QCOMPARE(StaffSettingsStore::loadFrom(m_staff->kiosk.dataDir()), applied);

    const QList<AuditLog::Entry> entries = AuditLog(*m_staff->kiosk.db).entries(10);
    bool audited = false;
    for (const AuditLog::Entry &e : entries) {
        if (e.action == QLatin1String("settings.change")) {
            audited = true;
            QVERIFY2(e.detail.contains(QStringLiteral("idle_delay_s: 180 → 300")), qPrintable(e.detail));
            QCOMPARE(e.actorId, m_mediator.id);
        }
    }
    QVERIFY(audited);
}

void TestStaffPanel::settingsThatCannotBeSavedChangeNothing()
{
    // A folder where the file should be: the atomic save cannot replace it.
    QVERIFY(QDir(m_staff->kiosk.dataDir()).mkdir(StaffSettingsStore::FileName));
    StaffPanel *panel = openPanel();
    panel->tabs()->setCurrentIndex(2);
    SettingsEditor *editor = panel->settingsEditor();
    editor->idleDelay()->setValue(600);
    QVERIFY(click(editor->saveButton()));
    QVERIFY2(editor->message().contains(QStringLiteral("pas pu être enregistrés")), qPrintable(editor->message()));
    QVERIFY(m_staff->applied.isEmpty());
    QCOMPARE(m_staff->settings->current().idleDelaySeconds, 180);
    QVERIFY(!m_staff->auditActions().contains(QStringLiteral("settings.change")));
}

void TestStaffPanel::leaveKioskMode()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    QVERIFY(click(kiosk.window->welcomeScreen()->startButton()));
    QVERIFY(click(kiosk.window->whoAreYouScreen()->guestButton()));
    StaffPanel *panel = openPanel();
    QSignalSpy leave(panel, &StaffPanel::leaveKioskRequested);
    confirm(panel->leaveKioskButton());
    QCOMPARE(leave.count(), 1);
    // The session was wiped first, the panel locked, and the window now accepts to close.
    QVERIFY(!kiosk.session->isActive());
    QCOMPARE(m_staff->access->page(), StaffAccess::Page::Locked);
    QVERIFY(kiosk.window->close());
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("kiosk.leave")));
}

QTEST_MAIN(TestStaffPanel)
#include "tst_staff_panel.moc"
