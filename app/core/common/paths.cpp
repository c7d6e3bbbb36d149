#include "paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Paths {

QString lessonsDir(const QString &fromCommandLine, const QString &applicationDir)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString installed = QDir(applicationDir).absoluteFilePath(QStringLiteral("../share/passerelle/lessons"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(PASSERELLE_SOURCE_LESSONS_DIR);
}

QString dataDir(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace Paths
