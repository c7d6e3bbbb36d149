// The desktop renderer: icons, windows and their buttons, folders, the bin, drag and drop.

#include "scenefixture.h"

#include "scenes/desktopsceneview.h"

#include <QPushButton>
#include <QtTest>

using namespace fixture;

namespace {

Scene desktop()
{
    Element letter = el(QStringLiteral("lettre"), ElementKind::File, QStringLiteral("Lettre.pdf"));
    Element beach = el(QStringLiteral("plage"), ElementKind::File, QStringLiteral("Plage.jpg"));
    Element photos = withChildren(el(QStringLiteral("photos"), ElementKind::Folder, QStringLiteral("Photos")), {beach});
    Element documents = withChildren(el(QStringLiteral("documents"), ElementKind::Folder, QStringLiteral("Documents")),
                                     {letter, photos});
    Element bill = el(QStringLiteral("facture"), ElementKind::File, QStringLiteral("Facture.pdf"));
    bill.menu = {el(QStringLiteral("facture-ouvrir"), ElementKind::MenuItem, QStringLiteral("Ouvrir")),
                 el(QStringLiteral("facture-renommer"), ElementKind::MenuItem, QStringLiteral("Renommer")),
                 el(QStringLiteral("facture-supprimer"), ElementKind::MenuItem, QStringLiteral("Supprimer"))};
    Element bin = withChildren(el(QStringLiteral("corbeille"), ElementKind::Bin, QStringLiteral("Corbeille")),
                               {el(QStringLiteral("ancien"), ElementKind::File, QStringLiteral("Ancien.txt"))});
    Element browser = el(QStringLiteral("navigateur"), ElementKind::Icon, QStringLiteral("Internet"));
    browser.icon = QStringLiteral("browser");
    Element note = el(QStringLiteral("note"), ElementKind::Text);
    note.text = QStringLiteral("Liste de courses : pain, lait.");
    Element window = withChildren(el(QStringLiteral("fenetre"), ElementKind::Window, QStringLiteral("Bloc-notes")),
                                  {note, el(QStringLiteral("enregistrer"), ElementKind::Button, QStringLiteral("Enregistrer"))});
    window.x = 60;
    window.y = 45;
    window.width = 40;
    window.height = 40;
    return scene(QStringLiteral("bureau"), SceneKind::Desktop, {documents, bill, bin, browser, window},
                 QStringLiteral("Bureau"));
}

DesktopSceneView *asDesktop(const std::unique_ptr<SceneView> &view)
{
    return qobject_cast<DesktopSceneView *>(view.get());
}

void drag(QWidget *item, QWidget *target, QPoint targetPos = {})
{
    Gesture g;
    g.kind = Gesture::Kind::Drag;
    g.widget = item;
    g.dropWidget = target;
    g.dropPos = targetPos;
    QVERIFY(perform(g));
}

void doubleClick(QWidget *w)
{
    Gesture g;
    g.kind = Gesture::Kind::DoubleClick;
    g.widget = w;
    QVERIFY(perform(g));
}

} // namespace

class TestSceneDesktop : public QObject
{
    Q_OBJECT

private slots:
    void everyPartHasANamedWidget()
    {
        const Scene s = desktop();
        auto view = shownView(s);
        QVERIFY(view);
        for (const Element *e : s.allElements()) {
            QVERIFY2(view->elementWidget(e->id), qPrintable(e->id));
            QCOMPARE(view->elementWidget(e->id)->objectName(), e->id);
        }
        for (const QString &id : {QStringLiteral("fenetre-minimise"), QStringLiteral("fenetre-maximise"),
                                  QStringLiteral("fenetre-close"), QStringLiteral("fenetre-taskbar"),
                                  QStringLiteral("documents-window"), QStringLiteral("documents-window-close"),
                                  QStringLiteral("corbeille-window"), QStringLiteral("facture-window")}) {
            QWidget *w = view->elementWidget(id);
            QVERIFY2(w, qPrintable(id));
        }
        QCOMPARE(view->elementWidget(QStringLiteral("fenetre-close"))->accessibleName(), QStringLiteral("Fermer"));
        QWidget *icon = view->elementWidget(QStringLiteral("documents"));
        QVERIFY(icon->isVisible() && icon->width() >= 44 && icon->height() >= 44);
        // The window element is open, in a frame with its title, where the lesson put it.
        QWidget *window = view->elementWidget(QStringLiteral("fenetre"));
        QVERIFY(window->isVisible());
        QVERIFY(window->mapTo(view.get(), window->rect().center()).x() > 640);
        QVERIFY(view->elementWidget(QStringLiteral("enregistrer"))->isVisible());
        QVERIFY(view->elementWidget(QStringLiteral("fenetre-taskbar"))->isVisible());
        QVERIFY(!view->elementWidget(QStringLiteral("documents-window"))->isVisible());
    }

