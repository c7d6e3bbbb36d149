#include "cardcodescreen.h"

#include "narration/spokenmessages.h"
#include "store/learnerrepository.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// Letters first, then digits, each in reading order: easier to find a key.
QString keypadOrder()
{
    QString letters;
    QString digits;
    for (const QChar c : LearnerRepository::CardAlphabet)
        (c.isDigit() ? digits : letters).append(c);
    std::sort(letters.begin(), letters.end());
    std::sort(digits.begin(), digits.end());
    return letters + digits;
}

} // namespace

CardCodeScreen::CardCodeScreen(const Theme &theme, Narrator &narrator, QWidget *parent)
    : LearnerScreen(theme, narrator, parent)
{
    setObjectName(QStringLiteral("cardCodeScreen"));
    setNarrateOnShow(true);
    setFocusPolicy(Qt::StrongFocus);

    m_title = ScreenKit::label(theme, QStringLiteral("cardTitle"), this, 1.6, true);
    m_title->setAlignment(Qt::AlignCenter);

    // The typed code, one box per character, always left to right like the printed card.
    m_display = new QWidget(this);
    m_display->setObjectName(QStringLiteral("codeDisplay"));
    m_display->setLayoutDirection(Qt::LeftToRight);
    auto *displayRow = new QHBoxLayout(m_display);
    displayRow->setContentsMargins(0, 0, 0, 0);
    displayRow->setSpacing(theme.basePixelSize() / 2);
    displayRow->addStretch();
    const int box = theme.minTarget() * 6 / 5;
    for (int i = 0; i < LearnerRepository::CardCodeLength; ++i) {
        QLabel *slot = ScreenKit::label(theme, QStringLiteral("codeSlot%1").arg(i), m_display, 1.8, true);
        slot->setWordWrap(false);
        slot->setAlignment(Qt::AlignCenter);
        slot->setFixedSize(box, box + theme.basePixelSize() / 4);
        m_slots << slot;
        displayRow->addWidget(slot);
    }
    displayRow->addStretch();

    m_message = ScreenKit::label(theme, QStringLiteral("cardMessage"), this, 1.1, true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(theme.scaled(1.1) * 2 + 8);

    auto *keypad = new QGridLayout;
    keypad->setSpacing(theme.basePixelSize() / 2);
    const QString keys = keypadOrder();
    const QSize keyMin(theme.minTarget(), theme.minTarget());
    const QSize keyMax(theme.minTarget() * 2, theme.minTarget() * 3 / 2);
    constexpr int Columns = 9;
    int letterCount = 0;
    for (const QChar key : keys) {
        QPushButton *b = ScreenKit::button(theme, QStringLiteral("key_") + key, this, false, 1.5);
        ScreenKit::makeKey(b, keyMin, keyMax);
        b->setText(key);
        b->setAccessibleName(key);
        connect(b, &QPushButton::clicked, this, [this, key] { type(key); });
        m_keys << b;
        if (key.isDigit()) {
            const int digit = static_cast<int>(m_keys.size()) - 1 - letterCount;
            // Digits on their own row, centred under the letters.
            keypad->addWidget(b, 2, (Columns - 4) / 2 + digit);
        } else {
            keypad->addWidget(b, letterCount / Columns, letterCount % Columns);
            ++letterCount;
        }
    }
    keypad->setContentsMargins(0, 0, 0, 0);
    // The keypad grows with the screen up to its keys' largest size, and no further.
    keypad->setSizeConstraint(QLayout::SetMinAndMaxSize);
    auto *keypadBox = new QWidget(this);
    keypadBox->setLayoutDirection(Qt::LeftToRight);
    keypadBox->setLayout(keypad);

    m_erase = ScreenKit::button(theme, QStringLiteral("eraseButton"), this, false, 1.2);
    m_erase->setMinimumWidth(theme.minTarget() * 3);
    connect(m_erase, &QPushButton::clicked, this, &CardCodeScreen::erase);
    m_validate = ScreenKit::button(theme, QStringLiteral("validateButton"), this, true, 1.2);
    m_validate->setMinimumWidth(theme.minTarget() * 3);
    connect(m_validate, &QPushButton::clicked, this, &CardCodeScreen::validate);

    m_back = ScreenKit::button(theme, QStringLiteral("backButton"), this);
    connect(m_back, &QPushButton::clicked, this, &LearnerScreen::backRequested);
    m_listen = ScreenKit::speakerButton(theme, this);
    connect(m_listen, &QPushButton::clicked, this, &LearnerScreen::speakInstruction);

    // The title sits between "Retour" and "Écouter": the keypad gets the height.
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_back);
    topRow->addWidget(m_title, 1);
    topRow->addWidget(m_listen);

    auto *keypadRow = new QHBoxLayout;
    keypadRow->addStretch();
    keypadRow->addWidget(keypadBox, 20);
    keypadRow->addStretch();

    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->setSpacing(theme.minTarget());
    actions->addWidget(m_erase);
    actions->addWidget(m_validate);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme.minTarget(), theme.minTarget() / 2, theme.minTarget(), theme.minTarget() / 2);
    layout->addLayout(topRow);
    layout->addStretch(1);
    layout->addWidget(m_display);
    layout->addWidget(m_message);
    layout->addLayout(keypadRow, 4);
    layout->addSpacing(theme.basePixelSize() / 2);
    layout->addLayout(actions);
    layout->addStretch(1);

    retranslateUi();
    refresh();
}

