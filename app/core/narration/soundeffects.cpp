#include "soundeffects.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace {

struct Note
{
    double start;    ///< seconds
    double length;   ///< seconds, including the decay
    double fromHz;
    double toHz;     ///< a glide when it differs from fromHz
    double gain;
    double attack;   ///< seconds
    double decay;    ///< time constant of the exponential decay, seconds
};

std::vector<Note> notesOf(SoundEffects::Kind kind)
{
    switch (kind) {
    case SoundEffects::Kind::Correct: // G5 then C6: a small "ding-ding" going up
        return {{0.0, 0.30, 784.0, 784.0, 0.8, 0.006, 0.10}, {0.11, 0.40, 1046.5, 1046.5, 1.0, 0.006, 0.14}};
    case SoundEffects::Kind::Wrong: // one soft low tone sliding down a little: "hmm", never a buzzer
        return {{0.0, 0.38, 262.0, 220.0, 1.0, 0.03, 0.16}};
    case SoundEffects::Kind::Completed: // C5 E5 G5 C6
        return {{0.0, 0.30, 523.3, 523.3, 0.7, 0.006, 0.12},
                {0.10, 0.30, 659.3, 659.3, 0.75, 0.006, 0.12},
                {0.20, 0.30, 784.0, 784.0, 0.8, 0.006, 0.12},
                {0.30, 0.65, 1046.5, 1046.5, 1.0, 0.006, 0.22}};
    }
    return {};
}

} // namespace

QString SoundEffects::fileName(Kind kind)
{
    switch (kind) {
    case Kind::Correct:
        return QStringLiteral("correct.wav");
    case Kind::Wrong:
        return QStringLiteral("wrong.wav");
    case Kind::Completed:
        return QStringLiteral("completed.wav");
    }
    return {};
}

QList<qint16> SoundEffects::samples(Kind kind)
{
    const std::vector<Note> notes = notesOf(kind);
    double end = 0;
    for (const Note &n : notes)
        end = std::max(end, n.start + n.length);
    const auto count = static_cast<qsizetype>(std::ceil(end * SampleRate));
    std::vector<double> mix(static_cast<size_t>(count), 0.0);

    constexpr double twoPi = 2.0 * std::numbers::pi;
    for (const Note &n : notes) {
        const auto first = static_cast<qsizetype>(n.start * SampleRate);
        const auto length = static_cast<qsizetype>(n.length * SampleRate);
        double phase = 0;
        for (qsizetype i = 0; i < length && first + i < count; ++i) {
            const double t = double(i) / SampleRate;
            const double hz = n.fromHz + (n.toHz - n.fromHz) * (t / n.length);
            phase += twoPi * hz / SampleRate;
            // Quick attack, exponential decay, and a 20 ms fade so every note ends at silence.
            double envelope = (t < n.attack ? t / n.attack : 1.0) * std::exp(-(t - std::min(t, n.attack)) / n.decay);
            const double remaining = n.length - t;
            if (remaining < 0.02)
                envelope *= std::max(0.0, remaining / 0.02);
            // A touch of the octave gives a bell-like, rounder timbre than a bare sine.
            const double wave = std::sin(phase) + 0.18 * std::sin(2 * phase);
            mix[static_cast<size_t>(first + i)] += n.gain * envelope * wave;
        }
    }

    double peak = 0;
    for (double v : mix)
        peak = std::max(peak, std::abs(v));
    const double scale = peak > 0 ? Peak * 32767.0 / peak : 0.0;
    QList<qint16> out;
    out.reserve(count);
    for (double v : mix)
        out << static_cast<qint16>(std::lround(v * scale));
    return out;
}

QByteArray SoundEffects::wav(Kind kind)
{
    const QList<qint16> pcm = samples(kind);
    const auto dataBytes = static_cast<quint32>(pcm.size() * 2);
    QByteArray out;
    out.reserve(44 + qsizetype(dataBytes));
    auto u32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    auto u16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    out.append("RIFF", 4);
    u32(36 + dataBytes);
    out.append("WAVEfmt ", 8);
    u32(16);                 // fmt chunk size
    u16(1);                  // PCM
    u16(1);                  // mono
    u32(SampleRate);
    u32(SampleRate * 2);     // bytes per second
    u16(2);                  // block align
    u16(16);                 // bits per sample
    out.append("data", 4);
    u32(dataBytes);
    for (qint16 s : pcm)
        u16(static_cast<quint16>(s));
    return out;
}
