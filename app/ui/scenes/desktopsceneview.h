#pragma once

#include "scenes/sceneviewbase.h"

#include <QHash>
#include <QRect>

class IconGrid;
class QHBoxLayout;

/// A computer desktop: wallpaper, icons (`icon`, `folder`, `file`, `bin`; double click or
/// Enter opens them), `window` elements as frames with a title bar, and a taskbar with one
/// button per open window and the clock. Files and folders can be dragged onto folders, into
/// open folder windows and onto the bin (Drag reports the folder or bin id as `to`).
///
/// Window ids: a `window` element keeps its own id; the window a folder, file or bin opens is
/// `<element-id>-window`. Each window's buttons report Click on `<window-id>-minimise`,
/// `<window-id>-maximise` and `<window-id>-close`; its taskbar button on `<window-id>-taskbar`
/// (restores a minimised window). A `window` element may give its own title-bar buttons as
/// `button` children with `extra.titlebar` "minimize", "maximize" or "close": they take the
/// place (and report the ids) of the generated ones. Buttons with `extra.role` "start" or
/// "taskbar" sit in the taskbar; other elements with `x`/`y` are placed like on a practice scene.
class DesktopSceneView : public SceneViewBase
{
    Q_OBJECT

public:
    using SceneViewBase::SceneViewBase;

    enum class WindowState { Closed, Normal, Minimised, Maximised };
    WindowState windowState(const QString &windowId) const;
    /// The id of the folder (or window) whose content holds `itemId`; empty on the desktop.
    QString containerOf(const QString &itemId) const { return m_containerOf.value(itemId); }

protected:
    void buildScene(QWidget *root) override;
    void clearScene() override;
    QString extraStyleSheet() const override;
    void elementActivated(const Element &element) override;
    void elementDoubleActivated(const Element &element) override;
    void furnitureActivated(const QString &id) override;
    std::function<void()> placeDropped(ElementItem *item, const QString &zoneId, const QPoint &viewPos) override;
    QList<Gesture> revealGestures(const QString &id) const override;
    void reveal(const QString &id) override;
    bool customGestures(const ActionMatcher &expect, QList<Gesture> &gestures) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Window
    {
        QString id;
        QString title;
        QString owner; ///< the icon that opens it (empty for `window` elements)
        QPointer<QWidget> frame;
        QPointer<QWidget> taskButton;
        WindowState state = WindowState::Closed;
        QRect normal;
        bool placed = false;
        bool provisional = false; ///< placed before the desktop had its real size
    };

    ElementItem *iconItem(const Element &e, QWidget *parent);
    Window &addWindow(const QString &id, const QString &title, const QString &icon, const QString &owner,
                      const Element *element = nullptr);
    void applyWindowButton(const QString &windowId, const QString &kind);
    QWidget *windowContent(const Element &e, QWidget *parent, const QString &containerId);
    void buildOpenable(const Element &e);
    void openWindow(const QString &windowId);
    void setWindowState(const QString &windowId, WindowState state);
    void raiseWindow(const QString &windowId);
    QString windowIdOf(const QString &furnitureId, QString *suffix) const;
    QString windowAround(const QString &elementId) const;
    void layoutDesktop();
    void placeWindow(Window &w);
    /// `r` moved (and shrunk, down to `minimum`) to lie inside `area`.
    static QRect insideOf(QRect r, const QSize &area, const QSize &minimum);
    void keepInside(Window &w);
    void putOnDesktop(ElementItem *item, const QPoint &topLeft);
    void putInContainer(ElementItem *item, const QString &containerId, int index = -1);

    QPointer<QWidget> m_surface;
    QPointer<QWidget> m_taskbar;
    QHBoxLayout *m_taskButtons = nullptr;
    QHash<QString, Window> m_windows;
    QStringList m_windowOrder;
    QHash<QString, QString> m_opens;       ///< icon id -> window id it opens
    QHash<QString, QString> m_containerOf; ///< item id -> container id ("" = desktop)
    QHash<QString, IconGrid *> m_grids;    ///< container id -> its icon grid
    QHash<QString, QString> m_gridWindow;  ///< container id -> window id showing it
    QHash<QString, QPair<QString, QString>> m_titlebarButtons; ///< lesson's title-bar button id -> (window, kind)
    QHash<QString, QString> m_taskbarFor;  ///< lesson's taskbar button id -> window it restores
    QList<QPointer<ElementItem>> m_desktopIcons;
    QHash<QWidget *, QPoint> m_movedOnDesktop; ///< icons put somewhere by the learner
    QString m_selected;
    QPoint m_titleGrab;
    QPointer<QWidget> m_draggedWindow;
};