    void doubleClickOpensAFolderWindow()
    {
        auto view = shownView(desktop());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QWidget *folder = view->elementWidget(QStringLiteral("documents"));
        doubleClick(folder);
        const QList<UserAction> all = actions(spy);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).kind, ActionKind::Click);
        QCOMPARE(all.at(1).kind, ActionKind::DoubleClick);
        QCOMPARE(all.at(1).target, QStringLiteral("documents"));
        QVERIFY(view->elementWidget(QStringLiteral("documents-window"))->isVisible());
        QVERIFY(view->elementWidget(QStringLiteral("lettre"))->isVisible());
        QVERIFY(view->elementWidget(QStringLiteral("documents-window-taskbar"))->isVisible());
        QVERIFY(folder->property("selected").toBool());
        // Keyboard: Enter on an icon opens it.
        QWidget *bin = view->elementWidget(QStringLiteral("corbeille"));
        bin->setFocus(Qt::TabFocusReason);
        QTest::keyClick(bin, Qt::Key_Return);
        QCOMPARE(last(spy).kind, ActionKind::DoubleClick);
        QCOMPARE(last(spy).target, QStringLiteral("corbeille"));
        QVERIFY(view->elementWidget(QStringLiteral("ancien"))->isVisible());
    }

    void windowButtonsMinimiseMaximiseAndClose()
    {
        auto view = shownView(desktop());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QWidget *window = view->elementWidget(QStringLiteral("fenetre"));
        const QRect normal = window->geometry();
        QTest::mouseClick(view->elementWidget(QStringLiteral("fenetre-minimise")), Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("fenetre-minimise"));
        QVERIFY(!window->isVisible());
        QCOMPARE(asDesktop(view)->windowState(QStringLiteral("fenetre")), DesktopSceneView::WindowState::Minimised);
        QTest::mouseClick(view->elementWidget(QStringLiteral("fenetre-taskbar")), Qt::LeftButton);
        QCOMPARE(last(spy).target, QStringLiteral("fenetre-taskbar"));
        QVERIFY(window->isVisible());
        QCOMPARE(window->geometry(), normal);

        QTest::mouseClick(view->elementWidget(QStringLiteral("fenetre-maximise")), Qt::LeftButton);
        QCOMPARE(last(spy).target, QStringLiteral("fenetre-maximise"));
        QVERIFY(window->width() > normal.width());
        QCOMPARE(window->width(), view->width());
        QCOMPARE(view->elementWidget(QStringLiteral("fenetre-maximise"))->accessibleName(), QStringLiteral("Restaurer"));
        QTest::mouseClick(view->elementWidget(QStringLiteral("fenetre-maximise")), Qt::LeftButton);
        QCOMPARE(window->geometry(), normal);

        QTest::mouseClick(view->elementWidget(QStringLiteral("fenetre-close")), Qt::LeftButton);
        QCOMPARE(last(spy).target, QStringLiteral("fenetre-close"));
        QVERIFY(!window->isVisible());
        QVERIFY(!view->elementWidget(QStringLiteral("fenetre-taskbar"))->isVisible());
    }

    void dragAFileIntoAFolderAndRevert()
    {
        auto view = shownView(desktop());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QWidget *bill = view->elementWidget(QStringLiteral("facture"));
        const QPoint start = bill->mapTo(view.get(), QPoint(0, 0));
        drag(bill, view->elementWidget(QStringLiteral("documents")));
        QCOMPARE(last(spy).kind, ActionKind::Drag);
        QCOMPARE(last(spy).target, QStringLiteral("facture"));
        QCOMPARE(last(spy).to, QStringLiteral("documents"));
        QCOMPARE(asDesktop(view)->containerOf(QStringLiteral("facture")), QStringLiteral("documents"));
        QVERIFY(!bill->isVisible()); // inside the closed folder
        doubleClick(view->elementWidget(QStringLiteral("documents")));
        QVERIFY(bill->isVisible());
        QVERIFY(view->elementWidget(QStringLiteral("documents-window"))->isAncestorOf(bill));

        view->revertLastAction();
        QCOMPARE(asDesktop(view)->containerOf(QStringLiteral("facture")), QString());
        QVERIFY(bill->isVisible());
        QCOMPARE(bill->mapTo(view.get(), QPoint(0, 0)), start);

        // Out of an open folder window, onto the bin.
        QWidget *letter = view->elementWidget(QStringLiteral("lettre"));
        QVERIFY(letter->isVisible());
        drag(letter, view->elementWidget(QStringLiteral("corbeille")));
        QCOMPARE(last(spy).to, QStringLiteral("corbeille"));
        QCOMPARE(asDesktop(view)->containerOf(QStringLiteral("lettre")), QStringLiteral("corbeille"));
        view->revertLastAction();
        QCOMPARE(asDesktop(view)->containerOf(QStringLiteral("lettre")), QStringLiteral("documents"));
        QVERIFY(letter->isVisible());

        // Onto the open window's content: into that folder. Onto the wallpaper: on the desktop.
        drag(bill, view->elementWidget(QStringLiteral("documents-window")));
        QCOMPARE(last(spy).to, QStringLiteral("documents"));
        drag(bill, view.get(), QPoint(500, 700));
        QCOMPARE(last(spy).to, QString());
        QCOMPARE(asDesktop(view)->containerOf(QStringLiteral("facture")), QString());
        QVERIFY(bill->isVisible());
    }

    void rightClickMenuOnAFile()
    {
        auto view = shownView(desktop());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QWidget *bill = view->elementWidget(QStringLiteral("facture"));
        QTest::mousePress(bill, Qt::RightButton);
        QTest::mouseRelease(bill, Qt::RightButton);
        QCOMPARE(last(spy).kind, ActionKind::RightClick);
        QCOMPARE(last(spy).target, QStringLiteral("facture"));
        QWidget *remove = view->elementWidget(QStringLiteral("facture-supprimer"));
        QVERIFY(remove->isVisible());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("facture-supprimer"));
        QVERIFY(!remove->isVisible());
        // On the wallpaper: a right click without a target.
        QTest::mousePress(view->findChild<QWidget *>(QStringLiteral("desktop-surface")), Qt::RightButton, {}, QPoint(700, 650));
        QCOMPARE(last(spy).kind, ActionKind::RightClick);
        QVERIFY(last(spy).target.isEmpty());
    }

    void gesturesOpenWhatIsNeeded_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("to");
        QTest::newRow("double-click nested file") << int(ActionKind::DoubleClick) << QStringLiteral("plage") << QString();
        QTest::newRow("click window close") << int(ActionKind::Click) << QStringLiteral("documents-window-close") << QString();
        QTest::newRow("menu entry") << int(ActionKind::Click) << QStringLiteral("facture-renommer") << QString();
        QTest::newRow("drag to bin") << int(ActionKind::Drag) << QStringLiteral("facture") << QStringLiteral("corbeille");
        QTest::newRow("drag nested to desktop folder") << int(ActionKind::Drag) << QStringLiteral("plage")
                                                       << QStringLiteral("documents");
        QTest::newRow("right-click") << int(ActionKind::RightClick) << QStringLiteral("navigateur") << QString();
        QTest::newRow("button in window") << int(ActionKind::Click) << QStringLiteral("enregistrer") << QString();
    }

    void gesturesOpenWhatIsNeeded()
    {
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(QString, to);
        auto view = shownView(desktop());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        ActionMatcher m = expect(static_cast<ActionKind>(kind), target);
        m.to = to;
        const QList<Gesture> g = view->gesturesFor(m);
        QVERIFY(!g.isEmpty());
        for (const Gesture &one : g)
            QVERIFY(one.widget);
        QVERIFY(performAll(g));
        QVERIFY2(hasMatching(spy, m), qPrintable(target));
    }

    void gesturesRestoreAMinimisedWindow()
    {
        auto view = shownView(desktop());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QTest::mouseClick(view->elementWidget(QStringLiteral("fenetre-minimise")), Qt::LeftButton);
        const ActionMatcher m = expect(ActionKind::Click, QStringLiteral("fenetre-maximise"));
        const QList<Gesture> g = view->gesturesFor(m);
        QCOMPARE(g.size(), 2);
        QCOMPARE(g.first().widget.data(), view->elementWidget(QStringLiteral("fenetre-taskbar")));
        QVERIFY(performAll(g));
        QVERIFY(hasMatching(spy, m));
        QCOMPARE(asDesktop(view)->windowState(QStringLiteral("fenetre")), DesktopSceneView::WindowState::Maximised);
    }

    void applyExpectedChangesTheDesktopSilently()
    {
        auto view = shownView(desktop());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        ActionMatcher move = expect(ActionKind::Drag, QStringLiteral("facture"));
        move.to = QStringLiteral("documents");
        view->applyExpected(move);
        QCOMPARE(asDesktop(view)->containerOf(QStringLiteral("facture")), QStringLiteral("documents"));
        view->applyExpected(expect(ActionKind::DoubleClick, QStringLiteral("photos")));
        QVERIFY(view->elementWidget(QStringLiteral("photos-window"))->isVisible());
        QVERIFY(view->elementWidget(QStringLiteral("plage"))->isVisible());
        view->applyExpected(expect(ActionKind::Click, QStringLiteral("fenetre-minimise")));
        QCOMPARE(asDesktop(view)->windowState(QStringLiteral("fenetre")), DesktopSceneView::WindowState::Minimised);
        view->applyExpected(expect(ActionKind::RightClick, QStringLiteral("facture")));
        QVERIFY(view->elementWidget(QStringLiteral("facture-ouvrir"))->isVisible());
        QCOMPARE(spy.count(), 0);
    }

    void iconsNeverHideEachOtherOnASmallDesktop()
    {
        QList<Element> icons;
        for (int i = 0; i < 4; ++i) {
            Element icon = at(el(QStringLiteral("icone-%1").arg(i), ElementKind::Icon, QStringLiteral("Icône %1").arg(i)), 6,
                              10 + i * 20);
            icon.icon = QStringLiteral("folder");
            icons << icon;
        }
        auto view = shownView(scene(QStringLiteral("petit"), SceneKind::Desktop, icons));
        view->resize(1280, 480);
        QApplication::processEvents();
        for (int i = 0; i < 4; ++i) {
            for (int j = i + 1; j < 4; ++j) {
                const QRect a = view->elementWidget(QStringLiteral("icone-%1").arg(i))->geometry();
                const QRect b = view->elementWidget(QStringLiteral("icone-%1").arg(j))->geometry();
                QVERIFY2(!a.intersects(b), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
            }
        }
        // Each one still answers a double click at its centre.
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        doubleClick(view->elementWidget(QStringLiteral("icone-3")));
        QCOMPARE(last(spy).target, QStringLiteral("icone-3"));
    }

    void staysLeftToRightUnderAnArabicTutor()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto view = shownView(desktop());
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(view->layoutDirection(), Qt::LeftToRight);
        // Icons line up from the top left; the close button is the right-most of the title bar.
        QVERIFY(view->elementWidget(QStringLiteral("documents"))->mapTo(view.get(), QPoint(0, 0)).x() < 100);
        QVERIFY(view->elementWidget(QStringLiteral("fenetre-close"))->mapTo(view.get(), QPoint(0, 0)).x()
                > view->elementWidget(QStringLiteral("fenetre-minimise"))->mapTo(view.get(), QPoint(0, 0)).x());
    }
};

QTEST_MAIN(TestSceneDesktop)
#include "tst_scene_desktop.moc"
