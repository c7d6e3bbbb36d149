// Secrets: normalization, Argon2id hashing that fails closed, and the lockout policy under
// 1,000 wrong tries, restarts and clock changes.

#include "storetestsupport.h"

#include "store/learnerrepository.h"
#include "store/staffrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;
using Status = VerifyResult::Status;

class TestStoreSecrets : public QObject
{
    Q_OBJECT

private slots:
    void pinNormalization_data();
    void pinNormalization();
    void picturePasswords();
    void hashesAreSaltedAndFailClosed();
    void thousandWrongSecretsLockAndStayLocked();
    void restartDoesNotClearTheDelay();
    void correctSecretResetsFailures();
    void missingHashFailsClosed();
    void staffFirstRunAndRoles();
    void staffLockoutSurvivesReopen();
    void staffResetMakesTheLearnerChooseANewSecret();
};

void TestStoreSecrets::pinNormalization_data()
{
    QTest::addColumn<QString>("entered");
    QTest::addColumn<QByteArray>("material"); // empty = invalid
    QTest::newRow("ascii") << QStringLiteral("1234") << QByteArray("pin:1234");
    QTest::newRow("six digits") << QStringLiteral("012345") << QByteArray("pin:012345");
    QTest::newRow("arabic-indic") << QStringLiteral("\u0661\u0662\u0663\u0664") << QByteArray("pin:1234");
    QTest::newRow("eastern arabic-indic") << QStringLiteral("\u06F1\u06F2\u06F3\u06F4\u06F5") << QByteArray("pin:12345");
    QTest::newRow("mixed scripts") << QStringLiteral("1\u06623\u06F4") << QByteArray("pin:1234");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("too short") << QStringLiteral("123") << QByteArray();
    QTest::newRow("too long") << QStringLiteral("1234567") << QByteArray();
    QTest::newRow("very long") << QString(10000, QLatin1Char('1')) << QByteArray();
    QTest::newRow("letter") << QStringLiteral("12a4") << QByteArray();
    QTest::newRow("space") << QStringLiteral(" 1234") << QByteArray();
    QTest::newRow("fullwidth digits") << QStringLiteral("\uFF11\uFF12\uFF13\uFF14") << QByteArray();
    QTest::newRow("NUL") << QStringLiteral("12\u00003") << QByteArray();
}

void TestStoreSecrets::pinNormalization()
{
    QFETCH(QString, entered);
    QFETCH(QByteArray, material);
    const Secret secret = Secret::pin(entered);
    QCOMPARE(secret.isValid(), !material.isEmpty());
    QCOMPARE(secret.material(), material);
    SecretHasher hasher(SecretHasher::minimalCost());
    QCOMPARE(hasher.hash(secret).isEmpty(), material.isEmpty());
}

void TestStoreSecrets::picturePasswords()
{
    QVERIFY(Secret::pictures({0, 5, 11}).isValid());
    QCOMPARE(Secret::pictures({0, 5, 11}).kind(), Secret::Kind::Pictures);
    QVERIFY(!Secret::pictures({0, 0, 1}).isValid());
    QVERIFY(!Secret::pictures({0, 1, 12}).isValid());
    QVERIFY(!Secret::pictures({-1, 1, 2}).isValid());
    QVERIFY(!Secret::pictures({1, 2}).isValid());
    QVERIFY(!Secret::pictures({1, 2, 3, 4}).isValid());
    SecretHasher hasher(SecretHasher::minimalCost());
    const QByteArray hash = hasher.hash(Secret::pictures({1, 2, 3}));
    QVERIFY(hasher.verify(hash, Secret::pictures({1, 2, 3})));
    QVERIFY(!hasher.verify(hash, Secret::pictures({3, 2, 1}))); // order matters
    QVERIFY(!hasher.verify(hash, Secret::pin(QStringLiteral("1234"))));
}

void TestStoreSecrets::hashesAreSaltedAndFailClosed()
{
    SecretHasher hasher; // the production cost
    const Secret pin = Secret::pin(QStringLiteral("2580"));
    const QByteArray a = hasher.hash(pin);
    const QByteArray b = hasher.hash(pin);
    QVERIFY(a.startsWith("$argon2id$"));
    QVERIFY(a != b); // random salt
    QVERIFY(!a.contains("2580"));
    QVERIFY(hasher.verify(a, pin));
    QVERIFY(hasher.verify(b, Secret::pin(QStringLiteral("\u0662\u0665\u0668\u0660"))));
    QVERIFY(!hasher.verify(a, Secret::pin(QStringLiteral("2581"))));
    QVERIFY(!hasher.verify({}, pin));
    QVERIFY(!hasher.verify(QByteArray("$argon2id$garbage"), pin));
    QVERIFY(!hasher.verify(QByteArray(500, 'x'), pin));
    QVERIFY(!hasher.verify(a, Secret()));
    QVERIFY(hasher.hash(Secret()).isEmpty());
}

