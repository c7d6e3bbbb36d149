#pragma once

#include <QWidget>

class ConfirmButton;
class MediatorContext;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// Groups (for example "Atelier du mardi"): create, rename, archive, and tick the learners who
/// belong to the selected group.
class GroupsTab : public QWidget
{
    Q_OBJECT

public:
    explicit GroupsTab(MediatorContext &context, QWidget *parent = nullptr);

    void refresh();
    bool selectGroup(const QString &groupId);
    QString selectedGroupId() const;
    /// Ticks or unticks a learner in the member list (as a click on its box does).
    bool setMember(const QString &learnerId, bool member);
    QString message() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *renameButton() const { return m_rename; }
    ConfirmButton *archiveButton() const { return m_archive; }
    QListWidget *groupList() const { return m_groups; }
    QListWidget *memberList() const { return m_members; }

signals:
    void groupsChanged();

private:
    void refreshMembers();
    void create();
    void rename();
    void archive();
    void setMessage(const QString &text, bool problem);

    MediatorContext &m_context;
    QListWidget *m_groups = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_rename = nullptr;
    ConfirmButton *m_archive = nullptr;
    QLabel *m_membersTitle = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_message = nullptr;
};
