#include "staffentry.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTouchEvent>
#include <QWidget>

StaffEntry::StaffEntry(QWidget *window, QObject *parent) : QObject(parent), m_window(window)
{
    m_hold.setSingleShot(true);
    m_hold.setInterval(HoldMs);
    connect(&m_hold, &QTimer::timeout, this, [this] {
        if (m_enabled && !m_paused)
            emit triggered();
    });
    qApp->installEventFilter(this);
}

StaffEntry::~StaffEntry()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void StaffEntry::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        m_hold.stop();
}

void StaffEntry::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        m_hold.stop();
}

bool StaffEntry::isChord(int key, Qt::KeyboardModifiers modifiers)
{
    const Qt::KeyboardModifiers wanted = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;
    return key == Qt::Key_P && (modifiers & ~Qt::KeypadModifier) == wanted;
}

bool StaffEntry::inCorner(const QPoint &globalPos) const
{
    if (!m_window || !m_window->isVisible())
        return false;
    const QPoint local = m_window->mapFromGlobal(globalPos);
    return local.x() >= 0 && local.y() >= 0 && local.x() < CornerSize && local.y() < CornerSize;
}

bool StaffEntry::belongsToWindow(QObject *watched) const
{
    auto *widget = qobject_cast<QWidget *>(watched);
    return widget && m_window && widget->window() == m_window->window();
}

void StaffEntry::press(const QPoint &globalPos)
{
    if (inCorner(globalPos))
        m_hold.start();
    else
        m_hold.stop();
}

void StaffEntry::move(const QPoint &globalPos)
{
    if (m_hold.isActive() && !inCorner(globalPos))
        m_hold.stop();
}

void StaffEntry::release()
{
    m_hold.stop();
}

bool StaffEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled || m_paused)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isChord(key->key(), key->modifiers()) && belongsToWindow(watched)) {
            if (!key->isAutoRepeat())
                emit triggered();
            return true;
        }
        break;
    }
    case QEvent::MouseButtonPress:
        // Only the widget under the pointer gets it first; its parents see the same press after
        // a widget ignored it: start only once, from the first receiver.
        if (belongsToWindow(watched) && !m_hold.isActive())
            press(static_cast<QMouseEvent *>(event)->globalPosition().toPoint());
        break;
    case QEvent::MouseMove:
        if (belongsToWindow(watched))
            move(static_cast<QMouseEvent *>(event)->globalPosition().toPoint());
        break;
    case QEvent::MouseButtonRelease:
        if (belongsToWindow(watched))
            release();
        break;
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (!belongsToWindow(watched) || touch->points().isEmpty())
            break;
        const QPoint at = touch->points().constFirst().globalPosition().toPoint();
        if (touch->points().size() > 1)
            release(); // a second finger is not the gesture
        else if (event->type() == QEvent::TouchBegin && !m_hold.isActive())
            press(at);
        else
            move(at);
        break;
    }
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        if (belongsToWindow(watched))
            release();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
