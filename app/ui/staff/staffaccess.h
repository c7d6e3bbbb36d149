#pragma once

#include "common/clock.h"
#include "session/kiosksettings.h"
#include "store/staffrepository.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class Database;
class FirstRunSetup;
class LearnerRepository;
class MediatorDashboard;
class PinPad;
class QStackedWidget;
class QWidget;
class StaffEntry;
class StaffHost;
class StaffPanel;
class StaffSettingsStore;

/// The way into the staff screens, and the lock on them. Installs the hidden gesture
/// (StaffEntry) on the host window; the gesture opens an overlay covering the host with the
/// PIN pad, or the first-run setup while no staff account exists. The right PIN opens the staff
/// panel; a mediator can go on to the mediator dashboard, a staff account cannot.
///
/// The overlay locks again (the panel and dashboard widgets are destroyed, so nothing of them
/// stays in memory or on screen) when: the member closes it, nobody touches it for the
/// kiosk's idle delay, the host wipes a session (connect the shell's wipe to lock()), or
/// lock() is called for any other reason. Every step is written to the audit log.
class StaffAccess : public QObject
{
    Q_OBJECT

public:
    enum class Page { Locked, FirstRun, PinPad, Panel, Dashboard };
    Q_ENUM(Page)

    StaffAccess(Database &db, LearnerRepository &learners, const SecretHasher &hasher, const MonotonicClock &clock,
                StaffSettingsStore &settings, StaffHost &host, QObject *parent = nullptr);
    ~StaffAccess() override;

    Page page() const { return m_page; }
    bool isUnlocked() const { return m_actor.has_value(); }
    std::optional<StaffMember> actor() const { return m_actor; }

    StaffEntry *entry() const { return m_entry; }
    /// The widget covering the host while the staff screens are open.
    QWidget *overlay() const;
    PinPad *pinPad() const { return m_pinPad; }
    FirstRunSetup *firstRunSetup() const { return m_firstRun; }
    /// Null unless unlocked.
    StaffPanel *panel() const;
    /// Null unless a mediator opened it.
    MediatorDashboard *dashboard() const;
    StaffRepository &staff() { return m_staff; }

    /// Idle time after which the open overlay locks itself: the kiosk's idle delay by default.
    qint64 idleLockMs() const;

public slots:
    /// What the gesture does: the first-run setup or the PIN pad. Never more without a PIN.
    void open();
    /// Back to the kiosk, locked. Safe to call at any time, any number of times.
    void lock();
    /// The mediator dashboard, for a mediator only. False (and nothing changes) otherwise.
    bool showMediatorDashboard();
    /// From the dashboard back to the panel.
    void showPanel();
    /// Locks when the overlay has been idle long enough (a timer calls it every second).
    void pollIdle();

signals:
    void pageChanged(StaffAccess::Page page);
    void unlocked(const StaffMember &member);
    void locked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setPage(Page page);
    void onAccepted(const StaffMember &member);
    void showOverlay();
    void destroyUnlockedPages();
    void noteActivity();

    Database &m_db;
    LearnerRepository &m_learners;
    const MonotonicClock &m_clock;
    StaffSettingsStore &m_settings;
    StaffHost &m_host;
    StaffRepository m_staff; ///< one for the lifetime: its lockout timing lives in memory too

    QPointer<QWidget> m_overlay;
    QStackedWidget *m_stack = nullptr;
    StaffEntry *m_entry = nullptr;
    PinPad *m_pinPad = nullptr;
    FirstRunSetup *m_firstRun = nullptr;
    QPointer<StaffPanel> m_panel;
    QPointer<MediatorDashboard> m_dashboard;
    Page m_page = Page::Locked;
    std::optional<StaffMember> m_actor;
    QTimer m_idleTimer;
    qint64 m_lastActivityMs = 0;
};
