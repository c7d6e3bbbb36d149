#include "gestureplayer.h"

#include "ghostpointer.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLineF>
#include <QMouseEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

/// Real time a gesture may wait for its widget to appear (a menu opening, a page being built).
constexpr int AppearTimeoutMs = 2000;
constexpr int AppearPollMs = 20;
constexpr int MaxWheelTurns = 60;

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(deleted widget)");
    const QString name = w->objectName();
    const QString cls = QString::fromLatin1(w->metaObject()->className());
    return name.isEmpty() ? cls : cls + QStringLiteral(" \"") + name + QLatin1Char('"');
}

QPoint pointIn(const QWidget *w, const QPoint &pos)
{
    return pos.isNull() ? w->rect().center() : pos;
}

/// The part of `w` (in its own coordinates) that its ancestors do not clip away.
QRect unclippedRect(const QWidget *w)
{
    if (!w->isVisible())
        return {};
    QRect r = w->rect();
    QPoint offset;
    const QWidget *cur = w;
    while (!cur->isWindow() && cur->parentWidget()) {
        offset += cur->pos();
        cur = cur->parentWidget();
        r &= cur->rect().translated(-offset);
    }
    return r;
}

/// Height of the scroll viewport `w` is shown in (0: none).
int viewportHeight(const QWidget *w)
{
    for (const QWidget *cur = w->parentWidget(); cur && cur->parentWidget(); cur = cur->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(cur->parentWidget());
        if (area && area->viewport() == cur)
            return cur->height();
    }
    return 0;
}

/// Whether a learner would say `w` is "on screen": all of it, or as much as its viewport can show.
bool isShownInViewport(const QWidget *w)
{
    const QRect r = unclippedRect(w);
    if (r.isEmpty())
        return false;
    if (r == w->rect())
        return true;
    const int vh = viewportHeight(w);
    return vh > 0 && r.height() >= vh - 1 && r.width() == w->width();
}

/// Scrolls the enclosing scroll areas so that `pos` of `w` can be pointed at, as a learner would:
/// the innermost first (a page in the scene), then those around it (the scene itself, or the
/// whole screen, scroll when the window is too small for them).
void bringIntoView(QWidget *w, const QPoint &pos)
{
    for (QWidget *cur = w->parentWidget(); cur && !unclippedRect(w).contains(pos); cur = cur->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(cur))
            area->ensureWidgetVisible(w, 20, 20);
    }
}

/// The widget a real pointer at `global` reaches in `target`'s window, or null with `problem` set
/// when something else covers the target.
QWidget *hitAt(QWidget *target, const QPoint &global, QString *problem)
{
    QWidget *window = target->window();
    QWidget *hit = window->childAt(window->mapFromGlobal(global));
    if (!hit)
        hit = window;
    if (hit == target || target->isAncestorOf(hit) || hit->isAncestorOf(target))
        return hit;
    const QPoint local = target->mapFromGlobal(global);
    *problem = QStringLiteral("the point (%1, %2) of %3 is covered by %4")
                       .arg(local.x())
                       .arg(local.y())
                       .arg(describe(target), describe(hit));
    return nullptr;
}

/// Qt gives focus on a press to the first widget under the pointer that accepts click focus.
void focusOnPress(QWidget *hit, const QPoint &global)
{
    for (QWidget *w = hit; w; w = w->parentWidget()) {
        if (w->isEnabled() && (w->focusPolicy() & Qt::ClickFocus) == Qt::ClickFocus
            && w->rect().contains(w->mapFromGlobal(global))) {
            w->setFocus(Qt::MouseFocusReason);
            return;
        }
        if (w->isWindow())
            return;
    }
}

