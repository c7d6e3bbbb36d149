#pragma once

#include "common/clock.h"
#include "screenkit.h"
#include "store/secretguard.h"
#include "store/secrethasher.h"

#include <QList>
#include <QTimer>

class QLabel;
class QPushButton;
class QStackedLayout;

/// The learner's secret, whichever they have: a picture password (touch 3 of 12 pictures, in
/// order) or a PIN of 4 to 6 digits on a large pad. Answers kindly to a wrong secret, makes the
/// learner wait when the store asks for it, and says to ask the staff when the account is locked.
class SecretScreen : public LearnerScreen
{
    Q_OBJECT

public:
    SecretScreen(const Theme &theme, Narrator &narrator, const MonotonicClock &clock, QWidget *parent = nullptr);

    /// Prepares the screen for a learner's kind of secret (clears anything entered).
    void setKind(Secret::Kind kind);
    /// Staff reset the learner's secret: the same pads ask for a new one, then once more to confirm.
    void setChoosing(Secret::Kind kind);
    /// The new secret was entered once: asks for it again.
    void askRepeat();
    /// The repeat differed: starts the choice again, kindly.
    void showMismatch();
    bool isChoosing() const { return m_choosing != Choosing::No; }
    bool isRepeating() const { return m_choosing == Choosing::Repeat; }
    Secret::Kind kind() const { return m_kind; }
    /// Shows what the store answered: kind message, wait, or lockout.
    void showResult(const VerifyResult &result);
    void clear();

    QString instructionKey() const override;
    QString message() const;
    bool isLocked() const { return m_state == State::Locked; }
    bool isWaiting() const { return m_state == State::Waiting; }

    QPushButton *pictureButton(int index) const { return m_pictures.value(index); }
    QPushButton *digitButton(int digit) const { return m_digits.value(digit); }
    QPushButton *eraseButton() const { return m_erase; }
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *backButton() const { return m_back; }
    /// Shown instead of the pads when the account is locked.
    QPushButton *leaveButton() const { return m_leave; }
    /// Pictures chosen so far, or digits typed so far (for the display).
    int enteredCount() const;

signals:
    void secretEntered(const Secret &secret);
    /// Locked: the learner leaves (back to the welcome screen).
    void leaveRequested();

protected:
    void retranslateUi() override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class State { Entering, Waiting, Locked };
    enum class Choosing { No, First, Repeat };
    enum class Message { None, Wrong, LastTries, Wait, Locked, Problem };

    void loadPictures();
    QString messageKey() const;
    void choosePicture(int index);
    void typeDigit(int digit);
    void erase();
    void validate();
    void refresh();
    void setState(State state);
    void setMessage(Message message, int remaining = 0);
    void checkWait();

    const MonotonicClock &m_clock;
    Secret::Kind m_kind = Secret::Kind::Pictures;
    State m_state = State::Entering;
    Choosing m_choosing = Choosing::No;
    bool m_mismatch = false;
    Message m_message = Message::None;
    int m_remaining = 0;
    qint64 m_waitUntilMs = 0;
    QTimer m_waitTimer;

    bool m_picturesLoaded = false;
    QList<int> m_chosen;
    QString m_pin;

    QLabel *m_title = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_padsBox = nullptr;
    QStackedLayout *m_pads = nullptr;
    QWidget *m_picturePad = nullptr;
    QWidget *m_pinPad = nullptr;
    QList<QLabel *> m_pictureSlots;
    QLabel *m_pinDisplay = nullptr;
    QList<QPushButton *> m_pictures;
    QList<QPushButton *> m_digits;
    QPushButton *m_erase = nullptr;
    QPushButton *m_validate = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_leave = nullptr;
    QPushButton *m_listen = nullptr;
};
