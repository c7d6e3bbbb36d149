#include "tutorwidgets.h"

#include <QPushButton>
#include <QStyle>

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