void sendMouse(QWidget *receiver, QEvent::Type type, const QPoint &global, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    if (!receiver)
        return;
    const QPointF g(global);
    QMouseEvent event(type, receiver->mapFromGlobal(g), receiver->window()->mapFromGlobal(g), g, button, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(receiver, &event);
}

/// A wheel turn as the window system delivers it: to the widget under the pointer, then up to its
/// parents until one scrolls. (QApplication does not propagate wheel events that are sent.)
void sendWheel(QWidget *hit, const QPoint &global, int delta)
{
    const QPointF g(global);
    for (QPointer<QWidget> w = hit; w;) {
        QWheelEvent wheel(w->mapFromGlobal(g), g, QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        wheel.setAccepted(false);
        QCoreApplication::sendEvent(w, &wheel);
        if (!w || wheel.isAccepted() || w->isWindow())
            return;
        w = w->parentWidget();
    }
}

/// Keys go where the window's focus is when it is inside `w` (e.g. the line edit of a composite field).
QWidget *keyTarget(QWidget *w)
{
    QWidget *focus = w->window()->focusWidget();
    if (focus && (focus == w || w->isAncestorOf(focus)))
        return focus;
    return w->focusProxy() ? w->focusProxy() : w;
}

void sendKey(QWidget *receiver, int key, const QString &text)
{
    if (!receiver)
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(receiver, &press);
    if (!receiver)
        return;
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(receiver, &release);
}

/// The key code a keyboard sends for a character (Qt's codes are Latin-1 upper case).
int keyForCharacter(QChar c)
{
    if (c == QLatin1Char(' '))
        return Qt::Key_Space;
    const char16_t u = c.toUpper().unicode();
    if (u >= 0x20 && u <= 0xFF)
        return u;
    return Qt::Key_unknown;
}

QString keyName(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return GesturePlayer::tr("Entrée");
    case Qt::Key_Backspace:
        return GesturePlayer::tr("Effacer");
    case Qt::Key_Delete:
        return GesturePlayer::tr("Suppr");
    case Qt::Key_Tab:
        return GesturePlayer::tr("Tab");
    case Qt::Key_Space:
        return GesturePlayer::tr("Espace");
    case Qt::Key_Escape:
        return GesturePlayer::tr("Échap");
    default:
        return QKeySequence(key).toString(QKeySequence::NativeText);
    }
}

QString keyText(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return QStringLiteral("\r");
    case Qt::Key_Backspace:
        return QStringLiteral("\b");
    case Qt::Key_Tab:
        return QStringLiteral("\t");
    case Qt::Key_Space:
        return QStringLiteral(" ");
    case Qt::Key_Escape:
        return QString(QChar(0x1b));
    case Qt::Key_Delete:
        return QString(QChar(0x7f));
    default:
        return {};
    }
}

} // namespace

GesturePlayer::GesturePlayer(GhostPointer *ghost, QObject *parent) : QObject(parent), m_ghost(ghost)
{
    m_move = new QVariantAnimation(this);
    m_move->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_move, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        if (m_ghost)
            m_ghost->setPointerPos(value.toPointF());
    });
}

GesturePlayer::~GesturePlayer()
{
    stop();
}

void GesturePlayer::setSpeed(double factor)
{
    m_speed = factor > 0 ? factor : NormalSpeed;
}

int GesturePlayer::scaled(int ms) const
{
    return static_cast<int>(std::lround(ms / m_speed));
}

void GesturePlayer::play(const QList<Gesture> &gestures)
{
    stop();
    m_gestures = gestures;
    m_index = 0;
    m_playing = true;
    const quint64 generation = ++m_generation;
    if (m_ghost) {
        if (!m_ghost->isVisible())
            m_ghost->setPointerPos(QPointF(m_ghost->width() * 0.5, m_ghost->height() * 0.85));
        m_ghost->show();
        m_ghost->raise();
    }
    after(generation, 0, [this, generation] { next(generation); });
}

void GesturePlayer::stop()
{
    if (m_grab) {
        // Never leave a widget believing the button is still down.
        QPointer<QWidget> grab = m_grab;
        m_grab = nullptr;
        sendMouse(grab, QEvent::MouseButtonRelease, m_grabGlobal, Qt::LeftButton, Qt::NoButton);
    }
    if (m_ghost)
        m_ghost->setPressed(false);
    const bool wasPlaying = m_playing;
    m_playing = false;
    ++m_generation;
    if (m_move)
        m_move->stop();
    if (wasPlaying)
        hideGhostLater(m_generation);
}

