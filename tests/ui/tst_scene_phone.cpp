// The phone renderer: a Messages app with SMS bubbles and links inside them.

#include "scenefixture.h"

#include <QtTest>

using namespace fixture;

namespace {

Element sms(const QString &id, const QString &from, const QString &date, const QString &text,
            const QList<Element> &children = {})
{
    Element e = withChildren(el(id, ElementKind::Sms), children);
    e.from = from;
    e.date = date;
    e.text = text;
    return e;
}

Scene phone()
{
    QList<Element> list = {
        sms(QStringLiteral("sms-colis"), QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("09:12"),
            QStringLiteral("Votre colis ne rentre pas dans la boîte. Payez 1,99 € : <a href=x>ici</a>"),
            {el(QStringLiteral("lien-colis"), ElementKind::Link, QStringLiteral("http://colis-livraison.exemple/payer"))}),
        sms(QStringLiteral("sms-code"), QStringLiteral("Caisse Santé"), QStringLiteral("10:02"),
            QStringLiteral("Votre code de connexion est 482 913. Ne le donnez à personne.")),
    };
    for (int i = 0; i < 8; ++i)
        list << sms(QStringLiteral("sms-%1").arg(i), QStringLiteral("Maman"), QStringLiteral("hier"),
                    QStringLiteral("Message numéro %1 : on se voit dimanche ?").arg(i));
    return scene(QStringLiteral("telephone"), SceneKind::Phone, list, QStringLiteral("Messages"));
}

} // namespace

class TestScenePhone : public QObject
{
    Q_OBJECT

private slots:
    void smsListShowsSenderTimeAndText()
    {
        const Scene s = phone();
        auto view = shownView(s);
        QVERIFY(view);
        for (const Element *e : s.allElements())
            QVERIFY2(view->elementWidget(e->id), qPrintable(e->id));
        QWidget *first = view->elementWidget(QStringLiteral("sms-colis"));
        QStringList texts;
        for (QLabel *l : first->findChildren<QLabel *>()) {
            texts << l->text().remove(QChar(0x200B)); // invisible break points in long words
            QCOMPARE(l->textFormat(), Qt::PlainText);
        }
        QVERIFY(texts.contains(QStringLiteral("+33 6 12 34 56 78")));
        QVERIFY(texts.contains(QStringLiteral("09:12")));
        QVERIFY(texts.contains(QStringLiteral("Votre colis ne rentre pas dans la boîte. Payez 1,99 € : <a href=x>ici</a>")));
        QVERIFY(first->accessibleName().startsWith(QStringLiteral("+33 6 12 34 56 78 : ")));
        // The phone is a phone: narrower than tall, in the middle of the scene.
        QWidget *screen = view->findChild<QWidget *>(QStringLiteral("phone-screen"));
        QVERIFY(screen && screen->height() > screen->width());
        QVERIFY(qAbs(screen->mapTo(view.get(), screen->rect().center()).x() - 640) < 10);
    }

    void linksAndMessagesReportClicks()
    {
        auto view = shownView(phone());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QWidget *link = view->elementWidget(QStringLiteral("lien-colis"));
        QVERIFY(link->isVisible() && link->height() >= 44);
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("lien-colis"));
        QTest::mouseClick(view->elementWidget(QStringLiteral("sms-code")), Qt::LeftButton);
        QCOMPARE(last(spy).target, QStringLiteral("sms-code"));
        QTest::mousePress(link, Qt::RightButton);
        QCOMPARE(last(spy).kind, ActionKind::RightClick);
        QCOMPARE(last(spy).target, QStringLiteral("lien-colis"));
    }

    void gesturesReachMessagesFurtherDown()
    {
        auto view = shownView(phone());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        const ActionMatcher m = expect(ActionKind::Click, QStringLiteral("sms-7"));
        const QList<Gesture> g = view->gesturesFor(m);
        QVERIFY(!g.isEmpty());
        QCOMPARE(g.last().kind, Gesture::Kind::Click);
        QVERIFY(performAll(g));
        QVERIFY(hasMatching(spy, m));
        const ActionMatcher scroll = expect(ActionKind::Scroll, QStringLiteral("sms-7"));
        auto again = shownView(phone());
        QSignalSpy scrollSpy(again.get(), &SceneView::actionPerformed);
        QVERIFY(performAll(again->gesturesFor(scroll)));
        QVERIFY(hasMatching(scrollSpy, scroll));
    }

    void staysLeftToRightUnderAnArabicTutor()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto view = shownView(phone());
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(view->layoutDirection(), Qt::LeftToRight);
        QWidget *item = view->elementWidget(QStringLiteral("sms-code"));
        QLabel *from = nullptr;
        QLabel *date = nullptr;
        for (QLabel *l : item->findChildren<QLabel *>()) {
            if (l->text() == QStringLiteral("Caisse Santé"))
                from = l;
            if (l->text() == QStringLiteral("10:02"))
                date = l;
        }
        QVERIFY(from && date);
        QVERIFY(from->x() < date->x()); // sender on the left, time on the right
    }
};

QTEST_MAIN(TestScenePhone)
#include "tst_scene_phone.moc"
