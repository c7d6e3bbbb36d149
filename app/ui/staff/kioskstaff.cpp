#include "kioskstaff.h"

#include "kioskstaffhost.h"
#include "staffaccess.h"
#include "staffsettingsstore.h"

KioskStaff::KioskStaff(KioskWindow &window, Database &db, LearnerRepository &learners, const SecretHasher &hasher,
                       const MonotonicClock &clock, Narrator &narrator, const QString &dataDir, const QString &lessonsDir)
    : m_settings(std::make_unique<StaffSettingsStore>(dataDir)),
      m_host(std::make_unique<KioskStaffHost>(window, db, narrator, lessonsDir))
{
    m_host->applyNarration(m_settings->load());
    m_access = std::make_unique<StaffAccess>(db, learners, hasher, clock, *m_settings, *m_host);
    m_host->attach(*m_access);
}

KioskStaff::~KioskStaff()
{
    m_access.reset(); // its overlay lives in the window; the host outlives it
}
