#include "teamtab.h"

#include "mediatorcontext.h"
#include "staff/confirmbutton.h"
#include "staff/staffwidgets.h"
#include "store/staffrepository.h"
#include "store/textlimits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
}

TeamTab::TeamTab(MediatorContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("mediatorTeam"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_accounts = new QListWidget(this);
    m_accounts->setObjectName(QStringLiteral("teamAccounts"));
    left->addWidget(m_accounts, 1);
    auto *buttons = new QHBoxLayout;
    m_unlock = StaffWidgets::button(tr("Débloquer"), QStringLiteral("teamUnlock"), this);
    m_archive = new ConfirmButton(tr("Archiver"), QStringLiteral("teamArchive"), this);
    connect(m_unlock, &QPushButton::clicked, this, &TeamTab::unlock);
    connect(m_archive, &ConfirmButton::confirmed, this, &TeamTab::archive);
    buttons->addWidget(m_unlock);
    buttons->addStretch();
    buttons->addWidget(m_archive);
    left->addLayout(buttons);
    layout->addLayout(left, 1);

    auto *box = new QGroupBox(tr("Ajouter un compte, ou donner un nouveau code au compte choisi"), this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    m_name = StaffWidgets::lineEdit(QStringLiteral("teamName"), box, TextLimits::Name);
    m_role = new QComboBox(box);
    m_role->setObjectName(QStringLiteral("teamRole"));
    m_role->addItem(tr("Accueil (panneau du personnel seulement)"), static_cast<int>(StaffRole::Staff));
    m_role->addItem(tr("Médiation (panneau et tableau de bord)"), static_cast<int>(StaffRole::Mediator));
    m_pin = StaffWidgets::pinEdit(QStringLiteral("teamPin"), box);
    m_pinAgain = StaffWidgets::pinEdit(QStringLiteral("teamPinAgain"), box);
    form->addRow(tr("Nom :"), m_name);
    form->addRow(tr("Rôle :"), m_role);
    form->addRow(tr("Code (4 à 6 chiffres, tapé par la personne) :"), m_pin);
    form->addRow(tr("Le même code, encore :"), m_pinAgain);
    boxLayout->addLayout(form);
    auto *formButtons = new QHBoxLayout;
    m_add = StaffWidgets::button(tr("Ajouter le compte"), QStringLiteral("teamAdd"), box, true);
    m_setPin = StaffWidgets::button(tr("Nouveau code pour le compte choisi"), QStringLiteral("teamSetPin"), box);
    connect(m_add, &QPushButton::clicked, this, &TeamTab::add);
    connect(m_setPin, &QPushButton::clicked, this, &TeamTab::setPin);
    formButtons->addWidget(m_add);
    formButtons->addWidget(m_setPin);
    formButtons->addStretch();
    boxLayout->addLayout(formButtons);
    m_message = StaffWidgets::message(QStringLiteral("teamMessage"), box);
    boxLayout->addWidget(m_message);
    boxLayout->addStretch();
    layout->addWidget(box, 1);
    connect(m_accounts, &QListWidget::currentRowChanged, this, [this] {
        const bool any = !selectedId().isEmpty();
        m_unlock->setEnabled(any);
        m_archive->setEnabled(any && selectedId() != m_context.actor.id);
        m_setPin->setEnabled(any);
    });
    refresh();
}

void TeamTab::refresh()
{
    const QString selected = selectedId();
    m_accounts->clear();
    const QList<StaffMember> members = m_context.services.staff.list();
    for (const StaffMember &m : members) {
        QString text = QStringLiteral("%1 — %2").arg(m.name, m.role == StaffRole::Mediator ? tr("médiation") : tr("accueil"));
        if (m.locked)
            text += tr(" — BLOQUÉ");
        if (m.id == m_context.actor.id)
            text += tr(" (vous)");
        auto *item = new QListWidgetItem(text, m_accounts);
        item->setData(IdRole, m.id);
        item->setSizeHint(QSize(0, StaffWidgets::MinTarget));
        if (m.id == selected)
            m_accounts->setCurrentItem(item);
    }
    const bool any = !selectedId().isEmpty();
    m_unlock->setEnabled(any);
    m_archive->setEnabled(any && selectedId() != m_context.actor.id);
    m_setPin->setEnabled(any);
}

bool TeamTab::selectAccount(const QString &staffId)
{
    for (int row = 0; row < m_accounts->count(); ++row) {
        if (m_accounts->item(row)->data(IdRole).toString() == staffId) {
            m_accounts->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString TeamTab::selectedId() const
{
    const QListWidgetItem *item = m_accounts->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

bool TeamTab::readPin(Secret *pin)
{
    *pin = Secret::pin(m_pin->text());
    const bool same = Secret::pin(m_pinAgain->text()).material() == pin->material();
    m_pin->setText(QString());
    m_pinAgain->setText(QString());
    if (!pin->isValid()) {
        setMessage(tr("Le code doit avoir de 4 à 6 chiffres."), true);
        return false;
    }
    if (!same) {
        setMessage(tr("Les deux codes ne sont pas identiques."), true);
        return false;
    }
    return true;
}

void TeamTab::add()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        setMessage(tr("Indiquez le nom."), true);
        return;
    }
    Secret pin;
    if (!readPin(&pin))
        return;
    const auto role = static_cast<StaffRole>(m_role->currentData().toInt());
    const std::optional<StaffMember> created = m_context.services.staff.create(name, role, pin, m_context.actor.id);
    if (!created) {
        setMessage(tr("Le compte n'a pas pu être créé."), true);
        return;
    }
    m_name->setText(QString());
    refresh();
    selectAccount(created->id);
    setMessage(tr("Compte de %1 créé.").arg(created->name), false);
}

void TeamTab::setPin()
{
    const QString id = selectedId();
    Secret pin;
    if (id.isEmpty() || !readPin(&pin))
        return;
    if (m_context.services.staff.setPin(id, pin, m_context.actor.id))
        setMessage(tr("Nouveau code enregistré."), false);
    else
        setMessage(tr("Le code n'a pas pu être changé."), true);
    refresh();
}

void TeamTab::unlock()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (m_context.services.staff.unlock(id, m_context.actor.id))
        setMessage(tr("Compte débloqué."), false);
    else
        setMessage(tr("Ce compte ne peut pas être débloqué ici (votre propre compte, ou il n'est pas bloqué)."), true);
    refresh();
}

void TeamTab::archive()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (m_context.services.staff.archive(id, m_context.actor.id))
        setMessage(tr("Compte archivé."), false);
    else
        setMessage(tr("Ce compte ne peut pas être archivé."), true);
    refresh();
}

void TeamTab::setMessage(const QString &text, bool problem)
{
    StaffWidgets::setMessage(m_message, text, problem);
}

QString TeamTab::message() const
{
    return m_message->text();
}
