#pragma once

#include <QObject>

class QKeyEvent;

/// Keeps residents inside the kiosk: an application-wide event filter that swallows the
/// keys used to leave or switch (Alt+F4, Escape, F11, Ctrl+Q, Ctrl+W, Alt+Tab, Super/Meta,
/// Ctrl+Alt+F1-F12, Ctrl+Alt+Backspace) and drops auto-repeated key presses, so a key held
/// down (or an elbow on the keyboard) types one character instead of a flood.
/// The compositor handles what never reaches the application.
///
/// Escape is let through only where a lesson may need it: inside a widget (or its ancestors)
/// carrying the dynamic property `kioskAllowsEscape` (the shell sets it on the lesson player,
/// whose scenes close simulated menus with Escape), or while a popup menu is open.
class KioskGuard : public QObject
{
    Q_OBJECT

public:
    explicit KioskGuard(QObject *parent = nullptr);

    /// Off while staff use the terminal (their panel may use Escape), on for residents.
    void setActive(bool active) { m_active = active; }
    bool isActive() const { return m_active; }

    /// Whether the key (with its modifiers) is one of the escape shortcuts swallowed.
    static bool isEscapeShortcut(int key, Qt::KeyboardModifiers modifiers);
    /// Whether a plain Escape sent to `receiver` may pass (see above).
    static bool escapeAllowedFor(QObject *receiver);

    int swallowedCount() const { return m_swallowed; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_active = true;
    int m_swallowed = 0;
};
