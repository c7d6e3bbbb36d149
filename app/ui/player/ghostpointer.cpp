#include "ghostpointer.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

namespace {

/// Size of the drawn pointer relative to a normal arrow: large enough to follow from across a room.
constexpr qreal Scale = 2.6;
constexpr int RippleRadius = 46;
constexpr int RippleMs = 450;
constexpr int KeyShownMs = 900;

/// The classic arrow, tip at (0, 0), in unscaled units.
QPainterPath arrowShape()
{
    QPainterPath path;
    path.moveTo(0, 0);
    path.lineTo(0, 17);
    path.lineTo(4.2, 13.2);
    path.lineTo(7.2, 20);
    path.lineTo(10, 18.8);
    path.lineTo(7.1, 12.2);
    path.lineTo(12.6, 12.2);
    path.closeSubpath();
    return path;
}

} // namespace

GhostPointer::GhostPointer(QWidget *overlayParent) : QWidget(overlayParent)
{
    setObjectName(QStringLiteral("ghostPointer"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Pointeur de démonstration"));
    if (overlayParent) {
        setGeometry(overlayParent->rect());
        overlayParent->installEventFilter(this);
    }

    m_rippleAnimation = new QVariantAnimation(this);
    m_rippleAnimation->setStartValue(0.0);
    m_rippleAnimation->setEndValue(1.0);
    m_rippleAnimation->setDuration(RippleMs);
    connect(m_rippleAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_ripple = value.toReal();
        update();
    });
    connect(m_rippleAnimation, &QVariantAnimation::finished, this, [this] {
        m_ripple = -1;
        update();
    });

    // A plain animation used as a one-shot timer, so it belongs to this widget and dies with it.
    m_keyTimer = new QVariantAnimation(this);
    m_keyTimer->setStartValue(0);
    m_keyTimer->setEndValue(1);
    m_keyTimer->setDuration(KeyShownMs);
    connect(m_keyTimer, &QVariantAnimation::finished, this, [this] {
        m_key.clear();
        update();
    });
    hide();
}

void GhostPointer::setPointerPos(const QPointF &pos)
{
    if (pos == m_pos)
        return;
    const QRect before = pointerBounds(m_pos);
    m_pos = pos;
    update(before);
    update(pointerBounds(m_pos));
}

void GhostPointer::ripple(bool secondary)
{
    m_rippleSecondary = secondary;
    m_rippleAnimation->stop();
    m_rippleAnimation->start();
}

void GhostPointer::setPressed(bool pressed)
{
    m_pressed = pressed;
    update(pointerBounds(m_pos));
}

void GhostPointer::showKey(const QString &keyName)
{
    m_key = keyName;
    m_keyTimer->stop();
    if (!m_key.isEmpty())
        m_keyTimer->start();
    update();
}

void GhostPointer::setAccentColor(const QColor &color)
{
    m_accent = color;
    update();
}

bool GhostPointer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::ChildAdded && isVisible())
            raise(); // stay above widgets the parent adds later
    }
    return QWidget::eventFilter(watched, event);
}

QRect GhostPointer::pointerBounds(const QPointF &pos) const
{
    const int margin = RippleRadius + 260; // ripple and key label
    return QRect(pos.toPoint() - QPoint(margin, margin), QSize(2 * margin, 2 * margin));
}

void GhostPointer::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);

    // Halo: makes the pointer easy to find on any scene.
    QColor halo = m_accent;
    halo.setAlpha(m_pressed ? 110 : 60);
    p.setPen(Qt::NoPen);
    p.setBrush(halo);
    const qreal haloRadius = m_pressed ? 26 : 34;
    p.drawEllipse(m_pos, haloRadius, haloRadius);

    if (m_ripple >= 0) {
        QColor ring = m_rippleSecondary ? QColor(0xE0, 0x7A, 0x00) : m_accent;
        ring.setAlphaF(1.0 - m_ripple);
        p.setPen(QPen(ring, 6));
        p.setBrush(Qt::NoBrush);
        const qreal r = 10 + m_ripple * RippleRadius;
        p.drawEllipse(m_pos, r, r);
    }

    p.save();
    p.translate(m_pos);
    p.scale(m_pressed ? Scale * 0.9 : Scale, m_pressed ? Scale * 0.9 : Scale);
    const QPainterPath arrow = arrowShape();
    // Soft shadow, then a white arrow with a dark outline: readable on light and dark scenes.
    p.translate(1.2, 1.2);
    p.fillPath(arrow, QColor(0, 0, 0, 70));
    p.translate(-1.2, -1.2);
    p.setPen(QPen(QColor(0x1F, 0x23, 0x28), 1.2 / Scale * 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::white);
    p.drawPath(arrow);
    p.restore();

    if (!m_key.isEmpty()) {
        QFont f = font();
        f.setPixelSize(24);
        f.setBold(true);
        p.setFont(f);
        const QFontMetrics fm(f);
        const QRect textRect = fm.boundingRect(m_key);
        QRectF box(m_pos + QPointF(40, 30), QSizeF(textRect.width() + 32, fm.height() + 20));
        p.setPen(QPen(QColor(0x1F, 0x23, 0x28), 2));
        p.setBrush(QColor(0xFF, 0xF8, 0xE1));
        p.drawRoundedRect(box, 10, 10);
        p.drawText(box, Qt::AlignCenter, m_key);
    }
}
