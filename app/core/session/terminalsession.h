#pragma once

#include "engine/lessonrun.h"
#include "store/learnerrepository.h"
#include "store/lessonsetrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

/// Who is at the terminal, and the bridge between what they do and the store: starts and ends
/// sessions, records each step event of a lesson run as it happens (one durable transaction
/// per event), and answers the home screen (lesson statuses, the assigned lesson set) and the
/// player (where to resume). A guest leaves nothing personal: their progress lives in memory
/// for the session only, and their step outcomes are stored anonymously.
class TerminalSession : public QObject
{
    Q_OBJECT

public:
    enum class Who { None, Guest, Learner };
    Q_ENUM(Who)
    enum class LessonStatus { New, InProgress, Done };
    Q_ENUM(LessonStatus)

    /// What the sign-in screens need to know about a card, nothing more.
    struct Card
    {
        QString learnerId;
        Secret::Kind secretKind = Secret::Kind::Invalid;
        bool locked = false;
        bool newSecretDue = false; ///< staff reset the secret: the learner chooses a new one first
    };

    TerminalSession(Database &db, LearnerRepository &learners, QObject *parent = nullptr);
    ~TerminalSession() override;

    Who who() const { return m_who; }
    bool isActive() const { return m_who != Who::None; }
    QString sessionId() const { return m_sessionId; }
    QString learnerId() const { return m_learnerId; }
    /// The learner's display name (empty for a guest).
    QString learnerName() const { return m_learnerName; }
    /// The learner's preferred tutor language (empty for a guest).
    QString learnerLanguage() const { return m_learnerLanguage; }

    /// Starts an anonymous session. False when the store refuses (then nothing started).
    bool startGuest();
    /// The active learner with this card code (case, spaces and dashes ignored), if any.
    std::optional<Card> findCard(const QString &code) const;
    /// Checks the secret (growing delays and lockout are the store's); Accepted starts the session.
    VerifyResult signIn(const QString &learnerId, const Secret &secret);
    /// Stores the learner's new secret (only while one is due) and starts their session:
    /// Accepted, or StoreError when it could not be stored (then nothing started).
    VerifyResult chooseNewSecret(const QString &learnerId, const Secret &secret);
    /// Ends the current session in the store and forgets everything about it. Emits sessionEnded
    /// even when the store could not record the end (the terminal must still be wiped).
    void end(SessionEndReason reason);

    /// Records every step event of `run` while this session lasts.
    void attachRun(LessonRun *run);

    /// Where `lesson` starts: the step after the last one finished, or 0 (also after completion).
    int resumeStep(const Lesson &lesson) const;
    LessonStatus status(const QString &lessonId) const;
    /// Status of every lesson that is not New (one query, for the home screen).
    QHash<QString, LessonStatus> statuses() const;
    /// Lessons of the sets assigned to the learner, in order, without repeats (empty for a guest).
    QStringList assignedLessonIds() const;
    /// Name of the first assigned set (empty when none).
    QString assignedSetName() const;

    /// After a failed save (recordFailed, a session that could not start): one real write, a line
    /// "store-writable-again" in the store's maintenance log in its own transaction, so that the
    /// terminal reopens only once progress can be saved again (disk space freed). False while it
    /// still fails. Never writes into a damaged or too-new store (Transaction refuses).
    bool checkStoreWritable();

signals:
    void sessionStarted(TerminalSession::Who who);
    void sessionEnded(SessionEndReason reason);
    /// A step event could not be stored (disk full, read-only...): the UI says "call the staff".
    void recordFailed();

private:
    struct GuestProgress
    {
        int nextStep = 0;
        bool completed = false;
        bool started = false;
    };

    void record(const Lesson &lesson, int index, StepOutcome outcome, const QString &detail, qint64 elapsedMs);
    void forget();
    VerifyResult startLearner(const QString &learnerId, VerifyResult result);

    Database &m_db;
    LearnerRepository &m_learners;
    SessionRepository m_sessions;
    ProgressRepository m_progress;
    LessonSetRepository m_sets;

    Who m_who = Who::None;
    QString m_sessionId;
    QString m_learnerId;
    QString m_learnerName;
    QString m_learnerLanguage;
    QHash<QString, GuestProgress> m_guestProgress;
};
