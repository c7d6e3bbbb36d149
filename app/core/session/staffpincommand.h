#pragma once

// `passerelle --reset-staff-pin NAME [--data-dir DIR]`: the way back in when every staff account
// is locked or its PIN forgotten. The kiosk offers no other recovery on purpose (a resident must
// not be able to reach it); this needs a shell on the terminal as root or the passerelle-kiosk user,
// that is, someone who could already read and write the database.

#include "common/commandline.h"

#include <QTextStream>

/// Sets a new PIN for the active staff account named `options.staffName` (case-insensitive) in
/// the database of `options.dataDir`, and lifts its lockout. The PIN is read from `in`, twice
/// (never from the command line, where other users could see it in the process list); prompts
/// go to `err`. The change is audited as the account's own PIN reset and logged as a maintenance
/// event "staff-pin-reset-console".
///
/// Refused (exit 1, one line on `err`) when the kiosk runs on the folder (stop it first: the
/// database is opened like the kiosk opens it), when there is no database, no such account or
/// several with that name, or when the two PINs differ or are not 4 to 6 digits.
int runResetStaffPin(const Options &options, QTextStream &in, QTextStream &out, QTextStream &err);
/// The same on stdin, stdout and stderr.
int runResetStaffPin(const Options &options);
