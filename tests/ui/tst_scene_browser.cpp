// The browser renderer: a public-service page with its chrome, forms, red errors and file picker.

#include "scenefixture.h"

#include "engine/lessonrun.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

using namespace fixture;

namespace {

Scene browserScene(bool secure = true)
{
    Element banner = el(QStringLiteral("entete"), ElementKind::Text);
    banner.text = QStringLiteral("Caisse Santé — Création de compte");
    banner.extra.insert(QStringLiteral("role"), QStringLiteral("banner"));
    Element hostile = el(QStringLiteral("piege"), ElementKind::Text);
    hostile.text = QStringLiteral("<b>x</b>");
    Element notice = el(QStringLiteral("info"), ElementKind::Notice);
    notice.text = QStringLiteral("Votre adresse e-mail est confirmée.");
    Element picture = el(QStringLiteral("illustration"), ElementKind::Image, QStringLiteral("Une carte d'assuré"));
    picture.image = QStringLiteral("/nulle/part/absente.png");

    Element nir = el(QStringLiteral("nir"), ElementKind::TextField, QStringLiteral("Numéro de sécurité sociale"));
    nir.validation.required = true;
    nir.validation.pattern = QStringLiteral("^[0-9]{13}$");
    nir.validation.message = QStringLiteral("Saisissez les 13 premiers chiffres.");
    Element mdp = el(QStringLiteral("mdp"), ElementKind::PasswordField, QStringLiteral("Mot de passe"));
    Element naissance = el(QStringLiteral("naissance"), ElementKind::DateField, QStringLiteral("Date de naissance"));
    Element mois = el(QStringLiteral("mois"), ElementKind::Select, QStringLiteral("Mois"));
    mois.options = {QStringLiteral("Janvier"), QStringLiteral("Février"), QStringLiteral("Mars")};
    Element cgu = el(QStringLiteral("cgu"), ElementKind::Checkbox, QStringLiteral("J'accepte les conditions d'utilisation"));
    Element madame = el(QStringLiteral("madame"), ElementKind::Radio, QStringLiteral("Madame"));
    Element monsieur = el(QStringLiteral("monsieur"), ElementKind::Radio, QStringLiteral("Monsieur"));
    Element scan = el(QStringLiteral("f-scan"), ElementKind::File, QStringLiteral("Scan_carte_identite.pdf"));
    Element photo = el(QStringLiteral("f-photo"), ElementKind::File, QStringLiteral("Photo_vacances.jpg"));
    Element facture = el(QStringLiteral("f-facture"), ElementKind::File, QStringLiteral("Facture_EDF.pdf"));
    Element dossier = withChildren(el(QStringLiteral("d-papiers"), ElementKind::Folder, QStringLiteral("Papiers")),
                                   {facture});
    Element picker = withChildren(el(QStringLiteral("piece"), ElementKind::FilePicker, QStringLiteral("Pièce d'identité")),
                                  {scan, photo, dossier});
    Element submit = el(QStringLiteral("btn-continuer"), ElementKind::Button, QStringLiteral("Continuer"));
    submit.extra.insert(QStringLiteral("style"), QStringLiteral("primary"));
    Element form = withChildren(el(QStringLiteral("form-creation"), ElementKind::Form),
                                {nir, mdp, naissance, mois, cgu, madame, monsieur, picker, submit});

    Element help = el(QStringLiteral("aide"), ElementKind::Link, QStringLiteral("Besoin d'aide ?"));
    help.menu = {el(QStringLiteral("aide-ouvrir"), ElementKind::MenuItem, QStringLiteral("Ouvrir le lien")),
                 el(QStringLiteral("aide-copier"), ElementKind::MenuItem, QStringLiteral("Copier l'adresse du lien"))};

    QList<Element> elements = {banner,
                               el(QStringLiteral("titre"), ElementKind::Heading, QStringLiteral("Créer mon compte")),
                               hostile,
                               notice,
                               picture,
                               form,
                               help,
                               el(QStringLiteral("btn-annuler"), ElementKind::Button, QStringLiteral("Annuler"))};
    for (int i = 0; i < 12; ++i) {
        Element para = el(QStringLiteral("para-%1").arg(i), ElementKind::Text);
        para.text = QStringLiteral("Paragraphe d'information numéro %1, assez long pour occuper la page.").arg(i);
        elements << para;
    }
    elements << el(QStringLiteral("pied-lien"), ElementKind::Link, QStringLiteral("Mentions légales du service"));
    Scene s = scene(QStringLiteral("creation"), SceneKind::Browser, elements, QStringLiteral("Caisse Santé"));
    s.address = QStringLiteral("https://caisse-sante.exemple/creer-mon-compte");
    s.secure = secure;
    return s;
}

template<typename T>
T *widget(SceneView *view, const QString &id)
{
    return qobject_cast<T *>(view->elementWidget(id));
}

} // namespace

