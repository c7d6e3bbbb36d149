#include "pinpad.h"

#include "staffwidgets.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int DigitSize = 64;
}

PinPad::PinPad(StaffRepository &staff, const MonotonicClock &clock, QWidget *parent)
    : QWidget(parent), m_staff(staff), m_clock(clock)
{
    setObjectName(QStringLiteral("staffPinPad"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *column = new QWidget(this);
    column->setMaximumWidth(460);
    auto *layout = new QVBoxLayout(column);
    m_title = StaffWidgets::title(QString(), QStringLiteral("pinTitle"), column);
    layout->addWidget(m_title);

    m_whoLabel = new QLabel(column);
    layout->addWidget(m_whoLabel);
    m_accounts = new QComboBox(column);
    m_accounts->setObjectName(QStringLiteral("pinAccount"));
    m_accounts->setMinimumHeight(StaffWidgets::MinTarget);
    layout->addWidget(m_accounts);

    m_pinLabel = new QLabel(column);
    layout->addWidget(m_pinLabel);
    m_pin = StaffWidgets::pinEdit(QStringLiteral("pinEdit"), column);
    connect(m_pin, &QLineEdit::returnPressed, this, &PinPad::validate);
    connect(m_pin, &QLineEdit::textChanged, this, &PinPad::refreshButtons);
    layout->addWidget(m_pin);

    auto *grid = new QGridLayout;
    for (int digit = 0; digit <= 9; ++digit) {
        auto *b = StaffWidgets::button(QString::number(digit), QStringLiteral("pinDigit%1").arg(digit), column);
        b->setMinimumSize(DigitSize, DigitSize);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, digit] {
            if (m_pin->text().size() < Secret::PinMaxDigits)
                m_pin->setText(m_pin->text() + QString::number(digit));
        });
        m_digits.append(b);
    }
    for (int digit = 1; digit <= 9; ++digit)
        grid->addWidget(m_digits.at(digit), (digit - 1) / 3, (digit - 1) % 3);
    m_erase = StaffWidgets::button(QString(), QStringLiteral("pinErase"), column);
    m_erase->setMinimumHeight(DigitSize);
    m_erase->setFocusPolicy(Qt::NoFocus);
    connect(m_erase, &QPushButton::clicked, this, [this] { m_pin->setText(m_pin->text().chopped(qMin<qsizetype>(1, m_pin->text().size()))); });
    grid->addWidget(m_erase, 3, 0);
    grid->addWidget(m_digits.at(0), 3, 1);
    m_validate = StaffWidgets::button(QString(), QStringLiteral("pinValidate"), column, true);
    m_validate->setMinimumHeight(DigitSize);
    connect(m_validate, &QPushButton::clicked, this, &PinPad::validate);
    grid->addWidget(m_validate, 3, 2);
    layout->addLayout(grid);

    m_message = StaffWidgets::message(QStringLiteral("pinMessage"), column);
    layout->addWidget(m_message);

    m_cancel = StaffWidgets::button(QString(), QStringLiteral("pinCancel"), column);
    connect(m_cancel, &QPushButton::clicked, this, &PinPad::cancelled);
    layout->addWidget(m_cancel);

    auto *center = new QHBoxLayout;
    center->addStretch();
    center->addWidget(column);
    center->addStretch();
    outer->addLayout(center);
    outer->addStretch();

    retranslateUi();
    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &PinPad::checkWait);
    connect(m_accounts, &QComboBox::currentIndexChanged, this, [this] {
        m_pin->setText(QString());
        setMessage(QString(), false);
    });
    reset();
}

void PinPad::reset()
{
    const QString previous = selectedAccountId();
    m_accounts->blockSignals(true);
    m_accounts->clear();
    const QList<StaffMember> accounts = m_staff.list();
    for (const StaffMember &member : accounts) {
        const QString role = member.role == StaffRole::Mediator ? tr("médiation") : tr("accueil");
        m_accounts->addItem(QStringLiteral("%1 (%2)").arg(member.name, role), member.id);
    }
    const int index = m_accounts->findData(previous);
    m_accounts->setCurrentIndex(index >= 0 ? index : 0);
    m_accounts->blockSignals(false);
    m_pin->setText(QString());
    m_waitUntilMs = 0;
    m_waitTimer.stop();
    m_note.clear();
    setMessage(QString(), false);
    refreshButtons();
}

