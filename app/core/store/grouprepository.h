#pragma once

#include "auditlog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

struct LearnerGroup
{
    QString id;
    QString name; ///< capped at 80 characters
    QString createdAt;
};

/// Workshop groups and their members (mediator actions, audited).
class GroupRepository
{
public:
    explicit GroupRepository(Database &db);

    std::optional<LearnerGroup> create(const QString &name, const QString &actorId);
    bool rename(const QString &id, const QString &name, const QString &actorId);
    bool archive(const QString &id, const QString &actorId);
    /// Active groups by name.
    QList<LearnerGroup> list() const;
    bool addMember(const QString &groupId, const QString &learnerId, const QString &actorId);
    bool removeMember(const QString &groupId, const QString &learnerId, const QString &actorId);
    /// Learner ids of a group.
    QStringList members(const QString &groupId) const;
    /// Ids of the active groups a learner belongs to.
    QStringList groupsOf(const QString &learnerId) const;

private:
    bool write(const QString &sql, const QVariantList &values, const QString &actorId, const QString &action,
               const QString &target);

    Database &m_db;
    AuditLog m_audit;
};
