#include "narrationplan.h"

#include "lessons/catalogue.h"
#include "narration/narrationcatalog.h"
#include "narration/oggaudioinfo.h"
#include "narration/spokenmessages.h"

#include <QFileInfo>

#include <utility>

NarrationVoice NarrationPlan::voiceFor(const QString &language)
{
    if (language == QLatin1String("fr"))
        return {QStringLiteral("fr-fr"), 150};
    if (language == QLatin1String("ar"))
        return {QStringLiteral("ar"), 140}; // espeak-ng's Arabic is fast and dense: slower still
    if (language == QLatin1String("en"))
        return {QStringLiteral("en-gb"), 150};
    return {language, 150}; // espeak-ng takes language codes as voice names (es, tr, pt…)
}

QString NarrationPlan::speakableText(const QString &text)
{
    constexpr qsizetype DigitByDigitFrom = 6;
    const QString simple = text.simplified();
    QString out;
    out.reserve(simple.size() * 2);
    qsizetype i = 0;
    while (i < simple.size()) {
        qsizetype end = i;
        while (end < simple.size() && simple.at(end).isDigit())
            ++end;
        if (end - i >= DigitByDigitFrom) {
            for (qsizetype k = i; k < end; ++k) {
                if (k > i)
                    out += QLatin1Char(' ');
                out += simple.at(k);
            }
            i = end;
        } else if (end > i) {
            out += QStringView(simple).mid(i, end - i);
            i = end;
        } else {
            out += simple.at(i++);
        }
    }
    return out;
}

QList<NarrationJob> NarrationPlan::jobs(const Catalogue &catalogue)
{
    QList<NarrationJob> out;
    for (const Lesson &lesson : catalogue.lessons) {
        if (!NarrationCatalog::isSafeName(lesson.id))
            continue;
        for (const Step &step : lesson.steps) {
            if (!NarrationCatalog::isSafeName(step.id))
                continue;
            QList<std::pair<QString, const LocalizedText *>> parts{
                {NarrationCatalog::partSay(), &step.say},
                {NarrationCatalog::partHint(), &step.hint},
                {NarrationCatalog::partSuccess(), &step.success},
            };
            for (qsizetype i = 0; i < step.wrong.size(); ++i)
                parts.append({NarrationCatalog::partWrong(int(i)), &step.wrong[i].message});
            for (const auto &[part, text] : parts) {
                const QStringList languages = text->languages();
                for (const QString &language : languages) {
                    if (!text->has(language) || !NarrationCatalog::isSafeLanguage(language))
                        continue;
                    // The lesson's own recording wins: generating it would only take space. A damaged
                    // one does not count (the app falls back to the generated voice).
                    const QString recording = NarrationCatalog::recordingPath(lesson.directory, language, step.id, part);
                    if (QFileInfo(recording).isFile() && OggAudioInfo::readFile(recording).valid)
                        continue;
                    out.append({NarrationCatalog::generatedRelativePath(lesson.id, language, step.id, part), language,
                                text->text(language)});
                }
            }
        }
        // The end of the lesson: "Leçon terminée, bravo !" and the lesson's goal.
        const QStringList goalLanguages = lesson.goal.languages();
        for (const QString &language : goalLanguages) {
            if (lesson.goal.has(language) && NarrationCatalog::isSafeLanguage(language)) {
                out.append({NarrationCatalog::lessonEndRelativePath(lesson.id, language), language,
                            SpokenMessages::lessonEndText(language, lesson.goal.text(language))});
            }
        }
    }
    out.append(interfaceJobs());
    return out;
}

QList<NarrationJob> NarrationPlan::interfaceJobs()
{
    QList<NarrationJob> out;
    const QStringList languages = SpokenMessages::builtInLanguages();
    const QStringList keys = SpokenMessages::keys();
    for (const QString &language : languages) {
        for (const QString &key : keys) {
            out.append({NarrationCatalog::interfaceRelativePath(language, key), language,
                        SpokenMessages::text(key, language)});
        }
    }
    return out;
}
