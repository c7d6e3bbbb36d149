#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(const MonotonicClock &clock, qint64 delayMs, qint64 warningMs, QObject *parent)
    : QObject(parent), m_policy(clock, delayMs, warningMs)
{
    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::poll);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::start()
{
    const bool wasWarning = m_running && m_policy.state() == IdlePolicy::State::Warning;
    m_policy.restart();
    m_running = true;
    m_lastSeconds = -1;
    m_timer.start();
    if (wasWarning)
        emit warningCancelled();
}

void IdleWatcher::stop()
{
    const bool wasWarning = m_running && m_policy.state() == IdlePolicy::State::Warning;
    m_running = false;
    m_timer.stop();
    m_policy.restart();
    if (wasWarning)
        emit warningCancelled();
}

void IdleWatcher::noteActivity()
{
    if (!m_running)
        return;
    const bool wasWarning = m_policy.state() == IdlePolicy::State::Warning;
    m_policy.noteActivity();
    if (wasWarning && m_policy.state() == IdlePolicy::State::Active) {
        m_lastSeconds = -1;
        emit warningCancelled();
    }
}

void IdleWatcher::poll()
{
    if (!m_running)
        return;
    const IdlePolicy::State before = m_policy.state();
    const IdlePolicy::State now = m_policy.poll();
    if (now == IdlePolicy::State::Warning) {
        const int seconds = m_policy.secondsLeft();
        if (before != IdlePolicy::State::Warning) {
            m_lastSeconds = seconds;
            emit warningStarted(seconds);
        } else if (seconds != m_lastSeconds) {
            m_lastSeconds = seconds;
            emit countdown(seconds);
        }
    } else if (now == IdlePolicy::State::Expired && before != IdlePolicy::State::Expired) {
        m_running = false;
        m_timer.stop();
        emit expired();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_running) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::TouchBegin:
        case QEvent::Wheel:
            noteActivity();
            break;
        case QEvent::MouseMove:
        case QEvent::TouchUpdate:
        case QEvent::TabletMove:
            if (m_policy.state() == IdlePolicy::State::Active)
                noteActivity();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
