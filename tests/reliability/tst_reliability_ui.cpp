// RELIABILITY.md through the real widgets, offscreen:
//  - case 9: 10,000 characters of hostile text (right-to-left, combining marks, emoji sequences,
//    NUL, `' OR 1=1 --`) typed into the card-code screen, into a lesson's text field and into the
//    mediator's learner-name field: the UI stays responsive, the card code stays capped to what a
//    card can hold, the lesson field keeps the text losslessly and the lesson judges it like any
//    wrong answer, the name is capped at a grapheme boundary and comes back from the store, in
//    the list and in the staff panel exactly as it was shown;
//  - case 16: every learner screen at 800×600 and at 2560×1440, and a window shrunk from
//    1920×1080 to 800×600 while shown (a monitor re-plugged): every visible button is at least
//    44 px and usable where it is or once scrolled into view (reachability.h), the content of
//    the lesson's scene included. Kiosk mode, scale factors and screen changes:
//    tst_reliability_screens.

#include "../ui/tst_staff_fixture.h"
#include "reachability.h"

#include "learner/homescreen.h"
#include "mediator/learnerstab.h"
#include "player/playerscreen.h"
#include "staff/secretchooser.h"
#include "store/textlimits.h"

#include <QClipboard>
#include <QKeyEvent>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>

using namespace ShellFixture;

