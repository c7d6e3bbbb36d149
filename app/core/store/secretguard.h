#pragma once

#include "common/clock.h"
#include "secrethasher.h"

#include <QHash>
#include <QString>

class Database;

/// The answer to a sign-in attempt.
struct VerifyResult
{
    enum class Status {
        Accepted,
        Wrong,     ///< counted as a failure
        TooSoon,   ///< refused without checking: wait retryAfterMs
        Locked,    ///< refused without checking until staff unlock the account
        Unknown,   ///< no such active account
        NoSecret,  ///< the account has no usable hash: fails closed
        NewSecretDue, ///< staff reset the secret: the learner chooses a new one (no old secret works)
        StoreError ///< the failure could not be recorded (disk full...): refused
    };
    Status status = Status::Unknown;
    int failures = 0;        ///< consecutive failures recorded after this attempt
    qint64 retryAfterMs = 0; ///< wait required before the next attempt
};

/// Lockout policy shared by learners and staff (the decision of tracker issue 3):
/// - consecutive failures are stored in the account's row, so a restart does not clear them;
/// - after n failures the next attempt must wait delayAfterFailures(n) (0, 0, 2, 5, 15 s),
///   measured on the injected monotonic clock, so a wall-clock change neither shortens nor
///   lengthens it; after a restart the wait starts again from the first attempt seen;
/// - at MaxFailures the account is locked until a staff member unlocks it: no clock can lift it;
/// - attempts while locked or too soon are refused WITHOUT hashing (1,000 tries stay cheap)
///   and are not counted; a correct secret resets the count.
class SecretGuard
{
public:
    enum class Table { Learners, Staff };
    static constexpr int MaxFailures = 5;
    static qint64 delayAfterFailures(int failures);

    SecretGuard(Database &db, const SecretHasher &hasher, const MonotonicClock &clock, Table table);

    VerifyResult verify(const QString &id, const Secret &attempt);

private:
    QString table() const;

    Database &m_db;
    const SecretHasher &m_hasher;
    const MonotonicClock &m_clock;
    Table m_table;
    QHash<QString, qint64> m_lastFailureMs; ///< monotonic time of the last failure or first sighting
};
