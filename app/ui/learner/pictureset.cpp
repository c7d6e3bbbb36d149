#include "pictureset.h"

#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace {

struct Picture
{
    const char *file;
    const char *name;
};

// Index -> picture. Fixed forever (see pictureset.h).
constexpr Picture Pictures[PictureSet::Count] = {
    {"sun", QT_TRANSLATE_NOOP("PictureSet", "Soleil")},
    {"house", QT_TRANSLATE_NOOP("PictureSet", "Maison")},
    {"cat", QT_TRANSLATE_NOOP("PictureSet", "Chat")},
    {"tree", QT_TRANSLATE_NOOP("PictureSet", "Arbre")},
    {"car", QT_TRANSLATE_NOOP("PictureSet", "Voiture")},
    {"fish", QT_TRANSLATE_NOOP("PictureSet", "Poisson")},
    {"flower", QT_TRANSLATE_NOOP("PictureSet", "Fleur")},
    {"key", QT_TRANSLATE_NOOP("PictureSet", "Clé")},
    {"star", QT_TRANSLATE_NOOP("PictureSet", "Étoile")},
    {"cup", QT_TRANSLATE_NOOP("PictureSet", "Tasse")},
    {"bicycle", QT_TRANSLATE_NOOP("PictureSet", "Vélo")},
    {"bird", QT_TRANSLATE_NOOP("PictureSet", "Oiseau")},
};

bool valid(int index)
{
    return index >= 0 && index < PictureSet::Count;
}

} // namespace

QString PictureSet::resourcePath(int index)
{
    if (!valid(index))
        return {};
    return QStringLiteral(":/pictures/%1.svg").arg(QLatin1String(Pictures[index].file));
}

QString PictureSet::name(int index)
{
    if (!valid(index))
        return {};
    return tr(Pictures[index].name);
}

QPixmap PictureSet::pixmap(int index, int size)
{
    static QHash<quint64, QPixmap> cache;
    if (!valid(index) || size <= 0)
        return {};
    const quint64 key = (quint64(size) << 8) | quint64(index);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(resourcePath(index));
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    cache.insert(key, pixmap);
    return pixmap;
}
