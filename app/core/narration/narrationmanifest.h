#pragma once

#include <QHash>
#include <QString>

/// `narration.json` at the root of the generated narration: for every generated clip (path
/// relative to that root), the hash of the text it says and of everything that shaped the
/// sound. The build skips clips whose render hash is unchanged; the app checks that a clip
/// still says the text on screen and finds clips by text.
struct NarrationManifest
{
    struct Clip
    {
        QString language;
        QString textHash;   ///< textHash() of the spoken text
        QString renderHash; ///< hash of the text, voice, rate and encoder settings
        bool operator==(const Clip &other) const = default;
    };

    static constexpr int Format = 1;
    static QString fileName() { return QStringLiteral("narration.json"); }
    /// Hash of the text with its white space simplified (line breaks and double spaces do not count).
    static QString textHash(const QString &text);

    QHash<QString, Clip> clips; ///< relative path ("A2-cliquer/fr/cliquer-say.ogg") -> clip

    /// Reads `<root>/narration.json`; false (and an empty manifest) when missing or unreadable.
    static bool load(const QString &root, NarrationManifest &manifest, QString *error = nullptr);
    /// Writes `<root>/narration.json` atomically.
    bool save(const QString &root, QString *error = nullptr) const;
};
