// The lesson player driven like a learner would: real clicks and keys on the real widgets,
// offscreen. The scene is a small test renderer made of plain Qt widgets, so these tests
// check the player (feedback, hints, "Montre-moi", skip, summary, quit, language) whatever
// the app's renderers do; tst_demonstration plays the shipped lessons on the real renderers.

#include "common/clock.h"
#include "common/theme.h"
#include "media/narrator.h"
#include "player/gestureplayer.h"
#include "player/ghostpointer.h"
#include "player/playerscreen.h"
#include "scenes/sceneview.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

namespace {

LocalizedText tutor(const QString &fr, const QString &ar, const QString &en)
{
    return LocalizedText({{QStringLiteral("fr"), fr}, {QStringLiteral("ar"), ar}, {QStringLiteral("en"), en}});
}

Element element(const QString &id, ElementKind kind, const QString &label = {})
{
    Element e;
    e.id = id;
    e.kind = kind;
    e.label = label;
    return e;
}

Step step(const QString &id, const QString &scene, ActionKind action, const QString &target)
{
    Step s;
    s.id = id;
    s.scene = scene;
    s.say = tutor(QStringLiteral("Consigne ") + id, QStringLiteral("تعليمات ") + id, QStringLiteral("Instruction ") + id);
    s.hint = tutor(QStringLiteral("Indice ") + id, QStringLiteral("تلميح ") + id, QStringLiteral("Hint ") + id);
    s.success = tutor(QStringLiteral("Bravo ") + id, QStringLiteral("أحسنت ") + id, QStringLiteral("Well done ") + id);
    s.expect.action = action;
    s.expect.target = target;
    return s;
}

/// Scene "page": a button, a trap link, another button and a form (13-digit number, a required
/// box, a send button). Scene "fin": one button. Steps: click, type, check, submit, listen, click.
Lesson sampleLesson()
{
    Lesson lesson;
    lesson.id = QStringLiteral("T1-player");
    lesson.module = QStringLiteral("A");
    lesson.title = tutor(QStringLiteral("Essai du lecteur"), QStringLiteral("تجربة"), QStringLiteral("Player test"));
    lesson.goal = tutor(QStringLiteral("Vous savez remplir un formulaire."), QStringLiteral("تعرفون ملء استمارة."),
                        QStringLiteral("You can fill in a form."));
    lesson.directory = QStringLiteral("/lessons/t1");

    Scene page;
    page.id = QStringLiteral("page");
    page.kind = SceneKind::Browser;
    page.elements << element(QStringLiteral("ok"), ElementKind::Button, QStringLiteral("Continuer"))
                  << element(QStringLiteral("pub"), ElementKind::Link, QStringLiteral("Gagnez un téléphone"))
                  << element(QStringLiteral("autre"), ElementKind::Button, QStringLiteral("Annuler"));
    Element form = element(QStringLiteral("form"), ElementKind::Form);
    Element nir = element(QStringLiteral("nir"), ElementKind::TextField, QStringLiteral("Numéro"));
    nir.validation.required = true;
    nir.validation.pattern = QStringLiteral("[0-9]{13}");
    nir.validation.message = QStringLiteral("Saisissez les 13 premiers chiffres.");
    nir.validation.requiredMessage = QStringLiteral("Ce champ est obligatoire.");
    Element cgu = element(QStringLiteral("cgu"), ElementKind::Checkbox, QStringLiteral("J'accepte"));
    cgu.validation.required = true;
    cgu.validation.message = QStringLiteral("Vous devez accepter les conditions.");
    form.children << nir << cgu << element(QStringLiteral("envoyer"), ElementKind::Button, QStringLiteral("Envoyer"));
    page.elements << form;

    Scene end;
    end.id = QStringLiteral("fin");
    end.kind = SceneKind::Practice;
    end.elements << element(QStringLiteral("terminer"), ElementKind::Button, QStringLiteral("Terminer"));
    lesson.scenes << page << end;

    Step click = step(QStringLiteral("s-click"), QStringLiteral("page"), ActionKind::Click, QStringLiteral("ok"));
    WrongRule trap;
    trap.when.action = ActionKind::Click;
    trap.when.target = QStringLiteral("pub");
    trap.message = tutor(QStringLiteral("Ce lien est une publicité : on ne clique pas."), QStringLiteral("هذا إعلان."),
                         QStringLiteral("This link is an advert."));
    click.wrong << trap;

    Step type = step(QStringLiteral("s-type"), QStringLiteral("page"), ActionKind::Type, QStringLiteral("nir"));
    type.expect.value = QStringLiteral("[0-9]{13}");
    type.expect.example = QStringLiteral("1234567890123");
    type.expect.match = TextMatch::Regex;
    type.expect.hasValue = true;

    Step check = step(QStringLiteral("s-check"), QStringLiteral("page"), ActionKind::Check, QStringLiteral("cgu"));
    Step submit = step(QStringLiteral("s-submit"), QStringLiteral("page"), ActionKind::Submit, QStringLiteral("form"));
    Step listen = step(QStringLiteral("s-listen"), QStringLiteral("fin"), ActionKind::Listen, {});
    Step last = step(QStringLiteral("s-end"), QStringLiteral("fin"), ActionKind::Click, QStringLiteral("terminer"));
    last.success = LocalizedText(); // the player's kind default is used
    lesson.steps << click << type << check << submit << listen << last;
    return lesson;
}

/// A small renderer made of plain widgets: reports actions by element id like the real ones.
class TestSceneView : public SceneView
{
    Q_OBJECT

public:
    using SceneView::SceneView;

