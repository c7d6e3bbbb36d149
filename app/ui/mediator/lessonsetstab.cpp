#include "lessonsetstab.h"

#include "lessons/catalogue.h"
#include "mediatorcontext.h"
#include "staff/confirmbutton.h"
#include "staff/staffwidgets.h"
#include "store/grouprepository.h"
#include "store/lessonsetrepository.h"
#include "store/progressrepository.h"
#include "store/textlimits.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
const QString LearnerPrefix = QStringLiteral("learner:");
const QString GroupPrefix = QStringLiteral("group:");
} // namespace

LessonSetsTab::LessonSetsTab(MediatorContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("mediatorLessonSets"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;

    auto *setsColumn = new QVBoxLayout;
    setsColumn->addWidget(StaffWidgets::title(tr("Parcours"), QStringLiteral("setsTitle"), this, 1.1));
    m_sets = new QListWidget(this);
    m_sets->setObjectName(QStringLiteral("setList"));
    connect(m_sets, &QListWidget::currentRowChanged, this, [this] { loadSet(selectedSetId()); });
    setsColumn->addWidget(m_sets, 1);
    auto *setButtons = new QHBoxLayout;
    m_new = StaffWidgets::button(tr("Nouveau parcours"), QStringLiteral("setNew"), this);
    connect(m_new, &QPushButton::clicked, this, &LessonSetsTab::startNew);
    m_archive = new ConfirmButton(tr("Archiver"), QStringLiteral("setArchive"), this);
    connect(m_archive, &ConfirmButton::confirmed, this, &LessonSetsTab::archive);
    setButtons->addWidget(m_new);
    setButtons->addWidget(m_archive);
    setsColumn->addLayout(setButtons);
    top->addLayout(setsColumn, 2);

    auto *catalogueColumn = new QVBoxLayout;
    catalogueColumn->addWidget(StaffWidgets::title(tr("Catalogue"), QStringLiteral("catalogueTitle"), this, 1.1));
    m_catalogue = new QTreeWidget(this);
    m_catalogue->setObjectName(QStringLiteral("setCatalogue"));
    m_catalogue->setHeaderHidden(true);
    connect(m_catalogue, &QTreeWidget::itemDoubleClicked, this, &LessonSetsTab::addSelected);
    catalogueColumn->addWidget(m_catalogue, 1);
    m_add = StaffWidgets::button(tr("Ajouter au parcours →"), QStringLiteral("setAdd"), this);
    connect(m_add, &QPushButton::clicked, this, &LessonSetsTab::addSelected);
    catalogueColumn->addWidget(m_add);
    top->addLayout(catalogueColumn, 3);

    auto *editColumn = new QVBoxLayout;
    editColumn->addWidget(StaffWidgets::title(tr("Leçons du parcours, dans l'ordre"), QStringLiteral("setEditTitle"), this, 1.1));
    m_name = StaffWidgets::lineEdit(QStringLiteral("setName"), this, TextLimits::Name);
    m_name->setPlaceholderText(tr("Nom du parcours, par exemple « Premiers pas »"));
    editColumn->addWidget(m_name);
    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(QStringLiteral("setChosen"));
    editColumn->addWidget(m_chosen, 1);
    auto *orderButtons = new QHBoxLayout;
    m_up = StaffWidgets::button(tr("Monter"), QStringLiteral("setUp"), this);
    m_down = StaffWidgets::button(tr("Descendre"), QStringLiteral("setDown"), this);
    m_remove = StaffWidgets::button(tr("Retirer"), QStringLiteral("setRemove"), this);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { delete m_chosen->takeItem(m_chosen->currentRow()); });
    orderButtons->addWidget(m_up);
    orderButtons->addWidget(m_down);
    orderButtons->addWidget(m_remove);
    editColumn->addLayout(orderButtons);
    m_save = StaffWidgets::button(tr("Enregistrer le parcours"), QStringLiteral("setSave"), this, true);
    connect(m_save, &QPushButton::clicked, this, &LessonSetsTab::save);
    editColumn->addWidget(m_save);
    top->addLayout(editColumn, 3);
    layout->addLayout(top, 1);

    auto *assignBox = new QGroupBox(tr("Attribuer le parcours sélectionné"), this);
    auto *assignLayout = new QHBoxLayout(assignBox);
    m_target = new QComboBox(assignBox);
    m_target->setObjectName(QStringLiteral("setAssignTarget"));
    m_target->setMinimumWidth(280);
    m_assign = StaffWidgets::button(tr("Attribuer"), QStringLiteral("setAssign"), assignBox, true);
    connect(m_assign, &QPushButton::clicked, this, &LessonSetsTab::assign);
    m_assignments = new QListWidget(assignBox);
    m_assignments->setObjectName(QStringLiteral("setAssignments"));
    m_assignments->setMaximumHeight(140);
    connect(m_assignments, &QListWidget::currentRowChanged, this, [this](int row) { m_unassign->setEnabled(row >= 0); });
    m_unassign = StaffWidgets::button(tr("Retirer l'attribution"), QStringLiteral("setUnassign"), assignBox);
    connect(m_unassign, &QPushButton::clicked, this, &LessonSetsTab::unassign);
    assignLayout->addWidget(m_target);
    assignLayout->addWidget(m_assign);
    assignLayout->addWidget(m_assignments, 1);
    assignLayout->addWidget(m_unassign);
    layout->addWidget(assignBox);
    m_message = StaffWidgets::message(QStringLiteral("setMessage"), this);
    layout->addWidget(m_message);

    fillCatalogue();
    startNew();
    refresh();
}

