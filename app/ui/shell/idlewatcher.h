#pragma once

#include "session/idlepolicy.h"

#include <QObject>
#include <QTimer>

/// Drives an IdlePolicy: watches every user input of the application (an event filter) and
/// polls the monotonic clock with a QTimer. Before the warning, any input (a move included)
/// counts as presence; during the warning only a deliberate press (key, click, touch) does,
/// so a bump of the table does not hide the countdown.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 250;

    IdleWatcher(const MonotonicClock &clock, qint64 delayMs, qint64 warningMs, QObject *parent = nullptr);

    /// Starts watching from now (a session began or the welcome screen is shown).
    void start();
    /// Stops watching (no session, out of order, staff at the terminal).
    void stop();
    bool isRunning() const { return m_running; }

    void setDurations(qint64 delayMs, qint64 warningMs) { m_policy.setDurations(delayMs, warningMs); }
    /// "I'm still here" or any presence: the countdown is cancelled.
    void noteActivity();
    /// Polls now (the timer does it every PollIntervalMs; tests call it after moving a ManualClock).
    void poll();

    IdlePolicy::State state() const { return m_policy.state(); }
    int secondsLeft() const { return m_policy.secondsLeft(); }
    const IdlePolicy &policy() const { return m_policy; }

signals:
    void warningStarted(int secondsLeft);
    void countdown(int secondsLeft);
    void warningCancelled();
    void expired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IdlePolicy m_policy;
    QTimer m_timer;
    bool m_running = false;
    int m_lastSeconds = -1;
};
