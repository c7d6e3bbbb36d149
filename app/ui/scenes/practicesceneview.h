#pragma once

#include "scenes/sceneviewbase.h"

#include <QHash>
#include <QPointF>

/// The exercise space of the first lessons: round targets to click, double-click or
/// right-click (`size` large ≈ 160 px, medium ≈ 96 px, small ≈ 56 px), cards to drag onto
/// zones, a page to scroll, fields to type in, on a calm background. Elements with `x`/`y`
/// are centred on that point (percent of the scene); when `width` and `height` are given too
/// (percent), `x`/`y` is the top-left corner. The others stack in a column at the top.
class PracticeSceneView : public SceneViewBase
{
    Q_OBJECT

public:
    using SceneViewBase::SceneViewBase;

    /// Pixel side of a practice target for a `size` value.
    static int targetSide(const QString &size);

protected:
    void buildScene(QWidget *root) override;
    void clearScene() override;
    QString extraStyleSheet() const override;
    std::function<void()> placeDropped(ElementItem *item, const QString &zoneId, const QPoint &viewPos) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Placed
    {
        QPointer<QWidget> widget;
        const Element *element = nullptr;
        QPointer<QWidget> caption; ///< a target's label when it does not fit inside
    };
    QWidget *buildElement(const Element &e, QWidget *canvas);
    void layoutCanvas();

    QPointer<QWidget> m_canvas;
    QList<Placed> m_placed;
    QHash<QWidget *, QPointF> m_moved; ///< dropped items: centre in fractions of the canvas
};
