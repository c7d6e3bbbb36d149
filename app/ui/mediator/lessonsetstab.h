#pragma once

#include <QWidget>

class ConfirmButton;
class MediatorContext;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

/// Lesson sets ("parcours"): built from the catalogue in a chosen order, then assigned to a
/// learner or a group. The set's first lesson not done is what the learner's home shows first.
class LessonSetsTab : public QWidget
{
    Q_OBJECT

public:
    explicit LessonSetsTab(MediatorContext &context, QWidget *parent = nullptr);

    void refresh();
    /// Empties the editor for a new set.
    void startNew();
    bool selectSet(const QString &setId);
    QString selectedSetId() const;
    /// Selects a lesson in the catalogue tree (then "Ajouter" adds it).
    bool selectCatalogueLesson(const QString &lessonId);
    /// Lesson ids of the set being edited, in order.
    QStringList chosenLessonIds() const;
    /// Chooses the assignment target: a learner or a group id.
    bool selectAssignTarget(const QString &learnerOrGroupId);
    QString message() const;

    QListWidget *setList() const { return m_sets; }
    QLineEdit *nameEdit() const { return m_name; }
    QTreeWidget *catalogueTree() const { return m_catalogue; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *chosenList() const { return m_chosen; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    ConfirmButton *archiveButton() const { return m_archive; }
    QComboBox *assignTarget() const { return m_target; }
    QPushButton *assignButton() const { return m_assign; }
    QListWidget *assignmentList() const { return m_assignments; }
    QPushButton *unassignButton() const { return m_unassign; }

signals:
    void setsChanged();

private:
    void fillCatalogue();
    void fillTargets();
    void refreshAssignments();
    void loadSet(const QString &setId);
    void addSelected();
    void move(int delta);
    void save();
    void archive();
    void assign();
    void unassign();
    void setMessage(const QString &text, bool problem);

    MediatorContext &m_context;
    QString m_editingId;
    QListWidget *m_sets = nullptr;
    QPushButton *m_new = nullptr;
    ConfirmButton *m_archive = nullptr;
    QTreeWidget *m_catalogue = nullptr;
    QPushButton *m_add = nullptr;
    QLineEdit *m_name = nullptr;
    QListWidget *m_chosen = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_assign = nullptr;
    QListWidget *m_assignments = nullptr;
    QPushButton *m_unassign = nullptr;
    QLabel *m_message = nullptr;
};
