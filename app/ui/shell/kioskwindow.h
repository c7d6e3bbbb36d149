#pragma once

#include "common/clock.h"
#include "common/theme.h"
#include "lessons/catalogue.h"
#include "media/narrator.h"
#include "session/kiosksettings.h"
#include "session/terminalsession.h"

#include <QPointer>
#include <QWidget>

class CardCodeScreen;
class HomeScreen;
class IdleOverlay;
class IdleWatcher;
class KioskGuard;
class LanguageManager;
class OutOfOrderScreen;
class PlayerScreen;
class QStackedWidget;
class Secret;
class SecretScreen;
class StaffEntry;
class StoreRecovery;
class WelcomeScreen;
class WhoAreYouScreen;

/// The kiosk's one window: owns the screens and the navigation between them (welcome, who are
/// you, card code, secret, home, lesson player, out of order), the lockdown (KioskGuard), the
/// idle warning (IdleWatcher + IdleOverlay) and the wipe at the end of each session.
///
/// Kiosk mode: frameless and fullscreen, close requests ignored. Windowed mode: a normal
/// 1280×800 window for development and demonstrations.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Kiosk, Windowed };
    enum class Screen { Welcome, WhoAreYou, CardCode, Secret, Home, Player, OutOfOrder };
    Q_ENUM(Screen)

    /// `session` null means the store is unusable: the window only shows the out-of-order screen.
    KioskWindow(TerminalSession *session, const MonotonicClock &clock, Narrator &narrator,
                const KioskSettings &settings, Mode mode, QWidget *parent = nullptr);
    ~KioskWindow() override;

    /// The lessons offered (valid ones only; the loader leaves broken ones out).
    void setCatalogue(Catalogue catalogue);
    const Catalogue &catalogue() const { return m_catalogue; }

    /// Kiosk: frameless fullscreen. Windowed: a normal window of 1280×800.
    void showForMode();
    Mode mode() const { return m_mode; }
    /// Staff may quit (a later issue): then close() is accepted even in kiosk mode.
    void setQuitAllowed(bool allowed) { m_quitAllowed = allowed; }

    Screen currentScreen() const;
    QString tutorLanguage() const { return m_language; }
    /// Changes the tutor language: right-to-left layout for Arabic, texts retranslated.
    void setTutorLanguage(const QString &language);
    /// While the staff area covers the window its interface is in French (the staff's language,
    /// the source language), whatever the tutor language; the tutor language comes back after.
    void setStaffAreaShown(bool shown);
    bool isStaffAreaShown() const { return m_staffAreaShown; }
    /// The tutor languages offered and installed (translations, locale).
    LanguageManager *languageManager() const { return m_languages; }
    const KioskSettings &settings() const { return m_settings; }
    /// New staff settings, applied at once: idle delay and warning, narration; the terminal's
    /// language and the look (text size, contrast) at once when nobody is using the terminal,
    /// else when the current session ends.
    void applySettings(const KioskSettings &settings);
    const Theme &theme() const { return m_theme; }

    /// The calm "out of order, please call the staff" screen; `detail` is for staff. With a
    /// session (a failure at run time) the store is tried again every StoreRecovery::IntervalMs
    /// and the welcome screen comes back once saving works (e.g. disk space was freed). The
    /// hidden staff gesture shows the screen's staff actions (see OutOfOrderScreen).
    void showOutOfOrder(const QString &detail);
    /// The staff screens exist (KioskStaffHost): the out-of-order screen offers them.
    void setStaffAccessAvailable(bool available);

    /// Ends the session (if any) with `reason` and wipes everything (see SessionWipe).
    void endSession(SessionEndReason reason);
    /// Opens a lesson of the catalogue in the player (resuming where the session left it).
    bool openLesson(const QString &lessonId);

    // The parts, for tests and the screenshots.
    WelcomeScreen *welcomeScreen() const { return m_welcome; }
    WhoAreYouScreen *whoAreYouScreen() const { return m_whoAreYou; }
    CardCodeScreen *cardCodeScreen() const { return m_cardCode; }
    SecretScreen *secretScreen() const { return m_secret; }
    HomeScreen *homeScreen() const { return m_home; }
    PlayerScreen *playerScreen() const { return m_player; }
    OutOfOrderScreen *outOfOrderScreen() const { return m_outOfOrder; }
    IdleOverlay *idleOverlay() const { return m_idleOverlay; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    /// Null without a session (the store never opened).
    StoreRecovery *storeRecovery() const { return m_recovery; }
    /// The hidden gesture while the out-of-order screen is shown.
    StaffEntry *outOfOrderEntry() const { return m_outOfOrderEntry; }
    KioskGuard *guard() const { return m_guard; }
    TerminalSession *session() const { return m_session; }

signals:
    void screenChanged(KioskWindow::Screen screen);
    /// The session ended and everything was wiped; the welcome screen is showing.
    void wiped(SessionEndReason reason);
    /// The welcome screen painted its first frame (for --measure-startup).
    void welcomePainted();
    /// Staff asked for the staff screens from the out-of-order screen.
    void staffAccessRequested();
    /// Staff asked to try again while the store never opened: Passerelle must restart.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class SessionWipe;

    void createOutOfOrder();
    void createScreens();
    void createWelcome();
    void createSessionScreens();
    void destroyScreens();
    void goTo(Screen screen);
    QWidget *widgetOf(Screen screen) const;
    void openHome();
    void closePlayer();
    QString nextLessonAfter(const QString &lessonId) const;
    void onCodeEntered(const QString &code);
    void onSecretEntered(const Secret &secret);
    void onGuestChosen();
    void onIdleWarning(int seconds);
    void applyLanguage();
    void offerLanguages();
    void applyLook();
    void applyNarratorSettings();
    void connectIdleOverlay();
    void keepFullScreen();

    TerminalSession *m_session;
    const MonotonicClock &m_clock;
    Narrator &m_narrator;
    KioskSettings m_settings;
    Theme m_theme;
    Mode m_mode;
    Catalogue m_catalogue;
    QString m_language;
    bool m_languageChosen = false; ///< the resident picked a language on the welcome screen
    bool m_staffAreaShown = false; ///< the interface is held in French for the staff area
    bool m_quitAllowed = false;
    QString m_pendingLearnerId;   ///< card found, secret not yet checked
    QByteArray m_newSecretFirst;  ///< a new secret entered once, waiting for its repeat
    QString m_currentLessonId;

    QStackedWidget *m_stack = nullptr;
    WelcomeScreen *m_welcome = nullptr;
    WhoAreYouScreen *m_whoAreYou = nullptr;
    CardCodeScreen *m_cardCode = nullptr;
    SecretScreen *m_secret = nullptr;
    HomeScreen *m_home = nullptr;
    PlayerScreen *m_player = nullptr;
    OutOfOrderScreen *m_outOfOrder = nullptr;
    IdleOverlay *m_idleOverlay = nullptr;
    IdleWatcher *m_idle = nullptr;
    KioskGuard *m_guard = nullptr;
    LanguageManager *m_languages = nullptr;
    StoreRecovery *m_recovery = nullptr;
    StaffEntry *m_outOfOrderEntry = nullptr;
    bool m_staffAccessAvailable = false;
    bool m_welcomePaintedOnce = false;
    bool m_lookPending = false; ///< new text size or contrast, applied at the next wipe
};
