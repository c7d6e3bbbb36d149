#pragma once

#include <QString>

/// Texts printed on learner documents (the card, the certificate) in the learner's own language,
/// whatever the language of the staff screens: fr, ar and en, French for any other language.
/// They are document content, like lesson texts, so they live here rather than in the .ts files.
namespace DocumentTexts {

/// The text of `key` in `language` (French fallback). Unknown keys give an empty string.
QString text(const QString &key, const QString &language);
/// The languages with their own texts.
bool has(const QString &language);
/// Right-to-left languages (Arabic and the other RTL scripts, per QLocale).
bool isRightToLeft(const QString &language);
/// A duration in the language: "2 h 05 min".
QString duration(qint64 ms, const QString &language);

} // namespace DocumentTexts
