#pragma once

// What "usable" means for a control of the kiosk (RELIABILITY case 16), checked as a person
// would find it: the control is large enough to touch, and it can be brought into view inside
// the window — where it is, or by scrolling the scroll areas around it — and a touch on its
// middle reaches it (nothing else lies on top, nothing clips it away).

#include <QAbstractButton>
#include <QScrollArea>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace Reachability {

/// Where `widget` is visible inside `window` (window coordinates): its rectangle clipped by
/// every ancestor and by the window.
inline QRect visibleRect(const QWidget *widget, const QWidget *window)
{
    QRect visible(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (const QWidget *p = widget->parentWidget(); p && p != window; p = p->parentWidget())
        visible &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
    return visible & window->rect();
}

/// Scrolls every scroll area around `widget`, innermost first, as a person would to bring it
/// into view. Returns true when at least one scroll area was involved.
inline bool scrollIntoView(QWidget *widget, const QWidget *window)
{
    bool scrolled = false;
    for (QWidget *p = widget->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p); area && area->widget() && area->widget()->isAncestorOf(widget)) {
            area->ensureWidgetVisible(widget, 0, 0);
            scrolled = true;
        }
    }
    return scrolled;
}

/// Empty when `widget` can be used in `window`: once scrolled into view (scroll areas only),
/// all of it is visible — or, when it is larger than the room it has, at least a 44×44 part
/// around its middle — and (with `hitTest`) the window's widget under its middle is the widget
/// or one of its children. Otherwise what is wrong, for the failure message.
inline QString problem(QWidget *widget, QWidget *window, bool hitTest = true)
{
    scrollIntoView(widget, window);
    const QRect full(widget->mapTo(window, QPoint(0, 0)), widget->size());
    const QRect visible = visibleRect(widget, window);
    const QPoint middle = full.center();
    const auto where = [&] {
        return QStringLiteral("at %1,%2 %3x%4, visible %5,%6 %7x%8 in a %9x%10 window")
                .arg(full.x()).arg(full.y()).arg(full.width()).arg(full.height())
                .arg(visible.x()).arg(visible.y()).arg(visible.width()).arg(visible.height())
                .arg(window->width()).arg(window->height());
    };
    const bool whole = visible == full;
    const bool enough = visible.contains(middle) && visible.width() >= std::min(44, full.width())
                        && visible.height() >= std::min(44, full.height());
    if (!whole && !enough)
        return QStringLiteral("cannot be brought into view ") + where();
    QWidget *hit = window->childAt(middle);
    if (hitTest && hitTest && hit != widget && !widget->isAncestorOf(hit)) {
        return QStringLiteral("covered by %1 \"%2\" ").arg(hit ? QString::fromLatin1(hit->metaObject()->className()) : QStringLiteral("nothing"),
                                                            hit ? hit->objectName() : QString())
               + where();
    }
    return {};
}

/// A short name of a button for messages: class, object name and text.
inline QString describe(const QAbstractButton *button)
{
    return QStringLiteral("%1 %2 \"%3\"").arg(QString::fromLatin1(button->metaObject()->className()), button->objectName(),
                                               button->text().left(40));
}

/// The buttons of `root` a person can see or scroll to (visible to the window).
inline QList<QAbstractButton *> visibleButtons(QWidget *root, const QWidget *window)
{
    QList<QAbstractButton *> found;
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->isVisibleTo(window))
            found << b;
    }
    return found;
}

/// Every visible button of `root` usable in `window`: at least 44 px and reachable as problem()
/// says. The buttons inside `scene` (a lesson's simulated world) only need to come into view:
/// their size is the lesson's, and they may overlap as windows and icons do on a real screen.
/// There must be at least one button (a screen found empty checks nothing).
inline void checkUsable(QWidget *window, QWidget *root, const QString &where, QWidget *scene = nullptr)
{
    const QList<QAbstractButton *> buttons = visibleButtons(root, window);
    QVERIFY2(!buttons.isEmpty(), qPrintable(where));
    for (QAbstractButton *b : buttons) {
        const bool inScene = scene && scene->isAncestorOf(b);
        const QString what = where + QStringLiteral(": ") + describe(b);
        if (!inScene)
            QVERIFY2(b->width() >= 44 && b->height() >= 44, qPrintable(what + QStringLiteral(" is too small")));
        const QString wrong = problem(b, window, !inScene);
        QVERIFY2(wrong.isEmpty(), qPrintable(what + QStringLiteral(" ") + wrong));
    }
}

} // namespace Reachability
