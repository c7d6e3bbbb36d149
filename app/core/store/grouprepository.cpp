#include "grouprepository.h"

#include "database.h"
#include "textlimits.h"
#include "transaction.h"

#include <QVariant>

GroupRepository::GroupRepository(Database &db) : m_db(db), m_audit(db) {}

bool GroupRepository::write(const QString &sql, const QVariantList &values, const QString &actorId,
                            const QString &action, const QString &target)
{
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return false;
    return m_audit.append(actorId, action, target) && tx.commit();
}

std::optional<LearnerGroup> GroupRepository::create(const QString &name, const QString &actorId)
{
    LearnerGroup group{Database::newId(), TextLimits::cap(name, TextLimits::Name), m_db.nowText()};
    if (!write(QStringLiteral("INSERT INTO learner_groups (id, name, created_at) VALUES (?, ?, ?)"),
               {group.id, group.name, group.createdAt}, actorId, QStringLiteral("group.create"), group.id))
        return std::nullopt;
    return group;
}

bool GroupRepository::rename(const QString &id, const QString &name, const QString &actorId)
{
    return write(QStringLiteral("UPDATE learner_groups SET name = ? WHERE id = ? AND archived_at IS NULL"),
                 {TextLimits::cap(name, TextLimits::Name), id}, actorId, QStringLiteral("group.rename"), id);
}

bool GroupRepository::archive(const QString &id, const QString &actorId)
{
    return write(QStringLiteral("UPDATE learner_groups SET archived_at = ? WHERE id = ? AND archived_at IS NULL"),
                 {m_db.nowText(), id}, actorId, QStringLiteral("group.archive"), id);
}

QList<LearnerGroup> GroupRepository::list() const
{
    QList<LearnerGroup> groups;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, name, created_at FROM learner_groups WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE"));
    if (!query.exec())
        return groups;
    while (query.next())
        groups.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return groups;
}

bool GroupRepository::addMember(const QString &groupId, const QString &learnerId, const QString &actorId)
{
    return write(QStringLiteral("INSERT INTO group_members (group_id, learner_id, added_at) VALUES (?, ?, ?)"
                                " ON CONFLICT DO NOTHING"),
                 {groupId, learnerId, m_db.nowText()}, actorId, QStringLiteral("group.add-member"),
                 groupId + QLatin1Char(' ') + learnerId);
}

bool GroupRepository::removeMember(const QString &groupId, const QString &learnerId, const QString &actorId)
{
    return write(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND learner_id = ?"), {groupId, learnerId},
                 actorId, QStringLiteral("group.remove-member"), groupId + QLatin1Char(' ') + learnerId);
}

QStringList GroupRepository::members(const QString &groupId) const
{
    QStringList ids;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT m.learner_id FROM group_members m JOIN learners l ON l.id = m.learner_id"
        " WHERE m.group_id = ? ORDER BY l.display_name COLLATE NOCASE"));
    query.addBindValue(groupId);
    if (!query.exec())
        return ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

QStringList GroupRepository::groupsOf(const QString &learnerId) const
{
    QStringList ids;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT g.id FROM group_members m JOIN learner_groups g ON g.id = m.group_id"
        " WHERE m.learner_id = ? AND g.archived_at IS NULL ORDER BY g.name COLLATE NOCASE"));
    query.addBindValue(learnerId);
    if (!query.exec())
        return ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}
