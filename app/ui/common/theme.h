#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QApplication;
class QWidget;

/// The look of the tutor layer (screens, player, panels): text size and contrast chosen by
/// staff or the learner. Scenes (the simulated French sites) keep their own look but take
/// their text size from here too, so "bigger text" makes everything readable.
class Theme
{
public:
    enum class TextSize { Normal, Large, ExtraLarge };

    Theme() = default;
    Theme(TextSize size, bool highContrast) : m_size(size), m_highContrast(highContrast) {}

    TextSize textSize() const { return m_size; }
    bool highContrast() const { return m_highContrast; }

    /// Base text size in pixels: 20 (normal), 24 (large), 30 (extra large); never below 18.
    int basePixelSize() const;
    /// A size relative to the base: `scaled(1.5)` for titles, `scaled(0.9)` for small print (min 18 px).
    int scaled(double factor) const;
    /// Smallest side of anything clickable, in pixels (at least 44).
    int minTarget() const;

    QColor background() const;
    QColor text() const;
    QColor accent() const;      ///< main buttons, focus ring
    QColor accentText() const;
    QColor success() const;     ///< warm feedback
    QColor error() const;       ///< kind feedback after a mistake (never a harsh red in the tutor layer)

    /// Application font and palette, and the style sheet of the tutor layer.
    void applyTo(QApplication &app) const;
    QString styleSheet() const;

    /// Font of `basePixelSize() * factor`.
    QFont font(double factor = 1.0, bool bold = false) const;

    static QString textSizeName(TextSize size);
    static TextSize textSizeFromName(const QString &name);

private:
    TextSize m_size = TextSize::Normal;
    bool m_highContrast = false;
};