class TestSceneBrowser : public QObject
{
    Q_OBJECT

private slots:
    void everyElementHasANamedWidget()
    {
        const Scene s = browserScene();
        auto view = shownView(s);
        QVERIFY(view);
        for (const Element *e : s.allElements()) {
            QWidget *w = view->elementWidget(e->id);
            QVERIFY2(w, qPrintable(e->id));
            QCOMPARE(w->objectName(), e->id);
            if (!e->label.isEmpty())
                QCOMPARE(w->accessibleName(), e->label);
        }
        QVERIFY(view->elementWidget(QStringLiteral("browser-back")));
        QVERIFY(!view->elementWidget(QStringLiteral("inconnu")));
    }

    void chromeShowsAddressAndPadlock()
    {
        auto view = shownView(browserScene(true));
        QLabel *address = label(view.get(), QStringLiteral("browser-address"));
        QVERIFY(address && address->isVisible());
        QCOMPARE(address->text(), QStringLiteral("https://caisse-sante.exemple/creer-mon-compte"));
        QLabel *lock = label(view.get(), QStringLiteral("browser-padlock"));
        QVERIFY(lock && lock->isVisible());
        QVERIFY(!lock->pixmap().isNull());
        QCOMPARE(lock->accessibleName(), QStringLiteral("Connexion sécurisée"));
        QVERIFY(!label(view.get(), QStringLiteral("browser-not-secure")));
        QLabel *site = label(view.get(), QStringLiteral("site-name"));
        QVERIFY(site && site->isVisible());
        QCOMPARE(site->text(), QStringLiteral("Caisse Santé"));
        QCOMPARE(widget<QLabel>(view.get(), QStringLiteral("entete"))->text(),
                 QStringLiteral("Caisse Santé — Création de compte"));

        auto unsafe = shownView(browserScene(false));
        QLabel *warning = label(unsafe.get(), QStringLiteral("browser-not-secure"));
        QVERIFY(warning && warning->isVisible());
        QCOMPARE(warning->text(), QStringLiteral("Non sécurisé"));
        QCOMPARE(label(unsafe.get(), QStringLiteral("browser-padlock"))->accessibleName(), QStringLiteral("Non sécurisé"));
    }

