#pragma once

#include "common/clock.h"
#include "store/staffrepository.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// The staff PIN pad: choose one's name, type one's PIN (on the pad or the keyboard). Every
/// attempt goes through the store's lockout (SecretGuard): a wrong PIN counts, the pad waits
/// as long as the store asks (growing delays, on the monotonic clock), and after too many
/// failures the account is locked until a colleague unlocks it: that survives a restart.
class PinPad : public QWidget
{
    Q_OBJECT

public:
    PinPad(StaffRepository &staff, const MonotonicClock &clock, QWidget *parent = nullptr);

    /// Reloads the accounts, clears the PIN, the message and any wait.
    void reset();
    /// Preselects an account.
    void selectAccount(const QString &staffId);
    QString selectedAccountId() const;

    QString message() const;
    bool isWaiting() const { return m_waitUntilMs > 0; }

    QComboBox *accountBox() const { return m_accounts; }
    QLineEdit *pinEdit() const { return m_pin; }
    QPushButton *digitButton(int digit) const { return m_digits.value(digit); }
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    /// The PIN is right: `member` may use the staff screens.
    void accepted(const StaffMember &member);
    /// Any refused attempt (wrong, too soon, locked...), for the audit log.
    void refused(const QString &staffId, const VerifyResult &result);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void startWait(qint64 ms);
    void checkWait();
    void refreshButtons();
    void setMessage(const QString &text, bool problem);

    StaffRepository &m_staff;
    const MonotonicClock &m_clock;
    QLabel *m_title = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLabel *m_pinLabel = nullptr;
    QComboBox *m_accounts = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_digits;
    QPushButton *m_erase = nullptr;
    QPushButton *m_validate = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer m_waitTimer;
    qint64 m_waitUntilMs = 0;
    QString m_note; ///< what the last wrong attempt said, kept above the countdown
};
