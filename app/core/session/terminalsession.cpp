#include "terminalsession.h"

#include "store/database.h"
#include "store/transaction.h"

#include <algorithm>

TerminalSession::TerminalSession(Database &db, LearnerRepository &learners, QObject *parent)
    : QObject(parent), m_db(db), m_learners(learners), m_sessions(db), m_progress(db), m_sets(db)
{
}

TerminalSession::~TerminalSession() = default;

bool TerminalSession::startGuest()
{
    if (isActive())
        end(SessionEndReason::Logout);
    const auto id = m_sessions.startGuest();
    if (!id)
        return false;
    m_who = Who::Guest;
    m_sessionId = *id;
    emit sessionStarted(m_who);
    return true;
}

std::optional<TerminalSession::Card> TerminalSession::findCard(const QString &code) const
{
    const auto learner = m_learners.findByCardCode(code);
    if (!learner)
        return std::nullopt;
    return Card{learner->id, learner->secretKind, learner->locked, learner->newSecretDue};
}

VerifyResult TerminalSession::signIn(const QString &learnerId, const Secret &secret)
{
    const VerifyResult result = m_learners.verifySecret(learnerId, secret);
    if (result.status != VerifyResult::Status::Accepted)
        return result;
    return startLearner(learnerId, result);
}

VerifyResult TerminalSession::chooseNewSecret(const QString &learnerId, const Secret &secret)
{
    VerifyResult result;
    if (!m_learners.chooseNewSecret(learnerId, secret)) {
        result.status = VerifyResult::Status::StoreError;
        return result;
    }
    result.status = VerifyResult::Status::Accepted;
    return startLearner(learnerId, result);
}

VerifyResult TerminalSession::startLearner(const QString &learnerId, VerifyResult result)
{
    const auto learner = m_learners.find(learnerId);
    if (isActive())
        end(SessionEndReason::Logout);
    const auto id = learner ? m_sessions.startLearner(learnerId) : std::nullopt;
    if (!id) {
        result.status = VerifyResult::Status::StoreError;
        return result;
    }
    m_who = Who::Learner;
    m_sessionId = *id;
    m_learnerId = learnerId;
    m_learnerName = learner->profile.displayName;
    m_learnerLanguage = learner->profile.language;
    emit sessionStarted(m_who);
    return result;
}

void TerminalSession::end(SessionEndReason reason)
{
    if (!isActive())
        return;
    m_sessions.end(m_sessionId, reason); // a failure leaves it open: closed as "recovered" at next start
    forget();
    m_db.releaseMemory(); // the session's pages leave memory with it (keeps a months-long run flat)
    emit sessionEnded(reason);
}

void TerminalSession::forget()
{
    m_who = Who::None;
    m_sessionId.clear();
    m_learnerId.clear();
    m_learnerName.clear();
    m_learnerLanguage.clear();
    m_guestProgress.clear();
}

void TerminalSession::attachRun(LessonRun *run)
{
    if (!run)
        return;
    // The sender's destruction removes the connection; the session id is read at each event,
    // so events after the session ended are not recorded.
    connect(run, &LessonRun::stepEvent, this,
            [this, run](int index, StepOutcome outcome, const QString &detail, qint64 elapsedMs) {
                record(run->lesson(), index, outcome, detail, elapsedMs);
            });
}

void TerminalSession::record(const Lesson &lesson, int index, StepOutcome outcome, const QString &detail,
                             qint64 elapsedMs)
{
    if (!isActive() || index < 0 || index >= lesson.steps.size())
        return;
    const bool endsStep = outcome == StepOutcome::Correct || outcome == StepOutcome::Skipped;
    if (m_who == Who::Guest) {
        GuestProgress &p = m_guestProgress[lesson.id];
        p.started = true;
        if (endsStep) {
            p.nextStep = index + 1 >= lesson.steps.size() ? 0 : index + 1;
            p.completed = p.completed || index + 1 >= lesson.steps.size();
        } else {
            p.nextStep = index;
        }
    }
    StepEventInput input;
    input.sessionId = m_sessionId;
    input.lessonId = lesson.id;
    input.lessonVersion = lesson.version;
    input.stepId = lesson.steps.at(index).id;
    input.stepIndex = index;
    input.stepCount = static_cast<int>(lesson.steps.size());
    input.outcome = outcome;
    input.detail = detail;
    input.elapsedMs = std::max<qint64>(0, elapsedMs);
    if (!m_progress.record(input))
        emit recordFailed();
}

int TerminalSession::resumeStep(const Lesson &lesson) const
{
    const int count = static_cast<int>(lesson.steps.size());
    if (count == 0)
        return 0;
    int step = 0;
    if (m_who == Who::Guest) {
        step = m_guestProgress.value(lesson.id).nextStep;
    } else if (m_who == Who::Learner) {
        const ResumePoint point = m_progress.resumePoint(m_learnerId, lesson.id);
        // A lesson changed since: its steps may have moved, so it starts again from the beginning.
        if (point.started && point.lessonVersion == lesson.version)
            step = point.stepIndex;
    }
    return std::clamp(step, 0, count - 1);
}

TerminalSession::LessonStatus TerminalSession::status(const QString &lessonId) const
{
    if (m_who == Who::Guest) {
        const auto it = m_guestProgress.constFind(lessonId);
        if (it == m_guestProgress.constEnd() || !it->started)
            return LessonStatus::New;
        return it->completed ? LessonStatus::Done : LessonStatus::InProgress;
    }
    if (m_who == Who::Learner) {
        const auto p = m_progress.progress(m_learnerId, lessonId);
        if (!p)
            return LessonStatus::New;
        return p->completed ? LessonStatus::Done : LessonStatus::InProgress;
    }
    return LessonStatus::New;
}

QHash<QString, TerminalSession::LessonStatus> TerminalSession::statuses() const
{
    QHash<QString, LessonStatus> result;
    if (m_who == Who::Guest) {
        for (auto it = m_guestProgress.constBegin(); it != m_guestProgress.constEnd(); ++it) {
            if (it->started)
                result.insert(it.key(), it->completed ? LessonStatus::Done : LessonStatus::InProgress);
        }
    } else if (m_who == Who::Learner) {
        const QList<LessonProgress> lessons = m_progress.overview(m_learnerId);
        for (const LessonProgress &p : lessons)
            result.insert(p.lessonId, p.completed ? LessonStatus::Done : LessonStatus::InProgress);
    }
    return result;
}

QStringList TerminalSession::assignedLessonIds() const
{
    QStringList ids;
    if (m_who != Who::Learner)
        return ids;
    const QList<LessonSet> sets = m_sets.setsForLearner(m_learnerId);
    for (const LessonSet &set : sets) {
        for (const QString &id : set.lessonIds) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

QString TerminalSession::assignedSetName() const
{
    if (m_who != Who::Learner)
        return {};
    const QList<LessonSet> sets = m_sets.setsForLearner(m_learnerId);
    return sets.isEmpty() ? QString() : sets.first().name;
}

bool TerminalSession::checkStoreWritable()
{
    const QString problem = m_db.errorMessage(); // what failed, kept in the log line
    Transaction transaction(m_db);
    if (!transaction.begin() || !m_db.logMaintenance(QStringLiteral("store-writable-again"), problem))
        return false;
    return transaction.commit();
}