    int applied = 0;
    int reverts = 0;
    bool noGestures = false; ///< a renderer that cannot show the step
    QHash<QString, QString> shownErrors;

    void setScene(const Scene &scene, const Lesson &) override
    {
        m_scene = scene;
        auto *layout = new QVBoxLayout(this);
        for (const Element &e : scene.elements)
            addElement(e, layout, {});
        layout->addStretch(1);
    }

    QWidget *elementWidget(const QString &id) const override { return m_widgets.value(id); }

    QList<Gesture> gesturesFor(const ActionMatcher &expect) const override
    {
        if (noGestures)
            return {};
        Gesture g;
        g.widget = m_widgets.value(expect.target);
        switch (expect.action) {
        case ActionKind::Type: {
            g.kind = Gesture::Kind::Type;
            g.text = expect.match == TextMatch::Regex ? expect.example : expect.value;
            Gesture enter;
            enter.kind = Gesture::Kind::Key;
            enter.widget = g.widget;
            enter.key = Qt::Key_Return;
            return {g, enter};
        }
        case ActionKind::Submit:
            g.widget = m_widgets.value(m_submitOf.value(expect.target));
            return {g};
        default:
            return {g};
        }
    }

    void applyExpected(const ActionMatcher &expect) override
    {
        ++applied;
        if (auto *edit = qobject_cast<QLineEdit *>(m_widgets.value(expect.target))) {
            const QSignalBlocker block(edit);
            edit->setText(expect.match == TextMatch::Regex ? expect.example : expect.value);
        } else if (auto *box = qobject_cast<QCheckBox *>(m_widgets.value(expect.target))) {
            const QSignalBlocker block(box);
            box->setChecked(expect.value != QLatin1String("false"));
        }
    }

    void showFieldErrors(const QHash<QString, QString> &errors) override
    {
        shownErrors = errors;
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
            it.value()->setText(errors.value(it.key()));
            it.value()->setVisible(errors.contains(it.key()));
        }
    }

    void revertLastAction() override { ++reverts; }

    QLabel *errorLabel(const QString &fieldId) const { return m_errors.value(fieldId); }

private:
    void addElement(const Element &e, QVBoxLayout *layout, const QString &formId)
    {
        QWidget *w = nullptr;
        switch (e.kind) {
        case ElementKind::Form:
            for (const Element &child : e.children)
                addElement(child, layout, e.id);
            return;
        case ElementKind::TextField: {
            auto *edit = new QLineEdit(this);
            connect(edit, &QLineEdit::textEdited, this, [this, id = e.id](const QString &text) {
                UserAction a = UserAction::of(ActionKind::Type, id, text);
                a.committed = false;
                emit actionPerformed(a);
            });
            connect(edit, &QLineEdit::returnPressed, this, [this, edit, id = e.id] {
                emit actionPerformed(UserAction::of(ActionKind::Type, id, edit->text()));
            });
            w = edit;
            break;
        }
        case ElementKind::Checkbox: {
            auto *box = new QCheckBox(e.label, this);
            connect(box, &QCheckBox::clicked, this, [this, id = e.id](bool on) {
                emit actionPerformed(UserAction::of(ActionKind::Check, id, on ? QStringLiteral("true") : QStringLiteral("false")));
            });
            w = box;
            break;
        }
        default: {
            auto *button = new QPushButton(e.label, this);
            if (!formId.isEmpty()) {
                m_submitOf.insert(formId, e.id);
                connect(button, &QPushButton::clicked, this, [this, formId] {
                    UserAction a = UserAction::of(ActionKind::Submit, formId);
                    a.fields = formValues(formId);
                    emit actionPerformed(a);
                });
            } else {
                connect(button, &QPushButton::clicked, this, [this, id = e.id] { emit actionPerformed(UserAction::click(id)); });
            }
            w = button;
            break;
        }
        }
        w->setObjectName(e.id);
        layout->addWidget(w);
        m_widgets.insert(e.id, w);
        if (!formId.isEmpty())
            m_fieldsOf[formId] << e.id;
        if (e.kind == ElementKind::TextField || e.kind == ElementKind::Checkbox) {
            auto *error = new QLabel(this);
            error->setObjectName(QStringLiteral("error-") + e.id);
            error->setStyleSheet(QStringLiteral("color: #c00000;"));
            error->hide();
            layout->addWidget(error);
            m_errors.insert(e.id, error);
        }
    }

