#pragma once

#include "common/clock.h"

#include <QString>

#include <memory>

class Database;
class KioskStaffHost;
class KioskWindow;
class LearnerRepository;
class Narrator;
class SecretHasher;
class StaffAccess;
class StaffSettingsStore;

/// Everything the kiosk needs for its staff: the settings file, the host adapter and the access
/// (gesture, PIN, panel, dashboard), put together the same way in the app and in the tests.
/// The shell makes one after the window, when the store is ready:
///
///     KioskSettings settings = StaffSettingsStore::loadFrom(options.dataDir); // before the window
///     ...
///     KioskStaff staff(window, db, *learners, hasher, clock, narrator, options.dataDir, options.lessonsDir);
///
/// It must be destroyed before the window (declare it after).
class KioskStaff
{
public:
    KioskStaff(KioskWindow &window, Database &db, LearnerRepository &learners, const SecretHasher &hasher,
               const MonotonicClock &clock, Narrator &narrator, const QString &dataDir, const QString &lessonsDir);
    ~KioskStaff();

    KioskStaff(const KioskStaff &) = delete;
    KioskStaff &operator=(const KioskStaff &) = delete;

    StaffSettingsStore &settings() { return *m_settings; }
    KioskStaffHost &host() { return *m_host; }
    StaffAccess &access() { return *m_access; }

private:
    std::unique_ptr<StaffSettingsStore> m_settings;
    std::unique_ptr<KioskStaffHost> m_host;
    std::unique_ptr<StaffAccess> m_access;
};
