// Choosing a language on the real welcome screen changes the whole interface at once (Qt's
// LanguageChange → retranslateUi), Arabic turns the tutor layer right to left, and numbers, plural
// forms and dates follow the language whatever the system locale.

#include "../ui/tst_shell_fixture.h"

#include "common/languagemanager.h"
#include "learner/welcomescreen.h"
#include "narration/spokenmessages.h"
#include "player/lessonsummarypanel.h"

#include <QDate>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace ShellFixture;

namespace {

/// The texts a resident sees or hears from a screen: captions, and names and descriptions for
/// screen readers, by widget.
struct Shown
{
    QWidget *widget;
    QString property;
    QString text;
};

QList<Shown> shownTexts(QWidget *screen)
{
    QList<Shown> out;
    QList<QWidget *> widgets = screen->findChildren<QWidget *>();
    widgets.prepend(screen);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(screen) && w != screen)
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            out.append({w, QStringLiteral("text"), l->text()});
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out.append({w, QStringLiteral("text"), b->text()});
        out.append({w, QStringLiteral("accessibleName"), w->accessibleName()});
        out.append({w, QStringLiteral("accessibleDescription"), w->accessibleDescription()});
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const Shown &s) { return s.text.isEmpty(); }), out.end());
    return out;
}

QString currentText(const Shown &s)
{
    if (s.property == QLatin1String("accessibleName"))
        return s.widget->accessibleName();
    if (s.property == QLatin1String("accessibleDescription"))
        return s.widget->accessibleDescription();
    return s.widget->property("text").toString();
}

/// `french` as the shipped translation of `language` has it, in the contexts a learner screen uses.
QString translated(const QTranslator &translator, const QString &french)
{
    const QByteArray source = french.toUtf8();
    for (const char *context : {"WelcomeScreen", "SpokenMessages", "LearnerScreen", "ScreenKit"}) {
        const QString t = translator.translate(context, source.constData());
        if (!t.isEmpty())
            return t;
    }
    return {};
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void welcomeScreenSwitchesTheWholeInterface_data();
    void welcomeScreenSwitchesTheWholeInterface();
    void arabicThenEnglishThenFrench();
    void shippedLanguagesAreListedByTheirOwnNames();
    void pluralFormsFollowTheLanguage_data();
    void pluralFormsFollowTheLanguage();
    void datesAndNumbersFollowTheLanguage_data();
    void datesAndNumbersFollowTheLanguage();

private:
    std::unique_ptr<Kiosk> m_kiosk;
};

void TestLanguageSwitch::init()
{
    // Whatever the machine's locale, the tutor's language decides.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_kiosk = std::make_unique<Kiosk>();
    m_kiosk->start();
}

void TestLanguageSwitch::cleanup()
{
    m_kiosk.reset();
}

void TestLanguageSwitch::welcomeScreenSwitchesTheWholeInterface_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("العربية") << Qt::RightToLeft;
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("English") << Qt::LeftToRight;
}

void TestLanguageSwitch::welcomeScreenSwitchesTheWholeInterface()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(Qt::LayoutDirection, direction);
    KioskWindow &w = *m_kiosk->window;
    WelcomeScreen *welcome = w.welcomeScreen();
    QVERIFY(welcome->isVisible());
    const QList<Shown> french = shownTexts(welcome);
    QVERIFY(french.size() > 8);

    QPushButton *button = welcome->languageButton(code);
    QVERIFY(button);
    QCOMPARE(button->text(), name);
    QVERIFY(click(button));
    QCOMPARE(w.tutorLanguage(), code);
    QCOMPARE(w.languageManager()->language(), code);
    QCOMPARE(w.layoutDirection(), direction);
    QCOMPARE(welcome->layoutDirection(), direction);

    QTranslator shipped;
    QVERIFY(shipped.load(QStringLiteral(":/i18n/passerelle_%1.qm").arg(code)));
    const QStringList names{QStringLiteral("Français"), QStringLiteral("العربية"), QStringLiteral("English")};
    int checked = 0;
    for (const Shown &s : french) {
        if (names.contains(s.text))
            continue; // each language keeps its own name
        const QString expected = translated(shipped, s.text);
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no %1 translation for \"%2\"").arg(code, s.text)));
        QCOMPARE(currentText(s), expected);
        ++checked;
    }
    QVERIFY(checked >= 8);
    // What the speaker button says follows too.
    QVERIFY(click(welcome->listenButton()));
    QCOMPARE(m_kiosk->narrator.last().text, translated(shipped, SpokenMessages::sourceText(SpokenMessages::Welcome)));
}

