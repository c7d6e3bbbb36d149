#pragma once

#include "scenes/scenestyle.h"
#include "scenes/sceneview.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>

class ElementItem;
class MenuDismisser;
class QLabel;
class QScrollArea;
class SceneContextMenu;

/// What every renderer shares: the element registry (object name = element id, accessible
/// name = its French label), reporting (clicks, right clicks and their in-scene menus, drags
/// with the item following the pointer, scrolling, form fields and submission), the moves
/// behind "Montre-moi" and the silent state changes of a skipped step. Renderers build the
/// widgets in buildScene() and refine behaviour through the protected hooks.
class SceneViewBase : public SceneView
{
    Q_OBJECT

public:
    explicit SceneViewBase(QWidget *parent = nullptr);
    ~SceneViewBase() override;

    void setScene(const Scene &scene, const Lesson &lesson) final;
    QWidget *elementWidget(const QString &elementId) const override;
    QList<Gesture> gesturesFor(const ActionMatcher &expect) const override;
    void applyExpected(const ActionMatcher &expect) override;
    void showFieldErrors(const QHash<QString, QString> &errors) override;
    void revertLastAction() override;

    const Scene &scene() const { return m_scene; }
    const SceneStyle &sceneStyle() const { return m_style; }

    // --- building blocks for ElementWidgetFactory and the renderers --------------------------

    /// The French text a learner sees on an element (label, else text, else subject).
    static QString visibleLabel(const Element &element);

    /// Names `widget` after the element and remembers it for elementWidget().
    void registerElement(const Element &element, QWidget *widget, const QString &accessibleName = {});
    /// Scene furniture with an id of its own (browser-back, window buttons, "Valider").
    void registerWidget(const QString &id, QWidget *widget, const QString &accessibleName);
    /// Watches a native control (field, button) for right clicks, reported on `elementId`;
    /// with `reportClicks`, a left click into it is reported too (clicking into a field).
    void watchNative(QWidget *widget, const QString &elementId, bool reportClicks);
    /// The widget every scene part lives in; popups and panels are its free children. It fills
    /// the view, and scrolls inside it when the view is smaller than the scene's minimum (a small
    /// or scaled screen), so that the tutor layer around never has to grow past the window.
    QWidget *sceneRoot() const { return m_root; }

    enum class Reporting { Default, None };
    /// An ElementItem for `element`: registered, and (Reporting::Default) reporting click,
    /// double click and right click (opening its menu, if any) on the element id.
    ElementItem *createItem(const Element &element, const QString &look, QWidget *parent,
                            Reporting reporting = Reporting::Default);
    /// Makes an item draggable: it follows the pointer and reports Drag on release.
    void makeDraggable(ElementItem *item);
    /// A widget that stands for a drop zone, folder or bin with id `zoneId`.
    void addDropTarget(const QString &zoneId, QWidget *widget);

    /// The learner activated `id` (left click, Enter, Space): effects, then Click — or Submit
    /// when `id` is a button or link inside a form.
    void activate(const QString &id);
    void doubleActivate(const QString &id);
    void rightClick(const QString &id, const QPoint &globalPos);

    /// Reports an action unless the view is changing state silently (applyExpected).
    void report(const UserAction &action);
    bool isSilent() const { return m_silent > 0; }

    /// Absolute path of an element's picture (the loader already resolves it).
    QString resolveImage(const QString &path) const;

    /// A field of a form (or a lone field): how to read and set it, where its error goes.
    struct Field
    {
        QString id;
        ElementKind kind = ElementKind::TextField;
        QString formId;
        QPointer<QWidget> input; ///< the control (gets the red border)
        QPointer<QWidget> box;   ///< the labelled block around it
        QPointer<QLabel> error;  ///< the red French text under it
        std::function<QString()> value;
        std::function<void(const QString &)> setValue; ///< silent
    };
    void addField(const Field &field);
    const Field *field(const QString &id) const;
    /// `buttonId` submits `formId` when activated.
    void addSubmitter(const QString &formId, const QString &buttonId);
    UserAction submitAction(const QString &formId) const;

    /// Reports Scroll when a registered element inside `area` becomes visible by scrolling.
    void watchScrolling(QScrollArea *area);

