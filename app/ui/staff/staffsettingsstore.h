#pragma once

#include "session/kiosksettings.h"

#include <QObject>
#include <QString>

/// The terminal settings staff edit (idle delay, tutor language, text size, volume, narration,
/// sounds), kept as a small JSON file `kiosk-settings.json` in the data folder.
///
/// Why a file and not the database: the store has no settings table, and the kiosk needs its
/// settings even when the database is out of order (to show the out-of-order screen in the
/// right language and size). Saving is atomic (QSaveFile: written beside, flushed, renamed), so a
/// power cut leaves the old settings or the new ones, never half a file. A missing, unreadable or
/// damaged file gives the defaults; values out of range are clamped (KioskSettings::fromValues).
class StaffSettingsStore : public QObject
{
    Q_OBJECT

public:
    static inline const QString FileName = QStringLiteral("kiosk-settings.json");

    explicit StaffSettingsStore(QString dataDir, QObject *parent = nullptr);

    /// Reads the file (the defaults when there is none). Also what current() returns afterwards.
    KioskSettings load();
    /// The settings last loaded or saved.
    const KioskSettings &current() const { return m_current; }
    /// Saves atomically, then emits settingsChanged() so they apply at once. On failure nothing
    /// changes and `error` says why (read-only folder, disk full...).
    bool save(const KioskSettings &settings, QString *error = nullptr);

    QString filePath() const;

    /// The settings of `dataDir` in one call (for the kiosk's start).
    static KioskSettings loadFrom(const QString &dataDir);

signals:
    void settingsChanged(const KioskSettings &settings);

private:
    QString m_dataDir;
    KioskSettings m_current;
};
