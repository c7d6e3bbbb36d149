#pragma once

#include <QCoreApplication>
#include <QPixmap>
#include <QString>

/// The 12 pictures of picture passwords. A picture's index is what the store hashes, so the
/// order here is fixed forever: never reorder, only append (Secret::PictureCount grows then).
class PictureSet
{
    Q_DECLARE_TR_FUNCTIONS(PictureSet)

public:
    static constexpr int Count = 12;

    /// Resource path of picture `index` (0-11), e.g. ":/pictures/sun.svg".
    static QString resourcePath(int index);
    /// Its name, for screen readers and the staff card (French source, translated with tr()).
    static QString name(int index);
    /// The picture drawn at `size` pixels (cached).
    static QPixmap pixmap(int index, int size);
};
