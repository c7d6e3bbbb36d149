#include "quitconfirmation.h"

#include "tutorwidgets.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

QuitConfirmation::QuitConfirmation(const Theme &theme, QWidget *overlayParent)
    : QWidget(overlayParent), m_theme(theme)
{
    setObjectName(QStringLiteral("quitOverlay"));
    setAttribute(Qt::WA_NoSystemBackground);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("quitCard"));
    card->setProperty("tutor", true);
    card->setStyleSheet(QStringLiteral("QFrame#quitCard { background: %1; border: 3px solid %2; border-radius: 18px; }")
                                .arg(theme.background().name(), theme.accent().name()));
    card->setMaximumWidth(760);

    m_question = new QLabel(card);
    m_question->setObjectName(QStringLiteral("quitQuestion"));
    m_question->setWordWrap(true);
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setFont(theme.font(1.4, true));
    m_question->setTextFormat(Qt::PlainText);

    m_no = makeTutorButton(theme, QStringLiteral("quitCancelButton"), card, true);
    m_yes = makeTutorButton(theme, QStringLiteral("quitConfirmButton"), card);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(m_no);
    buttons->addWidget(m_yes);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(36, 32, 36, 32);
    cardLayout->setSpacing(28);
    cardLayout->addWidget(m_question);
    cardLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    connect(m_no, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    connect(m_yes, &QPushButton::clicked, this, [this] {
        hide();
        emit confirmed();
    });

    if (overlayParent) {
        setGeometry(overlayParent->rect());
        overlayParent->installEventFilter(this);
    }
    retranslateUi();
    hide();
}

void QuitConfirmation::retranslateUi()
{
    m_question->setText(tr("Voulez-vous vraiment quitter la leçon ?"));
    setTutorButtonText(m_no, tr("Non, je continue"));
    setTutorButtonText(m_yes, tr("Oui, quitter"));
    setAccessibleName(tr("Quitter la leçon ?"));
}

void QuitConfirmation::open()
{
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    show();
    raise();
    m_no->setFocus(Qt::OtherFocusReason); // the safe answer is the default
}

void QuitConfirmation::dismiss()
{
    hide();
}

bool QuitConfirmation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void QuitConfirmation::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, m_theme.highContrast() ? 220 : 140));
}

void QuitConfirmation::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuitConfirmation::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
