#pragma once

#include "common/theme.h"
#include "engine/lessonrun.h"
#include "lessons/lesson.h"

#include <QWidget>

class QLabel;
class QPushButton;

/// The end of a lesson: what was learnt, how it went (steps, right first time, help, time) and
/// what comes next, in the tutor language.
class LessonSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    LessonSummaryPanel(const Theme &theme, QWidget *parent = nullptr);

    void setSummary(const Lesson &lesson, const LessonSummary &summary, const QString &language);
    /// The lesson offered next (empty: none named).
    void setNextLessonTitle(const QString &title);
    /// Hides "Leçon suivante" when there is nothing after this lesson.
    void setNextLessonAvailable(bool available);

    /// The sentence the narrator says when the panel appears.
    QString spokenText() const;

    /// Whole minutes shown for a duration (at least 1: "0 minutes" would be a strange praise).
    static qint64 minutesOf(qint64 elapsedMs);

signals:
    void nextLessonRequested();
    void homeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Theme m_theme;
    Lesson m_lesson;
    LessonSummary m_summary;
    QString m_language;
    QString m_nextTitle;
    QLabel *m_heading = nullptr;
    QLabel *m_lessonTitle = nullptr;
    QLabel *m_goal = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_homeButton = nullptr;
};
