#include "desktopsceneview.h"

#include "scenes/elementitem.h"
#include "scenes/elementwidgetfactory.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QStyle>
#include <QTextLayout>
#include <QTextOption>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int IconWidth = 128;
constexpr int IconHeight = 130;
constexpr int TaskbarHeight = 64;

bool isIconKind(ElementKind kind)
{
    return kind == ElementKind::Icon || kind == ElementKind::Folder || kind == ElementKind::File
            || kind == ElementKind::Bin || kind == ElementKind::DragItem;
}

QString iconName(const Element &e)
{
    switch (e.kind) {
    case ElementKind::Folder:
        return e.icon.isEmpty() ? QStringLiteral("folder") : e.icon;
    case ElementKind::Bin:
        return QStringLiteral("bin");
    case ElementKind::File:
        return SceneIcons::iconFor(e.icon, e.label);
    default:
        return SceneIcons::iconFor(e.icon, e.label, QStringLiteral("app"));
    }
}

/// The painted wallpaper: a calm sky and hills, nothing branded.
class Wallpaper : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QLinearGradient sky(0, 0, 0, height());
        sky.setColorAt(0, QColor(0x2b, 0x6c, 0xb0));
        sky.setColorAt(1, QColor(0x8f, 0xc4, 0xe8));
        p.fillRect(rect(), sky);
        QPainterPath far;
        far.moveTo(0, height() * 0.72);
        far.cubicTo(width() * 0.3, height() * 0.55, width() * 0.55, height() * 0.8, width(), height() * 0.62);
        far.lineTo(width(), height());
        far.lineTo(0, height());
        p.fillPath(far, QColor(0x4f, 0x9a, 0x7a));
        QPainterPath near;
        near.moveTo(0, height() * 0.86);
        near.cubicTo(width() * 0.4, height() * 0.74, width() * 0.7, height() * 0.95, width(), height() * 0.82);
        near.lineTo(width(), height());
        near.lineTo(0, height());
        p.fillPath(near, QColor(0x3a, 0x7d, 0x5f));
    }
};

} // namespace

/// The content of a folder window: icons in rows, wrapped to the width.
class IconGrid : public QWidget
{
public:
    explicit IconGrid(QWidget *parent) : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setAttribute(Qt::WA_StyledBackground);
        setProperty("role", QStringLiteral("icon-grid"));
    }

    QList<QPointer<ElementItem>> items;

    void insert(ElementItem *item, int index)
    {
        item->setParent(this);
        item->setProperty("onDesktop", false);
        if (index < 0 || index > items.size())
            items.append(item);
        else
            items.insert(index, item);
        item->show();
        relayout();
    }
    int remove(ElementItem *item)
    {
        const int index = static_cast<int>(items.indexOf(item));
        if (index >= 0)
            items.removeAt(index);
        relayout();
        return index;
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override
    {
        const int perRow = std::max(1, (w - 16) / (IconWidth + 8));
        const int rows = std::max(1, (static_cast<int>(items.size()) + perRow - 1) / perRow);
        return 16 + rows * (IconHeight + 8);
    }
    QSize sizeHint() const override { return QSize(4 * (IconWidth + 8) + 16, heightForWidth(4 * (IconWidth + 8) + 16)); }
    void relayout()
    {
        const int perRow = std::max(1, (width() - 16) / (IconWidth + 8));
        int i = 0;
        for (const QPointer<ElementItem> &item : std::as_const(items)) {
            if (!item)
                continue;
            item->setGeometry(8 + (i % perRow) * (IconWidth + 8), 8 + (i / perRow) * (IconHeight + 8), IconWidth,
                              IconHeight);
            ++i;
        }
        updateGeometry();
    }

protected:
    void resizeEvent(QResizeEvent *) override { relayout(); }
};

// --- building --------------------------------------------------------------------------------

