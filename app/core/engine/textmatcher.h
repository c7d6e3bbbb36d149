#pragma once

#include "lessons/lesson.h"

#include <QString>

/// Compares what a learner typed with what a step expects.
namespace TextMatcher {

/// Lower case, accents removed, spaces trimmed and collapsed: "  Élève  Noël" -> "eleve noel".
QString looseForm(const QString &text);

/// Exact: equal once spaces at both ends are trimmed. Loose: equal in looseForm().
/// Regex: the whole text matches `expected`; an invalid pattern never matches.
bool matches(TextMatch match, const QString &expected, const QString &actual);

} // namespace TextMatcher
