#pragma once

#include "store/progressrepository.h"

#include <QWidget>

class MediatorContext;
class QChartView;
class QComboBox;
class QSpinBox;
class QTableWidget;

/// "Difficult steps": steps ranked by wrong actions, hints and skips per passage, across
/// learners and guests (the store's anonymous per-step counters), with a chart of the hardest.
class DifficultStepsTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ChartedSteps = 10;

    explicit DifficultStepsTab(MediatorContext &context, QWidget *parent = nullptr);

    void refresh();
    const QList<DifficultStep> &steps() const { return m_steps; }
    /// "A2 · étape 3 : Cliquez sur…" for a step.
    QString stepLabel(const DifficultStep &step) const;

    QComboBox *lessonBox() const { return m_lesson; }
    QSpinBox *minimumPassages() const { return m_minimum; }
    QTableWidget *table() const { return m_table; }
    QChartView *chart() const { return m_chart; }

private:
    void fill();

    MediatorContext &m_context;
    QList<DifficultStep> m_steps;
    QComboBox *m_lesson = nullptr;
    QSpinBox *m_minimum = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_chart = nullptr;
};
