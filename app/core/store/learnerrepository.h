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
    bool newSecretDue = false; ///< staff reset the secret: the learner chooses a new one at sign-in
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
    /// Replaces the secret and clears failures, lockout and a due new secret (a staff action: audited).
    bool setSecret(const QString &id, const Secret &secret, const QString &actorId);
    /// Staff reset (audited): forgets the secret, clears failures and lockout, and marks a new
    /// secret as due; the learner chooses it at the next sign-in. No old secret works meanwhile.
    bool requireNewSecret(const QString &id, const QString &actorId);
    /// True when the active learner `id` must choose a new secret before signing in.
    bool needsNewSecret(const QString &id) const;
    /// The learner's own new secret, allowed only while one is due (see requireNewSecret).
    bool chooseNewSecret(const QString &id, const Secret &secret);
    /// NewSecretDue (without checking anything) while a new secret is due.
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
    /// One UPDATE of exactly one learner row (`values` bound in order), in its own transaction.
    /// With an audit action it is a staff action: refused unless `actorId` is an active staff
    /// account, and audited in the same transaction. Without, it is the learner's own change.
    bool updateOneLearner(const QString &sql, const QVariantList &values, const QString &id,
                          const QString &auditAction = {}, const QString &actorId = {});

    Database &m_db;
    const SecretHasher &m_hasher;
    QRandomGenerator &m_random;
    SecretGuard m_guard;
    AuditLog m_audit;
};
