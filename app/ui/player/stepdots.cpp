#include "stepdots.h"

#include <QPainter>

#include <algorithm>

StepDots::StepDots(const Theme &theme, QWidget *parent) : QWidget(parent), m_theme(theme)
{
    setObjectName(QStringLiteral("stepDots"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void StepDots::setProgress(int current, int count)
{
    m_current = current;
    m_count = count;
    setAccessibleName(tr("Étape %1 sur %2").arg(current + 1).arg(count));
    setToolTip(accessibleName());
    updateGeometry();
    update();
}

int StepDots::dotDiameter() const
{
    return std::max(14, m_theme.basePixelSize() * 3 / 4);
}

int StepDots::spacing() const
{
    return dotDiameter() / 2 + 2;
}

QSize StepDots::sizeHint() const
{
    const int d = dotDiameter() + 6; // the current dot is drawn larger
    return QSize(m_count * d + std::max(0, m_count - 1) * spacing(), d);
}

QSize StepDots::minimumSizeHint() const
{
    // Many steps on a narrow screen: the dots get smaller and closer rather than push the window.
    return QSize(m_count * 12, sizeHint().height());
}

void StepDots::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Shrink to the width given when it is less than the comfortable size.
    const double fit = std::min(1.0, double(width()) / std::max(1, sizeHint().width()));
    const double d = dotDiameter() * fit;
    const double cell = (dotDiameter() + 6) * fit;
    const double gap = spacing() * fit;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    QColor todo = m_theme.text();
    todo.setAlpha(m_theme.highContrast() ? 255 : 130);
    for (int i = 0; i < m_count; ++i) {
        const int slot = rtl ? m_count - 1 - i : i;
        const QPointF centre(slot * (cell + gap) + cell / 2.0, height() / 2.0);
        if (i < m_current) {
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.success());
            p.drawEllipse(centre, d / 2.0, d / 2.0);
        } else if (i == m_current) {
            p.setPen(QPen(m_theme.accent(), 2));
            p.setBrush(m_theme.accent());
            p.drawEllipse(centre, cell / 2.0 - 1, cell / 2.0 - 1);
        } else {
            p.setPen(QPen(todo, 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(centre, d / 2.0 - 1, d / 2.0 - 1);
        }
    }
}