void TestStoreSecrets::thousandWrongSecretsLockAndStayLocked()
{
    QTemporaryDir dir;
    ManualClock clock;
    QRandomGenerator random(1);
    SecretHasher hasher; // production cost: the refusals must be cheap, not the hash
    const Secret right = Secret::pictures({4, 9, 2});
    const Secret wrong = Secret::pictures({4, 9, 3});
    QString learnerId;
    QString staffId;
    {
        Database db(dir.path(), clock);
        QVERIFY(db.open());
        StaffRepository staff(db, hasher, clock);
        staffId = staff.createFirstAccount(QStringLiteral("Claire"), Secret::pin(QStringLiteral("9753")))->id;
        LearnerRepository learners(db, hasher, clock, random);
        learnerId = learners.create({QStringLiteral("Moussa"), {}, QStringLiteral("fr"), 1.0}, right)->id;

        QList<qint64> waits;
        QList<int> failuresSeen;
        int locked = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i) {
            const VerifyResult r = learners.verifySecret(learnerId, wrong);
            switch (r.status) {
            case Status::Wrong:
                failuresSeen << r.failures;
                break;
            case Status::TooSoon:
                QVERIFY(r.retryAfterMs > 0);
                waits << r.retryAfterMs;
                clock.advance(r.retryAfterMs); // the script waits exactly as long as asked
                break;
            case Status::Locked:
                ++locked;
                break;
            default:
                QFAIL("unexpected status");
            }
        }
        QCOMPARE(failuresSeen, (QList<int>{1, 2, 3, 4}));
        QCOMPARE(waits, (QList<qint64>{2000, 5000, 15000})); // growing delay
        QCOMPARE(locked, 1000 - 4 - 3);
        QVERIFY2(timer.elapsed() < 10000, "refusals must not hash");
        QVERIFY(learners.find(learnerId)->locked);
        QCOMPARE(learners.find(learnerId)->failedAttempts, SecretGuard::MaxFailures);

        // Neither time nor a clock change lifts it, and the right secret is refused too.
        clock.advance(7LL * 24 * 3600 * 1000);
        clock.jumpWall(365LL * 24 * 3600 * 1000);
        QCOMPARE(learners.verifySecret(learnerId, right).status, Status::Locked);
    }
    // A restart does not clear it either.
    ManualClock restarted;
    Database db(dir.path(), restarted);
    QVERIFY(db.open());
    LearnerRepository learners(db, hasher, restarted, random);
    QCOMPARE(learners.verifySecret(learnerId, right).status, Status::Locked);
    QVERIFY(!learners.unlock(learnerId, QStringLiteral("not-a-staff-id")));
    QVERIFY(!learners.unlock(learnerId, QString()));            // no actor is not staff either
    QVERIFY(!learners.requireNewSecret(learnerId, QString()));  // (nor a way around the lock)
    QVERIFY(!learners.setSecret(learnerId, right, QString()));
    QCOMPARE(learners.verifySecret(learnerId, right).status, Status::Locked);
    QVERIFY(learners.unlock(learnerId, staffId));
    QCOMPARE(learners.verifySecret(learnerId, right).status, Status::Accepted);
    QCOMPARE(AuditLog(db).entries().first().action, QStringLiteral("learner.unlock"));
}

void TestStoreSecrets::restartDoesNotClearTheDelay()
{
    QTemporaryDir dir;
    ManualClock clock;
    QRandomGenerator random(2);
    SecretHasher hasher(SecretHasher::minimalCost());
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    QString id;
    {
        LearnerRepository learners(db, hasher, clock, random);
        id = learners.create(LearnerProfile::named(QStringLiteral("Zeynep")), Secret::pin(QStringLiteral("1111")))->id;
        QCOMPARE(learners.verifySecret(id, Secret::pin(QStringLiteral("0000"))).status, Status::Wrong);
        const VerifyResult second = learners.verifySecret(id, Secret::pin(QStringLiteral("0000")));
        QCOMPARE(second.failures, 2);
        QCOMPARE(second.retryAfterMs, 2000);
    }
    // A new process knows nothing of when the last failure was: the wait starts again.
    LearnerRepository learners(db, hasher, clock, random);
    const VerifyResult r = learners.verifySecret(id, Secret::pin(QStringLiteral("1111")));
    QCOMPARE(r.status, Status::TooSoon);
    QCOMPARE(r.retryAfterMs, 2000);
    clock.jumpWall(3600 * 1000); // a wall-clock jump does not help
    QCOMPARE(learners.verifySecret(id, Secret::pin(QStringLiteral("1111"))).status, Status::TooSoon);
    clock.advance(2000);
    QCOMPARE(learners.verifySecret(id, Secret::pin(QStringLiteral("1111"))).status, Status::Accepted);
}

