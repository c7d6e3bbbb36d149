#pragma once

#include <QObject>
#include <QString>

/// What to say: the text, in which language, and where a recording may exist.
struct NarrationRequest
{
    QString text;        ///< the text in `language` (shown too; the fallback when no audio exists)
    QString language;    ///< tutor language code
    QString lessonDir;   ///< lesson folder (recordings live in audio/<lang>/ there); empty for interface text
    QString stepId;      ///< step id, for recordings; empty for interface text
    QString part;        ///< "say", "hint", "success", "wrong" or an interface message key
};

/// Speaks instructions and plays the short right/wrong sounds. The player and the screens only
/// talk to this interface; the real one plays audio through Qt Multimedia, tests use SilentNarrator.
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

signals:
    void speaking(const NarrationRequest &request);
    void stopped();
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
