#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QWidget>

class QVariantAnimation;

/// A large, friendly pointer drawn over the player ("Montre-moi" and the demonstration): it
/// shows where the action happens, ripples when it clicks and shows the key it presses.
/// It is only a picture: transparent for the mouse, never focused, and it never sends events
/// (GesturePlayer does).
class GhostPointer : public QWidget
{
    Q_OBJECT

public:
    /// Covers `overlayParent` entirely and follows its size.
    explicit GhostPointer(QWidget *overlayParent);

    /// Where the tip of the pointer is, in this widget's coordinates.
    QPointF pointerPos() const { return m_pos; }
    void setPointerPos(const QPointF &pos);

    /// A click ripple at the tip (`secondary`: the right button, drawn in another colour).
    void ripple(bool secondary = false);
    /// A button is held (dragging): the pointer looks pressed.
    void setPressed(bool pressed);
    bool isPressed() const { return m_pressed; }
    /// Shows the name of a key beside the pointer for a moment (empty: hides it).
    void showKey(const QString &keyName);

    void setAccentColor(const QColor &color);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect pointerBounds(const QPointF &pos) const;

    QPointF m_pos;
    bool m_pressed = false;
    bool m_rippleSecondary = false;
    qreal m_ripple = -1; ///< 0..1 while a ripple plays, -1 otherwise
    QString m_key;
    QColor m_accent = QColor(0x1D, 0x5B, 0xBF);
    QVariantAnimation *m_rippleAnimation = nullptr;
    QVariantAnimation *m_keyTimer = nullptr;
};
