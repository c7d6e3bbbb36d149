#include "secretscreen.h"

#include "narration/spokenmessages.h"
#include "pictureset.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <algorithm>

SecretScreen::SecretScreen(const Theme &theme, Narrator &narrator, const MonotonicClock &clock, QWidget *parent)
    : LearnerScreen(theme, narrator, parent), m_clock(clock)
{
    setObjectName(QStringLiteral("secretScreen"));
    setNarrateOnShow(true);
    setFocusPolicy(Qt::StrongFocus);
    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &SecretScreen::checkWait);

    m_title = ScreenKit::label(theme, QStringLiteral("secretTitle"), this, 1.6, true);
    m_title->setAlignment(Qt::AlignCenter);
    m_messageLabel = ScreenKit::label(theme, QStringLiteral("secretMessage"), this, 1.1, true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setMinimumHeight(theme.scaled(1.1) * 2 + 8);

    // Pictures: the three chosen so far, then the twelve to choose from.
    m_picturePad = new QWidget(this);
    // The pictures follow the reading direction of the tutor language (1, 2, 3 from the right in Arabic).
    auto *pictureColumn = new QVBoxLayout(m_picturePad);
    pictureColumn->setContentsMargins(0, 0, 0, 0);
    auto *slotRow = new QHBoxLayout;
    slotRow->addStretch();
    const int slotSize = theme.minTarget() * 3 / 2;
    for (int i = 0; i < Secret::PicturesChosen; ++i) {
        auto *slot = new QLabel(m_picturePad);
        slot->setObjectName(QStringLiteral("pictureSlot%1").arg(i));
        slot->setFixedSize(slotSize, slotSize);
        slot->setAlignment(Qt::AlignCenter);
        m_pictureSlots << slot;
        slotRow->addWidget(slot);
    }
    slotRow->addStretch();
    pictureColumn->addLayout(slotRow);
    pictureColumn->addSpacing(theme.basePixelSize() / 2);
    auto *grid = new QGridLayout;
    grid->setSpacing(theme.basePixelSize() / 2);
    const QSize pictureMin(theme.minTarget() * 13 / 10, theme.minTarget() * 13 / 10);
    const QSize pictureMax(theme.minTarget() * 3, theme.minTarget() * 5 / 2);
    for (int i = 0; i < Secret::PictureCount; ++i) {
        QPushButton *b = ScreenKit::button(theme, QStringLiteral("picture%1").arg(i), m_picturePad);
        ScreenKit::makeKey(b, pictureMin, pictureMax);
        b->setIconSize(pictureMin - QSize(20, 20));
        b->installEventFilter(this);
        connect(b, &QPushButton::clicked, this, [this, i] { choosePicture(i); });
        m_pictures << b;
        grid->addWidget(b, i / 6, i % 6);
    }
    auto *gridRow = new QHBoxLayout;
    gridRow->addStretch();
    gridRow->addLayout(grid, 20);
    gridRow->addStretch();
    pictureColumn->addLayout(gridRow);

    // PIN: dots, then a phone-like pad.
    m_pinPad = new QWidget(this);
    m_pinPad->setLayoutDirection(Qt::LeftToRight);
    auto *pinColumn = new QVBoxLayout(m_pinPad);
    pinColumn->setContentsMargins(0, 0, 0, 0);
    m_pinDisplay = ScreenKit::label(theme, QStringLiteral("pinDisplay"), m_pinPad, 2.2, true);
    m_pinDisplay->setAlignment(Qt::AlignCenter);
    m_pinDisplay->setMinimumHeight(theme.scaled(1.6));
    pinColumn->addWidget(m_pinDisplay);
    auto *pinGrid = new QGridLayout;
    pinGrid->setSpacing(theme.basePixelSize() / 2);
    // A little lower than wide, so that the four rows fit 768 pixels in the largest text.
    const QSize digitMin(theme.minTarget() * 3 / 2, std::max(44, theme.minTarget() * 4 / 5));
    const QSize digitMax(theme.minTarget() * 3, theme.minTarget() * 3 / 2);
    for (int d = 0; d <= 9; ++d) {
        QPushButton *b = ScreenKit::button(theme, QStringLiteral("digit%1").arg(d), m_pinPad, false, 1.6);
        ScreenKit::makeKey(b, digitMin, digitMax);
        b->setText(QString::number(d));
        b->setAccessibleName(QString::number(d));
        connect(b, &QPushButton::clicked, this, [this, d] { typeDigit(d); });
        m_digits << b;
        if (d == 0)
            pinGrid->addWidget(b, 3, 1);
        else
            pinGrid->addWidget(b, (d - 1) / 3, (d - 1) % 3);
    }
    auto *pinRow = new QHBoxLayout;
    pinRow->addStretch();
    pinRow->addLayout(pinGrid, 20);
    pinRow->addStretch();
    pinColumn->addLayout(pinRow);

    m_padsBox = new QWidget(this);
    m_pads = new QStackedLayout(m_padsBox);
    m_pads->addWidget(m_picturePad);
    m_pads->addWidget(m_pinPad);

    m_erase = ScreenKit::button(theme, QStringLiteral("eraseButton"), this, false, 1.2);
    m_erase->setMinimumWidth(theme.minTarget() * 3);
    connect(m_erase, &QPushButton::clicked, this, &SecretScreen::erase);
    m_validate = ScreenKit::button(theme, QStringLiteral("validateButton"), this, true, 1.2);
    m_validate->setMinimumWidth(theme.minTarget() * 3);
    connect(m_validate, &QPushButton::clicked, this, &SecretScreen::validate);

    m_back = ScreenKit::button(theme, QStringLiteral("backButton"), this);
    connect(m_back, &QPushButton::clicked, this, &LearnerScreen::backRequested);
    m_leave = ScreenKit::button(theme, QStringLiteral("leaveButton"), this, true, 1.4);
    m_leave->setMinimumWidth(theme.minTarget() * 6);
    connect(m_leave, &QPushButton::clicked, this, &SecretScreen::leaveRequested);
    m_listen = ScreenKit::speakerButton(theme, this);
    connect(m_listen, &QPushButton::clicked, this, &LearnerScreen::speakInstruction);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_back);
    topRow->addWidget(m_title, 1);
    topRow->addWidget(m_listen);

    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->setSpacing(theme.minTarget());
    actions->addWidget(m_erase);
    actions->addWidget(m_validate);
    actions->addWidget(m_leave);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme.minTarget(), theme.minTarget() / 2, theme.minTarget(), theme.minTarget() / 2);
    layout->addLayout(topRow);
    layout->addStretch(1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_padsBox, 4);
    layout->addSpacing(theme.basePixelSize() / 2);
    layout->addLayout(actions);
    layout->addStretch(1);

    m_kind = Secret::Kind::Pictures;
    m_pads->setCurrentWidget(m_picturePad);
    clear();
}