    QHash<QString, QString> formValues(const QString &formId) const
    {
        QHash<QString, QString> values;
        for (const QString &id : m_fieldsOf.value(formId)) {
            if (auto *edit = qobject_cast<QLineEdit *>(m_widgets.value(id)))
                values.insert(id, edit->text());
            else if (auto *box = qobject_cast<QCheckBox *>(m_widgets.value(id)))
                values.insert(id, box->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
        }
        return values;
    }

    Scene m_scene;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QString> m_submitOf;
    QHash<QString, QStringList> m_fieldsOf;
};

/// The text box of a field as a renderer draws it (the field itself or inside its block).
QLineEdit *lineEditOf(QWidget *field)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        return edit;
    return field ? field->findChild<QLineEdit *>() : nullptr;
}

/// A player on the sample lesson, shown offscreen, with a clock and a narrator the test reads.
struct Player
{
    explicit Player(const QString &language = QStringLiteral("fr"), QSize size = QSize(1280, 800),
                    Theme theme = Theme())
    {
        screen = std::make_unique<PlayerScreen>(
                sampleLesson(), language, clock, narrator, theme,
                [](SceneKind, QWidget *parent) -> SceneView * { return new TestSceneView(parent); });
        screen->setGestureSpeed(GesturePlayer::FastSpeed);
        screen->resize(size);
        screen->show();
    }

    TestSceneView *view() const { return qobject_cast<TestSceneView *>(screen->currentView()); }
    QWidget *element(const QString &id) const { return view() ? view()->elementWidget(id) : nullptr; }
    QPushButton *button(const QString &name) const { return screen->findChild<QPushButton *>(name); }
    QLabel *label(const QString &name) const { return screen->findChild<QLabel *>(name); }
    QWidget *widget(const QString &name) const { return screen->findChild<QWidget *>(name); }
    int step() const { return screen->run().currentIndex(); }
    QString feedback() const { return label(QStringLiteral("feedbackText"))->text(); }
    bool feedbackShown() const { return label(QStringLiteral("feedbackText"))->isVisible(); }
    QString hint() const { return label(QStringLiteral("hintText"))->text(); }
    bool hintShown() const { return label(QStringLiteral("hintText"))->isVisible(); }
    void click(const QString &elementId) const { QTest::mouseClick(element(elementId), Qt::LeftButton); }
    void press(const QString &buttonName) const { QTest::mouseClick(button(buttonName), Qt::LeftButton); }

    ManualClock clock;
    SilentNarrator narrator;
    std::unique_ptr<PlayerScreen> screen;
};

} // namespace

class TestPlayer : public QObject
{
    Q_OBJECT

private slots:
    void instructionShownAndSpokenAtStart()
    {
        Player p;
        p.screen->start();
        QCOMPARE(p.label(QStringLiteral("instructionText"))->text(), QStringLiteral("Consigne s-click"));
        QCOMPARE(p.narrator.count(), 1);
        const NarrationRequest said = p.narrator.last();
        QCOMPARE(said.text, QStringLiteral("Consigne s-click"));
        QCOMPARE(said.language, QStringLiteral("fr"));
        QCOMPARE(said.part, QStringLiteral("say"));
        QCOMPARE(said.stepId, QStringLiteral("s-click"));
        QCOMPARE(said.lessonDir, QStringLiteral("/lessons/t1"));
        QVERIFY(!p.feedbackShown());
        QVERIFY(!p.hintShown());
        QVERIFY(!p.button(QStringLiteral("continueButton"))->isVisible());
        QVERIFY(p.label(QStringLiteral("stepLabel"))->text().contains(QStringLiteral("1")));
        QVERIFY(p.label(QStringLiteral("stepLabel"))->text().contains(QStringLiteral("6")));
    }

    void narrationInTheTutorLanguage()
    {
        Player p(QStringLiteral("en"));
        p.screen->start();
        QCOMPARE(p.label(QStringLiteral("instructionText"))->text(), QStringLiteral("Instruction s-click"));
        QCOMPARE(p.narrator.last().language, QStringLiteral("en"));
        QCOMPARE(p.narrator.last().text, QStringLiteral("Instruction s-click"));

        // "Écouter" says it again; without auto-play the next step is only shown.
        p.press(QStringLiteral("listenButton"));
        QCOMPARE(p.narrator.count(), 2);
        QCOMPARE(p.narrator.last().part, QStringLiteral("say"));
        p.screen->setAutoPlay(false);
        p.click(QStringLiteral("ok"));
        QCOMPARE(p.step(), 1);
        QCOMPARE(p.label(QStringLiteral("instructionText"))->text(), QStringLiteral("Instruction s-type"));
        QCOMPARE(p.narrator.count(), 2);
        p.press(QStringLiteral("listenButton"));
        QCOMPARE(p.narrator.count(), 3);
        QCOMPARE(p.narrator.last().stepId, QStringLiteral("s-type"));
    }

    void rightClickGivesWarmFeedbackAndNextStep()
    {
        Player p;
        p.screen->start();
        QSignalSpy judged(p.screen.get(), &PlayerScreen::actionJudged);
        p.click(QStringLiteral("ok"));
        QCOMPARE(judged.count(), 1);
        QCOMPARE(p.step(), 1);
        QVERIFY(p.feedbackShown());
        QCOMPARE(p.feedback(), QStringLiteral("Bravo s-click"));
        QCOMPARE(p.label(QStringLiteral("feedbackText"))->property("feedback").toString(), QStringLiteral("correct"));
        QCOMPARE(p.narrator.lastEffect(), Narrator::Effect::Correct);
        QCOMPARE(p.narrator.last().text, QStringLiteral("Consigne s-type")); // the next instruction, spoken
        auto *dots = p.widget(QStringLiteral("stepDots"));
        QVERIFY(dots->accessibleName().contains(QStringLiteral("2")));
    }

