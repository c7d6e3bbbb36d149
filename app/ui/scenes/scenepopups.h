#pragma once

#include <QFrame>
#include <QPointer>
#include <QWidget>

class QVBoxLayout;

/// A right-click menu drawn inside the scene (never a native QMenu with its own event loop),
/// so synthetic events in tests and in the demonstration can reach its entries.
class SceneContextMenu : public QFrame
{
    Q_OBJECT

public:
    SceneContextMenu(const QString &ownerId, QWidget *view);

    QString ownerId() const { return m_ownerId; }
    QVBoxLayout *entries() const { return m_entries; }
    /// Shows the menu with its top-left corner at `viewPos` (kept inside the view).
    void popup(const QPoint &viewPos, bool focusFirst);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_ownerId;
    QVBoxLayout *m_entries;
};

/// A layer over the whole view, dimming the scene behind a centred panel (the file picker's
/// "Documents" window). Clicks outside the panel are swallowed; Escape asks to close.
class SceneModalLayer : public QWidget
{
    Q_OBJECT

public:
    explicit SceneModalLayer(QWidget *view);

    QFrame *panel() const { return m_panel; }
    void open();
    void close();

signals:
    void escapePressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void placePanel();
    QFrame *m_panel;
};
