#include "engine/lessonrun.h"
#include "lessonfixture.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(UserAction)
Q_DECLARE_METATYPE(Verdict)

class TestLessonRun : public QObject
{
    Q_OBJECT

private:
    static UserAction submitWith(const QString &nir, const QString &cgu)
    {
        UserAction a = UserAction::of(ActionKind::Submit, QStringLiteral("form"));
        a.fields = {{QStringLiteral("nir"), nir}, {QStringLiteral("cgu"), cgu}, {QStringLiteral("mois"), QStringLiteral("Janvier")}};
        return a;
    }
    static UserAction typed(const QString &text, bool committed = true)
    {
        UserAction a = UserAction::of(ActionKind::Type, QStringLiteral("nir"), text);
        a.committed = committed;
        return a;
    }

private slots:
    void verdictPerAction_data()
    {
        QTest::addColumn<int>("stepIndex");
        QTest::addColumn<UserAction>("action");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("reason");

        const auto click = [](const QString &t) { return UserAction::click(t); };
        QTest::newRow("expected click") << 0 << click(QStringLiteral("ok")) << Verdict::Correct << "expected";
        QTest::newRow("trap link gives its rule") << 0 << click(QStringLiteral("pub")) << Verdict::Wrong << "rule:0";
        QTest::newRow("other element is wrong") << 0 << click(QStringLiteral("titre")) << Verdict::Wrong << "wrong-target";
        QTest::newRow("background is neutral") << 0 << click(QString()) << Verdict::Neutral << "";
        QTest::newRow("double-click where click expected") << 0 << UserAction::of(ActionKind::DoubleClick, QStringLiteral("pub")) << Verdict::Wrong << "wrong-action";
        QTest::newRow("13 digits committed") << 1 << typed(QStringLiteral("2850375123456")) << Verdict::Correct << "expected";
        QTest::newRow("13 digits still typing is neutral") << 1 << typed(QStringLiteral("2850375123456"), false) << Verdict::Neutral << "";
        QTest::newRow("15 digits gives the trap message") << 1 << typed(QStringLiteral("285037512345678")) << Verdict::Wrong << "rule:0";
        QTest::newRow("letters are a wrong value") << 1 << typed(QStringLiteral("abc")) << Verdict::Wrong << "wrong-value";
        QTest::newRow("click into the field first is neutral") << 1 << click(QStringLiteral("nir")) << Verdict::Neutral << "";
        QTest::newRow("empty commit is neutral") << 1 << typed(QString()) << Verdict::Neutral << "";
        QTest::newRow("check the box") << 2 << UserAction::of(ActionKind::Check, QStringLiteral("cgu"), QStringLiteral("true")) << Verdict::Correct << "expected";
        QTest::newRow("uncheck is wrong") << 2 << UserAction::of(ActionKind::Check, QStringLiteral("cgu"), QStringLiteral("false")) << Verdict::Wrong << "wrong-value";
        QTest::newRow("valid form") << 3 << submitWith(QStringLiteral("2850375123456"), QStringLiteral("true")) << Verdict::Correct << "expected";
        QTest::newRow("form with errors") << 3 << submitWith(QStringLiteral("123"), QStringLiteral("true")) << Verdict::Wrong << "validation";
        QTest::newRow("form without consent") << 3 << submitWith(QStringLiteral("2850375123456"), QStringLiteral("false")) << Verdict::Wrong << "validation";
        UserAction chooseRight = UserAction::of(ActionKind::Choose, {});
        chooseRight.values = {QStringLiteral("c"), QStringLiteral("a")};
        QTest::newRow("choose compares sets") << 4 << chooseRight << Verdict::Correct << "expected";
        UserAction chooseWrong = chooseRight;
        chooseWrong.values = {QStringLiteral("a")};
        QTest::newRow("choose missing one") << 4 << chooseWrong << Verdict::Wrong << "wrong-value";
        UserAction orderRight = UserAction::of(ActionKind::Order, {});
        orderRight.values = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("order compares sequences") << 5 << orderRight << Verdict::Correct << "expected";
        UserAction orderWrong = orderRight;
        orderWrong.values = {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
        QTest::newRow("order swapped") << 5 << orderWrong << Verdict::Wrong << "wrong-value";
    }

    void verdictPerAction()
    {
        QFETCH(int, stepIndex);
        QFETCH(UserAction, action);
        QFETCH(Verdict, verdict);
        QFETCH(QString, reason);

        ManualClock clock;
        LessonRun run(sampleLesson(), clock);
        run.start(stepIndex);
        QCOMPARE(run.currentIndex(), stepIndex);
        const ActionResult result = run.handle(action);
        QCOMPARE(result.verdict, verdict);
        QCOMPARE(result.reason, reason);
        const bool last = stepIndex == run.stepCount() - 1;
        if (verdict == Verdict::Correct && last)
            QVERIFY(run.isFinished());
        else
            QCOMPARE(run.currentIndex(), verdict == Verdict::Correct ? stepIndex + 1 : stepIndex);
    }

    void trapRuleCarriesLocalizedMessage()
    {
        ManualClock clock;
        LessonRun run(sampleLesson(), clock);
        run.start();
        const ActionResult result = run.handle(UserAction::click(QStringLiteral("pub")));
        QCOMPARE(result.message.text(QStringLiteral("fr")), QStringLiteral("Ce lien est une publicité."));
        QCOMPARE(result.message.text(QStringLiteral("en")), QStringLiteral("EN Ce lien est une publicité."));
        QCOMPARE(result.message.text(QStringLiteral("ar")), QStringLiteral("Ce lien est une publicité.")); // falls back to fr
    }

    void submitShowsFrenchFieldErrors()
    {
        ManualClock clock;
        LessonRun run(sampleLesson(), clock);
        run.start(3);
        const ActionResult result = run.handle(submitWith(QString(), QStringLiteral("false")));
        QCOMPARE(result.fieldErrors.value(QStringLiteral("nir")), QStringLiteral("Ce champ est obligatoire."));
        QCOMPARE(result.fieldErrors.value(QStringLiteral("cgu")), QStringLiteral("Vous devez accepter les conditions."));
        QVERIFY(!result.fieldErrors.contains(QStringLiteral("mois")));
    }

    void hintAfterTwoWrongShowMeAfterThree()
    {
        ManualClock clock;
        LessonRun run(sampleLesson(), clock);
        QSignalSpy hint(&run, &LessonRun::hintAvailable);
        QSignalSpy showMe(&run, &LessonRun::showMeAvailable);
        run.start();
        run.handle(UserAction::click(QStringLiteral("titre")));
        QVERIFY(!run.hintOffered());
        QCOMPARE(hint.count(), 0);
        run.handle(UserAction::click(QStringLiteral("pub")));
        QVERIFY(run.hintOffered());
        QVERIFY(!run.showMeOffered());
        QCOMPARE(hint.count(), 1);
        QCOMPARE(showMe.count(), 0);
        run.handle(UserAction::click(QStringLiteral("titre")));
        QVERIFY(run.showMeOffered());
        QCOMPARE(showMe.count(), 1);
        run.handle(UserAction::click(QStringLiteral(""))); // neutral: no more signals, no count
        QCOMPARE(run.currentStats().wrong, 3);
        QCOMPARE(run.currentStats().attempts, 3);
    }

    void countersResetOnNextStep()
    {
        ManualClock clock;
        LessonRun run(sampleLesson(), clock);
        run.start();
        run.handle(UserAction::click(QStringLiteral("pub")));
        run.useHint();
        QCOMPARE(run.currentStats().hints, 1);
        run.handle(UserAction::click(QStringLiteral("ok")));
        QCOMPARE(run.currentIndex(), 1);
        QCOMPARE(run.currentStats().wrong, 0);
        QCOMPARE(run.currentStats().hints, 0);
        QVERIFY(!run.hintOffered());
    }

    void eventsAndTiming()
    {
        ManualClock clock(1000);
        LessonRun run(sampleLesson(), clock);
        QSignalSpy events(&run, &LessonRun::stepEvent);
        QSignalSpy started(&run, &LessonRun::stepStarted);
        run.start();
        QCOMPARE(started.count(), 1);
        clock.advance(1500);
        run.handle(UserAction::click(QStringLiteral("pub")));
        clock.advance(500);
        run.useHint();
        clock.advance(1000);
        run.useShowMe();
        clock.jumpWall(-3600 * 1000); // a wall-clock jump changes nothing
        clock.advance(250);
        run.handle(UserAction::click(QStringLiteral("ok")));

        QCOMPARE(events.count(), 4);
        const QList<StepOutcome> expected{StepOutcome::Wrong, StepOutcome::Hint, StepOutcome::Shown, StepOutcome::Correct};
        const QList<qint64> elapsed{1500, 2000, 3000, 3250};
        for (int i = 0; i < events.count(); ++i) {
            QCOMPARE(events.at(i).at(0).toInt(), 0);
            QCOMPARE(events.at(i).at(1).value<StepOutcome>(), expected.at(i));
            QCOMPARE(events.at(i).at(3).toLongLong(), elapsed.at(i));
        }
        QVERIFY(events.at(0).at(2).toString().contains(QStringLiteral("pub")));
        QCOMPARE(started.count(), 2);
        QCOMPARE(started.last().at(0).toInt(), 1);
    }

    void skipAdvancesAndIsCounted()
    {
        ManualClock clock;
        LessonRun run(sampleLesson(), clock);
        QSignalSpy events(&run, &LessonRun::stepEvent);
        run.start();
        run.skip();
        QCOMPARE(run.currentIndex(), 1);
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.first().at(1).value<StepOutcome>(), StepOutcome::Skipped);
    }

