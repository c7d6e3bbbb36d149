// GesturePlayer: the ghost pointer's moves become real input events on real widgets, delivered
// like the window system delivers them (to the widget under the point, focus on click, the
// mouse grab during a drag).

#include "player/gestureplayer.h"
#include "player/ghostpointer.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

namespace {

/// Writes down the input events it receives.
class Recorder : public QWidget
{
public:
    explicit Recorder(QWidget *parent = nullptr) : QWidget(parent) { setMinimumSize(120, 80); }

    struct Seen
    {
        QEvent::Type type;
        Qt::MouseButton button;
        QPoint pos;
    };
    QList<Seen> seen;

    QList<QEvent::Type> types() const
    {
        QList<QEvent::Type> t;
        for (const Seen &s : seen)
            t << s.type;
        return t;
    }

protected:
    void mousePressEvent(QMouseEvent *e) override { record(e); }
    void mouseReleaseEvent(QMouseEvent *e) override { record(e); }
    void mouseDoubleClickEvent(QMouseEvent *e) override { record(e); }
    void mouseMoveEvent(QMouseEvent *e) override { record(e); }
    void contextMenuEvent(QContextMenuEvent *e) override { seen << Seen{e->type(), Qt::NoButton, e->pos()}; }

private:
    void record(QMouseEvent *e) { seen << Seen{e->type(), e->button(), e->position().toPoint()}; }
};

Gesture gesture(Gesture::Kind kind, QWidget *widget)
{
    Gesture g;
    g.kind = kind;
    g.widget = widget;
    return g;
}

/// A window with a ghost pointer over it and a fast player.
struct Stage
{
    Stage()
    {
        window.resize(900, 700);
        layout = new QVBoxLayout(&window);
        ghost = new GhostPointer(&window);
        player = std::make_unique<GesturePlayer>(ghost);
        player->setSpeed(GesturePlayer::FastSpeed);
    }
    void show()
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    bool play(const QList<Gesture> &gestures)
    {
        QSignalSpy done(player.get(), &GesturePlayer::finished);
        QSignalSpy failed(player.get(), &GesturePlayer::failed);
        player->play(gestures);
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 5000))
            return false;
        failure = failed.isEmpty() ? QString() : failed.first().first().toString();
        return failed.isEmpty();
    }

    QWidget window;
    QVBoxLayout *layout = nullptr;
    GhostPointer *ghost = nullptr;
    std::unique_ptr<GesturePlayer> player;
    QString failure;
};

} // namespace

class TestGesturePlayer : public QObject
{
    Q_OBJECT

private slots:
    void clickMovesTheGhostThenClicks()
    {
        Stage s;
        auto *button = new QPushButton(QStringLiteral("Valider"));
        s.layout->addWidget(button);
        s.show();
        QSignalSpy clicked(button, &QPushButton::clicked);
        QSignalSpy done(s.player.get(), &GesturePlayer::finished);
        s.player->play({gesture(Gesture::Kind::Click, button)});
        QCOMPARE(done.count(), 0); // never inside play()
        QVERIFY(s.ghost->isVisible());
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(clicked.count(), 1);
        const QPoint tip = s.ghost->mapTo(&s.window, s.ghost->pointerPos().toPoint());
        QCOMPARE(tip, button->mapTo(&s.window, button->rect().center()));
        QCOMPARE(s.window.focusWidget(), button); // focus on click, as Qt does
    }

    void clickGoesToTheChildUnderThePoint()
    {
        Stage s;
        auto *outer = new Recorder;
        auto *inner = new Recorder(outer);
        inner->setGeometry(10, 10, 40, 30);
        s.layout->addWidget(outer);
        s.show();
        Gesture g = gesture(Gesture::Kind::Click, outer);
        g.pos = QPoint(20, 20);
        QVERIFY(s.play({g}));
        QCOMPARE(inner->types(), (QList<QEvent::Type>{QEvent::MouseButtonPress, QEvent::MouseButtonRelease}));
        QCOMPARE(inner->seen.first().pos, QPoint(10, 10));
        QVERIFY(outer->seen.isEmpty()); // accepted by the child, not propagated
    }

    void doubleClickAsTheSystemSendsIt()
    {
        Stage s;
        auto *icon = new Recorder;
        s.layout->addWidget(icon);
        s.show();
        QVERIFY(s.play({gesture(Gesture::Kind::DoubleClick, icon)}));
        QCOMPARE(icon->types(), (QList<QEvent::Type>{QEvent::MouseButtonPress, QEvent::MouseButtonRelease,
                                                     QEvent::MouseButtonDblClick, QEvent::MouseButtonRelease}));
    }

