#pragma once

#include "scenes/sceneviewbase.h"

#include <QStringList>

class QPushButton;

/// A question with big answer cards. The learner taps cards (a number appears on each, in
/// the order tapped; tapping again removes it) and presses "Valider" (`quiz-valider`), which
/// reports one action: Order with the sequence when the scene's `extra.mode` is "order",
/// otherwise Choose with the tapped option ids. With `extra.mode` "single" a tap replaces the
/// previous choice. Taps on cards are not reported: only "Valider" is a decision.
class QuizSceneView : public SceneViewBase
{
    Q_OBJECT

public:
    using SceneViewBase::SceneViewBase;

    enum class Mode { Choose, Single, Order };
    Mode mode() const { return m_mode; }
    /// The option ids currently tapped, in order.
    QStringList selection() const { return m_selection; }

protected:
    void buildScene(QWidget *root) override;
    void clearScene() override;
    QString extraStyleSheet() const override;
    bool customGestures(const ActionMatcher &expect, QList<Gesture> &gestures) const override;
    bool customApply(const ActionMatcher &expect) override;

private:
    void toggle(const QString &optionId);
    void setSelection(const QStringList &ids);
    void validate();

    Mode m_mode = Mode::Choose;
    QStringList m_options;
    QStringList m_selection;
    QPointer<QPushButton> m_validate;
};