    void completionWithSummary()
    {
        ManualClock clock;
        LessonRun run(sampleLesson(), clock);
        QSignalSpy completed(&run, &LessonRun::lessonCompleted);
        run.start();
        clock.advance(100);
        run.handle(UserAction::click(QStringLiteral("ok")));
        run.handle(typed(QStringLiteral("12")));           // wrong
        run.useHint();
        run.handle(typed(QStringLiteral("2850375123456")));
        run.skip();                                          // the checkbox
        run.handle(submitWith(QStringLiteral("2850375123456"), QStringLiteral("true")));
        UserAction choose = UserAction::of(ActionKind::Choose, {});
        choose.values = {QStringLiteral("a"), QStringLiteral("c")};
        run.handle(choose);
        QVERIFY(!run.isFinished());
        UserAction order = UserAction::of(ActionKind::Order, {});
        order.values = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        clock.advance(900);
        QCOMPARE(run.handle(order).verdict, Verdict::Correct);

        QVERIFY(run.isFinished());
        QCOMPARE(completed.count(), 1);
        const LessonSummary summary = completed.first().first().value<LessonSummary>();
        QCOMPARE(summary.steps, 6);
        QCOMPARE(summary.correctFirstTry, 4);
        QCOMPARE(summary.wrong, 1);
        QCOMPARE(summary.hints, 1);
        QCOMPARE(summary.skipped, 1);
        QCOMPARE(summary.elapsedMs, qint64(1000));
        // After the end, actions are ignored.
        QCOMPARE(run.handle(UserAction::click(QStringLiteral("ok"))).verdict, Verdict::Neutral);
        QCOMPARE(run.currentStep(), nullptr);
    }

