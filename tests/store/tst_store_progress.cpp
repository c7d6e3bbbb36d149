// Step events and derived progress: one transaction, resume, replay, guests, figures, query plans.

#include "storetestsupport.h"

#include "store/learnerrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;

class TestStoreProgress : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eventUpdatesProgressInTheSameTransaction();
    void resumesAtTheStepTheLearnerWasOn();
    void replayKeepsCompletion();
    void guestEventsCarryNothingPersonal();
    void refusesEventsOutsideAnOpenSession();
    void eventsAreAppendOnly();
    void failedProgressUpdateLeavesNoEvent();
    void learnerListCountsCompletions();
    void difficultStepsMatchTheEvents();
    void queryPlansUseIndexes();

private:
    std::optional<QString> record(const QString &session, const QString &lesson, int index, int count,
                                  StepOutcome outcome, qint64 elapsed = 1000, const QString &detail = {})
    {
        StepEventInput e;
        e.sessionId = session;
        e.lessonId = lesson;
        e.lessonVersion = 2;
        e.stepId = QStringLiteral("s%1").arg(index);
        e.stepIndex = index;
        e.stepCount = count;
        e.outcome = outcome;
        e.detail = detail;
        e.elapsedMs = elapsed;
        return m_progress->record(e);
    }
    QString newLearner(const QString &name)
    {
        LearnerRepository learners(*m_db, *m_hasher, *m_clock, m_random);
        return learners.create(LearnerProfile::named(name), Secret::pin(QStringLiteral("1234")))->id;
    }
    QStringList plan(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query = m_db->prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return {query.lastError().text()};
        QStringList lines;
        while (query.next())
            lines << query.value(3).toString();
        return lines;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretHasher> m_hasher;
    std::unique_ptr<ProgressRepository> m_progress;
    std::unique_ptr<SessionRepository> m_sessions;
    QRandomGenerator m_random{11};
};

void TestStoreProgress::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>();
    m_db = std::make_unique<Database>(m_dir->path(), *m_clock);
    QVERIFY(m_db->open());
    m_hasher = std::make_unique<SecretHasher>(SecretHasher::minimalCost());
    m_progress = std::make_unique<ProgressRepository>(*m_db);
    m_sessions = std::make_unique<SessionRepository>(*m_db);
}

