#pragma once

#include "engine/useraction.h"
#include "lessons/lesson.h"
#include "scenes/gesture.h"

#include <QHash>
#include <QList>
#include <QWidget>

/// Draws one scene of a lesson (the simulated world, in French) and reports what the learner
/// does to it as UserActions, by element id. It never judges: the engine does.
///
/// A view keeps its state (typed text, checked boxes, moved files) for as long as it lives;
/// the player keeps one view per scene id during a lesson.
class SceneView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Builds the widgets of `scene`. `lesson` gives the folder that assets are relative to.
    virtual void setScene(const Scene &scene, const Lesson &lesson) = 0;

    /// The widget that shows an element (for the ghost pointer, highlights and tests), or null.
    virtual QWidget *elementWidget(const QString &elementId) const = 0;

    /// The moves a learner would make to perform `expect` in this scene, in order.
    virtual QList<Gesture> gesturesFor(const ActionMatcher &expect) const = 0;

    /// Puts the scene in the state `expect` leads to without reporting an action: used when
    /// the learner skips a step, so later steps (e.g. submitting the form) still make sense.
    virtual void applyExpected(const ActionMatcher &expect) = 0;

    /// Shows the French error text a real site shows in red under each failing field
    /// (an empty map clears them). Scenes without forms ignore it.
    virtual void showFieldErrors(const QHash<QString, QString> &errors) { Q_UNUSED(errors) }

    /// Undoes the visible effect of a wrong action that the widget already applied
    /// (e.g. an item dropped on the wrong zone goes back). Default: nothing to undo.
    virtual void revertLastAction() {}

signals:
    /// The learner did something to the scene.
    void actionPerformed(const UserAction &action);
};

/// Creates the renderer of a scene kind.
SceneView *createSceneView(SceneKind kind, QWidget *parent = nullptr);
