#include "tutorwidgets.h"

#include <algorithm>

#include <QPainter>
#include <QPushButton>
#include <QStyle>

ElidedLabel::ElidedLabel(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setText(const QString &text)
{
    m_text = text;
    setToolTip(text);
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(m_text), fm.height());
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(std::min(fm.horizontalAdvance(m_text), fm.horizontalAdvance(QStringLiteral("Mmmm…"))), fm.height());
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm(font());
    const QString shown = fm.elidedText(m_text, layoutDirection() == Qt::RightToLeft ? Qt::ElideLeft : Qt::ElideRight,
                                        width());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(rect(), int(Qt::AlignVCenter | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft)),
               shown);
}

QPushButton *makeTutorButton(const Theme &theme, const QString &objectName, QWidget *parent, bool primary)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setProperty("tutor", true);
    button->setProperty("primary", primary);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAutoDefault(false);
    button->setMinimumSize(theme.minTarget(), theme.minTarget());
    button->setFont(theme.font(1.0, true));
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

void setTutorButtonText(QPushButton *button, const QString &text, const QString &description)
{
    button->setText(text);
    button->setAccessibleName(text);
    button->setAccessibleDescription(description);
}

void setPrimary(QPushButton *button, bool primary)
{
    if (button->property("primary").toBool() == primary)
        return;
    button->setProperty("primary", primary);
    button->style()->unpolish(button);
    button->style()->polish(button);
    button->update();
}