void GesturePlayer::after(quint64 generation, int ms, std::function<void()> then)
{
    if (generation != m_generation || !m_playing)
        return;
    QTimer::singleShot(scaled(ms), this, [this, generation, then = std::move(then)] {
        if (generation == m_generation && m_playing)
            then();
    });
}

void GesturePlayer::fail(const QString &reason)
{
    stop();
    emit failed(reason);
}

void GesturePlayer::hideGhostLater(quint64 generation)
{
    if (!m_ghost)
        return;
    QTimer::singleShot(scaled(1200), this, [this, generation] {
        if (generation == m_generation && !m_playing && m_ghost)
            m_ghost->hide();
    });
}

void GesturePlayer::next(quint64 generation)
{
    if (m_index >= m_gestures.size()) {
        m_playing = false;
        hideGhostLater(m_generation);
        emit finished();
        return;
    }
    const qsizetype number = m_index + 1;
    const Gesture gesture = m_gestures.at(m_index++);
    if (!gesture.widget) {
        fail(QStringLiteral("gesture %1: its widget is gone").arg(number));
        return;
    }
    if (gesture.widget->isVisible()) {
        perform(generation, gesture);
        return;
    }
    // The widget may be about to appear (a menu opened by the previous gesture): wait in real time.
    waitForWidget(generation, gesture, number, 0);
}

void GesturePlayer::waitForWidget(quint64 generation, const Gesture &gesture, qsizetype number, int waitedMs)
{
    QTimer::singleShot(AppearPollMs, this, [this, generation, gesture, number, waitedMs] {
        if (generation != m_generation || !m_playing)
            return;
        if (!gesture.widget)
            fail(QStringLiteral("gesture %1: its widget is gone").arg(number));
        else if (gesture.widget->isVisible())
            perform(generation, gesture);
        else if (waitedMs + AppearPollMs > AppearTimeoutMs)
            fail(QStringLiteral("gesture %1: %2 is not visible").arg(number).arg(describe(gesture.widget)));
        else
            waitForWidget(generation, gesture, number, waitedMs + AppearPollMs);
    });
}

void GesturePlayer::moveGhostTo(quint64 generation, QWidget *widget, const QPoint &pos, std::function<void()> then)
{
    if (!m_ghost) {
        after(generation, 0, std::move(then));
        return;
    }
    m_ghost->show();
    m_ghost->raise();
    const QPointF to = m_ghost->mapFromGlobal(QPointF(widget->mapToGlobal(pointIn(widget, pos))));
    const QPointF from = m_ghost->pointerPos();
    const double distance = QLineF(from, to).length();
    const int duration = scaled(std::clamp(static_cast<int>(300 + distance * 0.8), 350, 1100));
    m_move->stop();
    disconnect(m_moveDone);
    if (duration < 5 || distance < 1) {
        m_ghost->setPointerPos(to);
        after(generation, 0, std::move(then));
        return;
    }
    m_move->setStartValue(from);
    m_move->setEndValue(to);
    m_move->setDuration(duration);
    m_moveDone = connect(m_move, &QVariantAnimation::finished, this, [this, generation, then = std::move(then)] {
        if (generation == m_generation && m_playing)
            after(generation, 120, then); // a short pause on the target before acting
    });
    m_move->start();
}

