#pragma once

// Scenes built in code for the renderer tests, a shown 1280×800 view, and a small player that
// performs Gestures with real input events (what "Montre-moi" and the demonstration do).

#include "engine/useraction.h"
#include "lessons/lesson.h"
#include "scenes/gesture.h"
#include "scenes/sceneview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <memory>

namespace fixture {

inline Element el(const QString &id, ElementKind kind, const QString &label = {})
{
    Element e;
    e.id = id;
    e.kind = kind;
    e.label = label;
    return e;
}

inline Element withChildren(Element e, const QList<Element> &children)
{
    e.children = children;
    return e;
}

inline Element at(Element e, double x, double y)
{
    e.x = x;
    e.y = y;
    return e;
}

inline Scene scene(const QString &id, SceneKind kind, const QList<Element> &elements, const QString &title = {})
{
    Scene s;
    s.id = id;
    s.kind = kind;
    s.title = title;
    s.elements = elements;
    return s;
}

inline Lesson lessonWith(const QList<Scene> &scenes)
{
    Lesson l;
    l.id = QStringLiteral("T-scenes");
    l.module = QStringLiteral("A");
    l.scenes = scenes;
    l.directory = QString::fromLocal8Bit(qgetenv("PASSERELLE_TEST_DATA"));
    return l;
}

inline ActionMatcher expect(ActionKind kind, const QString &target, const QString &value = {})
{
    ActionMatcher m;
    m.action = kind;
    m.target = target;
    m.value = value;
    m.hasValue = !value.isEmpty();
    return m;
}

/// A view for `scene`, shown at 1280×800 and exposed.
inline std::unique_ptr<SceneView> shownView(const Scene &scene)
{
    std::unique_ptr<SceneView> view(createSceneView(scene.kind));
    view->setScene(scene, lessonWith({scene}));
    view->resize(1280, 800);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    QApplication::processEvents();
    // For a look at the scenes: PASSERELLE_SCENE_SHOTS=/some/dir saves each shown scene.
    const QString shots = qEnvironmentVariable("PASSERELLE_SCENE_SHOTS");
    if (!shots.isEmpty())
        view->grab().save(shots + QLatin1Char('/') + scene.id + QStringLiteral(".png"));
    return view;
}

inline QList<UserAction> actions(const QSignalSpy &spy)
{
    QList<UserAction> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<UserAction>();
    return out;
}

inline UserAction last(const QSignalSpy &spy)
{
    return spy.isEmpty() ? UserAction{ActionKind::Listen, {}, {}, {}, {}, {}, true}
                         : spy.last().at(0).value<UserAction>();
}

/// Whether `w` is wholly in view in every scroll area around it (or fills the viewport when
/// taller than it): where the player's pointer stops turning the wheel.
inline bool visibleInViewport(QWidget *w)
{
    if (!w || !w->isVisible())
        return false;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            const QRect view = area->viewport()->rect();
            const QRect r(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
            const QRect shown = view & r;
            if (shown.height() < std::min(r.height(), view.height()) - 1)
                return false;
        }
    }
    return true;
}

inline QPoint posIn(const Gesture &g)
{
    return g.pos.isNull() && g.widget ? g.widget->rect().center() : g.pos;
}

/// Performs one gesture with real events, as the player would.
inline bool perform(const Gesture &g)
{
    QWidget *w = g.widget;
    if (!w)
        return false;
    const QPoint pos = posIn(g);
    switch (g.kind) {
    case Gesture::Kind::Click:
        QTest::mouseClick(w, Qt::LeftButton, {}, pos);
        break;
    case Gesture::Kind::DoubleClick:
        QTest::mouseClick(w, Qt::LeftButton, {}, pos);
        QTest::mouseDClick(w, Qt::LeftButton, {}, pos);
        QTest::mouseRelease(w, Qt::LeftButton, {}, pos);
        break;
    case Gesture::Kind::RightClick:
        QTest::mousePress(w, Qt::RightButton, {}, pos);
        QTest::mouseRelease(w, Qt::RightButton, {}, pos);
        break;
    case Gesture::Kind::Drag: {
        if (!g.dropWidget)
            return false;
        const QPoint dropLocal = g.dropPos.isNull() ? g.dropWidget->rect().center() : g.dropPos;
        const QPoint drop = w->mapFromGlobal(g.dropWidget->mapToGlobal(dropLocal));
        QTest::mousePress(w, Qt::LeftButton, {}, pos);
        QTest::mouseMove(w, pos + QPoint(15, 15));
        QTest::mouseMove(w, (pos + drop) / 2);
        QTest::mouseMove(w, drop);
        QTest::mouseRelease(w, Qt::LeftButton, {}, drop);
        break;
    }
    case Gesture::Kind::Type:
        QTest::mouseClick(w, Qt::LeftButton, {}, pos);
        for (const QChar c : g.text) {
            // keyClicks only knows ASCII; é, à, ç arrive as key events carrying their text.
            if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
                QTest::keyClick(w, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        break;
    case Gesture::Kind::Key:
        QTest::keyClick(w, static_cast<Qt::Key>(g.key));
        break;
    case Gesture::Kind::Scroll:
        for (int i = 0; i < 200 && !(g.until && visibleInViewport(g.until)); ++i) {
            const QPointF local(w->width() / 2.0, w->height() / 2.0);
            QWheelEvent wheel(local, w->mapToGlobal(local), QPoint(), QPoint(0, g.wheelDelta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &wheel);
            QApplication::processEvents();
        }
        break;
    case Gesture::Kind::Invoke:
        if (g.invoke)
            g.invoke();
        break;
    }
    QApplication::processEvents();
    return true;
}

/// Plays every gesture; false if one had no widget.
inline bool performAll(const QList<Gesture> &gestures)
{
    for (const Gesture &g : gestures)
        if (!perform(g))
            return false;
    return true;
}

/// Whether one of the recorded actions is the one `m` expects (kind, target, to, value).
inline bool hasMatching(const QSignalSpy &spy, const ActionMatcher &m)
{
    for (const UserAction &a : actions(spy)) {
        if (a.kind != m.action || (!m.target.isEmpty() && a.target != m.target) || (!m.to.isEmpty() && a.to != m.to))
            continue;
        if (m.hasValue && (m.action == ActionKind::Type || m.action == ActionKind::Select || m.action == ActionKind::Upload
                           || m.action == ActionKind::Check)
            && a.value != m.value)
            continue;
        if (m.action == ActionKind::Order && a.values != m.values)
            continue;
        if (m.action == ActionKind::Choose
            && QSet<QString>(a.values.cbegin(), a.values.cend()) != QSet<QString>(m.values.cbegin(), m.values.cend()))
            continue;
        return true;
    }
    return false;
}

inline QLabel *label(QWidget *root, const QString &objectName)
{
    return root->findChild<QLabel *>(objectName);
}

} // namespace fixture
