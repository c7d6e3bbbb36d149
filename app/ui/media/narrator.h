#pragma once

#include <QObject>
#include <QString>

#include <algorithm>

/// What to say: the text, in which language, and where a recording may exist.
struct NarrationRequest
{
    QString text;        ///< the text in `language` (shown too; the fallback when no audio exists)
    QString language;    ///< tutor language code
    QString lessonDir;   ///< lesson folder (recordings live in audio/<lang>/ there); empty for interface text
    QString stepId;      ///< step id (with lessonDir: the lesson's clips); empty for interface text
    /// "say", "hint", "success", "wrong-<n>" (n: index of the wrong rule; plain "wrong" also works,
    /// the rule is found by its text), or an interface message key (SpokenMessages).
    QString part;
};

/// Speaks instructions and plays the short right/wrong sounds. The player and the screens only
/// talk to this interface; the real one (AudioNarrator) plays audio through Qt Multimedia, tests
/// use SilentNarrator.
class Narrator : public QObject
{
    Q_OBJECT

public:
    enum class Effect { Correct, Wrong, Completed };

    using QObject::QObject;

    /// Starts speaking (stopping anything already playing). Never blocks and never waits for
    /// the end of the audio: a machine without a sound card must not hang the lesson.
    virtual void speak(const NarrationRequest &request) = 0;
    virtual void stop() = 0;
    virtual void playEffect(Effect effect) = 0;
    /// False when no audio output works (the staff panel says so; the lesson goes on in text).
    virtual bool isAudioAvailable() const = 0;
    /// Whether the last speak() is being heard: a clip was found and audio works. When false, the
    /// screen shows its small notice ("pas de son pour ce texte").
    virtual bool lastHadAudio() const { return false; }

    // Staff settings, kept here so that every screen reads the same values.
    /// Narration volume, 0–100 (effects play a little softer).
    int volume() const { return m_volume; }
    void setVolume(int volume)
    {
        m_volume = std::clamp(volume, 0, 100);
        applyVolume(m_volume);
    }
    /// Whether a step's instruction is spoken when it starts (the caller checks it; on by default).
    bool autoPlay() const { return m_autoPlay; }
    void setAutoPlay(bool on) { m_autoPlay = on; }
    /// Whether right/wrong/completed sounds play (on by default).
    bool effectsEnabled() const { return m_effectsEnabled; }
    void setEffectsEnabled(bool on) { m_effectsEnabled = on; }

signals:
    void speaking(const NarrationRequest &request);
    void stopped();
    /// The clip played to its end (never emitted without a sound card).
    void finished();
    /// Audio outputs appeared or disappeared, or the audio backend failed.
    void audioAvailabilityChanged(bool available);

protected:
    virtual void applyVolume(int volume) { Q_UNUSED(volume) }

private:
    int m_volume = 80;
    bool m_autoPlay = true;
    bool m_effectsEnabled = true;
};

/// Says nothing, remembers what it was asked: for tests and the silent demonstration.
class SilentNarrator final : public Narrator
{
    Q_OBJECT

public:
    using Narrator::Narrator;

    void speak(const NarrationRequest &request) override
    {
        m_last = request;
        ++m_count;
        emit speaking(request);
    }
    void stop() override { emit stopped(); }
    void playEffect(Effect effect) override { m_lastEffect = effect; ++m_effects; }
    bool isAudioAvailable() const override { return false; }

    NarrationRequest last() const { return m_last; }
    int count() const { return m_count; }
    int effectCount() const { return m_effects; }
    Effect lastEffect() const { return m_lastEffect; }

private:
    NarrationRequest m_last;
    int m_count = 0;
    int m_effects = 0;
    Effect m_lastEffect = Effect::Correct;
};
