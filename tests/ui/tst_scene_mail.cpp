// The mail renderer: an inbox, a reading pane, links, attachments and a reply.

#include "scenefixture.h"

#include "scenes/mailsceneview.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace fixture;

namespace {

Element mail(const QString &id, const QString &from, const QString &subject, const QString &date, const QString &text,
             const QList<Element> &children = {})
{
    Element e = withChildren(el(id, ElementKind::MailItem), children);
    e.from = from;
    e.subject = subject;
    e.date = date;
    e.text = text;
    return e;
}

Scene inbox()
{
    Element pdf = el(QStringLiteral("piece-jointe"), ElementKind::Attachment, QStringLiteral("Attestation.pdf"));
    Element reply = el(QStringLiteral("repondre"), ElementKind::Button, QStringLiteral("Répondre"));
    Element answer = el(QStringLiteral("reponse"), ElementKind::TextField, QStringLiteral("Votre réponse"));
    Element send = el(QStringLiteral("envoyer"), ElementKind::Button, QStringLiteral("Envoyer"));
    Element form = withChildren(el(QStringLiteral("form-reponse"), ElementKind::Form), {answer, send});
    pdf.menu = {el(QStringLiteral("pj-ouvrir"), ElementKind::MenuItem, QStringLiteral("Ouvrir")),
                el(QStringLiteral("pj-enregistrer"), ElementKind::MenuItem, QStringLiteral("Enregistrer"))};
    return scene(
            QStringLiteral("boite"), SceneKind::Mail,
            {mail(QStringLiteral("mail-pub"), QStringLiteral("Offres Bien-Être <promo@offres-bien-etre.exemple>"),
                  QStringLiteral("Votre mutuelle à moitié prix !"), QStringLiteral("09:15"),
                  QStringLiteral("Profitez de notre offre <script>exceptionnelle</script>."),
                  {el(QStringLiteral("lien-pub"), ElementKind::Link, QStringLiteral("J'en profite"))}),
             mail(QStringLiteral("mail-caisse"), QStringLiteral("Caisse Santé <ne-pas-repondre@caisse-sante.exemple>"),
                  QStringLiteral("Votre attestation"), QStringLiteral("10:42"),
                  QStringLiteral("Bonjour,\n\nVotre attestation est jointe à ce message.\n\nCaisse Santé"),
                  {el(QStringLiteral("lien-compte"), ElementKind::Link, QStringLiteral("Accéder à mon compte")), pdf,
                   reply, form})},
            QStringLiteral("Courriel — samia.benali@courriel.exemple"));
}

} // namespace

class TestSceneMail : public QObject
{
    Q_OBJECT

private slots:
    void inboxListsSenderSubjectAndDate()
    {
        const Scene s = inbox();
        auto view = shownView(s);
        QVERIFY(view);
        for (const Element *e : s.allElements())
            QVERIFY2(view->elementWidget(e->id), qPrintable(e->id));
        QWidget *row = view->elementWidget(QStringLiteral("mail-caisse"));
        QVERIFY(row->isVisible() && row->height() >= 44);
        QCOMPARE(row->accessibleName(), QStringLiteral("Caisse Santé — Votre attestation"));
        QStringList texts;
        for (QLabel *l : row->findChildren<QLabel *>())
            texts << l->text();
        QVERIFY(texts.contains(QStringLiteral("Caisse Santé")));
        QVERIFY(texts.contains(QStringLiteral("Votre attestation")));
        QVERIFY(texts.contains(QStringLiteral("10:42")));
        QVERIFY(row->property("unread").toBool());
        // Nothing open yet: the links of the mails are not on screen.
        QVERIFY(!view->elementWidget(QStringLiteral("lien-compte"))->isVisible());
    }

