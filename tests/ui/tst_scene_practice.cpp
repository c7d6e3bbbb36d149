// The practice renderer: targets, drag and drop, a page to scroll, a line to type.

#include "scenefixture.h"

#include "scenes/practicesceneview.h"

#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

using namespace fixture;

namespace {

Element target(const QString &id, const QString &size, double x, double y, const QString &label = QStringLiteral("Ici"))
{
    Element e = at(el(id, ElementKind::Target, label), x, y);
    e.size = size;
    return e;
}

Scene targets()
{
    Element menuTarget = target(QStringLiteral("menu-cible"), QStringLiteral("medium"), 80, 70, QStringLiteral("Moi"));
    menuTarget.menu = {el(QStringLiteral("copier"), ElementKind::MenuItem, QStringLiteral("Copier")),
                       el(QStringLiteral("supprimer"), ElementKind::MenuItem, QStringLiteral("Supprimer"))};
    Element consigne = el(QStringLiteral("consigne"), ElementKind::Text);
    consigne.text = QStringLiteral("Cliquez sur le rond bleu.");
    return scene(QStringLiteral("cibles"), SceneKind::Practice,
                 {consigne, target(QStringLiteral("grande"), QStringLiteral("large"), 25, 40),
                  target(QStringLiteral("moyenne"), QStringLiteral("medium"), 50, 40),
                  target(QStringLiteral("petite"), QStringLiteral("small"), 75, 40, QStringLiteral("Petite cible")), menuTarget},
                 QStringLiteral("Exercice : cliquer"));
}

Scene dragging()
{
    Element pomme = at(el(QStringLiteral("pomme"), ElementKind::DragItem, QStringLiteral("Pomme")), 20, 30);
    pomme.icon = QStringLiteral("image");
    Element lettre = at(el(QStringLiteral("lettre"), ElementKind::DragItem, QStringLiteral("Lettre")), 20, 70);
    lettre.icon = QStringLiteral("mail");
    Element panier = at(el(QStringLiteral("panier"), ElementKind::DropZone, QStringLiteral("Le panier")), 70, 30);
    Element boite = at(el(QStringLiteral("boite"), ElementKind::DropZone, QStringLiteral("La boîte aux lettres")), 70, 72);
    return scene(QStringLiteral("glisser"), SceneKind::Practice, {pomme, lettre, panier, boite});
}

Scene scrolling()
{
    QList<Element> parts;
    for (int i = 0; i < 14; ++i) {
        Element p = el(QStringLiteral("ligne-%1").arg(i), ElementKind::Text);
        p.text = QStringLiteral("Ligne %1 de la page à faire défiler avec la molette.").arg(i);
        parts << p;
    }
    parts << el(QStringLiteral("tresor"), ElementKind::Button, QStringLiteral("Vous êtes en bas !"));
    Element page = withChildren(el(QStringLiteral("page"), ElementKind::ScrollPage), parts);
    page.text = QStringLiteral("Une longue page.");
    Element champ = at(el(QStringLiteral("champ"), ElementKind::TextField, QStringLiteral("Votre mot")), 50, 90);
    champ.placeholder = QStringLiteral("Cliquez ici");
    return scene(QStringLiteral("defiler"), SceneKind::Practice, {page, champ});
}

QPoint centreIn(QWidget *w, QWidget *root)
{
    return w->mapTo(root, w->rect().center());
}

} // namespace

class TestScenePractice : public QObject
{
    Q_OBJECT

private slots:
    void targetsHonourSizeAndPosition()
    {
        auto view = shownView(targets());
        QVERIFY(view);
        QCOMPARE(view->elementWidget(QStringLiteral("grande"))->width(), 160);
        QCOMPARE(view->elementWidget(QStringLiteral("moyenne"))->width(), 96);
        QCOMPARE(view->elementWidget(QStringLiteral("petite"))->width(), 56);
        QCOMPARE(PracticeSceneView::targetSide(QStringLiteral("small")), 56);
        const Scene s = targets();
        for (const Element *e : s.allElements())
            QVERIFY2(view->elementWidget(e->id), qPrintable(e->id));
        const QPoint c = centreIn(view->elementWidget(QStringLiteral("moyenne")), view.get());
        QVERIFY(qAbs(c.x() - 640) <= 2);
        QVERIFY(qAbs(c.y() - 320) <= 2);
        const QPoint g = centreIn(view->elementWidget(QStringLiteral("grande")), view.get());
        QVERIFY(qAbs(g.x() - 320) <= 2);
        // A small target's label does not fit: it shows under the disc.
        bool captionFound = false;
        for (QLabel *l : view->findChildren<QLabel *>())
            if (l->text() == QStringLiteral("Petite cible") && l->isVisible())
                captionFound = true;
        QVERIFY(captionFound);
    }

