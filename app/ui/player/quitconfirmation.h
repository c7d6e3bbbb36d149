#pragma once

#include "common/theme.h"

#include <QWidget>

class QLabel;
class QPushButton;

/// "Do you want to leave the lesson?" drawn inside the window (no native dialog, which a kiosk
/// compositor may place anywhere): a dimmed cover with two large buttons. Escape means "no".
class QuitConfirmation : public QWidget
{
    Q_OBJECT

public:
    /// Covers `overlayParent` and follows its size. Hidden until open().
    QuitConfirmation(const Theme &theme, QWidget *overlayParent);

    void open();
    /// Closes without answering (e.g. the lesson ended meanwhile).
    void dismiss();

signals:
    void confirmed();
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Theme m_theme;
    QLabel *m_question = nullptr;
    QPushButton *m_yes = nullptr;
    QPushButton *m_no = nullptr;
};
