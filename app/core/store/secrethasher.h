#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// A learner's or staff member's secret as entered: a PIN or a picture password,
/// normalized so that the same secret always gives the same bytes.
class Secret
{
public:
    enum class Kind { Invalid, Pin, Pictures };
    static constexpr int PictureCount = 12;   ///< pictures offered
    static constexpr int PicturesChosen = 3;  ///< pictures in a picture password (ordered, distinct)
    static constexpr int PinMinDigits = 4;
    static constexpr int PinMaxDigits = 6;

    Secret() = default;
    /// 4 to 6 digits; Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits count as 0-9.
    /// Anything else (empty, spaces, letters, too short or too long) gives an invalid secret.
    static Secret pin(const QString &entered);
    /// Three distinct picture indices in 0..11, in the order they were touched.
    static Secret pictures(const QList<int> &indices);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    /// What is hashed: a kind prefix and the normalized value ("pin:0123", "pictures:3,7,11").
    QByteArray material() const { return m_material; }

private:
    Kind m_kind = Kind::Invalid;
    QByteArray m_material;
};

/// Salted slow hashes of secrets with libsodium's Argon2id (crypto_pwhash_str): the stored
/// string carries the algorithm, its costs and the random salt; verification is constant-time.
class SecretHasher
{
public:
    struct Cost
    {
        unsigned long long opsLimit;
        size_t memLimit;
    };
    /// libsodium's INTERACTIVE level (ops 2, 64 MiB, ~0.1 s here): a kiosk must answer a sign-in
    /// at once, and for 4-6 digits or 1,320 picture sequences no affordable cost stops an
    /// offline attack anyway: the lockout is the real defence, the hash keeps secrets unreadable.
    static Cost interactiveCost();
    /// The smallest cost libsodium allows; only for tests and benchmarks that create many accounts.
    static Cost minimalCost();

    explicit SecretHasher(Cost cost = interactiveCost());

    /// The encoded hash to store, or empty when the secret is invalid or hashing failed.
    QByteArray hash(const Secret &secret) const;
    /// Fails closed: a missing or malformed hash, or an invalid secret, never verifies.
    bool verify(const QByteArray &storedHash, const Secret &secret) const;

private:
    Cost m_cost;
};
