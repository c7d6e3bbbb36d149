#pragma once

#include "narration/narrationmanifest.h"

#include <QDateTime>
#include <QHash>
#include <QMultiHash>
#include <QString>

/// Finds the audio file for a sentence of a lesson or of the interface, in this order:
///  1. the lesson's own recording: `<lessonDir>/audio/<lang>/<step-id>-<part>.ogg`, when it is a
///     valid Ogg Opus or Vorbis file (a damaged one gives way to the generated voice);
///  2. the clip generated at build time: `<generatedRoot>/<lesson-id>/<lang>/<step-id>-<part>.ogg`
///     (interface sentences: `<generatedRoot>/interface/<lang>/<key>.ogg`), provided it still
///     says the given text, else any generated clip that says exactly that text;
///  3. nothing: the text is shown alone, with a small notice.
/// Parts are `say`, `hint`, `success` and `wrong-<n>` (n: index of the wrong-action rule; plain
/// `wrong` with the rule's text finds the index in the lesson file). A part or key that names no
/// file (`screen:home`, `summary`…) is still found by its text when a generated clip says it.
class NarrationCatalog
{
public:
    enum class Source { None, Recording, Generated };

    struct Clip
    {
        QString path; ///< absolute file path; empty when there is no audio
        Source source = Source::None;
        bool isNull() const { return path.isEmpty(); }
    };

    static QString partSay() { return QStringLiteral("say"); }
    static QString partHint() { return QStringLiteral("hint"); }
    static QString partSuccess() { return QStringLiteral("success"); }
    static QString partWrong(int ruleIndex) { return QStringLiteral("wrong-%1").arg(ruleIndex); }
    /// Folder of the generated root that holds the interface sentences.
    static QString interfaceFolder() { return QStringLiteral("interface"); }
    /// Folder of the generated root that holds the right/wrong/completed sound effects.
    static QString effectsFolder() { return QStringLiteral("effects"); }

    /// The installed narration (`<prefix>/share/passerelle/narration` next to the binary), else
    /// the build tree's `narration/` when run from a build tree.
    static QString defaultGeneratedRoot(const QString &applicationDir);

    /// No generated narration: only recordings are found.
    NarrationCatalog() = default;
    /// Reads `<generatedRoot>/narration.json` when present.
    explicit NarrationCatalog(const QString &generatedRoot);

    QString generatedRoot() const { return m_root; }
    bool hasManifest() const { return m_hasManifest; }

    /// `text` (what the screen shows, optional) lets the catalogue refuse a generated clip made
    /// from an older text and find another clip saying exactly that text (e.g. French text shown
    /// in place of a missing translation). `lessonId` may be empty: it is then read from the
    /// lesson folder's lesson.json.
    Clip resolveStep(const QString &lessonDir, const QString &lessonId, const QString &stepId, const QString &part,
                     const QString &language, const QString &text = {}) const;
    Clip resolveInterface(const QString &key, const QString &language, const QString &text = {}) const;
    /// The end-of-lesson clip (SpokenMessages::lessonEndText: "Leçon terminée, bravo !" + goal).
    Clip resolveLessonEnd(const QString &lessonDir, const QString &lessonId, const QString &language,
                          const QString &text = {}) const;
    /// Any generated clip that says exactly `text` (same language preferred).
    Clip resolveText(const QString &language, const QString &text) const;

    /// The id in `<lessonDir>/lesson.json` (cached), empty when unreadable.
    QString lessonIdOf(const QString &lessonDir) const;

    static QString clipFileName(const QString &stepId, const QString &part);
    static QString recordingPath(const QString &lessonDir, const QString &language, const QString &stepId,
                                 const QString &part);
    /// Paths relative to the generated root.
    static QString generatedRelativePath(const QString &lessonId, const QString &language, const QString &stepId,
                                         const QString &part);
    static QString interfaceRelativePath(const QString &language, const QString &key);
    /// `<lesson-id>/<lang>/end.ogg`: no "-", so it never meets a step's `<step-id>-<part>.ogg`.
    static QString lessonEndRelativePath(const QString &lessonId, const QString &language);

    /// Ids, parts, keys: letters, digits, `-`, `_` (at most 64). Anything else is never a path.
    static bool isSafeName(const QString &name);
    /// Language codes: `fr`, `ar`, `pt-BR`…
    static bool isSafeLanguage(const QString &language);

private:
    /// Index of the wrong-action rule of `stepId` whose message in `language` is `text`, or -1.
    int wrongRuleIndex(const QString &lessonDir, const QString &stepId, const QString &language,
                       const QString &text) const;
    Clip findRecording(const QString &lessonDir, const QString &language, const QString &stepId,
                       const QString &part) const;
    Clip findGenerated(const QString &relativePath, const QString &language, const QString &folder,
                       const QString &text) const;

    QString m_root;
    bool m_hasManifest = false;
    NarrationManifest m_manifest;
    QMultiHash<QString, QString> m_byText; ///< text hash -> relative paths
    mutable QHash<QString, QString> m_lessonIds;
    /// The last lesson file read for a wrong rule (a lesson is played one step after another).
    mutable QString m_lessonFileDir;
    mutable QByteArray m_lessonFileBytes;
    struct RecordingCheck
    {
        QDateTime modified;
        qint64 size = 0;
        bool valid = false;
    };
    mutable QHash<QString, RecordingCheck> m_recordingChecks;
};
