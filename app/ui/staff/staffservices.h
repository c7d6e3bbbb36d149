#pragma once

#include "common/clock.h"

class Database;
class LearnerRepository;
class StaffHost;
class StaffRepository;
class StaffSettingsStore;

/// What the staff and mediator screens work with, passed in (no globals): the store, its
/// repositories, the settings file, the monotonic clock and the host window.
struct StaffServices
{
    Database &db;
    LearnerRepository &learners;
    StaffRepository &staff;
    StaffSettingsStore &settings;
    const MonotonicClock &clock;
    StaffHost &host;
};
