#include "localizedtext.h"

#include <algorithm>

QString LocalizedText::text(const QString &language) const
{
    const QString own = m_text.value(language);
    if (!own.isEmpty())
        return own;
    return m_text.value(QStringLiteral("fr"));
}

QStringList LocalizedText::languages() const
{
    QStringList keys = m_text.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}
