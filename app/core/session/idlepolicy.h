#pragma once

#include "common/clock.h"

#include <QtGlobal>

/// When an unattended session must end: pure logic on the injected monotonic clock.
///
/// Active -> (no activity for `delay`) -> Warning -> (no activity for `warning`) -> Expired.
/// The warning runs from the moment poll() first sees it due, so a late poll (a busy machine)
/// never shortens the countdown a person is shown: it always lasts the full `warning`.
/// Only the monotonic clock is read: a wall-clock jump neither ends nor extends a session.
class IdlePolicy
{
public:
    enum class State { Active, Warning, Expired };

    static constexpr qint64 MinWarningMs = 20'000;

    /// `warningMs` below MinWarningMs is raised to it; `delayMs` is at least one second.
    IdlePolicy(const MonotonicClock &clock, qint64 delayMs, qint64 warningMs);

    void setDurations(qint64 delayMs, qint64 warningMs);
    qint64 delayMs() const { return m_delayMs; }
    qint64 warningMs() const { return m_warningMs; }

    /// Someone is there (any input, or "I'm still here"): back to Active, counting from now.
    /// Ignored once Expired, until restart().
    void noteActivity();
    /// A new session (or the welcome screen): Active, counting from now.
    void restart();

    /// Moves the state forward according to the clock and returns it.
    State poll();
    State state() const { return m_state; }

    /// Active: ms until the warning; Warning: ms until expiry; Expired: 0.
    qint64 remainingMs() const;
    /// Whole seconds left in the warning, rounded up (what the countdown shows), 0 otherwise.
    int secondsLeft() const;

private:
    qint64 now() const;

    const MonotonicClock &m_clock;
    qint64 m_delayMs;
    qint64 m_warningMs;
    State m_state = State::Active;
    qint64 m_lastActivityMs = 0;
    qint64 m_warningStartMs = 0;
    qint64 m_lastSeenMs = 0; ///< the clock never goes back; if a fake one does, time stands still
};