QString CardCodeScreen::instructionKey() const
{
    return SpokenMessages::CardCode;
}

QPushButton *CardCodeScreen::keyButton(QChar key) const
{
    for (QPushButton *b : m_keys) {
        if (b->objectName() == QStringLiteral("key_") + key.toUpper())
            return b;
    }
    return nullptr;
}

void CardCodeScreen::clear()
{
    m_code.clear();
    setMessage({}, false);
    m_messageKind = Message::None;
    refresh();
}

void CardCodeScreen::type(QChar key)
{
    const QChar c = key.toUpper();
    if (!LearnerRepository::CardAlphabet.contains(c) || m_code.size() >= LearnerRepository::CardCodeLength)
        return;
    m_code.append(c);
    m_messageKind = Message::None;
    setMessage({}, false);
    refresh();
}

void CardCodeScreen::erase()
{
    if (!m_code.isEmpty())
        m_code.chop(1);
    refresh();
}

void CardCodeScreen::validate()
{
    if (m_code.size() != LearnerRepository::CardCodeLength)
        return;
    emit codeEntered(m_code);
}

void CardCodeScreen::refresh()
{
    for (int i = 0; i < m_slots.size(); ++i) {
        QLabel *slot = m_slots.at(i);
        slot->setText(i < m_code.size() ? QString(m_code.at(i)) : QString());
        const bool next = i == m_code.size();
        slot->setStyleSheet(QStringLiteral("QLabel { %1 }").arg(ScreenKit::cardStyle(theme(), next, 10)));
    }
    QStringList spelled;
    for (const QChar c : std::as_const(m_code))
        spelled << QString(c);
    m_display->setAccessibleName(tr("Code tapé : %1").arg(spelled.join(QLatin1Char(' '))));
    m_validate->setEnabled(m_code.size() == LearnerRepository::CardCodeLength);
    m_erase->setEnabled(!m_code.isEmpty());
}

void CardCodeScreen::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg((problem ? theme().error() : theme().text()).name()));
    m_message->setAccessibleName(text);
}

QString CardCodeScreen::message() const
{
    return m_message->text();
}

void CardCodeScreen::showNotFound()
{
    m_messageKind = Message::NotFound;
    retranslateUi();
    speakMessage(SpokenMessages::CardNotFound);
}

void CardCodeScreen::showLocked()
{
    m_messageKind = Message::Locked;
    retranslateUi();
    speakMessage(SpokenMessages::CardLocked);
}

void CardCodeScreen::showProblem()
{
    m_messageKind = Message::Problem;
    retranslateUi();
    speakMessage(SpokenMessages::Problem);
}

void CardCodeScreen::retranslateUi()
{
    m_title->setText(tr("Tapez le code de votre carte"));
    ScreenKit::setText(m_erase, tr("Effacer"), tr("Effacer le dernier caractère"));
    ScreenKit::setText(m_validate, tr("Valider"), tr("Valider le code"));
    ScreenKit::setText(m_back, tr("Retour"), tr("Revenir à l'écran précédent"));
    ScreenKit::setText(m_listen, tr("Écouter"), tr("Écouter ce qu'il faut faire"));
    switch (m_messageKind) {
    case Message::None:
        setMessage({}, false);
        break;
    // The kind messages are the spoken sentences: shown and heard the same, in the tutor language.
    case Message::NotFound:
        setMessage(LearnerScreen::message(SpokenMessages::CardNotFound), true);
        break;
    case Message::Locked:
        setMessage(LearnerScreen::message(SpokenMessages::CardLocked), true);
        break;
    case Message::Problem:
        setMessage(LearnerScreen::message(SpokenMessages::Problem), true);
        break;
    }
    refresh();
}

void CardCodeScreen::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        erase();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        validate();
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isLetterOrNumber()) {
        type(text.at(0));
        return;
    }
    LearnerScreen::keyPressEvent(event);
}
