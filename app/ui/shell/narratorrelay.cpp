#include "narratorrelay.h"

void NarratorRelay::setTarget(Narrator *target)
{
    if (m_target)
        m_target->disconnect(this);
    m_target = target;
    if (!m_target)
        return;
    m_target->setVolume(volume());
    m_target->setAutoPlay(autoPlay());
    m_target->setEffectsEnabled(effectsEnabled());
    connect(m_target, &Narrator::finished, this, &Narrator::finished);
    connect(m_target, &Narrator::audioAvailabilityChanged, this, &Narrator::audioAvailabilityChanged);
    emit audioAvailabilityChanged(m_target->isAudioAvailable());
}

void NarratorRelay::speak(const NarrationRequest &request)
{
    if (m_target) {
        // The relay's own effect switch may have changed since the target was set.
        m_target->setEffectsEnabled(effectsEnabled());
        m_target->setAutoPlay(autoPlay());
        m_target->speak(request);
    }
    emit speaking(request);
}

void NarratorRelay::stop()
{
    if (m_target)
        m_target->stop();
    emit stopped();
}

void NarratorRelay::playEffect(Effect effect)
{
    if (m_target && effectsEnabled()) {
        m_target->setEffectsEnabled(true);
        m_target->playEffect(effect);
    }
}

bool NarratorRelay::isAudioAvailable() const
{
    return m_target && m_target->isAudioAvailable();
}

bool NarratorRelay::lastHadAudio() const
{
    return m_target && m_target->lastHadAudio();
}

void NarratorRelay::applyVolume(int volume)
{
    if (m_target)
        m_target->setVolume(volume);
}
