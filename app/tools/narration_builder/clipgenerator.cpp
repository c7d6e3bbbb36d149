#include "clipgenerator.h"

#include "narration/narrationcatalog.h"
#include "narration/oggaudioinfo.h"
#include "narration/soundeffects.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace {

/// Raise when the way clips are made changes, so every clip is made again.
constexpr int RenderVersion = 1;
constexpr int ProcessTimeoutMs = 60'000;

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(ProcessTimeoutMs))
        return QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 did not finish in %2 s").arg(program).arg(ProcessTimeoutMs / 1000);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("%1 failed (exit code %2): %3")
            .arg(program)
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
    }
    return {};
}

} // namespace

QString ClipGenerator::renderHash(const NarrationJob &job) const
{
    const NarrationVoice voice = NarrationPlan::voiceFor(job.language);
    const QString all = QStringLiteral("%1|%2|%3|%4|%5|%6")
                            .arg(RenderVersion)
                            .arg(voice.voice)
                            .arg(voice.wordsPerMinute)
                            .arg(m_settings.bitrateKbps)
                            .arg(m_settings.frameMs)
                            .arg(NarrationPlan::speakableText(job.text));
    return QString::fromLatin1(QCryptographicHash::hash(all.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

bool ClipGenerator::voiceExists(const QString &voice) const
{
    // -q: synthesize without playing; an unknown voice fails at once.
    return runTool(m_settings.espeak, {QStringLiteral("-q"), QStringLiteral("-v"), voice, QStringLiteral(".")}).isEmpty();
}

QString ClipGenerator::generateOne(const NarrationJob &job, const QString &workDir, qsizetype index) const
{
    const NarrationVoice voice = NarrationPlan::voiceFor(job.language);
    const QString base = QDir(workDir).filePath(QString::number(index));
    const QString textFile = base + QStringLiteral(".txt");
    const QString wavFile = base + QStringLiteral(".wav");
    {
        QFile text(textFile);
        // The text goes through a file: it may start with "-" or hold anything a shell would mangle.
        if (!text.open(QIODevice::WriteOnly) || text.write(NarrationPlan::speakableText(job.text).toUtf8()) < 0)
            return QStringLiteral("cannot write %1").arg(textFile);
    }
    QString error = runTool(m_settings.espeak, {QStringLiteral("-b"), QStringLiteral("1"), QStringLiteral("-v"),
                                                voice.voice, QStringLiteral("-s"),
                                                QString::number(voice.wordsPerMinute), QStringLiteral("-f"), textFile,
                                                QStringLiteral("-w"), wavFile});
    if (!error.isEmpty())
        return error;

    const QString target = QDir(m_settings.outDir).filePath(job.relativePath);
    const QString partial = target + QStringLiteral(".part");
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return QStringLiteral("cannot create the folder of %1").arg(target);
    error = runTool(m_settings.opusenc, {QStringLiteral("--quiet"), QStringLiteral("--bitrate"),
                                         QString::number(m_settings.bitrateKbps), QStringLiteral("--framesize"),
                                         QString::number(m_settings.frameMs), QStringLiteral("--speech"), wavFile,
                                         partial});
    QFile::remove(wavFile);
    QFile::remove(textFile);
    if (!error.isEmpty()) {
        QFile::remove(partial);
        return error;
    }
    const OggAudioInfo info = OggAudioInfo::readFile(partial);
    if (!info.valid) {
        QFile::remove(partial);
        return QStringLiteral("opusenc made an unusable file: ") + info.error;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return QStringLiteral("cannot rename %1 to %2").arg(partial, target);
    return {};
}

ClipGenerator::Report ClipGenerator::run(const QList<NarrationJob> &jobs)
{
    Report report;
    report.planned = int(jobs.size());
    const QDir out(m_settings.outDir);
    if (!QDir().mkpath(m_settings.outDir)) {
        report.errors << QStringLiteral("cannot create %1").arg(m_settings.outDir);
        return report;
    }

    // The tools themselves must run: a missing one is an error, not a silent catalogue.
    for (const QString &tool : {m_settings.espeak, m_settings.opusenc}) {
        const QString error = runTool(tool, {QStringLiteral("--version")});
        if (!error.isEmpty()) {
            report.errors << error;
            return report;
        }
    }

    NarrationManifest previous;
    NarrationManifest::load(m_settings.outDir, previous);

    // Languages without an espeak-ng voice are left to the text (and to recordings).
    QHash<QString, bool> voiceOk;
    for (const NarrationJob &job : jobs) {
        if (!voiceOk.contains(job.language)) {
            const bool ok = voiceExists(NarrationPlan::voiceFor(job.language).voice);
            voiceOk.insert(job.language, ok);
            if (!ok) {
                report.warnings << QStringLiteral("no espeak-ng voice for \"%1\": its texts stay silent")
                                       .arg(job.language);
            }
        }
    }

    NarrationManifest next;
    QSet<QString> wanted;
    QList<qsizetype> todo;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const NarrationJob &job = jobs[i];
        if (!voiceOk.value(job.language)) {
            ++report.skipped;
            continue;
        }
        wanted.insert(job.relativePath);
        const NarrationManifest::Clip clip{job.language, NarrationManifest::textHash(job.text), renderHash(job)};
        const auto old = previous.clips.constFind(job.relativePath);
        if (old != previous.clips.cend() && *old == clip && OggAudioInfo::readFile(out.filePath(job.relativePath)).valid) {
            next.clips.insert(job.relativePath, clip);
            ++report.kept;
        } else {
            todo.append(i);
        }
    }

    if (!todo.isEmpty()) {
        QTemporaryDir work;
        if (!work.isValid()) {
            report.errors << QStringLiteral("cannot create a temporary folder: ") + work.errorString();
            return report;
        }
        std::vector<QString> results(static_cast<size_t>(todo.size()));
        std::atomic<qsizetype> nextIndex{0};
        auto worker = [&] {
            for (qsizetype k = nextIndex++; k < todo.size(); k = nextIndex++)
                results[static_cast<size_t>(k)] = generateOne(jobs[todo[k]], work.path(), k);
        };
        std::vector<std::thread> threads;
        const int count = std::max(1, std::min(m_settings.jobs, int(todo.size())));
        for (int t = 0; t < count; ++t)
            threads.emplace_back(worker);
        for (std::thread &t : threads)
            t.join();

        for (qsizetype k = 0; k < todo.size(); ++k) {
            const NarrationJob &job = jobs[todo[k]];
            const QString &error = results[static_cast<size_t>(k)];
            if (error.isEmpty()) {
                next.clips.insert(job.relativePath,
                                  {job.language, NarrationManifest::textHash(job.text), renderHash(job)});
                ++report.generated;
            } else {
                report.errors << job.relativePath + QStringLiteral(": ") + error;
            }
        }
    }

    removeStale(wanted, report);
    writeEffects(report);
    QString error;
    if (!next.save(m_settings.outDir, &error))
        report.errors << error;

    QDirIterator it(m_settings.outDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        report.totalBytes += it.fileInfo().size();
    }
    return report;
}

void ClipGenerator::removeStale(const QSet<QString> &wanted, Report &report) const
{
    const QDir out(m_settings.outDir);
    QDirIterator it(m_settings.outDir, QDir::Files, QDirIterator::Subdirectories);
    QStringList stale;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = out.relativeFilePath(path);
        const bool clip = relative.endsWith(QLatin1String(".ogg")) || relative.endsWith(QLatin1String(".ogg.part"));
        if (clip && !wanted.contains(relative))
            stale << path;
    }
    for (const QString &path : std::as_const(stale)) {
        if (QFile::remove(path))
            ++report.removed;
        else
            report.warnings << QStringLiteral("cannot remove the stale clip %1").arg(path);
    }
    // Folders of lessons that are gone: deepest first, only when empty.
    QStringList dirs;
    QDirIterator dirIt(m_settings.outDir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirIt.hasNext())
        dirs << dirIt.next();
    std::sort(dirs.begin(), dirs.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &dir : std::as_const(dirs))
        QDir().rmdir(dir); // fails, harmlessly, when not empty
}

void ClipGenerator::writeEffects(Report &report) const
{
    const QDir dir(QDir(m_settings.outDir).filePath(NarrationCatalog::effectsFolder()));
    if (!QDir().mkpath(dir.path())) {
        report.errors << QStringLiteral("cannot create %1").arg(dir.path());
        return;
    }
    const QList<SoundEffects::Kind> kinds = SoundEffects::all();
    for (SoundEffects::Kind kind : kinds) {
        const QString path = dir.filePath(SoundEffects::fileName(kind));
        const QByteArray bytes = SoundEffects::wav(kind);
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            continue; // unchanged: keep its date, so installs stay incremental
        existing.close();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
            report.errors << QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    }
}
