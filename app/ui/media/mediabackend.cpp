#include "mediabackend.h"

#include <QByteArray>
#include <QtGlobal>

void preferFfmpegMediaBackend()
{
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("ffmpeg"));
}