void LessonSetsTab::fillCatalogue()
{
    m_catalogue->clear();
    const Catalogue *catalogue = m_context.catalogue();
    if (!catalogue)
        return;
    for (const Module &module : catalogue->modules) {
        auto *moduleItem = new QTreeWidgetItem(m_catalogue, {module.title.text(QStringLiteral("fr"))});
        moduleItem->setFlags(Qt::ItemIsEnabled);
        const QList<const Lesson *> lessons = catalogue->lessonsOfModule(module.id);
        for (const Lesson *lesson : lessons) {
            auto *item = new QTreeWidgetItem(moduleItem, {QStringLiteral("%1 — %2 (%3 min)")
                                                              .arg(lesson->id, lesson->title.text(QStringLiteral("fr")))
                                                              .arg(lesson->minutes)});
            item->setData(0, IdRole, lesson->id);
            item->setSizeHint(0, QSize(0, StaffWidgets::MinTarget));
        }
    }
    m_catalogue->expandAll();
}

void LessonSetsTab::fillTargets()
{
    const QString previous = m_target->currentData().toString();
    m_target->clear();
    const QList<LearnerGroup> groups = GroupRepository(m_context.services.db).list();
    for (const LearnerGroup &g : groups)
        m_target->addItem(tr("Groupe : %1").arg(g.name), QString(GroupPrefix + g.id));
    const QList<LearnerSummary> learners = ProgressRepository(m_context.services.db).learnerList();
    for (const LearnerSummary &l : learners)
        m_target->addItem(tr("Apprenant : %1 (%2)").arg(l.displayName, l.cardCode), QString(LearnerPrefix + l.id));
    const int index = m_target->findData(previous);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void LessonSetsTab::refresh()
{
    const QString selected = selectedSetId();
    m_sets->blockSignals(true);
    m_sets->clear();
    const QList<LessonSet> sets = LessonSetRepository(m_context.services.db).list();
    for (const LessonSet &set : sets) {
        auto *item = new QListWidgetItem(tr("%1 (%n leçon(s))", nullptr, static_cast<int>(set.lessonIds.size())).arg(set.name),
                                         m_sets);
        item->setData(IdRole, set.id);
        item->setSizeHint(QSize(0, StaffWidgets::MinTarget));
        if (set.id == selected)
            m_sets->setCurrentItem(item);
    }
    m_sets->blockSignals(false);
    if (m_catalogue->topLevelItemCount() == 0)
        fillCatalogue();
    fillTargets();
    refreshAssignments();
}

void LessonSetsTab::startNew()
{
    m_editingId.clear();
    m_sets->blockSignals(true);
    m_sets->clearSelection();
    m_sets->setCurrentRow(-1);
    m_sets->blockSignals(false);
    m_name->setText(QString());
    m_chosen->clear();
    refreshAssignments();
}

void LessonSetsTab::loadSet(const QString &setId)
{
    const std::optional<LessonSet> set = setId.isEmpty() ? std::nullopt : LessonSetRepository(m_context.services.db).find(setId);
    if (!set) {
        startNew();
        return;
    }
    m_editingId = set->id;
    m_name->setText(set->name);
    m_chosen->clear();
    for (const QString &lessonId : set->lessonIds) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(lessonId, m_context.lessonTitle(lessonId)), m_chosen);
        item->setData(IdRole, lessonId);
        item->setSizeHint(QSize(0, StaffWidgets::MinTarget));
    }
    refreshAssignments();
}