    void clicksDoubleClicksAndRightClicks()
    {
        auto view = shownView(targets());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QWidget *big = view->elementWidget(QStringLiteral("grande"));
        QTest::mouseClick(big, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("grande"));

        // Double click as the system sends it: press, release, double-click, release.
        spy.clear();
        QTest::mouseClick(big, Qt::LeftButton);
        QTest::mouseDClick(big, Qt::LeftButton);
        QTest::mouseRelease(big, Qt::LeftButton);
        const QList<UserAction> dbl = actions(spy);
        QCOMPARE(dbl.size(), 2);
        QCOMPARE(dbl.at(0).kind, ActionKind::Click);
        QCOMPARE(dbl.at(1).kind, ActionKind::DoubleClick);
        QCOMPARE(dbl.at(1).target, QStringLiteral("grande"));

        // Outside the disc (a corner of its square) is the background.
        spy.clear();
        QTest::mouseClick(big, Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QVERIFY(last(spy).target.isEmpty());

        // Right click with a menu.
        QWidget *menuTarget = view->elementWidget(QStringLiteral("menu-cible"));
        QTest::mousePress(menuTarget, Qt::RightButton);
        QTest::mouseRelease(menuTarget, Qt::RightButton);
        QCOMPARE(last(spy).kind, ActionKind::RightClick);
        QCOMPARE(last(spy).target, QStringLiteral("menu-cible"));
        QWidget *remove = view->elementWidget(QStringLiteral("supprimer"));
        QVERIFY(remove->isVisible());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("supprimer"));
        QVERIFY(!remove->isVisible());

        // Keyboard: Tab reaches a target, Enter clicks it, the Menu key opens its menu.
        menuTarget->setFocus(Qt::TabFocusReason);
        QTest::keyClick(menuTarget, Qt::Key_Return);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("menu-cible"));
        QTest::keyClick(menuTarget, Qt::Key_F10, Qt::ShiftModifier);
        QCOMPARE(last(spy).kind, ActionKind::RightClick);
        QVERIFY(remove->isVisible());
        QVERIFY(view->elementWidget(QStringLiteral("copier"))->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!remove->isVisible());
    }

    void dragMovesTheItemAndRevertPutsItBack()
    {
        auto view = shownView(dragging());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QWidget *apple = view->elementWidget(QStringLiteral("pomme"));
        QWidget *basket = view->elementWidget(QStringLiteral("panier"));
        const QPoint start = apple->pos();
        const QPoint drop = apple->mapFromGlobal(basket->mapToGlobal(basket->rect().center()));
        QTest::mousePress(apple, Qt::LeftButton);
        QTest::mouseMove(apple, apple->rect().center() + QPoint(30, 10));
        // The item follows the pointer while it is held.
        QWidget *ghost = view->findChild<QWidget *>(QStringLiteral("drag-ghost"));
        QVERIFY(ghost && ghost->isVisible());
        const QPoint ghostBefore = ghost->pos();
        QTest::mouseMove(apple, drop);
        QVERIFY(ghost->pos() != ghostBefore);
        QTest::mouseRelease(apple, Qt::LeftButton, {}, drop);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(last(spy).kind, ActionKind::Drag);
        QCOMPARE(last(spy).target, QStringLiteral("pomme"));
        QCOMPARE(last(spy).to, QStringLiteral("panier"));
        QVERIFY(basket->geometry().contains(apple->geometry().center()));
        QVERIFY(!view->findChild<QWidget *>(QStringLiteral("drag-ghost")));

        view->revertLastAction();
        QCOMPARE(apple->pos(), start);

        // Dropped on nothing: reported without a zone, stays where it was dropped.
        const QPoint empty = apple->mapFromGlobal(view->mapToGlobal(QPoint(640, 400)));
        QTest::mousePress(apple, Qt::LeftButton);
        QTest::mouseMove(apple, apple->rect().center() + QPoint(30, 0));
        QTest::mouseMove(apple, empty);
        QTest::mouseRelease(apple, Qt::LeftButton, {}, empty);
        QCOMPARE(last(spy).to, QString());
        QVERIFY(qAbs(apple->geometry().center().x() - 640) < 80);
        view->revertLastAction();
        QCOMPARE(apple->pos(), start);

        // A correct drop stays after a resize.
        QVERIFY(performAll(view->gesturesFor([] {
            ActionMatcher m = expect(ActionKind::Drag, QStringLiteral("lettre"));
            m.to = QStringLiteral("boite");
            return m;
        }())));
        QCOMPARE(last(spy).to, QStringLiteral("boite"));
        view->resize(1024, 700);
        QApplication::processEvents();
        QWidget *letter = view->elementWidget(QStringLiteral("lettre"));
        QWidget *box = view->elementWidget(QStringLiteral("boite"));
        QVERIFY(box->geometry().contains(letter->geometry().center()));
    }

    void applyExpectedDragMovesSilently()
    {
        auto view = shownView(dragging());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        ActionMatcher m = expect(ActionKind::Drag, QStringLiteral("pomme"));
        m.to = QStringLiteral("panier");
        view->applyExpected(m);
        QVERIFY(view->elementWidget(QStringLiteral("panier"))->geometry().contains(
                view->elementWidget(QStringLiteral("pomme"))->geometry().center()));
        QCOMPARE(spy.count(), 0);
        view->revertLastAction(); // nothing to undo: the skipped step's result stays
        QVERIFY(view->elementWidget(QStringLiteral("panier"))->geometry().contains(
                view->elementWidget(QStringLiteral("pomme"))->geometry().center()));
    }

    void scrollPageReportsNewlyVisibleElements()
    {
        auto view = shownView(scrolling());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        auto *area = qobject_cast<QScrollArea *>(view->elementWidget(QStringLiteral("page")));
        QVERIFY(area);
        QVERIFY(area->verticalScrollBar()->maximum() > 0);
        QWidget *treasure = view->elementWidget(QStringLiteral("tresor"));
        QVERIFY(!visibleInViewport(treasure));
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
        QVERIFY(fixture::hasMatching(spy, expect(ActionKind::Scroll, QStringLiteral("tresor"))));
        for (const UserAction &a : actions(spy))
            QVERIFY(a.target != QStringLiteral("ligne-0"));
        // Back to the top: the first line comes back into view and is reported, once.
        spy.clear();
        area->verticalScrollBar()->setValue(0);
        QVERIFY(fixture::hasMatching(spy, expect(ActionKind::Scroll, QStringLiteral("ligne-0"))));
        spy.clear();
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
        area->verticalScrollBar()->setValue(0);
        QCOMPARE(spy.count(), 0);
    }

    void typingALine()
    {
        auto view = shownView(scrolling());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        auto *edit = qobject_cast<QLineEdit *>(view->elementWidget(QStringLiteral("champ")));
        QVERIFY(edit && edit->isVisible());
        QCOMPARE(edit->placeholderText(), QStringLiteral("Cliquez ici"));
        const ActionMatcher m = expect(ActionKind::Type, QStringLiteral("champ"), QStringLiteral("chat"));
        QVERIFY(performAll(view->gesturesFor(m)));
        QCOMPARE(actions(spy).first().kind, ActionKind::Click);
        QCOMPARE(last(spy).value, QStringLiteral("chat"));
        QVERIFY(last(spy).committed);
        QVERIFY(edit->height() >= 44);
        QVERIFY(QFontInfo(edit->font()).pixelSize() >= 18);
    }

    void gesturesForEveryPracticeAction()
    {
        auto view = shownView(targets());
        for (const ActionKind kind : {ActionKind::Click, ActionKind::DoubleClick, ActionKind::RightClick}) {
            QSignalSpy spy(view.get(), &SceneView::actionPerformed);
            const ActionMatcher m = expect(kind, QStringLiteral("moyenne"));
            const QList<Gesture> g = view->gesturesFor(m);
            QCOMPARE(g.size(), 1);
            QCOMPARE(g.first().widget.data(), view->elementWidget(QStringLiteral("moyenne")));
            QVERIFY(performAll(g));
            QVERIFY(hasMatching(spy, m));
        }
        QVERIFY(view->gesturesFor(expect(ActionKind::Click, QStringLiteral("absent"))).isEmpty());
    }

    void staysLeftToRightUnderAnArabicTutor()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto view = shownView(targets());
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(view->layoutDirection(), Qt::LeftToRight);
        // x = 25 % is still on the left.
        QVERIFY(centreIn(view->elementWidget(QStringLiteral("grande")), view.get()).x() < 640);
    }
};

QTEST_MAIN(TestScenePractice)
#include "tst_scene_practice.moc"
