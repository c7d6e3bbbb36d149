#pragma once

#include "store/learnerrepository.h"

#include <QWidget>

#include <optional>

class ConfirmButton;
class MediatorContext;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class SecretChooser;

/// Learners: the list (with their groups, lockout, lessons done, last activity), and a form to
/// create one (name, avatar, tutor language, a secret the learner chooses; the app generates the
/// card code), edit or archive one, and print their card as a PDF.
class LearnersTab : public QWidget
{
    Q_OBJECT

public:
    explicit LearnersTab(MediatorContext &context, QWidget *parent = nullptr);

    void refresh();
    /// Empties the form for a new learner.
    void startNew();
    bool selectLearner(const QString &learnerId);
    QString selectedLearnerId() const;
    /// The learner created last by this tab (with their new card code).
    std::optional<Learner> lastCreated() const { return m_lastCreated; }
    /// The last PDF written.
    QString lastDocument() const { return m_lastDocument; }
    QString message() const;

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *avatarBox() const { return m_avatar; }
    QComboBox *languageBox() const { return m_language; }
    SecretChooser *secretChooser() const { return m_chooser; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    ConfirmButton *archiveButton() const { return m_archive; }
    QPushButton *cardButton() const { return m_card; }

signals:
    /// Learners were added, changed or archived (other tabs refresh).
    void learnersChanged();

private:
    void save();
    void archive();
    void printCard();
    void fillForm(const QString &learnerId);
    void setMessage(const QString &text, bool problem);

    MediatorContext &m_context;
    QTableWidget *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_avatar = nullptr;
    QComboBox *m_language = nullptr;
    QWidget *m_secretBox = nullptr;
    SecretChooser *m_chooser = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    ConfirmButton *m_archive = nullptr;
    QPushButton *m_card = nullptr;
    QLabel *m_message = nullptr;
    QString m_editingId; ///< empty while creating
    std::optional<Learner> m_lastCreated;
    QString m_lastDocument;
};
