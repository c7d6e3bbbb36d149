#include "charts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace Charts {

namespace {
QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // no motion: easier to read, nothing to wait for
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}
} // namespace

QChartView *view(const QString &objectName, QWidget *parent)
{
    auto *v = new QChartView(parent);
    v->setObjectName(objectName);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(260);
    return v;
}

void show(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QChart *activity(const ActivityResult &result)
{
    QChart *chart = newChart(QCoreApplication::translate("Charts", "Séances et leçons terminées par période"));
    auto *learners = new QBarSet(QCoreApplication::translate("Charts", "Séances apprenants"));
    auto *guests = new QBarSet(QCoreApplication::translate("Charts", "Séances invités"));
    QStringList categories;
    auto *completed = new QLineSeries;
    completed->setName(QCoreApplication::translate("Charts", "Leçons terminées"));
    int maximum = 1;
    for (int i = 0; i < result.periods.size(); ++i) {
        const ActivityPeriod &p = result.periods.at(i);
        *learners << p.learnerSessions;
        *guests << p.guestSessions;
        completed->append(i, p.lessonsCompleted());
        categories << p.label;
        maximum = std::max({maximum, p.sessions(), p.lessonsCompleted()});
    }
    auto *series = new QStackedBarSeries;
    series->append(learners);
    series->append(guests);
    chart->addSeries(series);
    chart->addSeries(completed);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, maximum);
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{series, completed}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart *progressOverTime(const QList<LessonProgress> &lessons, const QString &learnerName)
{
    // Chart titles and axis labels are rich text: names and lesson texts are escaped, shown as typed.
    QChart *chart = newChart(QCoreApplication::translate("Charts", "Leçons terminées par %1").arg(learnerName.toHtmlEscaped()));
    QList<QDateTime> days;
    for (const LessonProgress &p : lessons) {
        const QDateTime at = QDateTime::fromString(p.completedAt, Qt::ISODateWithMs);
        if (p.completed && at.isValid())
            days << at.toLocalTime();
    }
    std::sort(days.begin(), days.end());
    auto *line = new QLineSeries;
    line->setName(QCoreApplication::translate("Charts", "Leçons terminées (cumul)"));
    line->setPointsVisible(true);
    for (int i = 0; i < days.size(); ++i)
        line->append(static_cast<qreal>(days.at(i).toMSecsSinceEpoch()), i + 1);
    chart->addSeries(line);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM"));
    if (!days.isEmpty()) {
        x->setRange(days.first().addDays(-1), days.last().addDays(1));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        x->setRange(now.addDays(-7), now);
    }
    auto *y = new QValueAxis;
    y->setRange(0, std::max<qsizetype>(1, days.size()));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    return chart;
}

QChart *difficultSteps(const QList<DifficultStep> &steps, const QStringList &labels)
{
    QChart *chart = newChart(QCoreApplication::translate("Charts", "Où les personnes bloquent (par passage)"));
    auto *wrong = new QBarSet(QCoreApplication::translate("Charts", "Erreurs"));
    auto *hints = new QBarSet(QCoreApplication::translate("Charts", "Indices"));
    auto *skips = new QBarSet(QCoreApplication::translate("Charts", "Étapes sautées"));
    double maximum = 0.5;
    // Bars are drawn bottom-up: reverse, so the hardest step is at the top.
    QStringList categories;
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        const DifficultStep &s = steps.at(i);
        *wrong << s.wrongRate;
        *hints << s.hintRate;
        *skips << s.skipRate;
        categories << labels.value(i, s.stepId).toHtmlEscaped();
        maximum = std::max({maximum, s.wrongRate, s.hintRate, s.skipRate});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(wrong);
    series->append(hints);
    series->append(skips);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, maximum);
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace Charts
