#pragma once

#include "scenes/sceneviewbase.h"

/// A smartphone on the desk, its Messages app open: each `sms` shows its sender, time and a
/// text bubble; links inside an SMS (its `children`) are clickable on their own ids, and a tap
/// on the message itself reports Click on the `sms` id (spot the suspicious message).
class PhoneSceneView : public SceneViewBase
{
    Q_OBJECT

public:
    using SceneViewBase::SceneViewBase;

protected:
    void buildScene(QWidget *root) override;
    QString extraStyleSheet() const override;

private:
    QWidget *smsWidget(const Element &sms, QWidget *parent);
};
