// The quiz renderer: big answer cards, numbers in tap order, one decision on "Valider".

#include "scenefixture.h"

#include "scenes/quizsceneview.h"

#include <QPushButton>
#include <QtTest>

using namespace fixture;

namespace {

Scene quiz(const QString &mode)
{
    Element question = el(QStringLiteral("question"), ElementKind::Heading, QStringLiteral("Dans quel ordre ?"));
    Scene s = scene(QStringLiteral("quiz"), SceneKind::Quiz,
                    {question, el(QStringLiteral("allumer"), ElementKind::Option, QStringLiteral("Allumer l'ordinateur")),
                     el(QStringLiteral("connecter"), ElementKind::Option, QStringLiteral("Se connecter")),
                     el(QStringLiteral("eteindre"), ElementKind::Option, QStringLiteral("Éteindre")),
                     el(QStringLiteral("piege"), ElementKind::Option, QStringLiteral("<i>Débrancher</i>"))});
    if (!mode.isEmpty())
        s.extra.insert(QStringLiteral("mode"), mode);
    return s;
}

ActionMatcher values(ActionKind kind, const QStringList &ids)
{
    ActionMatcher m = expect(kind, {});
    m.values = ids;
    m.hasValue = true;
    return m;
}

} // namespace

class TestSceneQuiz : public QObject
{
    Q_OBJECT

private slots:
    void optionsAreBigCards()
    {
        const Scene s = quiz({});
        auto view = shownView(s);
        QVERIFY(view);
        for (const Element *e : s.allElements())
            QVERIFY2(view->elementWidget(e->id), qPrintable(e->id));
        QWidget *card = view->elementWidget(QStringLiteral("allumer"));
        QVERIFY(card->width() >= 200 && card->height() >= 100);
        QCOMPARE(card->accessibleName(), QStringLiteral("Allumer l'ordinateur"));
        QWidget *validate = view->elementWidget(QStringLiteral("quiz-valider"));
        QVERIFY(validate && validate->isVisible());
        QCOMPARE(qobject_cast<QPushButton *>(validate)->text(), QStringLiteral("Valider"));
        // Markup in an option is shown as it is written.
        bool literal = false;
        for (QLabel *l : view->elementWidget(QStringLiteral("piege"))->findChildren<QLabel *>())
            literal = literal || (l->text() == QStringLiteral("<i>Débrancher</i>") && l->textFormat() == Qt::PlainText);
        QVERIFY(literal);
    }

