#include "idlepolicy.h"

#include <algorithm>

IdlePolicy::IdlePolicy(const MonotonicClock &clock, qint64 delayMs, qint64 warningMs)
    : m_clock(clock), m_delayMs(0), m_warningMs(0)
{
    setDurations(delayMs, warningMs);
    m_lastSeenMs = m_clock.nowMs();
    restart();
}

void IdlePolicy::setDurations(qint64 delayMs, qint64 warningMs)
{
    m_delayMs = std::max<qint64>(delayMs, 1000);
    m_warningMs = std::max(warningMs, MinWarningMs);
}

qint64 IdlePolicy::now() const
{
    return std::max(m_clock.nowMs(), m_lastSeenMs);
}

void IdlePolicy::noteActivity()
{
    if (m_state == State::Expired)
        return;
    m_lastSeenMs = now();
    m_lastActivityMs = m_lastSeenMs;
    m_state = State::Active;
}

void IdlePolicy::restart()
{
    m_lastSeenMs = now();
    m_lastActivityMs = m_lastSeenMs;
    m_warningStartMs = 0;
    m_state = State::Active;
}

IdlePolicy::State IdlePolicy::poll()
{
    m_lastSeenMs = now();
    if (m_state == State::Active && m_lastSeenMs - m_lastActivityMs >= m_delayMs) {
        m_state = State::Warning;
        m_warningStartMs = m_lastSeenMs;
    }
    if (m_state == State::Warning && m_lastSeenMs - m_warningStartMs >= m_warningMs)
        m_state = State::Expired;
    return m_state;
}

qint64 IdlePolicy::remainingMs() const
{
    const qint64 t = now();
    switch (m_state) {
    case State::Active:
        return std::max<qint64>(0, m_delayMs - (t - m_lastActivityMs));
    case State::Warning:
        return std::max<qint64>(0, m_warningMs - (t - m_warningStartMs));
    case State::Expired:
        return 0;
    }
    return 0;
}

int IdlePolicy::secondsLeft() const
{
    if (m_state != State::Warning)
        return 0;
    return static_cast<int>((remainingMs() + 999) / 1000);
}
