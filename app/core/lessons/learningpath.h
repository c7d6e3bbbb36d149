#pragma once

#include "lessons/catalogue.h"

#include <QSet>
#include <QString>

/// The catalogue read as a path: which lesson to suggest next from what is done.
namespace LearningPath {

/// The first lesson, in catalogue order (module order, then file order), that is not done and
/// whose prerequisites are all done; empty when every lesson is done. A prerequisite that is not
/// in the catalogue (disabled) does not block.
QString suggestNext(const Catalogue &catalogue, const QSet<QString> &done);

} // namespace LearningPath