    void wrongRuleMessageIsShownAndSpoken()
    {
        Player p;
        p.screen->start();
        p.click(QStringLiteral("pub"));
        QCOMPARE(p.step(), 0);
        QCOMPARE(p.feedback(), QStringLiteral("Ce lien est une publicité : on ne clique pas."));
        QCOMPARE(p.label(QStringLiteral("feedbackText"))->property("feedback").toString(), QStringLiteral("wrong"));
        QCOMPARE(p.narrator.lastEffect(), Narrator::Effect::Wrong);
        QCOMPARE(p.narrator.last().text, p.feedback());
        QCOMPARE(p.narrator.last().part, QStringLiteral("wrong"));
        QCOMPARE(p.view()->reverts, 1); // a wrong click may have changed the scene: the renderer undoes it
    }

    void wrongRuleMessageInArabic()
    {
        Player p(QStringLiteral("ar"));
        p.screen->start();
        p.click(QStringLiteral("pub"));
        QCOMPARE(p.feedback(), QStringLiteral("هذا إعلان."));
        QCOMPARE(p.narrator.last().language, QStringLiteral("ar"));
    }

    void genericKindMessageForOtherMistakes()
    {
        Player p;
        p.screen->start();
        p.click(QStringLiteral("autre"));
        QCOMPARE(p.step(), 0);
        QCOMPARE(p.feedback(), QStringLiteral("Pas tout à fait. Essayez encore."));
        QCOMPARE(p.narrator.lastEffect(), Narrator::Effect::Wrong);
        QVERIFY(!p.hintShown());

        // A click on nothing in particular is not a mistake.
        const int effects = p.narrator.effectCount();
        emit p.view()->actionPerformed(UserAction::click(QString()));
        QCOMPARE(p.narrator.effectCount(), effects);
        QCOMPARE(p.step(), 0);
    }

    void typingIsJudgedWhenCommitted()
    {
        Player p;
        p.screen->start(1);
        auto *nir = qobject_cast<QLineEdit *>(p.element(QStringLiteral("nir")));
        QVERIFY(nir);
        QTest::mouseClick(nir, Qt::LeftButton);
        QTest::keyClicks(nir, QStringLiteral("12345"));
        QCOMPARE(p.step(), 1);
        QVERIFY(!p.feedbackShown()); // still typing: no judgement yet
        QTest::keyClick(nir, Qt::Key_Return);
        QCOMPARE(p.step(), 1);
        QCOMPARE(p.feedback(), QStringLiteral("Pas tout à fait. Essayez encore."));
        QCOMPARE(nir->text(), QStringLiteral("12345")); // typed text stays, to be corrected
        QCOMPARE(p.view()->reverts, 0);
        QTest::keyClicks(nir, QStringLiteral("67890123"));
        QTest::keyClick(nir, Qt::Key_Return);
        QCOMPARE(p.step(), 2);
        QCOMPARE(p.feedback(), QStringLiteral("Bravo s-type"));
    }

    void submitShowsTheRedErrorsOfTheSite()
    {
        Player p;
        p.screen->start(3);
        p.click(QStringLiteral("envoyer"));
        QCOMPARE(p.step(), 3);
        QVERIFY(p.feedback().contains(QStringLiteral("rouge")));
        QLabel *nirError = p.view()->errorLabel(QStringLiteral("nir"));
        QLabel *cguError = p.view()->errorLabel(QStringLiteral("cgu"));
        QVERIFY(nirError->isVisible());
        QCOMPARE(nirError->text(), QStringLiteral("Ce champ est obligatoire."));
        QVERIFY(cguError->isVisible());
        QCOMPARE(cguError->text(), QStringLiteral("Vous devez accepter les conditions."));

        // Fixed one by one: the errors follow the form; accepted, they go.
        QTest::keyClicks(p.element(QStringLiteral("nir")), QStringLiteral("123"));
        p.click(QStringLiteral("envoyer"));
        QCOMPARE(nirError->text(), QStringLiteral("Saisissez les 13 premiers chiffres."));
        QTest::keyClicks(p.element(QStringLiteral("nir")), QStringLiteral("4567890123"));
        QTest::mouseClick(p.element(QStringLiteral("cgu")), Qt::LeftButton, {}, QPoint(8, 8));
        // checking the box is not this step's action: a mistake, and the renderer is told to undo it
        QCOMPARE(p.view()->reverts, 1);
        qobject_cast<QCheckBox *>(p.element(QStringLiteral("cgu")))->setChecked(true);
        p.click(QStringLiteral("envoyer"));
        QCOMPARE(p.step(), 4);
        QVERIFY(!nirError->isVisible());
        QVERIFY(!cguError->isVisible());
    }

