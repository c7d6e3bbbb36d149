#pragma once

#include "screenkit.h"

class QBoxLayout;
class QLabel;
class QPushButton;

/// "Who are you?": discover without an account (a guest: nothing personal kept) or
/// "I have my card" (sign in with the learner code and the secret).
class WhoAreYouScreen : public LearnerScreen
{
    Q_OBJECT

public:
    WhoAreYouScreen(const Theme &theme, Narrator &narrator, QWidget *parent = nullptr);

    QString instructionKey() const override;
    QPushButton *guestButton() const { return m_guest; }
    QPushButton *cardButton() const { return m_card; }
    QPushButton *backButton() const { return m_back; }

signals:
    void guestChosen();
    void cardChosen();

protected:
    void retranslateUi() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QPushButton *m_guest = nullptr;
    QLabel *m_guestNote = nullptr;
    QPushButton *m_card = nullptr;
    QLabel *m_cardNote = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_listen = nullptr;
    QBoxLayout *m_choices = nullptr;
};