namespace {

/// 10,000 characters of everything a hostile or unlucky user may type.
QString hostileText()
{
    const QString pieces[] = {
        QStringLiteral("' OR 1=1 -- "),
        QStringLiteral("\u0645\u0631\u062D\u0628\u0627 "),             // Arabic (right to left)
        QStringLiteral("\u05E9\u05DC\u05D5\u05DD "),                    // Hebrew
        QStringLiteral("e\u0301\u0302\u0303 "),                         // combining marks
        QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467 "),  // emoji ZWJ sequence
        QStringLiteral("\U0001F1EB\U0001F1F7 "),                        // flag
        QString(QChar(u'\0')) + QStringLiteral("nul "),
        QStringLiteral("<b>gras</b> \u202Eabc\u202C "),                 // markup, bidi override
        QStringLiteral("Robert'); DROP TABLE learners;-- "),
    };
    QString text;
    while (text.size() < 10'000) {
        for (const QString &piece : pieces)
            text += piece;
    }
    text.truncate(10'000);
    if (text.at(text.size() - 1).isHighSurrogate())
        text.chop(1);
    return text;
}

/// Types `text` as a keyboard with an input method would: one key event per character (a
/// surrogate pair together), carrying the text. QTest::keyClicks only takes Latin-1.
void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString one = text.mid(i, n);
        i += n - 1;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, one);
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, one);
        QCoreApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestReliabilityUi : public QObject
{
    Q_OBJECT

private:
    static void goTo(Kiosk &kiosk, KioskWindow::Screen screen)
    {
        KioskWindow &w = *kiosk.window;
        const Learner fatima = kiosk.createLearner(QStringLiteral("Fatima"));
        const Learner karim = kiosk.createPinLearner(QStringLiteral("Karim"), QStringLiteral("1357"));
        switch (screen) {
        case KioskWindow::Screen::Welcome:
            break;
        case KioskWindow::Screen::WhoAreYou:
            QVERIFY(click(w.welcomeScreen()->startButton()));
            break;
        case KioskWindow::Screen::CardCode:
            QVERIFY(click(w.welcomeScreen()->startButton()));
            QVERIFY(click(w.whoAreYouScreen()->cardButton()));
            break;
        case KioskWindow::Screen::Secret:
            QVERIFY(kiosk.enterCard(karim.cardCode));
            break;
        case KioskWindow::Screen::Home:
            QVERIFY(kiosk.signInWithPictures(fatima));
            break;
        case KioskWindow::Screen::Player: {
            QVERIFY(kiosk.signInWithPictures(fatima));
            QVERIFY(click(w.homeScreen()->lessonCard(QStringLiteral("T3-formulaire"))));
            break;
        }
        default:
            QFAIL("not a learner screen");
        }
        QCOMPARE(w.currentScreen(), screen);
    }

    static QWidget *currentScreen(Kiosk &kiosk)
    {
        return kiosk.window->findChild<QStackedWidget *>(QStringLiteral("screens"))->currentWidget();
    }

private slots:
    void hostileTextOnTheCardCodeScreen()
    {
        Kiosk kiosk;
        kiosk.start();
        goTo(kiosk, KioskWindow::Screen::CardCode);
        CardCodeScreen *card = kiosk.window->cardCodeScreen();
        const QString text = hostileText();
        typeText(card, text);
        QCoreApplication::processEvents();
        // Capped and clean: only what a card can hold.
        QVERIFY2(card->code().size() <= 16, qPrintable(card->code()));
        for (const QChar c : card->code())
            QVERIFY2(c.isLetterOrNumber() && c.unicode() < 128, qPrintable(card->code()));
        // Still responsive: "Valider" answers with the kind message, and the screen goes on.
        QVERIFY(click(card->validateButton()));
        QCOMPARE(kiosk.window->currentScreen(), KioskWindow::Screen::CardCode);
        QVERIFY(click(card->backButton()));
        QVERIFY(kiosk.window->currentScreen() != KioskWindow::Screen::CardCode);
    }

    void hostileTextInALessonField()
    {
        Kiosk kiosk;
        kiosk.start();
        goTo(kiosk, KioskWindow::Screen::Player);
        PlayerScreen *player = kiosk.window->playerScreen();
        auto *field = qobject_cast<QLineEdit *>(player->currentView()->elementWidget(QStringLiteral("nom")));
        QVERIFY(field);
        QVERIFY(click(field));
        const QString text = hostileText();
        typeText(field, text);
        QTest::keyClick(field, Qt::Key_Return);
        QCoreApplication::processEvents();
        // Shown as typed, or capped by the field; never altered otherwise.
        QVERIFY(!field->text().isEmpty());
        QVERIFY2(text.startsWith(field->text()) || QString(text).remove(QChar(u'\0')).startsWith(field->text()),
                 qPrintable(field->text().left(80)));
        // Judged as a wrong answer: the lesson stays on the step and goes on normally.
        QCOMPARE(player->run().currentIndex(), 0);
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, QStringLiteral("Benali"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(player->run().currentIndex(), 1);
    }

    void hostileTextInTheLearnerNameField_data()
    {
        // Text before the hostile text moves the cap (TextLimits::Name units) inside a sequence.
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("paste");
        const QString pad = QStringLiteral("\u0628"); // Arabic letter, one code unit
        for (const bool paste : {false, true}) {
            const char *how = paste ? "pasted" : "typed";
            QTest::addRow("%s", how) << QString() << paste;
            QTest::addRow("%s, cap inside combining marks", how) << pad.repeated(TextLimits::Name - 25) << paste;
            QTest::addRow("%s, cap inside an emoji's surrogate pair", how) << pad.repeated(TextLimits::Name - 29) << paste;
            QTest::addRow("%s, cap inside a flag", how) << pad.repeated(TextLimits::Name - 39) << paste;
        }
    }

    void hostileTextInTheLearnerNameField()
    {
        QFETCH(QString, before);
        QFETCH(bool, paste);
        StaffFixture::Staff staff;
        const StaffMember marie = staff.createMediator(QStringLiteral("Marie"), QStringLiteral("2468"));
        QVERIFY(staff.signIn(marie, QStringLiteral("2468")));
        QVERIFY(click(staff.access->panel()->dashboardButton()));
        MediatorDashboard *dashboard = staff.access->dashboard();
        dashboard->showTab(MediatorDashboard::Learners);
        LearnersTab *tab = dashboard->learnersTab();
        QVERIFY(click(tab->newButton()));
        QLineEdit *name = tab->nameEdit();
        QVERIFY(click(name));
        const QString text = before + hostileText();
        if (paste) {
            QGuiApplication::clipboard()->setText(text);
            QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
        } else {
            typeText(name, text);
        }

        // Capped, never inside a character. A paste keeps its whole characters that fit, NUL
        // included; NUL cannot be typed (a control character), and keys typed once the field is
        // full may still add a mark that fits: what is shown is what is kept.
        const QString shown = name->text();
        QVERIFY2(shown.size() <= TextLimits::Name, qPrintable(QString::number(shown.size())));
        QVERIFY(QStringView(shown).isValidUtf16());
        if (paste) {
            QCOMPARE(shown, TextLimits::cap(text, TextLimits::Name));
        } else {
            const QString typable = QString(text).remove(QChar(u'\0'));
            QVERIFY2(shown.startsWith(TextLimits::cap(typable, TextLimits::Name)), qPrintable(shown));
        }

        // Still answering: three pictures for the secret, then "Créer l'apprenant".
        SecretChooser *chooser = tab->secretChooser();
        QVERIFY(click(chooser->picturesChoice()));
        for (const int picture : {3, 7, 11})
            QVERIFY(click(chooser->pictureButton(picture)));
        QVERIFY(click(tab->saveButton()));
        const std::optional<Learner> created = tab->lastCreated();
        QVERIFY2(created, qPrintable(tab->message()));

        // Stored as shown (runs of spaces made one, as for every name), read back unchanged.
        const QString stored = shown.simplified();
        QCOMPARE(created->profile.displayName, stored);
        QCOMPARE(staff.kiosk.learners->find(created->id)->profile.displayName, stored);
        QCOMPARE(name->text(), stored); // the form shows the learner as stored
        const QList<QTableWidgetItem *> rows = tab->table()->findItems(stored, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->data(Qt::UserRole).toString(), created->id);
        QVERIFY(tab->message().contains(stored));

        // In the staff panel's list too, once back from the dashboard.
        QVERIFY(click(dashboard->backButton()));
        QListWidget *list = staff.access->panel()->learnerList();
        QCOMPARE(list->findItems(stored + QStringLiteral(" — ") + created->cardCode, Qt::MatchExactly).size(), 1);
    }

    void screensAtExtremeSizes_data()
    {
        QTest::addColumn<KioskWindow::Screen>("screen");
        QTest::addColumn<QSize>("size");
        const QList<QPair<const char *, KioskWindow::Screen>> screens{
            {"welcome", KioskWindow::Screen::Welcome}, {"who", KioskWindow::Screen::WhoAreYou},
            {"card", KioskWindow::Screen::CardCode},   {"secret", KioskWindow::Screen::Secret},
            {"home", KioskWindow::Screen::Home},       {"player", KioskWindow::Screen::Player},
        };
        for (const auto &[name, screen] : screens) {
            for (const QSize size : {QSize(800, 600), QSize(2560, 1440)})
                QTest::addRow("%s %dx%d", name, size.width(), size.height()) << screen << size;
        }
    }

    void screensAtExtremeSizes()
    {
        QFETCH(KioskWindow::Screen, screen);
        QFETCH(QSize, size);
        Kiosk kiosk;
        kiosk.start();
        kiosk.window->resize(size);
        QTRY_COMPARE(kiosk.window->size(), size);
        goTo(kiosk, screen);
        QCoreApplication::processEvents();
        // The player's own controls, and the scene's content ("Envoyer" below the fold of the
        // simulated page comes into view by scrolling the page, as in a browser).
        QWidget *scene = screen == KioskWindow::Screen::Player ? kiosk.window->playerScreen()->currentView() : nullptr;
        Reachability::checkUsable(kiosk.window.get(), currentScreen(kiosk),
                                  QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), scene);
        if (scene) {
            QWidget *send = kiosk.window->playerScreen()->currentView()->elementWidget(QStringLiteral("envoyer"));
            QVERIFY(Reachability::problem(send, kiosk.window.get(), false).isEmpty());
        }
    }

    void windowShrinksWhileShown()
    {
        Kiosk kiosk;
        kiosk.start();
        kiosk.window->resize(1920, 1080);
        QTRY_COMPARE(kiosk.window->size(), QSize(1920, 1080));
        goTo(kiosk, KioskWindow::Screen::Home);
        kiosk.window->resize(800, 600);
        QTRY_COMPARE(kiosk.window->size(), QSize(800, 600));
        QCoreApplication::processEvents();
        Reachability::checkUsable(kiosk.window.get(), currentScreen(kiosk), QStringLiteral("home after 1920x1080 -> 800x600"));
        kiosk.window->resize(2560, 1440);
        QTRY_COMPARE(kiosk.window->size(), QSize(2560, 1440));
        QCoreApplication::processEvents();
        Reachability::checkUsable(kiosk.window.get(), currentScreen(kiosk), QStringLiteral("home after 800x600 -> 2560x1440"));
    }
};

QTEST_MAIN(TestReliabilityUi)
#include "tst_reliability_ui.moc"
