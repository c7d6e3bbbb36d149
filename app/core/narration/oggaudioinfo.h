#pragma once

#include <QByteArray>
#include <QString>

/// What an Ogg audio file says about itself, read from its bytes without decoding:
/// codec (Opus or Vorbis), channels, and duration from the last page's granule position.
/// Used to check shipped and generated narration without a sound card.
struct OggAudioInfo
{
    enum class Codec { Unknown, Opus, Vorbis };

    bool valid = false;     ///< an Ogg stream whose first packet is an Opus or Vorbis header
    Codec codec = Codec::Unknown;
    int channels = 0;
    int sampleRate = 0;     ///< rate of the granule positions: 48000 for Opus, the header's for Vorbis
    qint64 samples = 0;     ///< playable samples (Opus: last granule minus pre-skip)
    QString error;          ///< why the file is not valid (English, one line)

    qint64 durationMs() const { return sampleRate > 0 ? samples * 1000 / sampleRate : 0; }

    /// Reads at most `maxBytes` of the file (narration clips are small; a larger file is refused).
    static OggAudioInfo readFile(const QString &path, qint64 maxBytes = 16 * 1024 * 1024);
    static OggAudioInfo parse(const QByteArray &bytes);
};