    void chooseSendsTheTappedSet()
    {
        auto view = shownView(quiz({}));
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QTest::mouseClick(view->elementWidget(QStringLiteral("connecter")), Qt::LeftButton);
        QTest::mouseClick(view->elementWidget(QStringLiteral("allumer")), Qt::LeftButton);
        QTest::mouseClick(view->elementWidget(QStringLiteral("eteindre")), Qt::LeftButton);
        QTest::mouseClick(view->elementWidget(QStringLiteral("eteindre")), Qt::LeftButton); // tapped again: removed
        QCOMPARE(spy.count(), 0); // taps are not decisions
        auto *quizView = qobject_cast<QuizSceneView *>(view.get());
        QVERIFY(quizView);
        QCOMPARE(quizView->selection(), (QStringList{QStringLiteral("connecter"), QStringLiteral("allumer")}));
        QVERIFY(view->elementWidget(QStringLiteral("connecter"))->property("selected").toBool());
        QVERIFY(!view->elementWidget(QStringLiteral("eteindre"))->property("selected").toBool());
        QTest::mouseClick(view->elementWidget(QStringLiteral("quiz-valider")), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(last(spy).kind, ActionKind::Choose);
        QCOMPARE(last(spy).values, (QStringList{QStringLiteral("connecter"), QStringLiteral("allumer")}));
    }

    void orderSendsTheSequence()
    {
        auto view = shownView(quiz(QStringLiteral("order")));
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        auto *quizView = qobject_cast<QuizSceneView *>(view.get());
        QCOMPARE(quizView->mode(), QuizSceneView::Mode::Order);
        for (const QString &id : {QStringLiteral("eteindre"), QStringLiteral("allumer"), QStringLiteral("connecter")})
            QTest::mouseClick(view->elementWidget(id), Qt::LeftButton);
        QCOMPARE(view->elementWidget(QStringLiteral("allumer"))->accessibleDescription(), QStringLiteral("Position 2"));
        // Keyboard: Tab to a card, Space taps it.
        QWidget *card = view->elementWidget(QStringLiteral("eteindre"));
        card->setFocus(Qt::TabFocusReason);
        QTest::keyClick(card, Qt::Key_Space); // removed: the others move up
        QCOMPARE(view->elementWidget(QStringLiteral("allumer"))->accessibleDescription(), QStringLiteral("Position 1"));
        QTest::keyClick(card, Qt::Key_Space);
        QTest::mouseClick(view->elementWidget(QStringLiteral("quiz-valider")), Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Order);
        QCOMPARE(last(spy).values,
                 (QStringList{QStringLiteral("allumer"), QStringLiteral("connecter"), QStringLiteral("eteindre")}));
    }

    void singleChoiceReplacesTheTap()
    {
        auto view = shownView(quiz(QStringLiteral("single")));
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QTest::mouseClick(view->elementWidget(QStringLiteral("allumer")), Qt::LeftButton);
        QTest::mouseClick(view->elementWidget(QStringLiteral("piege")), Qt::LeftButton);
        QTest::mouseClick(view->elementWidget(QStringLiteral("quiz-valider")), Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Choose);
        QCOMPARE(last(spy).values, QStringList{QStringLiteral("piege")});
    }

    void gesturesTapTheRightCardsThenValidate()
    {
        auto view = shownView(quiz(QStringLiteral("order")));
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        // A wrong start already tapped: the gestures untap it first.
        QTest::mouseClick(view->elementWidget(QStringLiteral("piege")), Qt::LeftButton);
        const ActionMatcher order = values(ActionKind::Order, {QStringLiteral("allumer"), QStringLiteral("connecter"),
                                                               QStringLiteral("eteindre")});
        const QList<Gesture> g = view->gesturesFor(order);
        QCOMPARE(g.size(), 5);
        QCOMPARE(g.last().widget.data(), view->elementWidget(QStringLiteral("quiz-valider")));
        QVERIFY(performAll(g));
        QVERIFY(hasMatching(spy, order));

        auto chooseView = shownView(quiz({}));
        QSignalSpy chooseSpy(chooseView.get(), &SceneView::actionPerformed);
        QTest::mouseClick(chooseView->elementWidget(QStringLiteral("piege")), Qt::LeftButton);
        QTest::mouseClick(chooseView->elementWidget(QStringLiteral("allumer")), Qt::LeftButton);
        const ActionMatcher choose = values(ActionKind::Choose, {QStringLiteral("allumer"), QStringLiteral("eteindre")});
        QVERIFY(performAll(chooseView->gesturesFor(choose)));
        QVERIFY(hasMatching(chooseSpy, choose));
        QCOMPARE(chooseSpy.count(), 1);
    }

    void applyExpectedShowsTheAnswer()
    {
        auto view = shownView(quiz(QStringLiteral("order")));
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        view->applyExpected(values(ActionKind::Order, {QStringLiteral("connecter"), QStringLiteral("allumer")}));
        QCOMPARE(qobject_cast<QuizSceneView *>(view.get())->selection(),
                 (QStringList{QStringLiteral("connecter"), QStringLiteral("allumer")}));
        QCOMPARE(view->elementWidget(QStringLiteral("connecter"))->accessibleDescription(), QStringLiteral("Position 1"));
        QCOMPARE(spy.count(), 0);
    }

    void staysLeftToRightUnderAnArabicTutor()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto view = shownView(quiz({}));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(view->layoutDirection(), Qt::LeftToRight);
        QVERIFY(view->elementWidget(QStringLiteral("allumer"))->mapTo(view.get(), QPoint(0, 0)).x()
                < view->elementWidget(QStringLiteral("connecter"))->mapTo(view.get(), QPoint(0, 0)).x());
    }
};

QTEST_MAIN(TestSceneQuiz)
#include "tst_scene_quiz.moc"
