#pragma once

#include <QPoint>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

/// One physical move of the learner, described on real widgets: what "Montre-moi" and the
/// demonstration mode perform (ghost pointer first, then real input events).
struct Gesture
{
    enum class Kind {
        Click,       ///< left click at `pos` in `widget`
        DoubleClick, ///< two clicks, as the system sends them
        RightClick,
        Drag,        ///< press in `widget`, move to `dropPos` in `dropWidget`, release
        Type,        ///< click into `widget`, then type `text` key by key
        Key,         ///< press one key (`key`, e.g. Qt::Key_Return) in `widget`
        Scroll,      ///< wheel over `widget` by `wheelDelta` (negative: down) until `until` is visible
        Invoke,      ///< pointer to `widget`, then `invoke()` (e.g. pick an entry of an open list)
    };

    Kind kind = Kind::Click;
    QPointer<QWidget> widget;
    QPoint pos;                 ///< in `widget` coordinates; null point: the centre
    QPointer<QWidget> dropWidget;
    QPoint dropPos;             ///< in `dropWidget` coordinates; null point: the centre
    QString text;
    int key = 0;
    int wheelDelta = -120;
    QPointer<QWidget> until;    ///< Scroll: stop when this widget is visible in its viewport
    std::function<void()> invoke;
};
