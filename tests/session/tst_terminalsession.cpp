// TerminalSession over a real store in a temporary folder: guest and learner sessions, step
// events recorded as they happen, resume after a restart, lockout, the assigned lesson set.

#include "common/clock.h"
#include "engine/lessonrun.h"
#include "session/terminalsession.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/lessonsetrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"
#include "store/staffrepository.h"
#include "../store/storetestsupport.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

LocalizedText say(const QString &text)
{
    return LocalizedText({{QStringLiteral("fr"), text}});
}

/// Three clicks on a practice scene.
Lesson threeClicks(const QString &id = QStringLiteral("T1-clics"), int version = 1)
{
    Lesson lesson;
    lesson.id = id;
    lesson.version = version;
    lesson.module = QStringLiteral("A");
    lesson.title = say(QStringLiteral("Cliquer"));
    Scene scene;
    scene.id = QStringLiteral("s");
    scene.kind = SceneKind::Practice;
    for (const QString &target : {QStringLiteral("a"), QStringLiteral("b")}) {
        Element e;
        e.id = target;
        e.kind = ElementKind::Target;
        e.label = target;
        scene.elements << e;
    }
    lesson.scenes << scene;
    const QStringList targets{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")};
    for (int i = 0; i < targets.size(); ++i) {
        Step step;
        step.id = QStringLiteral("step-%1").arg(i + 1);
        step.scene = QStringLiteral("s");
        step.say = say(QStringLiteral("Cliquez"));
        step.expect.action = ActionKind::Click;
        step.expect.target = targets.at(i);
        lesson.steps << step;
    }
    return lesson;
}

const QList<int> Pictures{3, 7, 11};

} // namespace

class TestTerminalSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void guestKeepsNothingPersonal();
    void learnerSignsInAndResumesAfterRestart();
    void wrongSecretsLockTheAccount();
    void unknownCardIsNotFound();
    void assignedSetInOrder();
    void eventsAfterTheEndAreNotRecorded();
    void changedLessonStartsAgain();
    void endingASessionGivesBackTheCache();

private:
    /// Everything a terminal holds; recreated to simulate a restart on the same folder.
    struct Terminal
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<LearnerRepository> learners;
        std::unique_ptr<TerminalSession> session;
    };
    void startTerminal();

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    SecretHasher m_hasher{SecretHasher::minimalCost()};
    QRandomGenerator m_random{42};
    Terminal m_t;
    QString m_learnerId;
    QString m_cardCode;
};

void TestTerminalSession::startTerminal()
{
    m_t.session.reset();
    m_t.learners.reset();
    m_t.db.reset();
    m_t.db = std::make_unique<Database>(m_dir->path(), m_clock);
    QVERIFY(m_t.db->open());
    m_t.learners = std::make_unique<LearnerRepository>(*m_t.db, m_hasher, m_clock, m_random);
    m_t.session = std::make_unique<TerminalSession>(*m_t.db, *m_t.learners);
}

void TestTerminalSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startTerminal();
    LearnerProfile profile;
    profile.displayName = QStringLiteral("Fatima Benali");
    profile.language = QStringLiteral("ar");
    const auto learner = m_t.learners->create(profile, Secret::pictures(Pictures));
    QVERIFY(learner);
    m_learnerId = learner->id;
    m_cardCode = learner->cardCode;
}

void TestTerminalSession::cleanup()
{
    m_t.session.reset();
    m_t.learners.reset();
    m_t.db.reset();
    m_dir.reset();
}

