#include "narrationmanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>


namespace {
constexpr qint64 MaxManifestBytes = 32 * 1024 * 1024;
}

QString NarrationManifest::textHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.simplified().toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

bool NarrationManifest::load(const QString &root, NarrationManifest &manifest, QString *error)
{
    manifest = {};
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile file(QDir(root).filePath(fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > MaxManifestBytes)
        return fail(QStringLiteral("%1 is too large").arg(file.fileName()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(QStringLiteral("%1: %2").arg(file.fileName(), parseError.errorString()));
    const QJsonObject top = doc.object();
    if (top.value(QLatin1String("format")).toInt() != Format)
        return fail(QStringLiteral("%1: unknown format").arg(file.fileName()));
    const QJsonObject clips = top.value(QLatin1String("clips")).toObject();
    for (auto it = clips.begin(); it != clips.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Clip clip{o.value(QLatin1String("lang")).toString(), o.value(QLatin1String("text")).toString(),
                  o.value(QLatin1String("render")).toString()};
        if (!clip.textHash.isEmpty())
            manifest.clips.insert(it.key(), clip);
    }
    return true;
}

bool NarrationManifest::save(const QString &root, QString *error) const
{
    QJsonObject clipsObject;
    for (auto it = clips.begin(); it != clips.end(); ++it) {
        clipsObject.insert(it.key(), QJsonObject{{QLatin1String("lang"), it->language},
                                                 {QLatin1String("text"), it->textHash},
                                                 {QLatin1String("render"), it->renderHash}});
    }
    const QJsonObject top{{QLatin1String("format"), Format}, {QLatin1String("clips"), clipsObject}};
    const QByteArray bytes = QJsonDocument(top).toJson(QJsonDocument::Compact);
    QFile existing(QDir(root).filePath(fileName()));
    if (existing.open(QIODevice::ReadOnly) && existing.size() == bytes.size() && existing.readAll() == bytes)
        return true; // unchanged: keep its date
    QSaveFile file(QDir(root).filePath(fileName()));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}
