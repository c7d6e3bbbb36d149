#pragma once

// A kiosk on a temporary data folder with a small catalogue written by the test (two valid
// lessons and a broken one), a ManualClock for time, and a SilentNarrator that remembers what
// was said. restart() makes a new store connection and window on the same folder, as a reboot.

#include "common/clock.h"
#include "common/theme.h"
#include "lessons/catalogue.h"
#include "media/narrator.h"
#include "session/terminalsession.h"
#include "shell/kioskwindow.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/lessonsetrepository.h"
#include "store/staffrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ShellFixture {

inline const QString BrokenLessonTitle = QStringLiteral("Leçon cassée");

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

/// T1-cliquer (module A, 3 steps: oui, non, oui), T2-encore (module B, 1 step), T3-formulaire
/// (module B, a browser form: type a name, then send), and T9-casse, refused by the loader.
inline void writeCatalogue(const QString &root)
{
    writeFile(root + QStringLiteral("/modules.json"), R"({"format": 1, "modules": [
 {"id": "A", "order": 1, "title": {"fr": "Prendre en main", "ar": "البدء في الاستخدام", "en": "Getting started"},
  "description": {"fr": "La souris et le clavier.", "ar": "الفأرة ولوحة المفاتيح."}},
 {"id": "B", "order": 2, "title": {"fr": "Fenêtres et fichiers", "ar": "النوافذ والملفات", "en": "Windows and files"},
  "description": {"fr": "Ranger ses fichiers.", "ar": "ترتيب ملفاتك."}}
]})");
    writeFile(root + QStringLiteral("/a/t1/lesson.json"), R"({"format": 1, "id": "T1-cliquer", "version": 1, "module": "A",
 "title": {"fr": "Cliquer sur Oui", "ar": "النقر على نعم", "en": "Click yes"},
 "goal": {"fr": "Vous savez cliquer.", "ar": "تعرفون النقر.", "en": "You can click."},
 "minutes": 3,
 "scenes": [{"id": "s", "kind": "practice", "title": "Exercice", "elements": [
   {"id": "oui", "kind": "target", "label": "Oui", "size": "large", "x": 30, "y": 50},
   {"id": "non", "kind": "target", "label": "Non", "size": "large", "x": 70, "y": 50}]}],
 "steps": [
  {"id": "un", "scene": "s", "say": {"fr": "Cliquez sur Oui.", "ar": "انقروا على نعم."}, "hint": {"fr": "Le bouton de gauche."},
   "success": {"fr": "Bravo !"}, "expect": {"action": "click", "target": "oui"}},
  {"id": "deux", "scene": "s", "say": {"fr": "Cliquez sur Non.", "ar": "انقروا على لا."}, "hint": {"fr": "Le bouton de droite."},
   "success": {"fr": "Bien !"}, "expect": {"action": "click", "target": "non"}},
  {"id": "trois", "scene": "s", "say": {"fr": "Cliquez encore sur Oui.", "ar": "انقروا مرة أخرى على نعم."}, "hint": {"fr": "À gauche."},
   "success": {"fr": "Parfait !"}, "expect": {"action": "click", "target": "oui"}}
 ]})");
    writeFile(root + QStringLiteral("/b/t2/lesson.json"), R"({"format": 1, "id": "T2-encore", "version": 1, "module": "B",
 "title": {"fr": "Cliquer encore", "ar": "النقر مرة أخرى", "en": "Click again"},
 "goal": {"fr": "Vous cliquez sans hésiter."},
 "minutes": 2,
 "scenes": [{"id": "s", "kind": "practice", "title": "Exercice", "elements": [
   {"id": "ici", "kind": "target", "label": "Ici", "size": "large", "x": 50, "y": 50}]}],
 "steps": [
  {"id": "un", "scene": "s", "say": {"fr": "Cliquez ici."}, "hint": {"fr": "Au milieu."}, "success": {"fr": "Bravo !"},
   "expect": {"action": "click", "target": "ici"}}
 ]})");
    writeFile(root + QStringLiteral("/b/t3/lesson.json"), R"({"format": 1, "id": "T3-formulaire", "version": 1, "module": "B",
 "title": {"fr": "Remplir une case", "ar": "ملء خانة", "en": "Fill in a box"},
 "goal": {"fr": "Vous savez écrire dans une case."},
 "minutes": 4,
 "scenes": [{"id": "page", "kind": "browser", "title": "Mairie", "address": "https://mairie.exemple/contact", "secure": true,
   "elements": [{"id": "titre", "kind": "heading", "label": "Contact"},
     {"id": "formulaire", "kind": "form", "children": [
       {"id": "nom", "kind": "text-field", "label": "Nom *", "value": "", "validation": {"required": true, "message": "Veuillez indiquer votre nom."}},
       {"id": "envoyer", "kind": "button", "label": "Envoyer"}]}]}],
 "steps": [
  {"id": "nom", "scene": "page", "say": {"fr": "Tapez Benali dans la case Nom, puis Entrée."}, "hint": {"fr": "La première case."},
   "success": {"fr": "Bravo !"}, "expect": {"action": "type", "target": "nom", "value": "Benali", "match": "loose"}},
  {"id": "envoyer", "scene": "page", "say": {"fr": "Cliquez sur Envoyer."}, "hint": {"fr": "Le bouton en bas."},
   "success": {"fr": "C'est envoyé !"}, "expect": {"action": "click", "target": "envoyer"}}
 ]})");
    writeFile(root + QStringLiteral("/a/t9/lesson.json"), R"({"format": 1, "id": "T9-casse", "version": 1, "module": "A",
 "title": {"fr": "Leçon cassée"}, "goal": {"fr": "Rien."}, "minutes": 1,
 "scenes": [{"id": "s", "kind": "practice", "title": "Exercice", "elements": []}],
 "steps": [{"id": "un", "scene": "s", "say": {"fr": "Cliquez."}, "expect": {"action": "fly", "target": "nulle-part"}}]})");
}

