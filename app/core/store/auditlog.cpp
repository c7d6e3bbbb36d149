#include "auditlog.h"

#include "database.h"
#include "textlimits.h"

#include <QVariant>

AuditLog::AuditLog(Database &db) : m_db(db) {}

bool AuditLog::append(const QString &actorId, const QString &action, const QString &target, const QString &detail)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log (id, at, terminal_id, actor_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Database::newId());
    query.addBindValue(m_db.nowText());
    query.addBindValue(m_db.terminalId());
    query.addBindValue(actorId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(actorId));
    query.addBindValue(TextLimits::cap(action, TextLimits::Action));
    query.addBindValue(TextLimits::cap(target, TextLimits::Detail));
    query.addBindValue(TextLimits::cap(detail, TextLimits::Detail));
    return m_db.exec(query);
}

QList<AuditLog::Entry> AuditLog::entries(int limit, int offset) const
{
    QList<Entry> result;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, at, terminal_id, actor_id, action, target, detail FROM audit_log"
        " ORDER BY at DESC, rowid DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                       query.value(6).toString()});
    }
    return result;
}
