#pragma once

// Small helpers shared by the player's widgets: every tutor-layer button is large, focusable,
// named for screen readers and styled by the theme's `tutor` rules.

#include "common/theme.h"

#include <QString>

class QPushButton;
class QWidget;

/// A button of the tutor layer: object name, at least Theme::minTarget() square, keyboard
/// focusable, `tutor` (and `primary`) properties for the style sheet. Text comes later.
QPushButton *makeTutorButton(const Theme &theme, const QString &objectName, QWidget *parent, bool primary = false);

/// Sets the caption and the screen-reader name together.
void setTutorButtonText(QPushButton *button, const QString &text, const QString &description = {});

/// Turns the `primary` look on or off (the style sheet is re-applied to the button).
void setPrimary(QPushButton *button, bool primary);
