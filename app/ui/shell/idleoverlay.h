#pragma once

#include "common/theme.h"
#include "media/narrator.h"

#include <QWidget>

class QLabel;
class QPushButton;

/// "Are you still there?": a large warning over the whole window with a spoken countdown and
/// one big "Je suis là" button. It only shows and speaks; IdleWatcher decides when.
class IdleOverlay : public QWidget
{
    Q_OBJECT

public:
    IdleOverlay(const Theme &theme, Narrator &narrator, QWidget *overlayParent);

    void setLanguage(const QString &language) { m_language = language; }
    /// Shows the warning with `seconds` left and says it.
    void open(int seconds);
    /// Updates the countdown; says the number at 20, 10, and each of the last 5 seconds.
    void setSecondsLeft(int seconds);
    /// Hides the warning (someone is there, or the session ended).
    void dismiss();

    int secondsLeft() const { return m_seconds; }
    QPushButton *stillHereButton() const { return m_stillHere; }
    /// What the warning says about the time left, e.g. "26 secondes avant la fin de la séance…".
    QString countdownText() const;

signals:
    void stillHere();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void say(const QString &text, const QString &part);

    Theme m_theme;
    Narrator &m_narrator;
    QString m_language = QStringLiteral("fr");
    int m_seconds = 0;
    QWidget *m_panel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_secondsLabel = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_stillHere = nullptr;
};
