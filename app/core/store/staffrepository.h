#pragma once

#include "auditlog.h"
#include "common/clock.h"
#include "secretguard.h"
#include "secrethasher.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

enum class StaffRole { Staff, Mediator };

struct StaffMember
{
    QString id;
    QString name; ///< capped at 80 characters
    StaffRole role = StaffRole::Staff;
    int failedAttempts = 0;
    bool locked = false;
    QString createdAt;
    QString archivedAt;
};

/// Staff and mediator accounts, PIN-protected with the same hashing and lockout as learners.
/// There is no default PIN: createFirstAccount() works only while no account exists.
class StaffRepository
{
public:
    StaffRepository(Database &db, const SecretHasher &hasher, const MonotonicClock &clock);

    bool hasAnyAccount() const;
    /// First-run setup: creates a mediator; refused once any account exists. Staff use a PIN.
    std::optional<StaffMember> createFirstAccount(const QString &name, const Secret &pin);
    /// Only an active mediator can create accounts.
    std::optional<StaffMember> create(const QString &name, StaffRole role, const Secret &pin, const QString &actorId);
    std::optional<StaffMember> find(const QString &id) const;
    /// Active accounts by name.
    QList<StaffMember> list() const;
    VerifyResult verifyPin(const QString &id, const Secret &pin);
    /// Another active account lifts a lockout (a locked account cannot unlock itself).
    bool unlock(const QString &id, const QString &actorId);
    bool setPin(const QString &id, const Secret &pin, const QString &actorId);
    bool archive(const QString &id, const QString &actorId);

    static QString roleName(StaffRole role);

private:
    std::optional<StaffMember> insert(const QString &name, StaffRole role, const Secret &pin, const QString &actorId,
                                      bool onlyIfNone);
    bool isActive(const QString &id, std::optional<StaffRole> role = std::nullopt) const;

    Database &m_db;
    const SecretHasher &m_hasher;
    SecretGuard m_guard;
    AuditLog m_audit;
};