void TestLanguageSwitch::arabicThenEnglishThenFrench()
{
    KioskWindow &w = *m_kiosk->window;
    WelcomeScreen *welcome = w.welcomeScreen();
    const QString frenchStart = welcome->startButton()->text();
    QCOMPARE(frenchStart, QStringLiteral("Commencer"));

    QVERIFY(click(welcome->languageButton(QStringLiteral("ar"))));
    QCOMPARE(welcome->startButton()->text(), QStringLiteral("ابدأ"));
    QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
    // Qt's own texts follow (its Arabic translation), but never flip the French scenes.
    QTranslator qtArabic;
    QVERIFY(qtArabic.load(QStringLiteral("qtbase_ar"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtArabic.translate("QPlatformTheme", "Cancel"));
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

    // The screens made later, and the ones already made, speak Arabic as well.
    QVERIFY(click(welcome->startButton()));
    QVERIFY(!textsContaining(QStringLiteral("من أنتم؟")).isEmpty());
    QVERIFY(textsContaining(QStringLiteral("Qui êtes-vous")).isEmpty());

    w.endSession(SessionEndReason::Logout);
    QVERIFY(click(w.welcomeScreen()->languageButton(QStringLiteral("en"))));
    QCOMPARE(w.welcomeScreen()->startButton()->text(), QStringLiteral("Start"));
    QCOMPARE(w.layoutDirection(), Qt::LeftToRight);
    QVERIFY(textsContaining(QStringLiteral("من أنتم؟")).isEmpty());
    QVERIFY(!textsContaining(QStringLiteral("Who are you?")).isEmpty());

    QVERIFY(click(w.welcomeScreen()->languageButton(QStringLiteral("fr"))));
    QCOMPARE(w.welcomeScreen()->startButton()->text(), frenchStart);
    QVERIFY(!textsContaining(QStringLiteral("Qui êtes-vous ?")).isEmpty());
}

void TestLanguageSwitch::shippedLanguagesAreListedByTheirOwnNames()
{
    LanguageManager *languages = m_kiosk->window->languageManager();
    QCOMPARE(languages->codes().mid(0, 3), (QStringList{QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")}));
    QCOMPARE(languages->nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(languages->nativeName(QStringLiteral("ar")), QStringLiteral("العربية"));
    QCOMPARE(languages->nativeName(QStringLiteral("en")), QStringLiteral("English"));
    for (const LanguageManager::Language &l : languages->languages()) {
        if (l.code == QLatin1String("fr") || l.code == QLatin1String("ar") || l.code == QLatin1String("en"))
            QVERIFY(l.builtIn);
    }
    QVERIFY(!languages->isAvailable(QStringLiteral("xx")));
    QVERIFY(!languages->setLanguage(QStringLiteral("xx")));
    QCOMPARE(languages->language(), QStringLiteral("fr"));
}

void TestLanguageSwitch::pluralFormsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("lessons"); ///< a %n message: "%1 (%n leçon(s))"
    QTest::addColumn<QString>("minutes"); ///< the summary's last line; Arabic with digits 0-9 (Maghreb)
    QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("Atelier (1 leçon)") << QStringLiteral("Durée : 1 minute");
    QTest::newRow("fr 2") << QStringLiteral("fr") << 2 << QStringLiteral("Atelier (2 leçons)") << QStringLiteral("Durée : 2 minutes");
    QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("Atelier (1 lesson)") << QStringLiteral("Time: 1 minute");
    QTest::newRow("en 7") << QStringLiteral("en") << 7 << QStringLiteral("Atelier (7 lessons)") << QStringLiteral("Time: 7 minutes");
    // Arabic: zero, one, two (dual), 3 to 10, 11 to 99, 100 and more each have their form.
    QTest::newRow("ar 1") << QStringLiteral("ar") << 1 << QStringLiteral("Atelier (درس واحد)")
                          << QStringLiteral("المدة: 1 دقيقة");
    QTest::newRow("ar 2") << QStringLiteral("ar") << 2 << QStringLiteral("Atelier (درسان)")
                          << QStringLiteral("المدة: 2 دقيقة");
    QTest::newRow("ar 5") << QStringLiteral("ar") << 5 << QStringLiteral("Atelier (5 دروس)")
                          << QStringLiteral("المدة: 5 دقائق");
    QTest::newRow("ar 11") << QStringLiteral("ar") << 11 << QStringLiteral("Atelier (11 درسا)")
                           << QStringLiteral("المدة: 11 دقيقة");
    QTest::newRow("ar 103") << QStringLiteral("ar") << 103 << QStringLiteral("Atelier (103 دروس)")
                            << QStringLiteral("المدة: 103 دقائق");
    QTest::newRow("ar 100") << QStringLiteral("ar") << 100 << QStringLiteral("Atelier (100 درس)")
                            << QStringLiteral("المدة: 100 دقيقة");
}

void TestLanguageSwitch::pluralFormsFollowTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(int, count);
    QFETCH(QString, lessons);
    QFETCH(QString, minutes);
    QVERIFY(m_kiosk->window->languageManager()->setLanguage(code));
    QCOMPARE(QCoreApplication::translate("LessonSetsTab", "%1 (%n leçon(s))", nullptr, count).arg(QStringLiteral("Atelier")), lessons);

    // The lesson summary: its lines pick their plural form, and write numbers in the language.
    LessonSummaryPanel panel(m_kiosk->window->theme());
    LessonSummary summary;
    summary.steps = count;
    summary.correctFirstTry = count;
    summary.elapsedMs = qint64(count) * 60'000;
    panel.setSummary(Lesson{}, summary, code);
    const QLabel *stats = panel.findChild<QLabel *>(QStringLiteral("summaryStats"));
    QVERIFY(stats);
    const QStringList lines = stats->text().split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 3);
    QCOMPARE(lines.last(), minutes);
    QVERIFY(lines.first().contains(LanguageManager::locale(code).toString(count)));
}

void TestLanguageSwitch::datesAndNumbersFollowTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("thousand");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("mars") << QStringLiteral("1\u202f234");
    // Arabic the Maghreb's way: digits 0-9 (LanguageManager::locale), as typed in the lessons.
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("مارس") << QStringLiteral("1.234");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("March") << QStringLiteral("1,234");
}

void TestLanguageSwitch::datesAndNumbersFollowTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, month);
    QFETCH(QString, thousand);
    KioskWindow &w = *m_kiosk->window;
    QVERIFY(click(w.welcomeScreen()->languageButton(code)));
    const QLocale locale;
    QCOMPARE(locale.language(), QLocale(code).language());
    QVERIFY2(locale.toString(QDate(2024, 3, 5), QLocale::LongFormat).contains(month),
             qPrintable(locale.toString(QDate(2024, 3, 5), QLocale::LongFormat)));
    const QString number = locale.toString(1234);
    // French groups thousands with a narrow or a plain no-break space, depending on Qt's data.
    QVERIFY2(number == thousand || (code == QLatin1String("fr") && number == QStringLiteral("1\u00a0234")), qPrintable(number));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
