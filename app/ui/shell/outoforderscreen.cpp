#include "outoforderscreen.h"

#include "learner/screenkit.h"
#include "storerecovery.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

OutOfOrderScreen::OutOfOrderScreen(const Theme &theme, QWidget *parent) : QWidget(parent), m_theme(theme)
{
    setObjectName(QStringLiteral("outOfOrderScreen"));
    m_title = ScreenKit::label(theme, QStringLiteral("outOfOrderTitle"), this, 2.0, true);
    m_title->setAlignment(Qt::AlignCenter);
    m_body = ScreenKit::label(theme, QStringLiteral("outOfOrderBody"), this, 1.4);
    m_body->setAlignment(Qt::AlignCenter);
    m_detail = ScreenKit::label(theme, QStringLiteral("outOfOrderDetail"), this, 0.9);
    m_detail->setAlignment(Qt::AlignCenter);

    m_layout = new QVBoxLayout(this);
    fitMargins();
    m_layout->addStretch(2);
    m_layout->addWidget(m_title);
    m_layout->addSpacing(theme.minTarget());
    m_layout->addWidget(m_body);
    m_layout->addStretch(3);
    m_layout->addWidget(m_detail);
    retranslateUi();
}

void OutOfOrderScreen::setDetail(const QString &detail)
{
    m_detailText = detail;
    retranslateUi();
}

void OutOfOrderScreen::setRetry(Retry retry)
{
    m_retryKind = retry;
    retranslateUi();
}

void OutOfOrderScreen::setStaffAccessAvailable(bool available)
{
    m_staffAccess = available;
    if (m_staffButton)
        m_staffButton->setVisible(available);
    retranslateUi();
}

void OutOfOrderScreen::showStaffActions()
{
    if (m_staff)
        return;
    m_stillFailing = false;
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("outOfOrderStaff"));
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_staffHelp = ScreenKit::label(m_theme, QStringLiteral("outOfOrderStaffHelp"), box, 0.9);
    m_staffHelp->setAlignment(Qt::AlignCenter);
    m_staffMessage = ScreenKit::label(m_theme, QStringLiteral("outOfOrderStaffMessage"), box, 0.9, true);
    m_staffMessage->setAlignment(Qt::AlignCenter);
    m_retry = ScreenKit::button(m_theme, QStringLiteral("outOfOrderRetry"), box, true);
    m_staffButton = ScreenKit::button(m_theme, QStringLiteral("outOfOrderStaffAccess"), box);
    m_staffButton->setVisible(m_staffAccess);
    connect(m_retry, &QPushButton::clicked, this, &OutOfOrderScreen::retryRequested);
    connect(m_staffButton, &QPushButton::clicked, this, &OutOfOrderScreen::staffRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_staffButton);
    buttons->addStretch(1);
    v->addWidget(m_staffHelp);
    v->addLayout(buttons);
    v->addWidget(m_staffMessage);
    m_layout->insertWidget(m_layout->indexOf(m_detail), box);
    box->show();
    m_staff = box;
    retranslateUi();
    m_retry->setFocus(Qt::OtherFocusReason);
}

void OutOfOrderScreen::hideStaffActions()
{
    if (!m_staff)
        return;
    QWidget *box = m_staff;
    m_staff = nullptr;
    m_retry = nullptr;
    m_staffButton = nullptr;
    m_staffHelp = nullptr;
    m_staffMessage = nullptr;
    box->hide();
    box->deleteLater(); // one of its buttons may be on the call stack right now
}

void OutOfOrderScreen::showRetryResult(bool writable)
{
    m_stillFailing = !writable;
    retranslateUi();
}

void OutOfOrderScreen::retranslateUi()
{
    m_title->setText(tr("Ce poste est momentanément indisponible."));
    m_body->setText(tr("Merci d'appeler le personnel de l'accueil. Vos progrès déjà enregistrés ne sont pas perdus."));
    m_detail->setText(m_detailText);
    if (!m_staff)
        return;
    const int seconds = static_cast<int>(StoreRecovery::IntervalMs / 1000);
    QString help = m_retryKind == Retry::TryStore
                       ? tr("Pour le personnel : la borne réessaie d'enregistrer toute seule toutes les %1 secondes et revient "
                            "à l'accueil dès que cela marche (par exemple une fois de la place libérée sur le disque).")
                             .arg(seconds)
                       : tr("Pour le personnel : la base de données n'a pas pu être ouverte au démarrage. « Redémarrer "
                            "Passerelle » la rouvre une fois le problème réglé.");
    if (!m_staffAccess) {
        help += QLatin1Char(' ')
                + tr("Les codes du personnel sont gardés dans la base de données : sans elle, ils ne peuvent pas être "
                     "vérifiés, donc l'espace personnel (et « Quitter le mode kiosque ») n'est pas disponible ici. "
                     "Pour quitter la borne, redémarrez l'ordinateur.");
    }
    m_staffHelp->setText(help);
    ScreenKit::setText(m_retry, m_retryKind == Retry::TryStore ? tr("Réessayer maintenant") : tr("Redémarrer Passerelle"));
    ScreenKit::setText(m_staffButton, tr("Espace personnel"));
    m_staffMessage->setText(m_stillFailing ? tr("Toujours impossible d'enregistrer. Nouvel essai automatique dans %1 secondes.")
                                                     .arg(seconds)
                                           : QString());
}

void OutOfOrderScreen::fitMargins()
{
    // Wide margins on a large screen; on a small one (640×400 at 200 %) the message keeps the room.
    const int margin = std::min(m_theme.minTarget() * 2, std::min(width(), height()) / 16);
    m_layout->setContentsMargins(margin, margin, margin, margin);
}

void OutOfOrderScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitMargins();
}

void OutOfOrderScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
