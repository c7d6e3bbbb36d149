#pragma once

#include <QAbstractButton>
#include <QPoint>
#include <QPointer>

#include <functional>

class QHBoxLayout;
class QLabel;

/// A clickable part of a scene that is not a native form control: a practice target, an icon,
/// a link, a mail in the list, a menu entry, a quiz card… It reports clicks, double clicks,
/// right clicks and (when draggable) drags, by mouse and by keyboard, and draws a visible focus
/// ring. Its look comes from the view's style sheet (property `look`) and an optional painter.
///
/// Qt delivers press, release, double-click, release for a double click: the first release is
/// a `clicked()`, the double-click event a `doubleClicked()`, the last release is swallowed.
class ElementItem : public QAbstractButton
{
    Q_OBJECT

public:
    enum class EnterKey { Click, DoubleClick };
    using Painter = std::function<void(QPainter &, const ElementItem &)>;

    explicit ElementItem(const QString &look, QWidget *parent = nullptr);

    QString look() const;

    /// Extra drawing on top of the style sheet background (icons, discs, badges).
    void setPainter(Painter painter);
    /// Adds a word-wrapped label laid out inside the item (mouse events go to the item).
    QLabel *addLabel(const QString &text, const QString &role = {});
    QHBoxLayout *rowLayout();

    void setDraggable(bool draggable) { m_draggable = draggable; }
    bool isDraggable() const { return m_draggable; }
    bool isDragging() const { return m_dragging; }
    /// What Enter does: a click (buttons, links) or a double click (icons, files: "open").
    void setEnterKey(EnterKey key) { m_enterKey = key; }
    /// Hit area is the inscribed circle (practice targets), not the whole rectangle.
    void setRound(bool round) { m_round = round; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void doubleClicked();
    void rightClicked(const QPoint &globalPos);
    void dragStarted(const QPoint &globalPos, const QPoint &grabOffset);
    void dragMoved(const QPoint &globalPos);
    void dragFinished(const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    Painter m_painter;
    QHBoxLayout *m_row = nullptr;
    bool m_draggable = false;
    bool m_dragging = false;
    bool m_pressed = false;
    bool m_swallowRelease = false;
    bool m_round = false;
    bool m_selected = false;
    bool m_menuKeyHandled = false;
    EnterKey m_enterKey = EnterKey::Click;
    QPoint m_pressPos;
};
