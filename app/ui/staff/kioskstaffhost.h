#pragma once

#include "staffhost.h"

#include <QObject>
#include <QString>

#include <functional>

class Database;
class KioskWindow;
class Narrator;
class StaffAccess;

/// StaffHost for the kiosk window, through KioskWindow's public API only:
/// - endSession(): KioskWindow::endSession(StaffReset), i.e. SessionWipe;
/// - resetTerminal(): the same, then every session still open on this terminal is closed and the
///   catalogue is loaded again from `lessonsDir`;
/// - leaveKiosk(): the wipe, then quitting is allowed and the event loop quits;
/// - applySettings(): KioskWindow::applySettings() (idle delays, language, look, narration) and
///   the narrator's volume, automatic narration and sounds; then the observer, if any.
/// attach() connects the window's wipe to StaffAccess::lock(), so an idle expiry (or any wipe)
/// locks the staff screens (RELIABILITY 14); and, while the window is out of order, leaves the
/// hidden gesture to it and opens the PIN pad from its "Espace personnel" (RELIABILITY 3).
class KioskStaffHost : public QObject, public StaffHost
{
    Q_OBJECT

public:
    KioskStaffHost(KioskWindow &window, Database &db, Narrator &narrator, QString lessonsDir, QObject *parent = nullptr);

    /// Locks `access` whenever the window wipes a session.
    void attach(StaffAccess &access);
    /// Called after new settings were applied (tests, logs).
    void setSettingsObserver(std::function<void(const KioskSettings &)> observer) { m_observer = std::move(observer); }
    /// The narrator's part of the settings (also applied at start).
    void applyNarration(const KioskSettings &settings);

    QWidget *overlayParent() override;
    void endSession() override;
    void resetTerminal() override;
    void leaveKiosk() override;
    void applySettings(const KioskSettings &settings) override;
    const Catalogue *catalogue() const override;
    bool isAudioAvailable() const override;
    QString sessionDescription() const override;
    void staffAreaShown(bool shown) override;

private:
    KioskWindow &m_window;
    Database &m_db;
    Narrator &m_narrator;
    QString m_lessonsDir;
    std::function<void(const KioskSettings &)> m_observer;
};