void SecretScreen::loadPictures()
{
    // Drawn when first needed, not at start: the welcome screen must appear at once.
    if (m_picturesLoaded)
        return;
    m_picturesLoaded = true;
    for (int i = 0; i < m_pictures.size(); ++i) {
        QPushButton *b = m_pictures.at(i);
        b->setIcon(QIcon(PictureSet::pixmap(i, theme().minTarget() * 5)));
    }
}

bool SecretScreen::eventFilter(QObject *watched, QEvent *event)
{
    // The pictures fill their buttons, whatever room the screen gives them.
    if (event->type() == QEvent::Resize) {
        if (auto *b = qobject_cast<QPushButton *>(watched); b && m_pictures.contains(b)) {
            const int side = std::max(24, std::min(b->width(), b->height()) - 20);
            b->setIconSize(QSize(side, side));
        }
    }
    return LearnerScreen::eventFilter(watched, event);
}

void SecretScreen::setKind(Secret::Kind kind)
{
    m_choosing = Choosing::No;
    m_mismatch = false;
    m_kind = kind == Secret::Kind::Pin ? Secret::Kind::Pin : Secret::Kind::Pictures;
    if (m_kind == Secret::Kind::Pictures)
        loadPictures();
    m_pads->setCurrentWidget(m_kind == Secret::Kind::Pin ? m_pinPad : m_picturePad);
    clear();
}

void SecretScreen::setChoosing(Secret::Kind kind)
{
    setKind(kind);
    m_choosing = Choosing::First;
    retranslateUi();
}

void SecretScreen::askRepeat()
{
    m_chosen.clear();
    m_pin.clear();
    m_choosing = Choosing::Repeat;
    m_mismatch = false;
    retranslateUi();
}

void SecretScreen::showMismatch()
{
    m_chosen.clear();
    m_pin.clear();
    m_choosing = Choosing::First;
    m_mismatch = true;
    retranslateUi();
    speakMessage(SpokenMessages::TryAgain);
}

void SecretScreen::clear()
{
    m_chosen.clear();
    m_pin.clear();
    m_waitTimer.stop();
    m_state = State::Entering;
    m_message = Message::None;
    retranslateUi();
}

int SecretScreen::enteredCount() const
{
    return m_kind == Secret::Kind::Pin ? static_cast<int>(m_pin.size()) : static_cast<int>(m_chosen.size());
}

QString SecretScreen::message() const
{
    return m_messageLabel->text();
}

