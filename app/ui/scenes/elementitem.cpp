#include "elementitem.h"

#include "scenestyle.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOption>

ElementItem::ElementItem(const QString &look, QWidget *parent) : QAbstractButton(parent)
{
    setProperty("look", look);
    // Tab focus only: a mouse click must not leave a ring that looks like a selection.
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setLayoutDirection(Qt::LeftToRight);
    // Unlike a push button, an item may be narrower than its text on one line: its labels wrap.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QString ElementItem::look() const
{
    return property("look").toString();
}

void ElementItem::setPainter(Painter painter)
{
    m_painter = std::move(painter);
    update();
}

QHBoxLayout *ElementItem::rowLayout()
{
    if (!m_row) {
        m_row = new QHBoxLayout(this);
        m_row->setContentsMargins(12, 6, 12, 6);
        m_row->setSpacing(12);
    }
    return m_row;
}

QLabel *ElementItem::addLabel(const QString &text, const QString &role)
{
    auto *label = new QLabel(breakableText(text), this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    if (!role.isEmpty())
        label->setProperty("role", role);
    rowLayout()->addWidget(label, 1);
    return label;
}

void ElementItem::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    setProperty("selected", selected);
    style()->unpolish(this);
    style()->polish(this);
    update();
}

QSize ElementItem::sizeHint() const
{
    const int side = SceneStyle::fromApplication().minTarget();
    return QAbstractButton::sizeHint().expandedTo(QSize(side, side));
}

QSize ElementItem::minimumSizeHint() const
{
    const int side = 44;
    return QAbstractButton::minimumSizeHint().expandedTo(QSize(side, side));
}

void ElementItem::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QStyleOption opt;
    opt.initFrom(this);
    if (isDown())
        opt.state |= QStyle::State_Sunken;
    style()->drawPrimitive(QStyle::PE_Widget, &opt, &p, this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_painter) {
        p.save();
        m_painter(p, *this);
        p.restore();
    }
    if (hasFocus()) {
        // Keyboard users must always see where they are: a thick blue ring.
        QPen pen(SceneStyle::focusRing(), 3);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const QRectF r = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
        if (m_round)
            p.drawEllipse(r);
        else
            p.drawRoundedRect(r, 6, 6);
    }
}

bool ElementItem::hitButton(const QPoint &pos) const
{
    if (!m_round)
        return rect().contains(pos);
    const QPointF c = QRectF(rect()).center();
    const double r = std::min(width(), height()) / 2.0;
    const QPointF d = QPointF(pos) - c;
    return d.x() * d.x() + d.y() * d.y() <= r * r;
}

void ElementItem::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        if (!hitButton(event->position().toPoint())) {
            event->ignore();
            return;
        }
        event->accept();
        emit rightClicked(event->globalPosition().toPoint());
        return;
    }
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    if (!hitButton(event->position().toPoint())) {
        event->ignore(); // outside a round target: the background was clicked
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_swallowRelease = false;
    m_pressPos = event->position().toPoint();
    QAbstractButton::mousePressEvent(event);
}

void ElementItem::mouseMoveEvent(QMouseEvent *event)
{
    if (m_draggable && m_pressed && (event->buttons() & Qt::LeftButton)) {
        const QPoint pos = event->position().toPoint();
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setDown(false);
            emit dragStarted(event->globalPosition().toPoint(), m_pressPos);
        }
        if (m_dragging) {
            emit dragMoved(event->globalPosition().toPoint());
            event->accept();
            return;
        }
    }
    QAbstractButton::mouseMoveEvent(event);
}

void ElementItem::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        event->accept();
        emit dragFinished(event->globalPosition().toPoint());
        return;
    }
    if (m_swallowRelease) {
        // The release that ends a double click: the double click was already reported.
        m_swallowRelease = false;
        setDown(false);
        event->accept();
        return;
    }
    QAbstractButton::mouseReleaseEvent(event);
}

void ElementItem::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !hitButton(event->position().toPoint())) {
        event->ignore();
        return;
    }
    event->accept();
    m_swallowRelease = true;
    m_pressed = false;
    emit doubleClicked();
}

void ElementItem::contextMenuEvent(QContextMenuEvent *event)
{
    // The mouse case is handled on press; the keyboard (Menu key) arrives here.
    event->accept();
    if (event->reason() == QContextMenuEvent::Keyboard && !m_menuKeyHandled)
        emit rightClicked(mapToGlobal(rect().center()));
    m_menuKeyHandled = false;
}

void ElementItem::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    m_menuKeyHandled = false;
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        event->accept();
        if (m_enterKey == EnterKey::DoubleClick)
            emit doubleClicked();
        else
            click();
        return;
    }
    if (key == Qt::Key_Menu || (key == Qt::Key_F10 && (event->modifiers() & Qt::ShiftModifier))) {
        event->accept();
        m_menuKeyHandled = true; // some platforms also send a keyboard context-menu event
        emit rightClicked(mapToGlobal(rect().center()));
        return;
    }
    QAbstractButton::keyPressEvent(event);
}