void GesturePlayer::perform(quint64 generation, const Gesture &gesture)
{
    QWidget *widget = gesture.widget;
    const QPoint pos = pointIn(widget, gesture.pos);

    if (gesture.kind == Gesture::Kind::Key) {
        if (m_ghost)
            m_ghost->showKey(keyName(gesture.key));
        sendKey(keyTarget(widget), gesture.key, keyText(gesture.key));
        after(generation, 500, [this, generation] { next(generation); });
        return;
    }
    if (gesture.kind != Gesture::Kind::Scroll)
        bringIntoView(widget, pos);

    moveGhostTo(generation, widget, pos, [this, generation, gesture] {
        QWidget *target = gesture.widget;
        if (!target) {
            fail(QStringLiteral("the widget to act on disappeared"));
            return;
        }
        const QPoint at = pointIn(target, gesture.pos);
        const QPoint global = target->mapToGlobal(at);
        QString problem;

        switch (gesture.kind) {
        case Gesture::Kind::Click:
        case Gesture::Kind::Type:
        case Gesture::Kind::DoubleClick: {
            QPointer<QWidget> hit = hitAt(target, global, &problem);
            if (!hit) {
                fail(problem);
                return;
            }
            if (m_ghost)
                m_ghost->ripple();
            focusOnPress(hit, global);
            sendMouse(hit, QEvent::MouseButtonPress, global, Qt::LeftButton, Qt::LeftButton);
            sendMouse(hit, QEvent::MouseButtonRelease, global, Qt::LeftButton, Qt::NoButton);
            if (gesture.kind == Gesture::Kind::DoubleClick) {
                // As the window system reports it: press, release, double-click, release.
                sendMouse(hit, QEvent::MouseButtonDblClick, global, Qt::LeftButton, Qt::LeftButton);
                sendMouse(hit, QEvent::MouseButtonRelease, global, Qt::LeftButton, Qt::NoButton);
                QPointer<GhostPointer> ghost = m_ghost;
                QTimer::singleShot(scaled(160), this, [ghost] {
                    if (ghost)
                        ghost->ripple();
                });
            }
            if (gesture.kind == Gesture::Kind::Type) {
                QPointer<QWidget> field = gesture.widget;
                const QString text = gesture.text;
                after(generation, 250, [this, generation, field, text] { typeText(generation, field, text, 0); });
            } else {
                after(generation, 450, [this, generation] { next(generation); });
            }
            return;
        }
        case Gesture::Kind::RightClick: {
            QPointer<QWidget> hit = hitAt(target, global, &problem);
            if (!hit) {
                fail(problem);
                return;
            }
            if (m_ghost)
                m_ghost->ripple(true);
            focusOnPress(hit, global);
            sendMouse(hit, QEvent::MouseButtonPress, global, Qt::RightButton, Qt::RightButton);
            if (hit) {
                // On X11 and Wayland the context menu comes with the press.
                QContextMenuEvent menu(QContextMenuEvent::Mouse, hit->mapFromGlobal(global), global);
                QCoreApplication::sendEvent(hit, &menu);
            }
            sendMouse(hit, QEvent::MouseButtonRelease, global, Qt::RightButton, Qt::NoButton);
            after(generation, 450, [this, generation] { next(generation); });
            return;
        }
        case Gesture::Kind::Drag: {
            if (!gesture.dropWidget) {
                fail(QStringLiteral("drag from %1: the drop target is gone").arg(describe(target)));
                return;
            }
            QPointer<QWidget> hit = hitAt(target, global, &problem);
            if (!hit) {
                fail(problem);
                return;
            }
            focusOnPress(hit, global);
            m_grab = hit;
            m_grabGlobal = global;
            if (m_ghost) {
                m_ghost->ripple();
                m_ghost->setPressed(true);
            }
            sendMouse(hit, QEvent::MouseButtonPress, global, Qt::LeftButton, Qt::LeftButton);
            after(generation, 200, [this, generation, gesture] { dragMoves(generation, gesture, 1); });
            return;
        }
        case Gesture::Kind::Scroll:
            scrollStep(generation, gesture, 0, -1);
            return;
        case Gesture::Kind::Invoke:
            if (m_ghost)
                m_ghost->ripple();
            if (gesture.invoke)
                gesture.invoke();
            after(generation, 450, [this, generation] { next(generation); });
            return;
        case Gesture::Kind::Key:
            break; // handled above
        }
        after(generation, 0, [this, generation] { next(generation); });
    });
}