QString SecretScreen::instructionKey() const
{
    if (m_state == State::Locked)
        return m_message == Message::Locked ? SpokenMessages::SecretLocked : SpokenMessages::Problem;
    return m_kind == Secret::Kind::Pin ? SpokenMessages::SecretPin : SpokenMessages::Secret;
}

QString SecretScreen::messageKey() const
{
    switch (m_message) {
    case Message::None:
        return {};
    case Message::Wrong:
    case Message::LastTries:
        return m_kind == Secret::Kind::Pin ? SpokenMessages::SecretWrongPin : SpokenMessages::SecretWrong;
    case Message::Wait:
        return SpokenMessages::SecretWait;
    case Message::Locked:
        return SpokenMessages::SecretLocked;
    case Message::Problem:
        return SpokenMessages::Problem;
    }
    return {};
}

void SecretScreen::choosePicture(int index)
{
    if (m_state != State::Entering || m_chosen.contains(index) || m_chosen.size() >= Secret::PicturesChosen)
        return;
    m_chosen << index;
    m_message = Message::None;
    refresh();
    if (m_chosen.size() == Secret::PicturesChosen)
        validate();
}

void SecretScreen::typeDigit(int digit)
{
    if (m_state != State::Entering || m_pin.size() >= Secret::PinMaxDigits)
        return;
    m_pin.append(QChar(u'0' + digit));
    m_message = Message::None;
    refresh();
}

void SecretScreen::erase()
{
    if (m_state != State::Entering)
        return;
    if (m_kind == Secret::Kind::Pin && !m_pin.isEmpty())
        m_pin.chop(1);
    else if (m_kind == Secret::Kind::Pictures && !m_chosen.isEmpty())
        m_chosen.removeLast();
    refresh();
}

void SecretScreen::validate()
{
    if (m_state != State::Entering)
        return;
    const Secret secret = m_kind == Secret::Kind::Pin ? Secret::pin(m_pin) : Secret::pictures(m_chosen);
    if (!secret.isValid())
        return;
    emit secretEntered(secret);
}

void SecretScreen::showResult(const VerifyResult &result)
{
    m_chosen.clear();
    m_pin.clear();
    switch (result.status) {
    case VerifyResult::Status::Accepted:
        m_message = Message::None;
        setState(State::Entering);
        break;
    case VerifyResult::Status::Wrong: {
        const int remaining = SecretGuard::MaxFailures - result.failures;
        if (result.retryAfterMs > 0) {
            m_waitUntilMs = m_clock.nowMs() + result.retryAfterMs;
            setState(State::Waiting);
        } else {
            setState(State::Entering);
        }
        setMessage(remaining <= 2 ? Message::LastTries : Message::Wrong, remaining);
        break;
    }
    case VerifyResult::Status::TooSoon:
        m_waitUntilMs = m_clock.nowMs() + result.retryAfterMs;
        setState(State::Waiting);
        setMessage(Message::Wait);
        break;
    case VerifyResult::Status::Locked:
        m_state = State::Locked;
        setMessage(Message::Locked);
        setState(State::Locked);
        break;
    case VerifyResult::Status::Unknown:
    case VerifyResult::Status::NoSecret:
    case VerifyResult::Status::NewSecretDue:
    case VerifyResult::Status::StoreError:
        m_state = State::Locked;
        setMessage(Message::Problem);
        setState(State::Locked);
        break;
    }
    if (m_message != Message::None)
        speakMessage(messageKey());
}

void SecretScreen::setMessage(Message message, int remaining)
{
    m_message = message;
    m_remaining = remaining;
    retranslateUi();
}

void SecretScreen::setState(State state)
{
    m_state = state;
    if (state == State::Waiting)
        m_waitTimer.start();
    else
        m_waitTimer.stop();
    refresh();
}

void SecretScreen::checkWait()
{
    if (m_state == State::Waiting && m_clock.nowMs() >= m_waitUntilMs) {
        if (m_message == Message::Wait)
            m_message = Message::None;
        setState(State::Entering);
        retranslateUi();
    }
}

