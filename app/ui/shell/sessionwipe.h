#pragma once

#include "store/sessionrepository.h"

class KioskWindow;
class QWidget;

/// The end of every session: the next person sees nothing of the last one (RELIABILITY 13-14).
/// Ends the session in the store, closes every popup, dialog and menu, clears the clipboard,
/// destroys the player and the per-session screens (fresh ones are made), clears every text
/// field and its undo history, resets the tutor language and returns to the welcome screen.
class SessionWipe
{
public:
    /// Everything above, on `window`.
    static void run(KioskWindow &window, SessionEndReason reason);

    /// Closes every visible top-level widget other than `keep`, the active popup first: dialogs
    /// are rejected and deleted, menus and other windows closed.
    static void closePopups(const QWidget *keep);
    /// Empties the clipboard (and the X11 selection where there is one).
    static void clearClipboard();
    /// Empties every line edit, text edit and spin box text under `root`, with undo history.
    static void clearTextInputs(QWidget *root);
};