void TestStoreProgress::cleanup()
{
    m_progress.reset();
    m_sessions.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStoreProgress::eventUpdatesProgressInTheSameTransaction()
{
    const QString learner = newLearner(QStringLiteral("Amina"));
    const QString session = *m_sessions->startLearner(learner);
    const auto id = record(session, QStringLiteral("A1"), 0, 3, StepOutcome::Wrong, 700, QStringLiteral("clicked the bin"));
    QVERIFY(id);
    const StoredStepEvent stored = *m_progress->findEvent(*id);
    QCOMPARE(stored.learnerId, learner);
    QCOMPARE(stored.sessionId, session);
    QCOMPARE(stored.terminalId, m_db->terminalId());
    QCOMPARE(stored.lessonVersion, 2);
    QCOMPARE(stored.outcome, StepOutcome::Wrong);
    QCOMPARE(stored.detail, QStringLiteral("clicked the bin"));
    QCOMPARE(stored.elapsedMs, 700);
    QCOMPARE(stored.at, QStringLiteral("2026-01-05T10:00:00.000Z"));

    LessonProgress p = *m_progress->progress(learner, QStringLiteral("A1"));
    QCOMPARE(p.attempts, 1);
    QCOMPARE(p.wrong, 1);
    QCOMPARE(p.currentStepIndex, 0);
    QCOMPARE(p.timeMs, 0); // a wrong action does not end the step
    QVERIFY(!p.completed);

    QVERIFY(record(session, QStringLiteral("A1"), 0, 3, StepOutcome::Hint));
    QVERIFY(record(session, QStringLiteral("A1"), 0, 3, StepOutcome::Shown));
    QVERIFY(record(session, QStringLiteral("A1"), 0, 3, StepOutcome::Correct, 4000));
    p = *m_progress->progress(learner, QStringLiteral("A1"));
    QCOMPARE(p.attempts, 2);
    QCOMPARE(p.hints, 1);
    QCOMPARE(p.shown, 1);
    QCOMPARE(p.currentStepIndex, 1);
    QCOMPARE(p.lastStepId, QStringLiteral("s0"));
    QCOMPARE(p.timeMs, 4000);
    QCOMPARE(m_progress->eventsOfSession(session).size(), 4);
}

void TestStoreProgress::resumesAtTheStepTheLearnerWasOn()
{
    const QString learner = newLearner(QStringLiteral("Bruno"));
    QCOMPARE(m_progress->resumePoint(learner, QStringLiteral("B2")).started, false);
    {
        const QString session = *m_sessions->startLearner(learner);
        QVERIFY(record(session, QStringLiteral("B2"), 0, 5, StepOutcome::Correct));
        QVERIFY(record(session, QStringLiteral("B2"), 1, 5, StepOutcome::Skipped));
        QVERIFY(record(session, QStringLiteral("B2"), 2, 5, StepOutcome::Wrong));
        QVERIFY(m_sessions->end(session, SessionEndReason::Idle));
    }
    // Next week, after a restart.
    m_db.reset();
    m_clock->advance(7LL * 24 * 3600 * 1000);
    m_db = std::make_unique<Database>(m_dir->path(), *m_clock);
    QVERIFY(m_db->open());
    m_progress = std::make_unique<ProgressRepository>(*m_db);
    const ResumePoint point = m_progress->resumePoint(learner, QStringLiteral("B2"));
    QVERIFY(point.started);
    QVERIFY(!point.completed);
    QCOMPARE(point.stepIndex, 2);
    QCOMPARE(point.lessonVersion, 2);
}

void TestStoreProgress::replayKeepsCompletion()
{
    const QString learner = newLearner(QStringLiteral("Chloé"));
    const QString session = *m_sessions->startLearner(learner);
    for (int i = 0; i < 3; ++i)
        QVERIFY(record(session, QStringLiteral("C4"), i, 3, StepOutcome::Correct));
    LessonProgress p = *m_progress->progress(learner, QStringLiteral("C4"));
    QVERIFY(p.completed);
    const QString completedAt = p.completedAt;
    QCOMPARE(completedAt, QStringLiteral("2026-01-05T10:00:00.000Z"));
    QCOMPARE(m_progress->resumePoint(learner, QStringLiteral("C4")).stepIndex, 0);

    m_clock->advance(3600 * 1000);
    QVERIFY(record(session, QStringLiteral("C4"), 0, 3, StepOutcome::Correct));
    QVERIFY(record(session, QStringLiteral("C4"), 1, 3, StepOutcome::Wrong));
    p = *m_progress->progress(learner, QStringLiteral("C4"));
    QVERIFY(p.completed); // replaying does not undo the completion
    QCOMPARE(p.completedAt, completedAt);
    QCOMPARE(p.currentStepIndex, 1); // and the replay can be resumed too
    const ResumePoint point = m_progress->resumePoint(learner, QStringLiteral("C4"));
    QVERIFY(point.completed);
    QCOMPARE(point.stepIndex, 1);
    QVERIFY(record(session, QStringLiteral("C4"), 1, 3, StepOutcome::Correct));
    QVERIFY(record(session, QStringLiteral("C4"), 2, 3, StepOutcome::Correct));
    QCOMPARE(m_progress->progress(learner, QStringLiteral("C4"))->completedAt, completedAt);
}

void TestStoreProgress::guestEventsCarryNothingPersonal()
{
    const QString session = *m_sessions->startGuest();
    const auto id = record(session, QStringLiteral("A1"), 0, 2, StepOutcome::Wrong, 10, QStringLiteral("typed: Jean Dupont"));
    QVERIFY(id);
    const StoredStepEvent e = *m_progress->findEvent(*id);
    QVERIFY(e.learnerId.isEmpty());
    QVERIFY(e.detail.isEmpty());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT learner_id IS NULL FROM step_events WHERE id = ?"), {*id}).toBool(), true);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM lesson_progress")).toInt(), 0);
    // ...but the anonymous outcome still counts for the difficult-steps figures.
    QVERIFY(record(session, QStringLiteral("A1"), 0, 2, StepOutcome::Correct));
    const QList<DifficultStep> steps = m_progress->difficultSteps(1);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().wrong, 1);
}

void TestStoreProgress::refusesEventsOutsideAnOpenSession()
{
    const QString session = *m_sessions->startGuest();
    QVERIFY(!record(QStringLiteral("no such session"), QStringLiteral("A1"), 0, 2, StepOutcome::Correct));
    QVERIFY(!record(session, QStringLiteral("A1"), 2, 2, StepOutcome::Correct)); // index past the end
    QVERIFY(!record(session, QStringLiteral("A1"), -1, 2, StepOutcome::Correct));
    QVERIFY(!record(session, QStringLiteral("A1"), 0, 0, StepOutcome::Correct));
    QVERIFY(!record(session, QString(), 0, 2, StepOutcome::Correct));
    QVERIFY(record(session, QStringLiteral("A1"), 0, 2, StepOutcome::Correct, -50)); // clamped to 0
    QVERIFY(m_sessions->end(session, SessionEndReason::Logout));
    QVERIFY(!record(session, QStringLiteral("A1"), 1, 2, StepOutcome::Correct));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM step_events")).toInt(), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT elapsed_ms FROM step_events")).toInt(), 0);
    QCOMPARE(m_db->state(), Database::State::Ready);
}

