#include "groupstab.h"

#include "mediatorcontext.h"
#include "staff/confirmbutton.h"
#include "staff/staffwidgets.h"
#include "store/grouprepository.h"
#include "store/progressrepository.h"
#include "store/textlimits.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
}

GroupsTab::GroupsTab(MediatorContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("mediatorGroups"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    left->addWidget(StaffWidgets::title(tr("Groupes"), QStringLiteral("groupsTitle"), this, 1.1));
    m_groups = new QListWidget(this);
    m_groups->setObjectName(QStringLiteral("groupList"));
    connect(m_groups, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem *item = m_groups->currentItem();
        m_name->setText(item ? item->text() : QString());
        refreshMembers();
    });
    left->addWidget(m_groups, 1);
    m_name = StaffWidgets::lineEdit(QStringLiteral("groupName"), this, TextLimits::Name);
    m_name->setPlaceholderText(tr("Nom du groupe, par exemple « Atelier du mardi »"));
    left->addWidget(m_name);
    auto *buttons = new QHBoxLayout;
    m_create = StaffWidgets::button(tr("Créer le groupe"), QStringLiteral("groupCreate"), this, true);
    m_rename = StaffWidgets::button(tr("Renommer"), QStringLiteral("groupRename"), this);
    m_archive = new ConfirmButton(tr("Archiver"), QStringLiteral("groupArchive"), this);
    connect(m_create, &QPushButton::clicked, this, &GroupsTab::create);
    connect(m_rename, &QPushButton::clicked, this, &GroupsTab::rename);
    connect(m_archive, &ConfirmButton::confirmed, this, &GroupsTab::archive);
    buttons->addWidget(m_create);
    buttons->addWidget(m_rename);
    buttons->addStretch();
    buttons->addWidget(m_archive);
    left->addLayout(buttons);
    m_message = StaffWidgets::message(QStringLiteral("groupMessage"), this);
    left->addWidget(m_message);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    m_membersTitle = StaffWidgets::title(tr("Membres"), QStringLiteral("groupMembersTitle"), this, 1.1);
    right->addWidget(m_membersTitle);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("groupMembers"));
    connect(m_members, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString groupId = selectedGroupId();
        if (groupId.isEmpty())
            return;
        GroupRepository groups(m_context.services.db);
        const QString learnerId = item->data(IdRole).toString();
        const bool ok = item->checkState() == Qt::Checked
            ? groups.addMember(groupId, learnerId, m_context.actor.id)
            : groups.removeMember(groupId, learnerId, m_context.actor.id); // both audited by the store
        if (!ok)
            setMessage(tr("Le changement n'a pas pu être enregistré."), true);
        emit groupsChanged();
    });
    right->addWidget(m_members, 1);
    layout->addLayout(right, 1);
    refresh();
}

void GroupsTab::refresh()
{
    const QString selected = selectedGroupId();
    m_groups->blockSignals(true);
    m_groups->clear();
    const QList<LearnerGroup> groups = GroupRepository(m_context.services.db).list();
    for (const LearnerGroup &g : groups) {
        auto *item = new QListWidgetItem(g.name, m_groups);
        item->setData(IdRole, g.id);
        item->setSizeHint(QSize(0, StaffWidgets::MinTarget));
        if (g.id == selected)
            m_groups->setCurrentItem(item);
    }
    m_groups->blockSignals(false);
    refreshMembers();
}

void GroupsTab::refreshMembers()
{
    const QString groupId = selectedGroupId();
    m_rename->setEnabled(!groupId.isEmpty());
    m_archive->setEnabled(!groupId.isEmpty());
    m_members->blockSignals(true);
    m_members->clear();
    m_members->setEnabled(!groupId.isEmpty());
    m_membersTitle->setText(groupId.isEmpty() ? tr("Membres : choisissez un groupe")
                                              : tr("Membres de « %1 »").arg(m_groups->currentItem()->text()));
    if (!groupId.isEmpty()) {
        const QStringList members = GroupRepository(m_context.services.db).members(groupId);
        const QList<LearnerSummary> learners = ProgressRepository(m_context.services.db).learnerList();
        for (const LearnerSummary &l : learners) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(l.displayName, l.cardCode), m_members);
            item->setData(IdRole, l.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(members.contains(l.id) ? Qt::Checked : Qt::Unchecked);
            item->setSizeHint(QSize(0, StaffWidgets::MinTarget));
        }
    }
    m_members->blockSignals(false);
}

bool GroupsTab::selectGroup(const QString &groupId)
{
    for (int row = 0; row < m_groups->count(); ++row) {
        if (m_groups->item(row)->data(IdRole).toString() == groupId) {
            m_groups->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString GroupsTab::selectedGroupId() const
{
    const QListWidgetItem *item = m_groups->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

bool GroupsTab::setMember(const QString &learnerId, bool member)
{
    for (int row = 0; row < m_members->count(); ++row) {
        QListWidgetItem *item = m_members->item(row);
        if (item->data(IdRole).toString() == learnerId) {
            item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void GroupsTab::create()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        setMessage(tr("Indiquez le nom du groupe."), true);
        return;
    }
    const std::optional<LearnerGroup> group = GroupRepository(m_context.services.db).create(name, m_context.actor.id);
    if (!group) {
        setMessage(tr("Le groupe n'a pas pu être créé."), true);
        return;
    }
    refresh();
    selectGroup(group->id);
    setMessage(tr("Groupe « %1 » créé. Cochez ses membres.").arg(group->name), false);
    emit groupsChanged();
}

void GroupsTab::rename()
{
    const QString id = selectedGroupId();
    const QString name = m_name->text().simplified();
    if (id.isEmpty() || name.isEmpty())
        return;
    if (!GroupRepository(m_context.services.db).rename(id, name, m_context.actor.id))
        setMessage(tr("Le groupe n'a pas pu être renommé."), true);
    refresh();
    emit groupsChanged();
}

void GroupsTab::archive()
{
    const QString id = selectedGroupId();
    if (id.isEmpty())
        return;
    if (!GroupRepository(m_context.services.db).archive(id, m_context.actor.id))
        setMessage(tr("Le groupe n'a pas pu être archivé."), true);
    else
        setMessage(tr("Groupe archivé."), false);
    m_name->setText(QString());
    refresh();
    emit groupsChanged();
}

void GroupsTab::setMessage(const QString &text, bool problem)
{
    StaffWidgets::setMessage(m_message, text, problem);
}

QString GroupsTab::message() const
{
    return m_message->text();
}
