#pragma once

#include <QString>

/// Where things live when the command line does not say.
namespace Paths {

/// The catalogue: `--lessons-dir`, else the installed one (`<prefix>/share/passerelle/lessons`
/// next to the binary), else the source tree's `lessons/` when run from a build tree.
QString lessonsDir(const QString &fromCommandLine, const QString &applicationDir);

/// The data folder: `--data-dir`, else the platform's app data location.
QString dataDir(const QString &fromCommandLine);

} // namespace Paths
