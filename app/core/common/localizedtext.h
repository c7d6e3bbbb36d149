#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/// Tutor text in several languages ({"fr": …, "ar": …, "en": …}); French is required and
/// is the fallback for a language the text does not have.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QHash<QString, QString> byLanguage) : m_text(std::move(byLanguage)) {}

    /// Text in `language`, or the French text when that language is missing or empty.
    QString text(const QString &language) const;
    bool has(const QString &language) const { return !m_text.value(language).isEmpty(); }
    bool isEmpty() const { return m_text.isEmpty(); }
    QStringList languages() const;
    void set(const QString &language, const QString &text) { m_text.insert(language, text); }
    const QHash<QString, QString> &all() const { return m_text; }

    bool operator==(const LocalizedText &other) const = default;

private:
    QHash<QString, QString> m_text;
};
