#include "sessionwipe.h"

#include "idleoverlay.h"
#include "idlewatcher.h"
#include "kioskwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolTip>

void SessionWipe::run(KioskWindow &window, SessionEndReason reason)
{
    window.m_idle->stop();
    window.m_idleOverlay->dismiss();
    window.m_narrator.stop();
    if (window.m_session && window.m_session->isActive())
        window.m_session->end(reason);
    window.m_pendingLearnerId.clear();
    window.m_newSecretFirst.clear();

    closePopups(&window);
    if (window.m_lookPending) {
        window.m_languageChosen = false;
        window.m_language = window.m_settings.tutorLanguage;
        window.applyLook(); // makes the screens afresh in the new look
    } else if (window.m_session) {
        window.destroyScreens();
        window.createScreens();
    }
    clearTextInputs(&window);
    clearClipboard();

    window.m_languageChosen = false;
    window.m_language = window.m_settings.tutorLanguage;
    window.applyLanguage();
    if (window.m_session) {
        window.goTo(KioskWindow::Screen::Welcome);
        emit window.wiped(reason);
    }
}

void SessionWipe::closePopups(const QWidget *keep)
{
    QToolTip::hideText();
    // Popups (menus, combo box lists) first: they grab the input.
    for (int guard = 0; guard < 32; ++guard) {
        QWidget *popup = QApplication::activePopupWidget();
        if (!popup)
            break;
        popup->close();
        if (QApplication::activePopupWidget() == popup)
            popup->hide();
    }
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == keep || !w->isVisible())
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(w)) {
            dialog->reject();      // ends a running exec() too
            dialog->deleteLater(); // and takes its texts with it (after exec() has returned)
        } else if (auto *menu = qobject_cast<QMenu *>(w)) {
            menu->close();
        }
        w->close();
        w->hide();
    }
}

void SessionWipe::clearClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    if (clipboard->supportsFindBuffer())
        clipboard->clear(QClipboard::FindBuffer);
}

void SessionWipe::clearTextInputs(QWidget *root)
{
    if (!root)
        return;
    // setText() also clears the undo/redo history of a line edit.
    const QList<QLineEdit *> lines = root->findChildren<QLineEdit *>();
    for (QLineEdit *line : lines)
        line->setText(QString());
    const QList<QTextEdit *> texts = root->findChildren<QTextEdit *>();
    for (QTextEdit *text : texts) {
        text->clear();
        text->document()->clearUndoRedoStacks();
    }
    const QList<QPlainTextEdit *> plains = root->findChildren<QPlainTextEdit *>();
    for (QPlainTextEdit *plain : plains) {
        plain->clear();
        plain->document()->clearUndoRedoStacks();
    }
}
