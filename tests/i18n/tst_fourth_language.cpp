// A volunteer adds Spanish without touching the code: a passerelle_es.ts compiled with lrelease
// and dropped into a translations folder, and lessons carrying "es" texts. The welcome screen
// offers "Español", choosing it shows the Spanish interface, and a lesson's tutor text is Spanish
// where the lesson has it and French where it does not.

#include "../ui/tst_shell_fixture.h"

#include "common/languagemanager.h"
#include "learner/welcomescreen.h"
#include "narration/spokenmessages.h"
#include "player/playerscreen.h"

#include <QProcess>

using namespace ShellFixture;

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

/// A small passerelle_es.ts as Qt Linguist would save it (only a few messages are translated:
/// the others stay French).
QByteArray spanishTs()
{
    struct Entry
    {
        const char *context;
        QString source;
        QString translation;
    };
    const QList<Entry> entries{
        {"LanguageManager", QStringLiteral("Français"), QStringLiteral("español")},
        {"WelcomeScreen", QStringLiteral("Bienvenue"), QStringLiteral("Bienvenido")},
        {"WelcomeScreen", QStringLiteral("Commencer"), QStringLiteral("Empezar")},
        {"WelcomeScreen", QStringLiteral("Langue des explications :"), QStringLiteral("Idioma de las explicaciones:")},
        {"SpokenMessages", SpokenMessages::sourceText(SpokenMessages::Welcome),
         QStringLiteral("¡Hola! Para aprender, toque el botón grande «Empezar». "
                        "También puede elegir su idioma abajo en la pantalla.")},
        {"PlayerScreen", QStringLiteral("Montre-moi"), QStringLiteral("Muéstrame")},
    };
    QByteArray ts = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                    "<TS version=\"2.1\" language=\"es\" sourcelanguage=\"fr\">\n";
    for (const Entry &e : entries) {
        ts += "<context><name>" + QByteArray(e.context) + "</name><message><source>" + escaped(e.source)
            + "</source><translation>" + escaped(e.translation) + "</translation></message></context>\n";
    }
    ts += "</TS>\n";
    return ts;
}

/// A lesson whose first step has Spanish text and whose second has not.
QByteArray spanishLesson()
{
    return R"({"format": 1, "id": "T7-espagnol", "version": 1, "module": "A",
 "title": {"fr": "Cliquer en espagnol", "es": "Hacer clic"},
 "goal": {"fr": "Vous savez cliquer.", "es": "Usted sabe hacer clic."},
 "minutes": 2,
 "scenes": [{"id": "s", "kind": "practice", "title": "Exercice", "elements": [
   {"id": "oui", "kind": "target", "label": "Oui", "size": "large", "x": 30, "y": 50}]}],
 "steps": [
  {"id": "un", "scene": "s", "say": {"fr": "Cliquez sur Oui.", "es": "Haga clic en Oui."},
   "hint": {"fr": "Le bouton de gauche.", "es": "El botón de la izquierda."},
   "success": {"fr": "Bravo !", "es": "¡Muy bien!"}, "expect": {"action": "click", "target": "oui"}},
  {"id": "deux", "scene": "s", "say": {"fr": "Cliquez encore sur Oui."}, "hint": {"fr": "À gauche."},
   "success": {"fr": "Parfait !"}, "expect": {"action": "click", "target": "oui"}}
 ]})";
}

} // namespace

class TestFourthLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void managerListsTheDroppedLanguage();
    void welcomeScreenOffersAndSpeaksSpanish();
    void lessonTextIsSpanishWhereItExists();
    void droppedFileCorrectsAShippedLanguage();

private:
    QTemporaryDir m_dir;
    QString m_translations;
    std::unique_ptr<Kiosk> m_kiosk;
};

void TestFourthLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_translations = m_dir.filePath(QStringLiteral("translations"));
    QVERIFY(QDir().mkpath(m_translations));
    const QString ts = m_dir.filePath(QStringLiteral("passerelle_es.ts"));
    writeFile(ts, spanishTs());
    QProcess lrelease;
    lrelease.setProcessChannelMode(QProcess::MergedChannels);
    lrelease.start(QStringLiteral(PASSERELLE_LRELEASE),
                   {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), m_translations + QStringLiteral("/passerelle_es.qm")});
    QVERIFY(lrelease.waitForFinished(30'000));
    QVERIFY2(lrelease.exitCode() == 0, lrelease.readAll().constData());
    QVERIFY(QFile::exists(m_translations + QStringLiteral("/passerelle_es.qm")));
}

void TestFourthLanguage::init()
{
    m_kiosk = std::make_unique<Kiosk>();
    writeFile(m_kiosk->lessonsDir() + QStringLiteral("/a/t7/lesson.json"), spanishLesson());
    m_kiosk->start();
    // What the kiosk does with its data folder's translations/ (see runKiosk).
    m_kiosk->window->languageManager()->setFolders({m_translations});
}

void TestFourthLanguage::cleanup()
{
    m_kiosk.reset();
}

void TestFourthLanguage::managerListsTheDroppedLanguage()
{
    LanguageManager languages({m_translations});
    QCOMPARE(languages.codes(), (QStringList{QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("es")}));
    QVERIFY(languages.isAvailable(QStringLiteral("es")));
    const LanguageManager::Language spanish = languages.languages().last();
    QCOMPARE(spanish.nativeName, QStringLiteral("Español")); // named by its own file, capitalised
    QVERIFY(!spanish.builtIn);
    QCOMPARE(LanguageManager::direction(QStringLiteral("es")), Qt::LeftToRight);

    // Without the dropped file, no Spanish.
    LanguageManager shipped;
    QVERIFY(!shipped.isAvailable(QStringLiteral("es")));
}

void TestFourthLanguage::welcomeScreenOffersAndSpeaksSpanish()
{
    KioskWindow &w = *m_kiosk->window;
    WelcomeScreen *welcome = w.welcomeScreen();
    QPushButton *spanish = welcome->languageButton(QStringLiteral("es"));
    QVERIFY(spanish);
    QCOMPARE(spanish->text(), QStringLiteral("Español"));
    QVERIFY(click(spanish));
    QCOMPARE(w.tutorLanguage(), QStringLiteral("es"));
    QCOMPARE(w.layoutDirection(), Qt::LeftToRight);
    QCOMPARE(welcome->startButton()->text(), QStringLiteral("Empezar"));
    QVERIFY(!textsContaining(QStringLiteral("Bienvenido")).isEmpty());
    QVERIFY(!textsContaining(QStringLiteral("Idioma de las explicaciones:")).isEmpty());
    // A text the volunteer has not translated yet stays French.
    QVERIFY(!textsContaining(QStringLiteral("Apprendre l'ordinateur")).isEmpty());
    // Spoken, in Spanish, with the Spanish voice asked for.
    QVERIFY(click(welcome->listenButton()));
    QCOMPARE(m_kiosk->narrator.last().language, QStringLiteral("es"));
    QVERIFY2(m_kiosk->narrator.last().text.startsWith(QStringLiteral("¡Hola!")), qPrintable(m_kiosk->narrator.last().text));
    QCOMPARE(QLocale().language(), QLocale::Spanish);

    // And back to a shipped language.
    QVERIFY(click(welcome->languageButton(QStringLiteral("fr"))));
    QCOMPARE(welcome->startButton()->text(), QStringLiteral("Commencer"));
}

void TestFourthLanguage::lessonTextIsSpanishWhereItExists()
{
    const Catalogue catalogue = LessonLoader::loadCatalogue(m_kiosk->lessonsDir());
    const Lesson *lesson = catalogue.findLesson(QStringLiteral("T7-espagnol"));
    QVERIFY(lesson);
    QCOMPARE(lesson->steps.size(), 2);
    QCOMPARE(lesson->steps.at(0).say.text(QStringLiteral("es")), QStringLiteral("Haga clic en Oui."));
    QCOMPARE(lesson->steps.at(0).hint.text(QStringLiteral("es")), QStringLiteral("El botón de la izquierda."));
    QCOMPARE(lesson->steps.at(1).say.text(QStringLiteral("es")), QStringLiteral("Cliquez encore sur Oui."));
    QCOMPARE(lesson->title.text(QStringLiteral("es")), QStringLiteral("Hacer clic"));

    // Through the real player, with the Spanish interface installed.
    KioskWindow &w = *m_kiosk->window;
    QVERIFY(click(w.welcomeScreen()->languageButton(QStringLiteral("es"))));
    QVERIFY(click(w.welcomeScreen()->startButton()));
    QVERIFY(click(w.whoAreYouScreen()->guestButton()));
    QVERIFY(w.openLesson(QStringLiteral("T7-espagnol")));
    PlayerScreen *player = w.playerScreen();
    QVERIFY(player);
    QCOMPARE(player->language(), QStringLiteral("es"));
    QVERIFY(!textsContaining(QStringLiteral("Haga clic en Oui.")).isEmpty());
    QVERIFY(!textsContaining(QStringLiteral("Muéstrame")).isEmpty());
}

void TestFourthLanguage::droppedFileCorrectsAShippedLanguage()
{
    // A volunteer's passerelle_ar.qm with one corrected text: it wins for that text, the built-in
    // Arabic translation still gives the others.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("passerelle_ar.ts"));
    writeFile(ts, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"ar\" sourcelanguage=\"fr\">\n"
                  "<context><name>WelcomeScreen</name><message><source>Bienvenue</source>"
                  "<translation>مرحبا بكم</translation></message></context>\n</TS>\n");
    QProcess lrelease;
    lrelease.start(QStringLiteral(PASSERELLE_LRELEASE), {QStringLiteral("-silent"), ts});
    QVERIFY(lrelease.waitForFinished(30'000));
    QCOMPARE(lrelease.exitCode(), 0);

    KioskWindow &w = *m_kiosk->window;
    w.languageManager()->setFolders({dir.path()});
    QVERIFY(click(w.welcomeScreen()->languageButton(QStringLiteral("ar"))));
    QVERIFY(!textsContaining(QStringLiteral("مرحبا بكم")).isEmpty());
    QCOMPARE(w.welcomeScreen()->startButton()->text(), QStringLiteral("ابدأ"));
    QCOMPARE(w.welcomeScreen()->languageButton(QStringLiteral("ar"))->text(), QStringLiteral("العربية"));
}

QTEST_MAIN(TestFourthLanguage)
#include "tst_fourth_language.moc"