void TestStoreSecrets::correctSecretResetsFailures()
{
    QTemporaryDir dir;
    ManualClock clock;
    QRandomGenerator random(3);
    SecretHasher hasher(SecretHasher::minimalCost());
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    LearnerRepository learners(db, hasher, clock, random);
    const QString id = learners.create(LearnerProfile::named(QStringLiteral("Lina")), Secret::pin(QStringLiteral("4826")))->id;
    for (int i = 0; i < 3; ++i) {
        const VerifyResult r = learners.verifySecret(id, Secret::pin(QStringLiteral("0000")));
        QCOMPARE(r.status, Status::Wrong);
        clock.advance(r.retryAfterMs);
    }
    QCOMPARE(learners.find(id)->failedAttempts, 3);
    QCOMPARE(learners.verifySecret(id, Secret::pin(QStringLiteral("\u06F4\u06F8\u06F2\u06F6"))).status, Status::Accepted);
    QCOMPARE(learners.find(id)->failedAttempts, 0);
    const VerifyResult again = learners.verifySecret(id, Secret::pin(QStringLiteral("0000")));
    QCOMPARE(again.failures, 1);
    QCOMPARE(again.retryAfterMs, 0);
    // Malformed input counts as a failure too (no way around the counter).
    QCOMPARE(learners.verifySecret(id, Secret::pin(QStringLiteral("abc"))).status, Status::Wrong);
    QCOMPARE(learners.find(id)->failedAttempts, 2);
    QCOMPARE(learners.verifySecret(QStringLiteral("unknown"), Secret::pin(QStringLiteral("4826"))).status, Status::Unknown);
}

void TestStoreSecrets::missingHashFailsClosed()
{
    QTemporaryDir dir;
    ManualClock clock;
    QRandomGenerator random(4);
    SecretHasher hasher(SecretHasher::minimalCost());
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    LearnerRepository learners(db, hasher, clock, random);
    QVERIFY(!learners.create(LearnerProfile::named(QStringLiteral("No secret")), Secret())); // refused
    const QString id = learners.create(LearnerProfile::named(QStringLiteral("Ali")), Secret::pin(QStringLiteral("1357")))->id;
    for (const QString &value : {QStringLiteral("NULL"), QStringLiteral("''")}) {
        QSqlQuery wipe = db.prepare(QStringLiteral("UPDATE learners SET secret_hash = %1 WHERE id = ?").arg(value));
        wipe.addBindValue(id);
        QVERIFY(wipe.exec());
        QCOMPARE(learners.verifySecret(id, Secret::pin(QStringLiteral("1357"))).status, Status::NoSecret);
    }
}

void TestStoreSecrets::staffFirstRunAndRoles()
{
    QTemporaryDir dir;
    ManualClock clock;
    SecretHasher hasher(SecretHasher::minimalCost());
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    StaffRepository staff(db, hasher, clock);
    QVERIFY(!staff.hasAnyAccount()); // no built-in account, no default PIN
    QVERIFY(!staff.createFirstAccount(QStringLiteral("Nadia"), Secret::pictures({1, 2, 3}))); // staff use a PIN
    QVERIFY(!staff.createFirstAccount(QStringLiteral("   "), Secret::pin(QStringLiteral("1234"))));
    const auto first = staff.createFirstAccount(QStringLiteral("Nadia"), Secret::pin(QStringLiteral("8642")));
    QVERIFY(first);
    QCOMPARE(first->role, StaffRole::Mediator);
    QVERIFY(staff.hasAnyAccount());
    QVERIFY(!staff.createFirstAccount(QStringLiteral("Intruder"), Secret::pin(QStringLiteral("0000"))));

    const auto librarian = staff.create(QStringLiteral("Paul"), StaffRole::Staff, Secret::pin(QStringLiteral("1470")), first->id);
    QVERIFY(librarian);
    QVERIFY(!staff.create(QStringLiteral("Eve"), StaffRole::Mediator, Secret::pin(QStringLiteral("1111")), librarian->id));
    QCOMPARE(staff.list().size(), 2);
    QCOMPARE(staff.verifyPin(librarian->id, Secret::pin(QStringLiteral("1470"))).status, Status::Accepted);
    QCOMPARE(staff.verifyPin(librarian->id, Secret::pictures({1, 4, 7})).status, Status::Wrong);
    QVERIFY(staff.setPin(librarian->id, Secret::pin(QStringLiteral("2222")), librarian->id));
    QCOMPARE(staff.verifyPin(librarian->id, Secret::pin(QStringLiteral("2222"))).status, Status::Accepted);
    QVERIFY(!staff.setPin(first->id, Secret::pin(QStringLiteral("3333")), librarian->id)); // not a mediator

    const QList<AuditLog::Entry> audit = AuditLog(db).entries();
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.last().action, QStringLiteral("staff.first-run"));
    QCOMPARE(audit.at(1).action, QStringLiteral("staff.create"));
    QCOMPARE(audit.at(1).actorId, first->id);
    QCOMPARE(audit.first().action, QStringLiteral("staff.pin-reset"));
}

