#include "audionarrator.h"

#include "narration/soundeffects.h"
#include "narration/spokenmessages.h"

#include <QAudio>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace {

Q_LOGGING_CATEGORY(lcNarration, "passerelle.narration")

/// Effects sound softer than the voice.
constexpr double EffectVolumeFactor = 0.7;
/// The voice may start this long before an effect's tail has faded out.
constexpr qint64 EffectOverlapMs = 80;

SoundEffects::Kind kindOf(Narrator::Effect effect)
{
    switch (effect) {
    case Narrator::Effect::Correct:
        return SoundEffects::Kind::Correct;
    case Narrator::Effect::Wrong:
        return SoundEffects::Kind::Wrong;
    case Narrator::Effect::Completed:
        return SoundEffects::Kind::Completed;
    }
    return SoundEffects::Kind::Correct;
}

} // namespace

AudioNarrator::AudioNarrator(const Options &options, QObject *parent)
    : Narrator(parent), m_options(options), m_catalog(options.generatedRoot)
{
    m_devices = new QMediaDevices(this);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &AudioNarrator::refreshOutputs);
    m_hasOutput = !QMediaDevices::audioOutputs().isEmpty();
    if (!isAudioAvailable())
        qCInfo(lcNarration) << "no audio output: narration is shown as text only";

    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &AudioNarrator::startPlayback);
    m_effectClock.start();
    const QList<SoundEffects::Kind> kinds = SoundEffects::all();
    for (SoundEffects::Kind kind : kinds)
        m_effectMs.insert(int(kind), SoundEffects::samples(kind).size() * 1000 / SoundEffects::SampleRate);
}

AudioNarrator::~AudioNarrator()
{
    m_startTimer.stop();
    if (m_player)
        m_player->stop();
}

bool AudioNarrator::isAudioAvailable() const
{
    return (m_hasOutput || m_options.loadWithoutOutput) && !m_backendFailed;
}

QString AudioNarrator::unavailableReason() const
{
    if (!m_hasOutput && !m_options.loadWithoutOutput)
        return tr("Aucune sortie audio détectée (haut-parleurs débranchés ou pas de carte son).");
    if (m_backendFailed)
        return tr("Le son ne fonctionne pas : %1").arg(m_failure);
    return {};
}

bool AudioNarrator::isPlaying() const
{
    return m_player && (m_startTimer.isActive() || m_player->playbackState() == QMediaPlayer::PlayingState);
}

NarrationCatalog::Clip AudioNarrator::resolve(const NarrationRequest &request) const
{
    const QString language = request.language.isEmpty() ? QStringLiteral("fr") : request.language;
    if (!request.stepId.isEmpty()) {
        return m_catalog.resolveStep(request.lessonDir, {}, request.stepId, request.part, language, request.text);
    }
    if (request.part == SpokenMessages::LessonEnd && !request.lessonDir.isEmpty())
        return m_catalog.resolveLessonEnd(request.lessonDir, {}, language, request.text);
    return m_catalog.resolveInterface(request.part, language, request.text);
}

void AudioNarrator::speak(const NarrationRequest &request)
{
    m_startTimer.stop();
    if (m_player)
        m_player->stop();

    m_lastClip = resolve(request);
    m_lastHadAudio = !m_lastClip.isNull() && isAudioAvailable();
    if (m_lastHadAudio) {
        ensurePlayer();
        // Loading a small local file; an error arrives through onPlayerError, never as a throw.
        m_player->setSource(QUrl::fromLocalFile(m_lastClip.path));
        const qint64 wait = m_effectEndsAt - m_effectClock.elapsed();
        if (wait > 0)
            m_startTimer.start(int(wait)); // let a right/wrong sound finish first
        else
            startPlayback(); // does nothing when the source already failed
    }
    emit speaking(request);
}

void AudioNarrator::startPlayback()
{
    // Never play into no device (loadWithoutOutput): the FFmpeg backend of Qt 6.4 crashes.
    if (m_player && m_lastHadAudio && isAudioAvailable() && !m_output->device().isNull())
        m_player->play();
}

void AudioNarrator::stop()
{
    m_startTimer.stop();
    if (m_player)
        m_player->stop();
    emit stopped();
}

