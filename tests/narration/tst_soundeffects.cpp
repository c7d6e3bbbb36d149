// The synthesized right/wrong/completed sounds: valid WAV, short, soft, click-free, and shaped as
// described (a rising chime, a low tone, a longer arpeggio).

#include "narration/soundeffects.h"

#include <QTest>
#include <QtEndian>

#include <cmath>

namespace {

/// Dominant frequency of a stretch of samples, from its zero crossings.
double frequency(const QList<qint16> &s, qsizetype from, qsizetype count)
{
    int crossings = 0;
    for (qsizetype i = from + 1; i < from + count && i < s.size(); ++i) {
        if ((s[i - 1] < 0) != (s[i] < 0))
            ++crossings;
    }
    return crossings / 2.0 / (double(count) / SoundEffects::SampleRate);
}

} // namespace

class TestSoundEffects : public QObject
{
    Q_OBJECT

private slots:
    void wavHeader_data();
    void wavHeader();
    void shortSoftAndClickFree_data();
    void shortSoftAndClickFree();
    void shapes();
};

void TestSoundEffects::wavHeader_data()
{
    QTest::addColumn<SoundEffects::Kind>("kind");
    QTest::newRow("correct") << SoundEffects::Kind::Correct;
    QTest::newRow("wrong") << SoundEffects::Kind::Wrong;
    QTest::newRow("completed") << SoundEffects::Kind::Completed;
}

void TestSoundEffects::wavHeader()
{
    QFETCH(SoundEffects::Kind, kind);
    const QByteArray wav = SoundEffects::wav(kind);
    const auto *b = reinterpret_cast<const uchar *>(wav.constData());
    QVERIFY(wav.startsWith("RIFF"));
    QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
    QCOMPARE(qFromLittleEndian<quint32>(b + 4), quint32(wav.size() - 8));
    QCOMPARE(qFromLittleEndian<quint16>(b + 20), quint16(1)); // PCM
    QCOMPARE(qFromLittleEndian<quint16>(b + 22), quint16(1)); // mono
    QCOMPARE(qFromLittleEndian<quint32>(b + 24), quint32(SoundEffects::SampleRate));
    QCOMPARE(qFromLittleEndian<quint16>(b + 34), quint16(16));
    QCOMPARE(wav.mid(36, 4), QByteArray("data"));
    QCOMPARE(qFromLittleEndian<quint32>(b + 40), quint32(SoundEffects::samples(kind).size() * 2));
    QVERIFY(!SoundEffects::fileName(kind).isEmpty());
}

void TestSoundEffects::shortSoftAndClickFree_data()
{
    wavHeader_data();
}

void TestSoundEffects::shortSoftAndClickFree()
{
    QFETCH(SoundEffects::Kind, kind);
    const QList<qint16> s = SoundEffects::samples(kind);
    const double seconds = double(s.size()) / SoundEffects::SampleRate;
    QVERIFY2(seconds >= 0.2 && seconds <= 1.2, qPrintable(QString::number(seconds)));
    int peak = 0;
    for (qint16 v : s)
        peak = std::max(peak, std::abs(int(v)));
    QVERIFY(peak <= int(SoundEffects::Peak * 32767) + 1);
    QVERIFY(peak >= int(SoundEffects::Peak * 32767 * 0.95));
    // Starts and ends at silence: no click.
    QVERIFY(std::abs(int(s.first())) < 200);
    QVERIFY(std::abs(int(s.last())) < 50);
}

void TestSoundEffects::shapes()
{
    const QList<qint16> correct = SoundEffects::samples(SoundEffects::Kind::Correct);
    const qsizetype window = SoundEffects::SampleRate / 20; // 50 ms
    const double first = frequency(correct, SoundEffects::SampleRate / 50, window);
    const double second = frequency(correct, SoundEffects::SampleRate * 3 / 10, window);
    QVERIFY2(second > first * 1.2, qPrintable(QStringLiteral("%1 -> %2 Hz").arg(first).arg(second))); // rising

    const QList<qint16> wrong = SoundEffects::samples(SoundEffects::Kind::Wrong);
    const double low = frequency(wrong, SoundEffects::SampleRate / 20, window);
    QVERIFY2(low > 150 && low < 350, qPrintable(QString::number(low))); // low, not a buzzer

    QVERIFY(SoundEffects::samples(SoundEffects::Kind::Completed).size() > correct.size());
}

QTEST_GUILESS_MAIN(TestSoundEffects)
#include "tst_soundeffects.moc"