    void backButtonAndLooseButtonsReportClicks()
    {
        auto view = shownView(browserScene());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QTest::mouseClick(view->elementWidget(QStringLiteral("browser-back")), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("browser-back"));

        QTest::mouseClick(view->elementWidget(QStringLiteral("btn-annuler")), Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("btn-annuler"));

        QTest::mouseClick(view->elementWidget(QStringLiteral("aide")), Qt::LeftButton);
        QCOMPARE(last(spy).target, QStringLiteral("aide"));

        // Keyboard: Enter on a focused button works like a click.
        QWidget *cancel = view->elementWidget(QStringLiteral("btn-annuler"));
        cancel->setFocus(Qt::TabFocusReason);
        QTest::keyClick(cancel, Qt::Key_Return);
        QCOMPARE(last(spy).target, QStringLiteral("btn-annuler"));

        // A click on a heading or a sentence names it (spot-the-trap steps need it), once.
        const int before = spy.count();
        QTest::mouseClick(view->elementWidget(QStringLiteral("titre")), Qt::LeftButton);
        QCOMPARE(spy.count(), before + 1);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("titre"));
        QTest::mouseClick(view->elementWidget(QStringLiteral("info")), Qt::LeftButton);
        QCOMPARE(last(spy).target, QStringLiteral("info"));
        // A click on the page background is reported without a target.
        QWidget *page = view->findChild<QWidget *>(QStringLiteral("browser-page-content"));
        QTest::mouseClick(page, Qt::LeftButton, {}, QPoint(8, page->height() / 2));
        QCOMPARE(spy.count(), before + 3);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QVERIFY(last(spy).target.isEmpty());
    }

    void typingReportsLiveThenCommitted()
    {
        auto view = shownView(browserScene());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        auto *edit = widget<QLineEdit>(view.get(), QStringLiteral("nir"));
        QVERIFY(edit);
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Click); // clicking into the field
        QCOMPARE(last(spy).target, QStringLiteral("nir"));
        QTest::keyClicks(edit, QStringLiteral("123"));
        QCOMPARE(last(spy).kind, ActionKind::Type);
        QCOMPARE(last(spy).value, QStringLiteral("123"));
        QVERIFY(!last(spy).committed);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(last(spy).value, QStringLiteral("123"));
        QVERIFY(last(spy).committed);
        const int afterEnter = spy.count();
        // Leaving the field after Enter does not commit the same text twice.
        view->elementWidget(QStringLiteral("mdp"))->setFocus();
        QApplication::processEvents();
        QCOMPARE(spy.count(), afterEnter);
        // Leaving after a change commits it.
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("4"));
        view->elementWidget(QStringLiteral("mdp"))->setFocus();
        QApplication::processEvents();
        QCOMPARE(last(spy).target, QStringLiteral("nir"));
        QCOMPARE(last(spy).value, QStringLiteral("1234"));
        QVERIFY(last(spy).committed);
    }

    void selectCheckAndRadioReportTheirValues()
    {
        auto view = shownView(browserScene());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        auto *combo = widget<QComboBox>(view.get(), QStringLiteral("mois"));
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), -1);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(last(spy).kind, ActionKind::Select);
        QCOMPARE(last(spy).target, QStringLiteral("mois"));
        QCOMPARE(last(spy).value, combo->currentText());

        auto *box = widget<QCheckBox>(view.get(), QStringLiteral("cgu"));
        QVERIFY(box && box->isVisible());
        QVERIFY(box->width() >= 44 && box->height() >= 44);
        const QList<Gesture> check = view->gesturesFor(expect(ActionKind::Check, QStringLiteral("cgu"), QStringLiteral("true")));
        QVERIFY(!check.isEmpty());
        QCOMPARE(check.last().kind, Gesture::Kind::Click);
        QCOMPARE(check.last().widget.data(), box);
        QVERIFY(performAll(check));
        QVERIFY(box->isChecked());
        QCOMPARE(last(spy).kind, ActionKind::Check);
        QCOMPARE(last(spy).value, QStringLiteral("true"));
        // Clicking the label toggles the box, as on a real site.
        QLabel *text = nullptr;
        for (QLabel *l : box->parentWidget()->findChildren<QLabel *>())
            if (l->text() == QStringLiteral("J'accepte les conditions d'utilisation"))
                text = l;
        QVERIFY(text);
        QTest::mouseClick(text, Qt::LeftButton);
        QVERIFY(!box->isChecked());
        QCOMPARE(last(spy).value, QStringLiteral("false"));
        // Space on the focused box (keyboard users).
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(box->isChecked());
        QCOMPARE(last(spy).value, QStringLiteral("true"));

        auto *madame = widget<QRadioButton>(view.get(), QStringLiteral("madame"));
        auto *monsieur = widget<QRadioButton>(view.get(), QStringLiteral("monsieur"));
        QVERIFY(performAll(view->gesturesFor(expect(ActionKind::Check, QStringLiteral("madame")))));
        QVERIFY(madame->isChecked());
        QCOMPARE(last(spy).target, QStringLiteral("madame"));
        monsieur->click();
        QVERIFY(monsieur->isChecked());
        QVERIFY(!madame->isChecked());
    }

    void buttonInsideFormSubmitsEveryField()
    {
        auto view = shownView(browserScene());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        auto *edit = widget<QLineEdit>(view.get(), QStringLiteral("nir"));
        QTest::keyClicks(edit, QStringLiteral("2850375123456"));
        widget<QCheckBox>(view.get(), QStringLiteral("cgu"))->click();
        QTest::mouseClick(view->elementWidget(QStringLiteral("btn-continuer")), Qt::LeftButton);
        const UserAction submit = last(spy);
        QCOMPARE(submit.kind, ActionKind::Submit);
        QCOMPARE(submit.target, QStringLiteral("form-creation"));
        QCOMPARE(submit.fields.value(QStringLiteral("nir")), QStringLiteral("2850375123456"));
        QCOMPARE(submit.fields.value(QStringLiteral("cgu")), QStringLiteral("true"));
        QCOMPARE(submit.fields.value(QStringLiteral("madame")), QStringLiteral("false"));
        QVERIFY(submit.fields.contains(QStringLiteral("mois")));
        QVERIFY(submit.fields.contains(QStringLiteral("piece")));
        QCOMPARE(submit.fields.value(QStringLiteral("piece")), QString());
        QCOMPARE(submit.fields.size(), 8);
        QVERIFY(!submit.fields.contains(QStringLiteral("btn-continuer")));
    }

    void fieldErrorsShowInRedUnderTheField()
    {
        auto view = shownView(browserScene());
        auto *error = view->findChild<QLabel *>(QStringLiteral("nir-error"));
        QVERIFY(error);
        QVERIFY(!error->isVisible());
        view->showFieldErrors({{QStringLiteral("nir"), QStringLiteral("Saisissez les 13 premiers chiffres.")},
                               {QStringLiteral("cgu"), QStringLiteral("Vous devez accepter les conditions.")}});
        QApplication::processEvents();
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Saisissez les 13 premiers chiffres."));
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QCOMPARE(error->palette().color(QPalette::WindowText), QColor(0xce, 0x05, 0x00));
        QWidget *edit = view->elementWidget(QStringLiteral("nir"));
        QVERIFY(edit->property("invalid").toBool());
        // Under the field: below it, in the same block.
        QVERIFY(error->mapTo(view.get(), QPoint(0, 0)).y() > edit->mapTo(view.get(), QPoint(0, 0)).y());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("cgu-error"))->isVisible());
        QVERIFY(!view->findChild<QLabel *>(QStringLiteral("mdp-error"))->isVisible());

        view->showFieldErrors({});
        QVERIFY(!error->isVisible());
        QVERIFY(!edit->property("invalid").toBool());
    }

    void filePickerOpensTheDocumentsPanel()
    {
        auto view = shownView(browserScene());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QWidget *browse = view->elementWidget(QStringLiteral("piece-parcourir"));
        QVERIFY(browse);
        QCOMPARE(qobject_cast<QPushButton *>(browse)->text(), QStringLiteral("Parcourir…"));
        QWidget *scanEntry = view->elementWidget(QStringLiteral("f-scan"));
        QVERIFY(scanEntry && !scanEntry->isVisible());
        QTest::mouseClick(browse, Qt::LeftButton);
        QVERIFY(scanEntry->isVisible());
        QVERIFY(view->elementWidget(QStringLiteral("f-photo"))->isVisible());
        QVERIFY(!view->elementWidget(QStringLiteral("f-facture"))->isVisible()); // inside "Papiers"
        QTest::mouseClick(scanEntry, Qt::LeftButton);
        QTest::mouseClick(view->elementWidget(QStringLiteral("piece-ouvrir")), Qt::LeftButton);
        QVERIFY(!scanEntry->isVisible());
        QCOMPARE(last(spy).kind, ActionKind::Upload);
        QCOMPARE(last(spy).target, QStringLiteral("piece"));
        QCOMPARE(last(spy).value, QStringLiteral("Scan_carte_identite.pdf"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("piece-fichier"))->text(),
                 QStringLiteral("Scan_carte_identite.pdf"));
        // Clicks inside the panel are not judged: only the click on "Parcourir…" and the upload.
        const QList<UserAction> all = actions(spy);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().kind, ActionKind::Click);
        QCOMPARE(all.first().target, QStringLiteral("piece"));

        // A file in a sub-folder: the gestures open the folder with a double click.
        const QList<Gesture> g = view->gesturesFor(expect(ActionKind::Upload, QStringLiteral("piece"),
                                                          QStringLiteral("Facture_EDF.pdf")));
        QVERIFY(g.size() >= 4);
        QCOMPARE(g.at(g.size() - 4).widget.data(), browse);
        QCOMPARE(g.at(g.size() - 3).kind, Gesture::Kind::DoubleClick);
        QCOMPARE(g.at(g.size() - 3).widget.data(), view->elementWidget(QStringLiteral("d-papiers")));
        QVERIFY(performAll(g));
        QCOMPARE(last(spy).value, QStringLiteral("Facture_EDF.pdf"));
        QTest::mouseClick(view->elementWidget(QStringLiteral("btn-continuer")), Qt::LeftButton);
        QCOMPARE(last(spy).fields.value(QStringLiteral("piece")), QStringLiteral("Facture_EDF.pdf"));
    }

    void rightClickOpensAnInSceneMenu()
    {
        auto view = shownView(browserScene());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QWidget *entry = view->elementWidget(QStringLiteral("aide-copier"));
        QVERIFY(entry && !entry->isVisible());
        QTest::mousePress(view->elementWidget(QStringLiteral("aide")), Qt::RightButton);
        QTest::mouseRelease(view->elementWidget(QStringLiteral("aide")), Qt::RightButton);
        QCOMPARE(last(spy).kind, ActionKind::RightClick);
        QCOMPARE(last(spy).target, QStringLiteral("aide"));
        QVERIFY(entry->isVisible());
        QVERIFY(entry->height() >= 44);
        // The menu is open: "Montre-moi" goes straight to the entry.
        const QList<Gesture> g = view->gesturesFor(expect(ActionKind::Click, QStringLiteral("aide-copier")));
        QCOMPARE(g.size(), 1);
        QTest::mouseClick(entry, Qt::LeftButton);
        QCOMPARE(last(spy).kind, ActionKind::Click);
        QCOMPARE(last(spy).target, QStringLiteral("aide-copier"));
        QVERIFY(!entry->isVisible());
        // Closed again: the gestures start with the right click.
        const QList<Gesture> again = view->gesturesFor(expect(ActionKind::Click, QStringLiteral("aide-ouvrir")));
        QVERIFY(again.size() >= 2);
        QCOMPARE(again.at(again.size() - 2).kind, Gesture::Kind::RightClick);
        QCOMPARE(again.at(again.size() - 2).widget.data(), view->elementWidget(QStringLiteral("aide")));
        QVERIFY(performAll(again));
        QCOMPARE(last(spy).target, QStringLiteral("aide-ouvrir"));

        // A click elsewhere closes an open menu, and still counts once where it was aimed.
        QTest::mousePress(view->elementWidget(QStringLiteral("aide")), Qt::RightButton);
        QVERIFY(entry->isVisible());
        QTest::mouseClick(view->elementWidget(QStringLiteral("titre")), Qt::LeftButton);
        QVERIFY(!entry->isVisible());
        QTest::mousePress(view->elementWidget(QStringLiteral("aide")), Qt::RightButton);
        const int before = spy.count();
        QTest::mouseClick(view->elementWidget(QStringLiteral("nir")), Qt::LeftButton);
        QVERIFY(!entry->isVisible());
        QCOMPARE(spy.count(), before + 1);
        QCOMPARE(last(spy).target, QStringLiteral("nir"));
    }

    void scrollingRevealsElementsOnce()
    {
        auto view = shownView(browserScene());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        auto *page = view->findChild<QScrollArea *>(QStringLiteral("browser-page"));
        QVERIFY(page);
        QVERIFY(page->verticalScrollBar()->maximum() > 0);
        QWidget *footerLink = view->elementWidget(QStringLiteral("pied-lien"));
        QVERIFY(!visibleInViewport(footerLink));
        const QList<Gesture> g = view->gesturesFor(expect(ActionKind::Scroll, QStringLiteral("pied-lien")));
        QCOMPARE(g.size(), 1);
        QCOMPARE(g.first().kind, Gesture::Kind::Scroll);
        QCOMPARE(g.first().until.data(), footerLink);
        QVERIFY(perform(g.first()));
        QVERIFY(visibleInViewport(footerLink));
        const QList<UserAction> all = actions(spy);
        QVERIFY(!all.isEmpty());
        QStringList targets;
        for (const UserAction &a : all) {
            QCOMPARE(a.kind, ActionKind::Scroll);
            QVERIFY2(!targets.contains(a.target), qPrintable(a.target));
            targets << a.target;
        }
        QVERIFY(targets.contains(QStringLiteral("pied-lien")));
        QVERIFY(!targets.contains(QStringLiteral("titre"))); // was visible from the start
        // Back up: what comes back into view is reported (once); down again: nothing new.
        page->verticalScrollBar()->setValue(0);
        QVERIFY(hasMatching(spy, expect(ActionKind::Scroll, QStringLiteral("titre"))));
        const int before = spy.count();
        page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum());
        QCOMPARE(spy.count(), before);
        QStringList reported;
        for (const UserAction &a : actions(spy)) {
            QVERIFY2(!reported.contains(a.target), qPrintable(a.target));
            reported << a.target;
        }
    }

    void gesturesExistForEveryActionKind()
    {
        auto view = shownView(browserScene());
        const QList<ActionMatcher> all = {
            expect(ActionKind::Click, QStringLiteral("btn-annuler")),
            expect(ActionKind::DoubleClick, QStringLiteral("aide")),
            expect(ActionKind::RightClick, QStringLiteral("aide")),
            expect(ActionKind::Type, QStringLiteral("nir"), QStringLiteral("2850375123456")),
            expect(ActionKind::Select, QStringLiteral("mois"), QStringLiteral("Mars")),
            expect(ActionKind::Check, QStringLiteral("cgu"), QStringLiteral("true")),
            expect(ActionKind::Upload, QStringLiteral("piece"), QStringLiteral("Photo_vacances.jpg")),
            expect(ActionKind::Submit, QStringLiteral("form-creation")),
            expect(ActionKind::Scroll, QStringLiteral("pied-lien")),
        };
        for (const ActionMatcher &m : all) {
            const QList<Gesture> gestures = view->gesturesFor(m);
            QVERIFY2(!gestures.isEmpty(), qPrintable(actionKindName(m.action)));
            for (const Gesture &g : gestures)
                QVERIFY2(g.widget, qPrintable(actionKindName(m.action)));
        }
        QVERIFY(view->gesturesFor(expect(ActionKind::Listen, {})).isEmpty());
    }

    void gesturesPerformTheExpectedActions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("value");
        QTest::newRow("click") << int(ActionKind::Click) << QStringLiteral("btn-annuler") << QString();
        QTest::newRow("double-click") << int(ActionKind::DoubleClick) << QStringLiteral("aide") << QString();
        QTest::newRow("right-click") << int(ActionKind::RightClick) << QStringLiteral("aide") << QString();
        QTest::newRow("type") << int(ActionKind::Type) << QStringLiteral("nir") << QStringLiteral("2850375123456");
        QTest::newRow("select") << int(ActionKind::Select) << QStringLiteral("mois") << QStringLiteral("Mars");
        QTest::newRow("check") << int(ActionKind::Check) << QStringLiteral("cgu") << QStringLiteral("true");
        QTest::newRow("upload") << int(ActionKind::Upload) << QStringLiteral("piece") << QStringLiteral("Photo_vacances.jpg");
        QTest::newRow("submit") << int(ActionKind::Submit) << QStringLiteral("form-creation") << QString();
        QTest::newRow("scroll") << int(ActionKind::Scroll) << QStringLiteral("pied-lien") << QString();
        QTest::newRow("menu entry") << int(ActionKind::Click) << QStringLiteral("aide-copier") << QString();
    }

    void gesturesPerformTheExpectedActions()
    {
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(QString, value);
        auto view = shownView(browserScene());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        const ActionMatcher m = expect(static_cast<ActionKind>(kind), target, value);
        QVERIFY(performAll(view->gesturesFor(m)));
        QVERIFY2(hasMatching(spy, m), qPrintable(actionKindName(m.action) + QLatin1Char(' ') + target));
    }

    void typeGesturesCorrectExistingText()
    {
        Element field = el(QStringLiteral("champ"), ElementKind::TextField, QStringLiteral("Votre mot"));
        field.value = QStringLiteral("bonjoir");
        auto view = shownView(scene(QStringLiteral("s"), SceneKind::Browser, {field}));
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        QVERIFY(performAll(view->gesturesFor(expect(ActionKind::Type, QStringLiteral("champ"), QStringLiteral("bonjour")))));
        QCOMPARE(widget<QLineEdit>(view.get(), QStringLiteral("champ"))->text(), QStringLiteral("bonjour"));
        QCOMPARE(last(spy).value, QStringLiteral("bonjour"));
        QVERIFY(last(spy).committed);

        ActionMatcher regex = expect(ActionKind::Type, QStringLiteral("champ"), QStringLiteral("^[0-9]{5}$"));
        regex.match = TextMatch::Regex;
        regex.example = QStringLiteral("93000");
        QVERIFY(performAll(view->gesturesFor(regex)));
        QCOMPARE(widget<QLineEdit>(view.get(), QStringLiteral("champ"))->text(), QStringLiteral("93000"));
    }

    void applyExpectedChangesTheStateSilently()
    {
        auto view = shownView(browserScene());
        QSignalSpy spy(view.get(), &SceneView::actionPerformed);
        ActionMatcher type = expect(ActionKind::Type, QStringLiteral("nir"), QStringLiteral("^[0-9]{13}$"));
        type.match = TextMatch::Regex;
        type.example = QStringLiteral("2850375123456");
        view->applyExpected(type);
        view->applyExpected(expect(ActionKind::Select, QStringLiteral("mois"), QStringLiteral("Février")));
        view->applyExpected(expect(ActionKind::Check, QStringLiteral("cgu"), QString()));
        view->applyExpected(expect(ActionKind::Upload, QStringLiteral("piece"), QStringLiteral("Photo_vacances.jpg")));
        view->applyExpected(expect(ActionKind::RightClick, QStringLiteral("aide")));
        QCOMPARE(widget<QLineEdit>(view.get(), QStringLiteral("nir"))->text(), QStringLiteral("2850375123456"));
        QCOMPARE(widget<QComboBox>(view.get(), QStringLiteral("mois"))->currentText(), QStringLiteral("Février"));
        QVERIFY(widget<QCheckBox>(view.get(), QStringLiteral("cgu"))->isChecked());
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("piece-fichier"))->text(), QStringLiteral("Photo_vacances.jpg"));
        QVERIFY(view->elementWidget(QStringLiteral("aide-ouvrir"))->isVisible());
        view->applyExpected(expect(ActionKind::Scroll, QStringLiteral("pied-lien")));
        QVERIFY(visibleInViewport(view->elementWidget(QStringLiteral("pied-lien"))));
        QCOMPARE(spy.count(), 0);
        // Leaving the field afterwards does not report the silently typed text.
        widget<QLineEdit>(view.get(), QStringLiteral("nir"))->setFocus();
        view->elementWidget(QStringLiteral("mdp"))->setFocus();
        QCOMPARE(spy.count(), 0);
    }

    void markupIsShownLiterally()
    {
        auto view = shownView(browserScene());
        auto *text = widget<QLabel>(view.get(), QStringLiteral("piege"));
        QVERIFY(text);
        QCOMPARE(text->text(), QStringLiteral("<b>x</b>"));
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QVERIFY(text->sizeHint().width() > QFontMetrics(text->font()).horizontalAdvance(QStringLiteral("x")) * 4);
        for (QLabel *l : view->findChildren<QLabel *>())
            QVERIFY2(l->textFormat() == Qt::PlainText || l->text().isEmpty(), qPrintable(l->objectName()));
    }

    void missingImageShowsAnEmptyFrame()
    {
        auto view = shownView(browserScene());
        QWidget *frame = view->elementWidget(QStringLiteral("illustration"));
        QVERIFY(frame && frame->isVisible());
        QCOMPARE(frame->property("role").toString(), QStringLiteral("picture"));
        QCOMPARE(frame->accessibleName(), QStringLiteral("Une carte d'assuré"));
    }

    void staysLeftToRightUnderAnArabicTutor()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto view = shownView(browserScene());
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(view->layoutDirection(), Qt::LeftToRight);
        QVERIFY(view->elementWidget(QStringLiteral("nir"))->isLeftToRight());
        QWidget *back = view->elementWidget(QStringLiteral("browser-back"));
        QLabel *address = label(view.get(), QStringLiteral("browser-address"));
        QVERIFY(back->mapTo(view.get(), QPoint(0, 0)).x() < address->mapTo(view.get(), QPoint(0, 0)).x());
        QVERIFY(back->mapTo(view.get(), QPoint(0, 0)).x() < 200);
    }

    void beginnerSizes()
    {
        auto view = shownView(browserScene());
        for (const QString &id : {QStringLiteral("btn-continuer"), QStringLiteral("btn-annuler"), QStringLiteral("aide"),
                                  QStringLiteral("nir"), QStringLiteral("mois"), QStringLiteral("browser-back")}) {
            QWidget *w = view->elementWidget(id);
            QVERIFY2(w->width() >= 44 && w->height() >= 44, qPrintable(id));
        }
        for (QLabel *l : view->findChildren<QLabel *>())
            if (!l->text().isEmpty())
                QVERIFY2(l->font().pixelSize() >= 18 || QFontInfo(l->font()).pixelSize() >= 18, qPrintable(l->text()));
    }

    void textFollowsTheLearnersTextSize()
    {
        auto view = shownView(browserScene());
        auto *heading = widget<QLabel>(view.get(), QStringLiteral("titre"));
        auto *paragraph = widget<QLabel>(view.get(), QStringLiteral("piege"));
        const QFont before = QApplication::font();
        QCOMPARE(QFontInfo(paragraph->font()).pixelSize(), std::max(18, before.pixelSize() > 0 ? before.pixelSize() : 20));
        QFont bigger = before;
        bigger.setPixelSize(30); // the "extra large" text size
        QApplication::setFont(bigger);
        QApplication::processEvents();
        QCOMPARE(QFontInfo(paragraph->font()).pixelSize(), 30);
        QCOMPARE(QFontInfo(heading->font()).pixelSize(), 48);
        QApplication::setFont(before);
        QApplication::processEvents();
    }

    void aSubmittedLessonIsJudgedCorrect()
    {
        // The renderer and the engine together: the gestures of each step complete it.
        Scene s = browserScene();
        Lesson lesson = lessonWith({s});
        const auto add = [&lesson](const ActionMatcher &m, const QString &example = {}) {
            Step step;
            step.id = QStringLiteral("etape-%1").arg(lesson.steps.size());
            step.scene = QStringLiteral("creation");
            step.expect = m;
            step.expect.example = example;
            lesson.steps << step;
        };
        ActionMatcher nir = expect(ActionKind::Type, QStringLiteral("nir"), QStringLiteral("^[0-9]{13}$"));
        nir.match = TextMatch::Regex;
        add(nir, QStringLiteral("2850375123456"));
        add(expect(ActionKind::Select, QStringLiteral("mois"), QStringLiteral("Mars")));
        add(expect(ActionKind::Check, QStringLiteral("cgu"), QStringLiteral("true")));
        add(expect(ActionKind::Upload, QStringLiteral("piece"), QStringLiteral("Scan_carte_identite.pdf")));
        add(expect(ActionKind::Submit, QStringLiteral("form-creation")));

        struct FixedClock : MonotonicClock
        {
            qint64 nowMs() const override { return 0; }
        } clock;
        LessonRun run(lesson, clock);
        auto view = shownView(s);
        connect(view.get(), &SceneView::actionPerformed, &run, [&run](const UserAction &a) { run.handle(a); });
        run.start();
        for (int i = 0; i < lesson.steps.size(); ++i) {
            QCOMPARE(run.currentIndex(), i);
            const QList<Gesture> gestures = view->gesturesFor(lesson.steps.at(i).expect);
            for (const Gesture &g : gestures) {
                if (run.currentIndex() != i || run.isFinished())
                    break; // the step is done: a player stops showing it
                QVERIFY(perform(g));
            }
            QVERIFY2(run.currentIndex() > i || run.isFinished(), qPrintable(lesson.steps.at(i).id));
            QCOMPARE(run.currentStats().wrong, 0);
        }
        QVERIFY(run.isFinished());
        QCOMPARE(run.summary().wrong, 0);
    }
};

QTEST_MAIN(TestSceneBrowser)
#include "tst_scene_browser.moc"