void AudioNarrator::playEffect(Effect effect)
{
    if (!effectsEnabled() || !isAudioAvailable())
        return;
    ensureEffects();
    const int key = int(kindOf(effect));
    QSoundEffect *sound = m_effects.value(key);
    if (!sound)
        return;
    if (!sound->audioDevice().isNull())
        sound->play();
    ++m_effectsPlayed;
    m_effectEndsAt = m_effectClock.elapsed() + std::max<qint64>(0, m_effectMs.value(key) - EffectOverlapMs);
}

void AudioNarrator::ensurePlayer()
{
    if (m_player)
        return;
    m_output = new QAudioOutput(QMediaDevices::defaultAudioOutput(), this);
    m_output->setVolume(linearVolume(1.0));
    m_player = new QMediaPlayer(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &AudioNarrator::onPlayerError);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &AudioNarrator::onMediaStatus);
}

void AudioNarrator::ensureEffects()
{
    if (!m_effects.isEmpty() || m_catalog.generatedRoot().isEmpty())
        return;
    const QDir dir(QDir(m_catalog.generatedRoot()).filePath(NarrationCatalog::effectsFolder()));
    const QList<SoundEffects::Kind> kinds = SoundEffects::all();
    for (SoundEffects::Kind kind : kinds) {
        const QString path = dir.filePath(SoundEffects::fileName(kind));
        if (!QFileInfo(path).isFile()) {
            qCWarning(lcNarration) << "missing sound effect" << path;
            continue;
        }
        auto *sound = new QSoundEffect(QMediaDevices::defaultAudioOutput(), this);
        sound->setSource(QUrl::fromLocalFile(path));
        sound->setVolume(linearVolume(EffectVolumeFactor));
        m_effects.insert(int(kind), sound);
    }
}

void AudioNarrator::refreshOutputs()
{
    const bool before = isAudioAvailable();
    m_hasOutput = !QMediaDevices::audioOutputs().isEmpty();
    if (m_hasOutput) {
        // Speakers plugged back in: use them, and give the backend a fresh chance.
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        if (m_output)
            m_output->setDevice(device);
        for (QSoundEffect *sound : std::as_const(m_effects))
            sound->setAudioDevice(device);
        m_backendFailed = false;
        m_failure.clear();
        m_failuresInRow = 0;
    } else {
        m_startTimer.stop();
        if (m_player)
            m_player->stop();
    }
    if (before != isAudioAvailable())
        emit audioAvailabilityChanged(isAudioAvailable());
}

void AudioNarrator::onPlayerError(QMediaPlayer::Error error, const QString &errorString)
{
    if (error == QMediaPlayer::NoError)
        return;
    qCWarning(lcNarration) << "cannot play" << m_lastClip.path << ":" << errorString;
    m_lastHadAudio = false;
    m_startTimer.stop();
    if (++m_failuresInRow >= FailuresBeforeUnavailable)
        setBackendFailure(errorString);
}

void AudioNarrator::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::BufferedMedia:
        // A clip that really loaded. Qt 6.4's FFmpeg backend reports LoadedMedia after a failure
        // too, and keeps error() set after a later success: the duration tells them apart.
        if (m_player->duration() > 0)
            m_failuresInRow = 0;
        break;
    case QMediaPlayer::EndOfMedia:
        emit finished();
        break;
    default:
        break;
    }
}

void AudioNarrator::setBackendFailure(const QString &reason)
{
    const bool before = isAudioAvailable();
    m_backendFailed = true;
    m_failure = reason;
    m_startTimer.stop();
    if (m_player)
        m_player->stop();
    qCWarning(lcNarration) << "audio declared unavailable:" << reason;
    if (before)
        emit audioAvailabilityChanged(false);
}

float AudioNarrator::linearVolume(double factor) const
{
    // The staff slider is perceptual; the audio output wants a linear gain.
    return QAudio::convertVolume(float(volume() / 100.0 * factor), QAudio::LogarithmicVolumeScale,
                                 QAudio::LinearVolumeScale);
}

void AudioNarrator::applyVolume(int volume)
{
    Q_UNUSED(volume)
    if (m_output)
        m_output->setVolume(linearVolume(1.0));
    for (QSoundEffect *sound : std::as_const(m_effects))
        sound->setVolume(linearVolume(EffectVolumeFactor));
}
