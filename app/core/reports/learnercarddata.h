#pragma once

#include "store/learnerrepository.h"

#include <QString>
#include <QStringList>

/// What the printed learner card says, in the learner's language: the name, the card code (and
/// the text a QR code encodes), and how to sign in. Never the secret itself.
struct LearnerCardData
{
    QString language;      ///< the language the texts are in (the learner's, or fr)
    bool rightToLeft = false;
    QString title;         ///< "Ma carte Passerelle"
    QString name;          ///< the learner's display name
    QString code;          ///< the card code as stored, e.g. "ACDEFH" (what the QR code holds)
    QString spacedCode;    ///< "ACD EFH": easier to read aloud and to type
    QString codeLabel;     ///< "Mon code"
    QString howToTitle;
    QStringList howTo;     ///< numbered steps, the last one for the learner's kind of secret
    QString warning;       ///< never write the secret on the card
    QString help;

    static LearnerCardData forLearner(const Learner &learner);
    /// "ACDEFH" -> "ACD EFH".
    static QString spaced(const QString &code);
};