    void rightClickOpensTheContextMenu()
    {
        Stage s;
        auto *file = new Recorder;
        s.layout->addWidget(file);
        s.show();
        QVERIFY(s.play({gesture(Gesture::Kind::RightClick, file)}));
        QCOMPARE(file->types(),
                 (QList<QEvent::Type>{QEvent::MouseButtonPress, QEvent::ContextMenu, QEvent::MouseButtonRelease}));
        QCOMPARE(file->seen.at(0).button, Qt::RightButton);
        QCOMPARE(file->seen.at(1).pos, file->rect().center());
    }

    void dragKeepsTheMouseGrab()
    {
        Stage s;
        auto *item = new Recorder;
        auto *zone = new Recorder;
        s.layout->addWidget(item);
        s.layout->addSpacing(200);
        s.layout->addWidget(zone);
        s.show();
        Gesture g = gesture(Gesture::Kind::Drag, item);
        g.dropWidget = zone;
        QVERIFY(s.play({g}));
        QVERIFY(zone->seen.isEmpty()); // like a real grab: the zone under the pointer gets nothing
        const QList<QEvent::Type> types = item->types();
        QCOMPARE(types.first(), QEvent::MouseButtonPress);
        QCOMPARE(types.last(), QEvent::MouseButtonRelease);
        QVERIFY(types.count(QEvent::MouseMove) >= 2);
        // The release is where the zone is, in the item's coordinates.
        QCOMPARE(item->seen.last().pos, item->mapFromGlobal(zone->mapToGlobal(zone->rect().center())));
        QVERIFY(!s.ghost->isPressed());
    }

    void typeClicksIntoTheFieldThenTypesKeyByKey()
    {
        Stage s;
        auto *other = new QLineEdit;
        auto *field = new QLineEdit;
        s.layout->addWidget(other);
        s.layout->addWidget(field);
        s.show();
        s.window.activateWindow();
        other->setFocus();
        QSignalSpy edited(field, &QLineEdit::textEdited);
        QSignalSpy entered(field, &QLineEdit::returnPressed);
        Gesture type = gesture(Gesture::Kind::Type, field);
        type.text = QStringLiteral("Élise 75012 é€");
        Gesture enter = gesture(Gesture::Kind::Key, field);
        enter.key = Qt::Key_Return;
        QVERIFY(s.play({type, enter}));
        QCOMPARE(field->text(), QStringLiteral("Élise 75012 é€"));
        QCOMPARE(edited.count(), type.text.size()); // one key at a time
        QCOMPARE(entered.count(), 1);
        QVERIFY(other->text().isEmpty());
    }

    void scrollUntilTheElementIsOnScreen()
    {
        Stage s;
        auto *area = new QScrollArea;
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->addSpacing(2000);
        auto *bottom = new QPushButton(QStringLiteral("Mentions légales"));
        pageLayout->addWidget(bottom);
        area->setWidget(page);
        area->setWidgetResizable(true);
        s.layout->addWidget(area);
        s.show();
        QCOMPARE(area->verticalScrollBar()->value(), 0);
        Gesture g = gesture(Gesture::Kind::Scroll, area);
        g.until = bottom;
        QVERIFY2(s.play({g}), qPrintable(s.failure));
        QVERIFY(area->verticalScrollBar()->value() > 0);
        const QRect inViewport(bottom->mapTo(area->viewport(), QPoint()), bottom->size());
        QVERIFY(area->viewport()->rect().contains(inViewport));
    }

    void clickBelowTheFoldScrollsFirst()
    {
        Stage s;
        auto *area = new QScrollArea;
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->addSpacing(2000);
        auto *bottom = new QPushButton(QStringLiteral("Envoyer"));
        pageLayout->addWidget(bottom);
        area->setWidget(page);
        area->setWidgetResizable(true);
        s.layout->addWidget(area);
        s.show();
        QSignalSpy clicked(bottom, &QPushButton::clicked);
        QVERIFY2(s.play({gesture(Gesture::Kind::Click, bottom)}), qPrintable(s.failure));
        QCOMPARE(clicked.count(), 1);
    }

    void invokeCallsTheFunction()
    {
        Stage s;
        auto *list = new QPushButton(QStringLiteral("Mois"));
        s.layout->addWidget(list);
        s.show();
        int called = 0;
        Gesture g = gesture(Gesture::Kind::Invoke, list);
        g.invoke = [&called] { ++called; };
        QVERIFY(s.play({g}));
        QCOMPARE(called, 1);
    }