    void hintPopsUpAfterTwoMistakes()
    {
        Player p;
        p.screen->start();
        p.click(QStringLiteral("autre"));
        QVERIFY(!p.hintShown());
        p.click(QStringLiteral("autre"));
        QVERIFY(p.hintShown());
        QCOMPARE(p.hint(), QStringLiteral("Indice s-click"));
        QCOMPARE(p.narrator.last().part, QStringLiteral("hint"));
        QCOMPARE(p.narrator.last().text, QStringLiteral("Indice s-click"));
        QCOMPARE(p.screen->run().currentStats().hints, 1);
        QVERIFY(!p.button(QStringLiteral("showMeButton"))->property("primary").toBool());

        // The hint goes with its step.
        p.click(QStringLiteral("ok"));
        QVERIFY(!p.hintShown());
    }

    void hintButtonAlwaysAvailable()
    {
        Player p;
        p.screen->start();
        QVERIFY(p.button(QStringLiteral("hintButton"))->isEnabled());
        p.press(QStringLiteral("hintButton"));
        QVERIFY(p.hintShown());
        QCOMPARE(p.hint(), QStringLiteral("Indice s-click"));
        p.press(QStringLiteral("hintButton")); // asking again replays it but counts once
        QCOMPARE(p.screen->run().currentStats().hints, 1);
        QCOMPARE(p.narrator.last().part, QStringLiteral("hint"));
    }

    void showMeAfterThreeMistakesPlaysTheGhost()
    {
        Player p;
        p.screen->start();
        for (int i = 0; i < 3; ++i)
            p.click(QStringLiteral("autre"));
        QPushButton *showMe = p.button(QStringLiteral("showMeButton"));
        QVERIFY(showMe->property("primary").toBool());
        QVERIFY(p.feedback().contains(QStringLiteral("Montre-moi")));

        QSignalSpy judged(p.screen.get(), &PlayerScreen::actionJudged);
        QTest::mouseClick(showMe, Qt::LeftButton);
        QVERIFY(p.screen->run().currentStats().shown);
        auto *ghost = p.screen->findChild<GhostPointer *>();
        QVERIFY(ghost && ghost->isVisible());
        QVERIFY(!p.button(QStringLiteral("skipButton"))->isEnabled()); // hands off while it shows
        QTRY_COMPARE(p.step(), 1);
        // The engine saw the real click on the expected button.
        QCOMPARE(judged.count(), 1);
        QCOMPARE(judged.at(0).at(0).value<UserAction>().target, QStringLiteral("ok"));
        QCOMPARE(p.feedback(), QStringLiteral("Bravo s-click"));
        QVERIFY(p.button(QStringLiteral("skipButton"))->isEnabled());
        QVERIFY(!showMe->property("primary").toBool());
    }

    void showMeTypesTheExampleAndPressesEnter()
    {
        Player p;
        p.screen->start(1);
        p.press(QStringLiteral("showMeButton"));
        QTRY_COMPARE(p.step(), 2);
        QCOMPARE(qobject_cast<QLineEdit *>(p.element(QStringLiteral("nir")))->text(), QStringLiteral("1234567890123"));
    }

