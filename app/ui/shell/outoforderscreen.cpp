#include "outoforderscreen.h"

#include "learner/screenkit.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

OutOfOrderScreen::OutOfOrderScreen(const Theme &theme, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("outOfOrderScreen"));
    m_title = ScreenKit::label(theme, QStringLiteral("outOfOrderTitle"), this, 2.0, true);
    m_title->setAlignment(Qt::AlignCenter);
    m_body = ScreenKit::label(theme, QStringLiteral("outOfOrderBody"), this, 1.4);
    m_body->setAlignment(Qt::AlignCenter);
    m_detail = ScreenKit::label(theme, QStringLiteral("outOfOrderDetail"), this, 0.9);
    m_detail->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    const int margin = theme.minTarget() * 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(theme.minTarget());
    layout->addWidget(m_body);
    layout->addStretch(3);
    layout->addWidget(m_detail);
    retranslateUi();
}

void OutOfOrderScreen::setDetail(const QString &detail)
{
    m_detailText = detail;
    retranslateUi();
}

void OutOfOrderScreen::retranslateUi()
{
    m_title->setText(tr("Ce poste est momentanément indisponible."));
    m_body->setText(tr("Merci d'appeler le personnel de l'accueil. Vos progrès déjà enregistrés ne sont pas perdus."));
    m_detail->setText(m_detailText);
}

void OutOfOrderScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
