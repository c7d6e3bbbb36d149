#include "firstrunsetup.h"

#include "staffwidgets.h"
#include "store/textlimits.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunSetup::FirstRunSetup(StaffRepository &staff, QWidget *parent) : QWidget(parent), m_staff(staff)
{
    setObjectName(QStringLiteral("staffFirstRun"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *column = new QWidget(this);
    column->setMaximumWidth(620);
    auto *layout = new QVBoxLayout(column);
    m_title = StaffWidgets::title(QString(), QStringLiteral("firstRunTitle"), column);
    layout->addWidget(m_title);
    m_intro = StaffWidgets::message(QStringLiteral("firstRunIntro"), column);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_name = StaffWidgets::lineEdit(QStringLiteral("firstRunName"), column, TextLimits::Name);
    m_pin = StaffWidgets::pinEdit(QStringLiteral("firstRunPin"), column);
    m_pinAgain = StaffWidgets::pinEdit(QStringLiteral("firstRunPinAgain"), column);
    m_nameLabel = new QLabel(column);
    m_roleLabel = new QLabel(column);
    m_role = new QLabel(column);
    m_pinLabel = new QLabel(column);
    m_pinAgainLabel = new QLabel(column);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_pinAgainLabel, m_pinAgain);
    layout->addLayout(form);

    m_message = StaffWidgets::message(QStringLiteral("firstRunMessage"), column);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_cancel = StaffWidgets::button(QString(), QStringLiteral("firstRunCancel"), column);
    m_create = StaffWidgets::button(QString(), QStringLiteral("firstRunCreate"), column, true);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_create);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &FirstRunSetup::cancelled);
    connect(m_create, &QPushButton::clicked, this, &FirstRunSetup::create);
    connect(m_pinAgain, &QLineEdit::returnPressed, this, &FirstRunSetup::create);

    auto *center = new QHBoxLayout;
    center->addStretch();
    center->addWidget(column);
    center->addStretch();
    outer->addLayout(center);
    outer->addStretch();
    retranslateUi();
}

void FirstRunSetup::changeEvent(QEvent *event)
{
    // Shown in French whatever the tutor language (KioskWindow::setStaffAreaShown).
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FirstRunSetup::retranslateUi()
{
    m_title->setText(tr("Première mise en service"));
    m_intro->setText(tr("Aucun compte du personnel n'existe encore sur ce terminal. Créez le premier : un compte "
                        "de médiation, qui pourra ensuite créer ceux de l'équipe. Retenez bien votre code : "
                        "il n'y a pas de code par défaut."));
    m_nameLabel->setText(tr("Votre nom :"));
    m_roleLabel->setText(tr("Rôle :"));
    m_role->setText(tr("Médiation (tous les droits)"));
    m_pinLabel->setText(tr("Code personnel (4 à 6 chiffres) :"));
    m_pinAgainLabel->setText(tr("Le même code, encore :"));
    m_cancel->setText(tr("Annuler"));
    m_create->setText(tr("Créer le compte"));
}

void FirstRunSetup::clear()
{
    m_name->setText(QString());
    m_pin->setText(QString());
    m_pinAgain->setText(QString());
    StaffWidgets::setMessage(m_message, QString(), false);
}

QString FirstRunSetup::message() const
{
    return m_message->text();
}

void FirstRunSetup::create()
{
    const QString name = m_name->text().simplified();
    const Secret pin = Secret::pin(m_pin->text());
    QString problem;
    if (name.isEmpty())
        problem = tr("Indiquez votre nom.");
    else if (!pin.isValid())
        problem = tr("Le code doit avoir de 4 à 6 chiffres.");
    else if (Secret::pin(m_pinAgain->text()).material() != pin.material())
        problem = tr("Les deux codes ne sont pas identiques.");
    if (!problem.isEmpty()) {
        m_pin->setText(QString());
        m_pinAgain->setText(QString());
        StaffWidgets::setMessage(m_message, problem, true);
        return;
    }
    const std::optional<StaffMember> member = m_staff.createFirstAccount(name, pin);
    m_pin->setText(QString());
    m_pinAgain->setText(QString());
    if (!member) {
        StaffWidgets::setMessage(m_message,
                                 m_staff.hasAnyAccount()
                                     ? tr("Un compte existe déjà : utilisez le code du personnel.")
                                     : tr("Le compte n'a pas pu être enregistré (base de données indisponible)."),
                                 true);
        return;
    }
    clear();
    emit accountCreated(*member);
}
