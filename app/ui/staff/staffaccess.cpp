#include "staffaccess.h"

#include "firstrunsetup.h"
#include "mediator/mediatordashboard.h"
#include "pinpad.h"
#include "staffentry.h"
#include "staffhost.h"
#include "staffpanel.h"
#include "staffservices.h"
#include "staffsettingsstore.h"
#include "staffwidgets.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

StaffAccess::StaffAccess(Database &db, LearnerRepository &learners, const SecretHasher &hasher,
                         const MonotonicClock &clock, StaffSettingsStore &settings, StaffHost &host, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_learners(learners),
      m_clock(clock),
      m_settings(settings),
      m_host(host),
      m_staff(db, hasher, clock)
{
    QWidget *cover = host.overlayParent();
    m_overlay = new QWidget(cover);
    m_overlay->setObjectName(QStringLiteral("staffOverlay"));
    m_overlay->setAttribute(Qt::WA_StyledBackground);
    m_overlay->setAutoFillBackground(true);
    m_overlay->setStyleSheet(StaffWidgets::styleSheet());
    // Staff screens are in French, left to right, whatever the tutor language of the moment:
    // the host holds the interface in French while the overlay is shown (showOverlay, lock).
    m_overlay->setLayoutDirection(Qt::LeftToRight);
    auto *layout = new QVBoxLayout(m_overlay);
    layout->setContentsMargins(16, 16, 16, 16);
    m_stack = new QStackedWidget(m_overlay);
    layout->addWidget(m_stack);

    m_pinPad = new PinPad(m_staff, clock, m_stack);
    m_firstRun = new FirstRunSetup(m_staff, m_stack);
    m_stack->addWidget(m_pinPad);
    m_stack->addWidget(m_firstRun);
    connect(m_pinPad, &PinPad::accepted, this, &StaffAccess::onAccepted);
    connect(m_pinPad, &PinPad::cancelled, this, &StaffAccess::lock);
    connect(m_pinPad, &PinPad::refused, this, [this](const QString &staffId, const VerifyResult &result) {
        // The actor column references a staff account: refused attempts are logged on the account tried.
        const QString what = result.status == VerifyResult::Status::Locked  ? QStringLiteral("locked")
                             : result.status == VerifyResult::Status::TooSoon ? QStringLiteral("too-soon")
                                                                              : QStringLiteral("wrong");
        AuditLog(m_db).append(staffId, QStringLiteral("staff.sign-in-refused"), staffId,
                              QStringLiteral("%1; failures=%2").arg(what).arg(result.failures));
    });
    connect(m_firstRun, &FirstRunSetup::accountCreated, this, &StaffAccess::onAccepted);
    connect(m_firstRun, &FirstRunSetup::cancelled, this, &StaffAccess::lock);

    m_overlay->hide();
    m_overlay->setGeometry(cover->rect());
    cover->installEventFilter(this);

    m_entry = new StaffEntry(cover->window(), this);
    connect(m_entry, &StaffEntry::triggered, this, &StaffAccess::open);

    m_idleTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &StaffAccess::pollIdle);
    qApp->installEventFilter(this);
}

StaffAccess::~StaffAccess()
{
    if (qApp)
        qApp->removeEventFilter(this);
    if (m_overlay && m_overlay->parentWidget())
        m_overlay->parentWidget()->removeEventFilter(this);
    delete m_overlay.data();
}

QWidget *StaffAccess::overlay() const
{
    return m_overlay.data();
}

StaffPanel *StaffAccess::panel() const
{
    return m_panel.data();
}

MediatorDashboard *StaffAccess::dashboard() const
{
    return m_dashboard.data();
}

qint64 StaffAccess::idleLockMs() const
{
    return qMax<qint64>(KioskSettings::MinIdleDelaySeconds, m_settings.current().idleDelaySeconds) * 1000;
}

void StaffAccess::setPage(Page page)
{
    if (m_page == page)
        return;
    m_page = page;
    emit pageChanged(page);
}

void StaffAccess::showOverlay()
{
    m_host.staffAreaShown(true);
    QWidget *cover = m_overlay->parentWidget();
    m_overlay->setGeometry(cover->rect());
    m_overlay->show();
    m_overlay->raise();
    m_entry->setEnabled(false);
    noteActivity();
    m_idleTimer.start();
}

void StaffAccess::open()
{
    if (m_page != Page::Locked)
        return;
    m_host.staffAreaShown(true); // before the pad reloads its accounts: their roles in French
    if (!m_staff.hasAnyAccount()) {
        m_firstRun->clear();
        m_stack->setCurrentWidget(m_firstRun);
        showOverlay();
        setPage(Page::FirstRun);
        return;
    }
    m_pinPad->reset();
    m_stack->setCurrentWidget(m_pinPad);
    showOverlay();
    m_pinPad->pinEdit()->setFocus(Qt::OtherFocusReason);
    setPage(Page::PinPad);
}

