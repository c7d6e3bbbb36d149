#include "kioskguard.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

KioskGuard::KioskGuard(QObject *parent) : QObject(parent) {}

bool KioskGuard::isEscapeShortcut(int key, Qt::KeyboardModifiers modifiers)
{
    const Qt::KeyboardModifiers mods = modifiers & ~Qt::KeypadModifier;
    const bool ctrl = mods.testFlag(Qt::ControlModifier);
    const bool alt = mods.testFlag(Qt::AltModifier);

    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_Menu:
    case Qt::Key_Close:
    case Qt::Key_PowerOff:
    case Qt::Key_Sleep:
    case Qt::Key_Suspend:
    case Qt::Key_Hibernate:
    case Qt::Key_LogOff:
        return true;
    case Qt::Key_F4:
        return alt || ctrl;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return alt || mods.testFlag(Qt::MetaModifier);
    case Qt::Key_Q:
    case Qt::Key_W:
        return ctrl;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        return ctrl && alt;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35 && ctrl && alt)
        return true;
    // Anything with the Super/Meta key is a desktop shortcut, never something a lesson asks for.
    return mods.testFlag(Qt::MetaModifier);
}

bool KioskGuard::escapeAllowedFor(QObject *receiver)
{
    if (QApplication::activePopupWidget())
        return true;
    for (QObject *o = receiver; o; o = o->parent()) {
        if (o->property("kioskAllowsEscape").toBool())
            return true;
        if (o->isWidgetType() && static_cast<QWidget *>(o)->isWindow())
            break;
    }
    return false;
}

bool KioskGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_active)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride: {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plainEscape = key->key() == Qt::Key_Escape
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        const bool escapeAllowed = plainEscape && escapeAllowedFor(watched);
        if ((event->type() == QEvent::KeyPress && key->isAutoRepeat())
            || (isEscapeShortcut(key->key(), key->modifiers()) && !escapeAllowed)) {
            if (event->type() == QEvent::KeyPress)
                ++m_swallowed;
            event->accept();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
