#include "sceneviewbase.h"

#include "scenes/elementitem.h"
#include "scenes/scenepopups.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

void repolish(QWidget *w)
{
    if (!w)
        return;
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}

bool isInside(const QWidget *w, const QWidget *ancestor)
{
    return w && ancestor && (w == ancestor || ancestor->isAncestorOf(w));
}

} // namespace

/// Watches every press in the application while a context menu is open: a press outside the
/// menu closes it (the press still goes where it was aimed). Kept apart from the view's own
/// event filter so that events of watched controls are not handled twice.
class MenuDismisser : public QObject
{
public:
    MenuDismisser(std::function<void(QWidget *)> onPress, QObject *parent)
        : QObject(parent), m_onPress(std::move(onPress))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched->isWidgetType()
            && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick))
            m_onPress(static_cast<QWidget *>(watched));
        return false;
    }

private:
    std::function<void(QWidget *)> m_onPress;
};

SceneViewBase::SceneViewBase(QWidget *parent) : SceneView(parent)
{
    setLayoutDirection(Qt::LeftToRight);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_frame = new QScrollArea(this);
    m_frame->setObjectName(QStringLiteral("scene-frame"));
    m_frame->setFrameShape(QFrame::NoFrame);
    m_frame->setWidgetResizable(true);
    m_frame->setFocusPolicy(Qt::NoFocus);
    m_frame->viewport()->setAutoFillBackground(false);
    layout->addWidget(m_frame);
}

SceneViewBase::~SceneViewBase()
{
    if (m_dismisser)
        qApp->removeEventFilter(m_dismisser);
    // Scene widgets go first, while the tables their `destroyed` handlers update still exist.
    delete m_root.data();
}

// --- scene ---------------------------------------------------------------------------------

void SceneViewBase::clearAll()
{
    closeMenus();
    m_undo = {};
    m_widgets.clear();
    m_menus.clear();
    m_menuOwner.clear();
    m_fields.clear();
    m_fieldOrder.clear();
    m_submitters.clear();
    m_submitterOrder.clear();
    m_pickers.clear();
    m_dropTargets.clear();
    m_nativeWatch.clear();
    m_scrollWatches.clear();
    if (m_dragGhost)
        m_dragGhost->deleteLater();
    if (m_root) {
        m_frame->takeWidget();
        m_root->hide();
        m_root->setParent(this);
        m_root->deleteLater(); // setScene may run inside a handler of one of its widgets
    }
    m_root = nullptr;
}

void SceneViewBase::setScene(const Scene &scene, const Lesson &lesson)
{
    clearAll();
    clearScene();
    m_scene = scene;
    m_lessonDirectory = lesson.directory;
    m_style = SceneStyle::fromApplication();
    // Scenes show the French world: always left to right, even under an Arabic tutor layer.
    setLayoutDirection(Qt::LeftToRight);
    setStyleSheet(m_style.commonSheet() + extraStyleSheet());

    m_root = new QWidget;
    m_root->setObjectName(QStringLiteral("scene-root"));
    m_root->setLayoutDirection(Qt::LeftToRight);
    m_frame->setWidget(m_root);
    buildScene(m_root);
    buildMenus(m_scene.elements);
    m_root->show();
}

QWidget *SceneViewBase::elementWidget(const QString &elementId) const
{
    return m_widgets.value(elementId).data();
}

QString SceneViewBase::visibleLabel(const Element &element)
{
    if (!element.label.isEmpty())
        return element.label;
    if (!element.text.isEmpty())
        return element.text;
    if (!element.subject.isEmpty())
        return element.subject;
    return element.from;
}

void SceneViewBase::registerElement(const Element &element, QWidget *widget, const QString &accessibleName)
{
    registerWidget(element.id, widget, accessibleName.isEmpty() ? visibleLabel(element) : accessibleName);
    // A picture or a text with a right-click menu must answer the right click itself.
    if (!element.menu.isEmpty() && widget && !qobject_cast<ElementItem *>(widget) && !m_nativeWatch.contains(widget))
        watchNative(widget, element.id, false);
}

