#include "learnerstab.h"

#include "learner/pictureset.h"
#include "mediatorcontext.h"
#include "staff/confirmbutton.h"
#include "staff/secretchooser.h"
#include "staff/staffwidgets.h"
#include "store/grouprepository.h"
#include "store/progressrepository.h"
#include "store/textlimits.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;

QString languageName(const QString &code)
{
    if (code == QLatin1String("ar"))
        return QStringLiteral("العربية");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return code;
}

QString avatarId(int index)
{
    return QFileInfo(PictureSet::resourcePath(index)).baseName();
}
} // namespace

LearnersTab::LearnersTab(MediatorContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("mediatorLearners"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("learnersTable"));
    m_table->setHorizontalHeaderLabels({tr("Nom"), tr("Code"), tr("Langue"), tr("Groupes"), tr("État"),
                                        tr("Leçons terminées"), tr("Dernière activité")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(StaffWidgets::MinTarget);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString id = selectedLearnerId();
        if (!id.isEmpty())
            fillForm(id);
    });
    left->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_new = StaffWidgets::button(tr("Nouvel apprenant"), QStringLiteral("learnerNew"), this);
    connect(m_new, &QPushButton::clicked, this, &LearnersTab::startNew);
    m_card = StaffWidgets::button(tr("Carte à imprimer (PDF)"), QStringLiteral("learnerCard"), this);
    connect(m_card, &QPushButton::clicked, this, &LearnersTab::printCard);
    m_archive = new ConfirmButton(tr("Archiver"), QStringLiteral("learnerArchive"), this);
    connect(m_archive, &ConfirmButton::confirmed, this, &LearnersTab::archive);
    buttons->addWidget(m_new);
    buttons->addWidget(m_card);
    buttons->addStretch();
    buttons->addWidget(m_archive);
    left->addLayout(buttons);
    layout->addLayout(left, 3);

    auto *formBox = new QGroupBox(this);
    auto *formLayout = new QVBoxLayout(formBox);
    m_formTitle = StaffWidgets::title(QString(), QStringLiteral("learnerFormTitle"), formBox, 1.1);
    formLayout->addWidget(m_formTitle);
    auto *form = new QFormLayout;
    m_name = StaffWidgets::lineEdit(QStringLiteral("learnerName"), formBox, TextLimits::Name);
    form->addRow(tr("Nom affiché :"), m_name);
    m_avatar = new QComboBox(formBox);
    m_avatar->setObjectName(QStringLiteral("learnerAvatar"));
    m_avatar->setIconSize(QSize(32, 32));
    for (int i = 0; i < PictureSet::Count; ++i)
        m_avatar->addItem(QIcon(PictureSet::pixmap(i, 32)), PictureSet::name(i), avatarId(i));
    form->addRow(tr("Avatar :"), m_avatar);
    m_language = new QComboBox(formBox);
    m_language->setObjectName(QStringLiteral("learnerLanguage"));
    for (const QString &code : {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")})
        m_language->addItem(languageName(code), code);
    form->addRow(tr("Langue des explications :"), m_language);
    formLayout->addLayout(form);

    m_secretBox = new QWidget(formBox);
    auto *secretLayout = new QVBoxLayout(m_secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    auto *secretHelp = StaffWidgets::message(QStringLiteral("learnerSecretHelp"), m_secretBox);
    secretHelp->setText(tr("Secret : laissez la personne le choisir elle-même, sans regarder."));
    secretLayout->addWidget(secretHelp);
    m_chooser = new SecretChooser(m_secretBox);
    secretLayout->addWidget(m_chooser);
    formLayout->addWidget(m_secretBox);

    m_save = StaffWidgets::button(QString(), QStringLiteral("learnerSave"), formBox, true);
    connect(m_save, &QPushButton::clicked, this, &LearnersTab::save);
    formLayout->addWidget(m_save, 0, Qt::AlignLeft);
    m_message = StaffWidgets::message(QStringLiteral("learnerMessage"), formBox);
    formLayout->addWidget(m_message);
    formLayout->addStretch();
    layout->addWidget(formBox, 2);

    startNew();
    refresh();
}

void LearnersTab::refresh()
{
    const QString selected = selectedLearnerId();
    const StaffServices &s = m_context.services;
    GroupRepository groups(s.db);
    QHash<QString, QString> groupNames;
    const QList<LearnerGroup> allGroups = groups.list();
    for (const LearnerGroup &g : allGroups)
        groupNames.insert(g.id, g.name);
    const QList<LearnerSummary> learners = ProgressRepository(s.db).learnerList();

    m_table->blockSignals(true);
    m_table->setRowCount(static_cast<int>(learners.size()));
    for (int row = 0; row < learners.size(); ++row) {
        const LearnerSummary &l = learners.at(row);
        QStringList memberOf;
        const QStringList groupIds = groups.groupsOf(l.id);
        for (const QString &id : groupIds)
            memberOf << groupNames.value(id);
        const std::optional<Learner> full = s.learners.find(l.id);
        const QDateTime last = QDateTime::fromString(l.lastActivityAt, Qt::ISODateWithMs);
        const QStringList cells{l.displayName,
                                l.cardCode,
                                languageName(full ? full->profile.language : QString()),
                                memberOf.join(QStringLiteral(", ")),
                                l.locked ? tr("bloqué") : tr("actif"),
                                QString::number(l.completedLessons),
                                last.isValid() ? last.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, l.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->blockSignals(false);
    if (!selected.isEmpty())
        selectLearner(selected);
    m_card->setEnabled(!selectedLearnerId().isEmpty());
    m_archive->setEnabled(!selectedLearnerId().isEmpty());
}

void LearnersTab::startNew()
{
    m_editingId.clear();
    m_table->clearSelection();
    m_formTitle->setText(tr("Nouvel apprenant"));
    m_name->setText(QString());
    m_avatar->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
    m_chooser->clear();
    m_secretBox->show();
    m_save->setText(tr("Créer l'apprenant"));
    m_card->setEnabled(false);
    m_archive->setEnabled(false);
    m_name->setFocus(Qt::OtherFocusReason);
}

bool LearnersTab::selectLearner(const QString &learnerId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(IdRole).toString() == learnerId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString LearnersTab::selectedLearnerId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(IdRole).toString();
}

void LearnersTab::fillForm(const QString &learnerId)
{
    const std::optional<Learner> learner = m_context.services.learners.find(learnerId);
    if (!learner)
        return;
    m_editingId = learnerId;
    m_formTitle->setText(tr("Fiche de %1 — carte %2").arg(learner->profile.displayName, learner->cardCode));
    m_name->setText(learner->profile.displayName);
    const int avatar = m_avatar->findData(learner->profile.avatar);
    m_avatar->setCurrentIndex(avatar >= 0 ? avatar : 0);
    const int language = m_language->findData(learner->profile.language);
    if (language < 0)
        m_language->addItem(languageName(learner->profile.language), learner->profile.language);
    m_language->setCurrentIndex(m_language->findData(learner->profile.language));
    m_chooser->clear();
    m_secretBox->hide(); // a secret is changed from the staff panel, with the learner there
    m_save->setText(tr("Enregistrer les modifications"));
    m_card->setEnabled(true);
    m_archive->setEnabled(true);
}

void LearnersTab::save()
{
    LearnerProfile profile;
    profile.displayName = m_name->text().simplified();
    profile.avatar = m_avatar->currentData().toString();
    profile.language = m_language->currentData().toString();
    if (profile.displayName.isEmpty()) {
        setMessage(tr("Indiquez le nom de l'apprenant."), true);
        return;
    }
    const StaffServices &s = m_context.services;
    if (m_editingId.isEmpty()) {
        QString problem;
        const std::optional<Secret> secret = m_chooser->secret(&problem);
        if (!secret) {
            setMessage(problem, true);
            return;
        }
        const std::optional<Learner> created = s.learners.create(profile, *secret, m_context.actor.id); // audited
        m_chooser->clear();
        if (!created) {
            setMessage(tr("L'apprenant n'a pas pu être créé (base de données indisponible ?)."), true);
            return;
        }
        m_lastCreated = created;
        refresh();
        selectLearner(created->id);
        setMessage(tr("%1 est inscrit·e. Code de sa carte : %2. Imprimez sa carte avec « Carte à imprimer ».")
                       .arg(created->profile.displayName, created->cardCode),
                   false);
    } else {
        if (!s.learners.updateProfile(m_editingId, profile, m_context.actor.id)) {
            setMessage(tr("Les modifications n'ont pas pu être enregistrées."), true);
            return;
        }
        refresh();
        setMessage(tr("Fiche enregistrée."), false);
    }
    emit learnersChanged();
}

void LearnersTab::archive()
{
    const QString id = selectedLearnerId();
    if (id.isEmpty())
        return;
    if (!m_context.services.learners.archive(id, m_context.actor.id)) { // audited
        setMessage(tr("L'apprenant n'a pas pu être archivé."), true);
        return;
    }
    setMessage(tr("Apprenant archivé : sa carte ne fonctionne plus, ses progrès restent dans les rapports."), false);
    startNew();
    refresh();
    emit learnersChanged();
}

void LearnersTab::printCard()
{
    const QString id = selectedLearnerId();
    if (id.isEmpty())
        return;
    QString error;
    const QString path = m_context.writeLearnerCard(id, &error);
    if (path.isEmpty()) {
        setMessage(error, true);
        return;
    }
    m_lastDocument = path;
    setMessage(tr("Carte enregistrée : %1").arg(path), false);
}

void LearnersTab::setMessage(const QString &text, bool problem)
{
    StaffWidgets::setMessage(m_message, text, problem);
}

QString LearnersTab::message() const
{
    return m_message->text();
}
