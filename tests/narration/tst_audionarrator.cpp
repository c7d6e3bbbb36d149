// AudioNarrator without a sound card (CI, a kiosk with unplugged speakers): speak() returns at
// once and still emits `speaking`, nothing waits for audio. With loadWithoutOutput, the clips go
// into the real media player (FFmpeg backend) without being played: it reads the generated Opus
// clips, stop() works, broken files never escape and end in "audio unavailable".

#include "narrationtesthelpers.h"

#include "media/audionarrator.h"
#include "media/mediabackend.h"
#include "narration/narrationcatalog.h"
#include "narration/spokenmessages.h"

#include <QApplication>
#include <QAudioDevice>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

NarrationRequest interfaceRequest(const QLatin1String key, const QString &language = QStringLiteral("fr"))
{
    return {SpokenMessages::text(key, language), language, {}, {}, key};
}

} // namespace

class TestAudioNarrator : public QObject
{
    Q_OBJECT

private slots:
    void ffmpegBackendChosen();
    void withoutOutputTextOnly();
    void speakReturnsAtOnceAndLoadsTheClip();
    void stopStopsAndNothingHangs();
    void missingClipMeansTextOnly();
    void brokenFilesNeverEscape();
    void effectsToggle();
    void settings();
};

void TestAudioNarrator::ffmpegBackendChosen()
{
    QCOMPARE(qgetenv("QT_MEDIA_BACKEND"), QByteArray("ffmpeg"));
}

void TestAudioNarrator::withoutOutputTextOnly()
{
    if (!QMediaDevices::audioOutputs().isEmpty())
        QSKIP("this machine has an audio output");
    AudioNarrator narrator({QStringLiteral(PASSERELLE_NARRATION_DIR), false});
    QVERIFY(!narrator.isAudioAvailable());
    QVERIFY(!narrator.unavailableReason().isEmpty());
    QSignalSpy speaking(&narrator, &Narrator::speaking);
    const NarrationRequest request = interfaceRequest(SpokenMessages::Welcome);
    narrator.speak(request);
    QCOMPARE(speaking.size(), 1);
    QCOMPARE(speaking.first().first().value<NarrationRequest>().text, request.text);
    // The clip exists, but nobody can hear it: the screen shows its notice.
    QVERIFY(!narrator.lastClip().isEmpty());
    QVERIFY(!narrator.lastHadAudio());
    QVERIFY(!narrator.isPlaying());
    narrator.playEffect(Narrator::Effect::Correct);
    QCOMPARE(narrator.effectsPlayed(), 0);
}

void TestAudioNarrator::speakReturnsAtOnceAndLoadsTheClip()
{
    AudioNarrator narrator({QStringLiteral(PASSERELLE_NARRATION_DIR), true});
    QVERIFY(narrator.isAudioAvailable());
    QSignalSpy speaking(&narrator, &Narrator::speaking);
    const QStringList keys = SpokenMessages::keys();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i) {
        const QString key = keys.at(i % keys.size());
        narrator.speak({SpokenMessages::text(key, QStringLiteral("ar")), QStringLiteral("ar"), {}, {}, key});
    }
    // Ten clips started one over the other, each stopping the previous: no waiting on audio.
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(speaking.size(), 10);
    QVERIFY(narrator.lastHadAudio());
    QCOMPARE(narrator.lastSource(), NarrationCatalog::Source::Generated);
    QVERIFY(narrator.lastClip().endsWith(QStringLiteral("/interface/ar/%1.ogg").arg(keys.at(9))));
    // The FFmpeg backend reads the Opus clip and knows its length.
    QTRY_VERIFY_WITH_TIMEOUT(narrator.clipDurationMs() > 0, 10000);
    QVERIFY(narrator.lastHadAudio());
}

void TestAudioNarrator::stopStopsAndNothingHangs()
{
    AudioNarrator narrator({QStringLiteral(PASSERELLE_NARRATION_DIR), true});
    QSignalSpy stopped(&narrator, &Narrator::stopped);
    QSignalSpy finished(&narrator, &Narrator::finished);
    narrator.speak(interfaceRequest(SpokenMessages::IdleWarning));
    QTest::qWait(200); // no device: nothing ever ends, and nothing may block
    QElapsedTimer timer;
    timer.start();
    narrator.stop();
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!narrator.isPlaying());
    QCOMPARE(finished.size(), 0);
    // A new sentence after stop loads again.
    narrator.speak(interfaceRequest(SpokenMessages::Goodbye));
    QVERIFY(narrator.lastHadAudio());
    QVERIFY(narrator.lastClip().endsWith(QLatin1String("/interface/fr/goodbye.ogg")));
    narrator.stop();
    QCOMPARE(stopped.size(), 2);
}

void TestAudioNarrator::missingClipMeansTextOnly()
{
    AudioNarrator narrator({QStringLiteral(PASSERELLE_NARRATION_DIR), true});
    QSignalSpy speaking(&narrator, &Narrator::speaking);
    narrator.speak({QStringLiteral("Un texte que personne n'a enregistré."), QStringLiteral("fr"), {}, {},
                    QStringLiteral("no-such-sentence")});
    QCOMPARE(speaking.size(), 1);
    QVERIFY(narrator.lastClip().isEmpty());
    QVERIFY(!narrator.lastHadAudio());
    QVERIFY(!narrator.isPlaying());
    QVERIFY(narrator.isAudioAvailable()); // no clip is not an audio failure
}

