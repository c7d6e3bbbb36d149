#pragma once

#include "store/staffrepository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

/// First run: no staff account exists yet, so the hidden gesture opens this instead of the PIN
/// pad. It creates the first account, a mediator (who can then create the others). There is
/// no default PIN. The store refuses a second "first" account, so this screen cannot be used to
/// take over a terminal once set up.
class FirstRunSetup : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunSetup(StaffRepository &staff, QWidget *parent = nullptr);

    void clear();
    QString message() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *pinAgainEdit() const { return m_pinAgain; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void accountCreated(const StaffMember &member);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void create();

    StaffRepository &m_staff;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLabel *m_pinAgainLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
};
