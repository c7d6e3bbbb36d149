#include "secrethasher.h"

#include <sodium.h>

#include <QSet>

Secret Secret::pin(const QString &entered)
{
    Secret secret;
    if (entered.size() < PinMinDigits || entered.size() > PinMaxDigits)
        return secret;
    QByteArray digits;
    for (const QChar c : entered) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits.append(static_cast<char>('0' + (u - u'0')));
        else if (u >= u'\u0660' && u <= u'\u0669') // Arabic-Indic
            digits.append(static_cast<char>('0' + (u - u'\u0660')));
        else if (u >= u'\u06F0' && u <= u'\u06F9') // Eastern Arabic-Indic (Persian, Urdu)
            digits.append(static_cast<char>('0' + (u - u'\u06F0')));
        else
            return secret;
    }
    secret.m_kind = Kind::Pin;
    secret.m_material = QByteArrayLiteral("pin:") + digits;
    return secret;
}

Secret Secret::pictures(const QList<int> &indices)
{
    Secret secret;
    if (indices.size() != PicturesChosen)
        return secret;
    QSet<int> seen;
    QByteArray material = QByteArrayLiteral("pictures:");
    for (const int index : indices) {
        if (index < 0 || index >= PictureCount || seen.contains(index))
            return secret;
        seen.insert(index);
        if (seen.size() > 1)
            material.append(',');
        material.append(QByteArray::number(index));
    }
    secret.m_kind = Kind::Pictures;
    secret.m_material = material;
    return secret;
}

SecretHasher::Cost SecretHasher::interactiveCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

SecretHasher::Cost SecretHasher::minimalCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SecretHasher::SecretHasher(Cost cost) : m_cost(cost)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialized");
}

QByteArray SecretHasher::hash(const Secret &secret) const
{
    if (!secret.isValid())
        return {};
    char out[crypto_pwhash_STRBYTES];
    const QByteArray material = secret.material();
    if (crypto_pwhash_str(out, material.constData(), static_cast<unsigned long long>(material.size()),
                          m_cost.opsLimit, m_cost.memLimit)
        != 0)
        return {}; // out of memory
    return QByteArray(out);
}

bool SecretHasher::verify(const QByteArray &storedHash, const Secret &secret) const
{
    if (!secret.isValid() || storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    char stored[crypto_pwhash_STRBYTES] = {};
    memcpy(stored, storedHash.constData(), static_cast<size_t>(storedHash.size()));
    const QByteArray material = secret.material();
    // crypto_pwhash_str_verify recomputes with the stored salt and costs and compares in constant time.
    return crypto_pwhash_str_verify(stored, material.constData(), static_cast<unsigned long long>(material.size())) == 0;
}
