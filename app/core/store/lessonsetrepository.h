#pragma once

#include "auditlog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

struct LessonSet
{
    QString id;
    QString name;          ///< capped at 80 characters
    QStringList lessonIds; ///< in order; each capped at 128 characters
    QString createdAt;
};

struct Assignment
{
    QString id;
    QString setId;
    QString learnerId; ///< set for a learner assignment
    QString groupId;   ///< set for a group assignment
    QString assignedAt;
};

/// Ordered lesson sets built by mediators, and their assignment to a learner or a group.
class LessonSetRepository
{
public:
    explicit LessonSetRepository(Database &db);

    std::optional<LessonSet> create(const QString &name, const QStringList &lessonIds, const QString &actorId);
    bool update(const QString &id, const QString &name, const QStringList &lessonIds, const QString &actorId);
    bool archive(const QString &id, const QString &actorId);
    std::optional<LessonSet> find(const QString &id) const;
    QList<LessonSet> list() const;

    std::optional<Assignment> assignToLearner(const QString &setId, const QString &learnerId, const QString &actorId);
    std::optional<Assignment> assignToGroup(const QString &setId, const QString &groupId, const QString &actorId);
    bool unassign(const QString &assignmentId, const QString &actorId);
    QList<Assignment> assignments(const QString &setId) const;
    /// Active sets assigned to the learner directly or through an active group, oldest assignment first.
    QList<LessonSet> setsForLearner(const QString &learnerId) const;

private:
    bool writeItems(const QString &setId, const QStringList &lessonIds);
    std::optional<Assignment> assign(const QString &setId, const QString &learnerId, const QString &groupId,
                                     const QString &actorId);

    Database &m_db;
    AuditLog m_audit;
};
