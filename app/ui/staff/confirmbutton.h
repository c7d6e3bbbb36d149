#pragma once

#include <QPushButton>
#include <QTimer>

/// A button for actions that cannot be undone (end a resident's session, quit the kiosk):
/// the first touch arms it ("Touchez encore pour confirmer"), a second touch within ArmedMs
/// emits confirmed(). No modal dialog, so nothing can be left open over the kiosk.
class ConfirmButton : public QPushButton
{
    Q_OBJECT

public:
    static constexpr int ArmedMs = 6000;

    ConfirmButton(const QString &text, const QString &objectName, QWidget *parent = nullptr);

    bool isArmed() const { return m_timer.isActive(); }
    void disarm();

signals:
    void confirmed();

private:
    void onClicked();

    QString m_text;
    QTimer m_timer;
};
