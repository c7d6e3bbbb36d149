#pragma once

#include "scenes/sceneviewbase.h"

class QLabel;
class QScrollArea;

/// A web browser showing a fictional public-service site: window frame with one tab, back
/// button (`browser-back`, reports Click), address bar with the scene's address and a padlock
/// when `secure` (a red warning and "Non sécurisé" otherwise), and the page built from the
/// elements in a centred column under a site header (the scene title, or the text of an
/// element whose `extra.role` is "banner"). The page scrolls; elements coming into view are
/// reported as Scroll.
class BrowserSceneView : public SceneViewBase
{
    Q_OBJECT

public:
    using SceneViewBase::SceneViewBase;

protected:
    void buildScene(QWidget *root) override;
    QString extraStyleSheet() const override;

private:
    QWidget *buildChrome(QWidget *parent);
    QWidget *buildPage(QWidget *parent);
};