void SceneViewBase::registerWidget(const QString &id, QWidget *widget, const QString &accessibleName)
{
    if (!widget)
        return;
    widget->setLayoutDirection(Qt::LeftToRight);
    if (!id.isEmpty()) {
        widget->setObjectName(id);
        if (!m_widgets.contains(id)) // ids are unique in a scene; keep the first on a broken file
            m_widgets.insert(id, widget);
    }
    widget->setAccessibleName(accessibleName);
}

void SceneViewBase::watchNative(QWidget *widget, const QString &elementId, bool reportClicks)
{
    if (!widget)
        return;
    m_nativeWatch.insert(widget, {elementId, reportClicks});
    widget->installEventFilter(this);
    connect(widget, &QObject::destroyed, this, [this, widget] { m_nativeWatch.remove(widget); });
}

ElementItem *SceneViewBase::createItem(const Element &element, const QString &look, QWidget *parent,
                                       Reporting reporting)
{
    auto *item = new ElementItem(look, parent);
    registerElement(element, item);
    if (reporting == Reporting::Default) {
        const QString id = element.id;
        connect(item, &QAbstractButton::clicked, this, [this, id] { activate(id); });
        connect(item, &ElementItem::doubleClicked, this, [this, id] { doubleActivate(id); });
        connect(item, &ElementItem::rightClicked, this, [this, id](const QPoint &g) { rightClick(id, g); });
    }
    return item;
}

void SceneViewBase::makeDraggable(ElementItem *item)
{
    item->setDraggable(true);
    connect(item, &ElementItem::dragStarted, this,
            [this, item](const QPoint &g, const QPoint &offset) { beginDrag(item, g, offset); });
    connect(item, &ElementItem::dragMoved, this, [this](const QPoint &g) { moveDrag(g); });
    connect(item, &ElementItem::dragFinished, this, [this, item](const QPoint &g) { finishDrag(item, g); });
}

void SceneViewBase::addDropTarget(const QString &zoneId, QWidget *widget)
{
    if (!widget)
        return;
    m_dropTargets.insert(widget, zoneId);
    connect(widget, &QObject::destroyed, this, [this, widget] { m_dropTargets.remove(widget); });
}

QString SceneViewBase::resolveImage(const QString &path) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || m_lessonDirectory.isEmpty())
        return path;
    return QDir(m_lessonDirectory).filePath(path);
}

void SceneViewBase::silently(const std::function<void()> &change)
{
    ++m_silent;
    const auto restore = qScopeGuard([this] { --m_silent; });
    change();
}

void SceneViewBase::report(const UserAction &action)
{
    if (isSilent())
        return;
    emit actionPerformed(action);
}

// --- activation ----------------------------------------------------------------------------

void SceneViewBase::activate(const QString &id)
{
    if (m_menuOwner.contains(id))
        closeMenus();
    if (const Element *e = elementOf(id))
        elementActivated(*e);
    else
        furnitureActivated(id);
    const auto form = m_submitters.constFind(id);
    if (form != m_submitters.constEnd())
        report(submitAction(*form));
    else
        report(UserAction::click(id));
}

void SceneViewBase::doubleActivate(const QString &id)
{
    if (const Element *e = elementOf(id))
        elementDoubleActivated(*e);
    report(UserAction::of(ActionKind::DoubleClick, id));
}

void SceneViewBase::rightClick(const QString &id, const QPoint &globalPos)
{
    closeMenus();
    if (menuOf(id)) {
        QWidget *owner = elementWidget(id);
        openMenu(id, globalPos, owner && owner->hasFocus());
    }
    report(UserAction::of(ActionKind::RightClick, id));
}

// --- context menus -------------------------------------------------------------------------

void SceneViewBase::buildMenus(const QList<Element> &elements)
{
    for (const Element &e : elements) {
        if (!e.menu.isEmpty() && !m_menus.contains(e.id)) {
            auto *menu = new SceneContextMenu(e.id, m_root);
            for (const Element &entry : e.menu) {
                ElementItem *item = createItem(entry, QStringLiteral("menu-item"), menu);
                item->addLabel(visibleLabel(entry));
                item->setMinimumHeight(m_style.minTarget());
                menu->entries()->addWidget(item);
                m_menuOwner.insert(entry.id, e.id);
            }
            m_menus.insert(e.id, menu);
        }
        buildMenus(e.children);
    }
}