    /// A file picker's in-scene "Documents" panel: open() shows it, gestures click through it.
    struct FilePicker
    {
        QString id;
        std::function<QList<Gesture>(const QString &fileName)> gestures; ///< open, find, pick, confirm
        std::function<void(const QString &fileName)> choose;             ///< silent
    };
    void addFilePicker(const FilePicker &picker);

    /// The in-scene context menu of an element, built in setScene (hidden).
    SceneContextMenu *menuOf(const QString &ownerId) const { return m_menus.value(ownerId); }
    void closeMenus();

protected:
    /// Builds the scene into `root` (an empty widget filling the view).
    virtual void buildScene(QWidget *root) = 0;
    /// Visible effect of a click / double click, before it is reported (open a mail, a folder).
    virtual void elementActivated(const Element &element) { Q_UNUSED(element) }
    virtual void elementDoubleActivated(const Element &element) { Q_UNUSED(element) }
    /// The same for scene furniture that is not an element (window buttons, taskbar).
    virtual void furnitureActivated(const QString &id) { Q_UNUSED(id) }
    /// Moves a dropped item to its new place; returns how to put it back (revertLastAction).
    virtual std::function<void()> placeDropped(ElementItem *item, const QString &zoneId, const QPoint &viewPos);
    /// Moves needed before `id` can be reached (open its mail, its folder, scroll to it).
    virtual QList<Gesture> revealGestures(const QString &id) const;
    /// Silently makes `id` reachable (the state revealGestures would lead to).
    virtual void reveal(const QString &id);
    /// Renderer-specific gestures or state; return true when handled.
    virtual bool customGestures(const ActionMatcher &expect, QList<Gesture> &gestures) const;
    virtual bool customApply(const ActionMatcher &expect);
    /// Called when a new scene replaces the old one, before buildScene().
    virtual void clearScene() {}
    /// Rules added after SceneStyle::commonSheet() for this renderer's own look.
    virtual QString extraStyleSheet() const { return {}; }
    void hideEvent(QHideEvent *event) override;
    /// Follows the learner's text size: a new application font re-styles the scene.
    bool event(QEvent *event) override;

    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    /// The element an ElementItem stands for.
    const Element *elementOf(const QString &id) const { return m_scene.findElement(id); }
    /// Runs `change` without reporting any action.
    void silently(const std::function<void()> &change);
    static Gesture gesture(Gesture::Kind kind, QWidget *widget, QPoint pos = {});

private:
    struct ScrollWatch
    {
        QPointer<QScrollArea> area;
        int lastValue = 0;
        QSet<QString> reported; ///< ids already reported
    };
    void buildMenus(const QList<Element> &elements);
    void openMenu(const QString &ownerId, const QPoint &globalPos, bool byKeyboard);
    void onScrolled(int watchIndex, int value);
    void beginDrag(ElementItem *item, const QPoint &globalPos, const QPoint &grabOffset);
    void moveDrag(const QPoint &globalPos);
    void finishDrag(ElementItem *item, const QPoint &globalPos);
    QString dropZoneAt(const QPoint &viewPos, const QWidget *dragged) const;
    QList<Gesture> typeGestures(const ActionMatcher &expect) const;
    void clearAll();

    Scene m_scene;
    QString m_lessonDirectory;
    SceneStyle m_style;
    QScrollArea *m_frame = nullptr; ///< scrolls the scene only when the view is smaller than it needs
    QPointer<QWidget> m_root;
    QHash<QString, QPointer<QWidget>> m_widgets;
    QHash<QString, SceneContextMenu *> m_menus;
    QHash<QString, Field> m_fields;
    QStringList m_fieldOrder;
    QHash<QString, QString> m_submitters; ///< button or link id -> form id
    QHash<QString, FilePicker> m_pickers;
    QHash<QWidget *, QString> m_dropTargets;
    struct NativeWatch
    {
        QString id;
        bool reportClicks = false;
    };
    QHash<QWidget *, NativeWatch> m_nativeWatch;
    QHash<QString, QString> m_menuOwner; ///< menu-item id -> owner id
    QStringList m_submitterOrder;
    bool m_swallowBackgroundRelease = false;
    QList<ScrollWatch> m_scrollWatches;
    QPointer<QWidget> m_dragGhost;
    QPoint m_dragOffset;
    std::function<void()> m_undo;
    int m_silent = 0;
    QPointer<MenuDismisser> m_dismisser;
};