void SecretScreen::refresh()
{
    const bool entering = m_state == State::Entering;
    for (int i = 0; i < m_pictures.size(); ++i) {
        QPushButton *b = m_pictures.at(i);
        const int position = static_cast<int>(m_chosen.indexOf(i));
        b->setEnabled(entering);
        // A chosen picture is framed in the accent colour: big, clear feedback.
        ScreenKit::setExtraStyle(b, position >= 0 ? QStringLiteral("QPushButton { border: 6px solid %1; }").arg(theme().accent().name())
                                                  : QString());
    }
    for (int i = 0; i < m_pictureSlots.size(); ++i) {
        QLabel *slot = m_pictureSlots.at(i);
        const bool filled = i < m_chosen.size();
        slot->setStyleSheet(QStringLiteral("QLabel { %1 }").arg(ScreenKit::cardStyle(theme(), i == m_chosen.size() && entering, 12)));
        if (filled)
            slot->setPixmap(PictureSet::pixmap(m_chosen.at(i), slot->width() - 16));
        else
            slot->setText(QString::number(i + 1));
        slot->setFont(theme().font(1.6, true));
        slot->setAccessibleName(filled ? tr("Image %1 : %2").arg(i + 1).arg(PictureSet::name(m_chosen.at(i)))
                                       : tr("Image %1 : pas encore choisie").arg(i + 1));
    }
    for (QPushButton *b : std::as_const(m_digits))
        b->setEnabled(entering);
    m_pinDisplay->setText(m_pin.isEmpty() ? QString() : QString(m_pin.size(), QChar(0x25CF)));
    m_pinDisplay->setAccessibleName(tr("Chiffres tapés : %1").arg(m_pin.size()));
    m_erase->setEnabled(entering && enteredCount() > 0);
    const bool locked = m_state == State::Locked;
    m_erase->setVisible(!locked);
    m_validate->setVisible(m_kind == Secret::Kind::Pin && !locked);
    m_validate->setEnabled(entering && m_pin.size() >= Secret::PinMinDigits);
    m_back->setVisible(!locked);
    m_leave->setVisible(locked);
    m_padsBox->setVisible(!locked);
}

void SecretScreen::retranslateUi()
{
    if (m_state == State::Locked)
        m_title->setText(m_message == Message::Locked ? tr("Compte bloqué") : tr("Impossible de continuer"));
    else if (m_choosing == Choosing::First)
        m_title->setText(m_kind == Secret::Kind::Pin ? tr("Choisissez un nouveau code de 4 à 6 chiffres")
                                                     : tr("Choisissez 3 nouvelles images, dans l'ordre"));
    else if (m_choosing == Choosing::Repeat)
        m_title->setText(m_kind == Secret::Kind::Pin ? tr("Tapez encore une fois le même code")
                                                     : tr("Touchez encore une fois les mêmes 3 images, dans l'ordre"));
    else
        m_title->setText(m_kind == Secret::Kind::Pin ? tr("Tapez votre code secret")
                                                     : tr("Touchez vos 3 images, dans l'ordre"));
    ScreenKit::setText(m_back, tr("Retour"), tr("Revenir à l'écran précédent"));
    ScreenKit::setText(m_leave, tr("Retour à l'accueil"), tr("Revenir à l'écran d'accueil"));
    for (int i = 0; i < m_pictures.size(); ++i) {
        m_pictures.at(i)->setAccessibleName(PictureSet::name(i));
        m_pictures.at(i)->setToolTip(QString());
    }
    ScreenKit::setText(m_erase, tr("Effacer"), tr("Effacer le dernier choix"));
    ScreenKit::setText(m_validate, tr("Valider"), tr("Valider le code secret"));
    ScreenKit::setText(m_listen, tr("Écouter"), tr("Écouter ce qu'il faut faire"));
    // The kind messages are the spoken sentences: shown and heard the same, in the tutor language.
    const bool problem = m_message != Message::None;
    QString text = problem ? LearnerScreen::message(messageKey()) : QString();
    if (m_message == Message::LastTries) {
        text += QLatin1Char(' ')
            + (m_remaining <= 1 ? tr("Prenez votre temps : encore une erreur et le compte sera bloqué.")
                                : tr("Prenez votre temps : encore %1 erreurs et le compte sera bloqué.").arg(m_remaining));
    }
    if (m_state == State::Waiting && (m_message == Message::Wrong || m_message == Message::LastTries))
        text += QLatin1Char(' ') + LearnerScreen::message(SpokenMessages::SecretWait);
    const bool choosing = m_state != State::Locked && m_choosing != Choosing::No && !problem;
    if (choosing && m_mismatch)
        text = tr("Ce n'était pas le même choix. Ce n'est pas grave : choisissez à nouveau, tranquillement.");
    else if (choosing && m_choosing == Choosing::First)
        text = tr("Votre ancien secret a été effacé. Choisissez-en un nouveau, sans le montrer à personne.");
    else if (choosing)
        text = tr("Pour être sûr, faites le même choix une deuxième fois.");
    m_messageLabel->setText(text);
    m_messageLabel->setAccessibleName(text);
    m_messageLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg((problem || (choosing && m_mismatch) ? theme().error() : theme().text()).name()));
    refresh();
}

void SecretScreen::keyPressEvent(QKeyEvent *event)
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
    if (m_kind == Secret::Kind::Pin && text.size() == 1 && text.at(0).digitValue() >= 0) {
        typeDigit(text.at(0).digitValue()); // Arabic-Indic digits count as 0-9
        return;
    }
    LearnerScreen::keyPressEvent(event);
}