void SceneViewBase::openMenu(const QString &ownerId, const QPoint &globalPos, bool byKeyboard)
{
    SceneContextMenu *menu = menuOf(ownerId);
    if (!menu || !m_root)
        return;
    menu->popup(m_root->mapFromGlobal(globalPos) + QPoint(4, 4), byKeyboard);
    if (!m_dismisser) {
        // Any press outside the menu closes it, as on a real desktop; the press still counts.
        m_dismisser = new MenuDismisser(
                [this](QWidget *w) {
                    for (SceneContextMenu *open : std::as_const(m_menus))
                        if (open && open->isVisible() && isInside(w, open))
                            return;
                    closeMenus();
                },
                this);
        qApp->installEventFilter(m_dismisser);
    }
}

void SceneViewBase::closeMenus()
{
    for (SceneContextMenu *menu : std::as_const(m_menus))
        if (menu)
            menu->hide();
    if (m_dismisser) {
        qApp->removeEventFilter(m_dismisser);
        m_dismisser->deleteLater(); // may be inside its own filter call
        m_dismisser = nullptr;
    }
}

bool SceneViewBase::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange && m_root) {
        const SceneStyle style = SceneStyle::fromApplication();
        if (style.base() != m_style.base()) {
            m_style = style;
            setStyleSheet(m_style.commonSheet() + extraStyleSheet());
        }
    }
    return SceneView::event(event);
}

void SceneViewBase::hideEvent(QHideEvent *event)
{
    closeMenus();
    SceneView::hideEvent(event);
}

// --- background and native controls --------------------------------------------------------

void SceneViewBase::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    if (event->button() == Qt::RightButton)
        report(UserAction::of(ActionKind::RightClick, {}));
}

void SceneViewBase::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
    if (event->button() != Qt::LeftButton)
        return;
    if (m_swallowBackgroundRelease) {
        m_swallowBackgroundRelease = false;
        return;
    }
    report(UserAction::click({}));
}

void SceneViewBase::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept();
    if (event->button() != Qt::LeftButton)
        return;
    m_swallowBackgroundRelease = true;
    report(UserAction::of(ActionKind::DoubleClick, {}));
}

bool SceneViewBase::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    auto *w = watched->isWidgetType() ? static_cast<QWidget *>(watched) : nullptr;
    const auto watch = w ? m_nativeWatch.constFind(w) : m_nativeWatch.constEnd();
    if (watch != m_nativeWatch.constEnd()) {
        if (type == QEvent::MouseButtonPress) {
            auto *me = static_cast<QMouseEvent *>(event);
            if (me->button() == Qt::RightButton) {
                rightClick(watch->id, me->globalPosition().toPoint());
                return true;
            }
            if (me->button() == Qt::LeftButton && watch->reportClicks && qobject_cast<QComboBox *>(w) && w->isEnabled())
                report(UserAction::click(watch->id));
        } else if (type == QEvent::MouseButtonRelease) {
            auto *me = static_cast<QMouseEvent *>(event);
            if (me->button() == Qt::LeftButton && watch->reportClicks && !qobject_cast<QComboBox *>(w)
                && w->rect().contains(me->position().toPoint()) && w->isEnabled()) {
                report(UserAction::click(watch->id));
                // Texts and pictures do nothing else with a click: stop it here, or the view
                // would report it a second time as a click on the background.
                if (!qobject_cast<QLineEdit *>(w))
                    return true;
            }
        } else if (type == QEvent::ContextMenu) {
            return true; // no native menu (it would run its own event loop)
        }
    }
    return SceneView::eventFilter(watched, event);
}

// --- fields and forms ----------------------------------------------------------------------

void SceneViewBase::addField(const Field &field)
{
    if (m_fields.contains(field.id))
        return;
    m_fields.insert(field.id, field);
    m_fieldOrder.append(field.id);
}

const SceneViewBase::Field *SceneViewBase::field(const QString &id) const
{
    const auto it = m_fields.constFind(id);
    return it == m_fields.constEnd() ? nullptr : &*it;
}

void SceneViewBase::addSubmitter(const QString &formId, const QString &buttonId)
{
    m_submitters.insert(buttonId, formId);
    m_submitterOrder.append(buttonId);
}

