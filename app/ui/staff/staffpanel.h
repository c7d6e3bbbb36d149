#pragma once

#include "session/kiosksettings.h"
#include "staffservices.h"
#include "store/staffrepository.h"

#include <QWidget>

class ConfirmButton;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class SecretChooser;
class SettingsEditor;

/// The staff panel, for staff and mediators after their PIN: terminal status (lessons loaded and
/// broken ones with their reasons, database size and last backup, free disk space, audio,
/// version, terminal id), end the session now, reset the terminal, unlock a learner or a
/// colleague, give a learner a new secret, the terminal settings, back up now, leave kiosk mode,
/// and the audit log. Every action is written to the audit log with the member's id.
///
/// Terminal-wide actions are requested with signals (the shell performs them); everything else
/// is done here through the store.
class StaffPanel : public QWidget
{
    Q_OBJECT

public:
    StaffPanel(StaffServices services, const StaffMember &actor, QWidget *parent = nullptr);

    const StaffMember &actor() const { return m_actor; }

    /// Re-reads the status, the learners and the journal.
    void refresh();
    /// The status as shown (plain text).
    QString statusText() const;
    /// The last message of the panel's actions.
    QString message() const;

    QTabWidget *tabs() const { return m_tabs; }
    ConfirmButton *endSessionButton() const { return m_endSession; }
    ConfirmButton *resetTerminalButton() const { return m_resetTerminal; }
    ConfirmButton *leaveKioskButton() const { return m_leaveKiosk; }
    QPushButton *backupButton() const { return m_backup; }
    QPushButton *dashboardButton() const { return m_dashboard; }
    QPushButton *closeButton() const { return m_close; }
    QListWidget *brokenLessonList() const { return m_broken; }
    QLineEdit *learnerSearch() const { return m_search; }
    QListWidget *learnerList() const { return m_learners; }
    QPushButton *unlockLearnerButton() const { return m_unlockLearner; }
    QPushButton *newSecretButton() const { return m_newSecret; }
    /// The learner will choose a new secret at the next sign-in (tracker issue 7).
    QPushButton *requireSecretButton() const { return m_requireSecret; }
    SecretChooser *secretChooser() const { return m_chooser; }
    QPushButton *saveSecretButton() const { return m_saveSecret; }
    QListWidget *colleagueList() const { return m_colleagues; }
    QPushButton *unlockColleagueButton() const { return m_unlockColleague; }
    SettingsEditor *settingsEditor() const { return m_settingsEditor; }
    QTableWidget *journal() const { return m_journal; }

    /// Selects the learner with this card code or id in the list (for tests and the search).
    bool selectLearner(const QString &idOrCode);

signals:
    void endSessionRequested();
    void resetTerminalRequested();
    void leaveKioskRequested();
    void mediatorDashboardRequested();
    void settingsChanged(const KioskSettings &settings);
    /// "Fermer et verrouiller": back to the kiosk, the PIN needed again.
    void closed();

private:
    QWidget *buildTerminalPage();
    QWidget *buildPeoplePage();
    QWidget *buildJournalPage();
    void refreshStatus();
    void refreshLearners();
    void refreshColleagues();
    void refreshJournal();
    void updateLearnerButtons();
    void backUpNow();
    void unlockLearner();
    void saveSecret();
    void requireNewSecret();
    void unlockColleague();
    void saveSettings(const KioskSettings &settings);
    void audit(const QString &action, const QString &target = {}, const QString &detail = {});
    void setMessage(const QString &text, bool problem);
    QString selectedLearnerId() const;

    StaffServices m_services;
    StaffMember m_actor;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_broken = nullptr;
    ConfirmButton *m_endSession = nullptr;
    ConfirmButton *m_resetTerminal = nullptr;
    ConfirmButton *m_leaveKiosk = nullptr;
    QPushButton *m_backup = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_dashboard = nullptr;
    QPushButton *m_close = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_learners = nullptr;
    QPushButton *m_unlockLearner = nullptr;
    QPushButton *m_newSecret = nullptr;
    QPushButton *m_requireSecret = nullptr;
    QWidget *m_secretBox = nullptr;
    SecretChooser *m_chooser = nullptr;
    QPushButton *m_saveSecret = nullptr;
    QListWidget *m_colleagues = nullptr;
    QPushButton *m_unlockColleague = nullptr;
    SettingsEditor *m_settingsEditor = nullptr;
    QTableWidget *m_journal = nullptr;
};
