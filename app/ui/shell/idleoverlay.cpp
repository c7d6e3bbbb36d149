#include "idleoverlay.h"

#include "learner/screenkit.h"
#include "narration/spokenmessages.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

IdleOverlay::IdleOverlay(const Theme &theme, Narrator &narrator, QWidget *overlayParent)
    : QWidget(overlayParent), m_theme(theme), m_narrator(narrator)
{
    setObjectName(QStringLiteral("idleOverlay"));
    hide();

    m_panel = new QWidget(this);
    m_panel->setObjectName(QStringLiteral("idlePanel"));
    m_panel->setAttribute(Qt::WA_StyledBackground);
    m_panel->setStyleSheet(QStringLiteral("#idlePanel { %1 }").arg(ScreenKit::cardStyle(theme, true, 24)));

    m_title = ScreenKit::label(theme, QStringLiteral("idleTitle"), m_panel, 2.0, true);
    m_title->setAlignment(Qt::AlignCenter);
    m_secondsLabel = ScreenKit::label(theme, QStringLiteral("idleSeconds"), m_panel, 4.0, true);
    m_secondsLabel->setAlignment(Qt::AlignCenter);
    m_secondsLabel->setStyleSheet(QStringLiteral("color: %1;").arg(theme.accent().name()));
    m_countdown = ScreenKit::label(theme, QStringLiteral("idleCountdown"), m_panel, 1.3);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_stillHere = ScreenKit::button(theme, QStringLiteral("stillHereButton"), m_panel, true, 1.8);
    m_stillHere->setMinimumSize(theme.minTarget() * 6, theme.minTarget() * 2);
    connect(m_stillHere, &QPushButton::clicked, this, &IdleOverlay::stillHere);

    auto *layout = new QVBoxLayout(m_panel);
    const int margin = theme.minTarget();
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(theme.basePixelSize());
    layout->addWidget(m_title);
    layout->addWidget(m_secondsLabel);
    layout->addWidget(m_countdown);
    layout->addSpacing(theme.basePixelSize());
    layout->addWidget(m_stillHere, 0, Qt::AlignHCenter);

    if (overlayParent)
        overlayParent->installEventFilter(this);
    retranslateUi();
}

QString IdleOverlay::countdownText() const
{
    return m_countdown->accessibleName();
}

void IdleOverlay::open(int seconds)
{
    m_seconds = seconds;
    retranslateUi();
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    show();
    raise();
    m_stillHere->setFocus(Qt::OtherFocusReason);
    say(SpokenMessages::text(SpokenMessages::IdleWarning, m_language), SpokenMessages::IdleWarning);
}

void IdleOverlay::setSecondsLeft(int seconds)
{
    if (seconds == m_seconds)
        return;
    m_seconds = seconds;
    retranslateUi();
    if (isVisible() && (seconds == 20 || seconds == 10 || (seconds > 0 && seconds <= 5)))
        say(QString::number(seconds), SpokenMessages::countdownKey(seconds));
}

void IdleOverlay::dismiss()
{
    if (isVisible())
        m_narrator.stop();
    hide();
}

void IdleOverlay::say(const QString &text, const QString &part)
{
    NarrationRequest request;
    request.text = text;
    request.language = m_language;
    request.part = part;
    m_narrator.speak(request);
}

void IdleOverlay::retranslateUi()
{
    m_title->setText(tr("Vous êtes toujours là ?"));
    m_secondsLabel->setText(QString::number(m_seconds));
    m_countdown->setText(m_seconds == 1 ? tr("seconde avant la fin de la séance. Tout sera effacé.")
                                        : tr("secondes avant la fin de la séance. Tout sera effacé."));
    m_countdown->setAccessibleName(QString::number(m_seconds) + QLatin1Char(' ') + m_countdown->text());
    ScreenKit::setText(m_stillHere, tr("Je suis là"), tr("Continuer la séance"));
    const int width = parentWidget() ? parentWidget()->width() : 1024;
    m_panel->setFixedWidth(std::min(width - 2 * m_theme.minTarget(), m_theme.minTarget() * 16));
    m_panel->adjustSize();
    m_panel->move((this->width() - m_panel->width()) / 2, (height() - m_panel->height()) / 2);
}

void IdleOverlay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_panel->move((width() - m_panel->width()) / 2, (height() - m_panel->height()) / 2);
}

bool IdleOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void IdleOverlay::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, m_theme.highContrast() ? 230 : 170));
}

void IdleOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
