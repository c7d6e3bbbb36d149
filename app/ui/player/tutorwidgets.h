#pragma once

// Small helpers shared by the player's widgets: every tutor-layer button is large, focusable,
// named for screen readers and styled by the theme's `tutor` rules.

#include "common/theme.h"

#include <QString>
#include <QWidget>

class QPushButton;

/// One line of text that gives way when space is short (ends with "…"); the full text stays
/// in the tooltip and the screen-reader name.
class ElidedLabel : public QWidget
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

/// A button of the tutor layer: object name, at least Theme::minTarget() square, keyboard
/// focusable, `tutor` (and `primary`) properties for the style sheet. Text comes later.
QPushButton *makeTutorButton(const Theme &theme, const QString &objectName, QWidget *parent, bool primary = false);

/// Sets the caption and the screen-reader name together.
void setTutorButtonText(QPushButton *button, const QString &text, const QString &description = {});

/// Turns the `primary` look on or off (the style sheet is re-applied to the button).
void setPrimary(QPushButton *button, bool primary);
