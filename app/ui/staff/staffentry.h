#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QTimer>

class QWidget;

/// The hidden way in for staff: an application-wide event filter that watches `window` for
///  - a press held still in its top-left corner (CornerSize px square, the physical corner even in
///    a right-to-left layout) for HoldMs (3 s): mouse or touch; a release, or a move out of the
///    corner, cancels it; or
///  - the key chord Ctrl+Alt+Shift+P (eaten, so it never reaches a lesson).
/// Either emits triggered(); what follows (a PIN pad) is the owner's business, so the gesture
/// alone gives nothing away. The corner press itself is not eaten: whatever lies there still works.
class StaffEntry : public QObject
{
    Q_OBJECT

public:
    static constexpr int HoldMs = 3000;
    static constexpr int CornerSize = 72;

    /// Installs itself on the application; removes itself when destroyed.
    explicit StaffEntry(QWidget *window, QObject *parent = nullptr);
    ~StaffEntry() override;

    /// Off while the staff screens are open (the gesture has nothing to open then).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// Paused while the window answers the gesture itself (its out-of-order screen). Unlike
    /// setEnabled(), which the owner switches, only the pauser ends it.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Tests may shorten the hold; the kiosk keeps HoldMs.
    void setHoldMs(int ms) { m_hold.setInterval(ms); }
    bool isHolding() const { return m_hold.isActive(); }

    /// Whether a key event is the chord.
    static bool isChord(int key, Qt::KeyboardModifiers modifiers);

signals:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool inCorner(const QPoint &globalPos) const;
    bool belongsToWindow(QObject *watched) const;
    void press(const QPoint &globalPos);
    void move(const QPoint &globalPos);
    void release();

    QPointer<QWidget> m_window;
    QTimer m_hold;
    bool m_enabled = true;
    bool m_paused = false;
};
