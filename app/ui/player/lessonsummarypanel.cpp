#include "lessonsummarypanel.h"

#include "common/languagemanager.h"
#include "tutorwidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *makeLabel(const QString &objectName, const QFont &font, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // lesson text is data: never interpreted as markup
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

LessonSummaryPanel::LessonSummaryPanel(const Theme &theme, QWidget *parent) : QWidget(parent), m_theme(theme)
{
    setObjectName(QStringLiteral("summaryPanel"));
    m_heading = makeLabel(QStringLiteral("summaryHeading"), theme.font(1.8, true), this);
    m_lessonTitle = makeLabel(QStringLiteral("summaryLessonTitle"), theme.font(1.3, true), this);
    m_goal = makeLabel(QStringLiteral("summaryGoal"), theme.font(1.1), this);
    m_stats = makeLabel(QStringLiteral("summaryStats"), theme.font(1.1), this);
    m_next = makeLabel(QStringLiteral("summaryNext"), theme.font(1.0), this);
    m_heading->setStyleSheet(QStringLiteral("color: %1;").arg(theme.success().name()));

    m_nextButton = makeTutorButton(theme, QStringLiteral("nextLessonButton"), this, true);
    m_homeButton = makeTutorButton(theme, QStringLiteral("homeButton"), this);
    connect(m_nextButton, &QPushButton::clicked, this, &LessonSummaryPanel::nextLessonRequested);
    connect(m_homeButton, &QPushButton::clicked, this, &LessonSummaryPanel::homeRequested);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addStretch(1);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_homeButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(18);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_lessonTitle);
    layout->addWidget(m_goal);
    layout->addSpacing(12);
    layout->addWidget(m_stats);
    layout->addWidget(m_next);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    retranslateUi();
}

qint64 LessonSummaryPanel::minutesOf(qint64 elapsedMs)
{
    return std::max<qint64>(1, (std::max<qint64>(0, elapsedMs) + 30'000) / 60'000);
}

void LessonSummaryPanel::setSummary(const Lesson &lesson, const LessonSummary &summary, const QString &language)
{
    m_lesson = lesson;
    m_summary = summary;
    m_language = language;
    retranslateUi();
}

void LessonSummaryPanel::setNextLessonTitle(const QString &title)
{
    m_nextTitle = title;
    retranslateUi();
}

void LessonSummaryPanel::setNextLessonAvailable(bool available)
{
    m_nextButton->setVisible(available);
}

QString LessonSummaryPanel::spokenText() const
{
    const QString goal = m_lesson.goal.text(m_language);
    return goal.isEmpty() ? m_heading->text() : m_heading->text() + QLatin1Char(' ') + goal;
}

void LessonSummaryPanel::retranslateUi()
{
    const QLocale locale = LanguageManager::locale(m_language.isEmpty() ? QStringLiteral("fr") : m_language);
    const auto number = [&locale](qint64 n) { return locale.toString(n); };
    const int steps = m_summary.steps;
    const int first = m_summary.correctFirstTry;
    const int hints = m_summary.hints;
    const int skipped = m_summary.skipped;
    const qint64 minutes = minutesOf(m_summary.elapsedMs);

    m_heading->setText(tr("Leçon terminée, bravo !"));
    m_lessonTitle->setText(m_lesson.title.text(m_language));
    m_goal->setText(m_lesson.goal.text(m_language));
    m_goal->setVisible(!m_goal->text().isEmpty());

    // %n chooses the plural form in translations; the figure itself is written in the tutor
    // language's digits (%1), which %n cannot do.
    QStringList lines;
    lines << tr("%1 étape(s) faite(s)", "summary; %1 = number", steps).arg(number(steps));
    if (first > 0) // "0 right first time" would read as a reproach to someone who persevered
        lines << tr("%1 réussie(s) du premier coup", "summary; %1 = number", first).arg(number(first));
    lines << tr("%1 aide(s) demandée(s)", "summary; %1 = number", hints).arg(number(hints));
    if (skipped > 0)
        lines << tr("%1 étape(s) passée(s)", "summary; %1 = number", skipped).arg(number(skipped));
    lines << tr("Durée : %1 minute(s)", "summary; %1 = number", int(minutes)).arg(number(minutes));
    m_stats->setText(lines.join(QLatin1Char('\n')));
    m_stats->setAccessibleName(lines.join(QStringLiteral(", ")));

    m_next->setText(m_nextTitle.isEmpty() ? QString() : tr("Ensuite : %1").arg(m_nextTitle));
    m_next->setVisible(!m_nextTitle.isEmpty());
    setTutorButtonText(m_nextButton, tr("Leçon suivante"));
    setTutorButtonText(m_homeButton, tr("Retour à l'accueil"));
    setAccessibleName(tr("Fin de la leçon"));
}

void LessonSummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