QString DesktopSceneView::extraStyleSheet() const
{
    return QStringLiteral(R"(
ElementItem[look="icon"] { background: transparent; border: 2px solid transparent; border-radius: 8px; }
ElementItem[look="icon"]:hover { background: rgba(255, 255, 255, 50); }
ElementItem[look="icon"][selected="true"] { background: rgba(29, 91, 191, 110); border: 2px solid rgba(255, 255, 255, 160); }
QWidget[role="icon-grid"] ElementItem[look="icon"]:hover { background: #e8f0fb; }
QWidget[role="icon-grid"] ElementItem[look="icon"][selected="true"] { background: #cfe0f8; border: 2px solid #7aa7e6; }
QFrame[role="window"] { background: #ffffff; border: 1px solid #8c96a5; border-radius: 10px; }
QFrame[role="titlebar"] { background: #eef1f5; border-top-left-radius: 10px; border-top-right-radius: 10px;
  border-bottom: 1px solid #d3d9e1; }
QLabel[role="window-title"] { font-weight: bold; }
ElementItem[look="window-button"] { background: transparent; border-radius: 6px; }
ElementItem[look="window-button"]:hover { background: #dde3ea; }
ElementItem#close-hover:hover { background: #d93025; }
QWidget[role="window-body"] { background: #ffffff; }
QWidget[role="icon-grid"] { background: #ffffff; }
QFrame#desktop-taskbar { background: rgba(20, 28, 40, 225); }
QLabel#desktop-clock { color: #ffffff; font-weight: bold; }
ElementItem[look="task"] { background: rgba(255, 255, 255, 30); border-radius: 8px; border-bottom: 3px solid #8fc4ff; }
ElementItem[look="task"][minimised="true"] { background: rgba(255, 255, 255, 12); border-bottom: 3px solid #6b7788; }
ElementItem[look="task"] QLabel { color: #ffffff; }
QFrame[role="document"] { background: #ffffff; border: 1px solid #d5dae2; }
ElementItem[look="drop-zone"] { background: rgba(255, 255, 255, 60); border: 3px dashed #ffffff; border-radius: 16px; }
ElementItem[look="drop-zone"] QLabel { color: #ffffff; font-weight: bold; }
)");
}

void DesktopSceneView::clearScene()
{
    m_windows.clear();
    m_windowOrder.clear();
    m_opens.clear();
    m_containerOf.clear();
    m_grids.clear();
    m_gridWindow.clear();
    m_desktopIcons.clear();
    m_movedOnDesktop.clear();
    m_selected.clear();
    m_taskButtons = nullptr;
}

void DesktopSceneView::buildScene(QWidget *root)
{
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *surface = new Wallpaper(root);
    surface->setObjectName(QStringLiteral("desktop-surface"));
    surface->setAccessibleName(scene().title.isEmpty() ? QStringLiteral("Bureau") : scene().title);
    layout->addWidget(surface, 1);
    m_surface = surface;

    auto *taskbar = new QFrame(root);
    taskbar->setObjectName(QStringLiteral("desktop-taskbar"));
    taskbar->setFixedHeight(TaskbarHeight);
    auto *tr = new QHBoxLayout(taskbar);
    tr->setContentsMargins(12, 6, 16, 6);
    tr->setSpacing(8);
    auto *start = new QLabel(taskbar);
    start->setPixmap(SceneIcons::pixmap(QStringLiteral("app"), 40));
    start->setAccessibleName(QStringLiteral("Démarrer"));
    tr->addWidget(start);
    m_taskButtons = new QHBoxLayout;
    m_taskButtons->setSpacing(8);
    tr->addLayout(m_taskButtons);
    tr->addStretch(1);
    QLabel *clock = ElementWidgetFactory::plainLabel(
            scene().extra.value(QStringLiteral("time"), QStringLiteral("10:42")).toString(), taskbar);
    clock->setObjectName(QStringLiteral("desktop-clock"));
    clock->setWordWrap(false);
    tr->addWidget(clock);
    layout->addWidget(taskbar);
    m_taskbar = taskbar;

    // Desktop icons and zones first, then windows above them.
    for (const Element &e : scene().elements) {
        if (isIconKind(e.kind)) {
            ElementItem *item = iconItem(e, surface);
            m_desktopIcons << item;
            m_containerOf.insert(e.id, QString());
        } else if (e.kind == ElementKind::DropZone) {
            ElementItem *zone = createItem(e, QStringLiteral("drop-zone"), surface);
            auto *v = new QVBoxLayout(zone);
            QLabel *text = ElementWidgetFactory::plainLabel(e.label, zone);
            text->setAttribute(Qt::WA_TransparentForMouseEvents);
            text->setAlignment(Qt::AlignCenter);
            v->addWidget(text);
            zone->setFixedSize(240, 180);
            addDropTarget(e.id, zone);
            m_desktopIcons << zone;
            m_containerOf.insert(e.id, QString());
        }
    }
    QStringList windowIds;
    QStringList lessonTaskButtons;
    for (const Element &e : scene().elements) {
        const QString role = e.extra.value(QStringLiteral("role")).toString();
        if (e.kind == ElementKind::Window) {
            Window &w = addWindow(e.id, e.label, e.icon.isEmpty() ? QStringLiteral("app") : e.icon, QString(), &e);
            registerElement(e, w.frame, e.label);
            watchNative(w.frame, e.id, false); // right click on the window itself
            auto *body = w.frame->findChild<QScrollArea *>();
            body->setWidget(windowContent(e, nullptr, e.id));
            setWindowState(e.id, e.extra.value(QStringLiteral("state")).toString() == QLatin1String("minimised")
                                         ? WindowState::Minimised
                                         : WindowState::Normal);
            windowIds << e.id;
        } else if (e.kind == ElementKind::Button && (role == QLatin1String("start") || role == QLatin1String("taskbar"))) {
            // The lesson draws its own taskbar buttons: the start button, or an open program.
            ElementItem *item = createItem(e, QStringLiteral("task"), taskbar);
            auto *ic = new QLabel(item);
            ic->setAttribute(Qt::WA_TransparentForMouseEvents);
            ic->setPixmap(SceneIcons::pixmap(role == QLatin1String("start") ? QStringLiteral("app")
                                                                            : e.extra.value(QStringLiteral("icon"), QStringLiteral("file")).toString(),
                                             28));
            item->rowLayout()->addWidget(ic);
            item->addLabel(e.label)->setWordWrap(false);
            item->setFixedHeight(50);
            item->setMaximumWidth(300);
            if (role == QLatin1String("start")) {
                start->hide();
                tr->insertWidget(0, item);
            } else {
                m_taskButtons->addWidget(item);
                lessonTaskButtons << e.id;
            }
        } else if (!isIconKind(e.kind) && e.kind != ElementKind::DropZone) {
            // Anything else (a notice, a button) sits where the lesson says, or at the top right.
            ElementWidgetFactory factory(*this);
            if (QWidget *w = factory.create(e, surface))
                w->setProperty("floating", true);
        }
    }
    if (!lessonTaskButtons.isEmpty()) {
        // The lesson's own taskbar replaces the generated buttons of its windows.
        for (const QString &wid : std::as_const(windowIds))
            if (QWidget *b = m_windows.value(wid).taskButton) {
                b->setProperty("replaced", true);
                b->hide();
            }
        if (windowIds.size() == 1)
            for (const QString &b : std::as_const(lessonTaskButtons))
                m_taskbarFor.insert(b, windowIds.first());
    }
    // The windows that icons, folders, files and the bin open (built now, shown on demand).
    const QList<const Element *> all = scene().allElements();
    for (const Element *e : all)
        if (isIconKind(e->kind))
            buildOpenable(*e);
    // Every window fits the desktop: on a small screen the scene scrolls (SceneViewBase) rather
    // than cutting off a window's title bar or buttons.
    QSize need;
    for (const Window &w : std::as_const(m_windows)) {
        if (w.frame)
            need = need.expandedTo(w.frame->minimumSizeHint());
    }
    surface->setMinimumSize(need);
    surface->installEventFilter(this);
    layoutDesktop();
}

ElementItem *DesktopSceneView::iconItem(const Element &e, QWidget *parent)
{
    ElementItem *item = createItem(e, QStringLiteral("icon"), parent);
    item->setFixedSize(IconWidth, IconHeight);
    item->setEnterKey(ElementItem::EnterKey::DoubleClick);
    item->setProperty("onDesktop", parent == m_surface.data());
    const QString icon = iconName(e);
    const QString label = SceneViewBase::visibleLabel(e);
    item->setPainter([icon, label](QPainter &p, const ElementItem &self) {
        p.drawPixmap((self.width() - 64) / 2, 8, SceneIcons::pixmap(icon, 64));
        QFont f = self.font();
        f.setPixelSize(18);
        p.setFont(f);
        // The name on two lines at most, the second cut with "…" when too long.
        const QFontMetrics fm(f);
        const int width = self.width() - 12;
        QTextLayout layout(label, f);
        QTextOption option(Qt::AlignHCenter);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QStringList lines;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (lines.size() == 1) {
                lines << fm.elidedText(label.mid(line.textStart()), Qt::ElideRight, width);
                break;
            }
            lines << label.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        for (int i = 0; i < lines.size(); ++i) {
            const QRectF r(6, 78 + i * fm.lineSpacing(), width, fm.lineSpacing());
            if (self.property("onDesktop").toBool()) {
                p.setPen(QColor(0, 0, 0, 160));
                p.drawText(r.translated(1, 1), Qt::AlignHCenter | Qt::AlignTop, lines.at(i));
                p.setPen(Qt::white);
            } else {
                p.setPen(QColor(0x1f, 0x23, 0x28));
            }
            p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, lines.at(i));
        }
    });
    if (e.kind == ElementKind::Folder || e.kind == ElementKind::Bin) {
        addDropTarget(e.id, item);
    }
    if (e.kind != ElementKind::Bin)
        makeDraggable(item);
    return item;
}

DesktopSceneView::Window &DesktopSceneView::addWindow(const QString &id, const QString &title, const QString &icon,
                                                      const QString &owner, const Element *element)
{
    Window w;
    w.id = id;
    w.title = title;
    w.owner = owner;
    auto *frame = new QFrame(m_surface);
    frame->setProperty("role", QStringLiteral("window"));
    frame->setAccessibleName(title);
    if (owner.isEmpty() || !elementWidget(id))
        registerWidget(id, frame, title);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(1, 1, 1, 1);
    v->setSpacing(0);
    auto *bar = new QFrame(frame);
    bar->setProperty("role", QStringLiteral("titlebar"));
    bar->setObjectName(id + QStringLiteral("-titre"));
    bar->setCursor(Qt::SizeAllCursor);
    auto *br = new QHBoxLayout(bar);
    br->setContentsMargins(12, 2, 4, 2);
    br->setSpacing(4);
    auto *ic = new QLabel(bar);
    ic->setPixmap(SceneIcons::pixmap(icon, 28));
    br->addWidget(ic);
    QLabel *t = ElementWidgetFactory::plainLabel(title, bar, QStringLiteral("window-title"));
    t->setWordWrap(false);
    br->addWidget(t, 1);
    const struct
    {
        const char *kind;   ///< the lesson's `extra.titlebar` value
        const char *suffix; ///< the generated id's end
        const char *name;
    } buttons[] = {{"minimize", "-minimise", "Réduire"}, {"maximize", "-maximise", "Agrandir"}, {"close", "-close", "Fermer"}};
    for (const auto &b : buttons) {
        const QString kind = QLatin1String(b.kind);
        const Element *given = nullptr;
        if (element)
            for (const Element &c : element->children)
                if (c.kind == ElementKind::Button && c.extra.value(QStringLiteral("titlebar")).toString() == kind)
                    given = &c;
        ElementItem *button = nullptr;
        if (given) {
            button = createItem(*given, QStringLiteral("window-button"), bar);
            m_titlebarButtons.insert(given->id, {id, kind});
        } else {
            button = new ElementItem(QStringLiteral("window-button"), bar);
            const QString bid = id + QLatin1String(b.suffix);
            registerWidget(bid, button, QString::fromUtf8(b.name));
            connect(button, &QAbstractButton::clicked, this, [this, bid] { activate(bid); });
        }
        button->setFixedSize(52, 44);
        button->setPainter([kind](QPainter &p, const ElementItem &self) {
            const QPointF c = QRectF(self.rect()).center();
            p.setPen(QPen(QColor(0x22, 0x27, 0x2e), 2.2, Qt::SolidLine, Qt::RoundCap));
            p.setBrush(Qt::NoBrush);
            if (kind == QLatin1String("minimize"))
                p.drawLine(c + QPointF(-8, 6), c + QPointF(8, 6));
            else if (kind == QLatin1String("maximize"))
                p.drawRect(QRectF(c.x() - 8, c.y() - 8, 16, 16));
            else {
                p.drawLine(c + QPointF(-8, -8), c + QPointF(8, 8));
                p.drawLine(c + QPointF(-8, 8), c + QPointF(8, -8));
            }
        });
        br->addWidget(button);
    }
    bar->installEventFilter(this);
    v->addWidget(bar);
    auto *body = new QScrollArea(frame);
    body->setWidgetResizable(true);
    body->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    v->addWidget(body, 1);
    frame->hide();

    // Its taskbar button, shown while the window is open.
    auto *task = new ElementItem(QStringLiteral("task"), m_taskbar);
    task->addLabel(title)->setWordWrap(false);
    auto *taskIcon = new QLabel(task);
    taskIcon->setAttribute(Qt::WA_TransparentForMouseEvents);
    taskIcon->setPixmap(SceneIcons::pixmap(icon, 28));
    task->rowLayout()->insertWidget(0, taskIcon);
    task->setMaximumWidth(260);
    task->setFixedHeight(50);
    const QString tid = id + QStringLiteral("-taskbar");
    registerWidget(tid, task, title);
    connect(task, &QAbstractButton::clicked, this, [this, tid] { activate(tid); });
    m_taskButtons->addWidget(task);
    task->hide();

    w.frame = frame;
    w.taskButton = task;
    m_windows.insert(id, w);
    m_windowOrder << id;
    return m_windows[id];
}

QWidget *DesktopSceneView::windowContent(const Element &e, QWidget *parent, const QString &containerId)
{
    auto *content = new QWidget(parent);
    content->setProperty("role", QStringLiteral("window-body"));
    content->setAttribute(Qt::WA_StyledBackground);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(16, 16, 16, 16);
    v->setSpacing(14);
    ElementWidgetFactory factory(*this);
    IconGrid *grid = nullptr;
    for (const Element &c : e.children) {
        if (c.kind == ElementKind::Button && !c.extra.value(QStringLiteral("titlebar")).toString().isEmpty())
            continue; // in the title bar
        if (isIconKind(c.kind)) {
            if (!grid)
                grid = new IconGrid(content);
            ElementItem *item = iconItem(c, grid);
            grid->insert(item, -1);
            m_containerOf.insert(c.id, containerId);
        } else if (QWidget *w = factory.create(c, content)) {
            v->addWidget(w, 0, c.kind == ElementKind::Button ? Qt::AlignLeft : Qt::Alignment());
        }
    }
    const bool isFolderLike = e.kind == ElementKind::Folder || e.kind == ElementKind::Bin
            || (e.kind == ElementKind::Icon && (e.icon == QLatin1String("folder") || !e.children.isEmpty()));
    if (!grid && isFolderLike)
        grid = new IconGrid(content);
    if (grid) {
        v->addWidget(grid);
        m_grids.insert(containerId, grid);
        addDropTarget(containerId, content);
        if (e.children.isEmpty() || grid->items.isEmpty()) {
            QLabel *empty = ElementWidgetFactory::plainLabel(QStringLiteral("Ce dossier est vide."), content,
                                                             QStringLiteral("small"));
            empty->setObjectName(containerId + QStringLiteral("-vide"));
            v->addWidget(empty);
        }
    }
    v->addStretch(1);
    return content;
}

void DesktopSceneView::buildOpenable(const Element &e)
{
    const bool folderLike = e.kind == ElementKind::Folder || e.kind == ElementKind::Bin
            || (e.kind == ElementKind::Icon && (e.icon == QLatin1String("folder") || !e.children.isEmpty()));
    const bool file = e.kind == ElementKind::File;
    if (!folderLike && !file)
        return;
    const QString wid = e.id + QStringLiteral("-window");
    const QString title = e.kind == ElementKind::Bin && e.label.isEmpty() ? QStringLiteral("Corbeille") : visibleLabel(e);
    Window &w = addWindow(wid, title, iconName(e), e.id);
    m_opens.insert(e.id, wid);
    auto *body = w.frame->findChild<QScrollArea *>();
    if (folderLike) {
        body->setWidget(windowContent(e, nullptr, e.id));
        m_gridWindow.insert(e.id, wid);
        return;
    }
    // A file opens in a simple viewer: its picture, or a page of its text.
    auto *content = new QWidget;
    content->setProperty("role", QStringLiteral("window-body"));
    content->setAttribute(Qt::WA_StyledBackground);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(24, 20, 24, 20);
    auto *page = new QFrame(content);
    page->setProperty("role", QStringLiteral("document"));
    auto *pv = new QVBoxLayout(page);
    pv->setContentsMargins(32, 28, 32, 28);
    pv->setSpacing(12);
    const QPixmap pm = e.image.isEmpty() ? QPixmap() : loadScenePicture(resolveImage(e.image), QSize(640, 420));
    if (!pm.isNull()) {
        auto *picture = new QLabel(page);
        picture->setPixmap(pm);
        picture->setAlignment(Qt::AlignCenter);
        pv->addWidget(picture);
    }
    pv->addWidget(ElementWidgetFactory::plainLabel(visibleLabel(e), page, QStringLiteral("subheading")));
    if (!e.text.isEmpty())
        pv->addWidget(ElementWidgetFactory::plainLabel(e.text, page));
    pv->addStretch(1);
    page->setMinimumHeight(320);
    v->addWidget(page);
    body->setWidget(content);
}

// --- windows ---------------------------------------------------------------------------------

DesktopSceneView::WindowState DesktopSceneView::windowState(const QString &windowId) const
{
    const auto it = m_windows.constFind(windowId);
    return it == m_windows.constEnd() ? WindowState::Closed : it->state;
}

void DesktopSceneView::raiseWindow(const QString &windowId)
{
    const auto it = m_windows.constFind(windowId);
    if (it == m_windows.constEnd() || !it->frame)
        return;
    it->frame->raise();
    m_windowOrder.removeAll(windowId);
    m_windowOrder.append(windowId);
}

void DesktopSceneView::setWindowState(const QString &windowId, WindowState state)
{
    auto it = m_windows.find(windowId);
    if (it == m_windows.end() || !it->frame || !m_surface)
        return;
    Window &w = *it;
    if (!w.placed)
        placeWindow(w);
    if (w.state == WindowState::Normal && state != WindowState::Normal)
        w.normal = w.frame->geometry();
    w.state = state;
    switch (state) {
    case WindowState::Closed:
        w.frame->hide();
        w.taskButton->hide();
        break;
    case WindowState::Minimised:
        w.frame->hide();
        break;
    case WindowState::Normal:
        w.frame->setGeometry(w.normal);
        w.frame->show();
        raiseWindow(windowId);
        break;
    case WindowState::Maximised:
        w.frame->setGeometry(m_surface->rect());
        w.frame->show();
        raiseWindow(windowId);
        break;
    }
    w.taskButton->setVisible(state != WindowState::Closed && !w.taskButton->property("replaced").toBool());
    w.taskButton->setProperty("minimised", state == WindowState::Minimised);
    w.taskButton->style()->unpolish(w.taskButton);
    w.taskButton->style()->polish(w.taskButton);
    if (auto *max = elementWidget(windowId + QStringLiteral("-maximise")))
        max->setAccessibleName(state == WindowState::Maximised ? QStringLiteral("Restaurer") : QStringLiteral("Agrandir"));
}

void DesktopSceneView::placeWindow(Window &w)
{
    // First opening: centred, a little apart from the windows before it, unless the lesson
    // gives a place (x, y, width, height in percent of the desktop).
    const int index = static_cast<int>(m_windowOrder.indexOf(w.id) % 5);
    const Element *e = elementOf(w.id);
    w.provisional = !m_surface->isVisible();
    const QSize area = w.provisional ? QSize(1280, 736) : m_surface->size();
    QRect r(0, 0, area.width() * 62 / 100, area.height() * 68 / 100);
    if (e && e->width > 0 && e->height > 0)
        r.setSize(QSize(static_cast<int>(area.width() * e->width / 100), static_cast<int>(area.height() * e->height / 100)));
    r.moveCenter(QPoint(area.width() / 2 + index * 28, area.height() / 2 + index * 24));
    // With a size, x and y place the top-left corner (a window at 0, 0 fills from the corner).
    if (e && e->x >= 0 && e->y >= 0) {
        const QPoint at(static_cast<int>(area.width() * e->x / 100), static_cast<int>(area.height() * e->y / 100));
        if (e->width > 0 && e->height > 0)
            r.moveTopLeft(at);
        else
            r.moveCenter(at);
    }
    w.normal = insideOf(r, area, w.frame->minimumSizeHint());
    w.placed = true;
}

QRect DesktopSceneView::insideOf(QRect r, const QSize &area, const QSize &minimum)
{
    r.setSize(r.size().boundedTo(area).expandedTo(minimum));
    r.moveLeft(std::clamp(r.left(), 0, std::max(0, area.width() - r.width())));
    r.moveTop(std::clamp(r.top(), 0, std::max(0, area.height() - r.height())));
    return r;
}

void DesktopSceneView::keepInside(Window &w)
{
    // The desktop became smaller (a smaller screen, a longer instruction): the window comes back
    // inside it, as a system does when the resolution changes.
    const QRect r = insideOf(w.frame->geometry(), m_surface->size(), w.frame->minimumSizeHint());
    if (r != w.frame->geometry()) {
        w.frame->setGeometry(r);
        w.normal = r;
    }
}

void DesktopSceneView::openWindow(const QString &windowId)
{
    const WindowState state = windowState(windowId);
    if (state == WindowState::Closed || state == WindowState::Minimised)
        setWindowState(windowId, WindowState::Normal);
    else
        raiseWindow(windowId);
}

QString DesktopSceneView::windowIdOf(const QString &furnitureId, QString *suffix) const
{
    for (const QString &s : {QStringLiteral("-minimise"), QStringLiteral("-maximise"), QStringLiteral("-close"),
                             QStringLiteral("-taskbar")}) {
        if (furnitureId.endsWith(s) && m_windows.contains(furnitureId.chopped(s.size()))) {
            if (suffix)
                *suffix = s;
            return furnitureId.chopped(s.size());
        }
    }
    return {};
}

void DesktopSceneView::furnitureActivated(const QString &id)
{
    QString suffix;
    const QString wid = windowIdOf(id, &suffix);
    if (wid.isEmpty())
        return;
    applyWindowButton(wid, suffix == QLatin1String("-minimise")   ? QStringLiteral("minimize")
                               : suffix == QLatin1String("-maximise") ? QStringLiteral("maximize")
                               : suffix == QLatin1String("-close")    ? QStringLiteral("close")
                                                                      : QStringLiteral("taskbar"));
}

void DesktopSceneView::applyWindowButton(const QString &wid, const QString &kind)
{
    const WindowState state = windowState(wid);
    if (kind == QLatin1String("minimize"))
        setWindowState(wid, WindowState::Minimised);
    else if (kind == QLatin1String("maximize"))
        setWindowState(wid, state == WindowState::Maximised ? WindowState::Normal : WindowState::Maximised);
    else if (kind == QLatin1String("close"))
        setWindowState(wid, WindowState::Closed);
    else if (state == WindowState::Minimised)
        setWindowState(wid, WindowState::Normal);
    else if (!m_windowOrder.isEmpty() && m_windowOrder.last() == wid)
        setWindowState(wid, WindowState::Minimised);
    else
        raiseWindow(wid);
}

void DesktopSceneView::elementActivated(const Element &element)
{
    if (const auto b = m_titlebarButtons.constFind(element.id); b != m_titlebarButtons.constEnd()) {
        applyWindowButton(b->first, b->second);
        return;
    }
    if (const auto t = m_taskbarFor.constFind(element.id); t != m_taskbarFor.constEnd()) {
        applyWindowButton(*t, QStringLiteral("taskbar"));
        return;
    }
    if (auto *item = qobject_cast<ElementItem *>(elementWidget(element.id)); item && item->look() == QLatin1String("icon")) {
        if (auto *previous = qobject_cast<ElementItem *>(elementWidget(m_selected)))
            previous->setSelected(false);
        item->setSelected(true);
        m_selected = element.id;
    }
    const QString wid = windowAround(element.id);
    if (!wid.isEmpty())
        raiseWindow(wid);
}

void DesktopSceneView::elementDoubleActivated(const Element &element)
{
    const QString wid = m_opens.value(element.id);
    if (!wid.isEmpty())
        openWindow(wid);
}

QString DesktopSceneView::windowAround(const QString &elementId) const
{
    QWidget *w = elementWidget(elementId);
    for (auto it = m_windows.constBegin(); it != m_windows.constEnd(); ++it)
        if (w && it->frame && it->frame->isAncestorOf(w))
            return it.key();
    return {};
}

bool DesktopSceneView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_surface && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        layoutDesktop();
        for (auto it = m_windows.begin(); it != m_windows.end(); ++it) {
            if (it->provisional && m_surface->isVisible()) {
                placeWindow(*it);
                if (it->state == WindowState::Normal && it->frame)
                    it->frame->setGeometry(it->normal);
            }
            if (it->state == WindowState::Maximised && it->frame)
                it->frame->setGeometry(m_surface->rect());
            else if (it->state == WindowState::Normal && it->frame && !it->provisional && it->frame->isVisible())
                keepInside(*it);
        }
    }
    // Moving a window by its title bar (not an action to judge: nothing is reported).
    if (watched->isWidgetType() && watched->property("role").toString() == QLatin1String("titlebar")) {
        auto *bar = static_cast<QWidget *>(watched);
        QWidget *frame = bar->parentWidget();
        if (event->type() == QEvent::MouseButtonPress) {
            auto *me = static_cast<QMouseEvent *>(event);
            if (me->button() == Qt::LeftButton) {
                m_draggedWindow = frame;
                m_titleGrab = me->globalPosition().toPoint() - frame->pos();
                for (auto it = m_windows.constBegin(); it != m_windows.constEnd(); ++it)
                    if (it->frame == frame)
                        raiseWindow(it.key());
                return true;
            }
        } else if (event->type() == QEvent::MouseMove && m_draggedWindow == frame) {
            auto *me = static_cast<QMouseEvent *>(event);
            QPoint pos = me->globalPosition().toPoint() - m_titleGrab;
            if (m_surface) {
                pos.setX(std::clamp(pos.x(), -frame->width() + 120, m_surface->width() - 120));
                pos.setY(std::clamp(pos.y(), 0, std::max(0, m_surface->height() - 48)));
            }
            frame->move(pos);
            return true;
        } else if (event->type() == QEvent::MouseButtonRelease && m_draggedWindow == frame) {
            m_draggedWindow = nullptr;
            for (auto it = m_windows.begin(); it != m_windows.end(); ++it)
                if (it->frame == frame && it->state == WindowState::Normal)
                    it->normal = frame->geometry();
            return true;
        }
    }
    return SceneViewBase::eventFilter(watched, event);
}

// --- the desktop's icons -------------------------------------------------------------------

void DesktopSceneView::layoutDesktop()
{
    if (!m_surface)
        return;
    const int H = std::max(IconHeight + 16, m_surface->height());
    const int W = std::max(IconWidth + 16, m_surface->width());
    const int perColumn = std::max(1, (H - 16) / (IconHeight + 8));
    int slot = 0;
    QList<QRect> taken;
    for (const QPointer<ElementItem> &item : std::as_const(m_desktopIcons)) {
        if (!item || item->parentWidget() != m_surface)
            continue;
        const auto moved = m_movedOnDesktop.constFind(item);
        const Element *e = elementOf(item->objectName());
        QPoint topLeft;
        if (moved != m_movedOnDesktop.constEnd()) {
            topLeft = *moved;
        } else if (e && e->x >= 0 && e->y >= 0) {
            topLeft = QPoint(static_cast<int>(W * e->x / 100) - item->width() / 2,
                             static_cast<int>(H * e->y / 100) - item->height() / 2);
        } else {
            topLeft = QPoint(16 + (slot / perColumn) * (IconWidth + 12), 16 + (slot % perColumn) * (IconHeight + 8));
            ++slot;
        }
        topLeft.setX(std::clamp(topLeft.x(), 0, std::max(0, W - item->width())));
        topLeft.setY(std::clamp(topLeft.y(), 0, std::max(0, H - item->height())));
        // On a small desktop, percent positions may overlap: an icon never hides another one
        // (the pointer must reach each). It moves down, then to the next column.
        if (moved == m_movedOnDesktop.constEnd()) {
            QRect r(topLeft, item->size());
            for (int guard = 0; guard < 64; ++guard) {
                const auto hit = std::find_if(taken.cbegin(), taken.cend(), [&r](const QRect &t) { return t.intersects(r); });
                if (hit == taken.cend())
                    break;
                r.moveTop(hit->bottom() + 6);
                if (r.bottom() > H) {
                    r.moveTop(std::min(topLeft.y(), std::max(0, H - r.height())));
                    r.moveLeft(r.left() + IconWidth + 12);
                }
            }
            topLeft = r.topLeft();
        }
        taken << QRect(topLeft, item->size());
        item->move(topLeft);
    }
    // Other elements on the desktop (a notice, a button) sit where the lesson puts them,
    // or one under the other at the top right.
    int y = 16;
    for (QWidget *w : m_surface->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!w->property("floating").toBool())
            continue;
        const Element *e = elementOf(w->objectName());
        if (!e) // a field's block: its control carries the id
            for (QWidget *inner : w->findChildren<QWidget *>())
                if ((e = elementOf(inner->objectName())))
                    break;
        int width = std::min(420, W / 3);
        if (qobject_cast<QAbstractButton *>(w))
            width = std::min(width, std::max(w->sizeHint().width(), 48));
        const int height = std::max(w->minimumSizeHint().height(),
                                    w->hasHeightForWidth() ? w->heightForWidth(width) : w->sizeHint().height());
        if (e && e->x >= 0 && e->y >= 0) {
            QPoint topLeft(static_cast<int>(W * e->x / 100) - width / 2, static_cast<int>(H * e->y / 100) - height / 2);
            topLeft.setX(std::clamp(topLeft.x(), 0, std::max(0, W - width)));
            topLeft.setY(std::clamp(topLeft.y(), 0, std::max(0, H - height)));
            w->setGeometry(QRect(topLeft, QSize(width, height)));
            continue;
        }
        w->setGeometry(W - width - 24, y, width, height);
        y += height + 12;
    }
    // Icons pushed past the edges of a small desktop make it larger: the scene scrolls
    // (SceneViewBase) instead of hiding them. Only ever raised, so this settles at once.
    QRect used;
    for (const QRect &r : std::as_const(taken))
        used |= r;
    const QSize need = m_surface->minimumSize().expandedTo(QSize(used.right() + 1, used.bottom() + 1));
    if (need != m_surface->minimumSize())
        m_surface->setMinimumSize(need);
}

void DesktopSceneView::putOnDesktop(ElementItem *item, const QPoint &topLeft)
{
    const QString previous = m_containerOf.value(item->objectName());
    if (IconGrid *grid = m_grids.value(previous); grid && item->parentWidget() == grid)
        grid->remove(item);
    if (item->parentWidget() != m_surface) {
        item->setParent(m_surface);
        if (!m_desktopIcons.contains(item))
            m_desktopIcons << item;
    }
    item->setProperty("onDesktop", true);
    m_containerOf.insert(item->objectName(), QString());
    m_movedOnDesktop.insert(item, topLeft);
    layoutDesktop();
    item->show();
    item->raise();
    // Above the icons, below open windows.
    for (const QString &wid : std::as_const(m_windowOrder))
        if (const auto it = m_windows.constFind(wid); it != m_windows.constEnd() && it->frame)
            it->frame->raise();
}

void DesktopSceneView::putInContainer(ElementItem *item, const QString &containerId, int index)
{
    IconGrid *grid = m_grids.value(containerId);
    if (!grid)
        return;
    const QString previous = m_containerOf.value(item->objectName());
    if (IconGrid *old = m_grids.value(previous); old && item->parentWidget() == old)
        old->remove(item);
    m_movedOnDesktop.remove(item);
    grid->insert(item, index);
    m_containerOf.insert(item->objectName(), containerId);
    if (QLabel *empty = grid->parentWidget()->findChild<QLabel *>(containerId + QStringLiteral("-vide")))
        empty->setVisible(grid->items.isEmpty());
    if (IconGrid *old = m_grids.value(previous))
        if (QLabel *oldEmpty = old->parentWidget()->findChild<QLabel *>(previous + QStringLiteral("-vide")))
            oldEmpty->setVisible(old->items.isEmpty());
}

std::function<void()> DesktopSceneView::placeDropped(ElementItem *item, const QString &zoneId, const QPoint &viewPos)
{
    const QString id = item->objectName();
    const QString from = m_containerOf.value(id);
    const bool wasOnDesktop = item->parentWidget() == m_surface;
    const bool wasMoved = m_movedOnDesktop.contains(item);
    const QPoint oldPos = wasMoved ? m_movedOnDesktop.value(item) : item->pos();
    int oldIndex = -1;
    if (IconGrid *grid = m_grids.value(from); grid && !wasOnDesktop)
        oldIndex = static_cast<int>(grid->items.indexOf(item));

    const Element *zone = elementOf(zoneId);
    if (!zoneId.isEmpty() && m_grids.contains(zoneId) && zoneId != id) {
        if (zoneId != from)
            putInContainer(item, zoneId);
    } else if (zone && zone->kind == ElementKind::DropZone) {
        QWidget *z = elementWidget(zoneId);
        putOnDesktop(item, z->geometry().center() - item->rect().center() + QPoint(0, 16));
    } else if (m_surface) {
        // Dropped on the desktop itself (not on a window): it stays where it was let go.
        const QPoint centre = viewPos + item->rect().center();
        QWidget *under = sceneRoot()->childAt(centre);
        bool onWindow = false;
        for (auto it = m_windows.constBegin(); it != m_windows.constEnd(); ++it)
            if (under && it->frame && (it->frame == under || it->frame->isAncestorOf(under)))
                onWindow = true;
        if (!onWindow && m_surface->rect().contains(m_surface->mapFrom(sceneRoot(), centre)))
            putOnDesktop(item, m_surface->mapFrom(sceneRoot(), viewPos));
    }

    QPointer<ElementItem> guarded(item);
    QPointer<DesktopSceneView> self(this);
    return [self, guarded, from, wasOnDesktop, wasMoved, oldPos, oldIndex] {
        if (!self || !guarded)
            return;
        if (wasOnDesktop) {
            self->putOnDesktop(guarded, oldPos);
            if (!wasMoved) {
                self->m_movedOnDesktop.remove(guarded);
                self->layoutDesktop();
            }
        } else {
            self->putInContainer(guarded, from, oldIndex);
        }
    };
}

// --- gestures --------------------------------------------------------------------------------

QList<Gesture> DesktopSceneView::revealGestures(const QString &id) const
{
    QList<Gesture> out;
    // A window's own buttons: restore it from the taskbar, or open it from its icon.
    QString suffix;
    QString wid = windowIdOf(id, &suffix);
    if (wid.isEmpty() && m_windows.contains(id))
        wid = id;
    if (wid.isEmpty()) {
        // Inside a folder: that folder's window must be open.
        const QString container = m_containerOf.value(id);
        if (!container.isEmpty())
            wid = m_gridWindow.value(container, container);
        else
            wid = windowAround(id);
    }
    if (!wid.isEmpty() && suffix != QLatin1String("-taskbar")) {
        const auto it = m_windows.constFind(wid);
        if (it != m_windows.constEnd()) {
            if (it->state == WindowState::Minimised)
                out << gesture(Gesture::Kind::Click, it->taskButton);
            else if (it->state == WindowState::Closed && !it->owner.isEmpty())
                out << revealGestures(it->owner) << gesture(Gesture::Kind::DoubleClick, elementWidget(it->owner));
        }
    }
    out << SceneViewBase::revealGestures(id);
    return out;
}

bool DesktopSceneView::customGestures(const ActionMatcher &expect, QList<Gesture> &gestures) const
{
    // A click on a window itself aims at the bottom of its body, where no icon sits.
    const bool pointer = expect.action == ActionKind::Click || expect.action == ActionKind::DoubleClick
            || expect.action == ActionKind::RightClick;
    const auto it = m_windows.constFind(expect.target);
    if (!pointer || it == m_windows.constEnd() || !it->frame)
        return false;
    gestures << revealGestures(expect.target);
    const Gesture::Kind kind = expect.action == ActionKind::Click ? Gesture::Kind::Click
            : expect.action == ActionKind::DoubleClick             ? Gesture::Kind::DoubleClick
                                                                    : Gesture::Kind::RightClick;
    gestures << gesture(kind, it->frame, QPoint(it->frame->width() / 2, std::max(60, it->frame->height() - 24)));
    return true;
}

void DesktopSceneView::reveal(const QString &id)
{
    QString suffix;
    QString wid = windowIdOf(id, &suffix);
    if (wid.isEmpty()) {
        const QString container = m_containerOf.value(id);
        wid = container.isEmpty() ? windowAround(id) : m_gridWindow.value(container, container);
    }
    if (!wid.isEmpty() && suffix != QLatin1String("-taskbar")) {
        const auto it = m_windows.constFind(wid);
        if (it != m_windows.constEnd() && !it->owner.isEmpty())
            reveal(it->owner);
        if (it != m_windows.constEnd() && it->state != WindowState::Normal && it->state != WindowState::Maximised)
            openWindow(wid);
    }
    SceneViewBase::reveal(id);
}
