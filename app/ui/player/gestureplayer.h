#pragma once

#include "scenes/gesture.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class GhostPointer;
class QVariantAnimation;

/// Performs a list of Gestures on real widgets: the ghost pointer moves to each place, then real
/// input events (mouse, wheel, context menu, keys) are delivered the way the window system's
/// would be: to the widget under the point, with focus on click and the mouse grab of a drag.
/// Used by "Montre-moi" and by the demonstration mode. The scene sees a real action, so the
/// engine judges it like any other.
class GesturePlayer : public QObject
{
    Q_OBJECT

public:
    /// Human pace (the learner must be able to follow the pointer).
    static constexpr double NormalSpeed = 1.0;
    /// For tests and the offscreen demonstration: every pause becomes a single event-loop turn.
    static constexpr double FastSpeed = 1000.0;

    /// `ghost` may be null (no picture, events only).
    explicit GesturePlayer(GhostPointer *ghost, QObject *parent = nullptr);
    ~GesturePlayer() override;

    /// Durations are divided by `factor` (1: human pace; larger: faster).
    void setSpeed(double factor);
    double speed() const { return m_speed; }

    /// Starts playing (stops what was playing). Emits finished() or failed() later, never inside this call.
    void play(const QList<Gesture> &gestures);
    /// Stops at once without signal; a held button is released first so no widget stays grabbed.
    void stop();
    bool isPlaying() const { return m_playing; }

signals:
    /// Every gesture was performed.
    void finished();
    /// A gesture could not be performed (its widget is gone, hidden or covered…).
    void failed(const QString &reason);

private:
    void next(quint64 generation);
    void waitForWidget(quint64 generation, const Gesture &gesture, qsizetype number, int waitedMs);
    void perform(quint64 generation, const Gesture &gesture);
    void typeText(quint64 generation, QPointer<QWidget> widget, QString text, qsizetype from);
    void scrollStep(quint64 generation, const Gesture &gesture, int count, qint64 lastArea);
    void dragMoves(quint64 generation, const Gesture &gesture, int step);

    /// Ghost to the widget point, then `then` (in a later event-loop turn).
    void moveGhostTo(quint64 generation, QWidget *widget, const QPoint &pos, std::function<void()> then);
    /// Runs `then` after `ms` (scaled by the speed) unless playback was stopped or restarted.
    void after(quint64 generation, int ms, std::function<void()> then);
    int scaled(int ms) const;
    void fail(const QString &reason);
    void hideGhostLater(quint64 generation);

    QPointer<GhostPointer> m_ghost;
    QVariantAnimation *m_move = nullptr;
    QMetaObject::Connection m_moveDone;
    double m_speed = NormalSpeed;
    QList<Gesture> m_gestures;
    qsizetype m_index = 0;
    bool m_playing = false;
    quint64 m_generation = 0;

    // The emulated mouse grab of a drag: where the press went, until the release.
    QPointer<QWidget> m_grab;
    QPoint m_grabGlobal;
};
