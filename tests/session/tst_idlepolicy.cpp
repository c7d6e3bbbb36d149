// IdlePolicy: the countdown runs on the monotonic clock only, always lasts the full warning,
// and any activity before expiry starts it again.

#include "common/clock.h"
#include "session/idlepolicy.h"

#include <QTest>

class TestIdlePolicy : public QObject
{
    Q_OBJECT

private slots:
    void activeUntilTheDelay();
    void warningThenExpiry();
    void activityDuringWarningCancelsIt();
    void countdownSecondsRoundUp();
    void warningNeverShorterThanTwentySeconds();
    void latePollStillShowsTheWholeWarning();
    void wallClockJumpsChangeNothing();
    void expiredStaysExpiredUntilRestart();
    void clockGoingBackwardsDoesNotExtendOrEnd();
};

void TestIdlePolicy::activeUntilTheDelay()
{
    ManualClock clock(1000);
    IdlePolicy policy(clock, 180'000, 30'000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Active);
    clock.advance(179'999);
    QCOMPARE(policy.poll(), IdlePolicy::State::Active);
    QCOMPARE(policy.remainingMs(), 1);
    clock.advance(1);
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
}

void TestIdlePolicy::warningThenExpiry()
{
    ManualClock clock;
    IdlePolicy policy(clock, 180'000, 30'000);
    clock.advance(180'000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
    QCOMPARE(policy.secondsLeft(), 30);
    clock.advance(29'999);
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
    QCOMPARE(policy.secondsLeft(), 1);
    clock.advance(1);
    QCOMPARE(policy.poll(), IdlePolicy::State::Expired);
    QCOMPARE(policy.secondsLeft(), 0);
}

void TestIdlePolicy::activityDuringWarningCancelsIt()
{
    ManualClock clock;
    IdlePolicy policy(clock, 60'000, 20'000);
    clock.advance(60'000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
    clock.advance(15'000);
    policy.noteActivity();
    QCOMPARE(policy.poll(), IdlePolicy::State::Active);
    QCOMPARE(policy.remainingMs(), 60'000);
    clock.advance(59'000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Active);
}

void TestIdlePolicy::countdownSecondsRoundUp()
{
    ManualClock clock;
    IdlePolicy policy(clock, 10'000, 25'000);
    clock.advance(10'000);
    policy.poll();
    clock.advance(500);
    QCOMPARE(policy.secondsLeft(), 25);
    clock.advance(600);
    QCOMPARE(policy.secondsLeft(), 24);
}

void TestIdlePolicy::warningNeverShorterThanTwentySeconds()
{
    ManualClock clock;
    IdlePolicy policy(clock, 5'000, 3'000);
    QCOMPARE(policy.warningMs(), IdlePolicy::MinWarningMs);
    clock.advance(5'000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
    clock.advance(19'999);
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
    clock.advance(1);
    QCOMPARE(policy.poll(), IdlePolicy::State::Expired);
}

void TestIdlePolicy::latePollStillShowsTheWholeWarning()
{
    // The machine was busy and nobody polled for ten minutes: the person still gets 30 s.
    ManualClock clock;
    IdlePolicy policy(clock, 180'000, 30'000);
    clock.advance(600'000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
    QCOMPARE(policy.secondsLeft(), 30);
    clock.advance(30'000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Expired);
}

void TestIdlePolicy::wallClockJumpsChangeNothing()
{
    ManualClock clock;
    IdlePolicy policy(clock, 180'000, 30'000);
    clock.advance(100'000);
    clock.jumpWall(24LL * 3600 * 1000); // NTP sets the clock a day forward
    QCOMPARE(policy.poll(), IdlePolicy::State::Active);
    QCOMPARE(policy.remainingMs(), 80'000);
    clock.jumpWall(-48LL * 3600 * 1000); // and two days back
    QCOMPARE(policy.poll(), IdlePolicy::State::Active);
    QCOMPARE(policy.remainingMs(), 80'000);
    clock.advance(80'000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
    clock.jumpWall(3600 * 1000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
    QCOMPARE(policy.secondsLeft(), 30);
}

void TestIdlePolicy::expiredStaysExpiredUntilRestart()
{
    ManualClock clock;
    IdlePolicy policy(clock, 1'000, 20'000);
    clock.advance(1'000);
    policy.poll();
    clock.advance(20'000);
    QCOMPARE(policy.poll(), IdlePolicy::State::Expired);
    policy.noteActivity(); // too late: the session is over
    QCOMPARE(policy.poll(), IdlePolicy::State::Expired);
    policy.restart();
    QCOMPARE(policy.poll(), IdlePolicy::State::Active);
    QCOMPARE(policy.remainingMs(), 1'000);
}

/// A monotonic clock must not go back; a buggy one that does must neither end nor extend time.
class BackwardsClock final : public MonotonicClock
{
public:
    qint64 nowMs() const override { return value; }
    qint64 value = 500'000;
};

void TestIdlePolicy::clockGoingBackwardsDoesNotExtendOrEnd()
{
    BackwardsClock clock;
    IdlePolicy policy(clock, 180'000, 30'000);
    clock.value += 100'000;
    QCOMPARE(policy.poll(), IdlePolicy::State::Active);
    clock.value -= 400'000;
    QCOMPARE(policy.poll(), IdlePolicy::State::Active);
    QCOMPARE(policy.remainingMs(), 80'000);
    clock.value = 500'000 + 180'000; // time resumes: the warning comes when it was due
    QCOMPARE(policy.poll(), IdlePolicy::State::Warning);
}

QTEST_APPLESS_MAIN(TestIdlePolicy)
#include "tst_idlepolicy.moc"