    void waitsForAWidgetThatAppears()
    {
        Stage s;
        auto *open = new QPushButton(QStringLiteral("Ouvrir"));
        auto *item = new QPushButton(QStringLiteral("Supprimer"));
        s.layout->addWidget(open);
        s.layout->addWidget(item);
        item->hide();
        QObject::connect(open, &QPushButton::clicked, item, &QWidget::show);
        s.show();
        QSignalSpy clicked(item, &QPushButton::clicked);
        QVERIFY2(s.play({gesture(Gesture::Kind::Click, open), gesture(Gesture::Kind::Click, item)}), qPrintable(s.failure));
        QCOMPARE(clicked.count(), 1);
    }

    void widgetsDeletedDuringPlayback()
    {
        Stage s;
        auto *selfDestruct = new QPushButton(QStringLiteral("Fermer"));
        auto *gone = new QPushButton(QStringLiteral("Plus là"));
        s.layout->addWidget(selfDestruct);
        s.layout->addWidget(gone);
        s.show();
        // The clicked widget deletes itself and another one; the next gesture's widget is gone.
        QObject::connect(selfDestruct, &QPushButton::clicked, selfDestruct, [selfDestruct, gone] {
            delete gone;
            selfDestruct->deleteLater();
        });
        QVERIFY(!s.play({gesture(Gesture::Kind::Click, selfDestruct), gesture(Gesture::Kind::Click, gone)}));
        QVERIFY(s.failure.contains(QStringLiteral("gone")));
        // Deleted before it starts.
        auto *later = new QPushButton;
        s.layout->addWidget(later);
        const Gesture g = gesture(Gesture::Kind::Click, later);
        delete later;
        QVERIFY(!s.play({g}));
    }

    void aCoveredElementCannotBeClicked()
    {
        Stage s;
        auto *button = new QPushButton(QStringLiteral("Valider"));
        s.layout->addWidget(button);
        auto *cover = new QWidget(&s.window);
        s.show();
        cover->setObjectName(QStringLiteral("cover"));
        cover->setGeometry(button->geometry());
        cover->show();
        cover->raise();
        QSignalSpy clicked(button, &QPushButton::clicked);
        QVERIFY(!s.play({gesture(Gesture::Kind::Click, button)}));
        QVERIFY2(s.failure.contains(QStringLiteral("covered by QWidget \"cover\"")), qPrintable(s.failure));
        QCOMPARE(clicked.count(), 0);
        // The ghost itself never covers anything.
        cover->hide();
        s.ghost->show();
        s.ghost->raise();
        QVERIFY(s.play({gesture(Gesture::Kind::Click, button)}));
        QCOMPARE(clicked.count(), 1);
    }

    void stopSilencesTheRest()
    {
        Stage s;
        auto *a = new QPushButton(QStringLiteral("A"));
        auto *b = new QPushButton(QStringLiteral("B"));
        s.layout->addWidget(a);
        s.layout->addWidget(b);
        s.show();
        // The first click ends the demonstration (as the end of a step does in the player).
        QObject::connect(a, &QPushButton::clicked, s.player.get(), &GesturePlayer::stop);
        QSignalSpy bClicked(b, &QPushButton::clicked);
        QSignalSpy done(s.player.get(), &GesturePlayer::finished);
        QSignalSpy failed(s.player.get(), &GesturePlayer::failed);
        s.player->play({gesture(Gesture::Kind::Click, a), gesture(Gesture::Kind::Click, b)});
        QTRY_VERIFY(!s.player->isPlaying());
        QTest::qWait(100);
        QCOMPARE(bClicked.count(), 0);
        QCOMPARE(done.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

    void stopDuringADragReleasesTheButton()
    {
        Stage s;
        s.player->setSpeed(GesturePlayer::NormalSpeed);
        auto *item = new Recorder;
        auto *zone = new Recorder;
        s.layout->addWidget(item);
        s.layout->addWidget(zone);
        s.show();
        Gesture g = gesture(Gesture::Kind::Drag, item);
        g.dropWidget = zone;
        s.player->play({g});
        QTRY_VERIFY_WITH_TIMEOUT(!item->seen.isEmpty(), 5000);
        s.player->stop();
        QCOMPARE(item->seen.last().type, QEvent::MouseButtonRelease);
    }

    void humanPaceTakesVisibleTime()
    {
        Stage s;
        s.player->setSpeed(GesturePlayer::NormalSpeed);
        auto *button = new QPushButton(QStringLiteral("Valider"));
        s.layout->addWidget(button);
        s.show();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(s.play({gesture(Gesture::Kind::Click, button)}));
        QVERIFY(timer.elapsed() >= 300); // the learner can follow the pointer
    }
};

QTEST_MAIN(TestGesturePlayer)
#include "tst_player_gestures.moc"
