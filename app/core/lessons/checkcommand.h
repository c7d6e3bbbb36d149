#pragma once

// `passerelle --check-lessons [DIR]`: the catalogue checker as a function main() calls.

#include <QString>
#include <QTextStream>

/// Loads the catalogue at `dir` with LessonLoader and prints one `FILE: PATH: message` line per
/// problem to `out`, then a summary line to `err`. Returns 0 when every file is valid, 1 when
/// any problem was found (a missing folder included).
int runCheckLessons(const QString &dir, QTextStream &out, QTextStream &err);