UserAction SceneViewBase::submitAction(const QString &formId) const
{
    UserAction action;
    action.kind = ActionKind::Submit;
    action.target = formId;
    for (const QString &id : m_fieldOrder) {
        const Field &f = m_fields[id];
        if (f.formId == formId && f.value)
            action.fields.insert(f.id, f.value());
    }
    return action;
}

void SceneViewBase::showFieldErrors(const QHash<QString, QString> &errors)
{
    QWidget *first = nullptr;
    for (const QString &id : std::as_const(m_fieldOrder)) {
        const Field &f = m_fields[id];
        const bool invalid = errors.contains(id);
        if (f.error) {
            f.error->setText(errors.value(id));
            f.error->setVisible(invalid);
        }
        for (QWidget *w : {f.input.data(), f.box.data()}) {
            if (w && w->property("invalid").toBool() != invalid) {
                w->setProperty("invalid", invalid);
                repolish(w);
            }
        }
        if (invalid && !first)
            first = f.box ? f.box.data() : f.input.data();
    }
    if (!first)
        return;
    // Like a real site, bring the first error into view (silently: the learner did not scroll).
    silently([&] {
        for (const ScrollWatch &watch : std::as_const(m_scrollWatches))
            if (watch.area && watch.area->widget() && watch.area->widget()->isAncestorOf(first))
                watch.area->ensureWidgetVisible(first, 40, 80);
    });
}

void SceneViewBase::addFilePicker(const FilePicker &picker)
{
    m_pickers.insert(picker.id, picker);
}

// --- scrolling -----------------------------------------------------------------------------

void SceneViewBase::watchScrolling(QScrollArea *area)
{
    const int index = static_cast<int>(m_scrollWatches.size());
    m_scrollWatches.append({area, area->verticalScrollBar()->value(), {}});
    connect(area->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this, index](int value) { onScrolled(index, value); });
}

void SceneViewBase::onScrolled(int watchIndex, int value)
{
    if (watchIndex >= m_scrollWatches.size())
        return;
    ScrollWatch &watch = m_scrollWatches[watchIndex];
    const int old = watch.lastValue;
    watch.lastValue = value;
    if (!watch.area || !watch.area->widget())
        return;
    QWidget *content = watch.area->widget();
    const int viewHeight = watch.area->viewport()->height();
    // "Visible" means wholly in view (or filling the viewport, for an element taller than it):
    // the moment the "Montre-moi" pointer stops turning the wheel.
    const auto visibleAt = [viewHeight](const QRect &r, int top) {
        const int overlap = std::min(r.bottom(), top + viewHeight - 1) - std::max(r.top(), top) + 1;
        return overlap >= std::min(r.height(), viewHeight) - 1;
    };
    // An element is reported the first time scrolling brings it into view (also when it comes
    // back into view after being scrolled away); never twice.
    QList<QPair<int, QString>> revealed;
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it) {
        QWidget *w = it.value();
        if (!w || !content->isAncestorOf(w) || !w->isVisibleTo(content) || watch.reported.contains(it.key()))
            continue;
        const QRect r(w->mapTo(content, QPoint(0, 0)), w->size());
        if (!visibleAt(r, old) && visibleAt(r, value))
            revealed.append({value >= old ? r.top() : -r.top(), it.key()});
    }
    std::sort(revealed.begin(), revealed.end());
    for (const auto &[top, id] : std::as_const(revealed)) {
        Q_UNUSED(top)
        watch.reported.insert(id);
        report(UserAction::of(ActionKind::Scroll, id));
    }
}

// --- drag and drop -------------------------------------------------------------------------

void SceneViewBase::beginDrag(ElementItem *item, const QPoint &globalPos, const QPoint &grabOffset)
{
    closeMenus();
    if (m_dragGhost)
        m_dragGhost->deleteLater();
    auto *ghost = new QLabel(m_root);
    ghost->setObjectName(QStringLiteral("drag-ghost"));
    ghost->setAttribute(Qt::WA_TransparentForMouseEvents);
    ghost->setPixmap(item->grab());
    ghost->resize(item->size());
    m_dragGhost = ghost;
    m_dragOffset = grabOffset;
    auto *fade = new QGraphicsOpacityEffect(item);
    fade->setOpacity(0.3);
    item->setGraphicsEffect(fade);
    moveDrag(globalPos);
    ghost->show();
    ghost->raise();
}