void TestStoreProgress::eventsAreAppendOnly()
{
    const QString session = *m_sessions->startGuest();
    QVERIFY(record(session, QStringLiteral("A1"), 0, 2, StepOutcome::Correct));
    QSqlQuery update = m_db->prepare(QStringLiteral("UPDATE step_events SET outcome = 'wrong'"));
    QVERIFY(!update.exec());
    QSqlQuery erase = m_db->prepare(QStringLiteral("DELETE FROM step_events"));
    QVERIFY(!erase.exec());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT outcome FROM step_events")).toString(), QStringLiteral("correct"));
}

void TestStoreProgress::failedProgressUpdateLeavesNoEvent()
{
    const QString learner = newLearner(QStringLiteral("Dina"));
    const QString session = *m_sessions->startLearner(learner);
    QVERIFY(record(session, QStringLiteral("A1"), 0, 3, StepOutcome::Correct));
    // Make the progress update fail midway through the transaction.
    QSqlQuery sabotage = m_db->prepare(QStringLiteral(
        "CREATE TEMP TRIGGER fail_progress BEFORE UPDATE ON lesson_progress BEGIN SELECT RAISE(ABORT, 'boom'); END"));
    QVERIFY(sabotage.exec());
    QVERIFY(!record(session, QStringLiteral("A1"), 1, 3, StepOutcome::Correct));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM step_events")).toInt(), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT sum(correct) FROM step_stats")).toInt(), 1);
    QCOMPARE(m_progress->progress(learner, QStringLiteral("A1"))->currentStepIndex, 1);
    QSqlQuery repair = m_db->prepare(QStringLiteral("DROP TRIGGER fail_progress"));
    QVERIFY(repair.exec());
    QVERIFY(record(session, QStringLiteral("A1"), 1, 3, StepOutcome::Correct));
    QCOMPARE(m_progress->progress(learner, QStringLiteral("A1"))->currentStepIndex, 2);
}

void TestStoreProgress::learnerListCountsCompletions()
{
    const QString a = newLearner(QStringLiteral("Zoé"));
    const QString b = newLearner(QStringLiteral("amadou"));
    const QString sa = *m_sessions->startLearner(a);
    QVERIFY(record(sa, QStringLiteral("L1"), 0, 1, StepOutcome::Correct));
    QVERIFY(record(sa, QStringLiteral("L2"), 0, 1, StepOutcome::Skipped));
    m_clock->advance(5000);
    QVERIFY(record(sa, QStringLiteral("L3"), 0, 2, StepOutcome::Correct));
    const QList<LearnerSummary> list = m_progress->learnerList();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).displayName, QStringLiteral("amadou")); // case-insensitive order
    QCOMPARE(list.at(0).completedLessons, 0);
    QCOMPARE(list.at(0).lastActivityAt, QString());
    QCOMPARE(list.at(1).id, a);
    QCOMPARE(list.at(1).completedLessons, 2);
    QCOMPARE(list.at(1).lessonsInProgress, 1);
    QCOMPARE(list.at(1).lastActivityAt, QStringLiteral("2026-01-05T10:00:05.000Z"));
    QVERIFY(!list.at(1).cardCode.isEmpty());

    // A completion of a lesson in progress moves it from one count to the other.
    QVERIFY(record(sa, QStringLiteral("L3"), 1, 2, StepOutcome::Correct));
    QCOMPARE(m_progress->learnerList().at(1).completedLessons, 3);
    QCOMPARE(m_progress->learnerList().at(1).lessonsInProgress, 0);
    // The maintained counts equal a recount.
    QVERIFY(m_progress->rebuildCounters());
    QCOMPARE(m_progress->learnerList().at(1).completedLessons, 3);
    QCOMPARE(m_progress->learnerList().at(1).lessonsInProgress, 0);

    const QList<LessonProgress> overview = m_progress->overview(a);
    QCOMPARE(overview.size(), 3);
    QCOMPARE(overview.first().lessonId, QStringLiteral("L3")); // most recent first
    QVERIFY(m_progress->overview(b).isEmpty());
}

