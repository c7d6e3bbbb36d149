#include "practicesceneview.h"

#include "scenes/elementitem.h"
#include "scenes/elementwidgetfactory.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// The calm background of the exercises.
class PracticeCanvas : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QLinearGradient g(0, 0, 0, height());
        g.setColorAt(0, QColor(0xf4, 0xf8, 0xfc));
        g.setColorAt(1, QColor(0xe3, 0xec, 0xf7));
        p.fillRect(rect(), g);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 110));
        p.drawEllipse(QPointF(width() * 0.12, height() * 0.85), width() * 0.22, width() * 0.22);
        p.drawEllipse(QPointF(width() * 0.9, height() * 0.1), width() * 0.16, width() * 0.16);
    }
};

bool hasPosition(const Element &e)
{
    return e.x >= 0 && e.y >= 0;
}

} // namespace

int PracticeSceneView::targetSide(const QString &size)
{
    if (size == QLatin1String("small"))
        return 56;
    if (size == QLatin1String("medium"))
        return 96;
    return 160;
}

QString PracticeSceneView::extraStyleSheet() const
{
    return QStringLiteral(R"(
ElementItem[look="drag-item"] { background: #ffffff; border: 2px solid #9fb3cf; border-radius: 14px; }
ElementItem[look="drag-item"]:hover { border-color: #1d5bbf; }
ElementItem[look="drag-item"] QLabel { font-weight: bold; }
ElementItem[look="drop-zone"] { background: rgba(255, 255, 255, 150); border-radius: 18px; }
ElementItem[look="drop-zone"] QLabel { color: #3b4a60; font-weight: bold; }
QLabel[role="target-caption"] { font-weight: bold; color: #1f2328; }
)");
}

void PracticeSceneView::clearScene()
{
    m_placed.clear();
    m_moved.clear();
}

void PracticeSceneView::buildScene(QWidget *root)
{
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *canvas = new PracticeCanvas(root);
    canvas->setObjectName(QStringLiteral("practice-canvas"));
    canvas->setAccessibleName(scene().title);
    layout->addWidget(canvas);
    m_canvas = canvas;
    // Zones first, so items stay above them.
    for (const Element &e : scene().elements)
        if (e.kind == ElementKind::DropZone)
            buildElement(e, canvas);
    for (const Element &e : scene().elements)
        if (e.kind != ElementKind::DropZone)
            buildElement(e, canvas);
    canvas->installEventFilter(this);
    layoutCanvas();
}

QWidget *PracticeSceneView::buildElement(const Element &e, QWidget *canvas)
{
    Placed placed;
    placed.element = &e;
    const SceneStyle &st = sceneStyle();
    switch (e.kind) {
    case ElementKind::Target: {
        ElementItem *item = createItem(e, QStringLiteral("target"), canvas);
        const int side = targetSide(e.size);
        item->setFixedSize(side, side);
        item->setRound(true);
        const QString label = e.label;
        QFont f = font();
        f.setPixelSize(side >= 96 ? st.px(1.2) : st.px(0.9));
        f.setBold(true);
        const bool fits = QFontMetrics(f).horizontalAdvance(label) <= side - 16;
        item->setPainter([label, f, fits](QPainter &p, const ElementItem &self) {
            const QRectF r = QRectF(self.rect()).adjusted(3, 3, -3, -3);
            QRadialGradient g(r.center(), r.width() / 2);
            g.setColorAt(0, QColor(0x3b, 0x7d, 0xe0));
            g.setColorAt(1, self.isDown() ? QColor(0x0f, 0x3f, 0x8f) : QColor(0x17, 0x4e, 0xa8));
            p.setPen(QPen(Qt::white, 4));
            p.setBrush(g);
            p.drawEllipse(r);
            p.setPen(QPen(QColor(255, 255, 255, 120), 3));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r.adjusted(r.width() * 0.2, r.height() * 0.2, -r.width() * 0.2, -r.height() * 0.2));
            if (fits) {
                p.setFont(f);
                p.setPen(Qt::white);
                p.drawText(r, Qt::AlignCenter, label);
            }
        });
        if (!fits && !label.isEmpty()) {
            QLabel *caption = ElementWidgetFactory::plainLabel(label, canvas, QStringLiteral("target-caption"));
            caption->setWordWrap(false);
            caption->setAlignment(Qt::AlignCenter);
            placed.caption = caption;
        }
        item->setEnterKey(ElementItem::EnterKey::Click);
        placed.widget = item;
        break;
    }
    case ElementKind::DragItem: {
        ElementItem *item = createItem(e, QStringLiteral("drag-item"), canvas);
        auto *v = new QVBoxLayout(item);
        v->setContentsMargins(12, 12, 12, 12);
        v->setSpacing(6);
        auto *icon = new QLabel(item);
        icon->setAttribute(Qt::WA_TransparentForMouseEvents);
        QPixmap pm = e.image.isEmpty() ? QPixmap() : loadScenePicture(resolveImage(e.image), QSize(72, 72));
        if (pm.isNull())
            pm = SceneIcons::pixmap(SceneIcons::iconFor(e.icon, e.label), 64);
        icon->setPixmap(pm);
        icon->setAlignment(Qt::AlignCenter);
        v->addWidget(icon);
        QLabel *text = ElementWidgetFactory::plainLabel(e.label, item);
        text->setAttribute(Qt::WA_TransparentForMouseEvents);
        text->setAlignment(Qt::AlignCenter);
        v->addWidget(text);
        item->setMinimumSize(150, 130);
        makeDraggable(item);
        placed.widget = item;
        break;
    }
    case ElementKind::DropZone: {
        ElementItem *item = createItem(e, QStringLiteral("drop-zone"), canvas);
        const QString icon = e.icon;
        item->setPainter([icon](QPainter &p, const ElementItem &self) {
            QPen pen(QColor(0x5b, 0x77, 0x9c), 3, Qt::DashLine);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 18, 18);
            if (!icon.isEmpty()) {
                const QPixmap pm = SceneIcons::pixmap(icon, 72);
                p.setOpacity(0.55);
                p.drawPixmap((self.width() - 72) / 2, (self.height() - 72) / 2 + 14, pm);
            }
        });
        auto *v = new QVBoxLayout(item);
        v->setContentsMargins(16, 12, 16, 12);
        QLabel *text = ElementWidgetFactory::plainLabel(e.label, item);
        text->setAttribute(Qt::WA_TransparentForMouseEvents);
        text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        v->addWidget(text);
        v->addStretch(1);
        item->setMinimumSize(240, 190);
        addDropTarget(e.id, item);
        placed.widget = item;
        break;
    }
    default: {
        ElementWidgetFactory factory(*this);
        QWidget *w = factory.create(e, canvas);
        if (!w)
            return nullptr;
        if (e.kind == ElementKind::Heading || e.kind == ElementKind::Text)
            static_cast<QLabel *>(w)->setAlignment(Qt::AlignCenter);
        placed.widget = w;
        break;
    }
    }
    m_placed.append(placed);
    return placed.widget;
}

bool PracticeSceneView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        layoutCanvas();
    return SceneViewBase::eventFilter(watched, event);
}

void PracticeSceneView::layoutCanvas()
{
    if (!m_canvas)
        return;
    const int W = m_canvas->width();
    const int H = m_canvas->height();
    const int flowWidth = std::min(760, std::max(200, W - 80));
    int flowY = 32;
    int bottom = 0;
    for (const Placed &placed : std::as_const(m_placed)) {
        QWidget *w = placed.widget;
        if (!w)
            continue;
        const Element &e = *placed.element;
        QSize size = w->sizeHint().expandedTo(w->minimumSize());
        if (e.kind == ElementKind::TextField || e.kind == ElementKind::PasswordField || e.kind == ElementKind::DateField
            || e.kind == ElementKind::Select)
            size.setWidth(std::min(540, W - 40));
        if (e.kind == ElementKind::ScrollPage)
            size = QSize(static_cast<int>(W * 0.6), static_cast<int>(H * 0.65));
        if (e.width > 0)
            size.setWidth(static_cast<int>(W * e.width / 100.0));
        if (e.height > 0)
            size.setHeight(static_cast<int>(H * e.height / 100.0));
        if (w->maximumWidth() < size.width())
            size.setWidth(w->maximumWidth());
        if (w->minimumWidth() > size.width())
            size.setWidth(w->minimumWidth());
        if (w->hasHeightForWidth() && e.height <= 0)
            size.setHeight(std::max(size.height(), w->heightForWidth(size.width())));

        QPoint topLeft;
        const auto moved = m_moved.constFind(w);
        if (moved != m_moved.constEnd()) {
            topLeft = QPoint(static_cast<int>(moved->x() * W) - size.width() / 2,
                             static_cast<int>(moved->y() * H) - size.height() / 2);
        } else if (hasPosition(e)) {
            // x, y: the centre; with a width and height given, the top-left corner.
            topLeft = QPoint(static_cast<int>(W * e.x / 100.0), static_cast<int>(H * e.y / 100.0));
            if (e.width <= 0 || e.height <= 0)
                topLeft -= QPoint(size.width() / 2, size.height() / 2);
        } else {
            const bool fullWidth = e.kind == ElementKind::Text || e.kind == ElementKind::Heading
                    || e.kind == ElementKind::Notice || e.kind == ElementKind::Form || e.kind == ElementKind::Image;
            if (fullWidth) {
                size.setWidth(flowWidth);
                if (w->hasHeightForWidth())
                    size.setHeight(w->heightForWidth(flowWidth));
            }
            topLeft = QPoint((W - size.width()) / 2, flowY);
            flowY += size.height() + 16;
        }
        const int captionHeight = placed.caption ? placed.caption->sizeHint().height() + 4 : 0;
        topLeft.setX(std::clamp(topLeft.x(), 0, std::max(0, W - size.width())));
        topLeft.setY(std::clamp(topLeft.y(), 0, std::max(0, H - size.height() - captionHeight)));
        w->setGeometry(QRect(topLeft, size));
        bottom = std::max(bottom, w->geometry().bottom() + 1 + captionHeight);
        if (placed.caption) {
            const QSize cs = placed.caption->sizeHint();
            placed.caption->setGeometry(topLeft.x() + (size.width() - cs.width()) / 2, topLeft.y() + size.height() + 4,
                                        cs.width(), cs.height());
        }
    }
    // Elements that do not fit (a low screen) make the canvas taller: the scene scrolls
    // (SceneViewBase) instead of cutting them off. Only ever raised, so this settles at once.
    if (bottom > m_canvas->minimumHeight())
        m_canvas->setMinimumHeight(bottom);
}

std::function<void()> PracticeSceneView::placeDropped(ElementItem *item, const QString &zoneId, const QPoint &viewPos)
{
    if (!m_canvas || m_canvas->width() <= 0 || m_canvas->height() <= 0)
        return SceneViewBase::placeDropped(item, zoneId, viewPos);
    const bool hadMove = m_moved.contains(item);
    const QPointF before = m_moved.value(item);
    QPoint centre = m_canvas->mapFrom(sceneRoot(), viewPos) + item->rect().center();
    if (QWidget *zone = elementWidget(zoneId)) {
        // Dropped on a zone: it settles in the zone, a little apart from what is already there.
        int already = 0;
        for (auto it = m_moved.constBegin(); it != m_moved.constEnd(); ++it)
            if (it.key() != item && zone->geometry().contains(it.key()->geometry().center()))
                ++already;
        centre = zone->geometry().center() + QPoint(already * 14, 10 + already * 14);
    }
    m_moved.insert(item, QPointF(centre.x() / double(m_canvas->width()), centre.y() / double(m_canvas->height())));
    layoutCanvas();
    item->raise();
    QPointer<ElementItem> guarded(item);
    QPointer<PracticeSceneView> self(this);
    return [self, guarded, hadMove, before] {
        if (!self || !guarded)
            return;
        if (hadMove)
            self->m_moved.insert(guarded, before);
        else
            self->m_moved.remove(guarded);
        self->layoutCanvas();
    };
}
