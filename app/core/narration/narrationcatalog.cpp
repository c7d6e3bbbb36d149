#include "narrationcatalog.h"

#include "narration/oggaudioinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcNarrationCatalog, "passerelle.narration")

constexpr qsizetype MaxNameLength = 64;
/// A recording is a sentence or two: anything larger is not one.
constexpr qint64 MaxRecordingBytes = 4 * 1024 * 1024;
constexpr qint64 MaxLessonFileBytes = 2 * 1024 * 1024;

bool isNameChar(char16_t u)
{
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
}

bool exists(const QString &path)
{
    return QFileInfo(path).isFile();
}

} // namespace

QString NarrationCatalog::defaultGeneratedRoot(const QString &applicationDir)
{
    const QString installed = QDir(applicationDir).absoluteFilePath(QStringLiteral("../share/passerelle/narration"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(PASSERELLE_BUILD_NARRATION_DIR);
}

NarrationCatalog::NarrationCatalog(const QString &generatedRoot)
    : m_root(generatedRoot.isEmpty() ? QString() : QDir(generatedRoot).absolutePath())
{
    if (m_root.isEmpty())
        return;
    m_hasManifest = NarrationManifest::load(m_root, m_manifest);
    for (auto it = m_manifest.clips.cbegin(); it != m_manifest.clips.cend(); ++it)
        m_byText.insert(it->textHash, it.key());
}

bool NarrationCatalog::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxNameLength)
        return false;
    for (const QChar c : name) {
        if (!isNameChar(c.unicode()))
            return false;
    }
    return true;
}

bool NarrationCatalog::isSafeLanguage(const QString &language)
{
    // Same alphabet as names, so "..", "/" and "\" can never appear; at most "xxx-XXXXXXXX".
    return language.size() <= 12 && isSafeName(language);
}

QString NarrationCatalog::clipFileName(const QString &stepId, const QString &part)
{
    return stepId + QLatin1Char('-') + part + QStringLiteral(".ogg");
}

QString NarrationCatalog::recordingPath(const QString &lessonDir, const QString &language, const QString &stepId,
                                        const QString &part)
{
    return QDir(lessonDir).filePath(QStringLiteral("audio/") + language + QLatin1Char('/')
                                    + clipFileName(stepId, part));
}

QString NarrationCatalog::generatedRelativePath(const QString &lessonId, const QString &language,
                                                const QString &stepId, const QString &part)
{
    return lessonId + QLatin1Char('/') + language + QLatin1Char('/') + clipFileName(stepId, part);
}

QString NarrationCatalog::interfaceRelativePath(const QString &language, const QString &key)
{
    return interfaceFolder() + QLatin1Char('/') + language + QLatin1Char('/') + key + QStringLiteral(".ogg");
}

QString NarrationCatalog::lessonIdOf(const QString &lessonDir) const
{
    const auto cached = m_lessonIds.constFind(lessonDir);
    if (cached != m_lessonIds.cend())
        return *cached;
    QString id;
    QFile file(QDir(lessonDir).filePath(QStringLiteral("lesson.json")));
    if (file.open(QIODevice::ReadOnly) && file.size() <= MaxLessonFileBytes) {
        const QString read = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("id")).toString();
        if (isSafeName(read))
            id = read;
    }
    m_lessonIds.insert(lessonDir, id);
    return id;
}

QString NarrationCatalog::lessonEndRelativePath(const QString &lessonId, const QString &language)
{
    return lessonId + QLatin1Char('/') + language + QStringLiteral("/end.ogg");
}

int NarrationCatalog::wrongRuleIndex(const QString &lessonDir, const QString &stepId, const QString &language,
                                     const QString &text) const
{
    if (lessonDir.isEmpty() || text.isEmpty())
        return -1;
    if (m_lessonFileDir != lessonDir) {
        m_lessonFileDir = lessonDir;
        m_lessonFileBytes.clear();
        QFile file(QDir(lessonDir).filePath(QStringLiteral("lesson.json")));
        if (file.open(QIODevice::ReadOnly) && file.size() <= MaxLessonFileBytes)
            m_lessonFileBytes = file.readAll();
    }
    const QJsonArray steps = QJsonDocument::fromJson(m_lessonFileBytes).object().value(QLatin1String("steps")).toArray();
    const QString wanted = text.simplified();
    for (const QJsonValue &step : steps) {
        if (step.toObject().value(QLatin1String("id")).toString() != stepId)
            continue;
        const QJsonArray rules = step.toObject().value(QLatin1String("wrong")).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QJsonObject message = rules[i].toObject().value(QLatin1String("message")).toObject();
            // As LocalizedText does: a missing language shows the French text.
            QString said = message.value(language).toString();
            if (said.isEmpty())
                said = message.value(QLatin1String("fr")).toString();
            if (said.simplified() == wanted)
                return int(i);
        }
    }
    return -1;
}