    void showMeNeverLeavesTheLearnerStuck()
    {
        // A scene that cannot show the step: "Montre-moi" still gets the learner past it.
        Player p;
        p.screen->start(1);
        p.view()->noGestures = true;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("show me.*s-type")));
        p.press(QStringLiteral("showMeButton"));
        QCOMPARE(p.step(), 2);
        QCOMPARE(p.view()->applied, 1);
        QCOMPARE(qobject_cast<QLineEdit *>(p.element(QStringLiteral("nir")))->text(), QStringLiteral("1234567890123"));
    }

    void skipPutsTheSceneInTheExpectedState()
    {
        Player p;
        p.screen->start(1);
        p.press(QStringLiteral("skipButton"));
        QCOMPARE(p.step(), 2);
        QCOMPARE(p.view()->applied, 1);
        QCOMPARE(qobject_cast<QLineEdit *>(p.element(QStringLiteral("nir")))->text(), QStringLiteral("1234567890123"));
        QVERIFY(p.feedbackShown());
        p.press(QStringLiteral("skipButton"));
        QVERIFY(qobject_cast<QCheckBox *>(p.element(QStringLiteral("cgu")))->isChecked());
        // The skipped steps leave a form that the site accepts.
        p.click(QStringLiteral("envoyer"));
        QCOMPARE(p.step(), 4);
        QCOMPARE(p.screen->run().summary().skipped, 2);
    }

    void listenStepHasContinue()
    {
        Player p;
        p.screen->start(4);
        QPushButton *next = p.button(QStringLiteral("continueButton"));
        QVERIFY(next->isVisible());
        QCOMPARE(p.screen->focusWidget(), next);
        QCOMPARE(p.view()->objectName(), QStringLiteral("scene:fin"));
        QTest::keyClick(next, Qt::Key_Space); // by keyboard too
        QCOMPARE(p.step(), 5);
        QVERIFY(!next->isVisible());
    }

    void scenesKeepTheirState()
    {
        Player p;
        p.screen->start(1);
        auto *nir = qobject_cast<QLineEdit *>(p.element(QStringLiteral("nir")));
        QTest::keyClicks(nir, QStringLiteral("1234567890123"));
        QTest::keyClick(nir, Qt::Key_Return);
        QCOMPARE(p.step(), 2);
        QCOMPARE(qobject_cast<QLineEdit *>(p.element(QStringLiteral("nir"))), nir); // the same view
        QCOMPARE(nir->text(), QStringLiteral("1234567890123"));
    }

    void summaryAtTheEnd()
    {
        Player p;
        p.screen->setNextLessonTitle(QStringLiteral("Envoyer un courriel"));
        QSignalSpy next(p.screen.get(), &PlayerScreen::nextLessonRequested);
        QSignalSpy home(p.screen.get(), &PlayerScreen::homeRequested);
        p.screen->start();
        p.click(QStringLiteral("ok"));             // right first time
        p.press(QStringLiteral("skipButton"));     // skipped
        p.press(QStringLiteral("hintButton"));     // with the hint
        QTest::mouseClick(p.element(QStringLiteral("cgu")), Qt::LeftButton, {}, QPoint(8, 8));
        p.click(QStringLiteral("envoyer"));        // right first time
        p.clock.advance(3 * 60 * 1000);
        p.press(QStringLiteral("continueButton")); // right first time
        p.click(QStringLiteral("terminer"));       // right first time
        QVERIFY(p.screen->run().isFinished());

        QWidget *summary = p.widget(QStringLiteral("summaryPanel"));
        QVERIFY(summary->isVisible());
        QVERIFY(!p.widget(QStringLiteral("sceneArea"))->isVisible());
        QCOMPARE(p.label(QStringLiteral("summaryLessonTitle"))->text(), QStringLiteral("Essai du lecteur"));
        QCOMPARE(p.label(QStringLiteral("summaryGoal"))->text(), QStringLiteral("Vous savez remplir un formulaire."));
        const QStringList lines = p.label(QStringLiteral("summaryStats"))->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("6 ")), qPrintable(lines.at(0)));   // steps
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("4 ")), qPrintable(lines.at(1)));   // right first time
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("1 ")), qPrintable(lines.at(2)));   // hints
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("1 ")), qPrintable(lines.at(3)));   // skipped
        QVERIFY2(lines.at(4).contains(QStringLiteral("3 minute")), qPrintable(lines.at(4)));
        QVERIFY(p.label(QStringLiteral("summaryNext"))->text().contains(QStringLiteral("Envoyer un courriel")));
        QCOMPARE(p.narrator.lastEffect(), Narrator::Effect::Completed);
        QCOMPARE(p.narrator.last().part, QStringLiteral("lesson-end"));
        QVERIFY(p.narrator.last().text.startsWith(QStringLiteral("Leçon terminée")));
        QVERIFY(p.narrator.last().text.contains(QStringLiteral("Vous savez remplir un formulaire.")));

        QPushButton *nextButton = p.button(QStringLiteral("nextLessonButton"));
        QVERIFY(nextButton->isVisible());
        QCOMPARE(p.screen->focusWidget(), nextButton);
        p.press(QStringLiteral("nextLessonButton"));
        QCOMPARE(next.count(), 1);
        p.press(QStringLiteral("homeButton"));
        QCOMPARE(home.count(), 1);
    }

    void summaryInArabicWritesDigitsAsOnTheKeyboard()
    {
        Player p(QStringLiteral("ar"));
        p.screen->start(5);
        p.click(QStringLiteral("terminer"));
        const QString stats = p.label(QStringLiteral("summaryStats"))->text();
        // Digits 0-9 as in the Maghreb and on the keyboard, not Eastern Arabic ٦ (LanguageManager::locale).
        QVERIFY2(stats.contains(QLatin1Char('6')) && !stats.contains(QChar(0x0666)), qPrintable(stats));
        QCOMPARE(p.label(QStringLiteral("summaryGoal"))->text(), QStringLiteral("تعرفون ملء استمارة."));
        QCOMPARE(p.widget(QStringLiteral("summaryPanel"))->layoutDirection(), Qt::RightToLeft);
    }

    void quitAsksFirst()
    {
        Player p;
        p.screen->start();
        QSignalSpy quit(p.screen.get(), &PlayerScreen::quitRequested);
        QWidget *overlay = p.widget(QStringLiteral("quitOverlay"));
        QVERIFY(!overlay->isVisible());
        p.press(QStringLiteral("quitButton"));
        QVERIFY(overlay->isVisible());
        QCOMPARE(quit.count(), 0);
        QVERIFY(!p.element(QStringLiteral("ok"))->isEnabled()); // nothing behind it reacts meanwhile
        QPushButton *no = p.button(QStringLiteral("quitCancelButton"));
        QPushButton *yes = p.button(QStringLiteral("quitConfirmButton"));
        QCOMPARE(p.screen->focusWidget(), no); // the safe answer by default
        QVERIFY(no->height() >= Theme().minTarget() && yes->height() >= Theme().minTarget());
        QTest::mouseClick(no, Qt::LeftButton);
        QVERIFY(!overlay->isVisible());
        QCOMPARE(quit.count(), 0);
        QVERIFY(p.element(QStringLiteral("ok"))->isEnabled());

        p.press(QStringLiteral("quitButton"));
        QTest::keyClick(overlay, Qt::Key_Escape);
        QVERIFY(!overlay->isVisible());
        QCOMPARE(quit.count(), 0);

        p.press(QStringLiteral("quitButton"));
        QTest::mouseClick(yes, Qt::LeftButton);
        QCOMPARE(quit.count(), 1);
        QVERIFY(!overlay->isVisible());
    }

    void arabicTutorLayerIsRightToLeftSceneIsNot()
    {
        QVERIFY(isRightToLeft(QStringLiteral("ar")));
        QVERIFY(!isRightToLeft(QStringLiteral("fr")));
        QVERIFY(!isRightToLeft(QStringLiteral("en")));
        QVERIFY(!isRightToLeft(QString()));

        Player p(QStringLiteral("ar"));
        p.screen->start();
        QCOMPARE(p.label(QStringLiteral("instructionText"))->text(), QStringLiteral("تعليمات s-click"));
        QCOMPARE(p.widget(QStringLiteral("instructionPanel"))->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(p.widget(QStringLiteral("controlBar"))->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(p.button(QStringLiteral("hintButton"))->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(p.widget(QStringLiteral("sceneArea"))->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(p.view()->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(p.element(QStringLiteral("nir"))->layoutDirection(), Qt::LeftToRight);
        // Seen on screen: "Aide" is on the right of "Quitter" in Arabic, on the left in French.
        QVERIFY(p.button(QStringLiteral("hintButton"))->x() > p.button(QStringLiteral("quitButton"))->x());
        Player f;
        QVERIFY(f.button(QStringLiteral("hintButton"))->x() < f.button(QStringLiteral("quitButton"))->x());
    }

    void everyButtonIsLargeNamedAndReachableByKeyboard_data()
    {
        QTest::addColumn<int>("textSize");
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<QSize>("window");
        QTest::newRow("normal 1024x768") << int(Theme::TextSize::Normal) << false << QSize(1024, 768);
        QTest::newRow("large 1024x768") << int(Theme::TextSize::Large) << false << QSize(1024, 768);
        QTest::newRow("extra-large contrast 1024x768") << int(Theme::TextSize::ExtraLarge) << true << QSize(1024, 768);
        QTest::newRow("normal 1920x1080") << int(Theme::TextSize::Normal) << false << QSize(1920, 1080);
    }

    void everyButtonIsLargeNamedAndReachableByKeyboard()
    {
        QFETCH(int, textSize);
        QFETCH(bool, highContrast);
        QFETCH(QSize, window);
        const Theme theme(static_cast<Theme::TextSize>(textSize), highContrast);
        Player p(QStringLiteral("fr"), window, theme);
        p.screen->start();
        QVERIFY(QTest::qWaitForWindowExposed(p.screen.get()));
        QCOMPARE(p.screen->size(), window);
        const QStringList names = {QStringLiteral("listenButton"), QStringLiteral("hintButton"),
                                   QStringLiteral("showMeButton"), QStringLiteral("skipButton"),
                                   QStringLiteral("quitButton")};
        const QRect inside = p.screen->rect();
        for (const QString &name : names) {
            QPushButton *b = p.button(name);
            QVERIFY2(b, qPrintable(name));
            QVERIFY2(b->isVisible(), qPrintable(name));
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(name));
            QVERIFY2(b->property("tutor").toBool(), qPrintable(name));
            QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(name));
            QVERIFY2(b->width() >= theme.minTarget() && b->height() >= theme.minTarget(), qPrintable(name));
            const QRect r(b->mapTo(p.screen.get(), QPoint()), b->size());
            QVERIFY2(inside.contains(r), qPrintable(name + QStringLiteral(" is cut off")));
            QVERIFY2(b->font().pixelSize() >= 18, qPrintable(name));
        }
        QVERIFY(p.label(QStringLiteral("instructionText"))->font().pixelSize() >= 18);
        // The scene keeps most of the screen.
        QVERIFY(p.widget(QStringLiteral("sceneArea"))->height() >= window.height() / 3);

        // Keyboard only: Tab reaches "Aide", Space opens the hint.
        p.screen->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(p.screen.get()));
        QPushButton *help = p.button(QStringLiteral("hintButton"));
        for (int i = 0; i < 30 && !help->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : p.screen.get(), Qt::Key_Tab);
        QVERIFY(help->hasFocus());
        QTest::keyClick(help, Qt::Key_Space);
        QVERIFY(p.hintShown());

        // With feedback and hint shown too, nothing is pushed off screen and the instruction
        // is whole (in the worst case its text area scrolls; it is never cut).
        p.click(QStringLiteral("pub"));
        p.click(QStringLiteral("autre"));
        p.click(QStringLiteral("pub"));
        QVERIFY(p.feedbackShown());
        QTest::qWait(50);
        QCOMPARE(p.screen->size(), window);
        for (const QString &name : names) {
            QPushButton *b = p.button(name);
            QVERIFY2(inside.contains(QRect(b->mapTo(p.screen.get(), QPoint()), b->size())), qPrintable(name));
        }
        QLabel *instruction = p.label(QStringLiteral("instructionText"));
        QVERIFY(instruction->height() >= instruction->heightForWidth(instruction->width()));
        QVERIFY(p.widget(QStringLiteral("sceneArea"))->height() >= 160);
    }

    void onTheAppsOwnScenes()
    {
        // The same player on the app's renderers: three mistakes, then "Montre-moi" types the
        // name with real key events and presses Enter; "Passer" fills the next field; the
        // ghost then submits the form. The engine judges every one of these real actions.
        Lesson lesson;
        lesson.id = QStringLiteral("T2-renderers");
        lesson.title = tutor(QStringLiteral("Formulaire"), QStringLiteral("استمارة"), QStringLiteral("Form"));
        Scene page;
        page.id = QStringLiteral("page");
        page.kind = SceneKind::Browser;
        page.title = QStringLiteral("Mairie");
        page.address = QStringLiteral("https://mairie.exemple/inscription");
        Element form = element(QStringLiteral("form"), ElementKind::Form);
        Element name = element(QStringLiteral("nom"), ElementKind::TextField, QStringLiteral("Nom"));
        name.validation.required = true;
        name.validation.message = QStringLiteral("Indiquez votre nom.");
        Element town = element(QStringLiteral("ville"), ElementKind::TextField, QStringLiteral("Ville"));
        form.children << name << town << element(QStringLiteral("valider"), ElementKind::Button, QStringLiteral("Valider"));
        page.elements << element(QStringLiteral("annuler"), ElementKind::Button, QStringLiteral("Annuler")) << form;
        lesson.scenes << page;
        Step typeName = step(QStringLiteral("nom"), QStringLiteral("page"), ActionKind::Type, QStringLiteral("nom"));
        typeName.expect.value = QStringLiteral("Dupont");
        typeName.expect.hasValue = true;
        Step typeTown = step(QStringLiteral("ville"), QStringLiteral("page"), ActionKind::Type, QStringLiteral("ville"));
        typeTown.expect.value = QStringLiteral("Lyon");
        typeTown.expect.hasValue = true;
        lesson.steps << typeName << typeTown
                     << step(QStringLiteral("envoyer"), QStringLiteral("page"), ActionKind::Submit, QStringLiteral("form"));

        ManualClock clock;
        SilentNarrator narrator;
        PlayerScreen screen(lesson, QStringLiteral("fr"), clock, narrator, Theme());
        screen.setGestureSpeed(GesturePlayer::FastSpeed);
        screen.resize(1280, 800);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.start();
        SceneView *view = screen.currentView();
        QVERIFY(view);
        QVERIFY(!qobject_cast<TestSceneView *>(view));
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(view->elementWidget(QStringLiteral("annuler")), Qt::LeftButton);
        QCOMPARE(screen.run().currentStats().wrong, 3);
        auto *showMe = screen.findChild<QPushButton *>(QStringLiteral("showMeButton"));
        QVERIFY(showMe->property("primary").toBool());
        QTest::mouseClick(showMe, Qt::LeftButton);
        QTRY_COMPARE(screen.run().currentIndex(), 1);
        QLineEdit *nomEdit = lineEditOf(view->elementWidget(QStringLiteral("nom")));
        QVERIFY(nomEdit);
        QCOMPARE(nomEdit->text(), QStringLiteral("Dupont"));

        QTest::mouseClick(screen.findChild<QPushButton *>(QStringLiteral("skipButton")), Qt::LeftButton);
        QCOMPARE(screen.run().currentIndex(), 2);
        QLineEdit *villeEdit = lineEditOf(view->elementWidget(QStringLiteral("ville")));
        QVERIFY(villeEdit);
        QCOMPARE(villeEdit->text(), QStringLiteral("Lyon"));

        QTest::mouseClick(showMe, Qt::LeftButton);
        QTRY_VERIFY(screen.run().isFinished());
        QVERIFY(screen.findChild<QWidget *>(QStringLiteral("summaryPanel"))->isVisible());
        const LessonSummary summary = screen.run().summary();
        QCOMPARE(summary.skipped, 1);
        QCOMPARE(summary.correctFirstTry, 0); // shown and skipped steps are not "right first time"
    }

    void feedbackShownAfterEveryAction()
    {
        // Each action is answered before the click returns, with its own message. How fast the
        // answer is painted is a figure of the `bench` target (tests/benchmarks), never a test.
        Player p;
        p.screen->start();
        QVERIFY(QTest::qWaitForWindowExposed(p.screen.get()));
        for (int i = 0; i < 20; ++i) {
            const bool trap = i % 2 == 0;
            p.click(trap ? QStringLiteral("pub") : QStringLiteral("autre"));
            QVERIFY(p.feedbackShown());
            QVERIFY2(p.feedback().startsWith(trap ? QStringLiteral("Ce lien est une publicité")
                                                  : QStringLiteral("Pas tout à fait")),
                     qPrintable(p.feedback()));
            QCoreApplication::processEvents();
            QVERIFY(p.feedbackShown());
        }
        QCOMPARE(p.step(), 0);
    }
};

QTEST_MAIN(TestPlayer)
#include "tst_player.moc"
