#pragma once

#include "store/secrethasher.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

/// Where a learner, sitting next to the mediator or the staff member, chooses a new secret:
/// three pictures in order, or a PIN typed twice. Nothing chosen is ever shown in clear
/// afterwards; clear() forgets it.
class SecretChooser : public QWidget
{
    Q_OBJECT

public:
    explicit SecretChooser(QWidget *parent = nullptr);

    /// The secret chosen, or std::nullopt with a French `problem` to show.
    std::optional<Secret> secret(QString *problem = nullptr) const;
    void clear();

    QRadioButton *picturesChoice() const { return m_picturesChoice; }
    QRadioButton *pinChoice() const { return m_pinChoice; }
    QPushButton *pictureButton(int index) const { return m_pictures.value(index); }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *pinAgainEdit() const { return m_pinAgain; }
    QList<int> chosenPictures() const { return m_chosen; }

signals:
    void changed();

private:
    void choose(int index);
    void refresh();

    QRadioButton *m_picturesChoice = nullptr;
    QRadioButton *m_pinChoice = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<QPushButton *> m_pictures;
    QLabel *m_chosenLabel = nullptr;
    QPushButton *m_restart = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QList<int> m_chosen;
};
