#pragma once

#include "screenkit.h"

#include <QList>

class QLabel;
class QPushButton;

/// The learner code of the printed card, typed on a large on-screen keypad (only the
/// unambiguous letters and digits the store uses) or on the physical keyboard.
class CardCodeScreen : public LearnerScreen
{
    Q_OBJECT

public:
    CardCodeScreen(const Theme &theme, Narrator &narrator, QWidget *parent = nullptr);

    QString instructionKey() const override;
    QString code() const { return m_code; }
    void clear();
    /// The code matches no card: a kind message, the code stays to be corrected.
    void showNotFound();
    /// The card is locked: the message says to ask the staff at the desk.
    void showLocked();
    /// Something else went wrong (the store): ask the staff.
    void showProblem();
    QString message() const;

    QPushButton *keyButton(QChar key) const;
    QPushButton *eraseButton() const { return m_erase; }
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *backButton() const { return m_back; }

signals:
    void codeEntered(const QString &code);

protected:
    void retranslateUi() override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void type(QChar key);
    void erase();
    void validate();
    void refresh();
    void setMessage(const QString &text, bool problem);

    QString m_code;
    QLabel *m_title = nullptr;
    QList<QLabel *> m_slots;
    QWidget *m_display = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_keys;
    QPushButton *m_erase = nullptr;
    QPushButton *m_validate = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_listen = nullptr;
    enum class Message { None, NotFound, Locked, Problem } m_messageKind = Message::None;
};
