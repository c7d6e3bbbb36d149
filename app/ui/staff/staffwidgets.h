#pragma once

// Building blocks of the staff and mediator screens: ordinary widgets for adults who read
// French, with every clickable thing at least 44 px high for touch screens.

#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace StaffWidgets {

constexpr int MinTarget = 44;
/// Text size of the staff screens (smaller than the tutor layer: more fits on one screen).
constexpr int TextPixels = 17;

/// A push button of at least MinTarget px, named for tests and screen readers.
QPushButton *button(const QString &text, const QString &objectName, QWidget *parent, bool primary = false);
/// A line edit of at least MinTarget px, capped at `maxLength` code units on a grapheme boundary.
QLineEdit *lineEdit(const QString &objectName, QWidget *parent, int maxLength = 80);
/// A PIN field: digits only (Arabic-Indic digits accepted too), hidden as typed.
QLineEdit *pinEdit(const QString &objectName, QWidget *parent);
/// A bold title label.
QLabel *title(const QString &text, const QString &objectName, QWidget *parent, double factor = 1.4);
/// A word-wrapped message label (plain text only: names come from users).
QLabel *message(const QString &objectName, QWidget *parent);
/// Shows `text` in `label` as a problem (dark orange) or a confirmation (dark green).
void setMessage(QLabel *label, const QString &text, bool problem);
/// The style of the staff layer, applied to its root widget.
QString styleSheet();

} // namespace StaffWidgets