    void resumeAtStep()
    {
        ManualClock clock;
        LessonRun run(sampleLesson(), clock);
        run.start(4);
        QCOMPARE(run.currentStep()->id, QStringLiteral("s-choose"));
        QCOMPARE(run.currentScene()->id, QStringLiteral("quiz"));
        LessonRun beyond(sampleLesson(), clock);
        beyond.start(99);
        QCOMPARE(beyond.currentIndex(), 5);
    }

    void leavingAnAcceptedFieldIsNeutral()
    {
        // Typing is accepted on commit; leaving the field afterwards sends the same text again.
        ManualClock clock;
        LessonRun run(sampleLesson(), clock);
        run.start(1);
        QCOMPARE(run.handle(typed(QStringLiteral("2850375123456"))).verdict, Verdict::Correct);
        QCOMPARE(run.currentIndex(), 2);
        QCOMPARE(run.handle(typed(QStringLiteral("2850375123456"))).verdict, Verdict::Neutral);
        // A different text in that field is still a decision.
        QCOMPARE(run.handle(typed(QStringLiteral("1234"))).verdict, Verdict::Wrong);
    }

    void skippedFieldTextIsAccepted()
    {
        Lesson lesson = sampleLesson();
        lesson.steps[1].expect.example = QStringLiteral("1234567890123");
        ManualClock clock;
        LessonRun run(lesson, clock);
        run.start(1);
        run.skip();
        QCOMPARE(run.handle(typed(QStringLiteral("1234567890123"))).verdict, Verdict::Neutral);
    }

    void scrollingPastOtherElementsIsNeutral()
    {
        Lesson lesson = sampleLesson();
        lesson.steps[0].expect.action = ActionKind::Scroll;
        lesson.steps[0].expect.target = QStringLiteral("ok");
        ManualClock clock;
        LessonRun run(lesson, clock);
        run.start();
        QCOMPARE(run.handle(UserAction::of(ActionKind::Scroll, QStringLiteral("titre"))).verdict, Verdict::Neutral);
        QCOMPARE(run.handle(UserAction::of(ActionKind::Scroll, QStringLiteral("ok"))).verdict, Verdict::Correct);
    }

    void doubleClickFirstHalfIsNeutral()
    {
        Lesson lesson = sampleLesson();
        lesson.steps[0].expect.action = ActionKind::DoubleClick;
        ManualClock clock;
        LessonRun run(lesson, clock);
        run.start();
        QCOMPARE(run.handle(UserAction::click(QStringLiteral("ok"))).verdict, Verdict::Neutral);
        QCOMPARE(run.handle(UserAction::of(ActionKind::DoubleClick, QStringLiteral("ok"))).verdict, Verdict::Correct);
    }
};

Q_DECLARE_METATYPE(StepOutcome)
Q_DECLARE_METATYPE(LessonSummary)

QTEST_GUILESS_MAIN(TestLessonRun)
#include "tst_lessonrun.moc"
