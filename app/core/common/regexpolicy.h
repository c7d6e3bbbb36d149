#pragma once

#include <QtGlobal>

/// Makes QRegularExpression use PCRE2's interpreter instead of its JIT compiler, unless
/// QT_ENABLE_REGEXP_JIT says otherwise. Call first thing in main(), before any pattern is compiled.
/// Every pattern here is compiled once (a lesson's validation rules, checked when the catalogue
/// loads; the engine's, on each judged action) and matched against a few typed characters: Qt 6
/// JIT-compiles each pattern three times, which costs far more than it saves (30% of loading a
/// catalogue). It also needs writable executable memory, which a locked-down kiosk may refuse.
inline void useInterpretedRegularExpressions()
{
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
}