    void clickingAMailOpensIt()
    {
        auto view = shownView(inbox());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QTest::mouseClick(view->elementWidget(QStringLiteral("mail-caisse")), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("mail-caisse"));
        QCOMPARE(qobject_cast<MailSceneView *>(view.get())->openMail(), QStringLiteral("mail-caisse"));
        QVERIFY(!view->elementWidget(QStringLiteral("mail-caisse"))->property("unread").toBool());
        QLabel *from = view->findChild<QLabel *>(QStringLiteral("mail-caisse-expediteur"));
        QVERIFY(from && from->isVisible());
        QCOMPARE(from->text(), QStringLiteral("De : Caisse Santé <ne-pas-repondre@caisse-sante.exemple>"));
        QLabel *body = view->findChild<QLabel *>(QStringLiteral("mail-caisse-corps"));
        QVERIFY(body->isVisible());
        QVERIFY(body->text().startsWith(QStringLiteral("Bonjour,")));

        QWidget *link = view->elementWidget(QStringLiteral("lien-compte"));
        QVERIFY(link->isVisible());
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(last(spy).target, QStringLiteral("lien-compte"));

        QWidget *attachment = view->elementWidget(QStringLiteral("piece-jointe"));
        QVERIFY(attachment->isVisible());
        QTest::mouseClick(attachment, Qt::LeftButton);
        QTest::mouseDClick(attachment, Qt::LeftButton);
        QTest::mouseRelease(attachment, Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::DoubleClick);
        QCOMPARE(last(spy).target, QStringLiteral("piece-jointe"));

        QTest::mousePress(attachment, Qt::RightButton);
        QCOMPARE(last(spy).kind, ActionKind::RightClick);
        QWidget *save = view->elementWidget(QStringLiteral("pj-enregistrer"));
        QVERIFY(save->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(last(spy).target, QStringLiteral("pj-enregistrer"));

        auto *reply = qobject_cast<QPushButton *>(view->elementWidget(QStringLiteral("repondre")));
        QVERIFY(reply && reply->isVisible());
        QCOMPARE(reply->text(), QStringLiteral("Répondre"));
        QTest::mouseClick(reply, Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("repondre"));

        // The reply box is a form: typing, then "Envoyer" submits it.
        QTest::keyClicks(view->elementWidget(QStringLiteral("reponse")), QStringLiteral("Merci beaucoup"));
        QTest::mouseClick(view->elementWidget(QStringLiteral("envoyer")), Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Submit);
        QCOMPARE(last(spy).target, QStringLiteral("form-reponse"));
        QCOMPARE(last(spy).fields.value(QStringLiteral("reponse")), QStringLiteral("Merci beaucoup"));
    }

    void gesturesOpenTheMailFirst()
    {
        auto view = shownView(inbox());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        const ActionMatcher m = expect(ActionKind::Click, QStringLiteral("lien-compte"));
        const QList<Gesture> g = view->gesturesFor(m);
        QCOMPARE(g.size(), 2);
        QCOMPARE(g.first().widget.data(), view->elementWidget(QStringLiteral("mail-caisse")));
        QVERIFY(performAll(g));
        QVERIFY(hasMatching(spy, m));
        // Once open, only the click is needed.
        QCOMPARE(view->gesturesFor(m).size(), 1);

        for (const ActionMatcher &other :
             {expect(ActionKind::DoubleClick, QStringLiteral("piece-jointe")), expect(ActionKind::RightClick, QStringLiteral("piece-jointe")),
              expect(ActionKind::Click, QStringLiteral("pj-ouvrir")), expect(ActionKind::Click, QStringLiteral("lien-pub")),
              expect(ActionKind::Type, QStringLiteral("reponse"), QStringLiteral("Merci")),
              expect(ActionKind::Submit, QStringLiteral("form-reponse"))}) {
            auto fresh = shownView(inbox());
            QSignalSpy freshSpy(fresh.get(), &SceneView::actionPerformed);
            QVERIFY(performAll(fresh->gesturesFor(other)));
            QVERIFY2(hasMatching(freshSpy, other), qPrintable(other.target));
        }
    }

    void applyExpectedOpensSilently()
    {
        auto view = shownView(inbox());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        view->applyExpected(expect(ActionKind::Click, QStringLiteral("mail-pub")));
        QCOMPARE(qobject_cast<MailSceneView *>(view.get())->openMail(), QStringLiteral("mail-pub"));
        QVERIFY(view->elementWidget(QStringLiteral("lien-pub"))->isVisible());
        view->applyExpected(expect(ActionKind::Type, QStringLiteral("reponse"), QStringLiteral("Bien reçu")));
        QCOMPARE(qobject_cast<QLineEdit *>(view->elementWidget(QStringLiteral("reponse")))->text(), QStringLiteral("Bien reçu"));
        QCOMPARE(spy.count(), 0);
        // Markup in a body is shown literally.
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("mail-pub-corps"))->text().remove(QChar(0x200B)),
                 QStringLiteral("Profitez de notre offre <script>exceptionnelle</script>."));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("mail-pub-corps"))->textFormat(), Qt::PlainText);
    }

    void staysLeftToRightUnderAnArabicTutor()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto view = shownView(inbox());
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(view->layoutDirection(), Qt::LeftToRight);
        QWidget *list = view->elementWidget(QStringLiteral("mail-caisse"));
        QWidget *pane = view->findChild<QWidget *>(QStringLiteral("mail-reading"));
        QVERIFY(list->mapTo(view.get(), QPoint(0, 0)).x() < pane->mapTo(view.get(), QPoint(0, 0)).x());
    }
};

QTEST_MAIN(TestSceneMail)
#include "tst_scene_mail.moc"
