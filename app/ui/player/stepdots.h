#pragma once

#include "common/theme.h"

#include <QWidget>

/// The row of dots showing where the learner is in the lesson: done, current, still to do.
/// Drawn in the widget's layout direction (right to left in Arabic).
class StepDots : public QWidget
{
    Q_OBJECT

public:
    StepDots(const Theme &theme, QWidget *parent = nullptr);

    void setProgress(int current, int count);
    int current() const { return m_current; }
    int count() const { return m_count; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int dotDiameter() const;
    int spacing() const;

    Theme m_theme;
    int m_current = 0;
    int m_count = 0;
};
