#include "certificatedata.h"

#include "documenttexts.h"
#include "lessons/catalogue.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/lessonsetrepository.h"
#include "store/progressrepository.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace {
void setReason(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}
} // namespace

std::optional<CertificateData> CertificateData::make(Database &db, const QString &learnerId, const QString &setId,
                                                     const Catalogue *catalogue, QString *reason)
{
    // Only the profile is read: no secret is involved, so a query is enough (no hasher needed).
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT display_name, card_code, language FROM learners WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(learnerId);
    if (!db.exec(query) || !query.next()) {
        setReason(reason, tr("Apprenant inconnu."));
        return std::nullopt;
    }
    CertificateData data;
    data.learnerName = query.value(0).toString();
    data.cardCode = query.value(1).toString();
    const QString learnerLanguage = query.value(2).toString();
    query.finish();

    const std::optional<LessonSet> set = LessonSetRepository(db).find(setId);
    if (!set || set->lessonIds.isEmpty()) {
        setReason(reason, tr("Parcours inconnu ou vide."));
        return std::nullopt;
    }

    data.language = DocumentTexts::has(learnerLanguage) ? learnerLanguage : QStringLiteral("fr");
    data.rightToLeft = DocumentTexts::isRightToLeft(data.language);
    const auto t = [&data](const char *key) { return DocumentTexts::text(QString::fromLatin1(key), data.language); };

    const ProgressRepository progress(db);
    qint64 timeMs = 0;
    QDateTime last;
    int missing = 0;
    for (const QString &lessonId : set->lessonIds) {
        const std::optional<LessonProgress> p = progress.progress(learnerId, lessonId);
        if (!p || !p->completed) {
            ++missing;
            continue;
        }
        timeMs += p->timeMs;
        const QDateTime at = QDateTime::fromString(p->completedAt, Qt::ISODateWithMs);
        if (at.isValid() && (!last.isValid() || at > last))
            last = at;
        const Lesson *lesson = catalogue ? catalogue->findLesson(lessonId) : nullptr;
        data.lessons.append(lesson ? lesson->title.text(data.language) : lessonId);
    }
    if (missing > 0) {
        setReason(reason, tr("%n leçon(s) du parcours ne sont pas encore terminées.", nullptr, missing));
        return std::nullopt;
    }

    data.title = t("cert.title");
    data.awardedTo = t("cert.awarded");
    data.completedText = t("cert.completed");
    data.setName = set->name;
    data.lessonsTitle = t("cert.lessons");
    data.timeText = t("cert.time").arg(DocumentTexts::duration(timeMs, data.language));
    data.completedOn = last.isValid() ? last.toLocalTime().date() : db.wallClock().nowUtc().toLocalTime().date();
    data.dateText = t("cert.date").arg(QLocale(data.language).toString(data.completedOn, QLocale::LongFormat));
    data.signature = t("cert.signature");
    return data;
}
