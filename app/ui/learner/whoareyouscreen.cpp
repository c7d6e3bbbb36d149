#include "whoareyouscreen.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WhoAreYouScreen::WhoAreYouScreen(const Theme &theme, Narrator &narrator, QWidget *parent)
    : LearnerScreen(theme, narrator, parent)
{
    setObjectName(QStringLiteral("whoAreYouScreen"));
    setNarrateOnShow(true);

    m_title = ScreenKit::label(theme, QStringLiteral("whoTitle"), this, 1.8, true);
    m_title->setAlignment(Qt::AlignCenter);

    const QSize choiceSize(theme.minTarget() * 7, theme.minTarget() * 3);
    m_guest = ScreenKit::button(theme, QStringLiteral("guestButton"), this, false, 1.4);
    m_guest->setMinimumSize(choiceSize);
    m_card = ScreenKit::button(theme, QStringLiteral("cardButton"), this, true, 1.4);
    m_card->setMinimumSize(choiceSize);
    m_guestNote = ScreenKit::label(theme, QStringLiteral("guestNote"), this, 1.0);
    m_guestNote->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_cardNote = ScreenKit::label(theme, QStringLiteral("cardNote"), this, 1.0);
    m_cardNote->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    connect(m_guest, &QPushButton::clicked, this, &WhoAreYouScreen::guestChosen);
    connect(m_card, &QPushButton::clicked, this, &WhoAreYouScreen::cardChosen);

    m_back = ScreenKit::button(theme, QStringLiteral("backButton"), this);
    connect(m_back, &QPushButton::clicked, this, &LearnerScreen::backRequested);
    m_listen = ScreenKit::speakerButton(theme, this);
    connect(m_listen, &QPushButton::clicked, this, &LearnerScreen::speakInstruction);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_back);
    topRow->addStretch();
    topRow->addWidget(m_listen);

    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(theme.minTarget());
    choices->setVerticalSpacing(theme.basePixelSize() / 2);
    choices->setColumnStretch(0, 1);
    choices->setColumnStretch(3, 1);
    choices->addWidget(m_guest, 0, 1);
    choices->addWidget(m_card, 0, 2);
    choices->addWidget(m_guestNote, 1, 1);
    choices->addWidget(m_cardNote, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme.minTarget(), theme.minTarget() / 2, theme.minTarget(), theme.minTarget());
    layout->addLayout(topRow);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addSpacing(theme.minTarget());
    layout->addLayout(choices);
    layout->addStretch(2);

    setTabOrder(m_guest, m_card);
    retranslateUi();
}

QString WhoAreYouScreen::spokenInstruction() const
{
    return tr("Si vous avez une carte Passerelle, touchez « J'ai ma carte ». "
              "Sinon, touchez « Découvrir sans compte ».");
}

void WhoAreYouScreen::retranslateUi()
{
    m_title->setText(tr("Qui êtes-vous ?"));
    ScreenKit::setText(m_guest, tr("Découvrir sans compte"), tr("Rien de personnel n'est gardé."));
    m_guestNote->setText(tr("Rien de personnel n'est gardé."));
    ScreenKit::setText(m_card, tr("J'ai ma carte"), tr("Reprendre là où vous en étiez."));
    m_cardNote->setText(tr("Reprendre là où vous en étiez."));
    ScreenKit::setText(m_back, tr("Retour"), tr("Revenir à l'écran d'accueil"));
    ScreenKit::setText(m_listen, tr("Écouter"), tr("Écouter ce qu'il faut faire"));
}
