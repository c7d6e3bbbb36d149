#pragma once

// `passerelle --export-report FILE.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--data-dir DIR]`:
// the funders' activity report, as a function main() calls.

#include "common/commandline.h"

#include <QTextStream>

/// Writes the activity report of the database in `options.dataDir` to `options.reportFile`:
/// one line per month from `reportFrom` (default: the first session) to `reportTo` (default:
/// today), then a total line (the CSV format of ActivityReport and CsvWriter). Guests' completed
/// lessons are counted with the step counts of the catalogue in `options.lessonsDir`.
///
/// While a kiosk runs on the same folder (its lock is held) the database is read through a
/// read-only connection, so the export never touches the running kiosk's sessions; otherwise it
/// is opened like the kiosk does (checked, recovered or migrated) and must be Ready.
///
/// Returns 0 on success with one line on `out`; 1 with one line on `err` when there is no
/// database, it cannot be used, or the file cannot be written (the old file is then untouched).
int runExportReport(const Options &options, QTextStream &out, QTextStream &err);
/// The same on stdout and stderr.
int runExportReport(const Options &options);
