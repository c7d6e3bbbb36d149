#include "sessionrepository.h"

#include "database.h"
#include "transaction.h"

#include <QVariant>

namespace {
const QString Columns = QStringLiteral("id, terminal_id, kind, learner_id, started_at, ended_at, end_reason");

std::optional<SessionEndReason> reasonFromName(const QString &name)
{
    for (const SessionEndReason reason : {SessionEndReason::Logout, SessionEndReason::Idle,
                                          SessionEndReason::StaffReset, SessionEndReason::Recovered}) {
        if (SessionRepository::reasonName(reason) == name)
            return reason;
    }
    return std::nullopt;
}

SessionRecord readSession(const QSqlQuery &query)
{
    SessionRecord session;
    session.id = query.value(0).toString();
    session.terminalId = query.value(1).toString();
    session.kind = query.value(2).toString() == QLatin1String("learner") ? SessionKind::Learner : SessionKind::Guest;
    session.learnerId = query.value(3).toString();
    session.startedAt = query.value(4).toString();
    session.endedAt = query.value(5).toString();
    session.endReason = reasonFromName(query.value(6).toString());
    return session;
}
} // namespace

SessionRepository::SessionRepository(Database &db) : m_db(db) {}

QString SessionRepository::reasonName(SessionEndReason reason)
{
    switch (reason) {
    case SessionEndReason::Logout: return QStringLiteral("logout");
    case SessionEndReason::Idle: return QStringLiteral("idle");
    case SessionEndReason::StaffReset: return QStringLiteral("staff_reset");
    case SessionEndReason::Recovered: return QStringLiteral("recovered");
    }
    return {};
}

std::optional<QString> SessionRepository::start(SessionKind kind, const QString &learnerId)
{
    Transaction tx(m_db);
    if (!tx.begin())
        return std::nullopt;
    if (kind == SessionKind::Learner) {
        QSqlQuery check = m_db.prepare(QStringLiteral("SELECT 1 FROM learners WHERE id = ? AND archived_at IS NULL"));
        check.addBindValue(learnerId);
        if (!m_db.exec(check) || !check.next())
            return std::nullopt;
    }
    const QString id = Database::newId();
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO sessions (id, terminal_id, kind, learner_id, started_at) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(m_db.terminalId());
    insert.addBindValue(kind == SessionKind::Learner ? QStringLiteral("learner") : QStringLiteral("guest"));
    insert.addBindValue(kind == SessionKind::Learner ? QVariant(learnerId) : QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(m_db.nowText());
    if (!m_db.exec(insert) || !tx.commit())
        return std::nullopt;
    return id;
}

std::optional<QString> SessionRepository::startGuest()
{
    return start(SessionKind::Guest, {});
}

std::optional<QString> SessionRepository::startLearner(const QString &learnerId)
{
    return start(SessionKind::Learner, learnerId);
}

bool SessionRepository::end(const QString &sessionId, SessionEndReason reason)
{
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL"));
    query.addBindValue(m_db.nowText());
    query.addBindValue(reasonName(reason));
    query.addBindValue(sessionId);
    return m_db.exec(query) && query.numRowsAffected() == 1 && tx.commit();
}

int SessionRepository::endAllOpen(SessionEndReason reason)
{
    Transaction tx(m_db);
    if (!tx.begin())
        return 0;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE sessions SET ended_at = ?, end_reason = ? WHERE terminal_id = ? AND ended_at IS NULL"));
    query.addBindValue(m_db.nowText());
    query.addBindValue(reasonName(reason));
    query.addBindValue(m_db.terminalId());
    if (!m_db.exec(query))
        return 0;
    const int count = query.numRowsAffected();
    return tx.commit() ? count : 0;
}

std::optional<SessionRecord> SessionRepository::find(const QString &sessionId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(Columns));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readSession(query);
}

QList<SessionRecord> SessionRepository::openSessions() const
{
    QList<SessionRecord> sessions;
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM sessions WHERE terminal_id = ? AND ended_at IS NULL ORDER BY started_at").arg(Columns));
    query.addBindValue(m_db.terminalId());
    if (!query.exec())
        return sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}