/// Clicks the middle of a visible, enabled widget as a person would. False when it cannot be clicked.
inline bool click(QWidget *widget)
{
    if (!widget || !widget->isVisible() || !widget->isEnabled())
        return false;
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
    QCoreApplication::processEvents();
    return true;
}

/// Every text a person or a screen reader could get from the widgets of the application.
inline QStringList visibleTexts()
{
    QStringList texts;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        texts << w->accessibleName() << w->accessibleDescription() << w->toolTip() << w->windowTitle();
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->text() << e->placeholderText();
        if (auto *t = qobject_cast<QTextEdit *>(w))
            texts << t->toPlainText();
        if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            texts << t->toPlainText();
        if (auto *c = qobject_cast<QComboBox *>(w))
            texts << c->currentText();
    }
    texts.removeAll(QString());
    return texts;
}

/// The texts of `visibleTexts()` containing `needle` (case-insensitive).
inline QStringList textsContaining(const QString &needle)
{
    QStringList found;
    const QStringList texts = visibleTexts();
    for (const QString &text : texts) {
        if (text.contains(needle, Qt::CaseInsensitive))
            found << text;
    }
    return found;
}

class Kiosk
{
public:
    Kiosk()
    {
        if (!m_dir.isValid())
            qFatal("no temporary folder");
        writeCatalogue(lessonsDir());
    }
    ~Kiosk() { stop(); }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString lessonsDir() const { return m_dir.filePath(QStringLiteral("lessons")); }

    /// Opens the store and shows a window on it (windowed by default, 1280×800).
    void start(KioskWindow::Mode mode = KioskWindow::Mode::Windowed, KioskSettings settings = {})
    {
        settings = settings.clamped();
        Theme(Theme::textSizeFromName(settings.textSize), settings.highContrast).applyTo(*qApp);
        db = std::make_unique<Database>(dataDir(), clock);
        if (!db->open())
            qFatal("database did not open");
        learners = std::make_unique<LearnerRepository>(*db, hasher, clock, random);
        session = std::make_unique<TerminalSession>(*db, *learners);
        window = std::make_unique<KioskWindow>(session.get(), clock, narrator, settings, mode);
        window->setCatalogue(LessonLoader::loadCatalogue(lessonsDir()));
        window->showForMode();
        if (mode == KioskWindow::Mode::Windowed)
            window->resize(1280, 800);
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
    }

