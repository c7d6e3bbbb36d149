#include "difficultstepstab.h"

#include "charts.h"
#include "lessons/catalogue.h"
#include "mediatorcontext.h"
#include "staff/staffwidgets.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

DifficultStepsTab::DifficultStepsTab(MediatorContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("mediatorDifficultSteps"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Leçon :"), this));
    m_lesson = new QComboBox(this);
    m_lesson->setObjectName(QStringLiteral("difficultLesson"));
    m_lesson->setMinimumWidth(300);
    top->addWidget(m_lesson);
    top->addWidget(new QLabel(tr("Au moins"), this));
    m_minimum = new QSpinBox(this);
    m_minimum->setObjectName(QStringLiteral("difficultMinimum"));
    m_minimum->setRange(1, 1000);
    m_minimum->setValue(3);
    m_minimum->setSuffix(tr(" passage(s)"));
    top->addWidget(m_minimum);
    top->addStretch();
    layout->addLayout(top);
    auto *help = StaffWidgets::message(QStringLiteral("difficultHelp"), this);
    help->setText(tr("Un passage est une personne (apprenant ou invité) arrivée au bout de l'étape. "
                     "« 1,5 erreur » veut dire une erreur et demie en moyenne par passage."));
    layout->addWidget(help);

    auto *row = new QHBoxLayout;
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("difficultTable"));
    m_table->setHorizontalHeaderLabels({tr("Leçon"), tr("Étape"), tr("Passages"), tr("Erreurs / passage"),
                                        tr("Indices / passage"), tr("Sautée")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    row->addWidget(m_table, 3);
    m_chart = Charts::view(QStringLiteral("difficultChart"), this);
    row->addWidget(m_chart, 2);
    layout->addLayout(row, 1);

    connect(m_lesson, &QComboBox::currentIndexChanged, this, &DifficultStepsTab::fill);
    connect(m_minimum, &QSpinBox::valueChanged, this, &DifficultStepsTab::fill);
    refresh();
}

void DifficultStepsTab::refresh()
{
    const QString selected = m_lesson->currentData().toString();
    m_lesson->blockSignals(true);
    m_lesson->clear();
    m_lesson->addItem(tr("Toutes les leçons"), QString());
    if (const Catalogue *catalogue = m_context.catalogue()) {
        for (const Lesson &lesson : catalogue->lessons)
            m_lesson->addItem(QStringLiteral("%1 — %2").arg(lesson.id, lesson.title.text(QStringLiteral("fr"))), lesson.id);
    }
    const int index = m_lesson->findData(selected);
    m_lesson->setCurrentIndex(index >= 0 ? index : 0);
    m_lesson->blockSignals(false);
    fill();
}

QString DifficultStepsTab::stepLabel(const DifficultStep &step) const
{
    const Lesson *lesson = m_context.lesson(step.lessonId);
    if (!lesson)
        return QStringLiteral("%1 · %2").arg(step.lessonId, step.stepId);
    for (int i = 0; i < lesson->steps.size(); ++i) {
        if (lesson->steps.at(i).id == step.stepId) {
            QString say = lesson->steps.at(i).say.text(QStringLiteral("fr")).simplified();
            if (say.size() > 60)
                say = say.left(59) + QStringLiteral("…");
            return tr("%1 · étape %2 : %3").arg(step.lessonId).arg(i + 1).arg(say);
        }
    }
    return QStringLiteral("%1 · %2").arg(step.lessonId, step.stepId);
}

void DifficultStepsTab::fill()
{
    m_steps = ProgressRepository(m_context.services.db).difficultSteps(m_minimum->value(), 100,
                                                                       m_lesson->currentData().toString());
    const QLocale french(QLocale::French, QLocale::France);
    m_table->setRowCount(static_cast<int>(m_steps.size()));
    QStringList labels;
    for (int r = 0; r < m_steps.size(); ++r) {
        const DifficultStep &s = m_steps.at(r);
        const QString label = stepLabel(s);
        labels << label;
        const QStringList cells{m_context.lessonTitle(s.lessonId),
                                label,
                                QString::number(s.passages),
                                french.toString(s.wrongRate, 'f', 1),
                                french.toString(s.hintRate, 'f', 1),
                                tr("%1 %").arg(qRound(s.skipRate * 100))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    Charts::show(m_chart, Charts::difficultSteps(m_steps.mid(0, ChartedSteps), labels.mid(0, ChartedSteps)));
}
