#pragma once

#include "common/theme.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

/// The calm "out of order, please call the staff" screen: shown when the database cannot be
/// used (read-only, disk full, damaged, too new). No button for residents: nothing they can do
/// breaks anything. A line in small print tells staff what is wrong.
///
/// The hidden staff gesture (KioskWindow) shows what staff can do without the database, made
/// only then: "Réessayer maintenant" (the store is tried again at once; or, when it never opened,
/// Passerelle restarts and opens it anew) and, when the staff screens can open, "Espace
/// personnel" (the PIN pad). Without them a line says why: the staff PINs live in the database.
class OutOfOrderScreen : public QWidget
{
    Q_OBJECT

public:
    /// What "Réessayer" does: the store is tried again here, or Passerelle restarts.
    enum class Retry { TryStore, Restart };

    explicit OutOfOrderScreen(const Theme &theme, QWidget *parent = nullptr);

    /// What staff read (e.g. the database's error message). Plain text.
    void setDetail(const QString &detail);
    QString detail() const { return m_detailText; }

    void setRetry(Retry retry);
    /// Whether "Espace personnel" is offered (the staff screens exist: the store was open).
    void setStaffAccessAvailable(bool available);

    /// The staff actions, made on first use; hideStaffActions() removes them again.
    void showStaffActions();
    void hideStaffActions();
    bool staffActionsShown() const { return m_staff != nullptr; }
    /// The answer to a try: still failing (shown to staff) or not.
    void showRetryResult(bool writable);

    // The parts, for tests: null while the staff actions are not shown.
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *staffButton() const { return m_staffButton; }
    QLabel *staffMessage() const { return m_staffMessage; }

signals:
    void retryRequested();
    void staffRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void fitMargins();

    Theme m_theme;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_detail = nullptr;
    QString m_detailText;
    Retry m_retryKind = Retry::TryStore;
    bool m_staffAccess = false;
    bool m_stillFailing = false;
    QPointer<QWidget> m_staff;
    QPushButton *m_retry = nullptr;
    QPushButton *m_staffButton = nullptr;
    QLabel *m_staffHelp = nullptr;
    QLabel *m_staffMessage = nullptr;
};
