#include "welcomescreen.h"

#include "narration/spokenmessages.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

QList<WelcomeScreen::LanguageChoice> WelcomeScreen::languages()
{
    // Each language in its own name (never translated): a resident finds their own.
    return {
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
}

WelcomeScreen::WelcomeScreen(const Theme &theme, Narrator &narrator, QWidget *parent)
    : LearnerScreen(theme, narrator, parent)
{
    setObjectName(QStringLiteral("welcomeScreen"));

    m_title = ScreenKit::label(theme, QStringLiteral("welcomeTitle"), this, 2.4, true);
    m_title->setAlignment(Qt::AlignCenter);
    m_subtitle = ScreenKit::label(theme, QStringLiteral("welcomeSubtitle"), this, 1.3);
    m_subtitle->setAlignment(Qt::AlignCenter);

    m_start = ScreenKit::button(theme, QStringLiteral("startButton"), this, true, 1.8);
    m_start->setMinimumSize(theme.minTarget() * 6, theme.minTarget() * 2);
    connect(m_start, &QPushButton::clicked, this, &WelcomeScreen::startRequested);

    m_listen = ScreenKit::speakerButton(theme, this);
    connect(m_listen, &QPushButton::clicked, this, &LearnerScreen::speakInstruction);

    m_languageTitle = ScreenKit::label(theme, QStringLiteral("languageTitle"), this, 1.0);
    m_languageTitle->setAlignment(Qt::AlignCenter);
    m_languageRow = new QHBoxLayout;
    m_languageRow->setSpacing(theme.minTarget() / 2);
    m_languageRow->addStretch();
    m_languageRow->addStretch();
    m_languageGroup = new QButtonGroup(this);
    m_languageGroup->setExclusive(true);
    setLanguages(languages());

    auto *topRow = new QHBoxLayout;
    topRow->addStretch();
    topRow->addWidget(m_listen);

    auto *startRow = new QHBoxLayout;
    startRow->addStretch();
    startRow->addWidget(m_start);
    startRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme.minTarget(), theme.minTarget() / 2, theme.minTarget(), theme.minTarget());
    layout->addLayout(topRow);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(theme.basePixelSize());
    layout->addWidget(m_subtitle);
    layout->addStretch(1);
    layout->addLayout(startRow);
    layout->addStretch(2);
    layout->addWidget(m_languageTitle);
    layout->addSpacing(theme.basePixelSize() / 2);
    layout->addLayout(m_languageRow);
    layout->addStretch(1);

    retranslateUi();
}

void WelcomeScreen::setLanguages(const QList<LanguageChoice> &choices)
{
    qDeleteAll(m_languageButtons);
    m_languageButtons.clear();
    for (const LanguageChoice &choice : choices) {
        QPushButton *b = ScreenKit::button(theme(), QStringLiteral("language_") + choice.code, this, false, 1.2);
        b->setCheckable(true);
        b->setMinimumWidth(theme().minTarget() * 5 / 2);
        b->setText(choice.name);
        b->setAccessibleName(choice.name);
        // The name is shown in its own script and direction whatever the screen's direction.
        b->setLayoutDirection(QLocale(choice.code).textDirection());
        m_languageGroup->addButton(b);
        m_languageButtons << b;
        const QString code = choice.code;
        connect(b, &QPushButton::clicked, this, [this, code] { emit languageChosen(code); });
        m_languageRow->insertWidget(static_cast<int>(m_languageButtons.size()), b); // between the stretches
        b->show(); // at once, also when the screen is already showing
    }
    if (!m_languageButtons.isEmpty())
        setTabOrder(m_start, m_languageButtons.first());
    retranslateUi();
}

QPushButton *WelcomeScreen::languageButton(const QString &code) const
{
    for (QPushButton *b : m_languageButtons) {
        if (b->objectName() == QStringLiteral("language_") + code)
            return b;
    }
    return nullptr;
}

QString WelcomeScreen::instructionKey() const
{
    return SpokenMessages::Welcome;
}

void WelcomeScreen::retranslateUi()
{
    m_title->setText(tr("Bienvenue"));
    m_subtitle->setText(tr("Apprendre l'ordinateur et les démarches en ligne, pas à pas."));
    ScreenKit::setText(m_start, tr("Commencer"), tr("Commencer à apprendre"));
    ScreenKit::setText(m_listen, tr("Écouter"), tr("Écouter ce qu'il faut faire"));
    m_languageTitle->setText(tr("Langue des explications :"));
    for (QPushButton *b : std::as_const(m_languageButtons)) {
        b->setChecked(b->objectName() == QStringLiteral("language_") + language());
        b->setAccessibleDescription(tr("Choisir cette langue"));
    }
}

void WelcomeScreen::paintEvent(QPaintEvent *event)
{
    LearnerScreen::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // Queued: the frame is flushed to the screen after the paint events of this pass.
        QTimer::singleShot(0, this, &WelcomeScreen::firstFramePainted);
    }
}
