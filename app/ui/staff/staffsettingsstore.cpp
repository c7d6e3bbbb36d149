#include "staffsettingsstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr qint64 MaxFileBytes = 64 * 1024;
}

StaffSettingsStore::StaffSettingsStore(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
}

QString StaffSettingsStore::filePath() const
{
    return QDir(m_dataDir).filePath(FileName);
}

KioskSettings StaffSettingsStore::load()
{
    QHash<QString, QString> values;
    QFile file(filePath());
    if (file.open(QIODevice::ReadOnly) && file.size() <= MaxFileBytes) {
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // Values are kept as text (KioskSettings' own format); numbers and booleans written
            // by hand are accepted too.
            const QJsonValue value = it.value();
            if (value.isString())
                values.insert(it.key(), value.toString());
            else if (value.isBool())
                values.insert(it.key(), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (value.isDouble())
                values.insert(it.key(), QString::number(value.toInteger()));
        }
    }
    m_current = KioskSettings::fromValues(values);
    return m_current;
}

bool StaffSettingsStore::save(const KioskSettings &settings, QString *error)
{
    const KioskSettings clamped = settings.clamped();
    QJsonObject object;
    const QHash<QString, QString> values = clamped.toValues();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        object.insert(it.key(), it.value());

    QSaveFile file(filePath());
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    m_current = clamped;
    emit settingsChanged(m_current);
    return true;
}

KioskSettings StaffSettingsStore::loadFrom(const QString &dataDir)
{
    return StaffSettingsStore(dataDir).load();
}
