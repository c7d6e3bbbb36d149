#include "textlimits.h"

#include <QTextBoundaryFinder>

QString TextLimits::cap(const QString &text, int maxLength)
{
    if (text.isNull())
        return QStringLiteral(""); // a null QString would be bound as SQL NULL
    if (text.size() <= maxLength)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(maxLength);
    const qsizetype end = finder.isAtBoundary() ? maxLength : finder.toPreviousBoundary();
    return text.left(end < 0 ? 0 : end);
}
