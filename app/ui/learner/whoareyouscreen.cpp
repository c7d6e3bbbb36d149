#include "whoareyouscreen.h"

#include "narration/spokenmessages.h"

#include <QBoxLayout>
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

    m_guest = ScreenKit::button(theme, QStringLiteral("guestButton"), this, false, 1.4);
    m_card = ScreenKit::button(theme, QStringLiteral("cardButton"), this, true, 1.4);
    for (QPushButton *choice : {m_guest, m_card}) {
        choice->setMinimumHeight(theme.minTarget() * 2);
        choice->setMaximumHeight(theme.minTarget() * 3);
        choice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
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
    topRow->addWidget(m_title, 1);
    topRow->addWidget(m_listen);

    // Side by side when they fit, one above the other on a narrow screen or with very large text.
    m_choices = new QBoxLayout(QBoxLayout::LeftToRight);
    m_choices->setSpacing(theme.minTarget());
    for (const auto &[choice, note] : {std::pair{m_guest, m_guestNote}, std::pair{m_card, m_cardNote}}) {
        auto *column = new QVBoxLayout;
        column->setSpacing(theme.basePixelSize() / 3);
        column->addWidget(choice);
        column->addWidget(note);
        m_choices->addLayout(column, 1);
    }
    auto *choices = new QHBoxLayout;
    choices->addStretch(1);
    choices->addLayout(m_choices, 12);
    choices->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme.minTarget(), theme.minTarget() / 2, theme.minTarget(), theme.minTarget());
    layout->addLayout(topRow);
    layout->addStretch(1);
    layout->addLayout(choices);
    layout->addStretch(1);

    setTabOrder(m_guest, m_card);
    retranslateUi();
}

void WhoAreYouScreen::resizeEvent(QResizeEvent *event)
{
    LearnerScreen::resizeEvent(event);
    const int needed = m_guest->sizeHint().width() + m_card->sizeHint().width() + m_choices->spacing()
        + 4 * theme().minTarget();
    m_choices->setDirection(width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

QString WhoAreYouScreen::instructionKey() const
{
    return SpokenMessages::WhoAreYou;
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
