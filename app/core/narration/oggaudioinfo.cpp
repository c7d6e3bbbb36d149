#include "oggaudioinfo.h"

#include <QFile>

#include <array>
#include <cstring>

namespace {

constexpr int PageHeaderBytes = 27;

/// Ogg's CRC-32: polynomial 0x04c11db7, not reflected, initial value 0, no final xor.
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 r = i << 24;
            for (int bit = 0; bit < 8; ++bit)
                r = (r & 0x80000000U) ? (r << 1) ^ 0x04c11db7U : (r << 1);
            t[i] = r;
        }
        return t;
    }();
    return table;
}

quint32 oggCrc(const uchar *data, qsizetype size, qsizetype crcOffset)
{
    const auto &table = crcTable();
    quint32 crc = 0;
    for (qsizetype i = 0; i < size; ++i) {
        // The checksum field itself counts as zeros.
        const uchar byte = (i >= crcOffset && i < crcOffset + 4) ? 0 : data[i];
        crc = (crc << 8) ^ table[((crc >> 24) & 0xff) ^ byte];
    }
    return crc;
}

quint16 le16(const uchar *p) { return quint16(p[0] | (p[1] << 8)); }
quint32 le32(const uchar *p) { return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24); }
qint64 le64(const uchar *p) { return qint64(quint64(le32(p)) | (quint64(le32(p + 4)) << 32)); }

OggAudioInfo failure(const QString &why)
{
    OggAudioInfo info;
    info.error = why;
    return info;
}

} // namespace

OggAudioInfo OggAudioInfo::readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return failure(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    OggAudioInfo info = parse(file.readAll());
    if (!info.valid)
        info.error = path + QStringLiteral(": ") + info.error;
    return info;
}

OggAudioInfo OggAudioInfo::parse(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size < PageHeaderBytes || !bytes.startsWith("OggS"))
        return failure(QStringLiteral("not an Ogg file (no \"OggS\" at the start)"));

    OggAudioInfo info;
    quint32 serial = 0;
    qint64 lastGranule = -1;
    int preSkip = 0;
    qsizetype offset = 0;
    int page = 0;
    while (offset < size) {
        if (size - offset < PageHeaderBytes || std::memcmp(data + offset, "OggS", 4) != 0)
            return failure(QStringLiteral("no Ogg page at byte %1").arg(offset));
        const uchar *h = data + offset;
        if (h[4] != 0)
            return failure(QStringLiteral("unknown Ogg version %1 at byte %2").arg(h[4]).arg(offset));
        const int segments = h[26];
        if (size - offset < PageHeaderBytes + segments)
            return failure(QStringLiteral("truncated page header at byte %1").arg(offset));
        qsizetype bodySize = 0;
        for (int i = 0; i < segments; ++i)
            bodySize += h[PageHeaderBytes + i];
        const qsizetype pageSize = PageHeaderBytes + segments + bodySize;
        if (size - offset < pageSize)
            return failure(QStringLiteral("truncated page at byte %1").arg(offset));
        if (oggCrc(h, pageSize, 22) != le32(h + 22))
            return failure(QStringLiteral("bad checksum in the page at byte %1").arg(offset));

        const uchar *body = h + PageHeaderBytes + segments;
        const quint32 pageSerial = le32(h + 14);
        const qint64 granule = le64(h + 6);
        if (page == 0) {
            if (!(h[5] & 0x02))
                return failure(QStringLiteral("the first page does not begin a stream"));
            serial = pageSerial;
            const int firstPacket = segments > 0 ? h[PageHeaderBytes] : 0;
            if (firstPacket >= 19 && std::memcmp(body, "OpusHead", 8) == 0) {
                info.codec = Codec::Opus;
                info.channels = body[9];
                preSkip = le16(body + 10);
                info.sampleRate = 48000; // Opus granule positions always count 48 kHz samples
            } else if (firstPacket >= 30 && body[0] == 0x01 && std::memcmp(body + 1, "vorbis", 6) == 0) {
                info.codec = Codec::Vorbis;
                info.channels = body[11];
                info.sampleRate = int(le32(body + 12));
            } else {
                return failure(QStringLiteral("the first packet is neither an OpusHead nor a Vorbis header"));
            }
            if (info.channels < 1 || info.sampleRate <= 0)
                return failure(QStringLiteral("the codec header has no channels or no sample rate"));
        } else if (pageSerial == serial && granule >= 0) {
            lastGranule = granule; // -1 marks a page where no packet ends
        }
        offset += pageSize;
        ++page;
    }

    if (lastGranule < 0)
        return failure(QStringLiteral("no audio page"));
    info.samples = lastGranule - (info.codec == Codec::Opus ? preSkip : 0);
    if (info.samples <= 0)
        return failure(QStringLiteral("zero duration"));
    info.valid = true;
    return info;
}