void TestAudioNarrator::brokenFilesNeverEscape()
{
    // A narration folder whose clips are damaged (recordings are checked before use and give way
    // to the generated voice; generated clips are trusted by name when there is no manifest).
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString folder = root.filePath(QStringLiteral("interface/fr/"));
    for (int i = 0; i < AudioNarrator::FailuresBeforeUnavailable; ++i) {
        QVERIFY(NarrationTest::writeFile(folder + QStringLiteral("broken-%1.ogg").arg(i),
                                         QByteArray("OggS this is not audio at all ") + QByteArray(200, 'x')));
    }
    QVERIFY(!NarrationTest::opusClip().isEmpty());
    QVERIFY(NarrationTest::writeFile(folder + QStringLiteral("good.ogg"), NarrationTest::opusClip()));
    auto say = [](AudioNarrator &narrator, const QString &key) {
        narrator.speak({QStringLiteral("…"), QStringLiteral("fr"), {}, {}, key});
    };

    {
        // A bad file between good ones is that file's problem, not the audio's.
        AudioNarrator narrator({root.path(), true});
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < AudioNarrator::FailuresBeforeUnavailable - 1; ++i) {
                say(narrator, QStringLiteral("broken-%1").arg(i));
                QCOMPARE(narrator.lastSource(), NarrationCatalog::Source::Generated);
                QTRY_VERIFY_WITH_TIMEOUT(!narrator.lastHadAudio(), 10000);
            }
            say(narrator, QStringLiteral("good"));
            QVERIFY(narrator.lastHadAudio());
            QTRY_VERIFY_WITH_TIMEOUT(narrator.clipDurationMs() > 0, 10000);
        }
        QVERIFY(narrator.isAudioAvailable());
    }

    AudioNarrator narrator({root.path(), true});
    QSignalSpy availability(&narrator, &Narrator::audioAvailabilityChanged);
    QSignalSpy speaking(&narrator, &Narrator::speaking);
    for (int i = 0; i < AudioNarrator::FailuresBeforeUnavailable; ++i) {
        say(narrator, QStringLiteral("broken-%1").arg(i));
        QTRY_VERIFY_WITH_TIMEOUT(!narrator.lastHadAudio(), 10000);
    }
    // Three files in a row failed: the audio is declared unavailable (the staff panel says so).
    QTRY_VERIFY_WITH_TIMEOUT(!narrator.isAudioAvailable(), 5000);
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.first().first().toBool(), false);
    QVERIFY(!narrator.unavailableReason().isEmpty());
    // The lesson goes on in text.
    say(narrator, QStringLiteral("good"));
    QCOMPARE(speaking.size(), AudioNarrator::FailuresBeforeUnavailable + 1);
    QVERIFY(!narrator.lastHadAudio());
}

void TestAudioNarrator::effectsToggle()
{
    AudioNarrator narrator({QStringLiteral(PASSERELLE_NARRATION_DIR), true});
    QVERIFY(narrator.effectsEnabled());
    narrator.playEffect(Narrator::Effect::Correct);
    QCOMPARE(narrator.effectsPlayed(), 1);
    // Right after an effect, the voice waits for it to end instead of talking over it; stop()
    // cancels that wait.
    narrator.speak(interfaceRequest(SpokenMessages::WellDone));
    QVERIFY(narrator.isPlaying());
    narrator.stop();
    QVERIFY(!narrator.isPlaying());

    narrator.setEffectsEnabled(false);
    narrator.playEffect(Narrator::Effect::Wrong);
    narrator.playEffect(Narrator::Effect::Completed);
    QCOMPARE(narrator.effectsPlayed(), 1);
    narrator.setEffectsEnabled(true);
    narrator.playEffect(Narrator::Effect::Completed);
    QCOMPARE(narrator.effectsPlayed(), 2);

    // No effects folder: silently nothing.
    QTemporaryDir empty;
    AudioNarrator bare({empty.path(), true});
    bare.playEffect(Narrator::Effect::Correct);
    QCOMPARE(bare.effectsPlayed(), 0);
}

void TestAudioNarrator::settings()
{
    AudioNarrator narrator({QStringLiteral(PASSERELLE_NARRATION_DIR), true});
    QVERIFY(narrator.autoPlay());
    narrator.setAutoPlay(false);
    QVERIFY(!narrator.autoPlay());
    narrator.setVolume(150);
    QCOMPARE(narrator.volume(), 100);
    narrator.setVolume(-3);
    QCOMPARE(narrator.volume(), 0);
    narrator.setVolume(40);
    narrator.speak(interfaceRequest(SpokenMessages::Home, QStringLiteral("en")));
    QCOMPARE(narrator.volume(), 40);
    // SilentNarrator shares the settings and never claims audio.
    SilentNarrator silent;
    silent.setEffectsEnabled(false);
    QVERIFY(!silent.effectsEnabled());
    QVERIFY(!silent.lastHadAudio());
}

int main(int argc, char *argv[])
{
    preferFfmpegMediaBackend(); // as main.cpp does, before the application exists
    QApplication app(argc, argv);
    TestAudioNarrator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_audionarrator.moc"