void SceneViewBase::moveDrag(const QPoint &globalPos)
{
    if (m_dragGhost && m_root)
        m_dragGhost->move(m_root->mapFromGlobal(globalPos) - m_dragOffset);
}

void SceneViewBase::finishDrag(ElementItem *item, const QPoint &globalPos)
{
    if (!m_root)
        return;
    const QPoint pointer = m_root->mapFromGlobal(globalPos);
    const QString zone = dropZoneAt(pointer, item);
    if (m_dragGhost)
        delete m_dragGhost.data();
    item->setGraphicsEffect(nullptr);
    m_undo = placeDropped(item, zone, pointer - m_dragOffset);
    UserAction action = UserAction::of(ActionKind::Drag, item->objectName());
    action.to = zone;
    report(action);
}

QString SceneViewBase::dropZoneAt(const QPoint &viewPos, const QWidget *dragged) const
{
    if (!m_root)
        return {};
    auto *draggedWidget = const_cast<QWidget *>(dragged);
    const bool wasTransparent = draggedWidget->testAttribute(Qt::WA_TransparentForMouseEvents);
    draggedWidget->setAttribute(Qt::WA_TransparentForMouseEvents, true);
    QWidget *w = m_root->childAt(viewPos);
    draggedWidget->setAttribute(Qt::WA_TransparentForMouseEvents, wasTransparent);
    for (; w && w != m_root; w = w->parentWidget()) {
        const auto it = m_dropTargets.constFind(w);
        if (it != m_dropTargets.constEnd() && *it != dragged->objectName())
            return *it;
    }
    return {};
}

std::function<void()> SceneViewBase::placeDropped(ElementItem *item, const QString &zoneId, const QPoint &viewPos)
{
    Q_UNUSED(zoneId)
    QWidget *parent = item->parentWidget();
    const QPoint before = item->pos();
    const QPoint target = parent && m_root ? parent->mapFrom(m_root, viewPos) : viewPos;
    item->move(target);
    item->raise();
    QPointer<ElementItem> guarded(item);
    return [guarded, before] {
        if (guarded)
            guarded->move(before);
    };
}

void SceneViewBase::revertLastAction()
{
    if (m_undo) {
        const auto undo = std::move(m_undo);
        m_undo = {};
        undo();
    }
}

// --- gestures ------------------------------------------------------------------------------

Gesture SceneViewBase::gesture(Gesture::Kind kind, QWidget *widget, QPoint pos)
{
    Gesture g;
    g.kind = kind;
    g.widget = widget;
    g.pos = pos;
    return g;
}

QList<Gesture> SceneViewBase::revealGestures(const QString &id) const
{
    QList<Gesture> out;
    const auto owner = m_menuOwner.constFind(id);
    if (owner != m_menuOwner.constEnd()) {
        SceneContextMenu *menu = menuOf(*owner);
        if (menu && !menu->isVisible()) {
            out << revealGestures(*owner);
            out << gesture(Gesture::Kind::RightClick, elementWidget(*owner));
        }
        return out;
    }
    QWidget *w = elementWidget(id);
    if (!w)
        return out;
    for (const ScrollWatch &watch : m_scrollWatches) {
        if (!watch.area || !watch.area->widget() || !watch.area->widget()->isAncestorOf(w))
            continue;
        QWidget *viewport = watch.area->viewport();
        const QRect r(w->mapTo(viewport, QPoint(0, 0)), w->size());
        if (viewport->rect().contains(r.center()))
            continue;
        Gesture g = gesture(Gesture::Kind::Scroll, viewport);
        g.until = w;
        g.wheelDelta = r.center().y() < 0 ? 120 : -120;
        out << g;
    }
    return out;
}

void SceneViewBase::reveal(const QString &id)
{
    const auto owner = m_menuOwner.constFind(id);
    if (owner != m_menuOwner.constEnd()) {
        reveal(*owner);
        return;
    }
    QWidget *w = elementWidget(id);
    for (const ScrollWatch &watch : std::as_const(m_scrollWatches))
        if (w && watch.area && watch.area->widget() && watch.area->widget()->isAncestorOf(w))
            watch.area->ensureWidgetVisible(w, 40, 80);
}

