#pragma once

#include "mediatorcontext.h"

#include <QWidget>

class DifficultStepsTab;
class ExportsTab;
class GroupsTab;
class LearnersTab;
class LessonSetsTab;
class ProgressTab;
class QPushButton;
class QTabWidget;
class TeamTab;

/// The mediator dashboard, for mediators only (StaffAccess checks the role): tabs Apprenants,
/// Groupes, Parcours, Progrès, Étapes difficiles, Exports and Équipe. Each tab reads the store
/// again when it is shown, so what one tab changed is up to date in the others.
class MediatorDashboard : public QWidget
{
    Q_OBJECT

public:
    enum Tab { Learners, Groups, Sets, Progress, DifficultSteps, Exports, Team };

    MediatorDashboard(StaffServices services, const StaffMember &actor, QWidget *parent = nullptr);

    MediatorContext &context() { return m_context; }
    const StaffMember &actor() const { return m_context.actor; }

    QTabWidget *tabs() const { return m_tabs; }
    /// Shows a tab (refreshed).
    void showTab(Tab tab);
    LearnersTab *learnersTab() const { return m_learners; }
    GroupsTab *groupsTab() const { return m_groups; }
    LessonSetsTab *setsTab() const { return m_sets; }
    ProgressTab *progressTab() const { return m_progress; }
    DifficultStepsTab *difficultStepsTab() const { return m_difficult; }
    ExportsTab *exportsTab() const { return m_exports; }
    TeamTab *teamTab() const { return m_team; }
    QPushButton *backButton() const { return m_back; }

signals:
    /// "Retour au panneau".
    void closed();

private:
    void refreshCurrent();

    MediatorContext m_context;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_back = nullptr;
    LearnersTab *m_learners = nullptr;
    GroupsTab *m_groups = nullptr;
    LessonSetsTab *m_sets = nullptr;
    ProgressTab *m_progress = nullptr;
    DifficultStepsTab *m_difficult = nullptr;
    ExportsTab *m_exports = nullptr;
    TeamTab *m_team = nullptr;
};
