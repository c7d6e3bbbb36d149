#include "scenepopups.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

SceneContextMenu::SceneContextMenu(const QString &ownerId, QWidget *view)
    : QFrame(view), m_ownerId(ownerId), m_entries(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("scene-context-menu"));
    setAccessibleName(QStringLiteral("Menu"));
    setLayoutDirection(Qt::LeftToRight);
    m_entries->setContentsMargins(6, 6, 6, 6);
    m_entries->setSpacing(2);
    hide();
}

void SceneContextMenu::popup(const QPoint &viewPos, bool focusFirst)
{
    QWidget *view = parentWidget();
    adjustSize();
    resize(std::max(width(), 260), height());
    QPoint pos = viewPos;
    if (view && view->height() < height()) {
        // A scene lower than the menu grows to hold it: it scrolls on a small screen instead.
        view->setMinimumHeight(std::max(view->minimumSizeHint().height(), height()));
        view->resize(view->width(), height());
    }
    if (view) {
        pos.setX(std::clamp(pos.x(), 0, std::max(0, view->width() - width())));
        pos.setY(std::clamp(pos.y(), 0, std::max(0, view->height() - height())));
    }
    move(pos);
    show();
    raise();
    if (focusFirst) {
        for (int i = 0; i < m_entries->count(); ++i) {
            if (QWidget *w = m_entries->itemAt(i)->widget()) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
}

void SceneContextMenu::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        focusNextChild();
        break;
    case Qt::Key_Up:
        focusPreviousChild();
        break;
    case Qt::Key_Escape:
        hide();
        break;
    default:
        QFrame::keyPressEvent(event);
        return;
    }
    event->accept();
}

SceneModalLayer::SceneModalLayer(QWidget *view) : QWidget(view), m_panel(new QFrame(this))
{
    setLayoutDirection(Qt::LeftToRight);
    m_panel->setProperty("role", QStringLiteral("panel"));
    view->installEventFilter(this);
    hide();
}

void SceneModalLayer::open()
{
    if (QWidget *view = parentWidget())
        setGeometry(view->rect());
    placePanel();
    show();
    raise();
}

void SceneModalLayer::close()
{
    hide();
}

bool SceneModalLayer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(parentWidget()->rect());
        placePanel();
    }
    return QWidget::eventFilter(watched, event);
}

void SceneModalLayer::placePanel()
{
    m_panel->adjustSize();
    const QSize size(std::min(std::max(m_panel->sizeHint().width(), 640), std::max(320, width() - 40)),
                     std::min(m_panel->sizeHint().height(), std::max(240, height() - 40)));
    m_panel->resize(size);
    m_panel->move((width() - size.width()) / 2, std::max(10, (height() - size.height()) / 2));
}

void SceneModalLayer::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 90));
}

void SceneModalLayer::mousePressEvent(QMouseEvent *event)
{
    event->accept();
}

void SceneModalLayer::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
}

void SceneModalLayer::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept();
}

void SceneModalLayer::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        emit escapePressed();
        return;
    }
    QWidget::keyPressEvent(event);
}
