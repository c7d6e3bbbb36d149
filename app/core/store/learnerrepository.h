#pragma once

#include "auditlog.h"
#include "common/clock.h"
#include "secretguard.h"
#include "secrethasher.h"

#include <QRandomGenerator>
#include <QString>

#include <optional>

class Database;

/// What a mediator (or the learner) can set on a learner. Texts are capped (see TextLimits):
/// display name 80, avatar 64, language 16; the text scale is clamped to 1.0-2.5.
struct LearnerProfile
{
    QString displayName;
    QString avatar;
    QString language = QStringLiteral("fr");
    double textScale = 1.0;

    static LearnerProfile named(const QString &displayName)
    {
        LearnerProfile profile;
        profile.displayName = displayName;
        return profile;
    }
};

struct Learner
{
    QString id;
    QString cardCode;
    LearnerProfile profile;
    Secret::Kind secretKind = Secret::Kind::Invalid;
    int failedAttempts = 0;
    bool locked = false;
    QString createdAt;
    QString archivedAt; ///< empty while active
};

/// Learners, their card codes and their secrets (salted Argon2id hashes, lockout in SecretGuard).
class LearnerRepository
{
public:
    static constexpr int CardCodeLength = 6;
    /// No 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B, Q: easy to read aloud and to type from a printed card.
    static inline const QString CardAlphabet = QStringLiteral("ACDEFHJKMNPRTUVWXY3479");
    static constexpr double MinTextScale = 1.0;
    static constexpr double MaxTextScale = 2.5;

    LearnerRepository(Database &db, const SecretHasher &hasher, const MonotonicClock &clock, QRandomGenerator &random);

    /// Creates a learner with a fresh unique card code. Fails on an invalid secret.
    std::optional<Learner> create(const LearnerProfile &profile, const Secret &secret, const QString &actorId = {});
    std::optional<Learner> find(const QString &id) const;
    /// Active learners only; the code is normalized (case, spaces, dashes).
    std::optional<Learner> findByCardCode(const QString &code) const;
    bool updateProfile(const QString &id, const LearnerProfile &profile, const QString &actorId = {});
    /// Replaces the secret and clears failures and lockout (a staff action: audited).
    bool setSecret(const QString &id, const Secret &secret, const QString &actorId);
    VerifyResult verifySecret(const QString &id, const Secret &attempt);
    /// Lifts a lockout. Only a staff member can: `actorId` must be an active staff account.
    bool unlock(const QString &id, const QString &actorId);
    bool archive(const QString &id, const QString &actorId);

    static QString normalizeCardCode(const QString &entered);
    static LearnerProfile cappedProfile(const LearnerProfile &profile);

private:
    QString generateCardCode();
    std::optional<Learner> findWhere(const QString &column, const QString &value, bool activeOnly) const;
    bool staffExists(const QString &actorId) const;

    Database &m_db;
    const SecretHasher &m_hasher;
    QRandomGenerator &m_random;
    SecretGuard m_guard;
    AuditLog m_audit;
};