    /// As if the terminal restarted: everything in memory is gone, the folder stays.
    void restart(KioskWindow::Mode mode = KioskWindow::Mode::Windowed)
    {
        stop();
        start(mode);
    }

    void stop()
    {
        if (window)
            window->setQuitAllowed(true);
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        session.reset();
        learners.reset();
        db.reset();
    }

    /// A learner with a picture password (pictures 3, 7, 11: tree, key, bird).
    Learner createLearner(const QString &name, const QList<int> &pictures = {3, 7, 11},
                          const QString &language = QStringLiteral("fr"))
    {
        LearnerProfile profile;
        profile.displayName = name;
        profile.language = language;
        const auto learner = learners->create(profile, Secret::pictures(pictures));
        if (!learner)
            qFatal("learner not created");
        return *learner;
    }

    Learner createPinLearner(const QString &name, const QString &pin)
    {
        LearnerProfile profile;
        profile.displayName = name;
        const auto learner = learners->create(profile, Secret::pin(pin));
        if (!learner)
            qFatal("learner not created");
        return *learner;
    }

    /// Welcome -> "J'ai ma carte" -> the code on the keypad -> "Valider". True on the secret screen.
    bool enterCard(const QString &code);
    /// enterCard() then the three pictures. True on the home screen.
    bool signInWithPictures(const Learner &learner, const QList<int> &pictures = {3, 7, 11});

    /// Assigns a lesson set (made by a mediator) to a learner.
    void assign(const QString &learnerId, const QStringList &lessonIds, const QString &name = QStringLiteral("Mon atelier"))
    {
        StaffRepository staff(*db, hasher, clock);
        QString mediatorId;
        if (!staff.hasAnyAccount())
            mediatorId = staff.createFirstAccount(QStringLiteral("Claire"), Secret::pin(QStringLiteral("2468")))->id;
        else
            mediatorId = staff.list().first().id;
        LessonSetRepository sets(*db);
        const auto set = sets.create(name, lessonIds, mediatorId);
        if (!set || !sets.assignToLearner(set->id, learnerId, mediatorId))
            qFatal("set not assigned");
    }

    QTemporaryDir m_dir;
    ManualClock clock;
    SecretHasher hasher{SecretHasher::minimalCost()};
    QRandomGenerator random{2026};
    SilentNarrator narrator;
    std::unique_ptr<Database> db;
    std::unique_ptr<LearnerRepository> learners;
    std::unique_ptr<TerminalSession> session;
    std::unique_ptr<KioskWindow> window;
};

} // namespace ShellFixture

#include "learner/cardcodescreen.h"
#include "learner/secretscreen.h"
#include "learner/welcomescreen.h"
#include "learner/whoareyouscreen.h"

namespace ShellFixture {

inline bool Kiosk::enterCard(const QString &code)
{
    KioskWindow &w = *window;
    if (w.currentScreen() == KioskWindow::Screen::Welcome && !click(w.welcomeScreen()->startButton()))
        return false;
    if (!click(w.whoAreYouScreen()->cardButton()))
        return false;
    for (const QChar c : code) {
        if (!click(w.cardCodeScreen()->keyButton(c)))
            return false;
    }
    if (!click(w.cardCodeScreen()->validateButton()))
        return false;
    return w.currentScreen() == KioskWindow::Screen::Secret;
}

inline bool Kiosk::signInWithPictures(const Learner &learner, const QList<int> &pictures)
{
    if (!enterCard(learner.cardCode))
        return false;
    for (const int index : pictures) {
        if (!click(window->secretScreen()->pictureButton(index)))
            return false;
    }
    return window->currentScreen() == KioskWindow::Screen::Home;
}

} // namespace ShellFixture
