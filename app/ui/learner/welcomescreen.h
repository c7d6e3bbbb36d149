#pragma once

#include "screenkit.h"

#include <QList>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPushButton;

/// The first screen: a large "Commencer", the tutor languages in their own names, and a
/// speaker button that says what to do. Nothing to type.
class WelcomeScreen : public LearnerScreen
{
    Q_OBJECT

public:
    /// Languages offered, with their names in themselves.
    struct LanguageChoice
    {
        QString code;
        QString name;
    };
    static QList<LanguageChoice> languages();
    /// The language buttons, in this order (the kiosk passes the LanguageManager's languages).
    void setLanguages(const QList<LanguageChoice> &choices);

    WelcomeScreen(const Theme &theme, Narrator &narrator, QWidget *parent = nullptr);

    QString instructionKey() const override;
    QPushButton *startButton() const { return m_start; }
    QPushButton *languageButton(const QString &code) const;
    QPushButton *listenButton() const { return m_listen; }

signals:
    void startRequested();
    void languageChosen(const QString &code);
    /// Emitted once, after the screen's first frame was painted (for --measure-startup).
    void firstFramePainted();

protected:
    void retranslateUi() override;
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_languageTitle = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_listen = nullptr;
    QList<QPushButton *> m_languageButtons;
    QHBoxLayout *m_languageRow = nullptr;
    QButtonGroup *m_languageGroup = nullptr;
    bool m_painted = false;
};
