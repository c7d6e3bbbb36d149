#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/// Tutor text in several languages ({"fr": …, "ar": …, "en": …}); French is required and
/// is the fallback for a language the text does not have.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QHash<QString, QString> &byLanguage);

    /// Text in `language`, or the French text when that language is missing or empty.
    QString text(const QString &language) const;
    bool has(const QString &language) const { return !find(language).isEmpty(); }
    bool isEmpty() const { return m_text.isEmpty(); }
    /// The languages given, sorted.
    QStringList languages() const;
    void set(const QString &language, const QString &text);
    /// Room for `languages` texts, for a reader that knows how many will be set.
    void reserve(qsizetype languages) { m_text.reserve(languages); }
    QHash<QString, QString> all() const;

    bool operator==(const LocalizedText &other) const = default;

private:
    /// The text in `language` as given (empty when missing).
    QString find(const QString &language) const;

    // A few languages per text, thousands of texts per catalogue: a short list sorted by language
    // (one allocation, a look-up is a few comparisons) rather than a hash table each.
    QList<std::pair<QString, QString>> m_text;
};
