#pragma once

#include "session/kiosksettings.h"

#include <QString>

class QWidget;
struct Catalogue;

/// What the staff screens need from the window they are shown in (the kiosk window, or a test
/// harness): a widget to cover, and the terminal-wide actions only the shell can perform.
/// KioskStaffHost implements it for KioskWindow.
class StaffHost
{
public:
    virtual ~StaffHost() = default;

    /// The widget the staff overlay covers (the overlay is its child, resized with it).
    virtual QWidget *overlayParent() = 0;
    /// Ends the current session, if any, with the full wipe (reason: staff reset).
    virtual void endSession() = 0;
    /// Ends the session with its wipe, closes sessions left open, reloads the catalogue.
    virtual void resetTerminal() = 0;
    /// Leaves kiosk mode: quits to the system for maintenance (after the wipe).
    virtual void leaveKiosk() = 0;
    /// Applies new settings at once (idle delay, language, text size, volume, narration, sounds).
    virtual void applySettings(const KioskSettings &settings) = 0;
    /// The catalogue in use, or null while it loads.
    virtual const Catalogue *catalogue() const = 0;
    /// Whether audio output works (the status says so when it does not).
    virtual bool isAudioAvailable() const = 0;
    /// The staff area is shown (true) or gone (false): the window shows its interface in French,
    /// the staff's language, meanwhile.
    virtual void staffAreaShown(bool shown) = 0;
    /// One line about who is at the terminal ("Séance invité en cours", "Aucune séance").
    virtual QString sessionDescription() const = 0;
};
