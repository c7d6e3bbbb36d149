#include "storerecovery.h"

StoreRecovery::StoreRecovery(const MonotonicClock &clock, std::function<bool()> check, QObject *parent)
    : QObject(parent), m_clock(clock), m_check(std::move(check))
{
    m_timer.setInterval(PollMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreRecovery::poll);
}

void StoreRecovery::start()
{
    m_nextTryMs = m_clock.nowMs() + IntervalMs;
    m_timer.start();
}

void StoreRecovery::stop()
{
    m_timer.stop();
}

void StoreRecovery::poll()
{
    if (isRunning() && m_clock.nowMs() >= m_nextTryMs)
        tryNow();
}

bool StoreRecovery::tryNow()
{
    m_nextTryMs = m_clock.nowMs() + IntervalMs;
    const bool writable = m_check && m_check();
    emit tried(writable);
    if (writable) {
        stop();
        emit recovered();
    }
    return writable;
}
