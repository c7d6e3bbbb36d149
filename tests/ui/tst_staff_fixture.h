#pragma once

// The kiosk of the shell's fixture (a real KioskWindow on a temporary data folder, a ManualClock,
// a small catalogue with a broken lesson) with the staff screens installed as the kiosk installs
// them (KioskStaff: settings file, KioskStaffHost, StaffAccess). Helpers to sign in through the
// PIN pad as a person would (digit buttons, "Valider").

#include "tst_shell_fixture.h"

#include "mediator/mediatordashboard.h"
#include "staff/firstrunsetup.h"
#include "staff/kioskstaff.h"
#include "staff/kioskstaffhost.h"
#include "staff/pinpad.h"
#include "staff/staffaccess.h"
#include "staff/staffentry.h"
#include "staff/staffpanel.h"
#include "staff/staffsettingsstore.h"
#include "store/auditlog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

namespace StaffFixture {

using ShellFixture::click;

class Staff
{
public:
    Staff() { start(); }
    ~Staff() { stop(); }

    void start()
    {
        kiosk.start();
        staff = std::make_unique<KioskStaff>(*kiosk.window, *kiosk.db, *kiosk.learners, kiosk.hasher, kiosk.clock,
                                             kiosk.narrator, kiosk.dataDir(), kiosk.lessonsDir());
        staff->host().setSettingsObserver([this](const KioskSettings &s) { applied.append(s); });
        access = &staff->access();
        settings = &staff->settings();
        host = &staff->host();
    }

    void stop()
    {
        access = nullptr;
        settings = nullptr;
        host = nullptr;
        staff.reset();
        kiosk.stop();
    }

    /// As if the terminal restarted (the data folder stays).
    void restart()
    {
        stop();
        start();
    }

    StaffRepository &staffRepository() { return access->staff(); }

    StaffMember createMediator(const QString &name = QStringLiteral("Marie"), const QString &pin = QStringLiteral("2468"))
    {
        StaffRepository &staff = staffRepository();
        if (!staff.hasAnyAccount())
            return staff.createFirstAccount(name, Secret::pin(pin)).value();
        return staff.create(name, StaffRole::Mediator, Secret::pin(pin), staff.list().first().id).value();
    }

    StaffMember createStaff(const QString &name = QStringLiteral("Paul"), const QString &pin = QStringLiteral("1357"))
    {
        StaffRepository &staff = staffRepository();
        QString mediatorId;
        const QList<StaffMember> members = staff.list();
        for (const StaffMember &m : members) {
            if (m.role == StaffRole::Mediator)
                mediatorId = m.id;
        }
        if (mediatorId.isEmpty())
            mediatorId = createMediator().id;
        return staff.create(name, StaffRole::Staff, Secret::pin(pin), mediatorId).value();
    }

    /// The hidden key chord, as typed on the kiosk's keyboard.
    void chord()
    {
        QTest::keyClick(kiosk.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QCoreApplication::processEvents();
    }

    /// Types `pin` on the pad's buttons for `member` and touches "Valider".
    bool typePin(const QString &staffId, const QString &pin)
    {
        PinPad *pad = access->pinPad();
        if (!pad->isVisible())
            return false;
        pad->selectAccount(staffId);
        for (const QChar c : pin) {
            if (!click(pad->digitButton(c.digitValue())))
                return false;
        }
        return click(pad->validateButton());
    }

    /// Chord, PIN, "Valider": true when the panel is open.
    bool signIn(const StaffMember &member, const QString &pin)
    {
        chord();
        if (access->page() != StaffAccess::Page::PinPad)
            return false;
        typePin(member.id, pin);
        return access->page() == StaffAccess::Page::Panel && access->panel() && access->panel()->isVisible();
    }

    QStringList auditActions(int limit = 100)
    {
        QStringList actions;
        const QList<AuditLog::Entry> entries = AuditLog(*kiosk.db).entries(limit);
        for (const AuditLog::Entry &e : entries)
            actions << e.action;
        return actions;
    }

    /// Lets deleteLater() happen.
    static void flush()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    ShellFixture::Kiosk kiosk;
    std::unique_ptr<KioskStaff> staff;
    StaffAccess *access = nullptr;
    StaffSettingsStore *settings = nullptr;
    KioskStaffHost *host = nullptr;
    QList<KioskSettings> applied; ///< what the host applied, in order
};

} // namespace StaffFixture
