#pragma once

#include <QList>
#include <QString>

class Database;

/// Append-only record of staff and mediator actions (who, what, on what, when, where).
class AuditLog
{
public:
    struct Entry
    {
        QString id;
        QString at;
        QString terminalId;
        QString actorId; ///< a staff id, empty for the first-run setup
        QString action;
        QString target;
        QString detail;
    };

    explicit AuditLog(Database &db);

    /// Writes within the caller's transaction when one is open. Detail is capped at 10,000 characters.
    bool append(const QString &actorId, const QString &action, const QString &target = {}, const QString &detail = {});
    /// Newest first.
    QList<Entry> entries(int limit = 100, int offset = 0) const;

private:
    Database &m_db;
};