NarrationCatalog::Clip NarrationCatalog::findRecording(const QString &lessonDir, const QString &language,
                                                       const QString &stepId, const QString &part) const
{
    if (lessonDir.isEmpty())
        return {};
    const QFileInfo info(recordingPath(lessonDir, language, stepId, part));
    if (!info.isFile())
        return {};
    // A symlink leading out of the lesson folder is never followed (hostile catalogue).
    const QString inside = QFileInfo(lessonDir).canonicalFilePath() + QLatin1Char('/');
    if (!info.canonicalFilePath().startsWith(inside))
        return {};
    // A damaged or unsupported recording gives way to the generated voice, at once (the media
    // backend would only fail later, in silence). Checked once per file version.
    const QString key = info.absoluteFilePath();
    const QDateTime modified = info.lastModified();
    auto checked = m_recordingChecks.find(key);
    if (checked == m_recordingChecks.end() || checked->modified != modified || checked->size != info.size()) {
        const OggAudioInfo audio = OggAudioInfo::readFile(key, MaxRecordingBytes);
        if (!audio.valid)
            qCWarning(lcNarrationCatalog, "unusable recording, using the generated voice: %s", qPrintable(audio.error));
        checked = m_recordingChecks.insert(key, {modified, info.size(), audio.valid});
    }
    if (!checked->valid)
        return {};
    return {key, Source::Recording};
}

NarrationCatalog::Clip NarrationCatalog::resolveStep(const QString &lessonDir, const QString &lessonId,
                                                     const QString &stepId, const QString &part,
                                                     const QString &language, const QString &text) const
{
    if (!isSafeLanguage(language))
        return {};
    if (!isSafeName(stepId) || !isSafeName(part))
        return resolveText(language, text);

    QString filePart = part;
    if (part == QLatin1String("wrong")) {
        const int index = wrongRuleIndex(lessonDir, stepId, language, text);
        if (index >= 0)
            filePart = partWrong(index);
    }

    const Clip recording = findRecording(lessonDir, language, stepId, filePart);
    if (!recording.isNull())
        return recording;

    const QString id = lessonId.isEmpty() && !lessonDir.isEmpty() ? lessonIdOf(lessonDir) : lessonId;
    if (!isSafeName(id))
        return resolveText(language, text);
    return findGenerated(generatedRelativePath(id, language, stepId, filePart), language, id, text);
}

NarrationCatalog::Clip NarrationCatalog::resolveInterface(const QString &key, const QString &language,
                                                          const QString &text) const
{
    if (!isSafeLanguage(language))
        return {};
    if (!isSafeName(key))
        return resolveText(language, text);
    return findGenerated(interfaceRelativePath(language, key), language, interfaceFolder(), text);
}

NarrationCatalog::Clip NarrationCatalog::resolveLessonEnd(const QString &lessonDir, const QString &lessonId,
                                                          const QString &language, const QString &text) const
{
    if (!isSafeLanguage(language))
        return {};
    const QString id = lessonId.isEmpty() && !lessonDir.isEmpty() ? lessonIdOf(lessonDir) : lessonId;
    if (!isSafeName(id))
        return resolveText(language, text);
    return findGenerated(lessonEndRelativePath(id, language), language, id, text);
}

NarrationCatalog::Clip NarrationCatalog::resolveText(const QString &language, const QString &text) const
{
    if (text.isEmpty() || !isSafeLanguage(language))
        return {};
    return findGenerated({}, language, {}, text);
}

NarrationCatalog::Clip NarrationCatalog::findGenerated(const QString &relativePath, const QString &language,
                                                       const QString &folder, const QString &text) const
{
    if (m_root.isEmpty())
        return {};
    const QDir root(m_root);

    // Without a manifest or a text to compare, the name is all there is.
    if (!m_hasManifest || text.isEmpty()) {
        if (!relativePath.isEmpty() && exists(root.filePath(relativePath)))
            return {root.filePath(relativePath), Source::Generated};
        return {};
    }

    const QString hash = NarrationManifest::textHash(text);
    if (!relativePath.isEmpty()) {
        const auto entry = m_manifest.clips.constFind(relativePath);
        if (entry != m_manifest.clips.cend() && entry->textHash == hash && exists(root.filePath(relativePath)))
            return {root.filePath(relativePath), Source::Generated};
    }

    // The named clip is missing or says another text: any clip saying exactly this text will do,
    // best in the same language and the same lesson.
    QString best;
    int bestScore = -1;
    const QStringList candidates = m_byText.values(hash);
    for (const QString &candidate : candidates) {
        const NarrationManifest::Clip clip = m_manifest.clips.value(candidate);
        const int score = (clip.language == language ? 2 : 0)
                          + (!folder.isEmpty() && candidate.startsWith(folder + QLatin1Char('/')) ? 1 : 0);
        if ((score > bestScore || (score == bestScore && candidate < best)) && exists(root.filePath(candidate))) {
            best = candidate;
            bestScore = score;
        }
    }
    if (best.isEmpty())
        return {};
    return {root.filePath(best), Source::Generated};
}
