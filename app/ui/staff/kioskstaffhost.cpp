#include "kioskstaffhost.h"

#include "lessons/catalogue.h"
#include "media/narrator.h"
#include "shell/kioskwindow.h"
#include "staffaccess.h"
#include "staffentry.h"
#include "store/database.h"
#include "store/sessionrepository.h"

#include <QCoreApplication>

KioskStaffHost::KioskStaffHost(KioskWindow &window, Database &db, Narrator &narrator, QString lessonsDir,
                               QObject *parent)
    : QObject(parent), m_window(window), m_db(db), m_narrator(narrator), m_lessonsDir(std::move(lessonsDir))
{
}

void KioskStaffHost::attach(StaffAccess &access)
{
    connect(&m_window, &KioskWindow::wiped, &access, &StaffAccess::lock);
    // Out of order, the window answers the gesture (its staff actions); "Espace personnel" there
    // opens the PIN pad, which only reads the store, so staff get in even with a full disk.
    m_window.setStaffAccessAvailable(true);
    connect(&m_window, &KioskWindow::staffAccessRequested, &access, &StaffAccess::open);
    const auto pauseGesture = [this, &access] {
        access.entry()->setPaused(m_window.currentScreen() == KioskWindow::Screen::OutOfOrder);
    };
    connect(&m_window, &KioskWindow::screenChanged, &access, pauseGesture);
    pauseGesture();
}

QWidget *KioskStaffHost::overlayParent()
{
    return &m_window;
}

void KioskStaffHost::endSession()
{
    m_window.endSession(SessionEndReason::StaffReset);
}

void KioskStaffHost::resetTerminal()
{
    m_window.endSession(SessionEndReason::StaffReset);
    if (m_db.isReady())
        SessionRepository(m_db).endAllOpen(SessionEndReason::StaffReset);
    if (!m_lessonsDir.isEmpty())
        m_window.setCatalogue(LessonLoader::loadCatalogue(m_lessonsDir));
}

void KioskStaffHost::leaveKiosk()
{
    m_window.endSession(SessionEndReason::StaffReset);
    m_window.setQuitAllowed(true);
    QCoreApplication::quit();
}

void KioskStaffHost::staffAreaShown(bool shown)
{
    m_window.setStaffAreaShown(shown);
}

void KioskStaffHost::applySettings(const KioskSettings &settings)
{
    m_window.applySettings(settings);
    applyNarration(settings);
    if (m_observer)
        m_observer(settings);
}

void KioskStaffHost::applyNarration(const KioskSettings &settings)
{
    const KioskSettings s = settings.clamped();
    m_narrator.setVolume(s.volume);
    m_narrator.setAutoPlay(s.autoNarration);
    m_narrator.setEffectsEnabled(s.sounds);
}

const Catalogue *KioskStaffHost::catalogue() const
{
    return &m_window.catalogue();
}

bool KioskStaffHost::isAudioAvailable() const
{
    return m_narrator.isAudioAvailable();
}

QString KioskStaffHost::sessionDescription() const
{
    const TerminalSession *session = m_window.session();
    if (!session)
        return tr("aucune (terminal hors service)");
    switch (session->who()) {
    case TerminalSession::Who::Guest:
        return tr("séance invité en cours");
    case TerminalSession::Who::Learner:
        return tr("séance de %1 en cours").arg(session->learnerName());
    case TerminalSession::Who::None:
        break;
    }
    return tr("aucune séance en cours");
}