void TestStoreSecrets::staffLockoutSurvivesReopen()
{
    QTemporaryDir dir;
    ManualClock clock;
    SecretHasher hasher(SecretHasher::minimalCost());
    QString mediator;
    QString librarian;
    {
        Database db(dir.path(), clock);
        QVERIFY(db.open());
        StaffRepository staff(db, hasher, clock);
        mediator = staff.createFirstAccount(QStringLiteral("Nadia"), Secret::pin(QStringLiteral("8642")))->id;
        librarian = staff.create(QStringLiteral("Paul"), StaffRole::Staff, Secret::pin(QStringLiteral("1470")), mediator)->id;
        int tries = 0;
        while (staff.verifyPin(librarian, Secret::pin(QStringLiteral("0000"))).status != Status::Locked && tries < 100) {
            clock.advance(60000);
            ++tries;
        }
        QCOMPARE(tries, SecretGuard::MaxFailures - 1);
    }
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    StaffRepository staff(db, hasher, clock);
    QVERIFY(staff.find(librarian)->locked);
    QCOMPARE(staff.verifyPin(librarian, Secret::pin(QStringLiteral("1470"))).status, Status::Locked);
    QVERIFY(!staff.unlock(librarian, librarian)); // not by itself
    QVERIFY(staff.unlock(librarian, mediator));
    QCOMPARE(staff.verifyPin(librarian, Secret::pin(QStringLiteral("1470"))).status, Status::Accepted);
}

QTEST_GUILESS_MAIN(TestStoreSecrets)
void TestStoreSecrets::staffResetMakesTheLearnerChooseANewSecret()
{
    QTemporaryDir dir;
    ManualClock clock;
    QRandomGenerator random(7);
    SecretHasher hasher(SecretHasher::minimalCost());
    const Secret old = Secret::pictures({1, 4, 7});
    const Secret chosen = Secret::pictures({9, 2, 11});
    QString id;
    {
        Database db(dir.path(), clock);
        QVERIFY(db.open());
        StaffRepository staff(db, hasher, clock);
        const QString mediator = staff.createFirstAccount(QStringLiteral("Nadia"), Secret::pin(QStringLiteral("8642")))->id;
        LearnerRepository learners(db, hasher, clock, random);
        id = learners.create(LearnerProfile::named(QStringLiteral("Yasmine")), old)->id;
        // Locked first: the reset lifts the lockout too.
        for (int i = 0; i < SecretGuard::MaxFailures; ++i) {
            learners.verifySecret(id, Secret::pictures({0, 1, 2}));
            clock.advance(60000);
        }
        QVERIFY(learners.find(id)->locked);
        QVERIFY(!learners.requireNewSecret(id, id)); // only staff
        QVERIFY(!learners.chooseNewSecret(id, chosen)); // nothing due yet
        QVERIFY(learners.requireNewSecret(id, mediator));
        const Learner reset = *learners.find(id);
        QVERIFY(reset.newSecretDue);
        QVERIFY(!reset.locked);
        QCOMPARE(reset.failedAttempts, 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT secret_hash FROM learners WHERE id = ?"), {id}).isNull());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'learner.secret-due' AND target = ?"),
                        {id}).toInt(), 1);
        // Fails closed: no old secret works, whatever is tried, and nothing is counted.
        for (const Secret &attempt : {old, chosen, Secret::pin(QStringLiteral("1234"))})
            QCOMPARE(learners.verifySecret(id, attempt).status, Status::NewSecretDue);
        QCOMPARE(learners.find(id)->failedAttempts, 0);
    }
    // The reset survives a restart.
    Database db(dir.path(), clock);
    QVERIFY(db.open());
    LearnerRepository learners(db, hasher, clock, random);
    QVERIFY(learners.needsNewSecret(id));
    QCOMPARE(learners.verifySecret(id, old).status, Status::NewSecretDue);
    QVERIFY(!learners.chooseNewSecret(id, Secret::pictures({1, 1, 1}))); // invalid: refused
    QVERIFY(learners.chooseNewSecret(id, chosen));
    QVERIFY(!learners.needsNewSecret(id));
    QVERIFY(!learners.find(id)->newSecretDue);
    QVERIFY(!learners.chooseNewSecret(id, old)); // once only: no longer due
    QCOMPARE(learners.verifySecret(id, chosen).status, Status::Accepted);
    clock.advance(60000);
    QCOMPARE(learners.verifySecret(id, old).status, Status::Wrong);
}

#include "tst_store_secrets.moc"
