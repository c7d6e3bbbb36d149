#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;

enum class SessionKind { Guest, Learner };
enum class SessionEndReason { Logout, Idle, StaffReset, Recovered };

struct SessionRecord
{
    QString id;
    QString terminalId;
    SessionKind kind = SessionKind::Guest;
    QString learnerId; ///< empty for a guest
    QString startedAt;
    QString endedAt;   ///< empty while open
    std::optional<SessionEndReason> endReason;
};

/// Who used the terminal and when: guest and learner sessions. Sessions left open by a crash
/// are closed as Recovered when the database opens (see Database::recoveredSessions()).
class SessionRepository
{
public:
    explicit SessionRepository(Database &db);

    std::optional<QString> startGuest();
    /// Only for an active learner.
    std::optional<QString> startLearner(const QString &learnerId);
    /// Ends an open session; false if it is unknown or already ended.
    bool end(const QString &sessionId, SessionEndReason reason);
    /// Ends every session still open on this terminal; returns how many.
    int endAllOpen(SessionEndReason reason);
    std::optional<SessionRecord> find(const QString &sessionId) const;
    QList<SessionRecord> openSessions() const;

    static QString reasonName(SessionEndReason reason);

private:
    std::optional<QString> start(SessionKind kind, const QString &learnerId);

    Database &m_db;
};
