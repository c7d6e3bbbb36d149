#include "localizedtext.h"

#include <algorithm>

namespace {

bool byLanguage(const std::pair<QString, QString> &entry, const QString &language)
{
    return entry.first < language;
}

} // namespace

LocalizedText::LocalizedText(const QHash<QString, QString> &byLanguage)
{
    m_text.reserve(byLanguage.size());
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it)
        set(it.key(), it.value());
}

QString LocalizedText::find(const QString &language) const
{
    for (const auto &[lang, text] : m_text)
        if (lang == language)
            return text;
    return {};
}

QString LocalizedText::text(const QString &language) const
{
    const QString own = find(language);
    if (!own.isEmpty())
        return own;
    return find(QStringLiteral("fr"));
}

QStringList LocalizedText::languages() const
{
    QStringList keys;
    keys.reserve(m_text.size());
    for (const auto &entry : m_text)
        keys << entry.first;
    return keys;
}

void LocalizedText::set(const QString &language, const QString &text)
{
    const auto at = std::lower_bound(m_text.begin(), m_text.end(), language, byLanguage);
    if (at != m_text.end() && at->first == language)
        at->second = text;
    else
        m_text.insert(at, {language, text});
}

QHash<QString, QString> LocalizedText::all() const
{
    QHash<QString, QString> out;
    for (const auto &[lang, text] : m_text)
        out.insert(lang, text);
    return out;
}
