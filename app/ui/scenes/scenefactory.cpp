#include "scenes/sceneview.h"

#include "scenes/browsersceneview.h"
#include "scenes/practicesceneview.h"

SceneView *createSceneView(SceneKind kind, QWidget *parent)
{
    switch (kind) {
    case SceneKind::Browser:
        return new BrowserSceneView(parent);
    case SceneKind::Practice:
    case SceneKind::Desktop:
    case SceneKind::Mail:
    case SceneKind::Phone:
    case SceneKind::Quiz:
        return new PracticeSceneView(parent);
    }
    return new PracticeSceneView(parent);
}
