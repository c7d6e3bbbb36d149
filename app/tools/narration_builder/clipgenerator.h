#pragma once

#include "narration/narrationmanifest.h"
#include "narration/narrationplan.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

/// Makes the generated narration folder match a plan: runs espeak-ng and opusenc for new or
/// changed clips (in parallel), keeps unchanged ones, removes stale ones, writes the manifest
/// and the sound effects.
class ClipGenerator
{
public:
    struct Settings
    {
        QString outDir;
        QString espeak = QStringLiteral("espeak-ng");
        QString opusenc = QStringLiteral("opusenc");
        int jobs = 2;
        /// 10 kbit/s with 60 ms frames keeps espeak-ng's voice clear (wideband SILK) and the whole
        /// catalogue in three languages well under 40 MB; 16 kbit/s would not fit.
        int bitrateKbps = 10;
        int frameMs = 60;
    };

    struct Report
    {
        int planned = 0;
        int generated = 0;
        int kept = 0;
        int removed = 0;
        int skipped = 0;        ///< no espeak-ng voice for the language
        QStringList errors;
        QStringList warnings;
        qint64 totalBytes = 0;  ///< every file of the output folder
    };

    explicit ClipGenerator(Settings settings) : m_settings(std::move(settings)) {}

    Report run(const QList<NarrationJob> &jobs);

    /// Hash of everything that shapes a clip's sound: change one and the clip is made again.
    QString renderHash(const NarrationJob &job) const;

private:
    bool voiceExists(const QString &voice) const;
    QString generateOne(const NarrationJob &job, const QString &workDir, qsizetype index) const;
    void writeEffects(Report &report) const;
    void removeStale(const QSet<QString> &wanted, Report &report) const;

    Settings m_settings;
};
