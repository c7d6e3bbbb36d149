#pragma once

#include "media/narrator.h"

#include <QPointer>

/// A Narrator that passes everything to another one set later. The kiosk's screens get it at
/// once, and the real narrator (whose audio backend takes a while to load) is made after the
/// welcome screen's first frame; until then requests are shown as text only.
class NarratorRelay final : public Narrator
{
    Q_OBJECT

public:
    using Narrator::Narrator;

    /// The narrator that speaks from now on (not owned); its settings become this relay's.
    void setTarget(Narrator *target);
    Narrator *target() const { return m_target; }

    void speak(const NarrationRequest &request) override;
    void stop() override;
    void playEffect(Effect effect) override;
    bool isAudioAvailable() const override;
    bool lastHadAudio() const override;

protected:
    void applyVolume(int volume) override;

private:
    QPointer<Narrator> m_target;
};
