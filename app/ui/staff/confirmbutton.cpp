#include "confirmbutton.h"

#include "staffwidgets.h"

ConfirmButton::ConfirmButton(const QString &text, const QString &objectName, QWidget *parent)
    : QPushButton(text, parent), m_text(text)
{
    setObjectName(objectName);
    setMinimumHeight(StaffWidgets::MinTarget);
    setAutoDefault(false);
    setAccessibleName(text);
    m_timer.setSingleShot(true);
    m_timer.setInterval(ArmedMs);
    connect(&m_timer, &QTimer::timeout, this, &ConfirmButton::disarm);
    connect(this, &QPushButton::clicked, this, &ConfirmButton::onClicked);
}

void ConfirmButton::disarm()
{
    m_timer.stop();
    setText(m_text);
    setStyleSheet(QString());
}

void ConfirmButton::onClicked()
{
    if (!m_timer.isActive()) {
        m_timer.start();
        setText(tr("%1 — touchez encore pour confirmer").arg(m_text));
        setStyleSheet(QStringLiteral("background: #b34a00; color: white; font-weight: bold;"));
        return;
    }
    disarm();
    emit confirmed();
}
