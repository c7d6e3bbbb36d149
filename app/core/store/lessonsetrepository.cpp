#include "lessonsetrepository.h"

#include "database.h"
#include "textlimits.h"
#include "transaction.h"

#include <QVariant>

namespace {
QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
} // namespace

LessonSetRepository::LessonSetRepository(Database &db) : m_db(db), m_audit(db) {}

bool LessonSetRepository::writeItems(const QString &setId, const QStringList &lessonIds)
{
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM lesson_set_items WHERE set_id = ?"));
    clear.addBindValue(setId);
    if (!m_db.exec(clear))
        return false;
    for (qsizetype i = 0; i < lessonIds.size(); ++i) {
        QSqlQuery insert = m_db.prepare(QStringLiteral(
            "INSERT INTO lesson_set_items (set_id, position, lesson_id) VALUES (?, ?, ?)"));
        insert.addBindValue(setId);
        insert.addBindValue(static_cast<int>(i));
        insert.addBindValue(TextLimits::cap(lessonIds.at(i), TextLimits::Identifier));
        if (!m_db.exec(insert))
            return false;
    }
    return true;
}

std::optional<LessonSet> LessonSetRepository::create(const QString &name, const QStringList &lessonIds,
                                                     const QString &actorId)
{
    LessonSet set{Database::newId(), TextLimits::cap(name, TextLimits::Name), {}, m_db.nowText()};
    for (const QString &lessonId : lessonIds)
        set.lessonIds << TextLimits::cap(lessonId, TextLimits::Identifier);
    Transaction tx(m_db);
    if (!tx.begin())
        return std::nullopt;
    QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO lesson_sets (id, name, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(set.id);
    insert.addBindValue(set.name);
    insert.addBindValue(set.createdAt);
    if (!m_db.exec(insert) || !writeItems(set.id, set.lessonIds)
        || !m_audit.append(actorId, QStringLiteral("lesson-set.create"), set.id) || !tx.commit())
        return std::nullopt;
    return set;
}

bool LessonSetRepository::update(const QString &id, const QString &name, const QStringList &lessonIds,
                                 const QString &actorId)
{
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral("UPDATE lesson_sets SET name = ? WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(TextLimits::cap(name, TextLimits::Name));
    query.addBindValue(id);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return false;
    return writeItems(id, lessonIds) && m_audit.append(actorId, QStringLiteral("lesson-set.update"), id) && tx.commit();
}

bool LessonSetRepository::archive(const QString &id, const QString &actorId)
{
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral("UPDATE lesson_sets SET archived_at = ? WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(m_db.nowText());
    query.addBindValue(id);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return false;
    return m_audit.append(actorId, QStringLiteral("lesson-set.archive"), id) && tx.commit();
}

std::optional<LessonSet> LessonSetRepository::find(const QString &id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, name, created_at FROM lesson_sets WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    LessonSet set{query.value(0).toString(), query.value(1).toString(), {}, query.value(2).toString()};
    query.finish();
    QSqlQuery items = m_db.prepare(QStringLiteral(
        "SELECT lesson_id FROM lesson_set_items WHERE set_id = ? ORDER BY position"));
    items.addBindValue(id);
    if (!items.exec())
        return std::nullopt;
    while (items.next())
        set.lessonIds << items.value(0).toString();
    return set;
}

QList<LessonSet> LessonSetRepository::list() const
{
    QStringList ids;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id FROM lesson_sets WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE"));
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    QList<LessonSet> sets;
    for (const QString &id : std::as_const(ids)) {
        if (const auto set = find(id))
            sets.append(*set);
    }
    return sets;
}

std::optional<Assignment> LessonSetRepository::assign(const QString &setId, const QString &learnerId,
                                                      const QString &groupId, const QString &actorId)
{
    Assignment assignment{Database::newId(), setId, learnerId, groupId, m_db.nowText()};
    Transaction tx(m_db);
    if (!tx.begin())
        return std::nullopt;
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO assignments (id, set_id, learner_id, group_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(assignment.id);
    insert.addBindValue(setId);
    insert.addBindValue(nullable(learnerId));
    insert.addBindValue(nullable(groupId));
    insert.addBindValue(assignment.assignedAt);
    insert.addBindValue(nullable(actorId));
    if (!m_db.exec(insert)
        || !m_audit.append(actorId, QStringLiteral("lesson-set.assign"), setId,
                           learnerId.isEmpty() ? QStringLiteral("group ") + groupId : QStringLiteral("learner ") + learnerId)
        || !tx.commit())
        return std::nullopt;
    return assignment;
}

std::optional<Assignment> LessonSetRepository::assignToLearner(const QString &setId, const QString &learnerId,
                                                               const QString &actorId)
{
    if (learnerId.isEmpty())
        return std::nullopt;
    return assign(setId, learnerId, {}, actorId);
}

std::optional<Assignment> LessonSetRepository::assignToGroup(const QString &setId, const QString &groupId,
                                                             const QString &actorId)
{
    if (groupId.isEmpty())
        return std::nullopt;
    return assign(setId, {}, groupId, actorId);
}

bool LessonSetRepository::unassign(const QString &assignmentId, const QString &actorId)
{
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral("DELETE FROM assignments WHERE id = ?"));
    query.addBindValue(assignmentId);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return false;
    return m_audit.append(actorId, QStringLiteral("lesson-set.unassign"), assignmentId) && tx.commit();
}

QList<Assignment> LessonSetRepository::assignments(const QString &setId) const
{
    QList<Assignment> result;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, set_id, learner_id, group_id, assigned_at FROM assignments WHERE set_id = ? ORDER BY assigned_at"));
    query.addBindValue(setId);
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

QList<LessonSet> LessonSetRepository::setsForLearner(const QString &learnerId) const
{
    QStringList ids;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT a.set_id, min(a.assigned_at) AS first FROM assignments a JOIN lesson_sets s ON s.id = a.set_id"
        "  WHERE s.archived_at IS NULL AND (a.learner_id = ? OR a.group_id IN"
        "  (SELECT m.group_id FROM group_members m JOIN learner_groups g ON g.id = m.group_id"
        "   WHERE m.learner_id = ? AND g.archived_at IS NULL))"
        " GROUP BY a.set_id ORDER BY first"));
    query.addBindValue(learnerId);
    query.addBindValue(learnerId);
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    QList<LessonSet> sets;
    for (const QString &id : std::as_const(ids)) {
        if (const auto set = find(id))
            sets.append(*set);
    }
    return sets;
}
