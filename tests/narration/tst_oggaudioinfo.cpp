// OggAudioInfo on files made by the real opusenc: header, duration, and every kind of damage.

#include "narration/oggaudioinfo.h"
#include "narration/soundeffects.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestOggAudioInfo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsHeaderAndDuration();
    void refusesDamage();
    void refusesOtherFiles();

private:
    QTemporaryDir m_dir;
    QByteArray m_ogg;
    qint64 m_expectedMs = 0;
};

void TestOggAudioInfo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const SoundEffects::Kind kind = SoundEffects::Kind::Completed;
    const QString wav = m_dir.filePath(QStringLiteral("in.wav"));
    const QString ogg = m_dir.filePath(QStringLiteral("out.ogg"));
    QFile f(wav);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(SoundEffects::wav(kind));
    f.close();
    m_expectedMs = SoundEffects::samples(kind).size() * 1000 / SoundEffects::SampleRate;

    QProcess opusenc;
    opusenc.start(QStringLiteral(OPUSENC), {QStringLiteral("--quiet"), QStringLiteral("--bitrate"), QStringLiteral("10"),
                                            QStringLiteral("--framesize"), QStringLiteral("60"), wav, ogg});
    QVERIFY(opusenc.waitForFinished(60000));
    QCOMPARE(opusenc.exitCode(), 0);
    QFile o(ogg);
    QVERIFY(o.open(QIODevice::ReadOnly));
    m_ogg = o.readAll();
    QVERIFY(m_ogg.size() > 100);
}

void TestOggAudioInfo::readsHeaderAndDuration()
{
    const OggAudioInfo info = OggAudioInfo::readFile(m_dir.filePath(QStringLiteral("out.ogg")));
    QVERIFY2(info.valid, qPrintable(info.error));
    QCOMPARE(info.codec, OggAudioInfo::Codec::Opus);
    QCOMPARE(info.channels, 1);
    QCOMPARE(info.sampleRate, 48000);
    // opusenc keeps the exact length (granule position minus pre-skip).
    QVERIFY2(std::abs(info.durationMs() - m_expectedMs) <= 2,
             qPrintable(QStringLiteral("%1 ms, expected %2").arg(info.durationMs()).arg(m_expectedMs)));
}

void TestOggAudioInfo::refusesDamage()
{
    // Cut short.
    OggAudioInfo info = OggAudioInfo::parse(m_ogg.left(m_ogg.size() - 10));
    QVERIFY(!info.valid);
    QVERIFY2(info.error.contains(QLatin1String("truncated")), qPrintable(info.error));

    // One byte changed in the audio.
    QByteArray flipped = m_ogg;
    flipped[flipped.size() - 5] = char(flipped[flipped.size() - 5] ^ 0x5a);
    info = OggAudioInfo::parse(flipped);
    QVERIFY(!info.valid);
    QVERIFY2(info.error.contains(QLatin1String("checksum")), qPrintable(info.error));

    // Garbage after the last page.
    info = OggAudioInfo::parse(m_ogg + QByteArray("garbage at the end"));
    QVERIFY(!info.valid);

    // Header pages only (OpusHead, OpusTags): no sound.
    qsizetype offset = 0;
    for (int page = 0; page < 2; ++page) {
        const auto *h = reinterpret_cast<const uchar *>(m_ogg.constData() + offset);
        qsizetype size = 27 + h[26];
        for (int i = 0; i < h[26]; ++i)
            size += h[27 + i];
        offset += size;
    }
    info = OggAudioInfo::parse(m_ogg.left(offset));
    QVERIFY(!info.valid);
}

void TestOggAudioInfo::refusesOtherFiles()
{
    QVERIFY(!OggAudioInfo::parse(SoundEffects::wav(SoundEffects::Kind::Correct)).valid);
    QVERIFY(!OggAudioInfo::parse(QByteArray()).valid);
    QVERIFY(!OggAudioInfo::parse(QByteArray("OggS")).valid);
    QVERIFY(!OggAudioInfo::readFile(m_dir.filePath(QStringLiteral("missing.ogg"))).valid);
    // An Ogg stream of another codec: the first packet is not an Opus or Vorbis header.
    QByteArray other = m_ogg;
    other.replace("OpusHead", "FishHead");
    QVERIFY(!OggAudioInfo::parse(other).valid);
    // Larger than allowed.
    QVERIFY(!OggAudioInfo::readFile(m_dir.filePath(QStringLiteral("out.ogg")), 10).valid);
}

QTEST_GUILESS_MAIN(TestOggAudioInfo)
#include "tst_oggaudioinfo.moc"
