#include "screenkit.h"

#include "narration/spokenmessages.h"

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
    // A disabled main button must look disabled, not like grey text on the accent colour.
    b->setProperty("baseSheet", QStringLiteral("QPushButton:disabled { background: %1; color: %2; border-color: %2; }")
                                    .arg(theme.highContrast() ? QStringLiteral("#222222") : QStringLiteral("#e4e1da"),
                                         theme.highContrast() ? QStringLiteral("#9a9a9a") : QStringLiteral("#6b6b6b")));
    setExtraStyle(b, {});
    return b;
}

void setExtraStyle(QPushButton *button, const QString &rules)
{
    button->setStyleSheet(button->property("baseSheet").toString() + button->property("keyRules").toString() + rules);
}

void makeKey(QPushButton *button, QSize minimum, QSize maximum)
{
    // Keys replace the theme's minimum width and padding (made for captions) by their own range.
    // Style sheet sizes count without the border: 2 px, 6 px around a chosen picture.
    constexpr int Border = 2;
    constexpr int ThickBorder = 6;
    button->setProperty("keyRules", QStringLiteral("QPushButton { min-width: %1px; min-height: %2px; max-width: %3px;"
                                                   " max-height: %4px; padding: 0px; }")
                                        .arg(minimum.width() - 2 * Border)
                                        .arg(minimum.height() - 2 * Border)
                                        .arg(maximum.width() - 2 * ThickBorder)
                                        .arg(maximum.height() - 2 * ThickBorder));
    setExtraStyle(button, {});
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
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

QString LearnerScreen::spokenInstruction() const
{
    return message(instructionKey());
}

void LearnerScreen::speakInstruction()
{
    speakMessage(instructionKey());
}

QString LearnerScreen::message(const QString &key) const
{
    return SpokenMessages::text(key, m_language);
}

void LearnerScreen::speakMessage(const QString &key)
{
    speak(message(key), key);
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