bool SceneViewBase::customGestures(const ActionMatcher &expect, QList<Gesture> &gestures) const
{
    Q_UNUSED(expect)
    Q_UNUSED(gestures)
    return false;
}

bool SceneViewBase::customApply(const ActionMatcher &expect)
{
    Q_UNUSED(expect)
    return false;
}

QList<Gesture> SceneViewBase::typeGestures(const ActionMatcher &expect) const
{
    QList<Gesture> out;
    auto *edit = qobject_cast<QLineEdit *>(elementWidget(expect.target));
    if (!edit)
        return out;
    const QString want = expect.match == TextMatch::Regex ? expect.example : expect.value;
    const QString current = edit->text();
    int common = 0;
    while (common < current.size() && common < want.size() && current.at(common) == want.at(common))
        ++common;
    // Click at the right end of the field so the cursor lands after the text already there.
    const QPoint end = edit->width() > 60 ? QPoint(edit->width() - 24, edit->height() / 2) : QPoint();
    if (common < current.size()) {
        out << gesture(Gesture::Kind::Click, edit, end);
        Gesture toEnd = gesture(Gesture::Kind::Key, edit);
        toEnd.key = Qt::Key_End;
        out << toEnd;
        for (int i = common; i < current.size(); ++i) {
            Gesture back = gesture(Gesture::Kind::Key, edit);
            back.key = Qt::Key_Backspace;
            out << back;
        }
    }
    const QString rest = want.mid(common);
    if (!rest.isEmpty() || out.isEmpty()) {
        Gesture type = gesture(Gesture::Kind::Type, edit, end);
        type.text = rest;
        out << type;
    }
    Gesture enter = gesture(Gesture::Kind::Key, edit);
    enter.key = Qt::Key_Return;
    out << enter;
    return out;
}

QList<Gesture> SceneViewBase::gesturesFor(const ActionMatcher &expect) const
{
    QList<Gesture> out;
    if (customGestures(expect, out))
        return out;
    QWidget *w = elementWidget(expect.target);
    switch (expect.action) {
    case ActionKind::Click:
    case ActionKind::DoubleClick:
    case ActionKind::RightClick: {
        if (!w)
            return {};
        out << revealGestures(expect.target);
        const Gesture::Kind kind = expect.action == ActionKind::Click ? Gesture::Kind::Click
                : expect.action == ActionKind::DoubleClick             ? Gesture::Kind::DoubleClick
                                                                        : Gesture::Kind::RightClick;
        out << gesture(kind, w);
        break;
    }
    case ActionKind::Drag: {
        QWidget *zone = elementWidget(expect.to);
        if (!w || !zone)
            return {};
        out << revealGestures(expect.target);
        Gesture g = gesture(Gesture::Kind::Drag, w);
        g.dropWidget = zone;
        out << g;
        break;
    }
    case ActionKind::Type:
        out << revealGestures(expect.target) << typeGestures(expect);
        break;
    case ActionKind::Select: {
        auto *combo = qobject_cast<QComboBox *>(w);
        if (!combo)
            return {};
        const int index = combo->findText(expect.value.trimmed());
        if (index < 0)
            return {};
        out << revealGestures(expect.target);
        Gesture g = gesture(Gesture::Kind::Invoke, combo);
        QPointer<QComboBox> guarded(combo);
        // The same path as a learner's choice in the list: the activated signal reports Select.
        g.invoke = [guarded, index] {
            if (!guarded)
                return;
            guarded->setCurrentIndex(index);
            emit guarded->activated(index);
        };
        out << g;
        break;
    }
    case ActionKind::Check: {
        auto *box = qobject_cast<QAbstractButton *>(w);
        if (!box)
            return {};
        const bool want = expect.value.isEmpty() || expect.value == QLatin1String("true");
        if (box->isChecked() == want)
            return {};
        out << revealGestures(expect.target);
        QStyleOptionButton opt;
        opt.initFrom(box);
        const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &opt, box);
        out << gesture(Gesture::Kind::Click, box, indicator.isValid() ? indicator.center() : QPoint());
        break;
    }
    case ActionKind::Upload: {
        const auto picker = m_pickers.constFind(expect.target);
        if (picker == m_pickers.constEnd() || !picker->gestures)
            return {};
        const QList<Gesture> pick = picker->gestures(expect.value.trimmed());
        if (pick.isEmpty())
            return {};
        out << revealGestures(expect.target) << pick;
        break;
    }
    case ActionKind::Submit: {
        QString button;
        for (const QString &id : m_submitterOrder) {
            if (m_submitters.value(id) != expect.target)
                continue;
            const Element *e = elementOf(id);
            if (button.isEmpty() || (e && e->extra.value(QStringLiteral("style")).toString() == QLatin1String("primary")))
                button = id;
        }
        if (button.isEmpty())
            return {};
        out << revealGestures(button) << gesture(Gesture::Kind::Click, elementWidget(button));
        break;
    }
    case ActionKind::Scroll: {
        if (!w)
            return {};
        for (const ScrollWatch &watch : m_scrollWatches) {
            if (!watch.area || !watch.area->widget() || !watch.area->widget()->isAncestorOf(w))
                continue;
            Gesture g = gesture(Gesture::Kind::Scroll, watch.area->viewport());
            g.until = w;
            const QRect r(w->mapTo(watch.area->viewport(), QPoint(0, 0)), w->size());
            g.wheelDelta = r.bottom() < 0 ? 120 : -120;
            out << g;
            break;
        }
        break;
    }
    case ActionKind::Choose:
    case ActionKind::Order:
    case ActionKind::Listen:
        break;
    }
    return out;
}

