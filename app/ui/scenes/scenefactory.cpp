#include "scenes/sceneview.h"

#include "scenes/browsersceneview.h"
#include "scenes/desktopsceneview.h"
#include "scenes/mailsceneview.h"
#include "scenes/phonesceneview.h"
#include "scenes/practicesceneview.h"
#include "scenes/quizsceneview.h"

SceneView *createSceneView(SceneKind kind, QWidget *parent)
{
    switch (kind) {
    case SceneKind::Practice:
        return new PracticeSceneView(parent);
    case SceneKind::Desktop:
        return new DesktopSceneView(parent);
    case SceneKind::Browser:
        return new BrowserSceneView(parent);
    case SceneKind::Mail:
        return new MailSceneView(parent);
    case SceneKind::Phone:
        return new PhoneSceneView(parent);
    case SceneKind::Quiz:
        return new QuizSceneView(parent);
    }
    return new PracticeSceneView(parent);
}
