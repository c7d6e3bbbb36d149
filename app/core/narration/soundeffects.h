#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// The short right/wrong/completed sounds, synthesized (no recording to license): a soft rising
/// two-note chime, a gentle low falling tone, a short arpeggio. The narration build writes them
/// as WAV files into `<generatedRoot>/effects/`, which QSoundEffect plays with low latency.
class SoundEffects
{
public:
    enum class Kind { Correct, Wrong, Completed };

    static constexpr int SampleRate = 22050;
    /// Peak level, as a fraction of full scale: soft next to the narration.
    static constexpr double Peak = 0.4;

    static QList<Kind> all() { return {Kind::Correct, Kind::Wrong, Kind::Completed}; }
    static QString fileName(Kind kind);
    /// 16-bit mono PCM samples of the effect.
    static QList<qint16> samples(Kind kind);
    /// A complete WAV file (RIFF, PCM, 16-bit, mono, SampleRate).
    static QByteArray wav(Kind kind);
};
