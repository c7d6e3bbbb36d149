#include "theme.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

int Theme::basePixelSize() const
{
    switch (m_size) {
    case TextSize::Normal:
        return 20;
    case TextSize::Large:
        return 24;
    case TextSize::ExtraLarge:
        return 30;
    }
    return 20;
}

int Theme::scaled(double factor) const
{
    return std::max(18, static_cast<int>(std::lround(basePixelSize() * factor)));
}

int Theme::minTarget() const
{
    return std::max(44, basePixelSize() * 5 / 2);
}

QColor Theme::background() const { return m_highContrast ? QColor(Qt::black) : QColor(0xF7, 0xF5, 0xF0); }
QColor Theme::text() const { return m_highContrast ? QColor(Qt::white) : QColor(0x1F, 0x23, 0x28); }
QColor Theme::accent() const { return m_highContrast ? QColor(0xFF, 0xD7, 0x00) : QColor(0x1D, 0x5B, 0xBF); }
QColor Theme::accentText() const { return m_highContrast ? QColor(Qt::black) : QColor(Qt::white); }
QColor Theme::success() const { return m_highContrast ? QColor(0x7C, 0xFC, 0x00) : QColor(0x1E, 0x7B, 0x3A); }
QColor Theme::error() const { return m_highContrast ? QColor(0xFF, 0x8C, 0x69) : QColor(0xB3, 0x4A, 0x00); }

QFont Theme::font(double factor, bool bold) const
{
    QFont f = QApplication::font();
    f.setPixelSize(scaled(factor));
    f.setBold(bold);
    return f;
}

void Theme::applyTo(QApplication &app) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(basePixelSize());
    app.setFont(f);

    QPalette p = app.palette();
    p.setColor(QPalette::Window, background());
    p.setColor(QPalette::WindowText, text());
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::ButtonText, text());
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, accentText());
    if (m_highContrast) {
        p.setColor(QPalette::Base, Qt::black);
        p.setColor(QPalette::Button, QColor(0x22, 0x22, 0x22));
    }
    app.setPalette(p);
    app.setStyleSheet(styleSheet());
}

QString Theme::styleSheet() const
{
    // Only the tutor layer is styled by object name or property; scenes style themselves.
    const QString accentName = accent().name();
    const QString accentTextName = accentText().name();
    const QString textName = text().name();
    return QStringLiteral(
               "QPushButton[tutor=\"true\"] { min-height: %1px; min-width: %1px; padding: 8px 20px;"
               " border-radius: 12px; border: 2px solid %2; background: %3; color: %4; }"
               "QPushButton[tutor=\"true\"][primary=\"true\"] { background: %2; color: %5; font-weight: bold; }"
               "QPushButton[tutor=\"true\"]:focus { outline: none; border: 4px solid %6; }"
               "QPushButton[tutor=\"true\"]:disabled { color: #8a8a8a; border-color: #b0b0b0; }")
            .arg(minTarget())
            .arg(accentName, background().name(), textName, accentTextName,
                 m_highContrast ? QStringLiteral("#ffffff") : QStringLiteral("#f0a000"));
}

QString Theme::textSizeName(TextSize size)
{
    switch (size) {
    case TextSize::Normal:
        return QStringLiteral("normal");
    case TextSize::Large:
        return QStringLiteral("large");
    case TextSize::ExtraLarge:
        return QStringLiteral("extra-large");
    }
    return QStringLiteral("normal");
}

Theme::TextSize Theme::textSizeFromName(const QString &name)
{
    if (name == QLatin1String("large"))
        return TextSize::Large;
    if (name == QLatin1String("extra-large"))
        return TextSize::ExtraLarge;
    return TextSize::Normal;
}
