#pragma once

#include "reports/activityreport.h"
#include "store/progressrepository.h"

#include <QList>
#include <QString>

class QChart;
class QChartView;
class QWidget;

/// The dashboard's charts (Qt Charts), for what people would rather see than read: activity per
/// period, a learner's progress over time, the difficult steps. Each builder returns a new chart;
/// show() puts it in a view and deletes the view's previous chart.
namespace Charts {

/// A chart view sized for the dashboard, antialiased.
QChartView *view(const QString &objectName, QWidget *parent);
/// Replaces the chart of `view` (the old one is deleted).
void show(QChartView *view, QChart *chart);

/// Stacked bars per period: learner sessions and guest sessions; a line of lessons completed.
QChart *activity(const ActivityResult &result);
/// Lessons completed so far, over time (one point per first completion).
QChart *progressOverTime(const QList<LessonProgress> &lessons, const QString &learnerName);
/// Horizontal bars per step: wrong actions, hints and skips per passage. `labels` names the steps.
QChart *difficultSteps(const QList<DifficultStep> &steps, const QStringList &labels);

} // namespace Charts
