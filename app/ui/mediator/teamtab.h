#pragma once

#include <QWidget>

class ConfirmButton;
class MediatorContext;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Secret;

/// The team: staff and mediator accounts. A mediator adds an account (name, role, PIN given by
/// its owner), gives an account a new PIN, unlocks or archives it. A mediator cannot archive
/// their own account (the store refuses), so the terminal always keeps one.
class TeamTab : public QWidget
{
    Q_OBJECT

public:
    explicit TeamTab(MediatorContext &context, QWidget *parent = nullptr);

    void refresh();
    bool selectAccount(const QString &staffId);
    QString message() const;

    QListWidget *accountList() const { return m_accounts; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *pinAgainEdit() const { return m_pinAgain; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *setPinButton() const { return m_setPin; }
    QPushButton *unlockButton() const { return m_unlock; }
    ConfirmButton *archiveButton() const { return m_archive; }

private:
    QString selectedId() const;
    bool readPin(Secret *pin);
    void add();
    void setPin();
    void unlock();
    void archive();
    void setMessage(const QString &text, bool problem);

    MediatorContext &m_context;
    QListWidget *m_accounts = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_setPin = nullptr;
    QPushButton *m_unlock = nullptr;
    ConfirmButton *m_archive = nullptr;
    QLabel *m_message = nullptr;
};