void TestTerminalSession::guestKeepsNothingPersonal()
{
    TerminalSession &session = *m_t.session;
    QSignalSpy started(&session, &TerminalSession::sessionStarted);
    QSignalSpy ended(&session, &TerminalSession::sessionEnded);
    QVERIFY(session.startGuest());
    QCOMPARE(session.who(), TerminalSession::Who::Guest);
    QCOMPARE(started.count(), 1);
    QVERIFY(session.learnerName().isEmpty());
    const QString sessionId = session.sessionId();

    const Lesson lesson = threeClicks();
    LessonRun run(lesson, m_clock);
    session.attachRun(&run);
    run.start(0);
    QCOMPARE(run.handle(UserAction::click(QStringLiteral("b"))).verdict, Verdict::Wrong);
    QCOMPARE(run.handle(UserAction::click(QStringLiteral("a"))).verdict, Verdict::Correct);

    // Within the session the guest sees their progress and resumes at the next step.
    QCOMPARE(session.status(lesson.id), TerminalSession::LessonStatus::InProgress);
    QCOMPARE(session.resumeStep(lesson), 1);

    // Outcomes are kept anonymously: no learner, no detail.
    ProgressRepository progress(*m_t.db);
    const QList<StoredStepEvent> events = progress.eventsOfSession(sessionId);
    QCOMPARE(events.size(), 2);
    for (const StoredStepEvent &e : events) {
        QVERIFY(e.learnerId.isEmpty());
        QVERIFY(e.detail.isEmpty());
    }

    session.end(SessionEndReason::Logout);
    QCOMPARE(session.who(), TerminalSession::Who::None);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().first().value<SessionEndReason>(), SessionEndReason::Logout);
    const auto record = SessionRepository(*m_t.db).find(sessionId);
    QVERIFY(record);
    QCOMPARE(record->endReason, SessionEndReason::Logout);

    // The next guest starts from nothing.
    QVERIFY(session.startGuest());
    QCOMPARE(session.status(lesson.id), TerminalSession::LessonStatus::New);
    QCOMPARE(session.resumeStep(lesson), 0);
}

void TestTerminalSession::learnerSignsInAndResumesAfterRestart()
{
    const auto card = m_t.session->findCard(m_cardCode.toLower());
    QVERIFY(card);
    QCOMPARE(card->learnerId, m_learnerId);
    QCOMPARE(card->secretKind, Secret::Kind::Pictures);
    QVERIFY(!card->locked);

    QCOMPARE(m_t.session->signIn(m_learnerId, Secret::pictures({7, 3, 11})).status, VerifyResult::Status::Wrong);
    QVERIFY(!m_t.session->isActive());
    QCOMPARE(m_t.session->signIn(m_learnerId, Secret::pictures(Pictures)).status, VerifyResult::Status::Accepted);
    QCOMPARE(m_t.session->who(), TerminalSession::Who::Learner);
    QCOMPARE(m_t.session->learnerName(), QStringLiteral("Fatima Benali"));
    QCOMPARE(m_t.session->learnerLanguage(), QStringLiteral("ar"));

    const Lesson lesson = threeClicks();
    {
        LessonRun run(lesson, m_clock);
        m_t.session->attachRun(&run);
        run.start(m_t.session->resumeStep(lesson));
        QCOMPARE(run.currentIndex(), 0);
        run.handle(UserAction::click(QStringLiteral("a")));
        run.handle(UserAction::click(QStringLiteral("a"))); // wrong on step 2
        run.handle(UserAction::click(QStringLiteral("b")));
        QCOMPARE(run.currentIndex(), 2);
    }
    m_t.session->end(SessionEndReason::Idle);

    // Restart: a new store connection and session object on the same folder.
    startTerminal();
    QCOMPARE(m_t.session->signIn(m_learnerId, Secret::pictures(Pictures)).status, VerifyResult::Status::Accepted);
    QCOMPARE(m_t.session->status(lesson.id), TerminalSession::LessonStatus::InProgress);
    QCOMPARE(m_t.session->statuses().value(lesson.id), TerminalSession::LessonStatus::InProgress);
    QCOMPARE(m_t.session->resumeStep(lesson), 2);

    LessonRun run(lesson, m_clock);
    m_t.session->attachRun(&run);
    run.start(2);
    run.skip();
    QVERIFY(run.isFinished());
    QCOMPARE(m_t.session->status(lesson.id), TerminalSession::LessonStatus::Done);
    QCOMPARE(m_t.session->resumeStep(lesson), 0); // a finished lesson is replayed from the start
}

void TestTerminalSession::wrongSecretsLockTheAccount()
{
    VerifyResult result;
    int wrongAnswers = 0;
    for (int attempt = 0; attempt < 40 && result.status != VerifyResult::Status::Locked; ++attempt) {
        result = m_t.session->signIn(m_learnerId, Secret::pictures({0, 1, 2}));
        if (result.status == VerifyResult::Status::Wrong)
            ++wrongAnswers;
        m_clock.advance(result.retryAfterMs + 1);
    }
    QCOMPARE(result.status, VerifyResult::Status::Locked);
    QCOMPARE(wrongAnswers, SecretGuard::MaxFailures - 1);
    QVERIFY(!m_t.session->isActive());
    // Even the right secret is refused now, and the card says it is locked.
    QCOMPARE(m_t.session->signIn(m_learnerId, Secret::pictures(Pictures)).status, VerifyResult::Status::Locked);
    QVERIFY(m_t.session->findCard(m_cardCode)->locked);
}