void PinPad::selectAccount(const QString &staffId)
{
    const int index = m_accounts->findData(staffId);
    if (index >= 0)
        m_accounts->setCurrentIndex(index);
}

QString PinPad::selectedAccountId() const
{
    return m_accounts->currentData().toString();
}

QString PinPad::message() const
{
    return m_message->text();
}

void PinPad::setMessage(const QString &text, bool problem)
{
    StaffWidgets::setMessage(m_message, text, problem);
}

void PinPad::refreshButtons()
{
    const bool waiting = m_waitUntilMs > 0;
    m_validate->setEnabled(!waiting && !m_pin->text().isEmpty() && m_accounts->count() > 0);
    for (QPushButton *digit : std::as_const(m_digits))
        digit->setEnabled(!waiting);
}

void PinPad::validate()
{
    if (m_waitUntilMs > 0 || m_accounts->count() == 0)
        return;
    const QString id = selectedAccountId();
    const Secret pin = Secret::pin(m_pin->text());
    m_pin->setText(QString()); // never left on screen, right or wrong
    if (!pin.isValid()) {
        // Not a possible PIN: not worth an attempt (nothing is counted, nothing can match).
        setMessage(tr("Le code a de 4 à 6 chiffres."), true);
        return;
    }
    const VerifyResult result = m_staff.verifyPin(id, pin);
    switch (result.status) {
    case VerifyResult::Status::Accepted: {
        const std::optional<StaffMember> member = m_staff.find(id);
        if (member) {
            setMessage(QString(), false);
            emit accepted(*member);
            return;
        }
        setMessage(tr("Ce compte n'existe plus."), true);
        break;
    }
    case VerifyResult::Status::Wrong: {
        const int left = SecretGuard::MaxFailures - result.failures;
        m_note = tr("Code incorrect. Encore %n essai(s) avant le blocage du compte.", nullptr, left);
        setMessage(m_note, true);
        if (result.retryAfterMs > 0)
            startWait(result.retryAfterMs);
        break;
    }
    case VerifyResult::Status::TooSoon:
        m_note.clear();
        startWait(result.retryAfterMs);
        break;
    case VerifyResult::Status::Locked:
        setMessage(tr("Ce compte est bloqué après trop d'essais. Un ou une collègue peut le débloquer "
                      "depuis son panneau (Apprenants et équipe)."),
                   true);
        break;
    case VerifyResult::Status::Unknown:
        setMessage(tr("Ce compte n'existe plus."), true);
        reset();
        break;
    case VerifyResult::Status::NoSecret:
    case VerifyResult::Status::NewSecretDue:
        setMessage(tr("Ce compte n'a pas de code utilisable. Un médiateur doit lui en donner un."), true);
        break;
    case VerifyResult::Status::StoreError:
        setMessage(tr("La vérification est impossible : la base de données ne répond pas."), true);
        break;
    }
    emit refused(id, result);
}

void PinPad::startWait(qint64 ms)
{
    m_waitUntilMs = m_clock.nowMs() + qMax<qint64>(ms, 1);
    m_waitTimer.start();
    checkWait();
}

void PinPad::checkWait()
{
    if (m_waitUntilMs <= 0)
        return;
    const qint64 left = m_waitUntilMs - m_clock.nowMs();
    if (left <= 0) {
        m_waitUntilMs = 0;
        m_waitTimer.stop();
        m_note.clear();
        setMessage(tr("Vous pouvez réessayer."), false);
    } else {
        const int seconds = static_cast<int>((left + 999) / 1000);
        const QString wait = tr("Patientez %n seconde(s) avant de réessayer.", nullptr, seconds);
        setMessage(m_note.isEmpty() ? wait : m_note + QLatin1Char(' ') + wait, true);
    }
    refreshButtons();
}

void PinPad::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PinPad::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_pin->setFocus(Qt::OtherFocusReason);
}

void PinPad::changeEvent(QEvent *event)
{
    // The staff area is shown in French whatever the tutor language (KioskWindow::setStaffAreaShown):
    // the pad, built at start in the language of the moment, follows the switch.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PinPad::retranslateUi()
{
    m_title->setText(tr("Accès réservé au personnel"));
    m_whoLabel->setText(tr("Qui êtes-vous ?"));
    m_pinLabel->setText(tr("Code personnel :"));
    m_erase->setText(tr("Effacer"));
    m_validate->setText(tr("Valider"));
    m_cancel->setText(tr("Annuler"));
}
