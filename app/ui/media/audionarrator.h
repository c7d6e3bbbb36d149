#pragma once

#include "media/narrator.h"
#include "narration/narrationcatalog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMediaPlayer>
#include <QTimer>

class QAudioOutput;
class QMediaDevices;
class QSoundEffect;

/// The real narrator: finds each sentence's clip through NarrationCatalog (the lesson's recording,
/// else the generated voice) and plays it with QMediaPlayer; plays the sound effects with
/// QSoundEffect. Never waits for the end of a clip. Without an audio output it still emits
/// `speaking` (the screens show the text) and never touches the player: Qt 6.4's FFmpeg backend
/// crashes when asked to play with no audio device. Player errors never escape.
class AudioNarrator final : public Narrator
{
    Q_OBJECT

public:
    struct Options
    {
        /// Generated narration (NarrationCatalog::defaultGeneratedRoot(applicationDirPath()) in the app).
        QString generatedRoot;
        /// Tests only: without an audio output, still load each clip into the media player (to
        /// prove the backend reads it) and act as if audio worked; nothing is ever played.
        bool loadWithoutOutput = false;
    };

    explicit AudioNarrator(const Options &options, QObject *parent = nullptr);
    ~AudioNarrator() override;

    void speak(const NarrationRequest &request) override;
    void stop() override;
    void playEffect(Effect effect) override;
    bool isAudioAvailable() const override;
    bool lastHadAudio() const override { return m_lastHadAudio; }

    /// For the staff status screen: why audio is unavailable (empty when it works).
    QString unavailableReason() const;
    /// The clip the last speak() chose (empty: text only) and where it came from.
    QString lastClip() const { return m_lastClip.path; }
    NarrationCatalog::Source lastSource() const { return m_lastClip.source; }
    /// Whether a clip is loading or playing (false after stop(), at the end, or without audio).
    bool isPlaying() const;
    /// Duration of the loaded clip as the media backend reports it (0 before it is loaded).
    qint64 clipDurationMs() const { return m_player ? m_player->duration() : 0; }
    /// How many sound effects were triggered (not with effects off or audio unavailable).
    int effectsPlayed() const { return m_effectsPlayed; }
    const NarrationCatalog &catalog() const { return m_catalog; }

    /// After this many player errors in a row (no clip loaded in between), audio is declared
    /// unavailable: the backend or the device is failing, not one file.
    static constexpr int FailuresBeforeUnavailable = 3;

protected:
    void applyVolume(int volume) override;

private:
    NarrationCatalog::Clip resolve(const NarrationRequest &request) const;
    void ensurePlayer();
    void ensureEffects();
    void startPlayback();
    void refreshOutputs();
    void onPlayerError(QMediaPlayer::Error error, const QString &errorString);
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    void setBackendFailure(const QString &reason);
    float linearVolume(double factor) const;

    Options m_options;
    NarrationCatalog m_catalog;
    QMediaDevices *m_devices = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QHash<int, QSoundEffect *> m_effects;
    QHash<int, qint64> m_effectMs;
    QTimer m_startTimer;          ///< a clip right after an effect waits for the effect to end
    QElapsedTimer m_effectClock;
    qint64 m_effectEndsAt = 0;    ///< on m_effectClock
    bool m_hasOutput = false;
    bool m_backendFailed = false;
    QString m_failure;
    int m_failuresInRow = 0;
    int m_effectsPlayed = 0;
    bool m_lastHadAudio = false;
    NarrationCatalog::Clip m_lastClip;
};
