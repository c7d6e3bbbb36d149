#include "textmatcher.h"

#include <QRegularExpression>

namespace TextMatcher {

QString looseForm(const QString &text)
{
    // NFD splits "é" into "e" + a combining accent, which is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out.toCaseFolded();
}

bool matches(TextMatch match, const QString &expected, const QString &actual)
{
    switch (match) {
    case TextMatch::Exact:
        return actual.trimmed() == expected.trimmed();
    case TextMatch::Loose:
        return looseForm(actual) == looseForm(expected);
    case TextMatch::Regex: {
        const QRegularExpression re(QRegularExpression::anchoredPattern(expected));
        return re.isValid() && re.match(actual).hasMatch();
    }
    }
    return false;
}

} // namespace TextMatcher