bool LessonSetsTab::selectSet(const QString &setId)
{
    for (int row = 0; row < m_sets->count(); ++row) {
        if (m_sets->item(row)->data(IdRole).toString() == setId) {
            m_sets->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString LessonSetsTab::selectedSetId() const
{
    return m_editingId;
}

bool LessonSetsTab::selectCatalogueLesson(const QString &lessonId)
{
    for (QTreeWidgetItemIterator it(m_catalogue); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == lessonId) {
            m_catalogue->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QStringList LessonSetsTab::chosenLessonIds() const
{
    QStringList ids;
    for (int row = 0; row < m_chosen->count(); ++row)
        ids << m_chosen->item(row)->data(IdRole).toString();
    return ids;
}

bool LessonSetsTab::selectAssignTarget(const QString &learnerOrGroupId)
{
    for (const QString &prefix : {LearnerPrefix, GroupPrefix}) {
        const int index = m_target->findData(QString(prefix + learnerOrGroupId));
        if (index >= 0) {
            m_target->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void LessonSetsTab::addSelected()
{
    const QTreeWidgetItem *item = m_catalogue->currentItem();
    const QString lessonId = item ? item->data(0, IdRole).toString() : QString();
    if (lessonId.isEmpty())
        return;
    if (chosenLessonIds().contains(lessonId)) {
        setMessage(tr("Cette leçon est déjà dans le parcours."), true);
        return;
    }
    auto *added = new QListWidgetItem(QStringLiteral("%1 — %2").arg(lessonId, m_context.lessonTitle(lessonId)), m_chosen);
    added->setData(IdRole, lessonId);
    added->setSizeHint(QSize(0, StaffWidgets::MinTarget));
    m_chosen->setCurrentItem(added);
}

void LessonSetsTab::move(int delta)
{
    const int row = m_chosen->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_chosen->count())
        return;
    QListWidgetItem *item = m_chosen->takeItem(row);
    m_chosen->insertItem(target, item);
    m_chosen->setCurrentRow(target);
}

void LessonSetsTab::save()
{
    const QString name = m_name->text().simplified();
    const QStringList lessons = chosenLessonIds();
    if (name.isEmpty() || lessons.isEmpty()) {
        setMessage(tr("Donnez un nom au parcours et ajoutez-y au moins une leçon."), true);
        return;
    }
    LessonSetRepository sets(m_context.services.db);
    QString id = m_editingId;
    if (id.isEmpty()) {
        const std::optional<LessonSet> created = sets.create(name, lessons, m_context.actor.id); // audited
        if (!created) {
            setMessage(tr("Le parcours n'a pas pu être enregistré."), true);
            return;
        }
        id = created->id;
    } else if (!sets.update(id, name, lessons, m_context.actor.id)) {
        setMessage(tr("Le parcours n'a pas pu être enregistré."), true);
        return;
    }
    m_editingId = id;
    refresh();
    selectSet(id);
    setMessage(tr("Parcours « %1 » enregistré. Attribuez-le à un apprenant ou à un groupe.").arg(name), false);
    emit setsChanged();
}

void LessonSetsTab::archive()
{
    const QString id = selectedSetId();
    if (id.isEmpty())
        return;
    if (!LessonSetRepository(m_context.services.db).archive(id, m_context.actor.id))
        setMessage(tr("Le parcours n'a pas pu être archivé."), true);
    else
        setMessage(tr("Parcours archivé."), false);
    startNew();
    refresh();
    emit setsChanged();
}

void LessonSetsTab::refreshAssignments()
{
    m_assignments->clear();
    const QString setId = m_editingId;
    m_assign->setEnabled(!setId.isEmpty() && m_target->count() > 0);
    m_unassign->setEnabled(false);
    m_archive->setEnabled(!setId.isEmpty());
    if (setId.isEmpty())
        return;
    QHash<QString, QString> names;
    for (int i = 0; i < m_target->count(); ++i)
        names.insert(m_target->itemData(i).toString(), m_target->itemText(i));
    const QList<Assignment> assignments = LessonSetRepository(m_context.services.db).assignments(setId);
    for (const Assignment &a : assignments) {
        const QString key = a.learnerId.isEmpty() ? GroupPrefix + a.groupId : LearnerPrefix + a.learnerId;
        auto *item = new QListWidgetItem(names.value(key, tr("(archivé)")), m_assignments);
        item->setData(IdRole, a.id);
    }
}

void LessonSetsTab::assign()
{
    const QString setId = m_editingId;
    const QString target = m_target->currentData().toString();
    if (setId.isEmpty() || target.isEmpty())
        return;
    LessonSetRepository sets(m_context.services.db);
    const std::optional<Assignment> done = target.startsWith(LearnerPrefix)
        ? sets.assignToLearner(setId, target.mid(LearnerPrefix.size()), m_context.actor.id)
        : sets.assignToGroup(setId, target.mid(GroupPrefix.size()), m_context.actor.id); // audited
    if (!done)
        setMessage(tr("L'attribution n'a pas pu être enregistrée."), true);
    else
        setMessage(tr("Parcours attribué : %1.").arg(m_target->currentText()), false);
    refreshAssignments();
    emit setsChanged();
}

void LessonSetsTab::unassign()
{
    const QListWidgetItem *item = m_assignments->currentItem();
    if (!item)
        return;
    if (!LessonSetRepository(m_context.services.db).unassign(item->data(IdRole).toString(), m_context.actor.id))
        setMessage(tr("L'attribution n'a pas pu être retirée."), true);
    refreshAssignments();
    emit setsChanged();
}

void LessonSetsTab::setMessage(const QString &text, bool problem)
{
    StaffWidgets::setMessage(m_message, text, problem);
}

QString LessonSetsTab::message() const
{
    return m_message->text();
}
