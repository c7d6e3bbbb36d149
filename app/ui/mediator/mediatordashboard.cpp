#include "mediatordashboard.h"

#include "difficultstepstab.h"
#include "exportstab.h"
#include "groupstab.h"
#include "learnerstab.h"
#include "lessonsetstab.h"
#include "progresstab.h"
#include "staff/staffwidgets.h"
#include "teamtab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

MediatorDashboard::MediatorDashboard(StaffServices services, const StaffMember &actor, QWidget *parent)
    : QWidget(parent), m_context(services, actor)
{
    setObjectName(QStringLiteral("mediatorDashboard"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(StaffWidgets::title(tr("Tableau de bord de médiation — %1").arg(actor.name),
                                       QStringLiteral("dashboardTitle"), this, 1.3),
                   1);
    m_back = StaffWidgets::button(tr("Retour au panneau"), QStringLiteral("dashboardBack"), this);
    connect(m_back, &QPushButton::clicked, this, &MediatorDashboard::closed);
    top->addWidget(m_back);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_learners = new LearnersTab(m_context, m_tabs);
    m_groups = new GroupsTab(m_context, m_tabs);
    m_sets = new LessonSetsTab(m_context, m_tabs);
    m_progress = new ProgressTab(m_context, m_tabs);
    m_difficult = new DifficultStepsTab(m_context, m_tabs);
    m_exports = new ExportsTab(m_context, m_tabs);
    m_team = new TeamTab(m_context, m_tabs);
    m_tabs->insertTab(Learners, m_learners, tr("Apprenants"));
    m_tabs->insertTab(Groups, m_groups, tr("Groupes"));
    m_tabs->insertTab(Sets, m_sets, tr("Parcours"));
    m_tabs->insertTab(Progress, m_progress, tr("Progrès"));
    m_tabs->insertTab(DifficultSteps, m_difficult, tr("Étapes difficiles"));
    m_tabs->insertTab(Exports, m_exports, tr("Exports"));
    m_tabs->insertTab(Team, m_team, tr("Équipe"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MediatorDashboard::refreshCurrent);
    layout->addWidget(m_tabs, 1);
}

void MediatorDashboard::showTab(Tab tab)
{
    if (m_tabs->currentIndex() == tab)
        refreshCurrent();
    else
        m_tabs->setCurrentIndex(tab);
}

void MediatorDashboard::refreshCurrent()
{
    switch (m_tabs->currentIndex()) {
    case Learners:
        m_learners->refresh();
        break;
    case Groups:
        m_groups->refresh();
        break;
    case Sets:
        m_sets->refresh();
        break;
    case Progress:
        m_progress->refresh();
        break;
    case DifficultSteps:
        m_difficult->refresh();
        break;
    case Exports:
        m_exports->refresh();
        break;
    case Team:
        m_team->refresh();
        break;
    default:
        break;
    }
}
