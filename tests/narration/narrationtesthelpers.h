#pragma once

// Real audio files for the narration tests, made with the real opusenc.

#include "narration/soundeffects.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace NarrationTest {

/// A valid Ogg Opus clip (the "completed" sound, about one second), made once per test process.
inline QByteArray opusClip()
{
    static const QByteArray clip = [] {
        QTemporaryDir dir;
        const QString wav = dir.filePath(QStringLiteral("in.wav"));
        const QString ogg = dir.filePath(QStringLiteral("out.ogg"));
        QFile in(wav);
        if (!in.open(QIODevice::WriteOnly))
            return QByteArray();
        in.write(SoundEffects::wav(SoundEffects::Kind::Completed));
        in.close();
        QProcess opusenc;
        opusenc.start(QStringLiteral(OPUSENC), {QStringLiteral("--quiet"), QStringLiteral("--bitrate"),
                                                QStringLiteral("10"), wav, ogg});
        if (!opusenc.waitForFinished(60000) || opusenc.exitCode() != 0)
            return QByteArray();
        QFile out(ogg);
        return out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
    }();
    return clip;
}

/// Writes `bytes` at `path`, creating its folder.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace NarrationTest
