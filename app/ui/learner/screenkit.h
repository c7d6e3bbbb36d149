#pragma once

// Building blocks of the learner screens: one look for titles, large buttons and the speaker
// button, so every screen reads the same way for someone who has never used a computer.

#include "common/theme.h"
#include "media/narrator.h"

#include <QIcon>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ScreenKit {

/// A large tutor-layer button: focusable by keyboard, named for screen readers, at least
/// Theme::minTarget() square, styled by the theme's `tutor` / `primary` rules.
QPushButton *button(const Theme &theme, const QString &objectName, QWidget *parent, bool primary = false,
                    double fontFactor = 1.0);
/// Caption and screen-reader name at once.
void setText(QPushButton *button, const QString &text, const QString &description = {});
/// A key of a keypad or a picture to touch: it grows with the room it has, between `minSide` and
/// `maxSide` pixels, so a keypad fits 1024×768 in the largest text size and fills 1920×1080.
void makeKey(QPushButton *button, QSize minimum, QSize maximum);
/// Adds rules to the button's own style sheet (keeping its disabled look and key shape).
void setExtraStyle(QPushButton *button, const QString &rules);
/// Turns the `primary` look on or off.
void setPrimary(QPushButton *button, bool primary);
/// A title or body label: plain text only (lesson titles come from files), word-wrapped.
QLabel *label(const Theme &theme, const QString &objectName, QWidget *parent, double fontFactor = 1.0,
              bool bold = false);
/// The "listen" button found on every screen: a loudspeaker and the word "Écouter".
QPushButton *speakerButton(const Theme &theme, QWidget *parent);
QIcon speakerIcon(const QColor &color, int size);
/// The style of a panel (a rounded card) in the theme's colours.
QString cardStyle(const Theme &theme, bool highlighted = false, int radius = 16);

} // namespace ScreenKit

/// Base of the learner screens: the tutor language, the narrator, the theme, and runtime
/// retranslation (QEvent::LanguageChange and setLanguage() both call retranslateUi()).
class LearnerScreen : public QWidget
{
    Q_OBJECT

public:
    LearnerScreen(const Theme &theme, Narrator &narrator, QWidget *parent = nullptr);

    QString language() const { return m_language; }
    /// Changes the tutor language (texts from lesson files follow it) and retranslates.
    void setLanguage(const QString &language);
    void setAutoNarration(bool on) { m_autoNarration = on; }
    bool autoNarration() const { return m_autoNarration; }

    /// The key (SpokenMessages) of what the speaker button says on this screen: the narrator
    /// plays its recording, and its text in the tutor language is what is shown when there is none.
    virtual QString instructionKey() const = 0;
    /// That sentence in the tutor language.
    QString spokenInstruction() const;
    /// Speaks the instruction (the speaker button; on arrival when auto narration is on).
    void speakInstruction();

signals:
    /// The learner wants to go back one screen.
    void backRequested();

protected:
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void speak(const QString &text, const QString &part);
    /// Speaks an interface sentence (SpokenMessages key) in the tutor language.
    void speakMessage(const QString &key);
    /// An interface sentence (SpokenMessages key) in the tutor language, to show.
    QString message(const QString &key) const;

    const Theme &theme() const { return m_theme; }
    Narrator &narrator() const { return m_narrator; }

private:
    Theme m_theme;
    Narrator &m_narrator;
    QString m_language = QStringLiteral("fr");
    bool m_autoNarration = true;
    bool m_narrateOnShow = false;

protected:
    /// Set by screens whose instruction is spoken on arrival (the sign-in steps).
    void setNarrateOnShow(bool on) { m_narrateOnShow = on; }
};