void TestTerminalSession::unknownCardIsNotFound()
{
    QVERIFY(!m_t.session->findCard(QStringLiteral("AAAAAA")));
    QVERIFY(!m_t.session->findCard(QString()));
    QVERIFY(!m_t.session->findCard(QStringLiteral("' OR 1=1 --")));
}

void TestTerminalSession::assignedSetInOrder()
{
    StaffRepository staff(*m_t.db, m_hasher, m_clock);
    const auto mediator = staff.createFirstAccount(QStringLiteral("Claire"), Secret::pin(QStringLiteral("2468")));
    QVERIFY(mediator);
    LessonSetRepository sets(*m_t.db);
    const auto set = sets.create(QStringLiteral("Atelier du mardi"),
                                 {QStringLiteral("A2-cliquer"), QStringLiteral("A1-allumer")}, mediator->id);
    QVERIFY(set);
    QVERIFY(sets.assignToLearner(set->id, m_learnerId, mediator->id));

    QVERIFY(m_t.session->assignedLessonIds().isEmpty()); // nobody signed in
    QVERIFY(m_t.session->startGuest());
    QVERIFY(m_t.session->assignedLessonIds().isEmpty());
    QCOMPARE(m_t.session->signIn(m_learnerId, Secret::pictures(Pictures)).status, VerifyResult::Status::Accepted);
    QCOMPARE(m_t.session->assignedLessonIds(), (QStringList{QStringLiteral("A2-cliquer"), QStringLiteral("A1-allumer")}));
    QCOMPARE(m_t.session->assignedSetName(), QStringLiteral("Atelier du mardi"));
}

void TestTerminalSession::eventsAfterTheEndAreNotRecorded()
{
    QVERIFY(m_t.session->startGuest());
    const QString sessionId = m_t.session->sessionId();
    const Lesson lesson = threeClicks();
    LessonRun run(lesson, m_clock);
    m_t.session->attachRun(&run);
    run.start(0);
    run.handle(UserAction::click(QStringLiteral("a")));
    m_t.session->end(SessionEndReason::StaffReset);
    run.handle(UserAction::click(QStringLiteral("b")));
    QCOMPARE(ProgressRepository(*m_t.db).eventsOfSession(sessionId).size(), 1);
}

void TestTerminalSession::changedLessonStartsAgain()
{
    QCOMPARE(m_t.session->signIn(m_learnerId, Secret::pictures(Pictures)).status, VerifyResult::Status::Accepted);
    const Lesson v1 = threeClicks(QStringLiteral("T1-clics"), 1);
    LessonRun run(v1, m_clock);
    m_t.session->attachRun(&run);
    run.start(0);
    run.handle(UserAction::click(QStringLiteral("a")));
    run.handle(UserAction::click(QStringLiteral("b")));
    QCOMPARE(m_t.session->resumeStep(v1), 2);
    QCOMPARE(m_t.session->resumeStep(threeClicks(QStringLiteral("T1-clics"), 2)), 0);
}

void TestTerminalSession::endingASessionGivesBackTheCache()
{
    // A long day of sessions: the page cache must not keep growing with the database (soak, case 15).
    QCOMPARE(m_t.session->signIn(m_learnerId, Secret::pictures(Pictures)).status, VerifyResult::Status::Accepted);
    const Lesson lesson = threeClicks();
    for (int i = 0; i < 300; ++i) {
        LessonRun run(lesson, m_clock);
        m_t.session->attachRun(&run);
        run.start(0);
        run.handle(UserAction::click(QStringLiteral("b"))); // wrong: an event, the step stays
        run.handle(UserAction::click(QStringLiteral("a")));
    }
    const qint64 during = StoreTest::pageCacheBytes(*m_t.db);
    QVERIFY2(during > 64 * 1024, qPrintable(QStringLiteral("page cache during the session: %1 bytes").arg(during)));
    m_t.session->end(SessionEndReason::Logout);
    const qint64 after = StoreTest::pageCacheBytes(*m_t.db);
    QVERIFY2(after >= 0 && after < during / 4,
             qPrintable(QStringLiteral("page cache: %1 bytes during the session, %2 after its end").arg(during).arg(after)));
}

QTEST_GUILESS_MAIN(TestTerminalSession)
#include "tst_terminalsession.moc"