void GesturePlayer::typeText(quint64 generation, QPointer<QWidget> widget, QString text, qsizetype from)
{
    const bool oneByOne = scaled(100) > 0; // at human pace the letters appear one after another
    qsizetype i = from;
    while (i < text.size()) {
        if (!widget) {
            fail(QStringLiteral("the field being typed into disappeared"));
            return;
        }
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            length = 2;
        const QString character = text.mid(i, length);
        const int key = character == QStringLiteral("\b") ? int(Qt::Key_Backspace)
                      : character == QStringLiteral("\n") || character == QStringLiteral("\r")
                          ? int(Qt::Key_Return)
                          : (length == 1 ? keyForCharacter(character.at(0)) : int(Qt::Key_unknown));
        sendKey(keyTarget(widget), key, key == Qt::Key_Return ? QStringLiteral("\r") : character);
        i += length;
        if (generation != m_generation || !m_playing)
            return; // the step ended while typing (e.g. the text was already right)
        if (oneByOne && i < text.size()) {
            after(generation, 110, [this, generation, widget, text, i] { typeText(generation, widget, text, i); });
            return;
        }
    }
    after(generation, 300, [this, generation] { next(generation); });
}

void GesturePlayer::dragMoves(quint64 generation, const Gesture &gesture, int step)
{
    if (!m_grab || !gesture.dropWidget) {
        fail(QStringLiteral("the dragged item or its drop target disappeared during the drag"));
        return;
    }
    const int steps = scaled(100) > 0 ? 16 : 4;
    const QPoint dropGlobal = gesture.dropWidget->mapToGlobal(pointIn(gesture.dropWidget, gesture.dropPos));
    const QPointF start(m_grabGlobal);
    const QPointF end(dropGlobal);
    const QPoint global = (start + (end - start) * (double(step) / steps)).toPoint();
    // The grab: every move and the release go to the widget that got the press.
    sendMouse(m_grab, QEvent::MouseMove, global, Qt::NoButton, Qt::LeftButton);
    if (m_ghost)
        m_ghost->setPointerPos(m_ghost->mapFromGlobal(QPointF(global)));
    if (generation != m_generation || !m_playing)
        return;
    if (step < steps) {
        after(generation, 45, [this, generation, gesture, step] { dragMoves(generation, gesture, step + 1); });
        return;
    }
    QPointer<QWidget> grab = m_grab;
    m_grab = nullptr;
    if (m_ghost)
        m_ghost->setPressed(false);
    sendMouse(grab, QEvent::MouseButtonRelease, dropGlobal, Qt::LeftButton, Qt::NoButton);
    after(generation, 450, [this, generation] { next(generation); });
}

void GesturePlayer::scrollStep(quint64 generation, const Gesture &gesture, int count, qint64 lastArea)
{
    QWidget *widget = gesture.widget;
    if (!widget) {
        fail(QStringLiteral("the page to scroll disappeared"));
        return;
    }
    QWidget *until = gesture.until;
    const bool hasUntil = !gesture.until.isNull();
    if (hasUntil && !until) {
        fail(QStringLiteral("the element to scroll to disappeared"));
        return;
    }
    qint64 area = -1;
    if (until) {
        if (isShownInViewport(until)) {
            after(generation, 300, [this, generation] { next(generation); });
            return;
        }
        const QRect r = unclippedRect(until);
        area = qint64(r.width()) * r.height();
        if (count > 0 && area == lastArea && area > 0) {
            // Scrolling shows no more of it: as much as can be seen is on screen.
            after(generation, 300, [this, generation] { next(generation); });
            return;
        }
        if (count >= MaxWheelTurns) {
            fail(QStringLiteral("%1 did not come into view after %2 turns of the wheel")
                         .arg(describe(until))
                         .arg(MaxWheelTurns));
            return;
        }
    } else if (count > 0) {
        after(generation, 300, [this, generation] { next(generation); });
        return;
    }

    const QPoint global = widget->mapToGlobal(pointIn(widget, gesture.pos));
    QString problem;
    QPointer<QWidget> hit = hitAt(widget, global, &problem);
    if (!hit) {
        fail(problem);
        return;
    }
    const QPoint untilBefore = until ? until->mapToGlobal(QPoint()) : QPoint();
    sendWheel(hit, global, gesture.wheelDelta);
    if (generation != m_generation || !m_playing)
        return;
    if (until && area == 0 && until->mapToGlobal(QPoint()) == untilBefore && count > 2) {
        fail(QStringLiteral("turning the wheel over %1 does not move %2").arg(describe(widget), describe(until)));
        return;
    }
    after(generation, 140, [this, generation, gesture, count, area] { scrollStep(generation, gesture, count + 1, area); });
}
