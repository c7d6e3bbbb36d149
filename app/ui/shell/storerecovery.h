#pragma once

#include "common/clock.h"

#include <QObject>
#include <QTimer>

#include <functional>

/// While the kiosk is out of order because a save failed at run time (disk full, an I/O error),
/// tries the store again: every IntervalMs of monotonic time (a QTimer polls the clock each
/// PollMs, so tests move a ManualClock) and whenever staff ask for it (tryNow). One try is one
/// real write (TerminalSession::checkStoreWritable), so the terminal only reopens when progress
/// can be saved again, and a failed try changes nothing on screen: no welcome/out-of-order loop.
class StoreRecovery : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 IntervalMs = 30'000;
    static constexpr int PollMs = 1000;

    StoreRecovery(const MonotonicClock &clock, std::function<bool()> check, QObject *parent = nullptr);

    /// Starts trying: the first automatic try comes IntervalMs from now.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /// One try now (staff's "Réessayer"); the next automatic one comes IntervalMs later.
    bool tryNow();
    /// Tries when one is due (the timer calls it; tests may too).
    void poll();

signals:
    /// A try was made; `writable` tells whether saving works again.
    void tried(bool writable);
    /// Saving works again (after tried(true)); the recovery has stopped.
    void recovered();

private:
    const MonotonicClock &m_clock;
    std::function<bool()> m_check;
    QTimer m_timer;
    qint64 m_nextTryMs = 0;
};
