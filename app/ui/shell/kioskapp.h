#pragma once

#include "common/commandline.h"

/// Runs the kiosk (Options::Mode::Run) or measures its start (Options::Mode::MeasureStartup):
/// one instance per data folder, the store, the window, the event loop. The QApplication must
/// exist. Returns the process exit code (ExitCode::AlreadyRunning for a second instance).
int runKiosk(const Options &options);

/// Milliseconds since this process started (from /proc/self/stat), or -1 when unknown.
qint64 millisecondsSinceProcessStart();