// --- skipped steps -------------------------------------------------------------------------

void SceneViewBase::applyExpected(const ActionMatcher &expect)
{
    silently([&] {
        if (customApply(expect))
            return;
        const Element *e = elementOf(expect.target);
        switch (expect.action) {
        case ActionKind::Click:
            reveal(expect.target);
            if (m_menuOwner.contains(expect.target))
                closeMenus();
            if (e)
                elementActivated(*e);
            else
                furnitureActivated(expect.target);
            break;
        case ActionKind::DoubleClick:
            reveal(expect.target);
            if (e)
                elementDoubleActivated(*e);
            break;
        case ActionKind::RightClick:
            reveal(expect.target);
            closeMenus();
            if (QWidget *w = elementWidget(expect.target); w && menuOf(expect.target))
                openMenu(expect.target, w->mapToGlobal(w->rect().center()), false);
            break;
        case ActionKind::Drag: {
            auto *item = qobject_cast<ElementItem *>(elementWidget(expect.target));
            QWidget *zone = elementWidget(expect.to);
            if (!item || !m_root)
                break;
            QPoint topLeft = item->mapTo(m_root, QPoint(0, 0));
            if (zone)
                topLeft = zone->mapTo(m_root, zone->rect().center()) - item->rect().center();
            placeDropped(item, zone ? expect.to : QString(), topLeft);
            m_undo = {};
            break;
        }
        case ActionKind::Type:
            if (const Field *f = field(expect.target); f && f->setValue)
                f->setValue(expect.match == TextMatch::Regex ? expect.example : expect.value);
            break;
        case ActionKind::Select:
            if (const Field *f = field(expect.target); f && f->setValue)
                f->setValue(expect.value.trimmed());
            break;
        case ActionKind::Check:
            if (const Field *f = field(expect.target); f && f->setValue)
                f->setValue(expect.value.isEmpty() || expect.value == QLatin1String("true") ? QStringLiteral("true")
                                                                                            : QStringLiteral("false"));
            break;
        case ActionKind::Upload:
            if (const auto p = m_pickers.constFind(expect.target); p != m_pickers.constEnd() && p->choose)
                p->choose(expect.value.trimmed());
            break;
        case ActionKind::Scroll:
            reveal(expect.target);
            if (QWidget *w = elementWidget(expect.target)) {
                for (ScrollWatch &watch : m_scrollWatches)
                    if (watch.area && watch.area->widget() && watch.area->widget()->isAncestorOf(w))
                        watch.area->ensureWidgetVisible(w, 40, 80);
            }
            break;
        case ActionKind::Submit:
            showFieldErrors({});
            break;
        case ActionKind::Choose:
        case ActionKind::Order:
        case ActionKind::Listen:
            break;
        }
    });
}
