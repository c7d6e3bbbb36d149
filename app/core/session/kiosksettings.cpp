#include "kiosksettings.h"

#include <QStringList>

#include <algorithm>

namespace {

const QString IdleDelayKey = QStringLiteral("idle_delay_s");
const QString WarningKey = QStringLiteral("idle_warning_s");
const QString LanguageKey = QStringLiteral("tutor_language");
const QString TextSizeKey = QStringLiteral("text_size");
const QString ContrastKey = QStringLiteral("high_contrast");
const QString NarrationKey = QStringLiteral("auto_narration");
const QString SoundsKey = QStringLiteral("sounds");
const QString VolumeKey = QStringLiteral("volume");

void readInt(const QHash<QString, QString> &values, const QString &key, int &target)
{
    bool ok = false;
    const int value = values.value(key).trimmed().toInt(&ok);
    if (ok)
        target = value;
}

void readBool(const QHash<QString, QString> &values, const QString &key, bool &target)
{
    const QString value = values.value(key).trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        target = true;
    else if (value == QLatin1String("false") || value == QLatin1String("0"))
        target = false;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

bool isLanguageCode(const QString &code)
{
    if (code.isEmpty() || code.size() > 16)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

} // namespace

KioskSettings KioskSettings::fromValues(const QHash<QString, QString> &values)
{
    KioskSettings s;
    readInt(values, IdleDelayKey, s.idleDelaySeconds);
    readInt(values, WarningKey, s.idleWarningSeconds);
    const QString language = values.value(LanguageKey).trimmed();
    if (isLanguageCode(language))
        s.tutorLanguage = language;
    const QString size = values.value(TextSizeKey).trimmed();
    if (!size.isEmpty())
        s.textSize = size;
    readBool(values, ContrastKey, s.highContrast);
    readBool(values, NarrationKey, s.autoNarration);
    readBool(values, SoundsKey, s.sounds);
    readInt(values, VolumeKey, s.volume);
    return s.clamped();
}

QHash<QString, QString> KioskSettings::toValues() const
{
    return {
        {IdleDelayKey, QString::number(idleDelaySeconds)},
        {WarningKey, QString::number(idleWarningSeconds)},
        {LanguageKey, tutorLanguage},
        {TextSizeKey, textSize},
        {ContrastKey, boolText(highContrast)},
        {NarrationKey, boolText(autoNarration)},
        {SoundsKey, boolText(sounds)},
        {VolumeKey, QString::number(volume)},
    };
}

KioskSettings KioskSettings::clamped() const
{
    KioskSettings s = *this;
    s.idleDelaySeconds = std::clamp(s.idleDelaySeconds, MinIdleDelaySeconds, MaxIdleDelaySeconds);
    s.idleWarningSeconds = std::clamp(s.idleWarningSeconds, MinWarningSeconds, MaxWarningSeconds);
    s.volume = std::clamp(s.volume, 0, 100);
    if (!isLanguageCode(s.tutorLanguage))
        s.tutorLanguage = QStringLiteral("fr");
    static const QStringList sizes{QStringLiteral("normal"), QStringLiteral("large"), QStringLiteral("extra-large")};
    if (!sizes.contains(s.textSize))
        s.textSize = QStringLiteral("normal");
    return s;
}
