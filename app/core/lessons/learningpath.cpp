#include "learningpath.h"

namespace LearningPath {

QString suggestNext(const Catalogue &catalogue, const QSet<QString> &done)
{
    for (const Lesson &lesson : catalogue.lessons) {
        if (done.contains(lesson.id))
            continue;
        bool ready = true;
        for (const QString &pre : lesson.prerequisites)
            ready = ready && (done.contains(pre) || !catalogue.findLesson(pre));
        if (ready)
            return lesson.id;
    }
    return {};
}

} // namespace LearningPath