void TestStoreProgress::difficultStepsMatchTheEvents()
{
    const QString session = *m_sessions->startGuest();
    // s0: easy. s1: 3 wrong + 1 hint in each of 2 passages. s2: skipped once in 2.
    for (int run = 0; run < 2; ++run) {
        QVERIFY(record(session, QStringLiteral("X"), 0, 3, StepOutcome::Correct));
        for (int w = 0; w < 3; ++w)
            QVERIFY(record(session, QStringLiteral("X"), 1, 3, StepOutcome::Wrong));
        QVERIFY(record(session, QStringLiteral("X"), 1, 3, StepOutcome::Hint));
        QVERIFY(record(session, QStringLiteral("X"), 1, 3, StepOutcome::Correct));
        QVERIFY(record(session, QStringLiteral("X"), 2, 3, run == 0 ? StepOutcome::Skipped : StepOutcome::Correct));
    }
    QVERIFY(record(session, QStringLiteral("Y"), 0, 1, StepOutcome::Wrong)); // never passed: not ranked
    const QList<DifficultStep> steps = m_progress->difficultSteps(1);
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).stepId, QStringLiteral("s1"));
    QCOMPARE(steps.at(0).passages, 2);
    QCOMPARE(steps.at(0).wrongRate, 3.0); // 6 wrong over 2 passages
    QCOMPARE(steps.at(0).hintRate, 1.0);
    QCOMPARE(steps.at(1).stepId, QStringLiteral("s2"));
    QCOMPARE(steps.at(1).skipRate, 0.5);
    QCOMPARE(steps.at(2).stepId, QStringLiteral("s0"));
    QCOMPARE(steps.at(2).wrongRate, 0.0);
    QCOMPARE(m_progress->difficultSteps(3).size(), 0);
    QCOMPARE(m_progress->difficultSteps(1, 1).size(), 1);
    QCOMPARE(m_progress->difficultSteps(1, 50, QStringLiteral("Y")).size(), 0);
    QCOMPARE(m_progress->difficultSteps(1, 50, QStringLiteral("X")).size(), 3);

    // The maintained counters equal a recount from the append-only events.
    QVERIFY(m_progress->rebuildCounters());
    const QList<DifficultStep> rebuilt = m_progress->difficultSteps(1);
    QCOMPARE(rebuilt.size(), steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(rebuilt.at(i).stepId, steps.at(i).stepId);
        QCOMPARE(rebuilt.at(i).wrong, steps.at(i).wrong);
        QCOMPARE(rebuilt.at(i).hints, steps.at(i).hints);
        QCOMPARE(rebuilt.at(i).skipped, steps.at(i).skipped);
        QCOMPARE(rebuilt.at(i).correct, steps.at(i).correct);
    }
}

void TestStoreProgress::queryPlansUseIndexes()
{
    // Some data so the plans are those of a used database.
    for (int i = 0; i < 20; ++i) {
        const QString learner = newLearner(QStringLiteral("L%1").arg(i));
        const QString session = *m_sessions->startLearner(learner);
        QVERIFY(record(session, QStringLiteral("A%1").arg(i % 3), 0, 2, StepOutcome::Correct));
    }
    QSqlQuery analyze = m_db->prepare(QStringLiteral("ANALYZE"));
    QVERIFY(analyze.exec());

    const QStringList overview = plan(ProgressRepository::overviewSql(), {QStringLiteral("x")});
    qInfo() << "overview plan:" << overview;
    QVERIFY(overview.join(u'\n').contains(QLatin1String("SEARCH lesson_progress USING")));
    QVERIFY(!overview.join(u'\n').contains(QLatin1String("SCAN")));

    const QStringList list = plan(ProgressRepository::learnerListSql(), {});
    qInfo() << "learner list plan:" << list;
    const QString listText = list.join(u'\n');
    QVERIFY(listText.contains(QLatin1String("idx_learners_active_name"))); // in name order, no sort
    QVERIFY(!listText.contains(QLatin1String("TEMP B-TREE")));
    QVERIFY(!listText.contains(QLatin1String("lesson_progress"))); // counts are kept on the learner row
    QVERIFY(!listText.contains(QLatin1String("step_events")));

    QSqlQuery difficult = m_db->prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + ProgressRepository::difficultStepsSql());
    difficult.bindValue(QStringLiteral(":min"), 5);
    difficult.bindValue(QStringLiteral(":lesson"), QString());
    difficult.bindValue(QStringLiteral(":limit"), 50);
    QVERIFY(difficult.exec());
    QStringList steps;
    while (difficult.next())
        steps << difficult.value(3).toString();
    qInfo() << "difficult steps plan:" << steps;
    QVERIFY(steps.join(u'\n').contains(QLatin1String("step_stats")));
    QVERIFY(!steps.join(u'\n').contains(QLatin1String("step_events"))); // never a scan of millions of events

    // Crash recovery at open looks events up by session, not by scanning them.
    const QStringList recovery = plan(QStringLiteral("SELECT max(e.at) FROM step_events e WHERE e.session_id = ?"),
                                      {QStringLiteral("x")});
    QVERIFY(recovery.join(u'\n').contains(QLatin1String("idx_step_events_session")));
}

QTEST_GUILESS_MAIN(TestStoreProgress)
#include "tst_store_progress.moc"
