#pragma once

#include "lessons/catalogue.h"

#include <QString>

/// lessons/CATALOGUE.md: the catalogue at a glance for mediators (modules, lessons, minutes,
/// steps, prerequisites), generated from the lesson files so it never drifts from them.
namespace CatalogueOverview {

/// The whole Markdown document. Deterministic: the same catalogue gives the same bytes.
QString markdown(const Catalogue &catalogue);

} // namespace CatalogueOverview
