#pragma once

#include "lessons/catalogue.h"
#include "screenkit.h"
#include "session/terminalsession.h"

#include <QHash>
#include <QPushButton>

class QLabel;
class QScrollArea;
class QVBoxLayout;

/// One lesson on the home screen: its title (plain text from the lesson file), its length and
/// a status badge that says new / in progress / done in words, not only in colour.
class LessonCard : public QPushButton
{
    Q_OBJECT

public:
    LessonCard(const Theme &theme, const Lesson &lesson, QWidget *parent = nullptr);

    QString lessonId() const { return m_lessonId; }
    void setContent(const QString &language, TerminalSession::LessonStatus status, bool next, int position);
    TerminalSession::LessonStatus status() const { return m_status; }
    bool isNext() const { return m_next; }
    QString titleText() const;
    QString statusText() const;

    QSize sizeHint() const override;

private:
    Theme m_theme;
    const Lesson &m_lesson;
    QString m_lessonId;
    TerminalSession::LessonStatus m_status = TerminalSession::LessonStatus::New;
    bool m_next = false;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_badge = nullptr;
};

/// Home: the learner's assigned lesson set first ("Mon parcours", the next lesson highlighted),
/// then the catalogue by module with a status per lesson, and a large "J'ai fini" button.
/// Only lessons the loader accepted exist in the catalogue: a broken lesson is never shown.
class HomeScreen : public LearnerScreen
{
    Q_OBJECT

public:
    HomeScreen(const Theme &theme, Narrator &narrator, const Catalogue &catalogue, TerminalSession &session,
               QWidget *parent = nullptr);

    /// Rebuilds the lists from the session (statuses, assigned set) and the catalogue.
    void refresh();

    QString instructionKey() const override;
    /// The card of a lesson: in "Mon parcours" when `inPath`, else in the catalogue.
    LessonCard *lessonCard(const QString &lessonId, bool inPath = false) const;
    /// Lesson ids shown in the catalogue part, in order.
    QStringList catalogueLessonIds() const;
    /// Lesson ids shown in "Mon parcours", in order.
    QStringList pathLessonIds() const;
    /// The highlighted next lesson: of the path, or suggested from the catalogue's prerequisites
    /// when there is no path (empty when none).
    QString nextLessonId() const { return m_nextLessonId; }
    /// Whether nextLessonId() is a catalogue suggestion (no path) rather than a path lesson.
    bool nextIsInCatalogue() const { return m_nextInCatalogue; }
    QPushButton *finishButton() const { return m_finish; }

signals:
    void lessonChosen(const QString &lessonId);
    void finishRequested();

protected:
    void retranslateUi() override;

private:
    QWidget *sectionTitle(const QString &objectName, QWidget *parent, double factor);
    void addCards(QVBoxLayout *column, const QList<const Lesson *> &lessons, bool inPath,
                  const QHash<QString, TerminalSession::LessonStatus> &statuses);

    const Catalogue &m_catalogue;
    TerminalSession &m_session;
    QLabel *m_greeting = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_listen = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QList<LessonCard *> m_pathCards;
    QList<LessonCard *> m_catalogueCards;
    QString m_nextLessonId;
    bool m_nextInCatalogue = false; ///< the suggestion is in the catalogue (no mediator path)
};
