#include "screenkit.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>

namespace ScreenKit {

QPushButton *button(const Theme &theme, const QString &objectName, QWidget *parent, bool primary, double fontFactor)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setProperty("tutor", true);
    b->setProperty("primary", primary);
    b->setFocusPolicy(Qt::StrongFocus);
    b->setAutoDefault(false);
    b->setMinimumSize(theme.minTarget(), theme.minTarget());
    b->setFont(theme.font(fontFactor, true));
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

void setText(QPushButton *button, const QString &text, const QString &description)
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

QLabel *label(const Theme &theme, const QString &objectName, QWidget *parent, double fontFactor, bool bold)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setFont(theme.font(fontFactor, bold));
    return l;
}

QIcon speakerIcon(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const double s = size / 24.0;
    QPainterPath body;
    body.moveTo(3 * s, 9 * s);
    body.lineTo(7 * s, 9 * s);
    body.lineTo(12 * s, 4 * s);
    body.lineTo(12 * s, 20 * s);
    body.lineTo(7 * s, 15 * s);
    body.lineTo(3 * s, 15 * s);
    body.closeSubpath();
    p.fillPath(body, color);
    QPen pen(color, 2 * s, Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.drawArc(QRectF(10 * s, 8 * s, 6 * s, 8 * s), -60 * 16, 120 * 16);
    p.drawArc(QRectF(10 * s, 4 * s, 10 * s, 16 * s), -60 * 16, 120 * 16);
    return QIcon(pixmap);
}

QPushButton *speakerButton(const Theme &theme, QWidget *parent)
{
    QPushButton *b = button(theme, QStringLiteral("speakerButton"), parent, false, 1.0);
    const int iconSize = theme.scaled(1.4);
    b->setIcon(speakerIcon(theme.text(), iconSize * 2));
    b->setIconSize(QSize(iconSize, iconSize));
    return b;
}

QString cardStyle(const Theme &theme, bool highlighted, int radius)
{
    const QColor border = highlighted ? theme.accent() : (theme.highContrast() ? QColor(Qt::white) : QColor(0xC9, 0xC4, 0xB8));
    const QColor back = theme.highContrast() ? QColor(Qt::black) : QColor(Qt::white);
    return QStringLiteral("background: %1; border: %2px solid %3; border-radius: %4px;")
        .arg(back.name())
        .arg(highlighted ? 4 : 2)
        .arg(border.name())
        .arg(radius);
}

} // namespace ScreenKit

LearnerScreen::LearnerScreen(const Theme &theme, Narrator &narrator, QWidget *parent)
    : QWidget(parent), m_theme(theme), m_narrator(narrator)
{
}

void LearnerScreen::setLanguage(const QString &language)
{
    m_language = language.isEmpty() ? QStringLiteral("fr") : language;
    retranslateUi();
}

void LearnerScreen::speakInstruction()
{
    speak(spokenInstruction(), QStringLiteral("screen:%1").arg(objectName()));
}

void LearnerScreen::speak(const QString &text, const QString &part)
{
    if (text.isEmpty())
        return;
    NarrationRequest request;
    request.text = text;
    request.language = m_language;
    request.part = part;
    m_narrator.speak(request);
}

void LearnerScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LearnerScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_narrateOnShow && m_autoNarration)
        speakInstruction();
}
