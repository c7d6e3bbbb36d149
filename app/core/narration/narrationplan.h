#pragma once

#include <QList>
#include <QString>

struct Catalogue;

/// One clip the narration build makes: where (relative to the generated root), in which
/// language, saying what.
struct NarrationJob
{
    QString relativePath;
    QString language;
    QString text;
    bool operator==(const NarrationJob &other) const = default;
};

/// espeak-ng settings for a tutor language: a clear voice, a little slower than the default
/// (175 words per minute) for beginners.
struct NarrationVoice
{
    QString voice;
    int wordsPerMinute = 150;
};

/// What the narration build must generate: every step's say, hint, success and wrong-rule
/// message in every language the lesson gives it (a missing translation shows the French text,
/// which the French clip already says), except where the lesson ships a recording; the end of
/// each lesson (SpokenMessages::lessonEndText with its goal); and every interface sentence in the
/// built-in languages.
class NarrationPlan
{
public:
    static NarrationVoice voiceFor(const QString &language);
    /// The text as given to the voice: white space simplified, and numbers of 6 digits or more
    /// (codes, phone and tax numbers the learner must type) spoken digit by digit, not as
    /// "three trillion…". Shorter numbers (amounts, postcodes, years) stay numbers.
    static QString speakableText(const QString &text);
    static QList<NarrationJob> jobs(const Catalogue &catalogue);
    static QList<NarrationJob> interfaceJobs();
};