void StaffAccess::onAccepted(const StaffMember &member)
{
    m_actor = member;
    AuditLog(m_db).append(member.id, QStringLiteral("staff.sign-in"), member.id, StaffRepository::roleName(member.role));
    m_pinPad->reset();

    const StaffServices services{m_db, m_learners, m_staff, m_settings, m_clock, m_host};
    m_panel = new StaffPanel(services, member, m_stack);
    m_stack->addWidget(m_panel);
    m_stack->setCurrentWidget(m_panel);
    connect(m_panel, &StaffPanel::closed, this, &StaffAccess::lock);
    connect(m_panel, &StaffPanel::mediatorDashboardRequested, this, &StaffAccess::showMediatorDashboard);
    connect(m_panel, &StaffPanel::endSessionRequested, this, [this] {
        m_host.endSession();
        lock();
    });
    connect(m_panel, &StaffPanel::resetTerminalRequested, this, [this] {
        m_host.resetTerminal();
        lock();
    });
    connect(m_panel, &StaffPanel::leaveKioskRequested, this, [this] {
        lock();
        m_host.leaveKiosk();
    });
    connect(m_panel, &StaffPanel::settingsChanged, this, [this](const KioskSettings &settings) {
        m_host.applySettings(settings);
    });
    noteActivity();
    setPage(Page::Panel);
    emit unlocked(member);
}

bool StaffAccess::showMediatorDashboard()
{
    // The role is read again from the store: an account changed since the PIN does not keep rights.
    if (!m_actor || !m_panel)
        return false;
    const std::optional<StaffMember> fresh = m_staff.find(m_actor->id);
    if (!fresh || !fresh->archivedAt.isEmpty() || fresh->role != StaffRole::Mediator) {
        AuditLog(m_db).append(m_actor->id, QStringLiteral("mediator.dashboard-refused"), m_actor->id);
        return false;
    }
    if (!m_dashboard) {
        const StaffServices services{m_db, m_learners, m_staff, m_settings, m_clock, m_host};
        m_dashboard = new MediatorDashboard(services, *fresh, m_stack);
        m_stack->addWidget(m_dashboard);
        connect(m_dashboard, &MediatorDashboard::closed, this, &StaffAccess::showPanel);
        AuditLog(m_db).append(m_actor->id, QStringLiteral("mediator.dashboard-open"), m_actor->id);
    }
    m_stack->setCurrentWidget(m_dashboard);
    setPage(Page::Dashboard);
    return true;
}

void StaffAccess::showPanel()
{
    if (!m_panel)
        return;
    m_panel->refresh();
    m_stack->setCurrentWidget(m_panel);
    setPage(Page::Panel);
}

void StaffAccess::destroyUnlockedPages()
{
    for (QWidget *page : std::initializer_list<QWidget *>{m_dashboard.data(), m_panel.data()}) {
        if (!page)
            continue;
        page->disconnect(this);
        m_stack->removeWidget(page);
        page->hide();
        page->setParent(nullptr);
        page->deleteLater(); // one of its buttons may be on the call stack right now
    }
    m_dashboard = nullptr;
    m_panel = nullptr;
}

void StaffAccess::lock()
{
    const bool wasOpen = m_page != Page::Locked;
    if (m_actor)
        AuditLog(m_db).append(m_actor->id, QStringLiteral("staff.sign-out"), m_actor->id);
    m_actor.reset();
    m_idleTimer.stop();
    if (!m_overlay) { // the host window is gone, and every page with it
        setPage(Page::Locked);
        return;
    }
    destroyUnlockedPages();
    m_pinPad->reset();
    m_firstRun->clear();
    m_stack->setCurrentWidget(m_pinPad);
    m_overlay->hide();
    m_host.staffAreaShown(false);
    m_entry->setEnabled(true);
    setPage(Page::Locked);
    if (wasOpen)
        emit locked();
}

void StaffAccess::noteActivity()
{
    m_lastActivityMs = m_clock.nowMs();
}

void StaffAccess::pollIdle()
{
    if (m_page == Page::Locked)
        return;
    if (m_clock.nowMs() - m_lastActivityMs >= idleLockMs())
        lock();
}

bool StaffAccess::eventFilter(QObject *watched, QEvent *event)
{
    if (m_overlay && watched == m_overlay->parentWidget() && event->type() == QEvent::Resize)
        m_overlay->setGeometry(m_overlay->parentWidget()->rect());
    if (m_page != Page::Locked) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::KeyPress:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate: {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && m_overlay && (widget == m_overlay || m_overlay->isAncestorOf(widget)))
                noteActivity();
            break;
        }
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
