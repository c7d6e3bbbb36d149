#include "progressreport.h"

#include "store/database.h"
#include "store/lessonsetrepository.h"

#include <QDateTime>
#include <QVariant>

ProgressReport::ProgressReport(Database &db) : m_db(db) {}

QList<ProgressRow> ProgressReport::rowsFor(const LearnerSummary &learner) const
{
    QList<ProgressRow> rows;
    const LessonSetRepository sets(m_db);
    const ProgressRepository progress(m_db);
    QHash<QString, LessonProgress> byLesson;
    const QList<LessonProgress> overview = progress.overview(learner.id);
    for (const LessonProgress &p : overview)
        byLesson.insert(p.lessonId, p);

    ProgressRow base;
    base.learnerId = learner.id;
    base.learnerName = learner.displayName;
    base.cardCode = learner.cardCode;
    const QList<LessonSet> assigned = sets.setsForLearner(learner.id);
    if (assigned.isEmpty()) {
        rows.append(base);
        return rows;
    }
    for (const LessonSet &set : assigned) {
        for (qsizetype i = 0; i < set.lessonIds.size(); ++i) {
            ProgressRow row = base;
            row.setId = set.id;
            row.setName = set.name;
            row.position = static_cast<int>(i + 1);
            row.lessonId = set.lessonIds.at(i);
            row.lessonTitle = m_titles.value(row.lessonId, row.lessonId);
            const auto found = byLesson.constFind(row.lessonId);
            if (found == byLesson.constEnd()) {
                row.status = ProgressRow::Status::NotStarted;
                row.progress.lessonId = row.lessonId;
            } else {
                row.progress = *found;
                row.status = found->completed ? ProgressRow::Status::Completed : ProgressRow::Status::InProgress;
            }
            rows.append(row);
        }
    }
    return rows;
}

QList<ProgressRow> ProgressReport::rows() const
{
    QList<ProgressRow> rows;
    const QList<LearnerSummary> learners = ProgressRepository(m_db).learnerList();
    for (const LearnerSummary &learner : learners)
        rows += rowsFor(learner);
    return rows;
}

QList<ProgressRow> ProgressReport::rowsForLearner(const QString &learnerId) const
{
    const QList<LearnerSummary> learners = ProgressRepository(m_db).learnerList();
    for (const LearnerSummary &learner : learners) {
        if (learner.id == learnerId)
            return rowsFor(learner);
    }
    return {};
}

QList<SessionHistoryEntry> ProgressReport::history(const QString &learnerId, int limit) const
{
    QList<SessionHistoryEntry> entries;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.started_at, COALESCE(s.ended_at, ''), COALESCE(s.end_reason, ''),"
        " COALESCE(group_concat(DISTINCT e.lesson_id), ''),"
        " COALESCE(sum(e.outcome IN ('correct', 'skipped')), 0), COALESCE(sum(e.outcome = 'wrong'), 0),"
        " COALESCE(sum(e.outcome = 'hint'), 0)"
        " FROM sessions s LEFT JOIN step_events e ON e.session_id = s.id"
        " WHERE s.learner_id = ? GROUP BY s.id ORDER BY s.started_at DESC LIMIT ?"));
    query.addBindValue(learnerId);
    query.addBindValue(limit);
    if (!m_db.exec(query))
        return entries;
    while (query.next()) {
        SessionHistoryEntry e;
        e.sessionId = query.value(0).toString();
        e.startedAt = query.value(1).toString();
        e.endedAt = query.value(2).toString();
        e.endReason = query.value(3).toString();
        const QString lessons = query.value(4).toString();
        e.lessonIds = lessons.isEmpty() ? QStringList() : lessons.split(QLatin1Char(','));
        e.stepsDone = query.value(5).toInt();
        e.wrong = query.value(6).toInt();
        e.hints = query.value(7).toInt();
        entries.append(e);
    }
    return entries;
}

QString ProgressReport::statusText(ProgressRow::Status status)
{
    switch (status) {
    case ProgressRow::Status::NoSet:
        return tr("Aucun parcours");
    case ProgressRow::Status::NotStarted:
        return tr("Pas commencée");
    case ProgressRow::Status::InProgress:
        return tr("En cours");
    case ProgressRow::Status::Completed:
        return tr("Terminée");
    }
    return {};
}

QString ProgressReport::durationText(qint64 ms)
{
    const qint64 minutes = (qMax<qint64>(0, ms) + 30'000) / 60'000;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QStringList ProgressReport::csvHeader()
{
    return {tr("Apprenant"),
            tr("Code carte"),
            tr("Parcours"),
            tr("Ordre"),
            tr("Leçon"),
            tr("Titre"),
            tr("Statut"),
            tr("Temps (minutes)"),
            tr("Essais"),
            tr("Erreurs"),
            tr("Indices"),
            tr("Démonstrations"),
            tr("Étapes sautées"),
            tr("Commencée le"),
            tr("Terminée le"),
            tr("Dernière activité")};
}

CsvWriter ProgressReport::toCsv(const QList<ProgressRow> &rows)
{
    const auto when = [](const QString &stored) -> QVariant {
        const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
        return at.isValid() ? QVariant(at) : QVariant();
    };
    CsvWriter csv;
    csv.addTextRow(csvHeader());
    for (const ProgressRow &row : rows) {
        if (row.status == ProgressRow::Status::NoSet) {
            csv.addRow({row.learnerName, row.cardCode, QVariant(), QVariant(), QVariant(), QVariant(),
                        statusText(row.status)});
            continue;
        }
        const LessonProgress &p = row.progress;
        const bool started = row.status != ProgressRow::Status::NotStarted;
        csv.addRow({row.learnerName, row.cardCode, row.setName, row.position, row.lessonId, row.lessonTitle,
                    statusText(row.status), started ? QVariant((p.timeMs + 30'000) / 60'000) : QVariant(),
                    started ? QVariant(p.attempts) : QVariant(), started ? QVariant(p.wrong) : QVariant(),
                    started ? QVariant(p.hints) : QVariant(), started ? QVariant(p.shown) : QVariant(),
                    started ? QVariant(p.skipped) : QVariant(), when(p.startedAt), when(p.completedAt),
                    when(p.updatedAt)});
    }
    return csv;
}
