#pragma once

#include <QHash>
#include <QString>

/// What staff may tune on a terminal (edited and persisted by the staff panel in a later issue).
/// GUI-free: the text size is a name the UI turns into a Theme ("normal", "large", "extra-large").
struct KioskSettings
{
    static constexpr int MinIdleDelaySeconds = 30;
    static constexpr int MaxIdleDelaySeconds = 60 * 60;
    static constexpr int MinWarningSeconds = 20; ///< the warning is never shorter (RELIABILITY 13)
    static constexpr int MaxWarningSeconds = 120;

    int idleDelaySeconds = 180;  ///< inactivity before the "are you still there?" warning
    int idleWarningSeconds = 30; ///< length of the spoken countdown before the session ends
    QString tutorLanguage = QStringLiteral("fr");
    QString textSize = QStringLiteral("normal");
    bool highContrast = false;
    bool autoNarration = true;
    bool sounds = true;
    int volume = 80; ///< 0-100

    /// Reads settings stored as text (keys as in toValues()); a missing or unusable value
    /// keeps its default, a value out of range is clamped. Never fails.
    static KioskSettings fromValues(const QHash<QString, QString> &values);
    QHash<QString, QString> toValues() const;
    /// The same settings with every value within its range.
    KioskSettings clamped() const;

    bool operator==(const KioskSettings &other) const = default;
};
