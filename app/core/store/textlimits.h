#pragma once

#include <QString>

/// Length caps of the stored text columns (in UTF-16 code units), applied by the repositories.
/// Free text (event details, audit details) keeps 10,000 characters; names stay short.
namespace TextLimits {
constexpr int Name = 80;         ///< learner display name, staff name, group and lesson-set names
constexpr int Avatar = 64;       ///< an avatar id
constexpr int Language = 16;     ///< a BCP 47 language code
constexpr int Identifier = 128;  ///< lesson ids, step ids
constexpr int Detail = 10000;    ///< step event detail, audit and maintenance details
constexpr int Action = 64;       ///< audit action names

/// Cuts `text` to at most `maxLength` code units at a grapheme boundary, so that a surrogate
/// pair, a combining sequence or an emoji sequence is never split (what is kept round-trips).
/// Never returns a null string (Qt binds those as SQL NULL).
QString cap(const QString &text, int maxLength);
} // namespace TextLimits
