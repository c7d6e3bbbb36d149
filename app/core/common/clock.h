#pragma once

#include <QDateTime>
#include <QElapsedTimer>

// Injected time sources. Durations, idle countdowns and lockouts use the monotonic clock,
// so that a clock jump (dead CMOS battery, NTP, daylight saving) changes nothing.
// Timestamps shown to people use the wall clock.

/// Milliseconds since an arbitrary start that never goes backwards.
class MonotonicClock
{
public:
    virtual ~MonotonicClock() = default;
    virtual qint64 nowMs() const = 0;
};

/// Real monotonic clock (QElapsedTimer uses CLOCK_MONOTONIC on Linux).
class SteadyClock final : public MonotonicClock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

/// Calendar time, for timestamps stored and shown.
class WallClock
{
public:
    virtual ~WallClock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemWallClock final : public WallClock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock tests move by hand.
class ManualClock final : public MonotonicClock, public WallClock
{
public:
    explicit ManualClock(qint64 startMs = 0,
                         QDateTime wallStart = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC))
        : m_ms(startMs), m_wall(std::move(wallStart))
    {
    }
    qint64 nowMs() const override { return m_ms; }
    QDateTime nowUtc() const override { return m_wall; }
    void advance(qint64 ms)
    {
        m_ms += ms;
        m_wall = m_wall.addMSecs(ms);
    }
    /// Moves only the wall clock, as a clock change would.
    void jumpWall(qint64 ms) { m_wall = m_wall.addMSecs(ms); }

private:
    qint64 m_ms;
    QDateTime m_wall;
};
